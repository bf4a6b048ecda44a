/* test_json.c — escaping of JSON strings (src/json.c). */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tap.h"

/* Returns what json_write_string() writes for s; the caller frees. */
static char *written(const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (f == NULL)
		abort();
	json_write_string(f, s);
	if (fclose(f) != 0)
		abort();
	return buf;
}

static void writes(const char *s, const char *want, const char *name)
{
	char *got = written(s);

	is_str(got, want, "%s", name);
	free(got);
}

int main(void)
{
	writes("abc", "\"abc\"", "plain");
	writes("", "\"\"", "empty");
	writes(NULL, "\"\"", "NULL");
	writes("il a dit \"oui\"", "\"il a dit \\\"oui\\\"\"", "quotes");
	writes("C:\\temp\\", "\"C:\\\\temp\\\\\"", "backslashes");
	writes("/", "\"/\"", "slash kept");
	writes("a\nb\tc\rd", "\"a\\u000Ab\\u0009c\\u000Dd\"", "line ends and tab");
	writes("\x01\x1b[2J\x1f", "\"\\u0001\\u001B[2J\\u001F\"", "other C0");
	writes("a\x7f" "b", "\"a\\u007Fb\"", "DEL");
	writes("a\xc2\x9b" "b", "\"a\\u009Bb\"", "C1 CSI");
	writes("\xc3\x89l\xc3\xa8ve \xc5\x93uvre \xe6\x97\xa5 \xf0\x9f\x98\x80",
	       "\"\xc3\x89l\xc3\xa8ve \xc5\x93uvre \xe6\x97\xa5 \xf0\x9f\x98\x80\"",
	       "UTF-8 kept");
	writes("\xef\xbf\xbd", "\"\xef\xbf\xbd\"", "a real U+FFFD kept");
	writes("a\xff" "b\xc0\xaf", "\"a\\uFFFDb\\uFFFD\\uFFFD\"", "malformed bytes");
	/* issue 13: what the sanitiser drops is escaped, not left raw */
	writes("a\xe2\x80\xae" "b", "\"a\\u202Eb\"", "U+202E escaped");
	writes("a\xe2\x81\xa6" "b", "\"a\\u2066b\"", "U+2066 escaped");
	writes("a\xe2\x80\x8b" "b", "\"a\\u200Bb\"", "U+200B escaped");
	writes("a\xef\xbb\xbf" "b", "\"a\\uFEFFb\"", "U+FEFF escaped");
	writes("a\xc2\xad" "b", "\"a\\u00ADb\"", "soft hyphen escaped");
	writes("a\xf3\xa0\x81\x81" "b", "\"a\\uDB40\\uDC41b\"", "tag U+E0041 as a surrogate pair");
	return tap_done();
}
