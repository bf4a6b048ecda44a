/* cmd_backup.c — `construisons backup FILE`: a consistent copy of the
 * database through the SQLite backup API (never a file copy while clients
 * run). Admins only: it holds the whole directory. */
#include "cli.h"
#include "i18n.h"

int cmd_backup(struct cli *c, int argc, char **argv)
{
	int rc;

	if (argc != 2)
		return cli_usage(_("backup: give the file to write"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (!identity_has_role(&c->id, ROLE_ADMIN)) {
		cs_error_set(&c->err, CS_ERR_PERM, _("only an admin may back up the database"));
		cli_close(c);
		return cli_fail(&c->err);
	}
	if (db_backup(c->db, argv[1], &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Backup written: %s\n"), argv[1]);
	cli_close(c);
	return 0;
}
