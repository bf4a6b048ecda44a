/* test_desks.c — BuroDispo's rules on a real database with the shipped
 * floor plans and a fixed clock (every call takes `now`): the plan parser's
 * refusals, booking limits and horizons, weekends, blocked and reserved
 * desks, whole days, the race settled by the schema, the nearest free desk,
 * check-in, and the release of bookings not checked in in time. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agents.h"
#include "db.h"
#include "desks.h"
#include "floorplan.h"
#include "fixture.h"
#include "tap.h"

static struct cs_db *db;
static char dir[] = "/tmp/cs-desks-XXXXXX";

static int parses(const char *text, char *err, size_t size)
{
	struct floorplan fp;
	int ok = floorplan_parse("t.plan", text, strlen(text), &fp, err, size);

	floorplan_free(&fp);
	return ok;
}

static enum desk_status status_of(const struct cs_identity *id, const struct desk_rules *r,
                                  int floor, const char *label, const char *day,
                                  enum slot slot, time_t now)
{
	struct floor_view v;
	struct cs_error err;
	enum desk_status s = (enum desk_status)-1;

	if (desks_floor_view(db, id, r, floor, day, slot, now, &v, &err) != CS_OK)
		return s;
	for (size_t i = 0; i < v.desk_count; i++)
		if (strcmp(v.desks[i].label, label) == 0)
			s = v.desks[i].status;
	desks_floor_view_free(&v);
	return s;
}

int main(void)
{
	struct cs_error err;
	struct cs_config cfg;
	struct desk_rules rules;
	char path[256], e[512], nearest[32], floors_dir[512];
	const char *src = getenv("SOURCE_ROOT");
	size_t nfloors, ndesks;
	int64_t booking;
	time_t mon = at(2026, 11, 30, 8, 0);   /* a Monday, 8 h 00 */

	setlocale(LC_ALL, "C.UTF-8");
	/* the parser */
	ok(parses("étage: 1\nnom: n\nplan:\n+-----+\n| [1] |\n+-----+\nfin\n1: écran\n", e, sizeof e),
	   "a minimal plan parses");
	ok(!parses("étage: 1\nnom: n\nplan:\n+-- --+\n| [1] |\n+-----+\nfin\n", e, sizeof e)
	   && strstr(e, "t.plan:4:") != NULL, "an opening in the outer wall: %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+-----+\n| [1]\n+-----+\nfin\n", e, sizeof e)
	   && strstr(e, "t.plan:5:") != NULL, "a missing right wall: %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+---------+\n| [1] [1] |\n+---------+\nfin\n", e, sizeof e)
	   && strstr(e, "t.plan:5:7:") != NULL, "a duplicate label, with line and column: %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+-----+\n| [1] |\n+-----+\nfin\n2: écran\n", e, sizeof e),
	   "attributes of a desk not drawn: %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+-----+\n| [1] |\n+-----+\nfin\n1: licorne\n", e, sizeof e),
	   "an unknown attribute: %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+-----+\n| [1] |\n+-----+\n", e, sizeof e), "no \"fin\": %s", e);
	ok(!parses("étage: 1\nnom: n\nplan:\n+-----+\n| [a] |\n+-----+\nfin\n", e, sizeof e),
	   "a lower-case label: %s", e);

	if (src == NULL || mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/d.db", dir);
	snprintf(floors_dir, sizeof floors_dir, "%s/data/floors", src);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err) != CS_OK)
		return 99;
	struct cs_identity admin = fixture_agent(db, "admin", ROLE_ADMIN);
	struct cs_identity marie = fixture_agent(db, "mdupont", 0);
	struct cs_identity jean = fixture_agent(db, "jmartin", 0);
	struct cs_identity anim = fixture_agent(db, "anim", ROLE_FACILITATOR);
	struct cs_identity luc = fixture_agent(db, "lgroupe", 0);
	is_int(desks_import(db, &marie, floors_dir, &nfloors, &ndesks, &err), CS_ERR_PERM, "only an admin imports");
	ok(desks_import(db, &admin, floors_dir, &nfloors, &ndesks, &err) == CS_OK && nfloors >= 3
	   && ndesks >= 110, "the shipped plans import: %zu floors, %zu desks", nfloors, ndesks);
	ok(desks_import(db, &admin, floors_dir, &nfloors, &ndesks, &err) == CS_OK, "importing again updates");

	memset(&cfg, 0, sizeof cfg);
	cfg.desk_days_ahead = 14;
	cfg.desk_max_bookings = 3;
	cfg.desk_checkin_minutes = 30;
	{
		static char *reserved[] = { "2/210=Direction des solidarités" };
		cfg.desk_reserved.items = reserved;
		cfg.desk_reserved.count = 1;
	}
	ok(desks_rules_from_config(&cfg, &rules, &err) == CS_OK && rules.morning_start == 8 * 60 + 30,
	   "default rules");

	/* dates */
	is_int(desks_book(db, &marie, &rules, 2, "201", "2026-11-27", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "a date in the past");
	is_int(desks_book(db, &marie, &rules, 2, "201", "2026-12-15", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "beyond the horizon (15 days ahead)");
	is_int(desks_book(db, &marie, &rules, 2, "201", "2026-12-05", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "a Saturday");
	is_int(desks_book(db, &marie, &rules, 2, "201", "2026-02-30", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "30 February");
	is_int(desks_book(db, &marie, &rules, 2, "999", "2026-12-01", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_NOTFOUND, "an unknown desk");
	is_int(desks_book(db, &marie, &rules, 7, "201", "2026-12-01", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_NOTFOUND, "an unknown floor");

	/* limits and whole days */
	is_int(desks_book(db, &marie, &rules, 2, "201", "2026-12-01", SLOT_DAY, mon, nearest, &booking, &err),
	       CS_OK, "a whole day");
	ok(status_of(&marie, &rules, 2, "201", "2026-12-01", SLOT_AFTERNOON, mon) == DESK_MINE
	   && status_of(&jean, &rules, 2, "201", "2026-12-01", SLOT_MORNING, mon) == DESK_BOOKED,
	   "both half-days are booked: mine for Marie, booked for Jean");
	is_int(desks_book(db, &marie, &rules, 2, "202", "2026-12-01", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "a second desk the same half-day");
	is_int(desks_book(db, &marie, &rules, 2, "202", "2026-12-02", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_OK, "a third half-day");
	is_int(desks_book(db, &marie, &rules, 2, "202", "2026-12-03", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "a fourth booking beyond the limit of 3");

	/* the race, and the nearest free desk */
	is_int(desks_book(db, &jean, &rules, 2, "201", "2026-12-01", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_CONFLICT, "a desk someone else holds: conflict");
	ok(nearest[0] != '\0' && strcmp(nearest, "2/201") != 0, "the nearest free desk is offered: %s", nearest);
	ok(sqlite3_exec(db_handle(db), "INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, created_at)"
	                " SELECT desk_id, agent_id, agent_id, day, slot, created_at FROM bookings LIMIT 1",
	                NULL, NULL, NULL) != SQLITE_OK,
	   "the schema refuses a second live booking of a desk and half-day");

	/* blocked and reserved desks */
	is_int(desks_block(db, &marie, 2, "203", "Travaux", &err), CS_ERR_PERM, "an agent may not block");
	is_int(desks_block(db, &anim, 2, "203", "Travaux", &err), CS_OK, "a facilitator blocks");
	is_int(desks_book(db, &jean, &rules, 2, "203", "2026-12-02", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_DATA, "a blocked desk");
	ok(strstr(err.message, "Travaux") != NULL, "the refusal gives the reason: %s", err.message);
	is_int(desks_book(db, &jean, &rules, 2, "210", "2026-12-02", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_ERR_PERM, "a desk reserved to another direction");
	ok(status_of(&jean, &rules, 2, "210", "2026-12-02", SLOT_MORNING, mon) == DESK_BLOCKED,
	   "shown as not available on the map");
	is_int(desks_block(db, &anim, 2, "203", NULL, &err), CS_OK, "unblocked");

	/* check-in and release (today, Monday 30) */
	is_int(desks_book(db, &jean, &rules, 0, "001", "2026-11-30", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_OK, "Jean books this morning at 8 h 00");
	is_int(desks_checkin(db, &marie, &rules, 0, "001", at(2026, 11, 30, 8, 35), &err), CS_ERR_PERM,
	       "a check-in on someone else's booking");
	is_int(desks_checkin(db, &jean, &rules, 0, "001", at(2026, 11, 30, 7, 0), &err), CS_ERR_DATA,
	       "a check-in before the slot opens");
	ok(status_of(&marie, &rules, 0, "001", "2026-11-30", SLOT_MORNING, at(2026, 11, 30, 8, 50)) == DESK_BOOKED,
	   "at 8 h 50 it is still booked");
	ok(status_of(&marie, &rules, 0, "001", "2026-11-30", SLOT_MORNING, at(2026, 11, 30, 9, 5)) == DESK_FREE,
	   "at 9 h 05, not checked in, it is free again (no daemon)");
	is_int(desks_checkin(db, &jean, &rules, 0, "001", at(2026, 11, 30, 9, 5), &err), CS_ERR_NOTFOUND,
	       "too late to check in: released");
	is_int(desks_book(db, &luc, &rules, 0, "001", "2026-11-30", SLOT_AFTERNOON, at(2026, 11, 30, 9, 5),
	                  nearest, &booking, &err), CS_OK, "the afternoon can still be booked");
	is_int(desks_book(db, &jean, &rules, 0, "002", "2026-11-30", SLOT_MORNING, at(2026, 11, 30, 9, 5),
	                  nearest, &booking, &err), CS_ERR_DATA, "the morning is over for booking");
	is_int(desks_checkin(db, &luc, &rules, 0, "001", at(2026, 11, 30, 13, 40), &err), CS_OK,
	       "Luc checks in at 13 h 40");
	ok(status_of(&jean, &rules, 0, "001", "2026-11-30", SLOT_AFTERNOON, at(2026, 11, 30, 15, 0)) == DESK_OCCUPIED,
	   "checked in: occupied, not released");
	{
		struct booking_list l;
		ok(desks_mine(db, &jean, &rules, at(2026, 11, 30, 9, 5), &l, &err) == CS_OK && l.count == 1
		   && strcmp(l.items[0].state, "liberee") == 0, "Jean's booking shows as released");
		desks_bookings_free(&l);
	}
	is_int(desks_cancel(db, &jean, &rules, 2, "201", "2026-12-01", SLOT_MORNING, mon, &err), CS_ERR_NOTFOUND,
	       "cancelling someone else's booking");
	is_int(desks_cancel(db, &marie, &rules, 2, "201", "2026-12-01", SLOT_DAY, mon, &err), CS_OK,
	       "Marie cancels her whole day");
	is_int(desks_book(db, &jean, &rules, 2, "201", "2026-12-01", SLOT_MORNING, mon, nearest, &booking, &err),
	       CS_OK, "then Jean gets it");
	{
		struct desk_list l;
		enum cs_status st = desks_free(db, &marie, &rules, -1000, "2026-12-01", SLOT_MORNING, mon, &l, &err);
		ok(st == CS_OK && l.count == ndesks - 2 && l.items[0].floor <= l.items[l.count - 1].floor,
		   "free desks of a half-day, sorted by floor (%zu of %zu: 2/201 taken, 2/210 reserved)",
		   l.count, ndesks);
		desks_list_free(&l);
	}
	ok(db_is_idle(db), "nothing left open");
	desks_rules_free(&rules);
	db_close(db);
	unlink(path);
	snprintf(path, sizeof path, "%s/d.db.proto", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/d.db-journal", dir);
	unlink(path);
	rmdir(dir);
	return tap_done();
}
