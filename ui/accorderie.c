/* accorderie.c — owns the pane of l'Accorderie des savoir-faire, the time bank:
 * five views under one row of tabs. "Mon compte": the balance in a line of
 * its own (with what is proposed and not yet counted) over the statement,
 * read a page at a time. "Annonces": the live offers and requests, by kind,
 * category and words; Enter shows one, p proposes an exchange from it
 * (for an offer its author gives to the agent, for a request the agent
 * gives). "Échanges": the agent's exchanges, those awaiting their answer
 * first and marked, with the day they confirm themselves; c confirms, n
 * refuses (with an optional reason). "Mes annonces": the agent's own, with
 * their expiry, a new one, withdrawing one. "Comptes" (facilitators):
 * every account, and Enter opens one agent's statement. An exchange is
 * recorded from any view (e), in a form whose duration is shown rounded as
 * it is typed.
 *
 * Every rule is the core's (ledger.h); its refusals go to the status line
 * and the form stays open with what was typed. The agent's account is
 * opened (with the opening credit) when the pane is first shown. Data is
 * read when the pane is shown, again when the database changed and once a
 * minute while it is shown (proposals confirm themselves, announcements
 * expire: time alone changes what is shown); moving
 * the cursor repaints two rows. Every text from the core reaches the
 * screen through ui_paint_put() or a dialog, both of which sanitise. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "accorderie.h"
#include "dialog.h"
#include "draft.h"
#include "duration.h"
#include "form.h"
#include "fullview.h"
#include "i18n.h"
#include "keymap.h"
#include "keymap.h"
#include "labels.h"
#include "list.h"
#include "ledger.h"
#include "paint.h"
#include "picker.h"
#include "text.h"
#include "theme.h"
#include "when.h"

#define AD_DAYS 90              /* default life of a new announcement */
#define EXCHANGES_MAX 1000      /* the newest exchanges listed */
#define TITLE_MAX 120
#define DAY_W 10                /* "30/11/2026" */

enum view { VIEW_ACCOUNT, VIEW_ADS, VIEW_EXCHANGES, VIEW_MYADS, VIEW_ACCOUNTS,
	    VIEW_COUNT };

enum dialog_tag {
	DLG_DIRECTION, DLG_NEW_AD, DLG_CATEGORY, DLG_SEARCH, DLG_AD, DLG_CONFIRM,
	DLG_REFUSE, DLG_WITHDRAW, DLG_REVERSE, DLG_INFO
};

enum form_kind { FORM_EXCHANGE, FORM_AD };
enum { FX_LOGIN, FX_DURATION, FX_DAY, FX_DESCRIPTION };
enum { FA_TITLE, FA_CATEGORY, FA_EXPIRES, FA_DESCRIPTION };

struct lpane {
	const struct ui_ctx *ctx;
	int top, lines, cols;
	WINDOW *w;
	enum view view;
	int tab_x[VIEW_COUNT], tab_w[VIEW_COUNT];   /* the tabs, for clicks */
	struct ledger_rules rules;
	bool rules_ok, facilitator, opened;
	struct ui_picker *picker;   /* the exchange form's other agent(s) */

	/* the statement shown: the agent's own, or (facilitators) who's */
	char who[AGENT_LOGIN_MAX];
	struct ledger_statement st;
	bool have_st;
	size_t st_off;           /* the movement st.lines[0] is, newest first */

	/* the announcements and their filters */
	struct ledger_ad_list ads, myads;
	int kind;                /* enum ad_kind, or -1 for both */
	char *category, *search; /* NULL: none */
	char **choices;          /* the category dialog's items, as shown */
	size_t nchoices;

	struct ledger_exchange_list ex;
	size_t *order;           /* ex in the order shown: awaiting me first */
	size_t awaiting;         /* proposals the agent must answer */
	struct ledger_account_list accounts;

	struct ui_list list[VIEW_COUNT];   /* one per view: cursor, search */

	/* what draw() must repaint */
	bool d_all;

	/* the form, over the current view */
	struct ui_form *form;
	enum form_kind fkind;
	bool given;              /* exchange: the agent gave the time */
	enum ad_kind fad_kind;   /* announcement: which kind */
	int64_t fad_id;          /* exchange: the announcement answered, 0 */
	char fad_title[4 * TITLE_MAX + 8];
	bool stale;              /* the data changed while the form was up */
	struct ui_fullview_hooks fhooks;

	/* what a dialog acts on */
	int64_t did;
	enum ad_kind dkind;
	char dlogin[AGENT_LOGIN_MAX];
	char dtitle[4 * TITLE_MAX + 8];
};


/* ---- small helpers --------------------------------------------------- */

static struct ui_app *
app_of(const struct lpane *p)
{
	return p->ctx->app;
}

static const char *
nz(const char *s)
{
	return s ? s : "";
}


static const char *
me(const struct lpane *p)
{
	return identity_effective_login(p->ctx->id);
}

static const char *
arrow(void)
{
	return ui_theme_ascii() ? "->" : "\u2192";   /* → */
}

/* Replaces a filter's text (NULL or "" for none); false when out of
 * memory, the filter unchanged. */
static bool
set_opt(char **slot, const char *value)
{
	char *copy = NULL;

	/* out of memory keeps the filter as it was: it never reads as "none" */
	if (value && value[0] && (copy = strdup(value)) == NULL)
		return false;
	free(*slot);
	*slot = copy;
	return true;
}

/* The first row of the list of a view, and how many rows it has. */
static int
list_top(const struct lpane *p)
{
	return p->view == VIEW_ACCOUNT ? 4 : 3;
}

static size_t
list_rows(const struct lpane *p)
{
	int r = p->lines - 1 - list_top(p);

	return r > 1 ? (size_t)r : 1;
}

static size_t
count_of(const struct lpane *p, enum view v)
{
	switch (v) {
	case VIEW_ACCOUNT:
		return p->have_st ? p->st.total : 0;
	case VIEW_ADS:
		return p->ads.count;
	case VIEW_EXCHANGES:
		return p->ex.count;
	case VIEW_MYADS:
		return p->myads.count;
	case VIEW_ACCOUNTS:
		return p->accounts.count;
	case VIEW_COUNT:
		break;
	}
	return 0;
}

static size_t
nviews(const struct lpane *p)
{
	return p->facilitator ? VIEW_COUNT : VIEW_ACCOUNTS;
}

/* ---- reading --------------------------------------------------------- */

/* The agent's account, with the opening credit, the first time the pane
 * is shown. */
static void
open_account(struct lpane *p)
{
	struct cs_error err;
	enum cs_status st;

	if (p->opened || !p->rules_ok)
		return;
	p->opened = true;
	cs_error_clear(&err);
	st = ledger_open_account(p->ctx->db, p->ctx->id, &p->rules, time(NULL),
	                         &err);
	ui_app_result(app_of(p), st, &err);
}

/* A page of the statement around the first row shown. */
static void
load_statement(struct lpane *p)
{
	struct ledger_statement s;
	struct cs_error err;
	enum cs_status st;
	size_t rows = list_rows(p), first = p->list[VIEW_ACCOUNT].nav.first;
	size_t off = first > rows ? first - rows : 0;

	memset(&s, 0, sizeof s);
	cs_error_clear(&err);
	st = ledger_statement(p->ctx->db, p->ctx->id, &p->rules,
	                      p->who[0] ? p->who : NULL, off, 3 * rows + 32,
	                      time(NULL), &s, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return;
	if (p->have_st)
		ledger_statement_free(&p->st);
	p->st = s;
	p->st_off = off;
	p->have_st = true;
}

/* The statement line of movement i (newest first), NULL when not read. */
static const struct ledger_line *
line_at(const struct lpane *p, size_t i)
{
	if (!p->have_st || i < p->st_off || i - p->st_off >= p->st.count)
		return NULL;
	return &p->st.lines[i - p->st_off];
}

static void
load_ads(struct lpane *p, bool mine)
{
	struct ledger_ad_filter f = { -1, NULL, NULL, mine };
	struct ledger_ad_list l = { NULL, 0 };
	struct cs_error err;
	enum cs_status st;

	if (!mine) {
		f.kind = p->kind;
		f.category = p->category;
		f.search = p->search;
	}
	cs_error_clear(&err);
	st = ledger_ads(p->ctx->db, p->ctx->id, &f, time(NULL), &l, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return;
	if (mine) {
		ledger_ads_free(&p->myads);
		p->myads = l;
	} else {
		ledger_ads_free(&p->ads);
		p->ads = l;
	}
}

/* The agent's exchanges, those awaiting their answer first (each group
 * newest first, as read). */
static void
load_exchanges(struct lpane *p)
{
	struct ledger_exchange_list l = { NULL, 0 };
	struct cs_error err;
	enum cs_status st;
	size_t *order, n = 0;

	cs_error_clear(&err);
	st = ledger_exchanges(p->ctx->db, p->ctx->id, &p->rules, NULL, false,
	                      EXCHANGES_MAX, time(NULL), &l, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return;
	order = calloc(l.count ? l.count : 1, sizeof *order);
	if (order == NULL) {
		ledger_exchanges_free(&l);
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		return;
	}
	for (size_t i = 0; i < l.count; i++)
		if (l.items[i].awaiting_me)
			order[n++] = i;
	p->awaiting = n;
	for (size_t i = 0; i < l.count; i++)
		if (!l.items[i].awaiting_me)
			order[n++] = i;
	ledger_exchanges_free(&p->ex);
	free(p->order);
	p->ex = l;
	p->order = order;
}

/* How many proposals await the agent's answer (the tab says it). */
static void
load_awaiting(struct lpane *p)
{
	struct ledger_exchange_list l = { NULL, 0 };
	struct cs_error err;
	enum cs_status st;

	cs_error_clear(&err);
	st = ledger_exchanges(p->ctx->db, p->ctx->id, &p->rules, NULL, true, 0,
	                      time(NULL), &l, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return;
	p->awaiting = 0;
	for (size_t i = 0; i < l.count; i++)
		p->awaiting += l.items[i].awaiting_me;
	ledger_exchanges_free(&l);
}

static void
load_accounts(struct lpane *p)
{
	struct ledger_account_list l = { NULL, 0 };
	struct cs_error err;
	enum cs_status st;

	cs_error_clear(&err);
	st = ledger_accounts(p->ctx->db, p->ctx->id, &p->rules, time(NULL), &l,
	                     &err);
	if (!ui_app_result(app_of(p), st, &err))
		return;
	ledger_accounts_free(&p->accounts);
	p->accounts = l;
}

/* Keeps the cursor of the view inside its list, and the list where the
 * rows are on the screen. */
static void
clamp_cursor(struct lpane *p)
{
	struct ui_list *l = &p->list[p->view];

	l->nav.count = count_of(p, p->view);
	if (p->w)
		ui_list_place(l, p->w, list_top(p), 0, (int)list_rows(p),
		              p->cols);
	ui_listnav_settle(&l->nav);
}

/* Reads what the current view shows, and the count of the tab. */
static void
load_view(struct lpane *p)
{
	if (!p->rules_ok)
		return;
	switch (p->view) {
	case VIEW_ACCOUNT:
		load_statement(p);
		clamp_cursor(p);
		if (line_at(p, p->list[VIEW_ACCOUNT].nav.first) == NULL &&
		    p->list[VIEW_ACCOUNT].nav.first < count_of(p, VIEW_ACCOUNT))
			load_statement(p);
		load_awaiting(p);
		break;
	case VIEW_ADS:
		load_ads(p, false);
		load_awaiting(p);
		break;
	case VIEW_EXCHANGES:
		load_exchanges(p);
		break;
	case VIEW_MYADS:
		load_ads(p, true);
		load_awaiting(p);
		break;
	case VIEW_ACCOUNTS:
		load_accounts(p);
		load_awaiting(p);
		break;
	case VIEW_COUNT:
		break;
	}
	clamp_cursor(p);
	ui_app_refreshed(app_of(p));
	p->d_all = true;
}

/* ---- drawing --------------------------------------------------------- */

static const char *
view_label(enum view v)
{
	switch (v) {
	case VIEW_ACCOUNT:
		return _("My account");
	case VIEW_ADS:
		return _("Ads");
	case VIEW_EXCHANGES:
		return _("Exchanges");
	case VIEW_MYADS:
		return _("My ads");
	case VIEW_ACCOUNTS:
		return _("Accounts");
	case VIEW_COUNT:
		break;
	}
	return "";
}

/* The tab of view v: "1 Mon compte", "3 Échanges (2)"; with short, only
 * its number (and the count). */
static void
tab_text(const struct lpane *p, size_t v, bool short_, char *buf,
         size_t size)
{
	bool on = v == (size_t)p->view;
	char count[32] = "";

	if (v == VIEW_EXCHANGES && p->awaiting > 0)
		snprintf(count, sizeof count, " (%zu)", p->awaiting);
	snprintf(buf, size, "%c%zu%s%s%s%c", on ? '[' : ' ', v + 1,
	         short_ ? "" : " ", short_ ? "" : view_label((enum view)v), count,
	         on ? ']' : ' ');
}

/* Row 0: the views, the current one in brackets and reversed; when they
 * do not all fit, the others are only their numbers. */
static void
draw_tabs(struct lpane *p)
{
	attr_t h = ui_theme_attr(UI_HEADING);
	char buf[256];
	int x = 0, need = 0;
	bool short_;

	for (size_t v = 0; v < nviews(p); v++) {
		tab_text(p, v, false, buf, sizeof buf);
		need += text_width(buf) + 1;
	}
	short_ = need > p->cols;
	ui_paint_fill(p->w, 0, 0, p->cols, h);
	memset(p->tab_w, 0, sizeof p->tab_w);
	for (size_t v = 0; v < nviews(p) && x < p->cols; v++) {
		bool on = v == (size_t)p->view;
		tab_text(p, v, short_ && !on, buf, sizeof buf);
		p->tab_x[v] = x;
		p->tab_w[v] = ui_paint_put(p->w, 0, x, p->cols - x, buf,
		                           on ? ui_theme_attr(UI_SELECTED) | A_BOLD
		                              : h, 0);
		x += p->tab_w[v] + 1;
	}
}

/* The foot: how many rows are below, or the keys of the view. */
static void
draw_foot(struct lpane *p, const char *keys)
{
	size_t n = count_of(p, p->view), rows = list_rows(p);
	size_t first = p->list[p->view].nav.first;
	size_t below = first + rows < n ? n - first - rows : 0;
	int y = p->lines - 1, x = 1;
	char buf[128];

	ui_paint_fill(p->w, y, 0, p->cols, A_NORMAL);
	if (below > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_DOWN, below);
		x += ui_paint_put(p->w, y, x, p->cols - 2, buf,
		                  ui_theme_attr(UI_DIM), 0) + 3;
	}
	ui_paint_put(p->w, y, x, p->cols - x - 1, keys, ui_theme_attr(UI_DIM), 0);
}

/* Puts s in a column of w columns at x; returns the next column. */
static int
column(struct lpane *p, int y, int x, int w, const char *s, attr_t a,
       unsigned flags)
{
	if (w > 1)
		ui_list_put(&p->list[p->view], p->w, y, x, w - 1, s, a, flags);
	return x + w;
}

/* The exchange at display row i of the exchanges view. */
static const struct ledger_exchange *
exchange_at(const struct lpane *p, size_t i)
{
	return i < p->ex.count ? &p->ex.items[p->order[i]] : NULL;
}

/* A party in at most cols columns after fmt's text ("received from %s"):
 * with their login ("Alice Agent (alice)") when with_login, else their
 * name (which carries the login when it could pass for the pool's). When
 * it is too long the name is cut, never the login that follows it. */
static void
party_fit(const char *fmt, const char *login, const char *name,
          bool with_login, int cols, char *buf, size_t size)
{
	char label[512], suffix[160], cut[512], shown[700];
	size_t ll, sl;
	int room;

	if (with_login)
		ledger_party_label(nz(login), nz(name), label, sizeof label);
	else
		snprintf(label, sizeof label, "%s", nz(name));
	snprintf(shown, sizeof shown, fmt, label);
	snprintf(suffix, sizeof suffix, " (%s)", nz(login));
	ll = strlen(label);
	sl = strlen(suffix);
	if (text_width(shown) <= cols || nz(login)[0] == '\0' || ll <= sl
	    || strcmp(label + ll - sl, suffix) != 0) {
		snprintf(buf, size, "%s", shown);
		return;
	}
	label[ll - sl] = '\0';
	snprintf(shown, sizeof shown, fmt, "");
	room = cols - text_width(shown) - text_width(suffix);
	if (room < 2) {
		snprintf(buf, size, fmt, nz(login));
		return;
	}
	text_fit(label, room, true, cut, sizeof cut);
	/* the cut name is shorter than the label it came from: it fits */
	if (snprintf(label, sizeof label, "%s%s", cut, suffix) >= (int)sizeof label)
		label[sizeof label - 1] = '\0';
	snprintf(buf, size, fmt, label);
}

/* "received from Marie Dupont (mdupont)" / "given to Jean Martin
 * (jmartin)", in at most cols columns: the list an agent answers from. */
static void
exchange_who(const struct lpane *p, const struct ledger_exchange *e,
             int cols, char *buf, size_t size)
{
	char a[512], b[512];

	if (e->kind == EXCHANGE_OPENING)
		snprintf(buf, size, "%s", _("opening credit"));
	else if (e->kind == EXCHANGE_REVERSAL)
		snprintf(buf, size, _("reversal of no. %lld"), (long long)e->reverses);
	else if (strcmp(nz(e->provider_login), me(p)) == 0)
		party_fit(_("given to %s"), e->beneficiary_login, e->beneficiary_name, true,
		          cols, buf, size);
	else if (strcmp(nz(e->beneficiary_login), me(p)) == 0)
		party_fit(_("received from %s"), e->provider_login, e->provider_name, true,
		          cols, buf, size);
	else
		snprintf(buf, size, "%s %s %s",
		         ledger_party_label(nz(e->provider_login), nz(e->provider_name),
		                            a, sizeof a), arrow(),
		         ledger_party_label(nz(e->beneficiary_login), nz(e->beneficiary_name),
		                            b, sizeof b));
}

/* Its state in words: "to confirm (auto 07/12/2026)", "confirmed"... */
static void
exchange_state(const struct ledger_exchange *e, char *buf, size_t size)
{
	char due[16];

	when_day_text(nz(e->due_day), due, sizeof due);
	due[5] = '\0';   /* "07/12": the day is at most a few weeks ahead */
	if (e->state == EXCHANGE_PROPOSED && e->awaiting_me)
		snprintf(buf, size, e->due_day[0] ? _("to confirm (auto %s)")
		                                  : _("to confirm"), due);
	else if (e->state == EXCHANGE_PROPOSED)
		snprintf(buf, size, e->due_day[0] ? _("awaiting (auto %s)")
		                                  : _("awaiting the other"), due);
	else if (e->reversed_by)
		snprintf(buf, size, _("reversed by no. %lld"),
		         (long long)e->reversed_by);
	else if (e->state == EXCHANGE_CONFIRMED && e->auto_confirmed)
		snprintf(buf, size, "%s", _("confirmed (auto)"));
	else
		snprintf(buf, size, "%s", ledger_state_label(e->state));
}

/* The columns of the lists at the pane's width: the flexible column takes
 * what the others leave. */
static int
flex(const struct lpane *p, int fixed)
{
	int w = p->cols - 2 - fixed;

	return w > 8 ? w : 8;
}

/* The exchanges' state column: "à confirmer (auto 07/12)" when there is
 * room. */
static int
state_w(const struct lpane *p)
{
	return p->cols >= 100 ? 30 : p->cols >= 76 ? 26 : 18;
}

/* The statement's "with" column. */
static int
with_w(const struct lpane *p)
{
	return p->cols >= 100 ? 24 : p->cols >= 76 ? 18 : 14;
}

/* The announcements' "by" (or "state") and "until" columns: the browsing
 * view leaves the expiry to the detail unless the pane is wide. */
static int
by_w(const struct lpane *p)
{
	return p->view == VIEW_ADS ? (p->cols >= 100 ? 22 : 16) : 10;
}

static int
until_w(const struct lpane *p)
{
	return p->view == VIEW_MYADS || p->cols >= 96 ? DAY_W + 1 : 0;
}

static void
draw_row(struct lpane *p, size_t i)
{
	size_t rows = list_rows(p), first = p->list[p->view].nav.first;
	int y = list_top(p) + (int)(i - first), x = 2;
	bool sel = i == p->list[p->view].nav.cur;
	attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	attr_t dim = sel ? a : ui_theme_attr(UI_DIM);
	char buf[1024], day[16], dur[32], bal[32];

	if (i < first || i >= first + rows)
		return;
	ui_paint_fill(p->w, y, 0, p->cols, a);
	if (i >= count_of(p, p->view))
		return;
	ui_paint_put(p->w, y, 0, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", a, 0);
	switch (p->view) {
	case VIEW_ACCOUNT: {
		const struct ledger_line *l = line_at(p, i);
		int cw = with_w(p);
		if (l == NULL)
			return;
		when_day_text(nz(l->day), day, sizeof day);
		duration_format_clock(l->minutes, true, dur, sizeof dur);
		duration_format_clock(l->balance_after, false, bal, sizeof bal);
		x = column(p, y, x, DAY_W + 1, day, a, 0);
		party_fit("%s", l->counterpart_login, l->counterpart, false, cw - 1,
		          buf, sizeof buf);
		x = column(p, y, x, cw, buf, a, 0);
		x = column(p, y, x, flex(p, DAY_W + 1 + cw + 17), nz(l->description),
		           a, 0);
		x = column(p, y, x, 8, dur, sel ? a : a | A_BOLD, UI_PUT_RIGHT);
		column(p, y, x, 9, bal, a, UI_PUT_RIGHT);
		break;
	}
	case VIEW_ADS:
	case VIEW_MYADS: {
		const struct ledger_ad *ad = p->view == VIEW_ADS ? &p->ads.items[i]
		                                                : &p->myads.items[i];
		int kw = 9, cw = p->cols >= 100 ? 18 : 14, ww = by_w(p);
		int dw = until_w(p);
		when_day_text(nz(ad->expires), day, sizeof day);
		x = column(p, y, x, kw, ledger_ad_kind_label(ad->kind),
		           sel ? a : ad->kind == AD_OFFER ? ui_theme_attr(UI_MARK)
		                                          : a, 0);
		x = column(p, y, x, flex(p, kw + cw + ww + dw), nz(ad->title),
		           a | (sel ? 0 : A_BOLD), 0);
		x = column(p, y, x, cw, nz(ad->category), dim, 0);
		if (p->view == VIEW_ADS) {
			party_fit("%s", ad->login, ad->name, false, ww - 1, buf, sizeof buf);
			x = column(p, y, x, ww, buf, a, 0);
		} else {
			const char *state = !ad->active ? _("withdrawn")
			                    : ad->expired ? _("expired") : _("live");
			x = column(p, y, x, ww, state, ad->active && !ad->expired ? a
			                                                          : dim, 0);
		}
		column(p, y, x, dw, day, a, 0);
		break;
	}
	case VIEW_EXCHANGES: {
		const struct ledger_exchange *e = exchange_at(p, i);
		int sw = state_w(p), w;
		attr_t sa = e->awaiting_me ? (sel ? a | A_BOLD
		                                  : ui_theme_attr(UI_MARK) | A_BOLD)
		            : e->state == EXCHANGE_PROPOSED ? a : dim;
		snprintf(buf, sizeof buf, "%lld", (long long)e->id);
		x = column(p, y, x, 5, buf, dim, 0);
		when_day_text(nz(e->day), day, sizeof day);
		x = column(p, y, x, DAY_W + 1, day, a, 0);
		w = flex(p, 5 + DAY_W + 1 + 9 + sw);
		exchange_who(p, e, w - 1, buf, sizeof buf);
		x = column(p, y, x, w, buf, a, 0);
		duration_format(e->minutes, dur, sizeof dur);
		x = column(p, y, x, 9, dur, a | (sel ? 0 : A_BOLD), 0);
		exchange_state(e, buf, sizeof buf);
		column(p, y, x, sw, buf, sa, 0);
		break;
	}
	case VIEW_ACCOUNTS: {
		const struct ledger_account *ac = &p->accounts.items[i];
		if (ac->pool)
			snprintf(buf, sizeof buf, "%s", LEDGER_POOL_NAME);
		else
			snprintf(buf, sizeof buf, "%s (%s)", nz(ac->name), nz(ac->login));
		x = column(p, y, x, flex(p, 10 + 12 + 12), buf,
		           ac->pool ? dim : a, 0);
		duration_format(ac->balance, bal, sizeof bal);
		x = column(p, y, x, 10, bal, a | (sel ? 0 : A_BOLD), UI_PUT_RIGHT);
		snprintf(buf, sizeof buf, "%zu", ac->movements);
		x = column(p, y, x, 12, buf, a, UI_PUT_RIGHT);
		snprintf(buf, sizeof buf, "%zu", ac->pending);
		column(p, y, x, 12, buf, ac->pending ? a : dim, UI_PUT_RIGHT);
		break;
	}
	case VIEW_COUNT:
		break;
	}
}

/* Rows 1 and 2 of the account view: the balance, then what waits. */
static void
draw_balance(struct lpane *p)
{
	const struct ledger_statement *s = &p->st;
	char buf[512], bal[32], in[32], out[32];
	int x;

	if (!p->have_st) {
		ui_paint_put(p->w, 1, 1, p->cols - 2, _("The account is not read."),
		             ui_theme_attr(UI_DIM), 0);
		return;
	}
	duration_format(s->balance, bal, sizeof bal);
	snprintf(buf, sizeof buf, _("Balance: %s"), bal);
	x = 1 + ui_paint_put(p->w, 1, 1, p->cols - 2, buf,
	                     ui_theme_attr(UI_TITLE) | A_BOLD, 0);
	if (s->pending_in || s->pending_out) {
		duration_format(s->pending_in, in, sizeof in);
		duration_format(s->pending_out, out, sizeof out);
		if (s->pending_in && s->pending_out)
			snprintf(buf, sizeof buf, _("   pending: +%s to receive, "
			                            "-%s to give"), in, out);
		else if (s->pending_in)
			snprintf(buf, sizeof buf, _("   pending: +%s to receive"), in);
		else
			snprintf(buf, sizeof buf, _("   pending: -%s to give"), out);
		ui_paint_put(p->w, 1, x, p->cols - x - 1, buf, ui_theme_attr(UI_DIM),
		             0);
	}
	if (p->who[0]) {
		char back[32];
		ui_keymap_key_label(UI_VIEW_LEDGER_STATEMENT, UI_ACT_QUIT, back,
		                    sizeof back);
		/* TRANSLATORS: the agent, the login, the key back */
		snprintf(buf, sizeof buf, _("Statement of %s (%s)  %s: back"),
		         nz(s->name), nz(s->login), back);
		ui_paint_put(p->w, 2, 1, p->cols - 2, buf, ui_theme_attr(UI_FILTER),
		             0);
	} else if (!s->has_account) {
		ui_paint_put(p->w, 2, 1, p->cols - 2,
		             _("No account yet: it opens with your first exchange."),
		             ui_theme_attr(UI_DIM), 0);
	} else if (p->awaiting > 0) {
		snprintf(buf, sizeof buf,
		         P_("%zu exchange awaits your answer (3: exchanges).",
		            "%zu exchanges await your answer (3: exchanges).",
		            p->awaiting), p->awaiting);
		ui_paint_put(p->w, 2, 1, p->cols - 2, buf,
		             ui_theme_attr(UI_MARK) | A_BOLD, 0);
	}
}

/* Row 1 of the announcements: how many, and the filters that narrow
 * them. */
static void
draw_filters(struct lpane *p)
{
	attr_t fa = ui_theme_attr(UI_FILTER);
	const char *sep = ui_theme_glyph(UI_G_SEP);
	char buf[1024];
	int x;

	snprintf(buf, sizeof buf, P_("%zu announcement", "%zu announcements",
	                             p->ads.count), p->ads.count);
	x = 1 + ui_paint_put(p->w, 1, 1, p->cols - 2, buf, A_BOLD, 0);
	if (p->kind < 0 && !p->category && !p->search) {
		snprintf(buf, sizeof buf, " %s %s", sep,
		         _("offers and requests, every category"));
		ui_paint_put(p->w, 1, x, p->cols - x - 1, buf, A_NORMAL, 0);
		return;
	}
	if (p->kind >= 0) {
		snprintf(buf, sizeof buf, " %s %s", sep, p->kind == AD_OFFER
		         ? _("offers only") : _("requests only"));
		x += ui_paint_put(p->w, 1, x, p->cols - x - 1, buf, fa, 0);
	}
	if (p->category) {
		snprintf(buf, sizeof buf, " %s %s", sep, p->category);
		x += ui_paint_put(p->w, 1, x, p->cols - x - 1, buf, fa, 0);
	}
	if (p->search) {
		snprintf(buf, sizeof buf, " %s \u00ab %s \u00bb", sep, p->search);
		ui_paint_put(p->w, 1, x, p->cols - x - 1, buf, fa, 0);
	}
}

/* The column headings of the view, on the row above the list. */
static void
draw_headings(struct lpane *p)
{
	int y = list_top(p) - 1, x = 2;
	attr_t b = A_BOLD;

	switch (p->view) {
	case VIEW_ACCOUNT: {
		int cw = with_w(p);
		x = column(p, y, x, DAY_W + 1, _("Day"), b, 0);
		x = column(p, y, x, cw, _("With"), b, 0);
		x = column(p, y, x, flex(p, DAY_W + 1 + cw + 17), _("Description"), b,
		           0);
		x = column(p, y, x, 8, _("Time"), b, UI_PUT_RIGHT);
		column(p, y, x, 9, _("Balance"), b, UI_PUT_RIGHT);
		break;
	}
	case VIEW_ADS:
	case VIEW_MYADS: {
		int kw = 9, cw = p->cols >= 100 ? 18 : 14, ww = by_w(p);
		int dw = until_w(p);
		x = column(p, y, x, kw, _("Kind"), b, 0);
		x = column(p, y, x, flex(p, kw + cw + ww + dw), _("Title"), b, 0);
		x = column(p, y, x, cw, _("Category"), b, 0);
		x = column(p, y, x, ww, p->view == VIEW_ADS ? _("By") : _("State"), b,
		           0);
		column(p, y, x, dw, _("Until"), b, 0);
		break;
	}
	case VIEW_EXCHANGES: {
		int sw = state_w(p);
		x = column(p, y, x, 5, _("No."), b, 0);
		x = column(p, y, x, DAY_W + 1, _("Day"), b, 0);
		x = column(p, y, x, flex(p, 5 + DAY_W + 1 + 9 + sw), _("With"), b, 0);
		x = column(p, y, x, 9, _("Time"), b, 0);
		column(p, y, x, sw, _("State"), b, 0);
		break;
	}
	case VIEW_ACCOUNTS:
		x = column(p, y, x, flex(p, 10 + 12 + 12), _("Agent"), b, 0);
		x = column(p, y, x, 10, _("Balance"), b, UI_PUT_RIGHT);
		x = column(p, y, x, 12, _("Movements"), b, UI_PUT_RIGHT);
		column(p, y, x, 12, _("Pending"), b, UI_PUT_RIGHT);
		break;
	case VIEW_COUNT:
		break;
	}
}

static const char *
empty_text(const struct lpane *p)
{
	switch (p->view) {
	case VIEW_ACCOUNT:
		return _("No movement yet.");
	case VIEW_ADS:
		return p->kind >= 0 || p->category || p->search
		       ? _("No announcement matches (x clears the filters).")
		       : _("No announcement yet (a publishes one).");
	case VIEW_EXCHANGES:
		return _("No exchange yet (a records one).");
	case VIEW_MYADS:
		return _("You have published nothing (a publishes an offer or a "
		         "request).");
	case VIEW_ACCOUNTS:
		return _("No account yet.");
	case VIEW_COUNT:
		break;
	}
	return "";
}

static int ledger_view(void *self);

#define N(t) (sizeof t / sizeof t[0])
#define H(a, what) { a, UI_ACT_NONE, what }

/* The foot line: the main keys of the view, named from the keymap. */
static const char *
foot_keys(struct lpane *p, char *buf, size_t size)
{
	static const struct ui_hint other[] = {
		H(UI_ACT_OPEN, N_("the exchange")), H(UI_ACT_QUIT, N_("back")),
	};
	static const struct ui_hint own[] = {
		H(UI_ACT_NEW, N_("record an exchange")),
		H(UI_ACT_OPEN, N_("the exchange")), H(UI_ACT_HELP, N_("keys")),
	};
	static const struct ui_hint ads[] = {
		H(UI_ACT_OPEN, N_("show")), H(UI_ACT_PROPOSE, N_("propose")),
		H(UI_ACT_AD_KIND, N_("kind")), H(UI_ACT_FILTER, N_("category")),
		H(UI_ACT_SEARCH, N_("search")),
	};
	static const struct ui_hint exchanges[] = {
		H(UI_ACT_CONFIRM, N_("confirm")), H(UI_ACT_DELETE, N_("refuse")),
		H(UI_ACT_OPEN, N_("details")), H(UI_ACT_NEW, N_("record")),
	};
	static const struct ui_hint myads[] = {
		H(UI_ACT_NEW, N_("new")), H(UI_ACT_DELETE, N_("withdraw")),
		H(UI_ACT_OPEN, N_("show")),
	};
	static const struct ui_hint accounts[] = {
		H(UI_ACT_OPEN, N_("the statement of the account")),
	};
	const struct ui_hint *h = NULL;
	size_t n = 0;

	switch (p->view) {
	case VIEW_ACCOUNT:
		h = p->who[0] ? other : own;
		n = p->who[0] ? N(other) : N(own);
		break;
	case VIEW_ADS:
		h = ads, n = N(ads);
		break;
	case VIEW_EXCHANGES:
		h = exchanges, n = N(exchanges);
		break;
	case VIEW_MYADS:
		h = myads, n = N(myads);
		break;
	case VIEW_ACCOUNTS:
		h = accounts, n = N(accounts);
		break;
	case VIEW_COUNT:
		break;
	}
	ui_keymap_hints(ledger_view(p), h, n, buf, size);
	return buf;
}

static void
draw_list(struct lpane *p)
{
	size_t n = count_of(p, p->view);

	if (!p->d_all && !p->list[p->view].d_all) {
		ui_list_draw(&p->list[p->view], false);
		return;
	}
	werase(p->w);
	draw_tabs(p);
	switch (p->view) {
	case VIEW_ACCOUNT:
		draw_balance(p);
		break;
	case VIEW_ADS:
		draw_filters(p);
		break;
	case VIEW_EXCHANGES: {
		char buf[256];
		char ck[32], rk[32];
		ui_keymap_key_label(UI_VIEW_LEDGER_EXCHANGES, UI_ACT_CONFIRM, ck,
		                    sizeof ck);
		ui_keymap_key_label(UI_VIEW_LEDGER_EXCHANGES, UI_ACT_DELETE, rk,
		                    sizeof rk);
		if (p->awaiting > 0)
			/* TRANSLATORS: the count, the key that confirms, the
			 * key that refuses */
			snprintf(buf, sizeof buf,
			         P_("%zu exchange awaits your answer: %s confirms, "
			            "%s refuses.",
			            "%zu exchanges await your answer: %s confirms, "
			            "%s refuses.", p->awaiting), p->awaiting, ck, rk);
		else
			snprintf(buf, sizeof buf, "%s",
			         _("No exchange awaits your answer."));
		ui_paint_put(p->w, 1, 1, p->cols - 2, buf, p->awaiting
		             ? ui_theme_attr(UI_MARK) | A_BOLD : A_NORMAL, 0);
		break;
	}
	case VIEW_MYADS:
		ui_paint_put(p->w, 1, 1, p->cols - 2,
		             _("Your offers and requests, live, expired or "
		               "withdrawn."), A_NORMAL, 0);
		break;
	case VIEW_ACCOUNTS:
	{
		char buf[256], ok[32];
		ui_keymap_key_label(UI_VIEW_LEDGER_ACCOUNTS, UI_ACT_OPEN, ok,
		                    sizeof ok);
		/* TRANSLATORS: the key that opens a statement */
		snprintf(buf, sizeof buf, _("Every account of the Accorderie (%s: "
		                            "its statement)."), ok);
		ui_paint_put(p->w, 1, 1, p->cols - 2, buf, A_NORMAL, 0);
	}
		break;
	case VIEW_COUNT:
		break;
	}
	if (n == 0) {
		ui_paint_put(p->w, list_top(p), 2, p->cols - 4, empty_text(p),
		             A_NORMAL, 0);
	} else {
		draw_headings(p);
		ui_list_draw(&p->list[p->view], true);
	}
	{
		char keys[256];
		draw_foot(p, foot_keys(p, keys, sizeof keys));
	}
	p->d_all = false;
	wnoutrefresh(p->w);
}

/* ---- the forms ------------------------------------------------------- */

static void
close_form(void *self)
{
	struct lpane *p = self;

	ui_form_free(p->form);
	p->form = NULL;
	ui_picker_free(p->picker);
	p->picker = NULL;
	if (p->w)
		leaveok(p->w, TRUE);
	if (p->stale) {
		p->stale = false;
		load_view(p);
	}
	p->d_all = true;
}

static unsigned
show_form(struct lpane *p, const struct ui_form_field *fields, size_t n)
{
	ui_form_free(p->form);
	p->form = ui_form_new(fields, n, false);
	if (p->form == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		return UI_PAINT;
	}
	if (p->w)
		leaveok(p->w, FALSE);
	return UI_REDRAW;
}

/* The exchange form: given says who gave the time; login, ad_id and
 * description come from an announcement (or are empty). */
static unsigned
open_exchange_form(struct lpane *p, bool given, const char *login,
                   int64_t ad_id, const char *title)
{
	struct ui_form_field f[4] = {
		{ given ? _("To whom (one or several):") : _("Other agent (name):"),
		  UI_FIELD_LINE, given ? 1000 : 240, login },
		{ _("Time (1h15, 45 min):"), UI_FIELD_LINE, 20, NULL },
		{ _("Day (empty: today):"), UI_FIELD_LINE, 20, NULL },
		{ _("What was done:"), UI_FIELD_TEXT, 500, title },
	};

	if (!p->rules_ok || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	p->fkind = FORM_EXCHANGE;
	p->given = given;
	p->fad_id = ad_id;
	snprintf(p->fad_title, sizeof p->fad_title, "%s", nz(title));
	ui_picker_free(p->picker);
	p->picker = ui_picker_new(app_of(p), p->ctx->db, FX_LOGIN, given);
	if (p->picker == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		return UI_PAINT;
	}
	if (show_form(p, f, 4) & UI_REDRAW) {
		if (login && login[0])
			ui_form_focus(p->form, FX_DURATION);
		return UI_REDRAW;
	}
	return UI_PAINT;
}

static unsigned
open_ad_form(struct lpane *p, enum ad_kind kind)
{
	char today[11], until[16];
	long n;
	int y, m, d;
	struct ui_form_field f[4] = {
		{ _("Title:"), UI_FIELD_LINE, TITLE_MAX, NULL },
		{ _("Category:"), UI_FIELD_LINE, 40, NULL },
		{ _("Shown until:"), UI_FIELD_LINE, 20, until },
		{ _("Description:"), UI_FIELD_TEXT, 2000, NULL },
	};

	if (!p->rules_ok || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	when_local_day(time(NULL), today);
	n = when_day_number(today) + AD_DAYS;
	when_civil_from_days(n, &y, &m, &d);
	snprintf(until, sizeof until, "%02d/%02d/%04d", d % 100, m % 100,
	         y % 10000);
	p->fkind = FORM_AD;
	p->fad_kind = kind;
	if (p->category)   /* the category being browsed */
		f[FA_CATEGORY].initial = p->category;
	return show_form(p, f, 4);
}

/* The field's text, "" when out of memory (the caller frees). */
static char *
field(const struct lpane *p, size_t i)
{
	char *s = ui_form_text(p->form, i);

	return s ? s : strdup("");
}

static unsigned
save_exchange(struct lpane *p)
{
	char *login = field(p, FX_LOGIN), *dur = field(p, FX_DURATION);
	char *dayt = field(p, FX_DAY), *desc = field(p, FX_DESCRIPTION);
	char today[11], day[11], shown[32], *who, *names = NULL;
	const char *mine = me(p), *benef[LEDGER_MAX_BENEFICIARIES];
	const char *named[UI_PICKER_MAX_LOGINS];
	size_t nbenef = 0, nnamed = 0;
	struct ledger_record_request req;
	struct cs_error err;
	enum cs_status st;
	int minutes = 0, rounded = 0;
	int64_t id = 0;
	unsigned bits = UI_PAINT;

	cs_error_clear(&err);
	when_local_day(time(NULL), today);
	who = text_sanitize(nz(login), TEXT_SINGLE_LINE);
	names = who ? malloc(strlen(who) + 1) : NULL;
	if (login == NULL || dur == NULL || dayt == NULL || desc == NULL ||
	    who == NULL || names == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		goto out;
	}
	/* "Marie Dupont (mdupont), jmartin": the logins */
	st = ui_picker_logins(p->picker, who, names, strlen(who) + 1, named,
	                      UI_PICKER_MAX_LOGINS, &nnamed, &err);
	if (st == CS_ERR_DATA || nnamed > LEDGER_MAX_BENEFICIARIES) {
		ui_app_error(app_of(p), _("At most %d agents in a group session."),
		             LEDGER_MAX_BENEFICIARIES);
		ui_form_focus(p->form, FX_LOGIN);
		goto out;
	}
	if (!ui_app_result(app_of(p), st, &err)) {
		ui_form_focus(p->form, FX_LOGIN);
		goto out;
	}
	if (nnamed == 0) {
		ui_app_error(app_of(p), "%s",
		             _("Say with whom: type part of the other agent's name."));
		ui_form_focus(p->form, FX_LOGIN);
		goto out;
	}
	st = duration_parse(dur, false, &minutes, &err);
	if (!ui_app_result(app_of(p), st, &err)) {
		ui_form_focus(p->form, FX_DURATION);
		goto out;
	}
	if (when_parse_day(dayt, today, day, &err) != CS_OK) {
		ui_app_error(app_of(p), "%s.", err.message);
		ui_form_focus(p->form, FX_DAY);
		goto out;
	}
	if (!ui_app_may_write(app_of(p)))
		goto out;
	memset(&req, 0, sizeof req);
	if (p->given) {
		/* several agents: a group session */
		for (size_t i = 0; i < nnamed; i++)
			benef[nbenef++] = named[i];
		req.provider = mine;
	} else {
		if (nnamed > 1) {
			ui_app_error(app_of(p), "%s", _("You received time from one agent: "
			                                "a group session is recorded by its "
			                                "provider."));
			ui_form_focus(p->form, FX_LOGIN);
			goto out;
		}
		benef[nbenef++] = mine;
		req.provider = named[0];
	}
	req.beneficiaries = benef;
	req.beneficiary_count = nbenef;
	req.minutes = minutes;
	req.day = day;
	req.description = desc;
	req.ad_id = p->fad_id;
	st = ledger_record(p->ctx->db, p->ctx->id, &p->rules, &req, time(NULL),
	                   &id, &rounded, &err);
	if (!ui_app_result(app_of(p), st, &err))
		goto out;
	duration_format(rounded, shown, sizeof shown);
	if (nbenef > 1)
		ui_app_message(app_of(p), _("Group session recorded: exchanges %lld to "
		                            "%lld (%s each), each awaiting its "
		                            "beneficiary's confirmation."),
		               (long long)id, (long long)(id + (int64_t)nbenef - 1), shown);
	else
		ui_app_message(app_of(p), _("Exchange %lld recorded (%s), awaiting "
		                            "confirmation by %s."), (long long)id, shown,
		               p->given ? benef[0] : named[0]);
	close_form(p);
	p->view = VIEW_EXCHANGES;
	p->list[VIEW_EXCHANGES].nav.cur = p->list[VIEW_EXCHANGES].nav.first = 0;
	bits = UI_RELOAD | UI_REDRAW;
out:
	free(login);
	free(dur);
	free(dayt);
	free(desc);
	free(who);
	free(names);
	return bits;
}

static unsigned
save_ad(struct lpane *p)
{
	char *title = field(p, FA_TITLE), *cat = field(p, FA_CATEGORY);
	char *until = field(p, FA_EXPIRES), *desc = field(p, FA_DESCRIPTION);
	char today[11], day[11];
	struct cs_error err;
	enum cs_status st;
	int64_t id = 0;
	unsigned bits = UI_PAINT;

	cs_error_clear(&err);
	when_local_day(time(NULL), today);
	if (title == NULL || cat == NULL || until == NULL || desc == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		goto out;
	}
	if (when_parse_day(until, today, day, &err) != CS_OK) {
		ui_app_error(app_of(p), "%s.", err.message);
		ui_form_focus(p->form, FA_EXPIRES);
		goto out;
	}
	if (!ui_app_may_write(app_of(p)))
		goto out;
	st = ledger_ad_add(p->ctx->db, p->ctx->id, &p->rules, p->fad_kind, title,
	                   desc, cat, day, time(NULL), &id, &err);
	if (!ui_app_result(app_of(p), st, &err))
		goto out;
	ui_app_message(app_of(p), p->fad_kind == AD_OFFER
	               ? _("Offer %lld published.") : _("Request %lld published."),
	               (long long)id);
	close_form(p);
	p->view = VIEW_MYADS;
	p->list[VIEW_MYADS].nav.cur = p->list[VIEW_MYADS].nav.first = 0;
	bits = UI_RELOAD | UI_REDRAW;
out:
	free(title);
	free(cat);
	free(until);
	free(desc);
	return bits;
}

static unsigned
save_form(void *self)
{
	struct lpane *p = self;

	return p->fkind == FORM_EXCHANGE ? save_exchange(p) : save_ad(p);
}

/* The exchange form's hint: who gives, and the time as it will count. */
static void
exchange_hint(const struct lpane *p, char *buf, size_t size)
{
	char *dur = ui_form_text(p->form, FX_DURATION), shown[32];
	struct cs_error err;
	int minutes;

	cs_error_clear(&err);
	if (dur == NULL || dur[0] == '\0') {
		snprintf(buf, size, "%s", _("Type the time as 1h15, 1:15 or 75 min."));
	} else if (duration_parse(dur, false, &minutes, &err) != CS_OK) {
		/* the message may be longer than the hint: cut it */
		snprintf(buf, size, "%.*s", (int)(size - 1), err.message);
	} else {
		duration_format(duration_round(minutes, p->rules.rounding), shown,
		                sizeof shown);
		snprintf(buf, size, _("Time counted: %s"), shown);
	}
	free(dur);
}

static void
draw_form(struct lpane *p)
{
	char buf[1024], hint[600];
	int y = 2;

	if (p->fkind == FORM_EXCHANGE) {
		ui_fullview_heading(p->w, p->cols, p->given
		                    ? _("Record an exchange: I gave time")
		                    : _("Record an exchange: I received time"), false);
		if (p->fad_id)
			snprintf(buf, sizeof buf, _("Answering announcement %lld: %s"),
			         (long long)p->fad_id, p->fad_title);
		else
			snprintf(buf, sizeof buf, "%s", p->given
			         ? _("The other agent received the time; they confirm "
			             "it.")
			         : _("The other agent gave you the time; they confirm "
			             "it."));
		ui_paint_put(p->w, 1, 1, p->cols - 2, buf, ui_theme_attr(UI_DIM), 0);
		exchange_hint(p, hint, sizeof hint);
		ui_paint_put(p->w, 2, 1, p->cols - 2, hint, ui_theme_attr(UI_MARK), 0);
		y = 3;
	} else {
		size_t used = 0;
		ui_fullview_heading(p->w, p->cols, p->fad_kind == AD_OFFER
		                    ? _("Publish an offer") : _("Publish a request"),
		                    false);
		snprintf(buf, sizeof buf, "%s ", _("Categories:"));
		used = strlen(buf);
		for (size_t i = 0; p->rules.categories &&
		                   i < p->rules.categories->count; i++) {
			int k = snprintf(buf + used, sizeof buf - used, "%s%s",
			                 i ? ", " : "", p->rules.categories->items[i]);
			if (k < 0 || (size_t)k >= sizeof buf - used)
				break;
			used += (size_t)k;
		}
		ui_paint_wrapped(p->w, 1, 1, p->cols - 2, 2, buf,
		                 ui_theme_attr(UI_DIM));
		y = 3;
	}
	ui_fullview_form_draw(p->w, p->lines, p->cols, p->form, y, false);
	ui_picker_draw(p->picker, p->form, p->w);
}

/* ---- moving ---------------------------------------------------------- */


static unsigned
show_view(struct lpane *p, enum view v)
{
	if ((size_t)v >= nviews(p))
		return UI_DONE;
	if (v == VIEW_ACCOUNT && p->view == VIEW_ACCOUNT && p->who[0])
		p->who[0] = '\0';   /* "1" from another's statement: one's own */
	else if (v == p->view)
		return UI_DONE;
	if (v == VIEW_ACCOUNT && p->who[0] == '\0')
		p->list[v].nav.cur = p->list[v].nav.first = 0;
	p->view = v;
	load_view(p);
	return UI_REDRAW;
}

/* ---- dialogs --------------------------------------------------------- */

static unsigned ledger_dialog_done(void *owner, int tag,
                                   const struct ui_dialog *d, bool ok);

static void
dialog(struct lpane *p, struct ui_dialog *d, enum dialog_tag tag)
{
	if (d == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		return;
	}
	ui_app_dialog(app_of(p), d, ledger_dialog_done, p, tag);
}

static unsigned
start_record(struct lpane *p)
{
	const char *items[2] = {
		_("I gave time (I was the provider)"),
		_("I received time (I was the beneficiary)"),
	};

	if (!p->rules_ok || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	dialog(p, ui_dialog_choice(_("Record an exchange"), items, 2, 0),
	       DLG_DIRECTION);
	return UI_DONE;
}

static unsigned
start_new_ad(struct lpane *p)
{
	const char *items[2] = {
		_("An offer: a know-how I share"),
		_("A request: a know-how I look for"),
	};

	if (!p->rules_ok || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	dialog(p, ui_dialog_choice(_("Publish"), items, 2, 0), DLG_NEW_AD);
	return UI_DONE;
}

static void
free_choices(struct lpane *p)
{
	for (size_t i = 0; i < p->nchoices; i++)
		free(p->choices[i]);
	free(p->choices);
	p->choices = NULL;
	p->nchoices = 0;
}

/* f: every category in use or configured, "all" first. */
static unsigned
start_category(struct lpane *p)
{
	struct cs_string_list cats = { NULL, 0 };
	struct cs_error err;
	enum cs_status st;
	size_t sel = 0;

	cs_error_clear(&err);
	st = ledger_categories(p->ctx->db, &p->rules, &cats, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return UI_PAINT;
	free_choices(p);
	p->choices = calloc(cats.count + 1, sizeof *p->choices);
	if (p->choices != NULL) {
		p->choices[p->nchoices++] = strdup(_("All categories"));
		for (size_t i = 0; i < cats.count; i++) {
			if (p->category && strcmp(p->category, cats.items[i]) == 0)
				sel = p->nchoices;
			p->choices[p->nchoices++] = strdup(cats.items[i]);
		}
	}
	ledger_categories_free(&cats);
	for (size_t i = 0; i < p->nchoices; i++)
		if (p->choices[i] == NULL) {
			free_choices(p);
			break;
		}
	if (p->choices == NULL) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		return UI_PAINT;
	}
	dialog(p, ui_dialog_choice(_("Category"), (const char *const *)p->choices,
	                           p->nchoices, sel), DLG_CATEGORY);
	return UI_DONE;
}

/* Enter on an announcement: the whole of it; another's can be answered. */
static unsigned
show_ad(struct lpane *p, const struct ledger_ad *ad)
{
	char text[6000], day[16];
	bool own = strcmp(nz(ad->login), me(p)) == 0;

	when_day_text(nz(ad->expires), day, sizeof day);
	snprintf(text, sizeof text, _("By %s (%s): %s, %s, shown until %s.\n\n%s"),
	         nz(ad->name), nz(ad->login), ledger_ad_kind_label(ad->kind),
	         nz(ad->category), day,
	         ad->description && ad->description[0] ? ad->description
	                                              : _("(no description)"));
	p->did = ad->id;
	p->dkind = ad->kind;
	snprintf(p->dlogin, sizeof p->dlogin, "%s", nz(ad->login));
	snprintf(p->dtitle, sizeof p->dtitle, "%s", nz(ad->title));
	if (own || !ad->active || ad->expired)
		dialog(p, ui_dialog_message(nz(ad->title), text), DLG_INFO);
	else
		dialog(p, ui_dialog_confirm(nz(ad->title), text,
		                            _("Propose an exchange"), _("Close")),
		       DLG_AD);
	return UI_DONE;
}

/* p: an exchange from an announcement — an offer's author gives the time
 * to the agent, the agent gives it to a request's author. */
static unsigned
propose(struct lpane *p, int64_t id, enum ad_kind kind, const char *login,
        const char *title)
{
	if (strcmp(login, me(p)) == 0) {
		ui_app_error(app_of(p), "%s",
		             _("This announcement is yours: an exchange is with "
		               "someone else."));
		return UI_PAINT;
	}
	return open_exchange_form(p, kind == AD_REQUEST, login, id, title);
}

static void
exchange_text(const struct lpane *p, const struct ledger_exchange *e,
              char *text, size_t size)
{
	char dur[32], day[16], state[128], when[64];
	size_t n;

	duration_format(e->minutes, dur, sizeof dur);
	when_day_text(nz(e->day), day, sizeof day);
	exchange_state(e, state, sizeof state);
	n = (size_t)snprintf(text, size,
	    _("%s (%s) gave %s to %s (%s) on %s.\n%s\n\nState: %s; recorded by "
	      "%s."),
	    nz(e->provider_name), nz(e->provider_login), dur,
	    nz(e->beneficiary_name), nz(e->beneficiary_login), day,
	    nz(e->description), state, nz(e->recorded_by));
	if (n < size && e->decided_at[0]) {
		when_format_iso(e->decided_at, WHEN_DATETIME, when, sizeof when);
		n += (size_t)snprintf(text + n, size - n, _(" Decided on %s%s%s."),
		                      when, e->decided_by && e->decided_by[0]
		                      ? _(" by ") : "", nz(e->decided_by));
	}
	if (n < size && e->reason && e->reason[0])
		n += (size_t)snprintf(text + n, size - n, _("\nReason: %s"),
		                      e->reason);
	if (n < size && e->ad_title && e->ad_title[0])
		snprintf(text + n, size - n, _("\nAnnouncement: %s"), e->ad_title);
	(void)p;
}

static void
show_exchange(struct lpane *p, const struct ledger_exchange *e)
{
	char text[4000], title[64];

	exchange_text(p, e, text, sizeof text);
	snprintf(title, sizeof title, _("Exchange %lld"), (long long)e->id);
	dialog(p, ui_dialog_message(title, text), DLG_INFO);
}

/* Enter on a statement line: its exchange, read from the core. */
static unsigned
show_line(struct lpane *p)
{
	const struct ledger_line *l = line_at(p, p->list[VIEW_ACCOUNT].nav.cur);
	struct ledger_exchange e;
	struct cs_error err;
	enum cs_status st;

	if (l == NULL || l->exchange_id == 0)
		return UI_DONE;
	memset(&e, 0, sizeof e);
	cs_error_clear(&err);
	st = ledger_exchange_get(p->ctx->db, p->ctx->id, &p->rules,
	                         l->exchange_id, time(NULL), &e, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return UI_PAINT;
	show_exchange(p, &e);
	ledger_exchange_free(&e);
	return UI_DONE;
}

static unsigned
start_confirm(struct lpane *p)
{
	const struct ledger_exchange *e = exchange_at(p, p->list[VIEW_EXCHANGES].nav.cur);
	char text[4000], body[3000];

	if (e == NULL || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	if (!e->awaiting_me) {
		ui_app_error(app_of(p), "%s", e->state == EXCHANGE_PROPOSED
		             ? _("This exchange awaits the other party's answer, "
		                 "not yours.")
		             : _("This exchange is already decided."));
		return UI_PAINT;
	}
	p->did = e->id;
	exchange_text(p, e, body, sizeof body);
	snprintf(text, sizeof text, "%s\n\n%s", body,
	         _("Confirm it? It then counts on both balances."));
	dialog(p, ui_dialog_confirm(_("Confirm an exchange"), text, _("Confirm"),
	                            _("Not now")), DLG_CONFIRM);
	return UI_DONE;
}

static unsigned
start_refuse(struct lpane *p)
{
	const struct ledger_exchange *e = exchange_at(p, p->list[VIEW_EXCHANGES].nav.cur);
	char text[1200], dur[32], who[512];
	bool own, provider;

	if (e == NULL || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	if (e->state != EXCHANGE_PROPOSED) {
		ui_app_error(app_of(p), "%s", _("This exchange is already decided."));
		return UI_PAINT;
	}
	own = strcmp(nz(e->recorded_by), me(p)) == 0;
	p->did = e->id;
	duration_format(e->minutes, dur, sizeof dur);
	/* the other party, with their login: two agents may share a name */
	provider = strcmp(nz(e->provider_login), me(p)) != 0;
	ledger_party_label(provider ? nz(e->provider_login) : nz(e->beneficiary_login),
	                   provider ? nz(e->provider_name) : nz(e->beneficiary_name),
	                   who, sizeof who);
	if (own)
		snprintf(text, sizeof text,
		         _("Withdraw your proposal %lld (%s)? Nothing is counted."),
		         (long long)e->id, dur);
	else
		snprintf(text, sizeof text,
		         _("Refuse exchange %lld (%s, with %s)? Nothing is counted; the "
		           "other party sees your reason."), (long long)e->id, dur, who);
	dialog(p, ui_dialog_input(own ? _("Withdraw a proposal")
	                              : _("Refuse an exchange"), text,
	                          _("Reason (optional):"), NULL, 500), DLG_REFUSE);
	return UI_DONE;
}

/* Admins: reverse the exchange of the current row (the exchanges view) or
 * of the current statement line, with a written reason. */
static unsigned
start_reverse(struct lpane *p)
{
	const struct ledger_exchange *e = NULL;
	const struct ledger_line *l = NULL;
	char text[512], dur[32];

	if (!ui_app_may_write(app_of(p)))
		return UI_DONE;
	if (!identity_has_role(p->ctx->id, ROLE_ADMIN)) {
		ui_app_error(app_of(p), "%s", _("Only an admin reverses an exchange."));
		return UI_PAINT;
	}
	if (p->view == VIEW_EXCHANGES)
		e = exchange_at(p, p->list[VIEW_EXCHANGES].nav.cur);
	else
		l = line_at(p, p->list[VIEW_ACCOUNT].nav.cur);
	if (e == NULL && l == NULL)
		return UI_DONE;
	p->did = e ? e->id : l->exchange_id;
	duration_format(e ? e->minutes : abs(l->minutes), dur, sizeof dur);
	snprintf(text, sizeof text,
	         _("Reverse exchange %lld (%s)? A new exchange gives the time back; "
	           "nothing is erased."), (long long)p->did, dur);
	dialog(p, ui_dialog_input(_("Reverse an exchange"), text,
	                          _("Reason (required):"), NULL, 500), DLG_REVERSE);
	return UI_DONE;
}

static unsigned
start_withdraw(struct lpane *p)
{
	const struct ledger_ad *ad;
	char text[700];

	if (p->myads.count == 0 || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	ad = &p->myads.items[p->list[VIEW_MYADS].nav.cur];
	if (!ad->active) {
		ui_app_error(app_of(p), "%s", _("This announcement is already "
		                                "withdrawn."));
		return UI_PAINT;
	}
	p->did = ad->id;
	snprintf(text, sizeof text, _("Withdraw \"%s\"? Nobody sees it any more."),
	         nz(ad->title));
	dialog(p, ui_dialog_confirm(_("Withdraw an announcement"), text,
	                            _("Withdraw"), _("Keep it")), DLG_WITHDRAW);
	return UI_DONE;
}

static unsigned
ledger_dialog_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct lpane *p = owner;
	size_t i = ui_dialog_choice_index(d);
	unsigned bits = UI_DONE;
	struct cs_error err;
	enum cs_status st;
	char msg[256];

	cs_error_clear(&err);
	switch ((enum dialog_tag)tag) {
	case DLG_DIRECTION:
		if (ok && i < 2)
			bits = open_exchange_form(p, i == 0, NULL, 0, NULL);
		break;
	case DLG_NEW_AD:
		if (ok && i < 2)
			bits = open_ad_form(p, i == 0 ? AD_OFFER : AD_REQUEST);
		break;
	case DLG_CATEGORY:
		if (ok && i < p->nchoices) {
			if (!set_opt(&p->category, i == 0 ? NULL : p->choices[i])) {
				ui_app_error(app_of(p), "%s", _("Out of memory."));
				free_choices(p);
				break;
			}
			p->list[VIEW_ADS].nav.cur = p->list[VIEW_ADS].nav.first = 0;
			load_view(p);
			bits = UI_REDRAW;
		}
		free_choices(p);
		break;
	case DLG_SEARCH:
		if (ok) {
			char *s = text_sanitize(ui_dialog_text(d), TEXT_SINGLE_LINE);
			bool set = s != NULL && set_opt(&p->search, s);
			free(s);
			if (!set || !ui_list_set_needle(&p->list[VIEW_ADS], p->search)) {
				ui_app_error(app_of(p), "%s", _("Out of memory."));
				break;
			}
			p->list[VIEW_ADS].nav.cur = p->list[VIEW_ADS].nav.first = 0;
			load_view(p);
			bits = UI_REDRAW;
		}
		break;
	case DLG_AD:
		if (ok)
			bits = propose(p, p->did, p->dkind, p->dlogin, p->dtitle);
		break;
	case DLG_CONFIRM:
		if (ok && ui_app_may_write(app_of(p))) {
			st = ledger_confirm(p->ctx->db, p->ctx->id, &p->rules, p->did,
			                    time(NULL), &err);
			snprintf(msg, sizeof msg, _("Exchange %lld confirmed: it counts "
			                            "on both balances."),
			         (long long)p->did);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_REFUSE:
		if (ok && ui_app_may_write(app_of(p))) {
			st = ledger_refuse(p->ctx->db, p->ctx->id, &p->rules, p->did,
			                   ui_dialog_text(d), time(NULL), &err);
			snprintf(msg, sizeof msg, _("Exchange %lld refused: nothing is "
			                            "counted."), (long long)p->did);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_WITHDRAW:
		if (ok && ui_app_may_write(app_of(p))) {
			st = ledger_ad_close(p->ctx->db, p->ctx->id, p->did, &err);
			snprintf(msg, sizeof msg, _("Announcement %lld withdrawn."),
			         (long long)p->did);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_REVERSE:
		if (ok && ui_app_may_write(app_of(p))) {
			int64_t reversal = 0;
			st = ledger_reverse(p->ctx->db, p->ctx->id, &p->rules, p->did,
			                    ui_dialog_text(d), time(NULL), &reversal, &err);
			snprintf(msg, sizeof msg, _("Exchange %lld reversed by exchange %lld."),
			         (long long)p->did, (long long)reversal);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_INFO:
		break;
	}
	p->d_all = true;
	return bits | UI_REDRAW;
}

/* ---- keys ------------------------------------------------------------ */


static unsigned
enter(struct lpane *p)
{
	size_t c = p->list[p->view].nav.cur;

	if (c >= count_of(p, p->view))
		return UI_DONE;
	switch (p->view) {
	case VIEW_ACCOUNT:
		return show_line(p);
	case VIEW_ADS:
		return show_ad(p, &p->ads.items[c]);
	case VIEW_MYADS:
		return show_ad(p, &p->myads.items[c]);
	case VIEW_EXCHANGES:
		show_exchange(p, exchange_at(p, c));
		return UI_DONE;
	case VIEW_ACCOUNTS: {
		const struct ledger_account *ac = &p->accounts.items[c];
		if (ac->pool)
			return UI_DONE;
		snprintf(p->who, sizeof p->who, "%s", nz(ac->login));
		p->view = VIEW_ACCOUNT;
		p->list[VIEW_ACCOUNT].nav.cur = p->list[VIEW_ACCOUNT].nav.first = 0;
		load_view(p);
		return UI_REDRAW;
	}
	case VIEW_COUNT:
		break;
	}
	return UI_DONE;
}

/* A click on the row of tabs shows that view (true, *bits set). */
static bool
click_tab(struct lpane *p, const struct ui_key *k, unsigned *bits)
{
	int by, bx;

	getbegyx(p->w, by, bx);
	(void)bx;
	if (k->y != by || p->form)
		return false;
	*bits = UI_DONE;
	for (size_t v = 0; v < nviews(p); v++)
		if (p->tab_w[v] > 0 && k->x >= p->tab_x[v] &&
		    k->x < p->tab_x[v] + p->tab_w[v])
			*bits = show_view(p, (enum view)v);
	return true;
}

/* The keys of one view; UI_IGNORED for the others. */
static unsigned
view_key(struct lpane *p, const struct ui_key *k)
{
	switch (p->view) {
	case VIEW_ADS:
		if (k->action == UI_ACT_PROPOSE && p->ads.count) {
			const struct ledger_ad *ad = &p->ads.items[p->list[VIEW_ADS].nav.cur];
			return propose(p, ad->id, ad->kind, nz(ad->login), nz(ad->title));
		}
		if (k->action == UI_ACT_AD_KIND) {
			p->kind = p->kind < 0 ? AD_OFFER
			          : p->kind == AD_OFFER ? AD_REQUEST : -1;
			p->list[VIEW_ADS].nav.cur = p->list[VIEW_ADS].nav.first = 0;
			load_view(p);
			return UI_REDRAW;
		}
		if (k->action == UI_ACT_FILTER)
			return start_category(p);
		if (k->action == UI_ACT_SEARCH) {
			dialog(p, ui_dialog_input(_("Search"),
			                          _("Words in the title, the description, "
			                            "the category or the author (accents "
			                            "and capitals ignored; empty: all)."),
			                          _("Words:"), p->search, 100), DLG_SEARCH);
			return UI_DONE;
		}
		if (k->action == UI_ACT_CLEAR_FILTERS) {
			p->kind = -1;
			set_opt(&p->category, NULL);
			set_opt(&p->search, NULL);
			ui_list_set_needle(&p->list[VIEW_ADS], NULL);
			p->list[VIEW_ADS].nav.cur = p->list[VIEW_ADS].nav.first = 0;
			load_view(p);
			return UI_REDRAW;
		}
		if (k->action == UI_ACT_NEW)
			return start_new_ad(p);
		break;
	case VIEW_EXCHANGES:
		if (k->action == UI_ACT_CONFIRM)
			return start_confirm(p);
		if (k->action == UI_ACT_DELETE)
			return start_refuse(p);
		if (k->action == UI_ACT_REVERSE)
			return start_reverse(p);
		if (k->action == UI_ACT_NEW)
			return start_record(p);
		break;
	case VIEW_MYADS:
		if (k->action == UI_ACT_NEW)
			return start_new_ad(p);
		if (k->action == UI_ACT_DELETE)
			return start_withdraw(p);
		break;
	case VIEW_ACCOUNT:
		if (k->action == UI_ACT_REVERSE)
			return start_reverse(p);
		if (k->action == UI_ACT_NEW)
			return start_record(p);
		if (p->who[0] && (k->action == UI_ACT_QUIT ||
		                  k->action == UI_ACT_BACK)) {
			p->who[0] = '\0';
			p->view = VIEW_ACCOUNTS;
			load_view(p);
			return UI_REDRAW;
		}
		break;
	case VIEW_ACCOUNTS:
	case VIEW_COUNT:
		break;
	}
	return UI_IGNORED;
}

/* ---- what the list widget asks --------------------------------------- */

static void
list_draw_row(void *self, WINDOW *w, int y, int x, int cols, size_t i,
              bool sel)
{
	(void)w;
	(void)y;
	(void)x;
	(void)cols;
	(void)sel;
	draw_row(self, i);   /* the row's place and look are the view's */
}

/* The searchable texts of row i of the current view (n and N; in the ads
 * the core already kept only those holding the words). */
static size_t
list_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	struct lpane *p = self;
	size_t n = 0;

	if (max < 4 || i >= count_of(p, p->view))
		return 0;
	switch (p->view) {
	case VIEW_ACCOUNT: {
		const struct ledger_line *l = line_at(p, i);
		if (l == NULL)
			return 0;
		texts[n] = l->description;
		names[n++] = N_("the description");
		texts[n] = l->counterpart;
		names[n++] = N_("the other party");
		texts[n] = l->counterpart_login;
		names[n++] = N_("the other party");
		break;
	}
	case VIEW_ADS:
	case VIEW_MYADS: {
		const struct ledger_ad *ad = p->view == VIEW_ADS
		    ? &p->ads.items[i] : &p->myads.items[i];
		texts[n] = ad->title;
		names[n++] = N_("the title");
		texts[n] = ad->category;
		names[n++] = N_("the category");
		texts[n] = ad->name;
		names[n++] = N_("the author");
		if (p->view == VIEW_ADS && p->search) {
			texts[n] = NULL;
			names[n++] = N_("the description");
		} else {
			texts[n] = ad->description;
			names[n++] = N_("the description");
		}
		break;
	}
	case VIEW_EXCHANGES: {
		const struct ledger_exchange *e = exchange_at(p, i);
		if (e == NULL)
			return 0;
		texts[n] = e->description;
		names[n++] = N_("the description");
		texts[n] = e->provider_name;
		names[n++] = N_("the other party");
		texts[n] = e->beneficiary_name;
		names[n++] = N_("the other party");
		texts[n] = e->ad_title;
		names[n++] = N_("the announcement");
		break;
	}
	case VIEW_ACCOUNTS: {
		const struct ledger_account *a = &p->accounts.items[i];
		texts[n] = a->name;
		names[n++] = N_("the name");
		texts[n] = a->login;
		names[n++] = N_("the login");
		break;
	}
	case VIEW_COUNT:
		break;
	}
	return n;
}

static unsigned
list_open(void *self, size_t i)
{
	(void)i;   /* the cursor's row */
	return enter(self);
}

/* The statement is read a window at a time: the rows about to be shown. */
static bool
list_fetch(void *self, size_t first, size_t rows)
{
	struct lpane *p = self;
	size_t n = count_of(p, p->view), last;

	if (p->view != VIEW_ACCOUNT || n == 0)
		return true;
	last = first + rows - 1 < n ? first + rows - 1 : n - 1;
	if (line_at(p, first) == NULL || line_at(p, last) == NULL) {
		load_statement(p);
		p->list[VIEW_ACCOUNT].nav.count = count_of(p, VIEW_ACCOUNT);
	}
	return true;
}

static const struct ui_list_ops list_ops = {
	list_draw_row, list_fields, list_open, list_fetch
};

static unsigned
list_key(struct lpane *p, const struct ui_key *k)
{
	unsigned bits;

	if (k->action >= UI_ACT_VIEW_1 && k->action <= UI_ACT_VIEW_5 &&
	    (size_t)(k->action - UI_ACT_VIEW_1) < nviews(p))
		return show_view(p, (enum view)(k->action - UI_ACT_VIEW_1));
	if (k->kind == UI_KEY_CLICK && click_tab(p, k, &bits))
		return bits;
	if (k->action == UI_ACT_REFRESH)
		return UI_RELOAD;
	if (!p->rules_ok)
		return UI_IGNORED;
	bits = view_key(p, k);
	if (!(bits & UI_IGNORED))
		return bits;
	if (ui_app_key_char(k, ' '))
		return ui_list_act(&p->list[p->view], UI_ACT_PAGE_DOWN);
	bits = ui_list_key(&p->list[p->view], k);
	if (bits == UI_IGNORED && k->kind == UI_KEY_CLICK)
		return UI_DONE;
	return bits;
}

/* ---- the pane's table ------------------------------------------------ */

static void *
ledger_init(const struct ui_ctx *ctx)
{
	struct lpane *p = calloc(1, sizeof *p);
	struct cs_error err;
	enum cs_status st;

	if (p == NULL)
		return NULL;
	p->ctx = ctx;
	p->kind = -1;
	p->d_all = true;
	for (size_t v = 0; v < VIEW_COUNT; v++)
		ui_list_init(&p->list[v], &list_ops, p, ctx->app);
	p->fhooks = (struct ui_fullview_hooks){ ctx->app, save_form, close_form,
	                                        p };
	p->facilitator = identity_has_role(ctx->id, ROLE_FACILITATOR);
	cs_error_clear(&err);
	st = ledger_rules_from_config(ctx->cfg, &p->rules, &err);
	p->rules_ok = st == CS_OK;
	if (!p->rules_ok)
		ui_app_result(ctx->app, st, &err);
	/* the account is opened and read when the pane is first shown */
	return p;
}

static void
ledger_free(void *self)
{
	struct lpane *p = self;

	if (p->w)
		delwin(p->w);
	ui_form_free(p->form);
	ui_picker_free(p->picker);
	if (p->have_st)
		ledger_statement_free(&p->st);
	ledger_ads_free(&p->ads);
	ledger_ads_free(&p->myads);
	ledger_exchanges_free(&p->ex);
	free(p->order);
	ledger_accounts_free(&p->accounts);
	free_choices(p);
	free(p->category);
	free(p->search);
	for (size_t v = 0; v < VIEW_COUNT; v++)
		ui_list_free(&p->list[v]);
	free(p);
}

static void
ledger_resize(void *self, int top, int lines, int cols)
{
	struct lpane *p = self;

	if (p->w)
		delwin(p->w);
	p->top = top;
	p->lines = lines;
	p->cols = cols;
	p->w = newwin(lines, cols, top, 0);
	if (p->w == NULL)
		return;
	leaveok(p->w, p->form == NULL);
	clamp_cursor(p);
	if (p->view == VIEW_ACCOUNT && p->have_st &&
	    line_at(p, p->list[VIEW_ACCOUNT].nav.first) == NULL &&
	    p->list[VIEW_ACCOUNT].nav.first < p->st.total)
		load_statement(p);
	p->d_all = true;
}

static void
ledger_draw(void *self, bool full)
{
	struct lpane *p = self;

	if (p->w == NULL)
		return;
	if (p->form) {
		draw_form(p);
		return;
	}
	if (full)
		p->d_all = true;
	draw_list(p);
}

/* A key for the open form: the agent picker's first (its list of
 * matches), then the form's; the picker follows what was typed. */
static unsigned
form_key(struct lpane *p, const struct ui_key *k)
{
	unsigned bits = UI_DONE;
	bool pass_on = false;

	if (ui_picker_key(p->picker, p->form, k, &bits, &pass_on) && !pass_on)
		return bits;
	bits |= ui_fullview_form_key(&p->fhooks, p->form, k);
	if (p->form != NULL && !(bits & UI_IGNORED))
		bits |= ui_picker_follow(p->picker, p->form);
	return bits;
}

static unsigned
ledger_key(void *self, const struct ui_key *k)
{
	struct lpane *p = self;

	if (p->w == NULL)
		return UI_IGNORED;
	if (p->form)
		return form_key(p, k);
	return list_key(p, k);
}

static unsigned
ledger_reload(void *self, bool changed)
{
	struct lpane *p = self;

	(void)changed;
	if (!p->rules_ok)
		return UI_DONE;
	open_account(p);
	if (p->form) {
		/* never disturb typing: read when the form closes */
		p->stale = true;
		return UI_DONE;
	}
	load_view(p);
	return UI_REDRAW;
}

static size_t
ledger_help(void *self, const struct ui_keyhelp **keys)
{
	struct lpane *p = self;

	if (p->form)
		return ui_form_help(keys);
	return 0;
}

static int
ledger_view(void *self)
{
	struct lpane *p = self;

	if (p->form)
		return UI_VIEW_NONE;   /* its own keys (ledger_help) */
	switch (p->view) {
	case VIEW_ACCOUNT:
		return UI_VIEW_LEDGER_STATEMENT;
	case VIEW_ADS:
		return UI_VIEW_LEDGER_ADS;
	case VIEW_EXCHANGES:
		return UI_VIEW_LEDGER_EXCHANGES;
	case VIEW_MYADS:
		return UI_VIEW_LEDGER_MYADS;
	case VIEW_ACCOUNTS:
		return UI_VIEW_LEDGER_ACCOUNTS;
	case VIEW_COUNT:
		break;
	}
	return UI_VIEW_NONE;
}

static bool
ledger_pending(void *self)
{
	struct lpane *p = self;

	return p->form && ui_form_modified(p->form);
}

static WINDOW *
ledger_cursor(void *self)
{
	struct lpane *p = self;

	return p->form ? p->w : NULL;
}

/* The open form as a draft: "exchange given|received AD_ID" (then the
 * form's fields and, answering an announcement, its title) or "ad
 * offer|request". */
static bool
ledger_draft(void *self, struct ui_draft *d)
{
	struct lpane *p = self;

	if (p->form == NULL || !ui_form_modified(p->form))
		return false;
	if (p->fkind == FORM_EXCHANGE)
		snprintf(d->form, sizeof d->form, "exchange %s %lld",
		         p->given ? "given" : "received", (long long)p->fad_id);
	else
		snprintf(d->form, sizeof d->form, "ad %s",
		         p->fad_kind == AD_OFFER ? "offer" : "request");
	if (!ui_draft_add_form(d, p->form))
		return false;
	return p->fkind != FORM_EXCHANGE || p->fad_id == 0 ||
	       ui_draft_add(d, p->fad_title);
}

static unsigned
ledger_restore(void *self, const struct ui_draft *d)
{
	struct lpane *p = self;
	char how[16] = "";
	long long ad = 0;
	size_t nform;
	unsigned bits;

	if (p->form != NULL)
		return UI_DONE;   /* a form is open already */
	if (sscanf(d->form, "exchange %15s %lld", how, &ad) == 2 && ad >= 0 &&
	    (strcmp(how, "given") == 0 || strcmp(how, "received") == 0))
		bits = open_exchange_form(p, strcmp(how, "given") == 0, NULL,
		                          (int64_t)ad,
		                          ad > 0 && d->nfields > 4 ? d->fields[4]
		                                                   : NULL);
	else if (strcmp(d->form, "ad offer") == 0)
		bits = open_ad_form(p, AD_OFFER);
	else if (strcmp(d->form, "ad request") == 0)
		bits = open_ad_form(p, AD_REQUEST);
	else
		return UI_DONE;
	if (p->form == NULL)
		return bits;
	nform = ui_form_count(p->form);
	for (size_t i = 0; i < d->nfields && i < nform; i++)
		ui_form_set_text(p->form, i, d->fields[i]);
	ui_form_focus(p->form, 0);
	return bits | UI_REDRAW;
}

const struct ui_pane_class ui_accorderie_pane = {
	.label = N_("Accorderie"),
	.init = ledger_init,
	.free = ledger_free,
	.resize = ledger_resize,
	.draw = ledger_draw,
	.key = ledger_key,
	.reload = ledger_reload,
	.help = ledger_help,
	.view = ledger_view,
	.pending = ledger_pending,
	.draft = ledger_draft,
	.restore = ledger_restore,
	.cursor = ledger_cursor,
	.clock_sensitive = true,
};
