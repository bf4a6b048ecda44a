/* table.c — owns tables in the PDF: column widths shared out from what
 * the cells need (the widest shrunk to fit the page, their text wrapped),
 * row heights, and the drawing that breaks a table across pages with its
 * title and header row repeated on each. The measuring pass computes the
 * widths and heights once (struct pdf_table_cache); the drawing pass reuses
 * them. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "pdf.h"

#define PAD_X 3.5
#define PAD_Y 2.2
#define MIN_COL 22.0

struct pdf_table_cache {
	size_t ncols, nrows;
	double *colw;      /* column widths, padding included */
	double *rowh;      /* row heights, padding included */
	double headh;      /* the header row */
	double line_h;     /* one line of a cell */
};

void pdf_table_cache_free(struct pdf_table_cache *c)
{
	if (c == NULL)
		return;
	free(c->colw);
	free(c->rowh);
	free(c);
}

static PangoAlignment align_of(enum rd_align a)
{
	return a == RD_RIGHT ? PANGO_ALIGN_RIGHT : a == RD_CENTER ? PANGO_ALIGN_CENTER
	                                                          : PANGO_ALIGN_LEFT;
}

static const char *cell_text(const struct rd_table *t, size_t row, size_t col, char *buf,
                             size_t size)
{
	const struct rd_cell *c = rd_table_cell(t, row, col);

	buf[0] = '\0';
	return c != NULL ? reportdoc_format_cell(c, buf, size) : buf;
}

/* Shares avail points between the columns: each gets what it needs when
 * all fit (the rest shared out in proportion); else the widest are cut to
 * a common cap so that the total is avail. */
static void share_widths(double *w, size_t n, double avail)
{
	double sum = 0, lo = MIN_COL, hi = 0;

	for (size_t i = 0; i < n; i++) {
		if (w[i] < MIN_COL)
			w[i] = MIN_COL;
		sum += w[i];
		if (w[i] > hi)
			hi = w[i];
	}
	if (sum <= avail) {
		for (size_t i = 0; i < n; i++)
			w[i] += (avail - sum) * w[i] / sum;
		return;
	}
	if (MIN_COL * (double)n >= avail) {
		for (size_t i = 0; i < n; i++)
			w[i] = avail / (double)n;
		return;
	}
	for (int k = 0; k < 40; k++) {   /* the cap, by bisection */
		double mid = (lo + hi) / 2, s = 0;

		for (size_t i = 0; i < n; i++)
			s += w[i] < mid ? w[i] : mid;
		if (s > avail)
			hi = mid;
		else
			lo = mid;
	}
	sum = 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i] > lo)
			w[i] = lo;
		sum += w[i];
	}
	for (size_t i = 0; i < n; i++)   /* the bisection's last crumbs */
		w[i] += (avail - sum) / (double)n;
}

static struct pdf_table_cache *measure(struct pdf_render *r, const struct rd_table *t)
{
	struct pdf_table_cache *c = calloc(1, sizeof *c);
	size_t nrows = rd_table_rows(t);
	double *need, *nat;
	char buf[1024];

	if (c == NULL)
		return NULL;
	c->ncols = t->ncols;
	c->nrows = nrows;
	c->colw = calloc(t->ncols ? t->ncols : 1, sizeof *c->colw);
	c->rowh = calloc(nrows ? nrows : 1, sizeof *c->rowh);
	need = calloc(t->ncols ? t->ncols : 1, sizeof *need);
	nat = calloc(nrows * t->ncols + 1, sizeof *nat);   /* each cell unwrapped */
	if (c->colw == NULL || c->rowh == NULL || need == NULL || nat == NULL) {
		free(need);
		free(nat);
		pdf_table_cache_free(c);
		return NULL;
	}
	c->line_h = pdf_text(r, PDF_SMALL, "Ag", 0, PANGO_ALIGN_LEFT, 0, NULL);
	/* What each column needs unwrapped: its widest cell, and its title
	 * (whose longest word at least must fit). */
	for (size_t j = 0; j < t->ncols; j++) {
		double tw;

		pdf_text(r, PDF_SMALL_BOLD, t->cols[j].title, 0, PANGO_ALIGN_LEFT, 0, &tw);
		need[j] = tw;
		if (t->cols[j].width > 0 && tw > t->cols[j].width * 4.5)
			need[j] = t->cols[j].width * 4.5;
		for (size_t i = 0; i < nrows; i++) {
			pdf_text(r, PDF_SMALL, cell_text(t, i, j, buf, sizeof buf), 0,
			         PANGO_ALIGN_LEFT, 0, &tw);
			nat[i * t->ncols + j] = tw;
			if (tw > need[j])
				need[j] = tw;
		}
		c->colw[j] = need[j] + 2 * PAD_X + 0.5;
	}
	share_widths(c->colw, t->ncols, pdf_width(r));
	/* Heights: a cell that fits is one line; the others are wrapped. */
	c->headh = c->line_h;
	for (size_t j = 0; j < t->ncols; j++) {
		double h = pdf_text(r, PDF_SMALL_BOLD, t->cols[j].title, c->colw[j] - 2 * PAD_X,
		                    align_of(t->cols[j].align), 3, NULL);

		if (h > c->headh)
			c->headh = h;
	}
	c->headh += 2 * PAD_Y;
	for (size_t i = 0; i < nrows; i++) {
		double rh = c->line_h;

		for (size_t j = 0; j < t->ncols; j++) {
			double h;

			if (nat[i * t->ncols + j] <= c->colw[j] - 2 * PAD_X)
				continue;
			h = pdf_text(r, PDF_SMALL, cell_text(t, i, j, buf, sizeof buf),
			             c->colw[j] - 2 * PAD_X, PANGO_ALIGN_LEFT, PDF_CELL_MAX_LINES, NULL);
			if (h > rh)
				rh = h;
		}
		c->rowh[i] = rh + 2 * PAD_Y;
	}
	free(need);
	free(nat);
	return c;
}

/* The table's title (and "(continued)" after a page break) and its header
 * row, at the cursor. */
static void header(struct pdf_render *r, const struct rd_table *t,
                   const struct pdf_table_cache *c, bool continued)
{
	double x = pdf_left(r);

	if (t->title != NULL && t->title[0] != '\0') {
		char buf[600];
		double h;

		if (continued)
			/* TRANSLATORS: a table's title again on the next page. */
			snprintf(buf, sizeof buf, _("%s (continued)"), t->title);
		else
			snprintf(buf, sizeof buf, "%s", t->title);
		h = pdf_text(r, PDF_BOLD, buf, pdf_width(r), PANGO_ALIGN_LEFT, 2, NULL);
		pdf_show(r, x, r->y);
		r->y += h + 3;
	}
	if (r->draw) {
		pdf_grey(r, 0.86);
		cairo_rectangle(r->cr, x, r->y, pdf_width(r), c->headh);
		cairo_fill(r->cr);
		pdf_grey(r, 0);
	}
	for (size_t j = 0; j < t->ncols; j++) {
		pdf_text(r, PDF_SMALL_BOLD, t->cols[j].title, c->colw[j] - 2 * PAD_X,
		         align_of(t->cols[j].align), 3, NULL);
		pdf_show(r, x + PAD_X, r->y + PAD_Y);
		x += c->colw[j];
	}
	r->y += c->headh;
	r->page_empty = false;
}

static double title_height(struct pdf_render *r, const struct rd_table *t)
{
	if (t->title == NULL || t->title[0] == '\0')
		return 0;
	return pdf_text(r, PDF_BOLD, t->title, pdf_width(r), PANGO_ALIGN_LEFT, 2, NULL) + 3;
}

void pdf_table(struct pdf_render *r, const struct rd_table *t)
{
	struct pdf_table_cache *c = r->tables[r->block];
	char buf[1024];
	int page;

	if (t->ncols == 0)
		return;
	if (c == NULL) {
		if ((c = measure(r, t)) == NULL) {
			r->failed = true;
			return;
		}
		r->tables[r->block] = c;
	}
	if (!r->page_empty)
		r->y += 6;
	/* The title, the header and the first row stay together. */
	pdf_need(r, title_height(r, t) + c->headh + (c->nrows ? c->rowh[0] : 0));
	header(r, t, c, false);
	page = r->page;
	for (size_t i = 0; i < c->nrows; i++) {
		double x = pdf_left(r);

		pdf_need(r, c->rowh[i]);
		if (r->page != page) {
			header(r, t, c, true);
			page = r->page;
		}
		if (r->draw) {
			if (i % 2 == 1) {
				pdf_grey(r, 0.96);
				cairo_rectangle(r->cr, x, r->y, pdf_width(r), c->rowh[i]);
				cairo_fill(r->cr);
			}
			pdf_grey(r, 0.75);
			cairo_set_line_width(r->cr, 0.3);
			cairo_move_to(r->cr, x, r->y + c->rowh[i]);
			cairo_line_to(r->cr, x + pdf_width(r), r->y + c->rowh[i]);
			cairo_stroke(r->cr);
			pdf_grey(r, 0);
			for (size_t j = 0; j < t->ncols; j++) {
				pdf_text(r, PDF_SMALL, cell_text(t, i, j, buf, sizeof buf),
				         c->colw[j] - 2 * PAD_X, align_of(t->cols[j].align),
				         PDF_CELL_MAX_LINES, NULL);
				pdf_show(r, x + PAD_X, r->y + PAD_Y);
				x += c->colw[j];
			}
		}
		r->y += c->rowh[i];
	}
	r->y += 4;
	r->page_empty = false;
}
