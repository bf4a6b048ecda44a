/* test_welcome.c — the figures of a kiosk's locked screen (src/welcome.c)
 * on a real database with the shipped floor plans: the free desks per
 * floor for the current and the next half-day at different hours and days,
 * a booking taken off the count, the latest moves, and when time alone
 * outdates what was read. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "tap.h"
#include "welcome.h"

static char dir[] = "/tmp/cs-welcome-XXXXXX";

static const struct welcome_floor *floor_of(const struct welcome *w, int number)
{
	for (size_t i = 0; i < w->floor_count; i++)
		if (w->floors[i].number == number)
			return &w->floors[i];
	return NULL;
}

int main(void)
{
	struct cs_error err;
	struct cs_config cfg;
	struct desk_rules rules;
	struct cs_db *db;
	struct welcome w;
	char path[256], floors_dir[512], nearest[32], ref[IDEA_REF_MAX];
	const char *src = getenv("SOURCE_ROOT");
	size_t nfloors, ndesks;
	int64_t booking;
	time_t mon8 = at(2026, 11, 30, 8, 0);   /* a Monday */

	setlocale(LC_ALL, "C.UTF-8");
	if (src == NULL || mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/w.db", dir);
	snprintf(floors_dir, sizeof floors_dir, "%s/data/floors", src);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err)
	    != CS_OK)
		return 99;
	struct cs_identity admin = fixture_agent(db, "admin", ROLE_ADMIN);
	struct cs_identity marie = fixture_agent(db, "mdupont", 0);
	struct cs_identity kiosk = fixture_agent(db, "borne", 0);
	if (desks_import(db, &admin, floors_dir, &nfloors, &ndesks, &err) != CS_OK)
		return 99;
	memset(&cfg, 0, sizeof cfg);
	cfg.desk_days_ahead = 14;
	cfg.desk_max_bookings = 3;
	cfg.desk_checkin_minutes = 30;
	if (desks_rules_from_config(&cfg, &rules, &err) != CS_OK)
		return 99;

	ok(welcome_read(db, &cfg, &kiosk, mon8, &w, &err) == CS_OK, "read on Monday at 8 h");
	is_int((int)w.floor_count, (int)nfloors, "every floor");
	ok(w.has_now && strcmp(w.now_day, "2026-11-30") == 0 && w.now_slot == SLOT_MORNING,
	   "now: Monday morning");
	ok(w.has_next && strcmp(w.next_day, "2026-11-30") == 0 && w.next_slot == SLOT_AFTERNOON,
	   "next: Monday afternoon");
	const struct welcome_floor *f0 = floor_of(&w, 0);
	size_t before = f0 ? f0->free_now : 0;
	ok(f0 && f0->desks > 0 && f0->free_now == f0->desks && f0->free_next == f0->desks,
	   "the ground floor all free (%zu desks)", f0 ? f0->desks : 0);
	is_int((int)w.move_count, 0, "nothing moved");
	ok(!welcome_outdated(&w, &cfg, mon8 + 600), "ten minutes later: the same half-day");
	ok(welcome_outdated(&w, &cfg, at(2026, 11, 30, 13, 30)), "at 13 h 30: another half-day");
	ok(welcome_outdated(&w, &cfg, at(2026, 12, 1, 8, 0)), "the next day");
	welcome_free(&w);

	ok(desks_book(db, &marie, &rules, 0, "001", "2026-11-30", SLOT_MORNING, mon8, nearest,
	              &booking, &err) == CS_OK, "Marie books 0/001 this morning");
	struct idea_draft d = { .title = "Un abri à vélos" };
	ok(ideas_add(db, &marie, &d, ref, &err) == CS_OK, "Marie deposits an idea");
	ok(welcome_read(db, &cfg, &kiosk, mon8 + 60, &w, &err) == CS_OK, "read again");
	f0 = floor_of(&w, 0);
	ok(f0 && f0->free_now == before - 1 && f0->free_next == before,
	   "one desk fewer this morning, none this afternoon");
	ok(w.move_count == 1 && strcmp(w.moves[0].ref, ref) == 0 &&
	   w.moves[0].stage == STAGE_DEPOSEE, "the deposit is the latest move");
	welcome_free(&w);

	ok(welcome_read(db, &cfg, &kiosk, at(2026, 12, 4, 14, 0), &w, &err) == CS_OK, "Friday 14 h");
	ok(w.has_now && w.now_slot == SLOT_AFTERNOON && w.has_next &&
	   strcmp(w.next_day, "2026-12-07") == 0 && w.next_slot == SLOT_MORNING,
	   "now Friday afternoon, next Monday morning (%s)", w.next_day);
	welcome_free(&w);
	ok(welcome_read(db, &cfg, &kiosk, at(2026, 12, 4, 19, 0), &w, &err) == CS_OK, "Friday 19 h");
	ok(!w.has_now && w.has_next && strcmp(w.next_day, "2026-12-07") == 0,
	   "closed now, next Monday morning");
	welcome_free(&w);
	ok(welcome_read(db, &cfg, &kiosk, at(2026, 12, 5, 10, 0), &w, &err) == CS_OK, "Saturday");
	ok(!w.has_now && w.has_next && strcmp(w.next_day, "2026-12-07") == 0,
	   "not a bookable day: next Monday morning");
	welcome_free(&w);

	desks_rules_free(&rules);
	db_close(db);
	return tap_done();
}
