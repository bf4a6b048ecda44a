/* desk_racer.c — one agent of the BuroDispo race test: tries to book every
 * desk-slot given on the command line, in a shuffled order, through the
 * real core API, and writes one line per attempt to OUT:
 * "<login> <floor>/<desk> <day> <slot> ok|fail <message>".
 *
 *   desk_racer PATH LOGIN OUT DESK:DAY:SLOT...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "agents.h"
#include "db.h"
#include "desks.h"

int main(int argc, char **argv)
{
	struct db_settings settings = { 120, 5, -1 };
	struct cs_config cfg;
	struct desk_rules rules;
	struct cs_identity id;
	struct cs_error err;
	struct cs_db *db;
	unsigned seed = (unsigned)getpid();
	int n = argc - 4, *order;
	FILE *out;

	if (argc < 5)
		return 64;
	memset(&cfg, 0, sizeof cfg);
	cfg.desk_days_ahead = 60;
	cfg.desk_max_bookings = 50;
	cfg.desk_checkin_minutes = 30;
	if (desks_rules_from_config(&cfg, &rules, &err) != CS_OK
	    || db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK) {
		fprintf(stderr, "open: %s\n", err.message);
		return 69;
	}
	memset(&id, 0, sizeof id);
	snprintf(id.login, sizeof id.login, "%s", argv[2]);
	snprintf(id.name, sizeof id.name, "Agent %s", argv[2]);
	id.roles = ROLE_AGENT;
	if (agents_register(db, &id, &err) != CS_OK)
		return 69;
	out = fopen(argv[3], "w");
	order = calloc((size_t)n, sizeof *order);
	if (out == NULL || order == NULL)
		return 73;
	for (int i = 0; i < n; i++)
		order[i] = i;
	for (int i = n - 1; i > 0; i--) {
		int j = (int)(rand_r(&seed) % (unsigned)(i + 1)), t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	for (int i = 0; i < n; i++) {
		char spec[64], *desk, *day, *slot, *save = NULL, nearest[32];
		enum slot s;
		int64_t booking;
		int floor;
		enum cs_status st;
		snprintf(spec, sizeof spec, "%s", argv[4 + order[i]]);
		desk = strtok_r(spec, ":", &save);
		day = strtok_r(NULL, ":", &save);
		slot = strtok_r(NULL, ":", &save);
		if (!desk || !day || !slot || !desks_slot_from_slug(slot, &s))
			return 64;
		floor = atoi(desk);
		st = desks_book(db, &id, &rules, floor, strchr(desk, '/') + 1, day, s, time(NULL),
		                nearest, &booking, &err);
		fprintf(out, "%s %s %s %s %s %s\n", argv[2], desk, day, slot, st == CS_OK ? "ok" : "fail",
		        st == CS_OK ? "-" : err.message);
		fflush(out);
	}
	fclose(out);
	free(order);
	desks_rules_free(&rules);
	db_close(db);
	return 0;
}
