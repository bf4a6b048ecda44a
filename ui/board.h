/* board.h — the idea board pane (ui/board.c): the list of ideas with its
 * filters, the detail view of one idea, and the forms to submit, edit and
 * comment ideas. */
#ifndef CS_UI_BOARD_H
#define CS_UI_BOARD_H

#include "pane.h"

extern const struct ui_pane_class ui_board_pane;

/* Opens the detail view of idea ref in the board self (for
 * ui_app_open_idea): UI_REDRAW when it is open, UI_DONE when the idea
 * could not be read (the status line says why), UI_IGNORED with nothing
 * done while the board holds a form. Leaving the view calls
 * ui_app_return(). */
unsigned ui_board_open_idea(void *self, const char *ref);

#endif
