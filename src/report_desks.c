/* report_desks.c — BuroDispo's occupancy report. */
#include "i18n.h"
#include "report_int.h"

enum cs_status report_occupancy(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	(void)db; (void)rc; (void)doc;
	return cs_error_set(err, CS_ERR_USAGE, _("this report is not available yet"));
}
