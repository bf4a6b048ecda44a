/* filters.c — owns the idea filters of the idea board and the stage kanban:
 * their state (stage, direction, category, only mine, search words), the
 * "Filters" menu and the dialogs it leads to (the stage, a direction or a
 * category among those in use, the search words), the keys f, x and / and
 * the "only my ideas" toggle, and the filter line at the top of the pane.
 *
 * The dialogs go through the shell (ui_app_dialog) with the struct
 * ui_filters as their owner, so the pane that embeds it never sees them:
 * it is called back through changed() once the filters differ, and reads
 * its ideas again there. Every text goes to the screen through
 * ui_paint_put(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dialog.h"
#include "filters.h"
#include "i18n.h"
#include "keymap.h"
#include "paint.h"
#include "text.h"
#include "theme.h"

enum dialog_tag { DLG_MENU, DLG_STAGE, DLG_DIRECTION, DLG_CATEGORY,
                  DLG_SEARCH };

static unsigned filters_dialog_done(void *owner, int tag,
                                    const struct ui_dialog *d, bool ok);

/* ---- small helpers --------------------------------------------------- */

static void
replace(char **slot, const char *value)
{
	free(*slot);
	*slot = value && value[0] ? strdup(value) : NULL;
}

static void
free_choices(struct ui_filters *f)
{
	if (f->choices)
		ideas_strings_free(f->choices, f->nchoices);
	f->choices = NULL;
	f->nchoices = 0;
}

static const char *
stage_filter_label(int stage)
{
	if (stage == -1)
		return _("all");
	if (stage == IDEA_FILTER_OPEN)
		return _("open");
	return stage_label((enum cs_stage)stage);
}

static struct ui_app *
app_of(const struct ui_filters *f)
{
	return f->ctx->app;
}

/* ---- state ----------------------------------------------------------- */

void
ui_filters_init(struct ui_filters *f, const struct ui_ctx *ctx,
                bool with_stage, ui_filters_changed_fn changed, void *owner)
{
	memset(f, 0, sizeof *f);
	f->stage = -1;
	f->ctx = ctx;
	f->with_stage = with_stage;
	f->changed = changed;
	f->owner = owner;
}

void
ui_filters_free(struct ui_filters *f)
{
	free_choices(f);
	free(f->direction);
	free(f->category);
	free(f->search);
	f->direction = f->category = f->search = NULL;
}

bool
ui_filters_active(const struct ui_filters *f)
{
	return f->stage != -1 || f->direction || f->category || f->mine ||
	       f->search;
}

struct idea_filter
ui_filters_query(const struct ui_filters *f)
{
	struct idea_filter flt = {
		f->stage, f->direction, f->category, f->mine, f->search
	};
	return flt;
}

static unsigned
clear_all(struct ui_filters *f)
{
	if (!ui_filters_active(f))
		return UI_DONE;
	f->stage = -1;
	f->mine = false;
	replace(&f->direction, NULL);
	replace(&f->category, NULL);
	replace(&f->search, NULL);
	return f->changed(f->owner);
}

static unsigned
toggle_mine(struct ui_filters *f)
{
	f->mine = !f->mine;
	return f->changed(f->owner);
}

/* ---- the filter line ------------------------------------------------- */

/* Appends "label value" to row 0 of w at *x. */
static void
put_filter(WINDOW *w, int cols, int *x, const char *label, const char *value)
{
	if (cols - *x < 4)
		return;
	*x += ui_paint_put(w, 0, *x, cols - *x, "  ", A_NORMAL, 0);
	*x += ui_paint_put(w, 0, *x, cols - *x, label, A_NORMAL, 0);
	if (value) {
		*x += ui_paint_put(w, 0, *x, cols - *x, " ", A_NORMAL, 0);
		*x += ui_paint_put(w, 0, *x, cols - *x, value,
		                   ui_theme_attr(UI_FILTER), 0);
	}
}

int
ui_filters_draw(const struct ui_filters *f, WINDOW *w, size_t total,
                int cols, int view)
{
	static const struct ui_hint none[] = {
		{ UI_ACT_FILTER, UI_ACT_NONE, N_("filters") },
		{ UI_ACT_SEARCH, UI_ACT_NONE, N_("search") },
	};
	static const struct ui_hint clear = {
		UI_ACT_CLEAR_FILTERS, UI_ACT_NONE, N_("clear")
	};
	char buf[256], keys[128];
	int x;

	snprintf(buf, sizeof buf, P_("%zu idea", "%zu ideas", total), total);
	x = ui_paint_put(w, 0, 0, cols, buf, A_BOLD, 0);
	if (!ui_filters_active(f)) {
		/* the keys from the keymap of the view: the keys that work */
		ui_keymap_hints(view, none, 2, keys, sizeof keys);
		/* TRANSLATORS: the hints, "f: filters   /: search" */
		snprintf(buf, sizeof buf, _("no filter (%s)"), keys);
		put_filter(w, cols, &x, buf, NULL);
		return x;
	}
	if (f->stage != -1)
		put_filter(w, cols, &x, _("stage:"),
		           stage_filter_label(f->stage));
	if (f->direction)
		put_filter(w, cols, &x, _("direction:"), f->direction);
	if (f->category)
		put_filter(w, cols, &x, _("category:"), f->category);
	if (f->mine)
		put_filter(w, cols, &x, _("only:"), _("mine"));
	if (f->search) {
		snprintf(buf, sizeof buf, "\u00ab %s \u00bb", f->search);
		put_filter(w, cols, &x, _("search:"), buf);
	}
	if (ui_keymap_hints(view, &clear, 1, keys, sizeof keys) > 0) {
		snprintf(buf, sizeof buf, "(%s)", keys);
		put_filter(w, cols, &x, buf, NULL);
	}
	return x;
}

/* ---- dialogs --------------------------------------------------------- */

unsigned
ui_filters_menu(struct ui_filters *f)
{
	char items[6][512];
	const char *v[6];
	size_t n = 0;

	if (f->with_stage)
		snprintf(items[n++], sizeof items[0], _("Stage: %s"),
		         stage_filter_label(f->stage));
	snprintf(items[n++], sizeof items[0], _("Direction: %s"),
	         f->direction ? f->direction : _("all"));
	snprintf(items[n++], sizeof items[0], _("Category: %s"),
	         f->category ? f->category : _("all"));
	snprintf(items[n++], sizeof items[0], _("Only my ideas: %s"),
	         f->mine ? _("yes") : _("no"));
	snprintf(items[n++], sizeof items[0], _("Search: %s"),
	         f->search ? f->search : _("none"));
	snprintf(items[n++], sizeof items[0], "%s", _("Clear all the filters"));
	for (size_t i = 0; i < n; i++)
		v[i] = items[i];
	ui_app_dialog(app_of(f), ui_dialog_choice(_("Filters"), v, n, 0),
	              filters_dialog_done, f, DLG_MENU);
	return UI_DONE;
}

static void
open_stage_choice(struct ui_filters *f)
{
	const char *v[STAGE_COUNT + 2];
	size_t sel = 0;

	v[0] = _("All stages");
	v[1] = _("Open stages (not closed)");
	for (int s = 0; s < STAGE_COUNT; s++)
		v[2 + s] = stage_label((enum cs_stage)s);
	if (f->stage == IDEA_FILTER_OPEN)
		sel = 1;
	else if (f->stage >= 0)
		sel = (size_t)f->stage + 2;
	ui_app_dialog(app_of(f),
	              ui_dialog_choice(_("Stage"), v, STAGE_COUNT + 2, sel),
	              filters_dialog_done, f, DLG_STAGE);
}

/* Direction or category: "all" then the values in use. */
static void
open_value_choice(struct ui_filters *f, bool direction)
{
	struct cs_error err;
	enum cs_status st;
	const char **v;
	const char *current = direction ? f->direction : f->category;
	size_t sel = 0;

	free_choices(f);
	cs_error_clear(&err);
	st = direction
	   ? ideas_directions(f->ctx->db, &f->choices, &f->nchoices, &err)
	   : ideas_categories(f->ctx->db, &f->choices, &f->nchoices, &err);
	if (!ui_app_result(app_of(f), st, &err))
		return;
	v = calloc(f->nchoices + 1, sizeof *v);
	if (v == NULL)
		return;
	v[0] = direction ? _("All directions") : _("All categories");
	for (size_t i = 0; i < f->nchoices; i++) {
		v[i + 1] = f->choices[i];
		if (current && strcmp(current, f->choices[i]) == 0)
			sel = i + 1;
	}
	ui_app_dialog(app_of(f),
	              ui_dialog_choice(direction ? _("Direction") : _("Category"),
	                               v, f->nchoices + 1, sel),
	              filters_dialog_done, f,
	              direction ? DLG_DIRECTION : DLG_CATEGORY);
	free(v);
}

void
ui_filters_search(struct ui_filters *f)
{
	ui_app_dialog(app_of(f),
	    ui_dialog_input(_("Search"),
	        _("Words of the title, problem or solution; accents and case do "
	          "not matter. Empty: no search."),
	        _("Search:"), f->search, 200),
	    filters_dialog_done, f, DLG_SEARCH);
}

static unsigned
filters_dialog_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_filters *f = owner;
	size_t i = ui_dialog_choice_index(d);
	unsigned bits = UI_DONE;

	switch ((enum dialog_tag)tag) {
	case DLG_SEARCH:
		if (ok) {
			char *clean = text_sanitize(ui_dialog_text(d),
			                            TEXT_SINGLE_LINE);
			replace(&f->search, clean);
			free(clean);
			bits = f->changed(f->owner);
		}
		break;
	case DLG_MENU:
		if (!ok)
			break;
		if (!f->with_stage)
			i++;   /* the menu starts at the direction */
		switch (i) {
		case 0: open_stage_choice(f); break;
		case 1: open_value_choice(f, true); break;
		case 2: open_value_choice(f, false); break;
		case 3: bits = toggle_mine(f); break;
		case 4: ui_filters_search(f); break;
		default: bits = clear_all(f); break;
		}
		break;
	case DLG_STAGE:
		if (ok) {
			f->stage = i == 0 ? -1 : i == 1 ? IDEA_FILTER_OPEN
			         : (int)i - 2;
			bits = f->changed(f->owner);
		}
		break;
	case DLG_DIRECTION:
	case DLG_CATEGORY:
		if (ok) {
			const char *value = i == 0 || i > f->nchoices ? NULL
			                  : f->choices[i - 1];
			replace(tag == DLG_DIRECTION ? &f->direction
			                             : &f->category, value);
			bits = f->changed(f->owner);
		}
		free_choices(f);
		break;
	}
	return bits | UI_REDRAW;
}

/* ---- keys ------------------------------------------------------------ */

unsigned
ui_filters_key(struct ui_filters *f, const struct ui_key *k)
{
	if (k->action == UI_ACT_FILTER)
		return ui_filters_menu(f);
	if (k->action == UI_ACT_MINE)
		return toggle_mine(f);
	if (k->action == UI_ACT_CLEAR_FILTERS)
		return clear_all(f);
	if (k->action == UI_ACT_SEARCH) {
		ui_filters_search(f);
		return UI_DONE;
	}
	return UI_IGNORED;
}
