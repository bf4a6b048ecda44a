/* reportdoc.c — the description of a report that every format is drawn
 * from: building it (strings copied and sanitised on the way in, a sticky
 * out-of-memory flag) and the two ways a typed cell is written (French
 * text, French spreadsheet). See reportdoc.h. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "grow.h"
#include "i18n.h"
#include "reportdoc.h"
#include "text.h"
#include "when.h"

#define NBSP "\xc2\xa0"

/* A sanitised copy of s (NULL is ""); NULL only when out of memory, which
 * marks the document failed. */
static char *clean(struct reportdoc *doc, const char *s, unsigned flags)
{
	char *copy;

	if (doc->failed)
		return NULL;
	copy = text_sanitize(s != NULL ? s : "", flags);
	if (copy == NULL)
		doc->failed = true;
	return copy;
}

struct reportdoc *reportdoc_new(const char *name, const char *title,
                                const char *since, const char *until,
                                time_t printed, const char *run_by)
{
	struct reportdoc *doc = calloc(1, sizeof *doc);

	if (doc == NULL)
		return NULL;
	doc->name = clean(doc, name, TEXT_SINGLE_LINE);
	doc->heading = clean(doc, _("Isère département — Construisons!"),
	                     TEXT_SINGLE_LINE);
	doc->title = clean(doc, title, TEXT_SINGLE_LINE);
	doc->run_by = clean(doc, run_by, TEXT_SINGLE_LINE);
	snprintf(doc->since, sizeof doc->since, "%s", since != NULL ? since : "");
	snprintf(doc->until, sizeof doc->until, "%s", until != NULL ? until : "");
	doc->printed = printed;
	if (doc->failed) {
		reportdoc_free(doc);
		return NULL;
	}
	return doc;
}

static void free_cell(struct rd_cell *c)
{
	free(c->text);
	c->text = NULL;
}

static void free_labels(char **labels, size_t n)
{
	size_t i;

	if (labels == NULL)
		return;
	for (i = 0; i < n; i++)
		free(labels[i]);
	free(labels);
}

static void free_table(struct rd_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i].title);
	free(t->cols);
	for (i = 0; i < t->ncells; i++)
		free_cell(&t->cells[i]);
	free(t->cells);
	free(t->name);
	free(t->title);
	free(t);
}

static void free_chart(struct rd_chart *c)
{
	if (c == NULL)
		return;
	free(c->title);
	free(c->unit);
	free_labels(c->labels, c->n);
	free(c->values);
	free_labels(c->row_labels, c->nrows);
	free_labels(c->col_labels, c->ncols);
	free(c->cells);
	free(c);
}

void reportdoc_free(struct reportdoc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nblocks; i++) {
		struct rd_block *b = &doc->blocks[i];

		free(b->text);
		free_cell(&b->value);
		free_table(b->table);
		free_chart(b->chart);
	}
	free(doc->blocks);
	free(doc->name);
	free(doc->heading);
	free(doc->title);
	free(doc->run_by);
	free(doc);
}

bool reportdoc_failed(const struct reportdoc *doc)
{
	return doc == NULL || doc->failed;
}

/* A new zeroed block at the end, or NULL (document failed). */
static struct rd_block *add_block(struct reportdoc *doc, enum rd_block_kind kind)
{
	struct rd_block *b;

	if (doc == NULL || doc->failed)
		return NULL;
	if (!cs_grow(&doc->blocks, &doc->cap, doc->nblocks, sizeof *doc->blocks)) {
		doc->failed = true;
		return NULL;
	}
	b = &doc->blocks[doc->nblocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

static void text_block(struct reportdoc *doc, enum rd_block_kind kind, int level,
                       const char *text, unsigned flags)
{
	struct rd_block *b = add_block(doc, kind);

	if (b == NULL)
		return;
	b->level = level;
	b->text = clean(doc, text, flags);
}

void reportdoc_heading(struct reportdoc *doc, int level, const char *text)
{
	text_block(doc, RD_HEADING, level < 1 ? 1 : level > 2 ? 2 : level, text,
	           TEXT_SINGLE_LINE);
}

void reportdoc_paragraph(struct reportdoc *doc, const char *text)
{
	text_block(doc, RD_PARAGRAPH, 0, text, TEXT_MULTI_LINE);
}

void reportdoc_no_data(struct reportdoc *doc, const char *text)
{
	text_block(doc, RD_NO_DATA, 0, text, TEXT_SINGLE_LINE);
}

void reportdoc_box(struct reportdoc *doc, const char *label, int lines)
{
	struct rd_block *b = add_block(doc, RD_BOX);

	if (b == NULL)
		return;
	b->text = clean(doc, label, TEXT_SINGLE_LINE);
	b->lines = lines < 1 ? 1 : lines > 40 ? 40 : lines;
}

void reportdoc_page_break(struct reportdoc *doc)
{
	add_block(doc, RD_PAGE_BREAK);
}

static struct rd_cell *field(struct reportdoc *doc, const char *label,
                             enum rd_cell_type type)
{
	struct rd_block *b = add_block(doc, RD_FIELD);

	if (b == NULL)
		return NULL;
	b->text = clean(doc, label, TEXT_SINGLE_LINE);
	b->value.type = type;
	return &b->value;
}

void reportdoc_field_text(struct reportdoc *doc, const char *label, const char *value)
{
	struct rd_cell *c = field(doc, label, RD_TEXT);

	if (c != NULL)
		c->text = clean(doc, value, TEXT_SINGLE_LINE);
}

void reportdoc_field_int(struct reportdoc *doc, const char *label, long long value)
{
	struct rd_cell *c = field(doc, label, RD_INT);

	if (c != NULL)
		c->i = value;
}

void reportdoc_field_hours(struct reportdoc *doc, const char *label, long long minutes,
                           bool show_sign)
{
	struct rd_cell *c = field(doc, label, RD_HOURS);

	if (c != NULL) {
		c->i = minutes;
		c->show_sign = show_sign;
	}
}

static int clamp_decimals(int decimals)
{
	return decimals < 0 ? 0 : decimals > 3 ? 3 : decimals;
}

void reportdoc_field_percent(struct reportdoc *doc, const char *label, double value,
                             int decimals)
{
	struct rd_cell *c = field(doc, label, RD_PERCENT);

	if (c != NULL) {
		c->d = value;
		c->decimals = clamp_decimals(decimals);
	}
}

void reportdoc_field_decimal(struct reportdoc *doc, const char *label, double value,
                             int decimals)
{
	struct rd_cell *c = field(doc, label, RD_DECIMAL);

	if (c != NULL) {
		c->d = value;
		c->decimals = clamp_decimals(decimals);
	}
}

void reportdoc_field_date(struct reportdoc *doc, const char *label, const char *day)
{
	struct rd_cell *c = field(doc, label, RD_DATE);

	if (c != NULL)
		c->text = clean(doc, day, TEXT_SINGLE_LINE);
}

struct rd_table *reportdoc_table(struct reportdoc *doc, const char *name,
                                 const char *title, size_t ncols)
{
	struct rd_block *b;
	struct rd_table *t;

	if (ncols < 1 || ncols > 64)
		ncols = ncols < 1 ? 1 : 64;
	b = add_block(doc, RD_TABLE);
	if (b == NULL)
		return NULL;
	t = calloc(1, sizeof *t);
	if (t == NULL || (t->cols = calloc(ncols, sizeof *t->cols)) == NULL) {
		free(t);
		doc->failed = true;
		return NULL;
	}
	b->table = t;
	t->doc = doc;
	t->ncols = ncols;
	t->name = clean(doc, name, TEXT_SINGLE_LINE);
	t->title = title != NULL ? clean(doc, title, TEXT_SINGLE_LINE) : NULL;
	return t;
}

void rd_table_column(struct rd_table *t, size_t col, const char *title,
                     enum rd_align align, int width)
{
	if (t == NULL || col >= t->ncols || t->doc->failed)
		return;
	free(t->cols[col].title);
	t->cols[col].title = clean(t->doc, title, TEXT_SINGLE_LINE);
	t->cols[col].align = align;
	t->cols[col].width = width < 0 ? 0 : width;
}

static struct rd_cell *add_cell(struct rd_table *t, enum rd_cell_type type)
{
	struct rd_cell *c;

	if (t == NULL || t->doc->failed)
		return NULL;
	if (!cs_grow(&t->cells, &t->cellcap, t->ncells, sizeof *t->cells)) {
		t->doc->failed = true;
		return NULL;
	}
	c = &t->cells[t->ncells++];
	memset(c, 0, sizeof *c);
	c->type = type;
	return c;
}

void rd_cell_text(struct rd_table *t, const char *text)
{
	struct rd_cell *c = add_cell(t, RD_TEXT);

	if (c != NULL)
		c->text = clean(t->doc, text, TEXT_SINGLE_LINE);
}

void rd_cell_int(struct rd_table *t, long long value)
{
	struct rd_cell *c = add_cell(t, RD_INT);

	if (c != NULL)
		c->i = value;
}

void rd_cell_hours(struct rd_table *t, long long minutes, bool show_sign)
{
	struct rd_cell *c = add_cell(t, RD_HOURS);

	if (c != NULL) {
		c->i = minutes;
		c->show_sign = show_sign;
	}
}

void rd_cell_decimal(struct rd_table *t, double value, int decimals)
{
	struct rd_cell *c = add_cell(t, RD_DECIMAL);

	if (c != NULL) {
		c->d = value;
		c->decimals = clamp_decimals(decimals);
	}
}

void rd_cell_percent(struct rd_table *t, double value, int decimals)
{
	struct rd_cell *c = add_cell(t, RD_PERCENT);

	if (c != NULL) {
		c->d = value;
		c->decimals = clamp_decimals(decimals);
	}
}

void rd_cell_date(struct rd_table *t, const char *day)
{
	struct rd_cell *c = add_cell(t, RD_DATE);

	if (c != NULL)
		c->text = clean(t->doc, day, TEXT_SINGLE_LINE);
}

void rd_cell_datetime(struct rd_table *t, const char *iso_utc)
{
	struct rd_cell *c = add_cell(t, RD_DATETIME);

	if (c != NULL)
		c->text = clean(t->doc, iso_utc, TEXT_SINGLE_LINE);
}

void rd_cell_empty(struct rd_table *t)
{
	add_cell(t, RD_EMPTY);
}

size_t rd_table_rows(const struct rd_table *t)
{
	return t == NULL ? 0 : t->ncells / t->ncols;
}

const struct rd_cell *rd_table_cell(const struct rd_table *t, size_t row, size_t col)
{
	if (t == NULL || col >= t->ncols || row >= rd_table_rows(t))
		return NULL;
	return &t->cells[row * t->ncols + col];
}

static struct rd_chart *new_chart(struct reportdoc *doc, enum rd_chart_kind kind,
                                  const char *title, const char *unit)
{
	struct rd_block *b = add_block(doc, RD_CHART);
	struct rd_chart *c;

	if (b == NULL)
		return NULL;
	c = calloc(1, sizeof *c);
	if (c == NULL) {
		doc->failed = true;
		return NULL;
	}
	b->chart = c;
	c->doc = doc;
	c->kind = kind;
	c->title = clean(doc, title, TEXT_SINGLE_LINE);
	c->unit = unit != NULL ? clean(doc, unit, TEXT_SINGLE_LINE) : NULL;
	return doc->failed ? NULL : c;
}

struct rd_chart *reportdoc_chart(struct reportdoc *doc, enum rd_chart_kind kind,
                                 const char *title, const char *unit)
{
	return new_chart(doc, kind == RD_HEAT_MAP ? RD_BAR_CHART : kind, title, unit);
}

void rd_chart_point(struct rd_chart *c, const char *label, double value)
{
	size_t cap;

	if (c == NULL || c->doc->failed || c->kind == RD_HEAT_MAP)
		return;
	cap = c->cap;
	if (!cs_grow(&c->labels, &cap, c->n, sizeof *c->labels) ||
	    !cs_grow(&c->values, &c->cap, c->n, sizeof *c->values)) {
		c->doc->failed = true;
		return;
	}
	c->labels[c->n] = clean(c->doc, label, TEXT_SINGLE_LINE);
	c->values[c->n] = value;
	c->n++;
}

static char **copy_labels(struct reportdoc *doc, const char *const *labels, size_t n)
{
	char **out = calloc(n ? n : 1, sizeof *out);
	size_t i;

	if (out == NULL) {
		doc->failed = true;
		return NULL;
	}
	for (i = 0; i < n; i++)
		out[i] = clean(doc, labels != NULL ? labels[i] : "", TEXT_SINGLE_LINE);
	return out;
}

struct rd_chart *reportdoc_heat_map(struct reportdoc *doc, const char *title,
                                    const char *unit, size_t nrows,
                                    const char *const *row_labels, size_t ncols,
                                    const char *const *col_labels)
{
	struct rd_chart *c = new_chart(doc, RD_HEAT_MAP, title, unit);
	size_t i;

	if (c == NULL)
		return NULL;
	if (nrows > 4096 || ncols > 4096) {
		doc->failed = true;
		return NULL;
	}
	c->row_labels = copy_labels(doc, row_labels, nrows);
	if (c->row_labels != NULL)
		c->nrows = nrows;
	c->col_labels = copy_labels(doc, col_labels, ncols);
	if (c->col_labels != NULL)
		c->ncols = ncols;
	c->cells = malloc((nrows > 0 && ncols > 0 ? nrows * ncols : 1) * sizeof *c->cells);
	if (c->cells == NULL)
		doc->failed = true;
	if (doc->failed)
		return NULL;
	for (i = 0; i < nrows * ncols; i++)
		c->cells[i] = -1;
	return c;
}

void rd_heat_set(struct rd_chart *c, size_t row, size_t col, double value)
{
	if (c == NULL || c->kind != RD_HEAT_MAP || c->cells == NULL ||
	    row >= c->nrows || col >= c->ncols)
		return;
	c->cells[row * c->ncols + col] = value;
}

/* value with at most decimals digits after a decimal comma, trailing zeros
 * dropped, never "-0". */
static void format_decimal(double value, int decimals, char *buf, size_t size)
{
	char *p, *end;

	if (!isfinite(value))
		value = 0;
	snprintf(buf, size, "%.*f", clamp_decimals(decimals), value);
	/* the C library may follow LC_NUMERIC: accept either mark */
	for (p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
	p = strchr(buf, ',');
	if (p != NULL) {
		end = buf + strlen(buf);
		while (end > p + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == p + 1)
			*p = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
}

/* An integer grouped by thousands with no-break spaces: "1 234 567". */
static void format_int(long long v, bool show_sign, char *buf, size_t size)
{
	char digits[32], out[64];
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	size_t n, i, o = 0;

	snprintf(digits, sizeof digits, "%llu", u);
	n = strlen(digits);
	if (v < 0)
		out[o++] = '-';
	else if (show_sign && v > 0)
		out[o++] = '+';
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0) {
			memcpy(out + o, NBSP, 2);
			o += 2;
		}
		out[o++] = digits[i];
	}
	out[o] = '\0';
	snprintf(buf, size, "%s", out);
}

/* Cuts buf back to a character boundary when snprintf cut it (the texts
 * are valid UTF-8, so only the tail can be broken). */
static const char *finish(char *buf)
{
	size_t len = strlen(buf);
	int k;

	for (k = 0; k < 4 && len > 0 && !text_is_valid_utf8(buf, len); k++)
		buf[--len] = '\0';
	return buf;
}

const char *reportdoc_format_cell(const struct rd_cell *c, char *buf, size_t size)
{
	char tmp[64];

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (c == NULL)
		return buf;
	switch (c->type) {
	case RD_EMPTY:
		break;
	case RD_TEXT:
		snprintf(buf, size, "%s", c->text != NULL ? c->text : "");
		break;
	case RD_INT:
		format_int(c->i, c->show_sign, buf, size);
		break;
	case RD_HOURS:
		duration_format((int)c->i, tmp, sizeof tmp);
		snprintf(buf, size, "%s%s", c->show_sign && c->i > 0 ? "+" : "", tmp);
		break;
	case RD_DECIMAL:
		format_decimal(c->d, c->decimals, buf, size);
		break;
	case RD_PERCENT:
		format_decimal(c->d, c->decimals, tmp, sizeof tmp);
		snprintf(buf, size, "%s" NBSP "%%", tmp);
		break;
	case RD_DATE:
		when_day_text(c->text != NULL ? c->text : "", buf, size);
		break;
	case RD_DATETIME:
		when_format_iso(c->text != NULL ? c->text : "", WHEN_DATETIME, buf, size);
		break;
	}
	return finish(buf);
}

const char *reportdoc_csv_cell(const struct rd_cell *c, char *buf, size_t size)
{
	time_t t;
	struct tm tm;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (c == NULL)
		return buf;
	switch (c->type) {
	case RD_EMPTY:
		break;
	case RD_TEXT: {
		const char *s = c->text != NULL ? c->text : "";
		bool risky = strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';

		snprintf(buf, size, "%s%s", risky ? "'" : "", s);
		break;
	}
	case RD_INT:
		snprintf(buf, size, "%lld", c->i);
		break;
	case RD_HOURS:
		format_decimal((double)c->i / 60.0, 2, buf, size);
		break;
	case RD_DECIMAL:
	case RD_PERCENT:
		format_decimal(c->d, c->decimals, buf, size);
		break;
	case RD_DATE:
		when_day_text(c->text != NULL ? c->text : "", buf, size);
		break;
	case RD_DATETIME:
		t = when_parse_utc(c->text != NULL ? c->text : "");
		if (t == (time_t)-1) {
			snprintf(buf, size, "%s", c->text != NULL ? c->text : "");
			break;
		}
		localtime_r(&t, &tm);
		snprintf(buf, size, "%02d/%02d/%04d %02d:%02d", tm.tm_mday, tm.tm_mon + 1,
		         tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
		break;
	}
	return finish(buf);
}

const char *reportdoc_period_text(const struct reportdoc *doc, char *buf, size_t size)
{
	char a[32], b[32];

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (doc == NULL || doc->since[0] == '\0' || doc->until[0] == '\0')
		return buf;
	when_day_text(doc->since, a, sizeof a);
	when_day_text(doc->until, b, sizeof b);
	if (strcmp(doc->since, doc->until) == 0)
		/* TRANSLATORS: a report's period of one day. */
		snprintf(buf, size, _("on %s"), a);
	else
		/* TRANSLATORS: a report's period: from a date to a date. */
		snprintf(buf, size, _("from %s to %s"), a, b);
	return buf;
}

const char *reportdoc_printed_text(const struct reportdoc *doc, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	when_format(doc != NULL ? doc->printed : 0, WHEN_DATETIME, buf, size);
	return buf;
}
