/* list.h — the one list widget under every list of every pane: a cursor,
 * the first row shown, pages, the mouse (a click selects, a second click
 * on the same row opens, the wheel scrolls), a search with / then n and N
 * with the words found highlighted and the field they were found in said
 * in the status line, and a repaint of only the two rows concerned when
 * the cursor moves. The list owns no data: the pane says how many rows
 * there are, paints each row (ops->draw_row) and gives each row's
 * searchable texts (ops->fields). The arithmetic is ui/listnav.c.
 *
 * A row may be several screen lines high (a card of the kanban): the
 * height is fixed per list (ui_list_set_height); draw_row then paints
 * that many lines from y, and clicks and the wheel count in rows.
 *
 * A pane embeds a struct ui_list (its fields are the list's; the pane
 * reads nav.cur and nav.first) and calls ui_list_key() first with every
 * key of that list's view. */
#ifndef CS_UI_LIST_H
#define CS_UI_LIST_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "listnav.h"
#include "pane.h"

struct ui_list_ops {
	/* Paints row i on lines y .. y+height-1 of w, from column x over
	 * cols columns (everything in them); sel: the cursor's row. Texts the search may
	 * find go through ui_list_put() to show the match. */
	void (*draw_row)(void *owner, WINDOW *w, int y, int x, int cols,
	                 size_t i, bool sel);
	/* The searchable texts of row i (see listnav.h; names are N_()).
	 * NULL: / n N mean nothing in this list. */
	ui_listnav_fields_fn fields;
	/* Enter, or a click on the cursor's row; NULL: nothing to open. */
	unsigned (*open)(void *owner, size_t i);
	/* Rows first .. first+rows-1 are about to be shown: read them if
	 * they are not in memory (and update the count with
	 * ui_list_set_count). False: they cannot be, the move is undone.
	 * NULL: every row is in memory. */
	bool (*fetch)(void *owner, size_t first, size_t rows);
};

struct ui_list {
	struct ui_listnav nav;
	const struct ui_list_ops *ops;
	void *owner;
	struct ui_app *app;
	WINDOW *w;             /* NULL until placed */
	int y, x, cols;        /* where the rows are in w */
	int height;            /* screen lines of one row (1 unless set) */
	char *needle;          /* the words searched, NULL for none */
	/* what ui_list_draw() must repaint */
	bool d_all, d_moved;
	size_t d_rows[4];
	int nd_rows;
};

/* An empty list with no window and no search; app for the status line
 * and the search dialog. */
void ui_list_init(struct ui_list *l, const struct ui_list_ops *ops,
                  void *owner, struct ui_app *app);

/* Frees what the list owns (the search), not l itself. */
void ui_list_free(struct ui_list *l);

/* The rows are lines y .. y+lines-1 of w, columns x .. x+cols-1 (w stays
 * the pane's; NULL: the list is not shown, it keeps its size for the
 * cursor's sake). lines / height rows fit. Everything is repainted at the
 * next draw. */
void ui_list_place(struct ui_list *l, WINDOW *w, int y, int x, int lines,
                   int cols);

/* Every row is h screen lines high (h >= 1); call before placing. */
void ui_list_set_height(struct ui_list *l, int h);

/* The list now has n rows: the cursor stays on its index, clamped. */
void ui_list_set_count(struct ui_list *l, size_t n);

/* Puts the cursor on row i (clamped), scrolling as little as needed.
 * Returns reaction bits (UI_PAINT when anything moved). */
unsigned ui_list_select(struct ui_list *l, size_t i);

/* Puts the cursor on row i with top as the first row if that shows it
 * (a pane keeping a row where it was on the screen after a reload). */
void ui_list_set(struct ui_list *l, size_t i, size_t top);

/* The row under the screen cell (y, x) (a click's), true when the cell
 * is on one of the list's lines (the row may be past the last one). */
bool ui_list_row_at(const struct ui_list *l, int y, int x, size_t *row);

/* Marks every row, or row i, for the next draw. */
void ui_list_dirty(struct ui_list *l);
void ui_list_dirty_row(struct ui_list *l, size_t i);

/* Paints what is dirty (every row when full) and wnoutrefresh()es w when
 * it painted. Returns true when the cursor or the first row changed
 * since the last draw (the pane repaints its position and "more" marks). */
bool ui_list_draw(struct ui_list *l, bool full);

/* The list's keys: the actions UI_ACT_UP, DOWN, PAGE_UP, PAGE_DOWN,
 * FIRST, LAST, OPEN, SEARCH, NEXT_MATCH, PREV_MATCH; a click on a row;
 * the wheel over the rows. Returns reaction bits, or UI_IGNORED for any
 * other key (SEARCH and the matches too when the list has no fields). */
unsigned ui_list_key(struct ui_list *l, const struct ui_key *k);

/* Does one of the list's actions (UI_ACT_UP ... UI_ACT_PREV_MATCH) as if
 * its key had been pressed: for a pane's extra keys (Space for a page). */
unsigned ui_list_act(struct ui_list *l, int action);

/* Opens the search prompt (a dialog), starting from the current words;
 * Enter goes to the first match from the cursor, an empty text ends the
 * search. */
void ui_list_search_prompt(struct ui_list *l);

/* Sets the words searched (copied; NULL or "" for none) without moving:
 * for a pane whose search is done by the core, which shows only the
 * matches. False when out of memory (the search is then none). */
bool ui_list_set_needle(struct ui_list *l, const char *needle);

/* Goes to the next (dir > 0) or previous match, or from the cursor
 * (dir == 0), and says in the status line which field matched; a message
 * when nothing matches. Returns reaction bits. */
unsigned ui_list_find(struct ui_list *l, int dir);

/* Draws s like ui_paint_put() (sanitised, fitted to cols, flags) with the
 * words of l's search underlined and bold where they occur (case and
 * accents ignored). l may be NULL. Returns the columns drawn. */
int ui_list_put(const struct ui_list *l, WINDOW *w, int y, int x, int cols,
                const char *s, attr_t attr, unsigned flags);

#endif
