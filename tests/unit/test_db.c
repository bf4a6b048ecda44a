/* test_db.c — opening rules, pragmas, migrations, the write loop's retry
 * on a busy database, rollback of failed work, change detection and the
 * idle invariant, on real files. */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db.h"
#include "schema.h"
#include "tap.h"

static char dir[] = "/tmp/cs-db-XXXXXX";
static const struct db_settings settings = { 1, 30, LOCK_MODE_POSIX };

static void path_of(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", dir, name);
}

static int pragma(struct cs_db *db, const char *sql, char *out, size_t size)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL);

	out[0] = '\0';
	if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return rc;
}

static enum cs_status insert_row(struct cs_db *db, void *ctx, struct cs_error *err)
{
	int *attempts = ctx;
	(*attempts)++;
	return db_meta_set(db, "k", "v", err);
}

static enum cs_status set_value(struct cs_db *db, void *ctx, struct cs_error *err)
{
	return db_meta_set(db, "k", ctx, err);
}

static enum cs_status db_meta_set_in(struct cs_db *db, const char *key, const char *value)
{
	struct cs_error err;
	(void)key;
	return db_write(db, set_value, (void *)value, &err);
}

static enum cs_status write_then_fail(struct cs_db *db, void *ctx, struct cs_error *err)
{
	(void)ctx;
	if (db_meta_set(db, "half", "written", err) != CS_OK)
		return err->status;
	return cs_error_set(err, CS_ERR_DATA, "refused after a write");
}

int main(void)
{
	struct cs_db *db = NULL, *other = NULL;
	struct cs_error err;
	char p[256], v[64];
	FILE *f;
	int attempts = 0;

	setlocale(LC_ALL, "C.UTF-8");
	setenv("CONSTRUISONS_LOCK", "posix", 1);
	if (mkdtemp(dir) == NULL)
		return 99;

	path_of(p, sizeof p, "missing.db");
	is_int(db_open(p, DB_OPEN_EXISTING, &settings, &db, &err), CS_ERR_UNAVAILABLE, "a missing database is unavailable");
	ok(access(p, F_OK) != 0, "opening a missing database did not create it");
	path_of(p, sizeof p, "no/such/dir/c.db");
	is_int(db_open(p, DB_OPEN_CREATE, &settings, &db, &err), CS_ERR_CANTCREAT, "a missing directory cannot hold a new database");

	path_of(p, sizeof p, "text.db");
	f = fopen(p, "w");
	fputs("not a database at all, just some text that is long enough\n", f);
	fclose(f);
	is_int(db_open(p, DB_OPEN_EXISTING, &settings, &db, &err), CS_ERR_UNAVAILABLE, "a text file is refused");
	ok(strstr(err.message, "text.db") != NULL, "the message names the file: %s", err.message);
	is_int(db_open(p, DB_OPEN_CREATE, &settings, &db, &err), CS_ERR_UNAVAILABLE, "init does not overwrite a text file");

	path_of(p, sizeof p, "c.db");
	ok(db_open(p, DB_OPEN_CREATE, &settings, &db, &err) == CS_OK, "create");
	is_int(db_schema_version(db), schema_latest_version(), "schema at the latest version");
	pragma(db, "PRAGMA journal_mode", v, sizeof v);
	ok(strcmp(v, "wal") != 0 && strcmp(v, "delete") == 0, "rollback journal (delete), not WAL: %s", v);
	pragma(db, "PRAGMA foreign_keys", v, sizeof v);
	is_str(v, "1", "foreign keys on");
	pragma(db, "PRAGMA synchronous", v, sizeof v);
	is_str(v, "2", "synchronous FULL");
	pragma(db, "PRAGMA application_id", v, sizeof v);
	ok(atoi(v) == DB_APPLICATION_ID, "application id recorded");

	ok(db_write(db, insert_row, &attempts, &err) == CS_OK && attempts == 1, "a write commits at once when free");
	is_int(db_write(db, write_then_fail, NULL, &err), CS_ERR_DATA, "failed work reports its error");
	ok(db_meta_get(db, "half") == NULL, "failed work left nothing behind");
	ok(db_is_idle(db), "idle after a failed write");

	/* A second connection holds the write lock; the write retries until it is
	 * released by the child, then commits once. */
	{
		int pipefd[2];
		pid_t pid;
		char c;
		if (pipe(pipefd) != 0)
			return 99;
		pid = fork();
		if (pid == 0) {
			sqlite3 *h;
			sqlite3_open(p, &h);
			sqlite3_exec(h, "BEGIN IMMEDIATE; INSERT INTO meta VALUES ('child', 'x');", NULL, NULL, NULL);
			if (write(pipefd[1], "L", 1) != 1)
				_exit(1);
			usleep(300 * 1000);
			sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
			sqlite3_close(h);
			_exit(0);
		}
		if (read(pipefd[0], &c, 1) != 1)
			return 99;
		attempts = 0;
		ok(db_write(db, insert_row, &attempts, &err) == CS_OK, "a write waits for a busy database and commits");
		ok(attempts >= 1, "the whole work function ran %d time(s)", attempts);
		waitpid(pid, NULL, 0);
		{
			char *child = db_meta_get(db, "child");
			ok(child != NULL, "the other writer's commit is intact");
			free(child);
		}
		close(pipefd[0]);
		close(pipefd[1]);
	}
	/* A lock never released: after the busy timeout, CS_ERR_BUSY. */
	{
		sqlite3 *h;
		sqlite3_open(p, &h);
		sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		is_int(db_write(db, insert_row, &attempts, &err), CS_ERR_BUSY, "a database that stays locked reports busy");
		ok(db_is_idle(db), "idle after giving up");
		sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(h);
	}

	/* Change detection: another connection's commit is seen, our idle state
	 * is not mistaken for a change. */
	ok(db_changed(db), "first poll reports a change");
	ok(!db_changed(db), "no change without a commit");
	ok(db_open(p, DB_OPEN_EXISTING, &settings, &other, &err) == CS_OK, "second connection");
	ok(db_meta_set_in(other, "k", "changed") == CS_OK, "the other connection commits");
	ok(db_changed(db), "another connection's commit is detected");
	db_close(other);

	db_close(db);

	/* A newer schema is refused and left alone. */
	{
		sqlite3 *h;
		sqlite3_open(p, &h);
		sqlite3_exec(h, "PRAGMA user_version = 999", NULL, NULL, NULL);
		sqlite3_close(h);
	}
	is_int(db_open(p, DB_OPEN_EXISTING, &settings, &db, &err), CS_ERR_UNAVAILABLE, "a newer schema is refused");
	ok(strstr(err.message, "999") != NULL, "the message gives the version: %s", err.message);

	/* Another application's database. */
	path_of(p, sizeof p, "other.db");
	{
		sqlite3 *h;
		sqlite3_open(p, &h);
		sqlite3_exec(h, "PRAGMA application_id = 7; CREATE TABLE t(x)", NULL, NULL, NULL);
		sqlite3_close(h);
	}
	is_int(db_open(p, DB_OPEN_CREATE, &settings, &db, &err), CS_ERR_UNAVAILABLE, "another application's database is refused");

	{
		const char *names[] = { "missing.db", "text.db", "c.db", "c.db-journal", "c.db.proto", "other.db", "other.db.proto", "text.db.proto" };
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
			path_of(p, sizeof p, names[i]);
			unlink(p);
		}
		rmdir(dir);
	}
	return tap_done();
}
