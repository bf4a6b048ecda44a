/* keybar.h — the key bar: the most useful keys of the focused view, read
 * from the keymap's tables (ui/keymap.h) and drawn in the free left part
 * of the status line, fitted to its width (the help key always, then by
 * rank while there is room); a click on a hint does what it says. */
#ifndef CS_UI_KEYBAR_H
#define CS_UI_KEYBAR_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#define UI_KEYBAR_MAX 16

/* Where the last draw put each hint; the caller owns it (no allocation). */
struct ui_keybar {
	struct {
		int x, w;       /* columns of the status line */
		int action;
		unsigned code;  /* the first key of its entry (ui_keymap_code) */
	} hint[UI_KEYBAR_MAX];
	size_t n;
};

/* Draws the hints of view (enum ui_view; UI_VIEW_NONE: text is being
 * typed, only the keys that are never text) into row 0 of w from column
 * x, within cols columns, and records where. Returns the columns used. */
int ui_keybar_draw(struct ui_keybar *kb, WINDOW *w, int x, int cols, int view);

/* The width of the shortest bar (the help key alone), and of the whole
 * bar of view. */
int ui_keybar_min_width(int view);
int ui_keybar_width(int view);

/* The index of the hint at column x of the last draw, or -1. */
int ui_keybar_at(const struct ui_keybar *kb, int x);

#endif
