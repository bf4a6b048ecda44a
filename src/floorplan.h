/* floorplan.h — reading a floor plan of the Hôtel du département from its
 * text file (data/floors/NAME.plan). Pure parsing: no I/O, no database. The
 * format, meant to be drawn and read by people:
 *
 *   # comments start with '#'
 *   étage: 2
 *   nom: 2e étage — Direction des solidarités
 *   plan:
 *   +--------------------------+-------------+
 *   | [201] [202]   [203]      | Salle       |
 *   |                          | Vercors     |
 *   | [204] [205]              +----   ------+
 *   |                                        |
 *   +----------------------------------------+
 *   fin
 *   201: écran, station
 *   204: accessible, calme
 *
 * Header lines "clé: valeur" (étage: a number from -2 to 30; nom: the
 * floor's name), then "plan:", the drawing, "fin", then one line per desk
 * with attributes (écran, station, accessible, calme; any subset). In the
 * drawing, walls are '+', '-' and '|'; a desk is its label between square
 * brackets ([A-Z0-9-], 1 to 6 characters); anything else is text (room
 * names). The outer wall must be closed: the first and last lines of the
 * drawing are made of '+' and '-' only, every line in between starts and
 * ends with '|' or '+', and all lines are as wide as the first. Labels are
 * unique within a floor. */
#ifndef CS_FLOORPLAN_H
#define CS_FLOORPLAN_H

#include <stdbool.h>
#include <stddef.h>

enum desk_attr {
	DESK_SCREEN     = 1 << 0,  /* écran */
	DESK_DOCK       = 1 << 1,  /* station d'accueil */
	DESK_ACCESSIBLE = 1 << 2,  /* accessible */
	DESK_QUIET      = 1 << 3   /* zone calme */
};

#define FLOORPLAN_LABEL_MAX 7

struct plan_desk {
	char label[FLOORPLAN_LABEL_MAX];
	int row, col;              /* of '[' in the drawing, 0-based */
	unsigned attrs;            /* enum desk_attr bits */
};

struct floorplan {
	int number;
	char *name;
	char **lines;              /* the drawing, one string per line (UTF-8) */
	size_t line_count;
	int width;                 /* in display columns */
	struct plan_desk *desks;
	size_t desk_count;
};

/* Parses buf (len bytes) from the file `source` (named in messages). On
 * error returns false and writes "source:line:column: message" (French)
 * into err. out must be released with floorplan_free() in both cases. */
bool floorplan_parse(const char *source, const char *buf, size_t len,
                     struct floorplan *out, char *err, size_t err_size);
void floorplan_free(struct floorplan *plan);

/* The French words of an attribute set, comma-separated, into buf. */
void floorplan_attrs_text(unsigned attrs, char *buf, size_t size);

#endif
