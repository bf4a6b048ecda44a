/* reports.c — owns the "Rapports" pane: the list of the reports the agent
 * may run (report_may_run) with their summaries; Enter opens a form for
 * the period and the filters that report takes (dates, numbers and agents
 * parsed by the core: when.c, parse.c, the agent picker); Ctrl-S builds
 * the report (a "Préparation du rapport…" screen is painted first, the
 * build runs from the loop's tick) and shows its preview: the very lines
 * of the text format, in a list (scrolling, / n N, the wheel). From the
 * preview, I prints (a queue among CUPS's, the copies; the job then
 * followed from the loop's tick, never blocking it, until it is printed,
 * held or failed) and S saves the PDF or the CSV under the user's home
 * (src/outfile.c: the real group, never through a link, never over a file
 * without asking). When printing cannot be done, the message says why and
 * the PDF is offered as a file instead. A kiosk saves nothing (the file
 * would stay there for the next user): it prints.
 *
 * The document (reportdoc) is the report's one description: the preview,
 * the PDF and the CSV are drawn from the same one, so they agree. The pane
 * takes no lock except while a report is built. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "dialog.h"
#include "form.h"
#include "fullview.h"
#include "i18n.h"
#include "keymap.h"
#include "list.h"
#include "outfile.h"
#include "paint.h"
#include "parse.h"
#include "pdf/pdf.h"
#include "picker.h"
#include "print.h"
#include "report.h"
#include "reportdoc_render.h"
#include "reports.h"
#include "stage.h"
#include "text.h"
#include "theme.h"
#include "when.h"

#define PREVIEW_WIDTH 80         /* the text format's width */
#define JOB_POLL_MS 500          /* a print job is looked at this often */
#define JOB_FOLLOW_S 600         /* and followed at most this long */
#define PATH_MAX_CHARS 1000
#define MAX_REFS 200             /* the agenda's chosen ideas */

enum mode { MODE_LIST, MODE_FORM, MODE_BUILDING, MODE_PREVIEW };

/* The fields a report's form may have. */
enum fkind { F_SINCE, F_UNTIL, F_REF, F_REFS, F_AGENT, F_DIRECTION, F_STAGE,
	     F_FLOOR, F_COUNT };

enum dialog_tag { DLG_QUEUE, DLG_COPIES, DLG_OFFER, DLG_FORMAT, DLG_PATH,
		  DLG_REPLACE };

struct rpane {
	const struct ui_ctx *ctx;
	int top, lines, cols;
	WINDOW *w;
	enum mode mode;
	bool d_all;

	/* the reports the agent may run */
	enum report_kind kinds[REPORT_COUNT];
	size_t nkinds;
	struct ui_list list;

	/* the form of the chosen report */
	enum report_kind kind;
	struct ui_form *form;
	enum fkind field[F_COUNT];   /* the form's fields, in order */
	size_t nfields;
	char *typed[F_COUNT];        /* what was typed, kept for e */
	struct ui_picker *picker;
	struct ui_fullview_hooks fhooks;

	/* the request (its strings live here) */
	struct report_request req;
	char ref[64], login[AGENT_LOGIN_MAX], direction[256], stage[32];
	char *refs_buf;
	const char *refs[MAX_REFS];
	bool build_due;

	/* the preview */
	struct reportdoc *doc;
	char *text;                  /* the text format, lines cut at '\n' */
	char **line;
	size_t nlines;
	struct ui_list view;

	/* saving and printing: what the open dialog acts on */
	bool save_csv;
	char *save_path;
	struct print_queue *queues;
	size_t nqueues;
	char *queue;

	/* the print job followed */
	int job;
	bool following;
	enum print_state job_state;
	time_t job_sent;
};

static struct ui_app *
app_of(const struct rpane *p)
{
	return p->ctx->app;
}

static void
oom(struct rpane *p)
{
	ui_app_error(app_of(p), "%s", _("Out of memory."));
}

/* ---- the preview's document ------------------------------------------ */

static void
drop_doc(struct rpane *p)
{
	reportdoc_free(p->doc);
	p->doc = NULL;
	free(p->text);
	p->text = NULL;
	free(p->line);
	p->line = NULL;
	p->nlines = 0;
	ui_list_set_count(&p->view, 0);
}

/* Cuts the text format into the preview's lines (each ends in '\n');
 * false when out of memory. */
static bool
split_lines(struct rpane *p)
{
	size_t n = 0;
	char *s;

	p->text = reportdoc_text(p->doc, PREVIEW_WIDTH, NULL);
	if (p->text == NULL)
		return false;
	for (s = p->text; *s; s++)
		if (*s == '\n')
			n++;
	p->line = calloc(n + 1, sizeof *p->line);
	if (p->line == NULL)
		return false;
	s = p->text;
	for (size_t i = 0; i < n; i++) {
		char *nl = strchr(s, '\n');

		p->line[i] = s;
		*nl = '\0';
		s = nl + 1;
	}
	p->nlines = n;
	ui_list_set_count(&p->view, n);
	ui_list_set(&p->view, 0, 0);
	return true;
}

/* ---- the form -------------------------------------------------------- */

static const char *
field_label(enum fkind f, enum report_kind k)
{
	switch (f) {
	case F_SINCE:
		return _("From (30/11/2026, lundi...):");
	case F_UNTIL:
		return _("To (empty: today):");
	case F_REF:
		return _("Reference of the idea:");
	case F_REFS:
		return _("Ideas (references; empty: every idea before the committee):");
	case F_AGENT:
		return k == REPORT_STATEMENT ? _("Agent (empty: you):")
		                             : _("Agent (empty: everyone):");
	case F_DIRECTION:
		return _("Direction (empty: all):");
	case F_STAGE:
		return _("Stage (empty: all):");
	case F_FLOOR:
		return _("Floor (empty: all):");
	case F_COUNT:
		break;
	}
	return "";
}

static size_t
field_max(enum fkind f)
{
	switch (f) {
	case F_REFS:
		return 2000;
	case F_AGENT:
	case F_DIRECTION:
		return 200;
	default:
		return 60;
	}
}

/* The fields of kind k's form, in p->field. */
static void
choose_fields(struct rpane *p, enum report_kind k)
{
	unsigned takes = report_filters(k);

	p->nfields = 0;
	if (k == REPORT_IDEA) {
		p->field[p->nfields++] = F_REF;
		return;
	}
	p->field[p->nfields++] = F_SINCE;
	p->field[p->nfields++] = F_UNTIL;
	if (k == REPORT_AGENDA)
		p->field[p->nfields++] = F_REFS;
	if (k == REPORT_STATEMENT || (takes & REPORT_F_AGENT))
		p->field[p->nfields++] = F_AGENT;
	if (takes & REPORT_F_DIRECTION)
		p->field[p->nfields++] = F_DIRECTION;
	if (takes & REPORT_F_STAGE)
		p->field[p->nfields++] = F_STAGE;
	if (takes & REPORT_F_FLOOR)
		p->field[p->nfields++] = F_FLOOR;
}

static void
forget_typed(struct rpane *p)
{
	for (size_t i = 0; i < F_COUNT; i++) {
		free(p->typed[i]);
		p->typed[i] = NULL;
	}
}

static void
close_form(void *self)
{
	struct rpane *p = self;

	ui_form_free(p->form);
	p->form = NULL;
	ui_picker_free(p->picker);
	p->picker = NULL;
	if (p->w)
		leaveok(p->w, TRUE);
	p->mode = p->doc ? MODE_PREVIEW : MODE_LIST;
	p->d_all = true;
}

/* Opens the form of report k, filled with what was typed last for it, or
 * the default period. */
static unsigned
open_form(struct rpane *p, enum report_kind k)
{
	struct ui_form_field f[F_COUNT];
	char since[11], until[11], since_t[16], until_t[16];
	size_t agent_at = F_COUNT;

	if (k != p->kind) {
		forget_typed(p);
		p->kind = k;
	}
	choose_fields(p, k);
	report_default_period(time(NULL), since, until);
	when_day_text(since, since_t, sizeof since_t);
	when_day_text(until, until_t, sizeof until_t);
	for (size_t i = 0; i < p->nfields; i++) {
		enum fkind fk = p->field[i];

		f[i].label = field_label(fk, k);
		f[i].kind = UI_FIELD_LINE;
		f[i].max = field_max(fk);
		f[i].initial = p->typed[fk] ? p->typed[fk]
		             : fk == F_SINCE ? since_t
		             : fk == F_UNTIL ? until_t : NULL;
		if (fk == F_AGENT)
			agent_at = i;
	}
	ui_form_free(p->form);
	ui_picker_free(p->picker);
	p->picker = NULL;
	p->form = ui_form_new(f, p->nfields, false);
	if (p->form == NULL) {
		oom(p);
		return UI_PAINT;
	}
	if (agent_at < F_COUNT) {
		p->picker = ui_picker_new(app_of(p), p->ctx->db, agent_at, false);
		if (p->picker == NULL) {
			ui_form_free(p->form);
			p->form = NULL;
			oom(p);
			return UI_PAINT;
		}
	}
	if (p->w)
		leaveok(p->w, FALSE);
	p->mode = MODE_FORM;
	p->d_all = true;
	return UI_REDRAW;
}

/* The index of field f in the form, or F_COUNT. */
static size_t
form_index(const struct rpane *p, enum fkind f)
{
	for (size_t i = 0; i < p->nfields; i++)
		if (p->field[i] == f)
			return i;
	return F_COUNT;
}

static unsigned
field_error(struct rpane *p, enum fkind f, const char *msg)
{
	size_t i = form_index(p, f);

	if (i < F_COUNT)
		ui_form_focus(p->form, i);
	ui_app_error(app_of(p), "%s", msg);
	return UI_PAINT;
}

/* A stage typed as its slug ("comite") or its label ("En comité", accents
 * and capitals optional). */
static bool
parse_stage(const char *typed, enum cs_stage *out)
{
	if (stage_from_slug(typed, out))
		return true;
	for (int s = 0; s < STAGE_COUNT; s++) {
		const char *label = stage_label((enum cs_stage)s);
		if (text_contains_folded(label, typed) &&
		    text_contains_folded(typed, label)) {
			*out = (enum cs_stage)s;
			return true;
		}
	}
	return false;
}

/* The agenda's references: words separated by spaces or commas. */
static bool
split_refs(struct rpane *p, const char *typed)
{
	char *save = NULL, *w;

	free(p->refs_buf);
	p->refs_buf = strdup(typed);
	p->req.nrefs = 0;
	p->req.refs = NULL;
	if (p->refs_buf == NULL)
		return false;
	for (w = strtok_r(p->refs_buf, " ,;\t", &save);
	     w != NULL && p->req.nrefs < MAX_REFS;
	     w = strtok_r(NULL, " ,;\t", &save))
		p->refs[p->req.nrefs++] = w;
	if (p->req.nrefs > 0)
		p->req.refs = p->refs;
	return true;
}

/* Reads the form into p->req; false (a message, the field focused) when
 * something typed is not what it should be. */
static bool
read_form(struct rpane *p, unsigned *bits)
{
	char today[11];
	struct cs_error err;

	memset(&p->req, 0, sizeof p->req);
	p->req.kind = p->kind;
	report_default_period(time(NULL), p->req.since, p->req.until);
	when_local_day(time(NULL), today);
	for (size_t i = 0; i < p->nfields; i++) {
		enum fkind f = p->field[i];
		char *t = ui_form_text(p->form, i);
		char *s = t ? text_sanitize(t, TEXT_SINGLE_LINE) : NULL;

		free(t);
		if (s == NULL) {
			oom(p);
			*bits = UI_PAINT;
			return false;
		}
		free(p->typed[f]);
		p->typed[f] = s;
		cs_error_clear(&err);
		/* blanks alone are nothing typed */
		const char *v = s + strspn(s, " ");
		switch (f) {
		case F_SINCE:
		case F_UNTIL:
			if (*v && when_parse_day(v, today, f == F_SINCE ? p->req.since
			                                              : p->req.until,
			                         &err) != CS_OK) {
				*bits = field_error(p, f, err.message);
				return false;
			}
			break;
		case F_REF:
			if (*v == '\0') {
				*bits = field_error(p, f, _("Give the reference of the idea."));
				return false;
			}
			snprintf(p->ref, sizeof p->ref, "%s", v);
			p->ref[strcspn(p->ref, " ")] = '\0';
			p->req.ref = p->ref;
			break;
		case F_REFS:
			if (!split_refs(p, v)) {
				oom(p);
				*bits = UI_PAINT;
				return false;
			}
			break;
		case F_AGENT: {
			const char *logins[1];
			size_t n = 0;
			char buf[512];

			if (*v == '\0')
				break;
			if (ui_picker_logins(p->picker, v, buf, sizeof buf, logins, 1,
			                     &n, &err) != CS_OK) {
				*bits = field_error(p, f, err.message);
				return false;
			}
			if (n == 1) {
				snprintf(p->login, sizeof p->login, "%s", logins[0]);
				p->req.login = p->login;
			}
			break;
		}
		case F_DIRECTION:
			if (*v) {
				snprintf(p->direction, sizeof p->direction, "%s", v);
				p->req.direction = p->direction;
			}
			break;
		case F_STAGE: {
			enum cs_stage st;

			if (*v == '\0')
				break;
			if (!parse_stage(v, &st)) {
				char msg[300];
				snprintf(msg, sizeof msg, _("\"%s\" is not a stage (Déposée, "
				                            "En comité, comite...)."), v);
				*bits = field_error(p, f, msg);
				return false;
			}
			snprintf(p->stage, sizeof p->stage, "%s", stage_slug(st));
			p->req.stage = p->stage;
			break;
		}
		case F_FLOOR: {
			long n;

			if (*v == '\0')
				break;
			if (parse_whole(v, -2, 30, &n, &err) != CS_OK) {
				*bits = field_error(p, f, err.message);
				return false;
			}
			p->req.floor = (int)n;
			p->req.has_floor = true;
			break;
		}
		case F_COUNT:
			break;
		}
	}
	return true;
}

/* Ctrl-S in the form: the request is read, then built from the tick,
 * once "Préparation du rapport…" is on the screen. */
static unsigned
submit_form(void *self)
{
	struct rpane *p = self;
	unsigned bits = UI_PAINT;

	if (!read_form(p, &bits))
		return bits;
	p->mode = MODE_BUILDING;
	p->build_due = true;
	p->d_all = true;
	if (p->w)
		leaveok(p->w, TRUE);
	return UI_REDRAW;
}

/* The build itself (from the tick). On failure the form is shown again
 * with what was typed, and the core's message. */
static unsigned
build(struct rpane *p)
{
	struct reportdoc *doc = NULL;
	struct cs_error err;
	enum cs_status st;

	p->build_due = false;
	cs_error_clear(&err);
	st = report_build(p->ctx->db, p->ctx->cfg, p->ctx->id, &p->req,
	                  time(NULL), &doc, &err);
	if (st != CS_OK) {
		ui_app_result(app_of(p), st, &err);
		p->d_all = true;
		if (p->form == NULL) {
			/* r in the preview: the report shown stays */
			p->mode = p->doc ? MODE_PREVIEW : MODE_LIST;
			return UI_REDRAW;
		}
		p->mode = MODE_FORM;
		if (p->w)
			leaveok(p->w, FALSE);
		if (st == CS_ERR_NOTFOUND || st == CS_ERR_PERM) {
			size_t i = form_index(p, p->kind == REPORT_IDEA ? F_REF : F_AGENT);
			if (i < F_COUNT)
				ui_form_focus(p->form, i);
		}
		p->d_all = true;
		return UI_REDRAW;
	}
	ui_app_result(app_of(p), st, &err);
	drop_doc(p);
	p->doc = doc;
	if (!split_lines(p)) {
		drop_doc(p);
		oom(p);
		p->mode = p->form ? MODE_FORM : MODE_LIST;
		return UI_REDRAW;
	}
	ui_form_free(p->form);
	p->form = NULL;
	ui_picker_free(p->picker);
	p->picker = NULL;
	p->mode = MODE_PREVIEW;
	p->d_all = true;
	ui_app_refreshed(app_of(p));
	return UI_REDRAW;
}

/* ---- files ----------------------------------------------------------- */

/* "Tableau de bord du programme" as "tableau-de-bord-du-programme". */
static void
slug(const char *s, char *out, size_t size)
{
	char ascii[256];
	size_t n = 0;
	bool dash = false;

	ui_paint_ascii(s, strlen(s), ascii, sizeof ascii);
	for (const char *c = ascii; *c && n + 2 < size; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
		    (*c >= 'A' && *c <= 'Z')) {
			if (dash && n > 0)
				out[n++] = '-';
			dash = false;
			out[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
		} else {
			dash = true;
		}
	}
	out[n] = '\0';
}

/* The file a report is saved to by default, as offered:
 * ~/rapport-TITLE-PERIOD.EXT, the period a year ("2026") or a month
 * ("2026-12") when it is one, else its two days. */
static void
default_path(const struct rpane *p, bool csv, char *out, size_t size)
{
	char name[160], period[80] = "";
	const struct reportdoc *d = p->doc;

	slug(d->title, name, sizeof name);
	if (p->kind == REPORT_IDEA && p->req.ref) {
		char r[64];
		slug(p->req.ref, r, sizeof r);
		snprintf(period, sizeof period, "-%s", r);
	} else if (d->since[0] && d->until[0]) {
		if (strncmp(d->since, d->until, 4) == 0 &&
		    strcmp(d->since + 4, "-01-01") == 0 &&
		    strcmp(d->until + 4, "-12-31") == 0)
			snprintf(period, sizeof period, "-%.4s", d->since);
		else if (strncmp(d->since, d->until, 8) == 0 &&
		         strcmp(d->since + 8, "01") == 0)
			snprintf(period, sizeof period, "-%.7s", d->since);
		else
			snprintf(period, sizeof period, "-%s_%s", d->since, d->until);
	}
	snprintf(out, size, "~/rapport-%s%s.%s", name, period, csv ? "csv" : "pdf");
}

/* What was typed as a file name: "~/x" and a relative name are under the
 * home. Newly allocated; NULL when empty or out of memory. */
static char *
resolve_path(const char *typed)
{
	char home[2048], *out;
	const char *t = typed + strspn(typed, " ");
	size_t n;

	if (*t == '\0')
		return NULL;
	if (t[0] == '/')
		return strdup(t);
	if (!outfile_home(home, sizeof home))
		return NULL;
	if (t[0] == '~' && (t[1] == '/' || t[1] == '\0'))
		t += t[1] ? 2 : 1;
	n = strlen(home) + strlen(t) + 2;
	out = malloc(n);
	if (out != NULL)
		snprintf(out, n, "%s/%s", home, t);
	return out;
}

/* The files a save writes: the PDF, or one CSV per table (the name itself
 * for one table, NAME-table.csv for several, as the command line does).
 * *n gets how many; NULL when out of memory. */
static char **
target_paths(const struct rpane *p, size_t *n)
{
	size_t count = 1;
	char **paths;

	if (p->save_csv)
		reportdoc_table_at(p->doc, 0, &count);
	*n = count;
	paths = calloc(count ? count : 1, sizeof *paths);
	if (paths == NULL)
		return NULL;
	for (size_t i = 0; i < count; i++) {
		paths[i] = count == 1 ? strdup(p->save_path)
		         : reportdoc_csv_table_path(p->save_path,
		                                    reportdoc_table_at(p->doc, i, NULL)->name);
		if (paths[i] == NULL) {
			for (size_t j = 0; j < i; j++)
				free(paths[j]);
			free(paths);
			return NULL;
		}
	}
	return paths;
}

static void
free_paths(char **paths, size_t n)
{
	for (size_t i = 0; paths && i < n; i++)
		free(paths[i]);
	free(paths);
}

/* Writes the PDF or the CSV files (force: over existing files of the
 * user's, never through a link). Returns reaction bits. */
static unsigned
write_files(struct rpane *p, bool force)
{
	struct cs_error err;
	enum cs_status st = CS_OK;
	size_t n = 0;
	char **paths = target_paths(p, &n);

	cs_error_clear(&err);
	if (paths == NULL) {
		oom(p);
		return UI_PAINT;
	}
	if (!p->save_csv) {
		unsigned char *pdf = NULL;
		size_t len = 0;
		int pages = 0;

		st = pdf_render_mem(p->doc, &pdf, &len, &pages, &err);
		if (st == CS_OK)
			st = outfile_write(paths[0], force, pdf, len, &err);
		free(pdf);
		if (st == CS_OK)
			ui_app_message(app_of(p), P_("Report saved: %s (%d page).",
			                             "Report saved: %s (%d pages).",
			                             (unsigned long)pages), paths[0], pages);
	} else {
		for (size_t i = 0; i < n && st == CS_OK; i++) {
			size_t len;
			char *csv = reportdoc_csv(reportdoc_table_at(p->doc, i, NULL), &len);

			if (csv == NULL) {
				st = cs_error_set(&err, CS_ERR_INTERNAL, "%s", _("out of memory"));
				break;
			}
			st = outfile_write(paths[i], force, csv, len, &err);
			free(csv);
		}
		if (st == CS_OK && n == 1)
			ui_app_message(app_of(p), _("Table saved: %s."), paths[0]);
		else if (st == CS_OK)
			ui_app_message(app_of(p), _("%zu tables saved: %s ... %s."), n,
			               paths[0], paths[n - 1]);
	}
	if (st != CS_OK)
		ui_app_error(app_of(p), "%s", err.message);
	free_paths(paths, n);
	return UI_PAINT;
}

static unsigned reports_dialog_done(void *owner, int tag,
                                    const struct ui_dialog *d, bool ok);

static void
dialog(struct rpane *p, struct ui_dialog *d, enum dialog_tag tag)
{
	if (d == NULL) {
		oom(p);
		return;
	}
	ui_app_dialog(app_of(p), d, reports_dialog_done, p, tag);
}

/* The file name dialog of a save in the chosen format. */
static unsigned
ask_path(struct rpane *p, bool csv)
{
	char path[4096];
	size_t tables = 0;

	reportdoc_table_at(p->doc, 0, &tables);
	if (csv && tables == 0) {
		ui_app_error(app_of(p), "%s", _("This report has no table to save as "
		                                "CSV; save it as PDF."));
		return UI_PAINT;
	}
	p->save_csv = csv;
	default_path(p, csv, path, sizeof path);
	dialog(p, ui_dialog_input(csv ? _("Save as CSV") : _("Save as PDF"),
	                          csv && tables > 1
	                          ? _("One file per table: NAME-table.csv. A name "
	                              "without / is under your home.")
	                          : _("A name without / is under your home; an "
	                              "existing file is replaced only if you say "
	                              "so."),
	                          _("File:"), path, PATH_MAX_CHARS), DLG_PATH);
	return UI_DONE;
}

/* The file name was given: refused when empty, asked again before
 * replacing an existing file. */
static unsigned
path_given(struct rpane *p, const char *typed)
{
	size_t n = 0, exist = 0;
	char **paths;
	char text[1200];

	free(p->save_path);
	p->save_path = resolve_path(typed);
	if (p->save_path == NULL) {
		ui_app_error(app_of(p), "%s", _("Give a file name to save the report."));
		return UI_PAINT;
	}
	paths = target_paths(p, &n);
	if (paths == NULL) {
		oom(p);
		return UI_PAINT;
	}
	for (size_t i = 0; i < n; i++)
		if (outfile_exists(paths[i]))
			exist++;
	if (exist == 0) {
		free_paths(paths, n);
		return write_files(p, false);
	}
	if (n == 1)
		snprintf(text, sizeof text, _("%s already exists. Replace it?"), paths[0]);
	else
		snprintf(text, sizeof text, _("%zu of the %zu files (%s ...) already "
		                              "exist. Replace them?"), exist, n, paths[0]);
	free_paths(paths, n);
	dialog(p, ui_dialog_confirm(_("The file exists"), text, _("Replace"),
	                            _("Keep it")), DLG_REPLACE);
	return UI_DONE;
}

static unsigned
start_save(struct rpane *p)
{
	const char *items[2] = { _("PDF (A4, to print or send)"),
	                         _("CSV (for a spreadsheet: one file per table)") };

	/* the file would stay in the kiosk account's home for the next user */
	if (ui_app_is_kiosk(app_of(p))) {
		ui_app_error(app_of(p), "%s", _("A kiosk prints reports but does not "
		                                "save them: the file would stay here "
		                                "for the next user."));
		return UI_PAINT;
	}
	dialog(p, ui_dialog_choice(_("Save the report"), items, 2, 0), DLG_FORMAT);
	return UI_DONE;
}

/* ---- printing -------------------------------------------------------- */

/* Printing cannot be done: why, and the PDF offered as a file instead. */
static unsigned
offer_file(struct rpane *p, const char *why)
{
	char text[1200];

	ui_app_error(app_of(p), "%s", why);
	if (ui_app_is_kiosk(app_of(p)))
		return UI_PAINT;   /* no file on a kiosk (start_save) */
	snprintf(text, sizeof text, "%s\n\n%s", why,
	         _("Save the report as a PDF file instead?"));
	dialog(p, ui_dialog_confirm(_("The report cannot be printed"), text,
	                            _("Save the PDF"), _("Cancel")), DLG_OFFER);
	return UI_PAINT;
}

static void
free_queues(struct rpane *p)
{
	print_queues_free(p->queues, p->nqueues);
	p->queues = NULL;
	p->nqueues = 0;
}

/* I: the queues of the CUPS server, the default one chosen (print_queue,
 * else the server's default). */
static unsigned
start_print(struct rpane *p)
{
	struct cs_error err;
	const char *want = p->ctx->cfg->print_queue;
	const char **items;
	char **texts;
	size_t sel = 0;
	bool found = false;

	if (p->following) {
		ui_app_error(app_of(p), _("Print job %d is still followed; wait until "
		                          "it is printed."), p->job);
		return UI_PAINT;
	}
	free_queues(p);
	cs_error_clear(&err);
	if (print_list_queues(&p->queues, &p->nqueues, &err) != CS_OK)
		return offer_file(p, err.message);
	if (p->nqueues == 0)
		return offer_file(p, _("the CUPS server has no print queue"));
	items = calloc(p->nqueues, sizeof *items);
	texts = calloc(p->nqueues, sizeof *texts);
	if (items == NULL || texts == NULL) {
		free(items);
		free(texts);
		oom(p);
		return UI_PAINT;
	}
	for (size_t i = 0; i < p->nqueues; i++) {
		const struct print_queue *q = &p->queues[i];
		char buf[600];

		/* the description, unless it only repeats the name (CUPS's
		 * default) */
		bool info = q->info[0] && strcmp(q->info, q->name) != 0;

		snprintf(buf, sizeof buf, "%s%s%s%s%s", q->name, info ? " — " : "",
		         info ? q->info : "", q->is_default ? _(" (default)") : "",
		         q->stopped ? _(" (stopped)")
		         : !q->accepting ? _(" (refuses jobs)") : "");
		texts[i] = strdup(buf);
		items[i] = texts[i] ? texts[i] : q->name;
		if (want && want[0] && strcmp(want, q->name) == 0) {
			sel = i;
			found = true;
		} else if (!found && q->is_default && !(want && want[0])) {
			sel = i;
		}
	}
	dialog(p, ui_dialog_choice(_("Print on which queue?"), items, p->nqueues,
	                           sel), DLG_QUEUE);
	for (size_t i = 0; i < p->nqueues; i++)
		free(texts[i]);
	free(texts);
	free(items);
	return UI_DONE;
}

static unsigned
ask_copies(struct rpane *p, size_t i)
{
	char copies[16], text[400];

	if (i >= p->nqueues)
		return UI_DONE;
	free(p->queue);
	p->queue = strdup(p->queues[i].name);
	free_queues(p);
	if (p->queue == NULL) {
		oom(p);
		return UI_PAINT;
	}
	snprintf(copies, sizeof copies, "%d", p->ctx->cfg->print_copies > 0
	                                      ? p->ctx->cfg->print_copies : 1);
	snprintf(text, sizeof text, _("\"%s\" on the queue %s."), p->doc->title,
	         p->queue);
	dialog(p, ui_dialog_input(_("Print the report"), text,
	                          _("Copies (1 to 99):"), copies, 2), DLG_COPIES);
	return UI_DONE;
}

/* The PDF sent as one job; from now on the tick follows it. */
static unsigned
send_job(struct rpane *p, const char *typed)
{
	struct cs_error err;
	unsigned char *pdf = NULL;
	size_t len = 0;
	long copies;
	int job = 0;
	enum cs_status st;

	cs_error_clear(&err);
	if (parse_whole(typed, 1, 99, &copies, &err) != CS_OK) {
		ui_app_error(app_of(p), "%s", err.message);
		return UI_PAINT;
	}
	st = pdf_render_mem(p->doc, &pdf, &len, NULL, &err);
	if (st != CS_OK) {
		ui_app_error(app_of(p), "%s", err.message);
		return UI_PAINT;
	}
	st = print_send_pdf(p->queue, p->doc->title, (int)copies, pdf, len, &job, &err);
	free(pdf);
	if (st != CS_OK)
		return offer_file(p, err.message);
	p->job = job;
	p->following = true;
	p->job_state = PRINT_PENDING;
	p->job_sent = time(NULL);
	ui_app_message(app_of(p), _("Print job %d sent to %s: %s."), job, p->queue,
	               print_state_name(PRINT_PENDING));
	return UI_PAINT;
}

/* One look at the job followed (from the tick). */
static void
follow_job(struct rpane *p)
{
	struct cs_error err;
	enum print_state st;
	char *why = NULL;

	cs_error_clear(&err);
	if (print_job_poll(p->job, &st, &why, &err) != CS_OK) {
		p->following = false;
		ui_app_error(app_of(p), _("Print job %d: %s"), p->job, err.message);
		return;
	}
	if (print_state_final(st)) {
		p->following = false;
		if (st == PRINT_FAILED)
			ui_app_error(app_of(p), _("Print job %d: %s%s%s%s; save the report "
			                          "as a file with S."), p->job,
			             print_state_name(st), why && why[0] ? " (" : "",
			             why ? why : "", why && why[0] ? ")" : "");
		else if (st == PRINT_HELD)
			ui_app_message(app_of(p), _("Print job %d: %s%s%s%s (someone must "
			                            "release it on the queue)."), p->job,
			               print_state_name(st), why && why[0] ? " (" : "",
			               why ? why : "", why && why[0] ? ")" : "");
		else
			ui_app_message(app_of(p), _("Print job %d: %s."), p->job,
			               print_state_name(st));
	} else if (st != p->job_state) {
		ui_app_message(app_of(p), _("Print job %d: %s."), p->job,
		               print_state_name(st));
	} else if (time(NULL) - p->job_sent > JOB_FOLLOW_S) {
		p->following = false;
		ui_app_message(app_of(p), _("Print job %d: still %s after ten minutes; "
		                            "the queue will go on with it."), p->job,
		               print_state_name(st));
	}
	p->job_state = st;
	free(why);
}

/* ---- dialogs --------------------------------------------------------- */

static unsigned
reports_dialog_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct rpane *p = owner;
	unsigned bits = UI_DONE;

	if (p->doc == NULL)
		return UI_DONE;
	switch ((enum dialog_tag)tag) {
	case DLG_QUEUE:
		if (ok)
			bits = ask_copies(p, ui_dialog_choice_index(d));
		else
			free_queues(p);
		break;
	case DLG_COPIES:
		if (ok)
			bits = send_job(p, ui_dialog_text(d));
		break;
	case DLG_OFFER:
		if (ok)
			bits = ask_path(p, false);
		break;
	case DLG_FORMAT:
		if (ok)
			bits = ask_path(p, ui_dialog_choice_index(d) == 1);
		break;
	case DLG_PATH:
		if (ok)
			bits = path_given(p, ui_dialog_text(d));
		break;
	case DLG_REPLACE:
		if (ok)
			bits = write_files(p, true);
		else
			ui_app_message(app_of(p), "%s", _("Nothing was saved."));
		break;
	}
	return bits | UI_PAINT;
}

/* ---- drawing --------------------------------------------------------- */

static void
list_draw_row(void *self, WINDOW *w, int y, int x, int cols, size_t i,
              bool sel)
{
	struct rpane *p = self;
	attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;
	int tw = cols > 60 ? 32 : cols / 2;

	ui_paint_fill(w, y, x, cols, a);
	if (i >= p->nkinds)
		return;
	ui_paint_put(w, y, x, 2, sel ? ui_theme_glyph(UI_G_CURSOR) : " ", a, 0);
	ui_list_put(&p->list, w, y, x + 2, tw - 1,
	            report_title(p->kinds[i]), a | A_BOLD, 0);
	ui_list_put(&p->list, w, y, x + 2 + tw, cols - tw - 2,
	            report_summary(p->kinds[i]), sel ? a : ui_theme_attr(UI_DIM), 0);
}

static size_t
list_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	struct rpane *p = self;

	if (i >= p->nkinds || max < 2)
		return 0;
	texts[0] = report_title(p->kinds[i]);
	names[0] = N_("the title");
	texts[1] = report_summary(p->kinds[i]);
	names[1] = N_("the description");
	return 2;
}

static unsigned
list_open(void *self, size_t i)
{
	struct rpane *p = self;

	if (i >= p->nkinds)
		return UI_DONE;
	drop_doc(p);
	return open_form(p, p->kinds[i]);
}

static const struct ui_list_ops list_ops = {
	list_draw_row, list_fields, list_open, NULL
};

static void
view_draw_row(void *self, WINDOW *w, int y, int x, int cols, size_t i,
              bool sel)
{
	struct rpane *p = self;
	attr_t a = sel ? ui_theme_attr(UI_SELECTED) : A_NORMAL;

	ui_paint_fill(w, y, x, cols, a);
	if (i < p->nlines)
		ui_list_put(&p->view, w, y, x, cols, p->line[i], a, 0);
}

static size_t
view_fields(void *self, size_t i, const char **texts, const char **names,
            size_t max)
{
	struct rpane *p = self;

	if (i >= p->nlines || max < 1)
		return 0;
	texts[0] = p->line[i];
	names[0] = N_("the report");
	return 1;
}

static const struct ui_list_ops view_ops = {
	view_draw_row, view_fields, NULL, NULL
};

static void
draw_list(struct rpane *p, bool full)
{
	if (full || p->d_all) {
		ui_fullview_heading(p->w, p->cols, _("Reports"), false);
		ui_paint_put(p->w, 1, 1, p->cols - 2,
		             _("Enter: the period and filters, then the preview; "
		               "print or save it from there."), ui_theme_attr(UI_DIM), 0);
		ui_list_place(&p->list, p->w, 3, 0, p->lines - 3, p->cols);
		ui_list_draw(&p->list, true);
		wnoutrefresh(p->w);
	} else {
		ui_list_draw(&p->list, false);
	}
}

static void
draw_form(struct rpane *p)
{
	char buf[400];

	snprintf(buf, sizeof buf, "%s", report_title(p->kind));
	ui_fullview_heading(p->w, p->cols, buf, false);
	ui_paint_put(p->w, 1, 1, p->cols - 2, report_summary(p->kind),
	             ui_theme_attr(UI_DIM), 0);
	/* the form view's frame, with its own foot: Ctrl-S previews */
	ui_paint_put(p->w, p->lines - 1, 1, p->cols - 2,
	             _("Ctrl-S or F10: preview   Esc: back   Tab: next field"),
	             ui_theme_attr(UI_DIM), 0);
	ui_form_draw(p->form, p->w, 3, 1, p->lines - 4, p->cols - 2);
	ui_picker_draw(p->picker, p->form, p->w);
	wnoutrefresh(p->w);
}

static void
draw_building(struct rpane *p)
{
	ui_fullview_heading(p->w, p->cols, report_title(p->kind), false);
	ui_paint_put(p->w, p->lines / 2, 2, p->cols - 4,
	             _("Preparing the report…"), ui_theme_attr(UI_MARK) | A_BOLD, 0);
	wnoutrefresh(p->w);
}

static void
draw_preview(struct rpane *p, bool full)
{
	if (full || p->d_all) {
		ui_fullview_heading(p->w, p->cols, p->doc->title, true);
		ui_list_place(&p->view, p->w, 1, 0, p->lines - 1, p->cols);
		ui_list_draw(&p->view, true);
		wnoutrefresh(p->w);
	} else {
		ui_list_draw(&p->view, false);
	}
}

/* ---- the pane's table ------------------------------------------------ */

static void *
reports_init(const struct ui_ctx *ctx)
{
	struct rpane *p = calloc(1, sizeof *p);

	if (p == NULL)
		return NULL;
	p->ctx = ctx;
	p->d_all = true;
	ui_list_init(&p->list, &list_ops, p, ctx->app);
	ui_list_init(&p->view, &view_ops, p, ctx->app);
	p->fhooks = (struct ui_fullview_hooks){ ctx->app, submit_form, close_form, p };
	for (int k = 0; k < REPORT_COUNT; k++)
		if (report_may_run(ctx->id, (enum report_kind)k))
			p->kinds[p->nkinds++] = (enum report_kind)k;
	ui_list_set_count(&p->list, p->nkinds);
	return p;
}

static void
reports_free(void *self)
{
	struct rpane *p = self;

	if (p->w)
		delwin(p->w);
	ui_form_free(p->form);
	ui_picker_free(p->picker);
	drop_doc(p);
	forget_typed(p);
	free(p->refs_buf);
	free(p->save_path);
	free(p->queue);
	free_queues(p);
	ui_list_free(&p->list);
	ui_list_free(&p->view);
	free(p);
}

static void
reports_resize(void *self, int top, int lines, int cols)
{
	struct rpane *p = self;

	if (p->w)
		delwin(p->w);
	p->top = top;
	p->lines = lines;
	p->cols = cols;
	p->w = newwin(lines, cols, top, 0);
	if (p->w == NULL)
		return;
	leaveok(p->w, p->mode != MODE_FORM);
	p->d_all = true;
}

static void
reports_draw(void *self, bool full)
{
	struct rpane *p = self;

	if (p->w == NULL)
		return;
	switch (p->mode) {
	case MODE_LIST:
		draw_list(p, full);
		break;
	case MODE_FORM:
		draw_form(p);
		break;
	case MODE_BUILDING:
		draw_building(p);
		break;
	case MODE_PREVIEW:
		draw_preview(p, full);
		break;
	}
	p->d_all = false;
}

/* A key for the open form: the agent picker's first, then the form's. */
static unsigned
form_key(struct rpane *p, const struct ui_key *k)
{
	unsigned bits = UI_DONE;
	bool pass_on = false;

	if (p->picker && ui_picker_key(p->picker, p->form, k, &bits, &pass_on) &&
	    !pass_on)
		return bits;
	bits |= ui_fullview_form_key(&p->fhooks, p->form, k);
	if (p->form != NULL && p->picker && !(bits & UI_IGNORED))
		bits |= ui_picker_follow(p->picker, p->form);
	return bits;
}

static unsigned
preview_key(struct rpane *p, const struct ui_key *k)
{
	unsigned bits;

	switch (k->action) {
	case UI_ACT_BACK:
	case UI_ACT_QUIT:
		drop_doc(p);
		p->mode = MODE_LIST;
		p->d_all = true;
		return UI_REDRAW;
	case UI_ACT_EDIT:
		return open_form(p, p->kind);
	case UI_ACT_REFRESH:
		p->mode = MODE_BUILDING;
		p->build_due = true;
		p->d_all = true;
		return UI_REDRAW;
	case UI_ACT_PRINT:
		return start_print(p);
	case UI_ACT_SAVE:
		return start_save(p);
	default:
		break;
	}
	if (ui_app_key_char(k, ' '))
		return ui_list_act(&p->view, UI_ACT_PAGE_DOWN);
	bits = ui_list_key(&p->view, k);
	if (bits == UI_IGNORED && k->kind == UI_KEY_CLICK)
		return UI_DONE;
	return bits;
}

static unsigned
reports_key(void *self, const struct ui_key *k)
{
	struct rpane *p = self;
	unsigned bits;

	if (p->w == NULL)
		return UI_IGNORED;
	switch (p->mode) {
	case MODE_FORM:
		return form_key(p, k);
	case MODE_BUILDING:
		return UI_DONE;
	case MODE_PREVIEW:
		return preview_key(p, k);
	case MODE_LIST:
		break;
	}
	bits = ui_list_key(&p->list, k);
	if (bits == UI_IGNORED && k->kind == UI_KEY_CLICK)
		return UI_DONE;
	return bits;
}

static unsigned
reports_reload(void *self, bool changed)
{
	(void)self;
	(void)changed;
	return UI_DONE;   /* a report is the numbers of when it was built */
}

static size_t
reports_help(void *self, const struct ui_keyhelp **keys)
{
	struct rpane *p = self;

	if (p->mode == MODE_FORM)
		return ui_form_help(keys);
	return 0;
}

static int
reports_view(void *self)
{
	struct rpane *p = self;

	switch (p->mode) {
	case MODE_LIST:
		return UI_VIEW_REPORT_LIST;
	case MODE_PREVIEW:
		return UI_VIEW_REPORT_PREVIEW;
	case MODE_FORM:
	case MODE_BUILDING:
		break;
	}
	return UI_VIEW_NONE;
}

static bool
reports_pending(void *self)
{
	struct rpane *p = self;

	return p->mode == MODE_FORM && p->form && ui_form_modified(p->form);
}

static WINDOW *
reports_cursor(void *self)
{
	struct rpane *p = self;

	return p->mode == MODE_FORM ? p->w : NULL;
}

/* The report to build once its "preparing" screen is shown, and the print
 * job followed. */
static int
reports_tick(void *self, unsigned *bits)
{
	struct rpane *p = self;

	if (p->build_due && p->mode == MODE_BUILDING)
		*bits |= build(p);
	if (p->following)
		follow_job(p);
	return p->following ? JOB_POLL_MS : -1;
}

const struct ui_pane_class ui_reports_pane = {
	.label = N_("Reports"),
	.init = reports_init,
	.free = reports_free,
	.resize = reports_resize,
	.draw = reports_draw,
	.key = reports_key,
	.reload = reports_reload,
	.help = reports_help,
	.view = reports_view,
	.pending = reports_pending,
	.cursor = reports_cursor,
	.tick = reports_tick,
};
