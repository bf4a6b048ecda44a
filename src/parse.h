/* parse.h — what users type that is not a date (when.h) or a duration
 * (duration.h): decimal numbers ("2,5" as well as "2.5", whatever the
 * locale), whole numbers, accompaniment levels and evaluation
 * recommendations. One parser each and one set of French messages, for the
 * command line and the UI alike; never strtod() under the user's locale.
 * Blanks around what was typed are ignored. On refusal every function
 * returns CS_ERR_DATA with a message naming what was typed (err may be
 * NULL) and leaves *out unchanged. */
#ifndef CS_PARSE_H
#define CS_PARSE_H

#include "err.h"
#include "workflow.h"

/* A decimal number: digits, optionally one ',' or '.' and up to 3 more
 * digits ("4", "2,5", "2.25", ",5"). Refused outside min..max, with both
 * bounds in the message. */
enum cs_status parse_decimal(const char *typed, double min, double max, double *out,
                             struct cs_error *err);

/* A whole number, optionally signed ("3", "-1"), within min..max. */
enum cs_status parse_whole(const char *typed, long min, long max, long *out,
                           struct cs_error *err);

/* An accompaniment level: "aucun" (also "aucune", "sans", "none"),
 * "interne" ("internal"), "externe" ("external"); case and accents
 * ignored. */
enum cs_status parse_level(const char *typed, enum workflow_level *out,
                           struct cs_error *err);

/* An evaluation recommendation, as its stored word: "generaliser"
 * ("généraliser", "generalize"), "poursuivre" ("continuer", "continue"),
 * "arreter" ("arrêter", "stop"); case and accents ignored. *out is a
 * static string. */
enum cs_status parse_recommendation(const char *typed, const char **out,
                                    struct cs_error *err);

/* Writes v with a decimal comma and no useless zeros: "2,5", "4", "0,25"
 * (three decimals at most), whatever the locale. */
void parse_format_decimal(double v, char *buf, size_t size);

#endif
