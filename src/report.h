/* report.h — the programme's six reports (domain.md, Reports): which
 * exist, who may run which, their period and filters, and building one
 * from the database into a struct reportdoc (reportdoc.h), from which the
 * text, CSV and PDF are drawn.
 *
 *   dashboard  Tableau de bord du programme   facilitators
 *   agenda     Ordre du jour du comité        facilitators and the committee
 *   idea REF   Fiche d'une idée               everyone
 *   occupancy  Occupation BuroDispo           facilitators
 *   statement  Relevé de l'Accorderie         an agent: their own; facilitators: anyone's
 *   journal    Journal de l'Accorderie        facilitators
 *
 * A report is read in one read transaction (numbers of one moment); the
 * statement and the journal first settle the Accorderie's due proposals
 * (as `ledger statement` does), which may write. */
#ifndef CS_REPORT_H
#define CS_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "err.h"
#include "reportdoc.h"

enum report_kind {
	REPORT_DASHBOARD = 0,
	REPORT_AGENDA,
	REPORT_IDEA,
	REPORT_OCCUPANCY,
	REPORT_STATEMENT,
	REPORT_JOURNAL,
	REPORT_COUNT
};

/* Which filters a report takes (bits). */
enum report_filter {
	REPORT_F_DIRECTION = 1 << 0,
	REPORT_F_STAGE     = 1 << 1,
	REPORT_F_FLOOR     = 1 << 2,
	REPORT_F_AGENT     = 1 << 3
};

struct report_request {
	enum report_kind kind;
	char since[11], until[11];    /* stored days, inclusive; since <= until */
	const char *ref;              /* idea: the idea's reference */
	const char *const *refs;      /* agenda: a chosen list (NULL: every idea
	                                 "En comité", or of --stage) */
	size_t nrefs;
	const char *login;            /* statement: whose (NULL: the effective
	                                 agent); journal: --agent */
	const char *direction;        /* filter, NULL: none (exact match) */
	const char *stage;            /* filter, a stage slug, NULL: none */
	int floor;                    /* occupancy: floor number */
	bool has_floor;
};

/* The command name ("dashboard"), its translated title ("Tableau de bord
 * du programme"), a one-line description, and the filters it takes. */
const char *report_name(enum report_kind k);
const char *report_title(enum report_kind k);
const char *report_summary(enum report_kind k);
unsigned report_filters(enum report_kind k);

/* Parses a command name; false when unknown. */
bool report_kind_from_name(const char *name, enum report_kind *out);

/* True when id may run report k at all (the statement of another agent is
 * checked by report_build, which knows the login). */
bool report_may_run(const struct cs_identity *id, enum report_kind k);

/* The default period: the current month up to today (local days). */
void report_default_period(time_t now, char since[11], char until[11]);

/* Builds the report. Refused: CS_ERR_PERM (the role; another agent's
 * statement by an agent), CS_ERR_DATA (a period that ends before it
 * starts, an unknown stage, a filter the report does not take),
 * CS_ERR_NOTFOUND (an unknown reference, login or floor). On success *out
 * is a new document (reportdoc_free() it); a report with no data still has
 * a document that says so. cfg gives the Accorderie's rules. */
enum cs_status report_build(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *id,
                            const struct report_request *req, time_t now,
                            struct reportdoc **out, struct cs_error *err);

#endif
