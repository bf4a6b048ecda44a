/* form.h — text input: a form is a list of fields, single-line or
 * multi-line (word-wrapped), edited as wide characters so that accents and
 * double-width characters move the cursor by columns, never by bytes. The
 * owner draws the form inside a rectangle of one of its windows, sends it
 * the keys, and reads the texts back as UTF-8 when it is submitted. */
#ifndef CS_UI_FORM_H
#define CS_UI_FORM_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "app.h"

enum ui_field_kind {
	UI_FIELD_LINE,  /* one line, scrolls sideways */
	UI_FIELD_TEXT,  /* paragraphs, wrapped, scrolls up and down */
	UI_FIELD_SECRET /* one line never shown (a password): a dot per
	                 * character; its memory is allocated once and wiped
	                 * when the form is freed */
};

struct ui_form_field {
	const char *label;    /* translated, e.g. "Titre :"; "" for none */
	enum ui_field_kind kind;
	size_t max;           /* most code points accepted */
	const char *initial;  /* UTF-8 (sanitised here), NULL for empty */
};

enum ui_form_result {
	UI_FORM_NONE,     /* nothing changed */
	UI_FORM_CHANGED,  /* text, cursor or focus moved: draw again */
	UI_FORM_SUBMIT,   /* Ctrl-S or F10 (or Enter when enter_submits) */
	UI_FORM_CANCEL,   /* Esc, Ctrl-G or Ctrl-C */
	UI_FORM_IGNORED   /* not a key for the form (F1, F2...) */
};

struct ui_form;

/* A form of n fields, the first focused. With enter_submits, Enter in a
 * single-line field submits (one-line dialogs); otherwise it goes to the
 * next field. NULL when out of memory. Free with ui_form_free(). */
struct ui_form *ui_form_new(const struct ui_form_field *fields, size_t n,
                            bool enter_submits);
void ui_form_free(struct ui_form *form);

/* Paints the labels and fields inside rows y..y+h-1, columns x..x+w-1 of
 * win, and leaves win's cursor at the insertion point. Multi-line fields
 * share the rows left by the single-line ones. */
void ui_form_draw(struct ui_form *form, WINDOW *win, int y, int x, int h,
                  int w);

/* Edits, moves or navigates according to k (see the enum). */
enum ui_form_result ui_form_key(struct ui_form *form, const struct ui_key *k);

/* The text of field i as a newly allocated UTF-8 string (the caller frees;
 * NULL when out of memory). For a UI_FIELD_SECRET the caller wipes it with
 * explicit_bzero() before freeing it. */
char *ui_form_text(const struct ui_form *form, size_t i);

/* The number of fields. */
size_t ui_form_count(const struct ui_form *form);

/* True once anything was typed or deleted. */
bool ui_form_modified(const struct ui_form *form);

/* Focuses field i. */
void ui_form_focus(struct ui_form *form, size_t i);

/* The field that has the focus. */
size_t ui_form_focused(const struct ui_form *form);

/* Replaces the text of field i (sanitised as typed text is), the insertion
 * point at its end; counts as typing for ui_form_modified(). False, the
 * field unchanged, when the text is longer than the field's max or memory
 * runs out. */
bool ui_form_set_text(struct ui_form *form, size_t i, const char *text);

/* Where field i's input cells were at the last draw, in the coordinates of
 * the window it was drawn in: row y, first column x, w columns. False
 * before the first draw and when the field did not fit. */
bool ui_form_field_cells(const struct ui_form *form, size_t i, int *y, int *x,
                         int *w);

/* The keys of a form, for the help overlay. */
size_t ui_form_help(const struct ui_keyhelp **keys);

#endif
