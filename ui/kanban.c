/* kanban.c — owns the stage kanban pane: one column per stage of the
 * démarche (the closed outcomes too, on demand), the cards in them, the
 * moves from stage to stage with the forms their guards ask for (committee
 * decision, reason, recipient direction, study conclusion, accompaniment
 * and experiment plans, evaluation), the committee's impact × feasibility
 * grid and the list of experiments past their end date.
 *
 * The rules live in the core (workflow.h): before a move the pane asks
 * workflow_check() what the move needs and opens the form for it; whatever
 * the core refuses is shown in the status line with the core's reason. A
 * move carries the version of the card as it was shown, so that a change
 * made meanwhile gives a conflict, never a silent overwrite; a form then
 * stays open with what was typed.
 *
 * Each column is a ui_list (ui/list.c) of cards three rows high: cursor,
 * pages, wheel, clicks, n and N after a search, and the repaint of the two
 * cards concerned by a move. It keeps a window of its cards in memory,
 * read with the others in one workflow_kanban() call, or alone with
 * workflow_column() when the list shows cards outside that window (its
 * fetch). The late experiments are a ui_list too. Every text from the core
 * goes to the screen through ui_paint_put() or ui_list_put().
 *
 * The filters (direction, category, only mine, search) and their dialogs
 * are a struct ui_filters (ui/filters.c), shared with the idea board, as
 * are the heading bar and the frame of the form view (ui/fullview.c). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "dialog.h"
#include "draft.h"
#include "filters.h"
#include "form.h"
#include "fullview.h"
#include "i18n.h"
#include "kanban.h"
#include "keymap.h"
#include "labels.h"
#include "list.h"
#include "paint.h"
#include "parse.h"
#include "text.h"
#include "theme.h"
#include "when.h"
#include "workflow.h"

#define CARD_H 3                          /* rows of one card */
#define MIN_COL_W 22                      /* narrowest column */
#define MAIN_COLUMNS (STAGE_GENERALISEE + 1)

/* The guard bits a move form asks for in the request itself, and those
 * met by writing something first (the plans, an evaluation). */
#define REQUEST_GUARDS (WORKFLOW_GUARD_SCORES | WORKFLOW_GUARD_DIRECTION \
                        | WORKFLOW_GUARD_REASON | WORKFLOW_GUARD_CONCLUSION \
                        | WORKFLOW_GUARD_OPTIONAL_NOTE)
#define WRITE_GUARDS (WORKFLOW_GUARD_PLANS | WORKFLOW_GUARD_EVALUATION)

enum view { VIEW_BOARD, VIEW_FORM, VIEW_GRID, VIEW_LATE };

/* The fields a form may hold, in the order they are shown. */
enum field_id {
	F_IMPACT, F_FEAS, F_NOTE, F_DIRECTION, F_CONCLUSION,
	F_LEVEL, F_ACCOMPANIER, F_HOURS, F_ASTART, F_SITES, F_START, F_END,
	F_INDICATORS, F_EV_DATE, F_VALUES, F_OBS, F_RECO, F_REASON, F_COUNT
};

/* The idea an action applies to, as it was on the screen. */
struct target {
	char ref[IDEA_REF_MAX];
	char title[512];
	enum cs_stage stage;
	int64_t version;
};

struct kpane;

/* list.nav.count: the cards in the column, filters applied; nav.cur and
 * nav.first are absolute. */
struct column {
	struct ui_list list;
	struct kpane *k;
	size_t c;                /* its stage */
	struct workflow_card_page page;   /* cards page.offset .. offset+count-1 */
	int64_t cur_id;          /* the idea under the cursor, kept on reload */
	size_t shown_first;      /* nav.first when the "more" cell was drawn */
};

/* The form in progress: a move with what its guard needs, the plans, or an
 * evaluation. */
struct fstate {
	struct ui_form *form;
	unsigned parts;          /* enum workflow_guard bits the form covers */
	bool move;
	enum cs_stage to;
	struct target t;         /* t.version: the version the move expects */
	bool conflict;           /* the last save met a newer version */
	bool ev_saved;           /* the evaluation is recorded: not twice */
	int fi[F_COUNT];         /* field index of each field_id, or -1 */
	char **ind;              /* evaluation: the indicators' names */
	size_t nind;
	enum view back;          /* where Esc and a save go */
};

struct kpane {
	const struct ui_ctx *ctx;
	int top, lines, cols;
	enum view view;

	/* board view: filter line and headings, cards, "more" line */
	WINDOW *w_head, *w_cards, *w_foot;
	WINDOW *w_full;          /* forms, grid, late experiments */
	int cards_h;

	struct column col[STAGE_COUNT];   /* indexed by enum cs_stage */
	size_t ncols;            /* MAIN_COLUMNS, or STAGE_COUNT with closed */
	size_t focus, lfirst;    /* column of the cursor, first column shown */
	int nvis, col_w;         /* columns shown and their width */
	bool closed;             /* the closed outcomes are columns too */
	struct ui_filters f;     /* no stage: the columns are the stages */
	bool stale;              /* the data changed while another view was up */
	char select_ref[IDEA_REF_MAX];    /* put the cursor here after reload */

	/* what draw() must repaint in the board view (the cards: the lists) */
	bool d_all, d_head;

	struct fstate fs;
	struct ui_fullview_hooks fhooks;

	struct workflow_card_page grid;   /* ideas "En comité" */
	struct workflow_card_page late;   /* experiments past their end date */
	struct ui_list late_list;

	/* the move waiting for its confirmation (confirm_move) */
	struct target mv;
	enum cs_stage mv_to;

	/* the move being chosen in the list of target stages */
	struct target dt;
	enum cs_stage targets[STAGE_COUNT];
	size_t ntargets;

	char marks[32];
	struct ui_keyhelp help_board[32];
	size_t nhelp_board;
};


/* ---- small helpers --------------------------------------------------- */

static const char *
nz(const char *s)
{
	return s ? s : "";
}

static struct ui_app *
app_of(const struct kpane *k)
{
	return k->ctx->app;
}

static const char *
glyph_left(void)
{
	return ui_theme_ascii() ? "<" : "\u25c0";   /* ◀ */
}

static const char *
glyph_right(void)
{
	return ui_theme_ascii() ? ">" : "\u25b6";   /* ▶ */
}

static const struct workflow_card *
card_at(const struct column *c, size_t i)
{
	if (i < c->page.offset || i >= c->page.offset + c->page.count)
		return NULL;
	return &c->page.cards[i - c->page.offset];
}

static size_t
vis_cards(const struct kpane *k)
{
	int n = k->cards_h / CARD_H;

	return n > 0 ? (size_t)n : 1;
}

static void
target_of(struct target *t, const struct workflow_card *c)
{
	snprintf(t->ref, sizeof t->ref, "%s", c->ref);
	snprintf(t->title, sizeof t->title, "%s", nz(c->title));
	t->stage = c->stage;
	t->version = c->version;
}

/* The card under the cursor, or NULL. */
static const struct workflow_card *
current_card(const struct kpane *k)
{
	const struct column *c = &k->col[k->focus];

	return c->list.nav.count ? card_at(c, c->list.nav.cur) : NULL;
}

/* ---- dates ----------------------------------------------------------- */

static long
local_days(time_t t)
{
	struct tm tm;

	localtime_r(&t, &tm);
	return when_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* Today, in local time, as "YYYY-MM-DD" (stored form) or "30/11/2026". */
static void
today_text(char *buf, size_t size, bool stored)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	if (stored)
		snprintf(buf, size, "%04d-%02d-%02d", tm.tm_year + 1900,
		         tm.tm_mon + 1, tm.tm_mday);
	else
		snprintf(buf, size, "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1,
		         tm.tm_year + 1900);
}

/* A stored date "YYYY-MM-DD" as days since the epoch; false if malformed. */
static bool
stored_days(const char *s, long *out)
{
	*out = when_day_number(s);
	return *out >= 0;
}

/* A stored date as users write it ("30/11/2026"); "" for none. */
static void
date_for_user(const char *stored, char *buf, size_t size)
{
	int y, m, d;

	buf[0] = '\0';
	if (stored && sscanf(stored, "%4d-%2d-%2d", &y, &m, &d) == 3)
		snprintf(buf, size, "%02d/%02d/%04d", d, m, y);
}

/* A date typed by the user (any form of when_parse_day(): "30/11/2026",
 * "30/11", "demain", "lundi"...) into the stored form; "" stays "". */
static enum cs_status
parse_date(const char *s, char out[11], struct cs_error *err)
{
	char today[11];

	when_local_day(time(NULL), today);
	while (*s == ' ')
		s++;
	if (*s == '\0') {
		out[0] = '\0';
		return CS_OK;
	}
	return when_parse_day(s, today, out, err);
}

/* The marker of a card: its age in the stage ("12 d"), or for an
 * experiment the days to or past its end. *late tells the latter. */
static void
card_marker(const struct workflow_card *c, char *buf, size_t size, bool *late)
{
	long today = local_days(time(NULL)), end;
	time_t since;

	*late = false;
	buf[0] = '\0';
	if (c->stage == STAGE_EXPERIMENTATION && stored_days(c->end_date, &end)) {
		if (end > today) {
			snprintf(buf, size, _("ends in %ld d"), end - today);
		} else if (end == today) {
			snprintf(buf, size, "%s", _("ends today"));
		} else {
			snprintf(buf, size, _("%ld d late"), today - end);
			*late = true;
		}
		return;
	}
	since = when_parse_utc(c->stage_since);
	if (since != (time_t)-1)
		snprintf(buf, size, _("%ld d"), today - local_days(since));
}

/* ---- loading --------------------------------------------------------- */

static bool
column_loaded(const struct kpane *k, size_t c)
{
	const struct column *col = &k->col[c];
	size_t first = col->list.nav.first, end = first + vis_cards(k);

	if (end > col->list.nav.count)
		end = col->list.nav.count;
	if (first >= end)
		return true;
	return first >= col->page.offset &&
	       end <= col->page.offset + col->page.count &&
	       card_at(col, col->list.nav.cur) != NULL;
}

/* Reads the cards of column c around its visible part. */
static bool
load_column(struct kpane *k, size_t c)
{
	struct column *col = &k->col[c];
	size_t vis = vis_cards(k);
	size_t first = col->list.nav.first;
	size_t offset = first > vis ? first - vis : 0;
	struct idea_filter flt = ui_filters_query(&k->f);
	struct workflow_card_page np;
	struct cs_error err;
	enum cs_status st;

	memset(&np, 0, sizeof np);
	cs_error_clear(&err);
	st = workflow_column(k->ctx->db, k->ctx->id, &flt, (enum cs_stage)c,
	                     offset, 3 * vis + 1, &np, &err);
	if (!ui_app_result(app_of(k), st, &err))
		return false;
	workflow_cards_free(&col->page);
	col->page = np;
	col->list.nav.count = np.total;
	ui_listnav_settle(&col->list.nav);
	ui_list_dirty(&col->list);
	return true;
}

/* Keeps the cursor of column c on its card (or on select_ref), inside the
 * column and on screen. True when select_ref was found there. */
static bool
settle_column(struct kpane *k, size_t c)
{
	struct column *col = &k->col[c];
	struct ui_listnav *nav = &col->list.nav;
	size_t j = col->page.count;
	bool found = false;

	if (k->select_ref[0])
		for (j = 0; j < col->page.count; j++)
			if (strcmp(col->page.cards[j].ref, k->select_ref) == 0)
				break;
	found = j < col->page.count;
	if (!found)
		for (j = 0; j < col->page.count; j++)
			if (col->page.cards[j].id == col->cur_id)
				break;
	if (j < col->page.count) {
		/* keep the card at the same place on the screen */
		size_t abs = col->page.offset + j;
		if (abs >= nav->cur)
			nav->first += abs - nav->cur;
		else
			nav->first = nav->first > nav->cur - abs
			           ? nav->first - (nav->cur - abs) : 0;
		nav->cur = abs;
	}
	ui_listnav_settle(nav);
	ui_list_dirty(&col->list);
	if (nav->count == 0) {
		col->cur_id = 0;
		return false;
	}
	return found;
}

static void
note_cursor(struct column *col)
{
	const struct workflow_card *cd = card_at(col, col->list.nav.cur);

	if (cd)
		col->cur_id = cd->id;
}

static int col_x(const struct kpane *k, size_t c);
static bool col_shown(const struct kpane *k, size_t c);

/* Each column's list where its cards are on the screen (no window for a
 * column not shown: it keeps its cursor); unchanged places are kept, so
 * that nothing is repainted for nothing. */
static void
place_columns(struct kpane *k)
{
	for (size_t c = 0; c < STAGE_COUNT; c++) {
		struct ui_list *l = &k->col[c].list;
		WINDOW *w = col_shown(k, c) ? k->w_cards : NULL;
		int x = w ? col_x(k, c) : 0;

		if (l->w != w || l->x != x || l->cols != k->col_w ||
		    l->nav.rows != vis_cards(k))
			ui_list_place(l, w, 0, x, k->cards_h, k->col_w);
	}
}

/* Which columns are shown for the current width and focus. */
static void
layout_columns(struct kpane *k)
{
	int n = (k->cols + 1) / (MIN_COL_W + 1);

	if (n < 1)
		n = 1;
	if ((size_t)n > k->ncols)
		n = (int)k->ncols;
	k->nvis = n;
	k->col_w = (k->cols - (n - 1)) / n;
	if (k->focus >= k->ncols)
		k->focus = k->ncols - 1;
	if (k->focus < k->lfirst)
		k->lfirst = k->focus;
	if (k->focus >= k->lfirst + (size_t)n)
		k->lfirst = k->focus - (size_t)n + 1;
	if (k->lfirst + (size_t)n > k->ncols)
		k->lfirst = k->ncols - (size_t)n;
	place_columns(k);
}

/* Reads every column again (one read transaction, and one more per
 * column scrolled past what it brings), keeping each cursor on its card;
 * after a move the cursor follows the card (select_ref). */
static bool
reload_cards(struct kpane *k)
{
	struct workflow_kanban kb;
	struct idea_filter flt = ui_filters_query(&k->f);
	struct cs_error err;
	enum cs_status st;
	bool ok = true;

	memset(&kb, 0, sizeof kb);
	cs_error_clear(&err);
	st = workflow_kanban(k->ctx->db, k->ctx->id, &flt, 3 * vis_cards(k) + 1,
	                     k->closed, &kb, &err);
	if (!ui_app_result(app_of(k), st, &err))
		return false;
	for (size_t c = 0; c < STAGE_COUNT; c++) {
		struct column *col = &k->col[c];
		workflow_cards_free(&col->page);
		col->page = kb.columns[c];
		memset(&kb.columns[c], 0, sizeof kb.columns[c]);
		col->page.offset = 0;
		col->list.nav.count = c < k->ncols ? kb.totals[c] : 0;
	}
	workflow_kanban_free(&kb);
	for (size_t c = 0; c < k->ncols; c++) {
		if (settle_column(k, c))
			k->focus = c;
		if (!column_loaded(k, c)) {
			ok = load_column(k, c) && ok;
			if (settle_column(k, c))
				k->focus = c;
		}
		note_cursor(&k->col[c]);
	}
	k->select_ref[0] = '\0';
	layout_columns(k);
	k->stale = false;
	k->d_all = true;
	if (ok)
		ui_app_refreshed(app_of(k));
	return ok;
}

static bool
load_list(struct kpane *k, bool late)
{
	struct workflow_card_page np;
	struct cs_error err;
	enum cs_status st;
	char today[32];

	memset(&np, 0, sizeof np);
	cs_error_clear(&err);
	if (late) {
		today_text(today, sizeof today, true);
		st = workflow_overdue(k->ctx->db, k->ctx->id, today, &np, &err);
	} else {
		st = workflow_committee(k->ctx->db, k->ctx->id, &np, &err);
	}
	if (!ui_app_result(app_of(k), st, &err))
		return false;
	workflow_cards_free(late ? &k->late : &k->grid);
	if (late) {
		k->late = np;
		ui_list_set_count(&k->late_list, np.count);
		ui_list_dirty(&k->late_list);
	} else {
		k->grid = np;
	}
	ui_app_refreshed(app_of(k));
	return true;
}

/* ---- the board: drawing ---------------------------------------------- */

static int
col_x(const struct kpane *k, size_t c)
{
	return (int)(c - k->lfirst) * (k->col_w + 1);
}

static bool
col_shown(const struct kpane *k, size_t c)
{
	return c >= k->lfirst && c < k->lfirst + (size_t)k->nvis && c < k->ncols;
}

/* The searchable texts of a card (the core has narrowed the columns to
 * the ideas whose title, problem or solution hold the words): its title,
 * its reference, else the fields not shown. */
static size_t
card_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	const struct column *col = self;
	const struct workflow_card *cd = card_at(col, i);
	size_t n = 0;

	if (max < 3)
		return 0;
	if (cd) {
		texts[n] = cd->title;
		names[n++] = N_("the title");
		texts[n] = cd->ref;
		names[n++] = N_("the reference");
	}
	texts[n] = NULL;
	names[n++] = N_("the problem or the solution");
	return n;
}

/* Paints card i of a column (its three rows from y; blank without a card)
 * for the column's list. The selection, in the focused column only,
 * covers the whole card. */
static void
draw_card(void *self, WINDOW *w, int y, int x, int cw, size_t i, bool sel)
{
	const struct column *col = self;
	const struct kpane *k = col->k;
	const struct workflow_card *cd = card_at(col, i);
	int mw;
	bool late;
	attr_t base, dim;
	char buf[128];

	sel = sel && col->c == k->focus && cd != NULL;
	base = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	dim = sel ? base : ui_theme_attr(UI_DIM);
	for (int r = 0; r < CARD_H; r++)
		ui_paint_fill(w, y + r, x, cw, cd ? base : A_NORMAL);
	if (cd == NULL)
		return;
	ui_paint_put(w, y, x, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", base,
	             0);
	ui_list_put(&col->list, w, y, x + 1, cw - 3, cd->ref,
	            sel ? base | A_BOLD : ui_theme_attr(UI_TITLE), 0);
	if (cd->impact > 0 && cd->faisabilite > 0 && cw >= 22) {
		/* TRANSLATORS: a card's committee scores, impact and feasibility,
		 * at most 5 columns */
		snprintf(buf, sizeof buf, _("I%d F%d"), cd->impact, cd->faisabilite);
		ui_paint_put(w, y, x + cw - 7, 5, buf, dim, UI_PUT_RIGHT);
	}
	if (cd->mine)
		ui_paint_put(w, y, x + cw - 1, 1, ui_theme_glyph(UI_G_MINE),
		             sel ? base : ui_theme_attr(UI_MARK), 0);
	ui_list_put(&col->list, w, y + 1, x + 1, cw - 1, cd->title, base, 0);
	card_marker(cd, buf, sizeof buf, &late);
	mw = text_width(buf);
	if (mw > cw - 2)
		mw = cw - 2;
	ui_paint_put(w, y + 2, x + cw - mw, mw, buf,
	             sel ? base : late ? ui_theme_attr(UI_MARK) : dim,
	             UI_PUT_RIGHT);
	ui_paint_put(w, y + 2, x + 1, cw - mw - 2,
	             ui_labels_direction(cd->direction), dim, 0);
}

/* Enter, or a click on the selected card: the idea's page. */
static unsigned
open_card(void *self, size_t i)
{
	const struct column *col = self;
	const struct workflow_card *cd = card_at(col, i);

	if (cd)
		ui_app_open_idea(app_of(col->k), cd->ref);
	return UI_DONE;
}

/* The list shows cards first .. first+rows-1: read them if they are not
 * in memory. */
static bool
fetch_cards(void *self, size_t first, size_t rows)
{
	struct column *col = self;

	(void)first;
	(void)rows;
	if (column_loaded(col->k, col->c))
		return true;
	return load_column(col->k, col->c);
}

static const struct ui_list_ops card_ops = {
	draw_card, card_fields, open_card, fetch_cards
};

static void
draw_foot_cell(struct kpane *k, size_t c)
{
	const struct column *col = &k->col[c];
	size_t first = col->list.nav.first;
	size_t below = ui_listnav_below(&col->list.nav);
	int x = col_x(k, c), uw = 0;
	attr_t dim = ui_theme_attr(UI_DIM);
	char buf[128];

	ui_paint_fill(k->w_foot, 0, x, k->col_w, A_NORMAL);
	if (first > 0) {
		snprintf(buf, sizeof buf, "%s %zu", ui_theme_glyph(UI_G_MORE_UP),
		         first);
		uw = ui_paint_put(k->w_foot, 0, x, k->col_w, buf, dim, 0) + 1;
	}
	if (below > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_DOWN, below);
		ui_paint_put(k->w_foot, 0, x + uw, k->col_w - uw, buf, dim,
		             UI_PUT_RIGHT);
	}
}

/* Paints column c whole: its cards, the lines under them, its separator,
 * its "more" cell. */
static void
draw_column(struct kpane *k, size_t c)
{
	int x = col_x(k, c);

	ui_list_draw(&k->col[c].list, true);
	for (int y = (int)vis_cards(k) * CARD_H; y < k->cards_h; y++)
		ui_paint_fill(k->w_cards, y, x, k->col_w, A_NORMAL);
	if (c + 1 < k->lfirst + (size_t)k->nvis && c + 1 < k->ncols)
		for (int y = 0; y < k->cards_h; y++)
			ui_paint_put(k->w_cards, y, x + k->col_w, 1,
			             ui_theme_glyph(UI_G_SEP), ui_theme_attr(UI_DIM),
			             0);
	draw_foot_cell(k, c);
}

/* The heading of column c: its short label and count, with the number of
 * columns hidden on either side ("◀ 2", "3 ▶") at the ends of the row. */
static void
draw_heading(struct kpane *k, size_t c)
{
	WINDOW *w = k->w_head;
	int x = col_x(k, c), cw = k->col_w, lx = x, rw = 0;
	size_t last = k->lfirst + (size_t)k->nvis - 1;
	attr_t a = ui_theme_attr(UI_HEADING);
	char buf[128];

	if (c == k->focus)
		a |= ui_theme_attr(UI_SELECTED);
	ui_paint_fill(w, 1, x, cw, a);
	if (c == k->lfirst && k->lfirst > 0) {
		snprintf(buf, sizeof buf, "%s %zu", glyph_left(), k->lfirst);
		lx += ui_paint_put(w, 1, lx, cw, buf, a | A_BOLD, 0) + 1;
	}
	if (c == last && last + 1 < k->ncols) {
		snprintf(buf, sizeof buf, "%zu %s", k->ncols - last - 1,
		         glyph_right());
		rw = text_width(buf);
		ui_paint_put(w, 1, x + cw - rw, rw, buf, a | A_BOLD, 0);
		rw++;
	}
	snprintf(buf, sizeof buf, "%s %zu", stage_short_label((enum cs_stage)c),
	         k->col[c].list.nav.count);
	ui_paint_put(w, 1, lx, x + cw - rw - lx, buf, a, 0);
}

/* The cards of every column shown, filters applied. */
static size_t
cards_total(const struct kpane *k)
{
	size_t n = 0;

	for (size_t c = 0; c < k->ncols; c++)
		n += k->col[c].list.nav.count;
	return n;
}

static void
draw_head(struct kpane *k)
{
	WINDOW *w = k->w_head;
	int x;

	werase(w);
	x = ui_filters_draw(&k->f, w, cards_total(k), k->cols, UI_VIEW_KANBAN);
	if (k->closed) {
		const char *s = _("closed outcomes shown");
		int sw = text_width(s);
		if (x + sw + 2 <= k->cols)
			ui_paint_put(w, 0, k->cols - sw, sw, s, ui_theme_attr(UI_DIM),
			             0);
	}
	for (size_t c = k->lfirst; col_shown(k, c); c++)
		draw_heading(k, c);
	wnoutrefresh(w);
}

static void
draw_board(struct kpane *k, bool full)
{
	if (full || k->d_all) {
		layout_columns(k);
		draw_head(k);
		werase(k->w_cards);
		werase(k->w_foot);
		for (size_t c = k->lfirst; col_shown(k, c); c++)
			draw_column(k, c);
		if (cards_total(k) == 0)
			ui_paint_put(k->w_cards, k->cards_h > 2 ? 1 : 0, 2,
			             k->cols - 4, ui_filters_active(&k->f)
			             ? _("No idea matches the filters (x clears "
			                 "them).")
			             : _("No idea yet: submit the first one in the "
			                 "Ideas pane (F2)."), A_NORMAL, 0);
		wnoutrefresh(k->w_cards);
		wnoutrefresh(k->w_foot);
	} else {
		bool foot = false;
		if (k->d_head)
			draw_head(k);
		for (size_t c = k->lfirst; col_shown(k, c); c++) {
			struct ui_list *l = &k->col[c].list;
			size_t first = l->nav.first;
			bool all = l->d_all;
			if (!ui_list_draw(l, false))
				continue;
			if (all || first != k->col[c].shown_first) {
				/* the "more" cell follows the first card */
				draw_foot_cell(k, c);
				foot = true;
			}
		}
		if (foot)
			wnoutrefresh(k->w_foot);
	}
	for (size_t c = 0; c < STAGE_COUNT; c++)
		k->col[c].shown_first = k->col[c].list.nav.first;
	k->d_all = k->d_head = false;
}

/* ---- the board: moving the cursor ------------------------------------ */

/* After the focused column's list moved: its cursor's idea is followed on
 * reload. */
static unsigned
list_moved(struct kpane *k, unsigned bits)
{
	if (bits != UI_IGNORED)
		note_cursor(&k->col[k->focus]);
	return bits;
}

static unsigned
focus_column(struct kpane *k, size_t c)
{
	size_t old = k->focus, old_lfirst = k->lfirst;

	if (c >= k->ncols || c == k->focus)
		return UI_DONE;
	k->focus = c;
	layout_columns(k);
	if (!column_loaded(k, c))
		load_column(k, c);
	if (k->lfirst != old_lfirst) {
		k->d_all = true;
	} else {
		/* the selection leaves one card for the other */
		ui_list_dirty_row(&k->col[old].list, k->col[old].list.nav.cur);
		ui_list_dirty_row(&k->col[c].list, k->col[c].list.nav.cur);
		k->d_head = true;
	}
	return UI_PAINT;
}

/* ---- forms ----------------------------------------------------------- */

static void
free_form(struct kpane *k)
{
	struct fstate *fs = &k->fs;

	ui_form_free(fs->form);
	fs->form = NULL;
	for (size_t i = 0; i < fs->nind; i++)
		free(fs->ind[i]);
	free(fs->ind);
	fs->ind = NULL;
	fs->nind = 0;
}

static void
set_view(struct kpane *k, enum view v)
{
	k->view = v;
	if (k->w_full)
		leaveok(k->w_full, v != VIEW_FORM);
}

static void
add_field(struct fstate *fs, struct ui_form_field *fields, size_t *n,
          enum field_id id, const char *label, enum ui_field_kind kind,
          size_t max, const char *initial)
{
	if (id != F_VALUES || fs->fi[F_VALUES] < 0)
		fs->fi[id] = (int)*n;
	fields[*n] = (struct ui_form_field){ label, kind, max, initial };
	(*n)++;
}

/* The indicators of a plan as the form shows them: "name; baseline;
 * target", one a line. The caller frees. */
static char *
indicators_text(const struct workflow_detail *d)
{
	size_t size = 1;
	char *out;

	for (size_t i = 0; i < d->indicator_count; i++)
		size += strlen(nz(d->indicators[i].name)) +
		        strlen(nz(d->indicators[i].baseline)) +
		        strlen(nz(d->indicators[i].target)) + 6;
	out = malloc(size);
	if (out == NULL)
		return NULL;
	out[0] = '\0';
	for (size_t i = 0; i < d->indicator_count; i++) {
		const struct workflow_indicator *x = &d->indicators[i];
		size_t used = strlen(out);
		snprintf(out + used, size - used, "%s%s; %s; %s", i ? "\n" : "",
		         nz(x->name), nz(x->baseline), nz(x->target));
	}
	return out;
}

/* Opens the form for parts (guard bits): a move to `to` when move, else
 * the plans or an evaluation alone. */
static unsigned
open_form(struct kpane *k, const struct target *t, bool move,
          enum cs_stage to, unsigned parts)
{
	struct fstate *fs = &k->fs;
	struct workflow_detail *d = NULL;
	struct ui_form_field fields[F_COUNT + WORKFLOW_INDICATORS_MAX];
	char labels[WORKFLOW_INDICATORS_MAX][160];
	char hours[32] = "", astart[16], start[16], end[16], today[32];
	char *indicators = NULL;
	const char *level = NULL;
	struct cs_error err;
	enum cs_status st;
	size_t n = 0;

	if (parts & WRITE_GUARDS) {
		cs_error_clear(&err);
		st = workflow_get(k->ctx->db, t->ref, &d, &err);
		if (!ui_app_result(app_of(k), st, &err))
			return UI_PAINT;
	}
	if ((parts & WORKFLOW_GUARD_EVALUATION) && d->indicator_count == 0) {
		ui_app_error(app_of(k),
		             _("%s has no indicator to evaluate: record its "
		               "experiment plan first (p)."), t->ref);
		workflow_detail_free(d);
		return UI_PAINT;
	}
	free_form(k);
	memset(fs, 0, sizeof *fs);
	for (int i = 0; i < F_COUNT; i++)
		fs->fi[i] = -1;
	fs->t = *t;
	fs->move = move;
	fs->to = to;
	fs->parts = parts;
	fs->back = k->view;

	if (parts & WORKFLOW_GUARD_SCORES) {
		add_field(fs, fields, &n, F_IMPACT, _("Impact (1 to 4):"),
		          UI_FIELD_LINE, 1, NULL);
		add_field(fs, fields, &n, F_FEAS, _("Feasibility (1 to 4):"),
		          UI_FIELD_LINE, 1, NULL);
		add_field(fs, fields, &n, F_NOTE, _("Decision note:"),
		          UI_FIELD_TEXT, WORKFLOW_NOTE_MAX, NULL);
	}
	if (parts & WORKFLOW_GUARD_DIRECTION)
		add_field(fs, fields, &n, F_DIRECTION, _("Recipient direction:"),
		          UI_FIELD_LINE, 200, NULL);
	if (parts & WORKFLOW_GUARD_CONCLUSION)
		add_field(fs, fields, &n, F_CONCLUSION,
		          _("Conclusion of the study:"), UI_FIELD_TEXT,
		          WORKFLOW_NOTE_MAX, NULL);
	if (parts & WORKFLOW_GUARD_PLANS) {
		if (d->has_accompaniment) {
			level = workflow_level_slug(d->level);
			parse_format_decimal(d->hours_per_week, hours,
			                     sizeof hours);
		}
		date_for_user(d->accomp_start, astart, sizeof astart);
		date_for_user(d->start_date, start, sizeof start);
		date_for_user(d->end_date, end, sizeof end);
		indicators = indicators_text(d);
		add_field(fs, fields, &n, F_LEVEL, _("Accompaniment:"),
		          UI_FIELD_LINE, 20, level);
		add_field(fs, fields, &n, F_ACCOMPANIER, _("Accompanier:"),
		          UI_FIELD_LINE, 120, d->accompanier);
		add_field(fs, fields, &n, F_HOURS, _("Hours a week:"),
		          UI_FIELD_LINE, 8, hours);
		add_field(fs, fields, &n, F_ASTART, _("Accompanied from:"),
		          UI_FIELD_LINE, 10, astart);
		add_field(fs, fields, &n, F_SITES, _("Experiment sites:"),
		          UI_FIELD_LINE, 400, d->sites);
		add_field(fs, fields, &n, F_START, _("Experiment from:"),
		          UI_FIELD_LINE, 10, start);
		add_field(fs, fields, &n, F_END, _("Experiment until:"),
		          UI_FIELD_LINE, 10, end);
		add_field(fs, fields, &n, F_INDICATORS,
		          _("Indicators, one a line: name; baseline; target"),
		          UI_FIELD_TEXT, 2000, indicators);
	}
	if (parts & WORKFLOW_GUARD_EVALUATION) {
		today_text(today, sizeof today, false);
		add_field(fs, fields, &n, F_EV_DATE, _("Evaluation date:"),
		          UI_FIELD_LINE, 10, today);
		fs->ind = calloc(d->indicator_count, sizeof *fs->ind);
		for (size_t i = 0; fs->ind && i < d->indicator_count &&
		                   i < WORKFLOW_INDICATORS_MAX; i++) {
			fs->ind[i] = strdup(nz(d->indicators[i].name));
			if (fs->ind[i] == NULL)
				break;
			fs->nind++;
			snprintf(labels[i], sizeof labels[i], _("%s:"), fs->ind[i]);
			add_field(fs, fields, &n, F_VALUES, labels[i], UI_FIELD_LINE,
			          60, NULL);
		}
		add_field(fs, fields, &n, F_OBS, _("Observations:"), UI_FIELD_TEXT,
		          WORKFLOW_NOTE_MAX, NULL);
		add_field(fs, fields, &n, F_RECO, _("Recommendation:"),
		          UI_FIELD_LINE, 20, NULL);
	}
	if (parts & WORKFLOW_GUARD_REASON)
		add_field(fs, fields, &n, F_REASON, _("Reason:"), UI_FIELD_TEXT,
		          WORKFLOW_NOTE_MAX, NULL);
	else if (parts & WORKFLOW_GUARD_OPTIONAL_NOTE)
		add_field(fs, fields, &n, F_REASON, _("Reason (optional):"),
		          UI_FIELD_LINE, 500, NULL);

	fs->form = ui_form_new(fields, n, false);
	free(indicators);
	workflow_detail_free(d);
	if (fs->form == NULL) {
		free_form(k);
		ui_app_error(app_of(k), "%s", _("Out of memory."));
		return UI_PAINT;
	}
	set_view(k, VIEW_FORM);
	return UI_REDRAW;
}

/* Leaves the form for the view it came from (ui_fullview_hooks.close). */
static void
close_form(void *self)
{
	struct kpane *k = self;
	enum view back = k->fs.back;

	free_form(k);
	k->fs.conflict = false;
	set_view(k, back);
	if (back == VIEW_LATE)
		load_list(k, true);
	else if (k->stale)
		reload_cards(k);
	k->d_all = true;
}

static char *
trim(char *s)
{
	size_t len;

	while (*s == ' ')
		s++;
	len = strlen(s);
	while (len > 0 && s[len - 1] == ' ')
		s[--len] = '\0';
	return s;
}

/* The checks below read what was typed with the core's parsers (parse.h,
 * when.h): the same words and messages as the command line. An empty
 * field gives 0 / NULL and the core says what is missing. */
static enum cs_status
parse_score(char *s, int *out, struct cs_error *err)
{
	long v = 0;

	*out = 0;
	if (*trim(s) == '\0')
		return CS_OK;
	if (parse_whole(s, WORKFLOW_SCORE_MIN, WORKFLOW_SCORE_MAX, &v, err) != CS_OK)
		return err->status;
	*out = (int)v;
	return CS_OK;
}

static enum cs_status
parse_hours(char *s, double *out, struct cs_error *err)
{
	*out = 0.0;
	if (*trim(s) == '\0')
		return CS_OK;
	return parse_decimal(s, 0, 40, out, err);
}

/* The recommendation's stored word, NULL for none. */
static enum cs_status
parse_reco(char *s, const char **out, struct cs_error *err)
{
	*out = NULL;
	if (*trim(s) == '\0')
		return CS_OK;
	return parse_recommendation(s, out, err);
}

/* Says which field holds what was refused, with the core's message. */
static void
refuse_field(struct kpane *k, const char *label, const struct cs_error *err)
{
	ui_app_error(app_of(k), "%s %s", label, err->message);
}

/* Splits the indicator lines of s (modified) into x; returns how many, or
 * -1 (with a message) when a line is wrong. */
static int
parse_indicators(struct kpane *k, char *s,
                 struct workflow_indicator x[WORKFLOW_INDICATORS_MAX])
{
	int n = 0, line = 0;

	for (char *l = s, *next; l; l = next) {
		char *parts[3] = { NULL, NULL, NULL }, *p = l;
		next = strchr(l, '\n');
		if (next)
			*next++ = '\0';
		line++;
		if (*trim(l) == '\0')
			continue;
		if (n == WORKFLOW_INDICATORS_MAX) {
			ui_app_error(app_of(k), _("At most %d indicators."),
			             WORKFLOW_INDICATORS_MAX);
			return -1;
		}
		for (int i = 0; i < 3 && p; i++) {
			char *semi = strchr(p, ';');
			if (semi)
				*semi++ = '\0';
			parts[i] = trim(p);
			p = semi;
		}
		if (p != NULL || parts[0][0] == '\0') {
			ui_app_error(app_of(k),
			             _("Indicator line %d: write name; baseline; "
			               "target."), line);
			return -1;
		}
		x[n].name = parts[0];
		x[n].baseline = parts[1] ? parts[1] : "";
		x[n].target = parts[2] ? parts[2] : "";
		n++;
	}
	return n;
}

/* The version of the idea now, or -1 when it cannot be read. */
static int64_t
current_version(struct kpane *k, const char *ref)
{
	struct workflow_detail *d = NULL;
	struct cs_error err;
	int64_t v;

	cs_error_clear(&err);
	if (!ui_app_result(app_of(k), workflow_get(k->ctx->db, ref, &d, &err),
	                   &err))
		return -1;
	v = d->version;
	workflow_detail_free(d);
	return v;
}

/* After a successful move: say so, and let the cursor follow the card. */
static void
moved(struct kpane *k, const char *ref, enum cs_stage to)
{
	if ((size_t)to < k->ncols)
		ui_app_message(app_of(k), _("%s moved to \"%s\"."), ref,
		               stage_label(to));
	else
		ui_app_message(app_of(k),
		               _("%s moved to \"%s\" (o shows the closed "
		                 "outcomes)."), ref, stage_label(to));
	snprintf(k->select_ref, sizeof k->select_ref, "%s", ref);
}

/* The text of field id, or NULL when the form has no such field. */
static char *
field_text(const struct fstate *fs, enum field_id id)
{
	return fs->fi[id] >= 0 ? ui_form_text(fs->form, (size_t)fs->fi[id])
	                       : NULL;
}

/* What the form asks: the plans, an evaluation, then the move. The form
 * stays open (with what was typed) whenever something is refused. */
static unsigned
save_form(void *self)
{
	struct kpane *k = self;
	struct fstate *fs = &k->fs;
	char *txt[F_COUNT] = { NULL };
	char *values[WORKFLOW_INDICATORS_MAX] = { NULL };
	struct workflow_indicator ind[WORKFLOW_INDICATORS_MAX];
	struct workflow_evaluation_value ev_values[WORKFLOW_INDICATORS_MAX];
	char astart[11] = "", start[11] = "", end[11] = "", ev_date[11] = "";
	struct workflow_move_request req;
	struct cs_error err;
	enum cs_status st = CS_OK;
	enum workflow_level level = WORKFLOW_ACCOMP_NONE;
	const char *reco = NULL;
	double hours = 0.0;
	int impact = 0, feas = 0, nind = 0;
	size_t nval = 0;
	bool wrote = false, done = false, ok = true;

	if (!ui_app_may_write(app_of(k)))
		return UI_PAINT;
	for (int i = 0; i < F_COUNT; i++)
		txt[i] = field_text(fs, (enum field_id)i);
	for (size_t i = 0; i < fs->nind; i++)
		values[i] = ui_form_text(fs->form, (size_t)fs->fi[F_VALUES] + i);

	/* what the front end can tell at once, read by the core's parsers */
	cs_error_clear(&err);
	if (txt[F_IMPACT] && parse_score(txt[F_IMPACT], &impact, &err) != CS_OK) {
		refuse_field(k, _("Impact (1 to 4):"), &err);
		ok = false;
	} else if (txt[F_FEAS] && parse_score(txt[F_FEAS], &feas, &err) != CS_OK) {
		refuse_field(k, _("Feasibility (1 to 4):"), &err);
		ok = false;
	} else if (fs->parts & WORKFLOW_GUARD_PLANS) {
		if (!txt[F_LEVEL] || parse_level(txt[F_LEVEL], &level, &err) != CS_OK) {
			refuse_field(k, _("Accompaniment:"), &err);
			ok = false;
		} else if (!txt[F_HOURS] ||
		           parse_hours(txt[F_HOURS], &hours, &err) != CS_OK) {
			refuse_field(k, _("Hours a week:"), &err);
			ok = false;
		} else if (!txt[F_ASTART] ||
		           parse_date(txt[F_ASTART], astart, &err) != CS_OK) {
			refuse_field(k, _("Accompanied from:"), &err);
			ok = false;
		} else if (!txt[F_START] ||
		           parse_date(txt[F_START], start, &err) != CS_OK) {
			refuse_field(k, _("Experiment from:"), &err);
			ok = false;
		} else if (!txt[F_END] ||
		           parse_date(txt[F_END], end, &err) != CS_OK) {
			refuse_field(k, _("Experiment until:"), &err);
			ok = false;
		} else if (!txt[F_INDICATORS] ||
		           (nind = parse_indicators(k, txt[F_INDICATORS], ind)) < 0) {
			ok = false;
		}
	}
	if (ok && (fs->parts & WORKFLOW_GUARD_EVALUATION) && !fs->ev_saved) {
		if (!txt[F_EV_DATE] ||
		    parse_date(txt[F_EV_DATE], ev_date, &err) != CS_OK) {
			refuse_field(k, _("Evaluation date:"), &err);
			ok = false;
		} else if (!txt[F_RECO] ||
		           parse_reco(txt[F_RECO], &reco, &err) != CS_OK) {
			refuse_field(k, _("Recommendation:"), &err);
			ok = false;
		}
		for (size_t i = 0; ok && i < fs->nind; i++) {
			if (values[i] == NULL || *trim(values[i]) == '\0')
				continue;
			ev_values[nval].indicator = fs->ind[i];
			ev_values[nval].value = trim(values[i]);
			nval++;
		}
	}

	/* a change made meanwhile: nothing is written, the text stays */
	if (ok && (fs->parts & WRITE_GUARDS) && fs->t.version > 0) {
		int64_t v = current_version(k, fs->t.ref);
		if (v < 0) {
			ok = false;
		} else if (v != fs->t.version) {
			ui_app_error(app_of(k),
			             _("%s was changed by someone else meanwhile; "
			               "nothing was saved."), fs->t.ref);
			fs->t.version = v;
			fs->conflict = true;
			ok = false;
		}
	}

	cs_error_clear(&err);
	if (ok && (fs->parts & WORKFLOW_GUARD_PLANS)) {
		struct workflow_plan p;
		memset(&p, 0, sizeof p);
		p.has_accompaniment = true;
		p.level = level;
		p.accompanier = txt[F_ACCOMPANIER] ? trim(txt[F_ACCOMPANIER]) : "";
		p.hours_per_week = hours;
		p.accomp_start = astart[0] ? astart : NULL;
		p.has_experiment = true;
		p.sites = txt[F_SITES] ? trim(txt[F_SITES]) : "";
		p.start_date = start[0] ? start : NULL;
		p.end_date = end[0] ? end : NULL;
		p.indicators = ind;
		p.indicator_count = (size_t)nind;
		st = workflow_plan(k->ctx->db, k->ctx->id, fs->t.ref, &p, &err);
		ok = ui_app_result(app_of(k), st, &err);
		wrote = ok;
	}
	if (ok && (fs->parts & WORKFLOW_GUARD_EVALUATION) && !fs->ev_saved) {
		struct workflow_evaluation ev = {
			ev_date, ev_values, nval, txt[F_OBS], reco
		};
		st = workflow_evaluate(k->ctx->db, k->ctx->id, fs->t.ref, &ev, &err);
		ok = ui_app_result(app_of(k), st, &err);
		fs->ev_saved = wrote = ok;
	}
	if (ok && fs->move) {
		int64_t version = fs->t.version;
		if (wrote && version > 0)
			version = current_version(k, fs->t.ref);
		memset(&req, 0, sizeof req);
		req.ref = fs->t.ref;
		req.to = fs->to;
		req.expected_version = version > 0 ? version : 0;
		req.impact = impact;
		req.faisabilite = feas;
		req.direction = txt[F_DIRECTION];
		req.note = txt[F_NOTE] ? txt[F_NOTE] : txt[F_CONCLUSION];
		req.reason = txt[F_REASON] && txt[F_REASON][0] ? txt[F_REASON]
		                                               : NULL;
		st = workflow_move(k->ctx->db, k->ctx->id, &req, &err);
		if (st == CS_ERR_CONFLICT) {
			/* the next Ctrl-S moves it over the other version */
			int64_t v = current_version(k, fs->t.ref);
			if (v > 0)
				fs->t.version = v;
			fs->conflict = true;
		}
		ok = ui_app_result(app_of(k), st, &err);
		if (ok)
			moved(k, fs->t.ref, fs->to);
		done = ok;
	} else if (ok) {
		ui_app_message(app_of(k),
		               fs->parts & WORKFLOW_GUARD_PLANS
		               ? _("Plans of %s saved.")
		               : _("Evaluation of %s recorded."), fs->t.ref);
		done = true;
	}

	for (int i = 0; i < F_COUNT; i++)
		free(txt[i]);
	for (size_t i = 0; i < fs->nind; i++)
		free(values[i]);
	if (!done)
		return UI_REDRAW | (wrote ? UI_RELOAD : 0);
	k->stale = true;
	close_form(k);
	return UI_REDRAW | UI_RELOAD;
}

/* The hints above the form, for the parts it holds. */
static void
form_hint(const struct fstate *fs, char *buf, size_t size)
{
	buf[0] = '\0';
	if (fs->parts & WORKFLOW_GUARD_SCORES)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s ",
		         _("Scores from 1 (low) to 4 (high)."));
	if (fs->parts & WORKFLOW_GUARD_PLANS)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s ",
		         _("Accompaniment: none, internal or external. Dates as "
		           "30/11/2026."));
	if ((fs->parts & WORKFLOW_GUARD_EVALUATION) && fs->ev_saved)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s ",
		         _("The evaluation is recorded."));
	else if (fs->parts & WORKFLOW_GUARD_EVALUATION)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s ",
		         _("Recommendation: generalise, continue or stop."));
}

static void
draw_form(struct kpane *k)
{
	struct fstate *fs = &k->fs;
	WINDOW *w = k->w_full;
	char buf[1024];
	int y = 2, hint_rows;

	if (fs->move)
		snprintf(buf, sizeof buf, _("Move %s from \"%s\" to \"%s\""),
		         fs->t.ref, stage_label(fs->t.stage), stage_label(fs->to));
	else if (fs->parts & WORKFLOW_GUARD_PLANS)
		snprintf(buf, sizeof buf, _("Plans of %s"), fs->t.ref);
	else
		snprintf(buf, sizeof buf, _("Evaluation of %s"), fs->t.ref);
	ui_fullview_heading(w, k->cols, buf, false);
	ui_paint_put(w, 1, 1, k->cols - 2, fs->t.title, ui_theme_attr(UI_TITLE),
	             0);
	form_hint(fs, buf, sizeof buf);
	if (buf[0]) {
		hint_rows = ui_paint_wrapped(NULL, 0, 0, k->cols - 2, 0, buf, 0);
		if (hint_rows > 2)
			hint_rows = 2;
		ui_paint_wrapped(w, y, 1, k->cols - 2, hint_rows, buf,
		                 ui_theme_attr(UI_DIM));
		y += hint_rows;
	}
	ui_fullview_form_draw(w, k->lines, k->cols, fs->form, y, fs->conflict);
}

/* ---- moves ----------------------------------------------------------- */

/* A move that needs nothing but the target (and its optional note). */
static unsigned
move_now(struct kpane *k, const struct target *t, enum cs_stage to,
         const char *note)
{
	struct workflow_move_request req;
	struct cs_error err;
	enum cs_status st;

	memset(&req, 0, sizeof req);
	req.ref = t->ref;
	req.to = to;
	req.expected_version = t->version;
	req.note = note && note[0] ? note : NULL;
	cs_error_clear(&err);
	st = workflow_move(k->ctx->db, k->ctx->id, &req, &err);
	if (!ui_app_result(app_of(k), st, &err))
		return st == CS_ERR_CONFLICT ? UI_RELOAD : UI_PAINT;
	moved(k, t->ref, to);
	return UI_REDRAW | UI_RELOAD;
}

/* The confirmation of a move that needs no form closed: Enter moves, with
 * the note typed (if any); Esc leaves the card where it is. */
static unsigned
move_confirmed(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct kpane *k = owner;

	(void)tag;
	if (!ok) {
		ui_app_message(app_of(k), _("%s was not moved."), k->mv.ref);
		return UI_REDRAW;
	}
	return move_now(k, &k->mv, k->mv_to, ui_dialog_text(d)) | UI_REDRAW;
}

/* Nothing moves on a single key: a short question first (issue 12), with
 * room for an optional note recorded with the move. */
static unsigned
confirm_move(struct kpane *k, const struct target *t, enum cs_stage to)
{
	char text[1024], title[512];

	k->mv = *t;
	k->mv_to = to;
	ui_paint_fit(t->title, 40, title, sizeof title);
	snprintf(text, sizeof text,
	         _("Move %s, \"%s\", from \"%s\" to \"%s\"? Enter moves it, "
	           "Esc leaves it. A note is optional."),
	         t->ref, title, stage_label(t->stage), stage_label(to));
	ui_app_dialog(app_of(k),
	              ui_dialog_input(_("Move an idea"), text, _("Note:"), "", 500),
	              move_confirmed, k, 0);
	return UI_DONE;
}

/* Asks the core whether t may go to `to`, then asks for a confirmation or
 * opens the form its guard needs; a refusal shows the core's reason. */
static unsigned
start_move(struct kpane *k, const struct target *t, enum cs_stage to)
{
	const struct workflow_transition_rule *rule = workflow_rule(t->stage, to);
	unsigned missing = 0, need;
	struct cs_error err;
	enum cs_status st;

	if (!ui_app_may_write(app_of(k)))
		return UI_PAINT;
	cs_error_clear(&err);
	st = workflow_check(k->ctx->db, k->ctx->id, t->ref, to, &missing, &err);
	need = (rule ? rule->guards & REQUEST_GUARDS : 0u) |
	       (missing & WRITE_GUARDS);
	if (st != CS_OK && !(st == CS_ERR_DATA && (missing & WRITE_GUARDS))) {
		ui_app_result(app_of(k), st, &err);
		return UI_PAINT;
	}
	if (need == 0)
		return confirm_move(k, t, to);   /* the core checks the rest */
	return open_form(k, t, true, to, need);
}

/* H and L: along the main line. */
static unsigned
step_move(struct kpane *k, bool forward)
{
	const struct workflow_card *cd = current_card(k);
	enum cs_stage to;
	struct target t;

	if (cd == NULL)
		return UI_DONE;
	target_of(&t, cd);
	if (!(forward ? workflow_next(cd->stage, &to)
	              : workflow_previous(cd->stage, &to))) {
		ui_app_error(app_of(k),
		             forward ? _("%s: no next stage from \"%s\" (m lists "
		                         "where it may go).")
		                     : _("%s: no previous stage from \"%s\" (m "
		                         "lists where it may go)."),
		             t.ref, stage_label(t.stage));
		return UI_PAINT;
	}
	return start_move(k, &t, to);
}

/* The stage chosen in the list of choose_target(). */
static unsigned
target_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct kpane *k = owner;
	size_t i = ui_dialog_choice_index(d);
	unsigned bits = UI_DONE;

	(void)tag;
	if (ok && i < k->ntargets)
		bits = start_move(k, &k->dt, k->targets[i]);
	return bits | UI_REDRAW;
}

/* m: every stage the table allows from here, in a list. */
static unsigned
choose_target(struct kpane *k)
{
	const struct workflow_card *cd = current_card(k);
	const char *items[STAGE_COUNT];
	char title[256];

	if (cd == NULL)
		return UI_DONE;
	target_of(&k->dt, cd);
	k->ntargets = workflow_targets(cd->stage, k->targets);
	if (k->ntargets == 0) {
		ui_app_error(app_of(k), _("%s is closed (%s): it no longer moves."),
		             cd->ref, stage_label(cd->stage));
		return UI_PAINT;
	}
	for (size_t i = 0; i < k->ntargets; i++)
		items[i] = stage_label(k->targets[i]);
	snprintf(title, sizeof title, _("Move %s to"), cd->ref);
	ui_app_dialog(app_of(k),
	              ui_dialog_choice(title, items, k->ntargets, 0),
	              target_done, k, 0);
	return UI_DONE;
}

/* v and p: an evaluation or the plans, without a move. */
static unsigned
start_side_form(struct kpane *k, const struct workflow_card *cd, unsigned part)
{
	struct target t;

	if (cd == NULL || !ui_app_may_write(app_of(k)))
		return UI_DONE;
	target_of(&t, cd);
	if (part == WORKFLOW_GUARD_EVALUATION && cd->stage != STAGE_EXPERIMENTATION) {
		ui_app_error(app_of(k),
		             _("Only an idea \"%s\" is evaluated; %s is at \"%s\"."),
		             stage_label(STAGE_EXPERIMENTATION), t.ref,
		             stage_label(t.stage));
		return UI_PAINT;
	}
	if (part == WORKFLOW_GUARD_PLANS && (cd->stage < STAGE_COMITE ||
	                            cd->stage > STAGE_EXPERIMENTATION)) {
		ui_app_error(app_of(k),
		             _("Plans are made from \"%s\" to \"%s\"; %s is at "
		               "\"%s\"."), stage_label(STAGE_COMITE),
		             stage_label(STAGE_EXPERIMENTATION), t.ref,
		             stage_label(t.stage));
		return UI_PAINT;
	}
	return open_form(k, &t, false, t.stage, part);
}

/* ---- filters and closed outcomes ------------------------------------- */

/* The filters changed (ui_filters): every column from its top. */
static unsigned
filters_changed(void *self)
{
	struct kpane *k = self;

	for (size_t c = 0; c < STAGE_COUNT; c++) {
		k->col[c].list.nav.cur = k->col[c].list.nav.first = 0;
		k->col[c].cur_id = 0;
		/* the words searched are shown in the cards; n and N */
		if (!ui_list_set_needle(&k->col[c].list, k->f.search))
			ui_app_error(app_of(k), "%s", _("Out of memory: the words "
			                                "found are not shown."));
	}
	reload_cards(k);
	return UI_REDRAW;
}

static unsigned
toggle_closed(struct kpane *k)
{
	k->closed = !k->closed;
	k->ncols = k->closed ? STAGE_COUNT : MAIN_COLUMNS;
	if (k->closed)   /* the closed outcomes come into view */
		k->focus = k->lfirst = MAIN_COLUMNS;
	else if (k->focus >= k->ncols)
		k->focus = k->ncols - 1;
	reload_cards(k);
	return UI_REDRAW;
}

/* ---- the committee grid ---------------------------------------------- */

/* Paints the refs of the cards scored (impact, feas) into a cell of
 * rows x cols at (y, x): as many a row as fit, "+N" when they do not. */
static void
draw_cell(struct kpane *k, int y, int x, int rows, int cols, int impact,
          int feas)
{
	WINDOW *w = k->w_full;
	int ref_w = 13, per_row, slots, shown = 0;
	size_t n = 0;
	char buf[64];

	for (size_t i = 0; i < k->grid.count; i++) {
		const struct workflow_card *c = &k->grid.cards[i];
		if (c->impact == impact && c->faisabilite == feas) {
			n++;
			if (text_width(c->ref) > ref_w)
				ref_w = text_width(c->ref);
		}
	}
	if (n == 0 || rows < 1 || cols < 4)
		return;
	per_row = (cols + 1) / (ref_w + 1);
	if (per_row < 1)
		per_row = 1;
	slots = rows * per_row;
	for (size_t i = 0; i < k->grid.count; i++) {
		const struct workflow_card *c = &k->grid.cards[i];
		if (c->impact != impact || c->faisabilite != feas)
			continue;
		if (shown + 1 == slots && n > (size_t)slots) {
			snprintf(buf, sizeof buf, "+%zu", n - (size_t)shown);
			ui_paint_put(w, y + shown / per_row,
			             x + (shown % per_row) * (ref_w + 1), ref_w, buf,
			             ui_theme_attr(UI_DIM), 0);
			break;
		}
		ui_paint_put(w, y + shown / per_row,
		             x + (shown % per_row) * (ref_w + 1), ref_w, c->ref,
		             c->mine ? ui_theme_attr(UI_MARK) : A_NORMAL, 0);
		shown++;
	}
}

/* The refs of the ideas in committee not scored yet; "(none)" if none. */
static void
unscored_text(const struct kpane *k, char *buf, size_t size)
{
	size_t unscored = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < k->grid.count; i++) {
		const struct workflow_card *c = &k->grid.cards[i];
		if (c->impact > 0 && c->faisabilite > 0)
			continue;
		size_t used = strlen(buf);
		snprintf(buf + used, size - used, "%s%s", unscored ? "  " : "",
		         c->ref);
		unscored++;
	}
	if (unscored == 0)
		snprintf(buf, size, "%s", _("(none)"));
}

static void
draw_grid(struct kpane *k)
{
	WINDOW *w = k->w_full;
	attr_t h = ui_theme_attr(UI_HEADING), dim = ui_theme_attr(UI_DIM);
	int label_w = 13, cell_w = (k->cols - label_w - 4) / 4, y, band_h;
	int un_h, avail;
	char buf[2048];

	snprintf(buf, sizeof buf,
	         P_("Committee grid: %zu idea in committee",
	            "Committee grid: %zu ideas in committee", k->grid.count),
	         k->grid.count);
	ui_fullview_heading(w, k->cols, buf, true);

	/* the ideas not scored yet, listed apart at the bottom */
	unscored_text(k, buf, sizeof buf);
	un_h = ui_paint_wrapped(NULL, 0, 0, k->cols - 4, 0, buf, 0);
	if (un_h > 3)
		un_h = 3;
	avail = k->lines - 2 - (un_h + 1) - 3;
	band_h = avail / 4 > 0 ? avail / 4 : 1;

	/* the heading of the columns: feasibility 1 .. 4 */
	ui_paint_put(w, 1, 0, label_w, _("Impact"), h | A_BOLD, 0);
	for (int f = 1; f <= 4; f++) {
		snprintf(buf, sizeof buf, _("Feasibility %d"), f);
		ui_paint_put(w, 1, label_w + (f - 1) * (cell_w + 1) + 2, cell_w - 1,
		             buf, h, 0);
	}
	y = 2;
	for (int impact = 4; impact >= 1; impact--) {
		snprintf(buf, sizeof buf, _("Impact %d"), impact);
		ui_paint_put(w, y, 0, label_w, buf, ui_theme_attr(UI_TITLE), 0);
		for (int r = 0; r < band_h; r++)
			for (int f = 0; f < 4; f++)
				ui_paint_put(w, y + r, label_w + f * (cell_w + 1), 1,
				             ui_theme_glyph(UI_G_SEP), dim, 0);
		for (int f = 1; f <= 4; f++)
			draw_cell(k, y, label_w + (f - 1) * (cell_w + 1) + 2, band_h,
			          cell_w - 1, impact, f);
		y += band_h;
		if (impact > 1) {
			wattrset(w, (int)dim);
			mvwhline(w, y, 0, ui_theme_ascii() ? '-' : ACS_HLINE,
			         k->cols);
			y++;
		}
	}
	y++;
	ui_paint_put(w, y, 1, k->cols - 2, _("Not scored yet:"),
	             ui_theme_attr(UI_TITLE), 0);
	unscored_text(k, buf, sizeof buf);
	if (y + 1 < k->lines)
		ui_paint_wrapped(w, y + 1, 3, k->cols - 4, k->lines - y - 1, buf,
		                 A_NORMAL);
	wnoutrefresh(w);
}

/* ---- late experiments ------------------------------------------------ */

static int
late_rows(const struct kpane *k)
{
	return k->lines - 3 > 1 ? k->lines - 3 : 1;
}

/* The columns of the list of late experiments, for cols columns. */
struct late_cols {
	int ref_w, mark_w, end_w, dir_w, title_x, title_w;
};

static struct late_cols
late_columns(int cols)
{
	struct late_cols lc = { 14, 18, 11, 0, 0, 0 };

	lc.dir_w = cols >= 100 ? 20 : cols >= 72 ? 12 : 0;
	lc.title_x = 1 + lc.ref_w;
	lc.title_w = cols - lc.title_x - (lc.dir_w ? lc.dir_w + 1 : 0) -
	             lc.end_w - lc.mark_w - 1;
	return lc;
}

/* Row i of the late experiments (the list's draw_row). */
static void
draw_late_row(void *self, WINDOW *w, int y, int x, int cols, size_t i,
              bool sel)
{
	struct kpane *k = self;
	const struct workflow_card *c = &k->late.cards[i];
	struct late_cols lc = late_columns(cols);
	attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	char buf[256], end[16];
	bool late;

	ui_paint_fill(w, y, x, cols, a);
	ui_paint_put(w, y, x, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", a, 0);
	ui_list_put(&k->late_list, w, y, x + 1, lc.ref_w - 1, c->ref, a, 0);
	ui_list_put(&k->late_list, w, y, x + lc.title_x, lc.title_w, c->title,
	            a, 0);
	if (lc.dir_w)
		ui_list_put(&k->late_list, w, y, x + lc.title_x + lc.title_w + 1,
		            lc.dir_w, ui_labels_direction(c->direction), a, 0);
	date_for_user(c->end_date, end, sizeof end);
	ui_paint_put(w, y, x + cols - lc.mark_w - lc.end_w - 1, lc.end_w, end,
	             a, 0);
	card_marker(c, buf, sizeof buf, &late);
	ui_paint_put(w, y, x + cols - lc.mark_w, lc.mark_w - 1, buf,
	             sel ? a : ui_theme_attr(UI_MARK), UI_PUT_RIGHT);
}

static size_t
late_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	struct kpane *k = self;
	const struct workflow_card *c = &k->late.cards[i];

	if (max < 3)
		return 0;
	texts[0] = c->title;
	names[0] = N_("the title");
	texts[1] = c->ref;
	names[1] = N_("the reference");
	texts[2] = ui_labels_direction(c->direction);
	names[2] = N_("the direction");
	return 3;
}

static unsigned
late_open(void *self, size_t i)
{
	struct kpane *k = self;

	ui_app_open_idea(app_of(k), k->late.cards[i].ref);
	return UI_DONE;
}

static const struct ui_list_ops late_ops = {
	draw_late_row, late_fields, late_open, NULL
};

/* The "more" line under the late experiments. */
static void
draw_late_foot(struct kpane *k)
{
	size_t below = ui_listnav_below(&k->late_list.nav);
	char buf[128];

	ui_paint_fill(k->w_full, k->lines - 1, 0, k->cols, A_NORMAL);
	if (below > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_DOWN, below);
		ui_paint_put(k->w_full, k->lines - 1, 1, k->cols / 2, buf,
		             ui_theme_attr(UI_DIM), 0);
	}
}

static void
draw_late(struct kpane *k, bool full)
{
	WINDOW *w = k->w_full;
	struct late_cols lc = late_columns(k->cols);
	char buf[256];

	if (!full && !k->late_list.d_all && k->late.count > 0) {
		if (ui_list_draw(&k->late_list, false)) {
			draw_late_foot(k);
			wnoutrefresh(w);
		}
		return;
	}
	snprintf(buf, sizeof buf,
	         P_("%zu experiment past its end date, not evaluated since",
	            "%zu experiments past their end date, not evaluated since",
	            k->late.count), k->late.count);
	ui_fullview_heading(w, k->cols, buf, true);
	if (k->late.count == 0) {
		ui_paint_put(w, 2, 2, k->cols - 4, _("No experiment is late."),
		             A_NORMAL, 0);
		wnoutrefresh(w);
		return;
	}
	ui_paint_put(w, 1, 1, lc.ref_w, _("Reference"), A_BOLD, 0);
	ui_paint_put(w, 1, lc.title_x, lc.title_w, _("Title"), A_BOLD, 0);
	if (lc.dir_w)
		ui_paint_put(w, 1, lc.title_x + lc.title_w + 1, lc.dir_w,
		             _("Direction"), A_BOLD, 0);
	ui_paint_put(w, 1, k->cols - lc.mark_w - lc.end_w - 1, lc.end_w,
	             _("End"), A_BOLD, 0);
	ui_list_draw(&k->late_list, true);
	draw_late_foot(k);
	wnoutrefresh(w);
}

static unsigned
late_key(struct kpane *k, const struct ui_key *key)
{
	struct ui_list *l = &k->late_list;

	if (key->action == UI_ACT_BACK || key->action == UI_ACT_QUIT ||
	    key->action == UI_ACT_LATE || key->action == UI_ACT_LEFT) {
		set_view(k, VIEW_BOARD);
		if (k->stale)
			reload_cards(k);
		k->d_all = true;
		return UI_REDRAW;
	}
	if (k->late.count && key->action == UI_ACT_EVALUATE)
		return start_side_form(k, &k->late.cards[l->nav.cur],
		                       WORKFLOW_GUARD_EVALUATION);
	if (ui_app_key_char(key, ' '))
		return ui_list_act(l, UI_ACT_PAGE_DOWN);
	if (key->kind == UI_KEY_CLICK || key->kind == UI_KEY_WHEEL) {
		unsigned bits = ui_list_key(l, key);
		return bits == UI_IGNORED ? UI_DONE : bits;
	}
	return ui_list_key(l, key);
}

/* ---- keys ------------------------------------------------------------ */


/* A click: on a heading focuses its column (on "◀ N" or "N ▶" scrolls);
 * on a card selects it, and opens it when it was selected already. */
static unsigned
click(struct kpane *k, const struct ui_key *key)
{
	int hy, hx, cy, cx, y, x;
	size_t c;

	getbegyx(k->w_head, hy, hx);
	getbegyx(k->w_cards, cy, cx);
	(void)hx;
	(void)cx;
	x = key->x;
	if (x % (k->col_w + 1) == k->col_w)
		return UI_DONE;   /* a separator */
	c = k->lfirst + (size_t)(x / (k->col_w + 1));
	if (!col_shown(k, c))
		return UI_DONE;
	if (key->y == hy)
		return ui_filters_menu(&k->f);
	if (key->y == hy + 1) {
		if (c == k->lfirst && k->lfirst > 0 && x - col_x(k, c) < 4)
			return focus_column(k, k->lfirst - 1);
		if (c + 1 == k->lfirst + (size_t)k->nvis && c + 1 < k->ncols &&
		    col_x(k, c) + k->col_w - x <= 4)
			return focus_column(k, c + 1);
		return focus_column(k, c);
	}
	y = key->y - cy;
	if (y < 0 || y >= (int)vis_cards(k) * CARD_H)
		return UI_DONE;
	if (c == k->focus)   /* selects, or opens the selected card */
		return list_moved(k, ui_list_key(&k->col[c].list, key));
	{
		struct ui_list *l = &k->col[c].list;
		size_t i = l->nav.first + (size_t)(y / CARD_H);
		unsigned bits = focus_column(k, c);
		if (i < l->nav.count)
			bits |= list_moved(k, ui_list_select(l, i));
		return bits;
	}
}

/* n and N at the last (first) card of the focused column, after a
 * search: the first (last) card of the next (previous) column that holds
 * any, round the ends, with the field said; UI_IGNORED when the search
 * stays in this column (no search, not at its end, no other column). */
static unsigned
next_column_match(struct kpane *k, bool forward)
{
	const struct ui_listnav *nav = &k->col[k->focus].list.nav;
	size_t c = k->focus;
	unsigned bits;

	if (k->col[c].list.needle == NULL || nav->count == 0 ||
	    (forward ? nav->cur + 1 < nav->count : nav->cur > 0))
		return UI_IGNORED;
	for (size_t step = 1; step < k->ncols; step++) {
		size_t o = forward ? (c + step) % k->ncols
		                   : (c + k->ncols - step) % k->ncols;
		struct ui_list *l = &k->col[o].list;
		if (l->nav.count == 0)
			continue;
		bits = focus_column(k, o);
		bits |= ui_list_select(l, forward ? 0 : l->nav.count - 1);
		note_cursor(&k->col[o]);
		return bits | ui_list_find(l, 0);
	}
	return UI_IGNORED;
}

/* The wheel scrolls the column under the pointer. */
static unsigned
wheel(struct kpane *k, const struct ui_key *key)
{
	for (size_t c = k->lfirst; col_shown(k, c); c++) {
		unsigned bits = ui_list_key(&k->col[c].list, key);
		if (bits != UI_IGNORED) {
			note_cursor(&k->col[c]);
			return bits;
		}
	}
	return UI_DONE;
}

static unsigned
board_key(struct kpane *k, const struct ui_key *key)
{
	struct ui_list *l = &k->col[k->focus].list;
	unsigned bits;

	if (key->action == UI_ACT_SEARCH) {
		ui_filters_search(&k->f);   /* the core's search: a filter */
		return UI_DONE;
	}
	if (ui_app_key_char(key, ' '))
		return list_moved(k, ui_list_act(l, UI_ACT_PAGE_DOWN));
	if (key->kind == UI_KEY_WHEEL)
		return wheel(k, key);
	if ((key->action == UI_ACT_NEXT_MATCH ||
	     key->action == UI_ACT_PREV_MATCH) &&
	    (bits = next_column_match(k, key->action == UI_ACT_NEXT_MATCH))
	    != UI_IGNORED)
		return bits;
	if (key->kind != UI_KEY_CLICK &&
	    (bits = ui_list_key(l, key)) != UI_IGNORED)
		return list_moved(k, bits);
	if (ui_app_key_char(key, 'h') || ui_app_key_func(key, KEY_LEFT))
		return k->focus ? focus_column(k, k->focus - 1) : UI_DONE;
	if (ui_app_key_char(key, 'l') || ui_app_key_func(key, KEY_RIGHT))
		return focus_column(k, k->focus + 1);
	if (key->action == UI_ACT_MOVE_PREV)
		return step_move(k, false);
	if (key->action == UI_ACT_MOVE_NEXT)
		return step_move(k, true);
	if (key->action == UI_ACT_MOVE)
		return choose_target(k);
	if (key->action == UI_ACT_EVALUATE)
		return start_side_form(k, current_card(k), WORKFLOW_GUARD_EVALUATION);
	if (key->action == UI_ACT_PLANS)
		return start_side_form(k, current_card(k), WORKFLOW_GUARD_PLANS);
	if (key->action == UI_ACT_REFRESH)
		return UI_RELOAD;
	if ((bits = ui_filters_key(&k->f, key)) != UI_IGNORED)
		return bits;
	if (key->action == UI_ACT_CLOSED)
		return toggle_closed(k);
	if (key->action == UI_ACT_GRID) {
		if (!load_list(k, false))
			return UI_PAINT;
		set_view(k, VIEW_GRID);
		return UI_REDRAW;
	}
	if (key->action == UI_ACT_LATE) {
		if (!load_list(k, true))
			return UI_PAINT;
		ui_list_set(&k->late_list, 0, 0);
		set_view(k, VIEW_LATE);
		return UI_REDRAW;
	}
	if (key->kind == UI_KEY_CLICK)
		return click(k, key);
	return UI_IGNORED;
}

static unsigned
grid_key(struct kpane *k, const struct ui_key *key)
{
	if (key->action == UI_ACT_BACK || key->action == UI_ACT_QUIT ||
	    key->action == UI_ACT_GRID || key->action == UI_ACT_LEFT) {
		set_view(k, VIEW_BOARD);
		if (k->stale)
			reload_cards(k);
		k->d_all = true;
		return UI_REDRAW;
	}
	if (key->kind == UI_KEY_CLICK)
		return UI_DONE;
	return UI_IGNORED;
}

/* ---- the pane's table ------------------------------------------------ */

static void
free_windows(struct kpane *k)
{
	WINDOW **w[] = { &k->w_head, &k->w_cards, &k->w_foot, &k->w_full };

	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		if (*w[i])
			delwin(*w[i]);
		*w[i] = NULL;
	}
}

static void *
kanban_init(const struct ui_ctx *ctx)
{
	struct kpane *k = calloc(1, sizeof *k);

	if (k == NULL)
		return NULL;
	k->ctx = ctx;
	ui_filters_init(&k->f, ctx, false, filters_changed, k);
	k->fhooks = (struct ui_fullview_hooks){
		ctx->app, save_form, close_form, k };
	k->ncols = MAIN_COLUMNS;
	for (size_t c = 0; c < STAGE_COUNT; c++) {
		struct column *col = &k->col[c];
		col->k = k;
		col->c = c;
		ui_list_init(&col->list, &card_ops, col, ctx->app);
		ui_list_set_height(&col->list, CARD_H);
	}
	ui_list_init(&k->late_list, &late_ops, k, ctx->app);
	k->cols = COLS > 0 ? COLS : 80;
	k->cards_h = LINES > 8 ? LINES - 5 : 3;   /* until resize() */
	for (int i = 0; i < F_COUNT; i++)
		k->fs.fi[i] = -1;
	snprintf(k->marks, sizeof k->marks, "%s", ui_theme_glyph(UI_G_MINE));
	k->help_board[k->nhelp_board++] = (struct ui_keyhelp){
		k->marks, N_("mark: your idea") };
	/* the cards are read when the pane is first shown (reload) */
	return k;
}

static void
kanban_free(void *self)
{
	struct kpane *k = self;

	free_windows(k);
	for (size_t c = 0; c < STAGE_COUNT; c++) {
		workflow_cards_free(&k->col[c].page);
		ui_list_free(&k->col[c].list);
	}
	ui_list_free(&k->late_list);
	workflow_cards_free(&k->grid);
	workflow_cards_free(&k->late);
	free_form(k);
	ui_filters_free(&k->f);
	free(k);
}

static void
kanban_resize(void *self, int top, int lines, int cols)
{
	struct kpane *k = self;
	int cards_h = lines - 3;

	free_windows(k);
	/* the lists forget the windows just freed */
	for (size_t c = 0; c < STAGE_COUNT; c++)
		ui_list_place(&k->col[c].list, NULL, 0, 0, 0, 0);
	ui_list_place(&k->late_list, NULL, 0, 0, 0, 0);
	k->top = top;
	k->lines = lines;
	k->cols = cols;
	k->cards_h = cards_h > 1 ? cards_h : 1;
	k->w_head = newwin(2, cols, top, 0);
	k->w_cards = newwin(k->cards_h, cols, top + 2, 0);
	k->w_foot = newwin(1, cols, top + 2 + k->cards_h, 0);
	k->w_full = newwin(lines, cols, top, 0);
	if (!k->w_head || !k->w_cards || !k->w_foot || !k->w_full) {
		free_windows(k);
		return;
	}
	leaveok(k->w_head, TRUE);
	leaveok(k->w_cards, TRUE);
	leaveok(k->w_foot, TRUE);
	set_view(k, k->view);
	ui_list_place(&k->late_list, k->w_full, 2, 0, late_rows(k), cols);
	layout_columns(k);
	/* the screen may now show cards that are not read yet */
	for (size_t c = 0; c < k->ncols; c++) {
		settle_column(k, c);
		if (!column_loaded(k, c))
			load_column(k, c);
		note_cursor(&k->col[c]);
	}
	k->d_all = true;
}

static void
kanban_draw(void *self, bool full)
{
	struct kpane *k = self;

	if (k->w_full == NULL)
		return;
	switch (k->view) {
	case VIEW_BOARD:
		draw_board(k, full);
		break;
	case VIEW_FORM:
		draw_form(k);
		break;
	case VIEW_GRID:
		draw_grid(k);
		break;
	case VIEW_LATE:
		draw_late(k, full);
		break;
	}
}

static unsigned
kanban_key(void *self, const struct ui_key *key)
{
	struct kpane *k = self;

	if (k->w_full == NULL)
		return UI_IGNORED;
	switch (k->view) {
	case VIEW_BOARD:
		return board_key(k, key);
	case VIEW_FORM:
		return ui_fullview_form_key(&k->fhooks, k->fs.form, key);
	case VIEW_GRID:
		return grid_key(k, key);
	case VIEW_LATE:
		return late_key(k, key);
	}
	return UI_IGNORED;
}

static unsigned
kanban_reload(void *self, bool changed)
{
	struct kpane *k = self;

	(void)changed;
	switch (k->view) {
	case VIEW_BOARD:
		reload_cards(k);
		return UI_PAINT;
	case VIEW_FORM:
		/* never disturb typing: read when the form closes */
		k->stale = true;
		return UI_DONE;
	case VIEW_GRID:
	case VIEW_LATE:
		k->stale = true;
		load_list(k, k->view == VIEW_LATE);
		return UI_REDRAW;
	}
	return UI_DONE;
}

static size_t
kanban_help(void *self, const struct ui_keyhelp **keys)
{
	struct kpane *k = self;

	switch (k->view) {
	case VIEW_BOARD:
		*keys = k->help_board;
		return k->nhelp_board;
	case VIEW_FORM:
		return ui_form_help(keys);
	case VIEW_GRID:
	case VIEW_LATE:
		break;
	}
	return 0;
}

static int
kanban_view(void *self)
{
	struct kpane *k = self;

	switch (k->view) {
	case VIEW_BOARD:
		return UI_VIEW_KANBAN;
	case VIEW_GRID:
		return UI_VIEW_KANBAN_GRID;
	case VIEW_LATE:
		return UI_VIEW_KANBAN_LATE;
	case VIEW_FORM:
		break;
	}
	return UI_VIEW_NONE;   /* a form: its own keys (kanban_help) */
}

static bool
kanban_pending(void *self)
{
	struct kpane *k = self;

	return k->view == VIEW_FORM && k->fs.form &&
	       ui_form_modified(k->fs.form);
}

static WINDOW *
kanban_cursor(void *self)
{
	struct kpane *k = self;

	return k->view == VIEW_FORM ? k->w_full : NULL;
}

/* The guard bits a form may cover. */
#define FORM_GUARDS (REQUEST_GUARDS | WRITE_GUARDS | WORKFLOW_GUARD_REASON | \
                     WORKFLOW_GUARD_OPTIONAL_NOTE)

/* The open form as a draft: "move REF VERSION STAGE TO PARTS" (a move
 * with what its guards ask) or "part REF VERSION STAGE PARTS" (the plans
 * or an evaluation alone), the form's fields, then the idea's title. */
static bool
kanban_draft(void *self, struct ui_draft *d)
{
	struct kpane *k = self;
	const struct fstate *fs = &k->fs;

	if (k->view != VIEW_FORM || fs->form == NULL ||
	    !ui_form_modified(fs->form))
		return false;
	if (fs->move)
		snprintf(d->form, sizeof d->form, "move %s %lld %d %d %u",
		         fs->t.ref, (long long)fs->t.version, (int)fs->t.stage,
		         (int)fs->to, fs->parts);
	else
		snprintf(d->form, sizeof d->form, "part %s %lld %d %u", fs->t.ref,
		         (long long)fs->t.version, (int)fs->t.stage, fs->parts);
	if (!ui_draft_add_form(d, fs->form))
		return false;
	return ui_draft_add(d, fs->t.title);
}

static unsigned
kanban_restore(void *self, const struct ui_draft *d)
{
	struct kpane *k = self;
	struct target t;
	long long version = 0;
	int stage = -1, to = -1;
	unsigned parts = 0, bits;
	bool move;
	size_t nform;

	if (k->view == VIEW_FORM || d->nfields == 0)
		return UI_DONE;   /* a form is open already */
	memset(&t, 0, sizeof t);
	if (sscanf(d->form, "move %23s %lld %d %d %u", t.ref, &version, &stage,
	           &to, &parts) == 5)
		move = true;
	else if (sscanf(d->form, "part %23s %lld %d %u", t.ref, &version,
	                &stage, &parts) == 4)
		move = false, to = stage;
	else
		return UI_DONE;
	if (stage < 0 || stage >= STAGE_COUNT || to < 0 || to >= STAGE_COUNT ||
	    parts == 0 || (parts & ~(unsigned)FORM_GUARDS) != 0 || version < 0)
		return UI_DONE;
	t.stage = (enum cs_stage)stage;
	/* a change made since the draft is a conflict on save */
	t.version = (int64_t)version;
	snprintf(t.title, sizeof t.title, "%s", d->fields[d->nfields - 1]);
	bits = open_form(k, &t, move, (enum cs_stage)to, parts);
	if (k->view != VIEW_FORM || k->fs.form == NULL)
		return bits;
	nform = ui_form_count(k->fs.form);
	if (nform != d->nfields - 1)
		ui_app_error(app_of(k), "%s",
		             _("The form has changed since the draft (the idea's "
		               "indicators): check each field before saving."));
	for (size_t i = 0; i < d->nfields - 1 && i < nform; i++)
		ui_form_set_text(k->fs.form, i, d->fields[i]);
	return bits | UI_REDRAW;
}

const struct ui_pane_class ui_kanban_pane = {
	.label = N_("Stages"),
	.init = kanban_init,
	.free = kanban_free,
	.resize = kanban_resize,
	.draw = kanban_draw,
	.key = kanban_key,
	.reload = kanban_reload,
	.help = kanban_help,
	.view = kanban_view,
	.pending = kanban_pending,
	.draft = kanban_draft,
	.restore = kanban_restore,
	.cursor = kanban_cursor,
};
