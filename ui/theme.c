/* theme.c — owns the look of the front end: one table giving each role its
 * colour version and its monochrome version, and one table of glyphs in
 * Unicode and in ASCII. Colours are used only when the configuration allows
 * them, NO_COLOR is not set (https://no-color.org: any non-empty value) and
 * the terminal has them; the terminal's own background is kept
 * (use_default_colors). ASCII is used when the configuration asks for it or
 * when the user's locale is not UTF-8 (LANG=C, an ISO-8859 locale): the
 * program itself runs under a UTF-8 LC_CTYPE (text_init_locale), so the
 * terminal's character set is read from the locale the environment names.
 * The tables are set once, after initscr, and read only afterwards. */
#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "theme.h"

struct role_style {
	short fg, bg;       /* colour pair, -1 = terminal default */
	attr_t colour_attr; /* with colours */
	attr_t mono_attr;   /* without */
};

static const struct role_style styles[UI_ROLE_COUNT] = {
	[UI_NORMAL]       = { -1, -1, A_NORMAL, A_NORMAL },
	[UI_MENU]         = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[UI_MENU_ACTIVE]  = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_BOLD },
	[UI_STATUS]       = { -1, -1, A_NORMAL, A_NORMAL },
	[UI_STATUS_DIM]   = { COLOR_CYAN, -1, A_NORMAL, A_DIM },
	[UI_INFO]         = { COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_REVERSE },
	[UI_ERROR]        = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	[UI_HEADING]      = { -1, -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[UI_FILTER]       = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[UI_SELECTED]     = { -1, -1, A_REVERSE, A_REVERSE },
	[UI_DIM]          = { -1, -1, A_DIM, A_DIM },
	[UI_STAGE_OPEN]   = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[UI_STAGE_CLOSED] = { -1, -1, A_DIM, A_DIM },
	[UI_MARK]         = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[UI_TITLE]        = { -1, -1, A_BOLD, A_BOLD },
	[UI_LABEL]        = { -1, -1, A_NORMAL, A_NORMAL },
	[UI_LABEL_ACTIVE] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[UI_FIELD]        = { -1, -1, A_UNDERLINE, A_UNDERLINE },
	[UI_BORDER]       = { COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
};

static const char *const glyphs[UI_G_COUNT][2] = {
	/* Unicode, ASCII */
	[UI_G_CURSOR]    = { "\u25b8", ">" },  /* ▸ */
	[UI_G_SUPPORTED] = { "\u2713", "+" },  /* ✓ */
	[UI_G_MINE]      = { "\u25cf", "*" },  /* ● */
	[UI_G_MORE_UP]   = { "\u25b2", "^" },  /* ▲ */
	[UI_G_MORE_DOWN] = { "\u25bc", "v" },  /* ▼ */
	[UI_G_ELLIPSIS]  = { "\u2026", "~" },  /* … */
	[UI_G_SEP]       = { "\u2502", "|" },  /* │ */
	[UI_G_ERROR]     = { "\u2717", "!" },  /* ✗ */
	[UI_G_INFO]      = { "\u2022", "*" },  /* • */
};

static attr_t role_attr[UI_ROLE_COUNT];
static bool ascii;

bool
ui_theme_no_color(void)
{
	const char *v = getenv("NO_COLOR");

	return v != NULL && v[0] != '\0';
}

/* True when a codeset name is UTF-8 ("UTF-8", "utf8"). */
static bool
codeset_utf8(const char *cs)
{
	return cs != NULL &&
	       (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0);
}

bool
ui_theme_locale_utf8(void)
{
	const char *name = getenv("LC_ALL");
	locale_t loc;
	bool utf8;

	if (name == NULL || name[0] == '\0')
		name = getenv("LC_CTYPE");
	if (name == NULL || name[0] == '\0')
		name = getenv("LANG");
	if (name == NULL || name[0] == '\0')
		return false;   /* the POSIX locale: ASCII */
	loc = newlocale(LC_CTYPE_MASK, name, (locale_t)0);
	if (loc != (locale_t)0) {
		utf8 = codeset_utf8(nl_langinfo_l(CODESET, loc));
		freelocale(loc);
		return utf8;
	}
	/* not installed here (an SSH client's locale): its name says what
	 * the terminal speaks ("fr_FR.UTF-8", "de_DE.utf8@euro") */
	const char *dot = strchr(name, '.');
	if (dot == NULL)
		return false;
	char cs[32];
	size_t n = strcspn(dot + 1, "@");
	if (n >= sizeof cs)
		return false;
	memcpy(cs, dot + 1, n);
	cs[n] = '\0';
	return codeset_utf8(cs);
}

void
ui_theme_init(const struct cs_config *cfg)
{
	bool colour = cfg->colors && !ui_theme_no_color() && has_colors() &&
	              start_color() == OK;

	ascii = cfg->ascii_only || !ui_theme_locale_utf8();
	if (colour)
		use_default_colors();
	for (int r = 0; r < UI_ROLE_COUNT; r++) {
		const struct role_style *s = &styles[r];

		if (!colour) {
			role_attr[r] = s->mono_attr;
			continue;
		}
		role_attr[r] = s->colour_attr;
		if (s->fg != -1 || s->bg != -1) {
			/* pair numbers follow the roles; 0 is the default pair */
			if (r < COLOR_PAIRS && init_pair((short)r, s->fg, s->bg) == OK)
				role_attr[r] |= COLOR_PAIR(r);
			else
				role_attr[r] = s->mono_attr;
		}
	}
}

attr_t
ui_theme_attr(enum ui_role role)
{
	return role_attr[role];
}

void
ui_theme_set(WINDOW *w, enum ui_role role)
{
	wattrset(w, (int)role_attr[role]);
}

const char *
ui_theme_glyph(enum ui_glyph g)
{
	return glyphs[g][ascii ? 1 : 0];
}

bool
ui_theme_ascii(void)
{
	return ascii;
}

void
ui_theme_box(WINDOW *w)
{
	attr_t a = role_attr[UI_BORDER];

	if (ascii)
		wborder(w, '|' | a, '|' | a, '-' | a, '-' | a,
		        '+' | a, '+' | a, '+' | a, '+' | a);
	else
		wborder(w, ACS_VLINE | a, ACS_VLINE | a, ACS_HLINE | a,
		        ACS_HLINE | a, ACS_ULCORNER | a, ACS_URCORNER | a,
		        ACS_LLCORNER | a, ACS_LRCORNER | a);
}
