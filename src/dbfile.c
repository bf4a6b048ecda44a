/* dbfile.c — the database's path, its creation with the layout's mode, and
 * its lock mode records (.proto, header). See dbfile.h. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dbfile.h"
#include "sidefile.h"

#define PROTO_MAGIC "construisons-proto 1\n"
#define APPLICATION_ID_LEASE 0x436f4c65u /* db.h's DB_APPLICATION_ID_LEASE */

char *dbfile_resolve(const char *path)
{
	char *real = realpath(path, NULL);
	char *dir_copy, *base_copy, *dir, *out = NULL;
	const char *base;
	int e;

	if (real != NULL || errno != ENOENT)
		return real;
	/* Not there yet (or a dangling link, which creation will refuse):
	 * resolve the directory and keep the name. */
	dir_copy = strdup(path);
	base_copy = strdup(path);
	if (dir_copy == NULL || base_copy == NULL) {
		free(dir_copy);
		free(base_copy);
		errno = ENOMEM;
		return NULL;
	}
	base = basename(base_copy);
	dir = realpath(dirname(dir_copy), NULL);
	e = errno;
	if (dir != NULL && strcmp(base, "/") != 0 && strcmp(base, ".") != 0
	    && strcmp(base, "..") != 0) {
		size_t n = strlen(dir) + strlen(base) + 2;
		out = malloc(n);
		if (out != NULL)
			snprintf(out, n, "%s%s%s", dir,
			         dir[strlen(dir) - 1] == '/' ? "" : "/", base);
		e = out != NULL ? 0 : ENOMEM;
	} else if (dir != NULL) {
		e = EISDIR;
	}
	free(dir);
	free(dir_copy);
	free(base_copy);
	errno = e;
	return out;
}

bool dbfile_shared_layout(const char *path)
{
	char *copy = strdup(path);
	struct stat sb;
	bool setgid_dir;

	if (copy == NULL)
		return getegid() != getgid();
	setgid_dir = stat(dirname(copy), &sb) == 0 && (sb.st_mode & S_ISGID);
	free(copy);
	return setgid_dir || getegid() != getgid();
}

int dbfile_create(const char *path)
{
	bool shared = dbfile_shared_layout(path);
	struct stat sb;
	int fd, e = 0;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
	          0660);
	if (fd < 0)
		return errno;
	if (fstat(fd, &sb) != 0)
		e = errno;
	else if (shared && (sb.st_mode & 07777) != 0660 && fchmod(fd, 0660) != 0)
		e = errno;
	else if (!shared && (sb.st_mode & 0600) != 0600
	         && fchmod(fd, (sb.st_mode & 0660) | 0600) != 0)
		e = errno;
	if (close(fd) != 0 && e == 0)
		e = errno;
	if (e != 0)
		unlink(path);
	return e;
}

int dbfile_read_proto(const char *path, enum lock_mode *mode)
{
	char p[PATH_MAX + 8], buf[256];
	mode_t unused;
	gid_t gid;
	ssize_t n;
	size_t got = 0;
	int fd;

	snprintf(p, sizeof p, "%s.proto", path);
	sidefile_mode_of(path, &unused, &gid);
	fd = sidefile_open(p, O_RDONLY, 0, gid, NULL);
	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	while (got < sizeof buf - 1
	       && (n = read(fd, buf + got, sizeof buf - 1 - got)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		got += (size_t)n;
	}
	close(fd);
	buf[got] = '\0';
	errno = EPROTO;
	if (strncmp(buf, PROTO_MAGIC, strlen(PROTO_MAGIC)) != 0)
		return -1;
	if (strstr(buf, "\nlock=lease\n") != NULL)
		*mode = LOCK_MODE_LEASE;
	else if (strstr(buf, "\nlock=posix\n") != NULL)
		*mode = LOCK_MODE_POSIX;
	else
		return -1;
	return 1;
}

int dbfile_write_proto(const char *path, enum lock_mode mode)
{
	char p[PATH_MAX + 8], buf[128];
	mode_t fmode;
	gid_t gid;
	int fd, n, e = 0;

	snprintf(p, sizeof p, "%s.proto", path);
	n = snprintf(buf, sizeof buf, PROTO_MAGIC "lock=%s\n",
	             mode == LOCK_MODE_LEASE ? "lease" : "posix");
	sidefile_mode_of(path, &fmode, &gid);
	/* Truncated only once checked (O_TRUNC would cut a planted hard link). */
	fd = sidefile_open(p, O_WRONLY | O_CREAT, fmode, gid, NULL);
	if (fd < 0)
		return errno;
	if (ftruncate(fd, 0) != 0)
		e = errno;
	else if (write(fd, buf, (size_t)n) != n)
		e = errno ? errno : EIO;
	else if (fsync(fd) != 0)
		e = errno;
	if (close(fd) != 0 && e == 0)
		e = errno;
	return e;
}

enum lock_mode dbfile_header_mode(const char *path)
{
	unsigned char h[4];
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat sb;
	bool lease = false;

	if (fd < 0)
		return LOCK_MODE_POSIX;
	/* The application_id: 4 big-endian bytes at offset 68 of the header. */
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && pread(fd, h, 4, 68) == 4)
		lease = ((unsigned)h[0] << 24 | (unsigned)h[1] << 16 | (unsigned)h[2] << 8
		         | (unsigned)h[3]) == APPLICATION_ID_LEASE;
	close(fd);
	return lease ? LOCK_MODE_LEASE : LOCK_MODE_POSIX;
}
