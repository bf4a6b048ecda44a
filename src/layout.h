/* layout.h — the protected layout of the shared files, as `check` reports
 * it. Installed, the program is setgid to a system group (construisons)
 * that alone may write the shared directory (root:construisons 2770) and
 * the database with its journal and companion files (0660, that group):
 * agents reach the data only through the program. layout_inspect() finds
 * what lets agents reach the files directly, or what would lock the
 * program out, each with the shell command that repairs it. Reads file
 * attributes only (lstat); changes nothing. */
#ifndef CS_LAYOUT_H
#define CS_LAYOUT_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

enum layout_kind {
	LAYOUT_INFO,    /* worth knowing, nothing to repair */
	LAYOUT_OPEN,    /* agents can read or write the files without the program */
	LAYOUT_LOCKOUT  /* the program cannot use the files as they are */
};

struct layout_finding {
	enum layout_kind kind;
	char text[PATH_MAX + 256];    /* translated sentence naming the file */
	char repair[PATH_MAX + 192];  /* a shell command, "" when none */
};

#define LAYOUT_MAX_FINDINGS 32

struct layout_report {
	bool setgid;          /* this process runs setgid (egid != gid) */
	char group[64];       /* the program's group (name, or number) */
	size_t count;
	struct layout_finding item[LAYOUT_MAX_FINDINGS];
};

/* The companion suffixes of the database (its journal, .lock, .lock.brk,
 * .gen, .proto, .locklog, .clock), NULL-terminated. Static storage. */
extern const char *const layout_companions[];

/* Inspects the directory of db_path (an absolute, resolved path), the
 * database and every companion file that exists. Fills *r (no allocation).
 * When the program is not setgid, says so as LAYOUT_INFO and reports only
 * what would lock it out (links, files that are not regular). */
void layout_inspect(const char *db_path, struct layout_report *r);

/* True when r holds a finding other than LAYOUT_INFO. */
bool layout_has_problems(const struct layout_report *r);

#endif
