/* csv_fuzz.c — fuzz target for the CSV import path: the reader (src/csv.c)
 * over arbitrary bytes, then text_sanitize() and text_fit() over every
 * field, as the import does. Broken invariants abort().
 *
 * Built with -DCS_LIBFUZZER it is a libFuzzer target only, e.g.
 *   clang -DCS_LIBFUZZER -D_DEFAULT_SOURCE -fsanitize=fuzzer,address,undefined \
 *     -Isrc src/csv.c src/text.c tests/fuzz/csv_fuzz.c -o csv_fuzz
 *   mkdir -p /tmp/csv-new && ./csv_fuzz /tmp/csv-new tests/fuzz/corpus/csv
 * Otherwise main() replays every file in the directories (or the files)
 * given as arguments and reports one TAP line per file, so that the corpus
 * runs in every test run. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_field(const char *field, size_t size)
{
	char out[16];
	char *clean;
	size_t len = strlen(field);
	int w;

	if (len > size)
		abort();
	clean = text_sanitize(field, TEXT_MULTI_LINE);
	if (clean == NULL || !text_is_valid_utf8(clean, strlen(clean)))
		abort();
	free(clean);
	clean = text_sanitize(field, TEXT_SINGLE_LINE);
	if (clean == NULL || strchr(clean, '\n') != NULL || strchr(clean, '\x1b') != NULL)
		abort();
	w = text_fit(clean, 6, true, out, sizeof out);
	if (w < 0 || w > 6 || strlen(out) >= sizeof out)
		abort();
	if (text_prefix_bytes(clean, 6) > strlen(clean))
		abort();
	free(clean);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_reader r;
	struct csv_record rec;
	size_t i, lines = 1, last = 0;
	int rc;

	for (i = 0; i < size; i++)   /* an upper bound on line numbers */
		if (data[i] == '\n' || data[i] == '\r')
			lines++;
	csv_init(&r, (const char *)data, size);
	if (r.sep != ';' && r.sep != ',')
		abort();
	while ((rc = csv_next(&r, &rec)) == 1) {
		if (rec.count == 0 || rec.line <= last || rec.line > lines ||
		    r.next_line < rec.line || r.pos > size)
			abort();
		last = rec.line;
		for (i = 0; i < rec.count; i++)
			check_field(rec.fields[i], size);
		csv_record_free(&rec);
	}
	if (rc == -1 && (rec.fields != NULL || rec.line > lines))
		abort();
	if (csv_next(&r, &rec) != 0)
		abort();
	return 0;
}

#ifndef CS_LIBFUZZER
static int tests, failures;

/* Feeds one file, in a buffer of exactly its size, to the target. */
static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL, *p;
	size_t size = 0, cap = 0, n;

	tests++;
	if (f == NULL) {
		printf("not ok %d - %s: cannot open\n", tests, path);
		failures++;
		return;
	}
	for (;;) {
		if (size == cap) {
			cap = cap != 0 ? cap * 2 : 4096;
			p = realloc(data, cap);
			if (p == NULL)
				abort();
			data = p;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
		if (n == 0)
			break;
	}
	fclose(f);
	/* exact size, so that an over-read is caught by ASan or valgrind */
	p = malloc(size != 0 ? size : 1);
	if (p == NULL)
		abort();
	memcpy(p, data, size);
	free(data);
	LLVMFuzzerTestOneInput(p, size);
	free(p);
	printf("ok %d - %s\n", tests, path);
	fflush(stdout);
}

static int dot_filter(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(int argc, char **argv)
{
	struct dirent **names;
	char path[4096];
	DIR *d;
	int i, j, n;

	for (i = 1; i < argc; i++) {
		d = opendir(argv[i]);
		if (d == NULL) {
			replay_file(argv[i]);
			continue;
		}
		closedir(d);
		n = scandir(argv[i], &names, dot_filter, alphasort);
		if (n < 0) {
			printf("not ok %d - %s: cannot list\n", ++tests, argv[i]);
			failures++;
			continue;
		}
		for (j = 0; j < n; j++) {
			snprintf(path, sizeof path, "%s/%s", argv[i], names[j]->d_name);
			replay_file(path);
			free(names[j]);
		}
		free(names);
	}
	if (tests == 0) {
		printf("not ok 1 - no corpus given\n");
		tests = failures = 1;
	}
	printf("1..%d\n", tests);
	return failures != 0;
}
#endif
