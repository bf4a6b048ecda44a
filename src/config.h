/* config.h — the configuration: the system file (database path, roles,
 * refresh interval, language) and the optional user file (preferences only).
 * Both are read with libconfuse from option tables in config.c, which are
 * the single source of truth (construisons.conf(5) documents each option, and
 * a test checks it). A file that fails to parse is reported with its name and
 * line and nothing from it is used. */
#ifndef CS_CONFIG_H
#define CS_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"
#include "privilege.h"

struct cs_string_list {
	char **items;
	size_t count;
};

struct cs_config {
	char *system_file;    /* the system file that was read, NULL if none */
	char *user_file;      /* the user file that was read, NULL if none */
	char *notice;         /* a line for the user (a user file ignored), or NULL */

	/* system file */
	char *database;       /* path of the shared database (never NULL) */
	struct cs_string_list facilitator_groups, facilitators;
	struct cs_string_list committee_groups, committee_members;
	struct cs_string_list admin_groups, admins;
	int refresh_interval; /* seconds between change polls, 1..3600 */
	bool drafts;          /* keep a form's text as a draft when the program
	                         is stopped, offer it back (false on a kiosk) */
	char *language;       /* "fr" (default) or "en" */
	int busy_timeout;     /* seconds of retry before "base occupée", 1..600 */
	int lease_time;       /* seconds before another host's silent lock is stale, 5..3600 */
	int clock_drift_max;  /* seconds this host's clock may differ from the share's
	                         before writes are refused, 0 (no check)..3600 */

	/* BuroDispo */
	int desk_days_ahead;         /* 0..365 */
	int desk_max_bookings;       /* live half-day bookings per agent, 1..50 */
	int desk_checkin_minutes;    /* 5..240 */
	char *desk_morning_start;    /* "HH:MM" */
	char *desk_afternoon_start;
	char *desk_afternoon_end;
	struct cs_string_list desk_weekdays;   /* "lundi"... */
	struct cs_string_list desk_reserved;   /* "FLOOR/LABEL=Direction" */

	/* l'Accorderie (durations in minutes) */
	int ledger_opening_minutes;  /* 0..100 h */
	int ledger_floor_minutes;    /* -500 h..0 */
	int ledger_ceiling_minutes;  /* 1 h..999 h */
	int ledger_confirm_days;     /* 0 (never)..90 */
	int ledger_rounding;         /* 1, 5, 10, 15, 30 or 60 */
	struct cs_string_list ledger_categories;

	/* the kiosk */
	unsigned kiosk_unlock_roles;  /* enum cs_role bits that may unlock it */
	int kiosk_idle_lock;          /* minutes without a key before it locks, 1..120 */

	/* printing (reports) */
	char *print_queue;           /* CUPS queue; "" is CUPS's default (never NULL) */
	int print_copies;            /* 1..99 */

	/* user file */
	bool colors;          /* use colours when the terminal has them */
	bool mouse;           /* accept mouse clicks */
	bool ascii_only;      /* draw lines and glyphs with ASCII only */
};

/* Where the system file is looked for: path if not NULL (--config), else
 * $CONSTRUISONS_CONFIG, else SYSCONFDIR/construisons.conf. An explicitly
 * named file must exist; the default one may be absent (defaults apply).
 * The user file is $XDG_CONFIG_HOME/construisons/construisons.conf (or
 * ~/.config/...), optional. On error cfg is left zeroed and err says which
 * file and line (an unclosed comment included). cfg must be released with
 * config_free(). Same as config_load_as() for this process's privilege. */
enum cs_status config_load(struct cs_config *cfg, const char *path,
                           struct cs_error *err);

/* config_load() as a process with p would (privilege.h): when p may not be
 * steered, path and $CONSTRUISONS_CONFIG are ignored; the system file at
 * its compiled path must then be root's and only root's to write (else
 * CS_ERR_CONFIG naming the file and what is wrong), and under AT_SECURE it
 * must name the database. Under AT_SECURE the user file is read only when
 * it is a regular file of the real user's, not a link; otherwise it is
 * ignored and cfg->notice says so. */
enum cs_status config_load_as(struct cs_config *cfg, const char *path,
                              const struct privilege *p, struct cs_error *err);

/* Parses only the system file at path (no user file, no environment);
 * used by config_load_as and by tests. With p not NULL, the file is held
 * as p requires (config_load_as: root's and only root's to write, a
 * database named under AT_SECURE); NULL checks nothing. */
enum cs_status config_load_system_file(struct cs_config *cfg, const char *path,
                                       bool must_exist, const struct privilege *p,
                                       struct cs_error *err);

/* Releases what config_load allocated; cfg is zeroed. */
void config_free(struct cs_config *cfg);

/* The embedded default database path:
 * $XDG_DATA_HOME/construisons/construisons.db (or ~/.local/share/...).
 * Newly allocated; caller frees. NULL when this process may not have one
 * (under AT_SECURE, not root: the user's environment would choose where
 * `init` creates directories) or without memory. */
char *config_default_database(void);

/* True when list contains s. */
bool config_list_has(const struct cs_string_list *list, const char *s);

/* The names of every option of the system table (which == 0) or the user
 * table (which == 1), NULL-terminated, static storage. */
const char *const *config_option_names(int which);

#endif
