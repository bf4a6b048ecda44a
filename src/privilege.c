/* privilege.c — who may steer the program (see privilege.h): the process's
 * facts (AT_SECURE, real root, test build), the pure decisions drawn from
 * them, the checks of the configuration files' owners, the refusal of user
 * namespaces, and the one reader of the CONSTRUISONS_* variables. The only
 * state is this process's facts, computed once. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "buildinfo.h"
#include "i18n.h"
#include "privilege.h"

#define ENV_PREFIX "CONSTRUISONS_"

extern char **environ;

const struct privilege *privilege_current(void)
{
	static struct privilege facts;
	static bool known;

	if (!known) {
		facts.secure = getauxval(AT_SECURE) != 0;
		facts.root = getuid() == 0;
		facts.test_build = CONSTRUISONS_TEST_HOOKS != 0;
		known = true;
	}
	return &facts;
}

bool privilege_trusted(const struct privilege *p)
{
	return p->root || p->test_build;
}

bool privilege_may_steer(const struct privilege *p)
{
	return privilege_trusted(p);
}

bool privilege_default_database_allowed(const struct privilege *p)
{
	return !p->secure || p->root;
}

bool privilege_checks_system_file(const struct privilege *p)
{
	return !privilege_trusted(p);
}

bool privilege_checks_user_file(const struct privilege *p)
{
	return p->secure;
}

const char *privilege_system_file_problem(const struct stat *st)
{
	if (!S_ISREG(st->st_mode))
		return _("it is not a regular file");
	if (st->st_uid != 0)
		return _("it is not owned by root");
	if ((st->st_mode & (S_IWGRP | S_IWOTH)) != 0)
		return _("it is writable by its group or by others");
	return NULL;
}

const char *privilege_user_file_problem(const struct stat *st, uid_t uid)
{
	if (!S_ISREG(st->st_mode))
		return _("it is not a regular file");
	if (st->st_uid != uid)
		return _("it is not owned by you");
	return NULL;
}

/* Reads an unsigned decimal number (no sign) at *s, skipping blanks
 * before it; false when there is none or it overflows. */
static bool read_number(const char **s, unsigned long long *out)
{
	const char *p = *s;
	unsigned long long v = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!isdigit((unsigned char)*p))
		return false;
	for (; isdigit((unsigned char)*p); p++) {
		if (v > (0xFFFFFFFFFFFFFFFFull - 9) / 10)
			return false;
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	*s = p;
	*out = v;
	return true;
}

bool privilege_map_is_identity(const char *text)
{
	unsigned long long inside, outside, count;
	const char *p = text;

	if (text == NULL || !read_number(&p, &inside) || !read_number(&p, &outside)
	    || !read_number(&p, &count))
		return false;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\n')
		p++;
	return *p == '\0' && inside == 0 && outside == 0 && count == 4294967295ull;
}

/* Reads a small /proc file into buf; false when it cannot. */
static bool read_proc(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	size_t used = 0;
	ssize_t n;

	if (fd < 0)
		return false;
	while (used + 1 < size && (n = read(fd, buf + used, size - 1 - used)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return false;
		}
		used += (size_t)n;
	}
	close(fd);
	buf[used] = '\0';
	return used + 1 < size;
}

enum cs_status privilege_check_namespace(struct cs_error *err)
{
	static const char *const maps[] = { "/proc/self/uid_map", "/proc/self/gid_map" };
	char buf[4096];

	for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
		if (!read_proc(maps[i], buf, sizeof buf))
			return cs_error_set(err, CS_ERR_PERM,
			                    _("cannot read %s: refusing to run without knowing "
			                      "who you really are"), maps[i]);
		if (!privilege_map_is_identity(buf))
			return cs_error_set(err, CS_ERR_PERM,
			                    _("%s maps your identity to another one (a user "
			                      "namespace): refusing to run under an identity you "
			                      "do not really have"), maps[i]);
	}
	return CS_OK;
}

const char *privilege_getenv(const char *name)
{
	if (!privilege_may_steer(privilege_current()))
		return NULL;
	return getenv(name);
}

void privilege_free_names(char **names)
{
	if (names == NULL)
		return;
	for (size_t i = 0; names[i] != NULL; i++)
		free(names[i]);
	free(names);
}

char **privilege_scrub_environment(const struct privilege *p)
{
	size_t n = strlen(ENV_PREFIX), count = 0, kept = 0;
	char **names = NULL;

	if (privilege_may_steer(p) || environ == NULL)
		return NULL;
	for (size_t i = 0; environ[i] != NULL; i++)
		if (strncmp(environ[i], ENV_PREFIX, n) == 0)
			count++;
	if (count == 0)
		return NULL;
	names = calloc(count + 1, sizeof *names);
	count = 0;
	/* The entries are taken out of the array in place, as unsetenv()
	 * does, so that even an entry without '=' goes. */
	for (size_t i = 0; environ[i] != NULL; i++) {
		if (strncmp(environ[i], ENV_PREFIX, n) != 0) {
			environ[kept++] = environ[i];
			continue;
		}
		if (names != NULL) {
			const char *eq = strchr(environ[i], '=');
			char *name = eq ? strndup(environ[i], (size_t)(eq - environ[i]))
			                : strdup(environ[i]);
			if (name != NULL)
				names[count++] = name;
		}
	}
	environ[kept] = NULL;
	if (names != NULL && count == 0) {
		free(names);
		names = NULL;
	}
	return names;
}
