/* test_privilege.c — who may steer the program: the decisions over the
 * matrix secure × root × test build, the checks of the configuration
 * files' owner and mode, the uid_map/gid_map parser, and the environment
 * accessor in this (test) build. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buildinfo.h"
#include "privilege.h"
#include "tap.h"

static void decisions(void)
{
	for (int bits = 0; bits < 8; bits++) {
		struct privilege p = { (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0 };
		bool trusted = p.root || p.test_build;
		char what[64];

		snprintf(what, sizeof what, "secure=%d root=%d test=%d", p.secure, p.root,
		         p.test_build);
		is_int(privilege_may_steer(&p), trusted, "%s: --config/--db/CONSTRUISONS_* %s", what,
		       trusted ? "allowed" : "refused");
		is_int(privilege_checks_system_file(&p), !trusted,
		       "%s: system file %schecked", what, trusted ? "not " : "");
		is_int(privilege_default_database_allowed(&p), !p.secure || p.root,
		       "%s: default database under $HOME %s", what,
		       !p.secure || p.root ? "allowed" : "refused");
		is_int(privilege_checks_user_file(&p), p.secure, "%s: user file %schecked", what,
		       p.secure ? "" : "not ");
	}
}

static void file_checks(void)
{
	struct stat st;

	memset(&st, 0, sizeof st);
	st.st_mode = S_IFREG | 0644;
	st.st_uid = 0;
	ok(privilege_system_file_problem(&st) == NULL, "root's 0644 system file accepted");
	st.st_mode = S_IFREG | 0600;
	ok(privilege_system_file_problem(&st) == NULL, "root's 0600 system file accepted");
	st.st_mode = S_IFREG | 0664;
	is_str(privilege_system_file_problem(&st), "it is writable by its group or by others",
	       "group-writable system file refused");
	st.st_mode = S_IFREG | 0646;
	is_str(privilege_system_file_problem(&st), "it is writable by its group or by others",
	       "world-writable system file refused");
	st.st_mode = S_IFREG | 0644;
	st.st_uid = 1000;
	is_str(privilege_system_file_problem(&st), "it is not owned by root",
	       "a user's system file refused");
	st.st_uid = 0;
	st.st_mode = S_IFIFO | 0644;
	is_str(privilege_system_file_problem(&st), "it is not a regular file",
	       "a FIFO as system file refused");
	st.st_mode = S_IFDIR | 0755;
	is_str(privilege_system_file_problem(&st), "it is not a regular file",
	       "a directory as system file refused");

	st.st_mode = S_IFREG | 0666;
	st.st_uid = 1000;
	ok(privilege_user_file_problem(&st, 1000) == NULL, "the user's own file accepted");
	is_str(privilege_user_file_problem(&st, 1001), "it is not owned by you",
	       "someone else's user file refused");
	st.st_mode = S_IFIFO | 0600;
	is_str(privilege_user_file_problem(&st, 1000), "it is not a regular file",
	       "a FIFO as user file refused");
}

static void maps(void)
{
	static const struct { const char *text; bool identity; } cases[] = {
		{ "         0          0 4294967295\n", true },
		{ "0 0 4294967295", true },
		{ "0\t0\t4294967295\n", true },
		{ "         0          0          1\n", false },     /* unshare --map-root-user */
		{ "         1          0          1\n", false },     /* --map-user=1 */
		{ "         0       1000          1\n", false },
		{ "         0          0 4294967294\n", false },
		{ "         0          0 4294967295\n    1 1 1\n", false },
		{ "         0          0 4294967295\n\n", false },
		{ "0 0 4294967295 7\n", false },
		{ "0 0 -4294967295\n", false },
		{ "0 0 +4294967295\n", false },
		{ "0 0 99999999999999999999999\n", false },
		{ "0 0\n", false },
		{ "", false },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is_int(privilege_map_is_identity(cases[i].text), cases[i].identity,
		       "map %zu %s", i,
		       cases[i].identity ? "is the identity" : "is refused");
	ok(!privilege_map_is_identity(NULL), "no map is refused");
}

static void this_process(void)
{
	const struct privilege *p = privilege_current();
	struct cs_error err;
	char **names;

	ok(p->test_build == (CONSTRUISONS_TEST_HOOKS != 0), "the build kind is known");
	ok(p == privilege_current(), "the facts are computed once");
	/* The test suite runs in the initial user namespace. */
	is_int(privilege_check_namespace(&err), CS_OK, "the initial namespace is accepted");

	setenv("CONSTRUISONS_UNIT_PROBE", "x", 1);
	if (CONSTRUISONS_TEST_HOOKS)
		is_str(privilege_getenv("CONSTRUISONS_UNIT_PROBE"), "x",
		       "a test build reads its variables");
	else
		ok(privilege_getenv("CONSTRUISONS_UNIT_PROBE") == (p->root ? getenv("CONSTRUISONS_UNIT_PROBE") : NULL),
		   "a release build reads its variables only for root");
	names = privilege_scrub_environment(p);
	ok(privilege_may_steer(p) ? names == NULL && getenv("CONSTRUISONS_UNIT_PROBE") != NULL
	                          : getenv("CONSTRUISONS_UNIT_PROBE") == NULL,
	   "this process keeps its variables only when it may be steered");
	privilege_free_names(names);
	unsetenv("CONSTRUISONS_UNIT_PROBE");
}

/* What a release build run by an agent does with the environment. */
static void scrub(void)
{
	const struct privilege agent = { true, false, false }, admin = { true, true, false };
	char **names;

	/* (meson's environment has some: start without them) */
	privilege_free_names(privilege_scrub_environment(&agent));
	setenv("CONSTRUISONS_CONFIG", "/tmp/evil.conf", 1);
	setenv("CONSTRUISONS_CRASH_AT", "write:1", 1);
	setenv("CONSTRUISONS_ANYTHING", "", 1);
	setenv("CONSTRUISONSX", "kept", 1);
	setenv("HOME_CONSTRUISONS_Y", "kept", 1);
	ok(privilege_scrub_environment(&admin) == NULL && getenv("CONSTRUISONS_CONFIG") != NULL,
	   "root keeps the variables");
	names = privilege_scrub_environment(&agent);
	ok(names != NULL && names[0] != NULL && names[1] != NULL && names[2] != NULL
	   && names[3] == NULL, "three variables named as dropped");
	for (size_t i = 0; names != NULL && names[i] != NULL; i++)
		ok(strncmp(names[i], "CONSTRUISONS_", 13) == 0 && strchr(names[i], '=') == NULL,
		   "dropped: %s (its name only)", names[i]);
	privilege_free_names(names);
	ok(getenv("CONSTRUISONS_CONFIG") == NULL && getenv("CONSTRUISONS_CRASH_AT") == NULL
	   && getenv("CONSTRUISONS_ANYTHING") == NULL, "an agent's CONSTRUISONS_* are gone");
	is_str(getenv("CONSTRUISONSX"), "kept", "other variables stay");
	is_str(getenv("HOME_CONSTRUISONS_Y"), "kept", "only the prefix counts");
	ok(privilege_scrub_environment(&agent) == NULL, "nothing left to drop");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	decisions();
	file_checks();
	maps();
	this_process();
	scrub();
	return tap_done();
}
