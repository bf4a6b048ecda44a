/* when.h — dates and times as French users write them: 30/11/2026,
 * 30/11/2026 9 h 30, lundi 30 novembre 2026. Stored times are UTC
 * "YYYY-MM-DDTHH:MM:SSZ"; they are shown in local time. */
#ifndef CS_WHEN_H
#define CS_WHEN_H

#include <stddef.h>
#include <time.h>

enum when_style {
	WHEN_DATE,       /* 30/11/2026 */
	WHEN_DATETIME,   /* 30/11/2026 9 h 30 */
	WHEN_LONG_DATE,  /* lundi 30 novembre 2026 */
	WHEN_TIME        /* 9 h 30 */
};

/* Parses a stored UTC time; returns (time_t)-1 when malformed. */
time_t when_parse_utc(const char *iso);

/* Formats t (local time) in style into buf; always NUL-terminates. */
void when_format(time_t t, enum when_style style, char *buf, size_t size);

/* Formats a stored UTC time; "?" when malformed. */
void when_format_iso(const char *iso, enum when_style style, char *buf,
                     size_t size);

#endif
