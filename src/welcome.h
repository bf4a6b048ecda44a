/* welcome.h — what the locked screen of a kiosk ("Accueil") shows, read
 * from the shared database in a few read transactions: the free desks per
 * floor for the current half-day and for the next one, the ideas of this
 * month's committee, the latest moves of the programme and the latest
 * announcements of the Accorderie. Nothing here is about one person: the
 * screen is shown to whoever walks by. */
#ifndef CS_WELCOME_H
#define CS_WELCOME_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "desks.h"
#include "err.h"
#include "ideas.h"
#include "ledger.h"
#include "stage.h"

#define WELCOME_LINES 5   /* moves, committee ideas, announcements kept */

struct welcome_floor {
	int number;
	char *name;
	size_t desks;          /* active desks of the floor */
	size_t free_now;       /* free for the current half-day */
	size_t free_next;      /* free for the next half-day */
};

struct welcome_idea {
	char ref[IDEA_REF_MAX];
	char *title;
	enum cs_stage stage;   /* moves: the stage it went to */
	char at[24];           /* moves: when (stored UTC) */
};

struct welcome {
	/* the half-days counted: has_now is false outside opening hours and
	 * on a day that is not bookable */
	bool has_now;
	char now_day[12];
	enum slot now_slot;
	bool has_next;
	char next_day[12];
	enum slot next_slot;
	struct welcome_floor *floors;
	size_t floor_count;
	struct welcome_idea *committee;   /* in committee this month */
	size_t committee_count;           /* all of them (at most
	                                   * WELCOME_LINES are listed) */
	size_t committee_listed;
	struct welcome_idea *moves;       /* newest first */
	size_t move_count;
	struct ledger_ad_list ads;        /* newest first, at most WELCOME_LINES */
	char month[8];                    /* "YYYY-MM" of the committee's month */
};

/* Reads everything the locked screen shows at time now, as the kiosk's own
 * account id sees it. out is filled (free it with welcome_free()) or left
 * empty on error. */
enum cs_status welcome_read(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *id, time_t now,
                            struct welcome *out, struct cs_error *err);
void welcome_free(struct welcome *w);

/* True when time alone made w wrong at now: another half-day began (or the
 * day closed), or another month. Reads nothing from the database. */
bool welcome_outdated(const struct welcome *w, const struct cs_config *cfg, time_t now);

#endif
