/* board.c — owns the idea board pane: the list of ideas (newest first) with
 * its cursor, the detail view of one idea, and the forms to submit, edit
 * and comment an idea, plus the withdrawal dialog. The filters, their
 * dialogs and the filter line are a struct ui_filters (ui/filters.c); the
 * heading bar and the frame of the form view come from ui/fullview.c.
 *
 * The list keeps only a window of rows in memory, about three screens
 * around the visible part, read with one ideas_list() call; it is read
 * again when the cursor leaves that window or when the data changed. The
 * list has its own curses window, so moving the cursor one row repaints
 * only the two rows concerned and the position in the footer. Every text
 * from the core goes to the screen through ui_paint_put() (sanitised, cut by
 * columns). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "board.h"
#include "dialog.h"
#include "draft.h"
#include "picker.h"
#include "filters.h"
#include "form.h"
#include "fullview.h"
#include "i18n.h"
#include "ideas.h"
#include "keymap.h"
#include "labels.h"
#include "list.h"
#include "paint.h"
#include "text.h"
#include "theme.h"
#include "when.h"
#include "workflow.h"

enum view { VIEW_LIST, VIEW_DETAIL, VIEW_FORM };
enum form_kind { FORM_NEW, FORM_EDIT, FORM_COMMENT };
/* the fields of the idea form */
enum { FI_TITLE, FI_PROBLEM, FI_SOLUTION, FI_CATEGORIES, FI_COAUTHORS };
/* "Marie Dupont (mdupont), ...": room for UI_PICKER_MAX_LOGINS of them */
#define COAUTHORS_FIELD_MAX 2000

/* Where the columns of a row are, for the current width. */
struct columns {
	int stage_x, stage_w, ref_x, ref_w, title_x, title_w, dir_x, dir_w;
	int sup_x, com_x, num_w, mark_x, mark_w;
};

/* One line of the detail view. */
struct dline {
	wchar_t *text;
	size_t len;
	int indent;
	enum ui_role role;
};

struct board {
	const struct ui_ctx *ctx;
	int top, lines, cols;
	enum view view;

	/* list view: filter line and headings, "more above", rows, footer */
	WINDOW *w_head, *w_above, *w_list, *w_foot;
	WINDOW *w_full;          /* detail and form views */
	int list_h;
	struct columns col;

	struct idea_page page;   /* rows page.offset .. offset+count-1 */
	struct ui_list list;     /* count: the ideas matching the filters */
	int64_t cur_id;          /* the idea under the cursor, kept on reload */
	char select_ref[IDEA_REF_MAX];  /* put the cursor here after reload */
	struct ui_filters f;
	bool list_stale;

	/* what draw() must repaint in the list view (the rows: list) */
	bool d_all, d_head;

	/* detail view */
	struct idea_detail *det;
	struct cs_audit_list hist;
	char ref[IDEA_REF_MAX];
	struct dline *dl;
	size_t ndl, dscroll;
	int dl_width;
	bool det_stale;

	/* form view */
	struct ui_form *form;
	enum form_kind fkind;
	char fref[IDEA_REF_MAX];
	int64_t fversion;
	bool fconflict;
	enum view fback;
	struct ui_fullview_hooks fhooks;
	struct ui_picker *picker;  /* the idea form's co-authors */
	char *fcoauthors;          /* their field as the form opened */

	/* the idea a withdrawal dialog is about */
	char dref[IDEA_REF_MAX];

	char marks[16];          /* the glyphs of the marks, for the help */
	struct ui_keyhelp help_list[32];
	size_t nhelp_list;
};


/* ---- small helpers --------------------------------------------------- */

/* s, or "" for a missing string. */
static const char *
nz(const char *s)
{
	return s ? s : "";
}

static struct ui_app *
app_of(const struct board *b)
{
	return b->ctx->app;
}

static const struct idea_row *
row_at(const struct board *b, size_t i)
{
	if (i < b->page.offset || i >= b->page.offset + b->page.count)
		return NULL;
	return &b->page.rows[i - b->page.offset];
}

/* ---- the list: loading ----------------------------------------------- */

static size_t
visible_rows(const struct board *b)
{
	return b->list_h > 0 ? (size_t)b->list_h : 20;
}

/* Reads a page of about three screens around the visible rows. */
static bool
load_page(struct board *b)
{
	size_t h = visible_rows(b);
	size_t offset = b->list.nav.first > h ? b->list.nav.first - h : 0;
	struct idea_filter flt = ui_filters_query(&b->f);
	struct idea_page np;
	struct cs_error err;
	enum cs_status st;

	memset(&np, 0, sizeof np);
	cs_error_clear(&err);
	st = ideas_list(b->ctx->db, b->ctx->id, &flt, offset, 3 * h, &np, &err);
	if (!ui_app_result(app_of(b), st, &err))
		return false;
	ideas_page_free(&b->page);
	b->page = np;
	ui_list_set_count(&b->list, np.total);
	b->list_stale = false;
	return true;
}

static bool
visible_loaded(const struct board *b)
{
	size_t end = b->list.nav.first + visible_rows(b);

	if (end > b->list.nav.count)
		end = b->list.nav.count;
	if (b->list.nav.first >= end)
		return true;
	return b->list.nav.first >= b->page.offset &&
	       end <= b->page.offset + b->page.count;
}

/* Keeps the cursor on its idea (or on select_ref) after a reload, inside
 * the list and on screen. */
static void
settle(struct board *b)
{
	for (size_t j = 0; j < b->page.count; j++) {
		const struct idea_row *r = &b->page.rows[j];
		bool want = b->select_ref[0] ? strcmp(r->ref, b->select_ref) == 0
		                             : r->id == b->cur_id;
		if (want) {
			size_t abs = b->page.offset + j;
			/* keep the row at the same place on the screen */
			if (abs >= b->list.nav.cur)
				b->list.nav.first += abs - b->list.nav.cur;
			else
				b->list.nav.first = b->list.nav.first > b->list.nav.cur - abs
				         ? b->list.nav.first - (b->list.nav.cur - abs) : 0;
			b->list.nav.cur = abs;
			break;
		}
	}
	b->select_ref[0] = '\0';
	if (b->list.nav.count == 0)
		b->cur_id = 0;
	ui_listnav_settle(&b->list.nav);
}

/* Reads the list again, keeping the cursor on its idea. */
static bool
reload_list(struct board *b)
{
	bool ok = load_page(b);

	for (int tries = 0; ok && tries < 3; tries++) {
		settle(b);
		if (visible_loaded(b))
			break;
		ok = load_page(b);
	}
	if (b->list.nav.count > 0 && row_at(b, b->list.nav.cur))
		b->cur_id = row_at(b, b->list.nav.cur)->id;
	b->d_all = true;
	if (ok)
		ui_app_refreshed(app_of(b));
	return ok;
}

/* ---- the list: drawing ----------------------------------------------- */

static void
compute_columns(struct board *b)
{
	struct columns *c = &b->col;
	int w = b->cols, x = 1;

	c->num_w = 5;
	c->mark_w = 3;
	c->ref_w = 13;
	for (size_t i = 0; i < b->page.count; i++) {
		int rw = text_width(b->page.rows[i].ref);
		if (rw > c->ref_w && rw <= 20)
			c->ref_w = rw;
	}
	c->stage_w = w >= 64 ? 10 : 0;
	c->dir_w = w >= 120 ? 20 : w >= 100 ? 16 : w >= 72 ? 12 : 0;
	c->stage_x = x;
	x += c->stage_w ? c->stage_w + 1 : 0;
	c->ref_x = x;
	x += c->ref_w + 1;
	c->title_x = x;
	c->mark_x = w - c->mark_w;
	c->com_x = c->mark_x - c->num_w;
	c->sup_x = c->com_x - c->num_w;
	c->dir_x = c->sup_x - (c->dir_w ? c->dir_w + 1 : 0);
	c->title_w = c->dir_x - c->title_x - 1;
	if (c->title_w < 4)
		c->title_w = 4;
}

/* Paints row i. The selection bar covers the cursor glyph, the stage, the
 * reference and the title, not the figures after them: moving the cursor
 * then rewrites only that part of two rows on the terminal. */
static void
draw_row(void *self, WINDOW *w, int y, int x, int cols, size_t i, bool sel)
{
	struct board *b = self;
	const struct columns *c = &b->col;
	const struct idea_row *r = row_at(b, i);
	int bar = c->title_x + c->title_w;
	attr_t base = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	attr_t mark = ui_theme_attr(UI_MARK);
	char num[24];

	(void)x;
	(void)cols;
	if (r == NULL) {
		ui_paint_fill(w, y, 0, b->cols, A_NORMAL);
		return;
	}
	ui_paint_fill(w, y, 0, bar, base);
	ui_paint_fill(w, y, bar, b->cols - bar, A_NORMAL);
	ui_paint_put(w, y, 0, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", base,
	             0);
	if (c->stage_w) {
		attr_t sa = sel ? base : ui_theme_attr(stage_is_closed(r->stage)
		            ? UI_STAGE_CLOSED : UI_STAGE_OPEN);
		ui_paint_put(w, y, c->stage_x, c->stage_w,
		             stage_short_label(r->stage), sa, 0);
	}
	ui_list_put(&b->list, w, y, c->ref_x, c->ref_w, r->ref, base, 0);
	ui_list_put(&b->list, w, y, c->title_x, c->title_w, r->title, base, 0);
	if (c->dir_w)
		ui_paint_put(w, y, c->dir_x, c->dir_w,
		             ui_labels_direction(r->direction), A_NORMAL, 0);
	snprintf(num, sizeof num, "%d", r->supports);
	ui_paint_put(w, y, c->sup_x, c->num_w - 1, num, A_NORMAL, UI_PUT_RIGHT);
	snprintf(num, sizeof num, "%d", r->comments);
	ui_paint_put(w, y, c->com_x, c->num_w - 1, num, A_NORMAL, UI_PUT_RIGHT);
	if (r->supported_by_me)
		ui_paint_put(w, y, c->mark_x + 1, 1,
		             ui_theme_glyph(UI_G_SUPPORTED), mark, 0);
	if (r->mine)
		ui_paint_put(w, y, c->mark_x + 2, 1, ui_theme_glyph(UI_G_MINE),
		             mark, 0);
}

static void
draw_head(struct board *b)
{
	const struct columns *c = &b->col;
	WINDOW *w = b->w_head;
	attr_t h = ui_theme_attr(UI_HEADING);

	werase(w);
	ui_filters_draw(&b->f, w, b->list.nav.count, b->cols, UI_VIEW_BOARD_LIST);
	ui_paint_fill(w, 1, 0, b->cols, h);
	if (c->stage_w)
		ui_paint_put(w, 1, c->stage_x, c->stage_w, _("Stage"), h, 0);
	ui_paint_put(w, 1, c->ref_x, c->ref_w, _("Reference"), h, 0);
	ui_paint_put(w, 1, c->title_x, c->title_w, _("Title"), h, 0);
	if (c->dir_w)
		ui_paint_put(w, 1, c->dir_x, c->dir_w, _("Direction"), h, 0);
	/* TRANSLATORS: column of support counts, at most 4 columns */
	ui_paint_put(w, 1, c->sup_x, c->num_w - 1, _("Sup."), h, UI_PUT_RIGHT);
	/* TRANSLATORS: column of comment counts, at most 4 columns */
	ui_paint_put(w, 1, c->com_x, c->num_w - 1, _("Com."), h, UI_PUT_RIGHT);
	/* TRANSLATORS: column of the marks "supported by me", "my idea" */
	ui_paint_put(w, 1, c->mark_x, c->mark_w, _("Me"), h, UI_PUT_RIGHT);
	wnoutrefresh(w);
}

static void
draw_edges(struct board *b)
{
	char buf[128];
	size_t below = b->list.nav.first + visible_rows(b) < b->list.nav.count
	             ? b->list.nav.count - b->list.nav.first - visible_rows(b) : 0;
	attr_t dim = ui_theme_attr(UI_DIM);

	werase(b->w_above);
	if (b->list.nav.first > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_UP, b->list.nav.first);
		ui_paint_put(b->w_above, 0, 1, b->cols - 1, buf, dim, 0);
	}
	werase(b->w_foot);
	if (below > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_DOWN, below);
		ui_paint_put(b->w_foot, 0, 1, b->cols - 1, buf, dim, 0);
	}
	if (b->list.nav.count > 0) {
		snprintf(buf, sizeof buf, "%zu/%zu", b->list.nav.cur + 1, b->list.nav.count);
		ui_paint_put(b->w_foot, 0, b->cols - 16, 15, buf, dim,
		             UI_PUT_RIGHT);
	}
	wnoutrefresh(b->w_above);
	wnoutrefresh(b->w_foot);
}

static void
draw_empty(struct board *b)
{
	const char *msg = ui_filters_active(&b->f)
	    ? _("No idea matches the filters (x clears them).")
	    : _("No idea yet: press a to submit the first one.");

	ui_paint_put(b->w_list, b->list_h > 2 ? 1 : 0, 2, b->cols - 4, msg,
	             A_NORMAL, 0);
}

static void
draw_list(struct board *b, bool full)
{
	if (full || b->d_all) {
		compute_columns(b);
		draw_head(b);
		werase(b->w_list);
		if (b->list.nav.count == 0)
			draw_empty(b);
		ui_list_draw(&b->list, true);
		wnoutrefresh(b->w_list);
		draw_edges(b);
	} else {
		if (b->d_head)
			draw_head(b);
		if (ui_list_draw(&b->list, false))
			draw_edges(b);
	}
	b->d_all = b->d_head = false;
}

/* ---- the list: what the list widget asks ---------------------------- */

/* The rows first .. first+rows-1 are about to be shown: read them if the
 * page in memory does not hold them. */
static bool
fetch_rows(void *self, size_t first, size_t rows)
{
	struct board *b = self;

	(void)first;
	(void)rows;
	if (visible_loaded(b))
		return true;
	if (!load_page(b))
		return false;
	b->cur_id = 0;    /* the cursor moves on: do not follow its idea */
	settle(b);
	b->d_all = true;
	return true;
}

/* What / searches: the core narrows the list to the ideas whose title,
 * problem or solution hold the words; a row says where. */
static size_t
row_fields(void *self, size_t i, const char **texts, const char **names,
           size_t max)
{
	const struct board *b = self;
	const struct idea_row *r = row_at(b, i);
	size_t n = 0;

	if (max < 3)
		return 0;
	if (r) {
		texts[n] = r->title;
		names[n++] = N_("the title");
		texts[n] = r->ref;
		names[n++] = N_("the reference");
	}
	texts[n] = NULL;
	names[n++] = N_("the problem or the solution");
	return n;
}

static unsigned open_detail(struct board *b, const char *ref);

static unsigned
open_row(void *self, size_t i)
{
	struct board *b = self;
	const struct idea_row *r = row_at(b, i);

	return r ? open_detail(b, r->ref) : UI_DONE;
}

static const struct ui_list_ops list_ops = {
	draw_row, row_fields, open_row, fetch_rows
};

/* ---- the detail view ------------------------------------------------- */

static void
free_detail_lines(struct board *b)
{
	for (size_t i = 0; i < b->ndl; i++)
		free(b->dl[i].text);
	free(b->dl);
	b->dl = NULL;
	b->ndl = 0;
}

static void
free_detail(struct board *b)
{
	free_detail_lines(b);
	ideas_detail_free(b->det);
	b->det = NULL;
	audit_list_free(&b->hist);
}

static void
push_line(struct board *b, const wchar_t *s, size_t len, int indent,
          enum ui_role role)
{
	struct dline *nd = realloc(b->dl, (b->ndl + 1) * sizeof *nd);
	wchar_t *copy = malloc((len + 1) * sizeof *copy);

	if (nd == NULL || copy == NULL) {
		if (nd)
			b->dl = nd;
		free(copy);
		return;
	}
	b->dl = nd;
	memcpy(copy, s, len * sizeof *copy);
	copy[len] = L'\0';
	b->dl[b->ndl++] = (struct dline){ copy, len, indent, role };
}

/* Adds text (sanitised; paragraphs kept when multi) wrapped to the view. */
static void
add_text(struct board *b, const char *text, int indent, enum ui_role role,
         bool multi)
{
	char *clean = text_sanitize(text ? text : "",
	                            multi ? TEXT_MULTI_LINE : TEXT_SINGLE_LINE);
	size_t len, n;
	wchar_t *w = clean ? ui_paint_wide(clean, &len) : NULL;
	struct ui_span *sp = NULL;

	free(clean);
	if (w == NULL)
		return;
	n = ui_paint_wrap(w, len, b->dl_width - indent, &sp);
	for (size_t i = 0; i < n; i++) {
		size_t end = sp[i].end;
		while (end > sp[i].start && w[end - 1] == L' ')
			end--;
		push_line(b, w + sp[i].start, end - sp[i].start, indent, role);
	}
	free(sp);
	free(w);
}

static void
add_blank(struct board *b)
{
	push_line(b, L"", 0, 0, UI_NORMAL);
}

/* Joins n strings with ", " into a new string. */
static char *
join(char *const *v, size_t n)
{
	size_t size = 1;
	char *out;

	for (size_t i = 0; i < n; i++)
		size += strlen(v[i]) + 2;
	out = malloc(size);
	if (out == NULL)
		return NULL;
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(out, ", ");
		strcat(out, v[i]);
	}
	return out;
}

static void
add_labelled(struct board *b, const char *fmt, const char *value)
{
	char buf[2048];

	snprintf(buf, sizeof buf, fmt, value);
	add_text(b, buf, 0, UI_NORMAL, false);
}

static void
build_detail(struct board *b)
{
	const struct idea_detail *d = b->det;
	char buf[2048], when[64], when2[64], actor[256];
	char *s;

	free_detail_lines(b);
	b->dl_width = b->cols - 2;
	if (d == NULL)
		return;
	add_text(b, d->title, 0, UI_TITLE, false);
	if (d->stage == STAGE_RETIREE && d->withdrawal_reason &&
	    d->withdrawal_reason[0])
		add_labelled(b, _("Reason for withdrawal: %s"),
		             d->withdrawal_reason);
	{
		const char *parts[3] = { d->direction, d->service, d->site };
		char where[1024] = "";
		for (int i = 0; i < 3; i++) {
			if (parts[i] == NULL || parts[i][0] == '\0')
				continue;
			size_t room = sizeof where - strlen(where) - 1;
			if (where[0] && room > 3) {
				strcat(where, " / ");
				room -= 3;
			}
			strncat(where, parts[i], room);
		}
		if (where[0])
			snprintf(buf, sizeof buf, _("By %s, %s"),
			         nz(d->author_name), where);
		else
			snprintf(buf, sizeof buf, _("By %s"), nz(d->author_name));
		add_text(b, buf, 0, UI_NORMAL, false);
	}
	if (d->category_count && (s = join(d->categories, d->category_count))) {
		add_labelled(b, _("Categories: %s"), s);
		free(s);
	}
	if (d->coauthor_count &&
	    (s = join(d->coauthor_names, d->coauthor_count))) {
		add_labelled(b, _("Co-authors: %s"), s);
		free(s);
	}
	when_format_iso(d->created_at, WHEN_DATETIME, when, sizeof when);
	if (d->updated_at[0] && strcmp(d->updated_at, d->created_at) != 0) {
		when_format_iso(d->updated_at, WHEN_DATETIME, when2,
		                sizeof when2);
		snprintf(buf, sizeof buf, _("Submitted %s, edited %s"), when,
		         when2);
	} else {
		snprintf(buf, sizeof buf, _("Submitted %s"), when);
	}
	add_text(b, buf, 0, UI_DIM, false);

	add_blank(b);
	add_text(b, _("Problem seen in the field"), 0, UI_HEADING, false);
	if (d->problem && d->problem[0])
		add_text(b, d->problem, 2, UI_NORMAL, true);
	else
		add_text(b, _("(not written yet)"), 2, UI_DIM, false);
	add_blank(b);
	add_text(b, _("Proposed solution"), 0, UI_HEADING, false);
	if (d->solution && d->solution[0])
		add_text(b, d->solution, 2, UI_NORMAL, true);
	else
		add_text(b, _("(not written yet)"), 2, UI_DIM, false);

	add_blank(b);
	snprintf(buf, sizeof buf, P_("%d support", "%d supports", d->supports),
	         d->supports);
	add_text(b, buf, 0, UI_HEADING, false);
	if (d->supporter_count && (s = join(d->supporters, d->supporter_count))) {
		add_text(b, s, 2, UI_NORMAL, false);
		free(s);
	}
	if (d->supported_by_me) {
		snprintf(buf, sizeof buf, "%s %s", ui_theme_glyph(UI_G_SUPPORTED),
		         _("You support this idea (s withdraws your support)."));
		add_text(b, buf, 2, UI_MARK, false);
	}

	add_blank(b);
	snprintf(buf, sizeof buf,
	         P_("%zu comment", "%zu comments", d->comment_count),
	         d->comment_count);
	add_text(b, buf, 0, UI_HEADING, false);
	for (size_t i = 0; i < d->comment_count; i++) {
		const struct idea_comment *c = &d->comments[i];
		when_format_iso(c->created_at, WHEN_DATETIME, when, sizeof when);
		if (c->for_login && c->for_login[0])
			snprintf(buf, sizeof buf, _("%s (for %s), %s"),
			         nz(c->author_name), c->for_login, when);
		else
			snprintf(buf, sizeof buf, "%s, %s", nz(c->author_name),
			         when);
		add_text(b, buf, 2, UI_TITLE, false);
		add_text(b, c->body, 4, UI_NORMAL, true);
	}

	add_blank(b);
	add_text(b, _("History"), 0, UI_HEADING, false);
	for (size_t i = 0; i < b->hist.count; i++) {
		const struct cs_audit_entry *e = &b->hist.items[i];
		when_format_iso(e->at, WHEN_DATETIME, when, sizeof when);
		audit_actor_text(e, actor, sizeof actor);
		snprintf(buf, sizeof buf, "%s  %s  %s  %s", when,
		         actor, ui_theme_glyph(UI_G_SEP),
		         audit_action_label(e->action));
		add_text(b, buf, 2, UI_NORMAL, false);
		if (e->detail && e->detail[0])
			add_text(b, e->detail, 4, UI_DIM, true);
	}
}

/* Reads the idea b->ref and its history. */
static bool
load_detail(struct board *b)
{
	struct idea_detail *d = NULL;
	struct cs_audit_list h;
	struct cs_error err;
	enum cs_status st;

	memset(&h, 0, sizeof h);
	cs_error_clear(&err);
	st = ideas_get(b->ctx->db, b->ctx->id, b->ref, &d, &err);
	if (!ui_app_result(app_of(b), st, &err))
		return false;
	st = ideas_history(b->ctx->db, b->ref, &h, &err);
	if (!ui_app_result(app_of(b), st, &err))
		memset(&h, 0, sizeof h);   /* show the idea without it */
	free_detail(b);
	b->det = d;
	b->hist = h;
	b->det_stale = false;
	build_detail(b);
	if (b->dscroll >= b->ndl)
		b->dscroll = b->ndl ? b->ndl - 1 : 0;
	ui_app_refreshed(app_of(b));
	return true;
}

static int
detail_rows(const struct board *b)
{
	return b->lines - 2 > 1 ? b->lines - 2 : 1;
}

static void
draw_detail(struct board *b)
{
	WINDOW *w = b->w_full;
	int rows = detail_rows(b);
	size_t below;
	char buf[256];

	if (b->dl_width != b->cols - 2)
		build_detail(b);
	if (b->det)
		snprintf(buf, sizeof buf, "%s %s  %s  %s", _("Idea"), b->ref,
		         ui_theme_glyph(UI_G_SEP), stage_label(b->det->stage));
	else
		snprintf(buf, sizeof buf, "%s %s", _("Idea"), b->ref);
	ui_fullview_heading(w, b->cols, buf, true);
	if (b->det == NULL) {
		ui_paint_put(w, 2, 1, b->cols - 2, _("This idea could not be read."),
		             A_NORMAL, 0);
		wnoutrefresh(w);
		return;
	}
	for (int r = 0; r < rows; r++) {
		size_t i = b->dscroll + (size_t)r;
		if (i >= b->ndl)
			break;
		const struct dline *l = &b->dl[i];
		wattrset(w, (int)ui_theme_attr(l->role));
		if (l->len)
			ui_paint_addnwstr(w, 1 + r, 1 + l->indent, l->text, l->len);
	}
	below = b->dscroll + (size_t)rows < b->ndl
	      ? b->ndl - b->dscroll - (size_t)rows : 0;
	if (below > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_DOWN, below);
		ui_paint_put(w, b->lines - 1, 1, b->cols / 2, buf,
		             ui_theme_attr(UI_DIM), 0);
	}
	if (b->dscroll > 0) {
		ui_labels_more(buf, sizeof buf, UI_G_MORE_UP, b->dscroll);
		ui_paint_put(w, b->lines - 1, b->cols / 2, b->cols / 2 - 1, buf,
		             ui_theme_attr(UI_DIM), UI_PUT_RIGHT);
	}
	wnoutrefresh(w);
}

static unsigned
scroll_detail(struct board *b, long delta)
{
	size_t rows = (size_t)detail_rows(b);
	size_t max = b->ndl > rows ? b->ndl - rows : 0, old = b->dscroll;

	if (delta < 0)
		b->dscroll = (size_t)-delta > b->dscroll ? 0
		           : b->dscroll - (size_t)-delta;
	else
		b->dscroll += (size_t)delta;
	if (b->dscroll > max)
		b->dscroll = max;
	return b->dscroll != old ? UI_REDRAW : UI_DONE;
}

static void
set_view(struct board *b, enum view v)
{
	b->view = v;
	if (b->w_full)
		leaveok(b->w_full, v != VIEW_FORM);
}

static unsigned
open_detail(struct board *b, const char *ref)
{
	snprintf(b->ref, sizeof b->ref, "%s", ref);
	b->dscroll = 0;
	if (!load_detail(b))
		return UI_DONE;
	set_view(b, VIEW_DETAIL);
	return UI_REDRAW;
}

static unsigned
back_to_list(struct board *b)
{
	set_view(b, VIEW_LIST);
	free_detail(b);
	if (b->list_stale)
		reload_list(b);
	b->d_all = true;
	return UI_REDRAW;
}

/* ---- forms ----------------------------------------------------------- */

/* Splits "a, b ,c" into at most IDEA_CATEGORIES_MAX trimmed parts that
 * point into s (which is modified). */
static size_t
split_categories(char *s, const char **out)
{
	size_t n = 0;

	for (char *tok = strtok(s, ","); tok && n < IDEA_CATEGORIES_MAX;
	     tok = strtok(NULL, ",")) {
		while (*tok == ' ')
			tok++;
		size_t len = strlen(tok);
		while (len > 0 && tok[len - 1] == ' ')
			tok[--len] = '\0';
		if (len)
			out[n++] = tok;
	}
	return n;
}

/* Leaves the form for the view it was opened from, reading that view
 * again if the data changed meanwhile (when refresh). */
static void
close_form(struct board *b, bool refresh)
{
	ui_form_free(b->form);
	b->form = NULL;
	ui_picker_free(b->picker);
	b->picker = NULL;
	free(b->fcoauthors);
	b->fcoauthors = NULL;
	b->fconflict = false;
	set_view(b, b->fback);
	if (!refresh)
		return;
	if (b->view == VIEW_LIST && b->list_stale)
		reload_list(b);
	else if (b->view == VIEW_DETAIL && b->det_stale)
		load_detail(b);
	b->d_all = true;
}

/* The co-authors as their field shows them: "Marie Dupont (mdupont), ..."
 * (the picker reads the logins back from the parentheses); NULL when out
 * of memory, "" for none. */
static char *
coauthors_text(const struct idea_detail *d)
{
	size_t size = 1;
	char *s;

	for (size_t i = 0; d && i < d->coauthor_count; i++)
		size += strlen(nz(d->coauthor_names[i])) +
		        strlen(nz(d->coauthors[i])) + 5;
	if ((s = malloc(size)) == NULL)
		return NULL;
	s[0] = '\0';
	for (size_t i = 0; d && i < d->coauthor_count; i++) {
		size_t used = strlen(s);
		snprintf(s + used, size - used, "%s%s (%s)", i ? ", " : "",
		         nz(d->coauthor_names[i]), nz(d->coauthors[i]));
	}
	return s;
}

static unsigned
open_idea_form(struct board *b, enum form_kind kind,
               const struct idea_detail *d)
{
	char *cats = d ? join(d->categories, d->category_count) : NULL;
	char *coauthors = coauthors_text(d);
	struct ui_form_field fields[] = {
		{ _("Title:"), UI_FIELD_LINE, IDEA_TITLE_MAX,
		  d ? d->title : NULL },
		{ _("Problem seen in the field:"), UI_FIELD_TEXT, IDEA_TEXT_MAX,
		  d ? d->problem : NULL },
		{ _("Proposed solution:"), UI_FIELD_TEXT, IDEA_TEXT_MAX,
		  d ? d->solution : NULL },
		{ _("Categories (a, b):"), UI_FIELD_LINE,
		  IDEA_CATEGORIES_MAX * (IDEA_CATEGORY_MAX + 2), cats },
		{ _("Co-authors (names):"), UI_FIELD_LINE,
		  COAUTHORS_FIELD_MAX, coauthors },
	};

	b->form = coauthors ? ui_form_new(fields, sizeof fields /
	                                  sizeof fields[0], false) : NULL;
	b->picker = b->form ? ui_picker_new(app_of(b), b->ctx->db, FI_COAUTHORS,
	                                    true) : NULL;
	free(cats);
	if (b->form == NULL || b->picker == NULL) {
		free(coauthors);
		ui_form_free(b->form);
		b->form = NULL;
		ui_picker_free(b->picker);
		b->picker = NULL;
		ui_app_error(app_of(b), "%s", _("Out of memory."));
		return UI_DONE;
	}
	free(b->fcoauthors);
	b->fcoauthors = coauthors;
	b->fkind = kind;
	b->fback = b->view;
	b->fconflict = false;
	if (d) {
		snprintf(b->fref, sizeof b->fref, "%s", d->ref);
		b->fversion = d->version;
	} else {
		b->fref[0] = '\0';
		b->fversion = 0;
	}
	set_view(b, VIEW_FORM);
	return UI_REDRAW;
}

/* The ref the action keys apply to: the idea shown, or the row selected. */
static const char *
target_ref(const struct board *b)
{
	if (b->view == VIEW_DETAIL)
		return b->det ? b->det->ref : NULL;
	const struct idea_row *r = row_at(b, b->list.nav.cur);
	return r ? r->ref : NULL;
}

static unsigned
start_edit(struct board *b)
{
	const char *ref = target_ref(b);
	struct idea_detail *d = NULL;
	struct cs_error err;
	enum cs_status st;
	unsigned bits;

	if (ref == NULL || !ui_app_may_write(app_of(b)))
		return UI_DONE;
	cs_error_clear(&err);
	/* read it afresh: the form starts from the latest version */
	st = ideas_get(b->ctx->db, b->ctx->id, ref, &d, &err);
	if (!ui_app_result(app_of(b), st, &err))
		return UI_DONE;
	if (!d->can_edit) {
		ui_app_error(app_of(b),
		             _("%s: only its authors and the facilitators may edit "
		               "it, while it is open."), d->ref);
		ideas_detail_free(d);
		return UI_DONE;
	}
	bits = open_idea_form(b, FORM_EDIT, d);
	ideas_detail_free(d);
	return bits;
}

static unsigned
start_comment(struct board *b)
{
	const char *ref = target_ref(b);
	struct ui_form_field field = {
		_("Your comment:"), UI_FIELD_TEXT, IDEA_COMMENT_MAX, NULL
	};

	if (ref == NULL || !ui_app_may_write(app_of(b)))
		return UI_DONE;
	b->form = ui_form_new(&field, 1, false);
	if (b->form == NULL)
		return UI_DONE;
	snprintf(b->fref, sizeof b->fref, "%s", ref);
	b->fkind = FORM_COMMENT;
	b->fback = b->view;
	b->fconflict = false;
	set_view(b, VIEW_FORM);
	return UI_REDRAW;
}

/* After a conflict: the version the next save will replace. */
static void
note_conflict(struct board *b)
{
	struct idea_detail *d = NULL;
	struct cs_error err;

	cs_error_clear(&err);
	if (ideas_get(b->ctx->db, b->ctx->id, b->fref, &d, &err) == CS_OK) {
		b->fversion = d->version;
		b->fconflict = true;
		ideas_detail_free(d);
	}
}

static unsigned
save_form(void *self)
{
	struct board *b = self;
	struct cs_error err;
	enum cs_status st;
	char ref[IDEA_REF_MAX] = "";

	if (!ui_app_may_write(app_of(b)))
		return UI_PAINT;
	cs_error_clear(&err);
	if (b->fkind == FORM_COMMENT) {
		char *body = ui_form_text(b->form, 0);
		if (body == NULL)
			return UI_DONE;
		st = ideas_comment(b->ctx->db, b->ctx->id, b->fref, body, &err);
		free(body);
		if (!ui_app_result(app_of(b), st, &err))
			return UI_REDRAW;
		ui_app_message(app_of(b), _("Comment added to %s."), b->fref);
	} else {
		char *title = ui_form_text(b->form, FI_TITLE);
		char *problem = ui_form_text(b->form, FI_PROBLEM);
		char *solution = ui_form_text(b->form, FI_SOLUTION);
		char *cats = ui_form_text(b->form, FI_CATEGORIES);
		char *co = ui_form_text(b->form, FI_COAUTHORS);
		char *cobuf = co ? malloc(strlen(co) + 1) : NULL;
		const char *catv[IDEA_CATEGORIES_MAX];
		const char *cov[UI_PICKER_MAX_LOGINS];
		size_t ncat = cats ? split_categories(cats, catv) : 0, nco = 0;
		struct idea_draft dr = {
			title, problem, solution, catv, ncat, true, cov, 0, false
		};

		if (co && cobuf) {
			/* "Marie Dupont (mdupont), jmartin": the logins; a name
			 * typed and not chosen is refused with its look-alikes */
			st = ui_picker_logins(b->picker, co, cobuf, strlen(co) + 1,
			                      cov, UI_PICKER_MAX_LOGINS, &nco, &err);
			if (st == CS_ERR_DATA)
				st = cs_error_set(&err, CS_ERR_DATA,
				                  _("At most %d co-authors."),
				                  UI_PICKER_MAX_LOGINS);
			dr.coauthor_count = nco;
			/* an edit leaves the co-authors alone unless their field
			 * was changed; a new idea has them when there are some */
			dr.coauthors_set = b->fkind == FORM_NEW ? nco > 0 :
			                   strcmp(co, nz(b->fcoauthors)) != 0;
			if (st != CS_OK) {
				free(title);
				free(problem);
				free(solution);
				free(cats);
				free(co);
				free(cobuf);
				ui_app_result(app_of(b), st, &err);
				ui_form_focus(b->form, FI_COAUTHORS);
				return UI_REDRAW;
			}
		}
		if (title && problem && solution && cats && co && cobuf) {
			if (b->fkind == FORM_NEW)
				st = ideas_add(b->ctx->db, b->ctx->id, &dr, ref,
				               &err);
			else
				st = ideas_edit(b->ctx->db, b->ctx->id, b->fref,
				                b->fversion, &dr, &err);
		} else {
			st = cs_error_set(&err, CS_ERR_INTERNAL, "%s",
			                  _("Out of memory."));
		}
		free(title);
		free(problem);
		free(solution);
		free(cats);
		free(co);
		free(cobuf);
		if (st == CS_ERR_CONFLICT)
			note_conflict(b);
		if (!ui_app_result(app_of(b), st, &err))
			return UI_REDRAW;   /* the form keeps what was typed */
		if (b->fkind == FORM_NEW) {
			ui_app_message(app_of(b), _("Idea %s submitted."), ref);
			/* newest first: it is at the top, unless filtered out */
			snprintf(b->select_ref, sizeof b->select_ref, "%s", ref);
			b->list.nav.cur = b->list.nav.first = 0;
		} else {
			ui_app_message(app_of(b), _("Idea %s saved."), b->fref);
		}
	}
	close_form(b, false);   /* UI_RELOAD reads the view again */
	b->list_stale = b->det_stale = true;
	return UI_REDRAW | UI_RELOAD;
}

/* Esc in the form, once nothing typed is left to lose. */
static void
discard_form(void *self)
{
	close_form(self, true);
}

static void
draw_form(struct board *b)
{
	char buf[256];

	switch (b->fkind) {
	case FORM_NEW:
		snprintf(buf, sizeof buf, "%s", _("New idea"));
		break;
	case FORM_EDIT:
		snprintf(buf, sizeof buf, _("Edit idea %s"), b->fref);
		break;
	case FORM_COMMENT:
		snprintf(buf, sizeof buf, _("Comment on idea %s"), b->fref);
		break;
	}
	ui_fullview_heading(b->w_full, b->cols, buf, false);
	ui_fullview_form_draw(b->w_full, b->lines, b->cols, b->form, 1,
	                      b->fconflict);
	ui_picker_draw(b->picker, b->form, b->w_full);
}

/* ---- actions --------------------------------------------------------- */

static unsigned
toggle_support(struct board *b)
{
	const char *ref = target_ref(b);
	bool supported;
	struct cs_error err;
	enum cs_status st;
	char r[IDEA_REF_MAX];

	if (ref == NULL || !ui_app_may_write(app_of(b)))
		return UI_DONE;
	snprintf(r, sizeof r, "%s", ref);
	if (b->view == VIEW_DETAIL)
		supported = b->det->supported_by_me;
	else
		supported = row_at(b, b->list.nav.cur)->supported_by_me;
	cs_error_clear(&err);
	st = supported ? ideas_unsupport(b->ctx->db, b->ctx->id, r, &err)
	               : ideas_support(b->ctx->db, b->ctx->id, r, &err);
	if (!ui_app_result(app_of(b), st, &err))
		return UI_DONE;
	if (supported)
		ui_app_message(app_of(b), _("You no longer support %s."), r);
	else
		ui_app_message(app_of(b), _("You now support %s."), r);
	return UI_RELOAD;
}

static unsigned
withdraw_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct board *b = owner;
	unsigned bits = UI_DONE;

	(void)tag;
	if (ok) {
		struct cs_error err;
		enum cs_status st;
		const char *reason = ui_dialog_text(d);

		cs_error_clear(&err);
		st = workflow_withdraw(b->ctx->db, b->ctx->id, b->dref,
		                    reason[0] ? reason : NULL, &err);
		if (ui_app_result(app_of(b), st, &err)) {
			ui_app_message(app_of(b), _("Idea %s withdrawn."), b->dref);
			bits = UI_RELOAD;
		}
	}
	return bits | UI_REDRAW;
}

static unsigned
start_withdraw(struct board *b)
{
	const char *ref = target_ref(b);
	char text[1024], title[512];

	if (ref == NULL || !ui_app_may_write(app_of(b)))
		return UI_DONE;
	snprintf(b->dref, sizeof b->dref, "%s", ref);
	if (b->view == VIEW_DETAIL)
		ui_paint_fit(b->det->title, 40, title, sizeof title);
	else
		ui_paint_fit(row_at(b, b->list.nav.cur)->title, 40, title, sizeof title);
	snprintf(text, sizeof text,
	         _("Withdraw idea %s, \"%s\"? It leaves the démarche for good. "
	           "You may say why (optional)."), b->dref, title);
	ui_app_dialog(app_of(b),
	              ui_dialog_input(_("Withdraw an idea"), text, _("Reason:"),
	                              "", 500),
	              withdraw_done, b, 0);
	return UI_DONE;
}

/* The filters changed (ui_filters): the list from its top. A search
 * typed in the detail view shows that list. */
static unsigned
filters_changed(void *self)
{
	struct board *b = self;
	unsigned bits = UI_REDRAW;

	b->list.nav.cur = b->list.nav.first = 0;
	b->cur_id = 0;
	if (!ui_list_set_needle(&b->list, b->f.search))
		ui_app_error(app_of(b), "%s", _("Out of memory: the words "
		                                "found are not shown."));
	reload_list(b);
	if (b->view != VIEW_LIST)
		bits |= back_to_list(b);
	return bits;
}

/* ---- keys ------------------------------------------------------------ */

/* The keys both the list and the detail view understand. */
static unsigned
action_key(struct board *b, const struct ui_key *k)
{
	if (k->action == UI_ACT_NEW) {
		if (!ui_app_may_write(app_of(b)))
			return UI_DONE;
		return open_idea_form(b, FORM_NEW, NULL);
	}
	if (k->action == UI_ACT_EDIT)
		return start_edit(b);
	if (k->action == UI_ACT_SUPPORT)
		return toggle_support(b);
	if (k->action == UI_ACT_COMMENT)
		return start_comment(b);
	if (k->action == UI_ACT_DELETE)
		return start_withdraw(b);
	if (k->action == UI_ACT_REFRESH)
		return UI_RELOAD;
	if (k->action == UI_ACT_SEARCH) {
		ui_filters_search(&b->f);
		return UI_DONE;
	}
	return UI_IGNORED;
}

static unsigned
list_key(struct board *b, const struct ui_key *k)
{
	unsigned bits;

	if (k->action == UI_ACT_SEARCH)
		return action_key(b, k);   /* the core's search: a filter */
	if (ui_app_key_char(k, UI_CTRL('f')) || ui_app_key_char(k, ' '))
		bits = ui_list_act(&b->list, UI_ACT_PAGE_DOWN);
	else if (ui_app_key_char(k, UI_CTRL('b')))
		bits = ui_list_act(&b->list, UI_ACT_PAGE_UP);
	else if (ui_app_key_char(k, 'l') || ui_app_key_func(k, KEY_RIGHT))
		bits = ui_list_act(&b->list, UI_ACT_OPEN);
	else
		bits = ui_list_key(&b->list, k);
	if (bits != UI_IGNORED) {
		if (b->view == VIEW_LIST && row_at(b, b->list.nav.cur))
			b->cur_id = row_at(b, b->list.nav.cur)->id;
		return bits;
	}
	if ((bits = ui_filters_key(&b->f, k)) != UI_IGNORED)
		return bits;
	if (k->kind == UI_KEY_CLICK) {
		int by, bx, y;
		getbegyx(b->w_list, by, bx);
		(void)bx;
		y = k->y - by;
		if (y == -2 || y == -3) /* the filter line */
			return ui_filters_menu(&b->f);
		return UI_DONE;
	}
	return action_key(b, k);
}

static unsigned
detail_key(struct board *b, const struct ui_key *k)
{
	size_t rows = (size_t)detail_rows(b);

	if (ui_app_key_char(k, 'j') || ui_app_key_func(k, KEY_DOWN))
		return scroll_detail(b, 1);
	if (ui_app_key_char(k, 'k') || ui_app_key_func(k, KEY_UP))
		return scroll_detail(b, -1);
	if (ui_app_key_func(k, KEY_NPAGE) || ui_app_key_char(k, ' ') ||
	    ui_app_key_char(k, UI_CTRL('f')))
		return scroll_detail(b, (long)(rows > 1 ? rows - 1 : 1));
	if (ui_app_key_func(k, KEY_PPAGE) || ui_app_key_char(k, UI_CTRL('b')))
		return scroll_detail(b, -(long)(rows > 1 ? rows - 1 : 1));
	if (ui_app_key_func(k, KEY_HOME) || ui_app_key_char(k, 'g'))
		return scroll_detail(b, -(long)b->ndl);
	if (ui_app_key_func(k, KEY_END) || ui_app_key_char(k, 'G'))
		return scroll_detail(b, (long)b->ndl);
	if (k->action == UI_ACT_BACK || k->action == UI_ACT_QUIT ||
	    k->action == UI_ACT_LEFT) {
		unsigned bits = back_to_list(b);
		/* opened from another pane (ui_app_open_idea): go back there */
		ui_app_return(app_of(b));
		return bits;
	}
	if (k->kind == UI_KEY_CLICK)
		return UI_DONE;
	return action_key(b, k);
}

unsigned
ui_board_open_idea(void *self, const char *ref)
{
	struct board *b = self;

	if (b->view == VIEW_FORM)
		return UI_IGNORED;   /* never lose what is typed */
	return open_detail(b, ref);
}

/* ---- the pane's table ------------------------------------------------ */

static void
free_windows(struct board *b)
{
	WINDOW **w[] = { &b->w_head, &b->w_above, &b->w_list, &b->w_foot,
	                 &b->w_full };

	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		if (*w[i])
			delwin(*w[i]);
		*w[i] = NULL;
	}
	b->list.w = NULL;
}

static void *
board_init(const struct ui_ctx *ctx)
{
	struct board *b = calloc(1, sizeof *b);

	if (b == NULL)
		return NULL;
	b->ctx = ctx;
	ui_filters_init(&b->f, ctx, true, filters_changed, b);
	b->fhooks = (struct ui_fullview_hooks){
		ctx->app, save_form, discard_form, b };
	ui_list_init(&b->list, &list_ops, b, ctx->app);
	b->list_h = LINES > 8 ? LINES - 6 : 2;   /* until resize() */
	b->list.nav.rows = (size_t)b->list_h;
	snprintf(b->marks, sizeof b->marks, "%s %s",
	         ui_theme_glyph(UI_G_SUPPORTED), ui_theme_glyph(UI_G_MINE));
	b->help_list[b->nhelp_list++] = (struct ui_keyhelp){
		b->marks, N_("marks: you support the idea; your idea") };
	reload_list(b);
	return b;
}

static void
board_free(void *self)
{
	struct board *b = self;

	free_windows(b);
	ideas_page_free(&b->page);
	ui_list_free(&b->list);
	free_detail(b);
	ui_form_free(b->form);
	ui_picker_free(b->picker);
	free(b->fcoauthors);
	ui_filters_free(&b->f);
	free(b);
}

static void
board_resize(void *self, int top, int lines, int cols)
{
	struct board *b = self;
	int list_h = lines - 4;

	free_windows(b);
	b->top = top;
	b->lines = lines;
	b->cols = cols;
	b->list_h = list_h > 1 ? list_h : 1;
	b->w_head = newwin(2, cols, top, 0);
	b->w_above = newwin(1, cols, top + 2, 0);
	b->w_list = newwin(b->list_h, cols, top + 3, 0);
	b->w_foot = newwin(1, cols, top + 3 + b->list_h, 0);
	b->w_full = newwin(lines, cols, top, 0);
	if (!b->w_head || !b->w_above || !b->w_list || !b->w_foot || !b->w_full) {
		free_windows(b);
		return;
	}
	ui_list_place(&b->list, b->w_list, 0, 0, b->list_h, cols);
	leaveok(b->w_head, TRUE);
	leaveok(b->w_above, TRUE);
	leaveok(b->w_list, TRUE);
	leaveok(b->w_foot, TRUE);
	idlok(b->w_list, TRUE);
	set_view(b, b->view);
	/* the screen may now show rows that are not read yet */
	settle(b);
	if (!visible_loaded(b))
		reload_list(b);
	b->d_all = true;
}

static void
board_draw(void *self, bool full)
{
	struct board *b = self;

	if (b->w_full == NULL)
		return;
	switch (b->view) {
	case VIEW_LIST:
		draw_list(b, full);
		break;
	case VIEW_DETAIL:
		draw_detail(b);
		break;
	case VIEW_FORM:
		draw_form(b);
		break;
	}
}

/* A key for the open form: the co-authors' picker first (its list of
 * matches), then the form; the picker follows what was typed. */
static unsigned
form_key(struct board *b, const struct ui_key *k)
{
	unsigned bits = UI_DONE;
	bool pass_on = false;

	if (ui_picker_key(b->picker, b->form, k, &bits, &pass_on) && !pass_on)
		return bits;
	bits |= ui_fullview_form_key(&b->fhooks, b->form, k);
	if (b->form != NULL && !(bits & UI_IGNORED))
		bits |= ui_picker_follow(b->picker, b->form);
	return bits;
}

static unsigned
board_key(void *self, const struct ui_key *k)
{
	struct board *b = self;

	if (b->w_full == NULL)
		return UI_IGNORED;
	switch (b->view) {
	case VIEW_LIST:
		return list_key(b, k);
	case VIEW_DETAIL:
		return detail_key(b, k);
	case VIEW_FORM:
		return form_key(b, k);
	}
	return UI_IGNORED;
}

static unsigned
board_reload(void *self, bool changed)
{
	struct board *b = self;

	(void)changed;
	switch (b->view) {
	case VIEW_LIST:
		reload_list(b);
		return UI_PAINT;
	case VIEW_DETAIL:
		b->list_stale = true;
		load_detail(b);
		return UI_REDRAW;
	case VIEW_FORM:
		/* never disturb typing: read when the form closes */
		b->list_stale = b->det_stale = true;
		return UI_DONE;
	}
	return UI_DONE;
}

static size_t
board_help(void *self, const struct ui_keyhelp **keys)
{
	struct board *b = self;

	switch (b->view) {
	case VIEW_LIST:
		*keys = b->help_list;
		return b->nhelp_list;
	case VIEW_DETAIL:
		return 0;
	case VIEW_FORM:
		return ui_form_help(keys);
	}
	return 0;
}

static int
board_view(void *self)
{
	struct board *b = self;

	switch (b->view) {
	case VIEW_LIST:
		return UI_VIEW_BOARD_LIST;
	case VIEW_DETAIL:
		return UI_VIEW_BOARD_DETAIL;
	case VIEW_FORM:
		break;
	}
	return UI_VIEW_NONE;   /* a form: its own keys (board_help) */
}

static bool
board_pending(void *self)
{
	struct board *b = self;

	return b->view == VIEW_FORM && b->form && ui_form_modified(b->form);
}

static WINDOW *
board_cursor(void *self)
{
	struct board *b = self;

	return b->view == VIEW_FORM ? b->w_full : NULL;
}

/* The open form as a draft: "new", "edit REF VERSION" or "comment REF". */
static bool
board_draft(void *self, struct ui_draft *d)
{
	struct board *b = self;

	if (b->view != VIEW_FORM || b->form == NULL || !ui_form_modified(b->form))
		return false;
	if (b->fkind == FORM_NEW)
		snprintf(d->form, sizeof d->form, "new");
	else if (b->fkind == FORM_EDIT)
		snprintf(d->form, sizeof d->form, "edit %s %lld", b->fref,
		         (long long)b->fversion);
	else
		snprintf(d->form, sizeof d->form, "comment %s", b->fref);
	return ui_draft_add_form(d, b->form);
}

static unsigned
board_restore(void *self, const struct ui_draft *d)
{
	struct board *b = self;
	char ref[IDEA_REF_MAX] = "";
	long long version = 0;
	unsigned bits;

	if (b->view == VIEW_FORM)
		return UI_DONE;   /* a form is open already */
	if (strcmp(d->form, "new") == 0) {
		bits = open_idea_form(b, FORM_NEW, NULL);
	} else if (sscanf(d->form, "edit %23s %lld", ref, &version) == 2) {
		struct idea_detail *det = NULL;
		struct cs_error err;
		cs_error_clear(&err);
		if (!ui_app_result(app_of(b), ideas_get(b->ctx->db, b->ctx->id,
		                                        ref, &det, &err), &err))
			return UI_REDRAW;
		bits = open_idea_form(b, FORM_EDIT, det);
		ideas_detail_free(det);
		/* a change made since the draft is a conflict on save */
		b->fversion = version;
	} else if (sscanf(d->form, "comment %23s", ref) == 1) {
		struct ui_form_field field = {
			_("Your comment:"), UI_FIELD_TEXT, IDEA_COMMENT_MAX, NULL
		};
		b->form = ui_form_new(&field, 1, false);
		if (b->form == NULL)
			return UI_DONE;
		snprintf(b->fref, sizeof b->fref, "%s", ref);
		b->fkind = FORM_COMMENT;
		b->fback = b->view;
		b->fconflict = false;
		set_view(b, VIEW_FORM);
		bits = UI_REDRAW;
	} else {
		return UI_DONE;
	}
	if (b->form == NULL)
		return bits;
	for (size_t i = 0; i < d->nfields && i < ui_form_count(b->form); i++)
		ui_form_set_text(b->form, i, d->fields[i]);
	return bits | UI_REDRAW;
}

const struct ui_pane_class ui_board_pane = {
	.label = N_("Ideas"),
	.init = board_init,
	.free = board_free,
	.resize = board_resize,
	.draw = board_draw,
	.key = board_key,
	.reload = board_reload,
	.help = board_help,
	.view = board_view,
	.pending = board_pending,
	.draft = board_draft,
	.restore = board_restore,
	.cursor = board_cursor,
};
