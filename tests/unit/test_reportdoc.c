/* test_reportdoc.c — the description of a report (src/reportdoc.c):
 * strings sanitised on the way in, tables and charts kept as given, and
 * typed cells formatted the French way for text and for a spreadsheet. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "reportdoc.h"
#include "reportdoc_render.h"
#include "tap.h"
#include "text.h"

static void text_is(const struct rd_cell *c, const char *want, const char *name)
{
	char buf[128];

	is_str(reportdoc_format_cell(c, buf, sizeof buf), want, "text %s", name);
}

static void csv_is(const struct rd_cell *c, const char *want, const char *name)
{
	char buf[128];

	is_str(reportdoc_csv_cell(c, buf, sizeof buf), want, "csv %s", name);
}

static void test_cells(void)
{
	struct rd_cell c;

	memset(&c, 0, sizeof c);
	c.type = RD_INT;
	c.i = 1234567;
	text_is(&c, "1\xc2\xa0" "234\xc2\xa0" "567", "int grouped by thousands");
	csv_is(&c, "1234567", "int");
	c.i = -45;
	text_is(&c, "-45", "negative int");
	c.i = 0;
	c.show_sign = true;
	text_is(&c, "0", "zero has no sign");

	memset(&c, 0, sizeof c);
	c.type = RD_HOURS;
	c.i = 75;
	text_is(&c, "1 h 15", "hours");
	csv_is(&c, "1,25", "hours as decimal hours");
	c.i = 150;
	csv_is(&c, "2,5", "two hours and a half");
	c.i = 20;
	csv_is(&c, "0,33", "twenty minutes");
	c.i = -45;
	c.show_sign = true;
	text_is(&c, "-45 min", "negative hours");
	csv_is(&c, "-0,75", "negative hours in CSV");
	c.i = 60;
	text_is(&c, "+1 h", "signed hours");
	csv_is(&c, "1", "no plus sign in CSV");

	memset(&c, 0, sizeof c);
	c.type = RD_DECIMAL;
	c.d = 2.5;
	c.decimals = 1;
	text_is(&c, "2,5", "decimal comma");
	csv_is(&c, "2,5", "decimal comma in CSV");
	c.d = 3.0;
	text_is(&c, "3", "trailing zeros dropped");
	c.d = -0.01;
	text_is(&c, "0", "never minus zero");

	memset(&c, 0, sizeof c);
	c.type = RD_PERCENT;
	c.d = 12.5;
	c.decimals = 1;
	text_is(&c, "12,5\xc2\xa0%", "percent");
	csv_is(&c, "12,5", "percent in CSV is the number");

	memset(&c, 0, sizeof c);
	c.type = RD_DATE;
	c.text = (char *)"2026-12-05";
	text_is(&c, "05/12/2026", "date");
	csv_is(&c, "05/12/2026", "date in CSV");

	c.type = RD_DATETIME;
	c.text = (char *)"2026-12-05T08:30:00Z";
	text_is(&c, "05/12/2026 8 h 30", "date and time (UTC here)");
	csv_is(&c, "05/12/2026 08:30", "date and time in CSV");

	c.type = RD_TEXT;
	c.text = (char *)"=HYPERLINK(\"http://x\")";
	csv_is(&c, "'=HYPERLINK(\"http://x\")", "= neutralised");
	c.text = (char *)"+33 4 76";
	csv_is(&c, "'+33 4 76", "+ neutralised");
	c.text = (char *)"-2+3";
	csv_is(&c, "'-2+3", "- neutralised");
	c.text = (char *)"@SUM(A1)";
	csv_is(&c, "'@SUM(A1)", "@ neutralised");
	c.text = (char *)"Élodie = 3";
	csv_is(&c, "Élodie = 3", "= inside is harmless");
	text_is(&c, "Élodie = 3", "text as is");

	c.type = RD_EMPTY;
	text_is(&c, "", "empty");
	csv_is(&c, "", "empty in CSV");
}

static void test_cut_on_character(void)
{
	struct rd_cell c;
	char buf[4];

	memset(&c, 0, sizeof c);
	c.type = RD_TEXT;
	c.text = (char *)"aéé";
	is_str(reportdoc_format_cell(&c, buf, sizeof buf), "aé",
	       "a small buffer cuts between characters");
}

static void test_document(void)
{
	struct reportdoc *doc = reportdoc_new("dashboard", "Tableau\x1b[2J de bord",
	                                      "2026-11-01", "2026-11-30", 0, "Jean\x07");
	struct rd_table *t;
	struct rd_chart *c;
	static const char *const rows[] = { "Étage 1", "Étage 2" };
	static const char *const cols[] = { "01/11", "02/11", "03/11" };
	char buf[128];

	ok(doc != NULL, "a new document");
	is_str(doc->title, "Tableau[2J de bord", "the title is sanitised");
	is_str(doc->run_by, "Jean", "who ran it is sanitised");
	is_str(reportdoc_period_text(doc, buf, sizeof buf), "from 01/11/2026 to 30/11/2026",
	       "the period");
	reportdoc_heading(doc, 1, "Idées");
	reportdoc_paragraph(doc, "ligne 1\nligne\x1b]0;x\x07 2\r\n");
	reportdoc_field_int(doc, "Idées", 42);
	t = reportdoc_table(doc, "per-stage", "Par étape", 2);
	rd_table_column(t, 0, "Étape", RD_LEFT, 20);
	rd_table_column(t, 1, "Idées", RD_RIGHT, 0);
	rd_cell_text(t, "Dépôt\xc2\x9b");
	rd_cell_int(t, 3);
	rd_cell_text(t, "En comité");
	rd_cell_int(t, 1);
	rd_cell_text(t, "half a row");
	c = reportdoc_heat_map(doc, "Occupation", "%", 2, rows, 3, cols);
	rd_heat_set(c, 1, 2, 50);
	rd_heat_set(c, 2, 0, 99); /* outside: ignored */
	reportdoc_box(doc, "Impact", 4);
	reportdoc_page_break(doc);
	reportdoc_no_data(doc, "Aucune donnée");

	ok(!reportdoc_failed(doc), "built without failure");
	is_int(doc->nblocks, 8, "eight blocks");
	is_int(doc->blocks[0].kind, RD_HEADING, "a heading");
	is_str(doc->blocks[1].text, "ligne 1\nligne]0;x 2", "a paragraph keeps its lines, drops controls");
	is_int(doc->blocks[2].value.i, 42, "a field");
	is_int(rd_table_rows(t), 2, "an incomplete row is not counted");
	is_str(rd_table_cell(t, 0, 0)->text, "Dépôt", "a cell is sanitised");
	is_int(rd_table_cell(t, 1, 1)->i, 1, "cell (1, 1)");
	ok(rd_table_cell(t, 2, 0) == NULL, "no cell outside the rows");
	is_str(t->cols[1].title, "Idées", "a column title");
	is_int(t->cols[1].align, RD_RIGHT, "a column alignment");
	ok(c != NULL && c->nrows == 2 && c->ncols == 3, "a heat map of 2 x 3");
	ok(c->cells[5] == 50 && c->cells[0] == -1, "heat map values, -1 where unset");
	is_str(c->row_labels[1], "Étage 2", "heat map row label");
	is_int(doc->blocks[5].lines, 4, "a box of 4 lines");
	is_int(doc->blocks[6].kind, RD_PAGE_BREAK, "a page break");
	is_int(doc->blocks[7].kind, RD_NO_DATA, "a no-data note");
	reportdoc_free(doc);

	doc = reportdoc_new("idea", "Fiche", "", "", 0, "x");
	is_str(reportdoc_period_text(doc, buf, sizeof buf), "", "no period");
	c = reportdoc_chart(doc, RD_LINE_CHART, "Dépôts", "idées");
	rd_chart_point(c, "nov.", 3);
	rd_chart_point(c, "déc.", 5);
	ok(c->n == 2 && c->values[1] == 5 && strcmp(c->labels[0], "nov.") == 0,
	   "a line chart's points");
	reportdoc_free(doc);
	reportdoc_free(NULL);
	ok(reportdoc_failed(NULL), "no document is a failed one");
}

/* Under a French locale the C library writes a decimal comma itself: the
 * result must be the same. */
static void test_french_locale(void)
{
	struct rd_cell c;

	if (setlocale(LC_ALL, "fr_FR.UTF-8") == NULL) {
		ok(1, "# SKIP no fr_FR.UTF-8 locale");
		return;
	}
	memset(&c, 0, sizeof c);
	c.type = RD_DECIMAL;
	c.d = 1234.5;
	c.decimals = 2;
	text_is(&c, "1234,5", "decimal under fr_FR");
	c.type = RD_HOURS;
	c.i = 90;
	csv_is(&c, "1,5", "decimal hours under fr_FR");
	setlocale(LC_ALL, "C.UTF-8");
}


/* The CSV of a table, read back by the project's CSV reader, has the same
 * cells as written for a spreadsheet (quotes, ';', newlines inside a
 * cell, formulas neutralised). */
static void test_csv_round_trip(void)
{
	struct reportdoc *doc = reportdoc_new("t", "T", "2026-11-01", "2026-11-30", 0, "x");
	struct rd_table *t = reportdoc_table(doc, "t", NULL, 4);
	static const char *const want[3][4] = {
		{ "Texte", "Heures", "Jour", "Nombre" },
		{ "un \"mot\"; deux", "1,25", "05/12/2026", "1234" },
		{ "'=1+2", "-0,5", "01/01/2027", "-3" },
	};
	struct csv_reader r;
	struct csv_record rec;
	size_t len, row = 0;
	char *csv;
	bool same = true;

	rd_table_column(t, 0, "Texte", RD_LEFT, 0);
	rd_table_column(t, 1, "Heures", RD_RIGHT, 0);
	rd_table_column(t, 2, "Jour", RD_LEFT, 0);
	rd_table_column(t, 3, "Nombre", RD_RIGHT, 0);
	rd_cell_text(t, "un \"mot\"; deux");
	rd_cell_hours(t, 75, true);
	rd_cell_date(t, "2026-12-05");
	rd_cell_int(t, 1234);
	rd_cell_text(t, "=1+2");
	rd_cell_hours(t, -30, true);
	rd_cell_date(t, "2027-01-01");
	rd_cell_int(t, -3);
	csv = reportdoc_csv(t, &len);
	ok(csv != NULL && memcmp(csv, "\xef\xbb\xbf", 3) == 0, "CSV starts with a BOM");
	ok(csv != NULL && strstr(csv, "Texte;Heures;Jour;Nombre\r\n") != NULL,
	   "';' between fields, CR LF line ends");
	csv_init(&r, csv, len);
	ok(r.sep == ';', "the reader finds ';'");
	while (csv_next(&r, &rec) == 1) {
		if (row < 3 && rec.count == 4) {
			for (size_t c = 0; c < 4; c++)
				if (strcmp(rec.fields[c], want[row][c]) != 0) {
					printf("#   row %zu col %zu: '%s' want '%s'\n", row, c,
					       rec.fields[c], want[row][c]);
					same = false;
				}
		} else {
			same = false;
		}
		row++;
		csv_record_free(&rec);
	}
	ok(same && row == 3, "read back by src/csv.c: the same cells (%zu rows)", row);
	free(csv);
	reportdoc_free(doc);
}

/* Text: no line wider than asked, control characters gone, a word longer
 * than the line cut into pieces, in a paragraph, a field and a table. */
static void test_text_safe(void)
{
	struct reportdoc *doc = reportdoc_new("t", "Titre", "2026-11-01", "2026-11-30", 0,
	                                      "Jean");
	struct rd_table *t;
	char word[301], *text, *line, *save = NULL;
	bool narrow = true, all_there;
	size_t len;

	memset(word, 'x', 300);
	word[300] = '\0';
	reportdoc_paragraph(doc, word);
	reportdoc_field_text(doc, "Long", word);
	reportdoc_paragraph(doc, "avant\x1b[31mrouge\x1b]0;titre\x07 \xc2\x9b" "2J fin");
	t = reportdoc_table(doc, "t", NULL, 3);
	rd_table_column(t, 0, "A", RD_LEFT, 0);
	rd_table_column(t, 1, "B", RD_RIGHT, 0);
	rd_table_column(t, 2, "C", RD_LEFT, 0);
	rd_cell_text(t, word);
	rd_cell_int(t, 42);
	rd_cell_text(t, "Élodie « Ça va » très bien, merci, et vous ?");
	text = reportdoc_text(doc, 80, &len);
	ok(text != NULL && strlen(text) == len, "text rendered");
	ok(text != NULL && strchr(text, '\x1b') == NULL && strchr(text, '\x07') == NULL &&
	   strstr(text, "\xc2\x9b") == NULL, "no control character in the text");
	ok(text != NULL && text_is_valid_utf8(text, len), "valid UTF-8");
	all_there = text != NULL && strstr(text, "42") != NULL;
	for (line = text != NULL ? strtok_r(text, "\n", &save) : NULL; line != NULL;
	     line = strtok_r(NULL, "\n", &save))
		if (text_width(line) > 80) {
			printf("#   too wide (%d): %s\n", text_width(line), line);
			narrow = false;
		}
	ok(narrow, "no line wider than 80 columns");
	ok(all_there, "the table's numbers are there");
	free(text);
	reportdoc_free(doc);
}

/* Random documents (texts of random bytes, words of every length, wide
 * characters, random column counts and hints) at random widths: every line
 * fits its width, the text is valid UTF-8 without a control character. */
static unsigned long seed = 12345;

static unsigned rnd(unsigned n)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((seed >> 33) % n);
}

static void random_text(char *buf, size_t size)
{
	static const char *const pieces[] = {
		"a", "mot", " ", " ", "  ", "é", "日本", "\xf0\x9f\x98\x80", "-", "\n", "\t",
		"\x1b[2J", "\xc2\x9b", "\xe2\x80\xae", "\xff", "\xc3", "xxxxxxxxxxxxxxxxxxxxxxxx",
		"«", "»", ";", "\"", "=", "\r",
	};
	size_t len = 0, n = rnd(40);

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		const char *p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
		if (len + strlen(p) + 1 >= size)
			break;
		memcpy(buf + len, p, strlen(p) + 1);
		len += strlen(p);
	}
}

static void test_random_documents(void)
{
	int bad_width = 0, bad_bytes = 0, failed = 0;

	for (int round = 0; round < 300; round++) {
		struct reportdoc *doc = reportdoc_new("r", "Titre", "2026-11-01", "2026-11-30", 0,
		                                      "x");
		int width = 20 + (int)rnd(100);
		size_t ncols = 1 + rnd(9);
		struct rd_table *t;
		struct rd_chart *c;
		char text[512], *out, *line, *save = NULL;
		size_t len;

		random_text(text, sizeof text);
		reportdoc_heading(doc, 1 + (int)rnd(2), text);
		random_text(text, sizeof text);
		reportdoc_paragraph(doc, text);
		random_text(text, sizeof text);
		reportdoc_field_text(doc, text, text);
		t = reportdoc_table(doc, "t", rnd(2) ? text : NULL, ncols);
		for (size_t col = 0; col < ncols; col++) {
			random_text(text, sizeof text);
			rd_table_column(t, col, text, (enum rd_align)rnd(3), (int)rnd(30));
		}
		for (size_t k = 0, n = rnd(40); k < n; k++) {
			random_text(text, sizeof text);
			switch (rnd(4)) {
			case 0: rd_cell_int(t, (long long)rnd(100000000) - 50000); break;
			case 1: rd_cell_hours(t, (long long)rnd(100000) - 500, rnd(2)); break;
			case 2: rd_cell_date(t, "2026-12-05"); break;
			default: rd_cell_text(t, text); break;
			}
		}
		c = reportdoc_chart(doc, RD_BAR_CHART, "c", NULL);
		for (size_t k = 0, n = rnd(12); k < n; k++) {
			random_text(text, sizeof text);
			rd_chart_point(c, text, rnd(1000));
		}
		random_text(text, sizeof text);
		reportdoc_box(doc, text, (int)rnd(5));
		reportdoc_no_data(doc, text);
		out = reportdoc_text(doc, width, &len);
		if (out == NULL) {
			failed++;
			reportdoc_free(doc);
			continue;
		}
		if (!text_is_valid_utf8(out, len) || strchr(out, '\x1b') != NULL ||
		    strchr(out, '\r') != NULL || strchr(out, '\t') != NULL)
			bad_bytes++;
		for (line = strtok_r(out, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save))
			if (text_width(line) > width) {
				if (bad_width++ == 0)
					printf("#   width %d, line of %d: %s\n", width, text_width(line), line);
			}
		free(out);
		reportdoc_free(doc);
	}
	ok(failed == 0, "300 random documents rendered");
	ok(bad_bytes == 0, "always valid UTF-8 without control characters (%d not)", bad_bytes);
	ok(bad_width == 0, "no line wider than its width (%d lines over)", bad_width);
}

/* Random tables through CSV and back through src/csv.c: the same cells as
 * reportdoc_csv_cell() wrote, whatever the texts hold. */
static void test_random_csv(void)
{
	int mismatches = 0, rows_seen = 0;

	for (int round = 0; round < 200; round++) {
		struct reportdoc *doc = reportdoc_new("r", "T", "", "", 0, "x");
		size_t ncols = 1 + rnd(6), nrows = rnd(10), len, row = 0;
		struct rd_table *t = reportdoc_table(doc, "t", NULL, ncols);
		struct csv_reader r;
		struct csv_record rec;
		char text[512], *csv;

		for (size_t c = 0; c < ncols; c++)
			rd_table_column(t, c, "col", RD_LEFT, 0);
		for (size_t k = 0; k < ncols * nrows; k++) {
			random_text(text, sizeof text);
			switch (rnd(3)) {
			case 0: rd_cell_hours(t, (long long)rnd(10000) - 5000, false); break;
			case 1: rd_cell_decimal(t, (double)rnd(100000) / 7.0 - 5000, 2); break;
			default: rd_cell_text(t, text); break;
			}
		}
		csv = reportdoc_csv(t, &len);
		csv_init(&r, csv != NULL ? csv : "", csv != NULL ? len : 0);
		while (csv != NULL && csv_next(&r, &rec) == 1) {
			if (row > 0) {
				for (size_t c = 0; c < ncols; c++) {
					char want[1100];
					const char *got = c < rec.count ? rec.fields[c] : "(missing)";

					reportdoc_csv_cell(rd_table_cell(t, row - 1, c), want, sizeof want);
					if (strcmp(got, want) != 0 && mismatches++ == 0)
						printf("#   row %zu col %zu: got '%s' want '%s'\n", row, c, got,
						       want);
				}
				rows_seen++;
			}
			row++;
			csv_record_free(&rec);
		}
		if (row != nrows + 1 && mismatches++ == 0)
			printf("#   %zu records for %zu rows\n", row, nrows);
		free(csv);
		reportdoc_free(doc);
	}
	ok(mismatches == 0, "200 random tables read back with the same cells (%d rows, %d "
	   "differences)", rows_seen, mismatches);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("TZ", "UTC", 1);
	test_cells();
	test_cut_on_character();
	test_document();
	test_french_locale();
	test_csv_round_trip();
	test_text_safe();
	test_random_documents();
	test_random_csv();
	return tap_done();
}
