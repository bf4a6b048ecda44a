/* reportdoc.h — ONE description of a report, from which every format is
 * drawn (text, CSV, PDF, the on-screen preview), so that they always agree.
 *
 * A document has a heading (the département's), a title, a period, the
 * time it was printed and who ran it, then a sequence of blocks: headings,
 * paragraphs, label/value fields, tables of typed cells, charts given as
 * data (bar, line, heat map), boxes to fill in by hand, a "no data" note
 * and page breaks. The report model (src/report*.c) builds it from the
 * database; renderers only read it.
 *
 * Ownership: the document owns everything in it. Every string given to a
 * reportdoc_* function is copied and sanitised on the way in (text_sanitize:
 * paragraphs keep their newlines, everything else is one line), so a
 * renderer never sees a control character, but may see a very long word
 * and must wrap or cut it. reportdoc_free() frees it all.
 *
 * Out of memory while building: the builders never fail loudly; the first
 * failure makes the document "failed" (reportdoc_failed() is true), later
 * calls do nothing, and the builder of the report returns CS_ERR_INTERNAL.
 * Renderers must not be given a failed document.
 *
 * Typed cells say what a value is, not how it looks: each renderer formats
 * it (text/PDF the French way, CSV for a French spreadsheet):
 *   type           holds              text/PDF           CSV
 *   RD_TEXT        text               as is              as is (neutralised)
 *   RD_INT         i                  "1 234"            "1234"
 *   RD_HOURS       i (minutes)        "1 h 15", "+1 h 15" "1,25" (never a +)
 *   RD_DECIMAL     d, decimals        "2,5"              "2,5"
 *   RD_PERCENT     d (0..100), dec.   "12,5 %"           "12,5"
 *   RD_DATE        text "YYYY-MM-DD"  "05/12/2026"       "05/12/2026"
 *   RD_DATETIME    text (stored UTC)  "05/12/2026 9 h 30" "05/12/2026 09:30"
 *   RD_EMPTY       nothing            ""                 ""
 * reportdoc_format_cell() gives the text/PDF form, reportdoc_csv_cell()
 * the CSV form, so the PDF renderer formats exactly like the text one. */
#ifndef CS_REPORTDOC_H
#define CS_REPORTDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

enum rd_cell_type {
	RD_EMPTY = 0,
	RD_TEXT,
	RD_INT,
	RD_HOURS,
	RD_DECIMAL,
	RD_PERCENT,
	RD_DATE,
	RD_DATETIME
};

struct rd_cell {
	enum rd_cell_type type;
	char *text;       /* RD_TEXT, RD_DATE, RD_DATETIME; NULL otherwise */
	long long i;      /* RD_INT; RD_HOURS in minutes */
	double d;         /* RD_DECIMAL, RD_PERCENT */
	int decimals;     /* RD_DECIMAL, RD_PERCENT: at most this many (0..3),
	                     trailing zeros dropped */
	bool show_sign;   /* RD_HOURS, RD_INT: a '+' before positive values */
};

enum rd_align { RD_LEFT = 0, RD_RIGHT, RD_CENTER };

struct rd_column {
	char *title;
	enum rd_align align;
	int width;        /* hint in characters (0: as wide as needed); the
	                     text renderer shrinks the widest columns to fit */
};

struct rd_table {
	char *name;       /* short ASCII name, [a-z0-9-], unique in the
	                     document: the CSV file is FILE-name.csv */
	char *title;      /* shown above the table; may be NULL */
	bool landscape;   /* the PDF prints it on a landscape page */
	size_t ncols;
	struct rd_column *cols;
	size_t ncells, cellcap;
	struct rd_cell *cells; /* row-major; nrows = ncells / ncols */
	struct reportdoc *doc; /* its document (records a failure) */
};

/* A chart given as data; the renderer draws it (text: bars of characters
 * or a table; PDF: vectors). Bar and line: n labels and n values. Heat
 * map: nrows row labels, ncols column labels, nrows * ncols values
 * (row-major); a negative value means "no value" (a day that cannot be
 * booked). */
enum rd_chart_kind { RD_BAR_CHART = 0, RD_LINE_CHART, RD_HEAT_MAP };

struct rd_chart {
	enum rd_chart_kind kind;
	char *title;
	char *unit;       /* what a value counts, "idées", "%"; may be NULL */
	size_t n, cap;    /* bar/line: points */
	char **labels;
	double *values;
	size_t nrows, ncols; /* heat map */
	char **row_labels, **col_labels;
	double *cells;    /* heat map, nrows * ncols */
	struct reportdoc *doc; /* its document (records a failure) */
};

enum rd_block_kind {
	RD_HEADING = 0,   /* level 1 (a section) or 2 (a sub-section, e.g. one
	                     idea of the agenda) */
	RD_PARAGRAPH,     /* text with '\n' kept; wraps */
	RD_FIELD,         /* "label : value", value typed */
	RD_TABLE,
	RD_CHART,
	RD_BOX,           /* an empty framed box to write in by hand */
	RD_NO_DATA,       /* "no data for this period" (text holds it) */
	RD_PAGE_BREAK
};

struct rd_block {
	enum rd_block_kind kind;
	int level;             /* RD_HEADING */
	char *text;            /* heading, paragraph, no-data note, field and
	                          box label */
	struct rd_cell value;  /* RD_FIELD */
	int lines;             /* RD_BOX: height in lines of handwriting */
	struct rd_table *table;
	struct rd_chart *chart;
};

struct reportdoc {
	char *name;       /* the report's command name, "dashboard" */
	char *heading;    /* the département's heading, on every page */
	char *title;      /* "Tableau de bord du programme" */
	char since[11];   /* the period, stored days "YYYY-MM-DD", inclusive */
	char until[11];
	time_t printed;   /* when it was produced */
	char *run_by;     /* the display name of who ran it */
	size_t nblocks, cap;
	struct rd_block *blocks;
	bool failed;      /* out of memory somewhere while building */
};

/* A new empty document. since/until are stored days (either may be "" for
 * a report without a period, the idea sheet). Returns NULL when out of
 * memory. Free with reportdoc_free(). */
struct reportdoc *reportdoc_new(const char *name, const char *title,
                                const char *since, const char *until,
                                time_t printed, const char *run_by);
void reportdoc_free(struct reportdoc *doc);

/* True when some allocation failed while building. */
bool reportdoc_failed(const struct reportdoc *doc);

/* Blocks, appended in order. */
void reportdoc_heading(struct reportdoc *doc, int level, const char *text);
void reportdoc_paragraph(struct reportdoc *doc, const char *text);
void reportdoc_no_data(struct reportdoc *doc, const char *text);
void reportdoc_box(struct reportdoc *doc, const char *label, int lines);
void reportdoc_page_break(struct reportdoc *doc);
/* Fields: a label and one typed value. */
void reportdoc_field_text(struct reportdoc *doc, const char *label, const char *value);
void reportdoc_field_int(struct reportdoc *doc, const char *label, long long value);
void reportdoc_field_hours(struct reportdoc *doc, const char *label, long long minutes,
                           bool show_sign);
void reportdoc_field_percent(struct reportdoc *doc, const char *label, double value,
                             int decimals);
void reportdoc_field_decimal(struct reportdoc *doc, const char *label, double value,
                             int decimals);
void reportdoc_field_date(struct reportdoc *doc, const char *label, const char *day);

/* A table of ncols columns (1..64), appended as a block; returns it to be
 * filled (owned by the document), or NULL when out of memory or the
 * document already failed — the cell functions accept a NULL table. */
struct rd_table *reportdoc_table(struct reportdoc *doc, const char *name,
                                 const char *title, size_t ncols);
void rd_table_column(struct rd_table *t, size_t col, const char *title,
                     enum rd_align align, int width);
/* Cells, appended left to right, top to bottom (a row is ncols cells). */
void rd_cell_text(struct rd_table *t, const char *text);
void rd_cell_int(struct rd_table *t, long long value);
void rd_cell_hours(struct rd_table *t, long long minutes,
                   bool show_sign);
void rd_cell_decimal(struct rd_table *t, double value,
                     int decimals);
void rd_cell_percent(struct rd_table *t, double value,
                     int decimals);
void rd_cell_date(struct rd_table *t, const char *day);
void rd_cell_datetime(struct rd_table *t, const char *iso_utc);
void rd_cell_empty(struct rd_table *t);
/* Number of complete rows. */
size_t rd_table_rows(const struct rd_table *t);
/* The cell at (row, col); NULL outside the table. */
const struct rd_cell *rd_table_cell(const struct rd_table *t, size_t row, size_t col);

/* A bar or line chart, appended as a block; points added with
 * rd_chart_point(). NULL when out of memory. */
struct rd_chart *reportdoc_chart(struct reportdoc *doc, enum rd_chart_kind kind,
                                 const char *title, const char *unit);
void rd_chart_point(struct rd_chart *c, const char *label,
                    double value);
/* A heat map of nrows x ncols (labels copied, values start at -1: no
 * value); set each with rd_heat_set(). NULL when out of memory. */
struct rd_chart *reportdoc_heat_map(struct reportdoc *doc, const char *title,
                                    const char *unit, size_t nrows,
                                    const char *const *row_labels, size_t ncols,
                                    const char *const *col_labels);
void rd_heat_set(struct rd_chart *c, size_t row, size_t col, double value);

/* The text/PDF form of a cell ("1 234", "1 h 15", "12,5 %", "05/12/2026",
 * "05/12/2026 9 h 30"), into buf (always NUL-terminated, cut on a
 * character boundary when too small). Returns buf. */
const char *reportdoc_format_cell(const struct rd_cell *c, char *buf, size_t size);

/* The CSV form of a cell, before quoting: numbers with a decimal comma and
 * no thousands separator, hours as decimal hours ("1,25"), dates
 * "05/12/2026", date-times "05/12/2026 09:30"; text cells starting with
 * '=', '+', '-', '@' (or a tab or CR) get a leading apostrophe, so a
 * spreadsheet shows them as text and never runs them. Numbers are never
 * neutralised ("-1,5" stays a number). Returns buf. */
const char *reportdoc_csv_cell(const struct rd_cell *c, char *buf, size_t size);

/* The period as said on every page: "du 01/11/2026 au 30/11/2026"; "" for a
 * document without a period. Returns buf. */
const char *reportdoc_period_text(const struct reportdoc *doc, char *buf, size_t size);

/* The printing date and time: "30/11/2026 9 h 15". Returns buf. */
const char *reportdoc_printed_text(const struct reportdoc *doc, char *buf, size_t size);

#endif
