/* report_ideas.c — the dashboard of the programme (ideas per stage and
 * direction at the end of the period, what happened in it, median time in
 * each stage, late experiments, deposits per month) and the committee
 * agenda. The idea sheet is in report_sheet.c. A stage "at the end of the
 * period" is the one the idea's last transition before it led to. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "report_int.h"
#include "stage.h"
#include "when.h"

/* The idea's stage at the end of the period (?1 = to_utc). */
#define STAGE_AT_END \
	"coalesce((SELECT t.to_stage FROM transitions t WHERE t.idea_id = i.id" \
	" AND t.at < ?1 ORDER BY t.id DESC LIMIT 1), 'deposee')"

static const char *slug_label(const char *slug)
{
	enum cs_stage s;

	return slug != NULL && stage_from_slug(slug, &s) ? stage_label(s) : "?";
}

static enum cs_status per_stage(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " STAGE_AT_END ", count(*) FROM ideas i"
		" WHERE i.created_at < ?1 AND (?2 IS NULL OR i.direction = ?2) GROUP BY 1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	long long counts[STAGE_COUNT] = { 0 }, total = 0;
	struct rd_table *t;
	struct rd_chart *c;
	char title[160], end[16];
	int step;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, rc->to_utc);
	db_bind_text(st, 2, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		enum cs_stage s;

		if (stage_from_slug((const char *)sqlite3_column_text(st, 0), &s))
			counts[s] = sqlite3_column_int64(st, 1);
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	when_day_text(rc->req->until, end, sizeof end);
	snprintf(title, sizeof title, _("Ideas per stage on %s"), end);
	reportdoc_heading(doc, 1, title);
	t = reportdoc_table(doc, "par-etape", NULL, 2);
	rd_table_column(t, 0, _("Stage"), RD_LEFT, 30);
	rd_table_column(t, 1, _("Ideas"), RD_RIGHT, 6);
	c = reportdoc_chart(doc, RD_BAR_CHART, _("Ideas per stage"), _("ideas"));
	for (int s = 0; s < STAGE_COUNT; s++) {
		rd_cell_text(t, stage_label((enum cs_stage)s));
		rd_cell_int(t, counts[s]);
		rd_chart_point(c, stage_short_label((enum cs_stage)s), (double)counts[s]);
		total += counts[s];
	}
	rd_cell_text(t, _("Total"));
	rd_cell_int(t, total);
	return CS_OK;
}

static enum cs_status per_direction(struct cs_db *db, const struct report_ctx *rc,
                                    struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT i.direction, count(*),"
		" sum(" STAGE_AT_END " IN ('deposee','contact','comite','etude','construction',"
		"   'experimentation'))"
		" FROM ideas i WHERE i.created_at < ?1 AND (?2 IS NULL OR i.direction = ?2)"
		" GROUP BY i.direction ORDER BY count(*) DESC, i.direction";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("Ideas per direction"));
	t = reportdoc_table(doc, "par-direction", NULL, 3);
	rd_table_column(t, 0, _("Direction"), RD_LEFT, 0);
	rd_table_column(t, 1, _("Ideas"), RD_RIGHT, 6);
	rd_table_column(t, 2, _("In progress"), RD_RIGHT, 8);
	db_bind_text(st, 1, rc->to_utc);
	db_bind_text(st, 2, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *d = (const char *)sqlite3_column_text(st, 0);

		rd_cell_text(t, d != NULL && d[0] ? d : _("(no direction)"));
		rd_cell_int(t, sqlite3_column_int64(st, 1));
		rd_cell_int(t, sqlite3_column_int64(st, 2));
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No idea."));
	return CS_OK;
}

static enum cs_status in_period(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	static const char counts_sql[] =
		"SELECT (SELECT count(*) FROM ideas i WHERE i.created_at >= ?1 AND i.created_at < ?2"
		"   AND (?3 IS NULL OR i.direction = ?3)),"
		" count(*), coalesce(sum(t.from_stage = 'comite'), 0),"
		" coalesce(sum(t.to_stage = 'retiree'), 0)"
		" FROM transitions t JOIN ideas i ON i.id = t.idea_id"
		" WHERE t.at >= ?1 AND t.at < ?2 AND (?3 IS NULL OR i.direction = ?3)";
	static const char decisions_sql[] =
		"SELECT t.at, i.ref, i.title, t.to_stage, t.impact, t.faisabilite"
		" FROM transitions t JOIN ideas i ON i.id = t.idea_id"
		" WHERE t.at >= ?1 AND t.at < ?2 AND t.from_stage = 'comite'"
		" AND (?3 IS NULL OR i.direction = ?3) ORDER BY t.at, t.id";
	sqlite3_stmt *st = db_prepare(db, counts_sql, err);
	struct rd_table *t;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("In the period"));
	db_bind_text(st, 1, rc->from_utc);
	db_bind_text(st, 2, rc->to_utc);
	db_bind_text(st, 3, rc->req->direction);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		reportdoc_field_int(doc, _("New ideas"), sqlite3_column_int64(st, 0));
		reportdoc_field_int(doc, _("Moves between stages"), sqlite3_column_int64(st, 1));
		reportdoc_field_int(doc, _("Committee decisions"), sqlite3_column_int64(st, 2));
		reportdoc_field_int(doc, _("Withdrawals"), sqlite3_column_int64(st, 3));
	}
	db_stmt_done(st);
	if (step != SQLITE_ROW)
		return db_fail(db, step, _("reading the ideas"), err);

	if ((st = db_prepare(db, decisions_sql, err)) == NULL)
		return err->status;
	reportdoc_heading(doc, 2, _("Committee decisions"));
	t = reportdoc_table(doc, "decisions", NULL, 6);
	rd_table_column(t, 0, _("Date"), RD_LEFT, 10);
	rd_table_column(t, 1, _("Reference"), RD_LEFT, 13);
	rd_table_column(t, 2, _("Title"), RD_LEFT, 0);
	rd_table_column(t, 3, _("Decision"), RD_LEFT, 16);
	rd_table_column(t, 4, _("Impact"), RD_RIGHT, 6);
	rd_table_column(t, 5, _("Feasibility"), RD_RIGHT, 6);
	db_bind_text(st, 1, rc->from_utc);
	db_bind_text(st, 2, rc->to_utc);
	db_bind_text(st, 3, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char day[11];

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 0)), day);
		rd_cell_date(t, day);
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 1));
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 2));
		rd_cell_text(t, slug_label((const char *)sqlite3_column_text(st, 3)));
		for (int k = 4; k <= 5; k++) {
			if (sqlite3_column_type(st, k) == SQLITE_NULL)
				rd_cell_empty(t);
			else
				rd_cell_int(t, sqlite3_column_int64(st, k));
		}
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No committee decision in this period."));
	return CS_OK;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median time (days) of the stays in each stage that ended before the
 * end of the period: a stay starts when the idea enters the stage (or is
 * deposited) and ends with the next move. */
static enum cs_status median_stays(struct cs_db *db, const struct report_ctx *rc,
                                   struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT from_stage, days FROM (SELECT t.from_stage, t.at,"
		"  julianday(t.at) - julianday(coalesce(lag(t.at) OVER"
		"   (PARTITION BY t.idea_id ORDER BY t.id), i.created_at)) AS days"
		"  FROM transitions t JOIN ideas i ON i.id = t.idea_id"
		"  WHERE ?2 IS NULL OR i.direction = ?2)"
		" WHERE at < ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	double *days[STAGE_COUNT] = { NULL };
	size_t count[STAGE_COUNT] = { 0 }, cap[STAGE_COUNT] = { 0 };
	struct rd_table *t;
	enum cs_status res = CS_OK;
	char title[160], end[16];
	int step;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, rc->to_utc);
	db_bind_text(st, 2, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		enum cs_stage s;

		if (!stage_from_slug((const char *)sqlite3_column_text(st, 0), &s))
			continue;
		if (!cs_grow(&days[s], &cap[s], count[s], sizeof *days[s])) {
			res = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			break;
		}
		days[s][count[s]++] = sqlite3_column_double(st, 1);
	}
	db_stmt_done(st);
	if (res == CS_OK && step != SQLITE_DONE)
		res = db_fail(db, step, _("reading the history"), err);
	if (res == CS_OK) {
		when_day_text(rc->req->until, end, sizeof end);
		snprintf(title, sizeof title, _("Median time in each stage (stays ended by %s)"),
		         end);
		reportdoc_heading(doc, 1, title);
		t = reportdoc_table(doc, "duree-par-etape", NULL, 3);
		rd_table_column(t, 0, _("Stage"), RD_LEFT, 30);
		rd_table_column(t, 1, _("Stays"), RD_RIGHT, 7);
		rd_table_column(t, 2, _("Median (days)"), RD_RIGHT, 14);
		for (int s = 0; s < STAGE_COUNT; s++) {
			double median;

			if (stage_is_closed((enum cs_stage)s))
				continue;
			rd_cell_text(t, stage_label((enum cs_stage)s));
			rd_cell_int(t, (long long)count[s]);
			if (count[s] == 0) {
				rd_cell_empty(t);
				continue;
			}
			qsort(days[s], count[s], sizeof *days[s], cmp_double);
			median = count[s] % 2 ? days[s][count[s] / 2]
			                      : (days[s][count[s] / 2 - 1] + days[s][count[s] / 2]) / 2;
			rd_cell_decimal(t, median, 1);
		}
	}
	for (int s = 0; s < STAGE_COUNT; s++)
		free(days[s]);
	return res;
}

static enum cs_status late_experiments(struct cs_db *db, const struct report_ctx *rc,
                                       struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT i.ref, i.title, e.end_date FROM ideas i JOIN experiments e ON e.idea_id = i.id"
		" WHERE i.stage = 'experimentation' AND e.end_date < ?1"
		" AND (?2 IS NULL OR i.direction = ?2)"
		" AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.idea_id = i.id"
		"   AND v.date >= e.end_date)"
		" ORDER BY e.end_date, i.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("Late experiments (ended, not evaluated since)"));
	t = reportdoc_table(doc, "experimentations-en-retard", NULL, 4);
	rd_table_column(t, 0, _("Reference"), RD_LEFT, 13);
	rd_table_column(t, 1, _("Title"), RD_LEFT, 0);
	rd_table_column(t, 2, _("Planned end"), RD_LEFT, 10);
	rd_table_column(t, 3, _("Days late"), RD_RIGHT, 8);
	db_bind_text(st, 1, rc->req->until);
	db_bind_text(st, 2, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *end = (const char *)sqlite3_column_text(st, 2);

		rd_cell_text(t, (const char *)sqlite3_column_text(st, 0));
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 1));
		rd_cell_date(t, end);
		rd_cell_int(t, when_day_number(rc->req->until) - when_day_number(end));
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No experiment is late."));
	return CS_OK;
}

/* Deposits of the twelve months that end with the period's. */
static enum cs_status monthly_deposits(struct cs_db *db, const struct report_ctx *rc,
                                       struct reportdoc *doc, struct cs_error *err)
{
	static const char *const months[12] = {
		N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
		N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")
	};
	static const char sql[] =
		"SELECT created_at FROM ideas i WHERE i.created_at >= ?1 AND i.created_at < ?2"
		" AND (?3 IS NULL OR i.direction = ?3)";
	sqlite3_stmt *st;
	long long per_month[12] = { 0 };
	int y, m, d, first_y, first_m, step;
	char first_day[16], from[24];
	struct rd_chart *c;

	when_civil_from_days(when_day_number(rc->req->until), &y, &m, &d);
	first_y = m == 12 ? y : y - 1;
	first_m = m == 12 ? 1 : m + 1;
	snprintf(first_day, sizeof first_day, "%04d-%02d-01", first_y % 10000, first_m % 100);
	if (!report_day_utc(first_day, 0, from))
		return cs_error_set(err, CS_ERR_DATA, _("the period is not valid"));
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, from);
	db_bind_text(st, 2, rc->to_utc);
	db_bind_text(st, 3, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char day[11];
		int cy, cm, cd, k;

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 0)), day);
		when_civil_from_days(when_day_number(day), &cy, &cm, &cd);
		k = (cy - first_y) * 12 + (cm - first_m);
		if (k >= 0 && k < 12)
			per_month[k]++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	c = reportdoc_chart(doc, RD_LINE_CHART, _("Ideas deposited per month"), _("ideas"));
	for (int k = 0; k < 12; k++) {
		char label[32];
		int mm = (first_m - 1 + k) % 12, yy = first_y + (first_m - 1 + k) / 12;

		snprintf(label, sizeof label, "%s %02d", _(months[mm]), yy % 100);
		rd_chart_point(c, label, (double)per_month[k]);
	}
	return CS_OK;
}

enum cs_status report_dashboard(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	enum cs_status s;

	if (rc->req->direction != NULL)
		reportdoc_field_text(doc, _("Direction"), rc->req->direction);
	if ((s = per_stage(db, rc, doc, err)) != CS_OK ||
	    (s = per_direction(db, rc, doc, err)) != CS_OK ||
	    (s = in_period(db, rc, doc, err)) != CS_OK ||
	    (s = median_stays(db, rc, doc, err)) != CS_OK ||
	    (s = late_experiments(db, rc, doc, err)) != CS_OK)
		return s;
	reportdoc_heading(doc, 1, _("Deposits"));
	return monthly_deposits(db, rc, doc, err);
}
