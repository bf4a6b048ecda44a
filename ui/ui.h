/* ui.h — the one entry point of the ncurses front end. Everything under ui/
 * may include curses; nothing under src/ may. */
#ifndef CS_UI_H
#define CS_UI_H

#include "agents.h"
#include "config.h"
#include "db.h"

/* Tries once to open the database and find who is acting, waiting for a
 * lock held by another process only briefly: CS_OK with *db and *id set,
 * CS_ERR_BUSY (err names the holder) to be tried again, or another status
 * to give up with err. */
typedef enum cs_status (*ui_open_fn)(void *ctx, struct cs_db **db,
                                     struct cs_identity **id,
                                     struct cs_error *err);

/* How ui_run() runs: the ordinary program, or a kiosk (construisons
 * kiosk): locked at start on the "Accueil" screen, unlocked by a password
 * (PAM), locked again after kiosk_idle_lock minutes without a key, on F12
 * and on a hang-up; Ctrl-C, Ctrl-\ and Ctrl-Z do nothing, and only an
 * unlocked administrator may quit. */
enum ui_mode { UI_MODE_NORMAL, UI_MODE_KIOSK };

/* Runs the interactive program until the user quits or the terminal goes
 * away. With db NULL (its lock was held when the program started), the
 * screen comes up at once saying the database is busy and reopen(ctx...)
 * is tried every quarter of a second until it works (or fails otherwise:
 * its message on stderr after the screen is gone). The caller closes the
 * database. Returns a process exit code. */
int ui_run(const struct cs_config *cfg, struct cs_db *db,
           struct cs_identity *id, ui_open_fn reopen, void *ctx,
           enum ui_mode mode);

#endif
