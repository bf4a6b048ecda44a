/* audit.h — the append-only journal of every change: who acted, for whom,
 * when, from which host, on what. The table refuses UPDATE and DELETE
 * (triggers). Rows are written inside the caller's write transaction, so a
 * change and its journal line commit or vanish together. */
#ifndef CS_AUDIT_H
#define CS_AUDIT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "agents.h"
#include "db.h"
#include "err.h"

struct cs_audit_entry {
	char at[24];          /* UTC, "YYYY-MM-DDTHH:MM:SSZ" */
	char *host;
	char *actor;          /* login at the keyboard */
	char *for_login;      /* "" unless acting for someone */
	char *action;         /* e.g. "idea.add", "idea.support" */
	char *detail;         /* free text, French */
};

struct cs_audit_list {
	struct cs_audit_entry *items;
	size_t count;
};

/* Appends one row; must run inside db_write. ref may be NULL. */
enum cs_status audit_record(struct cs_db *db, const struct cs_identity *id,
                            const char *action, const char *entity,
                            const char *ref, const char *detail,
                            struct cs_error *err);

/* The same at a given time (a caller whose rules read the journal's times
 * back, like the kiosk's lock-out, passes the clock it judges with). */
enum cs_status audit_record_at(struct cs_db *db, const struct cs_identity *id, time_t when,
                               const char *action, const char *entity,
                               const char *ref, const char *detail,
                               struct cs_error *err);

/* The journal of one entity reference (e.g. an idea's "CONS-2026-001"),
 * oldest first; call inside a read transaction. Free with audit_list_free. */
enum cs_status audit_for_ref(struct cs_db *db, const char *ref,
                             struct cs_audit_list *out, struct cs_error *err);
void audit_list_free(struct cs_audit_list *list);

/* The translated label of an action code ("Idée déposée" for "idea.add");
 * the code itself when unknown. */
const char *audit_action_label(const char *action);

/* "X" or "X pour Y" (the way the journal names the actor), into buf. */
void audit_actor_text(const struct cs_audit_entry *e, char *buf, size_t size);

#endif
