/* accorderie.h — the pane of l'Accorderie des savoir-faire
 * (ui/accorderie.c): the agent's balance and statement, the offers and requests to browse by
 * category and words, the agent's exchanges with those awaiting an answer
 * first, recording an exchange, the agent's own announcements, and for
 * facilitators every account with its statement. */
#ifndef CS_UI_ACCORDERIE_H
#define CS_UI_ACCORDERIE_H

#include "pane.h"

extern const struct ui_pane_class ui_accorderie_pane;

#endif
