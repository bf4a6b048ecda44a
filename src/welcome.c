/* welcome.c — the locked screen's figures (see welcome.h): desks counted
 * with the desk map's own rules (desks_free), the committee's ideas and
 * the latest moves from the ideas and their transitions, the announcements
 * through the Accorderie's own listing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "welcome.h"
#include "when.h"

/* The half-day open at now (has is false after the afternoon's end and on
 * a closed day), and the next one that can be booked. */
static void half_days(const struct desk_rules *r, time_t now, struct welcome *w)
{
	char today[12];
	enum slot slot;
	struct tm tm;
	int minutes;
	long n;

	desks_today(r, now, today, &slot);
	localtime_r(&now, &tm);
	minutes = tm.tm_hour * 60 + tm.tm_min;
	n = when_day_number(today);
	w->has_now = n >= 0 && (r->weekdays & (1u << tm.tm_wday)) &&
	             minutes < r->afternoon_end;
	if (w->has_now) {
		memcpy(w->now_day, today, sizeof w->now_day);
		w->now_slot = slot;
		if (slot == SLOT_MORNING) {
			memcpy(w->next_day, today, sizeof w->next_day);
			w->next_slot = SLOT_AFTERNOON;
			w->has_next = true;
			return;
		}
	}
	/* the morning of the next bookable day */
	for (long k = 1; n >= 0 && k <= r->days_ahead && k <= 14; k++) {
		long wd = ((n + k + 4) % 7 + 7) % 7;   /* 1970-01-01: Thursday */
		int y, m, d;
		if (!(r->weekdays & (1u << wd)))
			continue;
		when_civil_from_days(n + k, &y, &m, &d);
		snprintf(w->next_day, sizeof w->next_day, "%04d-%02d-%02d", y, m, d);
		w->next_slot = SLOT_MORNING;
		w->has_next = true;
		return;
	}
}

static enum cs_status count_free(struct cs_db *db, const struct cs_identity *id,
                                 const struct desk_rules *r, const char *day,
                                 enum slot slot, time_t now, struct welcome *w,
                                 bool next, struct cs_error *err)
{
	struct desk_list l;
	enum cs_status s = desks_free(db, id, r, -1000, day, slot, now, &l, err);

	if (s != CS_OK)
		return s;
	for (size_t i = 0; i < l.count; i++)
		for (size_t f = 0; f < w->floor_count; f++)
			if (w->floors[f].number == l.items[i].floor) {
				if (next)
					w->floors[f].free_next++;
				else
					w->floors[f].free_now++;
			}
	desks_list_free(&l);
	return CS_OK;
}

static enum cs_status read_desks(struct cs_db *db, const struct cs_config *cfg,
                                 const struct cs_identity *id, time_t now,
                                 struct welcome *w, struct cs_error *err)
{
	struct desk_rules rules;
	struct floor_list fl;
	enum cs_status s;

	if ((s = desks_rules_from_config(cfg, &rules, err)) != CS_OK)
		return s;
	half_days(&rules, now, w);
	if ((s = desks_floors(db, &fl, err)) != CS_OK) {
		desks_rules_free(&rules);
		return s;
	}
	w->floors = calloc(fl.count ? fl.count : 1, sizeof *w->floors);
	if (w->floors == NULL) {
		desks_floors_free(&fl);
		desks_rules_free(&rules);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	for (size_t i = 0; i < fl.count; i++) {
		w->floors[i].number = fl.items[i].number;
		w->floors[i].desks = fl.items[i].desks;
		w->floors[i].name = fl.items[i].name;   /* taken over */
		fl.items[i].name = NULL;
	}
	w->floor_count = fl.count;
	desks_floors_free(&fl);
	if (w->has_now)
		s = count_free(db, id, &rules, w->now_day, w->now_slot, now, w, false, err);
	if (s == CS_OK && w->has_next)
		s = count_free(db, id, &rules, w->next_day, w->next_slot, now, w, true, err);
	desks_rules_free(&rules);
	return s;
}

struct idea_work {
	struct welcome *w;
	const char *month_start;   /* stored UTC of the 1st of this month */
};

static enum cs_status do_ideas(struct cs_db *db, void *ctx, struct cs_error *err)
{
	/* in committee this month: there now, or moved in or out of it since
	 * the month began (the committee met) */
	static const char committee_sql[] =
		"SELECT i.ref, i.title, i.stage FROM ideas i"
		" WHERE i.stage = 'comite' OR EXISTS (SELECT 1 FROM transitions t"
		"  WHERE t.idea_id = i.id AND t.at >= ?1"
		"  AND (t.to_stage = 'comite' OR t.from_stage = 'comite'))"
		" ORDER BY i.stage <> 'comite', i.ref";
	/* the moves: an idea deposited, or moved from one stage to another */
	static const char moves_sql[] =
		"SELECT ref, title, stage, at FROM ("
		" SELECT i.ref, i.title, t.to_stage AS stage, t.at, t.id AS n FROM transitions t"
		"  JOIN ideas i ON i.id = t.idea_id"
		" UNION ALL SELECT ref, title, 'deposee', created_at, 0 FROM ideas)"
		" ORDER BY at DESC, n DESC LIMIT ?1";
	struct idea_work *iw = ctx;
	struct welcome *w = iw->w;
	sqlite3_stmt *st;
	int rc;

	if ((st = db_prepare(db, committee_sql, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, iw->month_start);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		w->committee_count++;
		if (w->committee_listed >= WELCOME_LINES)
			continue;
		struct welcome_idea *it = &w->committee[w->committee_listed++];
		db_column_copy(st, 0, it->ref, sizeof it->ref);
		it->title = db_column_dup(st, 1);
		stage_from_slug((const char *)sqlite3_column_text(st, 2), &it->stage);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the ideas"), err);
	if ((st = db_prepare(db, moves_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int(st, 1, WELCOME_LINES);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && w->move_count < WELCOME_LINES) {
		struct welcome_idea *it = &w->moves[w->move_count++];
		db_column_copy(st, 0, it->ref, sizeof it->ref);
		it->title = db_column_dup(st, 1);
		stage_from_slug((const char *)sqlite3_column_text(st, 2), &it->stage);
		db_column_copy(st, 3, it->at, sizeof it->at);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(db, rc, _("reading the ideas"), err);
	return CS_OK;
}

static enum cs_status read_ideas(struct cs_db *db, time_t now, struct welcome *w,
                                 struct cs_error *err)
{
	struct tm tm;
	time_t first;
	char month_start[24];
	struct idea_work iw = { w, month_start };

	localtime_r(&now, &tm);
	tm.tm_mday = 1;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	first = mktime(&tm);
	gmtime_r(&first, &tm);
	strftime(month_start, sizeof month_start, "%Y-%m-%dT%H:%M:%SZ", &tm);
	w->committee = calloc(WELCOME_LINES, sizeof *w->committee);
	w->moves = calloc(WELCOME_LINES, sizeof *w->moves);
	if (w->committee == NULL || w->moves == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	return db_read(db, do_ideas, &iw, err);
}

static void month_of(time_t now, char month[8])
{
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(month, 8, "%Y-%m", &tm);
}

bool welcome_outdated(const struct welcome *w, const struct cs_config *cfg, time_t now)
{
	struct welcome t;
	struct desk_rules rules;
	struct cs_error err;
	char month[8];

	month_of(now, month);
	if (strcmp(month, w->month) != 0)
		return true;
	if (desks_rules_from_config(cfg, &rules, &err) != CS_OK)
		return false;
	memset(&t, 0, sizeof t);
	half_days(&rules, now, &t);
	desks_rules_free(&rules);
	return t.has_now != w->has_now || t.has_next != w->has_next ||
	       (t.has_now && (strcmp(t.now_day, w->now_day) != 0 || t.now_slot != w->now_slot)) ||
	       (t.has_next && (strcmp(t.next_day, w->next_day) != 0 ||
	                       t.next_slot != w->next_slot));
}

enum cs_status welcome_read(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *id, time_t now,
                            struct welcome *out, struct cs_error *err)
{
	struct ledger_ad_filter filter = { .kind = -1 };
	enum cs_status s;

	memset(out, 0, sizeof *out);
	month_of(now, out->month);
	s = read_desks(db, cfg, id, now, out, err);
	if (s == CS_OK)
		s = read_ideas(db, now, out, err);
	if (s == CS_OK)
		s = ledger_ads(db, id, &filter, now, &out->ads, err);
	if (s == CS_OK)
		while (out->ads.count > WELCOME_LINES)
			ledger_ad_free(&out->ads.items[--out->ads.count]);
	if (s != CS_OK)
		welcome_free(out);
	return s;
}

void welcome_free(struct welcome *w)
{
	for (size_t i = 0; i < w->floor_count; i++)
		free(w->floors[i].name);
	free(w->floors);
	for (size_t i = 0; w->committee && i < w->committee_listed; i++)
		free(w->committee[i].title);
	free(w->committee);
	for (size_t i = 0; w->moves && i < w->move_count; i++)
		free(w->moves[i].title);
	free(w->moves);
	ledger_ads_free(&w->ads);
	memset(w, 0, sizeof *w);
}
