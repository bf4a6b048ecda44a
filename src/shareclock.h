/* shareclock.h — the file server's clock, as the share sees it. Hosts'
 * clocks are not compared with each other: the lease lock judges the age of
 * a lock record by the time the server put on it (its mtime) against the
 * server's current time, and the clock-drift check compares this host's
 * clock with the server's. The server's current time is read by writing one
 * byte to <db>.clock (a companion file created like the others, see
 * sidefile.h), flushing it, and reading back the mtime the server gave it. */
#ifndef CS_SHARECLOCK_H
#define CS_SHARECLOCK_H

#include <time.h>

/* The share's current time for the database at db_path. Returns 0, or an
 * errno value when <db>.clock cannot be opened, written or stat'ed. One
 * write and one flush over the network: callers cache what they can. */
int shareclock_now(const char *db_path, struct timespec *out);

/* This host's wall clock minus the share's, in seconds (positive: the host
 * is ahead). The share's time is read with the statx system call itself,
 * so that a library faking this process's clock (and with it the times
 * stat() returns) cannot hide the drift. Returns 0 or an errno value as
 * shareclock_now. */
int shareclock_drift(const char *db_path, double *drift_seconds);

/* Seconds from a to b (b - a). */
double shareclock_diff(const struct timespec *a, const struct timespec *b);

#endif
