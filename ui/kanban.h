/* kanban.h — the stage kanban pane (ui/kanban.c): one column per stage of
 * the démarche, the moves between stages with the forms their guards ask
 * for, the committee's impact × feasibility grid and the late experiments. */
#ifndef CS_UI_KANBAN_H
#define CS_UI_KANBAN_H

#include "pane.h"

extern const struct ui_pane_class ui_kanban_pane;

#endif
