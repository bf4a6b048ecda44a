/* csv_fuzz.c — fuzz target for the CSV import path: the reader (src/csv.c)
 * over arbitrary bytes, then text_sanitize() and text_fit() over every
 * field, as the import does. Broken invariants abort().
 *
 * Built with -DCS_LIBFUZZER it is a libFuzzer target only, e.g.
 *   clang -DCS_LIBFUZZER -D_DEFAULT_SOURCE -fsanitize=fuzzer,address,undefined \
 *     -Isrc src/csv.c src/text.c tests/fuzz/csv_fuzz.c -o csv_fuzz
 *   mkdir -p /tmp/csv-new && ./csv_fuzz /tmp/csv-new tests/fuzz/corpus/csv
 * Otherwise it is linked with replay.c, which replays a corpus in every
 * test run. */
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
