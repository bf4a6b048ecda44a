/* cli.c — shared plumbing of the commands: errors and usage messages,
 * option parsing without getopt's own English messages, opening the
 * database as the acting agent, and safe printing of user text. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "text.h"

/* The message can quote what others stored (a title, a name, a lock
 * record's host): it is sanitised like any text shown. */
int cli_fail(const struct cs_error *err)
{
	char *clean = err->message[0] ? text_sanitize(err->message, TEXT_MULTI_LINE) : NULL;

	fprintf(stderr, "construisons: %s\n",
	        clean != NULL ? clean : err->message[0] ? "?" : _("unknown error"));
	free(clean);
	return cs_status_exit_code(err->status == CS_OK ? CS_ERR_INTERNAL : err->status);
}

int cli_usage(const char *fmt, ...)
{
	va_list ap;

	fputs("construisons: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s\n", _("Try \"construisons --help\" or \"man construisons\"."));
	return EXIT_USAGE;
}

const char *cli_database(const struct cli *c)
{
	return c->db_path ? c->db_path : c->cfg.database;
}

enum cs_status cli_try_open(struct cli *c, int wait_ms)
{
	enum cs_status s;

	s = db_open_within(cli_database(c), DB_OPEN_EXISTING, &(struct db_settings){
	                       c->cfg.busy_timeout, c->cfg.lease_time, -1 }, wait_ms,
	                   &c->db, &c->err);
	if (s == CS_OK) {
		db_set_clock_drift_max(c->db, c->cfg.clock_drift_max);
		if (wait_ms > 0)
			db_set_busy_wait_ms(c->db, wait_ms);
		s = identity_from_unix(&c->cfg, &c->id, &c->err);
	}
	if (s == CS_OK)
		s = agents_register(c->db, &c->id, &c->err);
	if (s == CS_OK && c->for_login != NULL)
		s = identity_act_for(c->db, &c->id, c->for_login, &c->err);
	if (s == CS_OK && wait_ms > 0)
		db_set_busy_wait_ms(c->db, -1);
	if (s != CS_OK) {
		db_close(c->db);
		c->db = NULL;
	}
	return s;
}

int cli_open(struct cli *c)
{
	return cli_try_open(c, 0) == CS_OK ? 0 : cli_fail(&c->err);
}

void cli_close(struct cli *c)
{
	db_close(c->db);
	c->db = NULL;
}

int cli_getopt(int argc, char **argv, const char *shortopts,
               const struct option *longopts, const char *command)
{
	int ch, index = 0;

	/* shortopts starts with ':' so that a missing value is told apart. */
	opterr = 0;
	ch = getopt_long(argc, argv, shortopts, longopts, &index);
	if (ch == ':') {
		if (optopt != 0 && optopt < 256 && strchr(shortopts + 1, optopt) != NULL)
			cli_usage(_("%s: option -%c needs a value"), command, optopt);
		else
			cli_usage(_("%s: option %s needs a value"), command, argv[optind - 1]);
		return '?';
	}
	if (ch == '?') {
		if (optopt != 0 && optopt < 256)
			cli_usage(_("%s: unknown option -%c"), command, optopt);
		else
			cli_usage(_("%s: unknown option %s"), command, argv[optind - 1]);
		return '?';
	}
	return ch;
}

void cli_put_text(FILE *out, const char *s, bool multi_line, int indent)
{
	char *clean = text_sanitize(s ? s : "", multi_line ? TEXT_MULTI_LINE
	                                                   : TEXT_SINGLE_LINE);

	if (clean == NULL)
		return;
	for (const char *p = clean; *p; p++) {
		fputc(*p, out);
		if (*p == '\n')
			fprintf(out, "%*s", indent, "");
	}
	free(clean);
}

void cli_put_padded(FILE *out, const char *s, int width)
{
	char *clean = text_sanitize(s ? s : "", TEXT_SINGLE_LINE);
	char buf[1024];
	int used;

	if (clean == NULL)
		return;
	used = text_fit(clean, width, true, buf, sizeof buf);
	fprintf(out, "%s%*s", buf, width - used > 0 ? width - used : 0, "");
	free(clean);
}
