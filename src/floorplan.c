/* floorplan.c — the parser of floor plan files (format in floorplan.h):
 * header, drawing, desk attributes; every refusal names its line and
 * column. Must never read out of bounds on any input (it is fuzzed). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "floorplan.h"
#include "i18n.h"
#include "text.h"

#define PLAN_MAX_LINES 200
#define PLAN_MAX_DESKS 400

static const struct { const char *word; unsigned bit; } attr_words[] = {
	{ "écran", DESK_SCREEN }, { "ecran", DESK_SCREEN },
	{ "station", DESK_DOCK },
	{ "accessible", DESK_ACCESSIBLE },
	{ "calme", DESK_QUIET },
};

struct parser {
	const char *source;
	char *err;
	size_t err_size;
	bool failed;
};

__attribute__((format(printf, 4, 5)))
static bool fail(struct parser *p, size_t line, int col, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	if (p->failed)
		return false;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(p->err, p->err_size, "%s:%zu:%d: %s", p->source, line, col, msg);
	p->failed = true;
	return false;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static bool is_wall(char c)
{
	return c == '+' || c == '-' || c == '|';
}

static bool label_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

/* Scans one drawing line for [LABEL]s; col counts display columns. */
static bool scan_desks(struct parser *p, struct floorplan *fp, const char *line,
                       size_t lineno, int row)
{
	int col = 0;

	for (size_t i = 0; line[i]; ) {
		uint32_t cp;
		size_t n = text_decode(line + i, strlen(line + i), &cp);
		if (line[i] == '[') {
			size_t k = i + 1;
			struct plan_desk d;
			while (line[k] && label_char(line[k]) && k - i - 1 < FLOORPLAN_LABEL_MAX)
				k++;
			if (line[k] != ']')
				return fail(p, lineno, col + 1,
				            _("a desk label is 1 to 6 capital letters, digits or '-', "
				              "closed by ']'"));
			if (k == i + 1)
				return fail(p, lineno, col + 1, _("empty desk label"));
			if (k - i - 1 >= FLOORPLAN_LABEL_MAX)
				return fail(p, lineno, col + 1, _("desk label too long"));
			memset(&d, 0, sizeof d);
			memcpy(d.label, line + i + 1, k - i - 1);
			d.row = row;
			d.col = col;
			for (size_t j = 0; j < fp->desk_count; j++)
				if (strcmp(fp->desks[j].label, d.label) == 0)
					return fail(p, lineno, col + 1,
					            _("desk %s is drawn twice (first on row %d)"), d.label,
					            fp->desks[j].row + 1);
			if (fp->desk_count == PLAN_MAX_DESKS)
				return fail(p, lineno, col + 1, _("too many desks on one floor"));
			fp->desks[fp->desk_count++] = d;
			col += (int)(k - i + 1);
			i = k + 1;
			continue;
		}
		col += text_cp_width(cp) > 0 ? text_cp_width(cp) : 0;
		i += n;
	}
	return true;
}

static bool check_walls(struct parser *p, struct floorplan *fp, size_t first_lineno)
{
	for (size_t r = 0; r < fp->line_count; r++) {
		const char *l = fp->lines[r];
		size_t len = strlen(l);
		size_t lineno = first_lineno + r;
		if (len == 0)
			return fail(p, lineno, 1, _("empty line in the drawing: the outer wall is open"));
		if (r == 0 || r + 1 == fp->line_count) {
			for (size_t i = 0; i < len; i++)
				if (l[i] != '+' && l[i] != '-')
					return fail(p, lineno, (int)i + 1,
					            _("the outer wall is open: the first and last lines of the "
					              "drawing are made of '+' and '-' only"));
		} else if (text_width(l) != text_width(fp->lines[0])) {
			return fail(p, lineno, text_width(l) + 1,
			            _("the outer wall is open: every line of the drawing is as wide "
			              "as its first line"));
		} else if (!is_wall(l[0]) || !is_wall(l[len - 1]) || l[0] == '-' || l[len - 1] == '-') {
			return fail(p, lineno, is_wall(l[0]) && l[0] != '-' ? text_width(l) : 1,
			            _("the outer wall is open: each line of the drawing starts and "
			              "ends with '|' or '+'"));
		}
	}
	return true;
}

static bool parse_attrs(struct parser *p, struct floorplan *fp, char *line, size_t lineno)
{
	char *colon = strchr(line, ':'), *label, *list, *save = NULL;
	struct plan_desk *d = NULL;

	if (colon == NULL)
		return fail(p, lineno, 1, _("expected \"LABEL: attributes\""));
	*colon = '\0';
	label = trim(line);
	list = colon + 1;
	for (size_t j = 0; j < fp->desk_count; j++)
		if (strcmp(fp->desks[j].label, label) == 0)
			d = &fp->desks[j];
	if (d == NULL)
		return fail(p, lineno, 1, _("desk %s is not drawn on the plan"), label);
	for (char *w = strtok_r(list, ",", &save); w != NULL; w = strtok_r(NULL, ",", &save)) {
		char *word = trim(w);
		bool known = false;
		for (size_t k = 0; k < sizeof attr_words / sizeof attr_words[0]; k++) {
			if (strcmp(word, attr_words[k].word) == 0) {
				d->attrs |= attr_words[k].bit;
				known = true;
			}
		}
		if (!known && word[0] != '\0')
			return fail(p, lineno, (int)(word - line) + 1,
			            _("unknown attribute \"%s\" (écran, station, accessible, calme)"),
			            word);
	}
	return true;
}

bool floorplan_parse(const char *source, const char *buf, size_t len,
                     struct floorplan *fp, char *err, size_t err_size)
{
	struct parser p = { source, err, err_size, false };
	enum { HEADER, DRAWING, ATTRS } part = HEADER;
	size_t lineno = 0, pos = 0, drawing_start = 0;
	bool have_number = false, closed = false;

	memset(fp, 0, sizeof *fp);
	err[0] = '\0';
	if (!text_is_valid_utf8(buf, len))
		return fail(&p, 1, 1, _("the file is not valid UTF-8 text"));
	fp->lines = calloc(PLAN_MAX_LINES, sizeof *fp->lines);
	fp->desks = calloc(PLAN_MAX_DESKS, sizeof *fp->desks);
	if (fp->lines == NULL || fp->desks == NULL)
		return fail(&p, 1, 1, _("out of memory"));

	while (pos < len && !p.failed) {
		size_t end = pos;
		char *line, *t;
		while (end < len && buf[end] != '\n')
			end++;
		lineno++;
		line = malloc(end - pos + 1);
		if (line == NULL)
			return fail(&p, lineno, 1, _("out of memory"));
		memcpy(line, buf + pos, end - pos);
		line[end - pos] = '\0';
		if (strlen(line) > 0 && line[strlen(line) - 1] == '\r')
			line[strlen(line) - 1] = '\0';
		pos = end + 1;

		if (part == DRAWING) {
			t = trim(line);
			if (strcmp(t, "fin") == 0) {
				part = ATTRS;
				closed = true;
			} else if (fp->line_count == PLAN_MAX_LINES) {
				fail(&p, lineno, 1, _("the drawing is too long (at most 200 lines)"));
			} else {
				/* keep the drawing as drawn, without trailing blanks */
				char *e = line + strlen(line);
				while (e > line && (e[-1] == ' ' || e[-1] == '\t'))
					*--e = '\0';
				if (strchr(line, '\t') != NULL)
					fail(&p, lineno, (int)(strchr(line, '\t') - line) + 1,
					     _("tabs are not allowed in the drawing: use spaces"));
				else if (scan_desks(&p, fp, line, lineno, (int)fp->line_count)) {
					if (text_width(line) > fp->width)
						fp->width = text_width(line);
					fp->lines[fp->line_count++] = line;
					line = NULL;
				}
			}
			free(line);
			continue;
		}
		t = trim(line);
		if (t[0] == '\0' || t[0] == '#') {
			free(line);
			continue;
		}
		/* "clé : valeur" as French typography writes it is "clé: valeur" too */
		if (part != ATTRS) {
			char *colon = strchr(t, ':');
			if (colon != NULL && colon > t && colon[-1] == ' ') {
				char *k = colon - 1;
				while (k > t && k[-1] == ' ')
					k--;
				memmove(k, colon, strlen(colon) + 1);
			}
		}
		if (part == ATTRS) {
			parse_attrs(&p, fp, t, lineno);
		} else if (strcmp(t, "plan:") == 0) {
			part = DRAWING;
			drawing_start = lineno + 1;
		} else if (strncmp(t, "étage:", strlen("étage:")) == 0
		           || strncmp(t, "etage:", 6) == 0) {
			char *v = trim(strchr(t, ':') + 1), *endp;
			long n = strtol(v, &endp, 10);
			if (*v == '\0' || *endp != '\0' || n < -2 || n > 30)
				fail(&p, lineno, 1, _("the floor number is a whole number from -2 to 30"));
			fp->number = (int)n;
			have_number = true;
		} else if (strncmp(t, "nom:", 4) == 0) {
			char *v = trim(t + 4);
			free(fp->name);
			fp->name = text_sanitize(v, TEXT_SINGLE_LINE);
		} else {
			fail(&p, lineno, 1, _("expected \"étage:\", \"nom:\" or \"plan:\""));
		}
		free(line);
	}
	if (p.failed)
		return false;
	if (!have_number)
		return fail(&p, 1, 1, _("the plan does not say which floor it is (étage:)"));
	if (fp->name == NULL || fp->name[0] == '\0')
		return fail(&p, 1, 1, _("the floor has no name (nom:)"));
	if (part == HEADER)
		return fail(&p, lineno ? lineno : 1, 1, _("no drawing (plan: ... fin)"));
	if (!closed)
		return fail(&p, lineno, 1, _("the drawing is not ended by \"fin\""));
	if (fp->line_count < 3)
		return fail(&p, drawing_start, 1, _("the drawing needs at least three lines"));
	if (!check_walls(&p, fp, drawing_start))
		return false;
	if (fp->desk_count == 0)
		return fail(&p, drawing_start, 1, _("no desk on this floor"));
	return true;
}

void floorplan_free(struct floorplan *fp)
{
	for (size_t i = 0; fp->lines && i < fp->line_count; i++)
		free(fp->lines[i]);
	free(fp->lines);
	free(fp->desks);
	free(fp->name);
	memset(fp, 0, sizeof *fp);
}

void floorplan_attrs_text(unsigned attrs, char *buf, size_t size)
{
	static const struct { unsigned bit; const char *word; } names[] = {
		{ DESK_SCREEN, N_("screen") }, { DESK_DOCK, N_("docking station") },
		{ DESK_ACCESSIBLE, N_("accessible") }, { DESK_QUIET, N_("quiet zone") },
	};
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		int n;
		if (!(attrs & names[i].bit))
			continue;
		n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", _(names[i].word));
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
}
