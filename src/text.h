/* text.h — UTF-8 text from users: validation, sanitising, display width and
 * truncation by terminal columns. Everything shown on a terminal or stored
 * from a user passes through text_sanitize(), so that no agent can send
 * escape sequences, C1 controls or bidi overrides to another agent's screen.
 * Decoding is done here, independent of the locale; widths use wcwidth(),
 * which needs a UTF-8 LC_CTYPE (text_init_locale() arranges that). */
#ifndef CS_TEXT_H
#define CS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum text_flags {
	TEXT_SINGLE_LINE = 0,     /* newlines and tabs become spaces */
	TEXT_MULTI_LINE  = 1 << 0 /* keep '\n' (CR LF / CR become '\n'), tabs -> spaces */
};

/* Sets LC_ALL from the environment; when the resulting character set is not
 * UTF-8, falls back to C.UTF-8 for LC_CTYPE. Returns true when UTF-8 is in force. */
bool text_init_locale(void);

/* True when s[0..len) is well-formed UTF-8 (no overlongs, surrogates or
 * code points above U+10FFFF). */
bool text_is_valid_utf8(const char *s, size_t len);

/* Decodes one code point at s (at most len bytes); stores it in *cp and
 * returns the bytes used (>= 1). Malformed input yields U+FFFD and 1 byte. */
size_t text_decode(const char *s, size_t len, uint32_t *cp);

/* True for the code points text_sanitize() drops: C0 and C1 controls, DEL,
 * bidi controls (U+061C, U+200E-F, U+202A-E, U+2066-9), zero-width and other
 * invisible format characters (U+00AD, U+180E, U+200B-D, U+2060-4, U+FEFF,
 * tags...). json_write_string() escapes the same ones. */
bool text_is_hidden(uint32_t cp);

/* A newly allocated sanitised copy of s: invalid UTF-8 becomes U+FFFD;
 * every text_is_hidden() code point is dropped (C0 controls but '\n' with
 * TEXT_MULTI_LINE; a zero width joiner is kept between two pictographs, as
 * in emoji sequences); leading and trailing white space is trimmed.
 * Returns NULL only when out of memory. The caller frees. */
char *text_sanitize(const char *s, unsigned flags);

/* The same sanitising (TEXT_SINGLE_LINE) into a caller's buffer, for text
 * printed from fixed-size records (a lock record's host): out (size outsz,
 * at least 1) is always NUL-terminated, cut on a character boundary when
 * too small; "?" when s is NULL or memory runs out. Returns out. */
const char *text_clean(const char *s, char *out, size_t outsz);

/* Number of code points in a UTF-8 string. */
size_t text_length(const char *s);

/* Display width in terminal columns of a (sanitised) UTF-8 string;
 * characters wcwidth() rejects count as one column. */
int text_width(const char *s);

/* Display width of one code point (0, 1 or 2). */
int text_cp_width(uint32_t cp);

/* Copies into out (size outsz, always NUL-terminated) the longest prefix of s
 * that fits in cols columns; when s is cut and ellipsis is true, the last
 * column holds "…". Never cuts inside a character. Returns the width used. */
int text_fit(const char *s, int cols, bool ellipsis, char *out, size_t outsz);

/* Byte length of the prefix of s that fits in cols columns. */
size_t text_prefix_bytes(const char *s, int cols);

/* Case- and accent-insensitive containment test ("eleve" finds "Élève"),
 * for filtering lists already in memory. */
bool text_contains_folded(const char *haystack, const char *needle);

/* Where needle first occurs in haystack, compared the same way (case and
 * accents ignored): true with the match as the bytes [*start, *end) of
 * haystack, whole characters (an "oe" found in "œ" covers the "œ"). False
 * when it does not occur or either is NULL; an empty needle never matches
 * here. Searching from a later point: pass haystack + offset. */
bool text_find_folded(const char *haystack, const char *needle,
                      size_t *start, size_t *end);

/* Orders two UTF-8 strings of the given byte lengths the way a French
 * reader expects: case and accents ignored first ("Élodie" between "Eliane"
 * and "Emma"), then byte order to break ties. Negative, zero or positive. */
int text_collate(const char *a, size_t alen, const char *b, size_t blen);

#endif
