/* ledger_time.c — the Accorderie benchmark's timer: in one process, the
 * core's calls against bare SQLite doing the same work on the same file.
 *
 *   ledger_time DB LOGIN RUNS
 *
 * Statement: ledger_statement() of LOGIN (balance, pending sums, the first
 * 20 lines with their counterparts), against a read transaction of the two
 * bare queries (balance; first 20 movements with counterpart names).
 * Confirm: ledger_confirm() of a waiting proposal by its beneficiary
 * (rules, limits, audit, commit with synchronous=FULL), against a bare
 * BEGIN IMMEDIATE, the UPDATE of the exchange and the two INSERTs of its
 * movements (with their balance reads), COMMIT, synchronous=FULL. Each
 * side confirms RUNS proposals of its own, oldest first. The core's
 * connection is closed before the bare one opens.
 *
 * Prints "statement_first_ms=… statement_ms=… bare_statement_first_ms=…
 * bare_statement_ms=… confirm_ms=… bare_confirm_ms=…": the first call
 * (statements not yet prepared) and the median of the others. A benchmark
 * tool, not a test. */
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "ledger.h"

#define MAX_RUNS 100

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median of v[1..n-1] (v[0] is the first, cold call). */
static double median_rest(double *v, int n)
{
	if (n < 2)
		return v[0];
	qsort(v + 1, (size_t)(n - 1), sizeof *v, cmp_double);
	return v[1 + (n - 1) / 2];
}

static void die(const char *what, const char *msg)
{
	fprintf(stderr, "ledger_time: %s: %s\n", what, msg);
	exit(70);
}

static void identity(struct cs_db *db, struct cs_identity *id, const char *login)
{
	struct cs_error err;

	memset(id, 0, sizeof *id);
	snprintf(id->login, sizeof id->login, "%s", login);
	snprintf(id->name, sizeof id->name, "%s", login);
	id->roles = ROLE_AGENT;
	if (agents_register(db, id, &err) != CS_OK)
		die(login, err.message);
}

static void exec_sql(sqlite3 *h, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		die(sql, msg ? msg : "?");
}

static sqlite3_stmt *prepare(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		die(sql, sqlite3_errmsg(h));
	return st;
}

/* The bare statement: balance, then the first page with counterparts. */
static void bare_statement(sqlite3 *h, sqlite3_stmt *bal, sqlite3_stmt *lines,
                           const char *login)
{
	int64_t account = 0;
	long sum = 0;

	exec_sql(h, "BEGIN");
	sqlite3_bind_text(bal, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(bal) == SQLITE_ROW) {
		account = sqlite3_column_int64(bal, 0);
		sum += sqlite3_column_int(bal, 1);
	}
	sqlite3_reset(bal);
	sqlite3_bind_int64(lines, 1, account);
	while (sqlite3_step(lines) == SQLITE_ROW)
		sum += sqlite3_column_int(lines, 3) + (long)sqlite3_column_bytes(lines, 5);
	sqlite3_reset(lines);
	exec_sql(h, "COMMIT");
	if (account == 0 || sum == 0)
		die("bare statement", login);
}

static void bare_post(sqlite3_stmt *bal, sqlite3_stmt *ins, int64_t exchange, int64_t account,
                      int minutes, const char *now)
{
	int balance = 0;

	sqlite3_bind_int64(bal, 1, account);
	if (sqlite3_step(bal) == SQLITE_ROW)
		balance = sqlite3_column_int(bal, 0);
	sqlite3_reset(bal);
	sqlite3_bind_int64(ins, 1, exchange);
	sqlite3_bind_int64(ins, 2, account);
	sqlite3_bind_int(ins, 3, minutes);
	sqlite3_bind_int(ins, 4, balance + minutes);
	sqlite3_bind_text(ins, 5, now, -1, SQLITE_STATIC);
	if (sqlite3_step(ins) != SQLITE_DONE)
		die("bare insert", sqlite3_errmsg(sqlite3_db_handle(ins)));
	sqlite3_reset(ins);
}

/* The bare confirmation: the same UPDATE and two INSERTs in one write. */
static void bare_confirm(sqlite3 *h, sqlite3_stmt *get, sqlite3_stmt *upd, sqlite3_stmt *bal,
                         sqlite3_stmt *ins, int64_t exchange)
{
	int64_t provider = 0, beneficiary = 0, decider = 0;
	int minutes = 0;
	const char *now = "2026-01-01T00:00:00Z";

	exec_sql(h, "BEGIN IMMEDIATE");
	sqlite3_bind_int64(get, 1, exchange);
	if (sqlite3_step(get) == SQLITE_ROW) {
		provider = sqlite3_column_int64(get, 0);
		beneficiary = sqlite3_column_int64(get, 1);
		minutes = sqlite3_column_int(get, 2);
		decider = sqlite3_column_int64(get, 3);
	}
	sqlite3_reset(get);
	sqlite3_bind_int64(upd, 1, exchange);
	sqlite3_bind_int64(upd, 2, decider);
	sqlite3_bind_text(upd, 3, now, -1, SQLITE_STATIC);
	if (sqlite3_step(upd) != SQLITE_DONE || sqlite3_changes(h) != 1)
		die("bare update", sqlite3_errmsg(h));
	sqlite3_reset(upd);
	bare_post(bal, ins, exchange, beneficiary, -minutes, now);
	bare_post(bal, ins, exchange, provider, minutes, now);
	exec_sql(h, "COMMIT");
}

int main(int argc, char **argv)
{
	struct db_settings settings = { 60, 30, -1 };
	double st_core[MAX_RUNS], st_bare[MAX_RUNS], cf_core[MAX_RUNS], cf_bare[MAX_RUNS];
	int64_t waiting[2 * MAX_RUNS];
	char logins[2 * MAX_RUNS][AGENT_LOGIN_MAX];
	struct ledger_rules rules;
	struct cs_identity id;
	struct cs_config cfg;
	struct cs_error err;
	struct cs_db *db;
	sqlite3 *h;
	sqlite3_stmt *q, *bal, *lines, *get, *upd, *abal, *ins;
	int runs, n = 0;

	if (argc != 4 || (runs = atoi(argv[3])) < 1 || runs > MAX_RUNS) {
		fprintf(stderr, "usage: ledger_time DB LOGIN RUNS (1..%d)\n", MAX_RUNS);
		return 64;
	}
	if (config_load(&cfg, NULL, &err) != CS_OK || ledger_rules_from_config(&cfg, &rules, &err)
	    != CS_OK)
		die("configuration", err.message);

	/* the proposals to confirm, and who answers them */
	if (sqlite3_open_v2(argv[1], &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die(argv[1], sqlite3_errmsg(h));
	q = prepare(h, "SELECT e.id, g.login FROM ledger_exchanges e JOIN ledger_accounts a"
	               " ON a.id = e.beneficiary JOIN agents g ON g.id = a.agent_id"
	               " WHERE e.state = 'proposee' ORDER BY e.id LIMIT ?1");
	sqlite3_bind_int(q, 1, 2 * runs);
	while (sqlite3_step(q) == SQLITE_ROW && n < 2 * runs) {
		waiting[n] = sqlite3_column_int64(q, 0);
		snprintf(logins[n++], AGENT_LOGIN_MAX, "%s", (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	sqlite3_close(h);
	if (n < 2 * runs)
		die("proposals", "fewer waiting than 2 × RUNS");

	/* the core */
	if (db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK)
		die("open", err.message);
	identity(db, &id, argv[2]);
	for (int r = 0; r < runs; r++) {
		struct ledger_statement s;
		double t0 = now_ms();
		if (ledger_statement(db, &id, &rules, NULL, 0, 20, time(NULL), &s, &err) != CS_OK)
			die("ledger_statement", err.message);
		st_core[r] = now_ms() - t0;
		if (s.count != 20)
			die("ledger_statement", "not a full page");
		ledger_statement_free(&s);
	}
	for (int r = 0; r < runs; r++) {
		struct cs_identity who;
		double t0;
		identity(db, &who, logins[r]);
		t0 = now_ms();
		if (ledger_confirm(db, &who, &rules, waiting[r], time(NULL), &err) != CS_OK)
			die("ledger_confirm", err.message);
		cf_core[r] = now_ms() - t0;
	}
	db_close(db);

	/* bare SQLite on the same file */
	if (sqlite3_open_v2(argv[1], &h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		die(argv[1], sqlite3_errmsg(h));
	exec_sql(h, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
	bal = prepare(h, "SELECT a.id, a.balance FROM ledger_accounts a JOIN agents g"
	                 " ON g.id = a.agent_id WHERE g.login = ?1");
	lines = prepare(h, "SELECT m.id, e.day, e.description, m.minutes, m.balance_after,"
	                   " coalesce(g.name, 'Accorderie') FROM ledger_movements m"
	                   " JOIN ledger_exchanges e ON e.id = m.exchange_id"
	                   " JOIN ledger_accounts o ON o.id = CASE WHEN e.provider = m.account_id"
	                   "   THEN e.beneficiary ELSE e.provider END"
	                   " LEFT JOIN agents g ON g.id = o.agent_id"
	                   " WHERE m.account_id = ?1 ORDER BY m.id DESC LIMIT 20");
	get = prepare(h, "SELECT e.provider, e.beneficiary, e.minutes, b.agent_id"
	                 " FROM ledger_exchanges e JOIN ledger_accounts b ON b.id = e.beneficiary"
	                 " WHERE e.id = ?1");
	upd = prepare(h, "UPDATE ledger_exchanges SET state = 'confirmee', decided_by = ?2,"
	                 " decided_at = ?3 WHERE id = ?1 AND state = 'proposee'");
	abal = prepare(h, "SELECT balance FROM ledger_accounts WHERE id = ?1");
	ins = prepare(h, "INSERT INTO ledger_movements(exchange_id, account_id, minutes,"
	                 " balance_after, posted_at) VALUES (?1, ?2, ?3, ?4, ?5)");
	for (int r = 0; r < runs; r++) {
		double t0 = now_ms();
		bare_statement(h, bal, lines, argv[2]);
		st_bare[r] = now_ms() - t0;
	}
	for (int r = 0; r < runs; r++) {
		double t0 = now_ms();
		bare_confirm(h, get, upd, abal, ins, waiting[runs + r]);
		cf_bare[r] = now_ms() - t0;
	}
	sqlite3_finalize(bal);
	sqlite3_finalize(lines);
	sqlite3_finalize(get);
	sqlite3_finalize(upd);
	sqlite3_finalize(abal);
	sqlite3_finalize(ins);
	sqlite3_close(h);
	printf("statement_first_ms=%.3f statement_ms=%.3f bare_statement_first_ms=%.3f "
	       "bare_statement_ms=%.3f confirm_ms=%.3f bare_confirm_ms=%.3f\n",
	       st_core[0], median_rest(st_core, runs), st_bare[0], median_rest(st_bare, runs),
	       median_rest(cf_core, runs), median_rest(cf_bare, runs));
	config_free(&cfg);
	return 0;
}
