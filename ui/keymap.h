/* keymap.h — the one keymap of the interactive program, as data: which key
 * gives which action, in which view, and how help and the key bar say it.
 * The shell turns every key into an action (struct ui_key.action) before a
 * pane or a dialog sees it, from the global table and the focused pane's
 * table for its current view; the same tables print the help overlay and
 * the key bar, so help lists exactly the keys that work. All the tables
 * live in keymap.c. */
#ifndef CS_UI_KEYMAP_H
#define CS_UI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* What a key asks for. The same letter gives the same action everywhere
 * (team contract, issue 12). */
enum ui_action {
	UI_ACT_NONE = 0,
	/* lists (ui/list.c consumes these) */
	UI_ACT_UP, UI_ACT_DOWN, UI_ACT_LEFT, UI_ACT_RIGHT,
	UI_ACT_PAGE_UP, UI_ACT_PAGE_DOWN, UI_ACT_FIRST, UI_ACT_LAST,
	UI_ACT_OPEN,                       /* Enter */
	UI_ACT_SEARCH, UI_ACT_NEXT_MATCH, UI_ACT_PREV_MATCH,   /* / n N */
	/* the same kind of thing in every pane */
	UI_ACT_NEW, UI_ACT_EDIT, UI_ACT_DELETE, UI_ACT_CONFIRM,
	UI_ACT_FILTER, UI_ACT_CLEAR_FILTERS, UI_ACT_MINE, UI_ACT_REFRESH,
	UI_ACT_BACK, UI_ACT_HELP, UI_ACT_QUIT,
	UI_ACT_PANE = 100                  /* pane-specific actions from here */
};

/* The shell's own actions (never delivered to a pane). */
enum ui_shell_action {
	UI_ACT_LOG = 50,        /* Ctrl-P: the message log */
	UI_ACT_REPAINT,         /* Ctrl-L */
	UI_ACT_NEWS,            /* what moved on your ideas */
	UI_ACT_NEXT_PANE,       /* Tab */
	UI_ACT_PREV_PANE,       /* Shift-Tab */
	UI_ACT_LOCK,            /* F12: lock the kiosk */
	UI_ACT_ASSIST,          /* A: act for an agent, or stop */
	UI_ACT_GOTO_PANE = 80   /* + the pane's index (F2..., Alt-1...) */
};

/* Pane-specific actions, each bound to a key that means nothing else
 * anywhere. */
enum ui_pane_action {
	/* the idea board */
	UI_ACT_SUPPORT = UI_ACT_PANE,  /* support, or withdraw the support */
	UI_ACT_COMMENT,
	/* the stage kanban */
	UI_ACT_MOVE_PREV,              /* H */
	UI_ACT_MOVE_NEXT,              /* L */
	UI_ACT_MOVE,                   /* m: to a stage chosen in a list */
	UI_ACT_EVALUATE,
	UI_ACT_PLANS,
	UI_ACT_CLOSED,                 /* show or hide the closed outcomes */
	UI_ACT_GRID,                   /* the committee's grid */
	UI_ACT_LATE,                   /* experiments past their end */
	/* the desk map */
	UI_ACT_NEXT_DAY,
	UI_ACT_PREV_DAY,
	UI_ACT_DATE,                   /* type a date */
	UI_ACT_HALF_DAY,
	UI_ACT_FREE_NOW,
	UI_ACT_BLOCK,
	UI_ACT_PRIVACY,
	/* the Accorderie */
	UI_ACT_VIEW_1,                 /* + 0..4: its five views */
	UI_ACT_VIEW_2,
	UI_ACT_VIEW_3,
	UI_ACT_VIEW_4,
	UI_ACT_VIEW_5,
	UI_ACT_REVERSE,
	UI_ACT_PROPOSE,                /* an exchange from the announcement */
	UI_ACT_AD_KIND,                /* offers, requests or both */
	/* the reports */
	UI_ACT_PRINT,                  /* I: print the report through CUPS */
	UI_ACT_SAVE,                   /* S: save it as PDF or CSV */
	UI_ACT_PANE_END
};

/* The views that have a table: a pane's view() says which is shown. */
enum ui_view {
	UI_VIEW_NONE = -1,    /* only the global keys (or a form: text) */
	UI_VIEW_BOARD_LIST = 0,
	UI_VIEW_BOARD_DETAIL,
	UI_VIEW_KANBAN,
	UI_VIEW_KANBAN_GRID,
	UI_VIEW_KANBAN_LATE,
	UI_VIEW_DESK_MAP,
	UI_VIEW_DESK_FREE,
	UI_VIEW_DESK_MINE,
	UI_VIEW_LEDGER_STATEMENT,
	UI_VIEW_LEDGER_ADS,
	UI_VIEW_LEDGER_EXCHANGES,
	UI_VIEW_LEDGER_MYADS,
	UI_VIEW_LEDGER_ACCOUNTS,
	UI_VIEW_REPORT_LIST,
	UI_VIEW_REPORT_PREVIEW,
	UI_VIEW_DEFAULT,      /* a pane that says no view: the generic keys */
	UI_VIEW_COUNT
};

/* A key as the tables name it: a character, UI_KF(KEY_...) for a curses
 * function key, UI_KALT(c) for Alt (Esc then c). 0 ends a list. */
#define UI_KF(code) (0x1000000u | (unsigned)(code))
#define UI_KALT(ch) (0x2000000u | (unsigned)(ch))

#define UI_KEYMAP_MAX_KEYS 4

/* One line of a table: the keys, the action, and what help and the key
 * bar say (msgids, N_(); translated when shown). */
struct ui_keymap_entry {
	unsigned keys[UI_KEYMAP_MAX_KEYS];
	int action;
	const char *names;  /* the keys as help shows them: "a, Insert" */
	const char *what;   /* help: what it does */
	const char *bar;    /* key bar label (a word or two), or NULL */
	int rank;           /* key bar order: 1 first; 0 not in the bar */
};

struct ui_keymap {
	const char *title;  /* help section (N_()) */
	const struct ui_keymap_entry *entries;
	size_t count;
};

/* The table of view v (UI_VIEW_*), or the global table for UI_VIEW_NONE;
 * never NULL for a view below UI_VIEW_COUNT. Static data. */
const struct ui_keymap *ui_keymap_table(int view);

/* The code of k as the tables name it (UI_KF, UI_KALT...); 0 for a click. */
unsigned ui_keymap_code(const struct ui_key *k);

/* The action of k in view v: v's table first, then the global table;
 * UI_ACT_NONE when neither binds it. text: a text field has the cursor,
 * so printable characters (and Tab) are text, never an action. */
int ui_keymap_action(int view, const struct ui_key *k, bool text);

/* True when action a is bound in the table of view v (the global table
 * is not looked at). */
bool ui_keymap_bound(int view, int action);

/* Hints that panes print ("a: new   Enter: show"): the key comes from the
 * tables, so a hint never names a key that does something else. */
struct ui_hint {
	int action;         /* looked up in the view's table, then globally */
	int action2;        /* a second key shown with it ("] [") or
	                     * UI_ACT_NONE */
	const char *what;   /* N_(); translated when shown */
};

/* The key of action in view (its table, then the global one) as a hint
 * names it: the one-character key of the help's names ("PgUp, >" gives
 * ">"), else the first ("Enter", translated). False (buf empty) when no
 * key gives that action there. */
bool ui_keymap_key_label(int view, int action, char *buf, size_t size);

/* The hints h[0..n) whose keys exist in view, as one line "k: what   k:
 * what" in buf (cut between hints when it is full). Returns how many. */
size_t ui_keymap_hints(int view, const struct ui_hint *h, size_t n, char *buf,
                       size_t size);

#endif
