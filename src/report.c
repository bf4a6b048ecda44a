/* report.c — the list of reports, who may run which, the period and the
 * filters every report checks the same way, and report_build(), which
 * reads the database in one transaction and hands the document to the
 * builder of the report (report_ideas.c, report_desks.c, report_ledger.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ledger.h"
#include "report.h"
#include "report_int.h"
#include "stage.h"
#include "when.h"

static const struct {
	const char *name;
	const char *title;
	const char *summary;
	unsigned filters;
} reports[REPORT_COUNT] = {
	[REPORT_DASHBOARD] = { "dashboard", N_("Programme dashboard"),
		N_("ideas per stage and direction, moves, decisions, time in each stage"),
		REPORT_F_DIRECTION },
	[REPORT_AGENDA] = { "agenda", N_("Committee agenda"),
		N_("every idea before the committee, with boxes for the scores"),
		REPORT_F_DIRECTION | REPORT_F_STAGE },
	[REPORT_IDEA] = { "idea", N_("Idea sheet"),
		N_("everything about one idea: texts, supports, comments, history"), 0 },
	[REPORT_OCCUPANCY] = { "occupancy", N_("BuroDispo occupancy"),
		N_("desks booked, checked in, released and blocked per floor and half-day"),
		REPORT_F_FLOOR },
	[REPORT_STATEMENT] = { "statement", N_("Accorderie statement"),
		N_("one agent's movements, balances and pending exchanges"), 0 },
	[REPORT_JOURNAL] = { "journal", N_("Accorderie journal"),
		N_("every exchange counted in the period, totals, integrity of the book"),
		REPORT_F_AGENT },
};

const char *report_name(enum report_kind k)
{
	return (unsigned)k < REPORT_COUNT ? reports[k].name : "?";
}

const char *report_title(enum report_kind k)
{
	return (unsigned)k < REPORT_COUNT ? _(reports[k].title) : "?";
}

const char *report_summary(enum report_kind k)
{
	return (unsigned)k < REPORT_COUNT ? _(reports[k].summary) : "?";
}

unsigned report_filters(enum report_kind k)
{
	return (unsigned)k < REPORT_COUNT ? reports[k].filters : 0;
}

bool report_kind_from_name(const char *name, enum report_kind *out)
{
	for (int k = 0; k < REPORT_COUNT; k++)
		if (name != NULL && strcmp(name, reports[k].name) == 0) {
			*out = (enum report_kind)k;
			return true;
		}
	return false;
}

bool report_may_run(const struct cs_identity *id, enum report_kind k)
{
	switch (k) {
	case REPORT_IDEA:
	case REPORT_STATEMENT:
		return true;
	case REPORT_AGENDA:
		return identity_has_role(id, ROLE_FACILITATOR) ||
		       identity_has_role(id, ROLE_COMMITTEE);
	default:
		return identity_has_role(id, ROLE_FACILITATOR);
	}
}

void report_default_period(time_t now, char since[11], char until[11])
{
	when_local_day(now, until);
	snprintf(since, 11, "%.8s01", until);
}

bool report_day_utc(const char *day, int plus_days, char out[24])
{
	long n = when_day_number(day);
	int y, m, d;
	struct tm tm, utc;
	time_t t;

	if (n < 0)
		return false;
	when_civil_from_days(n + plus_days, &y, &m, &d);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	if (t == (time_t)-1 || gmtime_r(&t, &utc) == NULL)
		return false;
	strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &utc);
	return true;
}

static enum cs_status check_request(const struct cs_identity *id,
                                    const struct report_request *req,
                                    struct cs_error *err)
{
	unsigned takes;
	enum cs_stage st;

	if ((unsigned)req->kind >= REPORT_COUNT)
		return cs_error_set(err, CS_ERR_USAGE, _("unknown report"));
	if (!report_may_run(id, req->kind))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("the report \"%s\" is reserved to facilitators"),
		                    report_title(req->kind));
	if (when_day_number(req->since) < 0 || when_day_number(req->until) < 0)
		return cs_error_set(err, CS_ERR_DATA, _("the period is not valid"));
	if (strcmp(req->since, req->until) > 0) {
		char a[16], b[16];
		when_day_text(req->since, a, sizeof a);
		when_day_text(req->until, b, sizeof b);
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the period ends (%s) before it starts (%s)"), b, a);
	}
	takes = report_filters(req->kind);
	if ((req->direction != NULL && !(takes & REPORT_F_DIRECTION)) ||
	    (req->stage != NULL && !(takes & REPORT_F_STAGE)) ||
	    (req->has_floor && !(takes & REPORT_F_FLOOR)) ||
	    (req->kind != REPORT_STATEMENT && req->login != NULL && !(takes & REPORT_F_AGENT)))
		return cs_error_set(err, CS_ERR_USAGE,
		                    _("the report \"%s\" does not take this filter"),
		                    report_name(req->kind));
	if (req->stage != NULL && !stage_from_slug(req->stage, &st))
		return cs_error_set(err, CS_ERR_DATA, _("unknown stage \"%s\""), req->stage);
	if (req->kind == REPORT_IDEA && (req->ref == NULL || req->ref[0] == '\0'))
		return cs_error_set(err, CS_ERR_USAGE, _("the idea sheet needs a reference"));
	return CS_OK;
}

struct build_ctx {
	struct report_ctx rc;
	struct reportdoc *doc;
};

static enum cs_status build_in_transaction(struct cs_db *db, void *p, struct cs_error *err)
{
	struct build_ctx *b = p;

	switch (b->rc.req->kind) {
	case REPORT_DASHBOARD:
		return report_dashboard(db, &b->rc, b->doc, err);
	case REPORT_AGENDA:
		return report_agenda(db, &b->rc, b->doc, err);
	case REPORT_IDEA:
		return report_idea(db, &b->rc, b->doc, err);
	case REPORT_OCCUPANCY:
		return report_occupancy(db, &b->rc, b->doc, err);
	case REPORT_STATEMENT:
		return report_statement(db, &b->rc, b->doc, err);
	case REPORT_JOURNAL:
		return report_journal(db, &b->rc, b->doc, err);
	default:
		return cs_error_set(err, CS_ERR_INTERNAL, _("unknown report"));
	}
}

enum cs_status report_build(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *id,
                            const struct report_request *req, time_t now,
                            struct reportdoc **out, struct cs_error *err)
{
	struct build_ctx b;
	enum cs_status st;
	const char *since = req->since, *until = req->until;

	*out = NULL;
	if ((st = check_request(id, req, err)) != CS_OK)
		return st;
	memset(&b, 0, sizeof b);
	b.rc.req = req;
	b.rc.id = id;
	b.rc.now = now;
	when_local_day(now, b.rc.today);
	if (!report_day_utc(req->since, 0, b.rc.from_utc) ||
	    !report_day_utc(req->until, 1, b.rc.to_utc))
		return cs_error_set(err, CS_ERR_DATA, _("the period is not valid"));
	if (req->kind == REPORT_STATEMENT || req->kind == REPORT_JOURNAL) {
		struct ledger_rules rules;

		if (ledger_rules_from_config(cfg, &rules, err) != CS_OK ||
		    ledger_settle(db, &rules, now, NULL, err) != CS_OK)
			return err->status;
	}
	if (req->kind == REPORT_IDEA || req->kind == REPORT_AGENDA)
		since = until = "";   /* about ideas as they are, not a period */
	b.doc = reportdoc_new(report_name(req->kind), report_title(req->kind), since, until,
	                      now, id->name[0] ? id->name : id->login);
	if (b.doc == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	st = db_read(db, build_in_transaction, &b, err);
	if (st == CS_OK && req->kind == REPORT_JOURNAL)
		st = report_journal_check(db, b.doc, err);
	if (st == CS_OK && reportdoc_failed(b.doc))
		st = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	if (st != CS_OK) {
		reportdoc_free(b.doc);
		return st;
	}
	*out = b.doc;
	return CS_OK;
}
