/* csv.h — a reader for RFC 4180 CSV with ';' or ',' separators (French
 * spreadsheets write ';'), quoted fields with doubled quotes and embedded
 * newlines, CR LF or LF line ends, an optional UTF-8 BOM. Pure parsing:
 * no I/O, no database. */
#ifndef CS_CSV_H
#define CS_CSV_H

#include <stdbool.h>
#include <stddef.h>

struct csv_reader {
	const char *buf;
	size_t len, pos;
	char sep;             /* detected from the first line */
	size_t line;          /* line number (1-based) where the record starts */
	size_t next_line;
};

struct csv_record {
	char **fields;
	size_t count;
	size_t line;          /* first line of the record */
};

/* Starts reading buf; detects the separator from the first line (';' when
 * it has more ';' than ','). Skips a UTF-8 byte order mark. */
void csv_init(struct csv_reader *r, const char *buf, size_t len);

/* Reads the next record into rec (fields newly allocated; free with
 * csv_record_free). Returns 1 for a record, 0 at the end, -1 on an
 * unterminated quote (rec->line tells where it started) or no memory.
 * Empty lines are skipped. */
int csv_next(struct csv_reader *r, struct csv_record *rec);
void csv_record_free(struct csv_record *rec);

#endif
