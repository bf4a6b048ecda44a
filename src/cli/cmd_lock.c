/* cmd_lock.c — `construisons lock status` (who holds the lease lock, how
 * long it has been silent, when it will be broken) and `construisons lock
 * break [--yes] [--force]` (an admin breaks it after confirmation; the next
 * access rolls back the dead writer's journal). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "text.h"

/* The holder's host as recorded, made safe to print (it is whatever the
 * holder's kernel was told, or whatever a forged record says). */
static char *holder_host(const struct lock_holder *h)
{
	char *host = text_sanitize(h->parsed ? h->host : "?", TEXT_SINGLE_LINE);

	return host != NULL ? host : strdup("?");
}

/* One line on what will happen to the lock, from its state. */
static void print_fate(const struct lock_holder *h)
{
	switch (h->state) {
	case LOCK_LIVE:
		if (h->breaks_in >= 0)
			printf(_("The holder is alive; if it falls silent, the lock is broken "
			         "automatically in %.0f s at most (lease %d s).\n"),
			       h->breaks_in, h->lease);
		else
			printf(_("The holder is alive; the lock is broken automatically after "
			         "%d s without heartbeat.\n"), h->lease);
		break;
	case LOCK_STALE_DEAD:
		printf(_("The process is dead: the next access breaks the lock at once.\n"));
		break;
	case LOCK_STALE_REBOOTED:
		printf(_("The holder's host has rebooted since: the next access breaks the lock "
		         "at once.\n"));
		break;
	case LOCK_STALE_STOPPED:
		printf(_("A process with that pid exists on this host but has not renewed the "
		         "lease for %d s (stopped, or the pid was reused): the next access breaks "
		         "the lock at once.\n"), h->lease);
		break;
	case LOCK_STALE_EMPTY:
		printf(_("The lock file is still empty: its creator died before writing its "
		         "record; the next access breaks the lock at once.\n"));
		break;
	case LOCK_STALE_SILENT:
	case LOCK_STALE_UNREADABLE:
		printf(_("Silent for longer than the lease (%d s): the next access breaks the lock "
		         "at once.\n"), h->lease);
		break;
	case LOCK_FREE:
		break;
	}
}

static int lock_status(struct cli *c)
{
	const char *path = cli_database(c);
	struct lock_holder h;
	char *host;

	lockvfs_register(c->cfg.lease_time);
	lockvfs_holder(path, &h);
	if (!h.present) {
		printf(_("%s: not locked\n"), path);
		return 0;
	}
	if (!h.parsed) {
		printf(_("%s: locked, owner record unreadable (being written, or not ours)\n"), path);
	} else {
		host = holder_host(&h);
		char version[sizeof h.version];
		printf(_("%s: locked by host %s, pid %ld, since %lld s, heartbeat %llu, version %s\n"),
		       path, host, h.pid, (long long)time(NULL) - h.acquired, h.heartbeat,
		       text_clean(h.version, version, sizeof version));
		free(host);
	}
	if (h.silent_for >= 0)
		printf(_("Last sign of life %.0f s ago (by the file server's clock).\n"),
		       h.silent_for > 0 ? h.silent_for : 0.0);
	print_fate(&h);
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
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	const char *path = cli_database(c);
	struct lock_holder h;
	bool yes = false, force = false;
	char *host;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "lock break")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		if (ch == 'y')
			yes = true;
		else
			force = true;
	}
	if (identity_from_unix(&c->cfg, &c->id, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (!is_admin(c)) {
		cs_error_set(&c->err, CS_ERR_PERM, _("only an admin may break the lock"));
		return cli_fail(&c->err);
	}
	lockvfs_register(c->cfg.lease_time);
	lockvfs_holder(path, &h);
	if (!h.present) {
		printf(_("%s: not locked\n"), path);
		return 0;
	}
	host = holder_host(&h);
	if (!yes) {
		char answer[16] = "";
		if (!isatty(STDIN_FILENO))
			return cli_usage(_("lock break: confirm with --yes when not on a terminal"));
		if (h.state == LOCK_LIVE)
			printf(_("The holder looks alive: its transaction will fail and be rolled "
			         "back.\n"));
		printf(_("Break the lock of %s held by host %s, pid %ld? [oui/non] "),
		       path, host, h.parsed ? h.pid : 0L);
		fflush(stdout);
		if (fgets(answer, sizeof answer, stdin) == NULL
		    || (strncmp(answer, "oui", 3) != 0 && strncmp(answer, "o\n", 2) != 0
		        && strncmp(answer, "yes", 3) != 0 && strncmp(answer, "y\n", 2) != 0)) {
			printf(_("Nothing done.\n"));
			free(host);
			return 1;
		}
	}
	free(host);
	if (h.state == LOCK_LIVE && !force)
		printf(_("Watching the holder for %d s to make sure it is not alive...\n"),
		       (h.lease + 1) / 2);
	fflush(stdout);
	rc = lockvfs_force_break(path, c->id.login, force);
	if (rc == ENOENT) {
		printf(_("%s: the holder released the lock meanwhile.\n"), path);
		return 0;
	}
	if (rc != 0) {
		cs_error_set(&c->err, CS_ERR_BUSY,
		             _("%s: the holder is alive (it refreshed its lease): lock not broken; "
		               "it is broken automatically once silent for %d s, or use --force "
		               "if you know the holder is lost or its record forged"),
		             path, h.lease);
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
