/* report_int.h — what the builders of the reports share (inside src/
 * only): the request in force, the period as UTC bounds, and one builder
 * per report. Each builder runs inside report_build()'s read transaction,
 * appends blocks to doc and returns a status (err filled). */
#ifndef CS_REPORT_INT_H
#define CS_REPORT_INT_H

#include "report.h"

struct report_ctx {
	const struct report_request *req;
	const struct cs_identity *id;
	time_t now;
	char today[11];
	char from_utc[24];   /* the period's first local midnight, in UTC */
	char to_utc[24];     /* the local midnight after the period, in UTC */
};

/* The UTC time ("YYYY-MM-DDTHH:MM:SSZ") of the local midnight that starts
 * day + plus_days; false when day is malformed. */
bool report_day_utc(const char *day, int plus_days, char out[24]);

enum cs_status report_dashboard(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err);
enum cs_status report_agenda(struct cs_db *db, const struct report_ctx *rc,
                             struct reportdoc *doc, struct cs_error *err);
enum cs_status report_idea(struct cs_db *db, const struct report_ctx *rc,
                           struct reportdoc *doc, struct cs_error *err);
enum cs_status report_occupancy(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err);
enum cs_status report_statement(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err);
enum cs_status report_journal(struct cs_db *db, const struct report_ctx *rc,
                              struct reportdoc *doc, struct cs_error *err);
/* The journal's integrity line (ledger_check, its own transaction). */
enum cs_status report_journal_check(struct cs_db *db, struct reportdoc *doc,
                                    struct cs_error *err);

#endif
