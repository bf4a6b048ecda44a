/* labels.h — short texts the panes put in narrow places (ui/labels.c): a
 * direction without the words every direction starts with, and the
 * "▼ … 12 more" marker of a list cut short. */
#ifndef CS_UI_LABELS_H
#define CS_UI_LABELS_H

#include <stddef.h>

#include "theme.h"

/* The direction d without its "Direction de la", "Direction des"...
 * ("Direction des solidarités" gives "solidarités"): a pointer into d,
 * or "" when d is NULL. */
const char *ui_labels_direction(const char *d);

/* Writes "arrow … N more" (n rows hidden that way) into buf. */
void ui_labels_more(char *buf, size_t size, enum ui_glyph arrow, size_t n);

#endif
