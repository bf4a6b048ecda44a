/* workflow.c — the transition table of the démarche and everything a move
 * records: committee decisions and scores, hand-offs, reasons, study
 * conclusions, accompaniment and experiment plans, evaluations, the history
 * of transitions, the kanban's columns and "quoi de neuf". */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "grow.h"
#include "i18n.h"
#include "ideas_sql.h"
#include "text.h"
#include "when.h"
#include "workflow.h"

/* ---- the table ------------------------------------------------------- */

#define RULE(f, t, w, g) { STAGE_##f, STAGE_##t, WORKFLOW_MOVER_##w, g }

static const struct workflow_transition_rule rules[] = {
	RULE(DEPOSEE, CONTACT, FACILITATOR, WORKFLOW_GUARD_NONE),
	RULE(CONTACT, COMITE, FACILITATOR, WORKFLOW_GUARD_TEXTS),
	RULE(COMITE, ETUDE, COMMITTEE, WORKFLOW_GUARD_SCORES),
	RULE(COMITE, CONSTRUCTION, COMMITTEE, WORKFLOW_GUARD_SCORES),
	RULE(COMITE, EXPERIMENTATION, COMMITTEE, WORKFLOW_GUARD_SCORES),
	RULE(COMITE, TRANSMISE, COMMITTEE, WORKFLOW_GUARD_DIRECTION),
	RULE(COMITE, NON_RETENUE, COMMITTEE, WORKFLOW_GUARD_REASON),
	RULE(ETUDE, COMITE, FACILITATOR, WORKFLOW_GUARD_CONCLUSION),
	RULE(ETUDE, NON_RETENUE, COMMITTEE, WORKFLOW_GUARD_REASON),
	RULE(CONSTRUCTION, EXPERIMENTATION, FACILITATOR, WORKFLOW_GUARD_PLANS),
	RULE(EXPERIMENTATION, GENERALISEE, COMMITTEE, WORKFLOW_GUARD_EVALUATION),
	RULE(EXPERIMENTATION, ARRETEE, COMMITTEE,
	     WORKFLOW_GUARD_EVALUATION | WORKFLOW_GUARD_REASON),
	RULE(DEPOSEE, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
	RULE(CONTACT, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
	RULE(COMITE, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
	RULE(ETUDE, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
	RULE(CONSTRUCTION, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
	RULE(EXPERIMENTATION, RETIREE, AUTHOR_OR_FACILITATOR, WORKFLOW_GUARD_OPTIONAL_NOTE),
};

/* The main line, in kanban order. */
static const enum cs_stage main_line[] = {
	STAGE_DEPOSEE, STAGE_CONTACT, STAGE_COMITE, STAGE_ETUDE,
	STAGE_CONSTRUCTION, STAGE_EXPERIMENTATION, STAGE_GENERALISEE
};
#define MAIN_LINE_LEN (sizeof main_line / sizeof main_line[0])

const struct workflow_transition_rule *workflow_rules(size_t *count)
{
	*count = sizeof rules / sizeof rules[0];
	return rules;
}

const struct workflow_transition_rule *workflow_rule(enum cs_stage from, enum cs_stage to)
{
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (rules[i].from == from && rules[i].to == to)
			return &rules[i];
	return NULL;
}

size_t workflow_targets(enum cs_stage from, enum cs_stage out[STAGE_COUNT])
{
	size_t n = 0;

	for (size_t i = 0; i < sizeof rules / sizeof rules[0] && n < STAGE_COUNT; i++)
		if (rules[i].from == from)
			out[n++] = rules[i].to;
	return n;
}

static int main_index(enum cs_stage s)
{
	for (size_t i = 0; i < MAIN_LINE_LEN; i++)
		if (main_line[i] == s)
			return (int)i;
	return -1;
}

bool workflow_next(enum cs_stage from, enum cs_stage *to)
{
	int i = main_index(from);

	if (i < 0 || (size_t)i + 1 >= MAIN_LINE_LEN || !workflow_rule(from, main_line[i + 1]))
		return false;
	*to = main_line[i + 1];
	return true;
}

bool workflow_previous(enum cs_stage from, enum cs_stage *to)
{
	int i = main_index(from);

	if (i <= 0 || !workflow_rule(from, main_line[i - 1]))
		return false;
	*to = main_line[i - 1];
	return true;
}

static const char *mover_text(enum workflow_mover m)
{
	switch (m) {
	case WORKFLOW_MOVER_FACILITATOR: return _("a facilitator");
	case WORKFLOW_MOVER_COMMITTEE: return _("the committee");
	case WORKFLOW_MOVER_AUTHOR_OR_FACILITATOR: return _("the author or a facilitator");
	}
	return "?";
}

/* ---- levels and small checks ----------------------------------------- */

static const struct { const char *slug, *label; } levels[] = {
	[WORKFLOW_ACCOMP_NONE] = { "aucun", N_("no accompaniment") },
	[WORKFLOW_ACCOMP_INTERNAL] = { "interne", N_("internal accompaniment") },
	[WORKFLOW_ACCOMP_EXTERNAL] = { "externe", N_("external accompaniment") },
};

const char *workflow_level_slug(enum workflow_level l)
{
	return (unsigned)l <= WORKFLOW_ACCOMP_EXTERNAL ? levels[l].slug : "?";
}

const char *workflow_level_label(enum workflow_level l)
{
	return (unsigned)l <= WORKFLOW_ACCOMP_EXTERNAL ? _(levels[l].label) : "?";
}

bool workflow_level_from_slug(const char *s, enum workflow_level *out)
{
	for (int i = 0; i <= WORKFLOW_ACCOMP_EXTERNAL; i++) {
		if (strcmp(s, levels[i].slug) == 0) {
			*out = (enum workflow_level)i;
			return true;
		}
	}
	return false;
}

/* A real calendar date written YYYY-MM-DD. */
static bool valid_date(const char *s)
{
	struct tm tm;
	int y, m, d;
	char tail;

	if (s == NULL || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return false;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	if (timegm(&tm) == (time_t)-1)
		return false;
	return tm.tm_year == y - 1900 && tm.tm_mon == m - 1 && tm.tm_mday == d && y >= 2000;
}

/* Sanitises into *out and checks length; required fields may not be blank. */
static enum cs_status clean(const char *in, unsigned flags, size_t max, bool required,
                            const char *label, char **out, struct cs_error *err)
{
	size_t n;

	*out = NULL;
	if (in == NULL) {
		if (required)
			return cs_error_set(err, CS_ERR_DATA, _("%s is required"), label);
		return CS_OK;
	}
	*out = text_sanitize(in, flags);
	if (*out == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	n = text_length(*out);
	if (required && n == 0)
		return cs_error_set(err, CS_ERR_DATA, _("%s is required"), label);
	if (n > max)
		return cs_error_set(err, CS_ERR_DATA, _("%s is too long: %zu characters, at most %zu"),
		                    label, n, max);
	return CS_OK;
}

/* ---- the idea as the workflow sees it -------------------------------- */

struct idea_state {
	int64_t id, author_id, version;
	enum cs_stage stage;
	bool texts_written;
	char title[IDEA_TITLE_MAX * 4 + 1];
};

static enum cs_status load_state(struct cs_db *db, const char *ref,
                                 struct idea_state *s, struct cs_error *err)
{
	static const char sql[] =
		"SELECT id, author_id, version, stage,"
		" length(trim(problem)) > 0 AND length(trim(solution)) > 0, title"
		" FROM ideas WHERE ref = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, ref);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		s->id = sqlite3_column_int64(st, 0);
		s->author_id = sqlite3_column_int64(st, 1);
		s->version = sqlite3_column_int64(st, 2);
		if (!stage_from_slug((const char *)sqlite3_column_text(st, 3), &s->stage))
			s->stage = STAGE_DEPOSEE;
		s->texts_written = sqlite3_column_int(st, 4) != 0;
		db_column_copy(st, 5, s->title, sizeof s->title);
	}
	db_stmt_done(st);
	if (rc == SQLITE_ROW)
		return CS_OK;
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("idea %s does not exist"), ref);
	return db_fail(db, rc, _("reading the idea"), err);
}

static long long count_of(struct cs_db *db, const char *sql, int64_t idea,
                          struct cs_error *err, enum cs_status *status)
{
	sqlite3_stmt *st = db_prepare(db, sql, err);
	long long n = 0;
	int rc;

	*status = CS_OK;
	if (st == NULL) {
		*status = err->status;
		return 0;
	}
	sqlite3_bind_int64(st, 1, idea);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		*status = db_fail(db, rc, _("reading the idea"), err);
	db_stmt_done(st);
	return n;
}

/* The idea-side guards that are not met yet. */
static enum cs_status unmet_guards(struct cs_db *db, const struct idea_state *s,
                                   unsigned guards, unsigned *unmet,
                                   struct cs_error *err)
{
	static const char plans_sql[] =
		"SELECT (SELECT count(*) FROM accompaniments a WHERE a.idea_id = ?1"
		"   AND (a.level = 'aucun' OR length(trim(a.accompanier)) > 0))"
		" + (SELECT count(*) FROM experiments e WHERE e.idea_id = ?1"
		"   AND length(trim(e.sites)) > 0)"
		" + (SELECT count(*) > 0 FROM indicators x WHERE x.idea_id = ?1)";
	static const char eval_sql[] = "SELECT count(*) FROM evaluations WHERE idea_id = ?1";
	enum cs_status st = CS_OK;

	*unmet = guards & ~(unsigned)(WORKFLOW_GUARD_TEXTS | WORKFLOW_GUARD_PLANS
	                              | WORKFLOW_GUARD_EVALUATION);
	if ((guards & WORKFLOW_GUARD_TEXTS) && !s->texts_written)
		*unmet |= WORKFLOW_GUARD_TEXTS;
	if (guards & WORKFLOW_GUARD_PLANS) {
		if (count_of(db, plans_sql, s->id, err, &st) < 3)
			*unmet |= WORKFLOW_GUARD_PLANS;
		if (st != CS_OK)
			return st;
	}
	if (guards & WORKFLOW_GUARD_EVALUATION) {
		if (count_of(db, eval_sql, s->id, err, &st) == 0)
			*unmet |= WORKFLOW_GUARD_EVALUATION;
		if (st != CS_OK)
			return st;
	}
	return CS_OK;
}

static enum cs_status check_role(struct cs_db *db, const struct cs_identity *id,
                                 const struct idea_state *s,
                                 const struct workflow_transition_rule *r, struct cs_error *err)
{
	bool ok = false;

	(void)db;
	switch (r->who) {
	case WORKFLOW_MOVER_FACILITATOR:
		ok = identity_has_role(id, ROLE_FACILITATOR);
		break;
	case WORKFLOW_MOVER_COMMITTEE:
		ok = identity_has_role(id, ROLE_COMMITTEE);
		break;
	case WORKFLOW_MOVER_AUTHOR_OR_FACILITATOR:
		ok = s->author_id == identity_effective_id(id)
		     || identity_has_role(id, ROLE_FACILITATOR);
		break;
	}
	if (ok)
		return CS_OK;
	return cs_error_set(err, CS_ERR_PERM,
	                    _("only %s may move an idea from \"%s\" to \"%s\""),
	                    mover_text(r->who), stage_label(r->from), stage_label(r->to));
}

static enum cs_status no_such_move(const struct idea_state *s, enum cs_stage to,
                                   const char *ref, struct cs_error *err)
{
	enum cs_stage targets[STAGE_COUNT];
	size_t n = workflow_targets(s->stage, targets), used = 0;
	char list[512] = "";

	if (s->stage == to)
		return cs_error_set(err, CS_ERR_DATA, _("idea %s is already at \"%s\""), ref,
		                    stage_label(to));
	for (size_t i = 0; i < n && used < sizeof list; i++) {
		int k = snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "",
		                 stage_label(targets[i]));
		if (k > 0)
			used += (size_t)k;
	}
	if (n == 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("idea %s is closed (%s): it no longer moves"), ref,
		                    stage_label(s->stage));
	return cs_error_set(err, CS_ERR_DATA,
	                    _("an idea does not go from \"%s\" to \"%s\"; from there it may go to: %s"),
	                    stage_label(s->stage), stage_label(to), list);
}

static enum cs_status explain_unmet(unsigned unmet, const char *ref, struct cs_error *err)
{
	if (unmet & WORKFLOW_GUARD_TEXTS)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the problem and the proposed solution of %s must be written "
		                      "before the committee"), ref);
	if (unmet & WORKFLOW_GUARD_PLANS)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s needs its plans first: accompaniment (level and "
		                      "accompanier) and experiment (sites, dates, at least one "
		                      "indicator)"), ref);
	if (unmet & WORKFLOW_GUARD_EVALUATION)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s needs at least one evaluation before the committee decides"),
		                    ref);
	return CS_OK;
}

/* ---- moving ------------------------------------------------------------ */

struct move_work {
	const struct cs_identity *id;
	const struct workflow_move_request *req;
	char *note, *reason, *direction;   /* sanitised */
};

static enum cs_status do_move(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char upd[] =
		"UPDATE ideas SET stage = ?1, stage_changed_at = ?2, updated_at = ?2,"
		" version = version + 1,"
		" impact = coalesce(?3, impact), faisabilite = coalesce(?4, faisabilite),"
		" decision_note = coalesce(?5, decision_note), handed_to = coalesce(?6, handed_to),"
		" closing_reason = coalesce(?7, closing_reason),"
		" study_conclusion = coalesce(?8, study_conclusion),"
		" withdrawal_reason = CASE WHEN ?1 = 'retiree' THEN ?9 ELSE withdrawal_reason END"
		" WHERE id = ?10 AND version = ?11";
	static const char ins[] =
		"INSERT INTO transitions(idea_id, from_stage, to_stage, at, actor_id, for_id,"
		" host, note, reason, direction, impact, faisabilite)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
	struct move_work *w = ctx;
	const struct workflow_move_request *r = w->req;
	const struct workflow_transition_rule *rule;
	struct idea_state s;
	unsigned unmet;
	sqlite3_stmt *st;
	char now[24], detail[160];
	enum cs_status status;
	bool scores, decision;

	if ((status = load_state(db, r->ref, &s, err)) != CS_OK)
		return status;
	rule = workflow_rule(s.stage, r->to);
	if (rule == NULL)
		return no_such_move(&s, r->to, r->ref, err);
	if ((status = check_role(db, w->id, &s, rule, err)) != CS_OK)
		return status;
	if (r->expected_version != 0 && r->expected_version != s.version)
		return cs_error_set(err, CS_ERR_CONFLICT,
		                    _("idea %s was changed by someone else meanwhile (version %lld, "
		                      "yours was %lld): reload it; nothing was moved"),
		                    r->ref, (long long)s.version, (long long)r->expected_version);
	if ((status = unmet_guards(db, &s, rule->guards, &unmet, err)) != CS_OK)
		return status;
	if ((status = explain_unmet(unmet, r->ref, err)) != CS_OK)
		return status;

	scores = rule->guards & WORKFLOW_GUARD_SCORES;
	if (scores && (r->impact < WORKFLOW_SCORE_MIN || r->impact > WORKFLOW_SCORE_MAX
	               || r->faisabilite < WORKFLOW_SCORE_MIN || r->faisabilite > WORKFLOW_SCORE_MAX))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("a committee decision needs the impact and faisabilité "
		                      "scores, each from 1 to 4"));
	if (scores && w->note == NULL)
		return cs_error_set(err, CS_ERR_DATA, _("a committee decision needs a decision note"));
	if ((rule->guards & WORKFLOW_GUARD_DIRECTION) && w->direction == NULL)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("handing an idea on needs the recipient direction"));
	if ((rule->guards & WORKFLOW_GUARD_REASON) && w->reason == NULL)
		return cs_error_set(err, CS_ERR_DATA, r->to == STAGE_ARRETEE
		                    ? _("stopping an experiment needs a reason")
		                    : _("not retaining an idea needs a reason"));
	if ((rule->guards & WORKFLOW_GUARD_CONCLUSION) && w->note == NULL)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("going back to the committee needs the study's conclusion"));
	if (!scores && (r->impact != 0 || r->faisabilite != 0))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("scores are given only with a committee decision out of "
		                      "\"%s\""), stage_label(STAGE_COMITE));
	decision = scores;

	db_now(now, sizeof now);
	if ((st = db_prepare(db, upd, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, stage_slug(r->to));
	db_bind_text(st, 2, now);
	if (decision) {
		sqlite3_bind_int(st, 3, r->impact);
		sqlite3_bind_int(st, 4, r->faisabilite);
		db_bind_text(st, 5, w->note);
	}
	db_bind_text(st, 6, (rule->guards & WORKFLOW_GUARD_DIRECTION) ? w->direction : NULL);
	db_bind_text(st, 7, (rule->guards & WORKFLOW_GUARD_REASON) ? w->reason : NULL);
	db_bind_text(st, 8, (rule->guards & WORKFLOW_GUARD_CONCLUSION) ? w->note : NULL);
	db_bind_text(st, 9, w->reason ? w->reason : w->note);
	sqlite3_bind_int64(st, 10, s.id);
	sqlite3_bind_int64(st, 11, s.version);
	if ((status = db_step_done(db, st, _("moving the idea"), err)) != CS_OK)
		return status;
	if (sqlite3_changes(db_handle(db)) != 1)
		return cs_error_set(err, CS_ERR_CONFLICT, _("idea %s changed while it was being moved"),
		                    r->ref);

	if ((st = db_prepare(db, ins, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, s.id);
	db_bind_text(st, 2, stage_slug(s.stage));
	db_bind_text(st, 3, stage_slug(r->to));
	db_bind_text(st, 4, now);
	sqlite3_bind_int64(st, 5, w->id->agent_id);
	if (w->id->for_agent_id)
		sqlite3_bind_int64(st, 6, w->id->for_agent_id);
	db_bind_text(st, 7, db_host(db));
	db_bind_text(st, 8, w->note);
	db_bind_text(st, 9, w->reason);
	db_bind_text(st, 10, w->direction);
	if (decision) {
		sqlite3_bind_int(st, 11, r->impact);
		sqlite3_bind_int(st, 12, r->faisabilite);
	}
	if ((status = db_step_done(db, st, _("recording the move"), err)) != CS_OK)
		return status;
	if (r->to == STAGE_RETIREE && w->reason != NULL)
		snprintf(detail, sizeof detail, "%.*s", (int)text_prefix_bytes(w->reason, 100),
		         w->reason);
	else
		snprintf(detail, sizeof detail, "%s → %s", stage_label(s.stage), stage_label(r->to));
	return audit_record(db, w->id, r->to == STAGE_RETIREE ? "idea.withdraw" : "idea.move",
	                    "idea", r->ref, detail, err);
}

enum cs_status workflow_move(struct cs_db *db, const struct cs_identity *id,
                             const struct workflow_move_request *req, struct cs_error *err)
{
	struct move_work w = { id, req, NULL, NULL, NULL };
	enum cs_status s;

	if ((unsigned)req->to >= STAGE_COUNT)
		return cs_error_set(err, CS_ERR_USAGE, _("unknown stage"));
	s = clean(req->note, TEXT_MULTI_LINE, WORKFLOW_NOTE_MAX, false, _("the note"), &w.note, err);
	if (s == CS_OK)
		s = clean(req->reason, TEXT_MULTI_LINE, WORKFLOW_NOTE_MAX, false, _("the reason"),
		          &w.reason, err);
	if (s == CS_OK)
		s = clean(req->direction, TEXT_SINGLE_LINE, 120, false, _("the direction"),
		          &w.direction, err);
	/* Blank texts count as not given. */
	if (w.note && !w.note[0]) { free(w.note); w.note = NULL; }
	if (w.reason && !w.reason[0]) { free(w.reason); w.reason = NULL; }
	if (w.direction && !w.direction[0]) { free(w.direction); w.direction = NULL; }
	if (s == CS_OK)
		s = db_write(db, do_move, &w, err);
	free(w.note);
	free(w.reason);
	free(w.direction);
	return s;
}

struct check_work {
	const struct cs_identity *id;
	const char *ref;
	enum cs_stage to;
	unsigned missing;
};

static enum cs_status do_check(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct check_work *w = ctx;
	const struct workflow_transition_rule *rule;
	struct idea_state s;
	enum cs_status status;

	if ((status = load_state(db, w->ref, &s, err)) != CS_OK)
		return status;
	rule = workflow_rule(s.stage, w->to);
	if (rule == NULL)
		return no_such_move(&s, w->to, w->ref, err);
	if ((status = check_role(db, w->id, &s, rule, err)) != CS_OK)
		return status;
	return unmet_guards(db, &s, rule->guards, &w->missing, err);
}

enum cs_status workflow_withdraw(struct cs_db *db, const struct cs_identity *id,
                                 const char *ref, const char *reason,
                                 struct cs_error *err)
{
	struct workflow_move_request req = { .ref = ref, .to = STAGE_RETIREE, .reason = reason };

	/* A withdrawal is a move like any other (the table says who may). */
	return workflow_move(db, id, &req, err);
}

enum cs_status workflow_check(struct cs_db *db, const struct cs_identity *id,
                              const char *ref, enum cs_stage to, unsigned *missing,
                              struct cs_error *err)
{
	struct check_work w = { id, ref, to, 0 };
	enum cs_status s = db_read(db, do_check, &w, err);

	*missing = w.missing;
	return s;
}

/* ---- plans ------------------------------------------------------------- */

struct plan_work {
	const struct cs_identity *id;
	const char *ref;
	const struct workflow_plan *p;
	char *accompanier, *sites;
	char **names, **baselines, **targets;
};

static enum cs_status do_plan(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char acc_sql[] =
		"INSERT INTO accompaniments(idea_id, level, accompanier, hours_per_week,"
		" start_date, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
		" ON CONFLICT(idea_id) DO UPDATE SET level = excluded.level,"
		" accompanier = excluded.accompanier, hours_per_week = excluded.hours_per_week,"
		" start_date = excluded.start_date, updated_at = excluded.updated_at";
	static const char exp_sql[] =
		"INSERT INTO experiments(idea_id, sites, start_date, end_date, updated_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5)"
		" ON CONFLICT(idea_id) DO UPDATE SET sites = excluded.sites,"
		" start_date = excluded.start_date, end_date = excluded.end_date,"
		" updated_at = excluded.updated_at";
	static const char ind_sql[] =
		"INSERT INTO indicators(idea_id, name, baseline, target) VALUES (?1, ?2, ?3, ?4)"
		" ON CONFLICT(idea_id, name) DO UPDATE SET baseline = excluded.baseline,"
		" target = excluded.target";
	static const char evaluated_sql[] =
		"SELECT x.name FROM indicators x WHERE x.idea_id = ?1"
		" AND EXISTS (SELECT 1 FROM evaluation_values v WHERE v.indicator_id = x.id)";
	static const char drop_sql[] = "DELETE FROM indicators WHERE idea_id = ?1 AND name = ?2";
	static const char names_sql[] = "SELECT name FROM indicators WHERE idea_id = ?1";
	struct plan_work *w = ctx;
	const struct workflow_plan *p = w->p;
	struct idea_state s;
	sqlite3_stmt *st;
	char now[24];
	enum cs_status status;
	int rc;

	if ((status = load_state(db, w->ref, &s, err)) != CS_OK)
		return status;
	if (!identity_has_role(w->id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM, _("only a facilitator may set an idea's plans"));
	if (s.stage != STAGE_COMITE && s.stage != STAGE_ETUDE && s.stage != STAGE_CONSTRUCTION
	    && s.stage != STAGE_EXPERIMENTATION)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("plans are made for ideas from \"%s\" to \"%s\"; %s is at \"%s\""),
		                    stage_label(STAGE_COMITE), stage_label(STAGE_EXPERIMENTATION),
		                    w->ref, stage_label(s.stage));
	db_now(now, sizeof now);
	if (p->has_accompaniment) {
		if ((st = db_prepare(db, acc_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, s.id);
		db_bind_text(st, 2, workflow_level_slug(p->level));
		db_bind_text(st, 3, w->accompanier ? w->accompanier : "");
		sqlite3_bind_double(st, 4, p->hours_per_week);
		db_bind_text(st, 5, p->accomp_start);
		db_bind_text(st, 6, now);
		if ((status = db_step_done(db, st, _("saving the plan"), err)) != CS_OK)
			return status;
	}
	if (p->has_experiment) {
		if ((st = db_prepare(db, exp_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, s.id);
		db_bind_text(st, 2, w->sites ? w->sites : "");
		db_bind_text(st, 3, p->start_date);
		db_bind_text(st, 4, p->end_date);
		db_bind_text(st, 5, now);
		if ((status = db_step_done(db, st, _("saving the plan"), err)) != CS_OK)
			return status;
	}
	if (p->indicator_count > 0) {
		/* Indicators already evaluated must stay. */
		if ((st = db_prepare(db, evaluated_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, s.id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(st, 0);
			bool kept = false;
			if (name == NULL) {
				db_stmt_done(st);
				return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			}
			for (size_t i = 0; i < p->indicator_count; i++)
				kept = kept || strcmp(w->names[i], name) == 0;
			if (!kept) {
				status = cs_error_set(err, CS_ERR_DATA,
				                      _("indicator \"%s\" already has evaluated values: it "
				                        "must stay in the plan"), name);
				db_stmt_done(st);
				return status;
			}
		}
		/* a read that failed half-way (busy, damaged) is not "none
		 * evaluated": the plan would drop evaluated indicators */
		if (rc != SQLITE_DONE) {
			status = db_fail(db, rc, _("saving the plan"), err);
			db_stmt_done(st);
			return status;
		}
		db_stmt_done(st);
		/* Remove the others that are not in the new list. */
		if ((st = db_prepare(db, names_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, s.id);
		{
			char *drop[64];
			size_t ndrop = 0;
			while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
				const char *name = (const char *)sqlite3_column_text(st, 0);
				bool kept = false;
				if (name == NULL) {
					status = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
					break;
				}
				for (size_t i = 0; i < p->indicator_count; i++)
					kept = kept || strcmp(w->names[i], name) == 0;
				if (kept)
					continue;
				/* an indicator left behind would stay in the plan */
				if (ndrop == sizeof drop / sizeof drop[0]) {
					status = cs_error_set(err, CS_ERR_INTERNAL,
					                      _("too many indicators to remove"));
					break;
				}
				if ((drop[ndrop] = strdup(name)) == NULL) {
					status = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
					break;
				}
				ndrop++;
			}
			if (status == CS_OK && rc != SQLITE_DONE)
				status = db_fail(db, rc, _("saving the plan"), err);
			db_stmt_done(st);
			for (size_t i = 0; i < ndrop; i++) {
				if (status == CS_OK && (st = db_prepare(db, drop_sql, err)) == NULL)
					status = err->status;   /* not a silent skip */
				else if (status == CS_OK) {
					sqlite3_bind_int64(st, 1, s.id);
					db_bind_text(st, 2, drop[i]);
					status = db_step_done(db, st, _("saving the plan"), err);
				}
				free(drop[i]);
			}
			if (status != CS_OK)
				return status;
		}
		for (size_t i = 0; i < p->indicator_count; i++) {
			if ((st = db_prepare(db, ind_sql, err)) == NULL)
				return err->status;
			sqlite3_bind_int64(st, 1, s.id);
			db_bind_text(st, 2, w->names[i]);
			db_bind_text(st, 3, w->baselines[i] ? w->baselines[i] : "");
			db_bind_text(st, 4, w->targets[i] ? w->targets[i] : "");
			if ((status = db_step_done(db, st, _("saving the plan"), err)) != CS_OK)
				return status;
		}
	}
	return audit_record(db, w->id, "idea.plan", "idea", w->ref,
	                    p->has_experiment && w->sites ? w->sites : "", err);
}

enum cs_status workflow_plan(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, const struct workflow_plan *p,
                             struct cs_error *err)
{
	struct plan_work w = { id, ref, p, NULL, NULL, NULL, NULL, NULL };
	enum cs_status s = CS_OK;
	size_t n = p->indicator_count;

	if (!p->has_accompaniment && !p->has_experiment && n == 0)
		return cs_error_set(err, CS_ERR_USAGE, _("nothing to plan"));
	if (p->has_accompaniment) {
		if ((unsigned)p->level > WORKFLOW_ACCOMP_EXTERNAL)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("the accompaniment level is aucun, interne or externe"));
		if (!(p->hours_per_week >= 0.0 && p->hours_per_week <= 40.0))
			return cs_error_set(err, CS_ERR_DATA,
			                    _("the agent time granted is from 0 to 40 hours a week"));
		if (p->accomp_start != NULL && !valid_date(p->accomp_start))
			return cs_error_set(err, CS_ERR_DATA,
			                    _("\"%s\" is not a date (YYYY-MM-DD)"), p->accomp_start);
		s = clean(p->accompanier, TEXT_SINGLE_LINE, 120, p->level != WORKFLOW_ACCOMP_NONE,
		          _("the accompanier"), &w.accompanier, err);
	}
	if (s == CS_OK && p->has_experiment) {
		if (!valid_date(p->start_date) || !valid_date(p->end_date))
			s = cs_error_set(err, CS_ERR_DATA,
			                 _("an experiment needs start and end dates (YYYY-MM-DD)"));
		else if (strcmp(p->end_date, p->start_date) < 0) {
			char end[64], start[64];
			when_day_spoken(p->end_date, NULL, end, sizeof end);
			when_day_spoken(p->start_date, NULL, start, sizeof start);
			s = cs_error_set(err, CS_ERR_DATA,
			                 _("the experiment ends (%s) before it starts (%s)"), end, start);
		}
		else
			s = clean(p->sites, TEXT_SINGLE_LINE, 400, true, _("the experiment's sites"),
			          &w.sites, err);
	}
	if (s == CS_OK && n > WORKFLOW_INDICATORS_MAX)
		s = cs_error_set(err, CS_ERR_DATA, _("at most %d indicators"), WORKFLOW_INDICATORS_MAX);
	if (s == CS_OK && n > 0) {
		w.names = calloc(n, sizeof *w.names);
		w.baselines = calloc(n, sizeof *w.baselines);
		w.targets = calloc(n, sizeof *w.targets);
		if (!w.names || !w.baselines || !w.targets)
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		for (size_t i = 0; s == CS_OK && i < n; i++) {
			s = clean(p->indicators[i].name, TEXT_SINGLE_LINE, 120, true,
			          _("an indicator's name"), &w.names[i], err);
			if (s == CS_OK)
				s = clean(p->indicators[i].baseline, TEXT_SINGLE_LINE, 60, false,
				          _("an indicator's baseline"), &w.baselines[i], err);
			if (s == CS_OK)
				s = clean(p->indicators[i].target, TEXT_SINGLE_LINE, 60, false,
				          _("an indicator's target"), &w.targets[i], err);
			for (size_t k = 0; s == CS_OK && k < i; k++)
				if (strcmp(w.names[k], w.names[i]) == 0)
					s = cs_error_set(err, CS_ERR_DATA, _("indicator \"%s\" is given twice"),
					                 w.names[i]);
		}
	}
	if (s == CS_OK)
		s = db_write(db, do_plan, &w, err);
	free(w.accompanier);
	free(w.sites);
	for (size_t i = 0; i < n; i++) {
		if (w.names) free(w.names[i]);
		if (w.baselines) free(w.baselines[i]);
		if (w.targets) free(w.targets[i]);
	}
	free(w.names);
	free(w.baselines);
	free(w.targets);
	return s;
}

/* ---- evaluations ------------------------------------------------------- */

const char *workflow_recommendation_label(const char *slug)
{
	if (strcmp(slug, "generaliser") == 0)
		return _("generalise");
	if (strcmp(slug, "poursuivre") == 0)
		return _("continue");
	if (strcmp(slug, "arreter") == 0)
		return _("stop");
	return slug;
}

struct evaluate_work {
	const struct cs_identity *id;
	const char *ref;
	const struct workflow_evaluation *ev;
	char *observations;
	char **values;
};

static enum cs_status do_evaluate(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char ins[] =
		"INSERT INTO evaluations(idea_id, date, author_id, observations, recommendation,"
		" created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	static const char find[] = "SELECT id FROM indicators WHERE idea_id = ?1 AND name = ?2";
	static const char val[] =
		"INSERT INTO evaluation_values(evaluation_id, indicator_id, value) VALUES (?1, ?2, ?3)";
	struct evaluate_work *w = ctx;
	const struct workflow_evaluation *ev = w->ev;
	struct idea_state s;
	sqlite3_stmt *st;
	char now[24];
	int64_t eval_id;
	enum cs_status status;

	if ((status = load_state(db, w->ref, &s, err)) != CS_OK)
		return status;
	if (!identity_has_role(w->id, ROLE_FACILITATOR) && !identity_has_role(w->id, ROLE_COMMITTEE))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("only facilitators and the committee may record an evaluation"));
	if (s.stage != STAGE_EXPERIMENTATION)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("only an idea \"%s\" is evaluated; %s is at \"%s\""),
		                    stage_label(STAGE_EXPERIMENTATION), w->ref, stage_label(s.stage));
	db_now(now, sizeof now);
	if ((st = db_prepare(db, ins, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, s.id);
	db_bind_text(st, 2, ev->date);
	sqlite3_bind_int64(st, 3, identity_effective_id(w->id));
	db_bind_text(st, 4, w->observations ? w->observations : "");
	db_bind_text(st, 5, ev->recommendation);
	db_bind_text(st, 6, now);
	if ((status = db_step_done(db, st, _("saving the evaluation"), err)) != CS_OK)
		return status;
	eval_id = sqlite3_last_insert_rowid(db_handle(db));
	for (size_t i = 0; i < ev->value_count; i++) {
		int64_t ind = 0;
		int rc;
		if ((st = db_prepare(db, find, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, s.id);
		db_bind_text(st, 2, ev->values[i].indicator);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			ind = sqlite3_column_int64(st, 0);
		db_stmt_done(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, rc, _("saving the evaluation"), err);
		if (ind == 0)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("%s has no indicator \"%s\" in its experiment plan"),
			                    w->ref, ev->values[i].indicator);
		if ((st = db_prepare(db, val, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, eval_id);
		sqlite3_bind_int64(st, 2, ind);
		db_bind_text(st, 3, w->values[i]);
		if ((status = db_step_done(db, st, _("saving the evaluation"), err)) != CS_OK) {
			if (status == CS_ERR_DATA)
				return cs_error_set(err, CS_ERR_DATA, _("indicator \"%s\" is given twice"),
				                    ev->values[i].indicator);
			return status;
		}
	}
	return audit_record(db, w->id, "idea.evaluate", "idea", w->ref, ev->recommendation, err);
}

enum cs_status workflow_evaluate(struct cs_db *db, const struct cs_identity *id,
                                 const char *ref, const struct workflow_evaluation *ev,
                                 struct cs_error *err)
{
	struct evaluate_work w = { id, ref, ev, NULL, NULL };
	enum cs_status s = CS_OK;
	char today[11], shown[64];

	if (!valid_date(ev->date))
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a date (YYYY-MM-DD)"),
		                    ev->date ? ev->date : "");
	/* An evaluation records what was measured: nothing dated in the future. */
	when_local_day(time(NULL), today);
	if (strcmp(ev->date, today) > 0) {
		when_day_spoken(ev->date, today, shown, sizeof shown);
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the evaluation is dated %s, after today: an evaluation "
		                      "records what was measured"), shown);
	}
	if (ev->recommendation == NULL
	    || (strcmp(ev->recommendation, "generaliser") != 0
	        && strcmp(ev->recommendation, "poursuivre") != 0
	        && strcmp(ev->recommendation, "arreter") != 0))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the recommendation is generaliser, poursuivre or arreter"));
	s = clean(ev->observations, TEXT_MULTI_LINE, WORKFLOW_NOTE_MAX, false,
	          _("the observations"), &w.observations, err);
	if (s == CS_OK && ev->value_count > 0) {
		w.values = calloc(ev->value_count, sizeof *w.values);
		if (w.values == NULL)
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		for (size_t i = 0; s == CS_OK && i < ev->value_count; i++)
			s = clean(ev->values[i].value, TEXT_SINGLE_LINE, 60, true,
			          _("an indicator's value"), &w.values[i], err);
	}
	if (s == CS_OK)
		s = db_write(db, do_evaluate, &w, err);
	free(w.observations);
	for (size_t i = 0; w.values && i < ev->value_count; i++)
		free(w.values[i]);
	free(w.values);
	return s;
}

/* ---- reading one idea's workflow ------------------------------------- */

struct get_work {
	const char *ref;
	struct workflow_detail *d;
};

static char *dup_or_null(sqlite3_stmt *st, int col)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? NULL : db_column_dup(st, col);
}

static enum cs_status do_get(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char idea_sql[] =
		"SELECT id, stage, version, coalesce(impact, 0), coalesce(faisabilite, 0),"
		" decision_note, handed_to, closing_reason, study_conclusion FROM ideas WHERE ref = ?1";
	static const char acc_sql[] =
		"SELECT level, accompanier, hours_per_week, coalesce(start_date, '')"
		" FROM accompaniments WHERE idea_id = ?1";
	static const char exp_sql[] =
		"SELECT sites, start_date, end_date FROM experiments WHERE idea_id = ?1";
	static const char ind_sql[] =
		"SELECT name, baseline, target FROM indicators WHERE idea_id = ?1 ORDER BY id";
	static const char ev_sql[] =
		"SELECT e.id, e.date, a.name, e.observations, e.recommendation FROM evaluations e"
		" JOIN agents a ON a.id = e.author_id WHERE e.idea_id = ?1 ORDER BY e.date, e.id";
	static const char val_sql[] =
		"SELECT x.name, v.value FROM evaluation_values v JOIN indicators x ON x.id = v.indicator_id"
		" WHERE v.evaluation_id = ?1 ORDER BY x.id";
	static const char hist_sql[] =
		"SELECT t.at, t.from_stage, t.to_stage, a.login, coalesce(f.login, ''), t.host,"
		" t.note, t.reason, t.direction, coalesce(t.impact, 0), coalesce(t.faisabilite, 0)"
		" FROM transitions t JOIN agents a ON a.id = t.actor_id"
		" LEFT JOIN agents f ON f.id = t.for_id WHERE t.idea_id = ?1 ORDER BY t.id";
	struct get_work *w = ctx;
	struct workflow_detail *d = w->d;
	sqlite3_stmt *st;
	int64_t idea;
	int rc;
	size_t cap;

	if ((st = db_prepare(db, idea_sql, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, w->ref);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		db_stmt_done(st);
		return rc == SQLITE_DONE ? cs_error_set(err, CS_ERR_NOTFOUND, _("idea %s does not exist"), w->ref)
		                         : db_fail(db, rc, _("reading the idea"), err);
	}
	idea = sqlite3_column_int64(st, 0);
	if (!stage_from_slug((const char *)sqlite3_column_text(st, 1), &d->stage))
		d->stage = STAGE_DEPOSEE;
	d->version = sqlite3_column_int64(st, 2);
	d->impact = sqlite3_column_int(st, 3);
	d->faisabilite = sqlite3_column_int(st, 4);
	d->decision_note = dup_or_null(st, 5);
	d->handed_to = dup_or_null(st, 6);
	d->closing_reason = dup_or_null(st, 7);
	d->study_conclusion = dup_or_null(st, 8);
	db_stmt_done(st);

	if ((st = db_prepare(db, acc_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->has_accompaniment = true;
		workflow_level_from_slug((const char *)sqlite3_column_text(st, 0), &d->level);
		d->accompanier = db_column_dup(st, 1);
		d->hours_per_week = sqlite3_column_double(st, 2);
		db_column_copy(st, 3, d->accomp_start, sizeof d->accomp_start);
	}
	db_stmt_done(st);
	if ((st = db_prepare(db, exp_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->has_experiment = true;
		d->sites = db_column_dup(st, 0);
		db_column_copy(st, 1, d->start_date, sizeof d->start_date);
		db_column_copy(st, 2, d->end_date, sizeof d->end_date);
	}
	db_stmt_done(st);

	if ((st = db_prepare(db, ind_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&d->indicators, &cap, d->indicator_count, sizeof *d->indicators))
			break;
		d->indicators[d->indicator_count].name = db_column_dup(st, 0);
		d->indicators[d->indicator_count].baseline = db_column_dup(st, 1);
		d->indicators[d->indicator_count].target = db_column_dup(st, 2);
		d->indicator_count++;
	}
	db_stmt_done(st);

	if ((st = db_prepare(db, ev_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	cap = 0;
	{
		int64_t ids[256];
		while ((rc = sqlite3_step(st)) == SQLITE_ROW && d->evaluation_count < 256) {
			struct workflow_evaluation_entry *e;
			if (!cs_grow(&d->evaluations, &cap, d->evaluation_count, sizeof *d->evaluations))
				break;
			e = &d->evaluations[d->evaluation_count];
			memset(e, 0, sizeof *e);
			ids[d->evaluation_count++] = sqlite3_column_int64(st, 0);
			db_column_copy(st, 1, e->date, sizeof e->date);
			e->author = db_column_dup(st, 2);
			e->observations = db_column_dup(st, 3);
			e->recommendation = db_column_dup(st, 4);
		}
		db_stmt_done(st);
		for (size_t i = 0; i < d->evaluation_count; i++) {
			struct workflow_evaluation_entry *e = &d->evaluations[i];
			size_t vcap = 0;
			if ((st = db_prepare(db, val_sql, err)) == NULL)
				return err->status;
			sqlite3_bind_int64(st, 1, ids[i]);
			while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
				if (e->value_count == vcap) {
					size_t ncap = vcap ? vcap * 2 : 4;
					void *more = realloc(e->values, ncap * sizeof *e->values);
					if (more == NULL)
						break;
					e->values = more;
					vcap = ncap;
				}
				e->values[e->value_count].indicator = db_column_dup(st, 0);
				e->values[e->value_count].value = db_column_dup(st, 1);
				e->value_count++;
			}
			db_stmt_done(st);
		}
	}

	if ((st = db_prepare(db, hist_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct workflow_transition_entry *t;
		if (!cs_grow(&d->history, &cap, d->history_count, sizeof *d->history))
			break;
		t = &d->history[d->history_count++];
		memset(t, 0, sizeof *t);
		db_column_copy(st, 0, t->at, sizeof t->at);
		stage_from_slug((const char *)sqlite3_column_text(st, 1), &t->from);
		stage_from_slug((const char *)sqlite3_column_text(st, 2), &t->to);
		t->actor = db_column_dup(st, 3);
		t->for_login = db_column_dup(st, 4);
		t->host = db_column_dup(st, 5);
		t->note = dup_or_null(st, 6);
		t->reason = dup_or_null(st, 7);
		t->direction = dup_or_null(st, 8);
		t->impact = sqlite3_column_int(st, 9);
		t->faisabilite = sqlite3_column_int(st, 10);
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? CS_OK : db_fail(db, rc, _("reading the history"), err);
}

enum cs_status workflow_get(struct cs_db *db, const char *ref,
                            struct workflow_detail **out, struct cs_error *err)
{
	struct get_work w = { ref, calloc(1, sizeof(struct workflow_detail)) };
	enum cs_status s;

	*out = NULL;
	if (w.d == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	s = db_read(db, do_get, &w, err);
	if (s != CS_OK) {
		workflow_detail_free(w.d);
		return s;
	}
	*out = w.d;
	return CS_OK;
}

void workflow_detail_free(struct workflow_detail *d)
{
	if (d == NULL)
		return;
	free(d->decision_note);
	free(d->handed_to);
	free(d->closing_reason);
	free(d->study_conclusion);
	free(d->accompanier);
	free(d->sites);
	for (size_t i = 0; i < d->indicator_count; i++) {
		free(d->indicators[i].name);
		free(d->indicators[i].baseline);
		free(d->indicators[i].target);
	}
	free(d->indicators);
	for (size_t i = 0; i < d->evaluation_count; i++) {
		struct workflow_evaluation_entry *e = &d->evaluations[i];
		free(e->author);
		free(e->observations);
		free(e->recommendation);
		for (size_t k = 0; k < e->value_count; k++) {
			free(e->values[k].indicator);
			free(e->values[k].value);
		}
		free(e->values);
	}
	free(d->evaluations);
	for (size_t i = 0; i < d->history_count; i++) {
		struct workflow_transition_entry *t = &d->history[i];
		free(t->actor);
		free(t->for_login);
		free(t->host);
		free(t->note);
		free(t->reason);
		free(t->direction);
	}
	free(d->history);
	free(d);
}

/* ---- the kanban ------------------------------------------------------- */

#define CARD_COLUMNS \
	"SELECT i.id, i.ref, i.stage, i.title, i.direction, i.stage_changed_at," \
	" coalesce(e.end_date, ''), coalesce(i.impact, 0), coalesce(i.faisabilite, 0)," \
	" (i.author_id = ?6 OR EXISTS (SELECT 1 FROM idea_coauthors k" \
	"   WHERE k.idea_id = i.id AND k.agent_id = ?6)), i.version" \
	" FROM ideas i LEFT JOIN experiments e ON e.idea_id = i.id"
#define CARD_ORDER " ORDER BY i.stage_changed_at DESC, i.id DESC LIMIT ?9 OFFSET ?10"

static const char cards_sql[] = CARD_COLUMNS IDEA_FILTER_WHERE_STAGE CARD_ORDER;
static const char cards_search_sql[] =
	CARD_COLUMNS IDEA_FILTER_WHERE_STAGE IDEA_FILTER_SEARCH CARD_ORDER;
static const char totals_sql[] =
	"SELECT i.stage, count(*) FROM ideas i" IDEA_FILTER_WHERE " GROUP BY i.stage";
static const char totals_search_sql[] =
	"SELECT i.stage, count(*) FROM ideas i" IDEA_FILTER_WHERE IDEA_FILTER_SEARCH
	" GROUP BY i.stage";

static void card_from_row(sqlite3_stmt *st, struct workflow_card *c)
{
	c->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, c->ref, sizeof c->ref);
	if (!stage_from_slug((const char *)sqlite3_column_text(st, 2), &c->stage))
		c->stage = STAGE_DEPOSEE;
	c->title = db_column_dup(st, 3);
	c->direction = db_column_dup(st, 4);
	db_column_copy(st, 5, c->stage_since, sizeof c->stage_since);
	db_column_copy(st, 6, c->end_date, sizeof c->end_date);
	c->impact = sqlite3_column_int(st, 7);
	c->faisabilite = sqlite3_column_int(st, 8);
	c->mine = sqlite3_column_int(st, 9) != 0;
	c->version = sqlite3_column_int64(st, 10);
}

/* Runs a card query (already bound) into page, at most limit rows. */
static enum cs_status read_cards(struct cs_db *db, sqlite3_stmt *st, size_t limit,
                                 struct workflow_card_page *page, struct cs_error *err)
{
	int rc = SQLITE_DONE;

	page->cards = calloc(limit ? limit : 1, sizeof *page->cards);
	if (page->cards == NULL) {
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	while (page->count < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		card_from_row(st, &page->cards[page->count++]);
	if (page->count < limit && rc != SQLITE_DONE) {
		db_stmt_done(st);
		return db_fail(db, rc, _("reading the kanban"), err);
	}
	db_stmt_done(st);
	return CS_OK;
}

struct kanban_work {
	const struct cs_identity *id;
	const struct idea_filter *filter;
	char *match;
	size_t per_column;
	bool with_closed;
	struct workflow_kanban *k;
	enum cs_stage stage;     /* for one column */
	size_t offset;
	struct workflow_card_page *page;
};

static enum cs_status column_query(struct cs_db *db, struct kanban_work *w,
                                   enum cs_stage stage, size_t offset, size_t limit,
                                   struct workflow_card_page *page, struct cs_error *err)
{
	sqlite3_stmt *st = db_prepare(db, w->match ? cards_search_sql : cards_sql, err);

	if (st == NULL)
		return err->status;
	ideas_bind_filter(st, w->id, w->filter, (int)stage, w->match);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)limit);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)offset);
	page->offset = offset;
	return read_cards(db, st, limit, page, err);
}

static enum cs_status do_kanban(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct kanban_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, w->match ? totals_search_sql : totals_sql, err);
	enum cs_status s;
	int rc;

	workflow_kanban_free(w->k);
	if (st == NULL)
		return err->status;
	ideas_bind_filter(st, w->id, w->filter, -2, w->match);
	/* -2: no stage, all stages (the filter's own stage is ignored) */
	sqlite3_bind_null(st, 1);
	sqlite3_bind_int(st, 2, 0);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		enum cs_stage stage;
		if (stage_from_slug((const char *)sqlite3_column_text(st, 0), &stage))
			w->k->totals[stage] = (size_t)sqlite3_column_int64(st, 1);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the kanban"), err);
	for (int i = 0; i < STAGE_COUNT; i++) {
		enum cs_stage stage = (enum cs_stage)i;
		w->k->columns[i].total = w->k->totals[i];
		if (stage_is_closed(stage) && stage != STAGE_GENERALISEE && !w->with_closed)
			continue;
		if (w->k->totals[i] == 0 || w->per_column == 0)
			continue;
		s = column_query(db, w, stage, 0, w->per_column, &w->k->columns[i], err);
		if (s != CS_OK)
			return s;
	}
	return CS_OK;
}

enum cs_status workflow_kanban(struct cs_db *db, const struct cs_identity *id,
                               const struct idea_filter *filter, size_t per_column,
                               bool with_closed, struct workflow_kanban *out,
                               struct cs_error *err)
{
	struct kanban_work w = { .id = id, .filter = filter, .per_column = per_column,
	                         .with_closed = with_closed, .k = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	w.match = ideas_fts_query(filter->search);
	s = db_read(db, do_kanban, &w, err);
	free(w.match);
	if (s != CS_OK)
		workflow_kanban_free(out);
	return s;
}

static enum cs_status do_column(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct kanban_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, w->match ? totals_search_sql : totals_sql, err);
	int rc;

	workflow_cards_free(w->page);
	if (st == NULL)
		return err->status;
	ideas_bind_filter(st, w->id, w->filter, (int)w->stage, w->match);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		w->page->total = (size_t)sqlite3_column_int64(st, 1);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the kanban"), err);
	return column_query(db, w, w->stage, w->offset, w->per_column, w->page, err);
}

enum cs_status workflow_column(struct cs_db *db, const struct cs_identity *id,
                               const struct idea_filter *filter, enum cs_stage stage,
                               size_t offset, size_t limit, struct workflow_card_page *out,
                               struct cs_error *err)
{
	struct kanban_work w = { .id = id, .filter = filter, .per_column = limit,
	                         .stage = stage, .offset = offset, .page = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	w.match = ideas_fts_query(filter->search);
	s = db_read(db, do_column, &w, err);
	free(w.match);
	if (s != CS_OK)
		workflow_cards_free(out);
	return s;
}

void workflow_cards_free(struct workflow_card_page *p)
{
	for (size_t i = 0; i < p->count; i++) {
		free(p->cards[i].title);
		free(p->cards[i].direction);
	}
	free(p->cards);
	p->cards = NULL;
	p->count = 0;
	p->total = 0;
}

void workflow_kanban_free(struct workflow_kanban *k)
{
	for (int i = 0; i < STAGE_COUNT; i++)
		workflow_cards_free(&k->columns[i]);
	memset(k, 0, sizeof *k);
}

struct list_work {
	const struct cs_identity *id;
	const char *sql;
	const char *today;
	struct workflow_card_page *page;
};

static enum cs_status do_list(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct list_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, w->sql, err);
	size_t cap = 0;
	int rc;

	workflow_cards_free(w->page);
	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 6, identity_effective_id(w->id));
	if (w->today != NULL)
		db_bind_text(st, 1, w->today);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&w->page->cards, &cap, w->page->count, sizeof *w->page->cards)) {
			db_stmt_done(st);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		card_from_row(st, &w->page->cards[w->page->count++]);
	}
	db_stmt_done(st);
	w->page->total = w->page->count;
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the kanban"), err);
}

enum cs_status workflow_committee(struct cs_db *db, const struct cs_identity *id,
                                  struct workflow_card_page *out, struct cs_error *err)
{
	static const char sql[] = CARD_COLUMNS
		" WHERE i.stage = 'comite'"
		" ORDER BY coalesce(i.impact, 0) * coalesce(i.faisabilite, 0) DESC, i.id";
	struct list_work w = { id, sql, NULL, out };

	memset(out, 0, sizeof *out);
	return db_read(db, do_list, &w, err);
}

enum cs_status workflow_overdue(struct cs_db *db, const struct cs_identity *id,
                                const char *today, struct workflow_card_page *out,
                                struct cs_error *err)
{
	static const char sql[] = CARD_COLUMNS
		" WHERE i.stage = 'experimentation' AND e.end_date < ?1"
		" AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.idea_id = i.id"
		"   AND v.date >= e.end_date)"
		" ORDER BY e.end_date, i.id";
	struct list_work w = { id, sql, today, out };

	memset(out, 0, sizeof *out);
	return db_read(db, do_list, &w, err);
}

/* ---- quoi de neuf -------------------------------------------------------- */

struct news_work {
	const struct cs_identity *id;
	bool peek;
	struct workflow_news *out;
};

static enum cs_status do_news(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char since_sql[] =
		"SELECT coalesce(last_visit, ''), last_seen_transition FROM agents WHERE id = ?1";
	static const char last_sql[] = "SELECT coalesce(max(id), 0) FROM transitions";
	static const char news_sql[] =
		"SELECT i.ref, i.title, t.at, t.from_stage, t.to_stage, a.name"
		" FROM transitions t JOIN ideas i ON i.id = t.idea_id"
		" JOIN agents a ON a.id = t.actor_id"
		" WHERE t.id > ?2 AND t.actor_id <> ?1 AND coalesce(t.for_id, 0) <> ?1"
		" AND (i.author_id = ?1"
		"   OR EXISTS (SELECT 1 FROM idea_coauthors k WHERE k.idea_id = i.id AND k.agent_id = ?1)"
		"   OR EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = i.id AND s.agent_id = ?1))"
		" ORDER BY t.id DESC LIMIT 100";
	static const char visit_sql[] =
		"UPDATE agents SET last_visit = ?2, last_seen_transition = ?3 WHERE id = ?1";
	struct news_work *w = ctx;
	int64_t me = identity_effective_id(w->id), seen = 0;
	sqlite3_stmt *st;
	size_t cap = 0;
	char now[24];
	int rc;

	workflow_news_free(w->out);
	if ((st = db_prepare(db, since_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, me);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_column_copy(st, 0, w->out->since, sizeof w->out->since);
		seen = sqlite3_column_int64(st, 1);
	}
	db_stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the news"), err);
	if (w->out->since[0] != '\0') {
		if ((st = db_prepare(db, news_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, me);
		sqlite3_bind_int64(st, 2, seen);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct workflow_news_item *n;
			if (!cs_grow(&w->out->items, &cap, w->out->count, sizeof *w->out->items))
				break;
			n = &w->out->items[w->out->count++];
			db_column_copy(st, 0, n->ref, sizeof n->ref);
			n->title = db_column_dup(st, 1);
			db_column_copy(st, 2, n->at, sizeof n->at);
			stage_from_slug((const char *)sqlite3_column_text(st, 3), &n->from);
			stage_from_slug((const char *)sqlite3_column_text(st, 4), &n->to);
			n->actor = db_column_dup(st, 5);
		}
		db_stmt_done(st);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return db_fail(db, rc, _("reading the news"), err);
	}
	if (w->peek)
		return CS_OK;
	if ((st = db_prepare(db, last_sql, err)) == NULL)
		return err->status;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		seen = sqlite3_column_int64(st, 0);
	db_stmt_done(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, _("reading the news"), err);
	if ((st = db_prepare(db, visit_sql, err)) == NULL)
		return err->status;
	db_now(now, sizeof now);
	sqlite3_bind_int64(st, 1, me);
	db_bind_text(st, 2, now);
	sqlite3_bind_int64(st, 3, seen);
	return db_step_done(db, st, _("recording your visit"), err);
}

enum cs_status workflow_news(struct cs_db *db, const struct cs_identity *id, bool peek,
                             struct workflow_news *out, struct cs_error *err)
{
	struct news_work w = { id, peek, out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	s = peek ? db_read(db, do_news, &w, err) : db_write(db, do_news, &w, err);
	if (s != CS_OK)
		workflow_news_free(out);
	return s;
}

void workflow_news_free(struct workflow_news *n)
{
	for (size_t i = 0; i < n->count; i++) {
		free(n->items[i].title);
		free(n->items[i].actor);
	}
	free(n->items);
	n->items = NULL;
	n->count = 0;
}
