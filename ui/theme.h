/* theme.h — how things look: the attribute of each role (colours when the
 * terminal has them and the user wants them, A_REVERSE/A_BOLD/A_UNDERLINE
 * otherwise) and the glyphs (Unicode, or ASCII when cfg->ascii_only or the
 * locale is not UTF-8). No
 * meaning is carried by colour alone: every status also has a word or a
 * glyph. */
#ifndef CS_UI_THEME_H
#define CS_UI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "config.h"

enum ui_role {
	UI_NORMAL,
	UI_MENU,          /* the menu bar */
	UI_MENU_ACTIVE,   /* the focused pane's entry */
	UI_STATUS,        /* the status line */
	UI_STATUS_DIM,    /* separators and hints in the status line */
	UI_INFO,          /* an information message */
	UI_ERROR,         /* an error message */
	UI_HEADING,       /* column headings, section titles */
	UI_FILTER,        /* an active filter's value */
	UI_SELECTED,      /* the row under the cursor */
	UI_DIM,           /* secondary text */
	UI_STAGE_OPEN,    /* a stage an idea can still move from */
	UI_STAGE_CLOSED,  /* Généralisée and the closed outcomes */
	UI_MARK,          /* "supported by me", "my idea" */
	UI_TITLE,         /* an idea's title in the detail view */
	UI_LABEL,         /* a form field's label */
	UI_LABEL_ACTIVE,  /* the focused field's label */
	UI_FIELD,         /* the cells of an input field */
	UI_BORDER,        /* dialog frames */
	UI_ROLE_COUNT
};

enum ui_glyph {
	UI_G_CURSOR,      /* in front of the selected row or field */
	UI_G_SUPPORTED,   /* supported by me */
	UI_G_MINE,        /* my idea */
	UI_G_MORE_UP,     /* rows above the screen */
	UI_G_MORE_DOWN,   /* rows below the screen */
	UI_G_ELLIPSIS,    /* text cut to fit */
	UI_G_SEP,         /* between items of a line */
	UI_G_ERROR,       /* in front of an error message */
	UI_G_INFO,        /* in front of an information message */
	UI_G_COUNT
};

/* Chooses colours or monochrome and Unicode or ASCII, after initscr:
 * monochrome when cfg->colors is off, NO_COLOR is set (not empty) or the
 * terminal has no colours; ASCII when cfg->ascii_only or when the user's
 * locale is not UTF-8 (ui_theme_locale_utf8). */
void ui_theme_init(const struct cs_config *cfg);

/* True when the environment's NO_COLOR is set and not empty. */
bool ui_theme_no_color(void);

/* True when the locale named by the environment (LC_ALL, else LC_CTYPE,
 * else LANG) has the UTF-8 character set, which is what the terminal is
 * then expected to speak; false for an unset locale (POSIX), C or an
 * ISO-8859 locale. A locale not installed here is judged by its name. */
bool ui_theme_locale_utf8(void);

/* The attributes (with colour pair) of a role. */
attr_t ui_theme_attr(enum ui_role role);

/* Sets the window's current attributes to those of role. */
void ui_theme_set(WINDOW *w, enum ui_role role);

/* The glyph as a UTF-8 string of display width 1 (ASCII in ascii mode,
 * except the ellipsis, which is "~"). */
const char *ui_theme_glyph(enum ui_glyph g);

/* True when lines and glyphs must be ASCII. */
bool ui_theme_ascii(void);

/* Draws a frame around w in the border role (line drawing or ASCII). */
void ui_theme_box(WINDOW *w);

#endif
