/* dialog.c — owns the modal boxes: their content (copied texts), their size
 * and place (centred, never larger than the screen, recomputed on resize),
 * their drawing (frame, title, wrapped text, buttons, list, input line) and
 * their keys. They do not read the keyboard or refresh the screen: the
 * shell does that, as for the panes. The list of a choice and the rows of
 * the help are a ui_list (ui/list.c: cursor, scrolling, wheel, clicks);
 * the help's has no cursor shown, its keys scroll it. */
#include <stdlib.h>
#include <string.h>

#include "dialog.h"
#include "form.h"
#include "i18n.h"
#include "keymap.h"
#include "list.h"
#include "paint.h"
#include "text.h"
#include "theme.h"

enum kind { D_MESSAGE, D_CONFIRM, D_CHOICE, D_INPUT, D_KEYS };

struct ui_dialog {
	enum kind kind;
	char *title;
	char *text;                  /* sanitised, may hold line breaks */
	size_t nlines;               /* rows of text at the inner width */
	char **items;                /* choice items, or help keys/what pairs */
	char **what;                 /* help: descriptions (NULL = heading) */
	size_t n;
	struct ui_list list;         /* choice: the items; keys: the rows */
	char *yes, *no;
	bool on_yes;                 /* confirm: the focused button */
	struct ui_form *form;        /* input */
	char *result;
	WINDOW *win;
	int h, w;
	int list_y, list_h;          /* choice/keys: rows of the list */
	int button_y, yes_x, yes_w, no_x, no_w;
	int keys_w;                  /* help: width of the keys column */
	struct vrow *rows;           /* help: the list wrapped (layout) */
	size_t nrows;
};

/* One screen row of the help list: a piece of what[item], the first one
 * beside its keys. */
struct vrow {
	size_t item;
	bool first;
	char *text;
};

static const struct ui_list_ops list_ops;

static struct ui_dialog *
dialog_new(enum kind kind, const char *title, const char *text)
{
	struct ui_dialog *d = calloc(1, sizeof *d);

	if (d == NULL)
		return NULL;
	d->kind = kind;
	ui_list_init(&d->list, &list_ops, d, NULL);
	d->title = strdup(title ? title : "");
	d->text = text_sanitize(text ? text : "", TEXT_MULTI_LINE);
	if (d->title == NULL || d->text == NULL) {
		ui_dialog_free(d);
		return NULL;
	}
	return d;
}

struct ui_dialog *
ui_dialog_message(const char *title, const char *text)
{
	return dialog_new(D_MESSAGE, title, text);
}

struct ui_dialog *
ui_dialog_confirm(const char *title, const char *text, const char *yes,
                  const char *no)
{
	struct ui_dialog *d = dialog_new(D_CONFIRM, title, text);

	if (d == NULL)
		return NULL;
	d->yes = strdup(yes);
	d->no = strdup(no);
	d->on_yes = false;   /* the safe answer is the default */
	if (d->yes == NULL || d->no == NULL) {
		ui_dialog_free(d);
		return NULL;
	}
	return d;
}

void
ui_dialog_default_yes(struct ui_dialog *d)
{
	if (d != NULL && d->kind == D_CONFIRM)
		d->on_yes = true;
}

struct ui_dialog *
ui_dialog_choice(const char *title, const char *const *items, size_t n,
                 size_t selected)
{
	struct ui_dialog *d = dialog_new(D_CHOICE, title, "");

	if (d == NULL)
		return NULL;
	d->items = calloc(n ? n : 1, sizeof *d->items);
	if (d->items == NULL) {
		ui_dialog_free(d);
		return NULL;
	}
	d->n = n;
	for (size_t i = 0; i < n; i++) {
		d->items[i] = strdup(items[i]);
		if (d->items[i] == NULL) {
			ui_dialog_free(d);
			return NULL;
		}
	}
	ui_list_set_count(&d->list, n);
	ui_list_set(&d->list, selected < n ? selected : 0, 0);
	return d;
}

struct ui_dialog *
ui_dialog_input(const char *title, const char *text, const char *label,
                const char *initial, size_t max)
{
	struct ui_dialog *d = dialog_new(D_INPUT, title, text);
	struct ui_form_field f = { label, UI_FIELD_LINE, max, initial };

	if (d == NULL)
		return NULL;
	d->form = ui_form_new(&f, 1, true);
	if (d->form == NULL) {
		ui_dialog_free(d);
		return NULL;
	}
	return d;
}

static struct ui_dialog *
keys_new(const char *title, const struct ui_keyhelp *keys, size_t n,
         bool translate)
{
	struct ui_dialog *d = dialog_new(D_KEYS, title, "");

	if (d == NULL)
		return NULL;
	d->items = calloc(n ? n : 1, sizeof *d->items);
	d->what = calloc(n ? n : 1, sizeof *d->what);
	if (d->items == NULL || d->what == NULL) {
		ui_dialog_free(d);
		return NULL;
	}
	d->n = n;
	for (size_t i = 0; i < n; i++) {
		const char *what = translate ? _(keys[i].what) : keys[i].what;
		d->what[i] = strdup(what);
		d->items[i] = keys[i].keys == NULL ? NULL
		            : strdup(translate ? _(keys[i].keys) : keys[i].keys);
		if (d->what[i] == NULL || (keys[i].keys && d->items[i] == NULL)) {
			ui_dialog_free(d);
			return NULL;
		}
		if (keys[i].keys) {
			int kw = text_width(d->items[i]);
			if (kw > d->keys_w)
				d->keys_w = kw;
		}
	}
	return d;
}

struct ui_dialog *
ui_dialog_keys(const char *title, const struct ui_keyhelp *keys, size_t n)
{
	return keys_new(title, keys, n, true);
}

struct ui_dialog *
ui_dialog_lines(const char *title, const struct ui_keyhelp *lines, size_t n)
{
	return keys_new(title, lines, n, false);
}

static void
free_rows(struct ui_dialog *d)
{
	for (size_t i = 0; i < d->nrows; i++)
		free(d->rows[i].text);
	free(d->rows);
	d->rows = NULL;
	d->nrows = 0;
}

/* The help list wrapped to the dialog's width: a heading on the whole
 * width, a description beside its keys and under them when it is longer.
 * Out of memory, a description stays one row (cut when drawn). */
static void
wrap_rows(struct ui_dialog *d)
{
	int kw = d->keys_w < d->w / 2 ? d->keys_w : d->w / 2;
	size_t cap = 0;

	free_rows(d);
	for (size_t i = 0; i < d->n; i++) {
		int width = d->items[i] ? d->w - 6 - kw : d->w - 4;
		size_t len = 0, nsp = 0;
		wchar_t *wide = ui_paint_wide(d->what[i], &len);
		struct ui_span *sp = NULL;

		if (wide && width > 0)
			nsp = ui_paint_wrap(wide, len, width, &sp);
		for (size_t r = 0; r < (nsp ? nsp : 1); r++) {
			struct vrow v = { i, r == 0, NULL };
			if (d->nrows == cap) {
				size_t nc = cap ? 2 * cap : 32;
				struct vrow *g = realloc(d->rows, nc * sizeof *g);
				if (g == NULL)
					break;
				d->rows = g;
				cap = nc;
			}
			v.text = nsp ? ui_paint_narrow(wide + sp[r].start,
			                               sp[r].end - sp[r].start)
			             : strdup(d->what[i]);
			if (v.text == NULL)
				break;
			for (size_t e = strlen(v.text); e > 0 && v.text[e - 1] == ' '; e--)
				v.text[e - 1] = '\0';   /* the space at the break */
			d->rows[d->nrows++] = v;
		}
		free(sp);
		free(wide);
	}
}

/* Rows of the list: the choices, or the help wrapped. */
static size_t
list_count(const struct ui_dialog *d)
{
	return d->kind == D_KEYS ? d->nrows : d->n;
}

void
ui_dialog_free(struct ui_dialog *d)
{
	if (d == NULL)
		return;
	free_rows(d);
	for (size_t i = 0; i < d->n; i++) {
		if (d->items)
			free(d->items[i]);
		if (d->what)
			free(d->what[i]);
	}
	free(d->items);
	free(d->what);
	free(d->title);
	free(d->text);
	free(d->yes);
	free(d->no);
	free(d->result);
	ui_list_free(&d->list);
	ui_form_free(d->form);
	if (d->win)
		delwin(d->win);
	free(d);
}

/* The widest line of the text, in columns. */
static int
text_natural_width(const struct ui_dialog *d)
{
	int best = 0;

	for (const char *p = d->text; *p;) {
		size_t n = strcspn(p, "\n");
		char *line = strndup(p, n);
		int w = line ? text_width(line) : 0;

		free(line);
		if (w > best)
			best = w;
		p += n + (p[n] == '\n');
	}
	return best;
}

void
ui_dialog_layout(struct ui_dialog *d, int lines, int cols)
{
	int inner = text_natural_width(d), maxw = cols - 4, rows;

	if (text_width(d->title) + 4 > inner)
		inner = text_width(d->title) + 4;
	for (size_t i = 0; d->items && i < d->n; i++) {
		int iw = d->items[i] ? text_width(d->items[i]) + 2 : 0;
		if (d->kind == D_KEYS)
			iw = d->keys_w + 2 + text_width(d->what[i]);
		if (iw > inner)
			inner = iw;
	}
	if (d->kind == D_CONFIRM) {
		int bw = text_width(d->yes) + text_width(d->no) + 12;
		if (bw > inner)
			inner = bw;
	}
	if (d->kind == D_INPUT && inner < 50)
		inner = 50;
	if (inner < 24)
		inner = 24;
	if (maxw > 72)
		maxw = 72;
	if (inner > maxw - 4)
		inner = maxw - 4;
	if (inner < 1)
		inner = 1;
	d->w = inner + 4;
	if (d->w > cols)
		d->w = cols;
	if (d->kind == D_KEYS)
		wrap_rows(d);

	d->nlines = d->text[0]
	          ? (size_t)ui_paint_wrapped(NULL, 0, 0, inner, 0, d->text, 0) : 0;

	/* frame, text, a blank line, then the part of each kind */
	rows = 2 + (int)d->nlines + (d->nlines ? 1 : 0);
	switch (d->kind) {
	case D_MESSAGE:
	case D_CONFIRM:
		rows += 1;
		break;
	case D_INPUT:
		rows += 2;   /* the field and the hint */
		break;
	case D_CHOICE:
	case D_KEYS:
		rows += (int)list_count(d);
		break;
	}
	if (rows > lines - 2)
		rows = lines - 2;
	if (rows < 3)
		rows = 3;
	d->h = rows;
	if (d->w > cols)
		d->w = cols;
	if (d->win)
		delwin(d->win);
	d->win = newwin(d->h, d->w, (lines - d->h) / 2, (cols - d->w) / 2);
	if (d->win)
		leaveok(d->win, d->kind != D_INPUT);
	d->list_y = 1 + (int)d->nlines + (d->nlines ? 1 : 0);
	d->list_h = d->h - 1 - d->list_y;
	if (d->list_h < 1)
		d->list_h = 1;
	if (d->kind == D_KEYS)
		ui_list_set_count(&d->list, d->nrows);
	ui_list_place(&d->list, d->win, d->list_y, 1, d->list_h, d->w - 3);
}

static void
draw_button(struct ui_dialog *d, int x, const char *label, bool focused,
            int *bx, int *bw)
{
	char buf[256];

	snprintf(buf, sizeof buf, "[ %s ]", label);
	*bx = x;
	*bw = ui_paint_put(d->win, d->button_y, x, d->w - x - 1, buf,
	                   focused ? ui_theme_attr(UI_SELECTED) : A_NORMAL, 0);
}

/* Row i of the list (the list's draw_row): a choice with the cursor's
 * mark, or a row of the help. */
static void
draw_row(void *self, WINDOW *w, int y, int x, int cols, size_t i, bool sel)
{
	struct ui_dialog *d = self;
	const struct vrow *v = d->kind == D_KEYS ? &d->rows[i] : NULL;

	if (d->kind == D_CHOICE) {
		attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
		ui_paint_put(w, y, x, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : "",
		             A_NORMAL, UI_PUT_PAD);
		ui_paint_put(w, y, x + 1, cols - 1, d->items[i], a, UI_PUT_PAD);
	} else if (d->items[v->item] == NULL) {
		ui_paint_put(w, y, x + 1, cols - 1, v->text,
		             ui_theme_attr(UI_HEADING), 0);
	} else {
		int kw = d->keys_w < d->w / 2 ? d->keys_w : d->w / 2;
		if (v->first)
			ui_paint_put(w, y, x + 1, kw, d->items[v->item],
			             ui_theme_attr(UI_TITLE), 0);
		ui_paint_put(w, y, x + 3 + kw, cols - 3 - kw, v->text, A_NORMAL,
		             0);
	}
}

static const struct ui_list_ops list_ops = { draw_row, NULL, NULL, NULL };

static void
draw_list(struct ui_dialog *d)
{
	attr_t dim = ui_theme_attr(UI_DIM);
	const struct ui_listnav *nav = &d->list.nav;

	ui_list_draw(&d->list, true);
	/* what is above and below */
	if (nav->first > 0)
		ui_paint_put(d->win, d->list_y - (d->list_y > 1 ? 1 : 0), d->w - 3,
		             1, ui_theme_glyph(UI_G_MORE_UP), dim, 0);
	if (nav->first + nav->rows < nav->count)
		ui_paint_put(d->win, d->list_y + d->list_h - 1, d->w - 3, 1,
		             ui_theme_glyph(UI_G_MORE_DOWN), dim, 0);
}

void
ui_dialog_draw(struct ui_dialog *d)
{
	attr_t dim = ui_theme_attr(UI_DIM), bold = ui_theme_attr(UI_TITLE);
	int inner = d->w - 4;
	char title[512];

	if (d->win == NULL)
		return;
	wattrset(d->win, A_NORMAL);
	werase(d->win);
	ui_theme_box(d->win);
	if (d->title[0]) {
		snprintf(title, sizeof title, " %s ", d->title);
		ui_paint_put(d->win, 0, 2, inner, title, bold, 0);
	}
	if (d->nlines)
		ui_paint_wrapped(d->win, 1, 2, inner, d->h - 2, d->text, A_NORMAL);
	d->button_y = d->h - 2;
	switch (d->kind) {
	case D_MESSAGE:
		draw_button(d, (d->w - 6) / 2, _("OK"), true, &d->yes_x,
		            &d->yes_w);
		break;
	case D_CONFIRM: {
		int yw = text_width(d->yes) + 4, nw = text_width(d->no) + 4;
		int x = (d->w - yw - nw - 3) / 2;
		if (x < 1)
			x = 1;
		draw_button(d, x, d->yes, d->on_yes, &d->yes_x, &d->yes_w);
		draw_button(d, x + yw + 3, d->no, !d->on_yes, &d->no_x,
		            &d->no_w);
		break;
	}
	case D_CHOICE:
		draw_list(d);
		break;
	case D_KEYS: {
		char hint[256];
		/* on the bottom edge, so that every row holds a key */
		snprintf(hint, sizeof hint, " %s ",
		         _("q, Esc: close    arrows, PgUp, PgDn: scroll"));
		draw_list(d);
		ui_paint_put(d->win, d->h - 1, 2, inner, hint,
		             ui_theme_attr(UI_BORDER), 0);
		break;
	}
	case D_INPUT:
		ui_paint_put(d->win, d->h - 2, 2, inner,
		             _("Enter: confirm    Esc: cancel"), dim, 0);
		ui_form_draw(d->form, d->win, d->h - 3, 2, 1, inner);
		break;
	}
	wnoutrefresh(d->win);
}

/* The list's action of a key: the keys of every list (a dialog is above
 * the keymap's views, so it reads them itself). */
static int
list_action(const struct ui_key *k)
{
	if (ui_app_key_func(k, KEY_DOWN) || ui_app_key_char(k, 'j'))
		return UI_ACT_DOWN;
	if (ui_app_key_func(k, KEY_UP) || ui_app_key_char(k, 'k'))
		return UI_ACT_UP;
	if (ui_app_key_func(k, KEY_NPAGE) || ui_app_key_char(k, ' '))
		return UI_ACT_PAGE_DOWN;
	if (ui_app_key_func(k, KEY_PPAGE))
		return UI_ACT_PAGE_UP;
	if (ui_app_key_func(k, KEY_HOME) || ui_app_key_char(k, 'g'))
		return UI_ACT_FIRST;
	if (ui_app_key_func(k, KEY_END) || ui_app_key_char(k, 'G'))
		return UI_ACT_LAST;
	return UI_ACT_NONE;
}

/* Moves in a list (choice) or scrolls it (keys: no cursor, the rows move);
 * false when k is not a moving key. *r tells whether anything changed. */
static bool
list_key(struct ui_dialog *d, const struct ui_key *k,
         enum ui_dialog_result *r)
{
	struct ui_listnav *nav = &d->list.nav, before = *nav;
	int a = list_action(k);

	if (k->kind == UI_KEY_WHEEL) {
		if (ui_list_key(&d->list, k) == UI_IGNORED)
			return false;
	} else if (a == UI_ACT_NONE) {
		return false;
	} else if (d->kind == D_CHOICE) {
		ui_list_act(&d->list, a);
	} else {
		long page = nav->rows > 1 ? (long)nav->rows - 1 : 1;
		switch (a) {
		case UI_ACT_DOWN:
		case UI_ACT_UP:
			ui_listnav_scroll(nav, a == UI_ACT_DOWN ? 1 : -1);
			break;
		case UI_ACT_PAGE_DOWN:
		case UI_ACT_PAGE_UP:
			ui_listnav_scroll(nav, a == UI_ACT_PAGE_DOWN ? page : -page);
			break;
		default:
			ui_listnav_scroll(nav, a == UI_ACT_LAST ? (long)nav->count
			                                        : -(long)nav->count);
			break;
		}
	}
	*r = nav->cur != before.cur || nav->first != before.first
	   ? UI_DIALOG_CHANGED : UI_DIALOG_NONE;
	return true;
}

enum ui_dialog_result
ui_dialog_key(struct ui_dialog *d, const struct ui_key *k)
{
	bool cancel = ui_app_key_char(k, UI_ESC) ||
	              ui_app_key_char(k, UI_CTRL('g')) ||
	              ui_app_key_char(k, UI_CTRL('c'));
	bool enter = ui_app_key_char(k, '\r') || ui_app_key_char(k, '\n') ||
	             ui_app_key_func(k, KEY_ENTER);
	int y = 0, x = 0;

	if (k->kind == UI_KEY_CLICK && d->win) {
		int by, bx;
		getbegyx(d->win, by, bx);
		y = k->y - by;
		x = k->x - bx;
	}
	switch (d->kind) {
	case D_MESSAGE:
		if (cancel || enter || ui_app_key_char(k, 'q') ||
		    ui_app_key_char(k, ' ') || k->kind == UI_KEY_CLICK)
			return UI_DIALOG_OK;
		return UI_DIALOG_NONE;
	case D_CONFIRM:
		if (k->kind == UI_KEY_CLICK) {
			if (y == d->button_y && x >= d->yes_x && x < d->yes_x + d->yes_w)
				return UI_DIALOG_OK;
			if (y == d->button_y && x >= d->no_x && x < d->no_x + d->no_w)
				return UI_DIALOG_CANCEL;
			return UI_DIALOG_NONE;
		}
		if (ui_app_key_char(k, 'y') || ui_app_key_char(k, 'o') ||
		    ui_app_key_char(k, 'Y') || ui_app_key_char(k, 'O'))
			return UI_DIALOG_OK;
		if (cancel || ui_app_key_char(k, 'n') || ui_app_key_char(k, 'N') ||
		    ui_app_key_char(k, 'q'))
			return UI_DIALOG_CANCEL;
		if (enter)
			return d->on_yes ? UI_DIALOG_OK : UI_DIALOG_CANCEL;
		if (ui_app_key_func(k, KEY_LEFT) || ui_app_key_func(k, KEY_RIGHT) ||
		    ui_app_key_char(k, '\t') || ui_app_key_func(k, KEY_BTAB) ||
		    ui_app_key_char(k, 'h') || ui_app_key_char(k, 'l')) {
			d->on_yes = !d->on_yes;
			return UI_DIALOG_CHANGED;
		}
		return UI_DIALOG_NONE;
	case D_CHOICE:
		if (k->kind == UI_KEY_CLICK) {
			size_t row;
			/* a click chooses the row at once */
			if (ui_list_row_at(&d->list, k->y, k->x, &row) &&
			    row < d->n) {
				ui_list_select(&d->list, row);
				return UI_DIALOG_OK;
			}
			return UI_DIALOG_NONE;
		}
		if (enter || ui_app_key_func(k, KEY_RIGHT) ||
		    ui_app_key_char(k, 'l'))
			return d->n ? UI_DIALOG_OK : UI_DIALOG_CANCEL;
		if (cancel || ui_app_key_char(k, 'q') ||
		    ui_app_key_func(k, KEY_LEFT) ||
		    ui_app_key_char(k, 'h'))
			return UI_DIALOG_CANCEL;
		{
			enum ui_dialog_result r = UI_DIALOG_NONE;
			list_key(d, k, &r);
			return r;
		}
	case D_KEYS: {
		enum ui_dialog_result r = UI_DIALOG_NONE;
		if (list_key(d, k, &r))
			return r;
		return UI_DIALOG_OK;   /* any other key closes the help */
	}
	case D_INPUT:
		switch (ui_form_key(d->form, k)) {
		case UI_FORM_SUBMIT:
			free(d->result);
			d->result = ui_form_text(d->form, 0);
			return d->result ? UI_DIALOG_OK : UI_DIALOG_CANCEL;
		case UI_FORM_CANCEL:
			return UI_DIALOG_CANCEL;
		case UI_FORM_CHANGED:
			return UI_DIALOG_CHANGED;
		case UI_FORM_NONE:
		case UI_FORM_IGNORED:
			break;
		}
		return UI_DIALOG_NONE;
	}
	return UI_DIALOG_NONE;
}

size_t
ui_dialog_choice_index(const struct ui_dialog *d)
{
	return d->list.nav.cur;
}

const char *
ui_dialog_text(const struct ui_dialog *d)
{
	return d->result ? d->result : "";
}

WINDOW *
ui_dialog_cursor(struct ui_dialog *d)
{
	return d->kind == D_INPUT ? d->win : NULL;
}
