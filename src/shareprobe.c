/* shareprobe.c — probes the share for what the lease lock needs (see
 * shareprobe.h): each check on scratch files of its own, every scratch
 * file removed at the end, even on a file system that answers EBUSY or
 * hides fresh files for a while; those of a probe killed midway are
 * removed by a later probe once ten minutes old. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "mounts.h"
#include "shareprobe.h"
#include "sidefile.h"

#define PROBE_PREFIX ".construisons-probe."
#define MAX_SCRATCH 12
#define UNLINK_TRIES 5
#define CLEANUP_SECONDS 3.0
/* How far back the mtime is set before a write: far more than any clock
 * granularity or attribute-cache timeout, so "moved forward" is clear. */
#define MTIME_SETBACK 3600

struct probe {
	char dir[4096];
	char base[128];          /* .construisons-probe.<host>.<pid>.<random> */
	char scratch[MAX_SCRATCH][4352];
	int n_scratch;
	char token[40];
	bool excl_broken;        /* a second O_EXCL create succeeded */
	time_t server_now;       /* the server's stamp on our write, or 0 */
	struct shareprobe_report *r;
};

static double mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

const char *shareprobe_check_name(enum shareprobe_check check)
{
	switch (check) {
	case SHAREPROBE_EXCL:   return _("exclusive create");
	case SHAREPROBE_FSYNC:  return _("write and fsync");
	case SHAREPROBE_MTIME:  return _("mtime moved by a write");
	case SHAREPROBE_RENAME: return _("rename");
	case SHAREPROBE_UNLINK: return _("unlink of a closed file");
	case SHAREPROBE_LINK:   return _("hard link");
	case SHAREPROBE_COUNT:  break;
	}
	return "?";
}

/* Records the outcome of a check; the first failure of a check wins. */
static void verdict(struct probe *p, enum shareprobe_check c, enum shareprobe_result res,
                    int errnum, const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void verdict(struct probe *p, enum shareprobe_check c, enum shareprobe_result res,
                    int errnum, const char *fmt, ...)
{
	struct shareprobe_line *l = &p->r->line[c];
	va_list ap;

	if (l->result != SHAREPROBE_OK)
		return;
	l->result = res;
	l->errnum = errnum;
	va_start(ap, fmt);
	vsnprintf(l->reason, sizeof l->reason, fmt, ap);
	va_end(ap);
}

static const char *scratch_path(struct probe *p, const char *suffix)
{
	char path[sizeof p->scratch[0]];

	if (p->n_scratch >= MAX_SCRATCH)
		return NULL;
	snprintf(path, sizeof path, "%s/%s-%s", p->dir, p->base, suffix);
	memcpy(p->scratch[p->n_scratch], path, sizeof path);
	return p->scratch[p->n_scratch++];
}

/* Creates a scratch file exclusively and writes the probe's token in it.
 * Returns the open descriptor or -1 with errno. */
static int scratch_create(struct probe *p, const char *path)
{
	int fd = sidefile_open(path, O_RDWR | O_CREAT | O_EXCL, 0600, (gid_t)-1, NULL);
	size_t len = strlen(p->token);

	if (fd < 0)
		return -1;
	if (pwrite(fd, p->token, len, 0) != (ssize_t)len) {
		int e = errno ? errno : EIO;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* Whether path holds the probe's token (read through a fresh open, as the
 * lock reads its record). Returns 0 or an errno value (EBADMSG: other
 * content). */
static int holds_token(struct probe *p, const char *path)
{
	char buf[64];
	ssize_t n;
	int fd = sidefile_open(path, O_RDONLY, 0, (gid_t)-1, NULL);

	if (fd < 0)
		return errno;
	n = pread(fd, buf, sizeof buf - 1, 0);
	close(fd);
	if (n < 0)
		return EIO;
	buf[n] = '\0';
	return strcmp(buf, p->token) == 0 ? 0 : EBADMSG;
}

static bool absent(const char *path)
{
	struct stat sb;

	return lstat(path, &sb) != 0 && errno == ENOENT;
}

/* Exclusive create: seen by name once created, and a second O_EXCL create
 * refused. A lookup first, so that a file system that caches "absent" shows
 * it (that is how a host misses a lock another host just created). */
/* Whether directory dir lists name (readdir: what the server has, which
 * confirms that a twin mount shows the same directory). */
static bool listed(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	bool found = false;

	if (d == NULL)
		return false;
	while (!found && (de = readdir(d)) != NULL)
		found = strcmp(de->d_name, name) == 0;
	closedir(d);
	return found;
}

/* Through the other mount of the share, which looked the name up before it
 * was created: the file must be seen, and a second exclusive create of it
 * refused. Only once that mount lists the file (else it is another
 * directory, or a cached listing: nothing can be said). */
static void check_excl_twin(struct probe *p, const char *twin_dir, const char *x2,
                            const char *name)
{
	struct stat sb;
	int fd;

	if (!listed(twin_dir, name))
		return;
	snprintf(p->r->twin, sizeof p->r->twin, "%s", twin_dir);
	if (lstat(x2, &sb) != 0)
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, errno,
		        _("through the other mount %s, a file just created is not found "
		          "by name (%s): another host could create the lock as well"),
		        twin_dir, cs_strerror(errno));
	fd = open(x2, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
	if (fd >= 0) {
		close(fd);
		if (p->excl_broken)
			return;   /* already shown through this mount */
		p->excl_broken = true;
		p->r->line[SHAREPROBE_EXCL].result = SHAREPROBE_OK;
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, 0,
		        _("through the other mount %s, a second exclusive creation of the "
		          "same file succeeded: two hosts could both take the lock"), twin_dir);
	} else if (errno != EEXIST) {
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, errno,
		        _("through the other mount %s, a second exclusive creation of the "
		          "same file answered \"%s\" instead of \"file exists\""),
		        twin_dir, cs_strerror(errno));
	}
}

static int check_excl(struct probe *p)
{
	const char *x = scratch_path(p, "x");
	char twin_dir[1024], x2[4352];
	const char *name = strrchr(x, '/') + 1;
	bool twin = mounts_twin(p->dir, twin_dir, sizeof twin_dir);
	struct stat sb;
	int fd, fd2;

	(void)lstat(x, &sb);
	if (twin) {
		snprintf(x2, sizeof x2, "%s/%s", twin_dir, name);
		(void)lstat(x2, &sb);
	}
	/* A bare exclusive open, as the lock's own first step: sidefile_open
	 * would go on with fchmod by name, which such a file system fails
	 * before the second create could show what matters. */
	fd = open(x, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
	if (fd < 0) {
		int e = errno;
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, e,
		        _("creating a file exclusively failed: %s"), cs_strerror(e));
		return -1;
	}
	close(fd);
	if (lstat(x, &sb) != 0)
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, errno,
		        _("a file just created is not found by name (%s): another host "
		          "could create the lock as well"), cs_strerror(errno));
	fd2 = open(x, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
	if (fd2 >= 0) {
		close(fd2);
		/* The more serious finding replaces "not found by name". */
		p->excl_broken = true;
		p->r->line[SHAREPROBE_EXCL].result = SHAREPROBE_OK;
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, 0,
		        _("a second exclusive creation of the same file succeeded: two "
		          "hosts could both take the lock"));
	} else if (errno != EEXIST) {
		verdict(p, SHAREPROBE_EXCL, SHAREPROBE_FAILED, errno,
		        _("a second exclusive creation of the same file answered \"%s\" "
		          "instead of \"file exists\""), cs_strerror(errno));
	}
	if (twin)
		check_excl_twin(p, twin_dir, x2, name);
	return 0;
}

static bool mtime_before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Write, fsync, and the mtime the server stamps on a write: set the mtime
 * an hour back, write, and look at it through the descriptor, through a
 * fresh open and by name. Where times cannot be set, wait (at most 2.5 s)
 * for a write to move the mtime past the creation's. */
static void check_write(struct probe *p)
{
	const char *w = scratch_path(p, "w");
	struct stat before, after, fresh, named;
	struct timespec times[2];
	double deadline;
	int fd, fd2, e;
	bool moved;

	fd = scratch_create(p, w);
	if (fd < 0) {
		e = errno;
		verdict(p, SHAREPROBE_FSYNC, SHAREPROBE_FAILED, e,
		        _("cannot create a file: %s"), cs_strerror(e));
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_NOT_RUN, 0, _("not tried"));
		return;
	}
	if (pwrite(fd, "0123456789abcdef", 16, 64) != 16) {
		e = errno ? errno : EIO;
		verdict(p, SHAREPROBE_FSYNC, SHAREPROBE_FAILED, e, _("write failed: %s"),
		        cs_strerror(e));
	} else if (fsync(fd) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_FSYNC, SHAREPROBE_FAILED, e, _("fsync failed: %s"),
		        cs_strerror(e));
	}

	if (fstat(fd, &before) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, e, _("fstat failed: %s"),
		        cs_strerror(e));
		close(fd);
		return;
	}
	times[0].tv_nsec = UTIME_OMIT;
	times[1] = before.st_mtim;
	times[1].tv_sec -= MTIME_SETBACK;
	if (futimens(fd, times) == 0 && fstat(fd, &before) == 0
	    && before.st_mtim.tv_sec <= times[1].tv_sec + 1) {
		moved = pwrite(fd, "1", 1, 80) == 1 && fdatasync(fd) == 0
		        && fstat(fd, &after) == 0
		        && after.st_mtim.tv_sec >= before.st_mtim.tv_sec + MTIME_SETBACK / 2;
	} else {
		deadline = mono() + 2.5;
		do {
			pause_ms(100);
			moved = pwrite(fd, "1", 1, 80) == 1 && fdatasync(fd) == 0
			        && fstat(fd, &after) == 0
			        && mtime_before(&before.st_mtim, &after.st_mtim);
		} while (!moved && mono() < deadline);
	}
	if (!moved) {
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, 0,
		        _("a write did not move the file's mtime: the age of the lock "
		          "cannot be judged"));
		close(fd);
		return;
	}
	close(fd);
	p->server_now = after.st_mtim.tv_sec;
	fd2 = sidefile_open(w, O_RDONLY, 0, (gid_t)-1, NULL);
	if (fd2 < 0 || fstat(fd2, &fresh) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, e,
		        _("the file cannot be opened again: %s"), cs_strerror(e));
	} else if (fresh.st_mtim.tv_sec != after.st_mtim.tv_sec) {
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, 0,
		        _("opened again, the file shows an mtime %+lld s from the one "
		          "the write left: an attribute cache hides the lock's heartbeat"),
		        (long long)(fresh.st_mtim.tv_sec - after.st_mtim.tv_sec));
	}
	if (fd2 >= 0)
		close(fd2);
	if (lstat(w, &named) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, e,
		        _("the file is not found by name: %s"), cs_strerror(e));
	} else if (named.st_mtim.tv_sec != after.st_mtim.tv_sec) {
		verdict(p, SHAREPROBE_MTIME, SHAREPROBE_FAILED, 0,
		        _("seen by name, the file shows an mtime %+lld s from the one the "
		          "write left: an attribute cache hides the lock's heartbeat"),
		        (long long)(named.st_mtim.tv_sec - after.st_mtim.tv_sec));
	}
}

/* Rename aside to a new name (what the breaker does to <db>.lock), then
 * over an existing name; the content must follow and the old name go. */
static void check_rename(struct probe *p)
{
	const char *a = scratch_path(p, "r"), *b = scratch_path(p, "ra");
	const char *o = scratch_path(p, "ro");
	int fd, e;

	if ((fd = scratch_create(p, a)) < 0) {
		e = errno;
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, e,
		        _("cannot create a file: %s"), cs_strerror(e));
		return;
	}
	close(fd);
	if (rename(a, b) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, e,
		        _("renaming a file aside failed: %s"), cs_strerror(e));
		return;
	}
	if (!absent(a))
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, 0,
		        _("after a rename the old name is still there"));
	if ((e = holds_token(p, b)) != 0)
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, e == EBADMSG ? 0 : e,
		        _("after a rename the new name does not hold the file's content"));
	if ((fd = scratch_create(p, o)) < 0) {
		e = errno;
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, e,
		        _("cannot create a file: %s"), cs_strerror(e));
		return;
	}
	if (pwrite(fd, "other", 5, 0) != 5)
		(void)0;   /* the token stays, still another file's content */
	close(fd);
	if (rename(b, o) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, e,
		        _("renaming a file over an existing one failed: %s"), cs_strerror(e));
	} else if (holds_token(p, o) != 0 || !absent(b)) {
		verdict(p, SHAREPROBE_RENAME, SHAREPROBE_FAILED, 0,
		        _("a rename over an existing file did not replace it"));
	}
}

/* Unlink right after close, retrying EBUSY a few times (about 0.3 s). */
static void check_unlink(struct probe *p)
{
	const char *u = scratch_path(p, "u");
	int fd, e = 0, tries;

	if ((fd = scratch_create(p, u)) < 0) {
		e = errno;
		verdict(p, SHAREPROBE_UNLINK, SHAREPROBE_FAILED, e,
		        _("cannot create a file: %s"), cs_strerror(e));
		return;
	}
	close(fd);
	for (tries = 0; tries < UNLINK_TRIES; tries++) {
		if (unlink(u) == 0) {
			e = 0;
			break;
		}
		e = errno;
		if (e != EBUSY)
			break;
		pause_ms(20L << tries);
	}
	if (e == EBUSY)
		verdict(p, SHAREPROBE_UNLINK, SHAREPROBE_FAILED, e,
		        _("unlinking a file just closed answered \"busy\" %d times: the "
		          "lock would stay behind its holder"), UNLINK_TRIES);
	else if (e != 0)
		verdict(p, SHAREPROBE_UNLINK, SHAREPROBE_FAILED, e,
		        _("unlinking a file just closed failed: %s"), cs_strerror(e));
	else if (!absent(u))
		verdict(p, SHAREPROBE_UNLINK, SHAREPROBE_FAILED, 0,
		        _("a file unlinked is still found by name"));
}

/* link(): the breaker gives back a lock renewed at the last moment with
 * link() and falls back to rename() where it fails, so only a warning. */
static void check_link(struct probe *p)
{
	const char *l = scratch_path(p, "l"), *l2 = scratch_path(p, "l2");
	int fd, e;

	if ((fd = scratch_create(p, l)) < 0) {
		e = errno;
		verdict(p, SHAREPROBE_LINK, SHAREPROBE_WARNING, e,
		        _("cannot create a file: %s"), cs_strerror(e));
		return;
	}
	close(fd);
	if (link(l, l2) != 0) {
		e = errno;
		verdict(p, SHAREPROBE_LINK, SHAREPROBE_WARNING, e,
		        _("link() failed (%s); not needed: the lock falls back to rename"),
		        cs_strerror(e));
	}
}

/* Whether a scratch file of this probe is still listed in the directory
 * (readdir, which a stale lookup cache does not fool). */
static bool scratch_listed(struct probe *p)
{
	DIR *d = opendir(p->dir);
	struct dirent *de;
	size_t n = strlen(p->base);
	bool found = false;

	if (d == NULL)
		return false;
	while (!found && (de = readdir(d)) != NULL)
		found = strncmp(de->d_name, p->base, n) == 0;
	closedir(d);
	return found;
}

/* Removes every scratch file; on a file system that answers EBUSY or
 * hides fresh files, keeps trying for a few seconds. */
static void cleanup(struct probe *p)
{
	double deadline = mono() + CLEANUP_SECONDS;

	for (;;) {
		for (int i = 0; i < p->n_scratch; i++)
			(void)unlink(p->scratch[i]);
		if (!scratch_listed(p))
			return;
		if (mono() >= deadline)
			break;
		pause_ms(50);
	}
	p->r->leftover = true;
}

/* Whether dir is a directory this process may create files in (by its
 * effective ids, as a setgid program creates them); errno says why not. */
static bool dir_writable(const char *dir)
{
	struct stat sb;

	if (stat(dir, &sb) != 0)
		return false;
	if (!S_ISDIR(sb.st_mode)) {
		errno = ENOTDIR;
		return false;
	}
	return faccessat(AT_FDCWD, dir, W_OK | X_OK, AT_EACCESS) == 0;
}

/* Removes the scratch files of probes killed before their cleanup: older
 * than STALE_PROBE_SECONDS by the server's clock (the stamp our own write
 * got). Only regular files named like ours; unlink never follows a link. */
#define STALE_PROBE_SECONDS 600
static void sweep_dead_probes(struct probe *p)
{
	DIR *d;
	struct dirent *de;
	size_t n = strlen(PROBE_PREFIX), mine = strlen(p->base);

	if (p->server_now == 0 || (d = opendir(p->dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		char path[4352];
		struct stat sb;

		if (strncmp(de->d_name, PROBE_PREFIX, n) != 0
		    || strncmp(de->d_name, p->base, mine) == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", p->dir, de->d_name);
		if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode)
		    && p->server_now - sb.st_mtim.tv_sec > STALE_PROBE_SECONDS)
			(void)unlink(path);
	}
	closedir(d);
}

static void make_names(struct probe *p, const char *dir)
{
	unsigned char rnd[8];
	char host[64];
	size_t j = 0;

	snprintf(p->dir, sizeof p->dir, "%s", dir);
	if (gethostname(host, sizeof host) != 0)
		snprintf(host, sizeof host, "unknown");
	host[sizeof host - 1] = '\0';
	for (size_t i = 0; host[i] != '\0' && j < 40; i++) {
		char ch = host[i];
		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
		    || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_')
			host[j++] = ch;
	}
	host[j] = '\0';
	if (getrandom(rnd, sizeof rnd, GRND_NONBLOCK) != (ssize_t)sizeof rnd) {
		unsigned long long v = (unsigned long long)mono() * 1000003ULL ^ (unsigned long long)getpid();
		memcpy(rnd, &v, sizeof rnd);
	}
	snprintf(p->base, sizeof p->base, PROBE_PREFIX "%s.%ld.%02x%02x%02x%02x%02x%02x%02x%02x",
	         host, (long)getpid(), rnd[0], rnd[1], rnd[2], rnd[3], rnd[4], rnd[5], rnd[6],
	         rnd[7]);
	snprintf(p->token, sizeof p->token, "probe %02x%02x%02x%02x\n", rnd[4], rnd[5], rnd[6],
	         rnd[7]);
}

enum cs_status shareprobe_run(const char *dir, struct shareprobe_report *report,
                              struct cs_error *err)
{
	struct probe *p = calloc(1, sizeof *p);
	double start = mono();
	char list[1024] = "";
	enum cs_status st = CS_OK;

	memset(report, 0, sizeof *report);
	if (p == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	p->r = report;
	make_names(p, dir);
	if (!dir_writable(dir)) {
		int e = errno;
		for (int c = 0; c < SHAREPROBE_COUNT; c++)
			verdict(p, (enum shareprobe_check)c, SHAREPROBE_NOT_RUN, 0, _("not tried"));
		report->line[SHAREPROBE_EXCL].result = SHAREPROBE_FAILED;
		report->line[SHAREPROBE_EXCL].errnum = e;
		snprintf(report->line[SHAREPROBE_EXCL].reason, sizeof report->line[0].reason,
		         _("cannot create a file in %s: %s"), dir, cs_strerror(e));
		report->failures = 1;
		report->seconds = mono() - start;
		free(p);
		return cs_error_set(err, CS_ERR_CANTCREAT, _("cannot create a file in %s: %s"),
		                    dir, cs_strerror(e));
	}
	if (check_excl(p) == 0) {
		check_write(p);
		check_rename(p);
		check_unlink(p);
		check_link(p);
	} else {
		for (int c = 0; c < SHAREPROBE_COUNT; c++)
			verdict(p, (enum shareprobe_check)c, SHAREPROBE_NOT_RUN, 0, _("not tried"));
	}
	cleanup(p);
	sweep_dead_probes(p);
	for (int c = 0; c < SHAREPROBE_COUNT; c++) {
		const struct shareprobe_line *l = &report->line[c];
		size_t used = strlen(list);
		if (l->result == SHAREPROBE_WARNING)
			report->warnings++;
		if (l->result != SHAREPROBE_FAILED)
			continue;
		report->failures++;
		snprintf(list + used, sizeof list - used, "%s%s: %s", used ? "; " : "",
		         shareprobe_check_name((enum shareprobe_check)c), l->reason);
	}
	if (report->failures > 0)
		st = cs_error_set(err, CS_ERR_UNAVAILABLE,
		                  _("the file system of %s cannot hold the lease lock (%s)"), dir,
		                  list);
	report->seconds = mono() - start;
	free(p);
	return st;
}
