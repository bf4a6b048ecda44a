/* test_report.c — the numbers of the reports (src/report*.c) on a small
 * fixed data set written with SQL: ideas per stage at the end of a period
 * (not as they are now), per direction, moves and decisions of the period,
 * median time per stage, deposits per month; an agent's statement (opening
 * and closing balances, movements, pending); the journal's totals;
 * BuroDispo's occupancy and no-show rate; who may run which; bad input. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "fixture.h"
#include "report.h"
#include "tap.h"

static char dir[] = "/tmp/cs-report-XXXXXX";
static struct cs_db *db;
static struct cs_config cfg;

static const char data_sql[] =
	"INSERT INTO ideas(id, ref, title, author_id, direction, stage, created_at, updated_at,"
	"  stage_changed_at) VALUES"
	" (1, 'CONS-2026-001', 'Une', 3, 'D1', 'etude', '2026-01-10T09:00:00Z',"
	"  '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z'),"
	" (2, 'CONS-2026-002', 'Deux', 3, 'D2', 'contact', '2026-02-01T09:00:00Z',"
	"  '2026-02-05T09:00:00Z', '2026-02-05T09:00:00Z'),"
	" (3, 'CONS-2026-003', 'Trois', 4, 'D1', 'deposee', '2026-03-05T09:00:00Z',"
	"  '2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z');"
	"INSERT INTO transitions(idea_id, from_stage, to_stage, at, actor_id, host, impact,"
	"  faisabilite) VALUES"
	" (1, 'deposee', 'contact', '2026-01-20T09:00:00Z', 2, 'h', NULL, NULL),"
	" (2, 'deposee', 'contact', '2026-02-05T09:00:00Z', 2, 'h', NULL, NULL),"
	" (1, 'contact', 'comite', '2026-02-19T09:00:00Z', 2, 'h', NULL, NULL),"
	" (1, 'comite', 'etude', '2026-03-01T09:00:00Z', 2, 'h', 3, 2);"
	/* l'Accorderie: Marie gives 1 h 30 to Jean (March), Jean 30 min to
	 * Marie (April), a proposal of 45 min still waiting */
	"INSERT INTO ledger_accounts(id, agent_id, opened_at) VALUES"
	" (10, 3, '2026-01-01T00:00:00Z'), (11, 4, '2026-01-01T00:00:00Z');"
	"INSERT INTO ledger_exchanges(id, provider, beneficiary, minutes, day, description,"
	"  recorded_by, entered_by, state, decided_at, created_at) VALUES"
	" (1, 10, 11, 90, '2026-03-04', 'Tableur', 3, 3, 'confirmee', '2026-03-05T10:00:00Z',"
	"  '2026-03-04T10:00:00Z'),"
	" (2, 11, 10, 30, '2026-04-01', 'Relecture', 4, 4, 'confirmee', '2026-04-02T10:00:00Z',"
	"  '2026-04-01T10:00:00Z'),"
	" (3, 10, 11, 45, '2026-04-03', 'Attente', 3, 3, 'proposee', NULL,"
	"  '2026-04-03T10:00:00Z');"
	"INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)"
	" VALUES (1, 10, 90, 90, '2026-03-05T10:00:00Z'), (1, 11, -90, -90, '2026-03-05T10:00:00Z'),"
	" (2, 11, 30, -60, '2026-04-02T10:00:00Z'), (2, 10, -30, 60, '2026-04-02T10:00:00Z');"
	/* BuroDispo: one floor of two desks */
	"INSERT INTO floors(id, number, name, plan, width, source, updated_at)"
	" VALUES (1, 1, 'Premier', '', 10, 'test', '2026-01-01T00:00:00Z');"
	"INSERT INTO desks(id, floor_id, label, row, col) VALUES (1, 1, 'A1', 0, 0), (2, 1, 'A2', 0, 2);"
	"INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, state, created_at) VALUES"
	" (1, 3, 3, '2026-03-02', 'matin', 'occupee', '2026-03-01T10:00:00Z'),"
	" (2, 4, 4, '2026-03-02', 'matin', 'liberee', '2026-03-01T10:00:00Z'),"
	" (1, 3, 3, '2026-03-03', 'apres-midi', 'annulee', '2026-03-01T10:00:00Z');";

static struct reportdoc *build(const struct cs_identity *id, enum report_kind k,
                               const char *since, const char *until, const char *login,
                               enum cs_status want, const char *name)
{
	struct report_request req;
	struct reportdoc *doc = NULL;
	struct cs_error err;
	enum cs_status s;

	memset(&req, 0, sizeof req);
	req.kind = k;
	snprintf(req.since, sizeof req.since, "%s", since);
	snprintf(req.until, sizeof req.until, "%s", until);
	req.login = login;
	s = report_build(db, &cfg, id, &req, at(2026, 4, 10, 12, 0), &doc, &err);
	if (!is_int(s, want, "%s: status", name))
		printf("#   %s\n", err.message);
	if (want != CS_OK)
		ok(doc == NULL, "%s: no document", name);
	return doc;
}

static const struct rd_table *table(const struct reportdoc *doc, const char *name)
{
	for (size_t i = 0; doc != NULL && i < doc->nblocks; i++)
		if (doc->blocks[i].kind == RD_TABLE && strcmp(doc->blocks[i].table->name, name) == 0)
			return doc->blocks[i].table;
	return NULL;
}

/* The integer in column col of the row whose first cell is key. */
static long long row_int(const struct reportdoc *doc, const char *tname, const char *key,
                         size_t col)
{
	const struct rd_table *t = table(doc, tname);

	for (size_t r = 0; r < rd_table_rows(t); r++) {
		const struct rd_cell *k = rd_table_cell(t, r, 0);
		if (k->text != NULL && strcmp(k->text, key) == 0)
			return rd_table_cell(t, r, col)->i;
	}
	return -999;
}

static double row_double(const struct reportdoc *doc, const char *tname, const char *key,
                         size_t col)
{
	const struct rd_table *t = table(doc, tname);

	for (size_t r = 0; r < rd_table_rows(t); r++) {
		const struct rd_cell *k = rd_table_cell(t, r, 0);
		if (k->text != NULL && strcmp(k->text, key) == 0)
			return rd_table_cell(t, r, col)->d;
	}
	return -999;
}

static const struct rd_cell *field(const struct reportdoc *doc, const char *label_start)
{
	for (size_t i = 0; doc != NULL && i < doc->nblocks; i++)
		if (doc->blocks[i].kind == RD_FIELD &&
		    strncmp(doc->blocks[i].text, label_start, strlen(label_start)) == 0)
			return &doc->blocks[i].value;
	return NULL;
}

static const struct rd_chart *chart(const struct reportdoc *doc, enum rd_chart_kind kind)
{
	for (size_t i = 0; doc != NULL && i < doc->nblocks; i++)
		if (doc->blocks[i].kind == RD_CHART && doc->blocks[i].chart->kind == kind)
			return doc->blocks[i].chart;
	return NULL;
}

static void test_dashboard(const struct cs_identity *anim)
{
	struct reportdoc *doc = build(anim, REPORT_DASHBOARD, "2026-03-01", "2026-03-31", NULL,
	                              CS_OK, "dashboard of March");
	const struct rd_chart *line;

	is_int(row_int(doc, "par-etape", "Submitted", 1), 1, "March: 1 idea Déposée");
	is_int(row_int(doc, "par-etape", "First contact", 1), 1, "March: 1 in Prise de contact");
	is_int(row_int(doc, "par-etape", "Prior study", 1), 1, "March: 1 in Étude préalable");
	is_int(row_int(doc, "par-etape", "In committee", 1), 0, "March: none left En comité");
	is_int(row_int(doc, "par-etape", "Total", 1), 3, "March: 3 ideas");
	is_int(row_int(doc, "par-direction", "D1", 1), 2, "D1: 2 ideas");
	is_int(row_int(doc, "par-direction", "D2", 1), 1, "D2: 1 idea");
	is_int(field(doc, "New ideas")->i, 1, "1 new idea in March");
	is_int(field(doc, "Moves")->i, 1, "1 move in March");
	is_int(field(doc, "Committee decisions")->i, 1, "1 committee decision in March");
	is_int(rd_table_rows(table(doc, "decisions")), 1, "the decision is listed");
	is_int(rd_table_cell(table(doc, "decisions"), 0, 4)->i, 3, "with its impact");
	ok(row_double(doc, "duree-par-etape", "Submitted", 2) == 7.0,
	   "median stay in Déposée: 7 days (10 and 4)");
	ok(row_double(doc, "duree-par-etape", "First contact", 2) == 30.0,
	   "median stay in Prise de contact: 30 days");
	ok(row_double(doc, "duree-par-etape", "In committee", 2) == 10.0,
	   "median stay En comité: 10 days");
	is_int(row_int(doc, "duree-par-etape", "Submitted", 1), 2, "two stays ended in Déposée");
	line = chart(doc, RD_LINE_CHART);
	ok(line != NULL && line->n == 12 && line->values[9] == 1 && line->values[10] == 1 &&
	   line->values[11] == 1 && line->values[8] == 0, "deposits: Jan, Feb, Mar 2026");
	reportdoc_free(doc);

	/* the end of February: idea 1 was still En comité, idea 3 not there */
	doc = build(anim, REPORT_DASHBOARD, "2026-02-01", "2026-02-28", NULL, CS_OK,
	            "dashboard of February");
	is_int(row_int(doc, "par-etape", "In committee", 1), 1, "February: 1 idea En comité");
	is_int(row_int(doc, "par-etape", "Prior study", 1), 0, "February: none in study yet");
	is_int(row_int(doc, "par-etape", "Total", 1), 2, "February: 2 ideas");
	is_int(field(doc, "Moves")->i, 2, "2 moves in February");
	ok(row_double(doc, "duree-par-etape", "In committee", 2) == -999 ||
	   rd_table_cell(table(doc, "duree-par-etape"), 2, 2)->type == RD_EMPTY,
	   "no stay ended En comité by February");
	reportdoc_free(doc);
}

static void test_ledger(const struct cs_identity *anim, const struct cs_identity *marie)
{
	struct reportdoc *doc = build(marie, REPORT_STATEMENT, "2026-04-01", "2026-04-30", NULL,
	                              CS_OK, "Marie's statement of April");
	const struct rd_table *t = table(doc, "mouvements");

	is_int(field(doc, "Opening balance")->i, 90, "opening balance 1 h 30");
	is_int(rd_table_rows(t), 1, "one movement in April");
	is_int(rd_table_cell(t, 0, 4)->i, -30, "-30 min");
	is_int(rd_table_cell(t, 0, 5)->i, 60, "running balance 1 h");
	is_int(field(doc, "Closing balance")->i, 60, "closing balance 1 h");
	is_int(field(doc, "Credits")->i, 0, "no credit in April");
	is_int(field(doc, "Debits")->i, 30, "30 min of debits");
	t = table(doc, "en-attente");
	is_int(rd_table_rows(t), 1, "one exchange waiting");
	is_int(rd_table_cell(t, 0, 4)->i, 45, "+45 min for Marie, the provider");
	reportdoc_free(doc);

	doc = build(anim, REPORT_STATEMENT, "2026-03-01", "2026-03-31", "jmartin", CS_OK,
	            "Jean's statement of March by a facilitator");
	is_int(field(doc, "Opening balance")->i, 0, "Jean opens at 0");
	is_int(field(doc, "Closing balance")->i, -90, "Jean closes at -1 h 30");
	reportdoc_free(doc);

	build(marie, REPORT_STATEMENT, "2026-03-01", "2026-03-31", "jmartin", CS_ERR_PERM,
	      "Jean's statement by Marie");
	build(anim, REPORT_STATEMENT, "2026-03-01", "2026-03-31", "nobody", CS_ERR_NOTFOUND,
	      "an unknown login");

	doc = build(anim, REPORT_JOURNAL, "2026-03-01", "2026-04-30", NULL, CS_OK,
	            "journal of March and April");
	is_int(rd_table_rows(table(doc, "journal")), 2, "two exchanges counted");
	is_int(field(doc, "Exchanges")->i, 2, "total: 2 exchanges");
	is_int(field(doc, "Hours counted")->i, 120, "total: 2 h");
	ok(doc != NULL && doc->blocks[doc->nblocks - 1].kind == RD_PARAGRAPH &&
	   strstr(doc->blocks[doc->nblocks - 1].text, "holds") != NULL,
	   "the journal ends with the integrity line");
	reportdoc_free(doc);
	build(marie, REPORT_JOURNAL, "2026-03-01", "2026-04-30", NULL, CS_ERR_PERM,
	      "the journal by an agent");
}

static void test_occupancy(const struct cs_identity *anim)
{
	struct reportdoc *doc = build(anim, REPORT_OCCUPANCY, "2026-03-01", "2026-03-31", NULL,
	                              CS_OK, "occupancy of March");
	const struct rd_chart *heat = chart(doc, RD_HEAT_MAP);

	is_int(row_int(doc, "par-etage", "Floor 1", 1), 2, "2 desks on floor 1");
	is_int(row_int(doc, "par-etage", "Floor 1", 3), 2, "2 half-days booked");
	is_int(row_int(doc, "par-etage", "Floor 1", 4), 1, "1 present");
	is_int(row_int(doc, "par-etage", "Floor 1", 5), 1, "1 absent");
	ok(field(doc, "No-show rate") != NULL && field(doc, "No-show rate")->d == 50.0,
	   "no-show rate 50 %%");
	is_int(rd_table_rows(table(doc, "occupation")), 2, "two half-days with bookings");
	ok(heat != NULL && heat->nrows == 1 && heat->ncols == 31 && heat->cells[1] == 50.0 &&
	   heat->cells[0] == 0, "heat map: 2 March half booked");
	reportdoc_free(doc);
}

int main(void)
{
	struct cs_error err;
	char path[256];

	setlocale(LC_ALL, "C.UTF-8");
	setenv("TZ", "UTC", 1);
	tzset();
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/r.db", dir);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err)
	    != CS_OK)
		return 99;
	memset(&cfg, 0, sizeof cfg);
	cfg.ledger_floor_minutes = -10 * 60;
	cfg.ledger_ceiling_minutes = 60 * 60;
	cfg.ledger_rounding = 1;
	struct cs_identity anim = fixture_agent(db, "anim", ROLE_FACILITATOR);  /* id 1 */
	struct cs_identity team = fixture_agent(db, "team", ROLE_FACILITATOR);  /* id 2 */
	struct cs_identity marie = fixture_agent(db, "mdupont", 0);             /* id 3 */
	struct cs_identity jean = fixture_agent(db, "jmartin", 0);              /* id 4 */
	struct cs_identity comite = fixture_agent(db, "comite", ROLE_COMMITTEE);
	(void)team;
	(void)jean;
	ok(sqlite3_exec(db_handle(db), data_sql, NULL, NULL, NULL) == SQLITE_OK,
	   "the data set is written");

	test_dashboard(&anim);
	test_ledger(&anim, &marie);
	test_occupancy(&anim);

	build(&marie, REPORT_DASHBOARD, "2026-03-01", "2026-03-31", NULL, CS_ERR_PERM,
	      "the dashboard by an agent");
	reportdoc_free(build(&comite, REPORT_AGENDA, "2026-03-01", "2026-03-31", NULL, CS_OK,
	                     "the agenda by the committee"));
	reportdoc_free(build(&marie, REPORT_IDEA, "2026-03-01", "2026-03-31", NULL,
	                     CS_ERR_USAGE, "an idea sheet without a reference"));
	build(&anim, REPORT_DASHBOARD, "2026-03-31", "2026-03-01", NULL, CS_ERR_DATA,
	      "a period that ends before it starts");

	db_close(db);
	unlink(path);
	rmdir(dir);
	return tap_done();
}
