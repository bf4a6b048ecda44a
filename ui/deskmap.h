/* deskmap.h — the BuroDispo pane (ui/deskmap.c): the floor map of the
 * Hôtel du département with a status glyph per desk, booking by half-day
 * or whole day, the desks free now on every floor, and the agent's own
 * bookings with cancellation and check-in. */
#ifndef CS_UI_DESKMAP_H
#define CS_UI_DESKMAP_H

#include "pane.h"

extern const struct ui_pane_class ui_deskmap_pane;

#endif
