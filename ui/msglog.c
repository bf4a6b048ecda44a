/* msglog.c — owns the ring of the last messages of the status line (see
 * msglog.h). No curses here: the shell draws it. */
#include <stdlib.h>
#include <string.h>

#include "msglog.h"

void
ui_msglog_add(struct ui_msglog *log, time_t at, bool error, const char *text)
{
	struct ui_msglog_entry *newest =
		log->count ? &log->e[(log->next + UI_MSGLOG_MAX - 1) % UI_MSGLOG_MAX]
		           : NULL;
	char *copy;

	if (text == NULL || text[0] == '\0')
		return;
	if (newest && newest->error == error && strcmp(newest->text, text) == 0) {
		newest->at = at;
		return;
	}
	if ((copy = strdup(text)) == NULL)
		return;
	free(log->e[log->next].text);
	log->e[log->next] = (struct ui_msglog_entry){ at, error, copy };
	log->next = (log->next + 1) % UI_MSGLOG_MAX;
	if (log->count < UI_MSGLOG_MAX)
		log->count++;
}

const struct ui_msglog_entry *
ui_msglog_get(const struct ui_msglog *log, size_t i)
{
	if (i >= log->count)
		return NULL;
	return &log->e[(log->next + UI_MSGLOG_MAX - 1 - i) % UI_MSGLOG_MAX];
}

void
ui_msglog_clear(struct ui_msglog *log)
{
	for (size_t i = 0; i < UI_MSGLOG_MAX; i++)
		free(log->e[i].text);
	memset(log, 0, sizeof *log);
}
