/* test_listnav.c — the list widget's arithmetic (ui/listnav.c) without a
 * terminal: cursor and top row through moves, pages, the wheel and a
 * shrinking list; the search over a pane's fields with n / N going round
 * the ends, accents and case ignored, every word required. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "listnav.h"
#include "tap.h"

#define NROWS 10

/* Row i has a title and a place. */
static const char *const titles[NROWS] = {
	"Partage ma passion", "Airbnb des coll\xc3\xa8ges", "Espace comp\xc3\xa9tences",
	"BuroDispo", "Accorderie des savoir-faire", "Jardin partag\xc3\xa9",
	"V\xc3\xa9los de service", "Covoiturage", "Caf\xc3\xa9 des \xc3\xa9l\xc3\xa8ves",
	"Biblioth\xc3\xa8que d'outils",
};
static const char *const places[NROWS] = {
	"Grenoble", "Vienne", "Voiron", "Grenoble", "Bourgoin", "Vienne",
	"Grenoble", "La Mure", "Voiron", "Grenoble",
};

static size_t fields(void *owner, size_t i, const char **texts,
                     const char **names, size_t max)
{
	(void)owner;
	if (max < 3 || i >= NROWS)
		return 0;
	texts[0] = titles[i];
	names[0] = "title";
	texts[1] = places[i];
	names[1] = "place";
	return 2;
}

/* A list the core narrowed to its matches (the idea board): the title,
 * then "somewhere not shown". */
static size_t narrowed(void *owner, size_t i, const char **texts,
                       const char **names, size_t max)
{
	(void)owner;
	if (max < 2 || i >= NROWS)
		return 0;
	texts[0] = titles[i];
	names[0] = "title";
	texts[1] = NULL;
	names[1] = "description";
	return 2;
}

static int at(const struct ui_listnav *n, size_t cur, size_t first)
{
	if (n->cur != cur || n->first != first)
		printf("#   cur %zu first %zu, want %zu %zu\n", n->cur, n->first,
		       cur, first);
	return n->cur == cur && n->first == first;
}

static void test_moves(void)
{
	struct ui_listnav n = { 100, 10, 0, 0 };

	ok(!ui_listnav_move(&n, -1) && at(&n, 0, 0), "up at the top changes nothing");
	ok(ui_listnav_move(&n, 9) && at(&n, 9, 0), "down to the last visible row: no scroll");
	ok(ui_listnav_move(&n, 1) && at(&n, 10, 1), "one more scrolls by one row");
	ok(ui_listnav_page(&n, 1) && at(&n, 20, 11), "a page down moves both by a page");
	ok(ui_listnav_page(&n, -1) && at(&n, 10, 1), "a page up comes back");
	ok(ui_listnav_below(&n) == 89, "89 rows below the screen");
	ok(ui_listnav_goto(&n, 1000, n.first) && at(&n, 99, 90), "the end, clamped");
	ok(ui_listnav_below(&n) == 0, "none below at the end");
	ok(!ui_listnav_move(&n, 1) && at(&n, 99, 90), "down at the end changes nothing");
	ok(ui_listnav_page(&n, 1) == false && at(&n, 99, 90), "a page down at the end too");
	ok(ui_listnav_goto(&n, 0, 0) && at(&n, 0, 0), "the top");
	n.count = 5;
	ui_listnav_settle(&n);
	ok(at(&n, 0, 0), "a short list");
	ok(!ui_listnav_page(&n, 1) || at(&n, 4, 0), "a page down in a short list goes to its end");
	ok(at(&n, 4, 0), "... and shows it from the top");
	n = (struct ui_listnav){ 0, 10, 0, 0 };
	ok(!ui_listnav_move(&n, 1) && !ui_listnav_page(&n, 1) &&
	   !ui_listnav_scroll(&n, 3) && at(&n, 0, 0), "an empty list never moves");
}

static void test_shrink(void)
{
	struct ui_listnav n = { 100, 10, 95, 90 };

	n.count = 50;
	ui_listnav_settle(&n);
	ok(at(&n, 49, 40), "the list shrank under the cursor: its last row, a full screen");
	n.rows = 60;
	ui_listnav_settle(&n);
	ok(at(&n, 49, 0), "a taller screen shows everything from the top");
	n = (struct ui_listnav){ 100, 0, 3, 0 };
	ui_listnav_settle(&n);
	ok(at(&n, 3, 3), "no rows on screen counts as one");
}

static void test_wheel(void)
{
	struct ui_listnav n = { 100, 10, 5, 0 };

	ok(ui_listnav_scroll(&n, 3) && at(&n, 5, 3), "wheel down: the view scrolls, the cursor stays");
	ok(ui_listnav_scroll(&n, 3) && at(&n, 6, 6), "the cursor is dragged at the top edge");
	ok(ui_listnav_scroll(&n, -3) && at(&n, 6, 3), "wheel up: the cursor stays on screen");
	ok(ui_listnav_scroll(&n, -3) && at(&n, 6, 0), "up to the top");
	ok(!ui_listnav_scroll(&n, -3) && at(&n, 6, 0), "past the top: nothing moves");
	n = (struct ui_listnav){ 100, 10, 95, 90 };
	ok(!ui_listnav_scroll(&n, 3) && at(&n, 95, 90), "past the end: nothing moves");
	n = (struct ui_listnav){ 100, 10, 0, 0 };
	ui_listnav_scroll(&n, -3);
	ok(at(&n, 0, 0), "wheel up at the top");
}

static void test_search(void)
{
	struct ui_listnav n = { NROWS, 4, 0, 0 };
	struct ui_listnav_match m;
	size_t f;

	ok(ui_listnav_find(&n, "grenoble", 0, fields, NULL, &m) && m.row == 0 &&
	   m.field == 1 && !m.wrapped, "from the cursor: its own row, in the place");
	ok(ui_listnav_find(&n, "grenoble", 1, fields, NULL, &m) && m.row == 3 &&
	   !m.wrapped, "n: the next one");
	n.cur = 9;
	ok(ui_listnav_find(&n, "grenoble", 1, fields, NULL, &m) && m.row == 0 &&
	   m.wrapped, "n after the last match goes round to the first");
	ok(ui_listnav_find(&n, "GRENOBLE", -1, fields, NULL, &m) && m.row == 6 &&
	   !m.wrapped, "N: the previous one, case ignored");
	n.cur = 0;
	ok(ui_listnav_find(&n, "grenoble", -1, fields, NULL, &m) && m.row == 9 &&
	   m.wrapped, "N before the first goes round to the last");
	ok(ui_listnav_find(&n, "eleves cafe", 1, fields, NULL, &m) && m.row == 8 &&
	   m.field == 0, "every word, any order, accents ignored");
	ok(!ui_listnav_find(&n, "cafe vienne", 1, fields, NULL, &m),
	   "words in two different fields do not make a match");
	ok(ui_listnav_find(&n, "zzz", 1, narrowed, NULL, &m) && m.row == 1 &&
	   m.field == 1, "a narrowed list: the next row, matched where it is not shown");
	ok(ui_listnav_find(&n, "jardin", 1, narrowed, NULL, &m) && m.row == 1 &&
	   m.field == 1, "... even when another row shows the words");
	n.cur = 4;
	ok(ui_listnav_find(&n, "jardin", 1, narrowed, NULL, &m) && m.row == 5 &&
	   m.field == 0, "... and the title when the words are there");
	n.cur = 3;
	ok(ui_listnav_find(&n, "burodispo", 1, fields, NULL, &m) && m.row == 3 &&
	   m.wrapped, "the only match is the cursor's row: found again, round the end");
	ok(!ui_listnav_find(&n, "   ", 1, fields, NULL, &m), "blank needle: no match");
	ok(!ui_listnav_row_matches(fields, NULL, 0, "", &f), "empty needle matches no row");
	n.count = 0;
	ok(!ui_listnav_find(&n, "grenoble", 1, fields, NULL, &m), "empty list: no match");
}

static void test_words(void)
{
	const char *p = "  velo   cargo ";
	char w[5];

	ok(ui_listnav_word(&p, w, sizeof w) && strcmp(w, "velo") == 0,
	   "the first word, spaces before it skipped");
	ok(ui_listnav_word(&p, w, sizeof w) && strcmp(w, "carg") == 0,
	   "a word longer than the buffer: its start");
	ok(*p == ' ', "... and the rest of it is passed");
	ok(!ui_listnav_word(&p, w, sizeof w), "trailing spaces: no word");
	p = "";
	ok(!ui_listnav_word(&p, w, sizeof w), "an empty search: no word");
}

int main(void)
{
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		printf("# C.UTF-8 locale missing\n");
	test_moves();
	test_shrink();
	test_wheel();
	test_search();
	test_words();
	return tap_done();
}
