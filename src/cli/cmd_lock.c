/* cmd_lock.c — `construisons lock status` (who holds the lease lock) and
 * `construisons lock break [--yes]` (an admin breaks it after
 * confirmation; the next access rolls back the dead writer's journal). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "text.h"

static int lock_status(struct cli *c)
{
	const char *path = cli_database(c);
	struct lock_holder h;
	char host[sizeof h.host], version[sizeof h.version];

	lockvfs_holder(path, &h);
	if (!h.present) {
		printf(_("%s: not locked\n"), path);
		return 0;
	}
	if (!h.parsed) {
		printf(_("%s: locked, owner record unreadable (being written, or not ours)\n"), path);
		return 0;
	}
	printf(_("%s: locked by host %s, pid %ld, since %lld s, heartbeat %llu, version %s\n"),
	       path, text_clean(h.host, host, sizeof host), h.pid,
	       (long long)time(NULL) - h.acquired, h.heartbeat,
	       text_clean(h.version, version, sizeof version));
	if (h.same_host)
		printf(h.alive ? _("The process is running on this host.\n")
		               : _("The process is dead: the next access breaks the lock at once.\n"));
	else
		printf(_("Another host: the lock is broken automatically after %d s without "
		         "heartbeat.\n"), c->cfg.lease_time);
	return 0;
}

/* The admin flag recorded in the database, read without taking the lock
 * (the lock is what may be stuck): a read-only, immutable look at the file,
 * which writes nothing and ignores the journal. */
static bool admin_in_database(const char *path, const char *login)
{
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	char uri[4200];
	bool admin = false;

	if (snprintf(uri, sizeof uri, "file:%s?immutable=1", path) < (int)sizeof uri
	    && sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, "unix-none") == SQLITE_OK
	    && sqlite3_prepare_v2(h, "SELECT is_admin FROM agents WHERE login = ?1", -1, &st,
	                          NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
		admin = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	return admin;
}

/* An admin by the configuration or by the database. Prints nothing. */
static bool is_admin(struct cli *c)
{
	return identity_has_role(&c->id, ROLE_ADMIN)
	       || admin_in_database(cli_database(c), c->id.login);
}

static int lock_break(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "yes", no_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 }
	};
	const char *path = cli_database(c);
	struct lock_holder h;
	bool yes = false;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "lock break")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		yes = true;
	}
	if (identity_from_unix(&c->cfg, &c->id, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (!is_admin(c)) {
		cs_error_set(&c->err, CS_ERR_PERM, _("only an admin may break the lock"));
		return cli_fail(&c->err);
	}
	lockvfs_holder(path, &h);
	if (!h.present) {
		printf(_("%s: not locked\n"), path);
		return 0;
	}
	if (!yes) {
		char answer[16] = "";
		if (!isatty(STDIN_FILENO))
			return cli_usage(_("lock break: confirm with --yes when not on a terminal"));
		char host[sizeof h.host];
		printf(_("Break the lock of %s held by host %s, pid %ld? [oui/non] "),
		       path, h.parsed ? text_clean(h.host, host, sizeof host) : "?",
		       h.parsed ? h.pid : 0L);
		fflush(stdout);
		if (fgets(answer, sizeof answer, stdin) == NULL
		    || (strncmp(answer, "oui", 3) != 0 && strncmp(answer, "o\n", 2) != 0
		        && strncmp(answer, "yes", 3) != 0 && strncmp(answer, "y\n", 2) != 0)) {
			printf(_("Nothing done.\n"));
			return 1;
		}
	}
	if (!(h.parsed && h.same_host && !h.alive))
		printf(_("Watching the holder for %d s to make sure it is not alive...\n"),
		       (c->cfg.lease_time + 1) / 2);
	fflush(stdout);
	lockvfs_register(c->cfg.lease_time);
	rc = lockvfs_force_break(path, c->id.login);
	if (rc == ENOENT) {
		printf(_("%s: the holder released the lock meanwhile.\n"), path);
		return 0;
	}
	if (rc != 0) {
		cs_error_set(&c->err, CS_ERR_BUSY,
		             _("%s: the holder is alive (it refreshed its lease): lock not broken"),
		             path);
		return cli_fail(&c->err);
	}
	printf(_("Lock broken and logged in %s.locklog; run \"construisons check\".\n"), path);
	return 0;
}

int cmd_lock(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(_("lock: say status or break"));
	if (strcmp(argv[1], "status") == 0) {
		if (argc > 2)
			return cli_usage(_("lock status: unexpected argument \"%s\""), argv[2]);
		return lock_status(c);
	}
	if (strcmp(argv[1], "break") == 0)
		return lock_break(c, argc - 1, argv + 1);
	return cli_usage(_("lock: unknown subcommand \"%s\""), argv[1]);
}
