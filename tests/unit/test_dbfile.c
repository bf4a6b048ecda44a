/* test_dbfile.c — the database's own files: the path resolved once (a
 * symlink to the database shares its lock: two writers through the two
 * paths exclude each other), the modes of the database, its journal and
 * <db>.proto whatever the umask, the .proto that cannot be read safely (a
 * FIFO, a symlink) refused at once, the lock mode read from the header of
 * a database without .proto, and the backup file written for the user. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "backup.h"
#include "db.h"
#include "dbfile.h"
#include "tap.h"

static char dir[] = "/tmp/cs-dbfile-XXXXXX";
static const struct db_settings lease = { 1, 30, LOCK_MODE_LEASE };
static const struct db_settings posix = { 1, 30, LOCK_MODE_POSIX };

static const char *at(const char *name)
{
	static char buf[4][PATH_MAX];
	static int next;
	char *p = buf[next++ % 4];

	snprintf(p, PATH_MAX, "%s/%s", dir, name);
	return p;
}

static unsigned mode_of(const char *path)
{
	struct stat sb;

	return lstat(path, &sb) == 0 ? (unsigned)(sb.st_mode & 07777) : 01000000u;
}

static enum cs_status set_k(struct cs_db *db, void *ctx, struct cs_error *err)
{
	return db_meta_set(db, "k", ctx, err);
}

/* Inside a write: records the journal's mode into ctx. */
static enum cs_status journal_mode_of(struct cs_db *db, void *ctx, struct cs_error *err)
{
	char path[PATH_MAX];
	enum cs_status st = db_meta_set(db, "j", "x", err);

	snprintf(path, sizeof path, "%s-journal", db_path(db));
	*(unsigned *)ctx = mode_of(path);
	return st;
}

/* Two writers through the two paths, in two processes: the storage tests'
 * holder program holds a write through the symlink while this process
 * tries to write through the real path. */
static void symlink_shares_lock(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	const char *build = getenv("BUILD_ROOT");
	char cmd[PATH_MAX * 2], line[64] = "";
	FILE *holder;

	ok(db_open(at("shared.db"), DB_OPEN_CREATE, &lease, &db, &err) == CS_OK,
	   "a lease database: %s", err.message);
	db_close(db);
	if (symlink(at("shared.db"), at("link.db")) != 0)
		exit(99);
	ok(db_open(at("link.db"), DB_OPEN_EXISTING, &lease, &db, &err) == CS_OK,
	   "opened through a symlink: %s", err.message);
	is_str(db ? db_path(db) : "", at("shared.db"), "its path is the database's own");
	db_close(db);
	if (build == NULL) {
		ok(0, "BUILD_ROOT is not set (run through meson test)");
		return;
	}
	ok(db_open(at("shared.db"), DB_OPEN_EXISTING, &lease, &db, &err) == CS_OK,
	   "second writer through the real path");
	if (db == NULL)
		return;
	snprintf(cmd, sizeof cmd, "%s/tests/storage/holder %s 3", build, at("link.db"));
	holder = popen(cmd, "r");
	if (holder == NULL || fgets(line, sizeof line, holder) == NULL)
		exit(99);
	is_str(line, "holding\n", "a writer holds the database through the symlink");
	is_int(db_write(db, set_k, "other", &err), CS_ERR_BUSY,
	       "meanwhile a writer through the real path waits (one lock for both paths)");
	ok(access(at("link.db.lock"), F_OK) != 0, "no lock of its own beside the symlink");
	ok(fgets(line, sizeof line, holder) != NULL && strcmp(line, "committed\n") == 0
	   && pclose(holder) == 0, "the holder committed");
	ok(db_write(db, set_k, "after", &err) == CS_OK, "then the other writer commits");
	db_close(db);
}

static void modes_under_umask(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	unsigned jmode = 0;

	/* A shared directory (setgid): 0660 whatever the umask. */
	if (mkdir(at("shared"), 0770) != 0 || chmod(at("shared"), 02770) != 0)
		exit(99);
	umask(077);
	ok(db_open(at("shared/a.db"), DB_OPEN_CREATE, &lease, &db, &err) == CS_OK,
	   "created under umask 077");
	is_int((int)mode_of(at("shared/a.db")), 0660, "the database is 0660 under umask 077");
	is_int((int)mode_of(at("shared/a.db.proto")), 0660, "its .proto is 0660");
	ok(db != NULL && db_write(db, journal_mode_of, &jmode, &err) == CS_OK, "a write");
	is_int((int)jmode, 0660, "its journal is 0660 under umask 077");
	db_close(db);
	umask(0);
	ok(db_open(at("shared/b.db"), DB_OPEN_CREATE, &posix, &db, &err) == CS_OK,
	   "created under umask 000");
	is_int((int)mode_of(at("shared/b.db")), 0660, "the database is 0660 under umask 000");
	is_int((int)mode_of(at("shared/b.db.proto")), 0660, "its .proto is 0660");
	ok(db != NULL && db_write(db, journal_mode_of, &jmode, &err) == CS_OK, "a write");
	is_int((int)jmode, 0660, "its journal is 0660 under umask 000");
	db_close(db);
	/* A private directory keeps the user's umask. */
	umask(077);
	ok(db_open(at("private.db"), DB_OPEN_CREATE, &posix, &db, &err) == CS_OK,
	   "a private database under umask 077");
	is_int((int)mode_of(at("private.db")), 0600, "it is 0600");
	db_close(db);
	umask(022);
}

static void unsafe_proto(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	time_t start;

	ok(db_open(at("p.db"), DB_OPEN_CREATE, &posix, &db, &err) == CS_OK, "p.db");
	db_close(db);
	if (rename(at("p.db.proto"), at("saved.proto")) != 0 || mkfifo(at("p.db.proto"), 0666) != 0)
		exit(99);
	start = time(NULL);
	is_int(db_open(at("p.db"), DB_OPEN_EXISTING, &posix, &db, &err), CS_ERR_UNAVAILABLE,
	       "a FIFO as <db>.proto is refused");
	ok(time(NULL) - start < 3, "at once, without waiting for a writer");
	ok(strstr(err.message, ".proto") != NULL, "the message names it: %s", err.message);
	unlink(at("p.db.proto"));
	if (symlink(at("saved.proto"), at("p.db.proto")) != 0)
		exit(99);
	is_int(db_open(at("p.db"), DB_OPEN_EXISTING, &posix, &db, &err), CS_ERR_UNAVAILABLE,
	       "a symlink as <db>.proto is refused");
	ok(strstr(err.message, ".proto") != NULL, "the message names it: %s", err.message);
	unlink(at("p.db.proto"));
	ok(db_open(at("p.db"), DB_OPEN_EXISTING, &posix, &db, &err) == CS_OK,
	   "without .proto, the database opens");
	db_close(db);
	/* A symlink planted where a new database's .proto will be written. */
	if (symlink(at("victim"), at("n.db.proto")) != 0)
		exit(99);
	ok(db_open(at("n.db"), DB_OPEN_CREATE, &posix, &db, &err) != CS_OK,
	   "a new database refuses a symlink planted as its .proto");
	ok(access(at("victim"), F_OK) != 0, "nothing was written through it");
	ok(access(at("n.db"), F_OK) != 0, "and no half-made database is left");
}

static void header_mode(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;

	unsetenv("CONSTRUISONS_LOCK");
	ok(db_open(at("h.db"), DB_OPEN_CREATE, &lease, &db, &err) == CS_OK, "a lease database");
	db_close(db);
	unlink(at("h.db.proto"));
	is_int((int)dbfile_header_mode(at("h.db")), LOCK_MODE_LEASE, "the header says lease");
	ok(db_open(at("h.db"), DB_OPEN_EXISTING, &posix, &db, &err) == CS_OK
	   && db_lock_mode(db) == LOCK_MODE_LEASE,
	   "without .proto it opens in the header's mode: %s", err.message);
	db_close(db);
}

static void backup_file(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	sqlite3 *h;
	sqlite3_stmt *st;
	char v[32] = "";

	ok(db_open(at("src.db"), DB_OPEN_CREATE, &lease, &db, &err) == CS_OK, "source");
	ok(db_write(db, set_k, "sauvé", &err) == CS_OK, "a value");
	ok(backup_write(db, at("copy.db"), false, &err) == CS_OK, "backup: %s", err.message);
	is_int((int)mode_of(at("copy.db")), 0600, "the backup is 0600");
	ok(access(at("copy.db.proto"), F_OK) != 0, "no .proto beside it");
	if (sqlite3_open(at("copy.db"), &h) == SQLITE_OK
	    && sqlite3_prepare_v2(h, "SELECT value FROM meta WHERE key = 'k'", -1, &st, NULL)
	           == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(v, sizeof v, "%s", (const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	sqlite3_close(h);
	is_str(v, "sauvé", "the backup holds the data");
	is_int(backup_write(db, at("copy.db"), false, &err), CS_ERR_CANTCREAT,
	       "an existing file is refused");
	ok(strstr(err.message, "--force") != NULL, "the message names --force: %s", err.message);
	ok(backup_write(db, at("copy.db"), true, &err) == CS_OK, "--force replaces it");
	if (symlink(at("target"), at("planted.db")) != 0)
		exit(99);
	is_int(backup_write(db, at("planted.db"), false, &err), CS_ERR_CANTCREAT,
	       "a planted symlink is refused");
	is_int(backup_write(db, at("planted.db"), true, &err), CS_ERR_CANTCREAT,
	       "even with --force");
	ok(access(at("target"), F_OK) != 0, "nothing was written through it");
	db_close(db);
	{
		struct cs_db *r = NULL;
		ok(db_open(at("copy.db"), DB_OPEN_EXISTING, &posix, &r, &err) == CS_OK
		   && db_lock_mode(r) == LOCK_MODE_LEASE,
		   "the backup opens as a lease database without its .proto");
		db_close(r);
	}
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	{
		char *r = dbfile_resolve(dir);
		if (r == NULL)
			return 99;
		snprintf(dir, sizeof dir, "%s", r); /* /tmp itself might be a link */
		free(r);
	}
	{
		char *r = dbfile_resolve(at("no/such.db"));
		ok(r == NULL && errno == ENOENT, "a missing directory does not resolve");
		free(r);
	}
	symlink_shares_lock();
	modes_under_umask();
	unsafe_proto();
	header_mode();
	backup_file();
	{
		char cmd[PATH_MAX + 16];
		snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
		if (system(cmd) != 0)
			return 99;
	}
	return tap_done();
}
