/* shareprobe.h — does the file system under a shared database do what the
 * lease lock (lockvfs.h) relies on? Checked from one host, in the database's
 * directory, with scratch files of our own named
 * .construisons-probe.<host>.<pid>.<random>-<suffix> (created with O_EXCL
 * through sidefile_open, never following a link, and always removed):
 *   - exclusive create: a file just created is seen by name and a second
 *     O_CREAT|O_EXCL of it fails with EEXIST (the lock is that file); where
 *     this host mounts the share twice (mounts_twin), also through the
 *     other mount, which had looked the name up before it was created;
 *   - write and fsync: a write and fsync() both return success (a fsync that
 *     does nothing but returns 0 cannot be told apart from one host);
 *   - mtime on write: a write moves the file's mtime forward, seen through
 *     the descriptor and by name (the lock's age is the server's stamp on
 *     <db>.lock, see shareclock.h);
 *   - rename: a file renamed aside keeps its content under the new name and
 *     is gone from the old one, also over an existing name (the breaker
 *     renames <db>.lock aside);
 *   - unlink of a just-closed file succeeds (EBUSY is retried a few times);
 *   - link(): only used to give back a lock renewed while it was being
 *     broken, with rename as the fallback, so its failure is a warning, not a
 *     refusal.
 * Scratch files left by a probe killed midway are removed by the next probe
 * once ten minutes old by the server's clock.
 * init runs it before creating a lease-mode database, check on every lease
 * database. */
#ifndef CS_SHAREPROBE_H
#define CS_SHAREPROBE_H

#include <stdbool.h>

#include "err.h"

enum shareprobe_check {
	SHAREPROBE_EXCL,
	SHAREPROBE_FSYNC,
	SHAREPROBE_MTIME,
	SHAREPROBE_RENAME,
	SHAREPROBE_UNLINK,
	SHAREPROBE_LINK,
	SHAREPROBE_COUNT
};

enum shareprobe_result {
	SHAREPROBE_OK,
	SHAREPROBE_FAILED,    /* the lock cannot be trusted on this file system */
	SHAREPROBE_WARNING,   /* failed, but the lock does without it */
	SHAREPROBE_NOT_RUN    /* an earlier step made it impossible to try */
};

struct shareprobe_line {
	enum shareprobe_result result;
	int errnum;           /* the system error seen, 0 when none */
	char reason[512];     /* translated; empty when ok */
};

struct shareprobe_report {
	struct shareprobe_line line[SHAREPROBE_COUNT];
	int failures;         /* lines SHAREPROBE_FAILED */
	int warnings;         /* lines SHAREPROBE_WARNING */
	double seconds;       /* how long the probe took */
	bool leftover;        /* a scratch file could not be removed */
	char twin[1024];      /* the other mount the exclusive create was also
	                       * tried through, or empty */
};

/* The translated name of a check ("exclusive create"...), static. */
const char *shareprobe_check_name(enum shareprobe_check check);

/* Runs every check in directory dir and fills *report (always, even on
 * error). Returns CS_OK when no check failed (warnings allowed);
 * CS_ERR_UNAVAILABLE when one failed, with err naming the failed checks and
 * their reasons; CS_ERR_CANTCREAT when dir is missing, not a directory or
 * not writable for this process (nothing tried; err says why). Takes no
 * lock; safe to run while other processes use the database. */
enum cs_status shareprobe_run(const char *dir, struct shareprobe_report *report,
                              struct cs_error *err);

#endif
