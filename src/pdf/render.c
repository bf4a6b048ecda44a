/* render.c — owns the PDF of a report as a whole: the two passes (measure,
 * then draw knowing the page count), the pages and their frame (heading,
 * title, period, date of printing, "page n / N"), and the text blocks
 * (headings, paragraphs, fields, boxes to fill, the no-data note, page
 * breaks). Tables are table.c's, charts chart.c's. See pdf.h. */
#include <cairo-pdf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "layout.h"
#include "pdf.h"

static const char *const font_names[PDF_NFONTS] = {
	[PDF_BODY] = "DejaVu Sans, Sans 9",
	[PDF_BOLD] = "DejaVu Sans, Sans Bold 9",
	[PDF_SMALL] = "DejaVu Sans, Sans 7.5",
	[PDF_SMALL_BOLD] = "DejaVu Sans, Sans Bold 7.5",
	[PDF_ITALIC] = "DejaVu Sans, Sans Oblique 9",
	[PDF_H1] = "DejaVu Sans, Sans Bold 13",
	[PDF_H2] = "DejaVu Sans, Sans Bold 10.5",
	[PDF_TITLE] = "DejaVu Sans, Sans Bold 12",
	[PDF_TINY] = "DejaVu Sans, Sans 6",
};

/* ---- text ---------------------------------------------------------- */

double pdf_text(struct pdf_render *r, enum pdf_font font, const char *text, double width,
                PangoAlignment align, int max_lines, double *text_w)
{
	PangoRectangle ext;

	pango_layout_set_font_description(r->lay, r->font[font]);
	pango_layout_set_width(r->lay, width > 0 ? pango_units_from_double(width) : -1);
	pango_layout_set_wrap(r->lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(r->lay, align);
	if (max_lines > 0 && width > 0) {
		pango_layout_set_ellipsize(r->lay, PANGO_ELLIPSIZE_END);
		pango_layout_set_height(r->lay, -max_lines);
	} else {
		pango_layout_set_ellipsize(r->lay, PANGO_ELLIPSIZE_NONE);
		pango_layout_set_height(r->lay, -1);
	}
	pango_layout_set_text(r->lay, text != NULL ? text : "", -1);
	pango_layout_get_extents(r->lay, NULL, &ext);
	if (text_w != NULL)
		*text_w = pango_units_to_double(ext.width);
	return pango_units_to_double(ext.height);
}

void pdf_show(struct pdf_render *r, double x, double y)
{
	if (!r->draw)
		return;
	cairo_move_to(r->cr, x, y);
	pango_cairo_show_layout(r->cr, r->lay);
}

void pdf_grey(struct pdf_render *r, double level)
{
	if (r->draw)
		cairo_set_source_rgb(r->cr, level, level, level);
}

void pdf_rgb(struct pdf_render *r, double red, double green, double blue)
{
	if (r->draw)
		cairo_set_source_rgb(r->cr, red, green, blue);
}

/* ---- pages --------------------------------------------------------- */

/* The frame of the current page, drawn when it is closed: the
 * département's heading and the date of printing, the report's title and
 * its period, a rule; at the foot a rule, who ran it and "page n / N". */
static void draw_frame(struct pdf_render *r)
{
	PangoLayout *keep = r->lay;
	double x = PDF_MARGIN, w = pdf_width(r), half = w / 2 - 6, y = PDF_MARGIN;
	char buf[160];

	if (!r->draw)
		return;
	r->lay = r->frame_lay;
	pdf_grey(r, 0.25);
	pdf_text(r, PDF_SMALL_BOLD, r->doc->heading, half, PANGO_ALIGN_LEFT, 1, NULL);
	pdf_show(r, x, y);
	/* TRANSLATORS: on every page of a PDF report, top right. */
	snprintf(buf, sizeof buf, _("printed on %s"), r->printed);
	pdf_text(r, PDF_SMALL, buf, half, PANGO_ALIGN_RIGHT, 1, NULL);
	pdf_show(r, x + w - half, y);
	pdf_grey(r, 0);
	y += 12;
	pdf_text(r, PDF_TITLE, r->doc->title, w * 0.62, PANGO_ALIGN_LEFT, 1, NULL);
	pdf_show(r, x, y);
	pdf_text(r, PDF_BODY, r->period, w * 0.38 - 6, PANGO_ALIGN_RIGHT, 1, NULL);
	pdf_show(r, x + w * 0.62 + 6, y + 3);
	cairo_set_line_width(r->cr, 0.8);
	cairo_move_to(r->cr, x, PDF_MARGIN + PDF_HEAD_H - 12);
	cairo_line_to(r->cr, x + w, PDF_MARGIN + PDF_HEAD_H - 12);
	cairo_stroke(r->cr);

	y = r->h - PDF_MARGIN - PDF_FOOT_H + 8;
	pdf_grey(r, 0.25);
	cairo_set_line_width(r->cr, 0.5);
	cairo_move_to(r->cr, x, y);
	cairo_line_to(r->cr, x + w, y);
	cairo_stroke(r->cr);
	if (r->doc->run_by != NULL && r->doc->run_by[0] != '\0') {
		/* TRANSLATORS: at the foot of every page of a PDF report: who ran it. */
		snprintf(buf, sizeof buf, _("run by %s"), r->doc->run_by);
		pdf_text(r, PDF_SMALL, buf, w / 3, PANGO_ALIGN_LEFT, 1, NULL);
		pdf_show(r, x, y + 4);
	}
	/* TRANSLATORS: at the foot of every page of a PDF report. */
	snprintf(buf, sizeof buf, _("page %d / %d"), r->page, r->npages);
	pdf_text(r, PDF_SMALL, buf, w / 3, PANGO_ALIGN_CENTER, 1, NULL);
	pdf_show(r, x + w / 3, y + 4);
	pdf_grey(r, 0);
	r->lay = keep;
}

/* Sets the current page's size from r->landscape. */
static void size_page(struct pdf_render *r)
{
	r->w = r->landscape ? PDF_A4_H : PDF_A4_W;
	r->h = r->landscape ? PDF_A4_W : PDF_A4_H;
	r->top = PDF_MARGIN + PDF_HEAD_H;
	r->bottom = r->h - PDF_MARGIN - PDF_FOOT_H;
	r->y = r->top;
	if (r->draw)
		cairo_pdf_surface_set_size(r->surface, r->w, r->h);
}

static void open_page(struct pdf_render *r)
{
	r->page++;
	r->landscape = r->want_landscape;
	r->page_empty = true;
	size_page(r);
}

static void close_page(struct pdf_render *r)
{
	draw_frame(r);
	if (r->draw)
		cairo_show_page(r->cr);
}

void pdf_new_page(struct pdf_render *r)
{
	close_page(r);
	open_page(r);
}

void pdf_need(struct pdf_render *r, double height)
{
	if (!r->page_empty && r->y + height > r->bottom)
		pdf_new_page(r);
}

/* The orientation a block asks for. A landscape table (and the heading
 * just before it) starts a landscape page unless the current one is; what
 * follows it stays on that page while it fits, and the next page is
 * portrait again. A page still empty simply turns. */
static void orient(struct pdf_render *r, bool landscape)
{
	r->want_landscape = landscape;
	if (r->landscape == landscape)
		return;
	if (r->page_empty) {
		r->landscape = landscape;
		size_page(r);
	} else if (landscape) {
		pdf_new_page(r);
	}
}

static bool wants_landscape(const struct reportdoc *doc, size_t i)
{
	const struct rd_block *b = &doc->blocks[i];

	if (b->kind == RD_HEADING && i + 1 < doc->nblocks)
		b = &doc->blocks[i + 1];
	return b->kind == RD_TABLE && b->table != NULL && b->table->landscape;
}

/* ---- text blocks --------------------------------------------------- */

/* Text laid out at width from x, drawn line by line so that it breaks
 * across pages; max_lines 0 for no limit. */
static void flow_text(struct pdf_render *r, enum pdf_font font, const char *text, double x,
                      double width, int max_lines)
{
	PangoLayoutIter *it;

	pdf_text(r, font, text, width, PANGO_ALIGN_LEFT, max_lines, NULL);
	it = pango_layout_get_iter(r->lay);
	do {
		PangoRectangle line;
		double baseline;

		pango_layout_iter_get_line_extents(it, NULL, &line);
		baseline = pango_units_to_double(pango_layout_iter_get_baseline(it) - line.y);
		pdf_need(r, pango_units_to_double(line.height));
		if (r->draw) {
			cairo_move_to(r->cr, x + pango_units_to_double(line.x), r->y + baseline);
			pango_cairo_show_layout_line(r->cr, pango_layout_iter_get_line_readonly(it));
		}
		r->y += pango_units_to_double(line.height);
		r->page_empty = false;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

static void heading(struct pdf_render *r, const struct rd_block *b)
{
	enum pdf_font f = b->level <= 1 ? PDF_H1 : PDF_H2;
	double h;

	if (!r->page_empty)
		r->y += b->level <= 1 ? 10 : 6;
	h = pdf_text(r, f, b->text, pdf_width(r), PANGO_ALIGN_LEFT, 3, NULL);
	pdf_need(r, h + 40);   /* kept with what follows it */
	pdf_text(r, f, b->text, pdf_width(r), PANGO_ALIGN_LEFT, 3, NULL);
	pdf_show(r, pdf_left(r), r->y);
	r->y += h + 2;
	if (b->level <= 1 && r->draw) {
		cairo_set_line_width(r->cr, 0.6);
		cairo_move_to(r->cr, pdf_left(r), r->y);
		cairo_line_to(r->cr, pdf_left(r) + pdf_width(r), r->y);
		cairo_stroke(r->cr);
	}
	r->y += 4;
	r->page_empty = false;
}

static void field(struct pdf_render *r, const struct rd_block *b)
{
	double lw = pdf_width(r) * 0.36, vw = pdf_width(r) - lw - 8, hl, hv;
	char value[512];

	reportdoc_format_cell(&b->value, value, sizeof value);
	hl = pdf_text(r, PDF_BOLD, b->text, lw, PANGO_ALIGN_LEFT, 4, NULL);
	hv = pdf_text(r, PDF_BODY, value, vw, PANGO_ALIGN_LEFT, 20, NULL);
	pdf_need(r, hl > hv ? hl : hv);
	pdf_show(r, pdf_left(r) + lw + 8, r->y);
	pdf_text(r, PDF_BOLD, b->text, lw, PANGO_ALIGN_LEFT, 4, NULL);
	pdf_show(r, pdf_left(r), r->y);
	r->y += (hl > hv ? hl : hv) + 2;
	r->page_empty = false;
}

/* An empty framed box of `lines` ruled lines to write in by hand. */
static void box(struct pdf_render *r, const struct rd_block *b)
{
	double line_h = 20, hl, h, x = pdf_left(r), w = pdf_width(r);
	int lines = b->lines < 1 ? 1 : b->lines;

	hl = pdf_text(r, PDF_BOLD, b->text, w, PANGO_ALIGN_LEFT, 2, NULL);
	h = lines * line_h;
	if (hl + 4 + h > r->bottom - r->top)
		h = r->bottom - r->top - hl - 4;
	r->y += 4;
	pdf_need(r, hl + 4 + h);
	pdf_text(r, PDF_BOLD, b->text, w, PANGO_ALIGN_LEFT, 2, NULL);
	pdf_show(r, x, r->y);
	r->y += hl + 3;
	if (r->draw) {
		double dash[] = { 1.0, 2.5 };

		cairo_set_line_width(r->cr, 0.8);
		cairo_rectangle(r->cr, x, r->y, w, h);
		cairo_stroke(r->cr);
		pdf_grey(r, 0.6);
		cairo_set_line_width(r->cr, 0.4);
		cairo_set_dash(r->cr, dash, 2, 0);
		for (double ly = r->y + line_h; ly < r->y + h - 2; ly += line_h) {
			cairo_move_to(r->cr, x + 6, ly);
			cairo_line_to(r->cr, x + w - 6, ly);
		}
		cairo_stroke(r->cr);
		cairo_set_dash(r->cr, NULL, 0, 0);
		pdf_grey(r, 0);
	}
	r->y += h + 6;
	r->page_empty = false;
}

static void no_data(struct pdf_render *r, const struct rd_block *b)
{
	double w = pdf_width(r), h;

	h = pdf_text(r, PDF_ITALIC, b->text, w - 24, PANGO_ALIGN_CENTER, 6, NULL);
	r->y += 6;
	pdf_need(r, h + 24);
	if (r->draw) {
		pdf_grey(r, 0.94);
		cairo_rectangle(r->cr, pdf_left(r), r->y, w, h + 24);
		cairo_fill(r->cr);
		pdf_grey(r, 0.3);
	}
	pdf_show(r, pdf_left(r) + 12, r->y + 12);
	pdf_grey(r, 0);
	r->y += h + 30;
	r->page_empty = false;
}

static void block(struct pdf_render *r, const struct rd_block *b)
{
	orient(r, wants_landscape(r->doc, r->block));
	switch (b->kind) {
	case RD_HEADING:
		heading(r, b);
		break;
	case RD_PARAGRAPH:
		flow_text(r, PDF_BODY, b->text, pdf_left(r), pdf_width(r), 0);
		r->y += 5;
		break;
	case RD_FIELD:
		field(r, b);
		break;
	case RD_TABLE:
		if (b->table != NULL)
			pdf_table(r, b->table);
		break;
	case RD_CHART:
		if (b->chart != NULL)
			pdf_chart(r, b->chart);
		break;
	case RD_BOX:
		box(r, b);
		break;
	case RD_NO_DATA:
		no_data(r, b);
		break;
	case RD_PAGE_BREAK:
		if (!r->page_empty)
			pdf_new_page(r);
		break;
	}
}

/* ---- the passes ---------------------------------------------------- */

static void pass(struct pdf_render *r)
{
	r->page = 0;
	r->landscape = r->want_landscape = false;
	open_page(r);
	for (r->block = 0; r->block < r->doc->nblocks; r->block++)
		block(r, &r->doc->blocks[r->block]);
	close_page(r);
}

struct stream {
	pdf_write_fn write;
	void *closure;
	int errnum;
};

static cairo_status_t on_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct stream *s = closure;

	if (s->errnum != 0)
		return CAIRO_STATUS_WRITE_ERROR;
	if (s->write(s->closure, data, len) != 0) {
		s->errnum = errno != 0 ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

static void cleanup(struct pdf_render *r)
{
	for (int i = 0; i < PDF_NFONTS; i++)
		if (r->font[i] != NULL)
			pango_font_description_free(r->font[i]);
	if (r->lay != NULL)
		g_object_unref(r->lay);
	if (r->frame_lay != NULL)
		g_object_unref(r->frame_lay);
	if (r->pctx != NULL)
		g_object_unref(r->pctx);
	if (r->tables != NULL)
		for (size_t i = 0; i < r->doc->nblocks; i++)
			pdf_table_cache_free(r->tables[i]);
	free(r->tables);
}

static bool setup(struct pdf_render *r, const struct reportdoc *doc)
{
	cairo_font_options_t *fo;

	memset(r, 0, sizeof *r);
	r->doc = doc;
	r->pctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
	if (r->pctx == NULL)
		return false;
	/* Metrics independent of any device: the measuring pass and the PDF
	 * break lines at the same places. */
	pango_cairo_context_set_resolution(r->pctx, 72);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(r->pctx, fo);
	cairo_font_options_destroy(fo);
	r->lay = pango_layout_new(r->pctx);
	r->frame_lay = pango_layout_new(r->pctx);
	r->tables = calloc(doc->nblocks + 1, sizeof *r->tables);
	if (r->lay == NULL || r->frame_lay == NULL || r->tables == NULL)
		return false;
	for (int i = 0; i < PDF_NFONTS; i++)
		if ((r->font[i] = pango_font_description_from_string(font_names[i])) == NULL)
			return false;
	reportdoc_period_text(doc, r->period, sizeof r->period);
	reportdoc_printed_text(doc, r->printed, sizeof r->printed);
	return true;
}

enum cs_status pdf_render(const struct reportdoc *doc, pdf_write_fn write, void *closure,
                          int *pages, struct cs_error *err)
{
	struct stream s = { write, closure, 0 };
	struct pdf_render r;
	cairo_status_t cst;

	if (pages != NULL)
		*pages = 0;
	if (doc == NULL || reportdoc_failed(doc))
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	if (!setup(&r, doc)) {
		cleanup(&r);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	/* First pass: measure, count the pages (tables keep their layout). */
	pass(&r);
	r.npages = r.page;
	if (r.failed) {
		cleanup(&r);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	/* Second pass: draw. */
	r.draw = true;
	errno = 0;
	r.surface = cairo_pdf_surface_create_for_stream(on_write, &s, PDF_A4_W, PDF_A4_H);
	cairo_pdf_surface_set_metadata(r.surface, CAIRO_PDF_METADATA_TITLE, doc->title);
	cairo_pdf_surface_set_metadata(r.surface, CAIRO_PDF_METADATA_CREATOR, "construisons");
	r.cr = cairo_create(r.surface);
	pass(&r);
	cairo_destroy(r.cr);
	cairo_surface_finish(r.surface);
	cst = cairo_surface_status(r.surface);
	cairo_surface_destroy(r.surface);
	cleanup(&r);
	if (r.failed && cst == CAIRO_STATUS_SUCCESS)
		cst = CAIRO_STATUS_NO_MEMORY;
	if (s.errnum != 0)
		return cs_error_set(err, CS_ERR_IO, _("cannot write the PDF: %s"),
		                    cs_strerror(s.errnum));
	if (cst != CAIRO_STATUS_SUCCESS)
		return cs_error_set(err, CS_ERR_INTERNAL, _("cannot draw the PDF: %s"),
		                    cairo_status_to_string(cst));
	if (pages != NULL)
		*pages = r.npages;
	return CS_OK;
}

static int write_fd(void *closure, const unsigned char *data, size_t len)
{
	int fd = *(int *)closure;

	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

enum cs_status pdf_render_fd(const struct reportdoc *doc, int fd, int *pages,
                             struct cs_error *err)
{
	return pdf_render(doc, write_fd, &fd, pages, err);
}

struct membuf {
	unsigned char *data;
	size_t len, cap;
};

static int write_mem(void *closure, const unsigned char *data, size_t len)
{
	struct membuf *m = closure;

	if (m->len + len > m->cap) {
		size_t cap = m->cap ? m->cap : 65536;
		unsigned char *g;

		while (cap < m->len + len)
			cap *= 2;
		if ((g = realloc(m->data, cap)) == NULL) {
			errno = ENOMEM;
			return -1;
		}
		m->data = g;
		m->cap = cap;
	}
	memcpy(m->data + m->len, data, len);
	m->len += len;
	return 0;
}

enum cs_status pdf_render_mem(const struct reportdoc *doc, unsigned char **data, size_t *len,
                              int *pages, struct cs_error *err)
{
	struct membuf m = { NULL, 0, 0 };
	enum cs_status st = pdf_render(doc, write_mem, &m, pages, err);

	if (st != CS_OK) {
		free(m.data);
		m.data = NULL;
		m.len = 0;
	}
	*data = m.data;
	*len = m.len;
	return st;
}
