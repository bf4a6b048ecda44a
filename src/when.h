/* when.h — dates and times as French users write them: 30/11/2026,
 * 30/11/2026 9 h 30, lundi 30 novembre 2026. Stored times are UTC
 * "YYYY-MM-DDTHH:MM:SSZ"; they are shown in local time. */
#ifndef CS_WHEN_H
#define CS_WHEN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "err.h"

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

/* Days since 1970-01-01 of a day of the Gregorian calendar, and back. */
long when_days_from_civil(int y, int m, int d);
void when_civil_from_days(long days, int *y, int *m, int *d);

/* True for a real calendar day (years 1900..2999). */
bool when_valid_ymd(int y, int m, int d);

/* The local day of t as stored: "YYYY-MM-DD" (out has 11 bytes). */
void when_local_day(time_t t, char out[11]);

/* A stored day "YYYY-MM-DD" as users read it, "30/11/2026"; anything
 * else is copied as it is. */
void when_day_text(const char *day, char *buf, size_t size);

/* A stored day "YYYY-MM-DD" as days since the epoch; -1 when malformed. */
long when_day_number(const char *day);

/* A day typed by a user, the one parser of days for the CLI and the UI:
 * "30/11/2026" (also 30.11.2026), "30/11" (the year of today),
 * "2026-11-30", "aujourd'hui", "demain", "après-demain", "hier" (and the
 * English words), a weekday name "lundi"/"monday" (the next such day,
 * today included); case and accents ignored, blanks around it too. The
 * stored form "YYYY-MM-DD" goes to out (11 bytes at least). Blank input
 * gives today when today ("YYYY-MM-DD") is not NULL, "" otherwise; the
 * words and "30/11" need today. CS_ERR_DATA with a French message naming
 * what was typed otherwise (err may be NULL). */
enum cs_status when_parse_day(const char *typed, const char *today, char out[11],
                              struct cs_error *err);

/* when_parse_day() without the message: false when it is not a day. */
bool when_parse_user_day(const char *s, const char *today, char out[11]);

/* A stored day "YYYY-MM-DD" as said in a sentence: "samedi 5 décembre",
 * with the year when it is not today's ("mardi 5 janvier 2027"; always
 * when today is NULL). Anything else is copied as it is. */
void when_day_spoken(const char *day, const char *today, char *buf, size_t size);

#endif
