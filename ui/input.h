/* input.h — the terminal conventions of the interactive program that are
 * not keys of the keymap: bracketed paste (the terminal marks pasted text
 * with ESC [ 200 ~ ... ESC [ 201 ~, which curses hands over as plain
 * characters; it is gathered here into one paste, never run as keys) and
 * suspending with Ctrl-Z or SIGTSTP (the screen is given back, the process
 * group stops, and everything is set up again on SIGCONT). */
#ifndef CS_UI_INPUT_H
#define CS_UI_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* A paste, as the shell hands it to the focused pane (struct ui_key of
 * kind UI_KEY_PASTE). A form field that takes it sets taken; one that
 * refuses it says why in refused (translated); with neither, nothing
 * could take text there and the shell says so. */
struct ui_paste {
	wchar_t *text;      /* owned by the paste, NUL-terminated */
	size_t len, cap;
	bool truncated;     /* longer than UI_PASTE_MAX: refused whole */
	bool taken;
	char refused[256];
};

/* Longest paste gathered (characters); a longer one is refused whole. */
#define UI_PASTE_MAX 65536

/* Asks the terminal to bracket pastes (after newterm, and again after a
 * suspension); ui_input_stop() asks it to stop (before endwin). Both are
 * written at once, between two refreshes of curses. */
void ui_input_start(void);
void ui_input_stop(void);

/* Called with what wget_wch() returned (r, wch): when it is the ESC that
 * opens a bracketed paste, reads the rest of the paste into paste (emptied
 * first) and returns true; otherwise puts back whatever it read after the
 * ESC, in order, and returns false (the ESC is then a key). A paste whose
 * end marker does not come within a second of silence ends there. */
bool ui_input_paste(int r, wint_t wch, struct ui_paste *paste);

/* Releases paste's text. */
void ui_paste_free(struct ui_paste *paste);

/* Installs the SIGTSTP handler (before newterm, so that curses installs
 * none of its own; a SIGTSTP ignored by whoever started us stays
 * ignored). The handler only sets a flag. */
void ui_input_catch_suspend(void);
void ui_input_release_suspend(void);

/* True (and the flag cleared) when a SIGTSTP arrived since the last call. */
bool ui_input_suspend_requested(void);

/* Suspends: bracketed paste off, endwin(), the process group stopped like
 * a Ctrl-Z in a cooked terminal would; returns once continued, with the
 * terminal set up again (program mode, bracketed paste) and curses told
 * to repaint everything at the next refresh. */
void ui_input_suspend(void);

#endif
