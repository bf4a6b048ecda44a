/* json.c — JSON strings for the command line's --json output.
 *
 * Strings are escaped per RFC 8259: '"' and '\\' with a backslash, every
 * C0 control as \u00XX. Beyond what the RFC asks, every code point the
 * sanitiser drops (DEL, C1 controls, bidi controls, zero-width and other
 * invisible format characters: text_is_hidden) is escaped too, as \uXXXX
 * or a surrogate pair, and malformed UTF-8 becomes \uFFFD, so that the
 * output is always valid UTF-8, safe to print on a terminal, and shows
 * what a string really holds. Other UTF-8 is kept as it is. Write errors
 * are left on the stream for the caller (ferror). */
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
		} else if (text_is_hidden(cp) && cp > 0xFFFF) {
			uint32_t v = cp - 0x10000;
			fprintf(out, "\\u%04X\\u%04X", (unsigned)(0xD800 | (v >> 10)),
			        (unsigned)(0xDC00 | (v & 0x3FF)));
		} else if (text_is_hidden(cp)) {
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
