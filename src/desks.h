/* desks.h — BuroDispo: the floors and desks of the Hôtel du département
 * (imported from their plans), bookings by half-day or whole day, the rules
 * of the configuration (days ahead, live bookings per agent, desks reserved
 * to directions, bookable weekdays), blocked desks, check-in, and the
 * release of a booking not checked in within N minutes of its slot's start
 * (no daemon: every read computes it, every write records it). Two agents
 * racing for one desk and slot: a unique index in the schema lets exactly
 * one win. Days are "YYYY-MM-DD" in local time. */
#ifndef CS_DESKS_H
#define CS_DESKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "err.h"
#include "floorplan.h"

enum slot { SLOT_MORNING, SLOT_AFTERNOON, SLOT_DAY };

/* "matin", "apres-midi", "journee" and their labels. */
const char *desks_slot_slug(enum slot s);
const char *desks_slot_label(enum slot s);
bool desks_slot_from_slug(const char *s, enum slot *out);

struct desk_reservation {      /* a desk kept for one direction */
	int floor;
	char label[FLOORPLAN_LABEL_MAX];
	char *direction;
};

struct desk_rules {
	int days_ahead;            /* how far ahead one may book */
	int max_bookings;          /* live half-day bookings per agent */
	int checkin_minutes;       /* after the slot's start, then released */
	int morning_start, afternoon_start, afternoon_end;  /* minutes after midnight */
	unsigned weekdays;         /* bit 0 = Sunday ... bit 6 = Saturday */
	struct desk_reservation *reserved;
	size_t reserved_count;
};

/* The rules of the configuration (validated there). Free with
 * desks_rules_free(). */
enum cs_status desks_rules_from_config(const struct cs_config *cfg,
                                       struct desk_rules *out, struct cs_error *err);
void desks_rules_free(struct desk_rules *r);

/* Loads or updates the floors from a plan file or a directory of *.plan
 * files, in one transaction (admins). A desk missing from a new plan is
 * retired (its past bookings kept). A malformed plan refuses the whole
 * import with its file, line and column. */
enum cs_status desks_import(struct cs_db *db, const struct cs_identity *id,
                            const char *path, size_t *floors, size_t *desks,
                            struct cs_error *err);

enum desk_status {
	DESK_FREE,
	DESK_BOOKED,               /* réservé by someone else */
	DESK_OCCUPIED,             /* checked in by someone else */
	DESK_MINE,                 /* booked or occupied by the viewer */
	DESK_BLOCKED,              /* blocked (works...) or reserved to another direction */
};

struct desk_view {
	int64_t id;
	int floor;
	char label[FLOORPLAN_LABEL_MAX];
	int row, col;
	unsigned attrs;
	enum desk_status status;
	bool checked_in;           /* for DESK_MINE: already checked in */
	char *holder;              /* name, only when shown (opt-in, self or facilitator); else NULL */
	char *blocked_reason;      /* or "réservé à Direction X"; NULL otherwise */
	int64_t booking_id;        /* the live booking, 0 if none */
};

struct floor_info {
	int number;
	char *name;
	size_t desks;
};

struct floor_list {
	struct floor_info *items;
	size_t count;
};

/* The floors, lowest first. Free with desks_floors_free(). */
enum cs_status desks_floors(struct cs_db *db, struct floor_list *out, struct cs_error *err);
void desks_floors_free(struct floor_list *l);

/* One floor on one day and half-day, as the viewer sees it: the drawing
 * and every desk's status. now is the clock used for releases. */
struct floor_view {
	int number;
	char *name;
	char **lines;
	size_t line_count;
	int width;
	struct desk_view *desks;
	size_t desk_count;
};
enum cs_status desks_floor_view(struct cs_db *db, const struct cs_identity *id,
                                const struct desk_rules *rules, int floor,
                                const char *day, enum slot slot, time_t now,
                                struct floor_view *out, struct cs_error *err);
void desks_floor_view_free(struct floor_view *v);

/* The free desks of a day and half-day (SLOT_DAY: free for both), sorted by
 * floor and label; floor < -2 for every floor. Free with desks_list_free(). */
struct desk_list {
	struct desk_view *items;
	size_t count;
};
enum cs_status desks_free(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, int floor, const char *day,
                          enum slot slot, time_t now, struct desk_list *out,
                          struct cs_error *err);
void desks_list_free(struct desk_list *l);

/* Finds a desk by "FLOOR/LABEL" or by a label unique in the building. */
enum cs_status desks_find(struct cs_db *db, const char *name, int *floor,
                          char label[FLOORPLAN_LABEL_MAX], struct cs_error *err);

/* Books a desk for the effective agent. Refused with the rule's reason:
 * a day in the past or beyond the horizon, a day that is not bookable, a
 * slot already started, a blocked desk or one reserved to another
 * direction, the agent's limit reached or already booked that half-day.
 * When another agent holds it (or won the race), CS_ERR_CONFLICT and
 * `nearest` receives the nearest free desk on the same floor as
 * "FLOOR/LABEL" ("" if none).
 * *booking receives the new booking's id (the morning's for SLOT_DAY). */
enum cs_status desks_book(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, int floor, const char *label,
                          const char *day, enum slot slot, time_t now,
                          char nearest[32], int64_t *booking, struct cs_error *err);

/* Cancels the effective agent's booking(s) of that desk, day and slot
 * (facilitators may cancel anyone's). */
enum cs_status desks_cancel(struct cs_db *db, const struct cs_identity *id,
                            const struct desk_rules *rules, int floor, const char *label,
                            const char *day, enum slot slot, time_t now,
                            struct cs_error *err);

/* Checks in the effective agent at that desk for the current half-day:
 * only one's own booking, from 30 minutes before the slot's start until the
 * release time. */
enum cs_status desks_checkin(struct cs_db *db, const struct cs_identity *id,
                             const struct desk_rules *rules, int floor, const char *label,
                             time_t now, struct cs_error *err);

/* The effective agent's live and recent bookings, soonest first. */
struct booking {
	int64_t id;
	int floor;
	char label[FLOORPLAN_LABEL_MAX];
	char day[12];
	enum slot slot;            /* SLOT_MORNING or SLOT_AFTERNOON */
	char state[16];            /* "reservee", "occupee", "annulee", "liberee" (as of now) */
};
struct booking_list {
	struct booking *items;
	size_t count;
};
enum cs_status desks_mine(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, time_t now,
                          struct booking_list *out, struct cs_error *err);
void desks_bookings_free(struct booking_list *l);

/* Blocks (with a reason) or unblocks a desk: facilitators. Live bookings
 * of a blocked desk are cancelled. */
enum cs_status desks_block(struct cs_db *db, const struct cs_identity *id,
                           int floor, const char *label, const char *reason,
                           struct cs_error *err);

/* Whether the effective agent's name may be shown on the map. */
enum cs_status desks_set_presence(struct cs_db *db, const struct cs_identity *id,
                                  bool shown, struct cs_error *err);

/* Today's date and the current half-day in local time (for the UI's
 * defaults): SLOT_MORNING before the afternoon's start. */
void desks_today(const struct desk_rules *rules, time_t now, char day[12], enum slot *slot);

#endif
