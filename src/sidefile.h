/* sidefile.h — opening the files that live beside the shared database
 * (<db>.lock, .lock.brk, .gen, .proto, .locklog, .clock) so that nothing
 * planted in the shared directory can turn our write against another file:
 * no symlink is followed (O_NOFOLLOW), no FIFO or device can block us
 * (O_NONBLOCK while opening, then a regular file is required), no hard link
 * to someone else's file is written (one link only), and permissions are set
 * only on a file we created ourselves (O_EXCL), never on one that existed.
 * Safe for a setgid program: it never follows a path the user chose. */
#ifndef CS_SIDEFILE_H
#define CS_SIDEFILE_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Opens path with flags (O_RDONLY, O_WRONLY or O_RDWR, optionally O_CREAT,
 * O_EXCL, O_APPEND, O_TRUNC). With O_CREAT but not O_EXCL, an existing file
 * is opened as it is and a missing one is created with O_EXCL and then
 * fchmod'ed to create_mode whatever the umask (*created says which, when not
 * NULL). The file must then be a regular file with one link whose owner is
 * this process's effective user or whose group is expect_gid (pass
 * (gid_t)-1 to skip the group test). Returns the descriptor (blocking, close
 * on exec) or -1 with errno: ELOOP for a symlink, EINVAL for a file that is
 * not regular, EMLINK for several links, EPERM for a foreign owner, or the
 * error of open(2). */
int sidefile_open(const char *path, int flags, mode_t create_mode,
                  gid_t expect_gid, bool *created);

/* Checks an open descriptor the way sidefile_open does (regular, one link,
 * owner or group). Returns 0 or an errno value. */
int sidefile_check_fd(int fd, gid_t expect_gid);

/* The mode and group the database's companion files get: the database's own
 * permission bits (never wider than 0660 and at least 0600) and group.
 * Falls back to 0600 and (gid_t)-1 when db_path cannot be stat'ed. */
void sidefile_mode_of(const char *db_path, mode_t *mode, gid_t *gid);

#endif
