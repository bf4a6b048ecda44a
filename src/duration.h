/* duration.h — durations of the Accorderie as people write them and read
 * them: "1h15", "1 h 15", "1:15", "75 min", "2h", "45min" in; "1 h 15",
 * "45 min" and the statement's "+1:15" out. Kept as whole minutes. */
#ifndef CS_DURATION_H
#define CS_DURATION_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

/* Parses a duration typed by a user into minutes. Refused (CS_ERR_DATA,
 * with a French message naming the text): anything that is not one of the
 * forms above ("abc", a bare number), minutes of 60 or more after hours
 * ("1h75"), a negative duration, more than 999 hours. With allow_negative
 * (configuration values such as a balance floor) a leading '-' is allowed.
 * Zero is accepted here; the ledger refuses it. */
enum cs_status duration_parse(const char *text, bool allow_negative, int *minutes,
                              struct cs_error *err);

/* Rounds minutes to the nearest multiple of unit (halves go up; unit 1
 * leaves it as is). */
int duration_round(int minutes, int unit);

/* "1 h 15", "2 h", "45 min", "0 min"; negative values get a leading "-".
 * buf has room for 24 bytes at least. */
void duration_format(int minutes, char *buf, size_t size);

/* The statement's signed clock form: "+1:15", "-0:45", "+0:00" (zero has
 * a '+'). With show_plus false, positives have no sign: "12:30". */
void duration_format_clock(int minutes, bool show_plus, char *buf, size_t size);

#endif
