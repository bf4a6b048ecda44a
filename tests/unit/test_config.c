/* test_config.c — the system file and the user file: defaults, values,
 * errors that name file and line, ranges, unknown options, and the user
 * file's refusal of system options. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
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
	config_free(&cfg);

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

	{
		const char *const *names = config_option_names(0);
		size_t n = 0;
		while (names[n])
			n++;
		ok(n == 25, "twenty-five system options listed (%zu)", n);
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
