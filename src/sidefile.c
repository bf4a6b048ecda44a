/* sidefile.c — safe opening of the database's companion files (see
 * sidefile.h for the contract). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sidefile.h"

int sidefile_check_fd(int fd, gid_t expect_gid)
{
	struct stat sb;

	if (fstat(fd, &sb) != 0)
		return errno;
	if (!S_ISREG(sb.st_mode))
		return EINVAL;
	if (sb.st_nlink > 1)
		return EMLINK;
	if (sb.st_uid != geteuid() && expect_gid != (gid_t)-1 && sb.st_gid != expect_gid)
		return EPERM;
	return 0;
}

static int open_checked(const char *path, int flags, mode_t mode, gid_t expect_gid)
{
	int fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode);
	int bad, fl;

	if (fd < 0)
		return -1;
	bad = sidefile_check_fd(fd, expect_gid);
	if (bad == 0 && (fl = fcntl(fd, F_GETFL)) != -1
	    && fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1)
		bad = errno;
	if (bad != 0) {
		close(fd);
		errno = bad;
		return -1;
	}
	return fd;
}

int sidefile_open(const char *path, int flags, mode_t create_mode,
                  gid_t expect_gid, bool *created)
{
	int base = flags & ~(O_CREAT | O_EXCL);
	int fd;

	if (created != NULL)
		*created = false;
	if (!(flags & O_CREAT))
		return open_checked(path, base, 0, expect_gid);
	for (int attempt = 0; attempt < 4; attempt++) {
		fd = open_checked(path, base | O_CREAT | O_EXCL, create_mode, expect_gid);
		if (fd >= 0) {
			/* Ours alone: set the mode the umask may have narrowed. */
			if (fchmod(fd, create_mode) != 0) {
				int e = errno;
				close(fd);
				unlink(path);
				errno = e;
				return -1;
			}
			if (created != NULL)
				*created = true;
			return fd;
		}
		if (errno != EEXIST || (flags & O_EXCL))
			return -1;
		fd = open_checked(path, base, 0, expect_gid);
		if (fd >= 0 || errno != ENOENT)
			return fd;
		/* Removed between the two opens: create it again. */
	}
	return -1;
}

void sidefile_mode_of(const char *db_path, mode_t *mode, gid_t *gid)
{
	struct stat sb;

	*mode = 0600;
	*gid = (gid_t)-1;
	if (stat(db_path, &sb) != 0)
		return;
	*mode = (sb.st_mode & 0660) | 0600;
	*gid = sb.st_gid;
}
