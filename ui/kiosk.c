/* kiosk.c — owns the locked screen of a kiosk ("Accueil", see kiosk.h): a
 * title bar with the date and time, the free desks per floor for the
 * current and the next half-day, the ideas of this month's committee, the
 * latest moves, the latest announcements of the Accorderie, a message row
 * and the line that says how to unlock; and the unlock form (a login, a
 * hidden password) whose answer comes from kiosk_unlock(). The figures are
 * read only when the database changed (the shell's poll says so) or when
 * time alone outdated them (a new half-day, a new month); the clock is
 * painted again when the minute turns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "i18n.h"
#include "input.h"
#include "kiosk.h"
#include "kioskauth.h"
#include "paint.h"
#include "text.h"
#include "theme.h"
#include "welcome.h"
#include "when.h"

struct ui_kiosk {
	const struct cs_config *cfg;
	struct cs_db *db;
	struct cs_identity kiosk;
	WINDOW *win;
	int lines, cols;
	struct welcome w;
	bool read;             /* w holds figures */
	char read_error[1024];  /* why they could not be read, or "" */
	long minute;           /* the minute painted (now / 60) */
	char msg[1024];
	bool msg_error;
	struct ui_form *form;  /* the unlock form, or NULL */
	char login[AGENT_LOGIN_MAX];   /* kept after a failure */
};

struct ui_kiosk *
ui_kiosk_new(const struct cs_config *cfg, struct cs_db *db,
             const struct cs_identity *kiosk)
{
	struct ui_kiosk *k = calloc(1, sizeof *k);

	if (k == NULL)
		return NULL;
	k->cfg = cfg;
	k->db = db;
	k->kiosk = *kiosk;
	k->minute = -1;
	return k;
}

static void
close_form(struct ui_kiosk *k)
{
	ui_form_free(k->form);   /* wipes what was typed */
	k->form = NULL;
}

void
ui_kiosk_free(struct ui_kiosk *k)
{
	if (k == NULL)
		return;
	close_form(k);
	if (k->read)
		welcome_free(&k->w);
	if (k->win)
		delwin(k->win);
	explicit_bzero(k->login, sizeof k->login);
	free(k);
}

void
ui_kiosk_layout(struct ui_kiosk *k, int lines, int cols)
{
	if (k->win)
		delwin(k->win);
	k->lines = lines;
	k->cols = cols;
	k->win = newwin(lines, cols, 0, 0);
	if (k->win)
		leaveok(k->win, FALSE);
}

bool
ui_kiosk_reload(struct ui_kiosk *k, bool changed, time_t now)
{
	bool paint = false;

	/* time alone: a new half-day, a new month (checked as the minute turns) */
	if (!changed && k->read && now / 60 != k->minute &&
	    welcome_outdated(&k->w, k->cfg, now))
		changed = true;
	if (changed || !k->read) {
		struct welcome w;
		struct cs_error err;

		cs_error_clear(&err);
		if (welcome_read(k->db, k->cfg, &k->kiosk, now, &w, &err) == CS_OK) {
			if (k->read)
				welcome_free(&k->w);
			k->w = w;
			k->read = true;
			k->read_error[0] = '\0';
		} else {
			snprintf(k->read_error, sizeof k->read_error, "%s", err.message);
		}
		paint = true;
	}
	if (now / 60 != k->minute) {
		k->minute = now / 60;
		paint = true;
	}
	return paint;
}

void
ui_kiosk_say(struct ui_kiosk *k, bool error, const char *text)
{
	snprintf(k->msg, sizeof k->msg, "%s", text);
	k->msg_error = error;
}

void
ui_kiosk_reset(struct ui_kiosk *k)
{
	close_form(k);
	explicit_bzero(k->login, sizeof k->login);
	k->msg[0] = '\0';
}

bool
ui_kiosk_form_open(const struct ui_kiosk *k)
{
	return k->form != NULL;
}

/* ---- painting ---------------------------------------------------------- */

/* "ce matin", "cet après-midi", "lundi 07/12 matin". */
static void
half_day_text(const char *day, enum slot slot, char *buf, size_t size)
{
	char today[12], text[32];
	time_t now = time(NULL);

	when_local_day(now, today);
	if (strcmp(day, today) == 0) {
		snprintf(buf, size, "%s", slot == SLOT_MORNING ? _("this morning")
		                                               : _("this afternoon"));
		return;
	}
	when_day_text(day, text, sizeof text);
	if (strlen(text) > 5 && text[5] == '/')
		text[5] = '\0';   /* 07/12: the year goes without saying */
	/* TRANSLATORS: a day (07/12) and a half-day (matin) */
	snprintf(buf, size, _("%s %s"), text, desks_slot_label(slot));
}

static int
heading(struct ui_kiosk *k, int y, const char *text)
{
	if (y >= k->lines - 2)
		return y;
	ui_paint_put(k->win, y, 1, k->cols - 2, text, ui_theme_attr(UI_HEADING) | A_BOLD, 0);
	return y + 1;
}

static int
line(struct ui_kiosk *k, int y, const char *text, attr_t a)
{
	if (y >= k->lines - 2)
		return y;
	ui_paint_put(k->win, y, 3, k->cols - 4, text, a, 0);
	return y + 1;
}

static int
draw_desks(struct ui_kiosk *k, int y)
{
	const struct welcome *w = &k->w;
	char buf[512], now_s[64], next_s[64];
	int name_w = 0;

	y = heading(k, y, _("Free desks"));
	if (w->floor_count == 0)
		return line(k, y, _("No floor plan yet."), ui_theme_attr(UI_DIM));
	if (w->has_now)
		half_day_text(w->now_day, w->now_slot, now_s, sizeof now_s);
	if (w->has_next)
		half_day_text(w->next_day, w->next_slot, next_s, sizeof next_s);
	for (size_t i = 0; i < w->floor_count; i++) {
		int nw = text_width(w->floors[i].name ? w->floors[i].name : "");
		if (nw > name_w)
			name_w = nw;
	}
	if (name_w > 22)
		name_w = 22;
	for (size_t i = 0; i < w->floor_count && y < k->lines - 2; i++) {
		const struct welcome_floor *f = &w->floors[i];
		char name[128], now_c[96], next_c[96];
		int x;

		ui_paint_fit(f->name && f->name[0] ? f->name : "?", name_w, name, sizeof name);
		if (w->has_now)
			/* TRANSLATORS: "now: 12/20 free" */
			snprintf(now_c, sizeof now_c, _("now: %zu/%zu free"),
			         f->free_now, f->desks);
		else
			snprintf(now_c, sizeof now_c, "%s", _("now: closed"));
		if (w->has_next)
			snprintf(next_c, sizeof next_c, _("%s: %zu"), next_s, f->free_next);
		else
			next_c[0] = '\0';
		x = ui_paint_put(k->win, y, 3, name_w, name, A_BOLD, UI_PUT_PAD);
		snprintf(buf, sizeof buf, "  %s   %s", now_c, next_c);
		ui_paint_put(k->win, y, 3 + x, k->cols - 4 - x, buf, A_NORMAL, 0);
		y++;
	}
	return y;
}

/* The rows each of the three lists may take out of rows left. */
static int
share(int left, size_t count)
{
	int n = (left - 3) / 3;   /* three headings, three lists */

	if (n < 1)
		n = 1;
	return (size_t)n < count ? n : (int)count;
}

static void
draw_lists(struct ui_kiosk *k, int y)
{
	const struct welcome *w = &k->w;
	const char *arrow = ui_theme_ascii() ? "->" : "\u2192";
	int left = k->lines - 2 - y - 3;   /* blank rows between sections */
	char buf[600], when[64];
	int n;

	snprintf(buf, sizeof buf, _("In committee this month (%zu)"), w->committee_count);
	y = heading(k, y + 1, buf);
	n = share(left, w->committee_listed);
	if (w->committee_count == 0)
		y = line(k, y, _("No idea in committee this month."), ui_theme_attr(UI_DIM));
	for (int i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%s  %s", w->committee[i].ref,
		         w->committee[i].title ? w->committee[i].title : "");
		y = line(k, y, buf, A_NORMAL);
	}

	y = heading(k, y + 1, _("Latest moves"));
	n = share(left, w->move_count);
	if (w->move_count == 0)
		y = line(k, y, _("Nothing moved yet."), ui_theme_attr(UI_DIM));
	for (int i = 0; i < n; i++) {
		when_format_iso(w->moves[i].at, WHEN_DATE, when, sizeof when);
		snprintf(buf, sizeof buf, "%s  %s %s %s (%s)", w->moves[i].ref,
		         w->moves[i].title ? w->moves[i].title : "", arrow,
		         stage_label(w->moves[i].stage), when);
		y = line(k, y, buf, A_NORMAL);
	}

	y = heading(k, y + 1, _("The Accorderie's latest announcements"));
	n = share(left, w->ads.count);
	if (w->ads.count == 0)
		y = line(k, y, _("No announcement at the moment."), ui_theme_attr(UI_DIM));
	for (int i = 0; i < n; i++) {
		const struct ledger_ad *ad = &w->ads.items[i];
		/* TRANSLATORS: offer or request, title, author */
		snprintf(buf, sizeof buf, _("%s: %s (%s)"), ledger_ad_kind_label(ad->kind),
		         ad->title ? ad->title : "", ad->name ? ad->name : "");
		y = line(k, y, buf, A_NORMAL);
	}
}

static void
draw_form(struct ui_kiosk *k)
{
	int h = 6, w = k->cols - 8 > 60 ? 60 : k->cols - 8;
	int y = k->lines - 3 - h, x = (k->cols - w) / 2;
	attr_t b = ui_theme_attr(UI_BORDER);

	if (y < 1)
		y = 1;
	for (int r = 0; r < h; r++)
		ui_paint_fill(k->win, y + r, x, w, A_NORMAL);
	ui_paint_fill(k->win, y, x, w, b);
	ui_paint_fill(k->win, y + h - 1, x, w, b);
	for (int r = 1; r < h - 1; r++) {
		ui_paint_fill(k->win, y + r, x, 1, b);
		ui_paint_fill(k->win, y + r, x + w - 1, 1, b);
	}
	ui_paint_put(k->win, y, x + 2, w - 4, _(" Unlock the kiosk "), b | A_BOLD, 0);
	ui_paint_put(k->win, y + h - 1, x + 2, w - 4,
	             _(" Enter: next, then unlock   Esc: cancel "), b, 0);
	ui_form_draw(k->form, k->win, y + 2, x + 2, 2, w - 4);
}

void
ui_kiosk_draw(struct ui_kiosk *k)
{
	attr_t bar = ui_theme_attr(UI_MENU);
	char date[96], clock[32], buf[1200];
	time_t now = time(NULL);
	int y;

	if (k->win == NULL)
		return;
	werase(k->win);
	ui_paint_fill(k->win, 0, 0, k->cols, bar);
	ui_paint_put(k->win, 0, 0, k->cols, _(" Construisons ! \u2014 Welcome "),
	             bar | A_BOLD, 0);
	when_format(now, WHEN_LONG_DATE, date, sizeof date);
	when_format(now, WHEN_TIME, clock, sizeof clock);
	snprintf(buf, sizeof buf, "%s, %s ", date, clock);
	ui_paint_put(k->win, 0, 0, k->cols, buf, bar | A_BOLD, UI_PUT_RIGHT);
	y = 2;
	if (!k->read) {
		ui_paint_wrapped(k->win, y, 1, k->cols - 2, 3, k->read_error,
		                 ui_theme_attr(UI_ERROR));
	} else {
		y = draw_desks(k, y);
		draw_lists(k, y);
	}
	if (k->msg[0]) {
		snprintf(buf, sizeof buf, "%s %s",
		         ui_theme_glyph(k->msg_error ? UI_G_ERROR : UI_G_INFO), k->msg);
		/* on the row above the last one, and the row above it too when
		 * it needs two (it is never cut while it fits in them) */
		attr_t a = ui_theme_attr(k->msg_error ? UI_ERROR : UI_INFO);
		int rows = ui_paint_wrapped(NULL, 0, 0, k->cols - 1, 0, buf, a);
		rows = rows < 1 ? 1 : rows > 2 ? 2 : rows;
		for (int r = 0; r < rows; r++)
			ui_paint_fill(k->win, k->lines - 1 - rows + r, 0, k->cols, a);
		ui_paint_wrapped(k->win, k->lines - 1 - rows, 0, k->cols - 1, rows, buf, a);
	}
	ui_paint_fill(k->win, k->lines - 1, 0, k->cols, ui_theme_attr(UI_STATUS));
	ui_paint_put(k->win, k->lines - 1, 1, k->cols - 2,
	             k->form ? _("Type your login and your password (never shown).")
	                     : _("Enter: unlock (facilitators)"),
	             ui_theme_attr(UI_STATUS), 0);
	if (k->form)
		draw_form(k);   /* last: the cursor stays in its field */
	wnoutrefresh(k->win);
}

WINDOW *
ui_kiosk_cursor(struct ui_kiosk *k)
{
	return k->form ? k->win : NULL;
}

/* ---- keys ---------------------------------------------------------------- */

static bool
open_form(struct ui_kiosk *k, const char *login)
{
	struct ui_form_field f[] = {
		{ _("Login:"), UI_FIELD_LINE, AGENT_LOGIN_MAX - 1, login },
		{ _("Password:"), UI_FIELD_SECRET, KIOSK_PASSWORD_MAX, NULL },
	};

	close_form(k);
	k->form = ui_form_new(f, 2, true);
	if (k->form == NULL) {
		ui_kiosk_say(k, true, _("Out of memory."));
		return false;
	}
	if (login && login[0])
		ui_form_focus(k->form, 1);
	return true;
}

/* The form was submitted: the login and the password to kiosk_unlock(). */
static enum ui_kiosk_outcome
submit(struct ui_kiosk *k, struct cs_identity *person)
{
	char *login = ui_form_text(k->form, 0);
	char *password = ui_form_text(k->form, 1);
	struct kiosk_auth_outcome out;
	struct cs_error err;
	enum cs_status st;

	close_form(k);
	if (login == NULL || password == NULL) {
		if (password) {
			explicit_bzero(password, strlen(password));
			free(password);
		}
		free(login);
		ui_kiosk_say(k, true, _("Out of memory."));
		return UI_KIOSK_PAINT;
	}
	cs_error_clear(&err);
	/* wipes password whatever happens */
	st = kiosk_unlock(k->db, k->cfg, &k->kiosk, login, password, time(NULL), &out, &err);
	free(password);
	snprintf(k->login, sizeof k->login, "%s", login);
	free(login);
	if (st != CS_OK) {
		ui_kiosk_say(k, true, err.message);
		return UI_KIOSK_PAINT;
	}
	if (out.result == KIOSK_AUTH_OK) {
		*person = out.person;
		explicit_bzero(k->login, sizeof k->login);
		k->msg[0] = '\0';
		return UI_KIOSK_UNLOCKED;
	}
	ui_kiosk_say(k, true, out.message);
	if (out.result == KIOSK_AUTH_BAD_INPUT || out.result == KIOSK_AUTH_REFUSED ||
	    out.result == KIOSK_AUTH_WAIT)
		open_form(k, agents_login_is_valid(k->login) ? k->login : NULL);
	return UI_KIOSK_PAINT;
}

enum ui_kiosk_outcome
ui_kiosk_key(struct ui_kiosk *k, const struct ui_key *key,
             struct cs_identity *person)
{
	if (k->form == NULL) {
		bool had = k->msg[0] != '\0';
		k->msg[0] = '\0';
		if (ui_app_key_enter(key) || (key->kind == UI_KEY_CHAR &&
		                              key->code == ' ')) {
			open_form(k, NULL);
			return UI_KIOSK_PAINT;
		}
		if (key->kind == UI_KEY_PASTE && key->paste)
			key->paste->taken = true;   /* nowhere to go: dropped */
		if (key->kind == UI_KEY_CHAR || key->kind == UI_KEY_FUNC) {
			ui_kiosk_say(k, false, _("Press Enter to unlock."));
			return UI_KIOSK_PAINT;
		}
		return had ? UI_KIOSK_PAINT : UI_KIOSK_NONE;
	}
	k->msg[0] = '\0';
	switch (ui_form_key(k->form, key)) {
	case UI_FORM_SUBMIT:
		if (ui_form_focused(k->form) == 0) {
			ui_form_focus(k->form, 1);
			return UI_KIOSK_PAINT;
		}
		return submit(k, person);
	case UI_FORM_CANCEL:
		close_form(k);
		return UI_KIOSK_PAINT;
	case UI_FORM_NONE:
		if (key->kind == UI_KEY_PASTE && key->paste && key->paste->refused[0])
			ui_kiosk_say(k, true, key->paste->refused);
		return UI_KIOSK_PAINT;
	default:
		return UI_KIOSK_PAINT;
	}
}
