/* report_ledger.c — the Accorderie's two reports: an agent's statement for
 * a period (opening balance, every movement posted in it, closing balance,
 * the exchanges still waiting) and the journal of a period (every exchange
 * counted, totals, and the integrity line of `ledger check`). Movements
 * belong to a period by the local day they were posted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ledger.h"
#include "report_int.h"
#include "when.h"

/* The party's name as every list of the ledger shows it. */
static void party(sqlite3_stmt *st, int login_col, int name_col, char *buf, size_t size)
{
	const char *login = (const char *)sqlite3_column_text(st, login_col);
	const char *name = (const char *)sqlite3_column_text(st, name_col);
	char *n;

	if (login == NULL || login[0] == '\0') {
		snprintf(buf, size, "%s", LEDGER_POOL_NAME);
		return;
	}
	n = ledger_party_name(login, name != NULL ? name : "");
	snprintf(buf, size, "%s", n != NULL ? n : login);
	free(n);
}

/* The description of an exchange (an opening credit and a reversal say
 * what they are in their own description). */
static void describe(const char *kind, const char *description, char *buf, size_t size)
{
	(void)kind;
	snprintf(buf, size, "%s", description != NULL ? description : "");
}

struct who {
	int64_t agent_id, account_id;
	char login[AGENT_LOGIN_MAX];
	char name[AGENT_NAME_MAX];
};

static enum cs_status find_account(struct cs_db *db, const char *login, struct who *w,
                                   struct cs_error *err)
{
	static const char sql[] =
		"SELECT a.id, coalesce(l.id, 0), a.name FROM agents a"
		" LEFT JOIN ledger_accounts l ON l.agent_id = a.id WHERE a.login = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, login);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		w->agent_id = sqlite3_column_int64(st, 0);
		w->account_id = sqlite3_column_int64(st, 1);
		snprintf(w->login, sizeof w->login, "%s", login);
		db_column_copy(st, 2, w->name, sizeof w->name);
	}
	db_stmt_done(st);
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("unknown agent \"%s\""), login);
	return rc == SQLITE_ROW ? CS_OK : db_fail(db, rc, _("reading the directory"), err);
}

/* The account's balance before the period: the running balance of its last
 * movement posted before from_utc (0 without any). */
static enum cs_status opening_balance(struct cs_db *db, const struct who *w,
                                      const char *from_utc, long long *out,
                                      struct cs_error *err)
{
	static const char sql[] =
		"SELECT balance_after FROM ledger_movements"
		" WHERE account_id = ?1 AND posted_at < ?2 ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	*out = 0;
	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, w->account_id);
	db_bind_text(st, 2, from_utc);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	db_stmt_done(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE
	       ? CS_OK : db_fail(db, rc, _("reading the statement"), err);
}

static enum cs_status movements(struct cs_db *db, const struct report_ctx *rc,
                                const struct who *w, struct reportdoc *doc,
                                long long *balance, struct cs_error *err)
{
	static const char sql[] =
		"SELECT m.posted_at, e.id, e.kind, e.description, m.minutes, m.balance_after,"
		" coalesce(oa.login, ''), coalesce(oa.name, '')"
		" FROM ledger_movements m JOIN ledger_exchanges e ON e.id = m.exchange_id"
		" JOIN ledger_accounts o ON o.id = CASE WHEN e.provider = m.account_id"
		"   THEN e.beneficiary ELSE e.provider END"
		" LEFT JOIN agents oa ON oa.id = o.agent_id"
		" WHERE m.account_id = ?1 AND m.posted_at >= ?2 AND m.posted_at < ?3"
		" ORDER BY m.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t;
	long long credits = 0, debits = 0;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	t = reportdoc_table(doc, "mouvements", _("Movements"), 6);
	rd_table_column(t, 0, _("Posted"), RD_LEFT, 10);
	rd_table_column(t, 1, _("No."), RD_RIGHT, 5);
	rd_table_column(t, 2, _("With"), RD_LEFT, 18);
	rd_table_column(t, 3, _("Description"), RD_LEFT, 0);
	rd_table_column(t, 4, _("Movement"), RD_RIGHT, 9);
	rd_table_column(t, 5, _("Balance"), RD_RIGHT, 9);
	sqlite3_bind_int64(st, 1, w->account_id);
	db_bind_text(st, 2, rc->from_utc);
	db_bind_text(st, 3, rc->to_utc);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char who[256], what[1200], day[11];
		long long m = sqlite3_column_int64(st, 4);
		time_t posted = when_parse_utc((const char *)sqlite3_column_text(st, 0));

		when_local_day(posted, day);
		party(st, 6, 7, who, sizeof who);
		describe((const char *)sqlite3_column_text(st, 2),
		         (const char *)sqlite3_column_text(st, 3), what, sizeof what);
		rd_cell_date(t, day);
		rd_cell_int(t, sqlite3_column_int64(st, 1));
		rd_cell_text(t, who);
		rd_cell_text(t, what);
		rd_cell_hours(t, m, true);
		rd_cell_hours(t, sqlite3_column_int64(st, 5), false);
		*balance = sqlite3_column_int64(st, 5);
		if (m > 0)
			credits += m;
		else
			debits -= m;
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the statement"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No movement in this period."));
	reportdoc_field_hours(doc, _("Credits (time given)"), credits, false);
	reportdoc_field_hours(doc, _("Debits (time received)"), debits, false);
	return CS_OK;
}

static enum cs_status pending(struct cs_db *db, const struct who *w, struct reportdoc *doc,
                              struct cs_error *err)
{
	static const char sql[] =
		"SELECT e.id, e.day, e.minutes, e.description, e.provider = ?1,"
		" coalesce(oa.login, ''), coalesce(oa.name, ''), e.recorded_by = ?2"
		" FROM ledger_exchanges e"
		" JOIN ledger_accounts o ON o.id = CASE WHEN e.provider = ?1"
		"   THEN e.beneficiary ELSE e.provider END"
		" LEFT JOIN agents oa ON oa.id = o.agent_id"
		" WHERE e.state = 'proposee' AND (e.provider = ?1 OR e.beneficiary = ?1)"
		" ORDER BY e.created_at, e.id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	struct rd_table *t;
	size_t n = 0;
	int step;

	if (st == NULL)
		return err->status;
	reportdoc_heading(doc, 2, _("Exchanges waiting for an answer"));
	t = reportdoc_table(doc, "en-attente", NULL, 6);
	rd_table_column(t, 0, _("Day"), RD_LEFT, 10);
	rd_table_column(t, 1, _("No."), RD_RIGHT, 5);
	rd_table_column(t, 2, _("With"), RD_LEFT, 18);
	rd_table_column(t, 3, _("Description"), RD_LEFT, 0);
	rd_table_column(t, 4, _("Duration"), RD_RIGHT, 9);
	rd_table_column(t, 5, _("Waiting for"), RD_LEFT, 12);
	sqlite3_bind_int64(st, 1, w->account_id);
	sqlite3_bind_int64(st, 2, w->agent_id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char who[256];
		long long m = sqlite3_column_int64(st, 2);

		party(st, 5, 6, who, sizeof who);
		rd_cell_date(t, (const char *)sqlite3_column_text(st, 1));
		rd_cell_int(t, sqlite3_column_int64(st, 0));
		rd_cell_text(t, who);
		rd_cell_text(t, (const char *)sqlite3_column_text(st, 3));
		rd_cell_hours(t, sqlite3_column_int(st, 4) ? m : -m, true);
		rd_cell_text(t, sqlite3_column_int(st, 7) ? _("the other party") : _("you"));
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the statement"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No exchange is waiting."));
	return CS_OK;
}

enum cs_status report_statement(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	const char *login = rc->req->login != NULL ? rc->req->login
	                                           : identity_effective_login(rc->id);
	struct who w;
	long long balance;
	char label[300], since[16];
	enum cs_status s;
	char *shown;

	if (strcmp(login, identity_effective_login(rc->id)) != 0 &&
	    !identity_has_role(rc->id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("an agent prints only their own statement"));
	memset(&w, 0, sizeof w);
	if ((s = find_account(db, login, &w, err)) != CS_OK)
		return s;
	shown = ledger_party_name(w.login, w.name);
	snprintf(label, sizeof label, "%s (%s)", shown != NULL ? shown : w.name, w.login);
	free(shown);
	reportdoc_field_text(doc, _("Agent"), label);
	if (w.account_id == 0) {
		reportdoc_no_data(doc, _("This agent has no account in the Accorderie."));
		return CS_OK;
	}
	if ((s = opening_balance(db, &w, rc->from_utc, &balance, err)) != CS_OK)
		return s;
	when_day_text(rc->req->since, since, sizeof since);
	snprintf(label, sizeof label, _("Opening balance (%s)"), since);
	reportdoc_field_hours(doc, label, balance, false);
	if ((s = movements(db, rc, &w, doc, &balance, err)) != CS_OK)
		return s;
	when_day_text(rc->req->until, since, sizeof since);
	snprintf(label, sizeof label, _("Closing balance (%s)"), since);
	reportdoc_field_hours(doc, label, balance, false);
	return pending(db, &w, doc, err);
}

enum cs_status report_journal(struct cs_db *db, const struct report_ctx *rc,
                              struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT e.id, e.decided_at, e.day, e.kind, coalesce(pa.login, ''),"
		" coalesce(pa.name, ''), coalesce(ba.login, ''), coalesce(ba.name, ''),"
		" e.minutes, e.description"
		" FROM ledger_exchanges e"
		" JOIN ledger_accounts p ON p.id = e.provider LEFT JOIN agents pa ON pa.id = p.agent_id"
		" JOIN ledger_accounts b ON b.id = e.beneficiary LEFT JOIN agents ba ON ba.id = b.agent_id"
		" WHERE e.state = 'confirmee' AND e.decided_at >= ?1 AND e.decided_at < ?2"
		" AND (?3 IS NULL OR pa.login = ?3 OR ba.login = ?3)"
		" ORDER BY e.decided_at, e.id";
	sqlite3_stmt *st;
	struct rd_table *t;
	long long total = 0, exchanges = 0, openings = 0, reversals = 0;
	size_t n = 0;
	int step;

	if (rc->req->login != NULL) {
		struct who w;
		enum cs_status s = find_account(db, rc->req->login, &w, err);

		if (s != CS_OK)
			return s;
		reportdoc_field_text(doc, _("Agent"), rc->req->login);
	}
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	t = reportdoc_table(doc, "journal", _("Exchanges counted"), 7);
	t->landscape = true;
	rd_table_column(t, 0, _("Posted"), RD_LEFT, 10);
	rd_table_column(t, 1, _("No."), RD_RIGHT, 4);
	rd_table_column(t, 2, _("Day"), RD_LEFT, 10);
	rd_table_column(t, 3, _("Provider"), RD_LEFT, 12);
	rd_table_column(t, 4, _("Beneficiary"), RD_LEFT, 12);
	rd_table_column(t, 5, _("Duration"), RD_RIGHT, 7);
	rd_table_column(t, 6, _("Description"), RD_LEFT, 0);
	db_bind_text(st, 1, rc->from_utc);
	db_bind_text(st, 2, rc->to_utc);
	db_bind_text(st, 3, rc->req->login);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char who[256], what[1200], day[11];
		const char *kind = (const char *)sqlite3_column_text(st, 3);
		long long m = sqlite3_column_int64(st, 8);

		when_local_day(when_parse_utc((const char *)sqlite3_column_text(st, 1)), day);
		rd_cell_date(t, day);
		rd_cell_int(t, sqlite3_column_int64(st, 0));
		rd_cell_date(t, (const char *)sqlite3_column_text(st, 2));
		party(st, 4, 5, who, sizeof who);
		rd_cell_text(t, who);
		party(st, 6, 7, who, sizeof who);
		rd_cell_text(t, who);
		rd_cell_hours(t, m, false);
		describe(kind, (const char *)sqlite3_column_text(st, 9), what, sizeof what);
		rd_cell_text(t, what);
		if (kind != NULL && strcmp(kind, "ouverture") == 0)
			openings++;
		else if (kind != NULL && strcmp(kind, "annulation") == 0)
			reversals++;
		else
			exchanges++;
		total += m;
		n++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE)
		return db_fail(db, step, _("reading the journal"), err);
	if (n == 0)
		reportdoc_no_data(doc, _("No exchange was counted in this period."));
	reportdoc_heading(doc, 2, _("Totals"));
	reportdoc_field_int(doc, _("Exchanges"), exchanges);
	reportdoc_field_int(doc, _("Opening credits"), openings);
	reportdoc_field_int(doc, _("Reversals"), reversals);
	reportdoc_field_hours(doc, _("Hours counted"), total, false);
	return CS_OK;
}

enum cs_status report_journal_check(struct cs_db *db, struct reportdoc *doc,
                                    struct cs_error *err)
{
	struct ledger_check_report r;
	struct cs_error check;
	char line[1024];
	enum cs_status s;

	memset(&r, 0, sizeof r);
	s = ledger_check(db, &r, &check);
	if (s == CS_OK)
		snprintf(line, sizeof line,
		         _("The ledger holds: %zu accounts, %zu exchanges, %zu movements, sum zero, "
		           "every balance equal to the sum of its movements."),
		         r.accounts, r.exchanges, r.movements);
	else if (s == CS_ERR_CORRUPT)
		snprintf(line, sizeof line, _("THE LEDGER DOES NOT HOLD: %s"), check.message);
	else
		return cs_error_set(err, s, "%s", check.message);
	reportdoc_heading(doc, 2, _("Integrity of the book"));
	reportdoc_paragraph(doc, line);
	return CS_OK;
}
