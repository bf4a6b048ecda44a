/* kiosk.h — the locked screen of a kiosk ("Accueil") and its unlock form:
 * the figures of src/welcome.h painted on the whole screen, the date and
 * time, one line saying how to unlock, and on Enter a login and a hidden
 * password checked by src/kioskauth.h. The shell (ui/app.c) shows it while
 * the kiosk is locked, hands it the keys, and opens the session of the
 * person it returns. */
#ifndef CS_UI_KIOSK_H
#define CS_UI_KIOSK_H

#include <curses.h>
#include <stdbool.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "pane.h"

struct ui_kiosk;

/* The screen for the kiosk run by the account kiosk (copied); NULL when
 * out of memory. Nothing is read before the first ui_kiosk_reload(). */
struct ui_kiosk *ui_kiosk_new(const struct cs_config *cfg, struct cs_db *db,
                              const struct cs_identity *kiosk);
void ui_kiosk_free(struct ui_kiosk *k);

/* Takes the whole lines x cols screen (again after a resize). */
void ui_kiosk_layout(struct ui_kiosk *k, int lines, int cols);

/* Reads the figures again when changed (or never read); the clock is
 * read every time. True when the screen must be painted again. */
bool ui_kiosk_reload(struct ui_kiosk *k, bool changed, time_t now);

/* Paints the screen and wnoutrefresh()es it. */
void ui_kiosk_draw(struct ui_kiosk *k);

enum ui_kiosk_outcome {
	UI_KIOSK_NONE,      /* nothing to paint */
	UI_KIOSK_PAINT,     /* paint again */
	UI_KIOSK_UNLOCKED   /* *person is who authenticated: open the session */
};

/* A key (or a paste) while locked: Enter opens the unlock form, which
 * takes the login and the password; Esc closes it (its text wiped). */
enum ui_kiosk_outcome ui_kiosk_key(struct ui_kiosk *k, const struct ui_key *key,
                                   struct cs_identity *person);

/* Closes the unlock form (its text wiped) and clears the message: the
 * screen as the next visitor should find it. */
void ui_kiosk_reset(struct ui_kiosk *k);

/* True while the unlock form is open. */
bool ui_kiosk_form_open(const struct ui_kiosk *k);

/* Shows a message (translated) on the locked screen until the next key. */
void ui_kiosk_say(struct ui_kiosk *k, bool error, const char *text);

/* The window of the text cursor (the unlock form), or NULL. */
WINDOW *ui_kiosk_cursor(struct ui_kiosk *k);

#endif
