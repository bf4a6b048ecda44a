/* test_config.c — the system file and the user file: defaults, values,
 * errors that name file and line, ranges, unknown options, and the user
 * file's refusal of system options. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agents.h"
#include "config.h"
#include "privilege.h"
#include "tap.h"

static char dir[] = "/tmp/cs-config-XXXXXX";

static const char *write_file(const char *name, const char *text)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

/* Issue 13: the system file of a release build run by an agent must be
 * root's and only root's to write; under AT_SECURE it names the database,
 * and the user file is read only when it is the user's own regular file. */
static void held_files(void)
{
	const struct privilege agent = { true, false, false };
	const struct privilege agent_test = { true, false, true };
	const struct privilege plain = { false, false, false };
	struct cs_config cfg;
	struct cs_error err;
	char path[300], link[300];
	const char *p;

	p = write_file("held.conf", "database = \"/srv/held.db\"\nadmins = {\"eve\"}\n");
	snprintf(path, sizeof path, "%s", p);
	chmod(path, 0644);
	if (getuid() == 0) {
		is_int(config_load_system_file(&cfg, path, true, &agent, &err), CS_OK,
		       "root's 0644 system file is read");
		config_free(&cfg);
		chmod(path, 0664);
		is_int(config_load_system_file(&cfg, path, true, &agent, &err), CS_ERR_CONFIG,
		       "a group-writable system file is refused");
		ok(strstr(err.message, path) != NULL && strstr(err.message, "writable") != NULL,
		   "naming the file and what is wrong: %s", err.message);
		chmod(path, 0646);
		is_int(config_load_system_file(&cfg, path, true, &agent, &err), CS_ERR_CONFIG,
		       "a world-writable system file is refused");
		chmod(path, 0644);
		ok(chown(path, 65534, 65534) == 0, "(the file given to another user)");
		is_int(config_load_system_file(&cfg, path, true, &agent, &err), CS_ERR_CONFIG,
		       "a system file not owned by root is refused");
		ok(strstr(err.message, "not owned by root") != NULL, "saying so: %s", err.message);
		ok(config_load_system_file(&cfg, path, true, NULL, &err) == CS_OK
		   && config_list_has(&cfg.admins, "eve"), "(unchecked, the same file is read)");
		config_free(&cfg);
		ok(chown(path, 0, 0) == 0, "(the file given back to root)");
		p = write_file("held.conf", "database = \"${HOME}/x.db\"\n");
		is_int(config_load_system_file(&cfg, p, true, &agent, &err), CS_ERR_CONFIG,
		       "a checked system file may not take values from the environment");
		ok(strstr(err.message, "held.conf:1:") != NULL && strstr(err.message, "${") != NULL,
		   "naming the line: %s", err.message);
		ok(config_load_system_file(&cfg, p, true, NULL, &err) == CS_OK,
		   "(unchecked, libconfuse expands it)");
		config_free(&cfg);
		p = write_file("held.conf", "database = '/srv/${x}.db' # ${HOME}\n");
		ok(config_load_system_file(&cfg, p, true, &agent, &err) == CS_OK
		   && strcmp(cfg.database, "/srv/${x}.db") == 0,
		   "a single-quoted ${ and one in a comment are text");
		config_free(&cfg);
	} else {
		is_int(config_load_system_file(&cfg, path, true, &agent, &err), CS_ERR_CONFIG,
		       "a system file not owned by root is refused (not root: the rest is skipped)");
	}
	snprintf(link, sizeof link, "%s/held-link.conf", dir);
	unlink(link);
	ok(symlink(path, link) == 0, "(a link to the system file)");
	is_int(config_load_system_file(&cfg, link, true, &agent, &err), CS_ERR_CONFIG,
	       "a system file reached through a symbolic link is refused");
	ok(strstr(err.message, "symbolic link") != NULL, "saying so: %s", err.message);
	unlink(link);
	snprintf(link, sizeof link, "%s/held-fifo.conf", dir);
	unlink(link);
	mkfifo(link, 0644);
	is_int(config_load_system_file(&cfg, link, true, &agent, &err), CS_ERR_CONFIG,
	       "a FIFO as system file is refused, without hanging");
	is_int(config_load_system_file(&cfg, link, true, NULL, &err), CS_ERR_CONFIG,
	       "a FIFO is refused even unchecked");
	unlink(link);

	p = write_file("nodb.conf", "refresh_interval = 3\n");
	snprintf(path, sizeof path, "%s", p);
	is_int(config_load_system_file(&cfg, path, true, &agent_test, &err), CS_ERR_CONFIG,
	       "under AT_SECURE the system file must name the database");
	ok(strstr(err.message, "names no database") != NULL, "saying so: %s", err.message);
	ok(config_load_system_file(&cfg, path, true, &plain, &err) == CS_OK
	   && strcmp(cfg.database, "/srv/data/construisons/construisons.db") == 0,
	   "without AT_SECURE the default under XDG_DATA_HOME applies");
	config_free(&cfg);

	/* The user file under AT_SECURE (a test build, so the system file
	 * may be named). */
	snprintf(path, sizeof path, "%s/xdg", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/xdg/construisons", dir);
	mkdir(path, 0700);
	p = write_file("prefs.conf", "colors = false\n");
	snprintf(path, sizeof path, "%s", p);
	snprintf(link, sizeof link, "%s/xdg/construisons/construisons.conf", dir);
	unlink(link);
	ok(symlink(path, link) == 0, "(the user file is a link)");
	ok(config_load_as(&cfg, write_file("sys.conf", "database = \"/srv/x.db\"\n"), &agent_test,
	                  &err) == CS_OK && cfg.colors && cfg.user_file == NULL,
	   "under AT_SECURE a linked user file is not read");
	ok(cfg.notice != NULL && strstr(cfg.notice, link) != NULL
	   && strstr(cfg.notice, "symbolic link") != NULL, "and a line says so: %s",
	   cfg.notice ? cfg.notice : "(none)");
	config_free(&cfg);
	ok(config_load_as(&cfg, write_file("sys.conf", "database = \"/srv/x.db\"\n"), &plain,
	                  &err) == CS_OK && !cfg.colors && cfg.notice == NULL,
	   "without AT_SECURE the linked user file is read");
	config_free(&cfg);
	unlink(link);
	write_file("xdg/construisons/construisons.conf", "colors = false\n");
	ok(config_load_as(&cfg, write_file("sys.conf", "database = \"/srv/x.db\"\n"), &agent_test,
	                  &err) == CS_OK && !cfg.colors && cfg.notice == NULL,
	   "under AT_SECURE the user's own regular file is read");
	config_free(&cfg);
	if (getuid() == 0) {
		ok(chown(link, 65534, 65534) == 0, "(the user file given to another user)");
		enum cs_status st = config_load_as(&cfg, write_file("sys.conf",
		                                   "database = \"/srv/x.db\"\n"), &agent_test, &err);
		ok(st == CS_OK && cfg.colors && cfg.notice != NULL
		   && strstr(cfg.notice, "not owned by you") != NULL,
		   "under AT_SECURE someone else's user file is ignored: %s",
		   cfg.notice ? cfg.notice : "(none)");
		config_free(&cfg);
	}
	unlink(link);
	ok(config_load_as(&cfg, "/nonexistent/evil.conf", &agent, &err) != CS_OK
	   || cfg.system_file == NULL || strcmp(cfg.system_file, "/nonexistent/evil.conf") != 0,
	   "an agent's path is not read");
	if (cfg.database != NULL)
		config_free(&cfg);
	unlink(write_file("held.conf", ""));
	unlink(write_file("nodb.conf", ""));
	unlink(write_file("prefs.conf", ""));
}

/* Issue 13: an unclosed comment used to hide the rest of the file (roles
 * included) with no error. */
static void unclosed_comment(void)
{
	struct cs_config cfg;
	struct cs_error err;
	const char *p;

	p = write_file("open.conf", "database = \"/srv/a.db\"\n# a note\nrefresh_interval = 3 "
	                            "/* the admins:\n\nadmins = {\"claire\"}\n");
	is_int(config_load_system_file(&cfg, p, true, NULL, &err), CS_ERR_CONFIG,
	       "an unclosed comment is refused");
	ok(strstr(err.message, "open.conf:3:") != NULL && strstr(err.message, "*/") != NULL,
	   "with the line of its opening: %s", err.message);
	p = write_file("open.conf", "/* one */ database = \"/srv/a.db\" // c\n/* two\nlines */\n"
	                            "admins = {\"claire\"} /* three */\n");
	ok(config_load_system_file(&cfg, p, true, NULL, &err) == CS_OK
	   && config_list_has(&cfg.admins, "claire"), "closed comments are fine");
	config_free(&cfg);
	p = write_file("open.conf", "database = \"/srv/a/*b.db\"\nadmins = {\"claire\"}\n");
	ok(config_load_system_file(&cfg, p, true, NULL, &err) == CS_OK
	   && strcmp(cfg.database, "/srv/a/*b.db") == 0, "slash-star inside a string is text");
	config_free(&cfg);
	p = write_file("open.conf", "database = \"/srv/a.db\"\nadmins = {\"claire\"}\n"
	                            "refresh_interval = 0 /*\n");
	is_int(config_load_system_file(&cfg, p, true, NULL, &err), CS_ERR_CONFIG,
	       "an unclosed comment on the last line is refused");
	ok(strstr(err.message, "open.conf:3:") != NULL, "on its line: %s", err.message);
	unlink(p);
}

int main(void)
{
	struct cs_config cfg;
	struct cs_error err;
	const char *p;
	char xdg[300];

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(xdg, sizeof xdg, "%s/xdg", dir);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	setenv("XDG_DATA_HOME", "/srv/data", 1);
	unsetenv("CONSTRUISONS_CONFIG");

	p = write_file("empty.conf", "# nothing\n");
	ok(config_load(&cfg, p, &err) == CS_OK, "an empty file gives the defaults");
	is_str(cfg.database, "/srv/data/construisons/construisons.db", "default database under XDG_DATA_HOME");
	is_int(cfg.refresh_interval, 2, "default refresh interval");
	is_str(cfg.language, "fr", "default language");
	ok(cfg.colors && cfg.mouse && !cfg.ascii_only, "default preferences");
	is_int(cfg.kiosk_unlock_roles, ROLE_FACILITATOR | ROLE_ADMIN,
	       "facilitators and admins unlock a kiosk by default");
	is_int(cfg.kiosk_idle_lock, 3, "a kiosk locks after 3 idle minutes by default");
	config_free(&cfg);

	p = write_file("idle.conf", "kiosk_idle_lock = 10\n");
	ok(config_load(&cfg, p, &err) == CS_OK && cfg.kiosk_idle_lock == 10,
	   "kiosk_idle_lock = 10");
	config_free(&cfg);
	p = write_file("idle0.conf", "kiosk_idle_lock = 0\n");
	ok(config_load(&cfg, p, &err) != CS_OK && strstr(err.message, "idle0.conf:1") != NULL,
	   "kiosk_idle_lock = 0 is refused: %s", err.message);
	p = write_file("idle121.conf", "kiosk_idle_lock = 121\n");
	ok(config_load(&cfg, p, &err) != CS_OK, "kiosk_idle_lock = 121 is refused: %s",
	   err.message);

	p = write_file("kiosk.conf", "kiosk_unlock_roles = {agent, \"comité\", administrateur}\n");
	ok(config_load(&cfg, p, &err) == CS_OK, "kiosk_unlock_roles with three roles");
	is_int(cfg.kiosk_unlock_roles, ROLE_AGENT | ROLE_COMMITTEE | ROLE_ADMIN, "read as given");
	config_free(&cfg);
	p = write_file("kiosk-bad.conf", "kiosk_unlock_roles = {animateur, root}\n");
	ok(config_load(&cfg, p, &err) != CS_OK && strstr(err.message, "\"root\"") != NULL,
	   "an unknown role is refused: %s", err.message);

	p = write_file("full.conf",
	               "database = \"/mnt/partage/construisons.db\"\n"
	               "facilitators = {\"anim\", \"sophie\"}\n"
	               "facilitator_groups = {\"animation\"}\n"
	               "committee_members = {\"dg\"}\n"
	               "admin_groups = {\"construisons-admin\"}\n"
	               "refresh_interval = 5\n"
	               "busy_timeout = 20\n"
	               "language = \"en\"\n");
	ok(config_load(&cfg, p, &err) == CS_OK, "a full file parses");
	is_str(cfg.database, "/mnt/partage/construisons.db", "database path");
	ok(cfg.facilitators.count == 2 && config_list_has(&cfg.facilitators, "sophie"), "facilitators list");
	ok(config_list_has(&cfg.facilitator_groups, "animation"), "facilitator groups");
	ok(config_list_has(&cfg.admin_groups, "construisons-admin"), "admin groups");
	is_int(cfg.refresh_interval, 5, "refresh interval");
	is_int(cfg.busy_timeout, 20, "busy timeout");
	is_str(cfg.language, "en", "language");
	config_free(&cfg);

	p = write_file("syntax.conf", "database = \"/x.db\"\n\nfacilitators = {\"a\", \"b\"\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "a syntax error is a configuration error");
	ok(strstr(err.message, "syntax.conf:") != NULL, "the message names the file: %s", err.message);
	ok(cfg.database == NULL, "nothing of the invalid file is kept");

	p = write_file("range.conf", "refresh_interval = 0\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "refresh_interval 0 refused");
	ok(strstr(err.message, "range.conf:1") != NULL, "the message names file and line: %s", err.message);
	/* regression: libconfuse 3.3 counts about three lines per comment line */
	p = write_file("comments.conf", "# one\n# two\n// three\n/* four\n five */\nrefresh_interval = 0 # six\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "an error after comments is reported");
	ok(strstr(err.message, "comments.conf:6:") != NULL, "at its true line, 6: %s", err.message);
	p = write_file("hash.conf", "database = \"/srv/a#b.db\" # comment\n");
	ok(config_load(&cfg, p, &err) == CS_OK && strcmp(cfg.database, "/srv/a#b.db") == 0,
	   "a # inside a quoted string is not a comment");
	config_free(&cfg);
	p = write_file("busy.conf", "busy_timeout = 100000\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "busy_timeout out of range refused");
	ok(config_load(&cfg, write_file("drift0.conf", ""), &err) == CS_OK
	   && cfg.clock_drift_max == 120, "clock_drift_max: 120 s by default");
	config_free(&cfg);
	ok(config_load(&cfg, write_file("drift1.conf", "clock_drift_max = 0\n"), &err) == CS_OK
	   && cfg.clock_drift_max == 0, "clock_drift_max = 0 turns the check off");
	config_free(&cfg);
	is_int(config_load(&cfg, write_file("drift2.conf", "clock_drift_max = 3601\n"), &err),
	       CS_ERR_CONFIG, "clock_drift_max above an hour refused");
	is_int(config_load(&cfg, write_file("drift3.conf", "clock_drift_max = -1\n"), &err),
	       CS_ERR_CONFIG, "a negative clock_drift_max refused");
	p = write_file("unknown.conf", "\ncolour = 3\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "unknown option refused");
	ok(strstr(err.message, "unknown.conf:2") != NULL, "unknown option on line 2: %s", err.message);
	p = write_file("lang.conf", "language = \"de\"\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "unsupported language refused");
	p = write_file("login.conf", "admins = {\"a b\"}\n");
	is_int(config_load(&cfg, p, &err), CS_ERR_CONFIG, "a login with a space refused");

	/* The ledger's options: durations as people write them, checked ranges. */
	ok(config_load(&cfg, write_file("empty.conf", ""), &err) == CS_OK
	   && cfg.ledger_opening_minutes == 15 * 60 && cfg.ledger_floor_minutes == -10 * 60
	   && cfg.ledger_ceiling_minutes == 60 * 60 && cfg.ledger_confirm_days == 7
	   && cfg.ledger_rounding == 15, "ledger defaults: 15 h, -10 h, 60 h, 7 days, 15 min");
	ok(cfg.ledger_categories.count == 10
	   && config_list_has(&cfg.ledger_categories, "Rédaction"),
	   "ten default categories, accents kept");
	config_free(&cfg);
	p = write_file("ledger.conf", "ledger_opening_credit = \"2h30\"\nledger_floor = \"-5h30\"\n"
	               "ledger_ceiling = \"40h\"\nledger_confirm_days = 0\nledger_rounding = 5\n"
	               "ledger_categories = {\"Jardinage\", \"Cuisine\"}\n");
	ok(config_load(&cfg, p, &err) == CS_OK && cfg.ledger_opening_minutes == 150
	   && cfg.ledger_floor_minutes == -330 && cfg.ledger_ceiling_minutes == 2400
	   && cfg.ledger_confirm_days == 0 && cfg.ledger_rounding == 5
	   && cfg.ledger_categories.count == 2, "ledger options read");
	config_free(&cfg);
	{
		static const struct { const char *file, *text, *where; } bad[] = {
			{ "lfloor.conf", "\nledger_floor = \"5h\"\n", "lfloor.conf:2" },
			{ "lround.conf", "ledger_rounding = 7\n", "lround.conf:1" },
			{ "lopen.conf", "# credit\nledger_opening_credit = \"abc\"\n", "lopen.conf:2" },
			{ "lcats.conf", "ledger_categories = {\"Bureautique\", \"\"}\n", "lcats.conf:1" },
			{ "lceil.conf", "ledger_ceiling = \"30min\"\n", "lceil.conf:1" },
			{ "ldays.conf", "ledger_confirm_days = 91\n", "ldays.conf:1" },
			{ "lbare.conf", "ledger_floor = \"-10\"\n", "lbare.conf:1" },
		};
		for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
			is_int(config_load(&cfg, write_file(bad[i].file, bad[i].text), &err), CS_ERR_CONFIG,
			       "%s refused", bad[i].file);
			ok(strstr(err.message, bad[i].where) != NULL && strstr(err.message, "ledger_") != NULL,
			   "with file, line and option: %s", err.message);
			snprintf(xdg, sizeof xdg, "%s/%s", dir, bad[i].file);
			unlink(xdg);
		}
	}

	/* Printing: CUPS's default queue and one copy unless told. */
	ok(config_load(&cfg, write_file("empty.conf", ""), &err) == CS_OK
	   && strcmp(cfg.print_queue, "") == 0 && cfg.print_copies == 1,
	   "print defaults: CUPS's default queue, one copy");
	config_free(&cfg);
	ok(config_load(&cfg, write_file("print.conf", "print_queue = \"rdc-accueil\"\n"
	                                "print_copies = 3\n"), &err) == CS_OK
	   && strcmp(cfg.print_queue, "rdc-accueil") == 0 && cfg.print_copies == 3,
	   "print options read");
	config_free(&cfg);
	{
		static const struct { const char *file, *text, *where; } bad[] = {
			{ "pq1.conf", "print_queue = \"salle 2\"\n", "pq1.conf:1" },
			{ "pq2.conf", "\nprint_queue = \"../x\"\n", "pq2.conf:2" },
			{ "pc1.conf", "print_copies = 0\n", "pc1.conf:1" },
			{ "pc2.conf", "print_copies = 100\n", "pc2.conf:1" },
		};
		for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
			is_int(config_load(&cfg, write_file(bad[i].file, bad[i].text), &err), CS_ERR_CONFIG,
			       "%s refused", bad[i].file);
			ok(strstr(err.message, bad[i].where) != NULL && strstr(err.message, "print_") != NULL,
			   "with file, line and option: %s", err.message);
		}
	}

	snprintf(xdg, sizeof xdg, "%s/missing.conf", dir);
	is_int(config_load(&cfg, xdg, &err), CS_ERR_CONFIG, "an explicitly named missing file is an error");
	setenv("CONSTRUISONS_CONFIG", write_file("env.conf", "refresh_interval = 7\n"), 1);
	ok(config_load(&cfg, NULL, &err) == CS_OK && cfg.refresh_interval == 7, "CONSTRUISONS_CONFIG is read");
	config_free(&cfg);
	ok(config_load(&cfg, write_file("arg.conf", "refresh_interval = 9\n"), &err) == CS_OK
	   && cfg.refresh_interval == 9, "--config wins over CONSTRUISONS_CONFIG");
	config_free(&cfg);
	unsetenv("CONSTRUISONS_CONFIG");

	/* The user file: preferences only. */
	snprintf(xdg, sizeof xdg, "%s/xdg/construisons", dir);
	{
		char d1[300];
		snprintf(d1, sizeof d1, "%s/xdg", dir);
		mkdir(d1, 0700);
		mkdir(xdg, 0700);
	}
	p = write_file("xdg/construisons/construisons.conf", "colors = false\nascii_only = true\n");
	ok(config_load(&cfg, write_file("sys.conf", ""), &err) == CS_OK && !cfg.colors && cfg.ascii_only,
	   "the user file sets preferences");
	ok(cfg.user_file != NULL, "the user file is recorded");
	config_free(&cfg);
	write_file("xdg/construisons/construisons.conf", "database = \"/tmp/mine.db\"\n");
	is_int(config_load(&cfg, write_file("sys.conf", ""), &err), CS_ERR_CONFIG,
	       "the user file may not name the database");
	write_file("xdg/construisons/construisons.conf", "admins = {\"me\"}\n");
	is_int(config_load(&cfg, write_file("sys.conf", ""), &err), CS_ERR_CONFIG,
	       "the user file may not grant roles");

	held_files();
	unclosed_comment();

	{
		const char *const *names = config_option_names(0);
		size_t n = 0;
		while (names[n])
			n++;
		ok(n == 31, "thirty-one system options listed (%zu)", n);
		names = config_option_names(1);
		n = 0;
		while (names[n])
			n++;
		ok(n == 3, "three user options listed (%zu)", n);
	}
	{
		const char *files[] = { "empty.conf", "ledger.conf", "full.conf", "syntax.conf", "range.conf", "busy.conf",
			"unknown.conf", "comments.conf", "hash.conf", "lang.conf", "login.conf", "env.conf", "arg.conf", "sys.conf",
			"xdg/construisons/construisons.conf", "xdg/construisons", "xdg" };
		for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
			char path[300];
			snprintf(path, sizeof path, "%s/%s", dir, files[i]);
			if (unlink(path) != 0)
				rmdir(path);
		}
		rmdir(dir);
	}
	return tap_done();
}
