/* pdf.h — the PDF form of a report (reportdoc.h), drawn with cairo and laid
 * out with pango: A4 portrait pages (landscape ones for the tables that ask
 * for it), the département's heading, the report's title, its period and
 * the date of printing on every page, "page n / N" at the foot, tables
 * broken across pages with their header repeated, charts drawn as vectors,
 * boxes to fill by hand; fonts embedded and subset by cairo. A library of
 * its own (src/pdf/): the core and its unit tests never link cairo.
 *
 * Text never leaves its page: paragraphs and cells wrap at word or, for a
 * word wider than its column, at character boundaries; a cell is cut with
 * an ellipsis after PDF_CELL_MAX_LINES lines. */
#ifndef CS_PDF_H
#define CS_PDF_H

#include <stddef.h>

#include "err.h"
#include "reportdoc.h"

#define PDF_CELL_MAX_LINES 12

/* Where the bytes go: returns 0 on success, -1 (errno set) on failure. */
typedef int (*pdf_write_fn)(void *closure, const unsigned char *data, size_t len);

/* Renders doc (not a failed one) through write. Returns CS_OK, CS_ERR_IO
 * when write failed (err says so with errno's text), CS_ERR_INTERNAL when
 * cairo failed (out of memory). *pages, when not NULL, gets the page
 * count. */
enum cs_status pdf_render(const struct reportdoc *doc, pdf_write_fn write, void *closure,
                          int *pages, struct cs_error *err);

/* The same into an open file descriptor (written, not closed, not synced). */
enum cs_status pdf_render_fd(const struct reportdoc *doc, int fd, int *pages,
                             struct cs_error *err);

/* The same into memory: *data (malloc'd, caller frees) and *len. */
enum cs_status pdf_render_mem(const struct reportdoc *doc, unsigned char **data, size_t *len,
                              int *pages, struct cs_error *err);

#endif
