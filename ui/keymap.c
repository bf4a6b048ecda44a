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
	  N_("back, or quit from the top level"), N_("quit"), 9),
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
	E({ UI_KF(KEY_F(6)), UI_KALT('5') }, UI_ACT_GOTO_PANE + 4,
	  N_("F6, Alt-5"), N_("the Reports pane"), NULL, 0),
	E({ 'w' }, UI_ACT_NEWS, N_("w"),
	  N_("what moved on your ideas since your last visit"), NULL, 0),
	E({ UI_CTRL('p') }, UI_ACT_LOG, N_("Ctrl-P"),
	  N_("the last messages of the status line, with their time"), NULL, 0),
	E({ UI_CTRL('l') }, UI_ACT_REPAINT, N_("Ctrl-L"),
	  N_("repaint the screen"), NULL, 0),
	E({ 'A' }, UI_ACT_ASSIST, N_("A"),
	  N_("act for an agent (facilitators), or stop acting for them"),
	  NULL, 0),
	E({ UI_KF(KEY_F(12)) }, UI_ACT_LOCK, N_("F12"),
	  N_("lock the kiosk (construisons kiosk)"), NULL, 0),
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
	  N_("open it"), N_("open it"), 3),
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

/* ---- the entries every view shares (the same keys, the same action) -- */

#define K_UP(what) E({ 'k', UI_KF(KEY_UP) }, UI_ACT_UP, N_("k, Up"), what, \
                     NULL, 0)
#define K_DOWN(what) E({ 'j', UI_KF(KEY_DOWN) }, UI_ACT_DOWN, \
                       N_("j, Down"), what, NULL, 0)
#define K_LEFT(what) E({ 'h', UI_KF(KEY_LEFT) }, UI_ACT_LEFT, \
                       N_("h, Left"), what, NULL, 0)
#define K_RIGHT(what) E({ 'l', UI_KF(KEY_RIGHT) }, UI_ACT_RIGHT, \
                        N_("l, Right"), what, NULL, 0)
#define K_PGUP(what) E({ UI_KF(KEY_PPAGE) }, UI_ACT_PAGE_UP, N_("PgUp"), \
                       what, NULL, 0)
#define K_PGDN(what) E({ UI_KF(KEY_NPAGE) }, UI_ACT_PAGE_DOWN, N_("PgDn"), \
                       what, NULL, 0)
#define K_FIRST(what) E({ 'g', UI_KF(KEY_HOME) }, UI_ACT_FIRST, \
                        N_("g, Home"), what, NULL, 0)
#define K_LAST(what) E({ 'G', UI_KF(KEY_END) }, UI_ACT_LAST, N_("G, End"), \
                       what, NULL, 0)
#define K_OPEN(what, bar, rank) E({ '\r', '\n', UI_KF(KEY_ENTER) }, \
                                  UI_ACT_OPEN, N_("Enter"), what, bar, rank)
#define K_SEARCH(what) E({ '/' }, UI_ACT_SEARCH, N_("/"), what, \
                         N_("search"), 4)
#define K_NEXT_MATCH E({ 'n' }, UI_ACT_NEXT_MATCH, N_("n"), \
                       N_("next match"), NULL, 0)
#define K_PREV_MATCH E({ 'N' }, UI_ACT_PREV_MATCH, N_("N"), \
                       N_("previous match"), NULL, 0)
#define K_NEW(what, bar, rank) E({ 'a', UI_KF(KEY_IC) }, UI_ACT_NEW, \
                                 N_("a, Insert"), what, bar, rank)
#define K_EDIT(what) E({ 'e' }, UI_ACT_EDIT, N_("e"), what, NULL, 0)
#define K_DELETE(what, bar, rank) E({ 'd', UI_KF(KEY_DC) }, UI_ACT_DELETE, \
                                    N_("d, Delete"), what, bar, rank)
#define K_CONFIRM(what, bar, rank) E({ 'c' }, UI_ACT_CONFIRM, N_("c"), what, \
                                     bar, rank)
#define K_FILTER(what) E({ 'f' }, UI_ACT_FILTER, N_("f"), what, \
                         N_("filters"), 6)
#define K_CLEAR E({ 'x' }, UI_ACT_CLEAR_FILTERS, N_("x"), \
                  N_("clear the filters"), NULL, 0)
#define K_MINE(what, bar, rank) E({ 'M' }, UI_ACT_MINE, N_("M"), what, bar, \
                                  rank)
#define K_REFRESH E({ 'r' }, UI_ACT_REFRESH, N_("r"), \
                    N_("read again now"), NULL, 0)
#define K_BACK(what) E({ UI_ESC }, UI_ACT_BACK, N_("Esc"), what, \
                       N_("back"), 2)
/* / n N in a list whose rows are all in memory: the list's own search */
#define K_LIST_SEARCH \
	E({ '/' }, UI_ACT_SEARCH, N_("/"), \
	  N_("search this list (accents optional)"), NULL, 0), \
	K_NEXT_MATCH, \
	K_PREV_MATCH

/* ---- the idea board ------------------------------------------------- */

static const struct ui_keymap_entry board_list[] = {
	K_UP(N_("the idea above")),
	K_DOWN(N_("the idea below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first idea")),
	K_LAST(N_("the last idea")),
	K_OPEN(N_("open the idea"), N_("open it"), 3),
	K_SEARCH(N_("search (accents optional)")),
	K_NEXT_MATCH,
	K_PREV_MATCH,
	K_FILTER(N_("filters: stage, direction, category")),
	K_MINE(N_("only my ideas, on or off"), NULL, 0),
	K_CLEAR,
	K_NEW(N_("submit a new idea"), N_("new idea"), 2),
	K_EDIT(N_("edit the idea")),
	E({ 's' }, UI_ACT_SUPPORT, N_("s"),
	  N_("support the idea, or withdraw your support"), N_("support"), 5),
	E({ 'C' }, UI_ACT_COMMENT, N_("C"), N_("comment"), NULL, 0),
	K_DELETE(N_("withdraw the idea"), NULL, 0),
	K_REFRESH,
};

static const struct ui_keymap_entry board_detail[] = {
	K_UP(N_("scroll up")),
	K_DOWN(N_("scroll down")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the top")),
	K_LAST(N_("the end")),
	K_BACK(N_("back to the list")),
	K_LEFT(N_("back to the list")),
	K_NEW(N_("submit a new idea"), NULL, 0),
	K_EDIT(N_("edit this idea")),
	E({ 's' }, UI_ACT_SUPPORT, N_("s"), N_("support it, or withdraw your support"),
	  N_("support"), 3),
	E({ 'C' }, UI_ACT_COMMENT, N_("C"), N_("comment"), N_("comment"), 4),
	K_DELETE(N_("withdraw it"), NULL, 0),
	K_REFRESH,
};

/* ---- the stage kanban ------------------------------------------------ */

static const struct ui_keymap_entry kanban_board[] = {
	K_LEFT(N_("the previous column")),
	K_RIGHT(N_("the next column")),
	K_UP(N_("the card above")),
	K_DOWN(N_("the card below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first card")),
	K_LAST(N_("the last card")),
	K_OPEN(N_("open the idea"), N_("open it"), 3),
	E({ 'H' }, UI_ACT_MOVE_PREV, N_("H"),
	  N_("move the card to the previous stage (asks first, with an "
	     "optional note)"), NULL, 0),
	E({ 'L' }, UI_ACT_MOVE_NEXT, N_("L"),
	  N_("move the card to the next stage (asks first, with an optional "
	     "note)"), N_("next stage"), 2),
	E({ 'm' }, UI_ACT_MOVE, N_("m"),
	  N_("move the card to another stage (a list, then the same "
	     "question)"), N_("move"), 5),
	E({ 'v' }, UI_ACT_EVALUATE, N_("v"),
	  N_("record an evaluation of an experiment"), NULL, 0),
	E({ 'p' }, UI_ACT_PLANS, N_("p"),
	  N_("accompaniment and experiment plans"), NULL, 0),
	K_SEARCH(N_("search (accents optional)")),
	K_NEXT_MATCH,
	K_PREV_MATCH,
	K_FILTER(N_("filters: direction, category")),
	K_MINE(N_("only my ideas, on or off"), NULL, 0),
	K_CLEAR,
	E({ 'o' }, UI_ACT_CLOSED, N_("o"), N_("show or hide the closed outcomes"),
	  NULL, 0),
	E({ '#' }, UI_ACT_GRID, N_("#"),
	  N_("the committee's impact × feasibility grid"), N_("grid"), 7),
	E({ '!' }, UI_ACT_LATE, N_("!"), N_("experiments past their end date"),
	  N_("late"), 8),
	K_REFRESH,
};

static const struct ui_keymap_entry kanban_grid[] = {
	K_BACK(N_("back to the stages")),
	K_LEFT(N_("back to the stages")),
	E({ '#' }, UI_ACT_GRID, N_("#"), N_("back to the stages"), NULL, 0),
};

static const struct ui_keymap_entry kanban_late[] = {
	K_UP(N_("the experiment above")),
	K_DOWN(N_("the experiment below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first experiment")),
	K_LAST(N_("the last experiment")),
	K_OPEN(N_("open the idea"), N_("open it"), 3),
	K_LIST_SEARCH,
	E({ 'v' }, UI_ACT_EVALUATE, N_("v"),
	  N_("record an evaluation of an experiment"), N_("evaluate"), 4),
	K_BACK(N_("back to the stages")),
	K_LEFT(N_("back to the stages")),
	E({ '!' }, UI_ACT_LATE, N_("!"), N_("back to the stages"), NULL, 0),
};

/* ---- the desk map ---------------------------------------------------- */

static const struct ui_keymap_entry desk_map[] = {
	K_LEFT(N_("the nearest desk on the left")),
	K_RIGHT(N_("the nearest desk on the right")),
	K_UP(N_("the nearest desk above")),
	K_DOWN(N_("the nearest desk below")),
	E({ UI_KF(KEY_PPAGE), '>' }, UI_ACT_PAGE_UP, N_("PgUp, >"),
	  N_("the floor above"), NULL, 0),
	E({ UI_KF(KEY_NPAGE), '<' }, UI_ACT_PAGE_DOWN, N_("PgDn, <"),
	  N_("the floor below"), NULL, 0),
	K_FILTER(N_("choose the floor (a list)")),
	E({ ']' }, UI_ACT_NEXT_DAY, N_("]"), N_("the next bookable day"),
	  N_("next day"), 5),
	E({ '[' }, UI_ACT_PREV_DAY, N_("["), N_("the previous bookable day"),
	  NULL, 0),
	E({ 'D' }, UI_ACT_DATE, N_("D"), N_("type a date"), N_("date"), 7),
	E({ 't' }, UI_ACT_HALF_DAY, N_("t"), N_("morning, afternoon or whole day"),
	  NULL, 0),
	K_OPEN(N_("book the desk, or see who holds it"), N_("book"), 3),
	E({ 'F' }, UI_ACT_FREE_NOW, N_("F"), N_("desks free now, on every floor"),
	  N_("free now"), 8),
	K_MINE(N_("my bookings: cancel, check in"), N_("my bookings"), 4),
	E({ 'b' }, UI_ACT_BLOCK, N_("b"),
	  N_("block or unblock the desk (facilitators)"), NULL, 0),
	E({ 'i' }, UI_ACT_PRIVACY, N_("i"), N_("show my name on the map, or not"),
	  NULL, 0),
	K_REFRESH,
};

static const struct ui_keymap_entry desk_free[] = {
	K_UP(N_("the desk above")),
	K_DOWN(N_("the desk below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first desk")),
	K_LAST(N_("the last desk")),
	K_OPEN(N_("show the desk on the map"), N_("show"), 3),
	K_LIST_SEARCH,
	K_BACK(N_("back to the map")),
	E({ 'F' }, UI_ACT_FREE_NOW, N_("F"), N_("back to the map"), NULL, 0),
	K_REFRESH,
};

static const struct ui_keymap_entry desk_mine[] = {
	K_UP(N_("the booking above")),
	K_DOWN(N_("the booking below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first booking")),
	K_LAST(N_("the last booking")),
	K_LIST_SEARCH,
	K_DELETE(N_("cancel the booking"), N_("cancel it"), 4),
	K_CONFIRM(N_("check in (the current half-day)"), N_("check in"), 5),
	K_OPEN(N_("show the desk on the map"), N_("show"), 3),
	K_BACK(N_("back to the map")),
	K_MINE(N_("back to the map"), NULL, 0),
	K_REFRESH,
};

/* ---- the Accorderie -------------------------------------------------- */

#define K_VIEWS \
	E({ '1' }, UI_ACT_VIEW_1, N_("1"), N_("my account"), NULL, 0), \
	E({ '2' }, UI_ACT_VIEW_2, N_("2"), N_("the announcements"), NULL, 0), \
	E({ '3' }, UI_ACT_VIEW_3, N_("3"), N_("the exchanges"), NULL, 0), \
	E({ '4' }, UI_ACT_VIEW_4, N_("4"), N_("my announcements"), NULL, 0), \
	E({ '5' }, UI_ACT_VIEW_5, N_("5"), \
	  N_("the accounts (facilitators)"), NULL, 0)

static const struct ui_keymap_entry ledger_statement[] = {
	K_VIEWS,
	K_UP(N_("the line above")),
	K_DOWN(N_("the line below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first line")),
	K_LAST(N_("the last line")),
	K_OPEN(N_("the exchange of the line"), N_("open it"), 3),
	K_LIST_SEARCH,
	K_NEW(N_("record an exchange (several logins: a group session)"),
	      N_("new exchange"), 2),
	E({ 'R' }, UI_ACT_REVERSE, N_("R"),
	  N_("reverse the exchange of the line (admins, with a reason)"),
	  NULL, 0),
	E({ UI_ESC }, UI_ACT_BACK, N_("Esc"),
	  N_("back to the accounts (facilitators)"), NULL, 0),
	K_REFRESH,
};

static const struct ui_keymap_entry ledger_ads[] = {
	K_VIEWS,
	K_UP(N_("the announcement above")),
	K_DOWN(N_("the announcement below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first announcement")),
	K_LAST(N_("the last announcement")),
	K_OPEN(N_("show the announcement"), N_("open it"), 3),
	E({ 'P' }, UI_ACT_PROPOSE, N_("P"), N_("propose an exchange from it"),
	  N_("propose"), 5),
	E({ 'O' }, UI_ACT_AD_KIND, N_("O"), N_("offers, requests, or both"),
	  NULL, 0),
	K_FILTER(N_("choose the category")),
	K_SEARCH(N_("search words (accents ignored)")),
	K_NEXT_MATCH,
	K_PREV_MATCH,
	K_CLEAR,
	K_NEW(N_("publish an offer or a request"), N_("publish"), 2),
	K_REFRESH,
};

static const struct ui_keymap_entry ledger_exchanges[] = {
	K_VIEWS,
	K_UP(N_("the exchange above")),
	K_DOWN(N_("the exchange below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first exchange")),
	K_LAST(N_("the last exchange")),
	K_OPEN(N_("the whole exchange"), N_("open it"), 3),
	K_LIST_SEARCH,
	K_CONFIRM(N_("confirm an exchange awaiting your answer"), N_("confirm"),
	          4),
	K_DELETE(N_("refuse it, or withdraw your own proposal"), N_("refuse"),
	         5),
	E({ 'R' }, UI_ACT_REVERSE, N_("R"),
	  N_("reverse a confirmed exchange (admins, with a reason)"), NULL, 0),
	K_NEW(N_("record an exchange"), N_("new exchange"), 2),
	K_REFRESH,
};

static const struct ui_keymap_entry ledger_myads[] = {
	K_VIEWS,
	K_UP(N_("the announcement above")),
	K_DOWN(N_("the announcement below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first announcement")),
	K_LAST(N_("the last announcement")),
	K_OPEN(N_("show the announcement"), N_("open it"), 3),
	K_LIST_SEARCH,
	K_NEW(N_("publish an offer or a request"), N_("publish"), 2),
	K_DELETE(N_("withdraw the announcement"), N_("withdraw"), 4),
	K_REFRESH,
};

static const struct ui_keymap_entry ledger_accounts[] = {
	K_VIEWS,
	K_UP(N_("the account above")),
	K_DOWN(N_("the account below")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the first account")),
	K_LAST(N_("the last account")),
	K_OPEN(N_("the statement of the account"), N_("open it"), 3),
	K_LIST_SEARCH,
	K_REFRESH,
};

/* ---- the reports ---------------------------------------------------- */

static const struct ui_keymap_entry report_list[] = {
	K_UP(N_("the report above")),
	K_DOWN(N_("the report below")),
	K_FIRST(N_("the first report")),
	K_LAST(N_("the last report")),
	K_OPEN(N_("choose the period and filters, then preview"),
	       N_("choose"), 2),
};

static const struct ui_keymap_entry report_preview[] = {
	K_UP(N_("scroll up")),
	K_DOWN(N_("scroll down")),
	K_PGUP(N_("a page up")),
	K_PGDN(N_("a page down")),
	K_FIRST(N_("the top")),
	K_LAST(N_("the end")),
	E({ '/' }, UI_ACT_SEARCH, N_("/"), N_("search the report (accents "
	  "optional)"), NULL, 0),
	K_NEXT_MATCH,
	K_PREV_MATCH,
	E({ 'I' }, UI_ACT_PRINT, N_("I"),
	  N_("print the report (a queue, the copies), then follow the job"),
	  N_("print"), 3),
	E({ 'S' }, UI_ACT_SAVE, N_("S"),
	  N_("save the report as PDF or CSV (a file under your home)"),
	  N_("save"), 4),
	K_EDIT(N_("change the period and filters")),
	E({ 'r' }, UI_ACT_REFRESH, N_("r"),
	  N_("build the report again (the numbers of now)"), NULL, 0),
	K_BACK(N_("back to the list of reports")),
};

/* ---- the tables, by view --------------------------------------------- */

#define T(title, e) { title, e, N(e) }
static const struct ui_keymap tables[UI_VIEW_COUNT] = {
	[UI_VIEW_BOARD_LIST] = T(N_("Ideas"), board_list),
	[UI_VIEW_BOARD_DETAIL] = T(N_("Ideas: an idea"), board_detail),
	[UI_VIEW_KANBAN] = T(N_("Stages"), kanban_board),
	[UI_VIEW_KANBAN_GRID] = T(N_("Stages: the committee's grid"),
	                          kanban_grid),
	[UI_VIEW_KANBAN_LATE] = T(N_("Stages: late experiments"), kanban_late),
	[UI_VIEW_DESK_MAP] = T(N_("Desks"), desk_map),
	[UI_VIEW_DESK_FREE] = T(N_("Desks: free now"), desk_free),
	[UI_VIEW_DESK_MINE] = T(N_("Desks: my bookings"), desk_mine),
	[UI_VIEW_LEDGER_STATEMENT] = T(N_("Accorderie: my account"),
	                               ledger_statement),
	[UI_VIEW_LEDGER_ADS] = T(N_("Accorderie: announcements"), ledger_ads),
	[UI_VIEW_LEDGER_EXCHANGES] = T(N_("Accorderie: exchanges"),
	                               ledger_exchanges),
	[UI_VIEW_LEDGER_MYADS] = T(N_("Accorderie: my announcements"),
	                           ledger_myads),
	[UI_VIEW_LEDGER_ACCOUNTS] = T(N_("Accorderie: accounts"),
	                              ledger_accounts),
	[UI_VIEW_REPORT_LIST] = T(N_("Reports"), report_list),
	[UI_VIEW_REPORT_PREVIEW] = T(N_("Reports: the preview"),
	                             report_preview),
	[UI_VIEW_DEFAULT] = T(N_("Keys"), default_entries),
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
	case UI_KEY_WHEEL:
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

/* The entry of action a in view v's table, else in the global table. */
static const struct ui_keymap_entry *
entry_of(int view, int action)
{
	const struct ui_keymap *t[2] = { NULL, &global_table };

	if (view != UI_VIEW_NONE)
		t[0] = ui_keymap_table(view);
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; t[k] && i < t[k]->count; i++)
			if (t[k]->entries[i].action == action)
				return &t[k]->entries[i];
	return NULL;
}

bool
ui_keymap_key_label(int view, int action, char *buf, size_t size)
{
	const struct ui_keymap_entry *e = entry_of(view, action);
	const char *names, *p, *best = NULL;
	size_t best_len = 0;

	if (size == 0)
		return false;
	buf[0] = '\0';
	if (e == NULL || e->names == NULL)
		return false;
	/* "PgUp, >", "? or F1", "a, Insert": the parts the help shows; a
	 * hint takes the one-character one when there is one, else the
	 * first */
	names = _(e->names);
	for (p = names; *p;) {
		size_t n = strcspn(p, ",");
		const char *or = strstr(p, " or ");
		const char *ou = strstr(p, " ou ");
		if (or && (size_t)(or - p) < n)
			n = (size_t)(or - p);
		if (ou && (size_t)(ou - p) < n)
			n = (size_t)(ou - p);
		if (best == NULL || (n == 1 && best_len != 1)) {
			best = p;
			best_len = n;
		}
		p += n;
		while (*p == ',' || *p == ' ')
			p++;
		if (strncmp(p, "or ", 3) == 0 || strncmp(p, "ou ", 3) == 0)
			p += 3;
	}
	if (best == NULL || best_len == 0 || best_len >= size)
		return false;
	memcpy(buf, best, best_len);
	buf[best_len] = '\0';
	return true;
}

size_t
ui_keymap_hints(int view, const struct ui_hint *h, size_t n, char *buf,
                size_t size)
{
	size_t used = 0, shown = 0;

	if (size == 0)
		return 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		char key[32], key2[32], both[72];
		int w;
		if (!ui_keymap_key_label(view, h[i].action, key, sizeof key))
			continue;   /* not a key here: no hint */
		if (h[i].action2 != UI_ACT_NONE) {
			if (!ui_keymap_key_label(view, h[i].action2, key2,
			                         sizeof key2))
				continue;
			snprintf(both, sizeof both, "%s %s", key, key2);
		} else {
			snprintf(both, sizeof both, "%s", key);
		}
		/* TRANSLATORS: a key hint, the key then what it does */
		w = snprintf(buf + used, size - used, _("%s%s: %s"),
		             shown ? "   " : "", both, _(h[i].what));
		if (w < 0 || (size_t)w >= size - used) {
			buf[used] = '\0';
			break;
		}
		used += (size_t)w;
		shown++;
	}
	return shown;
}
