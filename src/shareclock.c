/* shareclock.c — the file server's clock, read through <db>.clock (see
 * shareclock.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "shareclock.h"
#include "sidefile.h"

double shareclock_diff(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* The mtime of fd from the statx system call itself, not through the C
 * library: a library preloaded to fake the clock (libfaketime) shifts the
 * times fstat() returns by the clock's own offset, which hides any drift.
 * fstat() where the kernel has no statx. */
static int raw_mtime(int fd, struct timespec *out)
{
	struct statx sx;
	struct stat sb;

	if (syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_MTIME, &sx) == 0) {
		out->tv_sec = sx.stx_mtime.tv_sec;
		out->tv_nsec = sx.stx_mtime.tv_nsec;
		return 0;
	}
	if (errno != ENOSYS || fstat(fd, &sb) != 0)
		return errno;
	*out = sb.st_mtim;
	return 0;
}

/* Stamps <db>.clock; raw: read its mtime with raw_mtime(). */
static int stamp(const char *db_path, struct timespec *out, bool raw)
{
	char path[4096];
	struct stat sb;
	mode_t mode;
	gid_t gid;
	int fd, e = 0;

	if ((size_t)snprintf(path, sizeof path, "%s.clock", db_path) >= sizeof path)
		return ENAMETOOLONG;
	sidefile_mode_of(db_path, &mode, &gid);
	fd = sidefile_open(path, O_RDWR | O_CREAT, mode, gid, NULL);
	if (fd < 0)
		return errno;
	/* The server stamps the write with its own time; the flush makes the
	 * write (and so the stamp) happen now rather than at close. */
	if (pwrite(fd, "t", 1, 0) != 1 || fdatasync(fd) != 0)
		e = errno ? errno : EIO;
	else if (raw)
		e = raw_mtime(fd, out);
	else if (fstat(fd, &sb) != 0)
		e = errno ? errno : EIO;
	else
		*out = sb.st_mtim;
	close(fd);
	return e;
}

int shareclock_now(const char *db_path, struct timespec *out)
{
	return stamp(db_path, out, false);
}

int shareclock_drift(const char *db_path, double *drift_seconds)
{
	struct timespec share, before, after;
	int e;

	clock_gettime(CLOCK_REALTIME, &before);
	e = stamp(db_path, &share, true);
	clock_gettime(CLOCK_REALTIME, &after);
	if (e != 0)
		return e;
	/* The write happened somewhere between before and after: take the
	 * middle, so a slow round trip does not read as drift. */
	*drift_seconds = shareclock_diff(&share, &before)
	                 + shareclock_diff(&before, &after) / 2.0;
	return 0;
}
