/* list.c — the list widget (see list.h): keys, mouse, search prompt and
 * painting on top of the arithmetic of ui/listnav.c. Rows are painted by
 * the pane's draw_row(); a cursor move repaints the old and the new row
 * only, a scroll every row. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "dialog.h"
#include "i18n.h"
#include "keymap.h"
#include "list.h"
#include "paint.h"
#include "text.h"

#define WHEEL_ROWS 3
#define NEEDLE_MAX 200
#define FIELDS_MAX 8

void
ui_list_init(struct ui_list *l, const struct ui_list_ops *ops, void *owner,
             struct ui_app *app)
{
	memset(l, 0, sizeof *l);
	l->ops = ops;
	l->owner = owner;
	l->app = app;
	l->nav.rows = 1;
	l->height = 1;
	l->d_all = true;
}

void
ui_list_set_height(struct ui_list *l, int h)
{
	l->height = h > 1 ? h : 1;
	l->d_all = true;
}

void
ui_list_free(struct ui_list *l)
{
	free(l->needle);
	l->needle = NULL;
}

void
ui_list_place(struct ui_list *l, WINDOW *w, int y, int x, int lines,
              int cols)
{
	int rows = lines / l->height;

	l->w = w;
	l->y = y;
	l->x = x;
	l->cols = cols;
	l->nav.rows = rows > 0 ? (size_t)rows : 1;
	ui_listnav_settle(&l->nav);
	l->d_all = true;
}

void
ui_list_set_count(struct ui_list *l, size_t n)
{
	if (n == l->nav.count)
		return;
	l->nav.count = n;
	ui_listnav_settle(&l->nav);
	l->d_all = true;
}

void
ui_list_dirty(struct ui_list *l)
{
	l->d_all = true;
}

void
ui_list_dirty_row(struct ui_list *l, size_t i)
{
	if (l->nd_rows < 4)
		l->d_rows[l->nd_rows++] = i;
	else
		l->d_all = true;
}

/* After nav moved from (old, old_first): reads what is now shown, or
 * undoes the move; marks what to repaint. */
static unsigned
moved(struct ui_list *l, struct ui_listnav before)
{
	size_t old = before.cur;

	if (l->nav.cur == before.cur && l->nav.first == before.first)
		return UI_DONE;
	if (l->ops->fetch &&
	    !l->ops->fetch(l->owner, l->nav.first, l->nav.rows)) {
		l->nav.cur = before.cur;
		l->nav.first = before.first;
		ui_listnav_settle(&l->nav);
		return UI_PAINT;
	}
	l->d_moved = true;
	if (l->nav.first != before.first || l->nav.count != before.count) {
		l->d_all = true;
	} else {
		ui_list_dirty_row(l, old);
		ui_list_dirty_row(l, l->nav.cur);
	}
	return UI_PAINT;
}

unsigned
ui_list_select(struct ui_list *l, size_t i)
{
	struct ui_listnav before = l->nav;

	ui_listnav_goto(&l->nav, i, l->nav.first);
	return moved(l, before);
}

void
ui_list_set(struct ui_list *l, size_t i, size_t top)
{
	struct ui_listnav before = l->nav;

	ui_listnav_goto(&l->nav, i, top);
	if (l->nav.cur != before.cur || l->nav.first != before.first) {
		l->d_all = true;
		l->d_moved = true;
	}
}

static void
draw_one(struct ui_list *l, size_t i)
{
	int y;

	if (i < l->nav.first || i >= l->nav.first + l->nav.rows)
		return;
	y = l->y + (int)(i - l->nav.first) * l->height;
	if (i >= l->nav.count) {
		for (int r = 0; r < l->height; r++)
			ui_paint_fill(l->w, y + r, l->x, l->cols, A_NORMAL);
		return;
	}
	l->ops->draw_row(l->owner, l->w, y, l->x, l->cols, i,
	                 i == l->nav.cur);
}

bool
ui_list_draw(struct ui_list *l, bool full)
{
	bool was_moved = l->d_moved || full || l->d_all;

	if (l->w == NULL)
		return false;
	if (full || l->d_all) {
		for (size_t r = 0; r < l->nav.rows; r++)
			draw_one(l, l->nav.first + r);
		wnoutrefresh(l->w);
	} else if (l->nd_rows) {
		for (int i = 0; i < l->nd_rows; i++)
			draw_one(l, l->d_rows[i]);
		wnoutrefresh(l->w);
	}
	l->d_all = l->d_moved = false;
	l->nd_rows = 0;
	return was_moved;
}

/* ---- search ---------------------------------------------------------- */

bool
ui_list_set_needle(struct ui_list *l, const char *needle)
{
	char *copy = NULL;

	if (needle && needle[strspn(needle, " ")] != '\0') {
		copy = strdup(needle);
		if (copy == NULL) {
			free(l->needle);
			l->needle = NULL;
			l->d_all = true;
			return false;
		}
	}
	free(l->needle);
	l->needle = copy;
	l->d_all = true;
	return true;
}

unsigned
ui_list_find(struct ui_list *l, int dir)
{
	struct ui_listnav_match m;
	const char *texts[FIELDS_MAX], *names[FIELDS_MAX];
	struct ui_listnav before = l->nav;
	unsigned bits;
	size_t nf;

	if (l->ops->fields == NULL)
		return UI_IGNORED;
	if (l->needle == NULL) {
		ui_app_message(l->app, "%s",
		               _("No search yet: / searches this list."));
		return UI_DONE;
	}
	if (!ui_listnav_find(&l->nav, l->needle, dir, l->ops->fields,
	                     l->owner, &m)) {
		ui_app_error(l->app, _("\"%s\": not found in this list."),
		             l->needle);
		return UI_DONE;
	}
	ui_listnav_goto(&l->nav, m.row, l->nav.first);
	bits = moved(l, before);
	if (l->nav.cur != m.row)
		return bits;   /* could not be read */
	/* the field, once the row is in memory */
	nf = l->ops->fields(l->owner, m.row, texts, names, FIELDS_MAX);
	if (m.field < nf && m.field < FIELDS_MAX) {
		const char *where = _(names[m.field]);
		if (m.wrapped)
			ui_app_message(l->app,
			               _("\"%s\": row %zu of %zu, in %s "
			                 "(searched from the other end)"),
			               l->needle, m.row + 1, l->nav.count, where);
		else
			ui_app_message(l->app, _("\"%s\": row %zu of %zu, in %s"),
			               l->needle, m.row + 1, l->nav.count, where);
	}
	return bits | UI_PAINT;
}

static unsigned
search_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_list *l = owner;

	(void)tag;
	if (!ok)
		return UI_DONE;
	if (!ui_list_set_needle(l, ui_dialog_text(d))) {
		ui_app_error(l->app, "%s", _("Out of memory: no search."));
		return UI_PAINT;
	}
	if (l->needle == NULL) {
		ui_app_message(l->app, "%s", _("Search ended."));
		return UI_PAINT;
	}
	return ui_list_find(l, 0) | UI_PAINT;
}

void
ui_list_search_prompt(struct ui_list *l)
{
	struct ui_dialog *d = ui_dialog_input(
		_("Search"),
		_("Words to find in this list, in any order (accents and capitals "
		  "optional). Then n and N go to the next and previous match; an "
		  "empty text ends the search."),
		_("Words:"), l->needle ? l->needle : "", NEEDLE_MAX);

	if (d == NULL) {
		ui_app_error(l->app, "%s", _("Out of memory."));
		return;
	}
	ui_app_dialog(l->app, d, search_done, l, 0);
}

/* ---- keys and mouse -------------------------------------------------- */

bool
ui_list_row_at(const struct ui_list *l, int y, int x, size_t *row)
{
	int by, bx, r;

	if (l->w == NULL)
		return false;
	getbegyx(l->w, by, bx);
	r = y - by - l->y;
	if (r < 0)
		return false;
	r /= l->height;
	if ((size_t)r >= l->nav.rows || x < bx + l->x ||
	    x >= bx + l->x + l->cols)
		return false;
	*row = l->nav.first + (size_t)r;
	return true;
}

static unsigned
open_row(struct ui_list *l)
{
	if (l->ops->open == NULL || l->nav.count == 0)
		return UI_IGNORED;
	return l->ops->open(l->owner, l->nav.cur);
}

unsigned
ui_list_key(struct ui_list *l, const struct ui_key *k)
{
	struct ui_listnav before = l->nav;
	size_t row;

	if (k->kind == UI_KEY_CLICK) {
		if (!ui_list_row_at(l, k->y, k->x, &row))
			return UI_IGNORED;
		if (row >= l->nav.count)
			return UI_DONE;
		if (row == l->nav.cur) {
			unsigned bits = open_row(l);
			return bits == UI_IGNORED ? UI_DONE : bits;
		}
		ui_listnav_goto(&l->nav, row, l->nav.first);
		return moved(l, before);
	}
	if (k->kind == UI_KEY_WHEEL) {
		if (!ui_list_row_at(l, k->y, k->x, &row))
			return UI_IGNORED;
		ui_listnav_scroll(&l->nav, k->code ? WHEEL_ROWS : -WHEEL_ROWS);
		return moved(l, before);
	}
	return ui_list_act(l, k->action);
}

unsigned
ui_list_act(struct ui_list *l, int action)
{
	struct ui_listnav before = l->nav;

	switch (action) {
	case UI_ACT_UP:
		ui_listnav_move(&l->nav, -1);
		break;
	case UI_ACT_DOWN:
		ui_listnav_move(&l->nav, 1);
		break;
	case UI_ACT_PAGE_UP:
		ui_listnav_page(&l->nav, -1);
		break;
	case UI_ACT_PAGE_DOWN:
		ui_listnav_page(&l->nav, 1);
		break;
	case UI_ACT_FIRST:
		ui_listnav_goto(&l->nav, 0, 0);
		break;
	case UI_ACT_LAST:
		if (l->nav.count)
			ui_listnav_goto(&l->nav, l->nav.count - 1,
			                l->nav.count - 1);
		break;
	case UI_ACT_OPEN:
		return open_row(l);
	case UI_ACT_SEARCH:
		if (l->ops->fields == NULL)
			return UI_IGNORED;
		ui_list_search_prompt(l);
		return UI_DONE;
	case UI_ACT_NEXT_MATCH:
	case UI_ACT_PREV_MATCH:
		if (l->ops->fields == NULL)
			return UI_IGNORED;
		return ui_list_find(l, action == UI_ACT_NEXT_MATCH ? 1 : -1);
	default:
		return UI_IGNORED;
	}
	return moved(l, before);
}

/* ---- a text with the match shown ------------------------------------- */

/* Marks in hl[] (one flag per byte of s) every occurrence of every word of
 * needle. Returns true when anything is marked. */
static bool
mark_words(const char *s, const char *needle, char *hl)
{
	const char *p = needle;
	char word[128];
	bool any = false;

	while (ui_listnav_word(&p, word, sizeof word)) {
		size_t off = 0, a, b;

		while (s[off] && text_find_folded(s + off, word, &a, &b)) {
			memset(hl + off + a, 1, b - a);
			any = true;
			off += b > 0 ? b : 1;
		}
	}
	return any;
}

int
ui_list_put(const struct ui_list *l, WINDOW *w, int y, int x, int cols,
            const char *s, attr_t attr, unsigned flags)
{
	char fit[1024], hl[1024], run[1024];
	size_t n, i = 0;
	int width, at = x;

	if (l == NULL || l->needle == NULL || s == NULL || cols <= 0)
		return ui_paint_put(w, y, x, cols, s, attr, flags);
	width = ui_paint_fit(s, cols, fit, sizeof fit);
	n = strlen(fit);
	memset(hl, 0, n + 1);
	if (!mark_words(fit, l->needle, hl))
		return ui_paint_put(w, y, x, cols, s, attr, flags);
	if (flags & UI_PUT_RIGHT)
		at = x + cols - width;
	if ((flags & UI_PUT_PAD) || (flags & UI_PUT_RIGHT))
		ui_paint_fill(w, y, x, cols, attr);
	while (i < n) {
		size_t j = i;
		char on = hl[i];

		while (j < n && hl[j] == on)
			j++;
		memcpy(run, fit + i, j - i);
		run[j - i] = '\0';
		at += ui_paint_put(w, y, at, x + cols - at, run,
		                   on ? attr | A_UNDERLINE | A_BOLD : attr, 0);
		i = j;
	}
	return (flags & UI_PUT_PAD) ? cols : width;
}
