/* outfile.c — files written for the user (see outfile.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "outfile.h"

/* Runs with the real group as effective group, so that a setgid program
 * creates the user's files with the user's rights. */
static bool as_real_group(gid_t *saved)
{
	*saved = getegid();
	return *saved == getgid() || setegid(getgid()) == 0;
}

static void restore_group(gid_t saved)
{
	if (saved != getegid() && setegid(saved) != 0)
		_exit(70); /* cannot happen: the saved set-group-ID allows it */
}

bool outfile_exists(const char *path)
{
	struct stat sb;

	return lstat(path, &sb) == 0;
}

static enum cs_status refuse(const char *path, int e, struct cs_error *err)
{
	struct stat sb;

	switch (e) {
	case EEXIST:
		if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode))
			return refuse(path, ELOOP, err);
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("%s already exists; choose another file (or give --force "
		                      "to replace it)"), path);
	case ELOOP:
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("%s is a symbolic link: nothing is written through it"), path);
	case ENOENT:
	case ENOTDIR:
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot create %s: its directory does not exist"), path);
	case EACCES:
	case EPERM:
	case EROFS:
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot create %s: you may not write in its directory"), path);
	default:
		return cs_error_set(err, CS_ERR_CANTCREAT, _("cannot create %s: %s"), path,
		                    cs_strerror(e));
	}
}

/* Opens path as outfile.h says; -1 with err set. */
static int open_path(const char *path, bool force, bool *created, struct cs_error *err)
{
	const int flags = O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
	struct stat sb;
	gid_t saved;
	int fd, e = 0, fl;

	*created = false;
	if (!as_real_group(&saved)) {
		refuse(path, errno, err);
		return -1;
	}
	fd = open(path, flags | O_CREAT | O_EXCL, 0644);
	if (fd >= 0)
		*created = true;
	else if (errno == EEXIST && force)
		fd = open(path, flags);
	if (fd < 0)
		e = errno;
	if (fd >= 0 && fstat(fd, &sb) != 0) {
		e = errno;
		close(fd);
		fd = -1;
	}
	if (fd >= 0 && *created && sb.st_gid != getgid() && fchown(fd, (uid_t)-1, getgid()) != 0) {
		e = errno;
		close(fd);
		unlink(path);
		fd = -1;
	}
	restore_group(saved);
	if (fd < 0) {
		refuse(path, e, err);
		return -1;
	}
	if (!*created && (!S_ISREG(sb.st_mode) || sb.st_nlink != 1 || sb.st_uid != getuid())) {
		close(fd);
		cs_error_set(err, CS_ERR_CANTCREAT,
		             _("%s is not a regular file of yours with a single link: it is not "
		               "replaced"), path);
		return -1;
	}
	if ((fl = fcntl(fd, F_GETFL)) == -1 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1
	    || (!*created && ftruncate(fd, 0) != 0)) {
		e = errno;
		close(fd);
		cs_error_set(err, CS_ERR_IO, _("cannot write %s: %s"), path, cs_strerror(e));
		return -1;
	}
	return fd;
}

enum cs_status outfile_write(const char *path, bool force, const void *data, size_t len,
                             struct cs_error *err)
{
	const char *p = data;
	bool created;
	int fd = open_path(path, force, &created, err), e = 0;

	if (fd < 0)
		return err != NULL ? err->status : CS_ERR_CANTCREAT;
	while (len > 0 && e == 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			e = n < 0 ? errno : EIO;
		else {
			p += n;
			len -= (size_t)n;
		}
	}
	if (e == 0 && fsync(fd) != 0 && errno != EINVAL)
		e = errno;
	if (close(fd) != 0 && e == 0)
		e = errno;
	if (e != 0) {
		if (created) {
			gid_t saved;
			if (as_real_group(&saved)) {
				unlink(path);
				restore_group(saved);
			}
		}
		return cs_error_set(err, CS_ERR_IO, _("cannot write %s: %s"), path, cs_strerror(e));
	}
	return CS_OK;
}

bool outfile_home(char *out, size_t size)
{
	struct passwd pw, *res = NULL;
	char buf[16384];

	if (getpwuid_r(getuid(), &pw, buf, sizeof buf, &res) != 0 || res == NULL ||
	    pw.pw_dir == NULL || pw.pw_dir[0] != '/')
		return false;
	return (size_t)snprintf(out, size, "%s", pw.pw_dir) < size;
}
