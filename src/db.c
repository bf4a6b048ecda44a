/* db.c — the one place that opens the database: pragmas, schema and
 * migrations, the transaction loop with whole-transaction retry, the
 * statement cache, the mapping of SQLite errors to statuses and French
 * messages, and the idle invariant. See db.h for the contract and
 * design/storage.md for the reasons. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "clockcheck.h"
#include "db.h"
#include "dbfile.h"
#include "i18n.h"
#include "privilege.h"
#include "schema.h"
#include "text.h"

#define STMT_CACHE_SIZE 64

struct cached_stmt {
	const char *sql;      /* the caller's string literal (pointer identity) */
	sqlite3_stmt *stmt;
};

struct cs_db {
	sqlite3 *handle;
	char *path;
	char host[256];
	int busy_timeout;     /* seconds */
	int busy_wait_ms;     /* retry budget of db_read/db_write; -1: busy_timeout */
	unsigned long busy_writes;  /* writes given up on busy (db_busy_writes) */
	enum lock_mode lock_mode;
	unsigned char last_gen[LOCKVFS_GEN_SIZE];
	bool gen_seen;
	struct cached_stmt cache[STMT_CACHE_SIZE];
	int cached;
	long long last_data_version;
	unsigned seed;
	struct clockcheck clock;  /* this host's clock against the share's */
};

/* The "fr" collation: names and labels sorted as French readers expect. */
static int collate_fr(void *unused, int alen, const void *a, int blen, const void *b)
{
	(void)unused;
	return text_collate(a, (size_t)alen, b, (size_t)blen);
}

static enum cs_status exec_sql(struct cs_db *db, const char *sql,
                               const char *what, struct cs_error *err)
{
	int rc = sqlite3_exec(db->handle, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? CS_OK : db_fail(db, rc, what, err);
}

static void describe_holder(struct cs_db *db, struct cs_error *err);

enum cs_status db_fail(struct cs_db *db, int rc, const char *what,
                       struct cs_error *err)
{
	const char *detail = db && db->handle ? sqlite3_errmsg(db->handle)
	                                      : sqlite3_errstr(rc);
	const char *path = db && db->path ? db->path : "";

	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return cs_error_set(err, CS_ERR_BUSY,
		                    _("%s: the database is busy, try again in a moment"),
		                    what);
	case SQLITE_IOERR:
	case SQLITE_FULL:
		return cs_error_set(err, CS_ERR_IO,
		                    _("%s: input/output error on %s (%s)"), what, path,
		                    detail);
	case SQLITE_CORRUPT:
		return cs_error_set(err, CS_ERR_CORRUPT,
		                    _("%s: the database %s is damaged (%s)"), what, path,
		                    detail);
	case SQLITE_NOTADB:
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s is not a construisons database"), path);
	case SQLITE_CANTOPEN:
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("cannot open the database %s"), path);
	case SQLITE_READONLY:
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s: the database %s is read-only for you"), what,
		                    path);
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s: access to %s refused"), what, path);
	case SQLITE_CONSTRAINT:
		return cs_error_set(err, CS_ERR_DATA, _("%s: refused by a rule of the database (%s)"),
		                    what, detail);
	case SQLITE_NOMEM:
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	default:
		return cs_error_set(err, CS_ERR_INTERNAL, _("%s: unexpected database error (%s)"),
		                    what, detail);
	}
}

static int pragma_int(struct cs_db *db, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		*out = 0;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

static double monotonic_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sleeps for the attempt-th back-off: 2 ms doubling up to 250 ms, with a
 * random factor in [0.5, 1.5) so that racing processes spread out. */
static void back_off(struct cs_db *db, int attempt)
{
	double base = 0.002 * (double)(1u << (attempt < 7 ? attempt : 7));
	double jitter = 0.5 + (double)(rand_r(&db->seed) % 1000) / 1000.0;
	double s = (base > 0.25 ? 0.25 : base) * jitter;
	struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static enum cs_status migrate(struct cs_db *db, int from, int app_id,
                              struct cs_error *err)
{
	int latest = schema_latest_version();
	char sql[96];
	enum cs_status st;

	for (int attempt = 0;; attempt++) {
		st = exec_sql(db, "BEGIN IMMEDIATE", _("schema update"), err);
		if (st != CS_ERR_BUSY || attempt > 200)
			break;
		back_off(db, attempt);
	}
	if (st != CS_OK)
		return st;
	/* Someone may have migrated while we waited for the lock. */
	if (pragma_int(db, "PRAGMA user_version", &from) != SQLITE_OK)
		from = -1;
	for (int v = from + 1; from >= 0 && v <= latest; v++) {
		const char *const *sql_v = schema_migration(v);
		for (size_t k = 0; sql_v[k] != NULL; k++) {
			st = exec_sql(db, sql_v[k], _("schema update"), err);
			if (st != CS_OK)
				goto fail;
		}
	}
	if (from < 0) {
		st = cs_error_set(err, CS_ERR_INTERNAL, _("cannot read the schema version"));
		goto fail;
	}
	/* PRAGMA does not take bound parameters; both numbers are ours. */
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", latest);
	if ((st = exec_sql(db, sql, _("schema update"), err)) != CS_OK)
		goto fail;
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d", app_id);
	if ((st = exec_sql(db, sql, _("schema update"), err)) != CS_OK)
		goto fail;
	return exec_sql(db, "COMMIT", _("schema update"), err);
fail:
	sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
	return st;
}

static bool directory_exists(const char *path, bool *writable)
{
	char *copy = strdup(path);
	const char *dir;
	struct stat sb;
	bool ok;

	if (copy == NULL)
		return false;
	/* dirname() may change its argument: called once (a second call
	 * gave the grandparent). */
	dir = dirname(copy);
	ok = stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode);
	*writable = ok && faccessat(AT_FDCWD, dir, W_OK, AT_EACCESS) == 0;
	free(copy);
	return ok;
}

static const char *mode_name(enum lock_mode m)
{
	return m == LOCK_MODE_LEASE ? "lease" : "posix";
}

/* The mode this process was told to use (CONSTRUISONS_LOCK), or -1. */
static int forced_mode(void)
{
	const char *v = privilege_getenv("CONSTRUISONS_LOCK");

	if (v == NULL || v[0] == '\0')
		return -1;
	if (strcmp(v, "lease") == 0)
		return LOCK_MODE_LEASE;
	if (strcmp(v, "posix") == 0 || strcmp(v, "fcntl") == 0)
		return LOCK_MODE_POSIX;
	return -2;
}

/* Decides the lock mode of path before SQLite opens it. */
static enum cs_status choose_mode(const char *path, bool exists,
                                  const struct db_settings *settings,
                                  enum lock_mode *mode, struct cs_error *err)
{
	int forced = forced_mode();
	int have;

	if (forced == -2)
		return cs_error_set(err, CS_ERR_USAGE,
		                    _("CONSTRUISONS_LOCK must be \"lease\" or \"posix\""));
	have = dbfile_read_proto(path, mode);
	if (have < 0 && errno == EPROTO)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s.proto is unreadable or names an unknown lock mode"), path);
	if (have < 0)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s.proto cannot be read safely (%s): refused; an admin "
		                      "should remove it"), path, cs_strerror(errno));
	if (have == 0 && exists) {
		/* No record beside it (a restored backup, or a database made
		 * before lock modes were recorded): the header says. */
		*mode = dbfile_header_mode(path);
	} else if (have == 0) {
		char *copy = strdup(path), fs[32];
		if (copy == NULL)
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		if (settings->create_mode >= 0)
			*mode = (enum lock_mode)settings->create_mode;
		else if (forced >= 0)
			*mode = (enum lock_mode)forced;
		else
			*mode = lockvfs_default_mode(dirname(copy), fs, sizeof fs);
		free(copy);
		return CS_OK;
	}
	if (forced >= 0 && forced != (int)*mode)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the database %s uses the %s lock mode; this process "
		                      "would lock it in %s mode, which could lose writes: refused"),
		                    path, mode_name(*mode), mode_name((enum lock_mode)forced));
	return CS_OK;
}

int db_lock_mode_for(const char *path, const struct db_settings *settings)
{
	enum lock_mode mode = LOCK_MODE_POSIX;
	struct cs_error err;
	struct stat sb;
	char *real = dbfile_resolve(path);
	bool exists;
	enum cs_status st;

	if (real == NULL)
		return -1;
	exists = stat(real, &sb) == 0 && S_ISREG(sb.st_mode);
	st = choose_mode(real, exists, settings, &mode, &err);
	free(real);
	return st == CS_OK ? (int)mode : -1;
}

static enum cs_status open_resolved(const char *path, enum db_open_mode mode,
                                    const struct db_settings *settings, int wait_ms,
                                    struct cs_db **out, struct cs_error *err)
{
	enum lock_mode lock_mode = LOCK_MODE_POSIX;
	int expected_id;
	struct cs_db *db;
	struct stat sb;
	bool exists, dir_writable;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	int rc, version = 0, app_id = 0;
	enum cs_status st;
	double deadline;
	char raw_host[256] = "";

	if (!directory_exists(path, &dir_writable))
		return cs_error_set(err, mode == DB_OPEN_CREATE ? CS_ERR_CANTCREAT
		                                                : CS_ERR_UNAVAILABLE,
		                    _("the directory of the database %s does not exist"),
		                    path);
	exists = stat(path, &sb) == 0;
	if (exists && !S_ISREG(sb.st_mode))
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s is not a construisons database"), path);
	if (!exists && mode == DB_OPEN_EXISTING)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the database %s does not exist; create it with "
		                      "\"construisons init\""), path);
	if (!exists && !dir_writable)
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot create the database %s: the directory is not writable"),
		                    path);
	/* The effective ids: installed setgid, the group's rights are ours. */
	if (exists && faccessat(AT_FDCWD, path, R_OK | W_OK, AT_EACCESS) != 0)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the database %s is not readable and writable for you"),
		                    path);
	if (mode == DB_OPEN_CREATE)
		flags |= SQLITE_OPEN_CREATE;
	if ((st = choose_mode(path, exists, settings, &lock_mode, err)) != CS_OK)
		return st;
	if (lock_mode == LOCK_MODE_LEASE
	    && lockvfs_register(settings->lease_seconds) != SQLITE_OK)
		return cs_error_set(err, CS_ERR_INTERNAL, _("cannot set up the lease lock"));
	if (!exists && (rc = dbfile_create(path)) != 0)
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot create the database %s: %s"), path, cs_strerror(rc));
	if (!exists && (rc = dbfile_write_proto(path, lock_mode)) != 0) {
		unlink(path);
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot write %s.proto: %s"), path, cs_strerror(rc));
	}
	expected_id = lock_mode == LOCK_MODE_LEASE ? DB_APPLICATION_ID_LEASE
	                                           : DB_APPLICATION_ID;

	db = calloc(1, sizeof *db);
	if (db == NULL || (db->path = strdup(path)) == NULL) {
		free(db);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	db->busy_timeout = settings->busy_timeout > 0 ? settings->busy_timeout : 10;
	db->busy_wait_ms = -1;
	deadline = monotonic_seconds() + (wait_ms > 0 ? (double)wait_ms / 1000.0
	                                              : (double)db->busy_timeout);
	db->lock_mode = lock_mode;
	db->last_data_version = -1;
	clockcheck_init(&db->clock, 0);
	/* The host name is stored with every change and shown to every
	 * reader: whoever sets it (a UTS namespace takes any bytes) must not
	 * reach their screens with it. */
	if (gethostname(raw_host, sizeof raw_host - 1) != 0)
		strcpy(raw_host, "?");
	text_clean(raw_host, db->host, sizeof db->host);
	db->seed = (unsigned)getpid() ^ (unsigned)time(NULL);

	rc = sqlite3_open_v2(path, &db->handle, flags,
	                     lock_mode == LOCK_MODE_LEASE ? LOCKVFS_NAME : NULL);
	if (rc != SQLITE_OK) {
		st = db_fail(db, rc, _("opening the database"), err);
		if (!exists && mode == DB_OPEN_CREATE)
			st = cs_error_set(err, CS_ERR_CANTCREAT,
			                  _("cannot create the database %s"), path);
		db_close(db);
		return st;
	}
	sqlite3_extended_result_codes(db->handle, 1);
	sqlite3_create_collation(db->handle, "fr", SQLITE_UTF8, NULL, collate_fr);
	sqlite3_busy_timeout(db->handle, 0);   /* we retry ourselves */

	/* The first read of the header tells a database from anything else;
	 * like every access, it waits while another process holds the lock. */
	for (int attempt = 0;; attempt++) {
		rc = pragma_int(db, "PRAGMA application_id", &app_id);
		if (rc == SQLITE_OK)
			rc = pragma_int(db, "PRAGMA user_version", &version);
		if ((rc & 0xff) != SQLITE_BUSY || monotonic_seconds() > deadline)
			break;
		back_off(db, attempt);
	}
	if (rc != SQLITE_OK) {
		st = db_fail(db, rc, _("opening the database"), err);
		if (st == CS_ERR_BUSY)
			describe_holder(db, err);
		db_close(db);
		return st;
	}
	if (app_id != 0 && app_id != expected_id) {
		db_close(db);
		if (app_id == DB_APPLICATION_ID || app_id == DB_APPLICATION_ID_LEASE)
			return cs_error_set(err, CS_ERR_UNAVAILABLE,
			                    _("the database %s was made for the %s lock mode but "
			                      "%s.proto says %s: refused"), path,
			                    app_id == DB_APPLICATION_ID_LEASE ? "lease" : "posix",
			                    path, mode_name(lock_mode));
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s belongs to another application"), path);
	}
	if (version > schema_latest_version()) {
		db_close(db);
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the database %s has schema version %d, newer than "
		                      "this program's %d: update construisons"),
		                    path, version, schema_latest_version());
	}
	if (version == 0 && mode == DB_OPEN_EXISTING) {
		db_close(db);
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("%s is not a construisons database; create one with "
		                      "\"construisons init\""), path);
	}
	if (version == 0) {
		int tables = 0;
		if (pragma_int(db, "SELECT count(*) FROM sqlite_schema", &tables) != SQLITE_OK
		    || tables != 0) {
			db_close(db);
			return cs_error_set(err, CS_ERR_UNAVAILABLE,
			                    _("%s is not a construisons database"), path);
		}
	}

	/* Rollback journal, never WAL: the file is shared by several hosts. */
	for (int attempt = 0;; attempt++) {
		st = exec_sql(db, "PRAGMA foreign_keys = ON;"
		                  "PRAGMA journal_mode = DELETE;"
		                  "PRAGMA journal_size_limit = 1048576;"
		                  "PRAGMA synchronous = FULL;"
		                  "PRAGMA mmap_size = 0;"
		                  "PRAGMA cache_size = -1024;"
		                  "PRAGMA temp_store = MEMORY;",
		              _("opening the database"), err);
		if (st != CS_ERR_BUSY || monotonic_seconds() > deadline)
			break;
		back_off(db, attempt);
	}
	if (st != CS_OK) {
		if (st == CS_ERR_BUSY)
			describe_holder(db, err);
		db_close(db);
		return st;
	}
	if (lock_mode == LOCK_MODE_LEASE)
		lockvfs_sweep_orphans(path, 3600);
	if (version < schema_latest_version()) {
		if ((st = migrate(db, version, expected_id, err)) != CS_OK) {
			db_close(db);
			return st;
		}
	}
	*out = db;
	return CS_OK;
}

enum cs_status db_open(const char *path, enum db_open_mode mode,
                       const struct db_settings *settings, struct cs_db **out,
                       struct cs_error *err)
{
	return db_open_within(path, mode, settings, 0, out, err);
}

enum cs_status db_open_within(const char *path, enum db_open_mode mode,
                              const struct db_settings *settings, int wait_ms,
                              struct cs_db **out, struct cs_error *err)
{
	enum cs_status st;
	char *real;

	*out = NULL;
	if (path == NULL || path[0] == '\0')
		return cs_error_set(err, CS_ERR_USAGE, _("no database path given"));
	/* Resolved once, before any companion file name is derived from it:
	 * every path to the database (a symlink...) shares one lock. */
	real = dbfile_resolve(path);
	if (real == NULL && errno == ENOMEM)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	if (real == NULL)
		return cs_error_set(err, mode == DB_OPEN_CREATE ? CS_ERR_CANTCREAT
		                                                : CS_ERR_UNAVAILABLE,
		                    _("the directory of the database %s does not exist"),
		                    path);
	st = open_resolved(real, mode, settings, wait_ms, out, err);
	free(real);
	return st;
}

void db_close(struct cs_db *db)
{
	if (db == NULL)
		return;
	for (int i = 0; i < db->cached; i++)
		sqlite3_finalize(db->cache[i].stmt);
	if (db->handle != NULL)
		sqlite3_close_v2(db->handle);
	free(db->path);
	free(db);
}

enum lock_mode db_lock_mode(const struct cs_db *db)
{
	return db->lock_mode;
}

sqlite3 *db_handle(struct cs_db *db)
{
	return db->handle;
}

const char *db_path(const struct cs_db *db)
{
	return db->path;
}

const char *db_host(const struct cs_db *db)
{
	return db->host;
}

void db_set_clock_drift_max(struct cs_db *db, int seconds)
{
	clockcheck_init(&db->clock, seconds);
}

/* After the retries: who holds the database, how long it has been silent
 * and when it will be broken, so the user knows whom to ask or how long to
 * wait. */
static void describe_holder(struct cs_db *db, struct cs_error *err)
{
	struct lock_holder h;
	char *host;

	if (db->lock_mode != LOCK_MODE_LEASE)
		return;
	lockvfs_holder(db->path, &h);
	if (!h.present)
		return;
	host = text_sanitize(h.parsed ? h.host : "?", TEXT_SINGLE_LINE);
	if (h.state != LOCK_LIVE)
		cs_error_set(err, CS_ERR_BUSY,
		             _("the database is busy: its lock (host %s, pid %ld) has been silent "
		               "for %.0f s, longer than the lease (%d s): the next access breaks it"),
		             host ? host : "?", h.parsed ? h.pid : 0L,
		             h.silent_for > 0 ? h.silent_for : 0.0, h.lease);
	else if (h.silent_for >= 0 && h.silent_for >= (double)h.lease / 2.0)
		cs_error_set(err, CS_ERR_BUSY,
		             _("the database is busy: its lock (host %s, pid %ld) has been silent "
		               "for %.0f s; it will be broken in %.0f s if it stays silent"),
		             host ? host : "?", h.parsed ? h.pid : 0L, h.silent_for,
		             h.breaks_in > 0 ? h.breaks_in : 0.0);
	else if (h.parsed)
		cs_error_set(err, CS_ERR_BUSY,
		             _("the database is busy: held by host %s, pid %ld, for %lld s"),
		             host ? host : "?", h.pid,
		             (long long)time(NULL) - h.acquired > 0
		                 ? (long long)time(NULL) - h.acquired : 0LL);
	free(host);
}

static enum cs_status run_transaction(struct cs_db *db, bool write,
                                      db_work_fn fn, void *ctx,
                                      struct cs_error *err)
{
	const char *begin = write ? "BEGIN IMMEDIATE" : "BEGIN";
	double deadline = monotonic_seconds() +
	                  (db->busy_wait_ms >= 0 ? (double)db->busy_wait_ms / 1000.0
	                                         : (double)db->busy_timeout);
	enum cs_status st;
	int rc;

	/* Every date a write stores comes from this host's clock. */
	if (write && (st = clockcheck_verify(&db->clock, db->path, monotonic_seconds(),
	                                     err)) != CS_OK)
		return st;
	for (int attempt = 0;; attempt++) {
		cs_error_clear(err);
		rc = sqlite3_exec(db->handle, begin, NULL, NULL, NULL);
		if (rc == SQLITE_OK) {
			st = fn(db, ctx, err);
			if (st == CS_OK) {
				rc = sqlite3_exec(db->handle, "COMMIT", NULL, NULL, NULL);
				if (rc == SQLITE_OK)
					return CS_OK;
				st = db_fail(db, rc, _("saving"), err);
			}
			if (!sqlite3_get_autocommit(db->handle))
				sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
		} else {
			st = db_fail(db, rc, write ? _("starting a change") : _("reading"), err);
		}
		if (st != CS_ERR_BUSY)
			return st;
		if (monotonic_seconds() > deadline) {
			describe_holder(db, err);
			if (write)
				db->busy_writes++;
			return st;
		}
		back_off(db, attempt);
	}
}

void db_set_busy_wait_ms(struct cs_db *db, int ms)
{
	db->busy_wait_ms = ms;
}

unsigned long db_busy_writes(const struct cs_db *db)
{
	return db->busy_writes;
}

int db_busy_timeout(const struct cs_db *db)
{
	return db->busy_timeout;
}

enum cs_status db_read(struct cs_db *db, db_work_fn fn, void *ctx,
                       struct cs_error *err)
{
	return run_transaction(db, false, fn, ctx, err);
}

enum cs_status db_write(struct cs_db *db, db_work_fn fn, void *ctx,
                        struct cs_error *err)
{
	return run_transaction(db, true, fn, ctx, err);
}

sqlite3_stmt *db_prepare(struct cs_db *db, const char *sql,
                         struct cs_error *err)
{
	sqlite3_stmt *st;
	int rc;

	for (int i = 0; i < db->cached; i++) {
		if (db->cache[i].sql == sql) {
			st = db->cache[i].stmt;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
	}
	rc = sqlite3_prepare_v3(db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT,
	                        &st, NULL);
	if (rc != SQLITE_OK) {
		db_fail(db, rc, _("preparing a query"), err);
		return NULL;
	}
	if (db->cached == STMT_CACHE_SIZE) {
		/* Full: evict the oldest entry. */
		sqlite3_finalize(db->cache[0].stmt);
		memmove(db->cache, db->cache + 1,
		        (STMT_CACHE_SIZE - 1) * sizeof db->cache[0]);
		db->cached--;
	}
	db->cache[db->cached].sql = sql;
	db->cache[db->cached].stmt = st;
	db->cached++;
	return st;
}

void db_stmt_done(sqlite3_stmt *stmt)
{
	if (stmt != NULL)
		sqlite3_reset(stmt);
}

int db_bind_text(sqlite3_stmt *stmt, int index, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(stmt, index);
	return sqlite3_bind_text(stmt, index, s, -1, SQLITE_TRANSIENT);
}

enum cs_status db_step_done(struct cs_db *db, sqlite3_stmt *stmt, const char *what,
                            struct cs_error *err)
{
	int rc = sqlite3_step(stmt);

	db_stmt_done(stmt);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, what, err);
}

void db_column_copy(sqlite3_stmt *stmt, int col, char *buf, size_t size)
{
	const unsigned char *s = sqlite3_column_text(stmt, col);

	snprintf(buf, size, "%s", s ? (const char *)s : "");
}

char *db_column_dup(sqlite3_stmt *stmt, int col)
{
	const unsigned char *s = sqlite3_column_text(stmt, col);

	return strdup(s ? (const char *)s : "");
}

char *db_meta_get(struct cs_db *db, const char *key)
{
	static const char sql[] = "SELECT value FROM meta WHERE key = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, NULL);
	char *v = NULL;

	if (st == NULL)
		return NULL;
	db_bind_text(st, 1, key);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = db_column_dup(st, 0);
	db_stmt_done(st);
	return v;
}

enum cs_status db_meta_set(struct cs_db *db, const char *key,
                           const char *value, struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO meta(key, value) VALUES (?1, ?2)"
		" ON CONFLICT(key) DO UPDATE SET value = excluded.value";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err ? err->status : CS_ERR_INTERNAL;
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("saving a setting"), err);
}

int db_schema_version(struct cs_db *db)
{
	int v = 0;

	pragma_int(db, "PRAGMA user_version", &v);
	return v;
}

bool db_changed(struct cs_db *db)
{
	int v = 0;

	if (db->lock_mode == LOCK_MODE_LEASE) {
		unsigned char gen[LOCKVFS_GEN_SIZE];
		if (!lockvfs_read_generation(db->path, gen))
			memset(gen, 0, sizeof gen);
		if (db->gen_seen && memcmp(gen, db->last_gen, sizeof gen) == 0)
			return false;
		memcpy(db->last_gen, gen, sizeof gen);
		db->gen_seen = true;
		return true;
	}
	if (pragma_int(db, "PRAGMA data_version", &v) != SQLITE_OK)
		return true;
	if (v == db->last_data_version)
		return false;
	db->last_data_version = v;
	return true;
}

bool db_is_idle(struct cs_db *db)
{
	sqlite3_stmt *st = NULL;

	if (!sqlite3_get_autocommit(db->handle))
		return false;
	while ((st = sqlite3_next_stmt(db->handle, st)) != NULL)
		if (sqlite3_stmt_busy(st))
			return false;
	return db->lock_mode != LOCK_MODE_LEASE || lockvfs_level(db->path) == 0;
}

static enum cs_status integrity_work(struct cs_db *db, void *ctx, struct cs_error *err)
{
	bool quick = *(bool *)ctx;
	sqlite3_stmt *st;
	enum cs_status status = CS_OK;
	int rc = sqlite3_prepare_v2(db->handle,
	                            quick ? "PRAGMA quick_check" : "PRAGMA integrity_check",
	                            -1, &st, NULL);

	if (rc != SQLITE_OK)
		return db_fail(db, rc, _("checking the database"), err);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		if (r == NULL || strcmp(r, "ok") != 0)
			status = cs_error_set(err, CS_ERR_CORRUPT,
			                      _("integrity check of %s failed: %s"),
			                      db->path, r ? r : "?");
	} else {
		status = db_fail(db, rc, _("checking the database"), err);
	}
	sqlite3_finalize(st);
	return status;
}

/* A read transaction like any other: it waits for a busy lock up to the
 * busy timeout (a bare statement gave up at once while another host held
 * the lock, so `check` failed under ordinary use). */
enum cs_status db_check_integrity(struct cs_db *db, bool quick,
                                  struct cs_error *err)
{
	return db_read(db, integrity_work, &quick, err);
}

void db_now(char *buf, size_t size)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

enum cs_status db_snapshot(struct cs_db *db, sqlite3 **copy, struct cs_error *err)
{
	sqlite3 *mem = NULL;
	sqlite3_backup *b;
	double deadline = monotonic_seconds() + db->busy_timeout;
	enum cs_status st;
	int rc;

	*copy = NULL;
	/* A private database of the memdb VFS: contiguous, so that it can be
	 * serialised without a second copy (at most 1 GiB, memdb's limit). */
	rc = sqlite3_open_v2("file:construisons-snapshot?vfs=memdb", &mem,
	                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
	                     NULL);
	if (rc != SQLITE_OK) {
		sqlite3_close(mem);
		return cs_error_set(err, CS_ERR_INTERNAL, _("backup: %s"), sqlite3_errstr(rc));
	}
	b = sqlite3_backup_init(mem, "main", db->handle, "main");
	if (b == NULL) {
		st = cs_error_set(err, CS_ERR_INTERNAL, _("backup: %s"), sqlite3_errmsg(mem));
		sqlite3_close(mem);
		return st;
	}
	for (int attempt = 0;; attempt++) {
		rc = sqlite3_backup_step(b, -1);
		if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || monotonic_seconds() > deadline)
			break;
		back_off(db, attempt);
	}
	sqlite3_backup_finish(b);
	if ((rc & 0xff) == SQLITE_FULL) {
		sqlite3_close(mem);
		return cs_error_set(err, CS_ERR_IO,
		                    _("backup: the database is larger than the 1 GiB a backup "
		                      "can hold in memory; copy it with sqlite3 .backup while "
		                      "nobody uses it"));
	}
	if (rc != SQLITE_DONE) {
		st = db_fail(db, rc, _("backup"), err);
		sqlite3_close(mem);
		return st;
	}
	*copy = mem;
	return CS_OK;
}
