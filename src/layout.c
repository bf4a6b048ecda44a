/* layout.c — inspection of the shared directory and files against the
 * protected layout (see layout.h). */
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "layout.h"

const char *const layout_companions[] = {
	"-journal", ".lock", ".lock.brk", ".gen", ".proto", ".locklog", ".clock", NULL
};

/* path between single quotes for a POSIX shell. */
static void quote(char *out, size_t size, const char *path)
{
	size_t n = 0;

	if (size < 3)
		return;
	out[n++] = '\'';
	for (const char *p = path; *p && n + 6 < size; p++) {
		if (*p == '\'') {
			memcpy(out + n, "'\\''", 4);
			n += 4;
		} else {
			out[n++] = *p;
		}
	}
	out[n++] = '\'';
	out[n] = '\0';
}

__attribute__((format(printf, 4, 5)))
static void add(struct layout_report *r, enum layout_kind kind, const char *repair,
                const char *fmt, ...)
{
	struct layout_finding *f;
	va_list ap;

	if (r->count == LAYOUT_MAX_FINDINGS)
		return;
	f = &r->item[r->count++];
	f->kind = kind;
	va_start(ap, fmt);
	vsnprintf(f->text, sizeof f->text, fmt, ap);
	va_end(ap);
	snprintf(f->repair, sizeof f->repair, "%s", repair ? repair : "");
}

static void group_name(gid_t gid, char *buf, size_t size)
{
	struct group *g = getgrgid(gid);

	if (g != NULL)
		snprintf(buf, size, "%s", g->gr_name);
	else
		snprintf(buf, size, "%u", (unsigned)gid);
}

static void user_name(uid_t uid, char *buf, size_t size)
{
	struct passwd *p = getpwuid(uid);

	if (p != NULL)
		snprintf(buf, size, "%s", p->pw_name);
	else
		snprintf(buf, size, "%u", (unsigned)uid);
}

static void check_directory(const char *dir, gid_t gid, struct layout_report *r)
{
	char q[PATH_MAX + 8], cmd[PATH_MAX + 192], name[64];
	struct stat sb;
	mode_t m;

	if (lstat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return;
	m = sb.st_mode;
	quote(q, sizeof q, dir);
	snprintf(cmd, sizeof cmd, "chmod 2770 %s", q);
	if (sb.st_gid != gid) {
		char c[PATH_MAX + 192];
		group_name(sb.st_gid, name, sizeof name);
		snprintf(c, sizeof c, "chgrp %s %s", r->group, q);
		add(r, LAYOUT_LOCKOUT, c,
		    _("the directory %s belongs to the group %s, not %s: the program cannot "
		      "create its files there"), dir, name, r->group);
	}
	if ((m & 0070) != 0070)
		add(r, LAYOUT_LOCKOUT, cmd,
		    _("the directory %s (mode %04o) is not readable, writable and searchable "
		      "by the group %s"), dir, (unsigned)(m & 07777), r->group);
	if (m & 0002)
		add(r, LAYOUT_OPEN, cmd,
		    _("the directory %s (mode %04o) is writable by everyone: any agent can "
		      "delete, replace or plant files beside the database"),
		    dir, (unsigned)(m & 07777));
	else if (m & 0005)
		add(r, LAYOUT_OPEN, cmd,
		    _("the directory %s (mode %04o) is open to everyone: agents can list it "
		      "and reach files whose own mode lets them"), dir, (unsigned)(m & 07777));
	if (!(m & S_ISGID))
		add(r, LAYOUT_OPEN, cmd,
		    _("the directory %s (mode %04o) lacks the setgid bit: files made there "
		      "by root or another tool do not get the group %s"),
		    dir, (unsigned)(m & 07777), r->group);
	if (sb.st_uid != 0) {
		char c[PATH_MAX + 192];
		user_name(sb.st_uid, name, sizeof name);
		snprintf(c, sizeof c, "chown root %s", q);
		add(r, LAYOUT_OPEN, c,
		    _("the directory %s belongs to %s, who can change its permissions"),
		    dir, name);
	}
}

/* One file: is_db for the database itself, owned_by_root for the files
 * made once by the administrator (database, .proto). */
static void check_file(const char *path, bool is_db, bool owned_by_root, gid_t gid,
                       struct layout_report *r)
{
	char q[PATH_MAX + 8], cmd[PATH_MAX + 192], name[64];
	struct stat sb;
	mode_t m;

	if (lstat(path, &sb) != 0)
		return;
	quote(q, sizeof q, path);
	snprintf(cmd, sizeof cmd, "rm %s", q);
	if (S_ISLNK(sb.st_mode)) {
		add(r, LAYOUT_LOCKOUT, cmd,
		    _("%s is a symbolic link: the program refuses to follow it"), path);
		return;
	}
	if (!S_ISREG(sb.st_mode)) {
		add(r, LAYOUT_LOCKOUT, cmd, _("%s is not a regular file: the program refuses it"),
		    path);
		return;
	}
	if (sb.st_nlink > 1) {
		add(r, LAYOUT_OPEN, is_db ? "" : cmd,
		    _("%s has %lu names (hard links): whoever owns another name reaches it"),
		    path, (unsigned long)sb.st_nlink);
	}
	if (!r->setgid)
		return;
	m = sb.st_mode & 07777;
	if (sb.st_gid != gid) {
		group_name(sb.st_gid, name, sizeof name);
		snprintf(cmd, sizeof cmd, "chgrp %s %s", r->group, q);
		add(r, LAYOUT_LOCKOUT, cmd,
		    _("%s belongs to the group %s, not %s: the program cannot rely on "
		      "writing it"), path, name, r->group);
	}
	snprintf(cmd, sizeof cmd, "chmod 0660 %s", q);
	if (m & 0007)
		add(r, LAYOUT_OPEN, cmd,
		    _("%s (mode %04o) can be read or written by every agent without the "
		      "program"), path, (unsigned)m);
	if ((m & 0060) != 0060)
		add(r, LAYOUT_LOCKOUT, cmd,
		    _("%s (mode %04o) is not readable and writable by the group %s"),
		    path, (unsigned)m, r->group);
	if (!(m & 0007) && (m & 0060) == 0060 && m != 0660)
		add(r, LAYOUT_INFO, cmd, _("%s has the mode %04o instead of 0660"), path,
		    (unsigned)m);
	if (owned_by_root && sb.st_uid != 0) {
		user_name(sb.st_uid, name, sizeof name);
		snprintf(cmd, sizeof cmd, "chown root %s", q);
		add(r, LAYOUT_OPEN, cmd,
		    _("%s belongs to %s, who can change its mode and let agents write it"),
		    path, name);
	}
}

void layout_inspect(const char *db_path, struct layout_report *r)
{
	char *copy = strdup(db_path);
	char path[PATH_MAX + 16];
	gid_t gid = getegid();

	memset(r, 0, sizeof *r);
	r->setgid = gid != getgid();
	group_name(gid, r->group, sizeof r->group);
	if (!r->setgid)
		add(r, LAYOUT_INFO, NULL,
		    _("the program is not installed setgid: every user reaches the files with "
		      "their own rights (a single-user or sshfs set-up), nothing keeps agents "
		      "from writing them directly"));
	else if (copy != NULL)
		check_directory(dirname(copy), gid, r);
	free(copy);
	check_file(db_path, true, true, gid, r);
	for (int i = 0; layout_companions[i] != NULL; i++) {
		snprintf(path, sizeof path, "%s%s", db_path, layout_companions[i]);
		check_file(path, false, strcmp(layout_companions[i], ".proto") == 0, gid, r);
	}
}

bool layout_has_problems(const struct layout_report *r)
{
	for (size_t i = 0; i < r->count; i++)
		if (r->item[i].kind != LAYOUT_INFO)
			return true;
	return false;
}
