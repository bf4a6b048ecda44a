/* keybar.c — owns the key bar of the status line: which entries of the
 * keymap it shows (those with a rank, the view's and the global ones, the
 * help key first, then by rank while they fit), how a key is named there
 * (the key itself, or the first name of its entry: "Entrée"), and where
 * each hint went, for clicks. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keybar.h"
#include "keymap.h"
#include "paint.h"
#include "text.h"
#include "theme.h"

struct pick {
	const struct ui_keymap_entry *e;
};

/* Keys that are never text: what works while a field has the cursor. */
static bool
works_in_text(const struct ui_keymap_entry *e)
{
	for (size_t j = 0; j < UI_KEYMAP_MAX_KEYS && e->keys[j]; j++)
		if (e->keys[j] >= UI_KF(KEY_F(1)) && e->keys[j] <= UI_KF(KEY_F(12)))
			return true;
	return false;
}

/* The key as the bar names it: a printable key itself, else the first
 * name of its entry ("Entrée", "F1"); in a field, its function key. */
static void
hint_key(const struct ui_keymap_entry *e, bool text, char *out, size_t outsz)
{
	unsigned c = e->keys[0];
	const char *names = _(e->names);
	size_t n;

	if (text) {
		for (size_t j = 0; j < UI_KEYMAP_MAX_KEYS && e->keys[j]; j++)
			if (e->keys[j] >= UI_KF(KEY_F(1)) &&
			    e->keys[j] <= UI_KF(KEY_F(12))) {
				snprintf(out, outsz, "F%u", e->keys[j] - UI_KF(KEY_F(0)));
				return;
			}
	}
	if (c > 0x20 && c < 0x7f) {
		snprintf(out, outsz, "%c", (char)c);
		return;
	}
	n = strcspn(names, ",");
	if (n >= outsz)
		n = outsz - 1;
	memcpy(out, names, n);
	out[n] = '\0';
}

static int
by_rank(const void *a, const void *b)
{
	const struct pick *x = a, *y = b;

	return x->e->rank - y->e->rank;
}

static size_t
collect(int view, struct pick *out, size_t max)
{
	const struct ui_keymap *t[2] = { NULL, ui_keymap_table(UI_VIEW_NONE) };
	size_t n = 0;

	if (view != UI_VIEW_NONE)
		t[0] = ui_keymap_table(view);
	for (int k = 0; k < 2; k++) {
		if (t[k] == NULL)
			continue;
		for (size_t i = 0; i < t[k]->count && n < max; i++) {
			const struct ui_keymap_entry *e = &t[k]->entries[i];
			if (e->rank <= 0 || (view == UI_VIEW_NONE && !works_in_text(e)))
				continue;
			out[n++].e = e;
		}
	}
	qsort(out, n, sizeof *out, by_rank);
	return n;
}

static int
hint_width(const struct ui_keymap_entry *e, bool text)
{
	char key[64];

	hint_key(e, text, key, sizeof key);
	return text_width(key) + 1 + text_width(_(e->bar));
}

int
ui_keybar_min_width(int view)
{
	struct pick p[UI_KEYBAR_MAX];
	size_t n = collect(view, p, UI_KEYBAR_MAX);

	return n ? hint_width(p[0].e, view == UI_VIEW_NONE) : 0;
}

int
ui_keybar_width(int view)
{
	struct pick p[UI_KEYBAR_MAX];
	size_t n = collect(view, p, UI_KEYBAR_MAX);
	int w = 0;

	for (size_t i = 0; i < n; i++)
		w += hint_width(p[i].e, view == UI_VIEW_NONE) + (i ? 2 : 0);
	return w;
}

int
ui_keybar_draw(struct ui_keybar *kb, WINDOW *w, int x, int cols, int view)
{
	struct pick p[UI_KEYBAR_MAX];
	size_t n = collect(view, p, UI_KEYBAR_MAX);
	bool text = view == UI_VIEW_NONE;
	attr_t ka = ui_theme_attr(UI_STATUS) | A_BOLD;
	attr_t la = ui_theme_attr(UI_STATUS_DIM);
	int used = 0;

	kb->n = 0;
	for (size_t i = 0; i < n; i++) {
		char key[64];
		int hw = hint_width(p[i].e, text) + (used ? 2 : 0);

		if (used + hw > cols)
			break;   /* ranked: the next ones matter less */
		if (used)
			used += 2;
		hint_key(p[i].e, text, key, sizeof key);
		kb->hint[kb->n].x = x + used;
		used += ui_paint_put(w, 0, x + used, cols - used, key, ka, 0);
		used += ui_paint_put(w, 0, x + used, cols - used, " ", la, 0);
		used += ui_paint_put(w, 0, x + used, cols - used, _(p[i].e->bar),
		                     la, 0);
		kb->hint[kb->n].w = x + used - kb->hint[kb->n].x;
		kb->hint[kb->n].action = p[i].e->action;
		kb->hint[kb->n].code = p[i].e->keys[0];
		kb->n++;
	}
	return used;
}

int
ui_keybar_at(const struct ui_keybar *kb, int x)
{
	for (size_t i = 0; i < kb->n; i++)
		if (x >= kb->hint[i].x && x < kb->hint[i].x + kb->hint[i].w)
			return (int)i;
	return -1;
}
