/* probe_report.c — prints a share probe's report (see probe_report.h).
 * The directory and the reasons quote a path the user chose: sanitised. */
#include "i18n.h"
#include "probe_report.h"
#include "text.h"

void probe_report_print(FILE *out, const char *dir_raw, const struct shareprobe_report *r)
{
	char dir[4200], reason[sizeof r->line[0].reason], twin[sizeof r->twin];

	text_clean(dir_raw, dir, sizeof dir);
	fprintf(out, _("Share probe in %s:\n"), dir);
	for (int c = 0; c < SHAREPROBE_COUNT; c++) {
		const struct shareprobe_line *l = &r->line[c];
		const char *name = shareprobe_check_name((enum shareprobe_check)c);

		text_clean(l->reason, reason, sizeof reason);

		switch (l->result) {
		case SHAREPROBE_OK:
			fprintf(out, _("  %s: ok\n"), name);
			break;
		case SHAREPROBE_FAILED:
			fprintf(out, _("  %s: FAILED — %s\n"), name, reason);
			break;
		case SHAREPROBE_WARNING:
			fprintf(out, _("  %s: warning — %s\n"), name, reason);
			break;
		case SHAREPROBE_NOT_RUN:
			fprintf(out, _("  %s: not tried\n"), name);
			break;
		}
	}
	if (r->twin[0] != '\0')
		fprintf(out, _("  (exclusive create also tried through the other mount %s)\n"),
		        text_clean(r->twin, twin, sizeof twin));
	if (r->leftover)
		fprintf(out, _("  (a scratch file .construisons-probe.* could not be removed "
		               "from %s)\n"), dir);
}
