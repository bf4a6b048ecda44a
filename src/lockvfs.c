/* lockvfs.c — the lease lock VFS (see lockvfs.h for the protocol). A shim
 * over "unix-none": every sqlite3_file we hand out wraps the real one; the
 * main database file carries the lease state, its journal looks it up to
 * refuse writes once the lease is lost. Files next to the database:
 *   <db>.lock       the lease, an owner record rewritten by the heartbeat;
 *   <db>.lock.brk   the breakers' short-lived mutex;
 *   <db>.locklog    one line per broken lock;
 *   <db>.gen        the change generation (header bytes 24..39 + counter);
 *   <db>.clock      touched to read the file server's time (shareclock.c).
 * Every one of them is opened through sidefile.c (no symlink, FIFO or
 * foreign file is ever followed or written).
 * Test hook (test builds only): CONSTRUISONS_CRASH_AT makes the process
 * _exit(137) at a chosen point, to simulate a writer killed there:
 *   write:N, sync:N   at its N-th write or sync of the database or journal;
 *   lock-created      right after creating <db>.lock, before its record;
 *   lock-record       right after writing the record (lease held);
 *   heartbeat         half-way through writing the first heartbeat;
 *   brk-created       a breaker, right after creating <db>.lock.brk. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <libgen.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#include "buildinfo.h"
#include "lockvfs.h"
#include "privilege.h"
#include "shareclock.h"
#include "sidefile.h"

#define RECORD_MAGIC "construisons-lease 1"
#define RECORD_SIZE 512
#define GEN_MAGIC "CSGEN1\n"
#define LEASE_FCNTL_LEVEL 0x4c5601   /* our file-control opcode (>= 100) */
#define BRK_STALE_SECONDS 10.0       /* a breaker's mutex older than this is left over */
#define MAX_HOLD_LEASES 10           /* a lease is never renewed past 10 lease times */
#define EMPTY_STALE_SECONDS 5.0      /* a lock file still empty after this is a dead creator's */
#define SHARE_CLOCK_REUSE 60.0       /* seconds an offset to the share's clock is reused */

enum file_kind { KIND_MAIN_DB, KIND_MAIN_JOURNAL, KIND_OTHER };

/* The share's clock, estimated from our monotonic clock and an offset
 * measured by touching <db>.clock (at most once a minute unless fresh). */
struct share_estimate {
	double offset;      /* share seconds minus monotonic seconds */
	double measured_at; /* monotonic; 0 = never */
};


struct lease_file {
	sqlite3_file base;          /* must be first: SQLite sees this */
	sqlite3_file *real;         /* the unix-none file, right after us */
	enum file_kind kind;
	char *path;                 /* main db path (for journals too) */
	struct lease_file *next;    /* registry of open main db files */

	/* main database only */
	char *lock_path, *gen_path, *brk_path, *log_path;
	mode_t file_mode;           /* the database's permissions, for our files */
	gid_t file_gid;             /* and its group: our files must have it */
	int level;                  /* what SQLite believes it holds */
	int lock_fd;                /* >= 0 while we hold the lease */
	char record[RECORD_SIZE];   /* our owner record, as written */
	char token[40];
	unsigned long long heartbeat;
	double last_refresh_ok;     /* monotonic seconds */
	double acquired_at;         /* monotonic seconds */
	time_t acquired_wall;       /* our wall clock then (display only) */
	bool poisoned;              /* lease lost: refuse every write */
	bool wrote;                 /* this lease wrote the database */
	bool fenced;                /* lease verified before this lease's writes */
	unsigned char header[16];   /* bytes 24..39 of the last page 1 written */
	bool have_header;
	uint64_t gen_counter;       /* publish counter read at acquisition */
	unsigned char known_gen[LOCKVFS_GEN_SIZE]; /* last generation we saw or wrote */
	bool have_known_gen;
	bool republish;             /* the file is newer than <db>.gen: fix it */
	char seen[RECORD_SIZE];     /* another holder's record, as last seen */
	double seen_since;
	bool seen_valid;
	struct stat seen_stat;      /* the lock file's attributes, as last seen */
	double seen_stat_since;
	struct share_estimate share; /* the share's clock, for judging ages */

	pthread_mutex_t mu;         /* guards lock_fd, record, heartbeat... */
	pthread_cond_t cv;
	pthread_t beat;
	bool beating, stop_beat;
};

static sqlite3_vfs lease_vfs;
static sqlite3_vfs *root_vfs;
static sqlite3_io_methods lease_methods;
static int lease_seconds = 30;
static pthread_mutex_t registry_mu = PTHREAD_MUTEX_INITIALIZER;
static struct lease_file *registry;
static struct lockvfs_stats stats;
static char my_host[256], my_boot[64];
static unsigned long long my_start;
static long crash_at_write = -1, crash_at_sync = -1, writes_seen, syncs_seen;
enum crash_point { CRASH_NONE, CRASH_LOCK_CREATED, CRASH_LOCK_RECORD, CRASH_HEARTBEAT,
                   CRASH_BRK_CREATED };
static enum crash_point crash_point = CRASH_NONE;

/* ---- small helpers --------------------------------------------------- */

static double mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* How long a lock file may stay empty: its creator writes the record right
 * after creating it (a round trip), so one still empty after this died in
 * between. Never more than half a lease. */
static double empty_stale(void)
{
	double half = (double)lease_seconds / 2.0;

	return half < EMPTY_STALE_SECONDS ? half : EMPTY_STALE_SECONDS;
}

/* How long after starting to create the lock its holder trusts it without
 * reading it back: no breaker can judge it stale before empty_stale()
 * (empty) or the lease (written), and this leaves half of the shorter as a
 * margin. */
static double trust_window(void)
{
	double quarter = (double)lease_seconds / 4.0, half_empty = empty_stale() / 2.0;

	return quarter < half_empty ? quarter : half_empty;
}

static char *concat(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = sqlite3_malloc((int)(la + lb + 1));

	if (s != NULL) {
		memcpy(s, a, la);
		memcpy(s + la, b, lb + 1);
	}
	return s;
}

/* Reads what fits of fd into buf as a string ("" when fd < 0), closes fd. */
static void read_and_close(int fd, char *buf, size_t size)
{
	ssize_t n = -1;

	if (fd >= 0) {
		n = read(fd, buf, size - 1);
		close(fd);
	}
	buf[n > 0 ? n : 0] = '\0';
}

/* Reads a companion file (never following a link or blocking on a FIFO);
 * "" when absent or not a plain file of ours. */
static void read_side_file(const char *path, char *buf, size_t size)
{
	read_and_close(sidefile_open(path, O_RDONLY, 0, (gid_t)-1, NULL), buf, size);
}

/* Reads a kernel file under /proc. */
static void read_small_file(const char *path, char *buf, size_t size)
{
	read_and_close(open(path, O_RDONLY | O_CLOEXEC), buf, size);
}

/* Process start time in clock ticks since boot (field 22 of stat), to tell
 * a live process from a later one that reused its pid. */
static unsigned long long start_time_of(long pid)
{
	char path[64], buf[1024], *p;
	unsigned long long v = 0;

	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	read_small_file(path, buf, sizeof buf);
	p = strrchr(buf, ')');
	if (p == NULL)
		return 0;
	/* the space before field N is found when field == N: fields 3.. follow
	 * ") ", and the start time is field 22 (proc(5)) */
	for (int field = 3; p != NULL && *p; field++) {
		p = strchr(p + 1, ' ');
		if (p != NULL && field == 22) {
			v = strtoull(p + 1, NULL, 10);
			break;
		}
	}
	return v;
}

static void random_token(char out[40])
{
	unsigned char raw[16];
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

	if (fd < 0 || read(fd, raw, sizeof raw) != (ssize_t)sizeof raw) {
		sqlite3_randomness(sizeof raw, raw);
	}
	if (fd >= 0)
		close(fd);
	for (int i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

static void identify_self(void)
{
	if (my_host[0] != '\0')
		return;
	if (gethostname(my_host, sizeof my_host - 1) != 0)
		strcpy(my_host, "?");
	/* The record is "key=value" lines: a host name is whatever the kernel
	 * was told, so nothing in it may start a line or a key of its own. */
	for (char *p = my_host; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == '=')
			*p = '?';
	read_small_file("/proc/sys/kernel/random/boot_id", my_boot, sizeof my_boot);
	my_boot[strcspn(my_boot, "\n")] = '\0';
	my_start = start_time_of((long)getpid());
}

static void format_record(struct lease_file *f)
{
	int n = snprintf(f->record, sizeof f->record,
	                 RECORD_MAGIC "\nhost=%s\nboot=%s\npid=%ld\nstart=%llu\n"
	                 "token=%s\nheartbeat=%020llu\nacquired=%lld\nversion=%s\n",
	                 my_host, my_boot, (long)getpid(), my_start, f->token,
	                 f->heartbeat, (long long)f->acquired_wall, VERSION);
	/* Pad to a fixed size so a rewrite never leaves a tail behind. */
	if (n > 0 && (size_t)n < sizeof f->record - 1)
		memset(f->record + n, ' ', sizeof f->record - 1 - (size_t)n);
	f->record[sizeof f->record - 2] = '\n';
	f->record[sizeof f->record - 1] = '\0';
}

static const char *record_value(const char *rec, const char *key, char *out,
                                size_t size)
{
	size_t k = strlen(key);
	const char *p = rec;

	out[0] = '\0';
	while (p != NULL && *p) {
		if (strncmp(p, key, k) == 0 && p[k] == '=') {
			size_t n = strcspn(p + k + 1, "\n");
			if (n >= size)
				n = size - 1;
			memcpy(out, p + k + 1, n);
			out[n] = '\0';
			return out;
		}
		p = strchr(p, '\n');
		if (p != NULL)
			p++;
	}
	return NULL;
}

static void parse_holder(const char *rec, struct lock_holder *h)
{
	char v[256];

	h->parsed = strncmp(rec, RECORD_MAGIC "\n", strlen(RECORD_MAGIC) + 1) == 0
	            && record_value(rec, "token", h->token, sizeof h->token) != NULL;
	if (!h->parsed)
		return;
	record_value(rec, "host", h->host, sizeof h->host);
	h->pid = atol(record_value(rec, "pid", v, sizeof v) ? v : "0");
	h->heartbeat = strtoull(record_value(rec, "heartbeat", v, sizeof v) ? v : "0", NULL, 10);
	h->acquired = atoll(record_value(rec, "acquired", v, sizeof v) ? v : "0");
	record_value(rec, "version", h->version, sizeof h->version);
	identify_self();
	{
		char boot[64];
		record_value(rec, "boot", boot, sizeof boot);
		h->same_host = strcmp(h->host, my_host) == 0 && strcmp(boot, my_boot) == 0;
	}
	if (h->same_host) {
		unsigned long long start = strtoull(record_value(rec, "start", v, sizeof v) ? v : "0",
		                                    NULL, 10);
		h->alive = h->pid > 0 && (kill((pid_t)h->pid, 0) == 0 || errno == EPERM)
		           && (start == 0 || start_time_of(h->pid) == start);
	}
}

/* The files beside the database get its mode and group (sidefile_mode_of),
 * so that every process of that group can take the lock, publish the
 * generation and log a break. A planted file in the way of one we must
 * write (a symlink, a FIFO, a hard link, another group's file) is removed
 * and the file made anew: these names belong to the program. */
static mode_t side_mode = 0600;
static gid_t side_gid = (gid_t)-1;

static int open_side(const char *path, int flags, mode_t mode, gid_t gid)
{
	int fd = sidefile_open(path, flags, mode, gid, NULL);

	if (fd < 0 && (flags & O_CREAT) && !(flags & O_EXCL)
	    && (errno == ELOOP || errno == EINVAL || errno == EMLINK || errno == EPERM)
	    && (unlink(path) == 0 || errno == ENOENT))
		fd = sidefile_open(path, flags, mode, gid, NULL);
	return fd;
}

/* Reads the lock file's record and its attributes as the server has them
 * now (an open revalidates what NFS caches; see the man page). Returns
 * false when there is no lock file. A name that is not a plain file of
 * ours (planted) reads as an empty record with lstat's attributes. */
static bool read_lock_file(const char *path, char *rec, size_t size, struct stat *sb)
{
	int fd = sidefile_open(path, O_RDONLY, 0, (gid_t)-1, NULL);
	ssize_t n = -1;

	rec[0] = '\0';
	if (fd < 0)
		return lstat(path, sb) == 0;
	if (fstat(fd, sb) == 0)
		n = read(fd, rec, size - 1);
	close(fd);
	rec[n > 0 ? n : 0] = '\0';
	return true;
}

static double stat_mtime(const struct stat *sb)
{
	return (double)sb->st_mtim.tv_sec + (double)sb->st_mtim.tv_nsec / 1e9;
}

static bool share_now(const char *db_path, struct share_estimate *e, bool fresh,
                      double *now)
{
	struct timespec ts;
	double m = mono();

	if (fresh || e->measured_at == 0 || m - e->measured_at > SHARE_CLOCK_REUSE) {
		if (shareclock_now(db_path, &ts) == 0) {
			m = mono();
			e->offset = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - m;
			e->measured_at = m;
		} else if (e->measured_at == 0) {
			return false;
		}
	}
	*now = m + e->offset;
	return true;
}

static void log_break(const char *log_path, const char *why, const char *record,
                      const char *who)
{
	char line[RECORD_SIZE + 512], flat[RECORD_SIZE];
	size_t n = 0;
	int fd;

	for (const char *p = record; *p && n < sizeof flat - 1; p++) {
		if (*p == ' ' && (p[1] == ' ' || p[1] == '\n' || p[1] == '\0'))
			continue;
		/* one line per break, whatever a forged record holds */
		flat[n++] = *p == '\n' ? ' ' : ((unsigned char)*p < 0x20 || *p == 0x7f) ? '?' : *p;
	}
	flat[n] = '\0';
	snprintf(line, sizeof line, "%lld broken by %s@%s pid %ld (%s): %s\n",
	         (long long)time(NULL), who ? who : "-", my_host, (long)getpid(), why,
	         n ? flat : "(empty record)");
	fd = open_side(log_path, O_WRONLY | O_CREAT | O_APPEND, side_mode, side_gid);
	if (fd >= 0) {
		if (write(fd, line, strlen(line)) < 0)
			(void)0;
		close(fd);
	}
}

static void maybe_crash_at(enum crash_point point)
{
	if (crash_point == point)
		_exit(137);
}

/* ---- the lease ------------------------------------------------------- */

struct lock_names {
	const char *db, *lock, *brk, *log;
};

/* Takes the breakers' mutex <db>.lock.brk. It is itself a lease: one the
 * server stamped more than BRK_STALE_SECONDS ago was left by a breaker that
 * died or could not remove it, and is removed (a break takes
 * milliseconds). */
static bool take_break_mutex(const struct lock_names *n, struct share_estimate *e)
{
	char who_broke[256];
	struct stat sb;
	double now;
	int brk;

	for (int attempt = 0; attempt < 2; attempt++) {
		brk = sidefile_open(n->brk, O_CREAT | O_EXCL | O_WRONLY, side_mode, side_gid, NULL);
		if (brk >= 0) {
			if (write(brk, my_host, strlen(my_host)) < 0)
				(void)0;
			close(brk);
			maybe_crash_at(CRASH_BRK_CREATED);
			return true;
		}
		/* its attributes as the server has them now (reopened: a stat()
		 * through sshfs's own cache can be 20 s old) */
		if (errno != EEXIST || !read_lock_file(n->brk, who_broke, sizeof who_broke, &sb))
			return false;
		if (!share_now(n->db, e, false, &now) || now - stat_mtime(&sb) < BRK_STALE_SECONDS)
			return false;
		if (!share_now(n->db, e, true, &now) || now - stat_mtime(&sb) < BRK_STALE_SECONDS)
			return false;
		log_break(n->log, "left-over breaker mutex removed", "", NULL);
		unlink(n->brk);
	}
	return false;
}

/* Breaks the lock whose record was judged stale (judged == NULL: whatever
 * it holds now, an admin's decision), serialised by the break mutex.
 * Returns true when the lock file is gone (by us or someone else). */
static bool break_lock(const struct lock_names *n, struct share_estimate *e,
                       const char *judged, const char *why, const char *who)
{
	char now_rec[RECORD_SIZE], dead[RECORD_SIZE], tomb[4096], token[40];
	struct stat sb;
	bool gone = false;

	if (!take_break_mutex(n, e))
		return false;
	if (!read_lock_file(n->lock, now_rec, sizeof now_rec, &sb)) {
		unlink(n->brk);
		return true;                      /* released meanwhile */
	}
	if (judged != NULL && strcmp(now_rec, judged) != 0) {
		/* It changed while we decided: not stale after all. */
		unlink(n->brk);
		return false;
	}
	random_token(token);
	snprintf(tomb, sizeof tomb, "%s.dead.%s.%ld.%.8s", n->lock, my_host,
	         (long)getpid(), token);
	if (rename(n->lock, tomb) == 0) {
		read_lock_file(tomb, dead, sizeof dead, &sb);
		if (judged != NULL && strcmp(dead, judged) != 0) {
			/* We took a lock renewed at the last moment: give it back. */
			if (link(tomb, n->lock) != 0 && rename(tomb, n->lock) != 0)
				log_break(n->log, "lost a live lock while breaking", dead, who);
			else
				unlink(tomb);
		} else {
			log_break(n->log, why, dead, who);
			unlink(tomb);
			__atomic_add_fetch(&stats.breaks, 1, __ATOMIC_RELAXED);
			gone = true;
		}
	} else {
		gone = errno == ENOENT;
	}
	unlink(n->brk);
	return gone;
}

/* Judges a lock record read with its attributes: its state, and how long
 * the server has seen it silent (-1 when the share's clock is unknown). */
static enum lock_state judge(const char *db_path, const char *rec, const struct stat *sb,
                             struct share_estimate *e, bool fresh, struct lock_holder *h,
                             double *silent)
{
	double now;

	memset(h, 0, sizeof *h);
	h->present = true;
	parse_holder(rec, h);
	*silent = -1;
	if (share_now(db_path, e, fresh, &now))
		*silent = now - stat_mtime(sb);
	if (h->parsed && h->same_host && !h->alive)
		return LOCK_STALE_DEAD;
	if (h->parsed && !h->same_host && strcmp(h->host, my_host) == 0)
		return LOCK_STALE_REBOOTED;
	if (sb->st_size == 0 && *silent >= empty_stale())
		return LOCK_STALE_EMPTY;
	if (*silent < (double)lease_seconds)
		return LOCK_LIVE;
	if (!h->parsed)
		return LOCK_STALE_UNREADABLE;
	return h->same_host ? LOCK_STALE_STOPPED : LOCK_STALE_SILENT;
}

static const char *state_reason(enum lock_state s)
{
	switch (s) {
	case LOCK_STALE_DEAD:       return "owner process dead on this host";
	case LOCK_STALE_REBOOTED:   return "owner host rebooted";
	case LOCK_STALE_UNREADABLE: return "empty or unreadable owner record older than the lease";
	case LOCK_STALE_EMPTY:      return "lock file still empty: its creator died before writing";
	case LOCK_STALE_STOPPED:    return "holder on this host silent for the lease time "
	                                   "(stopped, or its pid reused)";
	case LOCK_STALE_SILENT:     return "no heartbeat for the lease time";
	default:                    return "stale";
	}
}

/* Called when <db>.lock exists: decides whether it is stale and breaks it.
 * Returns true when the caller should try to create the lock again. */
static bool handle_existing_inner(struct lease_file *f);

/* After a break, the dead holder may have committed without publishing:
 * the next coherence point must compare the file with <db>.gen in full. */
static bool handle_existing(struct lease_file *f)
{
	bool retry = handle_existing_inner(f);

	if (retry)
		f->have_known_gen = false;
	return retry;
}

static bool handle_existing_inner(struct lease_file *f)
{
	char rec[RECORD_SIZE];
	struct lock_names names = { f->path, f->lock_path, f->brk_path, f->log_path };
	struct lock_holder h;
	enum lock_state state;
	struct stat sb;
	double now = mono(), silent;

	/* Most locks are released within milliseconds: look at the file's
	 * attributes only, and read its record once it has stayed the same for
	 * a moment. (Reading races the holder's unlink, and sshfs keeps a
	 * .fuse_hidden copy of a file unlinked while a reader's handle is
	 * still being released.) */
	if (lstat(f->lock_path, &sb) != 0)
		return errno == ENOENT;
	if (sb.st_ino != f->seen_stat.st_ino || sb.st_size != f->seen_stat.st_size
	    || sb.st_mtim.tv_sec != f->seen_stat.st_mtim.tv_sec
	    || sb.st_mtim.tv_nsec != f->seen_stat.st_mtim.tv_nsec) {
		f->seen_stat = sb;
		f->seen_stat_since = now;
		return false;
	}
	if (now - f->seen_stat_since < 0.2)
		return false;

	if (!read_lock_file(f->lock_path, rec, sizeof rec, &sb))
		return true;                      /* released meanwhile */
	state = judge(f->path, rec, &sb, &f->share, false, &h, &silent);
	/* Our own watch backs the share's clock up (a share whose clock file
	 * cannot be written): a record unchanged for a lease on our clock. */
	if (!f->seen_valid || strcmp(rec, f->seen) != 0) {
		snprintf(f->seen, sizeof f->seen, "%s", rec);
		f->seen_since = now;
		f->seen_valid = true;
	}
	if (state == LOCK_LIVE && now - f->seen_since >= (double)lease_seconds)
		state = !h.parsed ? LOCK_STALE_UNREADABLE
		      : h.same_host ? LOCK_STALE_STOPPED : LOCK_STALE_SILENT;
	else if (state == LOCK_STALE_UNREADABLE || state == LOCK_STALE_STOPPED
	         || state == LOCK_STALE_SILENT || state == LOCK_STALE_EMPTY)
		/* About to break on an estimate: confirm with the share's clock. */
		state = judge(f->path, rec, &sb, &f->share, true, &h, &silent);
	if (state == LOCK_LIVE)
		return false;
	return break_lock(&names, &f->share, rec, state_reason(state), NULL);
}

/* Re-reads the lock file and checks that it still holds our token and
 * that our last successful refresh is recent enough. Poisons on failure.
 * Caller holds f->mu. */
static bool verify_lease_locked(struct lease_file *f)
{
	char rec[RECORD_SIZE], token[40];

	if (f->poisoned || f->lock_fd < 0)
		return false;
	read_side_file(f->lock_path, rec, sizeof rec);
	if (record_value(rec, "token", token, sizeof token) == NULL
	    || strcmp(token, f->token) != 0
	    || mono() - f->last_refresh_ok > (double)lease_seconds / 2.0) {
		f->poisoned = true;
		__atomic_add_fetch(&stats.poisonings, 1, __ATOMIC_RELAXED);
		return false;
	}
	return true;
}

static bool refresh_locked(struct lease_file *f)
{
	if (!verify_lease_locked(f))
		return false;
	/* No lease is renewed for ever: a holder stuck this long is broken
	 * like a dead one, and refuses to write if it ever goes on. */
	if (mono() - f->acquired_at > (double)MAX_HOLD_LEASES * lease_seconds) {
		f->poisoned = true;
		__atomic_add_fetch(&stats.poisonings, 1, __ATOMIC_RELAXED);
		return false;
	}
	f->heartbeat++;
	format_record(f);
	if (crash_point == CRASH_HEARTBEAT) {
		if (pwrite(f->lock_fd, f->record, strlen(f->record) / 2, 0) > 0)
			fdatasync(f->lock_fd);
		_exit(137);
	}
	if (pwrite(f->lock_fd, f->record, strlen(f->record), 0) != (ssize_t)strlen(f->record)
	    || fdatasync(f->lock_fd) != 0) {
		f->poisoned = true;
		__atomic_add_fetch(&stats.poisonings, 1, __ATOMIC_RELAXED);
		return false;
	}
	f->last_refresh_ok = mono();
	__atomic_add_fetch(&stats.heartbeats, 1, __ATOMIC_RELAXED);
	return true;
}

static void *heartbeat_main(void *arg)
{
	struct lease_file *f = arg;
	double period = (double)lease_seconds / 4.0;

	pthread_mutex_lock(&f->mu);
	while (!f->stop_beat) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += (time_t)period;
		until.tv_nsec += (long)((period - (double)(time_t)period) * 1e9);
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		if (pthread_cond_timedwait(&f->cv, &f->mu, &until) == ETIMEDOUT && !f->stop_beat)
			refresh_locked(f);
	}
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

static bool read_gen_file(const char *path, unsigned char out[LOCKVFS_GEN_SIZE])
{
	int fd = sidefile_open(path, O_RDONLY, 0, (gid_t)-1, NULL);
	ssize_t n;

	if (fd < 0)
		return false;
	n = pread(fd, out, LOCKVFS_GEN_SIZE, 0);
	close(fd);
	return n == LOCKVFS_GEN_SIZE && memcmp(out, GEN_MAGIC, 8) == 0;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint64_t be64(const unsigned char *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static void drop_client_cache(const char *path)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct flock fl = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1 };

	if (fd < 0)
		return;
	posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	/* On NFS a lock/unlock pair makes the client revalidate its cache; no
	 * one holds fcntl locks on a lease database, so this disturbs nobody. */
	if (fcntl(fd, F_SETLK, &fl) == 0) {
		fl.l_type = F_UNLCK;
		fcntl(fd, F_SETLK, &fl);
	}
	close(fd);
	__atomic_add_fetch(&stats.coherence_drops, 1, __ATOMIC_RELAXED);
}

/* The coherence point right after taking the lease: our view of the
 * database must be at least as new as the last published generation. */
static int coherence_point(struct lease_file *f)
{
	unsigned char gen[LOCKVFS_GEN_SIZE], hdr[16];
	sqlite3_int64 size = 0;
	int rc;

	f->gen_counter = 0;
	if (!read_gen_file(f->gen_path, gen))
		return SQLITE_OK;
	f->gen_counter = be64(gen + 24);
	/* Nobody committed since our last lease on this file: our view is the
	 * published one already. */
	if (f->have_known_gen && memcmp(gen, f->known_gen, sizeof gen) == 0)
		return SQLITE_OK;
	memcpy(f->known_gen, gen, sizeof gen);
	f->have_known_gen = true;
	if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK || size < 40)
		return SQLITE_OK;
	for (int attempt = 0; attempt < 2; attempt++) {
		rc = f->real->pMethods->xRead(f->real, hdr, 16, 24);
		if (rc != SQLITE_OK)
			return rc;
		if (be32(hdr) > be32(gen + 8)) {
			/* A writer died after its commit, before publishing: publish
			 * for it when we release. */
			memcpy(f->header, hdr, sizeof hdr);
			f->have_header = true;
			f->republish = true;
			return SQLITE_OK;
		}
		if (be32(hdr) == be32(gen + 8))
			return SQLITE_OK;
		drop_client_cache(f->path);
	}
	return SQLITE_BUSY;                /* still stale: retry later */
}

static void publish_generation(struct lease_file *f)
{
	unsigned char gen[LOCKVFS_GEN_SIZE];
	uint64_t c = f->gen_counter + 1;
	int fd;

	memset(gen, 0, sizeof gen);
	memcpy(gen, GEN_MAGIC, 8);
	memcpy(gen + 8, f->header, 16);
	for (int i = 0; i < 8; i++)
		gen[24 + i] = (unsigned char)(c >> (56 - 8 * i));
	fd = open_side(f->gen_path, O_WRONLY | O_CREAT, f->file_mode, f->file_gid);
	if (fd < 0)
		return;
	/* No fsync: a generation lost in a server crash only delays one
	 * refresh; the database itself is synced by SQLite. */
	if (pwrite(fd, gen, sizeof gen, 0) == (ssize_t)sizeof gen) {
		__atomic_add_fetch(&stats.gen_publishes, 1, __ATOMIC_RELAXED);
		memcpy(f->known_gen, gen, sizeof gen);
		f->have_known_gen = true;
	}
	close(fd);
}

static int acquire(struct lease_file *f)
{
	for (int tries = 0; tries < 3; tries++) {
		/* before the create: what the trust window counts from */
		double started = mono();
		int fd = sidefile_open(f->lock_path, O_CREAT | O_EXCL | O_RDWR, f->file_mode,
		                       f->file_gid, NULL);
		if (fd >= 0) {
			int rc;
			maybe_crash_at(CRASH_LOCK_CREATED);
			pthread_mutex_lock(&f->mu);
			f->lock_fd = fd;
			random_token(f->token);
			f->heartbeat = 0;
			f->acquired_wall = time(NULL);
			format_record(f);
			/* No fsync: what excludes is the file's existence (O_EXCL, done
			 * on the server); the record only names the holder, and an
			 * empty one is treated as another host's after a crash. */
			if (pwrite(fd, f->record, strlen(f->record), 0) != (ssize_t)strlen(f->record)) {
				close(fd);
				unlink(f->lock_path);
				f->lock_fd = -1;
				pthread_mutex_unlock(&f->mu);
				return SQLITE_IOERR_LOCK;
			}
			maybe_crash_at(CRASH_LOCK_RECORD);
			f->last_refresh_ok = f->acquired_at = started;
			f->poisoned = false;
			f->wrote = false;
			f->fenced = false;
			f->have_header = false;
			f->seen_valid = false;
			f->stop_beat = false;
			f->beating = pthread_create(&f->beat, NULL, heartbeat_main, f) == 0;
			pthread_mutex_unlock(&f->mu);
			__atomic_add_fetch(&stats.acquires, 1, __ATOMIC_RELAXED);
			rc = coherence_point(f);
			return rc;
		}
		/* sshfs may answer a lost O_EXCL race with EPERM or EIO rather than
		 * EEXIST (the SFTP server's generic failure): if the lock is there,
		 * it is the same answer. */
		if (errno != EEXIST && access(f->lock_path, F_OK) != 0) {
			if (errno == EPERM || errno == EIO || errno == ENOENT)
				continue;
			return SQLITE_IOERR_LOCK;
		}
		if (!handle_existing(f))
			break;
	}
	__atomic_add_fetch(&stats.busy, 1, __ATOMIC_RELAXED);
	return SQLITE_BUSY;
}

static void release(struct lease_file *f)
{
	char rec[RECORD_SIZE], token[40];

	pthread_mutex_lock(&f->mu);
	f->stop_beat = true;
	pthread_cond_signal(&f->cv);
	pthread_mutex_unlock(&f->mu);
	if (f->beating)
		pthread_join(f->beat, NULL);
	f->beating = false;
	if (f->lock_fd < 0)
		return;
	if (!f->poisoned && (f->wrote || f->republish) && f->have_header)
		publish_generation(f);
	f->republish = false;
	/* Close first: a file unlinked while open stays behind on sshfs as a
	 * .fuse_hidden file. Then remove the lock only if it is still ours:
	 * after a break it is not. */
	close(f->lock_fd);
	f->lock_fd = -1;
	if (f->poisoned)
		return;
	/* Refreshed (and verified) less than half a lease ago: no breaker can
	 * have taken it, since breaking needs a whole lease time of silence.
	 * Otherwise re-read it first. Not reading when we need not also keeps
	 * sshfs from racing our read's close with the unlink (which leaves a
	 * .fuse_hidden file). */
	if (mono() - f->last_refresh_ok < (double)lease_seconds / 2.0) {
		unlink(f->lock_path);
		return;
	}
	read_side_file(f->lock_path, rec, sizeof rec);
	if (record_value(rec, "token", token, sizeof token) != NULL
	    && strcmp(token, f->token) == 0)
		unlink(f->lock_path);
}

/* Before the first write of a lease, and before a journal is finalised:
 * are we still the holder? */
static bool may_write(struct lease_file *f)
{
	bool ok;

	if (f == NULL)
		return true;
	pthread_mutex_lock(&f->mu);
	if (f->poisoned || f->lock_fd < 0)
		ok = false;
	else if (f->fenced && mono() - f->last_refresh_ok <= (double)lease_seconds / 2.0)
		/* Verified in this lease, and our heartbeat is recent: a process
		 * stopped (SIGSTOP) past that point verifies again below. */
		ok = true;
	else if (mono() - f->acquired_at < trust_window())
		/* Taken moments ago: no breaker can judge it stale yet (see
		 * trust_window), so it is still ours (spares the network round
		 * trips of a re-read on every short transaction). */
		ok = f->fenced = true;
	else
		ok = f->fenced = verify_lease_locked(f);
	pthread_mutex_unlock(&f->mu);
	return ok;
}

static bool must_verify(struct lease_file *f)
{
	bool ok;

	if (f == NULL)
		return true;
	pthread_mutex_lock(&f->mu);
	ok = verify_lease_locked(f);
	pthread_mutex_unlock(&f->mu);
	return ok;
}

/* ---- test hook ------------------------------------------------------- */

/* CONSTRUISONS_CRASH_AT, in test builds only (see the file comment). */
static void read_crash_hook(void)
{
#if CONSTRUISONS_TEST_HOOKS
	const char *crash = privilege_getenv("CONSTRUISONS_CRASH_AT");

	if (crash == NULL)
		return;
	if (strncmp(crash, "write:", 6) == 0)
		crash_at_write = atol(crash + 6);
	else if (strncmp(crash, "sync:", 5) == 0)
		crash_at_sync = atol(crash + 5);
	else if (strcmp(crash, "lock-created") == 0)
		crash_point = CRASH_LOCK_CREATED;
	else if (strcmp(crash, "lock-record") == 0)
		crash_point = CRASH_LOCK_RECORD;
	else if (strcmp(crash, "heartbeat") == 0)
		crash_point = CRASH_HEARTBEAT;
	else if (strcmp(crash, "brk-created") == 0)
		crash_point = CRASH_BRK_CREATED;
#endif
}

static void maybe_crash(long *counter, long at)
{
	if (at > 0 && ++*counter == at)
		_exit(137);
}

/* ---- io methods ------------------------------------------------------ */

static struct lease_file *main_of(struct lease_file *f)
{
	struct lease_file *m = NULL;

	if (f->kind == KIND_MAIN_DB)
		return f;
	if (f->kind != KIND_MAIN_JOURNAL)
		return NULL;
	pthread_mutex_lock(&registry_mu);
	for (struct lease_file *r = registry; r != NULL; r = r->next)
		if (strcmp(r->path, f->path) == 0 && r->lock_fd >= 0)
			m = r;
	pthread_mutex_unlock(&registry_mu);
	return m;
}

static int x_close(sqlite3_file *file)
{
	struct lease_file *f = (struct lease_file *)file;
	int rc = SQLITE_OK;

	if (f->kind == KIND_MAIN_DB) {
		release(f);
		pthread_mutex_lock(&registry_mu);
		for (struct lease_file **p = &registry; *p != NULL; p = &(*p)->next) {
			if (*p == f) {
				*p = f->next;
				break;
			}
		}
		pthread_mutex_unlock(&registry_mu);
		pthread_mutex_destroy(&f->mu);
		pthread_cond_destroy(&f->cv);
		sqlite3_free(f->lock_path);
		sqlite3_free(f->gen_path);
		sqlite3_free(f->brk_path);
		sqlite3_free(f->log_path);
	}
	if (f->real->pMethods != NULL)
		rc = f->real->pMethods->xClose(f->real);
	sqlite3_free(f->path);
	return rc;
}

static int x_read(sqlite3_file *file, void *buf, int amt, sqlite3_int64 off)
{
	struct lease_file *f = (struct lease_file *)file;

	return f->real->pMethods->xRead(f->real, buf, amt, off);
}

static int x_write(sqlite3_file *file, const void *buf, int amt, sqlite3_int64 off)
{
	struct lease_file *f = (struct lease_file *)file;
	struct lease_file *m = main_of(f);

	if (f->kind != KIND_OTHER) {
		maybe_crash(&writes_seen, crash_at_write);
		/* Zeroing the journal header finalises a transaction: check first. */
		if (f->kind == KIND_MAIN_JOURNAL && off == 0 && m != NULL && !must_verify(m))
			return SQLITE_IOERR_LOCK;
		if (m != NULL && !may_write(m))
			return SQLITE_IOERR_LOCK;
		if (f->kind == KIND_MAIN_DB && m == NULL)
			return SQLITE_IOERR_LOCK;   /* writing without the lease */
	}
	if (f->kind == KIND_MAIN_DB) {
		f->wrote = true;
		if (off == 0 && amt >= 40) {
			memcpy(f->header, (const unsigned char *)buf + 24, 16);
			f->have_header = true;
		}
	}
	return f->real->pMethods->xWrite(f->real, buf, amt, off);
}

static int x_truncate(sqlite3_file *file, sqlite3_int64 size)
{
	struct lease_file *f = (struct lease_file *)file;
	struct lease_file *m = main_of(f);

	if (f->kind != KIND_OTHER && m != NULL && !must_verify(m))
		return SQLITE_IOERR_LOCK;
	if (f->kind == KIND_MAIN_DB)
		f->wrote = true;
	return f->real->pMethods->xTruncate(f->real, size);
}

static int x_sync(sqlite3_file *file, int flags)
{
	struct lease_file *f = (struct lease_file *)file;
	struct lease_file *m = main_of(f);

	if (f->kind != KIND_OTHER) {
		maybe_crash(&syncs_seen, crash_at_sync);
		if (m != NULL) {
			bool poisoned;
			pthread_mutex_lock(&m->mu);
			poisoned = m->poisoned;
			pthread_mutex_unlock(&m->mu);
			if (poisoned)
				return SQLITE_IOERR_LOCK;
		}
	}
	return f->real->pMethods->xSync(f->real, flags);
}

static int x_file_size(sqlite3_file *file, sqlite3_int64 *size)
{
	struct lease_file *f = (struct lease_file *)file;

	return f->real->pMethods->xFileSize(f->real, size);
}

static int x_lock(sqlite3_file *file, int level)
{
	struct lease_file *f = (struct lease_file *)file;
	int rc = SQLITE_OK;

	if (f->kind != KIND_MAIN_DB)
		return f->real->pMethods->xLock(f->real, level);
	if (level <= f->level)
		return SQLITE_OK;
	if (f->lock_fd < 0) {
		rc = acquire(f);
		if (rc != SQLITE_OK) {
			if (f->lock_fd >= 0)
				release(f);
			return rc;
		}
	} else if (level > SQLITE_LOCK_SHARED) {
		bool poisoned;
		pthread_mutex_lock(&f->mu);
		poisoned = f->poisoned;
		pthread_mutex_unlock(&f->mu);
		if (poisoned)
			return SQLITE_IOERR_LOCK;
	}
	f->level = level;
	return SQLITE_OK;
}

static int x_unlock(sqlite3_file *file, int level)
{
	struct lease_file *f = (struct lease_file *)file;

	if (f->kind != KIND_MAIN_DB)
		return f->real->pMethods->xUnlock(f->real, level);
	if (level >= f->level)
		return SQLITE_OK;
	f->level = level;
	if (level == SQLITE_LOCK_NONE)
		release(f);
	return SQLITE_OK;
}

static int x_check_reserved(sqlite3_file *file, int *out)
{
	struct lease_file *f = (struct lease_file *)file;

	if (f->kind != KIND_MAIN_DB)
		return f->real->pMethods->xCheckReservedLock(f->real, out);
	/* Our own state when we hold the lease (the stock dot lock gets this
	 * wrong before 3.47 and never rolls back a hot journal). */
	if (f->lock_fd >= 0)
		*out = f->level >= SQLITE_LOCK_RESERVED;
	else
		*out = access(f->lock_path, F_OK) == 0;
	return SQLITE_OK;
}

static int x_file_control(sqlite3_file *file, int op, void *arg)
{
	struct lease_file *f = (struct lease_file *)file;

	if (op == LEASE_FCNTL_LEVEL) {
		*(int *)arg = f->level;
		return SQLITE_OK;
	}
	if (op == SQLITE_FCNTL_VFSNAME) {
		char *name = sqlite3_malloc((int)sizeof LOCKVFS_NAME);
		if (name != NULL)
			memcpy(name, LOCKVFS_NAME, sizeof LOCKVFS_NAME);
		*(char **)arg = name;
		return SQLITE_OK;
	}
	return f->real->pMethods->xFileControl(f->real, op, arg);
}

static int x_sector_size(sqlite3_file *file)
{
	struct lease_file *f = (struct lease_file *)file;

	return f->real->pMethods->xSectorSize(f->real);
}

static int x_device_characteristics(sqlite3_file *file)
{
	struct lease_file *f = (struct lease_file *)file;

	return f->real->pMethods->xDeviceCharacteristics(f->real);
}

/* ---- vfs methods ----------------------------------------------------- */

static int v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file,
                  int flags, int *out_flags)
{
	struct lease_file *f = (struct lease_file *)file;
	int rc;

	(void)vfs;
	memset(f, 0, sizeof *f);
	f->real = (sqlite3_file *)&f[1];
	f->lock_fd = -1;
	f->kind = (flags & SQLITE_OPEN_MAIN_DB) ? KIND_MAIN_DB
	        : (flags & SQLITE_OPEN_MAIN_JOURNAL) ? KIND_MAIN_JOURNAL : KIND_OTHER;
	if (name != NULL && f->kind != KIND_OTHER) {
		size_t n = strlen(name);
		if (f->kind == KIND_MAIN_JOURNAL && n > 8 && strcmp(name + n - 8, "-journal") == 0)
			n -= 8;
		f->path = sqlite3_malloc((int)n + 1);
		if (f->path == NULL)
			return SQLITE_NOMEM;
		memcpy(f->path, name, n);
		f->path[n] = '\0';
	}
	rc = root_vfs->xOpen(root_vfs, name, f->real, flags, out_flags);
	/* A journal is only opened under the lease, so nobody else creates or
	 * removes it meanwhile; yet a FUSE mount (sshfs) may still hold, for
	 * its entry timeout (1 s), the name of a journal another host has just
	 * deleted, and then fails to create it (ENOENT) or to open it. Such a
	 * failure passes once the stale entry expires: try again for 2 s. */
	for (int tries = 0; rc == SQLITE_CANTOPEN && f->kind == KIND_MAIN_JOURNAL
	                    && errno == ENOENT && tries < 20; tries++) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		nanosleep(&ts, NULL);
		memset(f->real, 0, (size_t)root_vfs->szOsFile);
		rc = root_vfs->xOpen(root_vfs, name, f->real, flags, out_flags);
	}
	if (f->real->pMethods == NULL) {
		sqlite3_free(f->path);
		f->path = NULL;
		return rc;
	}
	f->base.pMethods = &lease_methods;
	if (rc != SQLITE_OK)
		return rc;
	if (f->kind == KIND_MAIN_DB) {
		f->lock_path = concat(f->path, ".lock");
		f->gen_path = concat(f->path, ".gen");
		f->brk_path = concat(f->path, ".lock.brk");
		f->log_path = concat(f->path, ".locklog");
		if (!f->lock_path || !f->gen_path || !f->brk_path || !f->log_path)
			return SQLITE_NOMEM;
		sidefile_mode_of(f->path, &f->file_mode, &f->file_gid);
		side_mode = f->file_mode;
		side_gid = f->file_gid;
		pthread_mutex_init(&f->mu, NULL);
		pthread_cond_init(&f->cv, NULL);
		identify_self();
		pthread_mutex_lock(&registry_mu);
		f->next = registry;
		registry = f;
		pthread_mutex_unlock(&registry_mu);
	}
	return SQLITE_OK;
}

static int v_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	(void)vfs;
	return root_vfs->xDelete(root_vfs, name, sync_dir);
}

/* A hot journal must be seen even through stale attribute caches: open
 * the file (close-to-open revalidation) rather than trust stat(). */
static int v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	size_t n = strlen(name);

	(void)vfs;
	if (flags == SQLITE_ACCESS_EXISTS && n > 8 && strcmp(name + n - 8, "-journal") == 0) {
		int fd = open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		struct stat sb;
		*out = 0;
		if (fd >= 0) {
			*out = fstat(fd, &sb) == 0 && sb.st_size > 0;
			close(fd);
		}
		return SQLITE_OK;
	}
	return root_vfs->xAccess(root_vfs, name, flags, out);
}

static int v_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return root_vfs->xFullPathname(root_vfs, name, n, out);
}

static void *v_dlopen(sqlite3_vfs *vfs, const char *path)
{
	(void)vfs;
	return root_vfs->xDlOpen(root_vfs, path);
}

static void v_dlerror(sqlite3_vfs *vfs, int n, char *msg)
{
	(void)vfs;
	root_vfs->xDlError(root_vfs, n, msg);
}

static void (*v_dlsym(sqlite3_vfs *vfs, void *h, const char *sym))(void)
{
	(void)vfs;
	return root_vfs->xDlSym(root_vfs, h, sym);
}

static void v_dlclose(sqlite3_vfs *vfs, void *h)
{
	(void)vfs;
	root_vfs->xDlClose(root_vfs, h);
}

static int v_randomness(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return root_vfs->xRandomness(root_vfs, n, out);
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
	(void)vfs;
	return root_vfs->xSleep(root_vfs, us);
}

static int v_current_time(sqlite3_vfs *vfs, double *out)
{
	(void)vfs;
	return root_vfs->xCurrentTime(root_vfs, out);
}

static int v_get_last_error(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return root_vfs->xGetLastError ? root_vfs->xGetLastError(root_vfs, n, out) : 0;
}

static int v_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
	(void)vfs;
	return root_vfs->xCurrentTimeInt64(root_vfs, out);
}

/* ---- public ---------------------------------------------------------- */

int lockvfs_register(int seconds)
{
	static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
	int rc = SQLITE_OK;

	if (seconds > 0)
		lease_seconds = seconds;
	pthread_mutex_lock(&mu);
	if (root_vfs != NULL) {
		pthread_mutex_unlock(&mu);
		return SQLITE_OK;
	}
	root_vfs = sqlite3_vfs_find("unix-none");
	if (root_vfs == NULL) {
		pthread_mutex_unlock(&mu);
		return SQLITE_ERROR;
	}
	read_crash_hook();
	lease_methods = (sqlite3_io_methods){
		.iVersion = 1,
		.xClose = x_close,
		.xRead = x_read,
		.xWrite = x_write,
		.xTruncate = x_truncate,
		.xSync = x_sync,
		.xFileSize = x_file_size,
		.xLock = x_lock,
		.xUnlock = x_unlock,
		.xCheckReservedLock = x_check_reserved,
		.xFileControl = x_file_control,
		.xSectorSize = x_sector_size,
		.xDeviceCharacteristics = x_device_characteristics,
	};
	lease_vfs = (sqlite3_vfs){
		.iVersion = 2,
		.szOsFile = (int)sizeof(struct lease_file) + root_vfs->szOsFile,
		.mxPathname = root_vfs->mxPathname,
		.zName = LOCKVFS_NAME,
		.xOpen = v_open,
		.xDelete = v_delete,
		.xAccess = v_access,
		.xFullPathname = v_full_pathname,
		.xDlOpen = v_dlopen,
		.xDlError = v_dlerror,
		.xDlSym = v_dlsym,
		.xDlClose = v_dlclose,
		.xRandomness = v_randomness,
		.xSleep = v_sleep,
		.xCurrentTime = v_current_time,
		.xGetLastError = v_get_last_error,
		.xCurrentTimeInt64 = v_current_time_int64,
	};
	rc = sqlite3_vfs_register(&lease_vfs, 0);
	pthread_mutex_unlock(&mu);
	return rc;
}

int lockvfs_lease_seconds(void)
{
	return lease_seconds;
}

/* The names of db_path's companion files, and their mode and group. */
struct public_names {
	char lock[4096], brk[4096], log[4096];
	struct lock_names n;
};

static void public_names(const char *db_path, struct public_names *p)
{
	identify_self();
	snprintf(p->lock, sizeof p->lock, "%s.lock", db_path);
	snprintf(p->brk, sizeof p->brk, "%s.lock.brk", db_path);
	snprintf(p->log, sizeof p->log, "%s.locklog", db_path);
	p->n = (struct lock_names){ db_path, p->lock, p->brk, p->log };
	sidefile_mode_of(db_path, &side_mode, &side_gid);
}

static void describe(const char *db_path, const char *rec, const struct stat *sb,
                     struct lock_holder *out)
{
	struct share_estimate e = { 0, 0 };
	double silent;

	out->state = judge(db_path, rec, sb, &e, true, out, &silent);
	out->silent_for = silent;
	out->lease = lease_seconds;
	if (out->state != LOCK_LIVE)
		out->breaks_in = 0;
	else if (silent >= 0)
		out->breaks_in = (sb->st_size == 0 ? empty_stale() : (double)lease_seconds) - silent;
	else
		out->breaks_in = -1;
}

void lockvfs_holder(const char *db_path, struct lock_holder *out)
{
	struct public_names p;
	char rec[RECORD_SIZE];
	struct stat sb;

	memset(out, 0, sizeof *out);
	out->state = LOCK_FREE;
	public_names(db_path, &p);
	if (!read_lock_file(p.lock, rec, sizeof rec, &sb))
		return;
	describe(db_path, rec, &sb, out);
}

bool lockvfs_read_generation(const char *db_path, unsigned char out[LOCKVFS_GEN_SIZE])
{
	char path[4096];

	snprintf(path, sizeof path, "%s.gen", db_path);
	return read_gen_file(path, out);
}

int lockvfs_force_break(const char *db_path, const char *who, bool even_live)
{
	struct share_estimate e = { 0, 0 };
	struct public_names p;
	struct lock_holder h;
	char rec[RECORD_SIZE];
	struct stat sb;

	public_names(db_path, &p);
	if (!read_lock_file(p.lock, rec, sizeof rec, &sb))
		return ENOENT;
	describe(db_path, rec, &sb, &h);
	if (h.state == LOCK_LIVE && !even_live) {
		/* Never break a live holder unasked: watch its record for half a
		 * lease (a live one renews it every quarter); silent that long,
		 * it is dead or lost, and breaking it is safe. */
		char now_rec[RECORD_SIZE];
		double until = mono() + (double)lease_seconds / 2.0 + 0.5;
		while (mono() < until) {
			struct timespec ts = { 0, 250 * 1000 * 1000 };
			nanosleep(&ts, NULL);
			if (!read_lock_file(p.lock, now_rec, sizeof now_rec, &sb))
				return ENOENT;
			if (strcmp(rec, now_rec) != 0)
				return EBUSY;
		}
		unlink(p.brk);
		return break_lock(&p.n, &e, rec, "broken by an admin after half a lease of silence",
		                  who) ? 0 : EBUSY;
	}
	unlink(p.brk);   /* an admin's decision overrides a pending breaker */
	if (h.state == LOCK_LIVE)
		/* A record being forged (or a holder the admin judged lost) changes
		 * under us: break whatever is there now. */
		return break_lock(&p.n, &e, NULL, "broken by an admin while it looked alive",
		                  who) ? 0 : EBUSY;
	return break_lock(&p.n, &e, rec, state_reason(h.state), who) ? 0 : EBUSY;
}

int lockvfs_level(const char *db_path)
{
	int level = 0;

	pthread_mutex_lock(&registry_mu);
	for (struct lease_file *r = registry; r != NULL; r = r->next)
		if (strcmp(r->path, db_path) == 0 && r->level > level)
			level = r->level;
	pthread_mutex_unlock(&registry_mu);
	return level;
}

void lockvfs_get_stats(struct lockvfs_stats *out)
{
	*out = stats;
}

enum lock_mode lockvfs_default_mode(const char *dir, char *fs_name, size_t size)
{
	static const struct { unsigned long magic; const char *name; bool local; } known[] = {
		{ 0xEF53, "ext4", true }, { 0x58465342, "xfs", true },
		{ 0x01021994, "tmpfs", true }, { 0x9123683E, "btrfs", true },
		{ 0xF2F52010, "f2fs", true }, { 0x2FC12FC1, "zfs", true },
		{ 0x794c7630, "overlayfs", true }, { 0x3153464a, "jfs", true },
		{ 0x52654973, "reiserfs", true },
		{ 0x6969, "nfs", false }, { 0xFE534D42, "smb2", false },
		{ 0xFF534D42, "cifs", false }, { 0x517B, "smb", false },
		{ 0x65735546, "fuse", false }, { 0x01021997, "9p", false },
		{ 0x00c36400, "ceph", false }, { 0x5346414F, "afs", false },
		{ 0x0BD00BD0, "lustre", false },
	};
	struct statfs sb;

	snprintf(fs_name, size, "?");
	if (statfs(dir, &sb) != 0)
		return LOCK_MODE_LEASE;
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
		if ((unsigned long)sb.f_type == known[i].magic) {
			snprintf(fs_name, size, "%s", known[i].name);
			return known[i].local ? LOCK_MODE_POSIX : LOCK_MODE_LEASE;
		}
	}
	snprintf(fs_name, size, "0x%lx", (unsigned long)sb.f_type);
	return LOCK_MODE_LEASE;   /* unknown counts as network */
}

int lockvfs_sweep_orphans(const char *db_path, int max_age)
{
	char *copy = strdup(db_path), path[4096];
	const char *dir;
	struct dirent *e;
	time_t now = time(NULL);
	int removed = 0;
	DIR *d;

	if (copy == NULL)
		return 0;
	dir = dirname(copy);
	d = opendir(dir);
	while (d != NULL && (e = readdir(d)) != NULL) {
		struct stat sb;
		if (strncmp(e->d_name, ".fuse_hidden", 12) != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode)
		    && now - sb.st_mtime > max_age && unlink(path) == 0)
			removed++;
	}
	if (d != NULL)
		closedir(d);
	free(copy);
	return removed;
}
