/* layout.h — private to src/pdf/: the state of one rendering pass (the
 * pages, the cursor, the fonts) shared by render.c (the document, pages,
 * text blocks), table.c and chart.c.
 *
 * A document is laid out twice with the same pango context: a first pass
 * that only measures (draw false: no surface, nothing drawn) counts the
 * pages, then a second one draws them knowing N for "page n / N". Every
 * block function moves r->y and asks for a new page through pdf_need()
 * whenever what comes next does not fit. */
#ifndef CS_PDF_LAYOUT_H
#define CS_PDF_LAYOUT_H

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>

#include "reportdoc.h"

/* A4 in points, margins and the frame of every page. */
#define PDF_A4_W 595.2756
#define PDF_A4_H 841.8898
#define PDF_MARGIN 42.0
#define PDF_HEAD_H 46.0          /* the heading above the body */
#define PDF_FOOT_H 24.0          /* the foot under it */

enum pdf_font { PDF_BODY = 0, PDF_BOLD, PDF_SMALL, PDF_SMALL_BOLD, PDF_ITALIC, PDF_H1, PDF_H2,
                PDF_TITLE, PDF_TINY, PDF_NFONTS };

struct pdf_table_cache;

struct pdf_render {
	const struct reportdoc *doc;
	cairo_surface_t *surface;    /* the PDF; NULL in the measuring pass */
	cairo_t *cr;                 /* NULL in the measuring pass */
	bool draw;
	PangoContext *pctx;
	PangoLayout *lay;            /* one layout, reused for every text */
	PangoLayout *frame_lay;      /* the page frame's own (drawn while a
	                                block's layout is in use) */
	PangoFontDescription *font[PDF_NFONTS];
	int page;                    /* the current page, 1-based; 0 before the first */
	int npages;                  /* known in the drawing pass */
	bool landscape;              /* of the current page */
	bool want_landscape;         /* of the next page */
	bool page_empty;             /* nothing drawn in the body yet (its
	                                size may still change; the frame is
	                                drawn when the page is closed) */
	double w, h;                 /* the current page's size */
	double y;                    /* the cursor, from the top of the page */
	double top, bottom;          /* the body's limits */
	struct pdf_table_cache **tables; /* per block, filled by the first pass */
	size_t block;                /* the block being laid out */
	bool failed;                 /* out of memory somewhere */
	char period[96], printed[64];
};

/* The body's left edge and width. */
static inline double pdf_left(const struct pdf_render *r) { (void)r; return PDF_MARGIN; }
static inline double pdf_width(const struct pdf_render *r) { return r->w - 2 * PDF_MARGIN; }

/* Closes the current page (drawing its frame) and opens the next one in
 * the orientation r->want_landscape. */
void pdf_new_page(struct pdf_render *r);

/* Makes room for height points: a new page unless they fit under the
 * cursor or the page is still empty (a taller thing is cut, not looped). */
void pdf_need(struct pdf_render *r, double height);

/* Sets the shared layout to text in font, wrapped at width (<= 0: no
 * wrapping), aligned, at most max_lines lines (0: no limit; ellipsis when
 * cut). Returns its height in points; *text_w gets its width when not
 * NULL. */
double pdf_text(struct pdf_render *r, enum pdf_font font, const char *text, double width,
                PangoAlignment align, int max_lines, double *text_w);

/* Draws the shared layout with its top-left corner at (x, y). */
void pdf_show(struct pdf_render *r, double x, double y);

/* Sets a grey level (0 black .. 1 white) or a colour for what follows. */
void pdf_grey(struct pdf_render *r, double level);
void pdf_rgb(struct pdf_render *r, double red, double green, double blue);

/* Blocks drawn by table.c and chart.c. */
void pdf_table(struct pdf_render *r, const struct rd_table *t);
void pdf_chart(struct pdf_render *r, const struct rd_chart *c);
void pdf_table_cache_free(struct pdf_table_cache *c);

#endif
