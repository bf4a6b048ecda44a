/* draft.h — what was typed in a form when the program was stopped (a
 * hang-up, SIGTERM, a terminal gone), kept in the user's own data
 * directory ($XDG_DATA_HOME/construisons/drafts, else
 * ~/.local/share/construisons/drafts) and offered back at the next start.
 * Nothing here touches curses or the database: a draft is the form's texts
 * and the words the pane needs to open that form again. Files are the
 * user's own (mode 0600, the user's group even when the program is
 * setgid), written to a temporary name with O_EXCL and renamed, and read
 * only when they are regular files of the user's in a directory of the
 * user's that others cannot write. */
#ifndef CS_UI_DRAFT_H
#define CS_UI_DRAFT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "err.h"

#define UI_DRAFT_MAX_FIELDS 32   /* the kanban's largest form has 25 */

struct ui_draft {
	char pane[32];      /* the pane's label (its untranslated msgid) */
	char form[96];      /* which form, in the pane's words */
	time_t saved;
	size_t nfields;
	char *fields[UI_DRAFT_MAX_FIELDS];   /* UTF-8, owned; never NULL
	                                      * below nfields */
	char name[64];      /* its file, once saved or found */
};

/* Empties d, freeing its fields (a zeroed d is empty). */
void ui_draft_clear(struct ui_draft *d);

/* Appends a copy of text as the next field; false when out of memory or
 * when d has UI_DRAFT_MAX_FIELDS already. */
bool ui_draft_add(struct ui_draft *d, const char *text);

struct ui_form;

/* Appends the text of every field of form, in order; false as
 * ui_draft_add. */
bool ui_draft_add_form(struct ui_draft *d, const struct ui_form *form);

/* Writes d as a new draft file (d->saved is set to now, d->name to the
 * file's name). CS_ERR_CANTCREAT with the path and the reason when the
 * directory cannot be made or trusted, or the file written. */
enum cs_status ui_draft_save(struct ui_draft *d, struct cs_error *err);

/* The newest readable draft into d (emptied first); *found false when
 * there is none. Files that cannot be trusted or read are passed over.
 * CS_OK unless out of memory. */
enum cs_status ui_draft_find(struct ui_draft *d, bool *found,
                             struct cs_error *err);

/* Removes the file d was found in or saved to. */
enum cs_status ui_draft_discard(const struct ui_draft *d, struct cs_error *err);

#endif
