/* form.c — owns text input. A field keeps its text as a wide-character
 * buffer with an insertion point; single-line fields scroll sideways,
 * multi-line fields are word-wrapped by display columns (ui_paint_wrap)
 * and scroll up and down. Keys: printable characters insert (control, C1
 * and bidi characters are refused), Left/Right, Up/Down (by wrapped line,
 * keeping the column), Home/End and Ctrl-A/Ctrl-E, PgUp/PgDn, Backspace,
 * Delete/Ctrl-D, Ctrl-K/Ctrl-U/Ctrl-W (kill to end, to start, word before),
 * Enter (new line, or next field), Tab/Shift-Tab between fields, Ctrl-S/F10
 * submit, Esc/Ctrl-G/Ctrl-C cancel. A base letter and its combining accents
 * move and delete together. A paste (UI_KEY_PASTE) goes into the focused
 * field whole or not at all: its line breaks become spaces in a one-line
 * field, tabs become spaces, controls are dropped, and a paste longer than
 * the room left is refused with the reason, never cut. A secret field (a
 * password) shows a dot per character, never grows its buffer by realloc
 * (allocated once for its max), and every buffer is wiped when it is
 * freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "i18n.h"
#include "input.h"
#include "paint.h"
#include "text.h"
#include "theme.h"

struct field {
	char *label;
	enum ui_field_kind kind;
	size_t max;
	wchar_t *buf;
	size_t len, cap;
	size_t cur;              /* insertion point, 0..len */
	unsigned long edits;     /* inserts and erasures so far */
	size_t hscroll;          /* single-line: first character shown */
	size_t vscroll;          /* multi-line: first wrapped line shown */
	int goal;                /* multi-line: column kept by Up/Down, or -1 */
	struct ui_span *lines;   /* multi-line: the wrap at wrap_w columns */
	size_t nlines;
	int wrap_w;
	int y, x, h, w;          /* input cells at the last draw (window) */
	int label_y;
};

struct ui_form {
	struct field *fields;
	size_t n, focus;
	bool enter_submits;
	bool modified;
	int begy, begx;          /* window origin at the last draw */
};

static const struct ui_keyhelp form_keys[] = {
	{ N_("Tab, Shift-Tab"), N_("next, previous field") },
	{ N_("arrows, Home, End"), N_("move in the text") },
	{ N_("PgUp, PgDn"), N_("move a page in a long text") },
	{ N_("Backspace, Del"), N_("erase before, after the cursor") },
	{ N_("Ctrl-W, Ctrl-K, Ctrl-U"), N_("erase word, to end, to start") },
	{ N_("Enter"), N_("new line (next field in one-line fields)") },
	{ N_("Ctrl-S, F10"), N_("save") },
	{ N_("Esc, Ctrl-G"), N_("cancel") },
};

size_t
ui_form_help(const struct ui_keyhelp **keys)
{
	*keys = form_keys;
	return sizeof form_keys / sizeof form_keys[0];
}

/* True for a character that may be typed into a field. */
static bool
acceptable(wchar_t c)
{
	unsigned long u = (unsigned long)c;

	if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
		return false;
	if (u == 0x061c || (u >= 0x200b && u <= 0x200f) ||
	    (u >= 0x202a && u <= 0x202e) || (u >= 0x2060 && u <= 0x2069) ||
	    u == 0xfeff || (u >= 0xd800 && u <= 0xdfff) || u > 0x10ffff)
		return false;
	return true;
}

/* A combining mark (width 0), which sticks to the character before it. */
static bool
is_mark(const struct field *f, size_t i)
{
	return i < f->len && f->buf[i] != L'\n' && ui_paint_cwidth(f->buf[i]) == 0;
}

static void
invalidate(struct field *f)
{
	f->wrap_w = -1;
}

static bool
reserve(struct field *f, size_t need)
{
	if (need + 1 <= f->cap)
		return true;
	if (f->kind == UI_FIELD_SECRET)
		return false;   /* its one buffer holds max characters */
	size_t ncap = f->cap ? f->cap : 64;
	while (ncap < need + 1)
		ncap *= 2;
	wchar_t *nb = realloc(f->buf, ncap * sizeof *nb);
	if (nb == NULL)
		return false;
	f->buf = nb;
	f->cap = ncap;
	return true;
}

static bool
field_insert(struct field *f, wchar_t c)
{
	if (f->len >= f->max || !reserve(f, f->len + 1))
		return false;
	memmove(f->buf + f->cur + 1, f->buf + f->cur,
	        (f->len - f->cur) * sizeof *f->buf);
	f->buf[f->cur++] = c;
	f->buf[++f->len] = L'\0';
	f->edits++;
	invalidate(f);
	return true;
}

static void
field_erase(struct field *f, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(f->buf + from, f->buf + to, (f->len - to) * sizeof *f->buf);
	/* what moved down leaves no copy behind it */
	wmemset(f->buf + f->len - (to - from), L'\0', to - from);
	f->len -= to - from;
	f->buf[f->len] = L'\0';
	if (f->cur >= to)
		f->cur -= to - from;
	else if (f->cur > from)
		f->cur = from;
	f->edits++;
	invalidate(f);
}

static size_t
next_pos(const struct field *f, size_t i)
{
	if (i < f->len)
		i++;
	while (is_mark(f, i))
		i++;
	return i;
}

static size_t
prev_pos(const struct field *f, size_t i)
{
	if (i > 0)
		i--;
	while (i > 0 && is_mark(f, i))
		i--;
	return i;
}

/* Start and end of the paragraph (text between newlines) holding i. */
static size_t
para_start(const struct field *f, size_t i)
{
	while (i > 0 && f->buf[i - 1] != L'\n')
		i--;
	return i;
}

static size_t
para_end(const struct field *f, size_t i)
{
	while (i < f->len && f->buf[i] != L'\n')
		i++;
	return i;
}

static void
rewrap(struct field *f, int width)
{
	if (f->wrap_w == width && f->lines != NULL)
		return;
	free(f->lines);
	f->nlines = ui_paint_wrap(f->buf, f->len, width, &f->lines);
	f->wrap_w = f->nlines ? width : -1;
}

/* The wrap for the width of the last draw, redone after an edit: keys
 * that move by lines may come before the next draw (a paste, typing
 * ahead). */
static void
ensure_wrap(struct field *f)
{
	rewrap(f, f->w > 1 ? f->w - 1 : 1);
}

/* True when wrapped line k ends its paragraph (the cursor may sit at its
 * end; otherwise that position is the start of the next line). */
static bool
ends_paragraph(const struct field *f, size_t k)
{
	size_t e = f->lines[k].end;
	return e >= f->len || f->buf[e] == L'\n';
}

/* The wrapped line holding the insertion point. */
static size_t
cursor_line(const struct field *f)
{
	for (size_t k = 0; k < f->nlines; k++) {
		if (f->cur < f->lines[k].end ||
		    (f->cur == f->lines[k].end && ends_paragraph(f, k)))
			return k;
	}
	return f->nlines ? f->nlines - 1 : 0;
}

/* The index on wrapped line k closest to column goal from the left. */
static size_t
index_at(const struct field *f, size_t k, int goal)
{
	const struct ui_span *sp = &f->lines[k];
	size_t last = sp->end, i = sp->start;
	int col = 0;

	if (!ends_paragraph(f, k) && last > sp->start)
		last--;
	while (i < last) {
		int cw = ui_paint_cwidth(f->buf[i]);
		if (col + cw > goal)
			break;
		col += cw;
		i++;
	}
	while (is_mark(f, i) && i < last)
		i++;
	return i;
}

static int
text_rows(const struct field *f)
{
	return f->h > 0 ? f->h : 1;
}

/* Moves the insertion point by dy wrapped lines; false at either end. */
static bool
move_lines(struct field *f, long dy)
{
	size_t k, target;

	ensure_wrap(f);
	if (f->nlines == 0)
		return false;
	k = cursor_line(f);
	if ((dy < 0 && k == 0) || (dy > 0 && k + 1 >= f->nlines))
		return false;
	if (f->goal < 0)
		f->goal = ui_paint_width(f->buf + f->lines[k].start,
		                         f->cur - f->lines[k].start);
	if (dy < 0)
		target = (size_t)-dy > k ? 0 : k - (size_t)-dy;
	else
		target = k + (size_t)dy >= f->nlines ? f->nlines - 1
		                                      : k + (size_t)dy;
	f->cur = index_at(f, target, f->goal);
	return true;
}

static void
line_home(struct field *f)
{
	if (f->kind == UI_FIELD_TEXT)
		ensure_wrap(f);
	if (f->kind != UI_FIELD_TEXT || f->nlines == 0)
		f->cur = 0;
	else
		f->cur = f->lines[cursor_line(f)].start;
}

static void
line_end(struct field *f)
{
	if (f->kind == UI_FIELD_TEXT)
		ensure_wrap(f);
	if (f->kind != UI_FIELD_TEXT || f->nlines == 0) {
		f->cur = f->len;
		return;
	}
	size_t k = cursor_line(f);
	f->cur = index_at(f, k, 1 << 30);
}

static void
delete_word_before(struct field *f)
{
	size_t i = f->cur;

	while (i > 0 && (f->buf[i - 1] == L' ' || f->buf[i - 1] == L'\n'))
		i--;
	while (i > 0 && f->buf[i - 1] != L' ' && f->buf[i - 1] != L'\n')
		i--;
	field_erase(f, i, f->cur);
}

/* Inserts paste p at f's insertion point, whole, or refuses it (p says
 * which); UI_FORM_CHANGED when it went in. */
static enum ui_form_result
field_paste(struct field *f, struct ui_paste *p, bool *modified)
{
	bool multi = f->kind == UI_FIELD_TEXT;
	size_t n = 0, end = p->len;
	wchar_t *clean;

	if (!multi)   /* the line break a copied line ends with */
		while (end > 0 && (p->text[end - 1] == L'\n' ||
		                   p->text[end - 1] == L'\r'))
			end--;
	clean = p->truncated ? NULL : malloc((end + 1) * sizeof *clean);
	if (clean == NULL && !p->truncated) {
		snprintf(p->refused, sizeof p->refused, "%s", _("Out of memory."));
		return UI_FORM_NONE;
	}
	for (size_t i = 0; clean && i < end; i++) {
		wchar_t c = p->text[i];

		if (c == L'\r' && i + 1 < end && p->text[i + 1] == L'\n')
			continue;   /* CR LF is one line break */
		if (c == L'\r' || c == L'\n')
			c = multi ? L'\n' : L' ';
		else if (c == L'\t')
			c = L' ';
		else if (!acceptable(c))
			continue;
		clean[n++] = c;
	}
	if (p->truncated || f->len + n > f->max) {
		size_t room = f->len < f->max ? f->max - f->len : 0;
		if (p->truncated)
			snprintf(p->refused, sizeof p->refused,
			         _("The paste is too long (over %d characters): "
			           "nothing was pasted."), UI_PASTE_MAX);
		else
			snprintf(p->refused, sizeof p->refused,
			         _("The paste is too long for this field (%zu "
			           "characters, %zu left): nothing was pasted."),
			         n, room);
		if (clean)
			explicit_bzero(clean, (end + 1) * sizeof *clean);
		free(clean);
		return UI_FORM_NONE;
	}
	if (n > 0 && !reserve(f, f->len + n)) {
		snprintf(p->refused, sizeof p->refused, "%s", _("Out of memory."));
		explicit_bzero(clean, (end + 1) * sizeof *clean);
		free(clean);
		return UI_FORM_NONE;
	}
	memmove(f->buf + f->cur + n, f->buf + f->cur,
	        (f->len - f->cur + 1) * sizeof *f->buf);
	memcpy(f->buf + f->cur, clean, n * sizeof *clean);
	f->len += n;
	f->cur += n;
	f->edits++;
	f->goal = -1;
	invalidate(f);
	explicit_bzero(clean, (end + 1) * sizeof *clean);
	free(clean);
	p->taken = true;
	if (n > 0)
		*modified = true;
	return UI_FORM_CHANGED;
}

/* Edits f with k; UI_FORM_IGNORED for keys that are not about one field
 * (the form decides), UI_FORM_NONE when refused. */
static enum ui_form_result
field_key(struct field *f, const struct ui_key *k, bool *modified)
{
	bool multi = f->kind == UI_FIELD_TEXT;
	unsigned long before = f->edits;
	int keep_goal = 0;

	if (k->kind == UI_KEY_CHAR) {
		wint_t c = k->code;

		if (c == L'\r' || c == L'\n') {
			if (!multi)
				return UI_FORM_IGNORED;
			if (!field_insert(f, L'\n')) {
				beep();
				return UI_FORM_NONE;
			}
		} else if (c == 127 || c == UI_CTRL('h')) {
			field_erase(f, prev_pos(f, f->cur), f->cur);
		} else if (c == UI_CTRL('d')) {
			field_erase(f, f->cur, next_pos(f, f->cur));
		} else if (c == UI_CTRL('a')) {
			line_home(f);
		} else if (c == UI_CTRL('e')) {
			line_end(f);
		} else if (c == UI_CTRL('k')) {
			size_t e = para_end(f, f->cur);
			field_erase(f, f->cur, e == f->cur && e < f->len ? e + 1 : e);
		} else if (c == UI_CTRL('u')) {
			field_erase(f, para_start(f, f->cur), f->cur);
		} else if (c == UI_CTRL('w')) {
			delete_word_before(f);
		} else if (acceptable((wchar_t)c)) {
			if (!field_insert(f, (wchar_t)c)) {
				beep();
				return UI_FORM_NONE;
			}
		} else {
			return UI_FORM_IGNORED;
		}
	} else if (k->kind == UI_KEY_FUNC) {
		switch (k->code) {
		case KEY_LEFT:
			f->cur = prev_pos(f, f->cur);
			break;
		case KEY_RIGHT:
			f->cur = next_pos(f, f->cur);
			break;
		case KEY_UP:
			if (!multi || !move_lines(f, -1))
				return UI_FORM_IGNORED;
			keep_goal = 1;
			break;
		case KEY_DOWN:
			if (!multi || !move_lines(f, 1))
				return UI_FORM_IGNORED;
			keep_goal = 1;
			break;
		case KEY_PPAGE:
			if (multi)
				move_lines(f, -(long)text_rows(f));
			keep_goal = 1;
			break;
		case KEY_NPAGE:
			if (multi)
				move_lines(f, text_rows(f));
			keep_goal = 1;
			break;
		case KEY_HOME:
			line_home(f);
			break;
		case KEY_END:
			line_end(f);
			break;
		case KEY_BACKSPACE:
			field_erase(f, prev_pos(f, f->cur), f->cur);
			break;
		case KEY_DC:
			field_erase(f, f->cur, next_pos(f, f->cur));
			break;
		case KEY_ENTER:
			if (!multi)
				return UI_FORM_IGNORED;
			if (!field_insert(f, L'\n'))
				beep();
			break;
		default:
			return UI_FORM_IGNORED;
		}
	} else {
		return UI_FORM_IGNORED;
	}
	if (!keep_goal)
		f->goal = -1;
	if (f->edits != before)
		*modified = true;
	return UI_FORM_CHANGED;
}

struct ui_form *
ui_form_new(const struct ui_form_field *fields, size_t n, bool enter_submits)
{
	struct ui_form *form = calloc(1, sizeof *form);

	if (form == NULL)
		return NULL;
	form->fields = calloc(n ? n : 1, sizeof *form->fields);
	if (form->fields == NULL) {
		free(form);
		return NULL;
	}
	form->n = n;
	form->enter_submits = enter_submits;
	for (size_t i = 0; i < n; i++) {
		struct field *f = &form->fields[i];
		unsigned flags = fields[i].kind == UI_FIELD_TEXT
		               ? TEXT_MULTI_LINE : TEXT_SINGLE_LINE;
		char *clean = text_sanitize(fields[i].initial
		                            ? fields[i].initial : "", flags);
		wchar_t *w = clean ? ui_paint_wide(clean, &f->len) : NULL;

		free(clean);
		f->label = strdup(fields[i].label ? fields[i].label : "");
		if (w == NULL || f->label == NULL) {
			free(w);
			ui_form_free(form);
			return NULL;
		}
		f->kind = fields[i].kind;
		f->max = fields[i].max ? fields[i].max : 1000;
		f->buf = w;
		f->cap = f->len + 1;
		if (f->kind == UI_FIELD_SECRET) {
			/* empty, and room for max characters once and for all */
			wchar_t *s = calloc(f->max + 1, sizeof *s);
			free(w);
			f->buf = s;
			f->len = 0;
			f->cap = f->max + 1;
			if (s == NULL) {
				ui_form_free(form);
				return NULL;
			}
		}
		f->cur = f->len;
		f->goal = -1;
		f->wrap_w = -1;
	}
	return form;
}

void
ui_form_free(struct ui_form *form)
{
	if (form == NULL)
		return;
	for (size_t i = 0; i < form->n; i++) {
		if (form->fields[i].buf != NULL)
			explicit_bzero(form->fields[i].buf,
			               form->fields[i].cap * sizeof *form->fields[i].buf);
		free(form->fields[i].label);
		free(form->fields[i].buf);
		free(form->fields[i].lines);
	}
	free(form->fields);
	free(form);
}

char *
ui_form_text(const struct ui_form *form, size_t i)
{
	if (i >= form->n)
		return NULL;
	return ui_paint_narrow(form->fields[i].buf, form->fields[i].len);
}

size_t
ui_form_count(const struct ui_form *form)
{
	return form->n;
}

bool
ui_form_modified(const struct ui_form *form)
{
	return form->modified;
}

void
ui_form_focus(struct ui_form *form, size_t i)
{
	if (i < form->n)
		form->focus = i;
}

/* Places the insertion point at the clicked cell (window coordinates). */
static void
click_field(struct field *f, int y, int x)
{
	int col = x - f->x;

	if (f->kind != UI_FIELD_TEXT) {
		size_t i = f->hscroll;
		int c = 0;
		while (i < f->len && c + ui_paint_cwidth(f->buf[i]) <= col)
			c += ui_paint_cwidth(f->buf[i++]);
		f->cur = i;
		while (is_mark(f, f->cur))
			f->cur++;
	} else {
		size_t k = f->vscroll + (size_t)(y - f->y);
		ensure_wrap(f);
		if (f->nlines > 0)
			f->cur = index_at(f, k < f->nlines ? k : f->nlines - 1, col);
	}
	f->goal = -1;
}

enum ui_form_result
ui_form_key(struct ui_form *form, const struct ui_key *k)
{
	struct field *f;
	enum ui_form_result r;

	if (form->n == 0)
		return UI_FORM_IGNORED;
	f = &form->fields[form->focus];
	if (k->kind == UI_KEY_PASTE)
		return k->paste ? field_paste(f, k->paste, &form->modified)
		                : UI_FORM_NONE;
	if (k->kind == UI_KEY_CLICK) {
		int y = k->y - form->begy, x = k->x - form->begx;
		for (size_t i = 0; i < form->n; i++) {
			struct field *g = &form->fields[i];
			if (y >= g->y && y < g->y + g->h && x >= g->x &&
			    x < g->x + g->w) {
				form->focus = i;
				click_field(g, y, x);
				return UI_FORM_CHANGED;
			}
		}
		return UI_FORM_NONE;
	}
	if (k->kind == UI_KEY_CHAR) {
		if (k->code == UI_CTRL('s'))
			return UI_FORM_SUBMIT;
		if (k->code == UI_ESC || k->code == UI_CTRL('g') ||
		    k->code == UI_CTRL('c'))
			return UI_FORM_CANCEL;
		if (k->code == L'\t')
			goto next;
	} else if (k->code == (wint_t)KEY_F(10)) {
		return UI_FORM_SUBMIT;
	} else if (k->code == KEY_BTAB) {
		goto prev;
	}
	r = field_key(f, k, &form->modified);
	if (r != UI_FORM_IGNORED)
		return r;
	/* keys that leave the field */
	if ((k->kind == UI_KEY_CHAR && (k->code == L'\r' || k->code == L'\n')) ||
	    (k->kind == UI_KEY_FUNC && k->code == KEY_ENTER)) {
		if (form->enter_submits && form->focus + 1 == form->n)
			return UI_FORM_SUBMIT;
		goto next;
	}
	if (k->kind == UI_KEY_FUNC && k->code == KEY_DOWN)
		goto next;
	if (k->kind == UI_KEY_FUNC && k->code == KEY_UP)
		goto prev;
	return UI_FORM_IGNORED;
next:
	if (form->focus + 1 < form->n) {
		form->focus++;
		return UI_FORM_CHANGED;
	}
	return UI_FORM_NONE;
prev:
	if (form->focus > 0) {
		form->focus--;
		return UI_FORM_CHANGED;
	}
	return UI_FORM_NONE;
}

/* An unfocused field shows its beginning; the focused one scrolls to keep
 * the insertion point visible. */
static void
draw_line_field(struct field *f, WINDOW *win, bool focused, int *cy, int *cx)
{
	attr_t a = ui_theme_attr(UI_FIELD);
	int avail = f->w > 1 ? f->w - 1 : 1;   /* a column for the cursor */
	size_t i;
	int col = 0;

	if (f->cur < f->hscroll)
		f->hscroll = f->cur;
	while (f->hscroll < f->cur &&
	       ui_paint_width(f->buf + f->hscroll, f->cur - f->hscroll) > avail)
		f->hscroll = next_pos(f, f->hscroll);
	if (!focused || ui_paint_width(f->buf, f->len) <= avail)
		f->hscroll = 0;
	ui_paint_fill(win, f->y, f->x, f->w, a);
	wmove(win, f->y, f->x);
	if (f->kind == UI_FIELD_SECRET) {
		/* a dot per character, never the characters (nor their
		 * widths): at most the field's width of them */
		const char *dot = ui_theme_ascii() ? "*" : "\u2022";
		size_t shown = f->len < (size_t)avail ? f->len : (size_t)avail;
		for (size_t k = 0; k < shown; k++)
			ui_paint_put(win, f->y, f->x + (int)k, 1, dot, a, 0);
		*cy = f->y;
		*cx = f->x + (int)(f->cur < shown ? f->cur : shown);
		return;
	}
	for (i = f->hscroll; i < f->len; i++) {
		int cw = ui_paint_cwidth(f->buf[i]);
		if (col + cw > f->w)
			break;
		col += cw;
	}
	if (i > f->hscroll)
		ui_paint_addnwstr(win, f->y, f->x, f->buf + f->hscroll,
		                  i - f->hscroll);
	*cy = f->y;
	*cx = f->x + ui_paint_width(f->buf + f->hscroll, f->cur - f->hscroll);
}

static void
draw_text_field(struct field *f, WINDOW *win, int *cy, int *cx)
{
	attr_t a = ui_theme_attr(UI_FIELD);
	size_t k;
	int rows = text_rows(f);

	ensure_wrap(f);
	k = cursor_line(f);
	if (k < f->vscroll)
		f->vscroll = k;
	if (k >= f->vscroll + (size_t)rows)
		f->vscroll = k - (size_t)rows + 1;
	if (f->vscroll + (size_t)rows > f->nlines)
		f->vscroll = f->nlines > (size_t)rows ? f->nlines - (size_t)rows : 0;
	for (int r = 0; r < rows; r++) {
		size_t line = f->vscroll + (size_t)r;

		ui_paint_fill(win, f->y + r, f->x, f->w, a);
		if (line >= f->nlines)
			continue;
		const struct ui_span *sp = &f->lines[line];
		size_t end = sp->end;
		while (end > sp->start &&
		       ui_paint_width(f->buf + sp->start, end - sp->start) > f->w)
			end--;
		if (end > sp->start)
			ui_paint_addnwstr(win, f->y + r, f->x, f->buf + sp->start,
			                  end - sp->start);
	}
	*cy = f->y + (int)(k - f->vscroll);
	*cx = f->x + (f->nlines ? ui_paint_width(f->buf + f->lines[k].start,
	                                         f->cur - f->lines[k].start) : 0);
}

void
ui_form_draw(struct ui_form *form, WINDOW *win, int y, int x, int h, int w)
{
	int nline = 0, ntext = 0, label_w = 0, row = y, spare, cy = y, cx = x;
	int text_left;
	bool glyphs = false;

	getbegyx(win, form->begy, form->begx);
	for (size_t i = 0; i < form->n; i++) {
		const struct field *f = &form->fields[i];
		if (f->label[0] && form->n > 1)
			glyphs = true;
		if (f->kind != UI_FIELD_TEXT) {
			nline++;
			int lw = text_width(f->label);
			if (lw > label_w)
				label_w = lw;
		} else {
			ntext++;
		}
	}
	if (label_w > w / 3)
		label_w = w / 3;
	int pad = glyphs ? 2 : 0;   /* the focus glyph and a space */
	spare = h - nline - ntext;   /* rows for the texts, after labels */
	text_left = ntext;
	for (size_t i = 0; i < form->n; i++) {
		struct field *f = &form->fields[i];
		bool focused = i == form->focus;
		attr_t la = ui_theme_attr(focused ? UI_LABEL_ACTIVE : UI_LABEL);

		if (glyphs)
			ui_paint_put(win, row, x, 2,
			             focused && form->n > 1
			             ? ui_theme_glyph(UI_G_CURSOR) : "", la,
			             UI_PUT_PAD);
		if (f->kind != UI_FIELD_TEXT) {
			int lx = x + pad;
			if (f->label[0]) {
				ui_paint_put(win, row, lx, label_w + 1, f->label, la,
				             UI_PUT_PAD);
				lx += label_w + 1;
			}
			f->label_y = row;
			f->y = row++;
			f->x = lx;
			f->w = x + w - lx;
			f->h = 1;
		} else {
			int rows = text_left ? spare / text_left : 0;
			char count[48];

			if (rows < 1)
				rows = 1;
			spare -= rows;
			text_left--;
			snprintf(count, sizeof count, "%zu/%zu", f->len, f->max);
			int cw = (int)strlen(count);
			ui_paint_put(win, row, x + pad, w - pad - cw - 1, f->label,
			             la, UI_PUT_PAD);
			ui_paint_put(win, row, x + w - cw, cw, count,
			             ui_theme_attr(UI_DIM), 0);
			f->label_y = row++;
			f->y = row;
			f->x = x + pad;
			f->w = w - pad;
			f->h = rows;
			row += rows;
		}
		if (f->y + f->h > y + h)     /* too small a screen: clip */
			f->h = y + h - f->y;
		if (f->h <= 0 || f->w <= 0) {
			f->h = 0;
			continue;
		}
		int fy, fx;
		if (f->kind != UI_FIELD_TEXT)
			draw_line_field(f, win, focused, &fy, &fx);
		else
			draw_text_field(f, win, &fy, &fx);
		if (focused) {
			cy = fy;
			cx = fx;
		}
	}
	wattrset(win, A_NORMAL);
	wmove(win, cy, cx);
}

/* ---- for widgets that work on one field (ui/picker.c) ----------------- */

size_t
ui_form_focused(const struct ui_form *form)
{
	return form->focus;
}

bool
ui_form_set_text(struct ui_form *form, size_t i, const char *text)
{
	struct field *f;
	char *clean;
	wchar_t *w;
	size_t len = 0;

	if (i >= form->n)
		return false;
	f = &form->fields[i];
	clean = text_sanitize(text ? text : "", f->kind == UI_FIELD_TEXT
	                      ? TEXT_MULTI_LINE : TEXT_SINGLE_LINE);
	w = clean ? ui_paint_wide(clean, &len) : NULL;
	free(clean);
	if (w == NULL || len > f->max) {
		free(w);
		return false;
	}
	free(f->buf);
	f->buf = w;
	f->len = len;
	f->cap = len + 1;
	f->cur = len;
	f->hscroll = 0;
	f->vscroll = 0;
	f->goal = -1;
	f->edits++;
	invalidate(f);
	form->modified = true;
	return true;
}

bool
ui_form_field_cells(const struct ui_form *form, size_t i, int *y, int *x,
                    int *w)
{
	const struct field *f;

	if (i >= form->n || form->fields[i].h <= 0 || form->fields[i].w <= 0)
		return false;
	f = &form->fields[i];
	*y = f->y;
	*x = f->x;
	*w = f->w;
	return true;
}
