/* db.h — the one place that opens the database. Owns the connection, the
 * pragmas (foreign_keys=ON, rollback journal never WAL, synchronous=FULL,
 * mmap off), the schema and its forward migrations (PRAGMA user_version),
 * and the transaction discipline of design/storage.md:
 *   - reads for one screen are one db_read() transaction;
 *   - every write is one db_write(): BEGIN IMMEDIATE, the work, COMMIT; on
 *     SQLITE_BUSY the whole work function is rolled back and run again with
 *     jittered exponential back-off until the busy timeout, then
 *     CS_ERR_BUSY; a work function must therefore only touch the database
 *     and memory it owns through ctx;
 *   - nothing stays open between two calls (db_is_idle() checks it).
 * SQL elsewhere in src/ goes through db_prepare() and bound parameters. */
#ifndef CS_DB_H
#define CS_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "err.h"

#include "lockvfs.h"

#define DB_APPLICATION_ID 0x436f6e73       /* "Cons": posix lock mode */
#define DB_APPLICATION_ID_LEASE 0x436f4c65 /* "CoLe": lease lock mode */

/* How to open: retry budget, lease time, and for a new database its lock
 * mode (-1 chooses from the file system, see lockvfs_default_mode). The
 * environment variable CONSTRUISONS_LOCK=lease|posix states how this
 * process means to lock; a database of the other mode is then refused. */
struct db_settings {
	int busy_timeout;     /* seconds of retry before CS_ERR_BUSY */
	int lease_seconds;    /* lease time of the lease lock */
	int create_mode;      /* enum lock_mode, or -1 for automatic */
};

struct cs_db;

enum db_open_mode {
	DB_OPEN_EXISTING, /* the database must exist and have our schema */
	DB_OPEN_CREATE    /* create it (and its schema) if missing */
};

/* Opens path; with DB_OPEN_CREATE creates the file and the schema and runs
 * migrations. Refuses a file that is not a database, another application's
 * database or a newer schema version (CS_ERR_UNAVAILABLE), a missing
 * directory or file (CS_ERR_UNAVAILABLE / CS_ERR_CANTCREAT), and a database
 * whose lock mode (<db>.proto, application_id) differs from the one this
 * process was told to use. On success *out owns the connection; release
 * with db_close(). */
enum cs_status db_open(const char *path, enum db_open_mode mode,
                       const struct db_settings *settings, struct cs_db **out,
                       struct cs_error *err);

/* The same, but a lock held by another process is waited for only about
 * wait_ms milliseconds (0: the busy timeout), then CS_ERR_BUSY naming the
 * holder: the interactive program opens this way and tries again itself,
 * its screen alive meanwhile. */
enum cs_status db_open_within(const char *path, enum db_open_mode mode,
                              const struct db_settings *settings, int wait_ms,
                              struct cs_db **out, struct cs_error *err);

/* The lock mode of the open database. */
enum lock_mode db_lock_mode(const struct cs_db *db);

/* The lock mode db_open would use for path: the one recorded beside an
 * existing database, else the one it would give a new one (from settings,
 * CONSTRUISONS_LOCK and the file system); -1 where db_open would refuse (it
 * then says why). Lets init and check probe the share before opening. */
int db_lock_mode_for(const char *path, const struct db_settings *settings);

/* Closes the connection; NULL is allowed. */
void db_close(struct cs_db *db);

/* The raw handle, for the core modules' prepared statements only. */
sqlite3 *db_handle(struct cs_db *db);

/* The path given to db_open and this host's name (for the audit). */
const char *db_path(const struct cs_db *db);
const char *db_host(const struct cs_db *db);

/* Writes are refused when this host's clock and the share's differ by more
 * than seconds (clock_drift_max; 0, the default after db_open, turns the
 * check off). */
void db_set_clock_drift_max(struct cs_db *db, int seconds);

/* The retry budget of db_read and db_write on this connection: ms >= 0
 * gives up with CS_ERR_BUSY (and the holder's description) after about ms
 * milliseconds, so that an event loop never waits in the back-off and
 * retries later itself (the UI); -1, the default, waits the busy timeout
 * (the command line). */
void db_set_busy_wait_ms(struct cs_db *db, int ms);

/* How many db_write calls gave up on a busy database so far (a caller
 * compares two values to learn whether a change it asked for was not made
 * because of the lock, as opposed to a read). */
unsigned long db_busy_writes(const struct cs_db *db);

/* The busy timeout in seconds given at db_open (10 by default). */
int db_busy_timeout(const struct cs_db *db);

/* Runs fn inside one read transaction (BEGIN DEFERRED ... COMMIT). */
typedef enum cs_status (*db_work_fn)(struct cs_db *db, void *ctx,
                                     struct cs_error *err);
enum cs_status db_read(struct cs_db *db, db_work_fn fn, void *ctx,
                       struct cs_error *err);

/* Runs fn inside BEGIN IMMEDIATE ... COMMIT, retrying the whole of it on
 * busy (see the file comment). When fn fails, everything it wrote is rolled
 * back. Before anything, this host's clock is checked against the share's
 * (clockcheck.h, see db_set_clock_drift_max): when they differ too much,
 * CS_ERR_UNAVAILABLE and fn is not run. */
enum cs_status db_write(struct cs_db *db, db_work_fn fn, void *ctx,
                        struct cs_error *err);

/* Prepares sql (cached per connection by the address of the text, so sql
 * must be a string constant, never a reused buffer; the statement is reset and its
 * bindings cleared before it is handed out). Returns NULL and sets err on a
 * prepare failure. The caller must not finalize it; it must call
 * sqlite3_reset() when done (db_stmt_done()). */
sqlite3_stmt *db_prepare(struct cs_db *db, const char *sql,
                         struct cs_error *err);
void db_stmt_done(sqlite3_stmt *stmt);

/* Translates an SQLite result code (and the connection's message) into a
 * status and a French message prefixed by what (e.g. "lecture des idées"). */
enum cs_status db_fail(struct cs_db *db, int rc, const char *what,
                       struct cs_error *err);

/* Binds a UTF-8 string (NULL binds SQL NULL). */
int db_bind_text(sqlite3_stmt *stmt, int index, const char *s);

/* Steps a statement that returns no row, resets it, and maps a failure to
 * a status with what (e.g. "saving the idea") in its message. */
enum cs_status db_step_done(struct cs_db *db, sqlite3_stmt *stmt, const char *what,
                            struct cs_error *err);

/* Copies a text column into buf ("" for NULL), always NUL-terminated. */
void db_column_copy(sqlite3_stmt *stmt, int col, char *buf, size_t size);

/* A newly allocated copy of a text column ("" for NULL). */
char *db_column_dup(sqlite3_stmt *stmt, int col);

/* A value from the meta table (newly allocated, NULL if absent). */
char *db_meta_get(struct cs_db *db, const char *key);
/* Sets a value in the meta table; call inside db_write. */
enum cs_status db_meta_set(struct cs_db *db, const char *key,
                           const char *value, struct cs_error *err);

/* The schema version of the open database. */
int db_schema_version(struct cs_db *db);

/* Lock-free change detection for the UI: true when a commit happened since
 * the previous call (the first call returns true). In lease mode this reads
 * <db>.gen with open/pread/close and takes no lock at all. */
bool db_changed(struct cs_db *db);

/* The idle invariant: no statement busy, autocommit on, and no lock held
 * through the lease VFS. */
bool db_is_idle(struct cs_db *db);

/* Result of PRAGMA quick_check / integrity_check: CS_OK when "ok". */
enum cs_status db_check_integrity(struct cs_db *db, bool quick,
                                  struct cs_error *err);

/* One consistent snapshot of the database (the SQLite backup API, taken
 * under the lock like any read) in a private in-memory database (memdb
 * VFS, at most 1 GiB). On success *copy owns it (sqlite3_close() it);
 * nothing is written to any file. */
enum cs_status db_snapshot(struct cs_db *db, sqlite3 **copy, struct cs_error *err);

/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into buf (at least 21 bytes). */
void db_now(char *buf, size_t size);

#endif
