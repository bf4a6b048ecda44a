/* deskmap.c — owns the BuroDispo pane: the map of one floor of the Hôtel du
 * département drawn from its plan, one status glyph per desk (libre,
 * réservé, occupé, à moi, bloqué) with a legend in words, the choice of the
 * floor, the day and the half-day, booking the selected desk (and the
 * nearest free one when another agent was quicker), the desks free now on
 * every floor (the kiosk of the hall), the agent's own bookings with
 * cancellation and check-in, blocking a desk (facilitators) and whether the
 * agent's name is shown to others.
 *
 * The rules are read from the configuration once, at init; every rule is
 * enforced by the core (desks.h), whose refusals are shown in the status
 * line with its reason. The plan is turned once per load into cells (one a
 * display column, sanitised, walls drawn with box characters unless the
 * terminal is ASCII only); the desks are painted over it. The map has its
 * own curses window, so moving the cursor repaints the two desks concerned
 * and the line of details only; the plan is scrolled, and then repainted,
 * only when the selected desk would leave the window. The desks free now
 * and the agent's bookings are ui_lists (ui/list.c): cursor, pages,
 * wheel, clicks, / n N with the words underlined. Every text from the
 * core goes to the screen through ui_paint_put() or ui_list_put(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "deskmap.h"
#include "desks.h"
#include "dialog.h"
#include "i18n.h"
#include "keymap.h"
#include "list.h"
#include "paint.h"
#include "text.h"
#include "theme.h"
#include "when.h"

#define SIDE_W 34            /* the panel beside the plan, when it fits */
#define ALL_FLOORS (-3)      /* desks_free(): every floor */

enum view { VIEW_MAP, VIEW_FREE, VIEW_MINE };
enum dialog_tag {
	DLG_BOOK, DLG_NEAREST, DLG_FLOOR, DLG_DATE, DLG_CANCEL, DLG_BLOCK,
	DLG_UNBLOCK, DLG_PRESENCE, DLG_INFO
};

enum cell_kind { CELL_BLANK, CELL_WALL, CELL_TEXT };

/* One display column of the plan. */
struct cell {
	char g[8];               /* what is drawn there, UTF-8, sanitised */
	char raw;                /* the plan's character when ASCII, else 0 */
	unsigned char w;         /* 1 or 2; 0: right half of a wide character */
	unsigned char kind;      /* enum cell_kind */
};

struct prow {
	struct cell *c;
	int n;
};

struct dpane {
	const struct ui_ctx *ctx;
	int top, lines, cols;
	enum view view;

	/* map view: heading, legend, plan, details (or the side panel) */
	WINDOW *w_head, *w_legend, *w_map, *w_info, *w_side;
	WINDOW *w_full;          /* the lists */
	bool side;
	int map_h, map_w, info_h;
	int geo_pw, geo_ph;      /* the plan size the windows were made for */

	struct desk_rules rules;
	bool rules_ok;
	struct floor_list floors;
	int floor;               /* the floor shown */
	bool have_floor;
	char day[12];
	enum slot slot;
	bool day_set;            /* chosen by the user; else today, now */

	struct floor_view fv;
	bool have_view;
	struct prow *rows;       /* the plan as cells */
	size_t nrows;
	int pw;
	size_t cur;              /* the selected desk, in fv.desks */
	char cur_label[FLOORPLAN_LABEL_MAX];
	int oy, ox;              /* first plan row and column shown */
	int cy, cx;              /* where the plan starts when it is smaller */
	bool stale;              /* the data changed while a list was up */

	/* what draw() must repaint in the map view */
	bool d_all, d_info;
	size_t d_desks[8];
	int nd_desks;

	/* the lists */
	struct desk_list free;
	char free_day[12];
	enum slot free_slot;
	struct booking_list mine;
	struct ui_list lfree, lmine;   /* VIEW_FREE, VIEW_MINE */
	char lf[5][256];               /* the texts a row gives the search */

	/* what a dialog acts on */
	int dfloor;
	char dlabel[FLOORPLAN_LABEL_MAX];
	char dday[12];
	enum slot dslot;
	bool presence_known, presence_shown;

	struct ui_keyhelp help_map[24];
	size_t nhelp_map;
	char legend_keys[64];
};


/* ---- small helpers --------------------------------------------------- */

static struct ui_app *
app_of(const struct dpane *p)
{
	return p->ctx->app;
}

static const char *
nz(const char *s)
{
	return s ? s : "";
}


static const char *
glyph_left(void)
{
	return ui_theme_ascii() ? "<" : "\u25c0";   /* ◀ */
}

/* Between the parts of a line of details. */
static const char *
dash(void)
{
	return ui_theme_ascii() ? " - " : " \u2014 ";   /* — */
}

static const char *
glyph_right(void)
{
	return ui_theme_ascii() ? ">" : "\u25b6";   /* ▶ */
}

/* The status glyph of a desk (Unicode, or ASCII ". o @ * x"). */
static const char *
status_glyph(enum desk_status s)
{
	static const char *const g[][2] = {
		[DESK_FREE]     = { "\u00b7", "." },   /* · */
		[DESK_BOOKED]   = { "\u25cb", "o" },   /* ○ */
		[DESK_OCCUPIED] = { "\u25cf", "@" },   /* ● */
		[DESK_MINE]     = { "\u2605", "*" },   /* ★ */
		[DESK_BLOCKED]  = { "\u2715", "x" },   /* ✕ */
	};

	return g[s][ui_theme_ascii() ? 1 : 0];
}

/* Colour is a help, never the only sign: the glyph and the word say it. */
static attr_t
status_attr(enum desk_status s)
{
	switch (s) {
	case DESK_FREE:     return ui_theme_attr(UI_STAGE_OPEN);
	case DESK_BOOKED:   return ui_theme_attr(UI_FILTER);
	case DESK_OCCUPIED: return ui_theme_attr(UI_LABEL_ACTIVE);
	case DESK_MINE:     return ui_theme_attr(UI_MENU_ACTIVE);
	case DESK_BLOCKED:  return ui_theme_attr(UI_DIM);
	}
	return A_NORMAL;
}

/* The word of the legend. */
static const char *
status_word(enum desk_status s)
{
	switch (s) {
	case DESK_FREE:     return _("free");
	case DESK_BOOKED:   return _("booked");
	case DESK_OCCUPIED: return _("occupied");
	case DESK_MINE:     return _("booked by me");
	case DESK_BLOCKED:  return _("blocked");
	}
	return "";
}

/* What the details say of a desk's status, with the holder when shown. */
static void
status_text(const struct desk_view *d, bool closed, char *buf, size_t size)
{
	switch (d->status) {
	case DESK_FREE:
		snprintf(buf, size, "%s", closed ? _("not bookable this day")
		                                 : _("free"));
		break;
	case DESK_BOOKED:
		if (d->holder && d->holder[0])
			snprintf(buf, size, _("booked by %s"), d->holder);
		else
			snprintf(buf, size, "%s", _("booked"));
		break;
	case DESK_OCCUPIED:
		if (d->holder && d->holder[0])
			snprintf(buf, size, _("occupied by %s"), d->holder);
		else
			snprintf(buf, size, "%s", _("occupied"));
		break;
	case DESK_MINE:
		snprintf(buf, size, "%s", d->checked_in
		         ? _("booked by me, checked in")
		         : _("booked by me, not checked in yet"));
		break;
	case DESK_BLOCKED:
		if (d->blocked_reason && d->blocked_reason[0])
			snprintf(buf, size, _("blocked: %s"), d->blocked_reason);
		else
			snprintf(buf, size, "%s", _("blocked"));
		break;
	}
}

static void
attrs_text(unsigned attrs, char *buf, size_t size)
{
	floorplan_attrs_text(attrs, buf, size);
	if (buf[0] == '\0')
		snprintf(buf, size, "%s", _("no equipment listed"));
}

/* A desk label as drawn: plan labels are [A-Z0-9-]; anything else from the
 * database shows as '?'. */
static void
safe_label(const char *in, char out[FLOORPLAN_LABEL_MAX])
{
	size_t i;

	for (i = 0; in[i] && i + 1 < FLOORPLAN_LABEL_MAX; i++)
		out[i] = in[i] > ' ' && in[i] < 0x7f ? in[i] : '?';
	out[i] = '\0';
}

static int
desk_width(const struct desk_view *d)
{
	return (int)strnlen(d->label, FLOORPLAN_LABEL_MAX - 1) + 2;
}

static const struct floor_info *
floor_info_of(const struct dpane *p, int number)
{
	for (size_t i = 0; i < p->floors.count; i++)
		if (p->floors.items[i].number == number)
			return &p->floors.items[i];
	return NULL;
}

/* ---- days ------------------------------------------------------------ */

/* "YYYY-MM-DD" as days since the epoch; -1 when malformed. */
static long
day_number(const char *s)
{
	return when_day_number(s);
}

static void
day_text(long n, char out[12])
{
	int y, m, d;

	when_civil_from_days(n, &y, &m, &d);
	snprintf(out, 12, "%04d-%02d-%02d", y % 10000, m, d);
}

/* The day as users read it: "lundi 30 novembre 2026". */
static void
day_long(const char *day, char *buf, size_t size)
{
	int y, m, d;
	struct tm tm;
	time_t t;

	if (sscanf(day, "%4d-%2d-%2d", &y, &m, &d) != 3) {
		snprintf(buf, size, "%s", day);
		return;
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	if (t == (time_t)-1)
		snprintf(buf, size, "%02d/%02d/%04d", d, m, y);
	else
		when_format(t, WHEN_LONG_DATE, buf, size);
}

static void
today_of(const struct dpane *p, char day[12], enum slot *slot)
{
	desks_today(&p->rules, time(NULL), day, slot);
}

/* True when the rules let one book on day n (days since the epoch). */
static bool
bookable(const struct dpane *p, long n, long today)
{
	long wd = ((n + 4) % 7 + 7) % 7;   /* 1970-01-01 was a Thursday */

	return n >= today && n <= today + p->rules.days_ahead &&
	       (p->rules.weekdays & (1u << wd));
}

/* True when the day shown cannot be booked (a weekend, a day not in
 * desk_weekdays, a past day, beyond the horizon); why, in the core's words
 * ("le samedi 5 décembre n'est pas un jour réservable"), goes to why. The
 * map says so before any dialog. */
static bool
day_closed(const struct dpane *p, char *why, size_t size)
{
	char today[12], spoken[64];
	enum slot slot;
	long n = when_day_number(p->day), t;

	today_of(p, today, &slot);
	t = when_day_number(today);
	if (why != NULL && size > 0)
		why[0] = '\0';
	if (n < 0 || t < 0 || bookable(p, n, t))
		return false;
	if (why == NULL)
		return true;
	when_day_spoken(p->day, today, spoken, sizeof spoken);
	if (n < t)
		snprintf(why, size, _("%s is in the past"), spoken);
	else if (n > t + p->rules.days_ahead)
		snprintf(why, size, _("%s is too far ahead: desks are booked at "
		                      "most %d days ahead"), spoken,
		         p->rules.days_ahead);
	else
		snprintf(why, size, _("%s is not a bookable day"), spoken);
	return true;
}

/* ---- the plan as cells ----------------------------------------------- */

static void
free_rows(struct dpane *p)
{
	for (size_t i = 0; i < p->nrows; i++)
		free(p->rows[i].c);
	free(p->rows);
	p->rows = NULL;
	p->nrows = 0;
	p->pw = 0;
}

static void
blank_cell(struct cell *c)
{
	memset(c, 0, sizeof *c);
	c->g[0] = ' ';
	c->w = 1;
	c->kind = CELL_BLANK;
}

/* One line of the drawing, column by column, as the parser counted them
 * (floorplan.c): what text_sanitize() would drop becomes a blank, so that
 * the desks stay where the plan puts them. */
static bool
build_row(const char *line, struct prow *out)
{
	size_t len = strlen(line), i = 0;
	int width = text_width(line), x = 0;

	out->n = width > 0 ? width : 0;
	out->c = calloc((size_t)out->n + 1, sizeof *out->c);
	if (out->c == NULL)
		return false;
	for (int k = 0; k < out->n; k++)
		blank_cell(&out->c[k]);
	while (i < len && x < out->n) {
		uint32_t cp;
		size_t n = text_decode(line + i, len - i, &cp);
		int w = text_cp_width(cp);
		struct cell *c = &out->c[x];

		if (w == 0) {           /* combining marks and the like */
			i += n;
			continue;
		}
		if (x + w > out->n)
			break;
		if (cp > 0x20 && cp < 0x7f) {
			c->g[0] = (char)cp;
			c->raw = (char)cp;
			c->kind = CELL_TEXT;
		} else if (cp != ' ' && n < sizeof c->g) {
			char one[8], *clean;

			memcpy(one, line + i, n);
			one[n] = '\0';
			clean = text_sanitize(one, TEXT_SINGLE_LINE);
			if (clean && clean[0] && strlen(clean) < sizeof c->g &&
			    text_width(clean) == w) {
				snprintf(c->g, sizeof c->g, "%s", clean);
				c->w = (unsigned char)w;
				c->kind = CELL_TEXT;
				if (w == 2) {
					out->c[x + 1].w = 0;
					out->c[x + 1].g[0] = '\0';
					out->c[x + 1].kind = CELL_TEXT;
				}
			}
			free(clean);
		}
		x += w;
		i += n;
	}
	return true;
}

static char
raw_at(const struct dpane *p, int r, int x)
{
	if (r < 0 || (size_t)r >= p->nrows || x < 0 || x >= p->rows[r].n)
		return 0;
	if (p->rows[r].c[x].kind != CELL_WALL)
		return 0;
	return p->rows[r].c[x].raw;
}

/* True when the plan has '|' or '+' at row r, column x. */
static bool
vertical_at(const struct dpane *p, int r, int x)
{
	if (r < 0 || (size_t)r >= p->nrows || x < 0 || x >= p->rows[r].n)
		return false;
	return p->rows[r].c[x].raw == '|' || p->rows[r].c[x].raw == '+';
}

/* Which cells are walls ('|' always; '-' and '+' next to another piece of
 * wall, so that "Rez-de-chaussée" stays text), and their box characters. */
static void
mark_walls(struct dpane *p)
{
	/* by the walls above, below, left, right (bits 3..0) */
	static const char *const box[16] = {
		"+", "\u2500", "\u2500", "\u2500",
		"\u2502", "\u250c", "\u2510", "\u252c",
		"\u2502", "\u2514", "\u2518", "\u2534",
		"\u2502", "\u251c", "\u2524", "\u253c",
	};

	for (size_t r = 0; r < p->nrows; r++) {
		struct prow *row = &p->rows[r];
		for (int x = 0; x < row->n; x++) {
			char c = row->c[x].raw, l, rt;
			if (c != '-' && c != '+' && c != '|')
				continue;
			l = x > 0 ? row->c[x - 1].raw : 0;
			rt = x + 1 < row->n ? row->c[x + 1].raw : 0;
			if (c == '|' || l == '-' || l == '+' || rt == '-' || rt == '+' ||
			    (c == '+' && (vertical_at(p, (int)r - 1, x) ||
			                  vertical_at(p, (int)r + 1, x))))
				row->c[x].kind = CELL_WALL;
		}
	}
	if (ui_theme_ascii())
		return;
	for (size_t r = 0; r < p->nrows; r++) {
		struct prow *row = &p->rows[r];
		for (int x = 0; x < row->n; x++) {
			struct cell *c = &row->c[x];
			char u, d, l, rt;
			unsigned bits;
			if (c->kind != CELL_WALL)
				continue;
			if (c->raw == '-') {
				snprintf(c->g, sizeof c->g, "%s", box[3]);
				continue;
			}
			if (c->raw == '|') {
				snprintf(c->g, sizeof c->g, "%s", box[12]);
				continue;
			}
			u = raw_at(p, (int)r - 1, x);
			d = raw_at(p, (int)r + 1, x);
			l = raw_at(p, (int)r, x - 1);
			rt = raw_at(p, (int)r, x + 1);
			bits = (unsigned)(u == '|' || u == '+') << 3 |
			       (unsigned)(d == '|' || d == '+') << 2 |
			       (unsigned)(l == '-' || l == '+') << 1 |
			       (unsigned)(rt == '-' || rt == '+');
			snprintf(c->g, sizeof c->g, "%s", box[bits]);
		}
	}
}

static bool
build_rows(struct dpane *p)
{
	free_rows(p);
	if (p->fv.line_count == 0)
		return true;
	p->rows = calloc(p->fv.line_count, sizeof *p->rows);
	if (p->rows == NULL)
		return false;
	for (size_t i = 0; i < p->fv.line_count; i++) {
		if (!build_row(nz(p->fv.lines[i]), &p->rows[i])) {
			p->nrows = i;
			free_rows(p);
			return false;
		}
		if (p->rows[i].n > p->pw)
			p->pw = p->rows[i].n;
		p->nrows = i + 1;
	}
	mark_walls(p);
	return true;
}

/* ---- layout and scrolling -------------------------------------------- */

static void
free_windows(struct dpane *p)
{
	WINDOW **w[] = { &p->w_head, &p->w_legend, &p->w_map, &p->w_info,
	                 &p->w_side, &p->w_full };

	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		if (*w[i])
			delwin(*w[i]);
		*w[i] = NULL;
	}
}

/* Makes the windows for the pane's size and the plan's: the legend and
 * the details beside the plan when both fit side by side, else the legend
 * above and the details under it (more rows for them when the plan leaves
 * some). */
/* Rows of the lists: all but their heading, column titles and last line. */
static int
list_rows(const struct dpane *p)
{
	return p->lines - 3 > 1 ? p->lines - 3 : 1;
}

static void
layout(struct dpane *p)
{
	int ph = (int)p->nrows, pw = p->pw, spare;

	free_windows(p);
	p->geo_pw = pw;
	p->geo_ph = ph;
	if (p->lines < 4 || p->cols < 20)
		return;
	p->w_full = newwin(p->lines, p->cols, p->top, 0);
	p->side = p->cols >= pw + SIDE_W + 2 && p->lines >= 16;
	if (p->side) {
		/* the map's window reaches the panel: the column between
		 * them is erased with the map, never left to what another
		 * pane drew there (stray characters after a pane switch) */
		p->map_w = p->cols - SIDE_W;
		p->map_h = p->lines - 1;
		p->info_h = 0;
		p->w_head = newwin(1, p->cols, p->top, 0);
		p->w_map = newwin(p->map_h, p->map_w, p->top + 1, 0);
		p->w_side = newwin(p->map_h, SIDE_W, p->top + 1,
		                   p->cols - SIDE_W);
	} else {
		spare = p->lines - 3 - ph;
		p->info_h = spare >= 2 ? 3 : spare == 1 ? 2 : 1;
		p->map_w = p->cols;
		p->map_h = p->lines - 2 - p->info_h;
		p->w_head = newwin(1, p->cols, p->top, 0);
		p->w_legend = newwin(1, p->cols, p->top + 1, 0);
		p->w_map = newwin(p->map_h, p->map_w, p->top + 2, 0);
		p->w_info = newwin(p->info_h, p->cols, p->top + 2 + p->map_h, 0);
	}
	if (!p->w_full || !p->w_head || !p->w_map ||
	    (p->side ? !p->w_side : !p->w_legend || !p->w_info)) {
		free_windows(p);
		return;
	}
	leaveok(p->w_full, TRUE);
	leaveok(p->w_head, TRUE);
	leaveok(p->w_map, TRUE);
	if (p->w_side)
		leaveok(p->w_side, TRUE);
	if (p->w_legend)
		leaveok(p->w_legend, TRUE);
	if (p->w_info)
		leaveok(p->w_info, TRUE);
	p->d_all = true;
	ui_list_place(&p->lfree, p->w_full, 2, 0, list_rows(p), p->cols);
	ui_list_place(&p->lmine, p->w_full, 2, 0, list_rows(p), p->cols);
}

/* The first row (or column) shown, o, kept within 0 .. max; when it is
 * near either end (within margin, or an eighth of the window), at that end,
 * so that the outer walls show, if the selected desk (lo .. hi-1 of the
 * plan) stays inside the window of win rows (or columns). */
static int
snap(int o, int margin, int max, int lo, int hi, int win)
{
	int near = margin > win / 8 ? margin : win / 8;

	if (o > max)
		o = max;
	if (o < 0)
		o = 0;
	if (o <= near && hi <= win)
		return 0;
	if (o >= max - near && lo >= max)
		return max;
	return o;
}

/* Centres a plan smaller than the window, and scrolls a larger one so that
 * the selected desk is inside, a little away from the edges. True when the
 * part shown moved. */
static bool
settle_scroll(struct dpane *p)
{
	const struct desk_view *d = NULL;
	int ph = (int)p->nrows, pw = p->pw;
	int oy = p->oy, ox = p->ox, cy = p->cy, cx = p->cx;

	if (p->map_h <= 0 || p->map_w <= 0)
		return false;
	if (p->have_view && p->cur < p->fv.desk_count)
		d = &p->fv.desks[p->cur];
	p->cx = pw < p->map_w ? (p->map_w - pw) / 2 : 0;
	p->cy = ph < p->map_h ? (p->map_h - ph) / 2 : 0;
	if (pw <= p->map_w) {
		p->ox = 0;
	} else {
		int mx = p->map_w >= 24 ? 4 : p->map_w / 6;
		int lo = d ? d->col : 0, hi = d ? d->col + desk_width(d) : 0;
		if (d && lo - mx < p->ox)
			p->ox = lo - mx;
		if (d && hi + mx > p->ox + p->map_w)
			p->ox = hi + mx - p->map_w;
		p->ox = snap(p->ox, mx, pw - p->map_w, lo, hi, p->map_w);
	}
	if (ph <= p->map_h) {
		p->oy = 0;
	} else {
		int my = p->map_h >= 8 ? 2 : 0;
		int lo = d ? d->row : 0, hi = d ? d->row + 1 : 0;
		if (d && lo - my < p->oy)
			p->oy = lo - my;
		if (d && hi + my > p->oy + p->map_h)
			p->oy = hi + my - p->map_h;
		p->oy = snap(p->oy, my, ph - p->map_h, lo, hi, p->map_h);
	}
	return oy != p->oy || ox != p->ox || cy != p->cy || cx != p->cx;
}

/* ---- loading --------------------------------------------------------- */

static void
mark_desk(struct dpane *p, size_t i)
{
	for (int k = 0; k < p->nd_desks; k++)
		if (p->d_desks[k] == i)
			return;
	if (p->nd_desks < (int)(sizeof p->d_desks / sizeof p->d_desks[0]))
		p->d_desks[p->nd_desks++] = i;
	else
		p->d_all = true;
}

/* Reads the floors; keeps the one shown if it is still there, else the
 * ground floor, else the lowest. */
static bool
load_floors(struct dpane *p)
{
	struct floor_list nl;
	struct cs_error err;
	enum cs_status st;

	memset(&nl, 0, sizeof nl);
	cs_error_clear(&err);
	st = desks_floors(p->ctx->db, &nl, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return false;
	desks_floors_free(&p->floors);
	p->floors = nl;
	if (p->have_floor && floor_info_of(p, p->floor))
		return true;
	p->have_floor = nl.count > 0;
	p->cur_label[0] = '\0';
	p->oy = p->ox = 0;
	if (nl.count == 0)
		return true;
	p->floor = nl.items[0].number;
	if (floor_info_of(p, 0))
		p->floor = 0;
	return true;
}

/* The desk at the top left of the plan. */
static size_t
first_desk(const struct floor_view *v)
{
	size_t best = 0;

	for (size_t i = 1; i < v->desk_count; i++) {
		const struct desk_view *a = &v->desks[i], *b = &v->desks[best];
		if (a->row < b->row || (a->row == b->row && a->col < b->col))
			best = i;
	}
	return best;
}

static bool
same_str(const char *a, const char *b)
{
	return strcmp(nz(a), nz(b)) == 0;
}

static bool
same_drawing(const struct floor_view *a, const struct floor_view *b)
{
	if (a->number != b->number || a->line_count != b->line_count ||
	    a->desk_count != b->desk_count)
		return false;
	for (size_t i = 0; i < a->line_count; i++)
		if (!same_str(a->lines[i], b->lines[i]))
			return false;
	for (size_t i = 0; i < a->desk_count; i++)
		if (strcmp(a->desks[i].label, b->desks[i].label) != 0 ||
		    a->desks[i].row != b->desks[i].row ||
		    a->desks[i].col != b->desks[i].col)
			return false;
	return true;
}

static bool
same_desk(const struct desk_view *a, const struct desk_view *b)
{
	return a->status == b->status && a->checked_in == b->checked_in &&
	       a->attrs == b->attrs && same_str(a->holder, b->holder) &&
	       same_str(a->blocked_reason, b->blocked_reason);
}

/* Reads the floor shown for the day and half-day shown. When only some
 * desks changed, only they are repainted. */
static bool
load_view(struct dpane *p)
{
	struct floor_view nv;
	struct cs_error err;
	enum cs_status st;
	bool same;
	size_t old_cur = p->cur;

	if (!p->rules_ok || !p->have_floor) {
		if (p->have_view)
			desks_floor_view_free(&p->fv);
		p->have_view = false;
		free_rows(p);
		p->d_all = true;
		return false;
	}
	if (!p->day_set) {
		char day[12];
		enum slot slot;
		today_of(p, day, &slot);
		if (strcmp(day, p->day) != 0 || slot != p->slot)
			p->d_all = true;   /* the heading says the new half-day */
		memcpy(p->day, day, sizeof p->day);
		p->slot = slot;
	}
	memset(&nv, 0, sizeof nv);
	cs_error_clear(&err);
	st = desks_floor_view(p->ctx->db, p->ctx->id, &p->rules, p->floor,
	                      p->day, p->slot, time(NULL), &nv, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return false;
	same = p->have_view && same_drawing(&p->fv, &nv);
	if (same) {
		for (size_t i = 0; i < nv.desk_count; i++) {
			if (same_desk(&p->fv.desks[i], &nv.desks[i]))
				continue;
			mark_desk(p, i);
			if (i == p->cur)
				p->d_info = true;
		}
	} else {
		p->d_all = true;
	}
	if (p->have_view)
		desks_floor_view_free(&p->fv);
	p->fv = nv;
	p->have_view = true;
	if (!same && !build_rows(p)) {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
		desks_floor_view_free(&p->fv);
		p->have_view = false;
		return false;
	}
	/* the cursor stays on its desk, by label */
	p->cur = p->fv.desk_count;
	for (size_t i = 0; i < p->fv.desk_count; i++)
		if (p->cur_label[0] && strcmp(p->fv.desks[i].label,
		                              p->cur_label) == 0)
			p->cur = i;
	if (p->cur == p->fv.desk_count)
		p->cur = p->fv.desk_count ? first_desk(&p->fv) : 0;
	if (p->fv.desk_count)
		snprintf(p->cur_label, sizeof p->cur_label, "%s",
		         p->fv.desks[p->cur].label);
	if (same && p->cur != old_cur) {
		mark_desk(p, old_cur);
		mark_desk(p, p->cur);
		p->d_info = true;
	}
	if (p->lines > 0 && (p->geo_pw != p->pw || p->geo_ph != (int)p->nrows ||
	                     p->w_map == NULL))
		layout(p);
	if (settle_scroll(p))
		p->d_all = true;
	p->stale = false;
	ui_app_refreshed(app_of(p));
	return true;
}

static bool
load_free(struct dpane *p)
{
	struct desk_list nl;
	struct cs_error err;
	enum cs_status st;
	time_t now = time(NULL);

	memset(&nl, 0, sizeof nl);
	desks_today(&p->rules, now, p->free_day, &p->free_slot);
	cs_error_clear(&err);
	st = desks_free(p->ctx->db, p->ctx->id, &p->rules, ALL_FLOORS,
	                p->free_day, p->free_slot, now, &nl, &err);
	if (!ui_app_result(app_of(p), st, &err))
		return false;
	desks_list_free(&p->free);
	p->free = nl;
	ui_list_set_count(&p->lfree, nl.count);
	ui_list_dirty(&p->lfree);
	ui_app_refreshed(app_of(p));
	return true;
}

static bool
load_mine(struct dpane *p)
{
	struct booking_list nl;
	struct cs_error err;
	enum cs_status st;

	memset(&nl, 0, sizeof nl);
	cs_error_clear(&err);
	st = desks_mine(p->ctx->db, p->ctx->id, &p->rules, time(NULL), &nl,
	                &err);
	if (!ui_app_result(app_of(p), st, &err))
		return false;
	desks_bookings_free(&p->mine);
	p->mine = nl;
	ui_list_set_count(&p->lmine, nl.count);
	ui_list_dirty(&p->lmine);
	ui_app_refreshed(app_of(p));
	return true;
}

/* ---- the map: drawing ------------------------------------------------ */

static const struct desk_view *
current_desk(const struct dpane *p)
{
	if (!p->have_view || p->cur >= p->fv.desk_count)
		return NULL;
	return &p->fv.desks[p->cur];
}

/* "Étage 2 — 2e étage, Direction des solidarités" on the left, "lundi 30
 * novembre 2026 · matin" on the right. */
static void
draw_head(struct dpane *p)
{
	WINDOW *w = p->w_head;
	const struct floor_info *fi = floor_info_of(p, p->floor);
	char left[512], right[256], day[128];
	int rw;

	werase(w);
	if (!p->rules_ok || !p->have_floor || !p->have_view) {
		ui_paint_put(w, 0, 0, p->cols, _("BuroDispo: the desks of the "
		             "Hôtel du département"), A_BOLD, 0);
		wnoutrefresh(w);
		return;
	}
	day_long(p->day, day, sizeof day);
	snprintf(right, sizeof right, "%s %s %s", day, ui_theme_ascii() ? "-"
	         : "\u00b7", day_closed(p, NULL, 0) ? _("not bookable")
	         : desks_slot_label(p->slot));
	rw = text_width(right);
	if (rw > p->cols / 2)
		rw = p->cols / 2;
	snprintf(left, sizeof left, _("Floor %d: %s"), p->floor,
	         fi ? nz(fi->name) : nz(p->fv.name));
	ui_paint_put(w, 0, 0, p->cols - rw - 2, left, A_BOLD, 0);
	ui_paint_put(w, 0, p->cols - rw, rw, right, ui_theme_attr(UI_FILTER),
	             UI_PUT_RIGHT);
	wnoutrefresh(w);
}

static void
add_indicator(char *buf, size_t size, size_t *used, int n, const char *glyph)
{
	int k;

	if (n <= 0 || *used >= size)
		return;
	k = snprintf(buf + *used, size - *used, "%s%s %d", *used ? "  " : "",
	             glyph, n);
	if (k > 0)
		*used += (size_t)k;
}

/* "▲ 3  ▼ 2  ◀ 10  ▶ 5": what the window hides of the plan, or "". */
static void
indicators_text(const struct dpane *p, char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	add_indicator(buf, size, &used, p->oy, ui_theme_glyph(UI_G_MORE_UP));
	add_indicator(buf, size, &used, (int)p->nrows - p->oy - p->map_h,
	              ui_theme_glyph(UI_G_MORE_DOWN));
	add_indicator(buf, size, &used, p->ox, glyph_left());
	add_indicator(buf, size, &used, p->pw - p->ox - p->map_w, glyph_right());
}

/* The legend on one row from x: "· libre  ○ réservé ..."; returns the
 * columns used. */
static int
draw_legend_row(WINDOW *w, int y, int x, int cols)
{
	int used = 0;

	for (int s = DESK_FREE; s <= DESK_BLOCKED; s++) {
		const char *word = status_word((enum desk_status)s);
		int need = 2 + text_width(word) + (s > DESK_FREE ? 2 : 0);
		if (used + need > cols)
			break;
		if (s > DESK_FREE)
			used += ui_paint_put(w, y, x + used, 2, "  ", A_NORMAL, 0);
		used += ui_paint_put(w, y, x + used, 1,
		                     status_glyph((enum desk_status)s),
		                     status_attr((enum desk_status)s), 0);
		used += ui_paint_put(w, y, x + used, 1, " ", A_NORMAL, 0);
		used += ui_paint_put(w, y, x + used, cols - used, word, A_NORMAL,
		                     0);
	}
	return used;
}

static void
draw_legend(struct dpane *p)
{
	WINDOW *w = p->w_legend;
	char ind[128];
	int used, iw;

	werase(w);
	used = draw_legend_row(w, 0, 0, p->cols);
	indicators_text(p, ind, sizeof ind);
	iw = text_width(ind);
	if (iw > 0 && used + 2 + iw <= p->cols)
		ui_paint_put(w, 0, p->cols - iw, iw, ind, ui_theme_attr(UI_DIM), 0);
	wnoutrefresh(w);
}

/* Window row y of the map: the plan's cells, without the desks. */
static void
draw_plan_row(struct dpane *p, int y)
{
	WINDOW *w = p->w_map;
	int r = y - p->cy + p->oy;
	attr_t wall = ui_theme_attr(UI_BORDER), text = ui_theme_attr(UI_DIM);

	if (r < 0 || (size_t)r >= p->nrows)
		return;
	for (int x = 0; x < p->map_w; x++) {
		int c = x - p->cx + p->ox;
		const struct prow *row = &p->rows[r];
		const struct cell *ce;
		const char *g;

		if (c < 0 || c >= row->n)
			continue;
		ce = &row->c[c];
		if (ce->kind == CELL_BLANK)
			continue;   /* the window was erased */
		g = ce->g;
		if (ce->w == 0) {
			if (x > 0)
				continue;   /* drawn with its left half */
			g = " ";
		} else if (ce->w == 2 && x + 1 >= p->map_w) {
			g = " ";
		}
		wattrset(w, (int)(ce->kind == CELL_WALL ? wall : text));
		ui_paint_cell(w, y, x, g);
	}
}

/* Desk i over the plan: its glyph, its label and a blank where the plan has
 * "[LABEL]"; the selected desk in reverse video. */
static void
draw_desk(struct dpane *p, size_t i)
{
	const struct desk_view *d = &p->fv.desks[i];
	WINDOW *w = p->w_map;
	int y = p->cy + d->row - p->oy, x0 = p->cx + d->col - p->ox;
	int n = desk_width(d) - 2, from, to;
	attr_t a = d->status == DESK_FREE && day_closed(p, NULL, 0)
	           ? ui_theme_attr(UI_DIM) : status_attr(d->status);
	char label[FLOORPLAN_LABEL_MAX];

	if (i == p->cur)
		a |= A_REVERSE;
	if (y < 0 || y >= p->map_h || x0 + n + 2 <= 0 || x0 >= p->map_w)
		return;
	safe_label(d->label, label);
	if (x0 >= 0)
		ui_paint_put(w, y, x0, 1, status_glyph(d->status), a, 0);
	from = x0 + 1 < 0 ? -(x0 + 1) : 0;       /* label chars cut on the left */
	to = x0 + 1 + n > p->map_w ? p->map_w - x0 - 1 : n;
	if (to > from)
		ui_paint_put(w, y, x0 + 1 + from, to - from, label + from, a, 0);
	if (x0 + n + 1 < p->map_w)
		ui_paint_put(w, y, x0 + n + 1, 1, " ", a, 0);
}

static void
draw_map(struct dpane *p)
{
	WINDOW *w = p->w_map;

	werase(w);
	if (!p->rules_ok) {
		ui_paint_wrapped(w, 1, 2, p->map_w - 4, p->map_h - 1,
		                 _("BuroDispo cannot be used: the desk rules of "
		                   "the configuration are wrong (see the status "
		                   "line)."), A_NORMAL);
	} else if (!p->have_floor) {
		ui_paint_wrapped(w, 1, 2, p->map_w - 4, p->map_h - 1,
		                 _("No floor plan yet: an administrator imports "
		                   "them with \"construisons desks import "
		                   "DIRECTORY\"."), A_NORMAL);
	} else if (p->have_view) {
		for (int y = 0; y < p->map_h; y++)
			draw_plan_row(p, y);
		for (size_t i = 0; i < p->fv.desk_count; i++)
			draw_desk(p, i);
	}
	wnoutrefresh(w);
}

/* The details of the selected desk: "Bureau 001", "· libre", the
 * equipment, and what Enter would do. */
struct details {
	char title[64], status[512], attrs[256], hint[256];
	enum desk_status st;
};

/* The hint of the details: the map's key(s) for action (and action2),
 * then what it does. */
static void
hint_of(struct details *dt, int action, int action2, const char *what)
{
	struct ui_hint h = { action, action2, what };

	ui_keymap_hints(UI_VIEW_DESK_MAP, &h, 1, dt->hint, sizeof dt->hint);
}

static bool
details_of(const struct dpane *p, struct details *dt)
{
	const struct desk_view *d = current_desk(p);
	char label[FLOORPLAN_LABEL_MAX], st[480];
	bool closed = day_closed(p, NULL, 0);

	if (d == NULL)
		return false;
	safe_label(d->label, label);
	snprintf(dt->title, sizeof dt->title, _("Desk %s"), label);
	status_text(d, closed, st, sizeof st);
	snprintf(dt->status, sizeof dt->status, "%s %s", status_glyph(d->status),
	         st);
	attrs_text(d->attrs, dt->attrs, sizeof dt->attrs);
	dt->st = d->status;
	/* the keys named from the keymap: a hint never names another key */
	switch (d->status) {
	case DESK_FREE:
		if (closed)
			hint_of(dt, UI_ACT_NEXT_DAY, UI_ACT_PREV_DAY,
			        N_("another day"));
		else
			hint_of(dt, UI_ACT_OPEN, UI_ACT_NONE, N_("book it"));
		break;
	case DESK_MINE:
		hint_of(dt, UI_ACT_MINE, UI_ACT_NONE,
		        N_("my bookings (cancel, check in)"));
		break;
	case DESK_BLOCKED:
		if (identity_has_role(p->ctx->id, ROLE_FACILITATOR))
			hint_of(dt, UI_ACT_BLOCK, UI_ACT_NONE, N_("unblock it"));
		else
			dt->hint[0] = '\0';
		break;
	default:
		hint_of(dt, UI_ACT_FREE_NOW, UI_ACT_NONE, N_("the desks free now"));
		break;
	}
	return true;
}

/* Under the plan: one row "Bureau 001 — · libre — écran", or the same on
 * up to three rows when there is room. */
static void
draw_info(struct dpane *p)
{
	WINDOW *w = p->w_info;
	struct details dt;
	char buf[1024];
	int x;

	if (!details_of(p, &dt)) {
		werase(w);
		wnoutrefresh(w);
		return;
	}
	if (p->info_h == 1) {
		snprintf(buf, sizeof buf, "%s%s%s%s", dash(), dt.status, dash(),
		         dt.attrs);
		x = ui_paint_put(w, 0, 0, p->cols, dt.title, A_BOLD, 0);
		ui_paint_put(w, 0, x, p->cols - x, buf, A_NORMAL, UI_PUT_PAD);
	} else {
		snprintf(buf, sizeof buf, "%s%s", dash(), dt.status);
		x = ui_paint_put(w, 0, 0, p->cols, dt.title, A_BOLD, 0);
		ui_paint_put(w, 0, x, p->cols - x, buf, A_NORMAL, UI_PUT_PAD);
		ui_paint_put(w, 1, 0, p->cols, dt.attrs, A_NORMAL, UI_PUT_PAD);
		if (p->info_h > 2)
			ui_paint_put(w, 2, 0, p->cols, dt.hint,
			             ui_theme_attr(UI_DIM), UI_PUT_PAD);
	}
	wnoutrefresh(w);
}

/* Rows of the side panel. */
#define SIDE_LEGEND 0        /* heading, then one row per status */
#define SIDE_DESK 7          /* heading, then the details */
#define SIDE_DESK_ROWS 6

static void
draw_side_desk(struct dpane *p)
{
	WINDOW *w = p->w_side;
	int x = 2, cw = SIDE_W - 3, y = SIDE_DESK;
	struct details dt;
	int used;

	for (int r = 0; r < 1 + SIDE_DESK_ROWS && y + r < p->map_h; r++)
		ui_paint_fill(w, y + r, 1, SIDE_W - 1, A_NORMAL);
	if (!details_of(p, &dt) || y + 1 + SIDE_DESK_ROWS > p->map_h) {
		wnoutrefresh(w);
		return;
	}
	ui_paint_put(w, y, x, cw, dt.title, ui_theme_attr(UI_HEADING), 0);
	used = ui_paint_wrapped(w, y + 1, x, cw, 2, dt.status, A_NORMAL);
	used = used > 2 ? 2 : used;
	ui_paint_wrapped(w, y + 1 + used, x, cw, 4 - used, dt.attrs, A_NORMAL);
	ui_paint_wrapped(w, y + 5, x, cw, 2, dt.hint, ui_theme_attr(UI_DIM));
	wnoutrefresh(w);
}

static void
draw_side(struct dpane *p)
{
	WINDOW *w = p->w_side;
	int x = 2, cw = SIDE_W - 3, y;
	char ind[128];
	/* the keys come from the keymap: they are the keys that work */
	static const struct ui_hint hints[] = {
		{ UI_ACT_OPEN, UI_ACT_NONE, N_("book the desk") },
		{ UI_ACT_HALF_DAY, UI_ACT_NONE, N_("half-day or day") },
		{ UI_ACT_NEXT_DAY, UI_ACT_PREV_DAY, N_("next, previous day") },
		{ UI_ACT_PAGE_UP, UI_ACT_PAGE_DOWN, N_("floor above, below") },
		{ UI_ACT_FREE_NOW, UI_ACT_NONE, N_("free now") },
		{ UI_ACT_MINE, UI_ACT_NONE, N_("my bookings") },
		{ UI_ACT_HELP, UI_ACT_NONE, N_("every key") },
	};

	werase(w);
	wattrset(w, (int)ui_theme_attr(UI_DIM));
	for (y = 0; y < p->map_h; y++)
		ui_paint_cell(w, y, 0, ui_theme_glyph(UI_G_SEP));
	ui_paint_put(w, SIDE_LEGEND, x, cw, _("Legend"),
	             ui_theme_attr(UI_HEADING), 0);
	for (int s = DESK_FREE; s <= DESK_BLOCKED; s++) {
		y = SIDE_LEGEND + 1 + s;
		if (y >= p->map_h)
			break;
		ui_paint_put(w, y, x, 1, status_glyph((enum desk_status)s),
		             status_attr((enum desk_status)s), 0);
		ui_paint_put(w, y, x + 2, cw - 2,
		             status_word((enum desk_status)s), A_NORMAL, 0);
	}
	draw_side_desk(p);
	y = SIDE_DESK + 1 + SIDE_DESK_ROWS + 1;
	indicators_text(p, ind, sizeof ind);
	if (ind[0] && y < p->map_h) {
		ui_paint_put(w, y, x, cw, ind, ui_theme_attr(UI_DIM), 0);
		y += 2;
	}
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
		char key[32], key2[32], keys[72];
		if (y >= p->map_h ||
		    !ui_keymap_key_label(UI_VIEW_DESK_MAP, hints[i].action, key,
		                         sizeof key) ||
		    (hints[i].action2 != UI_ACT_NONE &&
		     !ui_keymap_key_label(UI_VIEW_DESK_MAP, hints[i].action2, key2,
		                          sizeof key2)))
			continue;
		snprintf(keys, sizeof keys, "%s%s%s", key,
		         hints[i].action2 != UI_ACT_NONE ? " " : "",
		         hints[i].action2 != UI_ACT_NONE ? key2 : "");
		ui_paint_put(w, y, x, 6, keys, ui_theme_attr(UI_DIM), 0);
		ui_paint_put(w, y, x + 7, cw - 7, _(hints[i].what),
		             ui_theme_attr(UI_DIM), 0);
		y++;
	}
	wnoutrefresh(w);
}

static void
draw_map_view(struct dpane *p, bool full)
{
	if (full || p->d_all) {
		draw_head(p);
		if (p->side) {
			draw_map(p);
			draw_side(p);
		} else {
			draw_legend(p);
			draw_map(p);
			draw_info(p);
		}
	} else {
		if (p->nd_desks > 0 && p->have_view) {
			for (int i = 0; i < p->nd_desks; i++)
				if (p->d_desks[i] < p->fv.desk_count)
					draw_desk(p, p->d_desks[i]);
			wnoutrefresh(p->w_map);
		}
		if (p->d_info) {
			if (p->side)
				draw_side_desk(p);
			else
				draw_info(p);
		}
	}
	p->d_all = p->d_info = false;
	p->nd_desks = 0;
}

/* ---- the map: moving ------------------------------------------------- */

static unsigned
select_desk(struct dpane *p, size_t i)
{
	size_t old = p->cur;

	if (!p->have_view || i >= p->fv.desk_count || i == p->cur)
		return UI_DONE;
	p->cur = i;
	snprintf(p->cur_label, sizeof p->cur_label, "%s", p->fv.desks[i].label);
	if (settle_scroll(p)) {
		p->d_all = true;
	} else {
		mark_desk(p, old);
		mark_desk(p, i);
		p->d_info = true;
	}
	return UI_PAINT;
}

/* The nearest desk from the selected one in direction (dy, dx): among
 * those ahead, the closest, looking first inside a quarter turn around the
 * direction. A row is about twice as high as a column is wide. */
static unsigned
move_dir(struct dpane *p, int dy, int dx)
{
	const struct desk_view *c = current_desk(p);
	long best_score = -1;
	size_t best = 0;

	if (c == NULL)
		return UI_DONE;
	for (size_t i = 0; i < p->fv.desk_count; i++) {
		const struct desk_view *d = &p->fv.desks[i];
		/* centres, in half columns */
		long vx = (2L * d->col + desk_width(d)) - (2L * c->col + desk_width(c));
		long vy = 4L * (d->row - c->row);
		long along = dx ? vx * dx : vy * dy;
		long across = dx ? labs(vy) : labs(vx);
		long score;

		if (i == p->cur || along <= 0)
			continue;
		score = along + 2 * across + (across > along ? 100000 : 0);
		if (best_score < 0 || score < best_score) {
			best_score = score;
			best = i;
		}
	}
	if (best_score < 0)
		return UI_DONE;
	return select_desk(p, best);
}

static unsigned
change_floor(struct dpane *p, int number)
{
	if (!floor_info_of(p, number) || (p->have_floor && number == p->floor))
		return UI_DONE;
	p->floor = number;
	p->have_floor = true;
	p->cur_label[0] = '\0';
	p->oy = p->ox = 0;
	if (p->have_view)
		desks_floor_view_free(&p->fv);
	p->have_view = false;
	load_view(p);
	p->d_all = true;
	return UI_REDRAW;
}

static unsigned
step_floor(struct dpane *p, int step)
{
	size_t i;

	for (i = 0; i < p->floors.count; i++)
		if (p->floors.items[i].number == p->floor)
			break;
	if (i == p->floors.count)
		return UI_DONE;
	if ((step < 0 && i == 0) || (step > 0 && i + 1 >= p->floors.count)) {
		ui_app_message(app_of(p), "%s", step > 0
		               ? _("This is the highest floor.")
		               : _("This is the lowest floor."));
		return UI_DONE;
	}
	return change_floor(p, p->floors.items[step > 0 ? i + 1 : i - 1].number);
}

static unsigned
set_day(struct dpane *p, const char *day, enum slot slot)
{
	char copy[sizeof p->day];

	snprintf(copy, sizeof copy, "%s", day);   /* day may be p->day */
	memcpy(p->day, copy, sizeof p->day);
	p->slot = slot;
	p->day_set = true;
	load_view(p);
	p->d_all = true;
	return UI_REDRAW;
}

static unsigned
step_day(struct dpane *p, int step)
{
	char today[12], day[12];
	enum slot now_slot;
	long t, n;

	today_of(p, today, &now_slot);
	t = day_number(today);
	n = day_number(p->day);
	if (t < 0)
		return UI_DONE;
	if (n < 0)
		n = t;
	if (step > 0) {
		for (long k = n + 1 > t ? n + 1 : t; k <= t + p->rules.days_ahead;
		     k++) {
			if (bookable(p, k, t)) {
				day_text(k, day);
				return set_day(p, day, p->slot);
			}
		}
		ui_app_message(app_of(p),
		               P_("No bookable day after this one: bookings open "
		                  "%d day ahead.",
		                  "No bookable day after this one: bookings open "
		                  "%d days ahead.", p->rules.days_ahead),
		               p->rules.days_ahead);
		return UI_DONE;
	}
	for (long k = n - 1; k >= t; k--) {
		if (bookable(p, k, t)) {
			day_text(k, day);
			return set_day(p, day, p->slot);
		}
	}
	ui_app_message(app_of(p), "%s", _("No bookable day before this one."));
	return UI_DONE;
}

static unsigned
toggle_slot(struct dpane *p)
{
	enum slot next = p->slot == SLOT_MORNING ? SLOT_AFTERNOON
	               : p->slot == SLOT_AFTERNOON ? SLOT_DAY : SLOT_MORNING;

	return set_day(p, p->day, next);
}

/* ---- the map: actions ------------------------------------------------ */

static unsigned deskmap_dialog_done(void *owner, int tag,
                                    const struct ui_dialog *d, bool ok);

/* Asks to book desk label of floor number for the day and slot shown. */
static void
confirm_booking(struct dpane *p, int number, const char *label,
                const char *intro, int tag)
{
	const struct floor_info *fi = floor_info_of(p, number);
	const struct desk_view *d = NULL;
	char text[1500], day[128], attrs[256], where[400], safe[FLOORPLAN_LABEL_MAX];
	struct ui_dialog *dlg;
	int used;

	for (size_t i = 0; p->have_view && i < p->fv.desk_count; i++)
		if (strcmp(p->fv.desks[i].label, label) == 0)
			d = &p->fv.desks[i];
	p->dfloor = number;
	snprintf(p->dlabel, sizeof p->dlabel, "%s", label);
	snprintf(p->dday, sizeof p->dday, "%s", p->day);
	p->dslot = p->slot;
	safe_label(label, safe);
	day_long(p->day, day, sizeof day);
	if (d)
		attrs_text(d->attrs, attrs, sizeof attrs);
	else
		attrs[0] = '\0';
	ui_paint_fit(fi ? nz(fi->name) : "", 60, where, sizeof where);
	used = snprintf(text, sizeof text, "%s", intro);
	if (used < 0 || (size_t)used >= sizeof text)
		used = 0;
	snprintf(text + used, sizeof text - (size_t)used,
	         _("Book desk %s, floor %d (%s),\nfor %s, %s?\n\n"
	           "Equipment: %s"),
	         safe, number, where, day, desks_slot_label(p->slot),
	         attrs[0] ? attrs : _("no equipment listed"));
	dlg = ui_dialog_confirm(tag == DLG_NEAREST ? _("Desk taken")
	                        : _("Book a desk"), text, _("Book"), _("Cancel"));
	/* the user asked for this desk: Enter books it, Esc or n cancels */
	ui_dialog_default_yes(dlg);
	ui_app_dialog(app_of(p), dlg, deskmap_dialog_done, p, tag);
}

/* Enter on the map: books a free desk, or says who holds it. */
static unsigned
enter_desk(struct dpane *p)
{
	const struct desk_view *d = current_desk(p);
	char label[FLOORPLAN_LABEL_MAX], st[512];

	if (d == NULL)
		return UI_DONE;
	safe_label(d->label, label);
	switch (d->status) {
	case DESK_FREE:
		if (day_closed(p, st, sizeof st)) {
			/* said at once, not after a confirmation */
			ui_app_error(app_of(p), "%s.", st);
			return UI_DONE;
		}
		if (!ui_app_may_write(app_of(p)))
			return UI_DONE;
		confirm_booking(p, p->floor, d->label, "", DLG_BOOK);
		return UI_DONE;
	case DESK_MINE: {
		char mk[32];
		ui_keymap_key_label(UI_VIEW_DESK_MAP, UI_ACT_MINE, mk, sizeof mk);
		/* TRANSLATORS: the desk, the key of the bookings */
		ui_app_message(app_of(p),
		               _("Desk %s is booked by you (%s: your bookings, to "
		                 "cancel or check in)."), label, mk);
		return UI_DONE;
	}
	case DESK_BOOKED:
	case DESK_OCCUPIED:
	case DESK_BLOCKED:
		status_text(d, false, st, sizeof st);
		/* TRANSLATORS: desk label, then its status ("réservé par …") */
		ui_app_message(app_of(p), _("Desk %s: %s."), label, st);
		return UI_DONE;
	}
	return UI_DONE;
}

/* "2/204" (as desks_book() names the nearest desk) or "204" on floor
 * dflt. */
static void
split_desk_name(const char *name, int dflt, int *floor,
                char label[FLOORPLAN_LABEL_MAX])
{
	const char *slash = strchr(name, '/');
	char *end;
	long n;

	*floor = dflt;
	if (slash) {
		n = strtol(name, &end, 10);
		if (end == slash && n >= -2 && n <= 30)
			*floor = (int)n;
		name = slash + 1;
	}
	snprintf(label, FLOORPLAN_LABEL_MAX, "%s", name);
}

/* Books p->dlabel; on a conflict offers the nearest free desk. */
static unsigned
book(struct dpane *p)
{
	char nearest[32] = "", day[128], label[FLOORPLAN_LABEL_MAX];
	struct cs_error err;
	enum cs_status st;
	int64_t booking = 0;

	cs_error_clear(&err);
	st = desks_book(p->ctx->db, p->ctx->id, &p->rules, p->dfloor, p->dlabel,
	                p->dday, p->dslot, time(NULL), nearest, &booking, &err);
	safe_label(p->dlabel, label);
	if (st == CS_ERR_CONFLICT && nearest[0]) {
		char intro[600], near_label[FLOORPLAN_LABEL_MAX];
		char msg[512], nlabel[FLOORPLAN_LABEL_MAX];
		int nfloor;

		nearest[sizeof nearest - 1] = '\0';
		split_desk_name(nearest, p->dfloor, &nfloor, nlabel);
		ui_paint_fit(err.message[0] ? err.message : _("Someone else was "
		             "quicker."), 200, msg, sizeof msg);
		safe_label(nlabel, near_label);
		snprintf(intro, sizeof intro, "%s\n", msg);
		snprintf(intro + strlen(intro), sizeof intro - strlen(intro),
		         _("The nearest free desk is %s."), near_label);
		snprintf(intro + strlen(intro), sizeof intro - strlen(intro),
		         "\n\n");
		/* behind the dialog, the map shows the desk taken and the cursor
		 * on the one offered */
		if (nfloor == p->floor)
			snprintf(p->cur_label, sizeof p->cur_label, "%s", nlabel);
		load_view(p);
		p->d_all = true;
		confirm_booking(p, nfloor, nlabel, intro, DLG_NEAREST);
		return UI_RELOAD;
	}
	if (st == CS_ERR_CONFLICT) {
		char text[1400];
		snprintf(text, sizeof text, "%s\n\n%s",
		         err.message[0] ? err.message : _("Someone else was quicker."),
		         _("No other desk is free on this floor for this half-day."));
		ui_app_dialog(app_of(p), ui_dialog_message(_("Desk taken"), text),
		              deskmap_dialog_done, p, DLG_INFO);
		return UI_RELOAD;
	}
	if (!ui_app_result(app_of(p), st, &err))
		return UI_PAINT;
	day_long(p->dday, day, sizeof day);
	ui_app_message(app_of(p), _("Desk %s booked for %s, %s."), label, day,
	               desks_slot_label(p->dslot));
	snprintf(p->cur_label, sizeof p->cur_label, "%s", p->dlabel);
	return UI_RELOAD;
}

static unsigned
start_block(struct dpane *p)
{
	const struct desk_view *d = current_desk(p);
	char label[FLOORPLAN_LABEL_MAX], text[512];

	if (d == NULL || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	if (!identity_has_role(p->ctx->id, ROLE_FACILITATOR)) {
		ui_app_error(app_of(p), "%s",
		             _("Only facilitators block or unblock desks."));
		return UI_DONE;
	}
	safe_label(d->label, label);
	p->dfloor = p->floor;
	snprintf(p->dlabel, sizeof p->dlabel, "%s", d->label);
	if (d->status == DESK_BLOCKED) {
		snprintf(text, sizeof text,
		         _("Unblock desk %s? Agents may book it again."), label);
		ui_app_dialog(app_of(p),
		              ui_dialog_confirm(_("Unblock a desk"), text,
		                                _("Unblock"), _("Cancel")),
		              deskmap_dialog_done, p, DLG_UNBLOCK);
		return UI_DONE;
	}
	snprintf(text, sizeof text,
	         _("Block desk %s? Its bookings are cancelled. Say why (works, "
	           "kept for a visitor...)."), label);
	ui_app_dialog(app_of(p),
	              ui_dialog_input(_("Block a desk"), text, _("Reason:"), "",
	                              200),
	              deskmap_dialog_done, p, DLG_BLOCK);
	return UI_DONE;
}

static unsigned
start_presence(struct dpane *p)
{
	const char *v[2];

	if (!ui_app_may_write(app_of(p)))
		return UI_DONE;
	v[0] = _("Show my name on my desk to the other agents");
	v[1] = _("Do not show my name (others see \"booked\")");
	ui_app_dialog(app_of(p),
	              ui_dialog_choice(_("My name on the map"), v, 2,
	                               p->presence_known && p->presence_shown
	                               ? 0 : 1),
	              deskmap_dialog_done, p, DLG_PRESENCE);
	return UI_DONE;
}

static unsigned
open_floor_list(struct dpane *p)
{
	char (*items)[256];
	const char **v;
	size_t sel = 0;

	if (p->floors.count == 0)
		return UI_DONE;
	items = calloc(p->floors.count, sizeof *items);
	v = calloc(p->floors.count, sizeof *v);
	if (items && v) {
		/* highest first, as in a lift */
		for (size_t i = 0; i < p->floors.count; i++) {
			const struct floor_info *fi =
			    &p->floors.items[p->floors.count - 1 - i];
			snprintf(items[i], sizeof items[i],
			         P_("%d: %s (%zu desk)", "%d: %s (%zu desks)",
			            fi->desks), fi->number, nz(fi->name), fi->desks);
			v[i] = items[i];
			if (fi->number == p->floor)
				sel = i;
		}
		ui_app_dialog(app_of(p),
		              ui_dialog_choice(_("Floor"), v, p->floors.count, sel),
		              deskmap_dialog_done, p, DLG_FLOOR);
	} else {
		ui_app_error(app_of(p), "%s", _("Out of memory."));
	}
	free(items);
	free(v);
	return UI_DONE;
}

static unsigned
open_date(struct dpane *p)
{
	int y, m, d;
	char initial[16] = "";

	if (sscanf(p->day, "%4d-%2d-%2d", &y, &m, &d) == 3)
		snprintf(initial, sizeof initial, "%02d/%02d/%04d", d, m, y);
	ui_app_dialog(app_of(p),
	              ui_dialog_input(_("Day"),
	                              _("The day to show: 30/11/2026, 30/11, "
	                                "demain, lundi... (empty: today)."),
	                              _("Day:"), initial, 20),
	              deskmap_dialog_done, p, DLG_DATE);
	return UI_DONE;
}

/* ---- the lists ------------------------------------------------------- */

/* The columns of "mes réservations": "mercredi 30 septembre 2026",
 * "après-midi", "0/001", the state; the floor's name when there is room. */
#define MINE_DAY_W 27
#define MINE_SLOT_W 13
#define MINE_DESK_W 8
#define MINE_STATE_W 31

/* The list of the view shown (VIEW_FREE or VIEW_MINE). */
static struct ui_list *
cur_list(struct dpane *p)
{
	return p->view == VIEW_FREE ? &p->lfree : &p->lmine;
}

static const char *
booking_state(const char *state)
{
	if (strcmp(state, "reservee") == 0)
		return _("booked, not checked in");
	if (strcmp(state, "occupee") == 0)
		return _("checked in");
	if (strcmp(state, "annulee") == 0)
		return _("cancelled");
	if (strcmp(state, "liberee") == 0)
		return _("released (no check-in)");
	return state;
}

/* Row i of the list shown (the lists' draw_row). */
static void
draw_list_row(void *self, WINDOW *w, int y, int x0, int cols, size_t i,
              bool sel)
{
	struct dpane *p = self;
	struct ui_list *l = cur_list(p);
	attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	char buf[512], label[FLOORPLAN_LABEL_MAX];
	int x;

	ui_paint_fill(w, y, x0, cols, a);
	ui_paint_put(w, y, x0, 1, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", a, 0);
	if (p->view == VIEW_FREE) {
		const struct desk_view *d = &p->free.items[i];
		const struct floor_info *fi = floor_info_of(p, d->floor);
		int fw = cols >= 100 ? 40 : 26;
		safe_label(d->label, label);
		snprintf(buf, sizeof buf, "%d %s", d->floor, fi ? nz(fi->name) : "");
		ui_list_put(l, w, y, x0 + 2, fw - 1, buf, a, 0);
		x = x0 + 2 + fw;
		ui_paint_put(w, y, x, 1, status_glyph(DESK_FREE),
		             sel ? a : status_attr(DESK_FREE), 0);
		ui_list_put(l, w, y, x + 1, 7, label, a | A_BOLD, 0);
		x += 9;
		attrs_text(d->attrs, buf, sizeof buf);
		ui_list_put(l, w, y, x, x0 + cols - x, buf, a, 0);
	} else {
		const struct booking *b = &p->mine.items[i];
		const struct floor_info *fi = floor_info_of(p, b->floor);
		int dw = MINE_DAY_W, sw = MINE_SLOT_W, kw = MINE_DESK_W;
		int stw = MINE_STATE_W;
		day_long(b->day, buf, sizeof buf);
		ui_list_put(l, w, y, x0 + 2, dw - 1, buf, a, 0);
		x = x0 + 2 + dw;
		ui_list_put(l, w, y, x, sw - 1, desks_slot_label(b->slot), a, 0);
		x += sw;
		safe_label(b->label, label);
		snprintf(buf, sizeof buf, "%d/%s", b->floor, label);
		ui_list_put(l, w, y, x, kw - 1, buf, a | A_BOLD, 0);
		x += kw;
		ui_list_put(l, w, y, x, stw - 1, booking_state(b->state),
		            sel ? a : strcmp(b->state, "reservee") == 0 ||
		                      strcmp(b->state, "occupee") == 0
		                      ? ui_theme_attr(UI_MARK)
		                      : ui_theme_attr(UI_DIM), 0);
		x += stw;
		if (fi && x < x0 + cols - 8)
			ui_list_put(l, w, y, x, x0 + cols - x, nz(fi->name),
			            sel ? a : ui_theme_attr(UI_DIM), 0);
	}
}

/* What / finds in row i: what the row shows, in words (held in p->lf
 * until the next call). */
static size_t
list_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	struct dpane *p = self;
	char label[FLOORPLAN_LABEL_MAX];
	size_t n = 0;

	if (max < 5)
		return 0;
	if (p->view == VIEW_FREE) {
		const struct desk_view *d = &p->free.items[i];
		const struct floor_info *fi = floor_info_of(p, d->floor);
		safe_label(d->label, label);
		snprintf(p->lf[0], sizeof p->lf[0], "%s", label);
		texts[n] = p->lf[0];
		names[n++] = N_("the desk");
		snprintf(p->lf[1], sizeof p->lf[1], "%d %s", d->floor,
		         fi ? nz(fi->name) : "");
		texts[n] = p->lf[1];
		names[n++] = N_("the floor");
		attrs_text(d->attrs, p->lf[2], sizeof p->lf[2]);
		texts[n] = p->lf[2];
		names[n++] = N_("the equipment");
	} else {
		const struct booking *b = &p->mine.items[i];
		const struct floor_info *fi = floor_info_of(p, b->floor);
		day_long(b->day, p->lf[0], sizeof p->lf[0]);
		texts[n] = p->lf[0];
		names[n++] = N_("the day");
		texts[n] = desks_slot_label(b->slot);
		names[n++] = N_("the half-day");
		safe_label(b->label, label);
		snprintf(p->lf[1], sizeof p->lf[1], "%d/%s", b->floor, label);
		texts[n] = p->lf[1];
		names[n++] = N_("the desk");
		texts[n] = booking_state(b->state);
		names[n++] = N_("the state");
		snprintf(p->lf[2], sizeof p->lf[2], "%s", fi ? nz(fi->name) : "");
		texts[n] = p->lf[2];
		names[n++] = N_("the floor");
	}
	return n;
}

static unsigned show_on_map(struct dpane *p, int number, const char *label,
                            const char *day, enum slot slot, bool today);

/* Enter, or a click on the selected row: that desk on the map. */
static unsigned
list_open(void *self, size_t i)
{
	struct dpane *p = self;

	if (p->view == VIEW_FREE) {
		const struct desk_view *d = &p->free.items[i];
		return show_on_map(p, d->floor, d->label, p->free_day,
		                   p->free_slot, true);
	} else {
		const struct booking *b = &p->mine.items[i];
		return show_on_map(p, b->floor, b->label, b->day, b->slot,
		                   false);
	}
}

static const struct ui_list_ops list_ops = {
	draw_list_row, list_fields, list_open, NULL
};

/* The last line: how many rows are below, or the keys. */
static void
draw_list_foot(struct dpane *p)
{
	WINDOW *w = p->w_full;
	const struct ui_listnav *nav = &cur_list(p)->nav;
	size_t n = nav->count;
	size_t below = ui_listnav_below(nav);
	char buf[512];

	ui_paint_fill(w, p->lines - 1, 0, p->cols, A_NORMAL);
	if (below > 0) {
		char count[64];
		snprintf(count, sizeof count, P_("%zu more", "%zu more", below),
		         below);
		snprintf(buf, sizeof buf, "%s %s %s",
		         ui_theme_glyph(UI_G_MORE_DOWN),
		         ui_theme_glyph(UI_G_ELLIPSIS), count);
		ui_paint_put(w, p->lines - 1, 1, p->cols / 2, buf,
		             ui_theme_attr(UI_DIM), 0);
	} else if (n > 0) {
		/* the keys from the keymap of the list: the keys that work */
		static const struct ui_hint mine[] = {
			{ UI_ACT_DELETE, UI_ACT_NONE, N_("cancel") },
			{ UI_ACT_CONFIRM, UI_ACT_NONE, N_("check in") },
			{ UI_ACT_OPEN, UI_ACT_NONE, N_("on the map") },
		};
		char keys[256];
		if (p->view == VIEW_MINE)
			ui_keymap_hints(UI_VIEW_DESK_MINE, mine, 3, keys,
			                sizeof keys);
		else
			ui_keymap_hints(UI_VIEW_DESK_FREE, &mine[2], 1, keys,
			                sizeof keys);
		ui_paint_put(w, p->lines - 1, 1, p->cols - 2, keys,
		             ui_theme_attr(UI_DIM), 0);
	}
}

static void
draw_list(struct dpane *p, bool full)
{
	WINDOW *w = p->w_full;
	struct ui_list *l = cur_list(p);
	attr_t h = ui_theme_attr(UI_HEADING);
	size_t n = l->nav.count;
	char buf[512], day[128];

	if (!full && !l->d_all) {
		if (ui_list_draw(l, false)) {
			draw_list_foot(p);
			wnoutrefresh(w);
		}
		return;
	}
	werase(w);
	ui_paint_fill(w, 0, 0, p->cols, h);
	if (p->view == VIEW_FREE) {
		day_long(p->free_day, day, sizeof day);
		snprintf(buf, sizeof buf,
		         P_("Free now, %s, %s: %zu desk",
		            "Free now, %s, %s: %zu desks", n),
		         day, desks_slot_label(p->free_slot), n);
	} else {
		snprintf(buf, sizeof buf, "%s", _("My bookings"));
	}
	ui_paint_put(w, 0, 1, p->cols - 22, buf, h, 0);
	{
		static const struct ui_hint back[] = {
			{ UI_ACT_QUIT, UI_ACT_NONE, N_("back") },
			{ UI_ACT_HELP, UI_ACT_NONE, N_("keys") },
		};
		char keys[128];
		ui_keymap_hints(UI_VIEW_NONE, back, 2, keys, sizeof keys);
		ui_paint_put(w, 0, p->cols - 21, 20, keys, h, UI_PUT_RIGHT);
	}
	if (n == 0) {
		ui_paint_put(w, 2, 2, p->cols - 4, p->view == VIEW_FREE
		             ? _("No desk is free now.")
		             : _("You have no booking (Enter on a free desk of the "
		                 "map books it)."), A_NORMAL, 0);
	} else if (p->view == VIEW_FREE) {
		int fw = p->cols >= 100 ? 40 : 26;
		ui_paint_put(w, 1, 2, fw - 1, _("Floor"), A_BOLD, 0);
		ui_paint_put(w, 1, 2 + fw, 8, _("Desk"), A_BOLD, 0);
		ui_paint_put(w, 1, 2 + fw + 9, p->cols - fw - 11, _("Equipment"),
		             A_BOLD, 0);
	} else {
		int x = 2;
		ui_paint_put(w, 1, x, MINE_DAY_W - 1, _("Day"), A_BOLD, 0);
		x += MINE_DAY_W;
		ui_paint_put(w, 1, x, MINE_SLOT_W - 1, _("Half-day"), A_BOLD, 0);
		x += MINE_SLOT_W;
		ui_paint_put(w, 1, x, MINE_DESK_W - 1, _("Desk"), A_BOLD, 0);
		x += MINE_DESK_W;
		ui_paint_put(w, 1, x, p->cols - x, _("State"), A_BOLD, 0);
	}
	if (n > 0)
		ui_list_draw(l, true);
	draw_list_foot(p);
	wnoutrefresh(w);
}

static unsigned
open_list(struct dpane *p, enum view v)
{
	p->view = v;
	if (v == VIEW_FREE)
		load_free(p);
	else
		load_mine(p);
	ui_list_set(cur_list(p), 0, 0);
	ui_list_dirty(cur_list(p));
	return UI_REDRAW;
}

static unsigned
back_to_map(struct dpane *p)
{
	p->view = VIEW_MAP;
	if (p->stale)
		load_view(p);
	p->d_all = true;
	return UI_REDRAW;
}

/* Enter in a list: the map of that desk's floor, day and half-day. */
static unsigned
show_on_map(struct dpane *p, int number, const char *label, const char *day,
            enum slot slot, bool today)
{
	p->view = VIEW_MAP;
	if (number != p->floor || !p->have_view) {
		p->floor = number;
		p->have_floor = true;
		p->oy = p->ox = 0;
	}
	snprintf(p->cur_label, sizeof p->cur_label, "%s", label);
	snprintf(p->day, sizeof p->day, "%s", day);
	p->slot = slot;
	p->day_set = !today;
	load_view(p);
	p->d_all = true;
	return UI_REDRAW;
}

static unsigned
start_cancel(struct dpane *p)
{
	const struct booking *b;
	char text[600], day[128], label[FLOORPLAN_LABEL_MAX];

	if (p->mine.count == 0 || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	b = &p->mine.items[p->lmine.nav.cur];
	p->dfloor = b->floor;
	snprintf(p->dlabel, sizeof p->dlabel, "%s", b->label);
	snprintf(p->dday, sizeof p->dday, "%s", b->day);
	p->dslot = b->slot;
	safe_label(b->label, label);
	day_long(b->day, day, sizeof day);
	snprintf(text, sizeof text, _("Cancel your booking of desk %s, floor %d, "
	                              "for %s, %s? The desk becomes free."),
	         label, b->floor, day, desks_slot_label(b->slot));
	ui_app_dialog(app_of(p),
	              ui_dialog_confirm(_("Cancel a booking"), text,
	                                _("Cancel the booking"), _("Keep it")),
	              deskmap_dialog_done, p, DLG_CANCEL);
	return UI_DONE;
}

static unsigned
check_in(struct dpane *p)
{
	const struct booking *b;
	char label[FLOORPLAN_LABEL_MAX];
	struct cs_error err;
	enum cs_status st;

	if (p->mine.count == 0 || !ui_app_may_write(app_of(p)))
		return UI_DONE;
	b = &p->mine.items[p->lmine.nav.cur];
	safe_label(b->label, label);
	cs_error_clear(&err);
	st = desks_checkin(p->ctx->db, p->ctx->id, &p->rules, b->floor, b->label,
	                   time(NULL), &err);
	if (!ui_app_result(app_of(p), st, &err))
		return UI_PAINT;
	ui_app_message(app_of(p), _("Welcome: your arrival at desk %s is "
	                            "recorded."), label);
	return UI_RELOAD;
}

static unsigned
list_key(struct dpane *p, const struct ui_key *k)
{
	struct ui_list *l = cur_list(p);
	int self = p->view == VIEW_FREE ? UI_ACT_FREE_NOW : UI_ACT_MINE;
	unsigned bits;

	if (k->action == UI_ACT_BACK || k->action == UI_ACT_QUIT ||
	    k->action == self)
		return back_to_map(p);
	if (k->action == UI_ACT_REFRESH)
		return UI_RELOAD;
	if (p->view == VIEW_MINE && k->action == UI_ACT_DELETE)
		return start_cancel(p);
	if (p->view == VIEW_MINE && k->action == UI_ACT_CONFIRM)
		return check_in(p);
	if (ui_app_key_char(k, ' '))
		return ui_list_act(l, UI_ACT_PAGE_DOWN);
	bits = ui_list_key(l, k);
	if (bits == UI_IGNORED &&
	    (k->kind == UI_KEY_CLICK || k->kind == UI_KEY_WHEEL))
		return UI_DONE;
	return bits;
}

/* ---- dialogs --------------------------------------------------------- */

static unsigned
deskmap_dialog_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct dpane *p = owner;
	size_t i = ui_dialog_choice_index(d);
	unsigned bits = UI_DONE;
	struct cs_error err;
	enum cs_status st;
	char msg[256], label[FLOORPLAN_LABEL_MAX];

	cs_error_clear(&err);
	safe_label(p->dlabel, label);
	switch ((enum dialog_tag)tag) {
	case DLG_BOOK:
	case DLG_NEAREST:
		if (ok)
			bits = book(p);
		break;
	case DLG_FLOOR:
		if (ok && i < p->floors.count)
			bits = change_floor(p,
			    p->floors.items[p->floors.count - 1 - i].number);
		break;
	case DLG_DATE:
		if (ok) {
			char today[12], day[12];
			enum slot now_slot;
			struct cs_error perr;
			today_of(p, today, &now_slot);
			if (when_parse_day(ui_dialog_text(d), today, day, &perr)
			    != CS_OK) {
				ui_app_error(app_of(p), "%s.", perr.message);
				break;
			}
			if (strcmp(day, today) == 0 && !ui_dialog_text(d)[0]) {
				p->day_set = false;
				load_view(p);
				p->d_all = true;
				bits = UI_REDRAW;
			} else {
				bits = set_day(p, day, p->slot);
			}
		}
		break;
	case DLG_CANCEL:
		if (ok) {
			st = desks_cancel(p->ctx->db, p->ctx->id, &p->rules, p->dfloor,
			                  p->dlabel, p->dday, p->dslot, time(NULL),
			                  &err);
			snprintf(msg, sizeof msg, _("Booking of desk %s cancelled."),
			         label);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_BLOCK:
		if (ok) {
			char *reason = text_sanitize(ui_dialog_text(d),
			                             TEXT_SINGLE_LINE);
			if (reason == NULL || reason[0] == '\0') {
				ui_app_error(app_of(p), "%s",
				             _("Say why the desk is blocked."));
				free(reason);
				break;
			}
			st = desks_block(p->ctx->db, p->ctx->id, p->dfloor, p->dlabel,
			                 reason, &err);
			free(reason);
			snprintf(msg, sizeof msg, _("Desk %s blocked."), label);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_UNBLOCK:
		if (ok) {
			st = desks_block(p->ctx->db, p->ctx->id, p->dfloor, p->dlabel,
			                 NULL, &err);
			snprintf(msg, sizeof msg, _("Desk %s unblocked."), label);
			bits = ui_app_write_done(app_of(p), st, &err, msg);
		}
		break;
	case DLG_PRESENCE:
		if (ok && i < 2) {
			bool shown = i == 0;
			st = desks_set_presence(p->ctx->db, p->ctx->id, shown, &err);
			bits = ui_app_write_done(app_of(p), st, &err, shown
			    ? _("Your name is shown on your desk to the other agents.")
			    : _("Your name is no longer shown: others see "
			        "\"booked\"."));
			if (bits & UI_RELOAD) {
				p->presence_known = true;
				p->presence_shown = shown;
			}
		}
		break;
	case DLG_INFO:
		break;
	}
	return bits | UI_REDRAW;
}

/* ---- keys ------------------------------------------------------------ */

static unsigned
click_map(struct dpane *p, const struct ui_key *k)
{
	int by, bx, y, x;

	if (!p->have_view || p->w_map == NULL)
		return UI_DONE;
	getbegyx(p->w_map, by, bx);
	y = k->y - by;
	x = k->x - bx;
	for (size_t i = 0; i < p->fv.desk_count; i++) {
		const struct desk_view *d = &p->fv.desks[i];
		int dy = p->cy + d->row - p->oy, dx = p->cx + d->col - p->ox;
		if (y == dy && x >= dx && x < dx + desk_width(d)) {
			if (i == p->cur)
				return enter_desk(p);
			return select_desk(p, i);
		}
	}
	return UI_DONE;
}

static unsigned
map_key(struct dpane *p, const struct ui_key *k)
{
	bool usable = p->rules_ok && p->have_view;

	if (k->action == UI_ACT_REFRESH)
		return UI_RELOAD;
	if (!p->rules_ok)
		return UI_IGNORED;
	if (k->action == UI_ACT_FREE_NOW)
		return open_list(p, VIEW_FREE);
	if (k->action == UI_ACT_MINE)
		return open_list(p, VIEW_MINE);
	if (k->action == UI_ACT_PRIVACY)
		return start_presence(p);
	if (!usable)
		return UI_IGNORED;
	switch (k->action) {
	case UI_ACT_LEFT:
		return move_dir(p, 0, -1);
	case UI_ACT_RIGHT:
		return move_dir(p, 0, 1);
	case UI_ACT_UP:
		return move_dir(p, -1, 0);
	case UI_ACT_DOWN:
		return move_dir(p, 1, 0);
	case UI_ACT_PAGE_UP:
		return step_floor(p, 1);
	case UI_ACT_PAGE_DOWN:
		return step_floor(p, -1);
	case UI_ACT_FILTER:
		return open_floor_list(p);
	case UI_ACT_NEXT_DAY:
		return step_day(p, 1);
	case UI_ACT_PREV_DAY:
		return step_day(p, -1);
	case UI_ACT_DATE:
		return open_date(p);
	case UI_ACT_HALF_DAY:
		return toggle_slot(p);
	case UI_ACT_OPEN:
		return enter_desk(p);
	case UI_ACT_BLOCK:
		return start_block(p);
	default:
		break;
	}
	if (k->kind == UI_KEY_CLICK)
		return click_map(p, k);
	return UI_IGNORED;
}

/* ---- the pane's table ------------------------------------------------ */

static void *
deskmap_init(const struct ui_ctx *ctx)
{
	struct dpane *p = calloc(1, sizeof *p);
	struct cs_error err;
	enum cs_status st;

	if (p == NULL)
		return NULL;
	p->ctx = ctx;
	ui_list_init(&p->lfree, &list_ops, p, ctx->app);
	ui_list_init(&p->lmine, &list_ops, p, ctx->app);
	snprintf(p->legend_keys, sizeof p->legend_keys, "%s %s %s %s %s",
	         status_glyph(DESK_FREE), status_glyph(DESK_BOOKED),
	         status_glyph(DESK_OCCUPIED), status_glyph(DESK_MINE),
	         status_glyph(DESK_BLOCKED));
	p->help_map[p->nhelp_map++] = (struct ui_keyhelp){
		p->legend_keys, N_("free, booked, occupied, booked by me, "
		                   "blocked") };
	cs_error_clear(&err);
	st = desks_rules_from_config(ctx->cfg, &p->rules, &err);
	p->rules_ok = st == CS_OK;
	if (!p->rules_ok) {
		ui_app_result(ctx->app, st, &err);
		return p;
	}
	/* the floors are read when the pane is first shown (reload) */
	return p;
}

static void
deskmap_free(void *self)
{
	struct dpane *p = self;

	free_windows(p);
	free_rows(p);
	if (p->have_view)
		desks_floor_view_free(&p->fv);
	desks_floors_free(&p->floors);
	desks_list_free(&p->free);
	desks_bookings_free(&p->mine);
	ui_list_free(&p->lfree);
	ui_list_free(&p->lmine);
	if (p->rules_ok)
		desks_rules_free(&p->rules);
	free(p);
}

static void
deskmap_resize(void *self, int top, int lines, int cols)
{
	struct dpane *p = self;

	p->top = top;
	p->lines = lines;
	p->cols = cols;
	layout(p);
	settle_scroll(p);
	p->d_all = true;
}

static void
deskmap_draw(void *self, bool full)
{
	struct dpane *p = self;

	if (p->w_full == NULL)
		return;
	if (p->view == VIEW_MAP) {
		draw_map_view(p, full);
	} else {
		draw_list(p, full);
	}
}

static unsigned
deskmap_key(void *self, const struct ui_key *k)
{
	struct dpane *p = self;

	if (p->w_full == NULL)
		return UI_IGNORED;
	if (p->view == VIEW_MAP)
		return map_key(p, k);
	return list_key(p, k);
}

static unsigned
deskmap_reload(void *self, bool changed)
{
	struct dpane *p = self;

	if (!p->rules_ok)
		return UI_DONE;
	if (changed && !load_floors(p))
		return UI_PAINT;
	switch (p->view) {
	case VIEW_MAP:
		load_view(p);
		return p->d_all ? UI_REDRAW : UI_PAINT;
	case VIEW_FREE:
		p->stale = true;
		load_free(p);
		return UI_REDRAW;
	case VIEW_MINE:
		p->stale = true;
		load_mine(p);
		return UI_REDRAW;
	}
	return UI_DONE;
}

static size_t
deskmap_help(void *self, const struct ui_keyhelp **keys)
{
	struct dpane *p = self;

	switch (p->view) {
	case VIEW_MAP:
		*keys = p->help_map;
		return p->nhelp_map;
	case VIEW_FREE:
	case VIEW_MINE:
		break;
	}
	return 0;
}

static int
deskmap_view(void *self)
{
	struct dpane *p = self;

	switch (p->view) {
	case VIEW_MAP:
		return UI_VIEW_DESK_MAP;
	case VIEW_FREE:
		return UI_VIEW_DESK_FREE;
	case VIEW_MINE:
		return UI_VIEW_DESK_MINE;
	}
	return UI_VIEW_NONE;
}

const struct ui_pane_class ui_deskmap_pane = {
	.label = N_("Desks"),
	.init = deskmap_init,
	.free = deskmap_free,
	.resize = deskmap_resize,
	.draw = deskmap_draw,
	.key = deskmap_key,
	.reload = deskmap_reload,
	.help = deskmap_help,
	.view = deskmap_view,
	.pending = NULL,
	.cursor = NULL,
	.clock_sensitive = true,
};
