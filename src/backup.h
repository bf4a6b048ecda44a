/* backup.h — `backup FILE`: a consistent copy of the database written to a
 * file of the user's, never through a link and never over an existing file
 * unless asked. Installed setgid, the program creates the file with the
 * user's own rights and group, not the shared group's: the copy belongs to
 * whoever asked for it and cannot land in the shared directory. */
#ifndef CS_BACKUP_H
#define CS_BACKUP_H

#include <stdbool.h>

#include "db.h"

/* Writes a snapshot of db (db_snapshot) to dest: created with O_EXCL and
 * O_NOFOLLOW, mode 0600 (narrowed by the umask), the real user's group;
 * with force an existing regular file of the real user (one link) is
 * replaced in place, but never a link, a FIFO or someone else's file.
 * Synced before returning. No <dest>.proto is written: the header records
 * the lock mode. Returns CS_OK, or CS_ERR_CANTCREAT (dest refused or not
 * creatable), CS_ERR_IO, or db_snapshot's error; a file it created is
 * removed on failure. */
enum cs_status backup_write(struct cs_db *db, const char *dest, bool force,
                            struct cs_error *err);

#endif
