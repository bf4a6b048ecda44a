/* poll_rate.c — how many lock-free change polls per second an idle UI can
 * make (db_changed on a lease database reads <db>.gen with
 * open/pread/close), and proof that they take no lock.
 *
 *   poll_rate PATH SECONDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "db.h"

int main(int argc, char **argv)
{
	struct cs_error err;
	struct cs_db *db;
	struct timespec a, b;
	long polls = 0, locked = 0;
	double secs;

	if (argc != 3 || db_open(argv[1], DB_OPEN_EXISTING, &(struct db_settings){ 10, 30, -1 },
	                         &db, &err) != CS_OK)
		return 69;
	secs = atof(argv[2]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	do {
		db_changed(db);
		polls++;
		if (!db_is_idle(db))
			locked++;
		clock_gettime(CLOCK_MONOTONIC, &b);
	} while ((double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9 < secs);
	printf("polls_per_s=%.0f polls_with_lock=%ld\n", (double)polls / secs, locked);
	db_close(db);
	return 0;
}
