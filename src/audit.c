/* audit.c — the append-only journal: writing a row inside the caller's
 * transaction, reading an entity's history, naming actions in French. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "grow.h"
#include "i18n.h"

enum cs_status audit_record_at(struct cs_db *db, const struct cs_identity *id, time_t when,
                               const char *action, const char *entity,
                               const char *ref, const char *detail,
                               struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO audit(at, host, actor, for_login, action, entity, ref, detail)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	char at[24];
	struct tm tm;
	int rc;

	if (st == NULL)
		return err->status;
	gmtime_r(&when, &tm);
	strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
	db_bind_text(st, 1, at);
	db_bind_text(st, 2, db_host(db));
	db_bind_text(st, 3, id->login);
	db_bind_text(st, 4, id->for_login);
	db_bind_text(st, 5, action);
	db_bind_text(st, 6, entity);
	db_bind_text(st, 7, ref);
	db_bind_text(st, 8, detail ? detail : "");
	rc = sqlite3_step(st);
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("writing the journal"), err);
}

enum cs_status audit_record(struct cs_db *db, const struct cs_identity *id,
                            const char *action, const char *entity,
                            const char *ref, const char *detail,
                            struct cs_error *err)
{
	return audit_record_at(db, id, time(NULL), action, entity, ref, detail, err);
}

enum cs_status audit_for_ref(struct cs_db *db, const char *ref,
                             struct cs_audit_list *out, struct cs_error *err)
{
	static const char sql[] =
		"SELECT at, host, actor, for_login, action, detail FROM audit"
		" WHERE ref = ?1 ORDER BY id";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, ref);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cs_audit_entry *e;
		if (!cs_grow(&out->items, &cap, out->count, sizeof *out->items)) {
			db_stmt_done(st);
			audit_list_free(out);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		e = &out->items[out->count++];
		snprintf(e->at, sizeof e->at, "%s", (const char *)sqlite3_column_text(st, 0));
		e->host = db_column_dup(st, 1);
		e->actor = db_column_dup(st, 2);
		e->for_login = db_column_dup(st, 3);
		e->action = db_column_dup(st, 4);
		e->detail = db_column_dup(st, 5);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE) {
		audit_list_free(out);
		return db_fail(db, rc, _("reading the journal"), err);
	}
	return CS_OK;
}

void audit_list_free(struct cs_audit_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		struct cs_audit_entry *e = &list->items[i];
		free(e->host);
		free(e->actor);
		free(e->for_login);
		free(e->action);
		free(e->detail);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

const char *audit_action_label(const char *action)
{
	static const struct { const char *code, *label; } labels[] = {
		{ "idea.add", N_("idea submitted") },
		{ "idea.edit", N_("idea edited") },
		{ "idea.support", N_("support given") },
		{ "idea.unsupport", N_("support withdrawn") },
		{ "idea.comment", N_("comment added") },
		{ "idea.withdraw", N_("idea withdrawn") },
		{ "idea.move", N_("stage changed") },
		{ "idea.plan", N_("plans updated") },
		{ "idea.evaluate", N_("evaluation recorded") },
		{ "agent.register", N_("agent recorded") },
		{ "agent.first-admin", N_("first admin") },
		{ "agents.import", N_("agents imported") },
		{ "db.init", N_("database created") },
		{ "demo.load", N_("demo data loaded") },
		{ "ledger.open", N_("Accorderie account opened") },
		{ "ledger.ad", N_("announcement published") },
		{ "ledger.ad-close", N_("announcement withdrawn") },
		{ "ledger.record", N_("exchange recorded") },
		{ "ledger.confirm", N_("exchange confirmed") },
		{ "ledger.refuse", N_("exchange refused") },
		{ "ledger.reverse", N_("exchange reversed") },
		{ "kiosk.unlock", N_("kiosk unlocked") },
		{ "kiosk.unlock-failed", N_("kiosk: unlock failed") },
		{ "kiosk.unlock-refused", N_("kiosk: unlock refused") },
		{ "kiosk.lock", N_("kiosk locked") },
	};

	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(action, labels[i].code) == 0)
			return _(labels[i].label);
	return action;
}

void audit_actor_text(const struct cs_audit_entry *e, char *buf, size_t size)
{
	if (e->for_login != NULL && e->for_login[0] != '\0')
		/* TRANSLATORS: "X for Y": a facilitator acting for an agent. */
		snprintf(buf, size, _("%s for %s"), e->actor, e->for_login);
	else
		snprintf(buf, size, "%s", e->actor);
}
