/* report_sheet.c — the reports about ideas one by one: the idea sheet
 * (everything about one idea: texts, co-authors, categories, supports,
 * comments, every move with who, for whom and when, decisions and scores,
 * plans and evaluations) and the committee agenda (one block per idea "En
 * comité", or of a chosen stage or list, with empty boxes to write the
 * scores by hand). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "report_int.h"
#include "stage.h"
#include "when.h"
#include "workflow.h"

struct sheet_idea {
	int64_t id;
	char ref[32];
	char *title, *problem, *solution, *author, *direction, *service, *site;
	char *decision_note, *handed_to, *closing_reason, *study_conclusion, *withdrawal;
	char stage[24], created[24], stage_since[24];
	long long supports, comments;
	int impact, faisabilite;
};

static void sheet_idea_free(struct sheet_idea *r)
{
	free(r->title);
	free(r->problem);
	free(r->solution);
	free(r->author);
	free(r->direction);
	free(r->service);
	free(r->site);
	free(r->decision_note);
	free(r->handed_to);
	free(r->closing_reason);
	free(r->study_conclusion);
	free(r->withdrawal);
	memset(r, 0, sizeof *r);
}

#define IDEA_COLUMNS \
	"i.id, i.ref, i.title, i.problem, i.solution, a.name, i.direction, i.service, i.site," \
	" i.stage, i.created_at, i.stage_changed_at, i.supports, i.comments," \
	" coalesce(i.impact, 0), coalesce(i.faisabilite, 0), coalesce(i.decision_note, '')," \
	" coalesce(i.handed_to, ''), coalesce(i.closing_reason, '')," \
	" coalesce(i.study_conclusion, ''), coalesce(i.withdrawal_reason, '')"

static bool read_idea(sqlite3_stmt *st, struct sheet_idea *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, r->ref, sizeof r->ref);
	r->title = db_column_dup(st, 2);
	r->problem = db_column_dup(st, 3);
	r->solution = db_column_dup(st, 4);
	r->author = db_column_dup(st, 5);
	r->direction = db_column_dup(st, 6);
	r->service = db_column_dup(st, 7);
	r->site = db_column_dup(st, 8);
	db_column_copy(st, 9, r->stage, sizeof r->stage);
	db_column_copy(st, 10, r->created, sizeof r->created);
	db_column_copy(st, 11, r->stage_since, sizeof r->stage_since);
	r->supports = sqlite3_column_int64(st, 12);
	r->comments = sqlite3_column_int64(st, 13);
	r->impact = sqlite3_column_int(st, 14);
	r->faisabilite = sqlite3_column_int(st, 15);
	r->decision_note = db_column_dup(st, 16);
	r->handed_to = db_column_dup(st, 17);
	r->closing_reason = db_column_dup(st, 18);
	r->study_conclusion = db_column_dup(st, 19);
	r->withdrawal = db_column_dup(st, 20);
	return r->title && r->problem && r->solution && r->author && r->direction &&
	       r->service && r->site && r->decision_note && r->handed_to &&
	       r->closing_reason && r->study_conclusion && r->withdrawal;
}

static enum cs_status load_idea(struct cs_db *db, const char *ref, struct sheet_idea *r,
                                struct cs_error *err)
{
	static const char sql[] =
		"SELECT " IDEA_COLUMNS " FROM ideas i JOIN agents a ON a.id = i.author_id"
		" WHERE i.ref = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s = CS_OK;
	int step;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, ref);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && !read_idea(st, r))
		s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	db_stmt_done(st);
	if (s != CS_OK) {
		sheet_idea_free(r);
		return s;
	}
	if (step == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("idea %s does not exist"), ref);
	return step == SQLITE_ROW ? CS_OK : db_fail(db, step, _("reading the ideas"), err);
}

static const char *slug_label(const char *slug)
{
	enum cs_stage s;

	return slug != NULL && stage_from_slug(slug, &s) ? stage_label(s) : "?";
}

/* "a, b, c" of one text column of sql (?1 = the idea's id) into a new
 * string ("" when none); NULL with err set on failure. */
static char *joined(struct cs_db *db, const char *sql, int64_t id, struct cs_error *err)
{
	sqlite3_stmt *st = db_prepare(db, sql, err);
	char *out = strdup(""), *more;
	int step;

	if (st == NULL || out == NULL) {
		free(out);
		if (st != NULL)
			db_stmt_done(st);
		if (st != NULL)
			cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(st, 0);
		size_t n = strlen(out), m = v != NULL ? strlen(v) : 0;

		if ((more = realloc(out, n + m + 3)) == NULL) {
			free(out);
			db_stmt_done(st);
			cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			return NULL;
		}
		out = more;
		snprintf(out + n, m + 3, "%s%s", n ? ", " : "", v != NULL ? v : "");
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE) {
		free(out);
		db_fail(db, step, _("reading the ideas"), err);
		return NULL;
	}
	return out;
}

static void field_date(struct reportdoc *doc, const char *label, const char *iso)
{
	char day[11];

	when_local_day(when_parse_utc(iso), day);
	reportdoc_field_date(doc, label, day);
}

static void text_section(struct reportdoc *doc, const char *label, const char *text)
{
	if (text == NULL || text[0] == '\0')
		return;
	reportdoc_heading(doc, 2, label);
	reportdoc_paragraph(doc, text);
}

/* The idea's identity, people and texts: shared by the sheet and the agenda. */
static enum cs_status idea_head(struct cs_db *db, const struct sheet_idea *r,
                                struct reportdoc *doc, struct cs_error *err)
{
	static const char coauthors_sql[] =
		"SELECT a.name FROM idea_coauthors k JOIN agents a ON a.id = k.agent_id"
		" WHERE k.idea_id = ?1 ORDER BY a.name";
	static const char categories_sql[] =
		"SELECT category FROM idea_categories WHERE idea_id = ?1 ORDER BY category";
	char *coauthors, *categories;

	reportdoc_field_text(doc, _("Reference"), r->ref);
	reportdoc_field_text(doc, _("Stage"), slug_label(r->stage));
	reportdoc_field_text(doc, _("Author"), r->author);
	if ((coauthors = joined(db, coauthors_sql, r->id, err)) == NULL)
		return err->status;
	if (coauthors[0] != '\0')
		reportdoc_field_text(doc, _("Co-authors"), coauthors);
	free(coauthors);
	reportdoc_field_text(doc, _("Direction"), r->direction);
	if (r->service[0] != '\0')
		reportdoc_field_text(doc, _("Service"), r->service);
	if (r->site[0] != '\0')
		reportdoc_field_text(doc, _("Site"), r->site);
	field_date(doc, _("Deposited on"), r->created);
	if ((categories = joined(db, categories_sql, r->id, err)) == NULL)
		return err->status;
	if (categories[0] != '\0')
		reportdoc_field_text(doc, _("Categories"), categories);
	free(categories);
	reportdoc_field_int(doc, _("Supports"), r->supports);
	text_section(doc, _("Problem"), r->problem);
	text_section(doc, _("Solution"), r->solution);
	return CS_OK;
}

static enum cs_status supports_and_comments(struct cs_db *db, const struct sheet_idea *r,
                                            struct reportdoc *doc, struct cs_error *err)
{
	static const char supports_sql[] =
		"SELECT a.name, s.created_at FROM supports s JOIN agents a ON a.id = s.agent_id"
		" WHERE s.idea_id = ?1 ORDER BY s.created_at, a.name";
	static const char comments_sql[] =
		"SELECT c.created_at, a.name, w.name, c.agent_id <> c.written_by, c.body"
		" FROM comments c JOIN agents a ON a.id = c.agent_id"
		" JOIN agents w ON w.id = c.written_by WHERE c.idea_id = ?1 ORDER BY c.id";
	sqlite3_stmt *st;
	struct rd_table *t;
	size_t n = 0;
	int step;

	if ((st = db_prepare(db, supports_sql, err)) == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("Supports"));
	t = reportdoc_table(doc, "soutiens", NULL, 2);
	rd_table_column(t, 0, _("Agent"), RD_LEFT, 0);
	rd_table_column(t, 1, _("Date"), RD_LEFT, 10);
	sqlite3_bind_int64(st, 1, r->id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char day[11];

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 1)), day);
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 0));
		rd_cell_date(t, day);
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No support yet."));

	if ((st = db_prepare(db, comments_sql, err)) == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("Comments"));
	t = reportdoc_table(doc, "commentaires", NULL, 3);
	rd_table_column(t, 0, _("Date"), RD_LEFT, 10);
	rd_table_column(t, 1, _("Agent"), RD_LEFT, 18);
	rd_table_column(t, 2, _("Comment"), RD_LEFT, 0);
	sqlite3_bind_int64(st, 1, r->id);
	n = 0;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char day[11], who[600];

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 0)), day);
		if (sqlite3_column_int(st, 3))
			snprintf(who, sizeof who, _("%s (written by %s)"),
			         (const char *)sqlite3_column_text(st, 1),
			         (const char *)sqlite3_column_text(st, 2));
		else
			snprintf(who, sizeof who, "%s", (const char *)sqlite3_column_text(st, 1));
		rd_cell_date(t, day);
		rd_cell_text(t, who);
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 4));
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the ideas"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No comment yet."));
	return CS_OK;
}

static enum cs_status history(struct cs_db *db, const struct sheet_idea *r,
                              struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT t.at, t.from_stage, t.to_stage, a.name, coalesce(f.name, ''),"
		" trim(coalesce(t.note, '') || ' ' || coalesce(t.reason, '')),"
		" coalesce(t.impact, 0), coalesce(t.faisabilite, 0)"
		" FROM transitions t JOIN agents a ON a.id = t.actor_id"
		" LEFT JOIN agents f ON f.id = t.for_id WHERE t.idea_id = ?1 ORDER BY t.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	reportdoc_heading(doc, 1, _("History"));
	t = reportdoc_table(doc, "historique", NULL, 4);
	rd_table_column(t, 0, _("Date"), RD_LEFT, 10);
	rd_table_column(t, 1, _("Move"), RD_LEFT, 20);
	rd_table_column(t, 2, _("By"), RD_LEFT, 16);
	rd_table_column(t, 3, _("Note"), RD_LEFT, 0);
	sqlite3_bind_int64(st, 1, r->id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char note[9000], move[200], by[600], day[11];
		const char *text = (const char *)sqlite3_column_text(st, 5);
		const char *for_name = (const char *)sqlite3_column_text(st, 4);
		int impact = sqlite3_column_int(st, 6), feas = sqlite3_column_int(st, 7);

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 0)), day);
		rd_cell_date(t, day);
		snprintf(move, sizeof move, "%s → %s",
		         slug_label((const char *)sqlite3_column_text(st, 1)),
		         slug_label((const char *)sqlite3_column_text(st, 2)));
		rd_cell_text(t, move);
		if (for_name != NULL && for_name[0] != '\0')
			snprintf(by, sizeof by, _("%s for %s"),
			         (const char *)sqlite3_column_text(st, 3), for_name);
		else
			snprintf(by, sizeof by, "%s", (const char *)sqlite3_column_text(st, 3));
		rd_cell_text(t, by);
		if (impact > 0 || feas > 0)
			snprintf(note, sizeof note, _("%s (impact %d, feasibility %d)"),
			         text != NULL ? text : "", impact, feas);
		else
			snprintf(note, sizeof note, "%s", text != NULL ? text : "");
		rd_cell_text(t, note);
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the history"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("The idea has not moved yet."));
	return CS_OK;
}

static void decisions(const struct sheet_idea *r, struct reportdoc *doc)
{
	if (r->impact == 0 && r->decision_note[0] == '\0' && r->handed_to[0] == '\0' &&
	    r->closing_reason[0] == '\0' && r->study_conclusion[0] == '\0' &&
	    r->withdrawal[0] == '\0')
		return;
	reportdoc_heading(doc, 1, _("Decisions"));
	if (r->impact > 0) {
		reportdoc_field_int(doc, _("Impact"), r->impact);
		reportdoc_field_int(doc, _("Feasibility"), r->faisabilite);
	}
	if (r->decision_note[0] != '\0')
		reportdoc_field_text(doc, _("Committee's note"), r->decision_note);
	if (r->study_conclusion[0] != '\0')
		reportdoc_field_text(doc, _("Conclusion of the study"), r->study_conclusion);
	if (r->handed_to[0] != '\0')
		reportdoc_field_text(doc, _("Handed to"), r->handed_to);
	if (r->closing_reason[0] != '\0')
		reportdoc_field_text(doc, _("Reason for closing"), r->closing_reason);
	if (r->withdrawal[0] != '\0')
		reportdoc_field_text(doc, _("Reason for withdrawal"), r->withdrawal);
}

static enum cs_status plans(struct cs_db *db, const struct sheet_idea *r,
                            struct reportdoc *doc, struct cs_error *err)
{
	static const char accomp_sql[] =
		"SELECT level, accompanier, hours_per_week, coalesce(start_date, '')"
		" FROM accompaniments WHERE idea_id = ?1";
	static const char exp_sql[] =
		"SELECT sites, start_date, end_date FROM experiments WHERE idea_id = ?1";
	static const char ind_sql[] =
		"SELECT name, baseline, target FROM indicators WHERE idea_id = ?1 ORDER BY id";
	sqlite3_stmt *st;
	struct rd_table *t;
	bool any = false;
	size_t n = 0;
	int step;

	if ((st = db_prepare(db, accomp_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, r->id);
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		enum workflow_level level = WORKFLOW_ACCOMP_NONE;
		const char *start = (const char *)sqlite3_column_text(st, 3);

		reportdoc_heading(doc, 1, _("Plans"));
		any = true;
		workflow_level_from_slug((const char *)sqlite3_column_text(st, 0), &level);
		reportdoc_field_text(doc, _("Accompaniment"), workflow_level_label(level));
		if (sqlite3_column_bytes(st, 1) > 0)
			reportdoc_field_text(doc, _("Accompanied by"),
			                     (const char *)sqlite3_column_text(st, 1));
		reportdoc_field_decimal(doc, _("Hours per week"), sqlite3_column_double(st, 2), 1);
		if (start != NULL && start[0] != '\0')
			reportdoc_field_date(doc, _("From"), start);
	}
	db_stmt_done(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_fail(db, step, _("reading the plans"), err);
	if ((st = db_prepare(db, exp_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, r->id);
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (!any)
			reportdoc_heading(doc, 1, _("Plans"));
		any = true;
		reportdoc_field_text(doc, _("Experiment sites"), (const char *)sqlite3_column_text(st, 0));
		reportdoc_field_date(doc, _("Experiment starts"), (const char *)sqlite3_column_text(st, 1));
		reportdoc_field_date(doc, _("Experiment ends"), (const char *)sqlite3_column_text(st, 2));
	}
	db_stmt_done(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_fail(db, step, _("reading the plans"), err);
	if (!any)
		return CS_OK;
	if ((st = db_prepare(db, ind_sql, err)) == NULL)
		return err->status;
	t = reportdoc_table(doc, "indicateurs", _("Indicators"), 3);
	rd_table_column(t, 0, _("Indicator"), RD_LEFT, 0);
	rd_table_column(t, 1, _("Baseline"), RD_RIGHT, 10);
	rd_table_column(t, 2, _("Target"), RD_RIGHT, 10);
	sqlite3_bind_int64(st, 1, r->id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		for (int k = 0; k < 3; k++)
			rd_cell_text(t, (const char *)sqlite3_column_text(st, k));
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the plans"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No indicator."));
	return CS_OK;
}

static enum cs_status evaluations(struct cs_db *db, const struct sheet_idea *r,
                                  struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT v.date, a.name, v.recommendation, v.observations,"
		" coalesce((SELECT group_concat(x.name || ' : ' || ev.value, ' ; ')"
		"   FROM evaluation_values ev JOIN indicators x ON x.id = ev.indicator_id"
		"   WHERE ev.evaluation_id = v.id), '')"
		" FROM evaluations v JOIN agents a ON a.id = v.author_id"
		" WHERE v.idea_id = ?1 ORDER BY v.date, v.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t = NULL;
	int step;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, r->id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (t == NULL) {
			reportdoc_heading(doc, 1, _("Evaluations"));
			t = reportdoc_table(doc, "evaluations", NULL, 5);
			t->landscape = true;
			rd_table_column(t, 0, _("Date"), RD_LEFT, 10);
			rd_table_column(t, 1, _("By"), RD_LEFT, 14);
			rd_table_column(t, 2, _("Recommendation"), RD_LEFT, 14);
			rd_table_column(t, 3, _("Values"), RD_LEFT, 16);
			rd_table_column(t, 4, _("Observations"), RD_LEFT, 0);
		}
		rd_cell_date(t, (const char *)sqlite3_column_text(st, 0));
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 1));
		rd_cell_text(t, workflow_recommendation_label(
			(const char *)sqlite3_column_text(st, 2)));
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 4));
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 3));
	}
	db_stmt_done(st);
	return step == SQLITE_DONE ? CS_OK : db_fail(db, step, _("reading the evaluations"), err);
}

enum cs_status report_idea(struct cs_db *db, const struct report_ctx *rc,
                           struct reportdoc *doc, struct cs_error *err)
{
	struct sheet_idea r;
	enum cs_status s;

	if ((s = load_idea(db, rc->req->ref, &r, err)) != CS_OK)
		return s;
	reportdoc_heading(doc, 1, r.title);
	if ((s = idea_head(db, &r, doc, err)) == CS_OK &&
	    (s = supports_and_comments(db, &r, doc, err)) == CS_OK &&
	    (s = history(db, &r, doc, err)) == CS_OK) {
		decisions(&r, doc);
		if ((s = plans(db, &r, doc, err)) == CS_OK)
			s = evaluations(db, &r, doc, err);
	}
	sheet_idea_free(&r);
	return s;
}

/* ---- the committee agenda ---------------------------------------------- */

/* The notes written with the idea's moves, oldest first, as one paragraph
 * each ("30/11/2026, Sophie Animatrice : ..."). */
static enum cs_status notes(struct cs_db *db, const struct sheet_idea *r,
                            struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT t.at, a.name, t.note FROM transitions t JOIN agents a ON a.id = t.actor_id"
		" WHERE t.idea_id = ?1 AND length(t.note) > 0 ORDER BY t.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	bool any = false;
	int step;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, r->id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char when[40], line[9000];

		if (!any)
			reportdoc_heading(doc, 2, _("Facilitator's notes"));
		any = true;
		when_format_iso((const char *)sqlite3_column_text(st, 0), WHEN_DATE, when,
		                sizeof when);
		snprintf(line, sizeof line, "%s, %s : %s", when,
		         (const char *)sqlite3_column_text(st, 1),
		         (const char *)sqlite3_column_text(st, 2));
		reportdoc_paragraph(doc, line);
	}
	db_stmt_done(st);
	return step == SQLITE_DONE ? CS_OK : db_fail(db, step, _("reading the history"), err);
}

static enum cs_status agenda_block(struct cs_db *db, size_t number, const struct sheet_idea *r,
                                   struct reportdoc *doc, struct cs_error *err)
{
	char title[400];
	enum cs_status s;

	snprintf(title, sizeof title, "%zu. %s — %s", number, r->ref, r->title);
	reportdoc_heading(doc, 1, title);
	if ((s = idea_head(db, r, doc, err)) != CS_OK || (s = notes(db, r, doc, err)) != CS_OK)
		return s;
	reportdoc_box(doc, _("Impact (1 to 4)"), 2);
	reportdoc_box(doc, _("Feasibility (1 to 4)"), 2);
	reportdoc_box(doc, _("Decision and remarks"), 4);
	return CS_OK;
}

struct agenda {
	struct sheet_idea *rows;
	size_t count, cap;
};

static void agenda_free(struct agenda *a)
{
	for (size_t i = 0; i < a->count; i++)
		sheet_idea_free(&a->rows[i]);
	free(a->rows);
}

static enum cs_status agenda_ideas(struct cs_db *db, const struct report_ctx *rc,
                                   struct agenda *a, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " IDEA_COLUMNS " FROM ideas i JOIN agents a ON a.id = i.author_id"
		" WHERE i.stage = ?1 AND (?2 IS NULL OR i.direction = ?2)"
		" ORDER BY i.stage_changed_at, i.id";
	sqlite3_stmt *st;
	enum cs_status s = CS_OK;
	int step;

	for (size_t k = 0; k < rc->req->nrefs; k++) {
		if (!cs_grow(&a->rows, &a->cap, a->count, sizeof *a->rows))
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		if ((s = load_idea(db, rc->req->refs[k], &a->rows[a->count], err)) != CS_OK)
			return s;
		a->count++;
	}
	if (rc->req->nrefs > 0)
		return CS_OK;
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, rc->req->stage != NULL ? rc->req->stage : "comite");
	db_bind_text(st, 2, rc->req->direction);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&a->rows, &a->cap, a->count, sizeof *a->rows)) {
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			break;
		}
		if (!read_idea(st, &a->rows[a->count++])) {
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			break;
		}
	}
	db_stmt_done(st);
	if (s == CS_OK && step != SQLITE_DONE)
		s = db_fail(db, step, _("reading the ideas"), err);
	return s;
}

enum cs_status report_agenda(struct cs_db *db, const struct report_ctx *rc,
                             struct reportdoc *doc, struct cs_error *err)
{
	struct agenda a = { NULL, 0, 0 };
	struct rd_table *t;
	enum cs_status s;
	enum cs_stage stage = STAGE_COMITE;

	if (rc->req->nrefs > 0 && (rc->req->stage != NULL || rc->req->direction != NULL))
		return cs_error_set(err, CS_ERR_USAGE,
		                    _("the agenda takes either a list of ideas or filters"));
	if (rc->req->stage != NULL)
		stage_from_slug(rc->req->stage, &stage);
	if ((s = agenda_ideas(db, rc, &a, err)) != CS_OK) {
		agenda_free(&a);
		return s;
	}
	if (rc->req->nrefs == 0)
		reportdoc_field_text(doc, _("Stage"), stage_label(stage));
	if (rc->req->direction != NULL)
		reportdoc_field_text(doc, _("Direction"), rc->req->direction);
	reportdoc_heading(doc, 1, _("Ideas on the agenda"));
	t = reportdoc_table(doc, "ordre-du-jour", NULL, 5);
	rd_table_column(t, 0, _("No."), RD_RIGHT, 3);
	rd_table_column(t, 1, _("Reference"), RD_LEFT, 13);
	rd_table_column(t, 2, _("Title"), RD_LEFT, 0);
	rd_table_column(t, 3, _("Direction"), RD_LEFT, 20);
	rd_table_column(t, 4, _("Supports"), RD_RIGHT, 8);
	for (size_t i = 0; i < a.count; i++) {
		rd_cell_int(t, (long long)i + 1);
		rd_cell_text(t, a.rows[i].ref);
		rd_cell_text(t, a.rows[i].title);
		rd_cell_text(t, a.rows[i].direction);
		rd_cell_int(t, a.rows[i].supports);
	}
	if (a.count == 0)
		reportdoc_no_data(doc, _("No idea to put on the agenda."));
	for (size_t i = 0; i < a.count && s == CS_OK; i++) {
		reportdoc_page_break(doc);
		s = agenda_block(db, i + 1, &a.rows[i], doc, err);
	}
	agenda_free(&a);
	return s;
}
