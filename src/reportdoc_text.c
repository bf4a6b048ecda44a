/* reportdoc_text.c — the text form of a report (reportdoc.h): UTF-8 lines
 * of at most a given number of columns (80 for less and mail, the pane's
 * width for the on-screen preview). Words wrap; a word wider than its
 * column is cut into pieces; tables shrink their widest columns and wrap
 * their cells; charts become bars of characters and a heat map a grid of
 * shades. Texts were sanitised when the document was built. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "reportdoc_render.h"
#include "text.h"

struct out {
	char *buf;
	size_t len, cap;
	bool failed;
};

static void put_n(struct out *o, const char *s, size_t n)
{
	char *more;
	size_t cap;

	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		cap = o->cap ? o->cap : 4096;
		while (o->len + n + 1 > cap)
			cap *= 2;
		if ((more = realloc(o->buf, cap)) == NULL) {
			o->failed = true;
			return;
		}
		o->buf = more;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void put(struct out *o, const char *s)
{
	put_n(o, s, strlen(s));
}

static void spaces(struct out *o, int n)
{
	while (n-- > 0)
		put_n(o, " ", 1);
}

static void repeat(struct out *o, const char *s, int n)
{
	while (n-- > 0)
		put(o, s);
}

/* The next piece of s that fits in cols columns, broken after a word when
 * it can be: *len receives its byte length, *next where the following
 * piece starts (spaces skipped). A word wider than cols is cut. */
static void next_piece(const char *s, int cols, size_t *len, const char **next)
{
	size_t fit = text_prefix_bytes(s, cols < 1 ? 1 : cols), cut = fit;

	if (fit == 0 && s[0] != '\0') {    /* a character wider than cols */
		uint32_t cp;
		fit = cut = text_decode(s, strlen(s), &cp);
	}
	if (s[fit] != '\0' && s[fit] != ' ' && s[fit] != '\n') {
		size_t k = fit;

		/* after a space, or after a hyphen inside a word ("Demi-|journée") */
		while (k > 0 && s[k - 1] != ' ' && !(s[k - 1] == '-' && k > 1 && s[k - 2] != ' '))
			k--;
		if (k > 0)
			cut = k;
	}
	for (size_t k = 0; k < cut; k++)
		if (s[k] == '\n') {
			cut = k;
			break;
		}
	*len = cut;
	while (*len > 0 && s[*len - 1] == ' ')
		(*len)--;
	s += cut;
	while (*s == ' ')
		s++;
	if (*s == '\n')
		s++;
	*next = s;
}

/* Writes text wrapped in width columns; the first line after a prefix of
 * first_indent columns already written, the others indented by indent. */
static void wrapped(struct out *o, const char *text, int width, int first_indent, int indent)
{
	const char *s = text, *next;
	size_t len;
	int used = first_indent;

	if (*s == '\0') {
		put(o, "\n");
		return;
	}
	while (*s != '\0') {
		next_piece(s, width - used, &len, &next);
		put_n(o, s, len);
		put(o, "\n");
		s = next;
		if (*s != '\0')
			spaces(o, indent);
		used = indent;
	}
}

/* ---- tables ------------------------------------------------------------ */

/* Column widths for t within width: natural widths, then the widest
 * columns shrink one column at a time until the table fits (never below
 * 4 columns, a cut word then wraps in pieces). */
static bool column_widths(const struct rd_table *t, int width, int *w)
{
	size_t rows = rd_table_rows(t);
	int total;

	for (size_t c = 0; c < t->ncols; c++) {
		w[c] = text_width(t->cols[c].title != NULL ? t->cols[c].title : "");
		if (w[c] < 1)
			w[c] = 1;
		for (size_t r = 0; r < rows; r++) {
			char buf[2048];
			int cw = text_width(reportdoc_format_cell(rd_table_cell(t, r, c), buf,
			                                          sizeof buf));
			if (cw > w[c])
				w[c] = cw;
		}
	}
	total = 0;
	for (size_t c = 0; c < t->ncols; c++)
		total += w[c] + (c > 0 ? 2 : 0);
	if (total > width)      /* too wide: first the width hints */
		for (size_t c = 0; c < t->ncols; c++)
			if (t->cols[c].width > 0 && w[c] > t->cols[c].width)
				w[c] = t->cols[c].width < 4 ? (w[c] < 4 ? w[c] : 4) : t->cols[c].width;
	for (;;) {
		size_t widest = 0;

		total = 0;
		for (size_t c = 0; c < t->ncols; c++) {
			total += w[c] + (c > 0 ? 2 : 0);
			if (w[c] > w[widest])
				widest = c;
		}
		if (total <= width || w[widest] <= 4)
			break;
		w[widest]--;
	}
	return total <= width;
}

/* A cell's text form, newly allocated (texts of any length); NULL when
 * out of memory. */
static char *cell_text(const struct rd_cell *c)
{
	char buf[128];

	if (c != NULL && c->type == RD_TEXT)
		return strdup(c->text != NULL ? c->text : "");
	return strdup(reportdoc_format_cell(c, buf, sizeof buf));
}

/* One row of cells (texts already formatted), each wrapped in its column. */
static void table_row(struct out *o, const struct rd_table *t, char **texts, const int *w)
{
	const char *pos[64];
	bool more = true;

	for (size_t c = 0; c < t->ncols; c++)
		pos[c] = texts[c];
	while (more) {
		char line[4096];
		size_t ll = 0;

		more = false;
		for (size_t c = 0; c < t->ncols; c++) {
			size_t len = 0;
			const char *next = pos[c];
			int cw, pad;
			char piece[2048];

			if (*pos[c] != '\0')
				next_piece(pos[c], w[c], &len, &next);
			snprintf(piece, sizeof piece, "%.*s", (int)len, pos[c]);
			cw = text_width(piece);
			pad = w[c] - cw;
			if (pad < 0)
				pad = 0;
			if (c > 0 && ll + 2 < sizeof line) {
				memcpy(line + ll, "  ", 2);
				ll += 2;
			}
			if (t->cols[c].align == RD_RIGHT || t->cols[c].align == RD_CENTER) {
				int left = t->cols[c].align == RD_RIGHT ? pad : pad / 2;
				for (int k = 0; k < left && ll + 1 < sizeof line; k++)
					line[ll++] = ' ';
				pad -= left;
			}
			if (ll + len < sizeof line) {
				memcpy(line + ll, piece, len);
				ll += len;
			}
			for (int k = 0; k < pad && ll + 1 < sizeof line; k++)
				line[ll++] = ' ';
			pos[c] = next;
			if (*next != '\0')
				more = true;
		}
		while (ll > 0 && line[ll - 1] == ' ')
			ll--;
		put_n(o, line, ll);
		put(o, "\n");
	}
}

static void field_text(struct out *o, const char *label, const char *value, int width);

/* A table too wide for the line even with its columns at their narrowest:
 * each row as "title : value" lines, rows apart by a blank line. */
static void records(struct out *o, const struct rd_table *t, int width)
{
	size_t rows = rd_table_rows(t);

	for (size_t r = 0; r < rows && !o->failed; r++) {
		if (r > 0)
			put(o, "\n");
		for (size_t c = 0; c < t->ncols; c++) {
			char *v = cell_text(rd_table_cell(t, r, c));

			if (v == NULL) {
				o->failed = true;
				return;
			}
			field_text(o, t->cols[c].title != NULL ? t->cols[c].title : "", v, width);
			free(v);
		}
	}
}

static void table(struct out *o, const struct rd_table *t, int width)
{
	int w[64];
	char *texts[64];
	size_t rows = rd_table_rows(t);

	if (t->title != NULL && t->title[0] != '\0') {
		wrapped(o, t->title, width, 0, 0);
		put(o, "\n");
	}
	if (!column_widths(t, width, w)) {
		records(o, t, width);
		return;
	}
	for (size_t c = 0; c < t->ncols; c++)
		texts[c] = t->cols[c].title != NULL ? t->cols[c].title : (char *)"";
	table_row(o, t, texts, w);
	for (size_t c = 0; c < t->ncols; c++) {
		if (c > 0)
			put(o, "  ");
		repeat(o, "-", w[c]);
	}
	put(o, "\n");
	for (size_t r = 0; r < rows && !o->failed; r++) {
		for (size_t c = 0; c < t->ncols; c++)
			texts[c] = cell_text(rd_table_cell(t, r, c));
		for (size_t c = 0; c < t->ncols; c++)
			if (texts[c] == NULL)
				o->failed = true;
		if (!o->failed)
			table_row(o, t, texts, w);
		for (size_t c = 0; c < t->ncols; c++)
			free(texts[c]);
	}
}

/* ---- charts ------------------------------------------------------------ */

static void padded(struct out *o, const char *s, int cols)
{
	char buf[512];
	int used = text_fit(s, cols, true, buf, sizeof buf);

	put(o, buf);
	spaces(o, cols - used);
}

static void bars(struct out *o, const struct rd_chart *c, int width)
{
	int label_w = 0, value_w = 0, bar_w;
	double max = 0;
	char num[64];
	struct rd_cell cell = { .type = RD_DECIMAL, .decimals = 1 };

	for (size_t i = 0; i < c->n; i++) {
		int lw = text_width(c->labels[i]);
		cell.d = c->values[i];
		if (lw > label_w)
			label_w = lw;
		if (text_width(reportdoc_format_cell(&cell, num, sizeof num)) > value_w)
			value_w = text_width(num);
		if (c->values[i] > max)
			max = c->values[i];
	}
	if (label_w > width / 3)
		label_w = width / 3;
	bar_w = width - label_w - value_w - 4;
	if (bar_w > 50)
		bar_w = 50;
	if (bar_w < 1)
		bar_w = 1;
	for (size_t i = 0; i < c->n; i++) {
		int n = max > 0 && c->values[i] > 0 ? (int)(c->values[i] / max * bar_w + 0.5) : 0;

		if (n == 0 && c->values[i] > 0)
			n = 1;
		cell.d = c->values[i];
		put(o, "  ");
		padded(o, c->labels[i], label_w);
		put(o, " ");
		repeat(o, "\xe2\x96\x88", n);   /* █ */
		put(o, " ");
		put(o, reportdoc_format_cell(&cell, num, sizeof num));
		put(o, "\n");
	}
}

static const char *shade(double v, double max)
{
	static const char *const shades[] = {
		"\xc2\xb7",       /* · no value */
		" ",              /* 0 */
		"\xe2\x96\x91",   /* ░ */
		"\xe2\x96\x92",   /* ▒ */
		"\xe2\x96\x93",   /* ▓ */
		"\xe2\x96\x88",   /* █ */
	};

	if (v < 0)
		return shades[0];
	if (v <= 0 || max <= 0)
		return shades[1];
	if (v < max * 0.25)
		return shades[2];
	if (v < max * 0.5)
		return shades[3];
	if (v < max * 0.75)
		return shades[4];
	return shades[5];
}

static void heat_map(struct out *o, const struct rd_chart *c, int width)
{
	int label_w = 0, per;
	double max = 0;
	char legend[256];

	for (size_t r = 0; r < c->nrows; r++)
		if (text_width(c->row_labels[r]) > label_w)
			label_w = text_width(c->row_labels[r]);
	if (label_w > width / 3)
		label_w = width / 3;
	for (size_t k = 0; k < c->nrows * c->ncols; k++)
		if (c->cells[k] > max)
			max = c->cells[k];
	per = (width - label_w - 3) / 3;   /* cells of 3 columns: "▓▓ " */
	if (per < 1)
		per = 1;
	for (size_t first = 0; first < c->ncols; first += (size_t)per) {
		size_t last = first + (size_t)per < c->ncols ? first + (size_t)per : c->ncols;

		put(o, "  ");
		spaces(o, label_w + 1);
		for (size_t col = first; col < last; col++) {
			padded(o, c->col_labels[col], 2);
			put(o, " ");
		}
		put(o, "\n");
		for (size_t r = 0; r < c->nrows; r++) {
			put(o, "  ");
			padded(o, c->row_labels[r], label_w);
			put(o, " ");
			for (size_t col = first; col < last; col++) {
				const char *s = shade(c->cells[r * c->ncols + col], max);
				put(o, s);
				put(o, s);
				put(o, " ");
			}
			put(o, "\n");
		}
	}
	/* TRANSLATORS: the legend of a heat map in text: shades by quarter of
	 * the highest value; a dot where there is no value. */
	snprintf(legend, sizeof legend,
	         _("  ░ under 25 %%, ▒ under 50 %%, ▓ under 75 %%, █ up to %.0f %s; · no value"),
	         max, c->unit != NULL ? c->unit : "");
	wrapped(o, legend, width, 0, 4);
}

static void chart(struct out *o, const struct rd_chart *c, int width)
{
	if (c->title != NULL && c->title[0] != '\0') {
		bool unit = c->unit != NULL && c->unit[0] != '\0' && c->kind != RD_HEAT_MAP;
		char *t = malloc(strlen(c->title) + (unit ? strlen(c->unit) + 4 : 1));

		if (t == NULL) {
			o->failed = true;
			return;
		}
		sprintf(t, unit ? "%s (%s)" : "%s", c->title, unit ? c->unit : "");
		wrapped(o, t, width, 0, 0);
		free(t);
		put(o, "\n");
	}
	if (c->kind == RD_HEAT_MAP)
		heat_map(o, c, width);
	else
		bars(o, c, width);
}

/* ---- blocks ------------------------------------------------------------ */

static void heading(struct out *o, const char *text, int level, int width)
{
	int w = text_width(text);

	if (o->len < 2 || memcmp(o->buf + o->len - 2, "\n\n", 2) != 0)
		put(o, "\n");
	wrapped(o, text, width, 0, 0);
	repeat(o, level == 1 ? "=" : "-", w < width ? w : width);
	put(o, "\n");
}

static void box(struct out *o, const char *label, int lines, int width)
{
	char *l = malloc(strlen(label) + 3);

	if (l == NULL) {
		o->failed = true;
		return;
	}
	sprintf(l, "%s :", label);
	wrapped(o, l, width, 0, 0);
	free(l);
	put(o, "+");
	repeat(o, "-", width - 2);
	put(o, "+\n");
	for (int k = 0; k < lines; k++) {
		put(o, "|");
		spaces(o, width - 2);
		put(o, "|\n");
	}
	put(o, "+");
	repeat(o, "-", width - 2);
	put(o, "+\n");
}

/* "label : value", the value's lines aligned after the label; a label
 * wider than half the line is wrapped on its own and the value follows,
 * indented. */
static void field_text(struct out *o, const char *label, const char *value, int width)
{
	int lw = text_width(label) + 3;
	char *l = malloc(strlen(label) + 4);

	if (l == NULL) {
		o->failed = true;
		return;
	}
	sprintf(l, "%s :", label);
	if (lw <= width / 2) {
		put(o, l);
		put(o, " ");
		wrapped(o, value, width, lw, lw);
	} else {
		wrapped(o, l, width, 0, 4);
		spaces(o, 4);
		wrapped(o, value, width, 4, 4);
	}
	free(l);
}

static void field(struct out *o, const struct rd_block *b, int width)
{
	char *value = cell_text(&b->value);

	if (value == NULL) {
		o->failed = true;
		return;
	}
	field_text(o, b->text, value, width);
	free(value);
}

/* Drops the spaces at the end of every line, in place; returns the new
 * length. */
static size_t trim_lines(char *buf)
{
	size_t r = 0, w = 0, spaces_run = 0;

	for (; buf[r] != '\0'; r++) {
		if (buf[r] == ' ') {
			spaces_run++;
			continue;
		}
		if (buf[r] != '\n')
			while (spaces_run > 0) {
				buf[w++] = ' ';
				spaces_run--;
			}
		spaces_run = 0;
		buf[w++] = buf[r];
	}
	buf[w] = '\0';
	return w;
}

char *reportdoc_text(const struct reportdoc *doc, int width, size_t *len)
{
	struct out o = { NULL, 0, 0, false };
	char buf[256], printed[64];
	bool after_block = false;

	if (doc == NULL || doc->failed)
		return NULL;
	if (width < 20)
		width = 20;
	if (width > 400)
		width = 400;
	wrapped(&o, doc->heading, width, 0, 0);
	wrapped(&o, doc->title, width, 0, 0);
	repeat(&o, "=", text_width(doc->title) < width ? text_width(doc->title) : width);
	put(&o, "\n");
	reportdoc_period_text(doc, buf, sizeof buf);
	if (buf[0] != '\0') {
		char line[300];
		/* TRANSLATORS: the period of a report, "du 01/11/2026 au 30/11/2026". */
		snprintf(line, sizeof line, _("Period: %s"), buf);
		wrapped(&o, line, width, 0, 0);
	}
	{
		char line[600];
		reportdoc_printed_text(doc, printed, sizeof printed);
		snprintf(line, sizeof line, _("Printed on %s by %s"), printed, doc->run_by);
		wrapped(&o, line, width, 0, 0);
	}
	put(&o, "\n");
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct rd_block *b = &doc->blocks[i];

		switch (b->kind) {
		case RD_HEADING:
			heading(&o, b->text, b->level, width);
			after_block = false;
			put(&o, "\n");
			continue;
		case RD_PARAGRAPH:
			if (after_block)
				put(&o, "\n");
			wrapped(&o, b->text, width, 0, 0);
			break;
		case RD_FIELD:
			field(&o, b, width);
			break;
		case RD_TABLE:
			if (after_block)
				put(&o, "\n");
			table(&o, b->table, width);
			break;
		case RD_CHART:
			if (after_block)
				put(&o, "\n");
			chart(&o, b->chart, width);
			break;
		case RD_BOX:
			if (after_block)
				put(&o, "\n");
			box(&o, b->text, b->lines, width);
			break;
		case RD_NO_DATA:
			if (after_block && doc->blocks[i - 1].kind != RD_TABLE)
				put(&o, "\n");
			put(&o, "  ");
			wrapped(&o, b->text, width, 2, 2);
			break;
		case RD_PAGE_BREAK:
			put(&o, "\n");
			break;
		}
		after_block = b->kind != RD_FIELD && b->kind != RD_PAGE_BREAK;
		if (b->kind == RD_FIELD && i + 1 < doc->nblocks &&
		    doc->blocks[i + 1].kind != RD_FIELD && doc->blocks[i + 1].kind != RD_HEADING)
			put(&o, "\n");
	}
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	o.len = trim_lines(o.buf);
	if (len != NULL)
		*len = o.len;
	return o.buf;
}
