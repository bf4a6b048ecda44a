/* holder.c — holds a write transaction on PATH for SECONDS (far longer
 * than the lease time), for the heartbeat test: prints "holding" once the
 * lease is taken (and "holder pid=N" on stderr just before, for a test
 * that kills it through on_host), then sleeps inside the transaction and
 * commits. The lease time is 5 s and the busy timeout 60 s unless given
 * (the defaults of the program are 30 and 10).
 *
 *   holder PATH SECONDS [LEASE_TIME [BUSY_TIMEOUT]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db.h"

static enum cs_status hold(struct cs_db *db, void *ctx, struct cs_error *err)
{
	int seconds = *(int *)ctx;

	if (db_meta_set(db, "holder", "long transaction", err) != CS_OK)
		return err->status;
	fprintf(stderr, "holder pid=%ld\n", (long)getpid());
	printf("holding\n");
	fflush(stdout);
	sleep((unsigned)seconds);
	return CS_OK;
}

int main(int argc, char **argv)
{
	struct db_settings settings = { 60, 5, -1 };
	struct cs_error err;
	struct cs_db *db;
	int seconds;

	if (argc < 3 || argc > 5)
		return 64;
	seconds = atoi(argv[2]);
	if (argc > 3)
		settings.lease_seconds = atoi(argv[3]);
	if (argc > 4)
		settings.busy_timeout = atoi(argv[4]);
	if (db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK
	    || db_write(db, hold, &seconds, &err) != CS_OK) {
		fprintf(stderr, "holder: %s\n", err.message);
		return 1;
	}
	printf("committed\n");
	db_close(db);
	return 0;
}
