/* dbfile.h — the database's own files before SQLite opens them: the path
 * resolved once (every path to the database shares one set of companion
 * files, hence one lock), the database file created with the layout's mode
 * (0660 in a shared directory whatever the umask), the lock mode recorded
 * in <db>.proto and in the header's application_id. Nothing here follows a
 * link planted in the shared directory or blocks on a FIFO. */
#ifndef CS_DBFILE_H
#define CS_DBFILE_H

#include "lockvfs.h"

/* The absolute path of the database with every symlink resolved
 * (realpath); for a database that does not exist yet, the resolved
 * directory and the last component. Returns a newly allocated string
 * (the caller frees it) or NULL with errno (ENOENT: the directory is
 * missing). */
char *dbfile_resolve(const char *path);

/* True when the database lives in a shared layout: its directory is
 * setgid, or this process runs setgid. Files are then made 0660. */
bool dbfile_shared_layout(const char *path);

/* Creates the empty database file path (O_EXCL, never through a link):
 * mode 0660 in a shared layout (dbfile_shared_layout) whatever the umask,
 * else 0660 narrowed by the umask but always readable and writable by its
 * owner. Returns 0 or an errno value (EEXIST when anything is there). */
int dbfile_create(const char *path);

/* Reads <path>.proto: 1 and *mode when present and valid, 0 when absent,
 * -1 with errno when it cannot be read safely (ELOOP symlink, EINVAL not a
 * regular file, EMLINK, EPERM foreign file, ...) or EPROTO when it names
 * no known lock mode. */
int dbfile_read_proto(const char *path, enum lock_mode *mode);

/* Writes <path>.proto (created with the database's mode and group, see
 * sidefile_mode_of). Returns 0 or an errno value. */
int dbfile_write_proto(const char *path, enum lock_mode mode);

/* The lock mode written in the database header (PRAGMA application_id):
 * LOCK_MODE_LEASE for a lease database, else LOCK_MODE_POSIX (also for a
 * file too short to have a header or that cannot be read). */
enum lock_mode dbfile_header_mode(const char *path);

#endif
