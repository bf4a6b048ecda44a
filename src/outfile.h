/* outfile.h — a file written for the user (a report's text, CSV or PDF):
 * never through a symbolic link, never over an existing file unless asked,
 * created with the user's own group and rights although the program is
 * setgid (the same rules as backup.c's copy of the database). */
#ifndef CS_OUTFILE_H
#define CS_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

/* Writes data[0..len) to path: created with O_EXCL|O_NOFOLLOW, mode 0644
 * narrowed by the umask, the real group; with force an existing regular
 * file of the real user with one link is replaced in place, never a link,
 * a FIFO or someone else's file. Synced before returning. Refused
 * (CS_ERR_CANTCREAT, a French message naming path): a missing directory,
 * a directory we may not write, an existing file without force, a
 * symbolic link. CS_ERR_IO when writing fails (a file it created is then
 * removed). */
enum cs_status outfile_write(const char *path, bool force, const void *data, size_t len,
                             struct cs_error *err);

/* The home directory of the real user's account (from the password
 * database, never $HOME: the program is setgid), where the user's files
 * go by default, into out. False when the account has none or it does not
 * fit. */
bool outfile_home(char *out, size_t size);

/* True when path exists (as a link too), so that a set of files can be
 * refused before any is written. */
bool outfile_exists(const char *path);

#endif
