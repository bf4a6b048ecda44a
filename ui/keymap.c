/* keymap.c — owns every key binding of the interactive program: the
 * global table (help, quit, pane switching, repaint, message log) and one
 * table per pane view, and the translation of a key into an action. The
 * help overlay and the key bar are printed from these same tables. A key
 * means the same thing in every table (checked by tests/unit/test_keymap);
 * pane-specific actions sit on keys that mean nothing elsewhere. */
#include <string.h>

#include "i18n.h"
#include "keymap.h"

#define E(...) { __VA_ARGS__ }
#define N(t) (sizeof t / sizeof t[0])

/* ---- everywhere ------------------------------------------------------ */

static const struct ui_keymap_entry global_entries[] = {
	E({ '?', UI_KF(KEY_F(1)) }, UI_ACT_HELP, N_("? or F1"),
	  N_("this help"), N_("help"), 1),
	E({ 'q', UI_CTRL('c') }, UI_ACT_QUIT, N_("q"),
	  N_("back, or quit from the top level"), N_("quit"), 2),
	E({ '\t' }, UI_ACT_NEXT_PANE, N_("Tab"), N_("the next pane"), NULL, 0),
	E({ UI_KF(KEY_BTAB) }, UI_ACT_PREV_PANE, N_("Shift-Tab"),
	  N_("the previous pane"), NULL, 0),
	E({ UI_KF(KEY_F(2)), UI_KALT('1') }, UI_ACT_GOTO_PANE + 0,
	  N_("F2, Alt-1"), N_("the Ideas pane"), NULL, 0),
	E({ UI_KF(KEY_F(3)), UI_KALT('2') }, UI_ACT_GOTO_PANE + 1,
	  N_("F3, Alt-2"), N_("the Stages pane"), NULL, 0),
	E({ UI_KF(KEY_F(4)), UI_KALT('3') }, UI_ACT_GOTO_PANE + 2,
	  N_("F4, Alt-3"), N_("the Desks pane"), NULL, 0),
	E({ UI_KF(KEY_F(5)), UI_KALT('4') }, UI_ACT_GOTO_PANE + 3,
	  N_("F5, Alt-4"), N_("the Accorderie pane"), NULL, 0),
	E({ 'w' }, UI_ACT_NEWS, N_("w"),
	  N_("what moved on your ideas since your last visit"), NULL, 0),
	E({ UI_CTRL('p') }, UI_ACT_LOG, N_("Ctrl-P"),
	  N_("the last messages of the status line, with their time"), NULL, 0),
	E({ UI_CTRL('l') }, UI_ACT_REPAINT, N_("Ctrl-L"),
	  N_("repaint the screen"), NULL, 0),
};

/* ---- a pane that names no view: the generic keys --------------------- */

static const struct ui_keymap_entry default_entries[] = {
	E({ 'k', UI_KF(KEY_UP) }, UI_ACT_UP, N_("k, Up"), N_("up"), NULL, 0),
	E({ 'j', UI_KF(KEY_DOWN) }, UI_ACT_DOWN, N_("j, Down"), N_("down"),
	  NULL, 0),
	E({ 'h', UI_KF(KEY_LEFT) }, UI_ACT_LEFT, N_("h, Left"), N_("left"),
	  NULL, 0),
	E({ 'l', UI_KF(KEY_RIGHT) }, UI_ACT_RIGHT, N_("l, Right"), N_("right"),
	  NULL, 0),
	E({ UI_KF(KEY_PPAGE) }, UI_ACT_PAGE_UP, N_("PgUp"), N_("a page up"),
	  NULL, 0),
	E({ UI_KF(KEY_NPAGE) }, UI_ACT_PAGE_DOWN, N_("PgDn"),
	  N_("a page down"), NULL, 0),
	E({ 'g', UI_KF(KEY_HOME) }, UI_ACT_FIRST, N_("g, Home"),
	  N_("the first"), NULL, 0),
	E({ 'G', UI_KF(KEY_END) }, UI_ACT_LAST, N_("G, End"), N_("the last"),
	  NULL, 0),
	E({ '\r', '\n', UI_KF(KEY_ENTER) }, UI_ACT_OPEN, N_("Enter"),
	  N_("open"), N_("open"), 3),
	E({ '/' }, UI_ACT_SEARCH, N_("/"), N_("search"), N_("search"), 4),
	E({ 'n' }, UI_ACT_NEXT_MATCH, N_("n"), N_("next match"), NULL, 0),
	E({ 'N' }, UI_ACT_PREV_MATCH, N_("N"), N_("previous match"), NULL, 0),
	E({ 'a', UI_KF(KEY_IC) }, UI_ACT_NEW, N_("a, Insert"), N_("new"),
	  N_("new"), 5),
	E({ 'e' }, UI_ACT_EDIT, N_("e"), N_("edit"), NULL, 0),
	E({ 'd', UI_KF(KEY_DC) }, UI_ACT_DELETE, N_("d, Delete"),
	  N_("delete"), NULL, 0),
	E({ 'c' }, UI_ACT_CONFIRM, N_("c"), N_("confirm"), NULL, 0),
	E({ 'f' }, UI_ACT_FILTER, N_("f"), N_("filters"), NULL, 0),
	E({ 'x' }, UI_ACT_CLEAR_FILTERS, N_("x"), N_("clear the filters"),
	  NULL, 0),
	E({ 'M' }, UI_ACT_MINE, N_("M"), N_("mine"), NULL, 0),
	E({ 'r' }, UI_ACT_REFRESH, N_("r"), N_("read again now"), NULL, 0),
	E({ UI_ESC }, UI_ACT_BACK, N_("Esc"), N_("back"), NULL, 0),
};

/* ---- the tables, by view --------------------------------------------- */

static const struct ui_keymap tables[UI_VIEW_COUNT] = {
	[UI_VIEW_DEFAULT] = { N_("Keys"), default_entries, N(default_entries) },
};

static const struct ui_keymap global_table = {
	N_("Everywhere"), global_entries, N(global_entries)
};

const struct ui_keymap *
ui_keymap_table(int view)
{
	if (view >= 0 && view < UI_VIEW_COUNT && tables[view].entries)
		return &tables[view];
	if (view >= 0 && view < UI_VIEW_COUNT)
		return &tables[UI_VIEW_DEFAULT];
	return &global_table;
}

unsigned
ui_keymap_code(const struct ui_key *k)
{
	switch (k->kind) {
	case UI_KEY_CHAR:
		return (unsigned)k->code;
	case UI_KEY_FUNC:
		return UI_KF(k->code);
	case UI_KEY_ALT:
		return UI_KALT(k->code);
	case UI_KEY_CLICK:
	case UI_KEY_PASTE:
		break;
	}
	return 0;
}

static int
lookup(const struct ui_keymap *t, unsigned code)
{
	for (size_t i = 0; i < t->count; i++)
		for (size_t j = 0; j < UI_KEYMAP_MAX_KEYS && t->entries[i].keys[j];
		     j++)
			if (t->entries[i].keys[j] == code)
				return t->entries[i].action;
	return UI_ACT_NONE;
}

/* In a text field these stay keys of the field: characters (Tab moves to
 * the next field, Enter ends a line), editing and moving keys. */
static bool
is_text_key(const struct ui_key *k)
{
	if (k->kind == UI_KEY_CHAR)
		return k->code != UI_CTRL('p') && k->code != UI_CTRL('l') &&
		       k->code != UI_CTRL('c');
	if (k->kind == UI_KEY_FUNC)
		return k->code < (wint_t)KEY_F(1) || k->code > (wint_t)KEY_F(12);
	return false;
}

int
ui_keymap_action(int view, const struct ui_key *k, bool text)
{
	unsigned code = ui_keymap_code(k);
	int a = UI_ACT_NONE;

	if (code == 0 || (text && is_text_key(k)))
		return UI_ACT_NONE;
	if (view != UI_VIEW_NONE)
		a = lookup(ui_keymap_table(view), code);
	if (a == UI_ACT_NONE)
		a = lookup(&global_table, code);
	return a;
}

bool
ui_keymap_bound(int view, int action)
{
	const struct ui_keymap *t = ui_keymap_table(view);

	for (size_t i = 0; i < t->count; i++)
		if (t->entries[i].action == action)
			return true;
	return false;
}
