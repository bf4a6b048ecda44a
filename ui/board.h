/* board.h — the idea board pane (ui/board.c): the list of ideas with its
 * filters, the detail view of one idea, and the forms to submit, edit and
 * comment ideas. */
#ifndef CS_UI_BOARD_H
#define CS_UI_BOARD_H

#include "app.h"

extern const struct ui_pane_class ui_board_pane;

#endif
