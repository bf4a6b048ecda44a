/* cmd_report.c — `construisons report`: the list of the reports one may
 * run, and one report (src/report.h) written as text (stdout by default),
 * CSV (one file per table) or PDF, to stdout or to a file of the user's
 * (src/outfile.h: never through a link, never over a file without
 * --force), or printed through CUPS (--print, src/print.h). For cron and
 * scripts: the exit codes are the program's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "i18n.h"
#include "outfile.h"
#include "pdf/pdf.h"
#include "print.h"
#include "report.h"
#include "reportdoc_render.h"
#include "text.h"
#include "when.h"

enum format { FORMAT_TEXT, FORMAT_CSV, FORMAT_PDF };

struct report_args {
	const char *since, *until, *output, *table;
	enum format format;
	bool force;
	bool print;             /* --print[=QUEUE] */
	const char *queue;      /* its QUEUE, NULL for print_queue or CUPS's default */
	struct report_request req;
};

/* What the user typed, made safe to print (a usage message names it). */
static const char *safe(const char *typed, char *buf, size_t size)
{
	return text_clean(typed, buf, size);
}

static int list_reports(struct cli *c)
{
	int rc = cli_open(c);

	if (rc != 0)
		return rc;
	for (int k = 0; k < REPORT_COUNT; k++) {
		if (!report_may_run(&c->id, (enum report_kind)k))
			continue;
		cli_put_padded(stdout, report_name((enum report_kind)k), 11);
		cli_put_padded(stdout, report_title((enum report_kind)k), 32);
		fputs(report_summary((enum report_kind)k), stdout);
		fputc('\n', stdout);
	}
	cli_close(c);
	return 0;
}

static int user_day(const char *typed, char out[11])
{
	struct cs_error err;
	char today[11], shown[sizeof err.message];

	when_local_day(time(NULL), today);
	if (when_parse_day(typed, today, out, &err) != CS_OK)
		return cli_usage(_("report: %s"), safe(err.message, shown, sizeof shown));
	return 0;
}

static int parse_args(int argc, char **argv, struct report_args *a)
{
	static const struct option opts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "direction", required_argument, NULL, 'd' },
		{ "stage", required_argument, NULL, 'e' },
		{ "floor", required_argument, NULL, 'F' },
		{ "agent", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "table", required_argument, NULL, 't' },
		{ "force", no_argument, NULL, 'x' },
		{ "print", optional_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	char shown[128];
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "report")) != -1) {
		switch (ch) {
		case '?':
			return EXIT_USAGE;
		case 's':
			a->since = optarg;
			break;
		case 'u':
			a->until = optarg;
			break;
		case 'd':
			a->req.direction = optarg;
			break;
		case 'e':
			a->req.stage = optarg;
			break;
		case 'F': {
			char *end;
			long n = strtol(optarg, &end, 10);

			if (end == optarg || *end != '\0' || n < -2 || n > 30)
				return cli_usage(_("report: \"%s\" is not a floor number"),
				                 safe(optarg, shown, sizeof shown));
			a->req.floor = (int)n;
			a->req.has_floor = true;
			break;
		}
		case 'a':
			a->req.login = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0 || strcmp(optarg, "texte") == 0)
				a->format = FORMAT_TEXT;
			else if (strcmp(optarg, "csv") == 0)
				a->format = FORMAT_CSV;
			else if (strcmp(optarg, "pdf") == 0)
				a->format = FORMAT_PDF;
			else
				return cli_usage(_("report: unknown format \"%s\" (text, csv or pdf)"),
				                 safe(optarg, shown, sizeof shown));
			break;
		case 'o':
			a->output = optarg;
			break;
		case 't':
			a->table = optarg;
			break;
		case 'x':
			a->force = true;
			break;
		case 'p':
			a->print = true;
			a->queue = optarg;
			break;
		}
	}
	report_default_period(time(NULL), a->req.since, a->req.until);
	if (a->since != NULL && (rc = user_day(a->since, a->req.since)) != 0)
		return rc;
	if (a->until != NULL && (rc = user_day(a->until, a->req.until)) != 0)
		return rc;
	if (a->output != NULL && a->output[0] == '\0')
		return cli_usage(_("report: --output needs a file name (or - for the standard "
		                   "output)"));
	if (a->table != NULL && a->format != FORMAT_CSV)
		return cli_usage(_("report: --table goes with --format csv"));
	if (a->print && a->format == FORMAT_CSV)
		return cli_usage(_("report: --print prints the PDF; it does not go with --format csv"));
	if (a->print && a->format == FORMAT_TEXT && a->output != NULL)
		return cli_usage(_("report: --print prints the PDF; save it too with --format pdf "
		                   "--output FILE"));
	if (a->print && a->queue != NULL && a->queue[0] == '\0')
		return cli_usage(_("report: --print= needs a queue name (or --print alone for the "
		                   "default queue)"));
	return 0;
}

static bool to_stdout(const struct report_args *a)
{
	return a->output == NULL || strcmp(a->output, "-") == 0;
}

/* Writes data to the output: stdout or the file. Returns an exit code. */
static int emit(struct cli *c, const struct report_args *a, const char *path,
                const char *data, size_t len)
{
	if (path == NULL) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			cs_error_set(&c->err, CS_ERR_IO, _("cannot write the report"));
			return cli_fail(&c->err);
		}
		return 0;
	}
	if (outfile_write(path, a->force, data, len, &c->err) != CS_OK)
		return cli_fail(&c->err);
	return 0;
}

static int write_text(struct cli *c, const struct report_args *a, const struct reportdoc *doc)
{
	size_t len;
	char *text = reportdoc_text(doc, 80, &len);
	int rc;

	if (text == NULL) {
		cs_error_set(&c->err, CS_ERR_INTERNAL, _("out of memory"));
		return cli_fail(&c->err);
	}
	rc = emit(c, a, to_stdout(a) ? NULL : a->output, text, len);
	free(text);
	if (rc == 0 && !to_stdout(a))
		printf(_("Report written: %s\n"), a->output);
	return rc;
}

/* CSV: one table per file. One table (or --table): the output itself;
 * several: FILE-TABLE.csv for each, every name checked before any is
 * written; to stdout, several tables are refused. */
static int write_csv(struct cli *c, const struct report_args *a, const struct reportdoc *doc)
{
	size_t count, first = 0, last;
	char *paths[64] = { NULL };
	int rc = 0;

	reportdoc_table_at(doc, 0, &count);
	if (a->table != NULL) {
		for (first = 0; first < count; first++)
			if (strcmp(reportdoc_table_at(doc, first, NULL)->name, a->table) == 0)
				break;
		if (first == count) {
			cs_error_set(&c->err, CS_ERR_USAGE, _("this report has no table \"%s\""),
			             a->table);
			rc = cli_fail(&c->err);
		}
		count = first < count ? 1 : 0;
	} else if (count > 1 && to_stdout(a)) {
		char names[1024] = "";

		for (size_t i = 0; i < count; i++)
			snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
			         i ? ", " : "", reportdoc_table_at(doc, i, NULL)->name);
		cs_error_set(&c->err, CS_ERR_USAGE,
		             _("this report has %zu tables (%s): give --output FILE.csv for one "
		               "file per table, or --table NAME"), count, names);
		rc = cli_fail(&c->err);
	}
	if (rc != 0 || count == 0)
		return rc;
	last = first + count;
	if (count > 64)
		last = first + 64;
	for (size_t i = first; i < last && rc == 0; i++) {
		if (to_stdout(a))
			continue;
		paths[i - first] = count == 1 ? strdup(a->output)
		                              : reportdoc_csv_table_path(a->output,
		                                           reportdoc_table_at(doc, i, NULL)->name);
		if (paths[i - first] == NULL) {
			cs_error_set(&c->err, CS_ERR_INTERNAL, _("out of memory"));
			rc = cli_fail(&c->err);
		} else if (!a->force && outfile_exists(paths[i - first])) {
			cs_error_set(&c->err, CS_ERR_CANTCREAT,
			             _("%s already exists; choose another file (or give --force to "
			               "replace it)"), paths[i - first]);
			rc = cli_fail(&c->err);
		}
	}
	for (size_t i = first; i < last && rc == 0; i++) {
		size_t len;
		char *csv = reportdoc_csv(reportdoc_table_at(doc, i, NULL), &len);

		if (csv == NULL) {
			cs_error_set(&c->err, CS_ERR_INTERNAL, _("out of memory"));
			rc = cli_fail(&c->err);
			break;
		}
		rc = emit(c, a, paths[i - first], csv, len);
		free(csv);
		if (rc == 0 && paths[i - first] != NULL)
			printf(_("Table written: %s\n"), paths[i - first]);
	}
	for (size_t i = 0; i < 64; i++)
		free(paths[i]);
	return rc;
}

/* PDF: drawn by the PDF library (src/pdf/), the same document as text and
 * CSV; to a file, or to stdout only when asked (--output -). */
static int write_pdf(struct cli *c, const struct report_args *a, const unsigned char *pdf,
                     size_t len, int pages)
{
	int rc;

	if (a->output == NULL) {
		cs_error_set(&c->err, CS_ERR_USAGE,
		             _("a PDF is not written to the terminal: give --output FILE (or "
		               "--output - for a pipe)"));
		return cli_fail(&c->err);
	}
	rc = emit(c, a, to_stdout(a) ? NULL : a->output, (const char *)pdf, len);
	if (rc == 0 && !to_stdout(a))
		printf(P_("Report written: %s (%d page)\n", "Report written: %s (%d pages)\n",
		          (unsigned long)pages), a->output, pages);
	return rc;
}

/* --print: the PDF sent to the queue as one job titled with the report's
 * title, then followed until it is printed, held or failed (at most a
 * minute; then it is left to the queue). A failure says that the report
 * can be saved as a file instead. */
static int print_pdf(struct cli *c, const struct report_args *a, const struct reportdoc *doc,
                     const unsigned char *pdf, size_t len)
{
	const char *queue = a->queue != NULL ? a->queue : c->cfg.print_queue;
	enum print_state st = PRINT_PENDING;
	struct timespec start, now;
	int job;

	if (print_send_pdf(queue, doc->title, c->cfg.print_copies, pdf, len, &job, &c->err)
	    != CS_OK) {
		int rc = cli_fail(&c->err);

		fprintf(stderr, _("construisons: the report was not printed; save it as a file "
		                  "with --format pdf --output FILE\n"));
		return rc;
	}
	printf(_("Print job %d sent.\n"), job);
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		char *msg = NULL;

		if (print_job_poll(job, &st, &msg, &c->err) != CS_OK)
			return cli_fail(&c->err);
		if (print_state_final(st)) {
			if (msg != NULL && msg[0] != '\0' && st != PRINT_DONE)
				printf(_("Print job %d: %s (%s).\n"), job, print_state_name(st), msg);
			else
				printf(_("Print job %d: %s.\n"), job, print_state_name(st));
			free(msg);
			break;
		}
		free(msg);
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - start.tv_sec >= 60) {
			printf(_("Print job %d: still %s after a minute; the queue will go on "
			         "with it.\n"), job, print_state_name(st));
			return 0;
		}
		nanosleep(&(struct timespec){ 0, 250 * 1000 * 1000 }, NULL);
	}
	if (st == PRINT_FAILED) {
		cs_error_set(&c->err, CS_ERR_IO, _("print job %d failed; save the report as a file "
		                                   "with --format pdf --output FILE"), job);
		return cli_fail(&c->err);
	}
	return st == PRINT_HELD ? 75 : 0;
}

/* The PDF formats: the file and/or the print job. */
static int pdf_outputs(struct cli *c, const struct report_args *a, const struct reportdoc *doc)
{
	unsigned char *pdf;
	size_t len;
	int pages, rc = 0;

	if (pdf_render_mem(doc, &pdf, &len, &pages, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (a->format == FORMAT_PDF && (a->output != NULL || !a->print))
		rc = write_pdf(c, a, pdf, len, pages);
	if (rc == 0 && a->print)
		rc = print_pdf(c, a, doc, pdf, len);
	free(pdf);
	return rc;
}

int cmd_report(struct cli *c, int argc, char **argv)
{
	struct report_args a;
	struct reportdoc *doc = NULL;
	const char *name;
	char shown[128];
	int rc;

	if (argc < 2)
		return cli_usage(_("report: say list, dashboard, agenda, idea, occupancy, statement "
		                   "or journal"));
	name = argv[1];
	memset(&a, 0, sizeof a);
	if (strcmp(name, "list") != 0 && !report_kind_from_name(name, &a.req.kind))
		return cli_usage(_("report: unknown report \"%s\""), safe(name, shown, sizeof shown));
	argc--;
	argv++;
	if ((rc = parse_args(argc, argv, &a)) != 0)
		return rc;
	if (strcmp(name, "list") == 0) {
		if (optind < argc)
			return cli_usage(_("%s: unexpected argument \"%s\""), "report list",
			                 safe(argv[optind], shown, sizeof shown));
		return list_reports(c);
	}
	switch (a.req.kind) {
	case REPORT_IDEA:
		if (argc - optind != 1)
			return cli_usage(_("report idea: give the reference of one idea"));
		a.req.ref = argv[optind];
		break;
	case REPORT_STATEMENT:
		if (argc - optind > 1)
			return cli_usage(_("%s: unexpected argument \"%s\""), "report statement",
			                 safe(argv[optind + 1], shown, sizeof shown));
		if (optind < argc) {
			if (a.req.login != NULL)
				return cli_usage(_("report statement: give the agent once"));
			a.req.login = argv[optind];
		}
		break;
	case REPORT_AGENDA:
		a.req.refs = (const char *const *)(argv + optind);
		a.req.nrefs = (size_t)(argc - optind);
		break;
	default:
		if (optind < argc)
			return cli_usage(_("%s: unexpected argument \"%s\""), "report",
			                 safe(argv[optind], shown, sizeof shown));
	}
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (report_build(c->db, &c->cfg, &c->id, &a.req, time(NULL), &doc, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	cli_close(c);
	switch (a.format) {
	case FORMAT_TEXT:
		rc = a.print ? 0 : write_text(c, &a, doc);
		if (rc == 0 && a.print)
			rc = pdf_outputs(c, &a, doc);
		break;
	case FORMAT_CSV:
		rc = write_csv(c, &a, doc);
		break;
	case FORMAT_PDF:
		rc = pdf_outputs(c, &a, doc);
		break;
	}
	reportdoc_free(doc);
	return rc;
}
