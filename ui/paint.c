/* paint.c — owns the last step between a string and the terminal. Text from
 * the database is untrusted (a title can hold ESC sequences, C1 controls or
 * bidi overrides), so ui_paint_put() sanitises again on display, whatever
 * the core did on input, and cuts by display columns with text_fit(). The
 * wide buffers and the word wrap serve the input fields, the dialogs and
 * the detail view. In ASCII mode (ui_theme_ascii: a terminal that does not
 * speak UTF-8) every character is folded to ASCII on its way out, column
 * for column ("é" becomes "e", a double-width character "??", a combining
 * accent nothing), so that no UTF-8 byte reaches such a terminal and the
 * layout measured in columns still holds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "paint.h"
#include "text.h"
#include "theme.h"

/* text_sanitize() trims white space; the spaces around our own labels
 * (" Idées ") are layout, so they are put back around the cleaned text. */
static char *
keep_spaces(const char *s)
{
	size_t lead = strspn(s, " "), len = strlen(s), trail = 0, n;
	char *clean, *out;

	while (trail < len - lead && s[len - 1 - trail] == ' ')
		trail++;
	clean = text_sanitize(s, TEXT_SINGLE_LINE);
	if (clean == NULL || (lead == 0 && trail == 0))
		return clean;
	n = strlen(clean);
	out = malloc(lead + n + trail + 1);
	if (out != NULL) {
		memset(out, ' ', lead);
		memcpy(out + lead, clean, n);
		memset(out + lead + n, ' ', trail);
		out[lead + n + trail] = '\0';
	}
	free(clean);
	return out;
}

/* U+00A0..U+00FF folded to one ASCII character each. */
static const char latin1_fold[] =
	" !cLoY|S\"ca\"--r-o+23'uP.,1o\"????"
	"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"
	"aaaaaaaceeeeiiiidnooooo/ouuuuyty";

/* Other characters our own strings and the floor plans use. */
static const struct {
	uint32_t cp;
	char c;
} other_fold[] = {
	{ 0x0152, 'O' }, { 0x0153, 'o' }, { 0x0178, 'Y' },
	{ 0x2009, ' ' }, { 0x200a, ' ' }, { 0x2010, '-' }, { 0x2011, '-' },
	{ 0x2013, '-' }, { 0x2014, '-' }, { 0x2018, '\'' }, { 0x2019, '\'' },
	{ 0x201c, '"' }, { 0x201d, '"' }, { 0x2022, '*' }, { 0x2026, '~' },
	{ 0x202f, ' ' }, { 0x20ac, 'E' }, { 0x2190, '<' }, { 0x2191, '^' },
	{ 0x2192, '>' }, { 0x2193, 'v' }, { 0x2500, '-' }, { 0x2502, '|' },
	{ 0x25b2, '^' }, { 0x25b6, '>' }, { 0x25b8, '>' }, { 0x25bc, 'v' },
	{ 0x25c0, '<' }, { 0x25cb, 'o' }, { 0x25cf, '@' }, { 0x2605, '*' },
	{ 0x2713, '+' }, { 0x2715, 'x' }, { 0x2717, '!' },
};

int
ui_paint_ascii_char(uint32_t cp)
{
	if (cp < 0x80)
		return (int)cp;
	if (text_cp_width(cp) == 0)
		return 0;
	if (cp >= 0xa0 && cp <= 0xff)
		return latin1_fold[cp - 0xa0];
	if (cp >= 0x2500 && cp <= 0x257f)   /* box drawing */
		return '+';
	for (size_t i = 0; i < sizeof other_fold / sizeof other_fold[0]; i++)
		if (other_fold[i].cp == cp)
			return other_fold[i].c;
	return '?';
}

size_t
ui_paint_ascii(const char *s, size_t len, char *out, size_t outsz)
{
	size_t i = 0, k = 0;

	if (outsz == 0)
		return 0;
	while (i < len && s[i] != '\0') {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		int c = ui_paint_ascii_char(cp);
		int cw = c == 0 ? 0 : (cp < 0x80 ? 1 : text_cp_width(cp));

		if (n == 0)
			n = 1;
		if (cw < 0)
			cw = 1;
		if (k + (size_t)cw >= outsz)
			break;
		for (int j = 0; j < cw; j++)   /* "??" for a double width */
			out[k++] = (char)c;
		i += n;
	}
	out[k] = '\0';
	return k;
}

void
ui_paint_addnwstr(WINDOW *w, int y, int x, const wchar_t *s, size_t n)
{
	char buf[256];
	size_t k = 0;

	if (!ui_theme_ascii()) {
		mvwaddnwstr(w, y, x, s, (int)n);
		return;
	}
	wmove(w, y, x);
	for (size_t i = 0; i < n; i++) {
		uint32_t cp = (uint32_t)s[i];
		int c = ui_paint_ascii_char(cp);
		int cw = c == 0 ? 0 : (cp < 0x80 ? 1 : text_cp_width(cp));

		if (k + 2 >= sizeof buf) {
			buf[k] = '\0';
			waddstr(w, buf);
			k = 0;
		}
		for (int j = 0; j < cw; j++)
			buf[k++] = (char)c;
	}
	buf[k] = '\0';
	waddstr(w, buf);
}

void
ui_paint_cell(WINDOW *w, int y, int x, const char *g)
{
	char buf[8];

	if (!ui_theme_ascii()) {
		mvwaddstr(w, y, x, g);
		return;
	}
	ui_paint_ascii(g, strlen(g), buf, sizeof buf);
	mvwaddstr(w, y, x, buf);
}

int
ui_paint_fit(const char *s, int cols, char *out, size_t outsz)
{
	char *clean;
	int used;

	if (outsz == 0)
		return 0;
	out[0] = '\0';
	if (cols <= 0 || s == NULL)
		return 0;
	clean = keep_spaces(s);
	if (clean == NULL)
		return 0;
	if (!ui_theme_ascii()) {
		used = text_fit(clean, cols, true, out, outsz);
	} else {
		/* text_fit's ellipsis is "…"; ASCII terminals get "~" */
		used = text_fit(clean, cols, false, out, outsz);
		if (strlen(out) < strlen(clean)) {
			used = text_fit(clean, cols - 1, false, out, outsz);
			if (strlen(out) + 2 <= outsz) {
				strcat(out, "~");
				used++;
			}
		}
		/* never longer: each character gives as many bytes as columns */
		ui_paint_ascii(out, strlen(out), out, outsz);
	}
	free(clean);
	return used;
}

void
ui_paint_fill(WINDOW *w, int y, int x, int cols, attr_t attr)
{
	if (cols <= 0)
		return;
	wattrset(w, (int)attr);
	mvwhline(w, y, x, ' ', cols);
}

int
ui_paint_put(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr,
             unsigned flags)
{
	char buf[1024];
	int used;

	if (cols <= 0)
		return 0;
	if (cols > 250)
		cols = 250;  /* 4 bytes a column fit in buf */
	used = ui_paint_fit(s, cols, buf, sizeof buf);
	wattrset(w, (int)attr);
	if ((flags & UI_PUT_RIGHT) && used < cols) {
		if (flags & UI_PUT_PAD)
			mvwhline(w, y, x, ' ', cols - used);
		x += cols - used;
		flags &= ~(unsigned)UI_PUT_PAD;
	}
	mvwaddstr(w, y, x, buf);
	if ((flags & UI_PUT_PAD) && used < cols) {
		mvwhline(w, y, x + used, ' ', cols - used);
		return cols;
	}
	return (flags & UI_PUT_RIGHT) ? cols : used;
}

int
ui_paint_wrapped(WINDOW *w, int y, int x, int width, int max_rows,
                 const char *s, attr_t attr)
{
	char *clean = text_sanitize(s ? s : "", TEXT_MULTI_LINE);
	size_t len, n = 0;
	wchar_t *text = clean ? ui_paint_wide(clean, &len) : NULL;
	struct ui_span *sp = NULL;

	free(clean);
	if (text == NULL)
		return 0;
	n = ui_paint_wrap(text, len, width, &sp);
	for (size_t i = 0; w != NULL && i < n && (int)i < max_rows; i++) {
		size_t end = sp[i].end;
		while (end > sp[i].start &&
		       ui_paint_width(text + sp[i].start, end - sp[i].start) > width)
			end--;
		wattrset(w, (int)attr);
		if (end > sp[i].start)
			ui_paint_addnwstr(w, y + (int)i, x, text + sp[i].start,
			                  end - sp[i].start);
	}
	free(sp);
	free(text);
	return (int)n;
}

wchar_t *
ui_paint_wide(const char *s, size_t *len)
{
	size_t n = s ? strlen(s) : 0, i = 0, k = 0;
	wchar_t *w = malloc((n + 1) * sizeof *w);

	if (w == NULL)
		return NULL;
	while (i < n) {
		uint32_t cp;

		i += text_decode(s + i, n - i, &cp);
		w[k++] = (wchar_t)cp;
	}
	w[k] = L'\0';
	if (len)
		*len = k;
	return w;
}

char *
ui_paint_narrow(const wchar_t *s, size_t len)
{
	char *out = malloc(len * 4 + 1), *p = out;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		uint32_t c = (uint32_t)s[i];

		if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			c = 0xfffd;
		if (c < 0x80) {
			*p++ = (char)c;
		} else if (c < 0x800) {
			*p++ = (char)(0xc0 | (c >> 6));
			*p++ = (char)(0x80 | (c & 0x3f));
		} else if (c < 0x10000) {
			*p++ = (char)(0xe0 | (c >> 12));
			*p++ = (char)(0x80 | ((c >> 6) & 0x3f));
			*p++ = (char)(0x80 | (c & 0x3f));
		} else {
			*p++ = (char)(0xf0 | (c >> 18));
			*p++ = (char)(0x80 | ((c >> 12) & 0x3f));
			*p++ = (char)(0x80 | ((c >> 6) & 0x3f));
			*p++ = (char)(0x80 | (c & 0x3f));
		}
	}
	*p = '\0';
	return out;
}

int
ui_paint_cwidth(wchar_t c)
{
	return text_cp_width((uint32_t)c);
}

int
ui_paint_width(const wchar_t *s, size_t n)
{
	int w = 0;

	for (size_t i = 0; i < n; i++)
		w += ui_paint_cwidth(s[i]);
	return w;
}

/* Appends a span, growing the array; false when out of memory. */
static bool
push_span(struct ui_span **v, size_t *n, size_t *cap, size_t start,
          size_t end)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct ui_span *nv = realloc(*v, ncap * sizeof *nv);

		if (nv == NULL)
			return false;
		*v = nv;
		*cap = ncap;
	}
	(*v)[*n].start = start;
	(*v)[(*n)++].end = end;
	return true;
}

/* A space where a line may break: not inside French quotes or before the
 * punctuation French sets after a space ("« facile »", "oui : non"). */
static bool
may_break(const wchar_t *s, size_t start, size_t i, size_t end)
{
	if (i > start && s[i - 1] == L'\u00ab')
		return false;
	if (i + 1 < end && wcschr(L":;!?\u00bb", s[i + 1]) != NULL)
		return false;
	return true;
}

size_t
ui_paint_wrap(const wchar_t *s, size_t len, int width, struct ui_span **out)
{
	struct ui_span *v = NULL;
	size_t n = 0, cap = 0, pos = 0;

	if (width < 1)
		width = 1;
	for (;;) {
		size_t para_end = pos, line = pos;

		while (para_end < len && s[para_end] != L'\n')
			para_end++;
		if (line == para_end && !push_span(&v, &n, &cap, line, line))
			goto oom;
		while (line < para_end) {
			size_t i = line, brk = 0;
			int col = 0;

			while (i < para_end) {
				int cw = ui_paint_cwidth(s[i]);

				if (col + cw > width)
					break;
				col += cw;
				if (s[i] == L' ' && may_break(s, line, i, para_end))
					brk = i + 1;
				i++;
			}
			if (i >= para_end)
				brk = para_end;
			else if (s[i] == L' ' && may_break(s, line, i, para_end))
				brk = i + 1;      /* the space that overflows */
			else if (brk <= line)
				brk = i > line ? i : line + 1;  /* cut the word */
			if (!push_span(&v, &n, &cap, line, brk))
				goto oom;
			line = brk;
		}
		if (para_end >= len)
			break;
		pos = para_end + 1;  /* a text ending with '\n' ends with "" */
	}
	*out = v;
	return n;
oom:
	free(v);
	*out = NULL;
	return 0;
}
