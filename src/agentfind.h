/* agentfind.h — finding agents of the directory by part of their name or
 * login, case and accents ignored ("dupont", "Marie D", "MDUP", "élodie"),
 * for the agent pickers of the interface and for the suggestions the
 * command line makes when a name is given where a login is expected. The
 * matching is done here once; the callers only show the result. */
#ifndef CS_AGENTFIND_H
#define CS_AGENTFIND_H

#include <stddef.h>

#include "agents.h"
#include "db.h"
#include "err.h"

/* The most matches one search returns. */
#define AGENTFIND_MAX 20

/* The longest query looked at (bytes); longer ones match nobody. */
#define AGENTFIND_QUERY_MAX 200

/* One agent found: its login and its name (sanitised). */
struct agentfind_match {
	char login[AGENT_LOGIN_MAX];
	char name[AGENT_NAME_MAX];
};

/* Finds the agents in whose name or login every word of query occurs
 * (case and accents ignored), best first: the login itself, then agents
 * whose login or name words start with the query's words, then the others;
 * by name within each. At most max (capped at AGENTFIND_MAX) are written
 * to out, *count says how many; *total (may be NULL) how many matched in
 * all. A query without letters or digits, or longer than
 * AGENTFIND_QUERY_MAX, matches nobody. Runs bare statements: call inside
 * or outside a transaction. On error *count is 0 and err says why. */
enum cs_status agentfind_search(struct cs_db *db, const char *query,
                                struct agentfind_match *out, size_t max,
                                size_t *count, size_t *total,
                                struct cs_error *err);

/* The same search inside its own read transaction (db_read: the UI's
 * retry budget applies, CS_ERR_BUSY when the lock is taken). */
enum cs_status agentfind_read(struct cs_db *db, const char *query,
                              struct agentfind_match *out, size_t max,
                              size_t *count, size_t *total,
                              struct cs_error *err);

/* Into buf (always NUL-terminated): "did you mean mdupont (Marie Dupont)?"
 * naming up to three of the agents text resembles (agentfind_search), or
 * "" when it resembles nobody or the directory cannot be read. Call inside
 * or outside a transaction. */
void agentfind_hint(struct cs_db *db, const char *text, char *buf,
                    size_t size);

/* Sets err to CS_ERR_NOTFOUND "unknown agent: « text »" followed by the
 * hint when there is one, and returns CS_ERR_NOTFOUND. For a login that
 * names nobody; call inside or outside a transaction. */
enum cs_status agentfind_unknown(struct cs_db *db, const char *text,
                                 struct cs_error *err);

/* For a text of several words given where a login is expected: in one
 * read transaction (db_read), CS_ERR_NOTFOUND with agentfind_unknown()'s
 * message when the text as a whole resembles agents ("Marie Dupont"), CS_OK
 * when it resembles nobody (it may then be logins separated by spaces). */
enum cs_status agentfind_read_resembles(struct cs_db *db, const char *text,
                                        struct cs_error *err);

#endif
