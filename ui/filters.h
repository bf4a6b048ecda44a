/* filters.h — the idea filters of a pane (ui/filters.c): which ideas the
 * idea board and the stage kanban show (stage, direction, category, only
 * mine, words to search), the "Filters" menu with the choice and search
 * dialogs it opens, the keys that change them, and the filter line at the
 * top of the pane. A pane embeds one struct ui_filters, says at init
 * whether the stage is one of its filters (the kanban's columns are the
 * stages), and hears of every change through its changed() function. */
#ifndef CS_UI_FILTERS_H
#define CS_UI_FILTERS_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "app.h"
#include "ideas.h"

/* Called after the filters changed: the owner reads its data again and
 * returns reaction bits. */
typedef unsigned (*ui_filters_changed_fn)(void *owner);

/* The owner may read the filters; only ui/filters.c writes them. */
struct ui_filters {
	int stage;               /* enum cs_stage, -1 all, IDEA_FILTER_OPEN */
	char *direction;         /* NULL for all */
	char *category;          /* NULL for all */
	char *search;            /* NULL for none */
	bool mine;

	/* private: what ui_filters_init() was given, the dialogs' choices */
	const struct ui_ctx *ctx;
	bool with_stage;
	ui_filters_changed_fn changed;
	void *owner;
	char **choices;
	size_t nchoices;
};

/* Sets f to no filter at all. with_stage puts the stage in the menu and
 * the filter line. changed(owner) is called after each change made
 * through the functions below (never from ui_filters_init or
 * ui_filters_free). */
void ui_filters_init(struct ui_filters *f, const struct ui_ctx *ctx,
                     bool with_stage, ui_filters_changed_fn changed,
                     void *owner);

/* Frees the strings f owns (f itself belongs to its owner). */
void ui_filters_free(struct ui_filters *f);

/* True when any filter narrows the list. */
bool ui_filters_active(const struct ui_filters *f);

/* The filters as the core takes them; the strings stay owned by f. */
struct idea_filter ui_filters_query(const struct ui_filters *f);

/* Paints row 0 of w, cols wide: "12 ideas" (total), then each filter
 * with its value, or how to set some (the keys of view, ui/keymap.h).
 * Returns the columns used. */
int ui_filters_draw(const struct ui_filters *f, WINDOW *w, size_t total,
                    int cols, int view);

/* Opens the "Filters" menu (through ui_app_dialog); returns UI_DONE. */
unsigned ui_filters_menu(struct ui_filters *f);

/* Opens the search dialog, starting from the current words. */
void ui_filters_search(struct ui_filters *f);

/* The actions of the filters (ui/keymap.h): UI_ACT_FILTER opens the menu,
 * UI_ACT_MINE toggles "only my ideas", UI_ACT_CLEAR_FILTERS clears every
 * filter, UI_ACT_SEARCH opens the search. Returns reaction bits, or
 * UI_IGNORED for any other key. */
unsigned ui_filters_key(struct ui_filters *f, const struct ui_key *k);

#endif
