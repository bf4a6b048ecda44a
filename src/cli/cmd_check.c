/* cmd_check.c — `construisons check`: the database's health for an admin:
 * integrity, schema version, lock mode and state, the file system under it
 * and the risky mount options, with advice; the ideas' counters and the
 * Accorderie's book; for a lease database, a probe of the share (exit 69
 * when it cannot hold the lock). Exit 74 when integrity or the book fails. */
#include <libgen.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "i18n.h"
#include "ideas.h"
#include "ledger.h"
#include "mounts.h"
#include "probe_report.h"
#include "schema.h"
#include "shareclock.h"
#include "text.h"

/* This host's clock against the file server's, as writes judge it
 * (clock_drift_max). Returns 0, or 69 when writes are refused. */
static int print_clock(const struct cli *c)
{
	double drift;
	long shown;
	int e;

	if (c->cfg.clock_drift_max <= 0) {
		printf(_("Clock: not compared with the file server's (clock_drift_max = 0)\n"));
		return 0;
	}
	if ((e = shareclock_drift(db_path(c->db), &drift)) != 0) {
		printf(_("Clock: the file server's time cannot be read (%s): changes are "
		         "refused\n"), cs_strerror(e));
		return 69;
	}
	shown = lround(drift);
	if (fabs(drift) <= c->cfg.clock_drift_max) {
		printf(_("Clock: this host is %+ld s from the file server (at most %d s)\n"),
		       shown, c->cfg.clock_drift_max);
		return 0;
	}
	printf(_("Clock: this host is %+ld s from the file server, more than %d s: changes "
	         "are refused; have this host's clock set\n"), shown, c->cfg.clock_drift_max);
	return 69;
}

static void print_holder(const char *path)
{
	struct lock_holder h;

	lockvfs_holder(path, &h);
	if (!h.present) {
		printf(_("Lock: free\n"));
	} else if (!h.parsed) {
		printf(_("Lock: present, owner record unreadable\n"));
	} else {
		long long age = (long long)time(NULL) - h.acquired;
		char host[sizeof h.host];
		printf(_("Lock: held by host %s, pid %ld, for %lld s (heartbeat %llu)%s\n"),
		       text_clean(h.host, host, sizeof host), h.pid, age > 0 ? age : 0, h.heartbeat,
		       h.same_host && !h.alive ? _(" — the process is dead: stale") : "");
	}
	if (h.present && h.state != LOCK_LIVE)
		printf(_("Lock: stale (silent for %.0f s, lease %d s): the next access breaks it\n"),
		       h.silent_for > 0 ? h.silent_for : 0.0, h.lease);
	else if (h.present && h.silent_for >= 0)
		printf(_("Lock: last sign of life %.0f s ago; broken if silent for %d s\n"),
		       h.silent_for > 0 ? h.silent_for : 0.0, h.lease);
}

/* The share probe of a lease database. It runs before the database is
 * opened: a share that cannot hold the lock may not even let check open the
 * database, and its report must be printed all the same. */
struct share_probe {
	bool ran;
	char *copy;          /* owns the directory name */
	const char *dir;
	struct shareprobe_report r;
	int rc;              /* exit code of a failure, else 0 */
};

static void share_probe_run(struct cli *c, struct share_probe *p)
{
	struct cs_error err;

	memset(p, 0, sizeof *p);
	if (db_lock_mode_for(cli_database(c), &(struct db_settings){
	                         c->cfg.busy_timeout, c->cfg.lease_time, -1 }) != LOCK_MODE_LEASE)
		return;
	if ((p->copy = strdup(cli_database(c))) == NULL)
		return;
	p->dir = dirname(p->copy);
	p->ran = true;
	if (shareprobe_run(p->dir, &p->r, &err) != CS_OK)
		p->rc = cs_status_exit_code(err.status);
}

/* Prints the report (if the probe ran), frees it, returns its exit code. */
static int share_probe_print(struct share_probe *p)
{
	if (p->ran)
		probe_report_print(stdout, p->dir, &p->r);
	free(p->copy);
	p->copy = NULL;
	return p->rc;
}

int cmd_check(struct cli *c, int argc, char **argv)
{
	struct share_probe probe;
	struct mount_report m;
	long ideas = 0, problems = 0;
	enum cs_status integrity;
	int rc, status = 0, clock_status;
	char *copy;

	if (argc > 1)
		return cli_usage(_("check: unexpected argument \"%s\""), argv[1]);
	share_probe_run(c, &probe);
	if ((rc = cli_open(c)) != 0) {
		share_probe_print(&probe);
		cli_check_layout(cli_database(c));
		return rc;
	}
	printf(_("Database: %s\n"), db_path(c->db));
	printf(_("Schema version: %d (this program: %d)\n"), db_schema_version(c->db),
	       schema_latest_version());
	if (db_lock_mode(c->db) == LOCK_MODE_LEASE) {
		printf(_("Lock mode: lease, lease time %d s\n"), lockvfs_lease_seconds());
		print_holder(db_path(c->db));
	} else {
		printf(_("Lock mode: posix (SQLite's fcntl locks: one host only)\n"));
	}
	clock_status = print_clock(c);
	copy = strdup(db_path(c->db));
	mounts_describe(copy ? dirname(copy) : ".", &m);
	free(copy);
	printf(_("File system: %s on %s\n"), m.fs_type, m.mount_point[0] ? m.mount_point : "?");
	if (m.options[0])
		printf(_("Mount options: %s\n"), m.options);
	if (db_lock_mode(c->db) == LOCK_MODE_POSIX
	    && (strncmp(m.fs_type, "nfs", 3) == 0 || strncmp(m.fs_type, "fuse", 4) == 0
	        || strcmp(m.fs_type, "cifs") == 0 || strcmp(m.fs_type, "smb3") == 0))
		printf(_("Warning: a posix-locked database on a network file system loses "
		         "writes when several hosts use it; recreate it with --lock lease\n"));
	for (int i = 0; i < m.advice_count; i++)
		printf(_("Advice: %s\n"), m.advice[i]);
	status = share_probe_print(&probe);
	if ((rc = cli_check_layout(db_path(c->db))) != 0 && status == 0)
		status = rc;

	integrity = db_check_integrity(c->db, false, &c->err);
	if (integrity == CS_OK) {
		printf(_("Integrity: ok\n"));
	} else {
		printf(_("Integrity: FAILED — %s\n"), c->err.message);
		status = cs_status_exit_code(integrity);
	}
	if (ideas_check(c->db, &ideas, &problems, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	if (problems == 0)
		printf(P_("Ideas: %ld, counters consistent\n", "Ideas: %ld, counters consistent\n",
		          ideas), ideas);
	else {
		printf(_("Ideas: %ld, %ld with inconsistent counters\n"), ideas, problems);
		status = 65;
	}
	{
		struct ledger_check_report r;
		if (ledger_check(c->db, &r, &c->err) == CS_OK) {
			printf(_("Accorderie: %zu accounts, %zu movements, sum zero, balances "
			         "consistent\n"), r.accounts, r.movements);
		} else {
			printf(_("Accorderie: FAILED — %s\n"), c->err.message);
			if (status == 0)
				status = cs_status_exit_code(c->err.status);
		}
	}
	cli_close(c);
	if (status == 0)
		status = clock_status;
	return status;
}
