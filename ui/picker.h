/* picker.h — the agent picker: a one-line form field where a person is
 * named. Typing part of a name or login (accents and case optional) opens a
 * short list of the matching agents under the field (above it when the
 * field is near the bottom of the form; the core's search,
 * src/agentfind.h); Up/Down move in it, Enter or Tab choose, Esc closes it.
 * A chosen agent is written into the field as "Marie Dupont (mdupont)":
 * the field shows the name and holds the login, which ui_picker_logins()
 * reads back. A picker for several agents (a group session) separates them
 * with commas. The pane keeps the form; the picker only looks at one of its
 * fields and draws over the rows under (or above) it. */
#ifndef CS_UI_PICKER_H
#define CS_UI_PICKER_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "agents.h"
#include "app.h"
#include "form.h"

/* The most agents one field names (the largest group session). */
#define UI_PICKER_MAX_LOGINS 32

struct ui_picker;

/* A picker for field `field` of the forms it is given, reading the
 * directory through db; several: the field names several agents. Messages
 * go to app's status line. NULL when out of memory. Free with
 * ui_picker_free(). */
struct ui_picker *ui_picker_new(struct ui_app *app, struct cs_db *db,
                                size_t field, bool several);
void ui_picker_free(struct ui_picker *pk);

/* Offers k to the picker before the form sees it: while the match list is
 * open, Up and Down move in it, Enter chooses (a picker for several stays
 * in the field for the next name, ", " written), Tab chooses and lets the
 * form go to the next field, Esc closes the list. Returns true when the
 * key was the picker's: *bits receives the reaction and, unless
 * *pass_on is set, the form must not see it. */
bool ui_picker_key(struct ui_picker *pk, struct ui_form *form,
                   const struct ui_key *k, unsigned *bits, bool *pass_on);

/* After the form took a key: searches again when the name being typed in
 * the field changed, and closes the list when the field lost the focus.
 * Returns reaction bits (UI_PAINT when the list changed). */
unsigned ui_picker_follow(struct ui_picker *pk, struct ui_form *form);

/* Paints the match list under the field (form drawn in win just before),
 * then puts win's cursor back where the form left it. Nothing when the
 * list is closed. */
void ui_picker_draw(struct ui_picker *pk, struct ui_form *form, WINDOW *win);

/* True while the match list is open. */
bool ui_picker_open(const struct ui_picker *pk);

/* Reads the logins a field's text names into logins[0..*count) (each
 * points into buf, of size bufsize, where a copy of text is cut into
 * pieces): entries are separated by commas; "Name (login)" gives the login
 * in the parentheses; any other entry gives its words (logins typed by
 * hand, separated by spaces), unless as a whole it resembles agents
 * ("Marie Dupont" typed and not chosen): then CS_ERR_NOTFOUND and err
 * names them with their logins. CS_ERR_DATA when there are more than max
 * or buf is too small; a read error (CS_ERR_BUSY...) as it comes. */
enum cs_status ui_picker_logins(struct ui_picker *pk, const char *text,
                                char *buf, size_t bufsize, const char **logins,
                                size_t max, size_t *count, struct cs_error *err);

#endif
