/* write_loop.c — the storage benchmark's inner loop: N single-writer
 * commits of `BEGIN IMMEDIATE; UPDATE counter; INSERT log; COMMIT` (the
 * loop design/storage.md measured) on PATH through the VFS VFS ("unix",
 * "unix-dotfile" or "lease" for ours) in journal mode MODE. Prints commits
 * per second and the p50/p99 time a commit holds the lock, in ms.
 *
 *   write_loop PATH VFS MODE N
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lockvfs.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	const char *vfs;
	char sql[128];
	sqlite3 *db;
	double *hold, t0, t1;
	int n, rc;

	if (argc != 5)
		return 64;
	n = atoi(argv[4]);
	hold = calloc((size_t)n, sizeof *hold);
	vfs = argv[2];
	if (strcmp(vfs, "lease") == 0) {
		lockvfs_register(30);
		vfs = LOCKVFS_NAME;
	}
	if (hold == NULL || sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	                                    vfs) != SQLITE_OK)
		return 69;
	sqlite3_busy_timeout(db, 5000);
	snprintf(sql, sizeof sql, "PRAGMA journal_mode = %s; PRAGMA synchronous = FULL;", argv[3]);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS counter(v INTEGER);"
	                 "CREATE TABLE IF NOT EXISTS log(t TEXT);"
	                 "INSERT INTO counter SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM counter);",
	             NULL, NULL, NULL);
	t0 = now();
	for (int i = 0; i < n; i++) {
		double a = now();
		rc = sqlite3_exec(db, "BEGIN IMMEDIATE; UPDATE counter SET v = v + 1;"
		                      "INSERT INTO log VALUES ('une ligne de journal'); COMMIT;",
		                  NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			fprintf(stderr, "commit %d: %s\n", i, sqlite3_errmsg(db));
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		}
		hold[i] = (now() - a) * 1e3;
	}
	t1 = now();
	sqlite3_close(db);
	qsort(hold, (size_t)n, sizeof *hold, cmp);
	printf("commits_per_s=%.1f hold_p50_ms=%.2f hold_p99_ms=%.2f\n", n / (t1 - t0),
	       hold[n / 2], hold[(n * 99) / 100]);
	free(hold);
	return 0;
}
