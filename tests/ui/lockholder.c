/* lockholder.c — for the UI tests: takes the database's write lock and
 * keeps it until its standard input ends (the test closes its end of a
 * pipe), so a test decides when the lock is released instead of guessing
 * a duration. Prints "holding" once the lock is taken and "released" after
 * the commit.
 *
 *   lockholder PATH
 */
#include <stdio.h>
#include <unistd.h>

#include "db.h"

static enum cs_status hold(struct cs_db *db, void *ctx, struct cs_error *err)
{
	char buf[64];

	(void)ctx;
	if (db_meta_set(db, "lockholder", "held by a UI test", err) != CS_OK)
		return err->status;
	printf("holding\n");
	fflush(stdout);
	while (read(STDIN_FILENO, buf, sizeof buf) > 0)
		;
	return CS_OK;
}

int main(int argc, char **argv)
{
	struct db_settings settings = { 10, 30, -1 };
	struct cs_error err;
	struct cs_db *db;

	if (argc != 2)
		return 64;
	if (db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK
	    || db_write(db, hold, NULL, &err) != CS_OK) {
		fprintf(stderr, "lockholder: %s\n", err.message);
		return 1;
	}
	printf("released\n");
	fflush(stdout);
	db_close(db);
	return 0;
}
