/* msglog.h — the message log of the front end: the last UI_MSGLOG_MAX
 * messages of the status line, with the time each was shown, kept so that
 * one read too late (a message lasts until the next key) can be read again
 * (issue 12). The shell (ui/app.c) adds every message and shows the log in
 * a dialog on Ctrl-P. */
#ifndef CS_UI_MSGLOG_H
#define CS_UI_MSGLOG_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define UI_MSGLOG_MAX 100

struct ui_msglog_entry {
	time_t at;
	bool error;
	char *text;      /* owned by the log */
};

/* A ring of the last UI_MSGLOG_MAX messages; zero-initialised is empty. */
struct ui_msglog {
	struct ui_msglog_entry e[UI_MSGLOG_MAX];
	size_t next, count;
};

/* Keeps a copy of text shown at time at; the oldest goes when full. The
 * same text as the newest entry only updates its time. Out of memory, the
 * message is not kept. */
void ui_msglog_add(struct ui_msglog *log, time_t at, bool error,
                   const char *text);

/* The i-th entry from the newest (0), or NULL past the count. */
const struct ui_msglog_entry *ui_msglog_get(const struct ui_msglog *log,
                                            size_t i);

/* Frees every text; the log is empty again. */
void ui_msglog_clear(struct ui_msglog *log);

#endif
