/* csv.c — reading RFC 4180 CSV held in memory, one record at a time.
 *
 * The separator is ';' or ',', whichever the first non-empty line has more
 * of outside quotes (',' on a tie). A field is quoted only when its first
 * character is '"'; inside it, "" is a quote and line ends are data. Text
 * after a closing quote is kept as it is, and so is a quote in the middle
 * of an unquoted field: the reader is lenient about everything except an
 * unterminated quote. Line ends are LF, CR LF or a lone CR, and line numbers
 * count physical lines, including those inside quoted fields. The buffer is
 * never read past len and need not be NUL-terminated; fields are copied
 * byte for byte (sanitising them is the caller's business). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

/* A growing byte string. */
struct strbuf {
	char *p;
	size_t len, cap;
};

static bool strbuf_put(struct strbuf *b, char c)
{
	char *p;
	size_t cap;

	if (b->len + 1 >= b->cap) {
		if (b->cap > SIZE_MAX / 2)
			return false;
		cap = b->cap != 0 ? b->cap * 2 : 32;
		p = realloc(b->p, cap);
		if (p == NULL)
			return false;
		b->p = p;
		b->cap = cap;
	}
	b->p[b->len++] = c;
	return true;
}

/* Length of the line end at pos (LF, CR LF or CR), or 0 when there is none. */
static size_t eol_len(const char *buf, size_t len, size_t pos)
{
	if (pos >= len)
		return 0;
	if (buf[pos] == '\n')
		return 1;
	if (buf[pos] == '\r')
		return pos + 1 < len && buf[pos + 1] == '\n' ? 2 : 1;
	return 0;
}

/* ';' when the first non-empty line has more ';' than ',' outside quotes. */
static char detect_sep(const char *buf, size_t len, size_t pos)
{
	size_t semi = 0, comma = 0;
	bool quoted = false, field_start = true;
	char c;

	while (pos < len && eol_len(buf, len, pos) != 0)
		pos++;
	for (; pos < len; pos++) {
		c = buf[pos];
		if (quoted) {
			if (c != '"')
				continue;
			if (pos + 1 < len && buf[pos + 1] == '"')
				pos++;
			else
				quoted = false;
			continue;
		}
		if (c == '\n' || c == '\r')
			break;
		if (c == '"' && field_start) {
			quoted = true;
			field_start = false;
			continue;
		}
		field_start = c == ';' || c == ',';
		if (c == ';')
			semi++;
		else if (c == ',')
			comma++;
	}
	return semi > comma ? ';' : ',';
}

void csv_init(struct csv_reader *r, const char *buf, size_t len)
{
	r->buf = buf;
	r->len = buf != NULL ? len : 0;
	r->pos = 0;
	if (r->len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		r->pos = 3;
	r->sep = detect_sep(r->buf, r->len, r->pos);
	r->line = 1;
	r->next_line = 1;
}

void csv_record_free(struct csv_record *rec)
{
	size_t i;

	if (rec == NULL)
		return;
	for (i = 0; i < rec->count; i++)
		free(rec->fields[i]);
	free(rec->fields);
	rec->fields = NULL;
	rec->count = 0;
}

/* Appends the finished field in b to rec; b is handed over and reset. */
static bool push_field(struct csv_record *rec, size_t *cap, struct strbuf *b)
{
	char **fields;
	size_t ncap;

	if (b->p == NULL) {   /* an empty field */
		if (!strbuf_put(b, '\0'))
			return false;
		b->len = 0;
	}
	b->p[b->len] = '\0';   /* strbuf_put always leaves room for it */
	if (rec->count == *cap) {
		if (*cap > SIZE_MAX / 2 / sizeof *fields)
			return false;
		ncap = *cap != 0 ? *cap * 2 : 8;
		fields = realloc(rec->fields, ncap * sizeof *fields);
		if (fields == NULL)
			return false;
		rec->fields = fields;
		*cap = ncap;
	}
	rec->fields[rec->count++] = b->p;
	b->p = NULL;
	b->len = b->cap = 0;
	return true;
}

/* Reads one field at r->pos, stopping before the separator or line end.
 * Returns 1, or -1 on an unterminated quote or no memory. */
static int read_field(struct csv_reader *r, struct strbuf *b)
{
	const char *buf = r->buf;
	size_t len = r->len, eol;
	char c;

	if (r->pos < len && buf[r->pos] == '"') {
		r->pos++;
		for (;;) {
			if (r->pos >= len)
				return -1;
			c = buf[r->pos];
			if (c == '"') {
				if (r->pos + 1 < len && buf[r->pos + 1] == '"') {
					if (!strbuf_put(b, '"'))
						return -1;
					r->pos += 2;
					continue;
				}
				r->pos++;
				break;
			}
			eol = eol_len(buf, len, r->pos);
			if (eol != 0) {
				r->next_line++;
				if (eol == 2 && !strbuf_put(b, '\r'))
					return -1;
				c = buf[r->pos + eol - 1];
				r->pos += eol - 1;
			}
			if (!strbuf_put(b, c))
				return -1;
			r->pos++;
		}
	}
	while (r->pos < len && buf[r->pos] != r->sep &&
	       eol_len(buf, len, r->pos) == 0) {
		if (!strbuf_put(b, buf[r->pos]))
			return -1;
		r->pos++;
	}
	return 1;
}

int csv_next(struct csv_reader *r, struct csv_record *rec)
{
	struct strbuf b = { NULL, 0, 0 };
	size_t cap = 0, eol;

	rec->fields = NULL;
	rec->count = 0;
	rec->line = r->next_line;
	while ((eol = eol_len(r->buf, r->len, r->pos)) != 0) {
		r->pos += eol;
		r->next_line++;
	}
	if (r->pos >= r->len)
		return 0;
	r->line = rec->line = r->next_line;
	for (;;) {
		if (read_field(r, &b) < 0 || !push_field(rec, &cap, &b))
			goto fail;
		if (r->pos < r->len && r->buf[r->pos] == r->sep) {
			r->pos++;
			continue;
		}
		eol = eol_len(r->buf, r->len, r->pos);
		if (eol != 0) {
			r->pos += eol;
			r->next_line++;
		}
		return 1;
	}
fail:
	free(b.p);
	csv_record_free(rec);
	r->pos = r->len;   /* nothing sensible follows */
	return -1;
}
