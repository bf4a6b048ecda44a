/* main.c — the program's entry: locale and translations, the global
 * options, the configuration, then either a command (src/cli/) or, with no
 * command, the interactive UI (ui/). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buildinfo.h"
#include "cli/cli.h"
#include "i18n.h"
#include "privilege.h"
#include "text.h"
#include "ui.h"

/* One command of the program: the word that names it (and another
 * spelling), the function that runs it with argv[0] the command word, its
 * lines of --help (N_(): synopsis at column 3, what it does at column 29),
 * and whether it may open the database (main closes it after the command,
 * whatever path the command left by). */
struct command {
	const char *name;
	const char *alias;
	int (*run)(struct cli *c, int argc, char **argv);
	bool database;
	const char *usage;
};

static int cmd_kiosk(struct cli *c, int argc, char **argv);

static const struct command commands[] = {
	{ "init", NULL, cmd_init, true,
	  N_("  init [--demo] [--lock lease|posix]\n"
	     "                            create the database (you become its first admin)\n") },
	{ "whoami", NULL, cmd_whoami, true,
	  N_("  whoami                    your login, name and roles\n") },
	{ "agents", NULL, cmd_agents, true,
	  N_("  agents import FILE.csv    load or update the agents directory\n"
	     "  agents list [--json]      list the agents directory\n") },
	{ "idea", "idee", cmd_idea, true,
	  N_("  idea add --title T [--problem P] [--solution S] [--category C]...\n"
	     "            [--coauthor LOGIN]...\n"
	     "  idea list [--stage S] [--direction D] [--category C] [--mine]\n"
	     "            [--search TEXT] [--json]\n"
	     "  idea show REF             the whole idea, comments and history\n"
	     "  idea edit REF [--title T] [--problem P] [--solution S] [--category C]...\n"
	     "            [--coauthor LOGIN]... [--version N]\n"
	     "  idea support|unsupport REF\n"
	     "  idea comment REF TEXT\n"
	     "  idea withdraw REF [--reason R]\n"
	     "  idea move REF STAGE [--note N] [--impact 1-4 --faisabilite 1-4]\n"
	     "            [--direction D] [--reason R] [--version N]\n"
	     "  idea plan REF [--level L] [--accompanier A] [--hours H]\n"
	     "            [--accompaniment-start DATE] [--sites S] [--start DATE]\n"
	     "            [--end DATE] [--indicator NAME:BASELINE:TARGET]...\n"
	     "  idea evaluate REF --recommendation R [--date DATE]\n"
	     "            [--value INDICATOR=VALUE]... [--observations TEXT]\n"
	     "  idea history REF          every move of the idea through the stages\n") },
	{ "desks", NULL, cmd_desks, true,
	  N_("  desks import DIR|FILE     load or update the floor plans (admins)\n") },
	{ "desk", NULL, cmd_desk, true,
	  N_("  desk list|free [--floor N] [--date DATE] [--slot SLOT]\n"
	     "  desk book|cancel DESK [--date DATE] [--slot matin|apres-midi|journee]\n"
	     "  desk checkin DESK         check in at a desk you booked\n"
	     "  desk mine                 your desk bookings\n"
	     "  desk block DESK --reason R | desk unblock DESK   (facilitators)\n"
	     "  desk presence oui|non     show your name on the desk map or not\n") },
	{ "ledger", NULL, cmd_ledger, true,
	  N_("  ledger offer|request --title T --category C [--description D]\n"
	     "            [--expires DATE]  publish an offer or a request (Accorderie)\n"
	     "  ledger ads [--offers|--requests] [--category C] [--search TEXT] [--mine]\n"
	     "  ledger withdraw N         withdraw your announcement N\n"
	     "  ledger record (--to LOGIN... | --from LOGIN) DURATION --description D\n"
	     "            [--date DATE] [--ad N]\n"
	     "  ledger confirm N | ledger refuse N [--reason R]\n"
	     "  ledger reverse N --reason R   cancel a confirmed exchange (admins)\n"
	     "  ledger balance [LOGIN]    a balance (others: facilitators)\n"
	     "  ledger statement [LOGIN] [--page N] [--all]\n"
	     "  ledger exchanges [LOGIN] [--pending]\n"
	     "  ledger show N             one exchange\n"
	     "  ledger accounts           every account (facilitators)\n"
	     "  ledger journal [--since DATE] [--until DATE]\n"
	     "                            what was posted in a period (facilitators)\n"
	     "  ledger check              the Accorderie's book holds (sums, balances)\n") },
	{ "check", NULL, cmd_check, true,
	  N_("  check                     integrity, lock and mount of the database\n") },
	{ "lock", NULL, cmd_lock, true,
	  N_("  lock status               who holds the database's lock\n"
	     "  lock break [--yes] [--force]\n"
	     "                            break a stale lock, or with --force a live one (admins)\n") },
	{ "backup", NULL, cmd_backup, true,
	  N_("  backup [--force] FILE     a consistent copy of the database (admins)\n") },
	{ "kiosk", "borne", cmd_kiosk, true,
	  N_("  kiosk                     a locked kiosk (borne d'accueil) unlocked by a\n"
	     "                            facilitator's password\n") },
	{ "report", "rapport", cmd_report, true,
	  N_("  report list               the reports you may run\n"
	     "  report dashboard|agenda [REF...]|idea REF|occupancy|statement [LOGIN]|journal\n"
	     "            [--since DATE] [--until DATE] [--direction D] [--stage S]\n"
	     "            [--floor N] [--agent LOGIN] [--format text|csv|pdf]\n"
	     "            [--output FILE|-] [--table NAME] [--force] [--print[=QUEUE]]\n") },
};

/* The command named word (or its other spelling), NULL when none is. */
static const struct command *find_command(const char *word)
{
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(word, commands[k].name) == 0
		    || (commands[k].alias != NULL && strcmp(word, commands[k].alias) == 0))
			return &commands[k];
	return NULL;
}

/* --help: the synopsis, every command's lines from the table, the options. */
static void usage(FILE *out)
{
	fputs(_("Usage: construisons [--config FILE] [--db FILE] [--pour LOGIN] [COMMAND]\n"
	        "\n"
	        "Without a command, opens the interactive program.\n"
	        "\n"
	        "Commands:\n"), out);
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		fputs(_(commands[k].usage), out);
	fprintf(out, _("\n"
	               "Options:\n"
	               "  --config FILE   system configuration (default %s/construisons.conf)\n"
	               "                  (root only)\n"
	               "  --db FILE       database to use instead of the configured one (root only)\n"
	               "  --pour LOGIN    act for another agent (facilitators only)\n"
	               "  --help, --version\n"),
	        SYSCONFDIR);
}

/* gettext reads LANGUAGE only when the messages locale is not "C". */
static void set_language(const char *language)
{
	const char *messages = setlocale(LC_MESSAGES, NULL);

	if (messages == NULL || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	setenv("LANGUAGE", language, 1);
#ifdef __GLIBC__
	{
		/* glibc caches translations; this counter invalidates them. */
		extern int _nl_msg_cat_cntr;
		++_nl_msg_cat_cntr;
	}
#endif
}

/* Takes "--name VALUE" or "--name=VALUE" at argv[*i]; returns the value or
 * NULL when argv[*i] is another option. */
static const char *global_value(int argc, char **argv, int *i, const char *name,
                                bool *missing)
{
	size_t n = strlen(name);

	*missing = false;
	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = true;
		return NULL;
	}
	return argv[++*i];
}

/* --config and --db steer where roles and data come from: for root and test
 * builds only. Returns 0, or the exit code after saying why. */
static int refuse_steering(const char *option)
{
	if (privilege_may_steer(privilege_current()))
		return 0;
	fprintf(stderr, _("construisons: option %s is reserved to root (and to test builds)\n"),
	        option);
	return EXIT_USAGE;
}

/* Refuses a borrowed identity, then drops (saying so) the CONSTRUISONS_*
 * variables this process may not be steered by. Returns 0 or an exit code. */
static int check_privilege(void)
{
	struct cs_error err;
	char **ignored;

	if (privilege_check_namespace(&err) != CS_OK)
		return cli_fail(&err);
	ignored = privilege_scrub_environment(privilege_current());
	for (size_t k = 0; ignored != NULL && ignored[k] != NULL; k++) {
		char name[128];   /* the name is the user's text: sanitised */
		fprintf(stderr, _("construisons: ignoring the variable %s (reserved to root and "
		                  "to test builds)\n"), text_clean(ignored[k], name, sizeof name));
	}
	privilege_free_names(ignored);
	return 0;
}

/* The interface never waits in the database's lock: the opening is tried
 * briefly; when another process holds the lock, the screen comes up at
 * once and tries again by itself (ui_run). */
#define UI_OPEN_WAIT_MS 100

static enum cs_status reopen_ui(void *ctx, struct cs_db **db, struct cs_identity **id,
                                struct cs_error *err)
{
	struct cli *c = ctx;
	enum cs_status st = cli_try_open(c, UI_OPEN_WAIT_MS);

	*db = c->db;
	*id = &c->id;
	if (st != CS_OK)
		*err = c->err;
	return st;
}

static int run_ui(struct cli *c, enum ui_mode mode)
{
	enum cs_status st = cli_try_open(c, UI_OPEN_WAIT_MS);
	int rc;

	if (st != CS_OK && st != CS_ERR_BUSY)
		return cli_fail(&c->err);
	rc = ui_run(&c->cfg, c->db, &c->id, reopen_ui, c, mode);
	cli_close(c);
	return rc;
}

/* construisons kiosk: the interactive program, locked until a password
 * unlocks it (ui/kiosk.c, src/kioskauth.c). It runs as the kiosk's own
 * account, never for someone else. */
static int cmd_kiosk(struct cli *c, int argc, char **argv)
{
	if (argc > 1)
		return cli_usage(_("kiosk: unexpected argument \"%s\""), argv[1]);
	if (c->for_login != NULL)
		return cli_usage("%s", _("kiosk: --pour cannot be used: facilitators act for "
		                         "an agent once unlocked (key A)"));
	return run_ui(c, UI_MODE_KIOSK);
}

/* True when the program was started as construisons-kiosk, the login
 * shell of a kiosk account ("-construisons-kiosk" from login or getty). */
static bool started_as_kiosk(const char *argv0)
{
	const char *base = argv0 ? strrchr(argv0, '/') : NULL;

	base = base ? base + 1 : argv0 ? argv0 : "";
	if (base[0] == '-')
		base++;
	return strcmp(base, "construisons-kiosk") == 0;
}

int main(int argc, char **argv)
{
	const char *localedir;
	struct cli c;
	int i, rc;

	/* First: this process's facts, before anything reads the environment. */
	privilege_current();
	localedir = privilege_getenv("CONSTRUISONS_LOCALEDIR");
	memset(&c, 0, sizeof c);
	text_init_locale();
	set_language("fr");
	bindtextdomain(PACKAGE, localedir && localedir[0] ? localedir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	if ((rc = check_privilege()) != 0)
		return rc;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *v;
		bool missing;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("construisons %s\n", VERSION);
			return 0;
		}
		if ((v = global_value(argc, argv, &i, "--config", &missing)) != NULL) {
			if ((rc = refuse_steering("--config")) != 0)
				return rc;
			c.config_path = v;
		} else if (!missing && (v = global_value(argc, argv, &i, "--db", &missing)) != NULL) {
			if ((rc = refuse_steering("--db")) != 0)
				return rc;
			c.db_path = v;
		} else if (!missing && (v = global_value(argc, argv, &i, "--pour", &missing)) != NULL)
			c.for_login = v;
		else if (missing)
			return cli_usage(_("option %s needs a value"), argv[i]);
		else
			return cli_usage(_("unknown option %s"), argv[i]);
		if (v[0] == '\0')
			return cli_usage(_("option %s needs a value"), argv[i]);
	}

	if (config_load(&c.cfg, c.config_path, &c.err) != CS_OK)
		return cli_fail(&c.err);
	if (c.cfg.notice != NULL)
		fprintf(stderr, "construisons: %s\n", c.cfg.notice);
	set_language(c.cfg.language);

	if (started_as_kiosk(argv[0])) {
		/* a login shell: no command, no option (not even -c) */
		if (argc > 1)
			rc = cli_usage(_("construisons-kiosk takes no argument (it is a kiosk "
			                 "account's login shell)"));
		else
			rc = cmd_kiosk(&c, 1, argv);
	} else if (i >= argc) {
		rc = run_ui(&c, UI_MODE_NORMAL);
	} else {
		const struct command *cmd = find_command(argv[i]);
		if (cmd == NULL) {
			rc = cli_usage(_("unknown command \"%s\""), argv[i]);
		} else {
			rc = cmd->run(&c, argc - i, argv + i);
			if (cmd->database && c.db != NULL)
				cli_close(&c);
		}
	}
	config_free(&c.cfg);
	return rc;
}
