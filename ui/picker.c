/* picker.c — owns the agent picker: which part of a field is the name
 * being typed, the short list of matches under it (searched in the core,
 * src/agentfind.c, again after each change of that name), the choice
 * written back into the field as "Name (login)", and reading the logins
 * back out of a field's text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agentfind.h"
#include "i18n.h"
#include "keymap.h"
#include "list.h"
#include "paint.h"
#include "picker.h"
#include "theme.h"

/* The most matches shown under the field. */
#define PICKER_ROWS 5

struct ui_picker {
	struct ui_app *app;
	struct cs_db *db;
	size_t field;
	bool several;
	char entry[AGENTFIND_QUERY_MAX + 1];   /* the name searched last */
	struct agentfind_match m[PICKER_ROWS];
	size_t count, total;
	struct ui_list list;   /* the matches: the cursor, clicks (ui/list.c) */
	bool open;
};

/* Match i under the field (the list's draw_row). */
static void
draw_match(void *self, WINDOW *w, int y, int x, int cols, size_t i, bool sel)
{
	struct ui_picker *pk = self;
	char buf[AGENT_NAME_MAX + AGENT_LOGIN_MAX + 8];

	snprintf(buf, sizeof buf, " %s (%s)", pk->m[i].name, pk->m[i].login);
	ui_paint_put(w, y, x, cols, buf, sel ? ui_theme_attr(UI_SELECTED) | A_BOLD
	                                     : ui_theme_attr(UI_MENU), UI_PUT_PAD);
}

static const struct ui_list_ops match_ops = { draw_match, NULL, NULL, NULL };

struct ui_picker *
ui_picker_new(struct ui_app *app, struct cs_db *db, size_t field, bool several)
{
	struct ui_picker *pk = calloc(1, sizeof *pk);

	if (pk == NULL)
		return NULL;
	pk->app = app;
	pk->db = db;
	pk->field = field;
	pk->several = several;
	ui_list_init(&pk->list, &match_ops, pk, app);
	return pk;
}

void
ui_picker_free(struct ui_picker *pk)
{
	if (pk)
		ui_list_free(&pk->list);
	free(pk);
}

bool
ui_picker_open(const struct ui_picker *pk)
{
	return pk != NULL && pk->open;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Where the name being typed starts in text: after the last comma of a
 * field for several, and after the spaces that follow it. */
static size_t
entry_start(const struct ui_picker *pk, const char *text)
{
	const char *comma = pk->several ? strrchr(text, ',') : NULL;
	size_t at = comma ? (size_t)(comma - text) + 1 : 0;

	while (is_space(text[at]))
		at++;
	return at;
}

/* "Name (login)": an entry already chosen, nothing to search. */
static bool
is_chosen(const char *entry)
{
	size_t n = strlen(entry);

	while (n > 0 && is_space(entry[n - 1]))
		n--;
	return n > 2 && entry[n - 1] == ')' && memchr(entry, '(', n) != NULL;
}

static unsigned
close_list(struct ui_picker *pk)
{
	if (!pk->open)
		return UI_DONE;
	pk->open = false;
	return UI_PAINT;
}

unsigned
ui_picker_follow(struct ui_picker *pk, struct ui_form *form)
{
	struct cs_error err;
	char *text;
	const char *entry;
	enum cs_status st;

	if (pk == NULL || form == NULL)
		return UI_DONE;
	if (ui_form_focused(form) != pk->field) {
		pk->entry[0] = '\0';
		return close_list(pk);
	}
	if ((text = ui_form_text(form, pk->field)) == NULL)
		return UI_DONE;
	entry = text + entry_start(pk, text);
	if (strcmp(entry, pk->entry) == 0) {
		free(text);
		return UI_DONE;
	}
	if (strlen(entry) > AGENTFIND_QUERY_MAX || is_chosen(entry)) {
		pk->entry[0] = '\0';
		free(text);
		return close_list(pk);
	}
	snprintf(pk->entry, sizeof pk->entry, "%s", entry);
	free(text);
	st = agentfind_read(pk->db, pk->entry, pk->m, PICKER_ROWS, &pk->count,
	                    &pk->total, &err);
	if (st != CS_OK) {
		/* busy or unreadable: said in the status line; the next key
		 * searches again */
		ui_app_result(pk->app, st, &err);
		pk->entry[0] = '\0';
		return close_list(pk) | UI_PAINT;
	}
	if (pk->count == 0)
		return close_list(pk);
	pk->open = true;
	ui_list_set_count(&pk->list, pk->count);
	ui_list_set(&pk->list, 0, 0);
	return UI_PAINT;
}

/* Writes match i into the field in place of the name being typed, with
 * ", " after it when next; closes the list. */
static bool
choose(struct ui_picker *pk, struct ui_form *form, size_t i, bool next)
{
	char name[AGENT_NAME_MAX], *text, *out = NULL;
	size_t at, size;
	bool done = false;

	pk->open = false;
	pk->entry[0] = '\0';
	if (i >= pk->count)
		return false;
	/* commas and parentheses in a name would read as separators */
	snprintf(name, sizeof name, "%s", pk->m[i].name);
	for (char *c = name; *c; c++)
		if (*c == ',' || *c == '(' || *c == ')')
			*c = ' ';
	text = ui_form_text(form, pk->field);
	if (text != NULL) {
		at = entry_start(pk, text);
		size = at + strlen(name) + strlen(pk->m[i].login) + 8;
		if ((out = malloc(size)) != NULL)
			snprintf(out, size, "%.*s%s%s (%s)%s", (int)at, text,
			         at > 0 && !is_space(text[at - 1]) ? " " : "", name,
			         pk->m[i].login, next ? ", " : "");
	}
	if (out == NULL)
		ui_app_error(pk->app, "%s", _("Out of memory."));
	else if (!(done = ui_form_set_text(form, pk->field, out)))
		ui_app_error(pk->app, "%s", _("The field cannot hold another name."));
	free(text);
	free(out);
	return done;
}

bool
ui_picker_key(struct ui_picker *pk, struct ui_form *form,
              const struct ui_key *k, unsigned *bits, bool *pass_on)
{
	size_t row;

	*bits = UI_DONE;
	*pass_on = false;
	if (pk == NULL || form == NULL || !pk->open
	    || ui_form_focused(form) != pk->field)
		return false;
	if (ui_app_key_func(k, KEY_UP) || ui_app_key_func(k, KEY_DOWN)) {
		ui_list_act(&pk->list, ui_app_key_func(k, KEY_UP) ? UI_ACT_UP
		                                                  : UI_ACT_DOWN);
		*bits = UI_PAINT;
		return true;
	}
	if (ui_app_key_char(k, UI_ESC)) {
		*bits = close_list(pk);
		return true;
	}
	if (ui_app_key_enter(k)) {
		/* several: stay for the next name; one: on to the next field */
		choose(pk, form, pk->list.nav.cur, pk->several);
		*pass_on = !pk->several;
		*bits = UI_PAINT;
		return true;
	}
	if (ui_app_key_char(k, '\t')) {
		choose(pk, form, pk->list.nav.cur, false);
		*pass_on = true;
		*bits = UI_PAINT;
		return true;
	}
	if (k->kind == UI_KEY_CLICK &&
	    ui_list_row_at(&pk->list, k->y, k->x, &row) && row < pk->count) {
		choose(pk, form, row, pk->several);
		*bits = UI_PAINT;
		return true;
	}
	return false;
}

void
ui_picker_draw(struct ui_picker *pk, struct ui_form *form, WINDOW *win)
{
	int cy, cx, y, x, w, maxy, maxx, rows, top, shown;
	char buf[AGENT_NAME_MAX + AGENT_LOGIN_MAX + 8];

	if (pk == NULL || form == NULL || !pk->open
	    || ui_form_focused(form) != pk->field
	    || !ui_form_field_cells(form, pk->field, &y, &x, &w))
		return;
	getyx(win, cy, cx);
	getmaxyx(win, maxy, maxx);
	if (w > 50)
		w = 50;
	if (x + w > maxx)
		w = maxx - x;
	rows = (int)pk->count + (pk->total > pk->count);
	/* under the field, keeping the form view's last row; above it when
	 * a field near the bottom leaves more room there */
	top = y + 1;
	if (rows > maxy - 2 - y && y - 1 > maxy - 2 - y) {
		if (rows > y - 1)
			rows = y - 1;
		top = y - rows;
	} else if (rows > maxy - 2 - y) {
		rows = maxy - 2 - y;
	}
	shown = rows < (int)pk->count ? rows : (int)pk->count;
	if (w > 2 && shown > 0) {
		/* placed where the field is now: a click is read there */
		ui_list_place(&pk->list, win, top, x, shown, w);
		ui_list_draw(&pk->list, true);
	}
	if (w > 2 && rows > shown) {
		snprintf(buf, sizeof buf, " ");
		snprintf(buf + 1, sizeof buf - 1,
		         P_("%zu agent matches: type more of the name",
		            "%zu agents match: type more of the name", pk->total),
		         pk->total);
		ui_paint_put(win, top + shown, x, w, buf, ui_theme_attr(UI_DIM),
		             UI_PUT_PAD);
	}
	wattrset(win, A_NORMAL);
	wmove(win, cy, cx);
	wnoutrefresh(win);
}

enum cs_status
ui_picker_logins(struct ui_picker *pk, const char *text, char *buf,
                 size_t bufsize, const char **logins, size_t max,
                 size_t *count, struct cs_error *err)
{
	size_t len = strlen(text);
	char *save = NULL;

	*count = 0;
	if (len + 1 > bufsize)
		return cs_error_set(err, CS_ERR_DATA, "%s", _("Too many names."));
	memcpy(buf, text, len + 1);
	for (char *e = strtok_r(buf, ",", &save); e != NULL;
	     e = strtok_r(NULL, ",", &save)) {
		char *end = e + strlen(e), *open, *word, *wsave = NULL;
		enum cs_status st;
		while (is_space(*e))
			e++;
		while (end > e && is_space(end[-1]))
			*--end = '\0';
		open = strrchr(e, '(');
		if (end > e && end[-1] == ')' && open != NULL) {
			/* "Name (login)" */
			end[-1] = '\0';
			e = open + 1;
		} else if (strpbrk(e, " \t") != NULL
		           && (st = agentfind_read_resembles(pk->db, e, err)) != CS_OK) {
			return st;   /* a name typed and not chosen */
		}
		for (word = strtok_r(e, " \t()", &wsave); word != NULL;
		     word = strtok_r(NULL, " \t()", &wsave)) {
			if (*count == max)
				return cs_error_set(err, CS_ERR_DATA, "%s", _("Too many names."));
			logins[(*count)++] = word;
		}
	}
	return CS_OK;
}
