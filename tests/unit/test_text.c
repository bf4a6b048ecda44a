/* test_text.c — UTF-8 decoding, sanitising, widths, truncation by columns
 * and folded search (src/text.c). */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text.h"

static void decodes(const char *s, size_t len, uint32_t want_cp,
                    size_t want_n, const char *name)
{
	uint32_t cp = 0;
	size_t n = text_decode(s, len, &cp);

	if (!ok(cp == want_cp && n == want_n, "decode %s: U+%04X, %zu bytes",
	        name, (unsigned)want_cp, want_n))
		printf("#   got U+%04X, %zu bytes\n", (unsigned)cp, n);
}

static void sanitizes(const char *in, unsigned flags, const char *want,
                      const char *name)
{
	char *got = text_sanitize(in, flags);

	is_str(got, want, "sanitize %s", name);
	ok(got != NULL && text_is_valid_utf8(got, strlen(got)),
	   "sanitize %s: valid UTF-8", name);
	free(got);
}

static void fits(const char *s, int cols, bool ell, size_t outsz,
                 const char *want, int want_w, const char *name)
{
	char buf[64];
	const char *out = buf;
	int w;

	memset(buf, 'X', sizeof buf);
	w = text_fit(s, cols, ell, buf, outsz);
	is_str(out, want, "fit %s", name);
	is_int(w, want_w, "fit %s: width", name);
	is_int(text_width(out), w, "fit %s: width of the result", name);
}

static void test_valid(void)
{
	static const struct {
		const char *s;
		bool valid;
		const char *name;
	} cases[] = {
		{ "", true, "empty" },
		{ "ascii", true, "ascii" },
		{ "\xc3\xa9l\xc3\xa8ve", true, "élève" },
		{ "\xe6\x97\xa5\xe6\x9c\xac", true, "日本" },
		{ "\xf0\x9f\x98\x80", true, "emoji U+1F600" },
		{ "\xf4\x8f\xbf\xbf", true, "U+10FFFF" },
		{ "\xee\x80\x80", true, "U+E000 after the surrogates" },
		{ "\xed\x9f\xbf", true, "U+D7FF before the surrogates" },
		{ "\xc0\xaf", false, "overlong '/' (C0 AF)" },
		{ "\xc1\xbf", false, "overlong C1 BF" },
		{ "\xe0\x80\xaf", false, "overlong 3 bytes" },
		{ "\xe0\x9f\xbf", false, "overlong U+07FF in 3 bytes" },
		{ "\xf0\x80\x80\xaf", false, "overlong 4 bytes" },
		{ "\xf0\x8f\xbf\xbf", false, "overlong U+FFFF in 4 bytes" },
		{ "\xed\xa0\x80", false, "surrogate U+D800" },
		{ "\xed\xbf\xbf", false, "surrogate U+DFFF" },
		{ "\xf4\x90\x80\x80", false, "U+110000" },
		{ "\xf5\x80\x80\x80", false, "lead F5" },
		{ "\xff", false, "byte FF" },
		{ "\xfe", false, "byte FE" },
		{ "\x80", false, "lone continuation" },
		{ "\xc3", false, "truncated 2-byte" },
		{ "\xe6\x97", false, "truncated 3-byte" },
		{ "\xf0\x9f\x98", false, "truncated 4-byte" },
		{ "a\xc3z", false, "2-byte lead before ASCII" },
		{ "\xe6\x97\xe6\x97\xa5", false, "truncated then valid" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ok(text_is_valid_utf8(cases[i].s, strlen(cases[i].s)) == cases[i].valid,
		   "%s is %s", cases[i].name, cases[i].valid ? "valid" : "invalid");
	ok(text_is_valid_utf8("a\0b", 3), "NUL inside the length is valid");
	ok(!text_is_valid_utf8("\xc3\xa9", 1), "a length cutting a character");
}

static void test_decode(void)
{
	uint32_t cp = 1;

	decodes("A", 1, 'A', 1, "ASCII");
	decodes("\xc3\xa9", 2, 0xE9, 2, "é");
	decodes("\xe2\x82\xac", 3, 0x20AC, 3, "€");
	decodes("\xf0\x9f\x98\x80", 4, 0x1F600, 4, "U+1F600");
	decodes("\xc0\xaf", 2, 0xFFFD, 1, "overlong");
	decodes("\xed\xa0\x80", 3, 0xFFFD, 1, "surrogate");
	decodes("\xf4\x90\x80\x80", 4, 0xFFFD, 1, "above U+10FFFF");
	decodes("\xe2\x82", 2, 0xFFFD, 1, "truncated");
	decodes("\xe2\x82\xac", 2, 0xFFFD, 1, "length cutting a character");
	decodes("\x80", 1, 0xFFFD, 1, "continuation");
	decodes("\xef\xbf\xbd", 3, 0xFFFD, 3, "a real U+FFFD");
	is_int(text_decode("", 0, &cp), 0, "decode of nothing uses 0 bytes");
}

static void test_sanitize(void)
{
	const unsigned S = TEXT_SINGLE_LINE, M = TEXT_MULTI_LINE;

	sanitizes("Atelier Écriture", S, "Atelier Écriture", "plain French");
	sanitizes("", S, "", "empty");
	sanitizes(NULL, S, "", "NULL");
	sanitizes("  \t\n ", S, "", "only white space");
	sanitizes("  titre  ", S, "titre", "trims spaces");
	sanitizes("a  b", S, "a  b", "keeps inner spaces");
	/* escape sequences lose their ESC and become harmless text */
	sanitizes("\x1b[2Jx", S, "[2Jx", "ESC [2J");
	sanitizes("a\x1b]0;x\x07" "b", S, "a]0;xb", "OSC title with BEL");
	sanitizes("a\x1b\\b", S, "a\\b", "ESC backslash");
	sanitizes("a\x01\x02\x08\x0b\x0c\x1f" "b", S, "ab", "other C0");
	sanitizes("a\x7f" "b", S, "ab", "DEL");
	sanitizes("a\xc2\x9b" "2Jb", S, "a2Jb", "C1 CSI U+009B");
	sanitizes("a\xc2\x80\xc2\x85\xc2\x9f" "b", S, "ab", "C1 U+0080 U+0085 U+009F");
	sanitizes("a\xc2\xa0" "b", S, "a\xc2\xa0" "b", "NBSP kept");
	/* bidi controls, one by one */
	sanitizes("a\xd8\x9c" "b", S, "ab", "U+061C");
	sanitizes("a\xe2\x80\x8e" "b", S, "ab", "U+200E");
	sanitizes("a\xe2\x80\x8f" "b", S, "ab", "U+200F");
	sanitizes("a\xe2\x80\xaa" "b", S, "ab", "U+202A");
	sanitizes("a\xe2\x80\xab" "b", S, "ab", "U+202B");
	sanitizes("a\xe2\x80\xac" "b", S, "ab", "U+202C");
	sanitizes("a\xe2\x80\xad" "b", S, "ab", "U+202D");
	sanitizes("a\xe2\x80\xae" "b", S, "ab", "U+202E");
	sanitizes("a\xe2\x81\xa6" "b", S, "ab", "U+2066");
	sanitizes("a\xe2\x81\xa7" "b", S, "ab", "U+2067");
	sanitizes("a\xe2\x81\xa8" "b", S, "ab", "U+2068");
	sanitizes("a\xe2\x81\xa9" "b", S, "ab", "U+2069");
	sanitizes("\xef\xbb\xbf" "abc", S, "abc", "U+FEFF");
	/* zero-width and other invisible characters (issue 13) */
	sanitizes("a\xe2\x80\x8b" "b", S, "ab", "U+200B zero width space");
	sanitizes("a\xe2\x80\x8c" "b", S, "ab", "U+200C ZWNJ");
	sanitizes("a\xe2\x80\x8d" "b", S, "ab", "U+200D ZWJ between letters");
	sanitizes("a\xe2\x81\xa0" "b", S, "ab", "U+2060 word joiner");
	sanitizes("a\xe2\x81\xa4" "b", S, "ab", "U+2064 invisible plus");
	sanitizes("a\xe1\xa0\x8e" "b", S, "ab", "U+180E");
	sanitizes("a\xc2\xad" "b", S, "ab", "U+00AD soft hyphen");
	sanitizes("a\xcd\x8f" "b", S, "ab", "U+034F");
	sanitizes("a\xe3\x85\xa4" "b", S, "ab", "U+3164 Hangul filler");
	sanitizes("a\xf3\xa0\x81\x81" "b", S, "ab", "U+E0041 tag");
	sanitizes("Alice\xe2\x80\x8b Agent", S, "Alice Agent", "a name made to differ");
	sanitizes("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", S,
	          "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", "ZWJ kept inside an emoji");
	sanitizes("\xf0\x9f\x91\xa9\xe2\x80\x8d" "b", S, "\xf0\x9f\x91\xa9" "b",
	          "ZWJ after an emoji, before a letter");
	ok(text_is_hidden(0x202E) && text_is_hidden(0x200B) && !text_is_hidden('a')
	   && !text_is_hidden(0x00E9) && !text_is_hidden(0x00A0), "text_is_hidden");
	/* invalid UTF-8 becomes U+FFFD, one per byte */
	sanitizes("a\xff" "b", S, "a\xef\xbf\xbd" "b", "byte FF");
	sanitizes("\xc0\xaf", S, "\xef\xbf\xbd\xef\xbf\xbd", "overlong");
	sanitizes("\xed\xa0\x80", S, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "surrogate");
	sanitizes("x\xe6\x97", S, "x\xef\xbf\xbd\xef\xbf\xbd", "truncated at the end");
	/* single line: breaks and tabs become one space */
	sanitizes("a\nb", S, "a b", "single: LF");
	sanitizes("a\r\nb", S, "a b", "single: CR LF");
	sanitizes("a\rb", S, "a b", "single: CR");
	sanitizes("a\tb", S, "a b", "single: tab");
	sanitizes("a \r\n\t b", S, "a b", "single: a run with a break");
	sanitizes("a\n\n\nb", S, "a b", "single: several LF");
	sanitizes("a\xe2\x80\xa8" "b", S, "a b", "single: U+2028");
	sanitizes("a\xe2\x80\xa9" "b", S, "a b", "single: U+2029");
	sanitizes("\n\t a\n", S, "a", "single: trims breaks");
	/* multi line */
	sanitizes("a\nb", M, "a\nb", "multi: LF");
	sanitizes("a\r\nb\r\nc", M, "a\nb\nc", "multi: CR LF");
	sanitizes("a\rb", M, "a\nb", "multi: CR");
	sanitizes("a\r\rb", M, "a\n\nb", "multi: CR CR");
	sanitizes("a\n\nb", M, "a\n\nb", "multi: blank line kept");
	sanitizes("a\tb", M, "a b", "multi: tab");
	sanitizes("a\xe2\x80\xa8" "b", M, "a\nb", "multi: U+2028");
	sanitizes("a\xe2\x80\xa9" "b", M, "a\nb", "multi: U+2029");
	sanitizes("\n \r\n premier\n second \n\n", M, "premier\n second",
	          "multi: trims around");
	sanitizes("a\n\x1b[1Ab", M, "a\n[1Ab", "multi: ESC dropped");
}

static void test_clean(void)
{
	char buf[8];

	is_str(text_clean("h\x1b[2J\xe2\x80\xaeo", buf, sizeof buf), "h[2Jo", "clean: ESC and RLO");
	is_str(text_clean(NULL, buf, sizeof buf), "?", "clean: NULL");
	is_str(text_clean("abcdefghij", buf, sizeof buf), "abcdefg", "clean: cut to the buffer");
	is_str(text_clean("abcdef\xc3\xa9", buf, sizeof buf), "abcdef", "clean: never cuts a character");
	is_str(text_clean("\xe2\x80\x8b", buf, 1), "", "clean: a one-byte buffer");
}

static void test_width(void)
{
	is_int(text_width("abc"), 3, "width abc");
	is_int(text_width(""), 0, "width empty");
	is_int(text_width(NULL), 0, "width NULL");
	is_int(text_width("\xc3\xa9"), 1, "width é");
	is_int(text_width("\xe6\x97\xa5\xe6\x9c\xac"), 4, "width 日本");
	is_int(text_width("e\xcc\x81"), 1, "width e + combining acute");
	is_int(text_width("\xc3\x89quipe S\xc3\xa9" "curit\xc3\xa9"), 15, "width Équipe Sécurité");
	is_int(text_width("\xff"), 1, "width of a malformed byte");
	is_int(text_cp_width('a'), 1, "cp width a");
	is_int(text_cp_width(0x301), 0, "cp width U+0301");
	is_int(text_cp_width(0x65E5), 2, "cp width U+65E5");
	is_int(text_cp_width(0x1B), 1, "cp width ESC (wcwidth -1)");
	is_int(text_cp_width(0), 0, "cp width NUL");
	is_int(text_cp_width(0x2026), 1, "cp width ellipsis");
	is_int(text_length("\xc3\xa9l\xc3\xa8ve"), 5, "length élève");
	is_int(text_length("\xe6\x97\xa5\xe6\x9c\xac"), 2, "length 日本");
	is_int(text_length("e\xcc\x81"), 2, "length e + combining acute");
	is_int(text_length("a\xff" "b"), 3, "length with a malformed byte");
	is_int(text_length(""), 0, "length empty");
}

static void test_fit(void)
{
	const char *eleve = "\xc3\xa9l\xc3\xa8ve";                 /* élève */
	const char *nihongo = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"; /* 日本語 */

	fits(eleve, 10, false, 64, eleve, 5, "élève in 10");
	fits(eleve, 5, true, 64, eleve, 5, "élève in exactly 5, no ellipsis needed");
	fits(eleve, 3, false, 64, "\xc3\xa9l\xc3\xa8", 3, "élève in 3");
	fits(eleve, 3, true, 64, "\xc3\xa9l\xe2\x80\xa6", 3, "élève in 3 with …");
	fits(eleve, 1, true, 64, "\xe2\x80\xa6", 1, "élève in 1 with …");
	fits(eleve, 1, false, 64, "\xc3\xa9", 1, "élève in 1");
	fits(eleve, 0, true, 64, "", 0, "élève in 0");
	fits(eleve, -3, false, 64, "", 0, "élève in -3");
	fits("", 5, true, 64, "", 0, "empty");
	fits(nihongo, 6, false, 64, nihongo, 6, "日本語 in 6");
	fits(nihongo, 5, false, 64, "\xe6\x97\xa5\xe6\x9c\xac", 4, "日本語 in 5: 日本");
	fits(nihongo, 5, true, 64, "\xe6\x97\xa5\xe6\x9c\xac\xe2\x80\xa6", 5, "日本語 in 5 with …");
	fits(nihongo, 4, true, 64, "\xe6\x97\xa5\xe2\x80\xa6", 3, "日本語 in 4 with …");
	fits(nihongo, 1, false, 64, "", 0, "日本語 in 1");
	fits(nihongo, 2, true, 64, "\xe2\x80\xa6", 1, "日本語 in 2 with …");
	fits("a\xe6\x97\xa5", 2, false, 64, "a", 1, "a日 in 2");
	fits("e\xcc\x81" "e\xcc\x81" "e", 2, false, 64, "e\xcc\x81" "e\xcc\x81", 2,
	     "combining marks stay with their letter");
	fits("e\xcc\x81" "e\xcc\x81" "e", 2, true, 64, "e\xcc\x81\xe2\x80\xa6", 2,
	     "combining marks with …");
	/* the output buffer also limits, never inside a character */
	fits(eleve, 10, false, 4, "\xc3\xa9l", 2, "élève in 4 bytes");
	fits(eleve, 10, true, 6, "\xc3\xa9\xe2\x80\xa6", 2, "élève in 6 bytes with …");
	fits(eleve, 10, true, 3, "\xc3\xa9", 1, "élève in 3 bytes: no room for …");
	fits(eleve, 10, false, 1, "", 0, "élève in 1 byte");
	is_int(text_fit(eleve, 5, false, NULL, 0), 0, "fit into nothing");

	is_int(text_prefix_bytes(eleve, 2), 3, "prefix bytes élève 2");
	is_int(text_prefix_bytes(eleve, 10), 7, "prefix bytes élève 10");
	is_int(text_prefix_bytes(nihongo, 3), 3, "prefix bytes 日本語 3");
	is_int(text_prefix_bytes(nihongo, 4), 6, "prefix bytes 日本語 4");
	is_int(text_prefix_bytes("e\xcc\x81x", 1), 3, "prefix bytes keeps the accent");
	is_int(text_prefix_bytes(eleve, 0), 0, "prefix bytes 0");
}

static void test_folded(void)
{
	ok(text_contains_folded("\xc3\x89l\xc3\xa8ve", "eleve"), "eleve in Élève");
	ok(text_contains_folded("un \xc3\xa9l\xc3\xa8ve", "\xc3\x89LEVE"), "ÉLEVE in un élève");
	ok(text_contains_folded("\xc5\x93uvre", "OEUVRE"), "OEUVRE in œuvre");
	ok(text_contains_folded("OEUVRE", "\xc5\x93uvre"), "œuvre in OEUVRE");
	ok(text_contains_folded("man\xc5\x93uvre", "noeu"), "noeu in manœuvre");
	ok(text_contains_folded("\xc5\x92uvre", "oeuvre"), "oeuvre in Œuvre");
	ok(text_contains_folded("C\xc5\x93ur", "e"), "e in Cœur (inside the expansion)");
	ok(text_contains_folded("\xc3\x86sop", "aes"), "aes in Æsop");
	ok(text_contains_folded("fran\xc3\xa7" "ais", "FRANCAIS"), "FRANCAIS in français");
	ok(text_contains_folded("\xc3\x80 \xc3\x82 \xc3\x84 \xc3\x88 \xc3\x8a \xc3\x8b "
	                        "\xc3\x8e \xc3\x8f \xc3\x94 \xc3\x96 \xc3\x99 \xc3\x9b "
	                        "\xc3\x9c \xc5\xb8 \xc3\x87",
	                        "a a a e e e i i o o u u u y c"), "French capitals");
	ok(text_contains_folded("\xc3\xa0 \xc3\xa2 \xc3\xa4 \xc3\xa8 \xc3\xaa \xc3\xab "
	                        "\xc3\xae \xc3\xaf \xc3\xb4 \xc3\xb6 \xc3\xb9 \xc3\xbb "
	                        "\xc3\xbc \xc3\xbf \xc3\xa7",
	                        "A A A E E E I I O O U U U Y C"), "French small letters");
	ok(text_contains_folded("e\xcc\x81le\xcc\x80ve", "eleve"), "eleve in decomposed élève");
	ok(text_contains_folded("abc", ""), "empty needle");
	ok(text_contains_folded("abc", NULL), "NULL needle");
	ok(!text_contains_folded(NULL, "a"), "NULL haystack");
	ok(!text_contains_folded("", "a"), "empty haystack");
	ok(!text_contains_folded("eleve", "elevee"), "needle longer than the haystack");
	ok(!text_contains_folded("\xc3\xa9t\xc3\xa9", "ete e"), "no match");
	ok(text_contains_folded("aaab", "aab"), "match after a false start");
	ok(text_contains_folded("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
	                        "\xe6\x9c\xac"), "other code points as they are");
	ok(!text_contains_folded("\xce\xb1", "\xce\x91"), "Greek is not folded");
	ok(text_contains_folded("x\xffy", "\xff"), "malformed bytes compare as U+FFFD");
}

/* found(h, n, start, end): text_find_folded finds n in h at [start, end). */
static int found(const char *h, const char *n, size_t start, size_t end)
{
	size_t s = 99, e = 99;
	bool hit = text_find_folded(h, n, &s, &e);

	if (!hit || s != start || e != end)
		printf("#   got %s %zu..%zu\n", hit ? "a match at" : "no match", s, e);
	return hit && s == start && e == end;
}

static void test_find_folded(void)
{
	size_t s, e;

	ok(found("Un \xc3\xa9l\xc3\xa8ve ici", "ELEVE", 3, 10), "ELEVE at bytes 3..10 of 'Un élève ici'");
	ok(found("man\xc5\x93uvre", "noeu", 2, 6), "noeu covers the whole œ");
	ok(found("e\xcc\x81" "t\xcc\x81" "e\xcc\x81", "ete", 0, 9),
	   "decomposed été: the last accent is in the match");
	ok(found("aaab", "aab", 1, 4), "after a false start");
	ok(!text_find_folded("abc", "", &s, &e), "an empty needle finds nothing");
	ok(!text_find_folded(NULL, "a", &s, &e), "NULL haystack");
	ok(!text_find_folded("abc", "abd", &s, &e), "no match");
}

int main(void)
{
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		printf("# C.UTF-8 locale missing: widths will be wrong\n");
	test_valid();
	test_decode();
	test_sanitize();
	test_find_folded();
	test_clean();
	test_width();
	test_fit();
	test_folded();
	return tap_done();
}
