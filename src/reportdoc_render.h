/* reportdoc_render.h — the text and CSV forms of a report description
 * (reportdoc.h). The PDF form is its own library (src/pdf/). Both functions
 * only read the document (never a failed one). */
#ifndef CS_REPORTDOC_RENDER_H
#define CS_REPORTDOC_RENDER_H

#include <stddef.h>

#include "reportdoc.h"

/* The whole report as UTF-8 text, lines of at most width columns (20..400;
 * 80 for the text format, the pane's width for the preview), each ending
 * in '\n': the heading, title, period, printing date and who ran it, then
 * every block. Newly allocated (the caller frees), *len (may be NULL) gets
 * its length; NULL when out of memory. */
char *reportdoc_text(const struct reportdoc *doc, int width, size_t *len);

/* One table as a CSV file for a French spreadsheet: a UTF-8 byte order
 * mark, ';' between fields, CR LF line ends, the column titles on the
 * first line, fields quoted ("", doubled quotes) when they hold ";", ","
 * (a decimal comma: read the same whichever separator a reader guesses), a
 * quote, a line end or a leading or trailing space; cells written by
 * reportdoc_csv_cell() (decimal comma, dd/mm/yyyy, formulas neutralised).
 * A table without rows still has its title line. Newly allocated (the
 * caller frees), *len gets its length; NULL when out of memory. */
char *reportdoc_csv(const struct rd_table *t, size_t *len);

/* The file of table `name` when a report's tables go to one CSV file each
 * under the name output: "FILE-name.csv" (output's ".csv" ending, if any,
 * before it). Newly allocated (the caller frees); NULL when out of
 * memory. */
char *reportdoc_csv_table_path(const char *output, const char *name);

/* The tables of a document in order: the i-th (from 0), NULL past the
 * last; *count (may be NULL) receives how many there are. */
const struct rd_table *reportdoc_table_at(const struct reportdoc *doc, size_t i,
                                          size_t *count);

#endif
