/* reportdoc_csv.c — one table of a report as a CSV file that LibreOffice
 * Calc and Excel open as is under a French locale: BOM, ';', CR LF,
 * decimal comma, dd/mm/yyyy, formulas neutralised (reportdoc_csv_cell). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reportdoc_render.h"

struct csvout {
	char *buf;
	size_t len, cap;
	bool failed;
};

static void add(struct csvout *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		char *more;

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

static void field(struct csvout *o, const char *s)
{
	size_t n = strlen(s);
	bool quote = strpbrk(s, ";,\"\r\n") != NULL || (n > 0 && (s[0] == ' ' || s[n - 1] == ' '));

	if (!quote) {
		add(o, s, n);
		return;
	}
	add(o, "\"", 1);
	for (const char *p = s; *p; p++)
		add(o, *p == '"' ? "\"\"" : p, *p == '"' ? 2 : 1);
	add(o, "\"", 1);
}

char *reportdoc_csv(const struct rd_table *t, size_t *len)
{
	struct csvout o = { NULL, 0, 0, false };
	size_t rows = rd_table_rows(t);

	if (t == NULL)
		return NULL;
	add(&o, "\xef\xbb\xbf", 3);
	for (size_t c = 0; c < t->ncols; c++) {
		struct rd_cell title = { .type = RD_TEXT, .text = t->cols[c].title };
		char buf[512];

		if (c > 0)
			add(&o, ";", 1);
		field(&o, reportdoc_csv_cell(&title, buf, sizeof buf));
	}
	add(&o, "\r\n", 2);
	for (size_t r = 0; r < rows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const struct rd_cell *cell = rd_table_cell(t, r, c);
			size_t need = (cell->text != NULL ? strlen(cell->text) : 0) + 64;
			char *buf = malloc(need);

			if (buf == NULL) {
				o.failed = true;
				break;
			}
			if (c > 0)
				add(&o, ";", 1);
			field(&o, reportdoc_csv_cell(cell, buf, need));
			free(buf);
		}
		add(&o, "\r\n", 2);
	}
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	if (len != NULL)
		*len = o.len;
	return o.buf;
}

const struct rd_table *reportdoc_table_at(const struct reportdoc *doc, size_t i,
                                          size_t *count)
{
	const struct rd_table *found = NULL;
	size_t n = 0;

	for (size_t k = 0; doc != NULL && k < doc->nblocks; k++)
		if (doc->blocks[k].kind == RD_TABLE && doc->blocks[k].table != NULL) {
			if (n == i)
				found = doc->blocks[k].table;
			n++;
		}
	if (count != NULL)
		*count = n;
	return found;
}

char *reportdoc_csv_table_path(const char *output, const char *name)
{
	size_t n = strlen(output), ext = 0, size;
	char *p;

	if (n > 4 && strcmp(output + n - 4, ".csv") == 0)
		ext = 4;
	size = n - ext + strlen(name) + 6;
	p = malloc(size);
	if (p != NULL)
		snprintf(p, size, "%.*s-%s.csv", (int)(n - ext), output, name);
	return p;
}
