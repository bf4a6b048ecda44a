/* labels.c — owns the short texts that the idea board and the kanban both
 * put where room is scarce: a direction cut to the words that tell it
 * apart (where a heading or the card already says "Direction"; the detail
 * view and the filters give the full name), and the marker under or above
 * a list that does not fit, with the glyphs of the theme. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "labels.h"

const char *
ui_labels_direction(const char *d)
{
	static const char *const prefixes[] = {
		"Direction de la ", "Direction de l'", "Direction de l\u2019",
		"Direction des ", "Direction du ", "Direction de ", "Direction ",
	};

	if (d == NULL)
		return "";
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(d, prefixes[i], n) == 0 && d[n] != '\0')
			return d + n;
	}
	return d;
}

void
ui_labels_more(char *buf, size_t size, enum ui_glyph arrow, size_t n)
{
	char count[64];

	snprintf(count, sizeof count, P_("%zu more", "%zu more", n), n);
	snprintf(buf, size, "%s %s %s", ui_theme_glyph(arrow),
	         ui_theme_glyph(UI_G_ELLIPSIS), count);
}
