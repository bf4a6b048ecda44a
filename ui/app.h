/* app.h — the shell's services (ui/app.c) to the panes and widgets: the
 * status line (messages, errors, the outcome of a core call), the state of
 * the database, the "updated at" time, opening an idea from any pane, and
 * modal dialogs. The vocabulary of a pane (keys, reaction bits, the
 * context, the table of functions) is in ui/pane.h; panes never read keys
 * or call doupdate() themselves; the shell's one loop does. */
#ifndef CS_UI_APP_H
#define CS_UI_APP_H

#include <stdbool.h>

#include "err.h"
#include "pane.h"

struct ui_dialog;

/* Shows an information message in the status line until the next key. */
void ui_app_message(struct ui_app *app, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Shows an error message in the status line until the next key (for what
 * the front end itself refuses; core errors go through ui_app_result). */
void ui_app_error(struct ui_app *app, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Records the outcome of a core call. On failure shows err->message as an
 * error; CS_ERR_IO and CS_ERR_CORRUPT make the database state "read-only",
 * CS_ERR_BUSY "busy". Success makes it "ok" again. Returns st == CS_OK. */
bool ui_app_result(struct ui_app *app, enum cs_status st,
                   const struct cs_error *err);

/* The end of a change a pane made from a dialog: ui_app_result(), then
 * ok_message in the status line on success. Returns the pane's reaction:
 * UI_RELOAD after success, and after CS_ERR_CONFLICT or CS_ERR_NOTFOUND
 * (someone else changed or removed what is shown: read it again);
 * UI_PAINT after any other failure. */
unsigned ui_app_write_done(struct ui_app *app, enum cs_status st,
                           const struct cs_error *err, const char *ok_message);

/* False, with a message in the status line, while the database is in the
 * read-only state; true when a write may be tried. */
bool ui_app_may_write(struct ui_app *app);

/* True on a kiosk (construisons kiosk): a terminal shared by everyone, on
 * which nothing of one user may be left for the next (no report saved to
 * a file, no draft). */
bool ui_app_is_kiosk(const struct ui_app *app);

/* Notes that the data on screen was just read (the status line's "updated
 * at" time). */
void ui_app_refreshed(struct ui_app *app);

/* Shows idea ref in the detail view of the idea board (ui/board.c), from
 * any pane; leaving that view comes back to the pane that asked. */
void ui_app_open_idea(struct ui_app *app, const char *ref);

/* For the board: the detail view opened by ui_app_open_idea() was left;
 * the pane that opened it gets the focus back (nothing otherwise). */
void ui_app_return(struct ui_app *app);

/* Called when a dialog closes: ok is false when it was cancelled. The
 * return value is a set of reaction bits for the owner pane. */
typedef unsigned (*ui_dialog_done_fn)(void *owner, int tag,
                                      const struct ui_dialog *d, bool ok);

/* Opens d on top of everything. The shell owns d from now on: it sends it
 * the keys, calls done(owner, tag, d, ok) when it closes, then frees it. A
 * done function may open the next dialog. */
void ui_app_dialog(struct ui_app *app, struct ui_dialog *d,
                   ui_dialog_done_fn done, void *owner, int tag);

#endif
