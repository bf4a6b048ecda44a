/* test_keymap.c — the keymap tables of the interactive program (ui/keymap.c):
 * no key means two different things anywhere, every entry says its keys and
 * what it does, and the translation of a key into an action (a view's table
 * first, then the global one; text typed into a field is no action). */
#include <stdio.h>
#include <string.h>

#include "keymap.h"
#include "tap.h"

static struct ui_key key(enum ui_key_kind kind, wint_t code)
{
	struct ui_key k = { kind, code, 0, 0, UI_ACT_NONE, NULL };
	return k;
}

/* Every key of every table (the global one included) gives one action. */
static void one_meaning(void)
{
	struct { unsigned code; int action; int view; } seen[1024];
	size_t n = 0;
	int clashes = 0;

	for (int v = UI_VIEW_NONE; v < UI_VIEW_COUNT; v++) {
		const struct ui_keymap *t = ui_keymap_table(v);
		for (size_t i = 0; i < t->count; i++) {
			const struct ui_keymap_entry *e = &t->entries[i];
			for (size_t j = 0; j < UI_KEYMAP_MAX_KEYS && e->keys[j]; j++) {
				size_t s;
				for (s = 0; s < n && seen[s].code != e->keys[j]; s++)
					;
				if (s < n && seen[s].action != e->action) {
					clashes++;
					printf("# key 0x%x: action %d in view %d, %d in view %d\n",
					       e->keys[j], seen[s].action, seen[s].view,
					       e->action, v);
				} else if (s == n && n < sizeof seen / sizeof seen[0]) {
					seen[n].code = e->keys[j];
					seen[n].action = e->action;
					seen[n++].view = v;
				}
			}
		}
	}
	ok(n > 30, "the tables bind %zu keys", n);
	ok(clashes == 0, "no key is bound to two different actions (%d clashes)",
	   clashes);
}

/* Every entry has keys, their names, help text and an action; an entry
 * in the key bar has a label. */
static void described(void)
{
	int bad = 0;

	for (int v = UI_VIEW_NONE; v < UI_VIEW_COUNT; v++) {
		const struct ui_keymap *t = ui_keymap_table(v);
		if (t->title == NULL || t->title[0] == '\0') {
			bad++;
			printf("# view %d has no title\n", v);
		}
		for (size_t i = 0; i < t->count; i++) {
			const struct ui_keymap_entry *e = &t->entries[i];
			if (e->keys[0] == 0 || e->action == UI_ACT_NONE ||
			    e->names == NULL || e->names[0] == '\0' ||
			    e->what == NULL || e->what[0] == '\0' ||
			    (e->rank > 0 && (e->bar == NULL || e->bar[0] == '\0'))) {
				bad++;
				printf("# view %d entry %zu (%s) is incomplete\n", v, i,
				       e->names ? e->names : "?");
			}
		}
	}
	ok(bad == 0, "every table and entry says what its keys do (%d not)", bad);
}

static void translates(void)
{
	struct ui_key k;

	k = key(UI_KEY_CHAR, 'j');
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_DOWN,
	       "j goes down in a list");
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, true), UI_ACT_NONE,
	       "j typed into a field is text");
	k = key(UI_KEY_FUNC, KEY_DOWN);
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_DOWN,
	       "Down goes down");
	k = key(UI_KEY_CHAR, 'n');
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_NEXT_MATCH,
	       "n is the next match, not 'new'");
	k = key(UI_KEY_CHAR, 'q');
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_QUIT,
	       "q comes from the global table");
	k = key(UI_KEY_CHAR, '\t');
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_NEXT_PANE,
	       "Tab is the next pane");
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, true), UI_ACT_NONE,
	       "Tab in a form is the form's");
	k = key(UI_KEY_FUNC, KEY_F(3));
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, true), UI_ACT_GOTO_PANE + 1,
	       "F3 goes to the second pane, even from a form");
	k = key(UI_KEY_ALT, '4');
	is_int(ui_keymap_action(UI_VIEW_NONE, &k, false), UI_ACT_GOTO_PANE + 3,
	       "Alt-4 goes to the fourth pane");
	k = key(UI_KEY_CHAR, UI_CTRL('p'));
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, true), UI_ACT_LOG,
	       "Ctrl-P opens the log, even from a form");
	k = key(UI_KEY_CLICK, 0);
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_NONE,
	       "a click is no key");
	k = key(UI_KEY_CHAR, 'Z');
	is_int(ui_keymap_action(UI_VIEW_DEFAULT, &k, false), UI_ACT_NONE,
	       "a key bound to nothing is no action");
}

/* Every pane-specific action has a key somewhere; the letters that meant
 * different things per pane (issue 12) now mean one. */
static void
panes(void)
{
	struct ui_key k;
	int unbound = 0;

	for (int a = UI_ACT_PANE; a < UI_ACT_PANE_END; a++) {
		bool found = false;
		for (int v = 0; v < UI_VIEW_COUNT && !found; v++)
			found = ui_keymap_bound(v, a);
		if (!found) {
			unbound++;
			printf("# pane action %d has no key\n", a);
		}
	}
	ok(unbound == 0, "every pane action has a key (%d without)", unbound);

	k = key(UI_KEY_CHAR, 'n');
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NEXT_MATCH,
	       "n in the idea board is the next match");
	is_int(ui_keymap_action(UI_VIEW_LEDGER_EXCHANGES, &k, false),
	       UI_ACT_NEXT_MATCH, "n in the exchanges is the next match: it "
	       "refuses no exchange");
	k = key(UI_KEY_CHAR, 'a');
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NEW,
	       "a is a new idea");
	is_int(ui_keymap_action(UI_VIEW_LEDGER_MYADS, &k, false), UI_ACT_NEW,
	       "a is a new announcement");
	is_int(ui_keymap_action(UI_VIEW_DESK_MINE, &k, false), UI_ACT_NONE,
	       "a cancels no booking");
	k = key(UI_KEY_CHAR, 'm');
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NONE,
	       "m is nothing on the board (M is mine)");
	is_int(ui_keymap_action(UI_VIEW_KANBAN, &k, false), UI_ACT_MOVE,
	       "m moves a card on the kanban");
	k = key(UI_KEY_CHAR, 'g');
	is_int(ui_keymap_action(UI_VIEW_KANBAN, &k, false), UI_ACT_FIRST,
	       "g is the first card, not the grid");
	k = key(UI_KEY_CHAR, 'r');
	is_int(ui_keymap_action(UI_VIEW_KANBAN, &k, false), UI_ACT_REFRESH,
	       "r reads again, not the late experiments");
	k = key(UI_KEY_CHAR, 'w');
	is_int(ui_keymap_action(UI_VIEW_LEDGER_MYADS, &k, false), UI_ACT_NEWS,
	       "w withdraws no announcement");
	k = key(UI_KEY_FUNC, KEY_DC);
	is_int(ui_keymap_action(UI_VIEW_LEDGER_MYADS, &k, false), UI_ACT_DELETE,
	       "Delete withdraws the announcement");
	k = key(UI_KEY_CHAR, '3');
	is_int(ui_keymap_action(UI_VIEW_LEDGER_ADS, &k, false), UI_ACT_VIEW_3,
	       "3 is the Accorderie's third view");
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NONE,
	       "digits mean nothing elsewhere");
	k = key(UI_KEY_FUNC, KEY_F(6));
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_GOTO_PANE + 4,
	       "F6 goes to the fifth pane, the reports");
	k = key(UI_KEY_ALT, '5');
	is_int(ui_keymap_action(UI_VIEW_LEDGER_ADS, &k, false), UI_ACT_GOTO_PANE + 4,
	       "Alt-5 too");
	k = key(UI_KEY_FUNC, KEY_F(7));
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NONE,
	       "F7 is no pane");
	k = key(UI_KEY_CHAR, 'I');
	is_int(ui_keymap_action(UI_VIEW_REPORT_PREVIEW, &k, false), UI_ACT_PRINT,
	       "I prints the report in its preview");
	is_int(ui_keymap_action(UI_VIEW_BOARD_LIST, &k, false), UI_ACT_NONE,
	       "... and means nothing on the board");
}

int main(void)
{
	one_meaning();
	panes();
	described();
	translates();
	return tap_done();
}
