/* listnav.h — the arithmetic of a list, apart from curses so that a unit
 * test can drive it: how many rows there are, which one is the cursor,
 * which one is at the top of the screen, how a move, a page, a wheel turn
 * or a search changes them. ui/list.c draws and reads keys on top of it.
 * A struct ui_listnav is plain data owned by whoever embeds it. */
#ifndef CS_UI_LISTNAV_H
#define CS_UI_LISTNAV_H

#include <stdbool.h>
#include <stddef.h>

struct ui_listnav {
	size_t count;   /* rows in the list */
	size_t rows;    /* rows that fit on the screen (at least 1) */
	size_t cur;     /* the cursor; 0 when the list is empty */
	size_t first;   /* the row at the top of the screen */
};

/* Keeps cur inside the list and on screen, and first as low as it can be
 * without an empty end (after count or rows changed). */
void ui_listnav_settle(struct ui_listnav *n);

/* Puts the cursor on target (clamped to the last row) with first as the
 * top row if the cursor is then on screen, else the nearest top row that
 * shows it. Returns true when cur or first changed. */
bool ui_listnav_goto(struct ui_listnav *n, size_t target, size_t first);

/* How many rows are after the last one on the screen. */
size_t ui_listnav_below(const struct ui_listnav *n);

/* Moves the cursor by delta rows (clamped), scrolling as little as needed. */
bool ui_listnav_move(struct ui_listnav *n, long delta);

/* A page down (dir > 0) or up: the screen and the cursor move by a page. */
bool ui_listnav_page(struct ui_listnav *n, int dir);

/* The wheel: the screen scrolls by delta rows (clamped), the cursor stays
 * on its row unless it would leave the screen, then it stays at the edge. */
bool ui_listnav_scroll(struct ui_listnav *n, long delta);

/* The searchable texts of row i: fills texts[] and names[] (at most max
 * of each) and returns how many. names[k] says which field texts[k] is
 * (for the message "found in ..."); a NULL texts[k] means "this row
 * matches in a field that is not shown" (a list the core already
 * narrowed to the matches), and names[k] says which. */
typedef size_t (*ui_listnav_fields_fn)(void *owner, size_t i,
                                       const char **texts,
                                       const char **names, size_t max);

/* A match: the row, and which of its fields (index into what fields()
 * gave for it). */
struct ui_listnav_match {
	size_t row;
	size_t field;
	bool wrapped;   /* found by going round the end of the list */
};

/* The next word of a search (words are split at spaces) from *p into
 * word, cut to size - 1 bytes; *p moves past it. False when none is left. */
bool ui_listnav_word(const char **p, char *word, size_t size);

/* True when every word of needle (split at spaces) occurs, case and
 * accents ignored, in one of the fields of row i; *field receives the
 * first such field. An empty needle matches nothing. */
bool ui_listnav_row_matches(ui_listnav_fields_fn fields, void *owner,
                            size_t i, const char *needle, size_t *field);

/* Looks for the next row matching needle after the cursor (dir > 0) or
 * before it (dir < 0), or from the cursor itself (dir == 0, then
 * forwards), going round the ends. True with *m filled when one is found;
 * the cursor does not move. */
bool ui_listnav_find(const struct ui_listnav *n, const char *needle, int dir,
                     ui_listnav_fields_fn fields, void *owner,
                     struct ui_listnav_match *m);

#endif
