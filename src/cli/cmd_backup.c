/* cmd_backup.c — `construisons backup [--force] FILE`: a consistent copy of
 * the database through the SQLite backup API (never a file copy while
 * clients run), written to a file of the user's (src/backup.c). Admins
 * only: it holds the whole directory. */
#include "backup.h"
#include "cli.h"
#include "i18n.h"

int cmd_backup(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	bool force = false;
	int rc, ch;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "backup")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		if (ch == 'f')
			force = true;
	}
	if (argc - optind != 1)
		return cli_usage(_("backup: give the file to write"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (!identity_has_role(&c->id, ROLE_ADMIN)) {
		cs_error_set(&c->err, CS_ERR_PERM, _("only an admin may back up the database"));
		cli_close(c);
		return cli_fail(&c->err);
	}
	if (backup_write(c->db, argv[optind], force, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Backup written: %s\n"), argv[optind]);
	cli_close(c);
	return 0;
}
