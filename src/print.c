/* print.c — owns the conversation with the CUPS server (libcups and IPP):
 * listing queues, checking one before sending, sending a PDF job and
 * reading a job's state. No other file includes <cups/cups.h>. */
#include <cups/cups.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "print.h"
#include "text.h"

/* How long a connection to the server may take before "no server". */
#define PRINT_CONNECT_MS 5000

static const char *server_name(void)
{
	const char *s = cupsServer();

	return s != NULL ? s : "localhost";
}

static enum cs_status connect_server(http_t **http, struct cs_error *err)
{
	*http = httpConnect2(cupsServer(), ippPort(), NULL, AF_UNSPEC, cupsEncryption(), 1,
	                     PRINT_CONNECT_MS, NULL);
	if (*http == NULL)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("no CUPS print server answers (%s)"), server_name());
	return CS_OK;
}

/* The server's last error after a request: unreachable, or another one. */
static enum cs_status request_failed(const char *what, struct cs_error *err)
{
	ipp_status_t st = cupsLastError();
	const char *msg = cupsLastErrorString();

	if (st == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("no CUPS print server answers (%s)"), server_name());
	return cs_error_set(err, CS_ERR_IO, _("the print server refused %s: %s"), what,
	                    msg != NULL ? msg : "?");
}

/* A sanitised, one-line copy of a server string ("" for NULL). */
static char *clean_copy(const char *s)
{
	return text_sanitize(s != NULL ? s : "", 0);
}

static int compare_queues(const void *a, const void *b)
{
	const struct print_queue *x = a, *y = b;

	return strcmp(x->name, y->name);
}

void print_queues_free(struct print_queue *queues, size_t count)
{
	for (size_t i = 0; i < count && queues != NULL; i++) {
		free(queues[i].name);
		free(queues[i].info);
	}
	free(queues);
}

/* Reads one queue's attributes starting at attr (up to the next group
 * separator); returns the attribute after them. */
static ipp_attribute_t *read_queue(ipp_t *resp, ipp_attribute_t *attr, struct print_queue *q,
                                   const char **name, const char **info)
{
	*name = NULL;
	*info = NULL;
	memset(q, 0, sizeof *q);
	q->accepting = true;
	for (; attr != NULL && ippGetGroupTag(attr) == IPP_TAG_PRINTER;
	     attr = ippNextAttribute(resp)) {
		const char *an = ippGetName(attr);

		if (an == NULL)
			continue;
		if (strcmp(an, "printer-name") == 0)
			*name = ippGetString(attr, 0, NULL);
		else if (strcmp(an, "printer-info") == 0)
			*info = ippGetString(attr, 0, NULL);
		else if (strcmp(an, "printer-state") == 0)
			q->stopped = ippGetInteger(attr, 0) == IPP_PSTATE_STOPPED;
		else if (strcmp(an, "printer-is-accepting-jobs") == 0)
			q->accepting = ippGetBoolean(attr, 0) != 0;
	}
	return attr;
}

static const char *const queue_attrs[] = {
	"printer-name", "printer-info", "printer-state", "printer-is-accepting-jobs",
};

enum cs_status print_list_queues(struct print_queue **queues, size_t *count,
                                 struct cs_error *err)
{
	struct print_queue *list = NULL;
	size_t n = 0, cap = 0;
	const char *def;
	char *defname = NULL;
	ipp_t *req, *resp;
	http_t *http;
	enum cs_status st;

	*queues = NULL;
	*count = 0;
	if ((st = connect_server(&http, err)) != CS_OK)
		return st;
	req = ippNewRequest(IPP_OP_CUPS_GET_PRINTERS);
	ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
	              (int)(sizeof queue_attrs / sizeof queue_attrs[0]), NULL, queue_attrs);
	resp = cupsDoRequest(http, req, "/");
	if (resp == NULL || (ippGetStatusCode(resp) > IPP_STATUS_OK_CONFLICTING
	                     && ippGetStatusCode(resp) != IPP_STATUS_ERROR_NOT_FOUND)) {
		ippDelete(resp);
		httpClose(http);
		return request_failed(_("the list of queues"), err);
	}
	def = cupsGetDefault2(http);
	if (def != NULL && (defname = strdup(def)) == NULL)
		goto nomem;
	for (ipp_attribute_t *a = ippFirstAttribute(resp); a != NULL;) {
		struct print_queue q;
		const char *name, *info;

		if (ippGetGroupTag(a) != IPP_TAG_PRINTER) {
			a = ippNextAttribute(resp);
			continue;
		}
		a = read_queue(resp, a, &q, &name, &info);
		if (name == NULL)
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			struct print_queue *g = realloc(list, ncap * sizeof *g);

			if (g == NULL)
				goto nomem;
			list = g;
			cap = ncap;
		}
		q.name = clean_copy(name);
		q.info = clean_copy(info);
		q.is_default = defname != NULL && strcmp(defname, name) == 0;
		list[n++] = q;
		if (q.name == NULL || q.info == NULL)
			goto nomem;
	}
	ippDelete(resp);
	httpClose(http);
	free(defname);
	if (n > 1)
		qsort(list, n, sizeof *list, compare_queues);
	*queues = list;
	*count = n;
	return CS_OK;
nomem:
	ippDelete(resp);
	httpClose(http);
	free(defname);
	print_queues_free(list, n);
	return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
}

/* The printer URI of a queue on the connected server. */
static void queue_uri(const char *name, char *uri, size_t size)
{
	httpAssembleURIf(HTTP_URI_CODING_ALL, uri, (int)size, "ipp", NULL, "localhost", ippPort(),
	                 "/printers/%s", name);
}

/* A name the server could take for something else ("a/b", "../x", spaces)
 * is refused here rather than sent. */
static bool queue_name_ok(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 127)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] <= ' ' || s[i] >= 127 || strchr("/#\\\"'?%", s[i]) != NULL)
			return false;
	return true;
}

/* Checks that the named queue exists, runs and accepts jobs. */
static enum cs_status check_queue(http_t *http, const char *name, struct cs_error *err)
{
	char uri[HTTP_MAX_URI], shown[200];
	struct print_queue q;
	const char *qname, *info;
	ipp_t *req, *resp;

	text_clean(name, shown, sizeof shown);
	if (!queue_name_ok(name))
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no print queue is named \"%s\""), shown);
	queue_uri(name, uri, sizeof uri);
	req = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
	ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, uri);
	ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
	              (int)(sizeof queue_attrs / sizeof queue_attrs[0]), NULL, queue_attrs);
	resp = cupsDoRequest(http, req, "/");
	if (resp == NULL) {
		if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
			return cs_error_set(err, CS_ERR_NOTFOUND,
			                    _("no print queue is named \"%s\""), shown);
		return request_failed(_("the queue's state"), err);
	}
	if (ippGetStatusCode(resp) == IPP_STATUS_ERROR_NOT_FOUND) {
		ippDelete(resp);
		return cs_error_set(err, CS_ERR_NOTFOUND, _("no print queue is named \"%s\""), shown);
	}
	if (ippGetStatusCode(resp) > IPP_STATUS_OK_CONFLICTING) {
		ippDelete(resp);
		return request_failed(_("the queue's state"), err);
	}
	{
		ipp_attribute_t *a = ippFirstAttribute(resp);

		while (a != NULL && ippGetGroupTag(a) != IPP_TAG_PRINTER)
			a = ippNextAttribute(resp);
		read_queue(resp, a, &q, &qname, &info);
	}
	ippDelete(resp);
	if (q.stopped)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the print queue \"%s\" is stopped"), shown);
	if (!q.accepting)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the print queue \"%s\" refuses new jobs"), shown);
	return CS_OK;
}

/* The queue to use on a connected server: wanted, or the default. */
static enum cs_status choose(http_t *http, const char *wanted, char **name,
                             struct cs_error *err)
{
	enum cs_status st;
	const char *def;

	*name = NULL;
	if (wanted == NULL || wanted[0] == '\0') {
		def = cupsGetDefault2(http);
		if (def == NULL) {
			if (cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE)
				return cs_error_set(err, CS_ERR_UNAVAILABLE,
				                    _("no CUPS print server answers (%s)"),
				                    server_name());
			return cs_error_set(err, CS_ERR_UNAVAILABLE,
			                    _("the print server has no default queue: name one "
			                      "(option print_queue or --print QUEUE)"));
		}
		wanted = def;
	}
	if ((st = check_queue(http, wanted, err)) != CS_OK)
		return st;
	if ((*name = strdup(wanted)) == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	return CS_OK;
}

enum cs_status print_choose_queue(const char *wanted, char **name, struct cs_error *err)
{
	enum cs_status st;
	http_t *http;

	*name = NULL;
	if ((st = connect_server(&http, err)) != CS_OK)
		return st;
	st = choose(http, wanted, name, err);
	httpClose(http);
	return st;
}

enum cs_status print_send_pdf(const char *queue, const char *title, int copies,
                              const void *pdf, size_t len, int *job_id,
                              struct cs_error *err)
{
	cups_option_t *options = NULL;
	int noptions = 0, job;
	char ncopies[16], jobname[256], *name = NULL, *clean;
	const char *p = pdf;
	enum cs_status st;
	http_t *http;

	*job_id = 0;
	if (copies < 1 || copies > 99)
		return cs_error_set(err, CS_ERR_USAGE, _("copies must be between 1 and 99, not %d"),
		                    copies);
	if ((clean = text_sanitize(title != NULL ? title : "", 0)) == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	text_fit(clean, 120, true, jobname, sizeof jobname);
	free(clean);
	if ((st = connect_server(&http, err)) != CS_OK)
		return st;
	if ((st = choose(http, queue, &name, err)) != CS_OK)
		goto out;
	snprintf(ncopies, sizeof ncopies, "%d", copies);
	noptions = cupsAddOption("copies", ncopies, noptions, &options);
	job = cupsCreateJob(http, name, jobname, noptions, options);
	if (job <= 0) {
		if (cupsLastError() == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS) {
			char shown[200];

			text_clean(name, shown, sizeof shown);
			st = cs_error_set(err, CS_ERR_UNAVAILABLE,
			                  _("the print queue \"%s\" refuses new jobs"), shown);
		} else {
			st = request_failed(_("the job"), err);
		}
		goto out;
	}
	if (cupsStartDocument(http, name, job, jobname, CUPS_FORMAT_PDF, 1) != HTTP_STATUS_CONTINUE) {
		st = request_failed(_("the document"), err);
		cupsCancelJob2(http, name, job, 0);
		goto out;
	}
	while (len > 0) {
		size_t chunk = len > 65536 ? 65536 : len;

		if (cupsWriteRequestData(http, p, chunk) != HTTP_STATUS_CONTINUE)
			break;
		p += chunk;
		len -= chunk;
	}
	if (cupsFinishDocument(http, name) > IPP_STATUS_OK_CONFLICTING || len > 0) {
		st = request_failed(_("the document"), err);
		cupsCancelJob2(http, name, job, 0);
		goto out;
	}
	*job_id = job;
	st = CS_OK;
out:
	cupsFreeOptions(noptions, options);
	free(name);
	httpClose(http);
	return st;
}

enum cs_status print_job_poll(int job_id, enum print_state *state, char **message,
                              struct cs_error *err)
{
	static const char *const attrs[] = {
		"job-state", "job-state-reasons", "job-printer-state-message",
	};
	char uri[HTTP_MAX_URI];
	const char *msg = NULL;
	int jstate = 0;
	ipp_t *req, *resp;
	http_t *http;
	enum cs_status st;

	*state = PRINT_PENDING;
	if (message != NULL)
		*message = NULL;
	if ((st = connect_server(&http, err)) != CS_OK)
		return st;
	httpAssembleURIf(HTTP_URI_CODING_ALL, uri, (int)sizeof uri, "ipp", NULL, "localhost",
	                 ippPort(), "/jobs/%d", job_id);
	req = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
	ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", NULL, uri);
	ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL,
	             cupsUser());
	ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
	              (int)(sizeof attrs / sizeof attrs[0]), NULL, attrs);
	resp = cupsDoRequest(http, req, "/");
	httpClose(http);
	if (resp == NULL || ippGetStatusCode(resp) == IPP_STATUS_ERROR_NOT_FOUND) {
		bool missing = resp != NULL || cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND;

		ippDelete(resp);
		if (missing)
			return cs_error_set(err, CS_ERR_NOTFOUND, _("the print server has no job %d"),
			                    job_id);
		return request_failed(_("the job's state"), err);
	}
	for (ipp_attribute_t *a = ippFirstAttribute(resp); a != NULL; a = ippNextAttribute(resp)) {
		const char *an = ippGetName(a);

		if (an == NULL)
			continue;
		if (strcmp(an, "job-state") == 0)
			jstate = ippGetInteger(a, 0);
		else if (strcmp(an, "job-printer-state-message") == 0)
			msg = ippGetString(a, 0, NULL);
	}
	switch (jstate) {
	case IPP_JSTATE_HELD:       *state = PRINT_HELD; break;
	case IPP_JSTATE_PROCESSING: *state = PRINT_PROCESSING; break;
	case IPP_JSTATE_COMPLETED:  *state = PRINT_DONE; break;
	case IPP_JSTATE_STOPPED:
	case IPP_JSTATE_CANCELED:
	case IPP_JSTATE_ABORTED:    *state = PRINT_FAILED; break;
	default:                    *state = PRINT_PENDING; break;
	}
	if (message != NULL && (*message = clean_copy(msg)) == NULL) {
		ippDelete(resp);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	ippDelete(resp);
	return CS_OK;
}

bool print_state_final(enum print_state state)
{
	return state == PRINT_HELD || state == PRINT_DONE || state == PRINT_FAILED;
}

const char *print_state_name(enum print_state state)
{
	switch (state) {
	case PRINT_PENDING:    return _("waiting in the queue");
	case PRINT_PROCESSING: return _("being printed");
	case PRINT_HELD:       return _("held in the queue");
	case PRINT_DONE:       return _("printed");
	case PRINT_FAILED:     return _("printing failed");
	}
	return "?";
}
