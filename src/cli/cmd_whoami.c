/* cmd_whoami.c — `construisons whoami`: who the program thinks you are. */
#include "cli.h"
#include "i18n.h"

int cmd_whoami(struct cli *c, int argc, char **argv)
{
	char roles[128];
	int rc;

	(void)argv;
	if (argc > 1)
		return cli_usage(_("whoami: unexpected argument \"%s\""), argv[1]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	identity_roles_text(c->id.roles, roles, sizeof roles);
	printf(_("Login: %s\n"), c->id.login);
	printf(_("Name: "));
	cli_put_text(stdout, c->id.name, false, 0);
	printf("\n");
	printf(_("Roles: %s\n"), roles);
	if (c->id.for_agent_id != 0) {
		printf(_("Acting for: %s ("), c->id.for_login);
		cli_put_text(stdout, c->id.for_name, false, 0);
		printf(")\n");
	}
	printf(_("Database: %s\n"), db_path(c->db));
	cli_close(c);
	return 0;
}
