/* lockvfs.h — the lease lock for a database shared by several hosts over a
 * network mount (design/storage.md, decision 2). A VFS shim over SQLite's
 * "unix-none": page I/O stays SQLite's, locking is ours:
 *   - the lock is <db>.lock, created with O_CREAT|O_EXCL, holding an owner
 *     record (host, boot id, pid, process start time, token, heartbeat,
 *     version); any SQLite lock level takes the whole lease (readers and
 *     writers exclude each other, as with a dot lock);
 *   - a heartbeat thread refreshes the record every lease_time/4 while held;
 *     a holder that can no longer prove its lease refuses every further
 *     write (the journal stays hot; the next holder rolls it back);
 *   - stale locks are broken: at once when the owner is a dead process of
 *     this host (same boot id), after lease_time without any change of the
 *     record when it is another host's, judged on our monotonic clock;
 *     breakers serialise on <db>.lock.brk; every break is appended to
 *     <db>.locklog;
 *   - after taking the lease, the database header is compared with
 *     <db>.gen and a stale client cache dropped (decision 3); the writer
 *     that committed publishes <db>.gen before releasing (decision 4).
 * The lock mode is a property of the database, recorded in <db>.proto and in
 * PRAGMA application_id (db.c). */
#ifndef CS_LOCKVFS_H
#define CS_LOCKVFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LOCKVFS_NAME "construisons-lease"
#define LOCKVFS_GEN_SIZE 32

enum lock_mode {
	LOCK_MODE_POSIX,  /* SQLite's own fcntl locks: one host only */
	LOCK_MODE_LEASE   /* our lease lock: network mounts */
};

/* Registers the VFS (idempotent) with the given lease time in seconds.
 * Returns an SQLite result code. */
int lockvfs_register(int lease_seconds);

/* The lease time in force. */
int lockvfs_lease_seconds(void);

/* What a lock file means, judged by this process now. */
enum lock_state {
	LOCK_FREE,              /* no lock file */
	LOCK_LIVE,              /* a holder that renewed it within the lease */
	LOCK_STALE_DEAD,        /* same host, the process is gone: broken at once */
	LOCK_STALE_REBOOTED,    /* same host name, another boot: broken at once */
	LOCK_STALE_SILENT,      /* another host, silent for the lease */
	LOCK_STALE_STOPPED,     /* same host, a process with that pid exists (stopped,
	                         * or the pid reused) but silent for the lease */
	LOCK_STALE_UNREADABLE,  /* torn or foreign record, older than the lease */
	LOCK_STALE_EMPTY        /* no record written 5 s (at most half a lease) after
	                         * the file was created: its creator died */
};

/* What is known about the holder of <db>.lock. The age of a record is the
 * file server's: the mtime it put on the lock file (every heartbeat
 * rewrites it) against its current time (shareclock.h), so any process,
 * arriving at any moment, on any host, judges it the same. */
struct lock_holder {
	bool present;          /* the lock file exists */
	bool parsed;           /* its owner record could be read */
	char host[256];        /* as recorded: sanitise before printing */
	long pid;
	char token[40];
	unsigned long long heartbeat;
	long long acquired;    /* the holder's wall clock (display only) */
	char version[32];
	bool same_host;        /* same host name and boot id as us */
	bool alive;            /* same host only: the process still runs */
	enum lock_state state;
	double silent_for;     /* seconds since the server last stamped it, -1 unknown */
	double breaks_in;      /* seconds until the next access breaks it (0: now),
	                        * -1 unknown */
	int lease;             /* the lease time this was judged with */
};

/* Reads and judges the owner record of db_path's lock (no lock taken; one
 * touch of <db>.clock to read the share's time). */
void lockvfs_holder(const char *db_path, struct lock_holder *out);

/* Reads <db>.gen into out; returns false when absent or short. */
bool lockvfs_read_generation(const char *db_path,
                             unsigned char out[LOCKVFS_GEN_SIZE]);

/* Breaks db_path's lock (admin command, after the user confirmed), logging
 * it with who. A stale lock is broken at once. A live-looking one is
 * watched for half a lease and broken if it stayed silent; with even_live
 * it is broken at once whatever it does (the admin decided: a forged
 * record, a holder known to be lost), and its holder, if real, fails its
 * transaction, which the next access rolls back. Returns 0, ENOENT (no
 * lock, or released meanwhile), or EBUSY (it renewed while watched, or
 * another breaker was at work). */
int lockvfs_force_break(const char *db_path, const char *who, bool even_live);

/* Removes the .fuse_hidden files older than max_age seconds from the
 * database's directory: sshfs leaves one behind when a file is unlinked
 * while a handle on it is still being released (the lock file, a deleted
 * journal); nothing holds such a file for long, so old ones are orphans.
 * Returns how many were removed. */
int lockvfs_sweep_orphans(const char *db_path, int max_age);

/* The lock level SQLite holds through this VFS on db_path in this process
 * (0 = none), for the idle invariant. */
int lockvfs_level(const char *db_path);

/* Counters since start, for benchmarks and `construisons check`. */
struct lockvfs_stats {
	unsigned long acquires, busy, breaks, poisonings, coherence_drops,
	              heartbeats, gen_publishes;
};
void lockvfs_get_stats(struct lockvfs_stats *out);

/* The lock mode a new database in dir should get: lease on NFS, CIFS/SMB,
 * FUSE and any file system not known to be local; posix on local ones.
 * fs_name receives a short name of the file system type. */
enum lock_mode lockvfs_default_mode(const char *dir, char *fs_name, size_t size);

#endif
