/* check_layout.c — the part of `construisons check` that reports the
 * protected layout (src/layout.h): each finding on a line, with the shell
 * command that repairs it. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "dbfile.h"
#include "i18n.h"
#include "layout.h"

int cli_check_layout(const char *db_path)
{
	struct layout_report *r = malloc(sizeof *r);
	char *real = dbfile_resolve(db_path);
	int status = 0;

	if (r == NULL || real == NULL) {
		free(r);
		free(real);
		return 0;
	}
	layout_inspect(real, r);
	if (r->setgid && !layout_has_problems(r)) {
		fputs(_("Layout: ok (group "), stdout);
		cli_put_text(stdout, r->group, false, 0);
		fputs(_(": directory 2770, files 0660)\n"), stdout);
	}
	for (size_t i = 0; i < r->count; i++) {
		const struct layout_finding *f = &r->item[i];
		if (f->kind == LAYOUT_OPEN)
			fputs(_("Layout: UNPROTECTED — "), stdout);
		else if (f->kind == LAYOUT_LOCKOUT)
			fputs(_("Layout: BLOCKING — "), stdout);
		else
			fputs(_("Layout: "), stdout);
		cli_put_text(stdout, f->text, false, 0);
		fputc('\n', stdout);
		if (f->repair[0] != '\0') {
			fputs(_("  repair: "), stdout);
			cli_put_text(stdout, f->repair, false, 0);
			fputc('\n', stdout);
		}
	}
	if (layout_has_problems(r))
		status = 78;
	free(r);
	free(real);
	return status;
}
