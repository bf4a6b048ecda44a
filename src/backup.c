/* backup.c — the backup file written for the user (see backup.h): the
 * snapshot is serialised from memory into a descriptor we opened, so SQLite
 * never opens the user's path by name. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backup.h"
#include "i18n.h"

/* Runs with the real group as effective group (a setgid program creates
 * and removes the user's files with the user's rights). Returns false when
 * the group cannot be switched. */
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

/* Opens dest for writing as backup.h says; *created tells whether we made
 * it. Returns the descriptor or -1 with err set. */
static int open_dest(const char *dest, bool force, bool *created, struct cs_error *err)
{
	const int flags = O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
	struct stat sb;
	gid_t saved;
	int fd, e, fl;

	*created = false;
	if (!as_real_group(&saved)) {
		cs_error_set(err, CS_ERR_CANTCREAT, _("cannot create the backup %s: %s"), dest,
		             cs_strerror(errno));
		return -1;
	}
	fd = open(dest, flags | O_CREAT | O_EXCL, 0600);
	if (fd >= 0)
		*created = true;
	else if (errno == EEXIST && force)
		fd = open(dest, flags);
	e = errno;
	if (fd >= 0 && fstat(fd, &sb) != 0) {
		e = errno;
		close(fd);
		fd = -1;
	}
	if (fd >= 0 && *created && sb.st_gid != getgid() && fchown(fd, (uid_t)-1, getgid()) != 0) {
		e = errno;
		close(fd);
		unlink(dest);
		fd = -1;
	}
	restore_group(saved);
	if (fd < 0) {
		if (e == EEXIST)
			cs_error_set(err, CS_ERR_CANTCREAT,
			             _("%s already exists; choose a new file for the backup (or give "
			               "--force to replace it)"), dest);
		else if (e == ELOOP)
			cs_error_set(err, CS_ERR_CANTCREAT,
			             _("%s is a symbolic link: the backup is not written through it"),
			             dest);
		else
			cs_error_set(err, CS_ERR_CANTCREAT, _("cannot create the backup %s: %s"),
			             dest, cs_strerror(e));
		return -1;
	}
	if (!*created && (!S_ISREG(sb.st_mode) || sb.st_nlink != 1 || sb.st_uid != getuid())) {
		close(fd);
		cs_error_set(err, CS_ERR_CANTCREAT,
		             _("%s is not a regular file of yours with a single link: it is not "
		               "replaced"), dest);
		return -1;
	}
	if ((fl = fcntl(fd, F_GETFL)) == -1 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1
	    || (!*created && ftruncate(fd, 0) != 0)) {
		e = errno;
		close(fd);
		cs_error_set(err, CS_ERR_IO, _("cannot create the backup %s: %s"), dest,
		             cs_strerror(e));
		fd = -1;
	}
	return fd;
}

static int write_all(int fd, const unsigned char *data, sqlite3_int64 size)
{
	while (size > 0) {
		size_t chunk = size > (1 << 20) ? (size_t)1 << 20 : (size_t)size;
		ssize_t n = write(fd, data, chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? errno : EIO;
		data += n;
		size -= n;
	}
	return fsync(fd) == 0 ? 0 : errno;
}

enum cs_status backup_write(struct cs_db *db, const char *dest, bool force,
                            struct cs_error *err)
{
	unsigned char *data;
	sqlite3_int64 size = 0;
	sqlite3 *copy;
	bool created, owned = false;
	enum cs_status st;
	gid_t saved;
	int fd, e;

	fd = open_dest(dest, force, &created, err);
	if (fd < 0)
		return err ? err->status : CS_ERR_CANTCREAT;
	st = db_snapshot(db, &copy, err);
	if (st == CS_OK) {
		data = sqlite3_serialize(copy, "main", &size, SQLITE_SERIALIZE_NOCOPY);
		if (data == NULL) {
			data = sqlite3_serialize(copy, "main", &size, 0);
			owned = true;
		}
		if (data == NULL)
			st = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		else if ((e = write_all(fd, data, size)) != 0)
			st = cs_error_set(err, CS_ERR_IO, _("backup: cannot finish writing %s (%s)"),
			                  dest, cs_strerror(e));
		if (owned)
			sqlite3_free(data);
		sqlite3_close(copy);
	}
	if (close(fd) != 0 && st == CS_OK)
		st = cs_error_set(err, CS_ERR_IO, _("backup: cannot finish writing %s (%s)"),
		                  dest, cs_strerror(errno));
	if (st != CS_OK && created && as_real_group(&saved)) {
		unlink(dest);
		restore_group(saved);
	}
	return st;
}
