/* assist.c — owns the box that chooses the agent a facilitator acts for
 * (see assist.h): one form field under a short explanation, the agent
 * picker's list of matches under it, and the reading of the login named
 * (ui_picker_logins: "Marie Dupont (mdupont)" chosen, or a login typed). */
#include <stdlib.h>
#include <string.h>

#include "assist.h"
#include "form.h"
#include "i18n.h"
#include "paint.h"
#include "picker.h"
#include "theme.h"

#define BOX_H 12   /* the field, then the picker's list under it */

struct ui_assist {
	struct ui_form *form;
	struct ui_picker *pk;
	WINDOW *win;
};

struct ui_assist *
ui_assist_new(struct ui_app *app, struct cs_db *db)
{
	struct ui_assist *a = calloc(1, sizeof *a);
	struct ui_form_field f = { _("Agent:"), UI_FIELD_LINE, 240, NULL };

	if (a == NULL)
		return NULL;
	a->form = ui_form_new(&f, 1, true);
	a->pk = ui_picker_new(app, db, 0, false);
	if (a->form == NULL || a->pk == NULL) {
		ui_assist_free(a);
		return NULL;
	}
	return a;
}

void
ui_assist_free(struct ui_assist *a)
{
	if (a == NULL)
		return;
	ui_form_free(a->form);
	ui_picker_free(a->pk);
	if (a->win)
		delwin(a->win);
	free(a);
}

void
ui_assist_layout(struct ui_assist *a, int lines, int cols)
{
	int w = cols - 4 > 64 ? 64 : cols - 4, h = lines - 2 > BOX_H ? BOX_H : lines - 2;

	if (a->win)
		delwin(a->win);
	a->win = newwin(h, w, (lines - h) / 2, (cols - w) / 2);
	if (a->win)
		keypad(a->win, FALSE);
}

void
ui_assist_draw(struct ui_assist *a)
{
	int h, w;

	if (a->win == NULL)
		return;
	getmaxyx(a->win, h, w);
	werase(a->win);
	ui_theme_set(a->win, UI_BORDER);
	ui_theme_box(a->win);
	wattrset(a->win, A_NORMAL);
	ui_paint_put(a->win, 0, 2, w - 4, _(" Act for an agent "),
	             ui_theme_attr(UI_BORDER) | A_BOLD, 0);
	ui_paint_wrapped(a->win, 1, 2, w - 4, 2,
	                 _("Type part of the agent's name or login, then choose: "
	                   "everything you do is then recorded for them."),
	                 ui_theme_attr(UI_DIM));
	ui_paint_put(a->win, h - 1, 2, w - 4, _(" Enter: act for them   Esc: cancel "),
	             ui_theme_attr(UI_BORDER), 0);
	ui_form_draw(a->form, a->win, 4, 2, 1, w - 4);
	ui_picker_draw(a->pk, a->form, a->win);
	wnoutrefresh(a->win);
}

WINDOW *
ui_assist_cursor(struct ui_assist *a)
{
	return a->win;
}

/* Enter with the list closed: the one agent the field names. */
static enum ui_assist_result
submit(struct ui_assist *a, char login[AGENT_LOGIN_MAX], struct cs_error *err)
{
	char *text = ui_form_text(a->form, 0);
	char buf[512];
	const char *logins[2];
	size_t n = 0;
	enum cs_status st;

	if (text == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, "%s", _("Out of memory.")),
		       UI_ASSIST_REFUSED;
	st = ui_picker_logins(a->pk, text, buf, sizeof buf, logins, 2, &n, err);
	free(text);
	if (st == CS_OK && n == 0)
		st = cs_error_set(err, CS_ERR_DATA, "%s",
		                  _("Type part of the agent's name, then choose them."));
	else if (st == CS_OK && n > 1)
		st = cs_error_set(err, CS_ERR_DATA, "%s",
		                  _("One agent at a time: choose one name."));
	if (st != CS_OK)
		return UI_ASSIST_REFUSED;
	snprintf(login, AGENT_LOGIN_MAX, "%s", logins[0]);
	return UI_ASSIST_CHOSEN;
}

enum ui_assist_result
ui_assist_key(struct ui_assist *a, const struct ui_key *k, char login[AGENT_LOGIN_MAX],
              struct cs_error *err)
{
	unsigned bits = UI_DONE;
	bool pass_on = false;

	if (ui_picker_key(a->pk, a->form, k, &bits, &pass_on) && !pass_on)
		return bits ? UI_ASSIST_PAINT : UI_ASSIST_NONE;
	switch (ui_form_key(a->form, k)) {
	case UI_FORM_SUBMIT:
		return submit(a, login, err);
	case UI_FORM_CANCEL:
		return UI_ASSIST_CANCEL;
	default:
		ui_picker_follow(a->pk, a->form);
		return UI_ASSIST_PAINT;
	}
}
