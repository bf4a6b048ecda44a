/* text.c — UTF-8 text from users: decoding, sanitising, display width,
 * truncation by columns and accent-insensitive search.
 *
 * Decoding is our own and ignores the locale: overlong forms, surrogates,
 * code points above U+10FFFF and stray or truncated sequences are malformed,
 * and each malformed byte reads as one U+FFFD. Only widths come from the C
 * library (wcwidth), which is why text_init_locale() insists on a UTF-8
 * LC_CTYPE. Sanitising drops everything that can move the cursor or change
 * the terminal's state (C0 and C1 controls, DEL, bidi controls, other format
 * characters), so that a title typed by one agent can be shown on another
 * agent's screen as it is. */
#define _XOPEN_SOURCE 700   /* wcwidth() */
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "text.h"

#define REPLACEMENT 0xFFFDu

/* Decodes one well-formed sequence; returns its length, or 0 when the bytes
 * at s are not the start of one. len must be at least 1. */
static size_t utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned char b = s[0];
	size_t n, i;
	uint32_t c, min;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b < 0xC2) {         /* continuation byte, or overlong lead C0/C1 */
		return 0;
	} else if (b < 0xE0) {
		n = 2;
		c = b & 0x1F;
		min = 0x80;
	} else if (b < 0xF0) {
		n = 3;
		c = b & 0x0F;
		min = 0x800;
	} else if (b < 0xF5) {
		n = 4;
		c = b & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* Writes cp as UTF-8 into out (room for 4 bytes); returns the bytes written. */
static size_t utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static bool codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL &&
	       (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0);
}

bool text_init_locale(void)
{
	setlocale(LC_ALL, "");
	if (codeset_is_utf8())
		return true;
	setlocale(LC_CTYPE, "C.UTF-8");
	return codeset_is_utf8();
}

bool text_is_valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;

	if (s == NULL)
		return len == 0;
	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* With len == 0 there is nothing to decode: *cp is set to 0 and 0 returned. */
size_t text_decode(const char *s, size_t len, uint32_t *cp)
{
	size_t n;

	if (s == NULL || len == 0) {
		*cp = 0;
		return 0;
	}
	n = utf8_decode((const unsigned char *)s, len, cp);
	if (n == 0) {
		*cp = REPLACEMENT;
		return 1;
	}
	return n;
}

/* Code points that are dropped whatever the mode: controls, and format
 * characters that reorder, hide or join text invisibly. '\n', '\r' and
 * '\t' are handled before this is asked; U+200D is text_is_hidden() but
 * text_sanitize() keeps it between two pictographs (emoji sequences). */
bool text_is_hidden(uint32_t cp)
{
	return cp < 0x20 ||
	       (cp >= 0x7F && cp <= 0x9F) ||          /* DEL, C1 */
	       cp == 0x00AD ||                        /* soft hyphen */
	       cp == 0x034F ||                        /* combining grapheme joiner */
	       cp == 0x061C ||                        /* Arabic letter mark */
	       cp == 0x115F || cp == 0x1160 ||        /* Hangul fillers */
	       cp == 0x17B4 || cp == 0x17B5 ||        /* Khmer inherent vowels */
	       cp == 0x180E ||                        /* Mongolian vowel separator */
	       (cp >= 0x200B && cp <= 0x200F) ||      /* zero width, LRM, RLM */
	       (cp >= 0x202A && cp <= 0x202E) ||      /* embeddings, overrides */
	       (cp >= 0x2060 && cp <= 0x206F) ||      /* joiners, invisible operators,
	                                                 isolates, deprecated format */
	       cp == 0x3164 || cp == 0xFFA0 ||        /* Hangul fillers */
	       cp == 0xFEFF ||                        /* BOM, ZWNBSP */
	       (cp >= 0xFFF9 && cp <= 0xFFFB) ||      /* interlinear annotation */
	       (cp >= 0x1D173 && cp <= 0x1D17A) ||    /* musical format */
	       (cp >= 0xE0000 && cp <= 0xE007F);      /* tags */
}

/* Pictographs that U+200D joins into one emoji (family, profession...). */
static bool is_pictograph(uint32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
}

/* A zero width joiner is kept only between two pictographs: elsewhere it
 * only serves to make two names that look the same differ. */
static bool keeps_joiner(uint32_t before, const char *rest, size_t len)
{
	uint32_t next;

	if (!is_pictograph(before) || len == 0)
		return false;
	text_decode(rest, len, &next);
	return is_pictograph(next);
}

char *text_sanitize(const char *s, unsigned flags)
{
	bool multi = (flags & TEXT_MULTI_LINE) != 0;
	bool break_run = false;   /* single line: the last space stands for a break */
	size_t len = s != NULL ? strlen(s) : 0;
	size_t i = 0, o = 0, n;
	uint32_t cp, last = 0;   /* last: the last code point kept */
	char *out, *shrunk;

	if (len > (SIZE_MAX - 1) / 3)
		return NULL;
	out = malloc(len * 3 + 1);   /* a malformed byte grows to 3 bytes */
	if (out == NULL)
		return NULL;
	while (i < len) {
		n = text_decode(s + i, len - i, &cp);
		i += n;
		if (cp == '\r') {
			if (i < len && s[i] == '\n')
				continue;   /* CR LF: the LF makes the break */
			cp = '\n';
		} else if (cp == 0x2028 || cp == 0x2029) {
			cp = '\n';
		}
		if (cp == '\t' && multi)
			cp = ' ';
		if (cp == '\n' && multi) {
			if (o > 0)
				out[o++] = '\n';
			continue;
		}
		if (cp == '\n' || cp == '\t') {
			/* single line: a run of spaces and breaks becomes one space */
			if (o == 0)
				continue;
			while (out[o - 1] == ' ')
				o--;
			out[o++] = ' ';
			break_run = true;
			continue;
		}
		if (cp == ' ') {
			if (o > 0 && !break_run)
				out[o++] = ' ';
			continue;
		}
		if (text_is_hidden(cp)
		    && !(cp == 0x200D && keeps_joiner(last, s + i, len - i)))
			continue;
		break_run = false;
		last = cp;
		o += utf8_encode(cp, out + o);
	}
	while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\n'))
		o--;
	out[o] = '\0';
	shrunk = realloc(out, o + 1);
	return shrunk != NULL ? shrunk : out;
}

size_t text_length(const char *s)
{
	size_t len, i = 0, count = 0;
	uint32_t cp;

	if (s == NULL)
		return 0;
	len = strlen(s);
	while (i < len) {
		i += text_decode(s + i, len - i, &cp);
		count++;
	}
	return count;
}

/* Combining diacritical marks, zero columns even when wcwidth() does not
 * know them (a locale that is not UTF-8). */
static bool is_combining(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) ||
	       (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) ||
	       (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

int text_cp_width(uint32_t cp)
{
	int w;

	if (cp == 0 || is_combining(cp))
		return 0;
	w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1;
	return w > 2 ? 2 : w;
}

int text_width(const char *s)
{
	size_t len, i = 0;
	uint32_t cp;
	int w = 0;

	if (s == NULL)
		return 0;
	len = strlen(s);
	while (i < len) {
		i += text_decode(s + i, len - i, &cp);
		w += text_cp_width(cp);
	}
	return w;
}

int text_fit(const char *s, int cols, bool ellipsis, char *out, size_t outsz)
{
	static const char ell[] = "\xe2\x80\xa6";   /* U+2026, one column */
	size_t len, pos = 0, n, cut_pos = 0;
	size_t room, ell_room;
	uint32_t cp;
	int w = 0, cw, cut_w = 0;

	if (out == NULL || outsz == 0)
		return 0;
	out[0] = '\0';
	if (s == NULL || cols <= 0)
		return 0;
	len = strlen(s);
	room = outsz - 1;
	ell_room = room >= sizeof ell - 1 ? room - (sizeof ell - 1) : 0;
	/* pos/w: longest prefix that fits; cut_pos/cut_w: the longest that
	 * leaves one column and room for the ellipsis */
	while (pos < len) {
		n = text_decode(s + pos, len - pos, &cp);
		cw = text_cp_width(cp);
		if (w + cw > cols || pos + n > room)
			break;
		pos += n;
		w += cw;
		if (w <= cols - 1 && pos <= ell_room) {
			cut_pos = pos;
			cut_w = w;
		}
	}
	if (pos < len && ellipsis && room >= sizeof ell - 1) {
		memcpy(out, s, cut_pos);
		memcpy(out + cut_pos, ell, sizeof ell);
		return cut_w + 1;
	}
	memcpy(out, s, pos);
	out[pos] = '\0';
	return w;
}

size_t text_prefix_bytes(const char *s, int cols)
{
	size_t len, pos = 0, n;
	uint32_t cp;
	int w = 0, cw;

	if (s == NULL || cols <= 0)
		return 0;
	len = strlen(s);
	while (pos < len) {
		n = text_decode(s + pos, len - pos, &cp);
		cw = text_cp_width(cp);
		if (w + cw > cols)
			break;
		pos += n;
		w += cw;
	}
	return pos;
}

/* Folding of U+00C0..U+017F: the base letter in lower case; '.' keeps the
 * code point as it is, '*' is one of the expansions in fold_special(). */
static const char fold_table[] =
	/* U+00C0 */ "aaaaaa*c" "eeeeiiii" "dnooooo." "ouuuuy**"
	/* U+00E0 */ "aaaaaa*c" "eeeeiiii" "dnooooo." "ouuuuy.y"
	/* U+0100 */ "aaaaaacc" "ccccccdd" "ddeeeeee" "eeeegggg"
	/* U+0120 */ "gggghhhh" "iiiiiiii" "ii**jjkk" ".lllllll"
	/* U+0140 */ "llllnnnn" "n...oooo" "oo**rrrr" "rrssssss"
	/* U+0160 */ "sstttttt" "uuuuuuuu" "uuuuwwyy" "yzzzzzzs";

_Static_assert(sizeof fold_table - 1 == 0x180 - 0xC0, "fold_table covers U+00C0..U+017F");

static const char *fold_special(uint32_t cp)
{
	switch (cp) {
	case 0x00C6: case 0x00E6: return "ae";
	case 0x00DF:              return "ss";
	case 0x0132: case 0x0133: return "ij";
	case 0x0152: case 0x0153: return "oe";
	default:                  return NULL;   /* U+00DE, capital thorn */
	}
}

/* Reads a string as a sequence of folded code points. */
struct fold_iter {
	const char *s;
	size_t len, pos;
	const char *pending;   /* rest of an expansion such as "oe" */
};

static void fold_start(struct fold_iter *it, const char *s)
{
	it->s = s;
	it->len = strlen(s);
	it->pos = 0;
	it->pending = NULL;
}

static bool fold_next(struct fold_iter *it, uint32_t *out)
{
	uint32_t cp;
	char c;

	for (;;) {
		if (it->pending != NULL && *it->pending != '\0') {
			*out = (unsigned char)*it->pending++;
			return true;
		}
		it->pending = NULL;
		if (it->pos >= it->len)
			return false;
		it->pos += text_decode(it->s + it->pos, it->len - it->pos, &cp);
		if (cp >= 0x0300 && cp <= 0x036F)
			continue;   /* decomposed accents */
		if (cp >= 'A' && cp <= 'Z') {
			*out = cp + ('a' - 'A');
			return true;
		}
		if (cp < 0xC0 || cp > 0x17F) {
			*out = cp;
			return true;
		}
		c = fold_table[cp - 0xC0];
		if (c == '.') {
			*out = cp;
			return true;
		}
		if (c != '*') {
			*out = (unsigned char)c;
			return true;
		}
		it->pending = fold_special(cp);
		if (it->pending == NULL) {
			*out = 0x00FE;   /* Þ -> þ */
			return true;
		}
	}
}

bool text_contains_folded(const char *haystack, const char *needle)
{
	struct fold_iter start, h, n, first;
	uint32_t a, b;

	if (needle == NULL)
		return true;
	fold_start(&first, needle);
	if (!fold_next(&first, &b))
		return true;
	if (haystack == NULL)
		return false;
	fold_start(&start, haystack);
	for (;;) {
		h = start;
		fold_start(&n, needle);
		for (;;) {
			if (!fold_next(&n, &b))
				return true;
			if (!fold_next(&h, &a))
				return false;   /* the haystack ran out */
			if (a != b)
				break;
		}
		if (!fold_next(&start, &a))
			return false;
	}
}

/* Compares needle with the folded text of it (already started): true when
 * all of needle is consumed. */
static bool folded_prefix(struct fold_iter *h, const char *needle)
{
	struct fold_iter n;
	uint32_t a, b;

	fold_start(&n, needle);
	for (;;) {
		if (!fold_next(&n, &b))
			return true;
		if (!fold_next(h, &a) || a != b)
			return false;
	}
}

bool text_find_folded(const char *haystack, const char *needle,
                      size_t *start, size_t *end)
{
	struct fold_iter first;
	size_t len, pos = 0;
	uint32_t cp;

	if (haystack == NULL || needle == NULL)
		return false;
	fold_start(&first, needle);
	if (!fold_next(&first, &cp))
		return false;
	len = strlen(haystack);
	while (pos < len) {
		struct fold_iter h;
		size_t step = text_decode(haystack + pos, len - pos, &cp);

		if (!(cp >= 0x0300 && cp <= 0x036F)) {
			fold_start(&h, haystack + pos);
			if (folded_prefix(&h, needle)) {
				size_t stop = pos + h.pos;
				/* take the accents that follow the last letter */
				while (stop < len) {
					size_t n = text_decode(haystack + stop,
					                       len - stop, &cp);
					if (cp < 0x0300 || cp > 0x036F)
						break;
					stop += n;
				}
				*start = pos;
				*end = stop;
				return true;
			}
		}
		pos += step ? step : 1;
	}
	return false;
}

static int collate_folded(const char *a, const char *b)
{
	struct fold_iter x, y;
	uint32_t ca, cb;

	fold_start(&x, a);
	fold_start(&y, b);
	for (;;) {
		bool more_a = fold_next(&x, &ca), more_b = fold_next(&y, &cb);
		if (!more_a || !more_b)
			return more_a - more_b;
		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
}

int text_collate(const char *a, size_t alen, const char *b, size_t blen)
{
	char *sa = malloc(alen + 1), *sb = malloc(blen + 1);
	int r;

	if (sa == NULL || sb == NULL) {
		free(sa);
		free(sb);
		r = memcmp(a, b, alen < blen ? alen : blen);
		return r != 0 ? r : (alen > blen) - (alen < blen);
	}
	memcpy(sa, a, alen);
	sa[alen] = '\0';
	memcpy(sb, b, blen);
	sb[blen] = '\0';
	r = collate_folded(sa, sb);
	if (r == 0)
		r = strcmp(sa, sb);
	free(sa);
	free(sb);
	return r;
}

const char *text_clean(const char *s, char *out, size_t outsz)
{
	char *clean;
	size_t len, n, cut = 0;
	uint32_t cp;

	if (out == NULL || outsz == 0)
		return out;
	clean = s != NULL ? text_sanitize(s, TEXT_SINGLE_LINE) : NULL;
	if (clean == NULL) {
		snprintf(out, outsz, "?");
		return out;
	}
	len = strlen(clean);
	while (cut < len) {
		n = text_decode(clean + cut, len - cut, &cp);
		if (cut + n > outsz - 1)
			break;
		cut += n;
	}
	memcpy(out, clean, cut);
	out[cut] = '\0';
	free(clean);
	return out;
}
