/* dialog.h — modal boxes drawn on top of the panes: a message, a yes/no
 * confirmation, a choice in a list, a one-line input, and the key list of
 * the help overlay (its descriptions wrapped, never cut). A pane makes one with a constructor and hands it to the
 * shell with ui_app_dialog(); the shell lays it out, sends it the keys and
 * tells the pane how it closed. Every text given is copied (and sanitised
 * on display). */
#ifndef CS_UI_DIALOG_H
#define CS_UI_DIALOG_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "app.h"

struct ui_dialog;

/* Constructors; each returns NULL when out of memory. Texts are already
 * translated; text may hold several lines. */
struct ui_dialog *ui_dialog_message(const char *title, const char *text);
struct ui_dialog *ui_dialog_confirm(const char *title, const char *text,
                                    const char *yes, const char *no);
/* Makes the confirmation's "yes" the default button (Enter), for a dialog
 * that confirms what the user just asked for; NULL is ignored. */
void ui_dialog_default_yes(struct ui_dialog *d);
struct ui_dialog *ui_dialog_choice(const char *title,
                                   const char *const *items, size_t n,
                                   size_t selected);
/* An input line under text; Enter accepts (empty is allowed), Esc cancels. */
struct ui_dialog *ui_dialog_input(const char *title, const char *text,
                                  const char *label, const char *initial,
                                  size_t max);
/* The help overlay: keys[i].keys == NULL makes keys[i].what a section
 * heading. Strings are msgids (N_()), translated here. */
struct ui_dialog *ui_dialog_keys(const char *title,
                                 const struct ui_keyhelp *keys, size_t n);
/* The same list for texts already translated (the message log: the time,
 * then the message); each text wraps under its first column. */
struct ui_dialog *ui_dialog_lines(const char *title,
                                  const struct ui_keyhelp *lines, size_t n);

void ui_dialog_free(struct ui_dialog *d);

/* (Re)creates the dialog's window centred on a lines x cols screen. */
void ui_dialog_layout(struct ui_dialog *d, int lines, int cols);

/* Paints the dialog and wnoutrefresh()es it. */
void ui_dialog_draw(struct ui_dialog *d);

enum ui_dialog_result {
	UI_DIALOG_NONE,     /* nothing changed */
	UI_DIALOG_CHANGED,  /* draw again */
	UI_DIALOG_OK,       /* accepted: yes, a choice, an input */
	UI_DIALOG_CANCEL    /* no, Esc, q */
};

enum ui_dialog_result ui_dialog_key(struct ui_dialog *d,
                                    const struct ui_key *k);

/* After UI_DIALOG_OK: the chosen index (choice), or the typed text (input;
 * UTF-8, owned by the dialog; "" otherwise). */
size_t ui_dialog_choice_index(const struct ui_dialog *d);
const char *ui_dialog_text(const struct ui_dialog *d);

/* The window holding the text cursor (an input dialog), or NULL. */
WINDOW *ui_dialog_cursor(struct ui_dialog *d);

#endif
