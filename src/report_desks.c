/* report_desks.c — BuroDispo's occupancy over a period: per floor and
 * half-day the desks booked, checked in, released (booked but nobody came:
 * released after the check-in window, or still waiting on a past day) and
 * cancelled; per floor the desks that can be booked and the blocked ones,
 * and the no-show rate; a heat map floor x day of the share of the floor's
 * half-days that were booked. Bookings of today and later still waiting
 * count as booked only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desks.h"
#include "grow.h"
#include "i18n.h"
#include "report_int.h"
#include "when.h"

#define MAX_FLOORS 40
#define HEAT_MAX_DAYS 62

struct floor_sum {
	int number;
	long long desks, blocked;
	long long booked, present, absent, cancelled;
};

static void floor_label(int number, char *buf, size_t size)
{
	if (number == 0)
		snprintf(buf, size, "%s", _("Ground floor"));
	else
		snprintf(buf, size, _("Floor %d"), number);
}

static enum cs_status load_floors(struct cs_db *db, const struct report_ctx *rc,
                                  struct floor_sum *f, size_t *n, struct cs_error *err)
{
	static const char sql[] =
		"SELECT f.number, coalesce(sum(d.active = 1 AND d.blocked_reason IS NULL), 0),"
		" coalesce(sum(d.active = 1 AND d.blocked_reason IS NOT NULL), 0)"
		" FROM floors f LEFT JOIN desks d ON d.floor_id = f.id"
		" WHERE ?1 IS NULL OR f.number = ?1 GROUP BY f.id ORDER BY f.number";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int step;

	*n = 0;
	if (st == NULL)
		return err->status;
	if (rc->req->has_floor)
		sqlite3_bind_int(st, 1, rc->req->floor);
	while ((step = sqlite3_step(st)) == SQLITE_ROW && *n < MAX_FLOORS) {
		memset(&f[*n], 0, sizeof f[*n]);
		f[*n].number = sqlite3_column_int(st, 0);
		f[*n].desks = sqlite3_column_int64(st, 1);
		f[*n].blocked = sqlite3_column_int64(st, 2);
		(*n)++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE && step != SQLITE_ROW)
		return db_fail(db, step, _("reading the floors"), err);
	if (*n == 0 && rc->req->has_floor)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("there is no floor %d"), rc->req->floor);
	return CS_OK;
}

static struct floor_sum *find_floor(struct floor_sum *f, size_t n, int number)
{
	for (size_t i = 0; i < n; i++)
		if (f[i].number == number)
			return &f[i];
	return NULL;
}

enum cs_status report_occupancy(struct cs_db *db, const struct report_ctx *rc,
                                struct reportdoc *doc, struct cs_error *err)
{
	static const char sql[] =
		"SELECT f.number, b.day, b.slot, sum(b.state <> 'annulee'), sum(b.state = 'occupee'),"
		" sum(b.state = 'liberee' OR (b.state = 'reservee' AND b.day < ?3)),"
		" sum(b.state = 'annulee')"
		" FROM bookings b JOIN desks d ON d.id = b.desk_id JOIN floors f ON f.id = d.floor_id"
		" WHERE b.day >= ?1 AND b.day <= ?2 AND (?4 IS NULL OR f.number = ?4)"
		" GROUP BY f.number, b.day, b.slot ORDER BY f.number, b.day, b.slot DESC";
	struct floor_sum floors[MAX_FLOORS];
	long first = when_day_number(rc->req->since), last = when_day_number(rc->req->until);
	size_t nfloors, ndays = (size_t)(last - first + 1), rows = 0;
	const char **row_labels = NULL, **col_labels = NULL;
	char (*row_text)[32] = NULL, (*col_text)[8] = NULL;
	double *per_day = NULL;   /* nfloors x ndays: half-days booked */
	struct rd_table *t;
	long long tot_present = 0, tot_absent = 0, tot_booked = 0;
	sqlite3_stmt *st;
	enum cs_status s;
	int step;

	if ((s = load_floors(db, rc, floors, &nfloors, err)) != CS_OK)
		return s;
	if (nfloors == 0) {
		reportdoc_no_data(doc, _("No floor plan has been imported."));
		return CS_OK;
	}
	if (rc->req->has_floor) {
		char label[64];
		floor_label(rc->req->floor, label, sizeof label);
		reportdoc_field_text(doc, _("Floor"), label);
	}
	/* the heat map: one row per floor, one column per day */
	if (ndays <= HEAT_MAX_DAYS) {
		row_labels = calloc(nfloors, sizeof *row_labels);
		row_text = calloc(nfloors, sizeof *row_text);
		col_labels = calloc(ndays, sizeof *col_labels);
		col_text = calloc(ndays, sizeof *col_text);
		per_day = calloc(nfloors * ndays, sizeof *per_day);
		if (!row_labels || !row_text || !col_labels || !col_text || !per_day) {
			s = cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			goto out;
		}
		for (size_t i = 0; i < nfloors; i++) {
			floor_label(floors[i].number, row_text[i], sizeof row_text[i]);
			row_labels[i] = row_text[i];
		}
		for (size_t k = 0; k < ndays; k++) {
			int y, m, d;
			when_civil_from_days(first + (long)k, &y, &m, &d);
			snprintf(col_text[k], sizeof col_text[k], "%02d", d % 100);
			col_labels[k] = col_text[k];
		}
	}

	reportdoc_heading(doc, 1, _("Per floor and half-day"));
	t = reportdoc_table(doc, "occupation", NULL, 7);
	rd_table_column(t, 0, _("Floor"), RD_LEFT, 16);
	rd_table_column(t, 1, _("Day"), RD_LEFT, 10);
	rd_table_column(t, 2, _("Half-day"), RD_LEFT, 10);
	rd_table_column(t, 3, _("Booked"), RD_RIGHT, 7);
	rd_table_column(t, 4, _("Present"), RD_RIGHT, 7);
	rd_table_column(t, 5, _("Absent"), RD_RIGHT, 7);
	rd_table_column(t, 6, _("Cancelled"), RD_RIGHT, 7);
	if ((st = db_prepare(db, sql, err)) == NULL) {
		s = err->status;
		goto out;
	}
	db_bind_text(st, 1, rc->req->since);
	db_bind_text(st, 2, rc->req->until);
	db_bind_text(st, 3, rc->today);
	if (rc->req->has_floor)
		sqlite3_bind_int(st, 4, rc->req->floor);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int number = sqlite3_column_int(st, 0);
		const char *day = (const char *)sqlite3_column_text(st, 1);
		const char *slot = (const char *)sqlite3_column_text(st, 2);
		struct floor_sum *f = find_floor(floors, nfloors, number);
		long long booked = sqlite3_column_int64(st, 3);
		char label[64];
		enum slot sl = SLOT_MORNING;

		if (f == NULL)
			continue;
		floor_label(number, label, sizeof label);
		desks_slot_from_slug(slot, &sl);
		rd_cell_text(t, label);
		rd_cell_date(t, day);
		rd_cell_text(t, desks_slot_label(sl));
		rd_cell_int(t, booked);
		rd_cell_int(t, sqlite3_column_int64(st, 4));
		rd_cell_int(t, sqlite3_column_int64(st, 5));
		rd_cell_int(t, sqlite3_column_int64(st, 6));
		f->booked += booked;
		f->present += sqlite3_column_int64(st, 4);
		f->absent += sqlite3_column_int64(st, 5);
		f->cancelled += sqlite3_column_int64(st, 6);
		if (per_day != NULL) {
			long k = when_day_number(day) - first;

			if (k >= 0 && (size_t)k < ndays)
				per_day[(size_t)(f - floors) * ndays + (size_t)k] += (double)booked;
		}
		rows++;
	}
	db_stmt_done(st);
	if (step != SQLITE_DONE) {
		s = db_fail(db, step, _("reading the bookings"), err);
		goto out;
	}
	if (rows == 0)
		reportdoc_no_data(doc, _("No desk was booked in this period."));

	reportdoc_heading(doc, 1, _("Per floor"));
	t = reportdoc_table(doc, "par-etage", NULL, 7);
	rd_table_column(t, 0, _("Floor"), RD_LEFT, 16);
	rd_table_column(t, 1, _("Desks"), RD_RIGHT, 6);
	rd_table_column(t, 2, _("Blocked"), RD_RIGHT, 7);
	rd_table_column(t, 3, _("Booked"), RD_RIGHT, 7);
	rd_table_column(t, 4, _("Present"), RD_RIGHT, 7);
	rd_table_column(t, 5, _("Absent"), RD_RIGHT, 7);
	rd_table_column(t, 6, _("No-show rate"), RD_RIGHT, 8);
	for (size_t i = 0; i < nfloors; i++) {
		char label[64];

		floor_label(floors[i].number, label, sizeof label);
		rd_cell_text(t, label);
		rd_cell_int(t, floors[i].desks);
		rd_cell_int(t, floors[i].blocked);
		rd_cell_int(t, floors[i].booked);
		rd_cell_int(t, floors[i].present);
		rd_cell_int(t, floors[i].absent);
		if (floors[i].present + floors[i].absent > 0)
			rd_cell_percent(t, 100.0 * (double)floors[i].absent /
			                   (double)(floors[i].present + floors[i].absent), 1);
		else
			rd_cell_empty(t);
		tot_present += floors[i].present;
		tot_absent += floors[i].absent;
		tot_booked += floors[i].booked;
	}
	reportdoc_heading(doc, 2, _("Whole period"));
	reportdoc_field_int(doc, _("Half-days booked"), tot_booked);
	reportdoc_field_int(doc, _("Checked in"), tot_present);
	reportdoc_field_int(doc, _("Not come (released)"), tot_absent);
	if (tot_present + tot_absent > 0)
		reportdoc_field_percent(doc, _("No-show rate"),
		                        100.0 * (double)tot_absent / (double)(tot_present + tot_absent),
		                        1);

	if (per_day == NULL) {
		reportdoc_paragraph(doc, _("The heat map is drawn for periods of at most 62 days."));
	} else {
		struct rd_chart *heat = reportdoc_heat_map(
			doc, _("Share of the half-days booked, per floor and day"), "%", nfloors,
			row_labels, ndays, col_labels);

		for (size_t i = 0; i < nfloors; i++)
			for (size_t k = 0; k < ndays; k++)
				if (floors[i].desks > 0)
					rd_heat_set(heat, i, k, 100.0 * per_day[i * ndays + k] /
					                        (2.0 * (double)floors[i].desks));
	}
out:
	free(row_labels);
	free(row_text);
	free(col_labels);
	free(col_text);
	free(per_day);
	return s;
}
