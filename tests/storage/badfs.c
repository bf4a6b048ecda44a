/* badfs.c — a FUSE passthrough file system for the storage tests that
 * breaks exactly one property the lease lock needs, so that `init` and
 * `check` can be shown refusing it (src/shareprobe.c).
 *
 *   badfs [--break=WHAT] SOURCE MOUNTPOINT [FUSE options]
 *
 * WHAT is one of:
 *   none         a plain passthrough (the control);
 *   noexcl       create() ignores O_EXCL, and lookups answer from a stale
 *                negative cache: a name found absent stays "absent" for 1 s
 *                even once created — what smbnetfs did across two mounts of
 *                one Samba share (a host missing the lock another created);
 *   excl-across  the same, except that a mount sees what it created itself:
 *                one mount looks sound, two mounts of one SOURCE (give each
 *                -o fsname=SOURCE) do not;
 *   link         link() fails with EPERM (as on sshfs without the hardlink
 *                extension, or smbnetfs);
 *   unlink-busy  unlink() of a file closed less than 1 s ago fails with
 *                EBUSY (smbnetfs "now and then");
 *   nomtime      a write does not move the file's mtime;
 *   rename       rename() fails with EIO.
 * A fsync that does nothing but returns 0 is not offered: it cannot be told
 * apart from one host. Kernel caches are off (entry, attribute and negative
 * timeouts 0), as on sshfs mounted with cache=no, so every lookup reaches
 * us. Runs as root; file ownership is the backing files'. */
#define FUSE_USE_VERSION 31
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fuse.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum breakage { B_NONE, B_NOEXCL, B_EXCL_ACROSS, B_LINK, B_UNLINK_BUSY, B_NOMTIME,
                B_RENAME };

static enum breakage broken;
static int src_fd = -1;

#define TABLE 256
#define WINDOW 1.0

/* Names with a time: the stale negative lookups (noexcl) or the recent
 * releases (unlink-busy). */
static struct { char name[512]; double at; } table[TABLE];
static pthread_mutex_t table_mu = PTHREAD_MUTEX_INITIALIZER;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void table_put(const char *name)
{
	int slot = 0;
	double oldest = 1e300;

	pthread_mutex_lock(&table_mu);
	for (int i = 0; i < TABLE; i++) {
		if (strcmp(table[i].name, name) == 0) {
			slot = i;
			break;
		}
		if (table[i].at < oldest) {
			oldest = table[i].at;
			slot = i;
		}
	}
	snprintf(table[slot].name, sizeof table[slot].name, "%s", name);
	table[slot].at = now();
	pthread_mutex_unlock(&table_mu);
}

static void table_del(const char *name)
{
	pthread_mutex_lock(&table_mu);
	for (int i = 0; i < TABLE; i++)
		if (strcmp(table[i].name, name) == 0)
			table[i].name[0] = '\0';
	pthread_mutex_unlock(&table_mu);
}

static int table_recent(const char *name)
{
	int found = 0;

	pthread_mutex_lock(&table_mu);
	for (int i = 0; i < TABLE && !found; i++)
		found = table[i].name[0] != '\0' && strcmp(table[i].name, name) == 0
		        && now() - table[i].at < WINDOW;
	pthread_mutex_unlock(&table_mu);
	return found;
}

/* FUSE paths start with '/'; the backing file is relative to SOURCE. */
static const char *rel(const char *path)
{
	return path[1] == '\0' ? "." : path + 1;
}

static void *bad_init(struct fuse_conn_info *conn, struct fuse_config *cfg)
{
	(void)conn;
	cfg->entry_timeout = 0;
	cfg->attr_timeout = 0;
	cfg->negative_timeout = 0;
	cfg->use_ino = 1;
	cfg->direct_io = 1;
	return NULL;
}

static int bad_getattr(const char *path, struct stat *st, struct fuse_file_info *fi)
{
	int r;

	if (fi != NULL)
		r = fstat((int)fi->fh, st);
	else if ((broken == B_NOEXCL || broken == B_EXCL_ACROSS) && table_recent(path))
		return -ENOENT;
	else
		r = fstatat(src_fd, rel(path), st, AT_SYMLINK_NOFOLLOW);
	if (r != 0) {
		if (errno == ENOENT && fi == NULL
		    && (broken == B_NOEXCL || broken == B_EXCL_ACROSS))
			table_put(path);
		return -errno;
	}
	return 0;
}

static int bad_readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t off,
                       struct fuse_file_info *fi, enum fuse_readdir_flags flags)
{
	int fd = openat(src_fd, rel(path), O_RDONLY | O_DIRECTORY);
	DIR *d;
	struct dirent *de;

	(void)off; (void)fi; (void)flags;
	if (fd < 0)
		return -errno;
	d = fdopendir(fd);
	if (d == NULL) {
		close(fd);
		return -errno;
	}
	while ((de = readdir(d)) != NULL)
		if (fill(buf, de->d_name, NULL, 0, 0))
			break;
	closedir(d);
	return 0;
}

static int bad_open(const char *path, struct fuse_file_info *fi)
{
	int fd = openat(src_fd, rel(path), fi->flags & ~O_NOFOLLOW);

	if (fd < 0)
		return -errno;
	fi->fh = (uint64_t)fd;
	return 0;
}

static int bad_create(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	int flags = fi->flags;
	int fd;

	if (broken == B_NOEXCL || broken == B_EXCL_ACROSS)
		flags &= ~O_EXCL;
	if (broken == B_EXCL_ACROSS)
		table_del(path);
	fd = openat(src_fd, rel(path), flags | O_CREAT, mode);
	if (fd < 0)
		return -errno;
	fi->fh = (uint64_t)fd;
	return 0;
}

static int bad_read(const char *path, char *buf, size_t size, off_t off,
                    struct fuse_file_info *fi)
{
	ssize_t n = pread((int)fi->fh, buf, size, off);

	(void)path;
	return n < 0 ? -errno : (int)n;
}

static int bad_write(const char *path, const char *buf, size_t size, off_t off,
                     struct fuse_file_info *fi)
{
	struct stat before;
	ssize_t n;

	(void)path;
	if (broken == B_NOMTIME && fstat((int)fi->fh, &before) != 0)
		return -errno;
	n = pwrite((int)fi->fh, buf, size, off);
	if (n < 0)
		return -errno;
	if (broken == B_NOMTIME) {
		struct timespec times[2] = { { 0, UTIME_OMIT }, before.st_mtim };
		futimens((int)fi->fh, times);
	}
	return (int)n;
}

static int bad_release(const char *path, struct fuse_file_info *fi)
{
	close((int)fi->fh);
	if (broken == B_UNLINK_BUSY)
		table_put(path);
	return 0;
}

static int bad_fsync(const char *path, int datasync, struct fuse_file_info *fi)
{
	(void)path;
	return (datasync ? fdatasync((int)fi->fh) : fsync((int)fi->fh)) != 0 ? -errno : 0;
}

static int bad_truncate(const char *path, off_t size, struct fuse_file_info *fi)
{
	int r = fi != NULL ? ftruncate((int)fi->fh, size) : -1;

	if (fi == NULL) {
		int fd = openat(src_fd, rel(path), O_WRONLY);
		if (fd < 0)
			return -errno;
		r = ftruncate(fd, size);
		close(fd);
	}
	return r != 0 ? -errno : 0;
}

static int bad_utimens(const char *path, const struct timespec tv[2],
                       struct fuse_file_info *fi)
{
	int r = fi != NULL ? futimens((int)fi->fh, tv)
	                   : utimensat(src_fd, rel(path), tv, AT_SYMLINK_NOFOLLOW);

	return r != 0 ? -errno : 0;
}

static int bad_chmod(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	int r = fi != NULL ? fchmod((int)fi->fh, mode) : fchmodat(src_fd, rel(path), mode, 0);

	return r != 0 ? -errno : 0;
}

static int bad_chown(const char *path, uid_t uid, gid_t gid, struct fuse_file_info *fi)
{
	int r = fi != NULL ? fchown((int)fi->fh, uid, gid)
	                   : fchownat(src_fd, rel(path), uid, gid, AT_SYMLINK_NOFOLLOW);

	return r != 0 ? -errno : 0;
}

static int bad_unlink(const char *path)
{
	if (broken == B_UNLINK_BUSY && table_recent(path))
		return -EBUSY;
	return unlinkat(src_fd, rel(path), 0) != 0 ? -errno : 0;
}

static int bad_rename(const char *from, const char *to, unsigned int flags)
{
	if (broken == B_RENAME)
		return -EIO;
	if (flags != 0)
		return -EINVAL;
	if (broken == B_EXCL_ACROSS)
		table_del(to);
	return renameat(src_fd, rel(from), src_fd, rel(to)) != 0 ? -errno : 0;
}

static int bad_link(const char *from, const char *to)
{
	if (broken == B_LINK)
		return -EPERM;
	if (broken == B_EXCL_ACROSS)
		table_del(to);
	return linkat(src_fd, rel(from), src_fd, rel(to), 0) != 0 ? -errno : 0;
}

static int bad_mkdir(const char *path, mode_t mode)
{
	return mkdirat(src_fd, rel(path), mode) != 0 ? -errno : 0;
}

static int bad_rmdir(const char *path)
{
	return unlinkat(src_fd, rel(path), AT_REMOVEDIR) != 0 ? -errno : 0;
}

static const struct fuse_operations ops = {
	.init = bad_init,
	.getattr = bad_getattr,
	.readdir = bad_readdir,
	.open = bad_open,
	.create = bad_create,
	.read = bad_read,
	.write = bad_write,
	.release = bad_release,
	.fsync = bad_fsync,
	.truncate = bad_truncate,
	.utimens = bad_utimens,
	.chmod = bad_chmod,
	.chown = bad_chown,
	.unlink = bad_unlink,
	.rename = bad_rename,
	.link = bad_link,
	.mkdir = bad_mkdir,
	.rmdir = bad_rmdir,
};

int main(int argc, char **argv)
{
	static const struct { const char *name; enum breakage b; } modes[] = {
		{ "none", B_NONE }, { "noexcl", B_NOEXCL }, { "excl-across", B_EXCL_ACROSS },
		{ "link", B_LINK },
		{ "unlink-busy", B_UNLINK_BUSY }, { "nomtime", B_NOMTIME },
		{ "rename", B_RENAME },
	};
	int i = 1;

	if (i < argc && strncmp(argv[i], "--break=", 8) == 0) {
		size_t m;
		for (m = 0; m < sizeof modes / sizeof modes[0]; m++)
			if (strcmp(argv[i] + 8, modes[m].name) == 0)
				break;
		if (m == sizeof modes / sizeof modes[0]) {
			fprintf(stderr, "badfs: unknown --break=%s\n", argv[i] + 8);
			return 2;
		}
		broken = modes[m].b;
		i++;
	}
	if (argc - i < 2) {
		fprintf(stderr, "usage: badfs [--break=none|noexcl|excl-across|link|unlink-busy|nomtime|rename] "
		                "SOURCE MOUNTPOINT [FUSE options]\n");
		return 2;
	}
	src_fd = open(argv[i], O_RDONLY | O_DIRECTORY);
	if (src_fd < 0) {
		perror(argv[i]);
		return 1;
	}
	/* FUSE sees argv[0], then the mount point and its options. */
	argv[i] = argv[0];
	return fuse_main(argc - i, argv + i, &ops, NULL);
}
