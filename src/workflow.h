/* workflow.h — the démarche's workflow (design/domain.md): which stage an
 * idea may move to, who may move it and what each move needs (its guard);
 * committee decisions with their scores, hand-offs, reasons; the
 * accompaniment and experiment plans; evaluations; the history of every
 * transition; "quoi de neuf" since an agent's last visit. The rules are
 * enforced here, in the core: the UI and the CLI only ask. Every write is
 * one db_write() (nothing partly applied, a refused move leaves no history
 * row); every read one db_read(). */
#ifndef CS_WORKFLOW_H
#define CS_WORKFLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agents.h"
#include "db.h"
#include "err.h"
#include "ideas.h"
#include "stage.h"

#define WORKFLOW_SCORE_MIN 1
#define WORKFLOW_SCORE_MAX 4
#define WORKFLOW_NOTE_MAX 4000       /* code points */
#define WORKFLOW_INDICATORS_MAX 8

/* What a move needs besides the target stage. */
enum workflow_guard {
	WORKFLOW_GUARD_NONE          = 0,
	/* problem and solution written (checked on the idea) */
	WORKFLOW_GUARD_TEXTS         = 1 << 0,
	WORKFLOW_GUARD_SCORES        = 1 << 1, /* impact, faisabilité 1..4, a note */
	WORKFLOW_GUARD_DIRECTION     = 1 << 2, /* recipient direction named */
	WORKFLOW_GUARD_REASON        = 1 << 3, /* a reason written */
	WORKFLOW_GUARD_CONCLUSION    = 1 << 4, /* the study's conclusion written */
	/* accompaniment and experiment plans complete */
	WORKFLOW_GUARD_PLANS         = 1 << 5,
	WORKFLOW_GUARD_EVALUATION    = 1 << 6, /* at least one evaluation recorded */
	WORKFLOW_GUARD_OPTIONAL_NOTE = 1 << 7  /* a free note may be given (withdrawal) */
};

/* Who may make a move. */
enum workflow_mover {
	WORKFLOW_MOVER_FACILITATOR,        /* facilitators (and admins) */
	WORKFLOW_MOVER_COMMITTEE,          /* committee members (and admins) */
	WORKFLOW_MOVER_AUTHOR_OR_FACILITATOR
};

/* One row of the transition table. */
struct workflow_transition_rule {
	enum cs_stage from, to;
	enum workflow_mover who;
	unsigned guards;          /* enum workflow_guard bits */
};

/* The transition table, and its size. */
const struct workflow_transition_rule *workflow_rules(size_t *count);

/* The rule for from -> to, or NULL when the table has no such move. */
const struct workflow_transition_rule *workflow_rule(enum cs_stage from, enum cs_stage to);

/* The stages an idea at `from` may move to (in table order); returns how
 * many were written to out (at most STAGE_COUNT). */
size_t workflow_targets(enum cs_stage from, enum cs_stage out[STAGE_COUNT]);

/* The next or previous stage along the main line (Déposée ... Généralisée),
 * when the table allows that move; false otherwise. */
bool workflow_next(enum cs_stage from, enum cs_stage *to);
bool workflow_previous(enum cs_stage from, enum cs_stage *to);

/* What a user gives with a move. Unused fields are NULL or 0. */
struct workflow_move_request {
	const char *ref;
	enum cs_stage to;
	int64_t expected_version;  /* 0: no check; else CS_ERR_CONFLICT if stale */
	const char *note;          /* decision note, study conclusion, or free note */
	int impact, faisabilite;   /* 1..4 for committee decisions, 0 otherwise */
	const char *direction;     /* recipient direction (Transmise) */
	const char *reason;        /* non-retention, stop or withdrawal reason */
};

/* Moves an idea, after checking the table, the role (for whom it is done
 * counts for "author"), and the guard; records the transition (who, for
 * whom, when, host, note) and the decision. On refusal nothing is written
 * and err says why in French: CS_ERR_DATA (not in the table, guard unmet,
 * bad score), CS_ERR_PERM (role), CS_ERR_CONFLICT (stale version),
 * CS_ERR_NOTFOUND. */
enum cs_status workflow_move(struct cs_db *db, const struct cs_identity *id,
                             const struct workflow_move_request *req,
                             struct cs_error *err);

/* Withdraws an open idea (stage Retirée): author or facilitator; reason may
 * be NULL. The same as workflow_move() to STAGE_RETIREE. */
enum cs_status workflow_withdraw(struct cs_db *db, const struct cs_identity *id,
                                 const char *ref, const char *reason,
                                 struct cs_error *err);

/* Checks a move without writing (for the UI: which form to open, or why it
 * is refused). *missing receives the guard bits still unmet by the idea
 * itself (WORKFLOW_GUARD_TEXTS, WORKFLOW_GUARD_PLANS,
 * WORKFLOW_GUARD_EVALUATION); the other bits of the rule are what the
 * request must carry. CS_OK when the move is allowed
 * to this identity. */
enum cs_status workflow_check(struct cs_db *db, const struct cs_identity *id,
                              const char *ref, enum cs_stage to,
                              unsigned *missing, struct cs_error *err);

/* ---- plans ------------------------------------------------------------ */

enum workflow_level {
	WORKFLOW_ACCOMP_NONE,
	WORKFLOW_ACCOMP_INTERNAL,
	WORKFLOW_ACCOMP_EXTERNAL
};

/* "aucun", "interne", "externe" (slugs) and their labels. */
const char *workflow_level_slug(enum workflow_level l);
const char *workflow_level_label(enum workflow_level l);
bool workflow_level_from_slug(const char *s, enum workflow_level *out);

struct workflow_indicator {
	char *name;               /* e.g. "Bureaux réservés par semaine" */
	char *baseline;           /* free text, e.g. "0" */
	char *target;             /* free text, e.g. "40" */
};

/* The accompaniment and experiment plans of an idea. Set fields (non-NULL
 * strings, has_* flags) replace the stored ones. Dates are "YYYY-MM-DD". */
struct workflow_plan {
	bool has_accompaniment;
	enum workflow_level level;
	const char *accompanier;
	double hours_per_week;    /* agent time granted, 0..40 */
	const char *accomp_start; /* date */

	bool has_experiment;
	const char *sites;        /* scope: "Collège X, Collège Y" */
	const char *start_date, *end_date;
	const struct workflow_indicator *indicators;  /* replaces all when count > 0 */
	size_t indicator_count;
};

/* Records or updates the plans (facilitators; open ideas at En comité,
 * Étude, En construction or En expérimentation). Checks dates (end after
 * start), hours, indicator fields. */
enum cs_status workflow_plan(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, const struct workflow_plan *plan,
                             struct cs_error *err);

/* ---- evaluations ------------------------------------------------------ */

struct workflow_evaluation_value {
	const char *indicator;    /* an indicator's name */
	const char *value;
};

struct workflow_evaluation {
	const char *date;         /* "YYYY-MM-DD" */
	const struct workflow_evaluation_value *values;
	size_t value_count;
	const char *observations;
	const char *recommendation; /* "generaliser", "poursuivre" or "arreter" */
};

/* The label of a recommendation slug ("généraliser" for "generaliser");
 * the slug itself when unknown. */
const char *workflow_recommendation_label(const char *slug);

/* Records an evaluation of an idea En expérimentation (facilitators and
 * committee). Values name existing indicators; the date is today or
 * before (CS_ERR_DATA otherwise). */
enum cs_status workflow_evaluate(struct cs_db *db, const struct cs_identity *id,
                                 const char *ref, const struct workflow_evaluation *ev,
                                 struct cs_error *err);

/* ---- reading --------------------------------------------------------- */

struct workflow_transition_entry {
	char at[24];
	enum cs_stage from, to;
	char *actor, *for_login, *host;
	char *note, *reason, *direction;
	int impact, faisabilite;  /* 0 when not a committee decision */
};

struct workflow_evaluation_entry {
	char date[12];
	char *author;
	char *observations, *recommendation;
	struct { char *indicator, *value; } *values;
	size_t value_count;
};

/* Everything the workflow knows of one idea. Strings owned by it; free
 * with workflow_detail_free(). */
struct workflow_detail {
	enum cs_stage stage;
	int64_t version;
	int impact, faisabilite;  /* last committee scores, 0 if none */
	char *decision_note, *handed_to, *closing_reason, *study_conclusion;
	bool has_accompaniment;
	enum workflow_level level;
	char *accompanier;
	double hours_per_week;
	char accomp_start[12];
	bool has_experiment;
	char *sites;
	char start_date[12], end_date[12];
	struct workflow_indicator *indicators;
	size_t indicator_count;
	struct workflow_evaluation_entry *evaluations;
	size_t evaluation_count;
	struct workflow_transition_entry *history;   /* oldest first */
	size_t history_count;
};

enum cs_status workflow_get(struct cs_db *db, const char *ref,
                            struct workflow_detail **out, struct cs_error *err);
void workflow_detail_free(struct workflow_detail *d);

/* One card of the kanban. */
struct workflow_card {
	int64_t id;
	char ref[IDEA_REF_MAX];
	enum cs_stage stage;
	char *title, *direction;
	char stage_since[24];     /* when it entered its stage */
	char end_date[12];        /* experiment end, "" if none */
	int impact, faisabilite;
	bool mine;                /* authored or co-authored by the viewer */
	int64_t version;
};

/* The cards of one column, newest move first, at most limit from offset;
 * *total counts them all. Filters as for the board (stage ignored). */
struct workflow_card_page {
	struct workflow_card *cards;
	size_t count, total, offset;
};

/* Counts per stage (all STAGE_COUNT of them) with the filter applied, and
 * the first `per_column` cards of each open stage (closed outcomes too when
 * with_closed), in one read transaction: what the kanban draws. */
struct workflow_kanban {
	size_t totals[STAGE_COUNT];
	struct workflow_card_page columns[STAGE_COUNT];
};
enum cs_status workflow_kanban(struct cs_db *db, const struct cs_identity *id,
                               const struct idea_filter *filter,
                               size_t per_column, bool with_closed,
                               struct workflow_kanban *out, struct cs_error *err);
/* More cards of one column. */
enum cs_status workflow_column(struct cs_db *db, const struct cs_identity *id,
                               const struct idea_filter *filter,
                               enum cs_stage stage, size_t offset, size_t limit,
                               struct workflow_card_page *out, struct cs_error *err);
void workflow_kanban_free(struct workflow_kanban *k);
void workflow_cards_free(struct workflow_card_page *p);

/* Ideas "En comité" with their last scores (0 = not scored yet), for the
 * impact × faisabilité grid; and the experiments past their end date with
 * no evaluation since. Free with workflow_cards_free. */
enum cs_status workflow_committee(struct cs_db *db, const struct cs_identity *id,
                                  struct workflow_card_page *out, struct cs_error *err);
enum cs_status workflow_overdue(struct cs_db *db, const struct cs_identity *id,
                                const char *today, struct workflow_card_page *out,
                                struct cs_error *err);

/* ---- quoi de neuf ---------------------------------------------------- */

struct workflow_news_item {
	char ref[IDEA_REF_MAX];
	char *title;
	char at[24];
	enum cs_stage from, to;
	char *actor;
};

struct workflow_news {
	struct workflow_news_item *items;   /* newest first */
	size_t count;
	char since[24];            /* the previous visit, "" if first */
};

/* The moves of the agent's ideas (authored, co-authored, supported) since
 * their last visit, then records this visit (one write transaction, only
 * when the visit time changes). With peek, does not record the visit. */
enum cs_status workflow_news(struct cs_db *db, const struct cs_identity *id,
                             bool peek, struct workflow_news *out, struct cs_error *err);
void workflow_news_free(struct workflow_news *n);

#endif
