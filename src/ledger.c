/* ledger.c — l'Accorderie's book (see ledger.h for the rules). The schema
 * (migration 4) holds the invariants that must survive any bug here:
 * append-only movements whose running balance must follow, postings only
 * for confirmed exchanges, one answer per proposal, one opening credit and
 * one reversal at most. This file applies the rules that need the
 * configuration: rounding, limits, automatic confirmation, roles. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agentfind.h"
#include "audit.h"
#include "duration.h"
#include "grow.h"
#include "i18n.h"
#include "ledger.h"
#include "text.h"
#include "when.h"

/* ---- clock, rules, small helpers ---------------------------------------- */

struct clock {
	time_t now;
	char now_iso[24];      /* UTC */
	char today[11];        /* local */
	char due_before[24];   /* UTC: proposals recorded before this are due */
};

/* The clock at now; proposals recorded more than confirm_days ago are due. */
static void read_clock(int confirm_days, time_t now, struct clock *c)
{
	struct tm tm;
	time_t cut = now - (time_t)confirm_days * 86400;

	c->now = now;
	gmtime_r(&now, &tm);
	strftime(c->now_iso, sizeof c->now_iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
	when_local_day(now, c->today);
	gmtime_r(&cut, &tm);
	strftime(c->due_before, sizeof c->due_before, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

enum cs_status ledger_rules_from_config(const struct cs_config *cfg,
                                        struct ledger_rules *out, struct cs_error *err)
{
	memset(out, 0, sizeof *out);
	out->opening_minutes = cfg->ledger_opening_minutes;
	out->floor_minutes = cfg->ledger_floor_minutes;
	out->ceiling_minutes = cfg->ledger_ceiling_minutes;
	out->auto_confirm_days = cfg->ledger_confirm_days;
	out->rounding = cfg->ledger_rounding > 0 ? cfg->ledger_rounding : 1;
	out->categories = &cfg->ledger_categories;
	if (out->opening_minutes > out->ceiling_minutes)
		return cs_error_set(err, CS_ERR_CONFIG,
		                    _("ledger_opening_credit is above ledger_ceiling: every new "
		                      "account would break the ceiling"));
	return CS_OK;
}

/* ---- how parties are named ----------------------------------------------- */

/* The Latin letter a Cyrillic, Greek or full-width letter looks like (the
 * letters of "Accorderie"), or cp itself. */
static uint32_t latin_lookalike(uint32_t cp)
{
	static const struct { uint32_t cp; char latin; } table[] = {
		{ 0x0410, 'a' }, { 0x0430, 'a' }, { 0x0391, 'a' }, { 0x03B1, 'a' },
		{ 0x0421, 'c' }, { 0x0441, 'c' }, { 0x03F9, 'c' }, { 0x03F2, 'c' },
		{ 0x041E, 'o' }, { 0x043E, 'o' }, { 0x039F, 'o' }, { 0x03BF, 'o' },
		{ 0x0420, 'p' }, { 0x0440, 'p' }, { 0x03A1, 'p' }, { 0x03C1, 'p' },
		{ 0x0415, 'e' }, { 0x0435, 'e' }, { 0x0395, 'e' },
		{ 0x0406, 'i' }, { 0x0456, 'i' }, { 0x0399, 'i' }, { 0x03B9, 'i' },
		{ 0x0501, 'd' }, { 0x0433, 'r' }
	};

	if (cp >= 0xFF21 && cp <= 0xFF3A)
		return 'a' + (cp - 0xFF21);   /* full-width capitals */
	if (cp >= 0xFF41 && cp <= 0xFF5A)
		return 'a' + (cp - 0xFF41);
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].cp == cp)
			return (uint32_t)table[i].latin;
	return cp;
}

bool ledger_name_is_pool_like(const char *name)
{
	size_t len = name != NULL ? strlen(name) : 0, i = 0, o = 0, n;
	uint32_t cp, latin;
	char *squeezed;
	bool like;

	/* each code point takes at most 4 bytes, a look-alike 1 */
	if (len == 0 || (squeezed = malloc(len + 1)) == NULL)
		return len != 0;   /* out of memory: the safe answer */
	while (i < len) {
		n = text_decode(name + i, len - i, &cp);
		latin = latin_lookalike(cp);
		if (latin != cp) {
			squeezed[o++] = (char)latin;
		} else if (cp != ' ' && cp != '\t' && cp != 0xA0 && cp != 0x202F && cp != 0x3000
		           && !(cp >= 0x2000 && cp <= 0x200A)) {
			memcpy(squeezed + o, name + i, n);
			o += n;
		}
		i += n;
	}
	squeezed[o] = '\0';
	like = text_contains_folded(squeezed, LEDGER_POOL_NAME);
	free(squeezed);
	return like;
}

char *ledger_party_name(const char *login, const char *name)
{
	char *out;

	if (login == NULL || login[0] == '\0')
		return strdup(LEDGER_POOL_NAME);
	if (name == NULL || name[0] == '\0')
		return strdup(login);
	if (!ledger_name_is_pool_like(name))
		return strdup(name);
	if ((out = malloc(strlen(name) + strlen(login) + 4)) != NULL)
		sprintf(out, "%s (%s)", name, login);
	return out;
}

const char *ledger_party_label(const char *login, const char *name, char *buf,
                               size_t size)
{
	size_t nl = name != NULL ? strlen(name) : 0, ll = login != NULL ? strlen(login) : 0;

	if (size == 0)
		return buf;
	if (ll == 0)
		snprintf(buf, size, "%s", LEDGER_POOL_NAME);
	else if (nl == 0 || strcmp(name, login) == 0)
		snprintf(buf, size, "%s", login);
	else if (nl > ll + 3 && name[nl - ll - 3] == ' ' && name[nl - ll - 2] == '('
	         && strncmp(name + nl - ll - 1, login, ll) == 0 && name[nl - 1] == ')')
		snprintf(buf, size, "%s", name);   /* ledger_party_name() added it */
	else
		snprintf(buf, size, "%s (%s)", name, login);
	return buf;
}

/* A party's name from a row: login and name columns, see ledger_party_name. */
static char *party_column(sqlite3_stmt *st, int login_col, int name_col)
{
	return ledger_party_name((const char *)sqlite3_column_text(st, login_col),
	                         (const char *)sqlite3_column_text(st, name_col));
}

const char *ledger_ad_kind_slug(enum ad_kind k)
{
	return k == AD_OFFER ? "offre" : "demande";
}

const char *ledger_ad_kind_label(enum ad_kind k)
{
	return k == AD_OFFER ? _("offer") : _("request");
}

const char *ledger_state_label(enum exchange_state s)
{
	switch (s) {
	case EXCHANGE_PROPOSED: return _("proposed");
	case EXCHANGE_CONFIRMED: return _("confirmed");
	case EXCHANGE_REFUSED: return _("refused");
	}
	return "?";
}

static enum exchange_state state_from_slug(const char *s)
{
	if (strcmp(s, "confirmee") == 0)
		return EXCHANGE_CONFIRMED;
	if (strcmp(s, "refusee") == 0)
		return EXCHANGE_REFUSED;
	return EXCHANGE_PROPOSED;
}

static enum exchange_kind kind_from_slug(const char *s)
{
	if (strcmp(s, "ouverture") == 0)
		return EXCHANGE_OPENING;
	if (strcmp(s, "annulation") == 0)
		return EXCHANGE_REVERSAL;
	return EXCHANGE_NORMAL;
}

/* Steps a one-row query; *found false when no row. */
static enum cs_status step_row(struct cs_db *db, sqlite3_stmt *st, const char *what,
                               bool *found, struct cs_error *err)
{
	int rc = sqlite3_step(st);

	*found = rc == SQLITE_ROW;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_stmt_done(st);
		return db_fail(db, rc, what, err);
	}
	return CS_OK;
}

static enum cs_status out_of_memory(struct cs_error *err)
{
	return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
}

/* The agent of a login: id and name (name may be NULL). */
static enum cs_status agent_by_login(struct cs_db *db, const char *login, int64_t *agent,
                                     char *name, size_t name_size, struct cs_error *err)
{
	static const char sql[] = "SELECT id, name FROM agents WHERE login = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, login);
	if ((s = step_row(db, st, _("reading the agents"), &found, err)) != CS_OK)
		return s;
	if (!found) {
		db_stmt_done(st);
		return agentfind_unknown(db, login, err);
	}
	*agent = sqlite3_column_int64(st, 0);
	if (name != NULL)
		db_column_copy(st, 1, name, name_size);
	db_stmt_done(st);
	return CS_OK;
}

/* An agent's account id (0 when none) and balance. */
static enum cs_status account_of(struct cs_db *db, int64_t agent, int64_t *account,
                                 int *balance, struct cs_error *err)
{
	static const char sql[] = "SELECT id, balance FROM ledger_accounts WHERE agent_id = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	*account = 0;
	if (balance != NULL)
		*balance = 0;
	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, agent);
	if ((s = step_row(db, st, _("reading the accounts"), &found, err)) != CS_OK)
		return s;
	if (found) {
		*account = sqlite3_column_int64(st, 0);
		if (balance != NULL)
			*balance = sqlite3_column_int(st, 1);
	}
	db_stmt_done(st);
	return CS_OK;
}

static enum cs_status pool_account(struct cs_db *db, int64_t *account, struct cs_error *err)
{
	static const char sql[] = "SELECT id FROM ledger_accounts WHERE pool = 1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	if ((s = step_row(db, st, _("reading the accounts"), &found, err)) != CS_OK)
		return s;
	*account = found ? sqlite3_column_int64(st, 0) : 0;
	db_stmt_done(st);
	if (!found)
		return cs_error_set(err, CS_ERR_CORRUPT, _("the Accorderie's pool account is missing"));
	return CS_OK;
}

static enum cs_status balance_of(struct cs_db *db, int64_t account, int *balance,
                                 struct cs_error *err)
{
	static const char sql[] = "SELECT balance FROM ledger_accounts WHERE id = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, account);
	if ((s = step_row(db, st, _("reading the accounts"), &found, err)) != CS_OK)
		return s;
	*balance = found ? sqlite3_column_int(st, 0) : 0;
	db_stmt_done(st);
	return CS_OK;
}

/* Posts one movement with its running balance. */
static enum cs_status post(struct cs_db *db, int64_t exchange, int64_t account, int minutes,
                           const char *now_iso, struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *st;
	enum cs_status s;
	int balance = 0;

	if ((s = balance_of(db, account, &balance, err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, exchange);
	sqlite3_bind_int64(st, 2, account);
	sqlite3_bind_int(st, 3, minutes);
	sqlite3_bind_int(st, 4, balance + minutes);
	db_bind_text(st, 5, now_iso);
	return db_step_done(db, st, _("posting the movements"), err);
}

/* The two movements of a confirmed exchange: −beneficiary, +provider. */
static enum cs_status post_pair(struct cs_db *db, int64_t exchange, int64_t provider,
                                int64_t beneficiary, int minutes, const char *now_iso,
                                struct cs_error *err)
{
	enum cs_status s = post(db, exchange, beneficiary, -minutes, now_iso, err);

	return s != CS_OK ? s : post(db, exchange, provider, minutes, now_iso, err);
}

/* The name of an account's holder, for messages (ledger_party_name). */
static void account_name(struct cs_db *db, int64_t account, char *buf, size_t size)
{
	static const char sql[] =
		"SELECT coalesce(g.login, ''), coalesce(g.name, '') FROM ledger_accounts a"
		" LEFT JOIN agents g ON g.id = a.agent_id WHERE a.id = ?1";
	struct cs_error ignored;
	sqlite3_stmt *st = db_prepare(db, sql, &ignored);
	char *name;

	snprintf(buf, size, "?");
	if (st == NULL)
		return;
	sqlite3_bind_int64(st, 1, account);
	if (sqlite3_step(st) == SQLITE_ROW && (name = party_column(st, 0, 1)) != NULL) {
		snprintf(buf, size, "%s", name);
		free(name);
	}
	db_stmt_done(st);
}

static bool is_pool(struct cs_db *db, int64_t account)
{
	static const char sql[] = "SELECT pool FROM ledger_accounts WHERE id = ?1";
	struct cs_error ignored;
	sqlite3_stmt *st = db_prepare(db, sql, &ignored);
	bool pool = false;

	if (st == NULL)
		return false;
	sqlite3_bind_int64(st, 1, account);
	if (sqlite3_step(st) == SQLITE_ROW)
		pool = sqlite3_column_int(st, 0) != 0;
	db_stmt_done(st);
	return pool;
}

/* The floor for the beneficiary (spending `out`) and the ceiling for the
 * provider (receiving `in`); the pool has neither. */
static enum cs_status check_limits(struct cs_db *db, const struct ledger_rules *r,
                                   int64_t provider, int in, int64_t beneficiary, int out,
                                   struct cs_error *err)
{
	char who[AGENT_NAME_MAX], after[24], limit[24];
	enum cs_status s;
	int balance;

	if (out > 0 && !is_pool(db, beneficiary)) {
		if ((s = balance_of(db, beneficiary, &balance, err)) != CS_OK)
			return s;
		if (balance - out < r->floor_minutes) {
			account_name(db, beneficiary, who, sizeof who);
			duration_format(balance - out, after, sizeof after);
			duration_format(r->floor_minutes, limit, sizeof limit);
			return cs_error_set(err, CS_ERR_DATA,
			                    _("%s's balance would fall to %s, below the floor of %s"),
			                    who, after, limit);
		}
	}
	if (in > 0 && !is_pool(db, provider)) {
		if ((s = balance_of(db, provider, &balance, err)) != CS_OK)
			return s;
		if (balance + in > r->ceiling_minutes) {
			account_name(db, provider, who, sizeof who);
			duration_format(balance + in, after, sizeof after);
			duration_format(r->ceiling_minutes, limit, sizeof limit);
			return cs_error_set(err, CS_ERR_DATA,
			                    _("%s's balance would rise to %s, above the ceiling of %s"),
			                    who, after, limit);
		}
	}
	return CS_OK;
}

/* Opens the agent's account if missing (with the opening credit from the
 * pool); inside a write. */
static enum cs_status ensure_account(struct cs_db *db, const struct ledger_rules *r,
                                     int64_t agent, const struct clock *c, int64_t *account,
                                     struct cs_error *err)
{
	static const char open_sql[] =
		"INSERT INTO ledger_accounts(agent_id, opened_at) VALUES (?1, ?2)";
	static const char credit_sql[] =
		"INSERT INTO ledger_exchanges(kind, provider, beneficiary, minutes, day, description,"
		" recorded_by, entered_by, state, decided_at, created_at)"
		" VALUES ('ouverture', ?1, ?2, ?3, ?4, ?5, ?6, ?6, 'confirmee', ?7, ?7)";
	int64_t pool, exchange;
	sqlite3_stmt *st;
	enum cs_status s;

	if ((s = account_of(db, agent, account, NULL, err)) != CS_OK || *account != 0)
		return s;
	if ((st = db_prepare(db, open_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, agent);
	db_bind_text(st, 2, c->now_iso);
	if ((s = db_step_done(db, st, _("opening the account"), err)) != CS_OK)
		return s;
	*account = sqlite3_last_insert_rowid(db_handle(db));
	if (r->opening_minutes <= 0)
		return CS_OK;
	if ((s = pool_account(db, &pool, err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, credit_sql, err)) == NULL)
		return err->status;
	/* Like every confirmed exchange, the credited account is the provider
	 * (+) and the debited one the beneficiary (-): here the pool pays. */
	sqlite3_bind_int64(st, 1, *account);
	sqlite3_bind_int64(st, 2, pool);
	sqlite3_bind_int(st, 3, r->opening_minutes);
	db_bind_text(st, 4, c->today);
	db_bind_text(st, 5, _("Opening credit"));
	sqlite3_bind_int64(st, 6, agent);
	db_bind_text(st, 7, c->now_iso);
	if ((s = db_step_done(db, st, _("posting the opening credit"), err)) != CS_OK)
		return s;
	exchange = sqlite3_last_insert_rowid(db_handle(db));
	return post_pair(db, exchange, *account, pool, r->opening_minutes, c->now_iso, err);
}

/* ---- automatic confirmation --------------------------------------------- */

struct settle_work {
	const struct ledger_rules *rules;
	struct clock clock;
	size_t settled;
};

static enum cs_status do_settle(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char due_sql[] =
		"SELECT id, provider, beneficiary, minutes FROM ledger_exchanges"
		" WHERE state = 'proposee' AND created_at < ?1 ORDER BY id LIMIT 64";
	static const char confirm_sql[] =
		"UPDATE ledger_exchanges SET state = 'confirmee', decided_at = ?2, auto_confirmed = 1"
		" WHERE id = ?1";
	static const char refuse_sql[] =
		"UPDATE ledger_exchanges SET state = 'refusee', decided_at = ?2, auto_confirmed = 1,"
		" reason = ?3 WHERE id = ?1";
	struct settle_work *w = ctx;
	enum cs_status s;

	w->settled = 0;
	if (w->rules->auto_confirm_days <= 0)
		return CS_OK;
	for (;;) {
		struct { int64_t id, provider, beneficiary; int minutes; } due[64];
		size_t n = 0;
		sqlite3_stmt *st = db_prepare(db, due_sql, err);
		int rc;

		if (st == NULL)
			return err->status;
		db_bind_text(st, 1, w->clock.due_before);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < 64) {
			due[n].id = sqlite3_column_int64(st, 0);
			due[n].provider = sqlite3_column_int64(st, 1);
			due[n].beneficiary = sqlite3_column_int64(st, 2);
			due[n].minutes = sqlite3_column_int(st, 3);
			n++;
		}
		db_stmt_done(st);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return db_fail(db, rc, _("reading the proposals"), err);
		if (n == 0)
			return CS_OK;
		for (size_t i = 0; i < n; i++) {
			struct cs_error why;
			bool fits = check_limits(db, w->rules, due[i].provider, due[i].minutes,
			                         due[i].beneficiary, due[i].minutes, &why) == CS_OK;
			if (!fits && why.status != CS_ERR_DATA)
				return cs_error_set(err, why.status, "%s", why.message);
			if ((st = db_prepare(db, fits ? confirm_sql : refuse_sql, err)) == NULL)
				return err->status;
			sqlite3_bind_int64(st, 1, due[i].id);
			db_bind_text(st, 2, w->clock.now_iso);
			if (!fits) {
				char reason[1200];
				snprintf(reason, sizeof reason, _("refused automatically: %s"), why.message);
				db_bind_text(st, 3, reason);
			}
			if ((s = db_step_done(db, st, _("confirming the exchange"), err)) != CS_OK)
				return s;
			if (fits && (s = post_pair(db, due[i].id, due[i].provider, due[i].beneficiary,
			                           due[i].minutes, w->clock.now_iso, err)) != CS_OK)
				return s;
			w->settled++;
		}
	}
}

static enum cs_status do_any_due(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT 1 FROM ledger_exchanges WHERE state = 'proposee' AND created_at < ?1 LIMIT 1";
	struct settle_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, w->clock.due_before);
	if ((s = step_row(db, st, _("reading the proposals"), &found, err)) != CS_OK)
		return s;
	db_stmt_done(st);
	w->settled = found;
	return CS_OK;
}

enum cs_status ledger_settle(struct cs_db *db, const struct ledger_rules *rules,
                             time_t now, size_t *settled, struct cs_error *err)
{
	struct settle_work w = { .rules = rules };
	enum cs_status s;

	if (settled != NULL)
		*settled = 0;
	if (rules->auto_confirm_days <= 0)
		return CS_OK;
	read_clock(rules->auto_confirm_days, now, &w.clock);
	/* A cheap read first: most of the time nothing is due and no write
	 * lock is taken. */
	if ((s = db_read(db, do_any_due, &w, err)) != CS_OK || w.settled == 0)
		return s;
	if ((s = db_write(db, do_settle, &w, err)) == CS_OK && settled != NULL)
		*settled = w.settled;
	return s;
}

/* Runs fn in one read transaction that first looks for proposals due for
 * automatic confirmation; only when some are due are they settled (a
 * write) and fn run in a new read. The usual read is one transaction. */
struct settled_read {
	struct settle_work settle;
	db_work_fn fn;
	void *ctx;
};

static enum cs_status do_settled_read(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct settled_read *r = ctx;
	enum cs_status s;

	if (r->settle.rules->auto_confirm_days > 0) {
		if ((s = do_any_due(db, &r->settle, err)) != CS_OK)
			return s;
		if (r->settle.settled > 0)
			return CS_OK;
	}
	return r->fn(db, r->ctx, err);
}

static enum cs_status read_settled(struct cs_db *db, const struct ledger_rules *rules,
                                   time_t now, db_work_fn fn, void *ctx, struct cs_error *err)
{
	struct settled_read r = { .settle = { .rules = rules }, .fn = fn, .ctx = ctx };
	enum cs_status s;

	read_clock(rules->auto_confirm_days, now, &r.settle.clock);
	if ((s = db_read(db, do_settled_read, &r, err)) != CS_OK || r.settle.settled == 0)
		return s;
	if ((s = db_write(db, do_settle, &r.settle, err)) != CS_OK)
		return s;
	return db_read(db, fn, ctx, err);
}

/* Settles what is due inside the caller's write transaction. */
static enum cs_status settle_within(struct cs_db *db, const struct ledger_rules *rules,
                                    const struct clock *clock, struct cs_error *err)
{
	struct settle_work w = { .rules = rules, .clock = *clock };

	return do_settle(db, &w, err);
}

struct open_work {
	const struct cs_identity *id;
	const struct ledger_rules *rules;
	struct clock clock;
	bool missing;
};

static enum cs_status do_has_account(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct open_work *w = ctx;
	int64_t account;
	enum cs_status s = account_of(db, identity_effective_id(w->id), &account, NULL, err);

	w->missing = account == 0;
	return s;
}

static enum cs_status do_open(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct open_work *w = ctx;
	int64_t account;
	enum cs_status s = ensure_account(db, w->rules, identity_effective_id(w->id), &w->clock,
	                                  &account, err);

	return s != CS_OK ? s : audit_record(db, w->id, "ledger.open", "ledger", NULL, "", err);
}

enum cs_status ledger_open_account(struct cs_db *db, const struct cs_identity *id,
                                   const struct ledger_rules *rules, time_t now,
                                   struct cs_error *err)
{
	struct open_work w = { .id = id, .rules = rules };
	enum cs_status s;

	read_clock(rules->auto_confirm_days, now, &w.clock);
	if ((s = db_read(db, do_has_account, &w, err)) != CS_OK || !w.missing)
		return s;
	return db_write(db, do_open, &w, err);
}

/* ---- offers and requests ------------------------------------------------ */

/* The configured spelling of a category typed by a user (case and accents
 * ignored); NULL when the configuration lists categories and this is none. */
static const char *configured_category(const struct ledger_rules *r, const char *typed)
{
	if (r->categories == NULL || r->categories->count == 0)
		return typed;
	for (size_t i = 0; i < r->categories->count; i++) {
		const char *c = r->categories->items[i];
		if (text_contains_folded(c, typed) && text_contains_folded(typed, c))
			return c;
	}
	return NULL;
}

struct ad_work {
	const struct cs_identity *id;
	enum ad_kind kind;
	char *title, *description;
	const char *category, *expires;
	struct clock clock;
	int64_t ad_id;
};

static enum cs_status do_ad_add(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO ledger_ads(kind, agent_id, title, description, category, expires,"
		" created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	struct ad_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, ledger_ad_kind_slug(w->kind));
	sqlite3_bind_int64(st, 2, identity_effective_id(w->id));
	db_bind_text(st, 3, w->title);
	db_bind_text(st, 4, w->description);
	db_bind_text(st, 5, w->category);
	db_bind_text(st, 6, w->expires);
	db_bind_text(st, 7, w->clock.now_iso);
	if ((s = db_step_done(db, st, _("publishing the announcement"), err)) != CS_OK)
		return s;
	w->ad_id = sqlite3_last_insert_rowid(db_handle(db));
	{
		char ref[32];
		snprintf(ref, sizeof ref, "ANN-%lld", (long long)w->ad_id);
		return audit_record(db, w->id, "ledger.ad", "ledger", ref, w->title, err);
	}
}

enum cs_status ledger_ad_add(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules, enum ad_kind kind,
                             const char *title, const char *description,
                             const char *category, const char *expires, time_t now,
                             int64_t *ad_id, struct cs_error *err)
{
	struct ad_work w = { .id = id, .kind = kind, .expires = expires };
	char *typed = NULL;
	long day, today;
	enum cs_status s = CS_OK;

	*ad_id = 0;
	read_clock(rules->auto_confirm_days, now, &w.clock);
	w.title = text_sanitize(title ? title : "", TEXT_SINGLE_LINE);
	w.description = text_sanitize(description ? description : "", TEXT_MULTI_LINE);
	typed = text_sanitize(category ? category : "", TEXT_SINGLE_LINE);
	if (w.title == NULL || w.description == NULL || typed == NULL) {
		s = out_of_memory(err);
		goto out;
	}
	if (w.title[0] == '\0' || text_length(w.title) > 120) {
		s = cs_error_set(err, CS_ERR_DATA, _("an announcement needs a title of 1 to 120 "
		                                     "characters"));
		goto out;
	}
	if (strlen(w.description) > 4000) {
		s = cs_error_set(err, CS_ERR_DATA, _("the description is longer than 4000 bytes"));
		goto out;
	}
	if (typed[0] == '\0' || (w.category = configured_category(rules, typed)) == NULL
	    || strlen(w.category) > 40) {
		char list[512] = "";
		for (size_t i = 0; rules->categories && i < rules->categories->count; i++) {
			if (i > 0)
				strncat(list, ", ", sizeof list - strlen(list) - 1);
			strncat(list, rules->categories->items[i], sizeof list - strlen(list) - 1);
		}
		s = cs_error_set(err, CS_ERR_DATA, _("unknown category \"%s\" (categories: %s)"),
		                 typed, list[0] ? list : "?");
		goto out;
	}
	day = when_day_number(expires ? expires : "");
	today = when_day_number(w.clock.today);
	if (day < 0) {
		s = cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a day"), expires ? expires : "");
		goto out;
	}
	if (day < today || day > today + 366) {
		s = cs_error_set(err, CS_ERR_DATA, _("the expiry day must be between today and one "
		                                     "year from now"));
		goto out;
	}
	s = db_write(db, do_ad_add, &w, err);
	*ad_id = s == CS_OK ? w.ad_id : 0;
out:
	free(w.title);
	free(w.description);
	free(typed);
	return s;
}

struct ad_close_work {
	const struct cs_identity *id;
	int64_t ad_id;
};

static enum cs_status do_ad_close(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char get_sql[] = "SELECT agent_id, active, title FROM ledger_ads WHERE id = ?1";
	static const char close_sql[] = "UPDATE ledger_ads SET active = 0 WHERE id = ?1";
	struct ad_close_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, get_sql, err);
	char title[256], ref[32];
	enum cs_status s;
	bool found, active;
	int64_t author;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->ad_id);
	if ((s = step_row(db, st, _("reading the announcements"), &found, err)) != CS_OK)
		return s;
	if (!found) {
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no announcement number %lld"),
		                    (long long)w->ad_id);
	}
	author = sqlite3_column_int64(st, 0);
	active = sqlite3_column_int(st, 1) != 0;
	db_column_copy(st, 2, title, sizeof title);
	db_stmt_done(st);
	if (author != identity_effective_id(w->id) && !identity_has_role(w->id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("only its author or a facilitator withdraws an announcement"));
	if (!active)
		return cs_error_set(err, CS_ERR_DATA, _("announcement %lld is already withdrawn"),
		                    (long long)w->ad_id);
	if ((st = db_prepare(db, close_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->ad_id);
	if ((s = db_step_done(db, st, _("withdrawing the announcement"), err)) != CS_OK)
		return s;
	snprintf(ref, sizeof ref, "ANN-%lld", (long long)w->ad_id);
	return audit_record(db, w->id, "ledger.ad-close", "ledger", ref, title, err);
}

enum cs_status ledger_ad_close(struct cs_db *db, const struct cs_identity *id,
                               int64_t ad_id, struct cs_error *err)
{
	struct ad_close_work w = { .id = id, .ad_id = ad_id };

	return db_write(db, do_ad_close, &w, err);
}

#define AD_COLUMNS \
	"a.id, a.kind, g.login, g.name, a.title, a.description, a.category, a.expires," \
	" a.active, a.created_at"

static void read_ad(sqlite3_stmt *st, const char *today, struct ledger_ad *ad)
{
	ad->id = sqlite3_column_int64(st, 0);
	ad->kind = strcmp((const char *)sqlite3_column_text(st, 1), "offre") == 0 ? AD_OFFER
	                                                                          : AD_REQUEST;
	ad->login = db_column_dup(st, 2);
	ad->name = party_column(st, 2, 3);
	ad->title = db_column_dup(st, 4);
	ad->description = db_column_dup(st, 5);
	ad->category = db_column_dup(st, 6);
	db_column_copy(st, 7, ad->expires, sizeof ad->expires);
	ad->active = sqlite3_column_int(st, 8) != 0;
	db_column_copy(st, 9, ad->created_at, sizeof ad->created_at);
	ad->expired = strcmp(ad->expires, today) < 0;
}

struct ads_work {
	const struct cs_identity *id;
	const struct ledger_ad_filter *filter;
	struct clock clock;
	struct ledger_ad_list *out;
	size_t cap;
	int64_t one;
};

static enum cs_status do_ads(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char live_sql[] =
		"SELECT " AD_COLUMNS " FROM ledger_ads a JOIN agents g ON g.id = a.agent_id"
		" WHERE a.active = 1 AND a.expires >= ?1 AND (?2 < 0 OR a.kind = ?3)"
		" ORDER BY a.id DESC";
	static const char mine_sql[] =
		"SELECT " AD_COLUMNS " FROM ledger_ads a JOIN agents g ON g.id = a.agent_id"
		" WHERE a.agent_id = ?4 AND (?2 < 0 OR a.kind = ?3)"
		" ORDER BY a.id DESC";
	struct ads_work *w = ctx;
	const struct ledger_ad_filter *f = w->filter;
	sqlite3_stmt *st = db_prepare(db, f->mine ? mine_sql : live_sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, w->clock.today);
	sqlite3_bind_int(st, 2, f->kind);
	db_bind_text(st, 3, f->kind < 0 ? "" : ledger_ad_kind_slug((enum ad_kind)f->kind));
	if (f->mine)
		sqlite3_bind_int64(st, 4, identity_effective_id(w->id));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct ledger_ad ad;
		read_ad(st, w->clock.today, &ad);
		/* The category as a user types it: "redaction" is "Rédaction". */
		if (f->category != NULL && f->category[0] != '\0'
		    && !(text_contains_folded(ad.category, f->category)
		         && text_contains_folded(f->category, ad.category))) {
			ledger_ad_free(&ad);
			continue;
		}
		if (f->search != NULL && f->search[0] != '\0'
		    && !text_contains_folded(ad.title, f->search)
		    && !text_contains_folded(ad.description, f->search)
		    && !text_contains_folded(ad.category, f->search)
		    && !text_contains_folded(ad.name, f->search)) {
			ledger_ad_free(&ad);
			continue;
		}
		if (!cs_grow(&w->out->items, &w->cap, w->out->count, sizeof *w->out->items)) {
			ledger_ad_free(&ad);
			db_stmt_done(st);
			return out_of_memory(err);
		}
		w->out->items[w->out->count++] = ad;
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the announcements"), err);
}

enum cs_status ledger_ads(struct cs_db *db, const struct cs_identity *id,
                          const struct ledger_ad_filter *filter, time_t now,
                          struct ledger_ad_list *out, struct cs_error *err)
{
	struct ads_work w = { .id = id, .filter = filter, .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	read_clock(0, now, &w.clock);
	if ((s = db_read(db, do_ads, &w, err)) != CS_OK)
		ledger_ads_free(out);
	return s;
}

static enum cs_status do_ad_get(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " AD_COLUMNS " FROM ledger_ads a JOIN agents g ON g.id = a.agent_id"
		" WHERE a.id = ?1";
	struct ads_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->one);
	if ((s = step_row(db, st, _("reading the announcements"), &found, err)) != CS_OK)
		return s;
	if (found) {
		w->out->items = calloc(1, sizeof *w->out->items);
		if (w->out->items == NULL) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
		read_ad(st, w->clock.today, w->out->items);
		w->out->count = 1;
	}
	db_stmt_done(st);
	if (!found)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no announcement number %lld"),
		                    (long long)w->one);
	return CS_OK;
}

enum cs_status ledger_ad_get(struct cs_db *db, int64_t ad_id, struct ledger_ad *out,
                             struct cs_error *err)
{
	struct ledger_ad_list l = { 0 };
	struct ads_work w = { .one = ad_id, .out = &l };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	read_clock(0, time(NULL), &w.clock);
	s = db_read(db, do_ad_get, &w, err);
	if (s == CS_OK)
		*out = l.items[0];
	free(l.items);
	return s;
}

void ledger_ad_free(struct ledger_ad *ad)
{
	if (ad == NULL)
		return;
	free(ad->login);
	free(ad->name);
	free(ad->title);
	free(ad->description);
	free(ad->category);
	memset(ad, 0, sizeof *ad);
}

void ledger_ads_free(struct ledger_ad_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		ledger_ad_free(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

struct categories_work {
	const struct ledger_rules *rules;
	struct cs_string_list *out;
	size_t cap;
};

static bool list_add_unique(struct cs_string_list *l, size_t *cap, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->items[i], s) == 0)
			return true;
	if (!cs_grow(&l->items, cap, l->count, sizeof *l->items))
		return false;
	if ((l->items[l->count] = strdup(s)) == NULL)
		return false;
	l->count++;
	return true;
}

static int compare_french(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;

	return text_collate(x, strlen(x), y, strlen(y));
}

static enum cs_status do_categories(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] = "SELECT DISTINCT category FROM ledger_ads";
	struct categories_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	for (size_t i = 0; w->rules->categories && i < w->rules->categories->count; i++)
		if (!list_add_unique(w->out, &w->cap, w->rules->categories->items[i])) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (!list_add_unique(w->out, &w->cap, (const char *)sqlite3_column_text(st, 0))) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the announcements"), err);
	qsort(w->out->items, w->out->count, sizeof *w->out->items, compare_french);
	return CS_OK;
}

enum cs_status ledger_categories(struct cs_db *db, const struct ledger_rules *rules,
                                 struct cs_string_list *out, struct cs_error *err)
{
	struct categories_work w = { .rules = rules, .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if ((s = db_read(db, do_categories, &w, err)) != CS_OK)
		ledger_categories_free(out);
	return s;
}

void ledger_categories_free(struct cs_string_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/* ---- recording ---------------------------------------------------------- */

struct record_work {
	const struct cs_identity *id;
	const struct ledger_rules *rules;
	const struct ledger_record_request *req;
	char *description;
	const char *day;
	int minutes;
	struct clock clock;
	int64_t first_id;
};

/* The announcement answered must be live and belong to the right party:
 * an offer to the provider, a request to a beneficiary. */
static enum cs_status check_ad(struct cs_db *db, const struct record_work *w,
                               int64_t provider_agent, const int64_t *beneficiaries,
                               struct cs_error *err)
{
	static const char sql[] =
		"SELECT kind, agent_id, active, expires FROM ledger_ads WHERE id = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	char kind[16], expires[11];
	enum cs_status s;
	bool found, active, ok = false;
	int64_t author;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->req->ad_id);
	if ((s = step_row(db, st, _("reading the announcements"), &found, err)) != CS_OK)
		return s;
	if (!found) {
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no announcement number %lld"),
		                    (long long)w->req->ad_id);
	}
	db_column_copy(st, 0, kind, sizeof kind);
	author = sqlite3_column_int64(st, 1);
	active = sqlite3_column_int(st, 2) != 0;
	db_column_copy(st, 3, expires, sizeof expires);
	db_stmt_done(st);
	if (!active || strcmp(expires, w->clock.today) < 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("announcement %lld is withdrawn or expired"),
		                    (long long)w->req->ad_id);
	if (strcmp(kind, "offre") == 0) {
		ok = author == provider_agent;
	} else {
		for (size_t i = 0; i < w->req->beneficiary_count; i++)
			ok = ok || author == beneficiaries[i];
	}
	if (!ok)
		return cs_error_set(err, CS_ERR_DATA,
		                    strcmp(kind, "offre") == 0
		                    ? _("announcement %lld is an offer of another agent: its author "
		                        "is the provider")
		                    : _("announcement %lld is a request of another agent: its author "
		                        "is the beneficiary"),
		                    (long long)w->req->ad_id);
	return CS_OK;
}

static enum cs_status do_record(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char next_sql[] = "SELECT coalesce(max(id), 0) + 1 FROM ledger_exchanges";
	static const char ins_sql[] =
		"INSERT INTO ledger_exchanges(id, group_id, provider, beneficiary, minutes, day,"
		" description, ad_id, recorded_by, entered_by, created_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	struct record_work *w = ctx;
	const struct ledger_record_request *req = w->req;
	int64_t provider_agent, provider_acc, next, me = identity_effective_id(w->id);
	int64_t *agents = NULL, *accounts = NULL;
	bool group = req->beneficiary_count > 1, me_party;
	enum cs_status s;
	sqlite3_stmt *st;

	if ((s = settle_within(db, w->rules, &w->clock, err)) != CS_OK)
		return s;
	if ((s = agent_by_login(db, req->provider, &provider_agent, NULL, 0, err)) != CS_OK)
		return s;
	agents = calloc(req->beneficiary_count, sizeof *agents);
	accounts = calloc(req->beneficiary_count, sizeof *accounts);
	if (agents == NULL || accounts == NULL) {
		s = out_of_memory(err);
		goto out;
	}
	for (size_t i = 0; i < req->beneficiary_count; i++)
		if ((s = agent_by_login(db, req->beneficiaries[i], &agents[i], NULL, 0, err)) != CS_OK)
			goto out;
	me_party = me == provider_agent || (!group && me == agents[0]);
	if (w->id->for_agent_id != 0 && w->id->agent_id != me) {
		/* acting for an agent: never an exchange with oneself in it */
		bool self = w->id->agent_id == provider_agent;
		for (size_t i = 0; i < req->beneficiary_count && !self; i++)
			self = w->id->agent_id == agents[i];
		if (self) {
			s = cs_error_set(err, CS_ERR_PERM,
			                 _("acting for %s, you cannot record an exchange "
			                   "you take part in: record it in your own name"),
			                 w->id->for_login);
			goto out;
		}
	}
	if (!me_party) {
		s = cs_error_set(err, CS_ERR_PERM,
		                 group ? _("a group session is recorded by its provider")
		                       : _("you record only exchanges you took part in "
		                           "(a facilitator uses --pour)"));
		goto out;
	}
	if (req->ad_id != 0 && (s = check_ad(db, w, provider_agent, agents, err)) != CS_OK)
		goto out;
	if ((s = ensure_account(db, w->rules, provider_agent, &w->clock, &provider_acc, err))
	    != CS_OK)
		goto out;
	for (size_t i = 0; i < req->beneficiary_count; i++) {
		if ((s = ensure_account(db, w->rules, agents[i], &w->clock, &accounts[i], err))
		    != CS_OK)
			goto out;
		if ((s = check_limits(db, w->rules, provider_acc, 0, accounts[i], w->minutes, err))
		    != CS_OK)
			goto out;
	}
	if ((s = check_limits(db, w->rules, provider_acc,
	                      w->minutes * (int)req->beneficiary_count, accounts[0], 0, err))
	    != CS_OK)
		goto out;
	if ((st = db_prepare(db, next_sql, err)) == NULL) {
		s = err->status;
		goto out;
	}
	next = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 1;
	db_stmt_done(st);
	w->first_id = next;
	for (size_t i = 0; i < req->beneficiary_count; i++) {
		if ((st = db_prepare(db, ins_sql, err)) == NULL) {
			s = err->status;
			goto out;
		}
		sqlite3_bind_int64(st, 1, next + (int64_t)i);
		if (group)
			sqlite3_bind_int64(st, 2, next);
		sqlite3_bind_int64(st, 3, provider_acc);
		sqlite3_bind_int64(st, 4, accounts[i]);
		sqlite3_bind_int(st, 5, w->minutes);
		db_bind_text(st, 6, w->day);
		db_bind_text(st, 7, w->description);
		if (req->ad_id != 0)
			sqlite3_bind_int64(st, 8, req->ad_id);
		sqlite3_bind_int64(st, 9, me);
		sqlite3_bind_int64(st, 10, w->id->agent_id);
		db_bind_text(st, 11, w->clock.now_iso);
		if ((s = db_step_done(db, st, _("recording the exchange"), err)) != CS_OK)
			goto out;
	}
	{
		char ref[32], detail[160], d[24];
		snprintf(ref, sizeof ref, "ECH-%lld", (long long)next);
		duration_format(w->minutes, d, sizeof d);
		snprintf(detail, sizeof detail, "%s → %zu, %s", req->provider,
		         req->beneficiary_count, d);
		s = audit_record(db, w->id, "ledger.record", "ledger", ref, detail, err);
	}
out:
	free(agents);
	free(accounts);
	return s;
}

enum cs_status ledger_record(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules,
                             const struct ledger_record_request *req, time_t now,
                             int64_t *first_id, int *rounded, struct cs_error *err)
{
	struct record_work w = { .id = id, .rules = rules, .req = req };
	enum cs_status s;
	long day, today;

	*first_id = 0;
	if (rounded != NULL)
		*rounded = 0;
	read_clock(rules->auto_confirm_days, now, &w.clock);
	if (req->minutes <= 0)
		return cs_error_set(err, CS_ERR_DATA, _("an exchange lasts more than zero minutes"));
	w.minutes = duration_round(req->minutes, rules->rounding);
	if (w.minutes <= 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%d min rounds to zero: the ledger counts in steps of %d min"),
		                    req->minutes, rules->rounding);
	if (w.minutes > LEDGER_MAX_MINUTES)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("more than 24 h in one exchange: record each day separately"));
	if (rounded != NULL)
		*rounded = w.minutes;
	if (req->provider == NULL || req->beneficiary_count == 0)
		return cs_error_set(err, CS_ERR_USAGE, _("an exchange has a provider and a "
		                                         "beneficiary"));
	if (req->beneficiary_count > LEDGER_MAX_BENEFICIARIES)
		return cs_error_set(err, CS_ERR_DATA, _("a group session has at most %d beneficiaries"),
		                    LEDGER_MAX_BENEFICIARIES);
	for (size_t i = 0; i < req->beneficiary_count; i++) {
		if (strcmp(req->beneficiaries[i], req->provider) == 0)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("an exchange with oneself: %s cannot give time to "
			                      "themselves"), req->provider);
		for (size_t j = 0; j < i; j++)
			if (strcmp(req->beneficiaries[i], req->beneficiaries[j]) == 0)
				return cs_error_set(err, CS_ERR_DATA, _("%s is named twice among the "
				                                        "beneficiaries"),
				                    req->beneficiaries[i]);
	}
	w.day = req->day != NULL && req->day[0] != '\0' ? req->day : w.clock.today;
	day = when_day_number(w.day);
	today = when_day_number(w.clock.today);
	if (day < 0)
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a day"), w.day);
	if (day > today || day < today - 366) {
		char spoken[64];
		when_day_spoken(w.day, w.clock.today, spoken, sizeof spoken);
		if (day > today)
			return cs_error_set(err, CS_ERR_DATA, _("an exchange is recorded once it took "
			                                        "place, not for %s"), spoken);
		return cs_error_set(err, CS_ERR_DATA, _("%s is more than a year ago"), spoken);
	}
	w.description = text_sanitize(req->description ? req->description : "", TEXT_SINGLE_LINE);
	if (w.description == NULL)
		return out_of_memory(err);
	if (w.description[0] == '\0' || strlen(w.description) > 500) {
		free(w.description);
		return cs_error_set(err, CS_ERR_DATA, _("say in 1 to 500 bytes what the exchange was"));
	}
	s = db_write(db, do_record, &w, err);
	free(w.description);
	*first_id = s == CS_OK ? w.first_id : 0;
	return s;
}

/* ---- answering ---------------------------------------------------------- */

struct answer_work {
	const struct cs_identity *id;
	const struct ledger_rules *rules;
	int64_t exchange;
	const char *reason;
	enum { ANSWER_CONFIRM, ANSWER_REFUSE, ANSWER_REVERSE } what;
	struct clock clock;
	int64_t reversal;
};

struct exchange_row {
	int64_t provider, beneficiary;            /* accounts */
	int64_t provider_agent, beneficiary_agent; /* 0 for the pool */
	int64_t recorded_by;
	int64_t entered_by;                       /* the person at the keyboard */
	int minutes;
	char state[16], kind[16], day[11];
	char description[512];
};

static enum cs_status read_exchange_row(struct cs_db *db, int64_t id, struct exchange_row *r,
                                        struct cs_error *err)
{
	static const char sql[] =
		"SELECT e.provider, e.beneficiary, coalesce(p.agent_id, 0), coalesce(b.agent_id, 0),"
		" e.recorded_by, e.minutes, e.state, e.kind, e.day, e.description,"
		" e.entered_by"
		" FROM ledger_exchanges e JOIN ledger_accounts p ON p.id = e.provider"
		" JOIN ledger_accounts b ON b.id = e.beneficiary WHERE e.id = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, id);
	if ((s = step_row(db, st, _("reading the exchange"), &found, err)) != CS_OK)
		return s;
	if (!found) {
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no exchange number %lld"), (long long)id);
	}
	r->provider = sqlite3_column_int64(st, 0);
	r->beneficiary = sqlite3_column_int64(st, 1);
	r->provider_agent = sqlite3_column_int64(st, 2);
	r->beneficiary_agent = sqlite3_column_int64(st, 3);
	r->recorded_by = sqlite3_column_int64(st, 4);
	r->minutes = sqlite3_column_int(st, 5);
	db_column_copy(st, 6, r->state, sizeof r->state);
	db_column_copy(st, 7, r->kind, sizeof r->kind);
	db_column_copy(st, 8, r->day, sizeof r->day);
	db_column_copy(st, 9, r->description, sizeof r->description);
	r->entered_by = sqlite3_column_int64(st, 10);
	db_stmt_done(st);
	return CS_OK;
}

static enum cs_status already_decided(const struct exchange_row *r, int64_t id,
                                      struct cs_error *err)
{
	if (strcmp(r->state, "confirmee") == 0)
		return cs_error_set(err, CS_ERR_CONFLICT, _("exchange %lld is already confirmed"),
		                    (long long)id);
	return cs_error_set(err, CS_ERR_CONFLICT, _("exchange %lld was refused: record it again "
	                                            "if it took place"), (long long)id);
}

static enum cs_status do_answer(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char confirm_sql[] =
		"UPDATE ledger_exchanges SET state = 'confirmee', decided_by = ?2, decided_at = ?3"
		" WHERE id = ?1 AND state = 'proposee'";
	static const char refuse_sql[] =
		"UPDATE ledger_exchanges SET state = 'refusee', decided_by = ?2, decided_at = ?3,"
		" reason = ?4 WHERE id = ?1 AND state = 'proposee'";
	struct answer_work *w = ctx;
	int64_t me = identity_effective_id(w->id);
	struct exchange_row r;
	char ref[32];
	enum cs_status s;
	sqlite3_stmt *st;
	bool party, recorder;

	if ((s = settle_within(db, w->rules, &w->clock, err)) != CS_OK)
		return s;
	if ((s = read_exchange_row(db, w->exchange, &r, err)) != CS_OK)
		return s;
	party = me == r.provider_agent || me == r.beneficiary_agent;
	recorder = me == r.recorded_by;
	if (!party)
		return cs_error_set(err, CS_ERR_PERM,
		                    _("exchange %lld is between other agents: only its parties answer "
		                      "it (a facilitator uses --pour)"), (long long)w->exchange);
	if (strcmp(r.state, "proposee") != 0)
		return already_decided(&r, w->exchange, err);
	if (w->what == ANSWER_CONFIRM && recorder)
		return cs_error_set(err, CS_ERR_PERM,
		                    _("you recorded exchange %lld: the other party confirms it"),
		                    (long long)w->exchange);
	/* Whoever typed the exchange in (for themselves or for someone) never
	 * answers it in any capacity: not as the other party through --pour,
	 * not as themselves when they entered it for their counterpart. They
	 * may only withdraw it in the name it was recorded in. */
	if (w->id->agent_id == r.entered_by && w->what == ANSWER_CONFIRM)
		return cs_error_set(err, CS_ERR_PERM,
		                    _("you entered exchange %lld: only the other party "
		                      "confirms it, in person or helped by someone else"),
		                    (long long)w->exchange);
	if (w->id->agent_id == r.entered_by && !recorder)
		return cs_error_set(err, CS_ERR_PERM,
		                    _("you entered exchange %lld: only the other party "
		                      "refuses it, in person or helped by someone else"),
		                    (long long)w->exchange);
	if (w->what == ANSWER_CONFIRM
	    && (s = check_limits(db, w->rules, r.provider, r.minutes, r.beneficiary, r.minutes,
	                         err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, w->what == ANSWER_CONFIRM ? confirm_sql : refuse_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->exchange);
	sqlite3_bind_int64(st, 2, w->id->agent_id);
	db_bind_text(st, 3, w->clock.now_iso);
	if (w->what != ANSWER_CONFIRM)
		db_bind_text(st, 4, w->reason != NULL && w->reason[0] != '\0' ? w->reason : NULL);
	if ((s = db_step_done(db, st, _("answering the exchange"), err)) != CS_OK)
		return s;
	if (w->what == ANSWER_CONFIRM
	    && (s = post_pair(db, w->exchange, r.provider, r.beneficiary, r.minutes,
	                      w->clock.now_iso, err)) != CS_OK)
		return s;
	snprintf(ref, sizeof ref, "ECH-%lld", (long long)w->exchange);
	return audit_record(db, w->id, w->what == ANSWER_CONFIRM ? "ledger.confirm"
	                                                         : "ledger.refuse",
	                    "ledger", ref, w->reason ? w->reason : "", err);
}

static enum cs_status do_reverse(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char reversed_sql[] =
		"SELECT id FROM ledger_exchanges WHERE reverses = ?1";
	static const char ins_sql[] =
		"INSERT INTO ledger_exchanges(kind, provider, beneficiary, minutes, day, description,"
		" recorded_by, entered_by, state, decided_by, decided_at, reason, reverses, created_at)"
		" VALUES ('annulation', ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'confirmee', ?7, ?8, ?9, ?10, ?8)";
	struct answer_work *w = ctx;
	struct exchange_row r;
	char description[600], ref[32];
	enum cs_status s;
	sqlite3_stmt *st;
	bool found;

	if ((s = settle_within(db, w->rules, &w->clock, err)) != CS_OK)
		return s;
	if ((s = read_exchange_row(db, w->exchange, &r, err)) != CS_OK)
		return s;
	if (strcmp(r.kind, "annulation") == 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("exchange %lld is itself a reversal: record a new exchange "
		                      "instead"), (long long)w->exchange);
	if (strcmp(r.state, "confirmee") != 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("exchange %lld is not confirmed: nothing was posted, there is "
		                      "nothing to reverse (refuse it instead)"), (long long)w->exchange);
	if ((st = db_prepare(db, reversed_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->exchange);
	if ((s = step_row(db, st, _("reading the exchange"), &found, err)) != CS_OK)
		return s;
	if (found) {
		long long by = sqlite3_column_int64(st, 0);
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_CONFLICT,
		                    _("exchange %lld is already reversed by exchange %lld"),
		                    (long long)w->exchange, by);
	}
	db_stmt_done(st);
	/* TRANSLATORS: the description of a reversing exchange. */
	snprintf(description, sizeof description, _("Reversal of exchange %lld: %s"),
	         (long long)w->exchange, r.description);
	if (strlen(description) > 500) {
		size_t n = 500;
		while (n > 0 && ((unsigned char)description[n] & 0xC0) == 0x80)
			n--;   /* never cut a character in two */
		description[n] = '\0';
	}
	if ((st = db_prepare(db, ins_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, r.beneficiary);
	sqlite3_bind_int64(st, 2, r.provider);
	sqlite3_bind_int(st, 3, r.minutes);
	db_bind_text(st, 4, w->clock.today);
	db_bind_text(st, 5, description);
	sqlite3_bind_int64(st, 6, identity_effective_id(w->id));
	sqlite3_bind_int64(st, 7, w->id->agent_id);
	db_bind_text(st, 8, w->clock.now_iso);
	db_bind_text(st, 9, w->reason);
	sqlite3_bind_int64(st, 10, w->exchange);
	if ((s = db_step_done(db, st, _("recording the reversal"), err)) != CS_OK)
		return s;
	w->reversal = sqlite3_last_insert_rowid(db_handle(db));
	if ((s = post_pair(db, w->reversal, r.beneficiary, r.provider, r.minutes, w->clock.now_iso,
	                   err)) != CS_OK)
		return s;
	snprintf(ref, sizeof ref, "ECH-%lld", (long long)w->exchange);
	return audit_record(db, w->id, "ledger.reverse", "ledger", ref, w->reason, err);
}

static enum cs_status answer(struct cs_db *db, struct answer_work *w, time_t now,
                             struct cs_error *err)
{
	read_clock(w->rules->auto_confirm_days, now, &w->clock);
	return db_write(db, w->what == ANSWER_REVERSE ? do_reverse : do_answer, w, err);
}

enum cs_status ledger_confirm(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, int64_t exchange_id,
                              time_t now, struct cs_error *err)
{
	struct answer_work w = { .id = id, .rules = rules, .exchange = exchange_id,
	                         .what = ANSWER_CONFIRM };

	return answer(db, &w, now, err);
}

enum cs_status ledger_refuse(struct cs_db *db, const struct cs_identity *id,
                             const struct ledger_rules *rules, int64_t exchange_id,
                             const char *reason, time_t now, struct cs_error *err)
{
	struct answer_work w = { .id = id, .rules = rules, .exchange = exchange_id,
	                         .reason = reason, .what = ANSWER_REFUSE };
	char *clean = reason ? text_sanitize(reason, TEXT_SINGLE_LINE) : NULL;
	enum cs_status s;

	if (reason != NULL && clean == NULL)
		return out_of_memory(err);
	if (clean != NULL && strlen(clean) > 500) {
		free(clean);
		return cs_error_set(err, CS_ERR_DATA, _("the reason is longer than 500 bytes"));
	}
	w.reason = clean;
	s = answer(db, &w, now, err);
	free(clean);
	return s;
}

enum cs_status ledger_reverse(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, int64_t exchange_id,
                              const char *reason, time_t now, int64_t *reversal_id,
                              struct cs_error *err)
{
	struct answer_work w = { .id = id, .rules = rules, .exchange = exchange_id,
	                         .what = ANSWER_REVERSE };
	char *clean;
	enum cs_status s;

	*reversal_id = 0;
	if (!identity_has_role(id, ROLE_ADMIN))
		return cs_error_set(err, CS_ERR_PERM, _("only an admin reverses an exchange"));
	clean = text_sanitize(reason ? reason : "", TEXT_SINGLE_LINE);
	if (clean == NULL)
		return out_of_memory(err);
	if (clean[0] == '\0' || strlen(clean) > 500) {
		free(clean);
		return cs_error_set(err, CS_ERR_DATA, _("a reversal needs a written reason (1 to 500 "
		                                        "bytes)"));
	}
	w.reason = clean;
	s = answer(db, &w, now, err);
	*reversal_id = s == CS_OK ? w.reversal : 0;
	free(clean);
	return s;
}

/* ---- reading exchanges -------------------------------------------------- */

#define EXCHANGE_COLUMNS \
	"e.id, coalesce(e.group_id, 0), e.kind, e.state, coalesce(pa.login, ''),"          \
	" coalesce(pa.name, ?9), coalesce(ba.login, ''), coalesce(ba.name, ?9), e.minutes," \
	" e.day, e.description, coalesce(e.ad_id, 0), coalesce(ad.title, ''), ra.login,"    \
	" e.created_at, coalesce(e.decided_at, ''), coalesce(da.login, ''), e.auto_confirmed," \
	" coalesce(e.reason, ''), coalesce(e.reverses, 0),"                                 \
	" coalesce((SELECT r.id FROM ledger_exchanges r WHERE r.reverses = e.id), 0),"      \
	" e.recorded_by, coalesce(p.agent_id, 0), coalesce(b.agent_id, 0)"
#define EXCHANGE_JOINS \
	" FROM ledger_exchanges e"                                                      \
	" JOIN ledger_accounts p ON p.id = e.provider LEFT JOIN agents pa ON pa.id = p.agent_id" \
	" JOIN ledger_accounts b ON b.id = e.beneficiary"                               \
	" LEFT JOIN agents ba ON ba.id = b.agent_id"                                    \
	" LEFT JOIN ledger_ads ad ON ad.id = e.ad_id JOIN agents ra ON ra.id = e.recorded_by" \
	" LEFT JOIN agents da ON da.id = e.decided_by"

static void read_exchange(sqlite3_stmt *st, int64_t viewer, const struct ledger_rules *r,
                          struct ledger_exchange *e)
{
	int64_t recorder = sqlite3_column_int64(st, 21);
	int64_t provider = sqlite3_column_int64(st, 22), beneficiary = sqlite3_column_int64(st, 23);

	memset(e, 0, sizeof *e);
	e->id = sqlite3_column_int64(st, 0);
	e->group_id = sqlite3_column_int64(st, 1);
	e->kind = kind_from_slug((const char *)sqlite3_column_text(st, 2));
	e->state = state_from_slug((const char *)sqlite3_column_text(st, 3));
	e->provider_login = db_column_dup(st, 4);
	e->provider_name = party_column(st, 4, 5);
	e->beneficiary_login = db_column_dup(st, 6);
	e->beneficiary_name = party_column(st, 6, 7);
	e->minutes = sqlite3_column_int(st, 8);
	db_column_copy(st, 9, e->day, sizeof e->day);
	e->description = db_column_dup(st, 10);
	e->ad_id = sqlite3_column_int64(st, 11);
	e->ad_title = db_column_dup(st, 12);
	e->recorded_by = db_column_dup(st, 13);
	db_column_copy(st, 14, e->created_at, sizeof e->created_at);
	db_column_copy(st, 15, e->decided_at, sizeof e->decided_at);
	e->decided_by = db_column_dup(st, 16);
	e->auto_confirmed = sqlite3_column_int(st, 17) != 0;
	e->reason = db_column_dup(st, 18);
	e->reverses = sqlite3_column_int64(st, 19);
	e->reversed_by = sqlite3_column_int64(st, 20);
	e->awaiting_me = e->state == EXCHANGE_PROPOSED && viewer != recorder
	                 && (viewer == provider || viewer == beneficiary);
	if (e->state == EXCHANGE_PROPOSED && r->auto_confirm_days > 0) {
		time_t t = when_parse_utc(e->created_at);
		if (t != (time_t)-1)
			when_local_day(t + (time_t)r->auto_confirm_days * 86400, e->due_day);
	}
}

struct exchanges_work {
	const struct cs_identity *id;
	const struct ledger_rules *rules;
	const char *login;
	bool only_proposed;
	size_t limit;
	int64_t one;
	struct ledger_exchange_list *out;
	size_t cap;
};

/* Whose account the viewer may read: their own, or anyone's as a
 * facilitator. *agent receives the agent of login (NULL: the viewer). */
static enum cs_status viewed_agent(struct cs_db *db, const struct cs_identity *id,
                                   const char *login, int64_t *agent, struct cs_error *err)
{
	if (login == NULL || login[0] == '\0' || strcmp(login, identity_effective_login(id)) == 0) {
		*agent = identity_effective_id(id);
		return CS_OK;
	}
	if (!identity_has_role(id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("only facilitators see other agents' accounts"));
	return agent_by_login(db, login, agent, NULL, 0, err);
}

static enum cs_status do_exchanges(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " EXCHANGE_COLUMNS EXCHANGE_JOINS
		" WHERE e.id IN (SELECT id FROM ledger_exchanges WHERE provider = ?1"
		"   UNION ALL SELECT id FROM ledger_exchanges WHERE beneficiary = ?1)"
		" AND (?2 = 0 OR e.state = 'proposee') ORDER BY e.id DESC LIMIT ?3";
	struct exchanges_work *w = ctx;
	int64_t agent, account;
	sqlite3_stmt *st;
	enum cs_status s;
	int rc;

	if ((s = viewed_agent(db, w->id, w->login, &agent, err)) != CS_OK)
		return s;
	if ((s = account_of(db, agent, &account, NULL, err)) != CS_OK || account == 0)
		return s;
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, account);
	sqlite3_bind_int(st, 2, w->only_proposed);
	sqlite3_bind_int64(st, 3, w->limit > 0 ? (int64_t)w->limit : -1);
	db_bind_text(st, 9, LEDGER_POOL_NAME);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&w->out->items, &w->cap, w->out->count, sizeof *w->out->items)) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
		read_exchange(st, identity_effective_id(w->id), w->rules,
		              &w->out->items[w->out->count++]);
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the exchanges"), err);
}

enum cs_status ledger_exchanges(struct cs_db *db, const struct cs_identity *id,
                                const struct ledger_rules *rules, const char *login,
                                bool only_proposed, size_t limit, time_t now,
                                struct ledger_exchange_list *out, struct cs_error *err)
{
	struct exchanges_work w = { .id = id, .rules = rules, .login = login,
	                            .only_proposed = only_proposed, .limit = limit, .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if ((s = read_settled(db, rules, now, do_exchanges, &w, err)) != CS_OK)
		ledger_exchanges_free(out);
	return s;
}

struct journal_work {
	const struct cs_identity *id;
	const struct ledger_rules *rules;
	char from[24], to[24];     /* UTC bounds: [from, to) */
	struct ledger_exchange_list *out;
	size_t cap;
};

static enum cs_status do_journal(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " EXCHANGE_COLUMNS EXCHANGE_JOINS
		" WHERE e.state = 'confirmee' AND e.decided_at >= ?1 AND e.decided_at < ?2"
		" ORDER BY e.decided_at, e.id";
	struct journal_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, w->from);
	db_bind_text(st, 2, w->to);
	db_bind_text(st, 9, LEDGER_POOL_NAME);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&w->out->items, &w->cap, w->out->count, sizeof *w->out->items)) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
		read_exchange(st, identity_effective_id(w->id), w->rules,
		              &w->out->items[w->out->count++]);
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the journal"), err);
}

/* The UTC time of local midnight starting `day` plus `days` days. */
static bool local_midnight_utc(const char *day, int days, char out[24])
{
	long n = when_day_number(day);
	struct tm tm;
	time_t t;
	int y, m, d;

	if (n < 0)
		return false;
	when_civil_from_days(n + days, &y, &m, &d);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return false;
	gmtime_r(&t, &tm);
	strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return true;
}

enum cs_status ledger_journal(struct cs_db *db, const struct cs_identity *id,
                              const struct ledger_rules *rules, const char *from,
                              const char *to, time_t now,
                              struct ledger_exchange_list *out, struct cs_error *err)
{
	struct journal_work w = { .id = id, .rules = rules, .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if (!identity_has_role(id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM, _("only facilitators read the journal"));
	if (!local_midnight_utc(from, 0, w.from))
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a day"), from);
	if (!local_midnight_utc(to, 1, w.to))
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a day"), to);
	if (strcmp(w.from, w.to) >= 0)
		return cs_error_set(err, CS_ERR_DATA, _("the period ends before it starts"));
	if ((s = read_settled(db, rules, now, do_journal, &w, err)) != CS_OK)
		ledger_exchanges_free(out);
	return s;
}

static enum cs_status do_exchange_get(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] = "SELECT " EXCHANGE_COLUMNS EXCHANGE_JOINS " WHERE e.id = ?1";
	struct exchanges_work *w = ctx;
	int64_t me = identity_effective_id(w->id);
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct ledger_exchange e;
	enum cs_status s;
	bool found, party;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->one);
	db_bind_text(st, 9, LEDGER_POOL_NAME);
	if ((s = step_row(db, st, _("reading the exchange"), &found, err)) != CS_OK)
		return s;
	if (!found) {
		db_stmt_done(st);
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no exchange number %lld"),
		                    (long long)w->one);
	}
	party = sqlite3_column_int64(st, 22) == me || sqlite3_column_int64(st, 23) == me;
	read_exchange(st, me, w->rules, &e);
	db_stmt_done(st);
	if (!party && !identity_has_role(w->id, ROLE_FACILITATOR)) {
		ledger_exchange_free(&e);
		return cs_error_set(err, CS_ERR_PERM,
		                    _("exchange %lld is between other agents"), (long long)w->one);
	}
	w->out->items = malloc(sizeof e);
	if (w->out->items == NULL) {
		ledger_exchange_free(&e);
		return out_of_memory(err);
	}
	w->out->items[0] = e;
	w->out->count = 1;
	return CS_OK;
}

enum cs_status ledger_exchange_get(struct cs_db *db, const struct cs_identity *id,
                                   const struct ledger_rules *rules, int64_t exchange_id,
                                   time_t now, struct ledger_exchange *out,
                                   struct cs_error *err)
{
	struct ledger_exchange_list l = { 0 };
	struct exchanges_work w = { .id = id, .rules = rules, .one = exchange_id, .out = &l };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if ((s = read_settled(db, rules, now, do_exchange_get, &w, err)) == CS_OK)
		*out = l.items[0];
	free(l.items);
	return s;
}

void ledger_exchange_free(struct ledger_exchange *e)
{
	if (e == NULL)
		return;
	free(e->provider_login);
	free(e->provider_name);
	free(e->beneficiary_login);
	free(e->beneficiary_name);
	free(e->description);
	free(e->ad_title);
	free(e->recorded_by);
	free(e->decided_by);
	free(e->reason);
	memset(e, 0, sizeof *e);
}

void ledger_exchanges_free(struct ledger_exchange_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		ledger_exchange_free(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/* ---- statements and accounts -------------------------------------------- */

struct statement_work {
	const struct cs_identity *id;
	const char *login;
	size_t offset, limit;
	struct ledger_statement *out;
};

static enum cs_status do_statement(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char name_sql[] = "SELECT login, name FROM agents WHERE id = ?1";
	static const char sums_sql[] =
		"SELECT (SELECT count(*) FROM ledger_movements WHERE account_id = ?1),"
		" (SELECT coalesce(sum(minutes), 0) FROM ledger_exchanges"
		"   WHERE provider = ?1 AND state = 'proposee'),"
		" (SELECT coalesce(sum(minutes), 0) FROM ledger_exchanges"
		"   WHERE beneficiary = ?1 AND state = 'proposee')";
	static const char lines_sql[] =
		"SELECT m.id, m.exchange_id, e.kind, e.day, m.minutes, m.balance_after, e.description,"
		" (SELECT coalesce(g.name, ?4) FROM ledger_accounts a LEFT JOIN agents g"
		"   ON g.id = a.agent_id WHERE a.id = CASE WHEN e.provider = m.account_id"
		"   THEN e.beneficiary ELSE e.provider END),"
		" (SELECT coalesce(g.login, '') FROM ledger_accounts a LEFT JOIN agents g"
		"   ON g.id = a.agent_id WHERE a.id = CASE WHEN e.provider = m.account_id"
		"   THEN e.beneficiary ELSE e.provider END)"
		" FROM ledger_movements m JOIN ledger_exchanges e ON e.id = m.exchange_id"
		" WHERE m.account_id = ?1 ORDER BY m.id DESC LIMIT ?2 OFFSET ?3";
	struct statement_work *w = ctx;
	struct ledger_statement *o = w->out;
	int64_t agent, account;
	size_t cap = 0;
	sqlite3_stmt *st;
	enum cs_status s;
	bool found;
	int rc;

	if ((s = viewed_agent(db, w->id, w->login, &agent, err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, name_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, agent);
	if ((s = step_row(db, st, _("reading the agents"), &found, err)) != CS_OK)
		return s;
	o->login = found ? db_column_dup(st, 0) : strdup(w->login ? w->login : "");
	o->name = found ? party_column(st, 0, 1) : strdup("");
	db_stmt_done(st);
	if (o->login == NULL || o->name == NULL)
		return out_of_memory(err);
	if ((s = account_of(db, agent, &account, &o->balance, err)) != CS_OK || account == 0)
		return s;
	o->has_account = true;
	if ((st = db_prepare(db, sums_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, account);
	if ((s = step_row(db, st, _("reading the statement"), &found, err)) != CS_OK)
		return s;
	o->total = (size_t)sqlite3_column_int64(st, 0);
	o->pending_in = sqlite3_column_int(st, 1);
	o->pending_out = sqlite3_column_int(st, 2);
	db_stmt_done(st);
	if (w->limit == 0)
		return CS_OK;
	if ((st = db_prepare(db, lines_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, account);
	sqlite3_bind_int64(st, 2, (int64_t)w->limit);
	sqlite3_bind_int64(st, 3, (int64_t)w->offset);
	db_bind_text(st, 4, LEDGER_POOL_NAME);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct ledger_line *l;
		if (!cs_grow(&o->lines, &cap, o->count, sizeof *o->lines)) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
		l = &o->lines[o->count++];
		l->movement_id = sqlite3_column_int64(st, 0);
		l->exchange_id = sqlite3_column_int64(st, 1);
		l->kind = kind_from_slug((const char *)sqlite3_column_text(st, 2));
		db_column_copy(st, 3, l->day, sizeof l->day);
		l->minutes = sqlite3_column_int(st, 4);
		l->balance_after = sqlite3_column_int(st, 5);
		l->description = db_column_dup(st, 6);
		l->counterpart = party_column(st, 8, 7);
		l->counterpart_login = db_column_dup(st, 8);
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the statement"), err);
}

enum cs_status ledger_statement(struct cs_db *db, const struct cs_identity *id,
                                const struct ledger_rules *rules, const char *login,
                                size_t offset, size_t limit, time_t now,
                                struct ledger_statement *out, struct cs_error *err)
{
	struct statement_work w = { .id = id, .login = login, .offset = offset, .limit = limit,
	                            .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if ((s = read_settled(db, rules, now, do_statement, &w, err)) != CS_OK)
		ledger_statement_free(out);
	return s;
}

void ledger_statement_free(struct ledger_statement *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->count; i++) {
		free(s->lines[i].counterpart);
		free(s->lines[i].counterpart_login);
		free(s->lines[i].description);
	}
	free(s->lines);
	free(s->login);
	free(s->name);
	memset(s, 0, sizeof *s);
}

struct accounts_work {
	struct ledger_account_list *out;
	size_t cap;
};

static int compare_accounts(const void *a, const void *b)
{
	const struct ledger_account *x = a, *y = b;

	if (x->pool != y->pool)
		return x->pool ? -1 : 1;
	return text_collate(x->name, strlen(x->name), y->name, strlen(y->name));
}

static enum cs_status do_accounts(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT a.pool, coalesce(g.login, ''), coalesce(g.name, ?1), a.balance,"
		" (SELECT count(*) FROM ledger_movements m WHERE m.account_id = a.id),"
		" (SELECT count(*) FROM ledger_exchanges e WHERE e.provider = a.id"
		"   AND e.state = 'proposee')"
		" + (SELECT count(*) FROM ledger_exchanges e WHERE e.beneficiary = a.id"
		"   AND e.state = 'proposee')"
		" FROM ledger_accounts a LEFT JOIN agents g ON g.id = a.agent_id";
	struct accounts_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, LEDGER_POOL_NAME);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct ledger_account *a;
		if (!cs_grow(&w->out->items, &w->cap, w->out->count, sizeof *w->out->items)) {
			db_stmt_done(st);
			return out_of_memory(err);
		}
		a = &w->out->items[w->out->count++];
		a->pool = sqlite3_column_int(st, 0) != 0;
		a->login = db_column_dup(st, 1);
		a->name = party_column(st, 1, 2);
		a->balance = sqlite3_column_int(st, 3);
		a->movements = (size_t)sqlite3_column_int64(st, 4);
		a->pending = (size_t)sqlite3_column_int64(st, 5);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the accounts"), err);
	qsort(w->out->items, w->out->count, sizeof *w->out->items, compare_accounts);
	return CS_OK;
}

enum cs_status ledger_accounts(struct cs_db *db, const struct cs_identity *id,
                               const struct ledger_rules *rules, time_t now,
                               struct ledger_account_list *out, struct cs_error *err)
{
	struct accounts_work w = { .out = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if (!identity_has_role(id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM, _("only facilitators see every account"));
	if ((s = read_settled(db, rules, now, do_accounts, &w, err)) != CS_OK)
		ledger_accounts_free(out);
	return s;
}

void ledger_accounts_free(struct ledger_account_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].login);
		free(l->items[i].name);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/* ---- integrity ---------------------------------------------------------- */

static enum cs_status scalar(struct cs_db *db, const char *sql, long long *out,
                             struct cs_error *err)
{
	sqlite3_stmt *st = db_prepare(db, sql, err);
	enum cs_status s;
	bool found;

	if (st == NULL)
		return err->status;
	if ((s = step_row(db, st, _("checking the ledger"), &found, err)) != CS_OK)
		return s;
	*out = found ? sqlite3_column_int64(st, 0) : 0;
	db_stmt_done(st);
	return CS_OK;
}

/* The three kinds of disagreement, as FROM ... WHERE clauses. (Statements
 * are cached by the address of their text, so each query below is its own
 * string constant.) */
#define BAD_BALANCE_WHERE \
	" FROM ledger_accounts a LEFT JOIN agents g ON g.id = a.agent_id" \
	" WHERE a.balance <> (SELECT coalesce(sum(m.minutes), 0) FROM ledger_movements m" \
	"   WHERE m.account_id = a.id)"
#define BAD_RUNNING_WHERE \
	" FROM (SELECT id, account_id, balance_after, minutes," \
	"   lag(balance_after, 1, 0) OVER (PARTITION BY account_id ORDER BY id) AS before" \
	"   FROM ledger_movements) WHERE balance_after <> before + minutes"
#define BAD_EXCHANGE_WHERE \
	" FROM ledger_exchanges e WHERE CASE WHEN e.state = 'confirmee' THEN" \
	"  (SELECT count(*) FROM ledger_movements m WHERE m.exchange_id = e.id) <> 2" \
	"  OR NOT EXISTS (SELECT 1 FROM ledger_movements m WHERE m.exchange_id = e.id" \
	"    AND m.account_id = e.provider AND m.minutes = e.minutes)" \
	"  OR NOT EXISTS (SELECT 1 FROM ledger_movements m WHERE m.exchange_id = e.id" \
	"    AND m.account_id = e.beneficiary AND m.minutes = -e.minutes)" \
	" ELSE EXISTS (SELECT 1 FROM ledger_movements m WHERE m.exchange_id = e.id) END"

static enum cs_status do_check(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char first_balance_sql[] =
		"SELECT coalesce(g.login, ?1), a.balance, (SELECT coalesce(sum(m.minutes), 0)"
		" FROM ledger_movements m WHERE m.account_id = a.id)" BAD_BALANCE_WHERE
		" ORDER BY a.id LIMIT 1";
	struct ledger_check_report *r = ctx;
	long long v = 0;
	enum cs_status s;

	if ((s = scalar(db, "SELECT count(*) FROM ledger_accounts", &v, err)) != CS_OK)
		return s;
	r->accounts = (size_t)v;
	if ((s = scalar(db, "SELECT count(*) FROM ledger_exchanges", &v, err)) != CS_OK)
		return s;
	r->exchanges = (size_t)v;
	if ((s = scalar(db, "SELECT count(*) FROM ledger_movements", &v, err)) != CS_OK)
		return s;
	r->movements = (size_t)v;
	if ((s = scalar(db, "SELECT coalesce(sum(minutes), 0) FROM ledger_movements", &r->sum,
	                err)) != CS_OK)
		return s;
	if ((s = scalar(db, "SELECT count(*)" BAD_BALANCE_WHERE, &v, err)) != CS_OK)
		return s;
	r->bad_balances = (size_t)v;
	if ((s = scalar(db, "SELECT count(*)" BAD_RUNNING_WHERE, &v, err)) != CS_OK)
		return s;
	r->bad_running = (size_t)v;
	if ((s = scalar(db, "SELECT count(*)" BAD_EXCHANGE_WHERE, &v, err)) != CS_OK)
		return s;
	r->bad_exchanges = (size_t)v;

	if (r->sum != 0) {
		char d[24];
		duration_format((int)r->sum, d, sizeof d);
		snprintf(r->first_problem, sizeof r->first_problem,
		         _("the movements add up to %s instead of zero"), d);
	} else if (r->bad_balances > 0) {
		sqlite3_stmt *st = db_prepare(db, first_balance_sql, err);
		if (st == NULL)
			return err->status;
		db_bind_text(st, 1, LEDGER_POOL_NAME);
		if (sqlite3_step(st) == SQLITE_ROW) {
			char a[24], b[24];
			duration_format(sqlite3_column_int(st, 1), a, sizeof a);
			duration_format(sqlite3_column_int(st, 2), b, sizeof b);
			snprintf(r->first_problem, sizeof r->first_problem,
			         _("the balance of %s is %s but its movements add up to %s"),
			         (const char *)sqlite3_column_text(st, 0), a, b);
		}
		db_stmt_done(st);
	} else if (r->bad_running > 0) {
		if ((s = scalar(db, "SELECT min(id)" BAD_RUNNING_WHERE, &v, err)) != CS_OK)
			return s;
		snprintf(r->first_problem, sizeof r->first_problem,
		         _("the running balance does not follow at movement %lld"), v);
	} else if (r->bad_exchanges > 0) {
		if ((s = scalar(db, "SELECT min(e.id)" BAD_EXCHANGE_WHERE, &v, err)) != CS_OK)
			return s;
		snprintf(r->first_problem, sizeof r->first_problem,
		         _("exchange %lld and its movements disagree"), v);
	}
	return CS_OK;
}

enum cs_status ledger_check(struct cs_db *db, struct ledger_check_report *out,
                            struct cs_error *err)
{
	enum cs_status s;

	memset(out, 0, sizeof *out);
	if ((s = db_read(db, do_check, out, err)) != CS_OK)
		return s;
	if (out->first_problem[0] != '\0')
		return cs_error_set(err, CS_ERR_CORRUPT, _("the ledger is inconsistent: %s"),
		                    out->first_problem);
	return CS_OK;
}
