/* paint.h — putting text on the screen safely: every string that comes from
 * the core or from a user is sanitised (text_sanitize) and fitted by display
 * columns (never by bytes) before it reaches curses; wide-character buffers
 * for the input fields and the wrapped views; word wrap by columns. */
#ifndef CS_UI_PAINT_H
#define CS_UI_PAINT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

enum ui_put_flags {
	UI_PUT_PAD   = 1u << 0,  /* fill the rest of cols with spaces */
	UI_PUT_RIGHT = 1u << 1   /* align to the right end of cols */
};

/* Draws s sanitised to one line and cut to cols columns (with an ellipsis
 * when cut) at (y, x) of w with attributes attr. Returns the columns drawn
 * (cols with UI_PUT_PAD). Nothing is drawn when cols <= 0. */
int ui_paint_put(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr,
                 unsigned flags);

/* Draws s sanitised (line breaks kept) and wrapped to width columns from
 * (y, x) of w, at most max_rows rows, in attr. Returns the number of rows
 * the whole text needs; with w NULL only measures. */
int ui_paint_wrapped(WINDOW *w, int y, int x, int width, int max_rows,
                     const char *s, attr_t attr);

/* Draws s[0..n) at (y, x) of w (the caller has sanitised and fitted it),
 * folded to ASCII in ASCII mode. */
void ui_paint_addnwstr(WINDOW *w, int y, int x, const wchar_t *s, size_t n);

/* Draws one cell's UTF-8 glyph g at (y, x) of w (folded to ASCII in ASCII
 * mode); g is ours or sanitised already. */
void ui_paint_cell(WINDOW *w, int y, int x, const char *g);

/* The ASCII character cp is shown as in ASCII mode ("é" gives 'e', an
 * unknown character '?'), or 0 for a combining mark (shown as nothing). */
int ui_paint_ascii_char(uint32_t cp);

/* Copies the UTF-8 s[0..len) folded to ASCII into out (NUL-terminated,
 * cut when out is full): as many bytes as s has display columns, so the
 * result is never longer than s and out may be s. Returns its length. */
size_t ui_paint_ascii(const char *s, size_t len, char *out, size_t outsz);

/* Fills cols cells from (y, x) with spaces in attr. */
void ui_paint_fill(WINDOW *w, int y, int x, int cols, attr_t attr);

/* Copies s sanitised to one line and cut to cols columns (ellipsis when
 * cut) into out; returns the width used. */
int ui_paint_fit(const char *s, int cols, char *out, size_t outsz);

/* A newly allocated wide copy of the UTF-8 string s (invalid bytes become
 * U+FFFD), NUL-terminated; *len receives its length. NULL when out of
 * memory. The caller frees. */
wchar_t *ui_paint_wide(const char *s, size_t *len);

/* A newly allocated UTF-8 copy of s[0..len). NULL when out of memory. */
char *ui_paint_narrow(const wchar_t *s, size_t len);

/* Display width of s[0..n) (each character 0, 1 or 2 columns). */
int ui_paint_width(const wchar_t *s, size_t n);
int ui_paint_cwidth(wchar_t c);

/* One line of wrapped text: s[start..end). */
struct ui_span {
	size_t start, end;
};

/* Breaks s[0..len) into lines of at most width columns: at '\n', else after
 * the last space that fits, else inside a word too long for a line. A space
 * at the break stays at the end of its line (it may be the column after
 * width). An empty text is one empty line. *out receives a newly allocated
 * array (the caller frees); returns the number of lines, 0 when out of
 * memory. */
size_t ui_paint_wrap(const wchar_t *s, size_t len, int width,
                     struct ui_span **out);

#endif
