/* floorplan_fuzz.c — fuzz target for the floor plan parser (src/floorplan.c):
 * any bytes either parse into a plan whose desks lie inside the drawing,
 * or are refused with a "file:line:column: message". Broken invariants
 * abort(). Built like csv_fuzz.c (see its comment); otherwise linked with
 * replay.c to replay tests/fuzz/corpus/floorplan in every test run. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "floorplan.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct floorplan fp;
	char err[512];
	bool ok = floorplan_parse("fuzz.plan", (const char *)data, size, &fp, err, sizeof err);

	if (ok) {
		if (fp.desk_count == 0 || fp.line_count < 3 || fp.name == NULL)
			abort();
		for (size_t i = 0; i < fp.desk_count; i++) {
			if (fp.desks[i].row < 0 || (size_t)fp.desks[i].row >= fp.line_count
			    || fp.desks[i].col < 0 || fp.desks[i].col >= fp.width
			    || strlen(fp.desks[i].label) == 0)
				abort();
		}
		for (size_t i = 0; i < fp.line_count; i++)
			if (!text_is_valid_utf8(fp.lines[i], strlen(fp.lines[i])))
				abort();
	} else if (strncmp(err, "fuzz.plan:", 10) != 0) {
		abort();
	}
	floorplan_free(&fp);
	return 0;
}
