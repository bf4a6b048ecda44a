/* test_workflow.c — the démarche's rules in the core: every pair of stages
 * for every kind of mover (the idea's author, another agent, a facilitator,
 * the committee), each guard and its bad input, conflicts, and that a
 * refused move leaves nothing behind (no history row, same version); then
 * plans, evaluations, the kanban's columns, the committee grid, overdue
 * experiments and "quoi de neuf". */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agents.h"
#include "db.h"
#include "ideas.h"
#include "fixture.h"
#include "tap.h"
#include "workflow.h"

static struct cs_db *db;
static char dir[] = "/tmp/cs-workflow-XXXXXX";

static long long sql_int(const char *sql, const char *ref)
{
	sqlite3_stmt *st;
	long long n = -1;

	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL) == SQLITE_OK) {
		if (ref)
			sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return n;
}

static void sql_exec(const char *sql, const char *a, const char *b)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
		if (b)
			sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
}

/* An idea of author's at stage `at`, with texts, complete plans and one
 * evaluation, so that only the request and the role decide. */
static void make_idea(const struct cs_identity *author, enum cs_stage at, char ref[IDEA_REF_MAX])
{
	struct cs_identity fac;
	struct cs_error err;
	struct workflow_indicator ind = { "Usagers reçus", "10", "40" };
	struct workflow_plan p = { .has_accompaniment = true, .level = WORKFLOW_ACCOMP_INTERNAL,
	                  .accompanier = "Direction du numérique", .hours_per_week = 4,
	                  .has_experiment = true, .sites = "Hôtel du département",
	                  .start_date = "2026-01-05", .end_date = "2026-06-30",
	                  .indicators = &ind, .indicator_count = 1 };
	struct workflow_evaluation_value v = { "Usagers reçus", "35" };
	struct workflow_evaluation ev = { "2026-07-01", &v, 1, "Bien", "generaliser" };

	memset(&fac, 0, sizeof fac);
	snprintf(fac.login, sizeof fac.login, "setup");
	fac.roles = ROLE_AGENT | ROLE_ADMIN;
	agents_register(db, &fac, &err);
	ideas_add(db, author, &(struct idea_draft){ .title = "Idée d'essai",
	          .problem = "Un problème", .solution = "Une solution" }, ref, &err);
	sql_exec("UPDATE ideas SET stage = 'construction' WHERE ref = ?1", ref, NULL);
	workflow_plan(db, &fac, ref, &p, &err);
	sql_exec("UPDATE ideas SET stage = 'experimentation' WHERE ref = ?1", ref, NULL);
	workflow_evaluate(db, &fac, ref, &ev, &err);
	sql_exec("UPDATE ideas SET stage = ?2 WHERE ref = ?1", ref, stage_slug(at));
}

int main(void)
{
	struct cs_error err;
	char path[256], ref[IDEA_REF_MAX];
	struct cs_identity author, other, fac, com;
	const char *mover_names[] = { "author", "other agent", "facilitator", "committee" };

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/w.db", dir);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err) != CS_OK)
		return 99;
	author = fixture_agent(db, "auteur", 0);
	other = fixture_agent(db, "autre", 0);
	fac = fixture_agent(db, "anim", ROLE_FACILITATOR);
	com = fixture_agent(db, "comite", ROLE_COMMITTEE);
	const struct cs_identity *movers[] = { &author, &other, &fac, &com };

	/* The whole table: stage x stage x mover. */
	{
		int allowed = 0, refused_role = 0, refused_table = 0, wrong = 0;
		for (int from = 0; from < STAGE_COUNT; from++) {
			for (int to = 0; to < STAGE_COUNT; to++) {
				const struct workflow_transition_rule *r = workflow_rule((enum cs_stage)from, (enum cs_stage)to);
				for (int m = 0; m < 4; m++) {
					struct workflow_move_request req = { .to = (enum cs_stage)to, .note = "Note",
					                            .impact = 3, .faisabilite = 2,
					                            .direction = "Direction des routes",
					                            .reason = "Raison" };
					long long hist, version;
					bool role_ok;
					enum cs_status got, want;
					make_idea(&author, (enum cs_stage)from, ref);
					req.ref = ref;
					if (r == NULL || !(r->guards & WORKFLOW_GUARD_SCORES))
						req.impact = req.faisabilite = 0;
					hist = sql_int("SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id WHERE i.ref = ?1", ref);
					version = sql_int("SELECT version FROM ideas WHERE ref = ?1", ref);
					got = workflow_move(db, movers[m], &req, &err);
					role_ok = r != NULL
					          && ((r->who == WORKFLOW_MOVER_FACILITATOR && m == 2)
					              || (r->who == WORKFLOW_MOVER_COMMITTEE && m == 3)
					              || (r->who == WORKFLOW_MOVER_AUTHOR_OR_FACILITATOR && (m == 0 || m == 2)));
					want = r == NULL ? CS_ERR_DATA : role_ok ? CS_OK : CS_ERR_PERM;
					if (got != want) {
						wrong++;
						printf("# %s -> %s by %s: got %d want %d: %s\n", stage_slug((enum cs_stage)from),
						       stage_slug((enum cs_stage)to), mover_names[m], got, want, err.message);
					}
					if (got == CS_OK) {
						allowed++;
						if (sql_int("SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id WHERE i.ref = ?1", ref) != hist + 1
						    || sql_int("SELECT version FROM ideas WHERE ref = ?1", ref) != version + 1) {
							wrong++;
							printf("# %s -> %s: not recorded\n", stage_slug((enum cs_stage)from), stage_slug((enum cs_stage)to));
						}
					} else {
						if (got == CS_ERR_PERM) refused_role++; else refused_table++;
						if (sql_int("SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id WHERE i.ref = ?1", ref) != hist
						    || sql_int("SELECT version FROM ideas WHERE ref = ?1", ref) != version) {
							wrong++;
							printf("# %s -> %s refused but written\n", stage_slug((enum cs_stage)from), stage_slug((enum cs_stage)to));
						}
					}
				}
			}
		}
		size_t nrules;
		workflow_rules(&nrules);
		is_int(wrong, 0, "every stage pair x mover gives the table's answer (%d allowed, %d refused for the role, %d not in the table)",
		       allowed, refused_role, refused_table);
		ok(allowed >= (int)nrules, "each rule of the table is allowed to its mover (%d moves)", allowed);
	}

	/* Guards, each refused with nothing written. */
	{
		struct { enum cs_stage from, to; const struct cs_identity *who; struct workflow_move_request req; const char *what; } bad[] = {
			{ STAGE_COMITE, STAGE_ETUDE, &com, { .note = "x", .impact = 0, .faisabilite = 2 }, "impact 0" },
			{ STAGE_COMITE, STAGE_ETUDE, &com, { .note = "x", .impact = 5, .faisabilite = 2 }, "impact 5" },
			{ STAGE_COMITE, STAGE_ETUDE, &com, { .note = "x", .impact = 2, .faisabilite = -1 }, "faisabilité -1" },
			{ STAGE_COMITE, STAGE_CONSTRUCTION, &com, { .impact = 2, .faisabilite = 2 }, "no decision note" },
			{ STAGE_COMITE, STAGE_CONSTRUCTION, &com, { .note = "   ", .impact = 2, .faisabilite = 2 }, "blank decision note" },
			{ STAGE_COMITE, STAGE_TRANSMISE, &com, { 0 }, "no recipient direction" },
			{ STAGE_COMITE, STAGE_NON_RETENUE, &com, { 0 }, "no reason for non-retention" },
			{ STAGE_EXPERIMENTATION, STAGE_ARRETEE, &com, { 0 }, "no reason to stop" },
			{ STAGE_ETUDE, STAGE_COMITE, &fac, { 0 }, "no study conclusion" },
			{ STAGE_DEPOSEE, STAGE_CONTACT, &fac, { .impact = 3, .faisabilite = 3 }, "scores outside a committee decision" },
		};
		for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
			long long version;
			make_idea(&author, bad[i].from, ref);
			bad[i].req.ref = ref;
			bad[i].req.to = bad[i].to;
			version = sql_int("SELECT version FROM ideas WHERE ref = ?1", ref);
			ok(workflow_move(db, bad[i].who, &bad[i].req, &err) == CS_ERR_DATA
			   && sql_int("SELECT version FROM ideas WHERE ref = ?1", ref) == version
			   && sql_int("SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id WHERE i.ref = ?1", ref) == 0,
			   "refused: %s (%s)", bad[i].what, err.message);
		}
	}
	/* Idea-side guards. */
	{
		char r2[IDEA_REF_MAX];
		unsigned missing = 0;
		ideas_add(db, &author, &(struct idea_draft){ .title = "Sans textes" }, r2, &err);
		sql_exec("UPDATE ideas SET stage = 'contact' WHERE ref = ?1", r2, NULL);
		ok(workflow_check(db, &fac, r2, STAGE_COMITE, &missing, &err) == CS_OK && (missing & WORKFLOW_GUARD_TEXTS),
		   "check: the texts are missing");
		is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = r2, .to = STAGE_COMITE }, &err), CS_ERR_DATA,
		       "to the committee without problem and solution: refused");
		sql_exec("UPDATE ideas SET stage = 'construction' WHERE ref = ?1", r2, NULL);
		is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = r2, .to = STAGE_EXPERIMENTATION }, &err), CS_ERR_DATA,
		       "to experimentation without plans: refused");
		ok(strstr(err.message, r2) != NULL, "the message names the idea: %s", err.message);
		sql_exec("UPDATE ideas SET stage = 'experimentation' WHERE ref = ?1", r2, NULL);
		ok(workflow_check(db, &com, r2, STAGE_GENERALISEE, &missing, &err) == CS_OK && (missing & WORKFLOW_GUARD_EVALUATION),
		   "check: the evaluation is missing");
		is_int(workflow_move(db, &com, &(struct workflow_move_request){ .ref = r2, .to = STAGE_GENERALISEE }, &err), CS_ERR_DATA,
		       "generalised without an evaluation: refused");
		is_int(workflow_check(db, &author, r2, STAGE_GENERALISEE, &missing, &err), CS_ERR_PERM,
		       "check: an agent may not make a committee move");
	}
	/* Conflicts. */
	make_idea(&author, STAGE_DEPOSEE, ref);
	ideas_edit(db, &author, ref, 1, &(struct idea_draft){ .title = "Modifiée entre-temps" }, &err);
	is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = ref, .to = STAGE_CONTACT, .expected_version = 1 }, &err),
	       CS_ERR_CONFLICT, "a stale version is a conflict: %s", err.message);
	{
		long long v = sql_int("SELECT version FROM ideas WHERE ref = ?1", ref);
		is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = ref, .to = STAGE_CONTACT, .expected_version = v }, &err),
		       CS_OK, "the current version moves");
		is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = ref, .to = STAGE_CONTACT }, &err), CS_ERR_DATA,
		       "moving to the stage it is at is refused");
	}
	is_int(workflow_move(db, &fac, &(struct workflow_move_request){ .ref = "CONS-1999-001", .to = STAGE_CONTACT }, &err),
	       CS_ERR_NOTFOUND, "an unknown idea");

	/* Plans and evaluations. */
	{
		struct workflow_indicator ind[2] = { { "Salles prêtées", "0", "30" }, { "Associations", "", "" } };
		struct workflow_plan p = { .has_experiment = true, .sites = "Collège A", .start_date = "2026-05-01",
		                  .end_date = "2026-04-01", .indicators = ind, .indicator_count = 1 };
		ideas_add(db, &author, &(struct idea_draft){ .title = "À planifier" }, ref, &err);
		sql_exec("UPDATE ideas SET stage = 'construction' WHERE ref = ?1", ref, NULL);
		is_int(workflow_plan(db, &fac, ref, &p, &err), CS_ERR_DATA, "an experiment ending before it starts");
		p.end_date = "2026-02-30";
		is_int(workflow_plan(db, &fac, ref, &p, &err), CS_ERR_DATA, "30 February is not a date");
		p.end_date = "2026-09-30";
		is_int(workflow_plan(db, &author, ref, &p, &err), CS_ERR_PERM, "an agent may not plan");
		is_int(workflow_plan(db, &fac, ref, &p, &err), CS_OK, "a facilitator plans: %s", err.message);
		ind[1].name = "Salles prêtées";
		p.indicator_count = 2;
		is_int(workflow_plan(db, &fac, ref, &p, &err), CS_ERR_DATA, "an indicator given twice");
		is_int(workflow_plan(db, &fac, ref, &(struct workflow_plan){ .has_accompaniment = true, .level = WORKFLOW_ACCOMP_EXTERNAL,
		                                                     .hours_per_week = 50 }, &err),
		       CS_ERR_DATA, "50 hours a week");
		is_int(workflow_plan(db, &fac, ref, &(struct workflow_plan){ .has_accompaniment = true, .level = WORKFLOW_ACCOMP_EXTERNAL,
		                                                     .hours_per_week = 3 }, &err),
		       CS_ERR_DATA, "external accompaniment without an accompanier");
		is_int(workflow_evaluate(db, &fac, ref, &(struct workflow_evaluation){ "2026-10-01", NULL, 0, "", "generaliser" }, &err),
		       CS_ERR_DATA, "evaluating an idea not in experimentation");
		sql_exec("UPDATE ideas SET stage = 'experimentation' WHERE ref = ?1", ref, NULL);
		is_int(workflow_evaluate(db, &fac, ref, &(struct workflow_evaluation){ "2026-10-01", NULL, 0, "", "peut-être" }, &err),
		       CS_ERR_DATA, "an unknown recommendation");
		is_int(workflow_evaluate(db, &fac, ref, &(struct workflow_evaluation){ "2026-10-01",
		       &(struct workflow_evaluation_value){ "Inconnu", "3" }, 1, "", "poursuivre" }, &err),
		       CS_ERR_DATA, "a value for an indicator not in the plan");
		is_int(sql_int("SELECT count(*) FROM evaluations e JOIN ideas i ON i.id = e.idea_id WHERE i.ref = ?1", ref), 0,
		       "no evaluation written by the refused ones");
		is_int(workflow_evaluate(db, &author, ref, &(struct workflow_evaluation){ "2026-10-01", NULL, 0, "", "poursuivre" }, &err),
		       CS_ERR_PERM, "an agent may not evaluate");
	}

	/* Reading: details, kanban, grid, overdue. */
	{
		struct workflow_detail *d;
		struct workflow_kanban k;
		struct workflow_card_page p;
		struct idea_filter all = { .stage = -1 };
		make_idea(&author, STAGE_COMITE, ref);
		workflow_move(db, &com, &(struct workflow_move_request){ .ref = ref, .to = STAGE_EXPERIMENTATION,
		              .note = "À essayer", .impact = 4, .faisabilite = 3 }, &err);
		ok(workflow_get(db, ref, &d, &err) == CS_OK && d->impact == 4 && d->faisabilite == 3
		   && d->history_count == 1 && d->history[0].from == STAGE_COMITE && d->indicator_count == 1
		   && d->evaluation_count == 1 && strcmp(d->decision_note, "À essayer") == 0,
		   "the detail holds the decision, plans, evaluation and history");
		workflow_detail_free(d);
		ok(workflow_kanban(db, &fac, &all, 3, false, &k, &err) == CS_OK, "the kanban loads");
		ok(k.columns[STAGE_DEPOSEE].count <= 3 && k.totals[STAGE_EXPERIMENTATION] >= 1
		   && k.columns[STAGE_RETIREE].count == 0 && k.totals[STAGE_RETIREE] >= 1,
		   "columns hold at most 3 cards; closed outcomes counted but not loaded");
		ok(k.columns[STAGE_EXPERIMENTATION].count >= 1
		   && strcmp(k.columns[STAGE_EXPERIMENTATION].cards[0].ref, ref) == 0,
		   "the last moved card comes first");
		workflow_kanban_free(&k);
		ok(workflow_column(db, &fac, &all, STAGE_DEPOSEE, 3, 100, &p, &err) == CS_OK
		   && p.count == p.total - 3, "more cards of a column (%zu of %zu)", p.count, p.total);
		workflow_cards_free(&p);
		ok(workflow_committee(db, &com, &p, &err) == CS_OK && p.count >= 1, "ideas in committee for the grid");
		workflow_cards_free(&p);
		ok(workflow_overdue(db, &fac, "2027-01-01", &p, &err) == CS_OK && p.count >= 1,
		   "experiments past their end without a later evaluation");
		workflow_cards_free(&p);
		ok(workflow_overdue(db, &fac, "2026-01-01", &p, &err) == CS_OK && p.count == 0,
		   "none overdue before the end dates");
		workflow_cards_free(&p);
	}

	/* Quoi de neuf. */
	{
		struct workflow_news n;
		char r3[IDEA_REF_MAX];
		ok(workflow_news(db, &other, false, &n, &err) == CS_OK && n.count == 0 && n.since[0] == '\0',
		   "a first visit has no news and is recorded");
		workflow_news_free(&n);
		ideas_add(db, &author, &(struct idea_draft){ .title = "Suivie" }, r3, &err);
		ideas_support(db, &other, r3, &err);
		/* a move in the same second as the visit is news too */
		workflow_move(db, &fac, &(struct workflow_move_request){ .ref = r3, .to = STAGE_CONTACT }, &err);
		ok(workflow_news(db, &other, true, &n, &err) == CS_OK && n.count == 1
		   && strcmp(n.items[0].ref, r3) == 0 && n.items[0].to == STAGE_CONTACT,
		   "a supported idea's move is news");
		workflow_news_free(&n);
		ok(workflow_news(db, &other, false, &n, &err) == CS_OK && n.count == 1, "still news until the visit is recorded");
		workflow_news_free(&n);
		ok(workflow_news(db, &other, true, &n, &err) == CS_OK && n.count == 0, "no news after the visit");
		workflow_news_free(&n);
	}
	ok(db_is_idle(db), "nothing left open");
	ok(db_check_integrity(db, false, &err) == CS_OK, "integrity ok");
	db_close(db);
	unlink(path);
	snprintf(path, sizeof path, "%s/w.db.proto", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/w.db-journal", dir);
	unlink(path);
	rmdir(dir);
	return tap_done();
}
