/* agents.h — who is acting: the Unix account (getpwuid_r(getuid()), full
 * name from GECOS), its roles (Unix groups and the explicit lists of the
 * configuration, plus the admin flag recorded in the database), acting for
 * another agent (facilitators only), and the agents directory (recorded on
 * first use, imported from CSV). */
#ifndef CS_AGENTS_H
#define CS_AGENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "db.h"
#include "err.h"

enum cs_role {
	ROLE_AGENT       = 1 << 0,
	ROLE_FACILITATOR = 1 << 1,
	ROLE_COMMITTEE   = 1 << 2,
	ROLE_ADMIN       = 1 << 3
};

#define AGENT_LOGIN_MAX 64
#define AGENT_NAME_MAX 160

/* The acting identity. "login" is the Unix account at the keyboard; when a
 * facilitator acts for someone else, "for_login" names that agent and the
 * effective agent (author of what is created) is for_agent_id. */
struct cs_identity {
	char login[AGENT_LOGIN_MAX];
	char name[AGENT_NAME_MAX];
	unsigned roles;           /* enum cs_role bits; admin implies all */
	int64_t agent_id;         /* row in agents, 0 until agents_register() */
	char for_login[AGENT_LOGIN_MAX];  /* "" unless acting for someone */
	char for_name[AGENT_NAME_MAX];
	int64_t for_agent_id;     /* 0 unless acting for someone */
};

/* One agent of the directory. Strings are owned by the struct. */
struct cs_agent {
	int64_t id;
	char *login, *name, *direction, *service, *site;
	bool is_admin;
};

struct cs_agent_list {
	struct cs_agent *items;
	size_t count;
};

/* Fills id from the process's Unix account and the configuration's roles
 * (groups of the account by getgrouplist, explicit login lists). Does not
 * touch the database. */
enum cs_status identity_from_unix(const struct cs_config *cfg,
                                  struct cs_identity *id, struct cs_error *err);

/* True when s can be a login: 1..AGENT_LOGIN_MAX-1 of [A-Za-z0-9._-], not
 * starting with '-'. */
bool agents_login_is_valid(const char *s);

/* The same for the Unix account login (a kiosk's unlock): CS_ERR_NOTFOUND
 * when the host has no such account. */
enum cs_status identity_from_login(const struct cs_config *cfg, const char *login,
                                   struct cs_identity *id, struct cs_error *err);

/* Records the acting agent in the directory if new (name from GECOS), reads
 * back its id and the admin flag (admin adds every role). One write
 * transaction, only when something changes. */
enum cs_status agents_register(struct cs_db *db, struct cs_identity *id,
                               struct cs_error *err);

/* Marks the agent as the first admin (used by init). Call after register. */
enum cs_status agents_make_first_admin(struct cs_db *db, struct cs_identity *id,
                                       struct cs_error *err);

/* Acts for login: refused unless id has the facilitator (or admin) role;
 * the agent must be in the directory. */
enum cs_status identity_act_for(struct cs_db *db, struct cs_identity *id,
                                const char *login, struct cs_error *err);

/* The effective agent (for_agent_id when acting for someone, else agent_id)
 * and its login. */
int64_t identity_effective_id(const struct cs_identity *id);
const char *identity_effective_login(const struct cs_identity *id);

/* True when id has every bit of role (admin has them all). */
bool identity_has_role(const struct cs_identity *id, unsigned role);

/* Comma-separated French role names ("agent, animateur") into buf. */
void identity_roles_text(unsigned roles, char *buf, size_t size);

/* Imports a CSV file of agents: header line with the columns login, nom (or
 * name), direction, service, site in any order, separated by ';' or ','
 * (RFC 4180 quoting). Existing logins are updated. All or nothing: on any bad
 * line nothing is written and err lists the first bad lines with their line
 * numbers. *imported receives the number of rows written. */
enum cs_status agents_import_csv(struct cs_db *db, const struct cs_identity *id,
                                 const char *path, size_t *imported,
                                 struct cs_error *err);

/* Same from a buffer (the fuzz target); source names it in messages. */
enum cs_status agents_import_buffer(struct cs_db *db,
                                    const struct cs_identity *id,
                                    const char *source, const char *buf,
                                    size_t len, size_t *imported,
                                    struct cs_error *err);

/* All agents sorted by name (one read transaction). Free with
 * agents_list_free(). */
enum cs_status agents_list(struct cs_db *db, struct cs_agent_list *out,
                           struct cs_error *err);
void agents_list_free(struct cs_agent_list *list);

/* One agent by login (out zeroed on CS_ERR_NOTFOUND); free with
 * agents_free(). Call inside or outside a transaction. */
enum cs_status agents_get(struct cs_db *db, const char *login,
                          struct cs_agent *out, struct cs_error *err);
void agents_free(struct cs_agent *agent);

#endif
