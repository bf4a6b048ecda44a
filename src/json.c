/* json.c — JSON strings for the command line's --json output.
 *
 * Strings are escaped per RFC 8259: '"' and '\\' with a backslash, every
 * C0 control as \u00XX. Beyond what the RFC asks, DEL and C1 controls are
 * escaped too and malformed UTF-8 becomes \uFFFD, so that the output is
 * always valid UTF-8 and safe to print on a terminal. Other UTF-8 is kept
 * as it is. Write errors are left on the stream for the caller (ferror). */
#include <string.h>

#include "json.h"
#include "text.h"

void json_write_string(FILE *out, const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0;
	size_t i = 0, n;
	uint32_t cp;

	putc('"', out);
	while (i < len) {
		n = text_decode(s + i, len - i, &cp);
		if (cp == '"' || cp == '\\') {
			putc('\\', out);
			putc((int)cp, out);
		} else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			fprintf(out, "\\u%04X", (unsigned)cp);
		} else if (cp == 0xFFFD && n == 1) {
			fputs("\\uFFFD", out);   /* a malformed byte */
		} else {
			fwrite(s + i, 1, n, out);
		}
		i += n;
	}
	putc('"', out);
}
