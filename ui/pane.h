/* pane.h — the vocabulary between the shell and its panes: a key as the
 * shell hands it over (with its action from the keymap), the reaction bits
 * a pane answers with, the context a pane is given, the lines of its help
 * and the table of functions that makes a pane. Nothing here knows the
 * shell's loop or its services (ui/app.h), so a new pane or view starts
 * from this file, ui/list.h for its lists and ui/keymap.h for its keys. */
#ifndef CS_UI_PANE_H
#define CS_UI_PANE_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "agents.h"
#include "config.h"
#include "db.h"

struct ui_app;   /* the shell (ui/app.h) */

enum ui_key_kind {
	UI_KEY_CHAR,   /* code is a character (wget_wch returned OK) */
	UI_KEY_FUNC,   /* code is a KEY_* constant (KEY_CODE_YES) */
	UI_KEY_CLICK,  /* a button-1 click at the screen cell (y, x) */
	UI_KEY_ALT,    /* code is a character typed with Alt (Esc, then it) */
	UI_KEY_PASTE,  /* a bracketed paste: paste holds the text (input.h) */
	UI_KEY_WHEEL   /* the mouse wheel over the cell (y, x): code 1 is a
	                * turn down (towards the end of a list), 0 up */
};

struct ui_paste;
struct ui_draft;   /* ui/draft.h */

struct ui_key {
	enum ui_key_kind kind;
	wint_t code;
	int y, x;
	/* What the key asks for in the view it was typed in: an enum
	 * ui_action (ui/keymap.h), a pane-specific value >= UI_ACT_PANE, or
	 * UI_ACT_NONE (a key bound to nothing there, text typed into a
	 * form). Filled by the shell from the keymap before anyone sees k. */
	int action;
	/* UI_KEY_PASTE: the text; a form field that takes it or refuses it
	 * says so in it (ui_form_key). NULL for other kinds. */
	struct ui_paste *paste;
};

/* The character a control key sends (UI_CTRL('s') is Ctrl-S). */
#define UI_CTRL(c) ((wint_t)((c) & 0x1f))
#define UI_ESC ((wint_t)27)

/* True when k is the character ch. */
bool ui_app_key_char(const struct ui_key *k, wint_t ch);
/* True when k is the function key code (KEY_DOWN...). */
bool ui_app_key_func(const struct ui_key *k, int code);
/* True when k is Enter (Return, Line Feed or the keypad's Enter). */
bool ui_app_key_enter(const struct ui_key *k);

/* What key() and the other pane functions ask of the shell. */
enum ui_reaction {
	UI_DONE    = 0,        /* handled; nothing to paint */
	UI_PAINT   = 1u << 0,  /* the pane marked parts of itself dirty */
	UI_REDRAW  = 1u << 1,  /* repaint the whole pane */
	UI_RELOAD  = 1u << 2,  /* this pane wrote: every pane reloads its data */
	UI_QUIT    = 1u << 3,  /* leave the program (asks if input is pending) */
	UI_IGNORED = 1u << 4   /* the key means nothing here: the shell's turn */
};

/* Given to every pane at init; lives as long as the shell. */
struct ui_ctx {
	const struct cs_config *cfg;
	struct cs_db *db;
	struct cs_identity *id;
	struct ui_app *app;
};

/* One line of the help overlay: the keys and what they do (translated when
 * shown; write them with N_()). */
struct ui_keyhelp {
	const char *keys;
	const char *what;
};

/* A pane: one table of functions with its state private to its file. The
 * shell's table of panes (app.c) is the menu bar. */
struct ui_pane_class {
	const char *label;  /* menu entry, N_() */
	/* Creates the pane and loads its data; NULL when out of memory. */
	void *(*init)(const struct ui_ctx *ctx);
	void (*free)(void *self);
	/* The pane owns screen rows top .. top+lines-1, all cols columns;
	 * (re)creates its windows there. Followed by a full draw. */
	void (*resize)(void *self, int top, int lines, int cols);
	/* Paints what is dirty (everything when full) into the pane's windows
	 * and wnoutrefresh()es those it touched; never calls doupdate(). */
	void (*draw)(void *self, bool full);
	unsigned (*key)(void *self, const struct ui_key *key);
	/* The data may have changed (changed: another connection committed,
	 * or this program wrote): reload what is shown. */
	unsigned (*reload)(void *self, bool changed);
	/* The keys of the pane in its current view. */
	size_t (*help)(void *self, const struct ui_keyhelp **keys);
	/* The keymap view (enum ui_view, ui/keymap.h) shown now: its table
	 * turns keys into actions. NULL: the generic keys (UI_VIEW_DEFAULT). */
	int (*view)(void *self);
	/* True when the pane holds typed input that is not saved. */
	bool (*pending)(void *self);
	/* Drafts (ui/draft.h), NULL when the pane keeps none. draft() fills
	 * d (empty, d->pane set) with the open form's texts and what the pane
	 * needs to open it again, and returns true; false when no typed text
	 * is open. restore() opens that form again filled from d (its
	 * reaction bits; a message and UI_DONE when it can no longer be). */
	bool (*draft)(void *self, struct ui_draft *d);
	unsigned (*restore)(void *self, const struct ui_draft *d);
	/* Work the pane does outside its keys (a report built after its
	 * "preparing" screen is shown, a print job followed): the loop calls
	 * tick() after each key or dialog, once the screen is painted, and
	 * again when the milliseconds it returned have passed (-1: nothing
	 * more until the next key), whether or not the pane has the focus;
	 * *bits gets its reaction (applied when it has the focus). It must
	 * never block for long. NULL: no such work. */
	int (*tick)(void *self, unsigned *bits);
	/* The window whose cursor is the text cursor (a form), or NULL. */
	WINDOW *(*cursor)(void *self);
	/* Time alone changes what the pane shows (a half-day starts, a
	 * proposal confirms itself): while it has the focus, it is read again
	 * once a minute. Other panes take no lock while nothing changes. */
	bool clock_sensitive;
};

#endif
