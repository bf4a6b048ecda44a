/* cmd_init.c — `construisons init [--demo]`: creates the database and its
 * schema, records the account running it as the first admin, and loads the
 * demo data on request. Before creating a lease-mode database it probes the
 * share (shareprobe.h) and refuses a file system that cannot hold the lock. */
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "cli.h"
#include "config.h"
#include "demo.h"
#include "i18n.h"
#include "privilege.h"
#include "probe_report.h"
#include "shareprobe.h"

/* Creates the directories of the embedded default path (under
 * $XDG_DATA_HOME), never those of a configured shared path. */
static void make_default_dirs(const char *db)
{
	char *def = config_default_database();
	char *copy, *dir;

	if (def == NULL || strcmp(def, db) != 0) {
		free(def);
		return;
	}
	copy = strdup(db);
	if (copy != NULL) {
		dir = dirname(copy);
		for (char *p = dir + 1; *p; p++) {
			if (*p == '/') {
				*p = '\0';
				mkdir(dir, 0700);
				*p = '/';
			}
		}
		mkdir(dir, 0700);
	}
	free(copy);
	free(def);
}

/* Probes the directory of a new lease-mode database; on failure prints the
 * report to stderr and returns the exit code, else 0. */
static int probe_before_create(struct cli *c, const char *path,
                               const struct db_settings *settings)
{
	struct shareprobe_report r;
	char *copy, *dir;
	enum cs_status s;

	if (db_lock_mode_for(path, settings) != LOCK_MODE_LEASE)
		return 0;   /* posix, or refused by db_open with its own reason */
	copy = strdup(path);
	if (copy == NULL) {
		cs_error_set(&c->err, CS_ERR_INTERNAL, _("out of memory"));
		return cli_fail(&c->err);
	}
	dir = dirname(copy);
	s = shareprobe_run(dir, &r, &c->err);
	if (s != CS_ERR_UNAVAILABLE) {
		/* Passed, or nothing can be created there: db_open says why. */
		free(copy);
		cs_error_clear(&c->err);
		return 0;
	}
	probe_report_print(stderr, dir, &r);
	cs_error_set(&c->err, s, _("init: the file system of %s cannot hold the lease "
	                           "lock (see above): nothing was created"), dir);
	free(copy);
	return cli_fail(&c->err);
}

static enum cs_status record_init(struct cs_db *db, void *ctx, struct cs_error *err)
{
	const struct cs_identity *id = ctx;

	return audit_record(db, id, "db.init", "database", NULL, db_path(db), err);
}

int cmd_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "demo", no_argument, NULL, 'd' },
		{ "lock", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	const char *path = cli_database(c);
	bool demo = false;
	int lock_mode = -1;
	struct stat sb;
	enum cs_status s;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "init")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		if (ch == 'd')
			demo = true;
		if (ch == 'l') {
			if (strcmp(optarg, "lease") == 0)
				lock_mode = LOCK_MODE_LEASE;
			else if (strcmp(optarg, "posix") == 0)
				lock_mode = LOCK_MODE_POSIX;
			else
				return cli_usage(_("init: --lock takes \"lease\" or \"posix\", not \"%s\""),
				                 optarg);
		}
	}
	if (optind < argc)
		return cli_usage(_("init: unexpected argument \"%s\""), argv[optind]);

	/* Installed setgid, root creates the shared database: its files then
	 * belong to root, and no agent becomes the first admin by being first. */
	if (privilege_current()->secure && !privilege_current()->root) {
		cs_error_set(&c->err, CS_ERR_PERM,
		             _("init: only root creates the database of the installed program "
		               "(see \"Déployer sur un montage réseau\" in construisons(1))"));
		return cli_fail(&c->err);
	}
	make_default_dirs(path);
	if (stat(path, &sb) == 0 && sb.st_size > 0) {
		cs_error_set(&c->err, CS_ERR_CANTCREAT,
		             _("the database %s already exists; nothing was changed"), path);
		return cli_fail(&c->err);
	}
	s = identity_from_unix(&c->cfg, &c->id, &c->err);
	if (s == CS_OK) {
		struct db_settings settings = { c->cfg.busy_timeout, c->cfg.lease_time, lock_mode };
		if ((rc = probe_before_create(c, path, &settings)) != 0)
			return rc;
		s = db_open(path, DB_OPEN_CREATE, &settings, &c->db, &c->err);
	}
	if (s == CS_OK) {
		db_set_clock_drift_max(c->db, c->cfg.clock_drift_max);
		s = agents_register(c->db, &c->id, &c->err);
	}
	if (s == CS_OK)
		s = agents_make_first_admin(c->db, &c->id, &c->err);
	if (s == CS_OK)
		s = db_write(c->db, record_init, &c->id, &c->err);
	if (s == CS_OK && demo)
		s = demo_load(c->db, &c->id, &c->err);
	if (s != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Database created: %s\n"), path);
	printf(_("Lock mode: %s\n"), db_lock_mode(c->db) == LOCK_MODE_LEASE
	       ? _("lease (network mount)") : _("posix (one host)"));
	printf(_("First admin: %s (%s)\n"), c->id.login, c->id.name);
	if (demo)
		printf(_("Demo data loaded.\n"));
	cli_close(c);
	return 0;
}
