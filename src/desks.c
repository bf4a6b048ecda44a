/* desks.c — BuroDispo (see desks.h): importing floor plans, the desk map of
 * a floor for a day and half-day, free desks, booking with the rules of the
 * configuration, cancelling, checking in, blocking, and the release of
 * bookings not checked in in time. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "desks.h"
#include "grow.h"
#include "i18n.h"
#include "text.h"
#include "when.h"

/* ---- slots, days, rules ---------------------------------------------- */

const char *desks_slot_slug(enum slot s)
{
	return s == SLOT_MORNING ? "matin" : s == SLOT_AFTERNOON ? "apres-midi" : "journee";
}

const char *desks_slot_label(enum slot s)
{
	return s == SLOT_MORNING ? _("morning") : s == SLOT_AFTERNOON ? _("afternoon")
	                                                            : _("whole day");
}

bool desks_slot_from_slug(const char *s, enum slot *out)
{
	if (strcmp(s, "matin") == 0)
		*out = SLOT_MORNING;
	else if (strcmp(s, "apres-midi") == 0 || strcmp(s, "après-midi") == 0)
		*out = SLOT_AFTERNOON;
	else if (strcmp(s, "journee") == 0 || strcmp(s, "journée") == 0)
		*out = SLOT_DAY;
	else
		return false;
	return true;
}

static int clock_minutes(const char *hhmm)
{
	int h = 0, m = 0;

	if (hhmm == NULL || sscanf(hhmm, "%d:%d", &h, &m) != 2)
		return 0;
	return h * 60 + m;
}

enum cs_status desks_rules_from_config(const struct cs_config *cfg, struct desk_rules *r,
                                       struct cs_error *err)
{
	static const char *const days[] = { "dimanche", "lundi", "mardi", "mercredi",
	                                    "jeudi", "vendredi", "samedi" };

	memset(r, 0, sizeof *r);
	r->days_ahead = cfg->desk_days_ahead;
	r->max_bookings = cfg->desk_max_bookings > 0 ? cfg->desk_max_bookings : 3;
	r->checkin_minutes = cfg->desk_checkin_minutes > 0 ? cfg->desk_checkin_minutes : 30;
	r->morning_start = clock_minutes(cfg->desk_morning_start ? cfg->desk_morning_start : "08:30");
	r->afternoon_start = clock_minutes(cfg->desk_afternoon_start ? cfg->desk_afternoon_start : "13:30");
	r->afternoon_end = clock_minutes(cfg->desk_afternoon_end ? cfg->desk_afternoon_end : "18:00");
	if (r->afternoon_start <= r->morning_start || r->afternoon_end <= r->afternoon_start)
		return cs_error_set(err, CS_ERR_CONFIG,
		                    _("the desk half-days must follow each other: morning start < "
		                      "afternoon start < afternoon end"));
	for (size_t i = 0; i < cfg->desk_weekdays.count; i++)
		for (int d = 0; d < 7; d++)
			if (strcmp(cfg->desk_weekdays.items[i], days[d]) == 0)
				r->weekdays |= 1u << d;
	if (cfg->desk_weekdays.items == NULL)
		r->weekdays = 0x3e;   /* Monday to Friday */
	if (cfg->desk_reserved.count > 0) {
		r->reserved = calloc(cfg->desk_reserved.count, sizeof *r->reserved);
		if (r->reserved == NULL)
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	for (size_t i = 0; i < cfg->desk_reserved.count; i++) {
		const char *v = cfg->desk_reserved.items[i], *slash = strchr(v, '/'),
		           *eq = strchr(v, '=');
		struct desk_reservation *d = &r->reserved[r->reserved_count];
		if (slash == NULL || eq == NULL || eq < slash)
			continue;
		char label[32], *l, *dir;
		d->floor = atoi(v);
		snprintf(label, sizeof label, "%.*s", (int)(eq - slash - 1), slash + 1);
		l = label;
		while (*l == ' ')
			l++;
		l[strcspn(l, " ")] = '\0';
		snprintf(d->label, sizeof d->label, "%.6s", l);
		dir = text_sanitize(eq + 1, TEXT_SINGLE_LINE);   /* trims the spaces */
		d->direction = dir;
		r->reserved_count++;
	}
	return CS_OK;
}

void desks_rules_free(struct desk_rules *r)
{
	for (size_t i = 0; i < r->reserved_count; i++)
		free(r->reserved[i].direction);
	free(r->reserved);
	memset(r, 0, sizeof *r);
}

static const char *reserved_to(const struct desk_rules *r, int floor, const char *label)
{
	for (size_t i = 0; i < r->reserved_count; i++)
		if (r->reserved[i].floor == floor && strcmp(r->reserved[i].label, label) == 0)
			return r->reserved[i].direction;
	return NULL;
}

/* Local time now: today's date and minutes since midnight. */
struct clock {
	char today[12];
	int minutes;
	bool morning_released, afternoon_released;  /* today's cut-offs passed */
	char now_iso[24];
};

static void read_clock(const struct desk_rules *r, time_t now, struct clock *c)
{
	struct tm tm;

	when_local_day(now, c->today);
	localtime_r(&now, &tm);
	c->minutes = tm.tm_hour * 60 + tm.tm_min;
	c->morning_released = c->minutes >= r->morning_start + r->checkin_minutes;
	c->afternoon_released = c->minutes >= r->afternoon_start + r->checkin_minutes;
	{
		struct tm u;
		gmtime_r(&now, &u);
		strftime(c->now_iso, sizeof c->now_iso, "%Y-%m-%dT%H:%M:%SZ", &u);
	}
}

void desks_today(const struct desk_rules *r, time_t now, char day[12], enum slot *slot)
{
	struct clock c;

	read_clock(r, now, &c);
	memcpy(day, c.today, sizeof c.today);
	*slot = c.minutes < r->afternoon_start ? SLOT_MORNING : SLOT_AFTERNOON;
}

/* Day number (days since the epoch) of a "YYYY-MM-DD" date and its weekday;
 * false when it is not a real date. */
static bool day_number(const char *day, long *n, int *weekday)
{
	struct tm tm;
	int y, m, d;
	char tail;
	time_t t;

	if (day == NULL || strlen(day) != 10 || sscanf(day, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return false;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	t = timegm(&tm);
	if (t == (time_t)-1 || tm.tm_mday != d || tm.tm_mon != m - 1)
		return false;
	*n = (long)(t / 86400);
	*weekday = tm.tm_wday;
	return true;
}

/* The effective state of a booking as of the clock (?1 today, ?2 morning
 * released, ?3 afternoon released): a 'reservee' past its check-in window
 * counts as 'liberee'. */
#define EFFECTIVE_STATE(b) \
	"CASE WHEN " b ".state = 'reservee' AND (" b ".day < ?1 OR (" b ".day = ?1 AND" \
	" ((" b ".slot = 'matin' AND ?2) OR (" b ".slot = 'apres-midi' AND ?3))))" \
	" THEN 'liberee' ELSE " b ".state END"

static void bind_clock(sqlite3_stmt *st, const struct clock *c)
{
	db_bind_text(st, 1, c->today);
	sqlite3_bind_int(st, 2, c->morning_released);
	sqlite3_bind_int(st, 3, c->afternoon_released);
}

/* Records the releases the clock implies (inside a write transaction). */
static enum cs_status release_expired(struct cs_db *db, const struct clock *c,
                                      struct cs_error *err)
{
	static const char sql[] =
		"UPDATE bookings SET state = 'liberee', ended_at = ?4"
		" WHERE state = 'reservee' AND day <= ?1 AND (day < ?1 OR"
		" (slot = 'matin' AND ?2) OR (slot = 'apres-midi' AND ?3))";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	bind_clock(st, c);
	db_bind_text(st, 4, c->now_iso);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("releasing the bookings"), err);
}

/* ---- import ------------------------------------------------------------ */

struct import_work {
	const struct cs_identity *id;
	struct floorplan *plans;
	char **sources;
	size_t count;
	size_t desks;
};

static enum cs_status do_import(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char floor_sql[] =
		"INSERT INTO floors(number, name, plan, width, source, updated_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(number) DO UPDATE SET"
		" name = excluded.name, plan = excluded.plan, width = excluded.width,"
		" source = excluded.source, updated_at = excluded.updated_at";
	static const char floor_id_sql[] = "SELECT id FROM floors WHERE number = ?1";
	static const char retire_sql[] = "UPDATE desks SET active = 0 WHERE floor_id = ?1";
	static const char desk_sql[] =
		"INSERT INTO desks(floor_id, label, row, col, attrs, active) VALUES (?1, ?2, ?3, ?4, ?5, 1)"
		" ON CONFLICT(floor_id, label) DO UPDATE SET row = excluded.row, col = excluded.col,"
		" attrs = excluded.attrs, active = 1";
	struct import_work *w = ctx;
	char now[24], detail[64];
	enum cs_status s;
	int rc;

	db_now(now, sizeof now);
	w->desks = 0;
	for (size_t i = 0; i < w->count; i++) {
		struct floorplan *fp = &w->plans[i];
		sqlite3_stmt *st;
		size_t total = 0;
		char *plan;
		int64_t floor_id;

		for (size_t k = 0; k < fp->line_count; k++)
			total += strlen(fp->lines[k]) + 1;
		plan = malloc(total + 1);
		if (plan == NULL)
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		plan[0] = '\0';
		for (size_t k = 0, used = 0; k < fp->line_count; k++) {
			size_t n = strlen(fp->lines[k]);
			memcpy(plan + used, fp->lines[k], n);
			used += n;
			plan[used++] = k + 1 < fp->line_count ? '\n' : '\0';
		}
		if ((st = db_prepare(db, floor_sql, err)) == NULL) {
			free(plan);
			return err->status;
		}
		sqlite3_bind_int(st, 1, fp->number);
		db_bind_text(st, 2, fp->name);
		db_bind_text(st, 3, plan);
		sqlite3_bind_int(st, 4, fp->width);
		db_bind_text(st, 5, w->sources[i]);
		db_bind_text(st, 6, now);
		rc = sqlite3_step(st);
		db_stmt_done(st);
		free(plan);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, _("importing the floors"), err);
		if ((st = db_prepare(db, floor_id_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int(st, 1, fp->number);
		rc = sqlite3_step(st);
		floor_id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
		db_stmt_done(st);
		if (floor_id == 0)
			return db_fail(db, rc, _("importing the floors"), err);
		if ((st = db_prepare(db, retire_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, floor_id);
		rc = sqlite3_step(st);
		db_stmt_done(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, _("importing the floors"), err);
		for (size_t k = 0; k < fp->desk_count; k++) {
			if ((st = db_prepare(db, desk_sql, err)) == NULL)
				return err->status;
			sqlite3_bind_int64(st, 1, floor_id);
			db_bind_text(st, 2, fp->desks[k].label);
			sqlite3_bind_int(st, 3, fp->desks[k].row);
			sqlite3_bind_int(st, 4, fp->desks[k].col);
			sqlite3_bind_int(st, 5, (int)fp->desks[k].attrs);
			rc = sqlite3_step(st);
			db_stmt_done(st);
			if (rc != SQLITE_DONE)
				return db_fail(db, rc, _("importing the desks"), err);
			w->desks++;
		}
	}
	{
		/* A desk no plan draws any more keeps no live booking. */
		static const char cancel_sql[] =
			"UPDATE bookings SET state = 'annulee', ended_at = ?1"
			" WHERE state IN ('reservee', 'occupee')"
			" AND desk_id IN (SELECT id FROM desks WHERE NOT active)";
		sqlite3_stmt *st = db_prepare(db, cancel_sql, err);
		if (st == NULL)
			return err->status;
		db_bind_text(st, 1, now);
		if ((s = db_step_done(db, st, _("importing the desks"), err)) != CS_OK)
			return s;
	}
	snprintf(detail, sizeof detail, "%zu / %zu", w->count, w->desks);
	s = audit_record(db, w->id, "desks.import", "floor", NULL, detail, err);
	return s;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The plan files named by path (a file, or the *.plan of a directory). */
static char **plan_files(const char *path, size_t *count, struct cs_error *err)
{
	struct stat sb;
	char **files = NULL;
	size_t n = 0, cap = 0;
	DIR *d;
	struct dirent *e;

	*count = 0;
	if (stat(path, &sb) != 0) {
		cs_error_set(err, CS_ERR_NOINPUT, _("%s: %s"), path, cs_strerror(errno));
		return NULL;
	}
	if (!S_ISDIR(sb.st_mode)) {
		files = calloc(1, sizeof *files);
		if (files != NULL && (files[0] = strdup(path)) != NULL)
			*count = 1;
		return files;
	}
	d = opendir(path);
	if (d == NULL) {
		cs_error_set(err, CS_ERR_NOINPUT, _("%s: %s"), path, cs_strerror(errno));
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		char full[4096];
		if (len < 6 || strcmp(e->d_name + len - 5, ".plan") != 0 || e->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			char **more = realloc(files, ncap * sizeof *more);
			if (more == NULL)
				break;
			files = more;
			cap = ncap;
		}
		snprintf(full, sizeof full, "%s/%s", path, e->d_name);
		files[n++] = strdup(full);
	}
	closedir(d);
	if (n == 0) {
		free(files);
		cs_error_set(err, CS_ERR_NOINPUT, _("%s: no .plan file in this directory"), path);
		return NULL;
	}
	qsort(files, n, sizeof *files, compare_names);
	*count = n;
	return files;
}

static char *read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long size;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || size > 1024 * 1024
	    || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		errno = EFBIG;
		return NULL;
	}
	buf = malloc((size_t)size + 1);
	if (buf != NULL) {
		*len = fread(buf, 1, (size_t)size, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

enum cs_status desks_import(struct cs_db *db, const struct cs_identity *id,
                            const char *path, size_t *floors, size_t *desks,
                            struct cs_error *err)
{
	struct import_work w = { .id = id };
	enum cs_status s = CS_OK;
	char **files;
	size_t n;

	*floors = *desks = 0;
	if (!identity_has_role(id, ROLE_ADMIN))
		return cs_error_set(err, CS_ERR_PERM, _("only an admin may import the floors"));
	files = plan_files(path, &n, err);
	if (files == NULL)
		return err->status != CS_OK ? err->status : CS_ERR_INTERNAL;
	w.plans = calloc(n, sizeof *w.plans);
	w.sources = files;
	if (w.plans == NULL)
		s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	for (size_t i = 0; s == CS_OK && i < n; i++) {
		size_t len = 0;
		char *buf = read_whole(files[i], &len), msg[512];
		if (buf == NULL) {
			s = cs_error_set(err, CS_ERR_NOINPUT, _("%s: %s"), files[i], cs_strerror(errno));
			break;
		}
		if (!floorplan_parse(files[i], buf, len, &w.plans[i], msg, sizeof msg))
			s = cs_error_set(err, CS_ERR_DATA, _("plan refused: %s"), msg);
		free(buf);
		w.count = i + 1;
		for (size_t k = 0; s == CS_OK && k < i; k++)
			if (w.plans[k].number == w.plans[i].number)
				s = cs_error_set(err, CS_ERR_DATA, _("%s and %s both describe floor %d"),
				                 files[k], files[i], w.plans[i].number);
	}
	if (s == CS_OK)
		s = db_write(db, do_import, &w, err);
	if (s == CS_OK) {
		*floors = w.count;
		*desks = w.desks;
	}
	for (size_t i = 0; i < w.count; i++)
		floorplan_free(&w.plans[i]);
	free(w.plans);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return s;
}

/* ---- floors and the map ------------------------------------------------ */

static enum cs_status do_floors(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT f.number, f.name, (SELECT count(*) FROM desks d WHERE d.floor_id = f.id"
		" AND d.active) FROM floors f ORDER BY f.number";
	struct floor_list *out = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	size_t cap = 0;
	enum cs_status s = CS_OK;
	int rc;

	if (st == NULL)
		return err->status;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&out->items, &cap, out->count, sizeof *out->items)) {
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			break;
		}
		out->items[out->count].number = sqlite3_column_int(st, 0);
		out->items[out->count].name = db_column_dup(st, 1);
		out->items[out->count].desks = (size_t)sqlite3_column_int64(st, 2);
		out->count++;
	}
	if (s == CS_OK && rc != SQLITE_DONE)
		s = db_fail(db, rc, _("reading the floors"), err);
	db_stmt_done(st);
	return s;
}

enum cs_status desks_floors(struct cs_db *db, struct floor_list *out, struct cs_error *err)
{
	enum cs_status s;

	memset(out, 0, sizeof *out);
	s = db_read(db, do_floors, out, err);
	if (s != CS_OK)
		desks_floors_free(out);   /* the rows read before the error */
	return s;
}

void desks_floors_free(struct floor_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i].name);
	free(l->items);
	memset(l, 0, sizeof *l);
}

/* The desks of one floor (or of all: floor < -2) with their live bookings
 * for the slot(s) of the day, merged per desk. */
#define DESK_ROWS \
	"SELECT d.id, f.number, d.label, d.row, d.col, d.attrs, d.blocked_reason," \
	" b.id, b.agent_id, " EFFECTIVE_STATE("b") ", a.name, a.show_presence, b.slot" \
	" FROM desks d JOIN floors f ON f.id = d.floor_id" \
	" LEFT JOIN bookings b ON b.desk_id = d.id AND b.day = ?4" \
	"   AND (?5 = 'journee' OR b.slot = ?5) AND b.state IN ('reservee', 'occupee')" \
	" LEFT JOIN agents a ON a.id = b.agent_id" \
	" WHERE d.active AND (?6 < -2 OR f.number = ?6)" \
	" ORDER BY f.number, d.label, b.slot"

struct view_work {
	const struct cs_identity *id;
	const struct desk_rules *rules;
	int floor;
	const char *day;
	enum slot slot;
	struct clock clock;
	struct desk_view *desks;
	size_t count;
	char *my_direction;
	/* for floor views */
	struct floor_view *view;
};

static enum cs_status load_desks(struct cs_db *db, struct view_work *w, struct cs_error *err)
{
	static const char dir_sql[] = "SELECT direction FROM agents WHERE id = ?1";
	static const char sql[] = DESK_ROWS;
	sqlite3_stmt *st;
	size_t cap = 0;
	int64_t me = identity_effective_id(w->id);
	bool facilitator = identity_has_role(w->id, ROLE_FACILITATOR);
	int rc;

	if ((st = db_prepare(db, dir_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, me);
	if (sqlite3_step(st) == SQLITE_ROW)
		w->my_direction = db_column_dup(st, 0);
	db_stmt_done(st);

	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	bind_clock(st, &w->clock);
	db_bind_text(st, 4, w->day);
	db_bind_text(st, 5, desks_slot_slug(w->slot));
	sqlite3_bind_int(st, 6, w->floor);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct desk_view *d;
		int64_t desk_id = sqlite3_column_int64(st, 0);
		const char *state = (const char *)sqlite3_column_text(st, 9);
		bool booked = sqlite3_column_type(st, 7) != SQLITE_NULL && state != NULL
		              && strcmp(state, "liberee") != 0;

		if (w->count > 0 && w->desks[w->count - 1].id == desk_id) {
			d = &w->desks[w->count - 1];   /* second half-day of a whole day */
		} else {
			const char *reserved;
			if (!cs_grow(&w->desks, &cap, w->count, sizeof *w->desks)) {
				db_stmt_done(st);
				return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			}
			d = &w->desks[w->count++];
			memset(d, 0, sizeof *d);
			d->id = desk_id;
			d->floor = sqlite3_column_int(st, 1);
			snprintf(d->label, sizeof d->label, "%s", (const char *)sqlite3_column_text(st, 2));
			d->row = sqlite3_column_int(st, 3);
			d->col = sqlite3_column_int(st, 4);
			d->attrs = (unsigned)sqlite3_column_int(st, 5);
			d->status = DESK_FREE;
			if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
				d->status = DESK_BLOCKED;
				d->blocked_reason = db_column_dup(st, 6);
			} else if ((reserved = reserved_to(w->rules, d->floor, d->label)) != NULL
			           && (w->my_direction == NULL || strcmp(reserved, w->my_direction) != 0)) {
				char text[200];
				d->status = DESK_BLOCKED;
				snprintf(text, sizeof text, _("reserved to %s"), reserved);
				d->blocked_reason = strdup(text);
			}
		}
		if (!booked)
			continue;
		{
			int64_t holder = sqlite3_column_int64(st, 8);
			bool occupied = strcmp(state, "occupee") == 0;
			bool shown = sqlite3_column_int(st, 11) != 0 || holder == me || facilitator;
			if (holder == me) {
				d->status = DESK_MINE;
				d->checked_in = d->checked_in || occupied;
			} else if (d->status != DESK_MINE) {
				d->status = occupied || d->status == DESK_OCCUPIED ? DESK_OCCUPIED : DESK_BOOKED;
			}
			if (d->booking_id == 0)
				d->booking_id = sqlite3_column_int64(st, 7);
			if (shown && d->holder == NULL)
				d->holder = db_column_dup(st, 10);
		}
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the desks"), err);
}

static void free_desks(struct desk_view *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].holder);
		free(d[i].blocked_reason);
	}
	free(d);
}

static enum cs_status do_floor_view(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] = "SELECT name, plan, width FROM floors WHERE number = ?1";
	struct view_work *w = ctx;
	struct floor_view *v = w->view;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int(st, 1, w->floor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		char *plan = db_column_dup(st, 1), *save = NULL;
		size_t cap = 0;
		v->number = w->floor;
		v->name = db_column_dup(st, 0);
		v->width = sqlite3_column_int(st, 2);
		for (char *line = plan ? strtok_r(plan, "\n", &save) : NULL; line != NULL;
		     line = strtok_r(NULL, "\n", &save)) {
			if (v->line_count == cap) {
				size_t ncap = cap ? cap * 2 : 32;
				char **more = realloc(v->lines, ncap * sizeof *more);
				if (more == NULL)
					break;
				v->lines = more;
				cap = ncap;
			}
			v->lines[v->line_count++] = strdup(line);
		}
		free(plan);
	}
	db_stmt_done(st);
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("there is no floor %d"), w->floor);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, _("reading the floors"), err);
	return load_desks(db, w, err);
}

static enum cs_status check_day(const struct desk_rules *r, const struct clock *c,
                                const char *day, bool for_booking, struct cs_error *err)
{
	long n, today;
	int wd, twd;
	char spoken[64];

	if (!day_number(day, &n, &wd))
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a date (YYYY-MM-DD)"),
		                    day ? day : "");
	if (!for_booking)
		return CS_OK;
	day_number(c->today, &today, &twd);
	when_day_spoken(day, c->today, spoken, sizeof spoken);
	if (n < today)
		return cs_error_set(err, CS_ERR_DATA, _("%s is in the past"), spoken);
	if (n > today + r->days_ahead)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s is too far ahead: desks are booked at most %d days ahead"),
		                    spoken, r->days_ahead);
	if (!(r->weekdays & (1u << wd)))
		return cs_error_set(err, CS_ERR_DATA, _("%s is not a bookable day"), spoken);
	return CS_OK;
}

enum cs_status desks_floor_view(struct cs_db *db, const struct cs_identity *id,
                                const struct desk_rules *rules, int floor,
                                const char *day, enum slot slot, time_t now,
                                struct floor_view *out, struct cs_error *err)
{
	struct view_work w = { .id = id, .rules = rules, .floor = floor, .day = day,
	                       .slot = slot, .view = out };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	read_clock(rules, now, &w.clock);
	if ((s = check_day(rules, &w.clock, day, false, err)) != CS_OK)
		return s;
	s = db_read(db, do_floor_view, &w, err);
	out->desks = w.desks;
	out->desk_count = w.count;
	free(w.my_direction);
	if (s != CS_OK)
		desks_floor_view_free(out);
	return s;
}

void desks_floor_view_free(struct floor_view *v)
{
	free(v->name);
	for (size_t i = 0; i < v->line_count; i++)
		free(v->lines[i]);
	free(v->lines);
	free_desks(v->desks, v->desk_count);
	memset(v, 0, sizeof *v);
}

static enum cs_status do_desk_list(struct cs_db *db, void *ctx, struct cs_error *err)
{
	return load_desks(db, ctx, err);
}

enum cs_status desks_free(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, int floor, const char *day,
                          enum slot slot, time_t now, struct desk_list *out,
                          struct cs_error *err)
{
	struct view_work w = { .id = id, .rules = rules, .floor = floor, .day = day, .slot = slot };
	enum cs_status s;
	size_t kept = 0;

	memset(out, 0, sizeof *out);
	read_clock(rules, now, &w.clock);
	if ((s = check_day(rules, &w.clock, day, false, err)) != CS_OK)
		return s;
	s = db_read(db, do_desk_list, &w, err);
	free(w.my_direction);
	if (s != CS_OK) {
		free_desks(w.desks, w.count);
		return s;
	}
	for (size_t i = 0; i < w.count; i++) {
		if (w.desks[i].status == DESK_FREE)
			w.desks[kept++] = w.desks[i];
		else {
			free(w.desks[i].holder);
			free(w.desks[i].blocked_reason);
		}
	}
	out->items = w.desks;
	out->count = kept;
	return CS_OK;
}

void desks_list_free(struct desk_list *l)
{
	free_desks(l->items, l->count);
	memset(l, 0, sizeof *l);
}

struct find_work {
	const char *name;
	int floor;
	char label[FLOORPLAN_LABEL_MAX];
	int matches;
};

static enum cs_status do_find(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT f.number, d.label FROM desks d JOIN floors f ON f.id = d.floor_id"
		" WHERE d.active AND d.label = ?1 AND (?2 < -2 OR f.number = ?2)";
	struct find_work *w = ctx;
	const char *slash = strchr(w->name, '/');
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc, floor = -1000;

	if (st == NULL)
		return err->status;
	if (slash != NULL) {
		floor = atoi(w->name);
		db_bind_text(st, 1, slash + 1);
	} else {
		db_bind_text(st, 1, w->name);
	}
	sqlite3_bind_int(st, 2, floor);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		w->matches++;
		w->floor = sqlite3_column_int(st, 0);
		snprintf(w->label, sizeof w->label, "%s", (const char *)sqlite3_column_text(st, 1));
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the desks"), err);
}

enum cs_status desks_find(struct cs_db *db, const char *name, int *floor,
                          char label[FLOORPLAN_LABEL_MAX], struct cs_error *err)
{
	struct find_work w = { .name = name };
	enum cs_status s = db_read(db, do_find, &w, err);

	if (s != CS_OK)
		return s;
	if (w.matches == 0)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no desk \"%s\""), name);
	if (w.matches > 1)
		return cs_error_set(err, CS_ERR_USAGE,
		                    _("several floors have a desk \"%s\": write FLOOR/%s"), name, name);
	*floor = w.floor;
	memcpy(label, w.label, FLOORPLAN_LABEL_MAX);
	return CS_OK;
}

/* ---- booking ------------------------------------------------------------ */

struct book_work {
	const struct cs_identity *id;
	const struct desk_rules *rules;
	int floor;
	const char *label, *day;
	enum slot slot;
	struct clock clock;
	int64_t booking;
	bool taken;                 /* lost to another agent */
};

static enum cs_status desk_row(struct cs_db *db, int floor, const char *label,
                               int64_t *desk, char **blocked, struct cs_error *err)
{
	static const char sql[] =
		"SELECT d.id, d.blocked_reason FROM desks d JOIN floors f ON f.id = d.floor_id"
		" WHERE f.number = ?1 AND d.label = ?2 AND d.active";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	*desk = 0;
	*blocked = NULL;
	if (st == NULL)
		return err->status;
	sqlite3_bind_int(st, 1, floor);
	db_bind_text(st, 2, label);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*desk = sqlite3_column_int64(st, 0);
		if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			*blocked = db_column_dup(st, 1);
	}
	db_stmt_done(st);
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no desk %d/%s"), floor, label);
	return rc == SQLITE_ROW ? CS_OK : db_fail(db, rc, _("reading the desks"), err);
}

static enum cs_status do_book(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char live_sql[] =
		"SELECT count(*) FROM bookings WHERE agent_id = ?4 AND state IN ('reservee', 'occupee')"
		" AND (day > ?1 OR (day = ?1 AND NOT ((slot = 'matin' AND ?5) OR"
		" (slot = 'apres-midi' AND ?6))))";
	static const char same_slot_sql[] =
		"SELECT f.number, d.label FROM bookings b JOIN desks d ON d.id = b.desk_id"
		" JOIN floors f ON f.id = d.floor_id WHERE b.agent_id = ?1 AND b.day = ?2"
		" AND b.slot = ?3 AND b.state IN ('reservee', 'occupee')";
	static const char taken_sql[] =
		"SELECT 1 FROM bookings WHERE desk_id = ?1 AND day = ?2 AND slot = ?3"
		" AND state IN ('reservee', 'occupee')";
	static const char ins_sql[] =
		"INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, created_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	static const char dir_sql[] = "SELECT direction FROM agents WHERE id = ?1";
	struct book_work *w = ctx;
	int64_t me = identity_effective_id(w->id), desk;
	char *blocked = NULL;
	const char *reserved;
	enum slot slots[2];
	char spoken[64];
	int nslots = 0, rc;
	long long live;
	enum cs_status s;
	sqlite3_stmt *st;

	if ((s = release_expired(db, &w->clock, err)) != CS_OK)
		return s;
	if ((s = desk_row(db, w->floor, w->label, &desk, &blocked, err)) != CS_OK)
		return s;
	if (blocked != NULL) {
		s = cs_error_set(err, CS_ERR_DATA, _("desk %d/%s is blocked: %s"), w->floor, w->label,
		                 blocked);
		free(blocked);
		return s;
	}
	if ((reserved = reserved_to(w->rules, w->floor, w->label)) != NULL) {
		char *mine = NULL;
		if ((st = db_prepare(db, dir_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, me);
		if (sqlite3_step(st) == SQLITE_ROW)
			mine = db_column_dup(st, 0);
		db_stmt_done(st);
		if (mine == NULL || strcmp(mine, reserved) != 0) {
			free(mine);
			return cs_error_set(err, CS_ERR_PERM, _("desk %d/%s is reserved to %s"),
			                    w->floor, w->label, reserved);
		}
		free(mine);
	}
	if (w->slot != SLOT_AFTERNOON)
		slots[nslots++] = SLOT_MORNING;
	if (w->slot != SLOT_MORNING)
		slots[nslots++] = SLOT_AFTERNOON;

	if ((st = db_prepare(db, live_sql, err)) == NULL)
		return err->status;
	bind_clock(st, &w->clock);
	sqlite3_bind_int64(st, 4, me);
	sqlite3_bind_int(st, 5, w->clock.morning_released);
	sqlite3_bind_int(st, 6, w->clock.afternoon_released);
	rc = sqlite3_step(st);
	live = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	db_stmt_done(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, _("reading the bookings"), err);
	if (live + nslots > w->rules->max_bookings)
		return cs_error_set(err, CS_ERR_DATA,
		                    P_("you already have %lld live booking: at most %d half-day(s) "
		                       "booked ahead", "you already have %lld live bookings: at most %d "
		                       "half-day(s) booked ahead", live),
		                    live, w->rules->max_bookings);
	when_day_spoken(w->day, w->clock.today, spoken, sizeof spoken);
	for (int i = 0; i < nslots; i++) {
		if ((st = db_prepare(db, same_slot_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, me);
		db_bind_text(st, 2, w->day);
		db_bind_text(st, 3, desks_slot_slug(slots[i]));
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			s = cs_error_set(err, CS_ERR_DATA,
			                 _("you already have desk %d/%s on %s, %s"),
			                 sqlite3_column_int(st, 0), (const char *)sqlite3_column_text(st, 1),
			                 spoken, desks_slot_label(slots[i]));
			db_stmt_done(st);
			return s;
		}
		db_stmt_done(st);
		if ((st = db_prepare(db, taken_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, desk);
		db_bind_text(st, 2, w->day);
		db_bind_text(st, 3, desks_slot_slug(slots[i]));
		rc = sqlite3_step(st);
		db_stmt_done(st);
		if (rc == SQLITE_ROW) {
			w->taken = true;
			return cs_error_set(err, CS_ERR_CONFLICT,
			                    _("desk %d/%s is already booked on %s, %s"), w->floor,
			                    w->label, spoken, desks_slot_label(slots[i]));
		}
		if ((st = db_prepare(db, ins_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, desk);
		sqlite3_bind_int64(st, 2, me);
		sqlite3_bind_int64(st, 3, w->id->agent_id);
		db_bind_text(st, 4, w->day);
		db_bind_text(st, 5, desks_slot_slug(slots[i]));
		db_bind_text(st, 6, w->clock.now_iso);
		rc = sqlite3_step(st);
		db_stmt_done(st);
		if ((rc & 0xff) == SQLITE_CONSTRAINT) {
			/* The schema's unique index: another agent won the race. */
			w->taken = true;
			return cs_error_set(err, CS_ERR_CONFLICT,
			                    _("desk %d/%s is already booked on %s, %s"), w->floor,
			                    w->label, spoken, desks_slot_label(slots[i]));
		}
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, _("booking the desk"), err);
		if (i == 0)
			w->booking = sqlite3_last_insert_rowid(db_handle(db));
	}
	{
		char detail[96];
		snprintf(detail, sizeof detail, "%d/%s %s %s", w->floor, w->label, w->day,
		         desks_slot_slug(w->slot));
		return audit_record(db, w->id, "desk.book", "desk", NULL, detail, err);
	}
}

/* The nearest free desk to (floor, label) for that day and slot. */
static void nearest_free(struct cs_db *db, const struct cs_identity *id,
                         const struct desk_rules *rules, int floor, const char *label,
                         const char *day, enum slot slot, time_t now, char out[32])
{
	struct desk_list free_desks;
	struct cs_error quiet;
	int row = 0, col = 0;
	long best = -1;

	out[0] = '\0';
	if (desks_free(db, id, rules, floor, day, slot, now, &free_desks, &quiet) != CS_OK)
		return;
	{
		struct floor_view v;
		if (desks_floor_view(db, id, rules, floor, day, slot, now, &v, &quiet) == CS_OK) {
			for (size_t i = 0; i < v.desk_count; i++)
				if (strcmp(v.desks[i].label, label) == 0) {
					row = v.desks[i].row;
					col = v.desks[i].col;
				}
			desks_floor_view_free(&v);
		}
	}
	for (size_t i = 0; i < free_desks.count; i++) {
		const struct desk_view *d = &free_desks.items[i];
		/* a text row is about twice as tall as a column is wide */
		long dist = 4L * (d->row - row) * (d->row - row) + (long)(d->col - col) * (d->col - col);
		if (best < 0 || dist < best) {
			best = dist;
			snprintf(out, 32, "%d/%s", d->floor, d->label);
		}
	}
	desks_list_free(&free_desks);
}

enum cs_status desks_book(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, int floor, const char *label,
                          const char *day, enum slot slot, time_t now,
                          char nearest[32], int64_t *booking, struct cs_error *err)
{
	struct book_work w = { .id = id, .rules = rules, .floor = floor, .label = label,
	                       .day = day, .slot = slot };
	enum cs_status s;

	nearest[0] = '\0';
	*booking = 0;
	read_clock(rules, now, &w.clock);
	if ((s = check_day(rules, &w.clock, day, true, err)) != CS_OK)
		return s;
	if (strcmp(day, w.clock.today) == 0
	    && ((slot != SLOT_AFTERNOON && w.clock.morning_released)
	        || (slot == SLOT_AFTERNOON && w.clock.afternoon_released)))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("too late to book this half-day: its check-in time is over"));
	s = db_write(db, do_book, &w, err);
	if (s == CS_ERR_CONFLICT && w.taken)
		nearest_free(db, id, rules, floor, label, day, slot, now, nearest);
	*booking = w.booking;
	return s;
}

struct change_work {
	const struct cs_identity *id;
	const struct desk_rules *rules;
	int floor;
	const char *label, *day, *reason;
	enum slot slot;
	struct clock clock;
	bool block;
};

static enum cs_status do_cancel(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"UPDATE bookings SET state = 'annulee', ended_at = ?4"
		" WHERE desk_id = ?5 AND day = ?6 AND (?7 = 'journee' OR slot = ?7)"
		" AND state IN ('reservee', 'occupee') AND (agent_id = ?8 OR ?9)";
	struct change_work *w = ctx;
	int64_t desk;
	char *blocked = NULL, detail[96];
	sqlite3_stmt *st;
	enum cs_status s;
	int rc;

	if ((s = release_expired(db, &w->clock, err)) != CS_OK)
		return s;
	if ((s = desk_row(db, w->floor, w->label, &desk, &blocked, err)) != CS_OK)
		return s;
	free(blocked);
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	bind_clock(st, &w->clock);
	db_bind_text(st, 4, w->clock.now_iso);
	sqlite3_bind_int64(st, 5, desk);
	db_bind_text(st, 6, w->day);
	db_bind_text(st, 7, desks_slot_slug(w->slot));
	sqlite3_bind_int64(st, 8, identity_effective_id(w->id));
	sqlite3_bind_int(st, 9, identity_has_role(w->id, ROLE_FACILITATOR));
	rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("cancelling the booking"), err);
	if (sqlite3_changes(db_handle(db)) == 0)
	{
		char spoken[64];
		when_day_spoken(w->day, w->clock.today, spoken, sizeof spoken);
		return cs_error_set(err, CS_ERR_NOTFOUND,
		                    _("you have no live booking of desk %d/%s on %s, %s"),
		                    w->floor, w->label, spoken, desks_slot_label(w->slot));
	}
	snprintf(detail, sizeof detail, "%d/%s %s %s", w->floor, w->label, w->day,
	         desks_slot_slug(w->slot));
	return audit_record(db, w->id, "desk.cancel", "desk", NULL, detail, err);
}

enum cs_status desks_cancel(struct cs_db *db, const struct cs_identity *id,
                            const struct desk_rules *rules, int floor, const char *label,
                            const char *day, enum slot slot, time_t now,
                            struct cs_error *err)
{
	struct change_work w = { .id = id, .rules = rules, .floor = floor, .label = label,
	                         .day = day, .slot = slot };
	enum cs_status s;

	read_clock(rules, now, &w.clock);
	if ((s = check_day(rules, &w.clock, day, false, err)) != CS_OK)
		return s;
	return db_write(db, do_cancel, &w, err);
}

static enum cs_status do_checkin(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char find_sql[] =
		"SELECT b.id, b.agent_id, b.state FROM bookings b WHERE b.desk_id = ?1 AND b.day = ?2"
		" AND b.slot = ?3 AND b.state IN ('reservee', 'occupee')";
	static const char upd_sql[] =
		"UPDATE bookings SET state = 'occupee', checked_in_at = ?2 WHERE id = ?1";
	struct change_work *w = ctx;
	int64_t desk, booking = 0, holder = 0;
	char *blocked = NULL, state[16] = "", detail[96];
	sqlite3_stmt *st;
	enum cs_status s;
	int rc;

	if ((s = release_expired(db, &w->clock, err)) != CS_OK)
		return s;
	if ((s = desk_row(db, w->floor, w->label, &desk, &blocked, err)) != CS_OK)
		return s;
	free(blocked);
	if ((st = db_prepare(db, find_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, desk);
	db_bind_text(st, 2, w->clock.today);
	db_bind_text(st, 3, desks_slot_slug(w->slot));
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		booking = sqlite3_column_int64(st, 0);
		holder = sqlite3_column_int64(st, 1);
		snprintf(state, sizeof state, "%s", (const char *)sqlite3_column_text(st, 2));
	}
	db_stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the bookings"), err);
	if (booking == 0 && w->slot == SLOT_MORNING) {
		/* Booked for the afternoon: say when its check-in opens. */
		if ((st = db_prepare(db, find_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, desk);
		db_bind_text(st, 2, w->clock.today);
		db_bind_text(st, 3, desks_slot_slug(SLOT_AFTERNOON));
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			holder = sqlite3_column_int64(st, 1);
		db_stmt_done(st);
		if (holder != 0 && holder != identity_effective_id(w->id))
			return cs_error_set(err, CS_ERR_PERM,
			                    _("desk %d/%s is booked by someone else: you can only check in "
			                      "your own booking"), w->floor, w->label);
		if (holder != 0)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("your booking of desk %d/%s is for the afternoon: check-in opens "
			                      "at %d h %02d"), w->floor, w->label,
			                    (w->rules->afternoon_start - 30) / 60,
			                    (w->rules->afternoon_start - 30) % 60);
	}
	if (booking == 0)
		return cs_error_set(err, CS_ERR_NOTFOUND,
		                    _("no live booking of desk %d/%s this %s (a booking not checked "
		                      "in within %d minutes is released)"), w->floor, w->label,
		                    desks_slot_label(w->slot), w->rules->checkin_minutes);
	if (holder != identity_effective_id(w->id))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("desk %d/%s is booked by someone else: you can only check in "
		                      "your own booking"), w->floor, w->label);
	if (strcmp(state, "occupee") == 0)
		return cs_error_set(err, CS_ERR_DATA, _("you are already checked in at desk %d/%s"),
		                    w->floor, w->label);
	if ((st = db_prepare(db, upd_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, booking);
	db_bind_text(st, 2, w->clock.now_iso);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("checking in"), err);
	snprintf(detail, sizeof detail, "%d/%s %s %s", w->floor, w->label, w->clock.today,
	         desks_slot_slug(w->slot));
	return audit_record(db, w->id, "desk.checkin", "desk", NULL, detail, err);
}

enum cs_status desks_checkin(struct cs_db *db, const struct cs_identity *id,
                             const struct desk_rules *rules, int floor, const char *label,
                             time_t now, struct cs_error *err)
{
	struct change_work w = { .id = id, .rules = rules, .floor = floor, .label = label };
	long n;
	int wd;

	read_clock(rules, now, &w.clock);
	w.day = w.clock.today;
	/* Which half-day: from 30 minutes before its start to its end. */
	if (w.clock.minutes >= rules->morning_start - 30 && w.clock.minutes < rules->afternoon_start - 30)
		w.slot = SLOT_MORNING;
	else if (w.clock.minutes >= rules->afternoon_start - 30 && w.clock.minutes < rules->afternoon_end)
		w.slot = SLOT_AFTERNOON;
	else
		return cs_error_set(err, CS_ERR_DATA,
		                    _("check-in is open from 30 minutes before a half-day starts "
		                      "until it ends"));
	if (!day_number(w.clock.today, &n, &wd) || !(rules->weekdays & (1u << wd)))
		return cs_error_set(err, CS_ERR_DATA, _("today is not a bookable day"));
	return db_write(db, do_checkin, &w, err);
}

static enum cs_status do_mine(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT b.id, f.number, d.label, b.day, b.slot, " EFFECTIVE_STATE("b")
		" FROM bookings b JOIN desks d ON d.id = b.desk_id JOIN floors f ON f.id = d.floor_id"
		" WHERE b.agent_id = ?4 AND b.day >= ?5 ORDER BY b.day, b.slot <> 'matin', b.id";
	struct { struct view_work v; struct booking_list *out; } *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	size_t cap = 0;
	char since[12];
	long n;
	int wd, rc;

	if (st == NULL)
		return err->status;
	/* a week of history with what is ahead */
	day_number(w->v.clock.today, &n, &wd);
	{
		time_t t = (time_t)(n - 7) * 86400;
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(since, sizeof since, "%Y-%m-%d", &tm);
	}
	bind_clock(st, &w->v.clock);
	sqlite3_bind_int64(st, 4, identity_effective_id(w->v.id));
	db_bind_text(st, 5, since);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct booking *b;
		if (!cs_grow(&w->out->items, &cap, w->out->count, sizeof *w->out->items))
			break;
		b = &w->out->items[w->out->count++];
		b->id = sqlite3_column_int64(st, 0);
		b->floor = sqlite3_column_int(st, 1);
		snprintf(b->label, sizeof b->label, "%s", (const char *)sqlite3_column_text(st, 2));
		snprintf(b->day, sizeof b->day, "%s", (const char *)sqlite3_column_text(st, 3));
		b->slot = strcmp((const char *)sqlite3_column_text(st, 4), "matin") == 0
		          ? SLOT_MORNING : SLOT_AFTERNOON;
		snprintf(b->state, sizeof b->state, "%s", (const char *)sqlite3_column_text(st, 5));
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? CS_OK
	                                             : db_fail(db, rc, _("reading the bookings"), err);
}

enum cs_status desks_mine(struct cs_db *db, const struct cs_identity *id,
                          const struct desk_rules *rules, time_t now,
                          struct booking_list *out, struct cs_error *err)
{
	struct { struct view_work v; struct booking_list *out; } w;

	memset(&w, 0, sizeof w);
	memset(out, 0, sizeof *out);
	w.v.id = id;
	w.v.rules = rules;
	w.out = out;
	read_clock(rules, now, &w.v.clock);
	return db_read(db, do_mine, &w, err);
}

void desks_bookings_free(struct booking_list *l)
{
	free(l->items);
	memset(l, 0, sizeof *l);
}

static enum cs_status do_block(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char upd_sql[] =
		"UPDATE desks SET blocked_reason = ?3 WHERE label = ?2"
		" AND floor_id = (SELECT id FROM floors WHERE number = ?1) AND active";
	static const char cancel_sql[] =
		"UPDATE bookings SET state = 'annulee', ended_at = ?2 WHERE desk_id = ?1"
		" AND state IN ('reservee', 'occupee')";
	struct change_work *w = ctx;
	int64_t desk;
	char *blocked = NULL, detail[160];
	sqlite3_stmt *st;
	enum cs_status s;
	int rc;

	if ((s = desk_row(db, w->floor, w->label, &desk, &blocked, err)) != CS_OK)
		return s;
	free(blocked);
	if ((st = db_prepare(db, upd_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int(st, 1, w->floor);
	db_bind_text(st, 2, w->label);
	db_bind_text(st, 3, w->block ? w->reason : NULL);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("blocking the desk"), err);
	if (w->block) {
		if ((st = db_prepare(db, cancel_sql, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, desk);
		db_bind_text(st, 2, w->clock.now_iso);
		rc = sqlite3_step(st);
		db_stmt_done(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, _("blocking the desk"), err);
	}
	snprintf(detail, sizeof detail, "%d/%s %s", w->floor, w->label, w->block ? w->reason : "");
	return audit_record(db, w->id, w->block ? "desk.block" : "desk.unblock", "desk", NULL,
	                    detail, err);
}

enum cs_status desks_block(struct cs_db *db, const struct cs_identity *id,
                           int floor, const char *label, const char *reason,
                           struct cs_error *err)
{
	struct change_work w = { .id = id, .floor = floor, .label = label, .block = reason != NULL };
	char *clean = NULL;
	enum cs_status s;

	if (!identity_has_role(id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM, _("only a facilitator may block or unblock a desk"));
	if (reason != NULL) {
		clean = text_sanitize(reason, TEXT_SINGLE_LINE);
		if (clean == NULL || clean[0] == '\0' || text_length(clean) > 200) {
			free(clean);
			return cs_error_set(err, CS_ERR_DATA, _("blocking a desk needs a reason (at most 200 characters)"));
		}
	}
	w.reason = clean;
	{
		struct desk_rules none;
		memset(&none, 0, sizeof none);
		none.morning_start = 0;
		read_clock(&none, time(NULL), &w.clock);
	}
	s = db_write(db, do_block, &w, err);
	free(clean);
	return s;
}

static enum cs_status do_presence(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] = "UPDATE agents SET show_presence = ?2 WHERE id = ?1";
	struct { const struct cs_identity *id; bool shown; } *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, identity_effective_id(w->id));
	sqlite3_bind_int(st, 2, w->shown);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("saving your choice"), err);
}

enum cs_status desks_set_presence(struct cs_db *db, const struct cs_identity *id,
                                  bool shown, struct cs_error *err)
{
	struct { const struct cs_identity *id; bool shown; } w = { id, shown };

	return db_write(db, do_presence, &w, err);
}
