/* fullview.c — owns the parts common to the views that fill a pane (the
 * window the idea board and the kanban call w_full): the heading bar with
 * its "q: back" hint, and the frame of a form view. A form view shows the
 * keys under the form, or the notice of a conflict when the last save met
 * a version written meanwhile; Ctrl-S saves through the owner, and Esc
 * leaves at once when nothing was typed, else only once the user agrees
 * to throw the typing away. What the form holds and how it is saved stay
 * with the pane. */
#include "dialog.h"
#include "fullview.h"
#include "i18n.h"
#include "keymap.h"
#include "paint.h"
#include "text.h"
#include "theme.h"

void
ui_fullview_heading(WINDOW *w, int cols, const char *title, bool back)
{
	static const struct ui_hint back_keys[] = {
		{ UI_ACT_QUIT, UI_ACT_NONE, N_("back") },
		{ UI_ACT_HELP, UI_ACT_NONE, N_("keys") },
	};
	attr_t h = ui_theme_attr(UI_HEADING);
	char keys[128];
	int kw;

	werase(w);
	ui_paint_fill(w, 0, 0, cols, h);
	if (!back) {
		ui_paint_put(w, 0, 1, cols - 2, title, h, 0);
		return;
	}
	/* the keys whole at the right, two blank columns before them; on a
	 * narrow screen the back key alone */
	ui_keymap_hints(UI_VIEW_NONE, back_keys, 2, keys, sizeof keys);
	kw = text_width(keys);
	if (kw > cols / 2) {
		ui_keymap_hints(UI_VIEW_NONE, back_keys, 1, keys, sizeof keys);
		kw = text_width(keys);
	}
	if (kw > cols - 4)
		kw = cols - 4;
	ui_paint_put(w, 0, 1, cols - kw - 4, title, h, 0);
	ui_paint_put(w, 0, cols - 1 - kw, kw, keys, h, 0);
}

void
ui_fullview_form_draw(WINDOW *w, int lines, int cols, struct ui_form *form,
                      int y, bool conflict)
{
	int rows = 1;   /* below the form: hints, or the conflict notice */

	if (conflict) {
		const char *notice =
		    _("Someone else changed this idea meanwhile: Ctrl-S saves "
		      "your text over their version, Esc cancels.");
		attr_t e = ui_theme_attr(UI_ERROR);
		rows = ui_paint_wrapped(NULL, 0, 0, cols - 2, 0, notice, e);
		if (rows > 3)
			rows = 3;
		for (int r = 0; r < rows; r++)
			ui_paint_fill(w, lines - rows + r, 0, cols, e);
		ui_paint_wrapped(w, lines - rows, 1, cols - 2, rows, notice, e);
	} else {
		ui_paint_put(w, lines - 1, 1, cols - 2,
		             _("Ctrl-S or F10: save   Esc: cancel   Tab: next field"),
		             ui_theme_attr(UI_DIM), 0);
	}
	ui_form_draw(form, w, y, 1, lines - y - rows, cols - 2);
	wnoutrefresh(w);
}

static unsigned
discard_done(void *owner, int tag, const struct ui_dialog *d, bool ok)
{
	struct ui_fullview_hooks *h = owner;

	(void)tag;
	(void)d;
	if (ok)
		h->close(h->owner);
	return UI_REDRAW;
}

static unsigned
cancel(struct ui_fullview_hooks *h, const struct ui_form *form)
{
	if (!ui_form_modified(form)) {
		h->close(h->owner);
		return UI_REDRAW;
	}
	ui_app_dialog(h->app,
	    ui_dialog_confirm(_("Cancel"),
	        _("Throw away what you typed in this form?"),
	        _("Throw away"), _("Keep editing")),
	    discard_done, h, 0);
	return UI_DONE;
}

unsigned
ui_fullview_form_key(struct ui_fullview_hooks *h, struct ui_form *form,
                     const struct ui_key *k)
{
	switch (ui_form_key(form, k)) {
	case UI_FORM_NONE:
		return UI_DONE;
	case UI_FORM_CHANGED:
		return UI_PAINT;
	case UI_FORM_SUBMIT:
		return h->save(h->owner);
	case UI_FORM_CANCEL:
		return cancel(h, form);
	case UI_FORM_IGNORED:
		break;
	}
	return UI_IGNORED;
}
