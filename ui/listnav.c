/* listnav.c — the arithmetic of a list (cursor, top row, pages, wheel) and
 * its search over the fields a pane gives for each row; no curses here
 * (see listnav.h). */
#include <string.h>

#include "listnav.h"
#include "text.h"

#define FIELDS_MAX 8
#define WORD_MAX 128

static size_t
rows_of(const struct ui_listnav *n)
{
	return n->rows ? n->rows : 1;
}

/* The highest top row that leaves no empty end. */
static size_t
last_first(const struct ui_listnav *n)
{
	size_t h = rows_of(n);

	return n->count > h ? n->count - h : 0;
}

void
ui_listnav_settle(struct ui_listnav *n)
{
	size_t h = rows_of(n);

	if (n->count == 0) {
		n->cur = n->first = 0;
		return;
	}
	if (n->cur >= n->count)
		n->cur = n->count - 1;
	if (n->first > last_first(n))
		n->first = last_first(n);
	if (n->cur < n->first)
		n->first = n->cur;
	if (n->cur >= n->first + h)
		n->first = n->cur - h + 1;
}

bool
ui_listnav_goto(struct ui_listnav *n, size_t target, size_t first)
{
	size_t old = n->cur, old_first = n->first;

	if (n->count == 0)
		return false;
	n->cur = target < n->count ? target : n->count - 1;
	n->first = first;
	ui_listnav_settle(n);
	return n->cur != old || n->first != old_first;
}

size_t
ui_listnav_below(const struct ui_listnav *n)
{
	size_t end = n->first + rows_of(n);

	return end < n->count ? n->count - end : 0;
}

bool
ui_listnav_move(struct ui_listnav *n, long delta)
{
	size_t target;

	if (delta < 0)
		target = (size_t)-delta > n->cur ? 0 : n->cur - (size_t)-delta;
	else
		target = n->cur + (size_t)delta < n->cur ? (size_t)-1
		                                          : n->cur + (size_t)delta;
	return ui_listnav_goto(n, target, n->first);
}

bool
ui_listnav_page(struct ui_listnav *n, int dir)
{
	size_t h = rows_of(n);

	if (dir > 0)
		return ui_listnav_goto(n, n->cur + h, n->first + h);
	return ui_listnav_goto(n, n->cur > h ? n->cur - h : 0,
	                       n->first > h ? n->first - h : 0);
}

bool
ui_listnav_scroll(struct ui_listnav *n, long delta)
{
	size_t h = rows_of(n), first = n->first, cur = n->cur;
	size_t old = n->cur, old_first = n->first;

	if (n->count == 0)
		return false;
	if (delta < 0)
		first = (size_t)-delta > first ? 0 : first - (size_t)-delta;
	else
		first += (size_t)delta;
	if (first > last_first(n))
		first = last_first(n);
	if (cur < first)
		cur = first;
	if (cur >= first + h)
		cur = first + h - 1;
	n->first = first;
	n->cur = cur;
	ui_listnav_settle(n);
	return n->cur != old || n->first != old_first;
}

bool
ui_listnav_word(const char **p, char *word, size_t size)
{
	const char *s = *p;
	size_t len, keep;

	while (*s == ' ')
		s++;
	len = strcspn(s, " ");
	*p = s + len;
	if (len == 0 || size == 0)
		return false;
	keep = len < size ? len : size - 1;   /* a longer word: its start */
	memcpy(word, s, keep);
	word[keep] = '\0';
	return true;
}

/* True when every word of needle occurs in text (false for no word). */
static bool
all_words(const char *needle, const char *text)
{
	const char *p = needle;
	char word[WORD_MAX];
	bool any = false;
	size_t s, e;

	while (ui_listnav_word(&p, word, sizeof word)) {
		if (!text_find_folded(text, word, &s, &e))
			return false;
		any = true;
	}
	return any;
}

bool
ui_listnav_row_matches(ui_listnav_fields_fn fields, void *owner, size_t i,
                       const char *needle, size_t *field)
{
	const char *texts[FIELDS_MAX], *names[FIELDS_MAX];
	size_t nf;

	if (needle == NULL || needle[strspn(needle, " ")] == '\0')
		return false;
	nf = fields(owner, i, texts, names, FIELDS_MAX);
	if (nf > FIELDS_MAX)
		nf = FIELDS_MAX;
	for (size_t k = 0; k < nf; k++) {
		if (texts[k] == NULL || all_words(needle, texts[k])) {
			*field = k;
			return true;
		}
	}
	return false;
}

bool
ui_listnav_find(const struct ui_listnav *n, const char *needle, int dir,
                ui_listnav_fields_fn fields, void *owner,
                struct ui_listnav_match *m)
{
	if (n->count == 0 || fields == NULL)
		return false;
	/* dir > 0: cur+1 ... end, 0 ... cur; dir < 0: cur-1 ... 0, end ... cur;
	 * dir == 0: cur ... end, 0 ... cur-1 */
	for (size_t step = 0; step < n->count; step++) {
		size_t off = dir == 0 ? step : step + 1, i;

		if (dir < 0)
			i = (n->cur + n->count - off % n->count) % n->count;
		else
			i = (n->cur + off) % n->count;
		if (ui_listnav_row_matches(fields, owner, i, needle, &m->field)) {
			m->row = i;
			m->wrapped = dir < 0 ? i >= n->cur
			           : dir > 0 ? i <= n->cur : i < n->cur;
			return true;
		}
	}
	return false;
}
