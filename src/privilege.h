/* privilege.h — what this process may be steered by. Installed, the program
 * is setgid to the group that alone may write the shared data, so whoever
 * runs it is not trusted with its configuration: --config, --db and the
 * CONSTRUISONS_* variables are for root and for test builds only, the system
 * file must belong to root, the user file to the user, and an identity
 * borrowed through a user namespace is refused. The decisions are small pure
 * functions of (secure, root, test build) so unit tests cover the matrix;
 * privilege_current() gives this process's own facts. */
#ifndef CS_PRIVILEGE_H
#define CS_PRIVILEGE_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "err.h"

struct privilege {
	bool secure;     /* getauxval(AT_SECURE): set-id or capabilities at exec */
	bool root;       /* the real user id is 0 */
	bool test_build; /* CONSTRUISONS_TEST_HOOKS: a build for the test suite */
};

/* This process's facts, computed on first use (getauxval, getuid) and kept
 * for the life of the process. Never NULL; static storage. */
const struct privilege *privilege_current(void);

/* Root and test builds are trusted with everything below. */
bool privilege_trusted(const struct privilege *p);

/* Whether --config, --db and CONSTRUISONS_* variables may steer the program. */
bool privilege_may_steer(const struct privilege *p);

/* Whether the database may default to a path under $HOME or $XDG_DATA_HOME
 * when the system file names none (not under AT_SECURE, unless root). */
bool privilege_default_database_allowed(const struct privilege *p);

/* Whether the system file must be a regular file owned by root and not
 * writable by group or others (a release build run by another user). */
bool privilege_checks_system_file(const struct privilege *p);

/* Whether the user file must be opened without following a link and be a
 * regular file owned by the real user (under AT_SECURE). */
bool privilege_checks_user_file(const struct privilege *p);

/* What is wrong with the system file described by st for a process that
 * checks it: a translated phrase ("it is not owned by root"...), or NULL
 * when it is acceptable. Static or translation storage. */
const char *privilege_system_file_problem(const struct stat *st);

/* The same for the user file, which must belong to uid. */
const char *privilege_user_file_problem(const struct stat *st, uid_t uid);

/* True when text (the content of /proc/self/uid_map or gid_map) is the
 * identity map of the initial user namespace: exactly one line
 * "0 0 4294967295", spaces free. */
bool privilege_map_is_identity(const char *text);

/* Refuses a process whose user or group ids are mapped by a user namespace
 * (or whose maps cannot be read): CS_ERR_PERM with a message naming the
 * map, else CS_OK. Applies in every build. */
enum cs_status privilege_check_namespace(struct cs_error *err);

/* getenv() for the program's own variables (CONSTRUISONS_*): the value
 * when this process may be steered, else NULL. Every read of such a
 * variable goes through here. The string belongs to the environment. */
const char *privilege_getenv(const char *name);

/* When p may not be steered (privilege_current() in the program), removes
 * every CONSTRUISONS_* variable from the environment and returns their
 * names (a newly allocated NULL-terminated array; free with
 * privilege_free_names()); NULL when there was none (or on lack of memory,
 * the variables being removed anyway). */
char **privilege_scrub_environment(const struct privilege *p);

void privilege_free_names(char **names);

#endif
