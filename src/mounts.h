/* mounts.h — what the file system under the database is, and whether its
 * mount options make sharing one SQLite file risky: read from statfs and
 * /proc/self/mountinfo, with advice in French for `construisons check`. */
#ifndef CS_MOUNTS_H
#define CS_MOUNTS_H

#include <stdbool.h>
#include <stddef.h>

#define MOUNT_ADVICE_MAX 8

struct mount_report {
	char fs_type[64];        /* e.g. "ext4", "nfs4", "fuse.sshfs", "cifs" */
	char mount_point[1024];
	char options[1024];      /* mount options and super options */
	int advice_count;
	const char *advice[MOUNT_ADVICE_MAX];   /* translated, static */
	int risky;               /* how many of the advices are risks */
};

/* Describes the mount holding path (a file or directory). Returns 0, or
 * -1 when /proc/self/mountinfo cannot be read. */
int mounts_describe(const char *path, struct mount_report *out);

/* Same, from the text of a mountinfo file (for tests). */
int mounts_describe_from(const char *path, const char *mountinfo,
                         struct mount_report *out);

/* Another mount point of the share holding directory dir (same network
 * file system type, source and root, e.g. two sshfs mounts of one export):
 * writes the path of dir through it to out and returns true; false when
 * there is none or mountinfo cannot be read. The two are only probably the
 * same directory: a caller must confirm it (shareprobe.c lists it). */
bool mounts_twin(const char *dir, char *out, size_t size);

/* Same, for an already resolved directory and the text of a mountinfo
 * file (for tests). */
bool mounts_twin_from(const char *resolved, const char *mountinfo, char *out,
                      size_t size);

#endif
