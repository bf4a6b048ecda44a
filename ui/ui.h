/* ui.h — the one entry point of the ncurses front end. Everything under ui/
 * may include curses; nothing under src/ may. */
#ifndef CS_UI_H
#define CS_UI_H

#include "agents.h"
#include "config.h"
#include "db.h"

/* Runs the interactive program on an open database until the user quits or
 * the terminal goes away. Returns a process exit code. */
int ui_run(const struct cs_config *cfg, struct cs_db *db,
           struct cs_identity *id);

#endif
