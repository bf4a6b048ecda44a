/* ledger.h — l'Accorderie des savoir-faire: the time bank, kept like an
 * accountant's book.
 *
 * Accounts: one per agent (opened on first use with the configured opening
 * credit, posted once from the pool) and the programme's pool account.
 * Offers and requests ("annonces") with a category and an expiry day.
 * Exchanges: a provider, a beneficiary, whole minutes (rounded to the
 * configured unit), a day, a description, optionally the offer or request
 * answered. One party records it (state "proposée"), the other confirms or
 * refuses it; it is confirmed automatically N days after it was recorded
 * (no daemon: every ledger read or write settles what is due). A group
 * session ("Partage ma passion") is one line per beneficiary sharing a
 * group id; each beneficiary answers for their own line.
 *
 * Only a confirmed exchange counts: it posts two movements (−beneficiary,
 * +provider) in the same transaction. Movements are append-only (the
 * schema's triggers abort UPDATE and DELETE), each carries its account's
 * balance after it, and the sum of all movements is zero. The balance floor
 * and ceiling are enforced when an exchange is recorded and again when it
 * is confirmed. Mistakes are corrected by a reversing exchange (admins,
 * with a written reason), never by editing a movement.
 *
 * Every function opens its own transaction(s); out-structures are owned by
 * the caller and freed with the matching *_free(). Errors: CS_ERR_DATA for
 * a rule (message says which), CS_ERR_PERM for a role, CS_ERR_NOTFOUND for
 * an unknown agent, exchange or announcement, CS_ERR_CONFLICT when someone
 * else answered first. */
#ifndef CS_LEDGER_H
#define CS_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "err.h"

#define LEDGER_MAX_MINUTES (24 * 60)   /* one exchange: at most 24 h */
#define LEDGER_MAX_BENEFICIARIES 50    /* one group session */
#define LEDGER_POOL_NAME "Accorderie"  /* how the pool account is shown */

/* True when an agent's directory name could pass for the pool's: it
 * contains LEDGER_POOL_NAME, case, accents and spaces ignored, and Cyrillic,
 * Greek or full-width letters read as the Latin ones they look like. */
bool ledger_name_is_pool_like(const char *name);

/* How a party is named in every list this module returns (the *_name
 * fields and counterpart below): the directory name; "Name (login)" when
 * the name could pass for the pool's, so that the bare LEDGER_POOL_NAME
 * is always the pool; the login when the name is empty; LEDGER_POOL_NAME
 * for the pool (login "" or NULL). Newly allocated, NULL when out of memory. */
char *ledger_party_name(const char *login, const char *name);

/* Where someone decides (confirm, refuse, the exchange shown first): the
 * party with their login, "Alice Agent (alice)", so that two agents of the
 * same name can be told apart; name is a ledger_party_name() (it may hold
 * the login already). LEDGER_POOL_NAME for the pool. Into buf (always
 * NUL-terminated); returns buf. */
const char *ledger_party_label(const char *login, const char *name, char *buf,
                               size_t size);

struct ledger_rules {
	int opening_minutes;    /* credit posted once from the pool (0: none) */
	int floor_minutes;      /* lowest balance allowed, <= 0 */
	int ceiling_minutes;    /* highest balance allowed, > 0 */
	int auto_confirm_days;  /* after this many days a proposal counts; 0: never */
	int rounding;           /* minutes: 1, 5, 10, 15, 30 or 60 */
	const struct cs_string_list *categories;  /* borrowed from the config; empty: free */
};

/* The rules of the configuration (validated when it was read). */
enum cs_status ledger_rules_from_config(const struct cs_config *cfg,
                                        struct ledger_rules *out, struct cs_error *err);

/* Opens the effective agent's account if it has none, with the opening
 * credit. A write only when the account is missing. */
enum cs_status ledger_open_account(struct cs_db *db, const struct cs_identity *id,
                                   const struct ledger_rules *rules, time_t now,
                                   struct cs_error *err);

/* Confirms every proposal older than auto_confirm_days (oldest first, one
 * transaction). One that would break the floor or ceiling is refused with
 * that reason instead. *settled (may be NULL) receives how many changed.
 * Called by every other function; exported for the tests and `check`. */
enum cs_status ledger_settle(struct cs_db *db, const struct ledger_rules *rules,
                             time_t now, size_t *settled, struct cs_error *err);

/* ---- offers and requests ---------------------------------------------- */

enum ad_kind { AD_OFFER, AD_REQUEST };

/* "offre" / "demande" and their labels. */
const char *ledger_ad_kind_slug(enum ad_kind k);
const char *ledger_ad_kind_label(enum ad_kind k);

struct ledger_ad {
	int64_t id;
	enum ad_kind kind;
	char *login, *name;       /* its author */
	char *title, *description, *category;
	char expires[11];         /* "YYYY-MM-DD", the last day it is shown */
	bool active;              /* false once withdrawn by its author */
	bool expired;             /* expires < today */
	char created_at[24];
};

struct ledger_ad_list {
	struct ledger_ad *items;
	size_t count;
};

/* Publishes an offer or request of the effective agent. Refused: an empty
 * or too long title, an unknown category (when the configuration lists
 * them), an expiry day in the past or more than a year ahead. */
enum cs_status ledger_ad_add(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules, enum ad_kind kind,
                             const char *title, const char *description,
                             const char *category, const char *expires, time_t now,
                             int64_t *ad_id, struct cs_error *err);

/* Withdraws an announcement (its author or a facilitator). */
enum cs_status ledger_ad_close(struct cs_db *db, const struct cs_identity *id,
                               int64_t ad_id, struct cs_error *err);

struct ledger_ad_filter {
	int kind;                 /* enum ad_kind, or -1 for both */
	const char *category;     /* NULL: every category */
	const char *search;       /* NULL: no text filter (accent-insensitive) */
	bool mine;                /* only the effective agent's, withdrawn and expired too */
};

/* Announcements, newest first: live ones (active, not expired), or with
 * filter.mine all of the agent's. */
enum cs_status ledger_ads(struct cs_db *db, const struct cs_identity *id,
                          const struct ledger_ad_filter *filter, time_t now,
                          struct ledger_ad_list *out, struct cs_error *err);
/* One announcement (expired is judged by the current time). */
enum cs_status ledger_ad_get(struct cs_db *db, int64_t ad_id, struct ledger_ad *out,
                             struct cs_error *err);
void ledger_ad_free(struct ledger_ad *ad);
void ledger_ads_free(struct ledger_ad_list *l);

/* The categories in use and configured, sorted the French way. */
enum cs_status ledger_categories(struct cs_db *db, const struct ledger_rules *rules,
                                 struct cs_string_list *out, struct cs_error *err);
void ledger_categories_free(struct cs_string_list *l);

/* ---- exchanges -------------------------------------------------------- */

enum exchange_state { EXCHANGE_PROPOSED, EXCHANGE_CONFIRMED, EXCHANGE_REFUSED };
enum exchange_kind { EXCHANGE_NORMAL, EXCHANGE_OPENING, EXCHANGE_REVERSAL };

const char *ledger_state_label(enum exchange_state s);   /* "proposé"... */

struct ledger_exchange {
	int64_t id;
	int64_t group_id;         /* 0 unless part of a group session */
	enum exchange_kind kind;
	enum exchange_state state;
	char *provider_login, *provider_name;        /* "" / LEDGER_POOL_NAME for the pool */
	char *beneficiary_login, *beneficiary_name;
	int minutes;
	char day[11];
	char *description;
	int64_t ad_id;            /* 0: none */
	char *ad_title;           /* "" when none */
	char *recorded_by;        /* login of the party who recorded it */
	char created_at[24];      /* UTC */
	char decided_at[24];      /* UTC, "" while proposed */
	char *decided_by;         /* login, "" while proposed or when automatic */
	bool auto_confirmed;      /* decided automatically: confirmed, or refused for a limit */
	char *reason;             /* refusal or reversal reason, "" if none */
	int64_t reverses;         /* a reversal: the exchange it reverses */
	int64_t reversed_by;      /* 0 unless a reversal cancels it */
	bool awaiting_me;         /* proposed, and the viewer is who must answer */
	char due_day[11];         /* proposed: the day it confirms itself ("" if never) */
};

struct ledger_exchange_list {
	struct ledger_exchange *items;
	size_t count;
};

struct ledger_record_request {
	const char *provider;                  /* login */
	const char *const *beneficiaries;      /* logins; several: a group session */
	size_t beneficiary_count;
	int minutes;                           /* as typed; rounded by the rules */
	const char *day;                       /* "YYYY-MM-DD", NULL or "": today */
	const char *description;
	int64_t ad_id;                         /* 0: none */
};

/* Records an exchange (proposed) for the effective agent, who must be the
 * provider or the only beneficiary (a group session: the provider).
 * Refused: zero (after rounding) or more than 24 h, an exchange with
 * oneself, an unknown agent, a day in the future, an empty description, an
 * announcement that is not live, a balance that would cross the floor or
 * the ceiling if confirmed now. *first_id receives the (first) line's id;
 * *rounded the minutes kept. */
enum cs_status ledger_record(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules,
                             const struct ledger_record_request *req, time_t now,
                             int64_t *first_id, int *rounded, struct cs_error *err);

/* The other party confirms: the two movements are posted. Refused:
 * confirming one's own record, an exchange already confirmed or refused,
 * the floor or the ceiling crossed (the reason names whose balance). */
enum cs_status ledger_confirm(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, int64_t exchange_id,
                              time_t now, struct cs_error *err);

/* The other party refuses (reason optional); the recorder may withdraw
 * their own proposal the same way. Nothing is posted. */
enum cs_status ledger_refuse(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules, int64_t exchange_id,
                             const char *reason, time_t now, struct cs_error *err);

/* Admins: reverses a confirmed exchange (or an opening credit) with a
 * written reason: a new confirmed exchange with the parties swapped,
 * posted at once, not subject to the floor and ceiling. An exchange is
 * reversed once; a reversal is not reversed. */
enum cs_status ledger_reverse(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, int64_t exchange_id,
                              const char *reason, time_t now, int64_t *reversal_id,
                              struct cs_error *err);

/* One exchange (the viewer must be a party or a facilitator). */
enum cs_status ledger_exchange_get(struct cs_db *db, const struct cs_identity *id,
                                   const struct ledger_rules *rules, int64_t exchange_id,
                                   time_t now, struct ledger_exchange *out,
                                   struct cs_error *err);
void ledger_exchange_free(struct ledger_exchange *e);

/* The exchanges of an agent (login NULL: the effective agent; others need
 * the facilitator role), newest first, at most limit (0: all). With
 * only_proposed, only those still waiting for an answer. */
enum cs_status ledger_exchanges(struct cs_db *db, const struct cs_identity *id,
                                const struct ledger_rules *rules, const char *login,
                                bool only_proposed, size_t limit, time_t now,
                                struct ledger_exchange_list *out, struct cs_error *err);
void ledger_exchanges_free(struct ledger_exchange_list *l);

/* The journal of a period (facilitators): every exchange posted — confirmed,
 * opening credits, reversals — from the local day `from` to the local day
 * `to` included ("YYYY-MM-DD"), in the order they were posted. */
enum cs_status ledger_journal(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, const char *from,
                              const char *to, time_t now,
                              struct ledger_exchange_list *out, struct cs_error *err);

/* ---- balances and statements ------------------------------------------ */

struct ledger_line {
	int64_t movement_id, exchange_id;
	enum exchange_kind kind;
	char day[11];             /* the exchange's day */
	char *counterpart;        /* the other party's name, LEDGER_POOL_NAME for the pool */
	char *counterpart_login;  /* "" for the pool */
	char *description;
	int minutes;              /* signed: + received credit (given time), − spent */
	int balance_after;        /* the running balance */
};

struct ledger_statement {
	char *login, *name;
	bool has_account;
	int balance;              /* minutes */
	int pending_in, pending_out;  /* proposed, not yet counted */
	size_t total;             /* movements of the account */
	struct ledger_line *lines;    /* newest first, from offset */
	size_t count;
};

/* An agent's balance and a page of their statement (login NULL: the
 * effective agent; others need the facilitator role). */
enum cs_status ledger_statement(struct cs_db *db, const struct cs_identity *id,
                                const struct ledger_rules *rules, const char *login,
                                size_t offset, size_t limit, time_t now,
                                struct ledger_statement *out, struct cs_error *err);
void ledger_statement_free(struct ledger_statement *s);

struct ledger_account {
	char *login, *name;       /* "" / LEDGER_POOL_NAME for the pool */
	bool pool;
	int balance;
	size_t movements;
	size_t pending;           /* proposals where the agent is a party */
};
struct ledger_account_list {
	struct ledger_account *items;
	size_t count;
};

/* Every account, pool first then by name (facilitators). */
enum cs_status ledger_accounts(struct cs_db *db, const struct cs_identity *id,
                               const struct ledger_rules *rules, time_t now,
                               struct ledger_account_list *out, struct cs_error *err);
void ledger_accounts_free(struct ledger_account_list *l);

/* ---- integrity -------------------------------------------------------- */

struct ledger_check_report {
	size_t accounts, movements, exchanges;
	long long sum;             /* of every movement: must be 0 */
	size_t bad_balances;       /* accounts whose balance is not the sum of their movements */
	size_t bad_running;        /* movements whose running balance does not follow */
	size_t bad_exchanges;      /* confirmed without two opposite movements, or others with some */
	char first_problem[512];   /* French, "" when all is well */
};

/* Verifies the book in one read transaction. CS_OK with an empty
 * first_problem when everything holds; CS_ERR_CORRUPT (and the report)
 * otherwise. */
enum cs_status ledger_check(struct cs_db *db, struct ledger_check_report *out,
                            struct cs_error *err);

#endif
