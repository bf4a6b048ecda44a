/* fixture.h — what the unit tests of the core share: an agent registered
 * in the test database with the given roles (as identity_from_unix would
 * give, without a Unix account), and a fixed local clock. */
#ifndef CS_FIXTURE_H
#define CS_FIXTURE_H

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "agents.h"

__attribute__((unused))
static struct cs_identity fixture_agent(struct cs_db *db, const char *login, unsigned roles)
{
	struct cs_identity id;
	struct cs_error err;

	memset(&id, 0, sizeof id);
	snprintf(id.login, sizeof id.login, "%s", login);
	snprintf(id.name, sizeof id.name, "Agent %s", login);
	id.roles = ROLE_AGENT | roles;
	if (agents_register(db, &id, &err) != CS_OK)
		printf("# register %s: %s\n", login, err.message);
	return id;
}

/* Local time on the given day at hh:mm (the clock every core call takes). */
__attribute__((unused))
static time_t at(int y, int m, int d, int hh, int mm)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = hh;
	tm.tm_min = mm;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

#endif
