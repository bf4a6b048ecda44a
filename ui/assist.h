/* assist.h — choosing the agent a facilitator acts for ("pour le compte
 * de"): a box on top of the panes with one field and the agent picker
 * (part of a name or login, accents optional). The shell (ui/app.c) opens
 * it on A, hands it the keys, and applies the choice with the core's
 * identity_act_for(), as --pour does. */
#ifndef CS_UI_ASSIST_H
#define CS_UI_ASSIST_H

#include <curses.h>

#include "agents.h"
#include "app.h"
#include "db.h"
#include "err.h"

struct ui_assist;

/* NULL when out of memory. The picker's messages go to app's status line. */
struct ui_assist *ui_assist_new(struct ui_app *app, struct cs_db *db);
void ui_assist_free(struct ui_assist *a);

/* Centres the box on a lines x cols screen. */
void ui_assist_layout(struct ui_assist *a, int lines, int cols);
void ui_assist_draw(struct ui_assist *a);
WINDOW *ui_assist_cursor(struct ui_assist *a);

enum ui_assist_result {
	UI_ASSIST_NONE,     /* nothing to paint */
	UI_ASSIST_PAINT,    /* paint again */
	UI_ASSIST_CANCEL,   /* Esc: closed */
	UI_ASSIST_CHOSEN,   /* login holds the agent named */
	UI_ASSIST_REFUSED   /* err says why (no such agent...); still open */
};

enum ui_assist_result ui_assist_key(struct ui_assist *a, const struct ui_key *k,
                                    char login[AGENT_LOGIN_MAX],
                                    struct cs_error *err);

#endif
