/* cmd_agents.c — `construisons agents import FILE.csv` and
 * `construisons agents list [--json]`. */
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "json.h"

static int agents_import(struct cli *c, int argc, char **argv)
{
	size_t imported = 0;
	int rc;

	if (argc != 2)
		return cli_usage(_("agents import: give exactly one CSV file"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (agents_import_csv(c->db, &c->id, argv[1], &imported, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(P_("%zu agent imported.\n", "%zu agents imported.\n", imported), imported);
	cli_close(c);
	return 0;
}

static int agents_print(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct cs_agent_list list;
	bool json = false;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "agents list")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		json = true;
	}
	if (optind < argc)
		return cli_usage(_("agents list: unexpected argument \"%s\""), argv[optind]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (agents_list(c->db, &list, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	if (json)
		fputs("[", stdout);
	for (size_t i = 0; i < list.count; i++) {
		const struct cs_agent *a = &list.items[i];
		if (json) {
			fputs(i ? ",\n {\"login\": " : "\n {\"login\": ", stdout);
			json_write_string(stdout, a->login);
			fputs(", \"name\": ", stdout);
			json_write_string(stdout, a->name);
			fputs(", \"direction\": ", stdout);
			json_write_string(stdout, a->direction);
			fputs(", \"service\": ", stdout);
			json_write_string(stdout, a->service);
			fputs(", \"site\": ", stdout);
			json_write_string(stdout, a->site);
			printf(", \"admin\": %s}", a->is_admin ? "true" : "false");
			continue;
		}
		cli_put_padded(stdout, a->login, 12);
		fputs("  ", stdout);
		if (a->direction[0] == '\0' && a->service[0] == '\0' && a->site[0] == '\0')
			cli_put_text(stdout, a->name, false, 0);
		else
			cli_put_padded(stdout, a->name, 24);
		fputs(a->direction[0] ? "  " : "", stdout);
		cli_put_text(stdout, a->direction, false, 0);
		if (a->service[0] != '\0') {
			fputs(" / ", stdout);
			cli_put_text(stdout, a->service, false, 0);
		}
		if (a->site[0] != '\0') {
			fputs(" — ", stdout);
			cli_put_text(stdout, a->site, false, 0);
		}
		if (a->is_admin)
			printf(" [%s]", _("admin"));
		fputc('\n', stdout);
	}
	if (json)
		fputs(list.count ? "\n]\n" : "]\n", stdout);
	agents_list_free(&list);
	cli_close(c);
	return 0;
}

int cmd_agents(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(_("agents: say import or list"));
	if (strcmp(argv[1], "import") == 0)
		return agents_import(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return agents_print(c, argc - 1, argv + 1);
	return cli_usage(_("agents: unknown subcommand \"%s\""), argv[1]);
}
