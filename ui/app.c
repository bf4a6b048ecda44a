/* app.c — owns the screen and the one loop of the interactive program:
 * terminal set-up and restore, the menu bar (one entry per pane of the
 * table below), the status line (agent, roles, database state, time of the
 * last refresh, messages), the help overlay, the modal dialog slot, the
 * periodic change poll, "quoi de neuf" (what moved on the agent's ideas
 * since the last visit: read once at start, listed by w), opening an idea
 * from any pane in the board's detail view, and the end of the program
 * (q, SIGHUP, SIGTERM, or a terminal that went away). In kiosk mode it
 * also owns the lock: the locked screen (ui/kiosk.c) instead of the panes
 * until someone unlocks, the session of the person who did, and the lock
 * again (idle time, F12, hang-up) that throws every pane away, forms
 * included. Acting for an agent (A, or --pour) shows a banner row under
 * the menu bar on every pane. Each pass of the
 * loop reads one key with wget_wch() (with a timeout, so that the poll
 * runs on time), hands it to the dialog or the focused pane, turns the
 * reaction bits into dirty flags, and paints the dirty windows with
 * wnoutrefresh() and one doupdate(). The screen is only cleared on
 * Ctrl-L. */
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "accorderie.h"
#include "app.h"
#include "assist.h"
#include "buildinfo.h"
#include "board.h"
#include "deskmap.h"
#include "dialog.h"
#include "draft.h"
#include "i18n.h"
#include "input.h"
#include "kanban.h"
#include "keybar.h"
#include "keymap.h"
#include "kiosk.h"
#include "kioskauth.h"
#include "msglog.h"
#include "paint.h"
#include "reports.h"
#include "privilege.h"
#include "text.h"
#include "theme.h"
#include "ui.h"
#include "when.h"
#include "workflow.h"

/* The panes, in menu order. A new pane is one more line here. */
static const struct ui_pane_class *const pane_table[] = {
	&ui_board_pane,
	&ui_kanban_pane,
	&ui_deskmap_pane,
	&ui_accorderie_pane,
	&ui_reports_pane,
};
#define NPANES (sizeof pane_table / sizeof pane_table[0])

#define MIN_LINES 10
#define MIN_COLS 50
/* wget_wch returning ERR this many times in a row, each long before its
 * timeout, means the terminal is gone (a dropped SSH link). */
#define FAST_ERR_LIMIT 100
/* The UI never waits in SQLite's busy back-off (design/storage.md,
 * decision 5): a read or a write gives up after this much, and the loop
 * tries again every BUSY_RETRY_MS while the lock is taken. */
#define BUSY_WAIT_MS 30
#define BUSY_RETRY_MS 250
/* A kiosk warns this long before it locks with a form open. */
#define KIOSK_WARN_MS 30000

enum db_state { DB_STATE_OK, DB_STATE_READONLY, DB_STATE_BUSY };

struct pane_slot {
	const struct ui_pane_class *cls;
	void *self;
	bool stale;            /* the data changed while it was not shown */
	int menu_x, menu_w;    /* its entry in the menu bar */
};

/* A change that found the database busy: the event that asked for it (a
 * key to a pane, or a dialog that closed), tried again by the loop until it
 * goes through, fails otherwise, or the busy timeout has passed. While it
 * waits, the keys of its pane are refused with a message (none is queued
 * to be replayed later); Esc abandons it; other panes, the menu bar, help
 * and Ctrl-L keep working. */
struct pending_write {
	bool on;
	size_t pane;                 /* the pane that asked */
	struct ui_key key;           /* when dialog is NULL */
	struct ui_dialog *dialog;    /* owned while pending */
	ui_dialog_done_fn done;
	void *owner;
	int tag;
	bool ok;
	long long next_ms, give_up_ms;
	long long keep_msg_ms;       /* a refused key's message stays until */
};

struct ui_app {
	struct ui_ctx ctx;
	struct pane_slot panes[NPANES];
	size_t focus;
	size_t back_to;        /* ui_app_return() focuses it, when has_back */
	bool has_back;
	struct workflow_news news;      /* "quoi de neuf", read once at start */
	WINDOW *menu, *status;
	WINDOW *msgwin;        /* the row above the status line, for the first
	                        * half of a message that needs two rows */
	int msg_rows;          /* rows the message took at the last paint */
	int lines, cols;
	bool too_small;

	/* what the next paint must do */
	bool full, d_menu, d_status, d_pane, d_pane_full, d_dialog;

	/* status line */
	char msg[1024];
	bool msg_error;
	bool msg_busy;         /* msg says the database is busy */
	struct ui_msglog log;  /* every message shown (Ctrl-P) */
	struct ui_keybar keybar;   /* the hints of the status line */
	int keybar_view;           /* the view whose keys it shows */
	bool log_muted;        /* background retries: not logged each time */
	struct pending_write pend;
	long long busy_next_ms;    /* next background read while busy */
	time_t last_tick;          /* last reload for the clock's sake */
	long long tick_next_ms;    /* when the panes' tick() is due */
	enum db_state db_state;
	time_t refreshed;

	/* the modal dialog, if any */
	struct ui_dialog *dialog;
	ui_dialog_done_fn done;
	void *owner;
	int tag;

	bool quit;
	struct ui_paste paste;  /* the last bracketed paste */
	struct ui_draft draft;  /* the draft offered at start */
	int cursor_shown;      /* -1 unknown, else 0/1 */
	bool pressed;          /* mouse: button 1 down at (press_y, press_x) */
	int press_y, press_x;
	unsigned long not_idle;

	/* the kiosk (UI_MODE_KIOSK) */
	bool kiosk;
	bool locked;                  /* the Accueil is shown, panes are freed */
	struct cs_identity kiosk_id;  /* the kiosk's own account */
	struct ui_kiosk *accueil;
	bool d_accueil;
	long long idle_ms;            /* kiosk_idle_lock */
	long long last_key_ms;
	bool warned;                  /* the warning before the lock was shown */
	WINDOW *banner;               /* "X pour Y", while acting for someone */
	struct ui_assist *assist;     /* choosing whom to act for (A), or NULL */
};

static volatile sig_atomic_t terminate;

static void
on_terminate(int sig)
{
	terminate = sig;   /* the loop keeps the drafts and ends */
}

static void
catch_signal(int sig, const struct sigaction *sa, struct sigaction *old)
{
	sigaction(sig, NULL, old);
	if (old->sa_handler != SIG_IGN)
		sigaction(sig, sa, NULL);
}

static void
restore_signals(const struct sigaction *hup, const struct sigaction *term,
                const struct sigaction *intr)
{
	sigaction(SIGHUP, hup, NULL);
	sigaction(SIGTERM, term, NULL);
	sigaction(SIGINT, intr, NULL);
}

bool
ui_app_key_char(const struct ui_key *k, wint_t ch)
{
	return k->kind == UI_KEY_CHAR && k->code == ch;
}

bool
ui_app_key_func(const struct ui_key *k, int code)
{
	return k->kind == UI_KEY_FUNC && k->code == (wint_t)code;
}

bool
ui_app_key_enter(const struct ui_key *k)
{
	return ui_app_key_char(k, '\r') || ui_app_key_char(k, '\n') ||
	       ui_app_key_func(k, KEY_ENTER);
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- services for the panes ---------------------------------------- */

static void
set_message(struct ui_app *app, bool error, const char *text)
{
	size_t n = strlen(text);

	if (n >= sizeof app->msg) {   /* cut on a character boundary */
		n = sizeof app->msg - 1;
		while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
	}
	memmove(app->msg, text, n);
	app->msg[n] = '\0';
	app->msg_error = error;
	if (!app->log_muted)
		ui_msglog_add(&app->log, time(NULL), error, app->msg);
	app->msg_busy = false;
	app->d_status = true;
}

void
ui_app_message(struct ui_app *app, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	set_message(app, false, buf);
}

void
ui_app_error(struct ui_app *app, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	set_message(app, true, buf);
}

static void
set_db_state(struct ui_app *app, enum db_state s)
{
	if (app->db_state == s)
		return;
	if (app->db_state == DB_STATE_READONLY && s == DB_STATE_OK)
		set_message(app, false,
		            _("The database can be read again; changes are "
		              "accepted."));
	if (app->db_state == DB_STATE_BUSY && s == DB_STATE_OK && app->msg_busy)
		app->msg[0] = '\0';   /* the lock is free again */
	if (s == DB_STATE_BUSY && app->db_state != DB_STATE_BUSY)
		app->busy_next_ms = now_ms() + BUSY_RETRY_MS;
	app->db_state = s;
	app->d_status = true;
}

bool
ui_app_result(struct ui_app *app, enum cs_status st,
              const struct cs_error *err)
{
	char buf[64];

	if (st == CS_OK) {
		/* Out of read-only only through the quick check of poll_changes. */
		if (app->db_state != DB_STATE_READONLY)
			set_db_state(app, DB_STATE_OK);
		return true;
	}
	if (err && err->message[0]) {
		set_message(app, true, err->message);
	} else {
		snprintf(buf, sizeof buf, _("Error %d."), (int)st);
		set_message(app, true, buf);
	}
	if (st == CS_ERR_IO || st == CS_ERR_CORRUPT)
		set_db_state(app, DB_STATE_READONLY);
	else if (st == CS_ERR_BUSY) {
		set_db_state(app, DB_STATE_BUSY);
		app->msg_busy = true;
	}
	return false;
}

unsigned
ui_app_write_done(struct ui_app *app, enum cs_status st,
                  const struct cs_error *err, const char *ok_message)
{
	if (!ui_app_result(app, st, err))
		return st == CS_ERR_CONFLICT || st == CS_ERR_NOTFOUND ? UI_RELOAD
		                                                      : UI_PAINT;
	ui_app_message(app, "%s", ok_message);
	return UI_RELOAD;
}

bool
ui_app_may_write(struct ui_app *app)
{
	if (app->db_state != DB_STATE_READONLY)
		return true;
	set_message(app, true,
	            _("The database is read-only after an error; changes are "
	              "refused until it can be read again."));
	return false;
}

bool
ui_app_is_kiosk(const struct ui_app *app)
{
	return app->kiosk;
}

void
ui_app_refreshed(struct ui_app *app)
{
	app->refreshed = time(NULL);
	app->d_status = true;
}

void
ui_app_dialog(struct ui_app *app, struct ui_dialog *d, ui_dialog_done_fn done,
              void *owner, int tag)
{
	if (d == NULL) {
		set_message(app, true, _("Out of memory."));
		return;
	}
	ui_dialog_free(app->dialog);   /* one at a time */
	app->dialog = d;
	app->done = done;
	app->owner = owner;
	app->tag = tag;
	ui_dialog_layout(d, app->lines, app->cols);
	app->d_dialog = true;
}

/* ---- painting -------------------------------------------------------- */

/* The view the focused pane shows, for the keymap. */
static int
pane_view(const struct pane_slot *p)
{
	if (p->self && p->cls->view)
		return p->cls->view(p->self);
	return UI_VIEW_DEFAULT;
}

/* The menu bar: the program, then each pane with the F-key that goes
 * there ("F2 Idées"), then, when there is room, the other ways to switch
 * and the help key. Narrow screens get the entries without their
 * padding. */
static void
draw_menu(struct ui_app *app)
{
	WINDOW *w = app->menu;
	attr_t bar = ui_theme_attr(UI_MENU);
	char label[NPANES][128];
	int x, total, pad;

	ui_paint_fill(w, 0, 0, app->cols, bar);
	x = ui_paint_put(w, 0, 0, app->cols, " Construisons ! ", bar | A_BOLD,
	                 0);
	x += ui_paint_put(w, 0, x, app->cols - x, ui_theme_glyph(UI_G_SEP), bar,
	                  0);
	for (pad = 1; pad >= 0; pad--) {
		total = x;
		for (size_t i = 0; i < NPANES; i++) {
			snprintf(label[i], sizeof label[i], "%sF%zu %s ",
			         pad ? " " : "", i + 2,
			         _(app->panes[i].cls->label));
			total += text_width(label[i]);
		}
		/* a kiosk keeps room for its lock key */
		if (total + (app->kiosk ? text_width(_("F12 lock ")) + 1 : 0)
		    <= app->cols)
			break;
	}
	if (app->kiosk && total + text_width(_("F12 lock ")) + 1 > app->cols) {
		/* still too narrow: the program's name gives way to the
		 * lock key (the Accueil says whose screen it is) */
		total -= x;
		x = 0;
		ui_paint_fill(w, 0, 0, app->cols, bar);
	}
	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		attr_t a = i == app->focus ? ui_theme_attr(UI_MENU_ACTIVE) : bar;

		p->menu_x = x;
		p->menu_w = ui_paint_put(w, 0, x, app->cols - x, label[i], a, 0);
		x += p->menu_w;
	}
	const char *hints[] = {
		_("Tab, Alt-1...5: panes   ? help  q quit "),
		_("? help  q quit "),
		_("? help "),
	};
	if (app->kiosk) {   /* the lock key, always in sight */
		hints[0] = _("Tab: panes   F12 lock   ? help ");
		hints[1] = _("F12 lock   ? help ");
		hints[2] = _("F12 lock ");
	}
	for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++) {
		int hw = text_width(hints[h]);
		if (x + hw + 1 <= app->cols) {
			ui_paint_put(w, 0, app->cols - hw, hw, hints[h], bar, 0);
			break;
		}
	}
	wnoutrefresh(w);
}

struct segment {
	char text[512];
	attr_t attr;
	int width;
};

static void
segment(struct segment *s, attr_t attr, const char *text)
{
	s->attr = attr;
	s->width = ui_paint_fit(text, 200, s->text, sizeof s->text);
}

/* A message too long for the status line: its first row on the row above
 * (msgwin, the whole width), the rest in the status line's left columns
 * (cut with an ellipsis if even that is too little). Returns 2, or 0 when
 * out of memory (the caller then cuts it to one row). */
static int
put_two_rows(struct ui_app *app, const char *text, int left, attr_t a)
{
	char *clean = text_sanitize(text, TEXT_SINGLE_LINE);
	size_t len = 0, n = 0;
	wchar_t *wide = clean ? ui_paint_wide(clean, &len) : NULL;
	struct ui_span *sp = NULL;
	char *first = NULL, *rest = NULL;
	int rows = 0;

	free(clean);
	if (wide)
		n = ui_paint_wrap(wide, len, app->cols - 1, &sp);
	if (n >= 1) {
		first = ui_paint_narrow(wide + sp[0].start, sp[0].end - sp[0].start);
		rest = n > 1 ? ui_paint_narrow(wide + sp[1].start, len - sp[1].start)
		             : NULL;
	}
	if (first && (n == 1 || rest)) {
		ui_paint_fill(app->msgwin, 0, 0, app->cols, a);
		ui_paint_put(app->msgwin, 0, 0, app->cols, first, a, 0);
		if (rest)
			ui_paint_put(app->status, 0, 0, left, rest, a, 0);
		rows = 2;
	}
	free(first);
	free(rest);
	free(sp);
	free(wide);
	return rows;
}

/* The view whose keys the key bar shows: the dialog's or the form's keys
 * are not in it (UI_VIEW_NONE: what works while text is typed). */
static int
bar_view(struct ui_app *app)
{
	struct pane_slot *p = &app->panes[app->focus];

	if ((app->dialog && ui_dialog_cursor(app->dialog)) || app->assist)
		return UI_VIEW_NONE;
	if (p->self && p->cls->cursor && p->cls->cursor(p->self))
		return UI_VIEW_NONE;
	return pane_view(p);
}

static void
draw_status(struct ui_app *app)
{
	WINDOW *w = app->status;
	const struct cs_identity *id = app->ctx.id;
	struct segment seg[3], sep;
	char buf[1200], roles[256], when[64];
	int n = 0, right = 0, x, msg_w = 0;
	bool show[3] = { true, true, true };
	attr_t dim = ui_theme_attr(UI_STATUS_DIM);

	/* right: who, database state, last refresh */
	identity_roles_text(id->roles, roles, sizeof roles);
	if (id->for_agent_id != 0)
		/* assisted mode: for whom, with the login (names may repeat) */
		snprintf(buf, sizeof buf, _("for %s (%s)"),
		         id->for_name[0] ? id->for_name : id->for_login, id->for_login);
	else
		snprintf(buf, sizeof buf, "%s (%s)", id->name[0] ? id->name : id->login,
		         roles);
	segment(&seg[n++], ui_theme_attr(UI_STATUS), buf);
	switch (app->db_state) {
	case DB_STATE_OK:
		segment(&seg[n++], ui_theme_attr(UI_STATUS), _("database ok"));
		break;
	case DB_STATE_READONLY:
		snprintf(buf, sizeof buf, "%s %s", ui_theme_glyph(UI_G_ERROR),
		         _("read-only"));
		segment(&seg[n++], ui_theme_attr(UI_ERROR), buf);
		break;
	case DB_STATE_BUSY:
		snprintf(buf, sizeof buf, "%s %s", ui_theme_glyph(UI_G_ERROR),
		         _("busy"));
		segment(&seg[n++], ui_theme_attr(UI_ERROR), buf);
		break;
	}
	when_format(app->refreshed, WHEN_TIME, when, sizeof when);
	snprintf(buf, sizeof buf, _("updated %s"), when);
	segment(&seg[n++], dim, buf);
	snprintf(buf, sizeof buf, " %s ", ui_theme_glyph(UI_G_SEP));
	segment(&sep, dim, buf);

	if (app->msg[0]) {
		snprintf(buf, sizeof buf, "%s %s",
		         ui_theme_glyph(app->msg_error ? UI_G_ERROR : UI_G_INFO),
		         app->msg);
		msg_w = text_width(buf) + 1;
	} else {
		/* the key bar: about half of the line; the time of the last
		 * refresh makes room for it first */
		int want = ui_keybar_width(bar_view(app)) + 2;
		msg_w = ui_keybar_min_width(bar_view(app)) + 2;
		if (want > app->cols * 45 / 100)
			want = app->cols * 45 / 100;
		if (want > msg_w && want + seg[0].width + seg[1].width +
		    2 * sep.width + seg[2].width + 1 > app->cols)
			show[2] = false;
	}
	/* make room for the message: drop the identity, then the time, then
	 * the database state if it is only "ok" */
	static const int drop_order[] = { 0, 2, 1 };
	for (int d = 0;; d++) {
		right = 0;
		for (int i = 0; i < n; i++)
			if (show[i])
				right += seg[i].width + (right ? sep.width : 0);
		if (msg_w + right + 1 <= app->cols || d == 3 ||
		    (drop_order[d] == 1 && app->db_state != DB_STATE_OK))
			break;
		show[drop_order[d]] = false;
	}
	if (right > app->cols)
		right = app->cols;

	ui_paint_fill(w, 0, 0, app->cols, ui_theme_attr(UI_STATUS));
	app->msg_rows = 0;
	app->keybar.n = 0;
	app->keybar_view = bar_view(app);
	if (!app->msg[0])
		ui_keybar_draw(&app->keybar, w, 1, app->cols - right - 2,
		               bar_view(app));
	if (app->msg[0]) {
		attr_t a = ui_theme_attr(app->msg_error ? UI_ERROR : UI_INFO);
		int left = app->cols - right - (right ? 1 : 0);
		if (msg_w > left + 1 && app->msgwin)
			app->msg_rows = put_two_rows(app, buf, left, a);
		if (app->msg_rows == 0) {
			ui_paint_put(w, 0, 0, left, buf, a, 0);
			app->msg_rows = 1;
		}
	}
	x = app->cols - right;
	for (int i = 0, first = 1; i < n; i++) {
		if (!show[i])
			continue;
		if (!first)
			x += ui_paint_put(w, 0, x, app->cols - x, sep.text,
			                  sep.attr, 0);
		x += ui_paint_put(w, 0, x, app->cols - x, seg[i].text,
		                  seg[i].attr, 0);
		first = 0;
	}
	wnoutrefresh(w);
}

static void
show_cursor(struct ui_app *app, bool on)
{
	if (app->cursor_shown != (int)on) {
		curs_set(on ? 1 : 0);
		app->cursor_shown = on;
	}
}

/* Acting for someone: a whole row that cannot be missed, on every pane. */
static void
draw_banner(struct ui_app *app)
{
	const struct cs_identity *id = app->ctx.id;
	attr_t a = ui_theme_attr(UI_ERROR) | A_REVERSE | A_BOLD;
	char buf[600];

	if (app->banner == NULL)
		return;
	/* TRANSLATORS: who is at the keyboard, for whom, and how to stop */
	snprintf(buf, sizeof buf, _(" %s for %s (%s) \u2014 A: stop acting for them "),
	         id->name[0] ? id->name : id->login,
	         id->for_name[0] ? id->for_name : id->for_login, id->for_login);
	ui_paint_fill(app->banner, 0, 0, app->cols, a);
	ui_paint_put(app->banner, 0, 0, app->cols, buf, a, 0);
	wnoutrefresh(app->banner);
}

/* The locked kiosk: the Accueil alone, its unlock form's cursor. */
static void
paint_locked(struct ui_app *app)
{
	WINDOW *cursor;

	if (app->full || app->d_accueil)
		ui_kiosk_draw(app->accueil);
	cursor = ui_kiosk_cursor(app->accueil);
	show_cursor(app, cursor != NULL);
	if (cursor)
		wnoutrefresh(cursor);
	doupdate();
	app->full = app->d_menu = app->d_status = app->d_accueil = false;
	app->d_pane = app->d_pane_full = app->d_dialog = false;
}

static void
paint(struct ui_app *app)
{
	struct pane_slot *p = &app->panes[app->focus];
	bool painted = false;
	WINDOW *cursor = NULL;

	if (app->full) {
		werase(stdscr);
		wnoutrefresh(stdscr);
		app->d_menu = app->d_status = app->d_pane_full = true;
		painted = true;
	}
	if (app->too_small) {
		char buf[256];
		snprintf(buf, sizeof buf,
		         _("The terminal is too small (%dx%d): at least %dx%d."),
		         app->cols, app->lines, MIN_COLS, MIN_LINES);
		werase(stdscr);
		ui_paint_put(stdscr, 0, 0, app->cols, buf, A_BOLD, 0);
		{
			static const struct ui_hint quit = {
				UI_ACT_QUIT, UI_ACT_NONE, N_("quit")
			};
			ui_keymap_hints(UI_VIEW_NONE, &quit, 1, buf, sizeof buf);
			ui_paint_put(stdscr, 1, 0, app->cols, buf, A_NORMAL, 0);
		}
		wnoutrefresh(stdscr);
		show_cursor(app, false);
		doupdate();
		app->full = app->d_menu = app->d_status = false;
		app->d_pane = app->d_pane_full = app->d_dialog = false;
		return;
	}
	if (app->locked) {
		paint_locked(app);
		return;
	}
	if (app->d_menu) {
		draw_menu(app);
		draw_banner(app);
	}
	/* a pane went to another view (a form opened, a list closed): the
	 * key bar shows that view's keys, never the last one's */
	if (bar_view(app) != app->keybar_view)
		app->d_status = true;
	if (app->d_status) {
		int before = app->msg_rows;
		draw_status(app);
		if (before == 2 && app->msg_rows != 2)
			app->d_pane_full = true;   /* uncover the pane's last row */
	}
	if ((app->d_pane || app->d_pane_full) && p->self) {
		p->cls->draw(p->self, app->d_pane_full);
		painted = true;
	}
	if (app->msg_rows == 2 && (painted || app->d_status)) {
		touchwin(app->msgwin);   /* over the pane's last row */
		wnoutrefresh(app->msgwin);
	}
	if (app->dialog) {
		/* on top of whatever was painted under it */
		if (painted || app->d_menu || app->d_status || app->d_dialog)
			ui_dialog_draw(app->dialog);
		cursor = ui_dialog_cursor(app->dialog);
	} else if (app->assist) {
		if (painted || app->d_menu || app->d_status || app->d_dialog)
			ui_assist_draw(app->assist);
		cursor = ui_assist_cursor(app->assist);
	} else if (p->self && p->cls->cursor) {
		cursor = p->cls->cursor(p->self);
	}
	show_cursor(app, cursor != NULL);
	if (cursor)
		wnoutrefresh(cursor);   /* last: the terminal's cursor goes there */
	doupdate();
	app->full = app->d_menu = app->d_status = false;
	app->d_pane = app->d_pane_full = app->d_dialog = false;
}

/* ---- layout ---------------------------------------------------------- */

static void
layout(struct ui_app *app)
{
	getmaxyx(stdscr, app->lines, app->cols);
	app->too_small = app->lines < MIN_LINES || app->cols < MIN_COLS;
	app->full = true;
	if (app->too_small)
		return;
	if (app->menu)
		delwin(app->menu);
	if (app->status)
		delwin(app->status);
	if (app->msgwin)
		delwin(app->msgwin);
	if (app->banner)
		delwin(app->banner);
	app->banner = NULL;
	if (app->accueil)
		ui_kiosk_layout(app->accueil, app->lines, app->cols);
	app->msgwin = newwin(1, app->cols, app->lines - 2, 0);
	app->msg_rows = 0;
	app->menu = newwin(1, app->cols, 0, 0);
	int top = 1;
	if (app->ctx.id->for_agent_id != 0) {   /* the banner's row */
		app->banner = newwin(1, app->cols, 1, 0);
		if (app->banner)
			leaveok(app->banner, TRUE);
		top = 2;
	}
	app->status = newwin(1, app->cols, app->lines - 1, 0);
	if (app->menu == NULL || app->status == NULL) {
		app->too_small = true;
		return;
	}
	leaveok(app->menu, TRUE);
	leaveok(app->status, TRUE);
	leaveok(app->msgwin, TRUE);
	for (size_t i = 0; i < NPANES; i++)
		if (app->panes[i].self)
			app->panes[i].cls->resize(app->panes[i].self, top,
			                          app->lines - 1 - top, app->cols);
	if (app->dialog)
		ui_dialog_layout(app->dialog, app->lines, app->cols);
	if (app->assist)
		ui_assist_layout(app->assist, app->lines, app->cols);
}

/* ---- reactions ------------------------------------------------------- */

static void request_quit(struct ui_app *app);

static void
reload_all(struct ui_app *app, bool changed)
{
	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		if (p->self == NULL)
			continue;
		if (i != app->focus) {
			p->stale = true;
			continue;
		}
		unsigned bits = p->cls->reload(p->self, changed);
		p->stale = false;
		if (bits & UI_REDRAW)
			app->d_pane_full = true;
		if (bits & UI_PAINT)
			app->d_pane = true;
	}
}

static void
apply(struct ui_app *app, unsigned bits)
{
	if (bits & UI_PAINT)
		app->d_pane = true;
	if (bits & UI_REDRAW)
		app->d_pane_full = true;
	if (bits & UI_RELOAD)
		reload_all(app, true);
	if (bits & UI_QUIT)
		request_quit(app);
}

static unsigned
quit_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_app *app = owner;

	(void)tag;
	(void)d;
	if (ok)
		app->quit = true;
	return UI_DONE;
}

static void
request_quit(struct ui_app *app)
{
	if (app->kiosk && (app->locked || !identity_has_role(app->ctx.id, ROLE_ADMIN))) {
		if (!app->locked)
			set_message(app, true,
			            _("Only an administrator may quit the kiosk; F12 "
			              "locks it."));
		return;
	}
	if (app->pend.on) {
		ui_app_dialog(app,
		    ui_dialog_confirm(_("Quit"),
		        _("A change waits for the database (it is busy). Quit "
		          "anyway and give it up?"), _("Quit"), _("Stay")),
		    quit_done, app, 0);
		return;
	}
	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		if (p->self && p->cls->pending && p->cls->pending(p->self)) {
			ui_app_dialog(app,
			    ui_dialog_confirm(_("Quit"),
			        _("Some text you typed is not saved. Quit anyway "
			          "and lose it?"), _("Quit"), _("Stay")),
			    quit_done, app, 0);
			return;
		}
	}
	app->quit = true;
}

static unsigned
help_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	(void)owner;
	(void)tag;
	(void)d;
	(void)ok;
	return UI_DONE;
}

/* The help overlay, printed from the keymap: the keys of the focused
 * pane's view (a pane that names no view yet gives its own list), the
 * lines it adds (a legend), then the keys that work everywhere. */
static void
open_help(struct ui_app *app)
{
	struct pane_slot *p = &app->panes[app->focus];
	const struct ui_keyhelp *pk = NULL;
	size_t np = p->self && p->cls->help ? p->cls->help(p->self, &pk) : 0;
	const struct ui_keymap *vt = p->self && p->cls->view
	                             ? ui_keymap_table(pane_view(p)) : NULL;
	const struct ui_keymap *gt = ui_keymap_table(UI_VIEW_NONE);
	size_t nv = vt ? vt->count : 0;
	struct ui_keyhelp *all = calloc(nv + np + gt->count + 2, sizeof *all);
	size_t n = 0;

	if (all == NULL) {
		set_message(app, true, _("Out of memory."));
		return;
	}
	all[n++] = (struct ui_keyhelp){ NULL, vt ? vt->title : p->cls->label };
	for (size_t i = 0; i < nv; i++)
		all[n++] = (struct ui_keyhelp){ vt->entries[i].names,
		                                vt->entries[i].what };
	for (size_t i = 0; i < np; i++)
		all[n++] = pk[i];
	all[n++] = (struct ui_keyhelp){ NULL, gt->title };
	for (size_t i = 0; i < gt->count; i++)
		all[n++] = (struct ui_keyhelp){ gt->entries[i].names,
		                                gt->entries[i].what };
	ui_app_dialog(app, ui_dialog_keys(_("Keys"), all, n), help_done, app, 0);
	free(all);
}

static void
focus_pane(struct ui_app *app, size_t i)
{
	app->has_back = false;   /* the user went elsewhere */
	if (i >= NPANES || i == app->focus)
		return;
	app->focus = i;
	app->d_menu = true;
	app->d_status = true;   /* the key bar: the new view's keys */
	app->d_pane_full = true;
	if (app->panes[i].stale)
		reload_all(app, true);
}

void
ui_app_open_idea(struct ui_app *app, const char *ref)
{
	size_t from = app->focus, b;
	unsigned bits;

	for (b = 0; b < NPANES && pane_table[b] != &ui_board_pane; b++)
		;
	if (b == NPANES || app->panes[b].self == NULL)
		return;
	bits = ui_board_open_idea(app->panes[b].self, ref);
	if (bits & UI_IGNORED) {
		set_message(app, true,
		            _("A form is open in the Ideas pane: save or cancel it "
		              "first (F2)."));
		return;
	}
	if (!(bits & UI_REDRAW))
		return;   /* not read: the status line says why */
	focus_pane(app, b);
	app->back_to = from;
	app->has_back = from != b;
	apply(app, bits);
}

void
ui_app_return(struct ui_app *app)
{
	if (!app->has_back)
		return;
	focus_pane(app, app->back_to);
}

/* ---- quoi de neuf ---------------------------------------------------- */

/* Reads what moved on the agent's ideas since the last visit (and records
 * this visit), and says so in the status line. */
static void
news_at_start(struct ui_app *app)
{
	struct cs_error err;
	enum cs_status st;
	size_t ideas = 0;

	cs_error_clear(&err);
	st = workflow_news(app->ctx.db, app->ctx.id, false, &app->news, &err);
	if (!ui_app_result(app, st, &err))
		return;
	for (size_t i = 0; i < app->news.count; i++) {
		size_t j = 0;
		while (j < i && strcmp(app->news.items[j].ref,
		                       app->news.items[i].ref) != 0)
			j++;
		if (j == i)
			ideas++;
	}
	if (ideas > 0)
		ui_app_message(app,
		               P_("%zu of your ideas moved since your last visit "
		                  "(press w to see)",
		                  "%zu of your ideas moved since your last visit "
		                  "(press w to see)", ideas), ideas);
}

static unsigned
news_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_app *app = owner;
	size_t i = ui_dialog_choice_index(d);

	(void)tag;
	if (ok && i < app->news.count)
		ui_app_open_idea(app, app->news.items[i].ref);
	return UI_DONE;
}

/* w: the moves read at start, newest first; Enter opens the idea. */
static void
open_news(struct ui_app *app)
{
	const struct workflow_news *n = &app->news;
	const char *arrow = ui_theme_ascii() ? "->" : "\u2192";
	char (*items)[512];
	const char **v;
	char title[128], when[64];

	if (n->count == 0) {
		set_message(app, false,
		            _("Nothing moved on your ideas since your last visit."));
		return;
	}
	items = calloc(n->count, sizeof *items);
	v = calloc(n->count, sizeof *v);
	if (items && v) {
		for (size_t i = 0; i < n->count; i++) {
			const struct workflow_news_item *it = &n->items[i];
			when_format_iso(it->at, WHEN_DATETIME, when, sizeof when);
			/* TRANSLATORS: reference, stage before, arrow, stage after,
			 * when, who, title */
			snprintf(items[i], sizeof items[i], _("%s  %s %s %s, %s by %s: %s"),
			         it->ref, stage_short_label(it->from), arrow,
			         stage_short_label(it->to), when,
			         it->actor ? it->actor : "?",
			         it->title ? it->title : "");
			v[i] = items[i];
		}
		if (n->since[0]) {
			when_format_iso(n->since, WHEN_DATETIME, when, sizeof when);
			snprintf(title, sizeof title, _("What moved since %s"), when);
		} else {
			snprintf(title, sizeof title, "%s", _("What moved"));
		}
		ui_app_dialog(app, ui_dialog_choice(title, v, n->count, 0),
		              news_done, app, 0);
	} else {
		set_message(app, true, _("Out of memory."));
	}
	free(items);
	free(v);
}

/* Ctrl-P: the message log, newest first. */
static void
open_log(struct ui_app *app)
{
	size_t n = app->log.count;
	struct ui_keyhelp *rows;
	char (*when)[64];

	if (n == 0) {
		set_message(app, false, _("No message yet."));
		return;
	}
	rows = calloc(n, sizeof *rows);
	when = calloc(n, sizeof *when);
	if (rows && when) {
		for (size_t i = 0; i < n; i++) {
			const struct ui_msglog_entry *e = ui_msglog_get(&app->log, i);
			when_format(e->at, WHEN_TIME, when[i], sizeof when[i]);
			if (e->error)
				snprintf(when[i] + strlen(when[i]),
				         sizeof when[i] - strlen(when[i]), " %s",
				         ui_theme_glyph(UI_G_ERROR));
			rows[i] = (struct ui_keyhelp){ when[i], e->text };
		}
		ui_app_dialog(app, ui_dialog_lines(_("Messages"), rows, n),
		              help_done, app, 0);
	} else {
		set_message(app, true, _("Out of memory."));
	}
	free(rows);
	free(when);
}

/* ---- the kiosk's sessions, acting for someone ------------------------ */

static void pending_drop(struct ui_app *app);

/* Frees every pane (what they show and any form, never kept as a draft),
 * the dialog, a change waiting for the database, the messages and the
 * news: nothing of one person is left for the next. */
static void
drop_panes(struct ui_app *app)
{
	ui_dialog_free(app->dialog);
	app->dialog = NULL;
	ui_assist_free(app->assist);
	app->assist = NULL;
	if (app->pend.on)
		pending_drop(app);
	for (size_t i = 0; i < NPANES; i++) {
		if (app->panes[i].self)
			app->panes[i].cls->free(app->panes[i].self);
		app->panes[i].self = NULL;
	}
	ui_msglog_clear(&app->log);
	workflow_news_free(&app->news);
	memset(&app->news, 0, sizeof app->news);
	app->msg[0] = '\0';
	app->has_back = false;
}

/* Creates the panes for the identity in force, the first one focused. */
static void
make_panes(struct ui_app *app)
{
	app->focus = 0;
	for (size_t i = 0; i < NPANES; i++) {
		app->panes[i].cls = pane_table[i];
		app->panes[i].self = pane_table[i]->init(&app->ctx);
		/* panes other than the first read their data when first shown */
		app->panes[i].stale = i != app->focus;
	}
}

/* Locks the kiosk (why is journalled: "inactivité", "touche",
 * "raccrochage"): the session ends, the Accueil comes back. */
static void
kiosk_lock(struct ui_app *app, const char *why)
{
	struct cs_error err;

	if (!app->kiosk || app->locked)
		return;
	cs_error_clear(&err);
	enum cs_status st = kiosk_journal_lock(app->ctx.db, app->ctx.id, why, &err);
	drop_panes(app);
	*app->ctx.id = app->kiosk_id;
	app->locked = true;
	app->warned = false;
	ui_kiosk_reset(app->accueil);
	if (st != CS_OK)
		ui_kiosk_say(app->accueil, true, err.message);
	ui_kiosk_reload(app->accueil, true, time(NULL));
	layout(app);
}

/* The person who authenticated gets their session, as over SSH. */
static void
kiosk_unlocked(struct ui_app *app, const struct cs_identity *person)
{
	*app->ctx.id = *person;
	app->locked = false;
	app->warned = false;
	make_panes(app);
	layout(app);
	ui_app_refreshed(app);
	news_at_start(app);
	if (!app->msg[0])
		ui_app_message(app, _("Welcome, %s. F12 locks the kiosk when you "
		                      "leave."),
		               person->name[0] ? person->name : person->login);
}

/* True when a form, a dialog or a change waiting holds something typed. */
static bool
input_pending(struct ui_app *app)
{
	if (app->dialog || app->pend.on || app->assist)
		return true;
	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		if (p->self && p->cls->pending && p->cls->pending(p->self))
			return true;
	}
	return false;
}

/* The panes again from nothing for the identity now in force (acting for
 * someone, or no longer): nothing shown for one is kept for the other. */
static void
renew_panes(struct ui_app *app)
{
	for (size_t i = 0; i < NPANES; i++) {
		if (app->panes[i].self)
			app->panes[i].cls->free(app->panes[i].self);
		app->panes[i].self = NULL;
	}
	size_t focus = app->focus;

	app->has_back = false;
	make_panes(app);
	if (focus != 0) {   /* the same pane, read for the new identity */
		app->focus = focus;
		app->panes[focus].stale = false;
		app->panes[0].stale = true;
	}
	layout(app);
	if (focus != 0)
		reload_all(app, true);
	ui_app_refreshed(app);
}

static void
assist_close(struct ui_app *app)
{
	ui_assist_free(app->assist);
	app->assist = NULL;
	app->full = true;
}

/* A: a facilitator starts acting for an agent (the picker), or stops. */
static void
assist_toggle(struct ui_app *app)
{
	struct cs_identity *id = app->ctx.id;

	if (input_pending(app) && !app->assist) {
		set_message(app, true, _("Save or cancel what is open first."));
		return;
	}
	if (id->for_agent_id != 0) {
		char was[AGENT_NAME_MAX];
		snprintf(was, sizeof was, "%s", id->for_name[0] ? id->for_name : id->for_login);
		id->for_agent_id = 0;
		id->for_login[0] = id->for_name[0] = '\0';
		renew_panes(app);
		ui_app_message(app, _("You no longer act for %s: you act as yourself."), was);
		return;
	}
	if (!identity_has_role(id, ROLE_FACILITATOR)) {
		set_message(app, true, _("Only a facilitator may act for an agent."));
		return;
	}
	app->assist = ui_assist_new(app, app->ctx.db);
	if (app->assist == NULL) {
		set_message(app, true, _("Out of memory."));
		return;
	}
	ui_assist_layout(app->assist, app->lines, app->cols);
	app->d_dialog = true;
}

/* The agent was chosen: the core's check (identity_act_for, as --pour). */
static void
assist_chosen(struct ui_app *app, const char *login)
{
	struct cs_identity trial = *app->ctx.id;
	struct cs_error err;

	cs_error_clear(&err);
	if (!ui_app_result(app, identity_act_for(app->ctx.db, &trial, login, &err), &err)) {
		app->d_dialog = true;
		return;
	}
	assist_close(app);
	if (trial.for_agent_id == 0) {
		set_message(app, false, _("That is you: you act as yourself."));
		return;
	}
	*app->ctx.id = trial;
	renew_panes(app);
	ui_app_message(app, _("You act for %s (%s): everything you do is recorded as "
	                      "done for them, until A."),
	               trial.for_name[0] ? trial.for_name : trial.for_login, trial.for_login);
}

/* How long before the lock a kiosk warns: 30 s, or half a shorter idle
 * time. */
static long long
kiosk_warn_ms(const struct ui_app *app)
{
	return app->idle_ms / 2 < KIOSK_WARN_MS ? app->idle_ms / 2 : KIOSK_WARN_MS;
}

/* The kiosk's clock: the warning before the lock, then the lock. */
static void
kiosk_idle(struct ui_app *app)
{
	long long idle = now_ms() - app->last_key_ms;
	long long warn = kiosk_warn_ms(app);

	if (!app->kiosk)
		return;
	if (app->locked) {
		/* a login typed and left: wiped before the next visitor */
		if (idle >= app->idle_ms && ui_kiosk_form_open(app->accueil)) {
			ui_kiosk_reset(app->accueil);
			app->d_accueil = true;
		}
		return;
	}
	if (idle >= app->idle_ms) {
		kiosk_lock(app, "inactivit\u00e9");
		return;
	}
	if (!app->warned && idle >= app->idle_ms - warn) {
		/* the next wake-up is the lock's (not a busy loop until it) */
		app->warned = true;
		if (!input_pending(app))
			return;
		/* TRANSLATORS: seconds left before the kiosk locks itself */
		ui_app_error(app, _("Locking in %lld s: the form will be erased "
		                    "(press a key to stay)."),
		             (app->idle_ms - idle + 999) / 1000);
	}
}

/* When the loop must wake up for the kiosk's clock (ms from now), or -1. */
static long long
kiosk_next_ms(struct ui_app *app)
{
	long long at;

	if (!app->kiosk)
		return -1;
	at = app->last_key_ms + app->idle_ms;
	if (!app->locked && !app->warned)
		at -= kiosk_warn_ms(app);
	else if (app->locked && !ui_kiosk_form_open(app->accueil))
		return -1;
	at -= now_ms();
	return at < 0 ? 0 : at;
}

/* The shell's own actions (help, message log, repaint, "what moved",
 * pane switching): true when k was one of them. */
static bool
shell_action(struct ui_app *app, const struct ui_key *k)
{
	int a = k->action;

	if (a == UI_ACT_HELP)
		open_help(app);
	else if (a == UI_ACT_LOG)
		open_log(app);
	else if (a == UI_ACT_NEWS)
		open_news(app);
	else if (a == UI_ACT_REPAINT)
		wrefresh(curscr);   /* the one full repaint: Ctrl-L */
	else if (a == UI_ACT_ASSIST)
		assist_toggle(app);
	else if (a == UI_ACT_LOCK && app->kiosk)
		kiosk_lock(app, "touche");
	else if (a == UI_ACT_LOCK)
		set_message(app, true, _("F12 locks a kiosk (construisons kiosk); "
		                         "here, q quits."));
	else if (a == UI_ACT_NEXT_PANE)
		focus_pane(app, (app->focus + 1) % NPANES);
	else if (a == UI_ACT_PREV_PANE)
		focus_pane(app, (app->focus + NPANES - 1) % NPANES);
	else if (a >= UI_ACT_GOTO_PANE && a < UI_ACT_GOTO_PANE + (int)NPANES)
		focus_pane(app, (size_t)(a - UI_ACT_GOTO_PANE));
	else if (a >= UI_ACT_GOTO_PANE && a < UI_ACT_PANE)
		set_message(app, true, _("There is no such pane."));
	else
		return false;
	return true;
}

/* A key the focused pane did not take: q (and Ctrl-C) quit. */
static void
global_key(struct ui_app *app, const struct ui_key *k)
{
	if (k->action == UI_ACT_QUIT)
		request_quit(app);
}

/* A click on the menu bar: its pane. */
static void
click_menu(struct ui_app *app, const struct ui_key *k)
{
	for (size_t i = 0; i < NPANES; i++)
		if (k->x >= app->panes[i].menu_x &&
		    k->x < app->panes[i].menu_x + app->panes[i].menu_w)
			focus_pane(app, i);
}

/* A click on the status line: a hint of the key bar becomes its key (true),
 * anything else is nothing. */
static bool
click_hint(struct ui_app *app, struct ui_key *k)
{
	int i = ui_keybar_at(&app->keybar, k->x);

	if (i < 0)
		return false;
	k->kind = app->keybar.hint[i].code >= UI_KF(0) ? UI_KEY_FUNC
	                                               : UI_KEY_CHAR;
	k->code = (wint_t)(app->keybar.hint[i].code & ~UI_KF(0));
	k->action = app->keybar.hint[i].action;
	return true;
}

/* The wheel's buttons (4 up, 5 down; ncurses with the version 2 mouse
 * interface has both, an older one only 4). */
#ifdef BUTTON5_PRESSED
#define WHEEL_DOWN BUTTON5_PRESSED
#else
#define WHEEL_DOWN 0
#endif
#define WHEEL_UP BUTTON4_PRESSED

/* Turns a mouse report into a click (button 1 clicked, or pressed and
 * released on the same cell, as slow links deliver them) or a turn of the
 * wheel (buttons 4 and 5, which is how xterm and tmux report it). */
static bool
read_click(struct ui_app *app, struct ui_key *k)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return false;
	if (ev.bstate & (WHEEL_UP | WHEEL_DOWN)) {
		k->kind = UI_KEY_WHEEL;
		k->code = (ev.bstate & WHEEL_UP) ? 0 : 1;
		k->y = ev.y;
		k->x = ev.x;
		return true;
	}
	if (ev.bstate & BUTTON1_PRESSED) {
		app->pressed = true;
		app->press_y = ev.y;
		app->press_x = ev.x;
		return false;
	}
	if (ev.bstate & BUTTON1_RELEASED) {
		bool same = app->pressed && ev.y == app->press_y &&
		            ev.x == app->press_x;
		app->pressed = false;
		if (!same)
			return false;
	} else if (!(ev.bstate & BUTTON1_CLICKED)) {
		return false;
	}
	k->kind = UI_KEY_CLICK;
	k->code = 0;
	k->y = ev.y;
	k->x = ev.x;
	return true;
}

/* ---- a change waiting for the database ------------------------------ */

/* Says in the status line that the change waits (after the holder's
 * description the core gave). */
static void
pending_say(struct ui_app *app)
{
	const char *more = _("(the change waits for it; Esc gives it up)");
	char buf[sizeof app->msg + 256];

	if (strstr(app->msg, more) == NULL) {
		bool muted = app->log_muted;
		snprintf(buf, sizeof buf, "%s %s", app->msg, more);
		app->log_muted = true;   /* the holder's message is logged */
		set_message(app, true, buf);
		app->log_muted = muted;
	}
	app->msg_busy = true;
}

/* Called after an event was handed to a pane or to a dialog's done
 * function: when a write of it found the database busy (busy_before is
 * db_busy_writes() before), the event is kept to be tried again and true is
 * returned (d, when not NULL, is then owned by the pending change). */
static bool
pending_keep(struct ui_app *app, unsigned long busy_before,
             const struct ui_key *k, struct ui_dialog *d,
             ui_dialog_done_fn done, void *owner, int tag, bool ok)
{
	struct pending_write *pw = &app->pend;
	long long now = now_ms();

	if (db_busy_writes(app->ctx.db) == busy_before)
		return false;
	if (pw->on) {
		/* another pane asked for a change meanwhile: one waits at a
		 * time, the newest; the earlier one is given up, and said so */
		char buf[sizeof app->msg + 256];
		snprintf(buf, sizeof buf, "%s %s",
		         _("The earlier change waiting for the database was "
		           "given up."), app->msg);
		set_message(app, true, buf);
	}
	pw->give_up_ms = now + (long long)db_busy_timeout(app->ctx.db) * 1000;
	pw->keep_msg_ms = 0;
	pw->on = true;
	pw->pane = app->focus;
	if (k)
		pw->key = *k;
	if (d != pw->dialog)
		ui_dialog_free(pw->dialog);
	pw->dialog = d;
	pw->done = done;
	pw->owner = owner;
	pw->tag = tag;
	pw->ok = ok;
	pw->next_ms = now + BUSY_RETRY_MS;
	pending_say(app);
	return true;
}

static void
pending_drop(struct ui_app *app)
{
	ui_dialog_free(app->pend.dialog);
	memset(&app->pend, 0, sizeof app->pend);
	app->d_status = true;
}

/* The loop's turn: tries the waiting change again. */
static void
pending_retry(struct ui_app *app)
{
	struct pending_write *pw = &app->pend;
	struct pane_slot *p = &app->panes[pw->pane];
	unsigned long before = db_busy_writes(app->ctx.db);
	char kept[sizeof app->msg];
	bool kept_error = app->msg_error;
	unsigned bits;

	memcpy(kept, app->msg, sizeof kept);
	app->log_muted = true;   /* a busy message every 250 ms: not logged */
	if (pw->dialog)
		bits = pw->done ? pw->done(pw->owner, pw->tag, pw->dialog, pw->ok)
		                : UI_DONE;
	else
		bits = p->self ? p->cls->key(p->self, &pw->key) : UI_DONE;
	app->log_muted = false;
	if (pw->pane != app->focus)
		bits &= ~(unsigned)(UI_PAINT | UI_REDRAW);
	if (db_busy_writes(app->ctx.db) == before) {
		/* through, or refused for another reason: the pane said so */
		ui_msglog_add(&app->log, time(NULL), app->msg_error, app->msg);
		pending_drop(app);
		apply(app, bits & ~(unsigned)UI_IGNORED);
		return;
	}
	apply(app, bits & ~(unsigned)UI_IGNORED);
	if (now_ms() < pw->give_up_ms) {
		pw->next_ms = now_ms() + BUSY_RETRY_MS;
		if (now_ms() < pw->keep_msg_ms) {   /* leave it time to be read */
			app->log_muted = true;
			set_message(app, kept_error, kept);
			app->log_muted = false;
		} else {
			pending_say(app);
		}
		return;
	}
	/* given up: the holder's description stays; a dialog comes back with
	 * what was typed in it, a form is still open */
	{
		char buf[sizeof app->msg + 256];
		snprintf(buf, sizeof buf, "%s %s", _("The change was not made:"),
		         app->msg);
		set_message(app, true, buf);
	}
	if (pw->dialog && app->dialog == NULL && pw->pane == app->focus) {
		struct ui_dialog *d = pw->dialog;
		pw->dialog = NULL;
		ui_app_dialog(app, d, pw->done, pw->owner, pw->tag);
	}
	pending_drop(app);
}

/* While a change waits: the keys that still work (true), the others are
 * refused with a message. */
static bool
pending_allows(struct ui_app *app, const struct ui_key *k)
{
	if (ui_app_key_char(k, UI_ESC)) {
		pending_drop(app);
		set_message(app, false, _("The change was given up."));
		return false;
	}
	if (app->dialog || app->focus != app->pend.pane)
		return true;   /* a dialog (help) or another pane */
	if (k->action == UI_ACT_QUIT || k->action == UI_ACT_HELP ||
	    (k->action >= UI_ACT_LOG && k->action < UI_ACT_PANE) ||
	    (k->kind == UI_KEY_CLICK && k->y == 0))
		return true;   /* the shell's keys: quit, help, other panes */
	set_message(app, true,
	            _("A change waits for the database: this key is ignored "
	              "until it is made or given up (Esc)."));
	app->pend.keep_msg_ms = now_ms() + 2000;
	return false;
}

/* Esc: a digit already typed after it (what a terminal sends for Alt-1,
 * where F-keys may not arrive: TERM=linux or vt100) makes it Alt and that
 * digit; anything else is put back and Esc stays a lone Esc. */
static void
read_alt(struct ui_key *k)
{
	wint_t next;
	int r;

	timeout(0);
	r = wget_wch(stdscr, &next);
	if (r == OK && next >= '1' && next <= '9') {
		k->kind = UI_KEY_ALT;
		k->code = next;
	} else if (r == OK) {
		unget_wch((wchar_t)next);
	} else if (r == KEY_CODE_YES) {
		ungetch((int)next);
	}
}

/* Turns k into an action of the keymap, for the dialog on top or for the
 * focused pane in its current view; keys typed into a text field stay
 * text. */
static void
fill_action(struct ui_app *app, struct ui_key *k)
{
	struct pane_slot *p = &app->panes[app->focus];
	int view = UI_VIEW_DEFAULT;
	bool text;

	if (app->dialog) {
		text = ui_dialog_cursor(app->dialog) != NULL;
	} else if (app->assist) {
		text = true;
	} else {
		text = p->self && p->cls->cursor && p->cls->cursor(p->self);
		if (p->self && p->cls->view)
			view = p->cls->view(p->self);
	}
	k->action = ui_keymap_action(view, k, text);
}

static void
handle_key(struct ui_app *app, int r, wint_t wch)
{
	struct pane_slot *p = &app->panes[app->focus];
	struct ui_key k = { UI_KEY_CHAR, wch, 0, 0, UI_ACT_NONE, NULL };
	unsigned bits;

	if (app->kiosk) {
		app->last_key_ms = now_ms();
		app->warned = false;
		/* Ctrl-C, Ctrl-\\ and Ctrl-Z do nothing on a kiosk */
		if (r == OK && (wch == UI_CTRL('c') || wch == UI_CTRL('\\') ||
		                wch == UI_CTRL('z')))
			return;
	}
	if (r == OK && wch == UI_ESC && !app->locked)
		read_alt(&k);
	if (r == KEY_CODE_YES) {
		if (wch == KEY_RESIZE) {
			layout(app);
			return;
		}
		if (wch == KEY_MOUSE) {
			if (!read_click(app, &k))
				return;
		} else {
			k.kind = UI_KEY_FUNC;
		}
	}
	fill_action(app, &k);
	if (app->msg[0] && !app->pend.on) {   /* a message lasts until the next key */
		app->msg[0] = '\0';
		app->d_status = true;
	}
	if (app->too_small) {
		if (ui_app_key_char(&k, 'q') || ui_app_key_char(&k, UI_CTRL('c')))
			request_quit(app);
		return;
	}
	if (app->locked) {
		struct cs_identity person;
		enum ui_kiosk_outcome o = ui_kiosk_key(app->accueil, &k, &person);
		if (o == UI_KIOSK_UNLOCKED)
			kiosk_unlocked(app, &person);
		else if (o == UI_KIOSK_PAINT)
			app->d_accueil = true;
		return;
	}
	if (app->pend.on && !pending_allows(app, &k))
		return;
	if (app->dialog) {
		enum ui_dialog_result res = ui_dialog_key(app->dialog, &k);
		if (res == UI_DIALOG_CHANGED)
			app->d_dialog = true;
		if (res != UI_DIALOG_OK && res != UI_DIALOG_CANCEL)
			return;
		struct ui_dialog *d = app->dialog;
		ui_dialog_done_fn done = app->done;
		void *owner = app->owner;
		app->dialog = NULL;
		app->full = true;   /* uncover what was under it */
		unsigned long busy = db_busy_writes(app->ctx.db);
		int tag = app->tag;
		bool ok = res == UI_DIALOG_OK;
		bits = done ? done(owner, tag, d, ok) : 0;
		if (!pending_keep(app, busy, NULL, d, done, owner, tag, ok))
			ui_dialog_free(d);
		apply(app, bits);
		return;
	}
	if (app->assist) {
		char login[AGENT_LOGIN_MAX];
		struct cs_error err;

		if (k.action == UI_ACT_LOCK || k.action == UI_ACT_HELP ||
		    k.action == UI_ACT_REPAINT || k.action == UI_ACT_LOG) {
			shell_action(app, &k);
			return;
		}
		cs_error_clear(&err);
		switch (ui_assist_key(app->assist, &k, login, &err)) {
		case UI_ASSIST_CANCEL:
			assist_close(app);
			break;
		case UI_ASSIST_CHOSEN:
			assist_chosen(app, login);
			break;
		case UI_ASSIST_REFUSED:
			set_message(app, true, err.message);
			app->d_dialog = true;
			break;
		case UI_ASSIST_PAINT:
			app->d_dialog = true;
			break;
		case UI_ASSIST_NONE:
			break;
		}
		return;
	}
	if (k.kind == UI_KEY_CLICK && k.y == 0) {
		click_menu(app, &k);
		return;
	}
	if (k.kind == UI_KEY_CLICK && k.y == app->lines - 1 &&
	    !click_hint(app, &k))
		return;
	if (shell_action(app, &k))
		return;
	if (k.action == UI_ACT_NONE &&
	    (k.kind == UI_KEY_CHAR || k.kind == UI_KEY_FUNC ||
	     k.kind == UI_KEY_ALT) &&
	    pane_view(p) != UI_VIEW_NONE && pane_view(p) != UI_VIEW_DEFAULT)
		return;   /* a key not in the view's table (nor in its help);
		           * clicks and the wheel go on to the pane */
	unsigned long busy = db_busy_writes(app->ctx.db);
	bits = p->self ? p->cls->key(p->self, &k) : UI_IGNORED;
	pending_keep(app, busy, &k, NULL, NULL, NULL, 0, false);
	apply(app, bits);
	if (bits & UI_IGNORED)
		global_key(app, &k);
}

/* A bracketed paste: text for the focused form field (of the dialog on
 * top, or of the pane), never keys; where no field takes it, it is
 * ignored and the status line says so. */
static void
handle_paste(struct ui_app *app)
{
	struct pane_slot *p = &app->panes[app->focus];
	struct ui_key k = { UI_KEY_PASTE, 0, 0, 0, UI_ACT_NONE, &app->paste };

	if (app->msg[0] && !app->pend.on) {
		app->msg[0] = '\0';
		app->d_status = true;
	}
	if (app->too_small)
		return;
	if (app->kiosk) {
		app->last_key_ms = now_ms();
		app->warned = false;
	}
	if (app->locked) {
		struct cs_identity person;
		if (ui_kiosk_key(app->accueil, &k, &person) == UI_KIOSK_UNLOCKED)
			kiosk_unlocked(app, &person);   /* not from a paste, but */
		app->d_accueil = true;
		ui_paste_free(&app->paste);
		return;
	}
	if (app->dialog) {
		if (ui_dialog_key(app->dialog, &k) == UI_DIALOG_CHANGED)
			app->d_dialog = true;
	} else if (app->assist) {
		char login[AGENT_LOGIN_MAX];
		struct cs_error err;
		cs_error_clear(&err);
		ui_assist_key(app->assist, &k, login, &err);
		app->d_dialog = true;
	} else if (p->self && !(app->pend.on && app->pend.pane == app->focus)) {
		apply(app, p->cls->key(p->self, &k) & ~(unsigned)UI_IGNORED);
	}
	if (app->paste.refused[0])
		set_message(app, true, app->paste.refused);
	else if (!app->paste.taken)
		set_message(app, true,
		            _("Pasted text goes into a form field; here it was "
		              "ignored (nothing was run)."));
	ui_paste_free(&app->paste);
}

/* Ctrl-Z or SIGTSTP: gives the terminal back to the shell until fg. */
static void
suspend(struct ui_app *app)
{
	ui_input_suspend();
	app->cursor_shown = -1;
	layout(app);   /* the terminal may have changed size meanwhile */
}

/* One event read by wget_wch: a suspension, a paste, or a key. */
static void
handle_input(struct ui_app *app, int r, wint_t wch)
{
	if (r == OK && wch == UI_CTRL('z') && !app->kiosk)
		suspend(app);
	else if (ui_input_paste(r, wch, &app->paste))
		handle_paste(app);
	else
		handle_key(app, r, wch);
}

/* ---- drafts -------------------------------------------------------- */

/* The program is being stopped (a signal, a terminal gone): each pane's
 * open form with typed text becomes a draft file. Returns how many were
 * kept; why one could not be is copied into why (for stderr, once the
 * screen is given back). */
static int
keep_drafts(struct ui_app *app, char *why, size_t size)
{
	int kept = 0;

	why[0] = '\0';
	if (!app->ctx.cfg->drafts || app->kiosk)
		return 0;   /* a kiosk keeps nothing */
	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		struct ui_draft d;
		struct cs_error err;

		memset(&d, 0, sizeof d);
		snprintf(d.pane, sizeof d.pane, "%s", p->cls->label);
		if (p->self == NULL || p->cls->draft == NULL ||
		    !p->cls->draft(p->self, &d)) {
			ui_draft_clear(&d);
			continue;
		}
		cs_error_clear(&err);
		if (ui_draft_save(&d, &err) == CS_OK)
			kept++;
		else
			snprintf(why, size, "%s", err.message);
		ui_draft_clear(&d);
	}
	return kept;
}

enum { DRAFT_REOPEN, DRAFT_DISCARD, DRAFT_LATER };

static unsigned
draft_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_app *app = owner;
	struct ui_draft *dr = &app->draft;
	size_t choice = ok ? ui_dialog_choice_index(d) : DRAFT_LATER;
	struct cs_error err;

	(void)tag;
	cs_error_clear(&err);
	if (choice == DRAFT_REOPEN) {
		for (size_t i = 0; i < NPANES; i++) {
			struct pane_slot *p = &app->panes[i];
			if (strcmp(p->cls->label, dr->pane) != 0 || p->self == NULL ||
			    p->cls->restore == NULL)
				continue;
			focus_pane(app, i);
			apply(app, p->cls->restore(p->self, dr) | UI_REDRAW);
			app->d_pane_full = true;
		}
		/* the text is in the form again: a new stop keeps it anew */
		if (ui_draft_discard(dr, &err) != CS_OK)
			set_message(app, true, err.message);
	} else if (choice == DRAFT_DISCARD) {
		if (ui_draft_discard(dr, &err) != CS_OK)
			set_message(app, true, err.message);
		else
			set_message(app, false, _("The draft was thrown away."));
	} else {
		set_message(app, false,
		            _("The draft is kept; it will be offered again at the "
		              "next start."));
	}
	ui_draft_clear(dr);
	return UI_DONE;
}

/* At start: the newest draft left by a stopped session, offered back. */
static void
offer_draft(struct ui_app *app)
{
	struct ui_draft *dr = &app->draft;
	struct cs_error err;
	char date[64], time_s[64], title[256], first[80], reopen[256];
	const char *items[3];
	bool found = false;

	if (!app->ctx.cfg->drafts || app->kiosk)
		return;
	cs_error_clear(&err);
	if (ui_draft_find(dr, &found, &err) != CS_OK || !found)
		return;
	when_format(dr->saved, WHEN_DATE, date, sizeof date);
	if (strlen(date) > 5 && date[5] == '/')
		date[5] = '\0';   /* 04/12: the year goes without saying */
	when_format(dr->saved, WHEN_TIME, time_s, sizeof time_s);
	ui_paint_fit(dr->nfields > 0 ? dr->fields[0] : "", 40, first,
	             sizeof first);
	/* TRANSLATORS: the day (04/12) and the time (14 h 12) */
	snprintf(title, sizeof title, _("A draft from %s at %s was found"),
	         date, time_s);
	/* TRANSLATORS: the pane, then the beginning of the first field */
	snprintf(reopen, sizeof reopen,
	         _("Reopen the form (%s: \u00ab %s \u00bb)"), _(dr->pane),
	         first);
	items[DRAFT_REOPEN] = reopen;
	items[DRAFT_DISCARD] = _("Throw the draft away");
	items[DRAFT_LATER] = _("Decide later (the draft is kept)");
	ui_app_dialog(app, ui_dialog_choice(title, items, 3, 0), draft_done,
	              app, 0);
}

static void poll_reload(struct ui_app *app, bool changed, time_t now);

/* The periodic poll: reload when another connection committed, or when
 * the database was in trouble (to find out whether it is back). */
static void
poll_changes(struct ui_app *app)
{
	bool changed = db_changed(app->ctx.db);
	time_t now = time(NULL);

	if (app->locked) {   /* the Accueil: read when something changed */
		if (ui_kiosk_reload(app->accueil, changed, now))
			app->d_accueil = true;
		return;
	}

	/* while the database is busy, its message comes back on each retry:
	 * not logged again, and not over another message (an error, a change
	 * given up), which stays until the next key */
	bool busy = app->db_state == DB_STATE_BUSY;
	bool keep = busy && app->msg[0] && !app->msg_busy;
	char kept[sizeof app->msg];
	bool kept_error = app->msg_error;

	if (keep)
		memcpy(kept, app->msg, sizeof kept);
	app->log_muted = busy;
	poll_reload(app, changed, now);
	if (keep && app->db_state == DB_STATE_BUSY)
		set_message(app, kept_error, kept);
	app->log_muted = false;
}

/* poll_changes' reads: once a minute on a clock-sensitive pane, the quick
 * check while read-only, and a reload after a change or while in trouble. */
static void
poll_reload(struct ui_app *app, bool changed, time_t now)
{
	/* On a pane where time itself changes what is shown (the desk map,
	 * the Accorderie), read again once a minute. Elsewhere an idle UI
	 * takes no lock at all. */
	if (!changed && now - app->last_tick >= 60
	    && pane_table[app->focus]->clock_sensitive) {
		app->last_tick = now;
		if (app->db_state == DB_STATE_OK)
			reload_all(app, false);
	}

	/* After a storage error the database stays read-only until SQLite's
	 * quick check passes again (design/storage.md, decision 7). */
	if (app->db_state == DB_STATE_READONLY) {
		struct cs_error err;
		if (db_check_integrity(app->ctx.db, true, &err) != CS_OK) {
			if (strcmp(app->msg, err.message) != 0)
				set_message(app, true, err.message);
			return;
		}
		set_db_state(app, DB_STATE_OK);
		changed = true;
	}
	if (changed || app->db_state != DB_STATE_OK)
		reload_all(app, changed);
}

/* The F-keys and Shift-Tab as terminals and tmux send them, for a TERM
 * whose description lacks them (linux, vt100: F5, Shift-Tab); a sequence
 * the description already has, or that would hide one, is left alone. */
static void
define_keys(void)
{
	static const struct { const char *seq; int code; } extra[] = {
		{ "\033OP", KEY_F(1) }, { "\033OQ", KEY_F(2) },
		{ "\033OR", KEY_F(3) }, { "\033OS", KEY_F(4) },
		{ "\033[11~", KEY_F(1) }, { "\033[12~", KEY_F(2) },
		{ "\033[13~", KEY_F(3) }, { "\033[14~", KEY_F(4) },
		{ "\033[15~", KEY_F(5) }, { "\033[17~", KEY_F(6) },
		{ "\033[[A", KEY_F(1) }, { "\033[[B", KEY_F(2) },
		{ "\033[[C", KEY_F(3) }, { "\033[[D", KEY_F(4) },
		{ "\033[[E", KEY_F(5) }, { "\033[Z", KEY_BTAB },
	};

	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].code);
}

/* The database's lock was held by another process when the program
 * started: the screen says so at once ("base occupée", who holds it) and
 * the opening is tried again every BUSY_RETRY_MS until it works or fails
 * otherwise; q, Esc or Ctrl-C leave. CS_OK with *db and *id set; another
 * status (CS_ERR_UNAVAILABLE when the user left) with err set. */
static enum cs_status
wait_for_database(ui_open_fn reopen, void *ctx, struct cs_db **db,
                  struct cs_identity **id, struct cs_error *err)
{
	enum cs_status st = CS_ERR_BUSY;

	while (!terminate) {
		int r, rows, lines = LINES, cols = COLS;
		wint_t wch;

		erase();
		ui_paint_fill(stdscr, 0, 0, cols, ui_theme_attr(UI_MENU));
		ui_paint_put(stdscr, 0, 0, cols, " Construisons ! ",
		             ui_theme_attr(UI_MENU) | A_BOLD, 0);
		rows = ui_paint_wrapped(NULL, 0, 0, cols - 2, 0, err->message, 0);
		if (rows > lines - 3)
			rows = lines - 3;
		ui_paint_wrapped(stdscr, 2, 1, cols - 2, rows, err->message,
		                 ui_theme_attr(UI_ERROR));
		ui_paint_put(stdscr, lines - 1, 1, cols - 2,
		             _("Waiting for the database: tried again every quarter "
		               "of a second.   q: quit"), ui_theme_attr(UI_DIM), 0);
		refresh();
		timeout(BUSY_RETRY_MS);
		r = wget_wch(stdscr, &wch);
		if (r == OK && (wch == 'q' || wch == UI_ESC || wch == UI_CTRL('c')))
			break;
		st = reopen(ctx, db, id, err);
		if (st != CS_ERR_BUSY)
			return st;
	}
	return cs_error_set(err, CS_ERR_UNAVAILABLE, "%s",
	                    _("left while the database was busy"));
}

/* The panes' background work (a print job followed): each tick() that is
 * due runs, its reaction applied when it is the focused pane's; the next
 * is due at the soonest time any of them asked for (never, until the next
 * key or dialog, when none asked). */
static void
run_ticks(struct ui_app *app)
{
	long long now = now_ms(), next = -1;

	for (size_t i = 0; i < NPANES; i++) {
		struct pane_slot *p = &app->panes[i];
		unsigned bits = UI_DONE;
		int ms;

		if (p->self == NULL || p->cls->tick == NULL)
			continue;
		ms = p->cls->tick(p->self, &bits);
		if (i == app->focus)
			apply(app, bits);
		if (ms >= 0 && (next < 0 || ms < next))
			next = ms;
	}
	app->tick_next_ms = next < 0 ? LLONG_MAX : now + next;
}

/* The idle time of a kiosk, in milliseconds: kiosk_idle_lock minutes; a
 * test build also takes CONSTRUISONS_KIOSK_IDLE_SECONDS (the tests do not
 * wait minutes), which an installed program never reads. */
static long long
kiosk_idle_ms(const struct cs_config *cfg)
{
#if CONSTRUISONS_TEST_HOOKS
	const char *s = privilege_getenv("CONSTRUISONS_KIOSK_IDLE_SECONDS");
	if (s != NULL && atoi(s) > 0)
		return (long long)atoi(s) * 1000;
#endif
	return (long long)(cfg->kiosk_idle_lock > 0 ? cfg->kiosk_idle_lock : 3) *
	       60000;
}

int
ui_run(const struct cs_config *cfg, struct cs_db *db, struct cs_identity *id,
       ui_open_fn reopen, void *reopen_ctx, enum ui_mode mode)
{
	struct ui_app app_storage, *app = &app_storage;
	struct sigaction sa, old_hup, old_term, old_int, ign, old_quit, old_tstp;
	SCREEN *screen;
	long long interval, next_poll;
	int fast_err = 0, status = 0;
	bool news_read = false;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "%s\n",
		        _("construisons: the interactive screen needs a terminal; "
		          "see construisons --help for the commands."));
		return cs_status_exit_code(CS_ERR_USAGE);
	}
	memset(app, 0, sizeof *app);
	app->ctx = (struct ui_ctx){ cfg, db, id, app };
	app->cursor_shown = -1;
	app->kiosk = mode == UI_MODE_KIOSK;

	/* before newterm, so that curses keeps its hands off these signals;
	 * one ignored by whoever started us (nohup) stays ignored, and a dead
	 * terminal is then noticed by wget_wch failing fast */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_terminate;
	sigemptyset(&sa.sa_mask);
	terminate = 0;
	catch_signal(SIGHUP, &sa, &old_hup);
	catch_signal(SIGTERM, &sa, &old_term);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	if (app->kiosk) {
		/* nothing typed stops or suspends a kiosk, even if the
		 * terminal's own keys are turned on again */
		sigaction(SIGINT, &ign, &old_int);
		sigaction(SIGQUIT, &ign, &old_quit);
		sigaction(SIGTSTP, &ign, &old_tstp);
	} else {
		catch_signal(SIGINT, &sa, &old_int);
		ui_input_catch_suspend();
	}
	screen = newterm(NULL, stdout, stdin);
	if (screen == NULL) {
		restore_signals(&old_hup, &old_term, &old_int);
		if (app->kiosk) {
			sigaction(SIGQUIT, &old_quit, NULL);
			sigaction(SIGTSTP, &old_tstp, NULL);
		}
		ui_input_release_suspend();
		fprintf(stderr, "%s\n",
		        _("construisons: this terminal type is unknown (check "
		          "TERM)."));
		return cs_status_exit_code(CS_ERR_UNAVAILABLE);
	}

	set_escdelay(100);  /* Esc alone: answered within a tenth of a second */
	define_keys();
	raw();              /* Ctrl-S, Ctrl-Q and Ctrl-C reach the forms */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	leaveok(stdscr, TRUE);
	ui_input_start();
	ui_theme_init(cfg);
	if (cfg->mouse)
		mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED |
		          WHEEL_UP | WHEEL_DOWN, NULL);

	if (db == NULL) {
		struct cs_error err;
		enum cs_status st;

		cs_error_clear(&err);
		st = reopen ? reopen(reopen_ctx, &db, &id, &err) : CS_ERR_INTERNAL;
		if (st == CS_ERR_BUSY)
			st = wait_for_database(reopen, reopen_ctx, &db, &id, &err);
		if (st != CS_OK) {
			endwin();
			ui_input_stop();
			delscreen(screen);
			restore_signals(&old_hup, &old_term, &old_int);
			if (app->kiosk) {
				sigaction(SIGQUIT, &old_quit, NULL);
				sigaction(SIGTSTP, &old_tstp, NULL);
			}
			ui_input_release_suspend();
			fprintf(stderr, "construisons: %s\n", err.message);
			return cs_status_exit_code(st);
		}
		app->ctx.db = db;
		app->ctx.id = id;
	}
	db_set_busy_wait_ms(db, BUSY_WAIT_MS);
	(void)db_changed(db);   /* the first call says "changed": we load now */
	if (app->kiosk) {
		/* locked at start: the Accueil, no pane until someone unlocks */
		app->kiosk_id = *id;
		app->locked = true;
		app->idle_ms = kiosk_idle_ms(cfg);
		app->last_key_ms = now_ms();
		app->accueil = ui_kiosk_new(cfg, db, id);
		if (app->accueil == NULL) {
			status = cs_status_exit_code(CS_ERR_INTERNAL);
			app->quit = true;
		} else {
			ui_kiosk_reload(app->accueil, true, time(NULL));
		}
		for (size_t i = 0; i < NPANES; i++)
			app->panes[i].cls = pane_table[i];
	} else {
		make_panes(app);
	}
	layout(app);
	ui_app_refreshed(app);
	app->last_tick = time(NULL);

	interval = (long long)(cfg->refresh_interval > 0
	                       ? cfg->refresh_interval : 2) * 1000;
	next_poll = now_ms() + interval;
	while (!app->quit && !terminate) {
		long long before, wait;
		wint_t wch;
		int r;

		paint(app);
		if (now_ms() >= app->tick_next_ms) {
			/* after the paint: a pane's "preparing..." is on the
			 * screen before its work starts */
			run_ticks(app);
			paint(app);
		}
		if (!news_read && !app->kiosk) {
			/* after the first frame: the user sees the board at once */
			news_read = true;
			news_at_start(app);
			offer_draft(app);
			paint(app);
		}
		if (!db_is_idle(db)) {
			app->not_idle++;
#ifndef NDEBUG
			endwin();
			fprintf(stderr, "construisons: the database is not idle "
			        "between two keys (a core call left a statement "
			        "or a transaction open)\n");
			abort();
#endif
		}
		before = now_ms();
		wait = next_poll - before;
		if (app->pend.on && app->pend.next_ms - before < wait)
			wait = app->pend.next_ms - before;
		if (app->db_state == DB_STATE_BUSY &&
		    app->busy_next_ms - before < wait)
			wait = app->busy_next_ms - before;
		if (app->tick_next_ms - before < wait)
			wait = app->tick_next_ms - before;
		if (kiosk_next_ms(app) >= 0 && kiosk_next_ms(app) < wait)
			wait = kiosk_next_ms(app);
		if (wait < 0)
			wait = 0;
		timeout((int)wait);
		r = wget_wch(stdscr, &wch);
		if (ui_input_suspend_requested())
			suspend(app);
		if (r == ERR) {
			/* a timeout, a signal, or a terminal that is gone */
			if (wait > 20 && now_ms() - before < wait / 4) {
				if (++fast_err >= FAST_ERR_LIMIT) {
					status = cs_status_exit_code(CS_ERR_IO);
					break;
				}
			} else {
				fast_err = 0;
			}
		} else {
			fast_err = 0;
			handle_input(app, r, wch);
			app->tick_next_ms = 0;   /* the panes may have work now */
			/* take what is already typed (a paste, a held key)
			 * before painting */
			timeout(0);
			for (int n = 0; n < 64 && !app->quit; n++) {
				r = wget_wch(stdscr, &wch);
				if (r == ERR)
					break;
				handle_input(app, r, wch);
			}
		}
		if (app->pend.on && now_ms() >= app->pend.next_ms)
			pending_retry(app);
		if (now_ms() >= next_poll ||
		    (app->db_state == DB_STATE_BUSY && !app->pend.on &&
		     now_ms() >= app->busy_next_ms)) {
			poll_changes(app);
			next_poll = now_ms() + interval;
			app->busy_next_ms = now_ms() + BUSY_RETRY_MS;
		}
		kiosk_idle(app);
	}
	/* a kiosk ends locked: hung up, stopped, or quit by an admin */
	kiosk_lock(app, terminate == SIGHUP || status != 0 ? "raccrochage"
	                                                  : "fin");

	/* stopped rather than quit: what was typed is kept */
	char why[sizeof app->msg];
	int kept = terminate || status != 0 ? keep_drafts(app, why, sizeof why)
	                                    : (why[0] = '\0', 0);
	ui_draft_clear(&app->draft);
	ui_dialog_free(app->dialog);
	ui_dialog_free(app->pend.dialog);
	ui_kiosk_free(app->accueil);
	if (app->banner)
		delwin(app->banner);
	ui_msglog_clear(&app->log);
	workflow_news_free(&app->news);
	for (size_t i = 0; i < NPANES; i++)
		if (app->panes[i].self)
			app->panes[i].cls->free(app->panes[i].self);
	if (app->menu)
		delwin(app->menu);
	if (app->status)
		delwin(app->status);
	if (app->msgwin)
		delwin(app->msgwin);
	ui_paste_free(&app->paste);
	endwin();
	ui_input_stop();
	delscreen(screen);
	restore_signals(&old_hup, &old_term, &old_int);
	if (app->kiosk) {
		sigaction(SIGQUIT, &old_quit, NULL);
		sigaction(SIGTSTP, &old_tstp, NULL);
	}
	ui_input_release_suspend();
	if (app->not_idle > 0)
		fprintf(stderr, "construisons: the database was left busy between "
		        "two keys %lu times (a bug; please report it)\n",
		        app->not_idle);
	if (why[0]) {
		fprintf(stderr, _("construisons: what was typed is lost: %s\n"),
		        why);
		status = cs_status_exit_code(CS_ERR_IO);
	} else if (kept > 0) {
		fprintf(stderr, "%s\n",
		        _("construisons: stopped; what was typed is kept as a "
		          "draft and will be offered at the next start."));
		if (status == 0)
			status = cs_status_exit_code(CS_ERR_BUSY);   /* 75: later */
	}
	return status;
}
