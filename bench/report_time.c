/* report_time.c — the reports benchmark (bench/reports.sh): the time to
 * produce a report's PDF against the bare SQLite queries that feed it.
 *   report_time DB dashboard|statement LOGIN SINCE UNTIL MODE RUNS
 * MODE pdf: report_build() then pdf_render_mem(), as `report --format pdf`
 *           does (the statements the report runs are recorded, expanded
 *           with their bound values, by sqlite3_trace_v2);
 *      model: report_build() alone (the queries and the description);
 *      bare: the recorded statements run by sqlite3 alone, each row
 *           stepped through and its columns read, nothing else.
 * Prints "MODE_ms=MEDIAN cpu_ms=MEDIAN first_ms=FIRST peak_kib=RSS
 * pages=N": the medians of runs 2..RUNS (the first, cold one apart) of the
 * wall clock and of this process's processor time, and the process's peak
 * resident memory (run each mode in its own process). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "pdf/pdf.h"
#include "report.h"

#define MAX_RUNS 50
#define MAX_SQL 64

static char *recorded[MAX_SQL];
static int nrecorded;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* This process's processor time: on a machine shared with other work the
 * wall clock mostly measures the others. */
static double cpu_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void die(const char *what, const char *msg)
{
	fprintf(stderr, "report_time: %s: %s\n", what, msg);
	exit(70);
}

/* Records each statement the report starts, with its bound values. */
static int on_trace(unsigned type, void *ctx, void *p, void *x)
{
	char *sql;

	(void)ctx;
	(void)x;
	if (type != SQLITE_TRACE_STMT || nrecorded >= MAX_SQL)
		return 0;
	sql = sqlite3_expanded_sql(p);
	if (sql == NULL)
		return 0;
	if (strncmp(sql, "SELECT", 6) == 0 || strncmp(sql, "WITH", 4) == 0)
		recorded[nrecorded++] = strdup(sql);
	sqlite3_free(sql);
	return 0;
}

static void bare(sqlite3 *h)
{
	long sum = 0;

	for (int i = 0; i < nrecorded; i++) {
		sqlite3_stmt *st;

		if (sqlite3_prepare_v2(h, recorded[i], -1, &st, NULL) != SQLITE_OK)
			die(recorded[i], sqlite3_errmsg(h));
		while (sqlite3_step(st) == SQLITE_ROW)
			for (int c = 0; c < sqlite3_column_count(st); c++)
				sum += sqlite3_column_bytes(st, c);
		sqlite3_finalize(st);
	}
	if (sum < 0)
		die("bare", "?");
}

int main(int argc, char **argv)
{
	struct db_settings settings = { 60, 30, -1 };
	struct report_request req;
	struct cs_identity id;
	struct cs_config cfg;
	struct cs_error err;
	struct cs_db *db;
	struct rusage ru;
	double t[MAX_RUNS], c[MAX_RUNS];
	int runs, pages = 0;
	const char *mode;

	if (argc != 8 || (runs = atoi(argv[7])) < 2 || runs > MAX_RUNS) {
		fprintf(stderr, "usage: report_time DB dashboard|statement LOGIN SINCE UNTIL "
		                "pdf|model|bare RUNS (2..%d)\n", MAX_RUNS);
		return 64;
	}
	mode = argv[6];
	if (config_load(&cfg, NULL, &err) != CS_OK)
		die("configuration", err.message);
	if (db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK)
		die("open", err.message);
	memset(&id, 0, sizeof id);
	snprintf(id.login, sizeof id.login, "%s", argv[3]);
	snprintf(id.name, sizeof id.name, "%s", argv[3]);
	id.roles = ROLE_AGENT | ROLE_FACILITATOR | ROLE_ADMIN;
	if (agents_register(db, &id, &err) != CS_OK)
		die(argv[3], err.message);
	memset(&req, 0, sizeof req);
	if (!report_kind_from_name(argv[2], &req.kind))
		die(argv[2], "unknown report");
	snprintf(req.since, sizeof req.since, "%s", argv[4]);
	snprintf(req.until, sizeof req.until, "%s", argv[5]);
	if (strcmp(mode, "bare") == 0) {   /* record the statements once */
		struct reportdoc *doc;

		sqlite3_trace_v2(db_handle(db), SQLITE_TRACE_STMT, on_trace, NULL);
		if (report_build(db, &cfg, &id, &req, time(NULL), &doc, &err) != CS_OK)
			die("report_build", err.message);
		reportdoc_free(doc);
		sqlite3_trace_v2(db_handle(db), 0, NULL, NULL);
		if (nrecorded == 0)
			die("trace", "no statement recorded");
	}
	for (int r = 0; r < runs; r++) {
		double t0 = now_ms(), c0 = cpu_ms();

		if (strcmp(mode, "bare") == 0) {
			bare(db_handle(db));
		} else {
			struct reportdoc *doc;

			if (report_build(db, &cfg, &id, &req, time(NULL), &doc, &err) != CS_OK)
				die("report_build", err.message);
			if (strcmp(mode, "pdf") == 0) {
				unsigned char *pdf;
				size_t len;

				if (pdf_render_mem(doc, &pdf, &len, &pages, &err) != CS_OK)
					die("pdf_render_mem", err.message);
				free(pdf);
			}
			reportdoc_free(doc);
		}
		t[r] = now_ms() - t0;
		c[r] = cpu_ms() - c0;
	}
	qsort(t + 1, (size_t)(runs - 1), sizeof *t, cmp_double);
	qsort(c + 1, (size_t)(runs - 1), sizeof *c, cmp_double);
	getrusage(RUSAGE_SELF, &ru);
	printf("%s_ms=%.2f cpu_ms=%.2f first_ms=%.2f peak_kib=%ld pages=%d statements=%d\n", mode,
	       t[1 + (runs - 1) / 2], c[1 + (runs - 1) / 2], t[0], ru.ru_maxrss, pages, nrecorded);
	for (int i = 0; i < nrecorded; i++)
		free(recorded[i]);
	db_close(db);
	config_free(&cfg);
	return 0;
}
