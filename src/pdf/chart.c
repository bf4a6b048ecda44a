/* chart.c — owns the charts of the PDF, drawn as vectors from the data of
 * the description: a bar chart, a line chart (both on a value axis with
 * round graduations) and a heat map (rows by columns of shaded cells, their
 * values written in, "no value" hatched, a scale under it). */
#include <math.h>
#include <stdio.h>

#include "i18n.h"
#include "layout.h"
#include "pdf.h"

#define PLOT_H 150.0
#define AXIS_W 34.0
#define LABEL_H 20.0
#define HEAT_ROW_H 15.0

/* A round step for about five graduations up to max. */
static double nice_step(double max)
{
	double raw = max / 5, mag, f;

	if (raw <= 0)
		return 1;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/* A value as the text renderer writes it: "12", "2,5" (French comma). */
static void number(double v, char *buf, size_t size)
{
	struct rd_cell c = { .type = RD_DECIMAL, .d = v, .decimals = 1 };

	reportdoc_format_cell(&c, buf, size);
}

static double chart_max(const struct rd_chart *c)
{
	double max = 0;

	for (size_t i = 0; i < c->n; i++)
		if (c->values[i] > max)
			max = c->values[i];
	return max;
}

/* The title (with its unit) at the cursor; returns its height. */
static double title(struct pdf_render *r, const struct rd_chart *c, bool draw)
{
	char buf[400];
	double h;

	if (c->unit != NULL && c->unit[0] != '\0')
		snprintf(buf, sizeof buf, "%s (%s)", c->title ? c->title : "", c->unit);
	else
		snprintf(buf, sizeof buf, "%s", c->title ? c->title : "");
	h = pdf_text(r, PDF_BOLD, buf, pdf_width(r), PANGO_ALIGN_LEFT, 2, NULL);
	if (draw)
		pdf_show(r, pdf_left(r), r->y);
	return h + 4;
}

/* The value axis and its graduations; returns the scale's top value. */
static double value_axis(struct pdf_render *r, double x0, double y0, double w, double max)
{
	double step = nice_step(max), top = step * ceil(max / step);
	char buf[64];

	if (top <= 0)
		top = step;
	for (double v = 0; v <= top + step / 2; v += step) {
		double y = y0 + PLOT_H - PLOT_H * v / top;

		if (r->draw) {
			pdf_grey(r, v == 0 ? 0.2 : 0.85);
			cairo_set_line_width(r->cr, v == 0 ? 0.7 : 0.4);
			cairo_move_to(r->cr, x0, y);
			cairo_line_to(r->cr, x0 + w, y);
			cairo_stroke(r->cr);
			pdf_grey(r, 0.2);
		}
		number(v, buf, sizeof buf);
		pdf_text(r, PDF_TINY, buf, AXIS_W - 4, PANGO_ALIGN_RIGHT, 1, NULL);
		pdf_show(r, x0 - AXIS_W, y - 4);
	}
	pdf_grey(r, 0);
	return top;
}

/* The labels under the points, every k-th when they would not fit. */
static void point_labels(struct pdf_render *r, const struct rd_chart *c, double x0, double slot,
                         double y)
{
	size_t k = 1;
	double widest = 0;

	for (size_t i = 0; i < c->n; i++) {
		double tw;

		pdf_text(r, PDF_TINY, c->labels[i], 0, PANGO_ALIGN_LEFT, 0, &tw);
		if (tw > widest)
			widest = tw;
	}
	if (widest > slot * 2 - 2)
		k = (size_t)ceil(widest / (slot * 2 - 2));
	for (size_t i = 0; i < c->n; i += k) {
		double lw = slot * (double)k;

		if (lw < 8)
			lw = 8;
		pdf_text(r, PDF_TINY, c->labels[i], lw, PANGO_ALIGN_CENTER, 2, NULL);
		pdf_show(r, x0 + slot * ((double)i + 0.5) - lw / 2, y + 2);
	}
}

static void bars_or_line(struct pdf_render *r, const struct rd_chart *c)
{
	double th = title(r, c, false), x0, y0, w, slot, top;
	char buf[64];

	if (c->n == 0) {   /* a chart without points: its title and a note */
		double h;

		pdf_need(r, th + 20);
		title(r, c, true);
		r->y += th;
		h = pdf_text(r, PDF_ITALIC, _("no value for this period"), pdf_width(r),
		             PANGO_ALIGN_LEFT, 1, NULL);
		pdf_show(r, pdf_left(r), r->y);
		r->y += h + 8;
		r->page_empty = false;
		return;
	}
	pdf_need(r, th + PLOT_H + LABEL_H + 8);
	title(r, c, true);
	r->y += th;
	x0 = pdf_left(r) + AXIS_W;
	y0 = r->y + 4;
	w = pdf_width(r) - AXIS_W;
	top = value_axis(r, x0, y0, w, chart_max(c));
	slot = c->n > 0 ? w / (double)c->n : w;
	if (r->draw && c->kind == RD_BAR_CHART) {
		for (size_t i = 0; i < c->n; i++) {
			double v = c->values[i] > 0 ? c->values[i] : 0, bh = PLOT_H * v / top;
			double bw = slot * 0.62, bx = x0 + slot * (double)i + (slot - bw) / 2;

			pdf_rgb(r, 0.20, 0.40, 0.68);
			cairo_rectangle(r->cr, bx, y0 + PLOT_H - bh, bw, bh);
			cairo_fill(r->cr);
			pdf_grey(r, 0.1);
			number(c->values[i], buf, sizeof buf);
			pdf_text(r, PDF_TINY, buf, slot, PANGO_ALIGN_CENTER, 1, NULL);
			pdf_show(r, x0 + slot * (double)i, y0 + PLOT_H - bh - 9);
		}
	} else if (r->draw) {
		pdf_rgb(r, 0.75, 0.30, 0.12);
		cairo_set_line_width(r->cr, 1.4);
		for (size_t i = 0; i < c->n; i++) {
			double px = x0 + slot * ((double)i + 0.5);
			double py = y0 + PLOT_H - PLOT_H * (c->values[i] > 0 ? c->values[i] : 0) / top;

			if (i == 0)
				cairo_move_to(r->cr, px, py);
			else
				cairo_line_to(r->cr, px, py);
		}
		cairo_stroke(r->cr);
		for (size_t i = 0; i < c->n; i++) {
			double px = x0 + slot * ((double)i + 0.5);
			double py = y0 + PLOT_H - PLOT_H * (c->values[i] > 0 ? c->values[i] : 0) / top;

			pdf_rgb(r, 0.75, 0.30, 0.12);
			cairo_new_path(r->cr);
			cairo_arc(r->cr, px, py, 2.2, 0, 2 * M_PI);
			cairo_fill(r->cr);
			if (c->n <= 24) {
				pdf_grey(r, 0.1);
				number(c->values[i], buf, sizeof buf);
				pdf_text(r, PDF_TINY, buf, slot, PANGO_ALIGN_CENTER, 1, NULL);
				pdf_show(r, px - slot / 2, py - 10);
			}
		}
	}
	pdf_grey(r, 0.2);
	point_labels(r, c, x0, slot, y0 + PLOT_H);
	pdf_grey(r, 0);
	r->y = y0 + PLOT_H + LABEL_H + 8;
	r->page_empty = false;
}

/* A shade from white (0) to dark blue (1). */
static void shade(struct pdf_render *r, double t)
{
	pdf_rgb(r, 1 - t * 0.85, 1 - t * 0.62, 1 - t * 0.30);
}

static double heat_max(const struct rd_chart *c)
{
	double max = 0;

	for (size_t i = 0; i < c->nrows * c->ncols; i++)
		if (c->cells[i] > max)
			max = c->cells[i];
	return max;
}

/* The column labels of the heat map (every k-th when narrow). */
static double heat_header(struct pdf_render *r, const struct rd_chart *c, double x0, double cw,
                          bool draw)
{
	size_t k = cw < 11 ? (size_t)ceil(11 / cw) : 1;
	double h = 0;

	for (size_t j = 0; j < c->ncols; j += k) {
		double lh = pdf_text(r, PDF_TINY, c->col_labels[j], cw * (double)k, PANGO_ALIGN_CENTER,
		                     2, NULL);

		if (draw)
			pdf_show(r, x0 + cw * (double)j - cw * (double)(k - 1) / 2, r->y);
		if (lh > h)
			h = lh;
	}
	return h + 2;
}

static void heat_map(struct pdf_render *r, const struct rd_chart *c)
{
	double th = title(r, c, false), rlw = 0, x0, cw, max = heat_max(c), hh;
	char buf[64];
	int page;

	for (size_t i = 0; i < c->nrows; i++) {
		double tw;

		pdf_text(r, PDF_SMALL, c->row_labels[i], 0, PANGO_ALIGN_LEFT, 0, &tw);
		if (tw > rlw)
			rlw = tw;
	}
	rlw = rlw + 6 > pdf_width(r) * 0.25 ? pdf_width(r) * 0.25 : rlw + 6;
	x0 = pdf_left(r) + rlw;
	cw = c->ncols > 0 ? (pdf_width(r) - rlw) / (double)c->ncols : 0;
	hh = heat_header(r, c, x0, cw, false);
	pdf_need(r, th + hh + HEAT_ROW_H * (c->nrows < 4 ? (double)c->nrows : 4) + 30);
	title(r, c, true);
	r->y += th;
	heat_header(r, c, x0, cw, true);
	r->y += hh;
	page = r->page;
	for (size_t i = 0; i < c->nrows; i++) {
		pdf_need(r, HEAT_ROW_H);
		if (r->page != page) {
			heat_header(r, c, x0, cw, true);
			r->y += hh;
			page = r->page;
		}
		pdf_grey(r, 0.1);
		pdf_text(r, PDF_SMALL, c->row_labels[i], rlw - 4, PANGO_ALIGN_LEFT, 1, NULL);
		pdf_show(r, pdf_left(r), r->y + 3);
		for (size_t j = 0; j < c->ncols && r->draw; j++) {
			double v = c->cells[i * c->ncols + j], t = max > 0 ? v / max : 0;
			double cx = x0 + cw * (double)j;

			if (v < 0) {
				pdf_grey(r, 0.88);
				cairo_rectangle(r->cr, cx, r->y, cw, HEAT_ROW_H);
				cairo_fill(r->cr);
				pdf_grey(r, 0.6);
				cairo_set_line_width(r->cr, 0.4);
				cairo_move_to(r->cr, cx, r->y + HEAT_ROW_H);
				cairo_line_to(r->cr, cx + cw, r->y);
				cairo_stroke(r->cr);
				continue;
			}
			shade(r, t);
			cairo_rectangle(r->cr, cx, r->y, cw, HEAT_ROW_H);
			cairo_fill(r->cr);
			if (cw >= 13) {
				number(v, buf, sizeof buf);
				pdf_grey(r, t > 0.55 ? 1 : 0.1);
				pdf_text(r, PDF_TINY, buf, cw, PANGO_ALIGN_CENTER, 1, NULL);
				pdf_show(r, cx, r->y + 4);
			}
		}
		if (r->draw) {
			pdf_grey(r, 1);
			cairo_set_line_width(r->cr, 0.5);
			cairo_move_to(r->cr, x0, r->y);
			cairo_line_to(r->cr, x0 + cw * (double)c->ncols, r->y);
			cairo_stroke(r->cr);
		}
		r->y += HEAT_ROW_H;
	}
	/* The scale: 0 to the highest value. */
	r->y += 6;
	pdf_need(r, 14);
	if (r->draw) {
		for (int k = 0; k < 20; k++) {
			shade(r, k / 19.0);
			cairo_rectangle(r->cr, x0 + 18 + k * 6, r->y, 6, 8);
			cairo_fill(r->cr);
		}
	}
	pdf_grey(r, 0.2);
	pdf_text(r, PDF_TINY, "0", 16, PANGO_ALIGN_RIGHT, 1, NULL);
	pdf_show(r, x0, r->y);
	number(max, buf, sizeof buf);
	pdf_text(r, PDF_TINY, buf, 60, PANGO_ALIGN_LEFT, 1, NULL);
	pdf_show(r, x0 + 18 + 20 * 6 + 3, r->y);
	pdf_grey(r, 0);
	r->y += 16;
	r->page_empty = false;
}

void pdf_chart(struct pdf_render *r, const struct rd_chart *c)
{
	if (!r->page_empty)
		r->y += 6;
	if (c->kind == RD_HEAT_MAP)
		heat_map(r, c);
	else
		bars_or_line(r, c);
}
