/* print_tool.c — drives src/print.c for the print tests, against the
 * private cupsd of cupsd.sh:
 *   print_tool list                      one queue a line: name default stopped accepting
 *   print_tool choose [QUEUE]            the queue a report would go to
 *   print_tool send QUEUE FILE TITLE N   sends FILE as N copies, prints the job
 *                                        number, follows it until it is final
 * ("" as QUEUE: the default). Errors: the message on stderr and the
 * status's exit code, like the program. */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "print.h"

static int fail(const struct cs_error *err)
{
	fprintf(stderr, "%s\n", err->message);
	return cs_status_exit_code(err->status);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0
	    && (buf = malloc((size_t)n + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)n, f);
		if (*len != (size_t)n) {
			free(buf);
			buf = NULL;
		}
	}
	fclose(f);
	return buf;
}

int main(int argc, char **argv)
{
	struct cs_error err;

	setlocale(LC_ALL, "");
	if (getenv("CONSTRUISONS_LOCALEDIR") != NULL) {
		bindtextdomain("construisons", getenv("CONSTRUISONS_LOCALEDIR"));
		bind_textdomain_codeset("construisons", "UTF-8");
		textdomain("construisons");
	}
	cs_error_clear(&err);
	if (argc == 2 && strcmp(argv[1], "list") == 0) {
		struct print_queue *q;
		size_t n;

		if (print_list_queues(&q, &n, &err) != CS_OK)
			return fail(&err);
		for (size_t i = 0; i < n; i++)
			printf("%s %s %s %s\n", q[i].name, q[i].is_default ? "default" : "-",
			       q[i].stopped ? "stopped" : "running",
			       q[i].accepting ? "accepting" : "rejecting");
		print_queues_free(q, n);
		return 0;
	}
	if ((argc == 2 || argc == 3) && strcmp(argv[1], "choose") == 0) {
		char *name;

		if (print_choose_queue(argc == 3 ? argv[2] : NULL, &name, &err) != CS_OK)
			return fail(&err);
		printf("%s\n", name);
		free(name);
		return 0;
	}
	if (argc == 6 && strcmp(argv[1], "send") == 0) {
		enum print_state st = PRINT_PENDING;
		struct timespec start, now;
		size_t len = 0;
		char *pdf = slurp(argv[3], &len);
		int job;

		if (pdf == NULL) {
			fprintf(stderr, "cannot read %s\n", argv[3]);
			return 66;
		}
		if (print_send_pdf(argv[2], argv[4], atoi(argv[5]), pdf, len, &job, &err) != CS_OK) {
			free(pdf);
			return fail(&err);
		}
		free(pdf);
		printf("job %d\n", job);
		clock_gettime(CLOCK_MONOTONIC, &start);
		for (;;) {
			char *msg;

			if (print_job_poll(job, &st, &msg, &err) != CS_OK)
				return fail(&err);
			free(msg);
			if (print_state_final(st))
				break;
			clock_gettime(CLOCK_MONOTONIC, &now);
			if (now.tv_sec - start.tv_sec > 30) {
				fprintf(stderr, "job %d still %s after 30 s\n", job, print_state_name(st));
				return 1;
			}
			nanosleep(&(struct timespec){ 0, 100000000 }, NULL);
		}
		printf("%s\n", print_state_name(st));
		return st == PRINT_DONE ? 0 : 1;
	}
	fprintf(stderr, "usage: print_tool list | choose [QUEUE] | send QUEUE FILE TITLE COPIES\n");
	return 64;
}
