/* test_csv.c — the CSV reader (src/csv.c): separators, quoting, line ends,
 * byte order mark, empty lines, line numbers and errors. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "tap.h"

/* One expected record: its first line and its fields joined with '|'. */
struct want {
	size_t line;
	const char *joined;
};

static char *join(const struct csv_record *rec)
{
	size_t i, len = 1;
	char *s;

	for (i = 0; i < rec->count; i++)
		len += strlen(rec->fields[i]) + 1;
	s = malloc(len);
	if (s == NULL)
		abort();
	s[0] = '\0';
	for (i = 0; i < rec->count; i++) {
		if (i > 0)
			strcat(s, "|");
		strcat(s, rec->fields[i]);
	}
	return s;
}

/* Reads buf (len bytes, copied so that any over-read is caught by the
 * sanitizers or valgrind) and compares with want[0..n), then expects end. */
static void reads(const char *name, const char *buf, size_t len, char sep,
                  const struct want *want, size_t n, const size_t *counts)
{
	struct csv_reader r;
	struct csv_record rec;
	char *copy = malloc(len != 0 ? len : 1);
	char *got;
	size_t i;
	int rc;

	if (copy == NULL)
		abort();
	memcpy(copy, buf, len);
	csv_init(&r, copy, len);
	is_int(r.sep, sep, "%s: separator '%c'", name, sep);
	for (i = 0; i < n; i++) {
		rc = csv_next(&r, &rec);
		if (!is_int(rc, 1, "%s: record %zu read", name, i + 1))
			break;
		got = join(&rec);
		is_str(got, want[i].joined, "%s: record %zu fields", name, i + 1);
		is_int(rec.line, want[i].line, "%s: record %zu on line %zu", name,
		       i + 1, want[i].line);
		is_int(r.line, want[i].line, "%s: reader's line for record %zu", name, i + 1);
		if (counts != NULL)
			is_int(rec.count, counts[i], "%s: record %zu has %zu fields",
			       name, i + 1, counts[i]);
		free(got);
		csv_record_free(&rec);
		ok(rec.fields == NULL && rec.count == 0, "%s: record %zu freed", name, i + 1);
	}
	is_int(csv_next(&r, &rec), 0, "%s: end after %zu records", name, n);
	is_int(csv_next(&r, &rec), 0, "%s: still at the end", name);
	free(copy);
}

#define READS(name, lit, sep, want, counts) \
	reads(name, lit, sizeof lit - 1, sep, want, sizeof want / sizeof want[0], counts)

/* Expects -1 after n good records, with rec.line == line. */
static void fails(const char *name, const char *buf, size_t n, size_t line)
{
	struct csv_reader r;
	struct csv_record rec;
	size_t len = strlen(buf), i;
	char *copy = malloc(len);

	if (copy == NULL)
		abort();
	memcpy(copy, buf, len);
	csv_init(&r, copy, len);
	for (i = 0; i < n; i++) {
		is_int(csv_next(&r, &rec), 1, "%s: good record %zu", name, i + 1);
		csv_record_free(&rec);
	}
	is_int(csv_next(&r, &rec), -1, "%s: unterminated quote", name);
	is_int(rec.line, line, "%s: reported on line %zu", name, line);
	ok(rec.fields == NULL && rec.count == 0, "%s: nothing to free", name);
	is_int(csv_next(&r, &rec), 0, "%s: then the end", name);
	free(copy);
}

int main(void)
{
	static const struct want semi[] = {
		{ 1, "nom|pr\xc3\xa9nom|service" },
		{ 2, "Dupont|\xc3\x89lodie|RH" },
		{ 3, "Martin|Jean-Fran\xc3\xa7ois|DSI" },
	};
	static const size_t semi_counts[] = { 3, 3, 3 };
	static const struct want comma[] = {
		{ 1, "name|first|unit" },
		{ 2, "Dupont|\xc3\x89lodie|RH" },
	};
	static const struct want quoted[] = {
		{ 1, "nom|commentaire" },
		{ 2, "Dupont|a;b, c" },
		{ 3, "Durand|il a dit \"oui\"" },
		{ 4, "Petit|ligne 1\nligne 2\nligne 3" },
		{ 7, "Moreau|suite" },
		{ 8, "Roux|\"\"" },
		{ 9, "|" },
	};
	static const size_t quoted_counts[] = { 2, 2, 2, 2, 2, 2, 2 };
	static const struct want crlf[] = {
		{ 1, "a|b" },
		{ 2, "c|d\r\ne" },
		{ 4, "f|g" },
	};
	static const struct want bom[] = {
		{ 1, "nom|service" },
		{ 2, "L\xc3\xa9" "a|RH" },
	};
	static const struct want empty_lines[] = {
		{ 3, "a|b" },
		{ 6, "c|d" },
		{ 8, "e" },
	};
	static const struct want counts[] = {
		{ 1, "a|b|c" },
		{ 2, "d" },
		{ 3, "|||" },
		{ 4, "e|" },
		{ 5, "|f" },
	};
	static const size_t counts_counts[] = { 3, 1, 4, 2, 2 };
	static const struct want detect[] = {
		{ 1, "a,b,c|d|e" },
	};
	static const struct want detect_quoted[] = {
		{ 1, "a;b;c|d" },
	};
	static const struct want lenient[] = {
		{ 1, "ab\"c|xy" },
		{ 2, "5\" disque|z" },
	};
	static const struct want lone_cr[] = {
		{ 1, "a|b" },
		{ 2, "c|d" },
	};
	static const struct want no_eol[] = {
		{ 1, "x;y|z" },
	};
	static const struct want only_quote_line[] = {
		{ 1, "" },
		{ 2, "a" },
	};
	static const size_t only_quote_counts[] = { 1, 1 };
	static const struct want nothing[] = { { 0, NULL } };
	static const struct want half_bom[] = { { 1, "\xef\xbb" } };
	static const struct want utf8_sep[] = {
		{ 1, "\xc3\xa9t\xc3\xa9|hiver" },
	};

	READS("semicolon", "nom;pr\xc3\xa9nom;service\n"
	      "Dupont;\xc3\x89lodie;RH\n"
	      "Martin;Jean-Fran\xc3\xa7ois;DSI\n", ';', semi, semi_counts);
	READS("comma", "name,first,unit\nDupont,\xc3\x89lodie,RH", ',', comma, NULL);
	READS("quoted", "nom;commentaire\n"
	      "Dupont;\"a;b, c\"\n"
	      "Durand;\"il a dit \"\"oui\"\"\"\n"
	      "Petit;\"ligne 1\nligne 2\nligne 3\"\n"
	      "Moreau;suite\n"
	      "Roux;\"\"\"\"\"\"\n"
	      "\"\";\"\"\n", ';', quoted, quoted_counts);
	READS("crlf", "a,b\r\nc,\"d\r\ne\"\r\nf,g\r\n", ',', crlf, NULL);
	READS("bom", "\xef\xbb\xbfnom;service\r\nL\xc3\xa9" "a;RH\r\n", ';', bom, NULL);
	READS("empty lines", "\n\r\na;b\n\n\r\nc;d\r\n\ne\n\n\n", ';', empty_lines, NULL);
	READS("field counts", "a;b;c\nd\n;;;\ne;\n;f\n", ';', counts, counts_counts);
	READS("quoted commas do not count", "\"a,b,c\";d;e\n", ';', detect, NULL);
	READS("quoted semicolons do not count",
	      "\"a;b;c\",d\n", ',', detect_quoted, NULL);
	READS("lenient quotes", "ab\"c;\"x\"y\n5\" disque;z\n", ';', lenient, NULL);
	READS("lone CR", "a;b\rc;d\r", ';', lone_cr, NULL);
	READS("tie goes to comma, no final line end", "x;y,z", ',', no_eol, NULL);
	READS("a line with an empty quoted field", "\"\"\na\n", ',',
	      only_quote_line, only_quote_counts);
	reads("empty input", "", 0, ',', nothing, 0, NULL);
	reads("only a BOM", "\xef\xbb\xbf", 3, ',', nothing, 0, NULL);
	reads("only line ends", "\r\n\n\r", 4, ',', nothing, 0, NULL);
	READS("half a BOM is data", "\xef\xbb", ',', half_bom, NULL);
	READS("UTF-8 around the separator", "\xc3\xa9t\xc3\xa9;hiver\n", ';',
	      utf8_sep, NULL);

	fails("unterminated first record", "\"abc", 0, 1);
	fails("unterminated after two records", "a;b\nc;d\n\"e;f\ng;h\n", 2, 3);
	fails("unterminated after a multi-line field",
	      "a;\"1\n2\n3\"\nb;\"x\ny\n", 1, 4);
	fails("lone quote at the end", "a;b\n\n\"", 1, 3);
	fails("quote closed then reopened", "\"a\"\"", 0, 1);

	return tap_done();
}
