/* fullview.h — what the views that fill a whole pane have in common
 * (ui/fullview.c): the heading bar, and the frame of a form view — the
 * keys or the conflict notice under the form, the keys sent to the form,
 * and the question asked before what was typed is thrown away. The idea
 * board's detail and form views and the kanban's form, grid and late
 * experiments are drawn with them. */
#ifndef CS_UI_FULLVIEW_H
#define CS_UI_FULLVIEW_H

#include <curses.h>
#include <stdbool.h>

#include "app.h"
#include "form.h"

/* Erases w and paints its heading bar, row 0 of cols columns, with title;
 * with back the bar also says on the right that q goes back and ? lists
 * the keys (q alone when both would take over half the bar), whole, with
 * the title cut two columns before them. */
void ui_fullview_heading(WINDOW *w, int cols, const char *title, bool back);

/* Paints the foot of a form view in the last rows of w (lines x cols):
 * the keys, or with conflict the notice that someone else changed the
 * idea meanwhile; then form in the rows from y to the foot. Leaves w's
 * cursor in the form and wnoutrefresh()es w. */
void ui_fullview_form_draw(WINDOW *w, int lines, int cols,
                           struct ui_form *form, int y, bool conflict);

/* What a form view asks of the pane that owns it: save(owner) on Ctrl-S
 * or F10 returns reaction bits; close(owner) leaves the form, what was
 * typed thrown away. The pane fills it once at init and keeps it as long
 * as itself (the discard dialog points to it). */
struct ui_fullview_hooks {
	struct ui_app *app;
	unsigned (*save)(void *owner);
	void (*close)(void *owner);
	void *owner;
};

/* Sends k to form. Esc closes at once when nothing was typed, and asks
 * first otherwise. Returns reaction bits; UI_IGNORED for a key the form
 * does not take. */
unsigned ui_fullview_form_key(struct ui_fullview_hooks *h,
                              struct ui_form *form, const struct ui_key *k);

#endif
