/* report_sheet.c — the idea sheet and the committee agenda. */
#include "i18n.h"
#include "report_int.h"

enum cs_status report_idea(struct cs_db *db, const struct report_ctx *rc,
                           struct reportdoc *doc, struct cs_error *err)
{
	(void)db; (void)rc; (void)doc;
	return cs_error_set(err, CS_ERR_USAGE, _("this report is not available yet"));
}

enum cs_status report_agenda(struct cs_db *db, const struct report_ctx *rc,
                             struct reportdoc *doc, struct cs_error *err)
{
	(void)db; (void)rc; (void)doc;
	return cs_error_set(err, CS_ERR_USAGE, _("this report is not available yet"));
}
