/* duration.c — parsing and writing the Accorderie's durations (see
 * duration.h). The parser is strict on purpose: a time bank that reads
 * "1h75" as 2 h 15 invents minutes. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "i18n.h"

#define DURATION_MAX_HOURS 999

static const char *skip_spaces(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Reads 1 to 4 digits; returns NULL when there is none. */
static const char *read_number(const char *p, long *out)
{
	int n = 0;

	*out = 0;
	while (isdigit((unsigned char)*p) && n < 5) {
		*out = *out * 10 + (*p - '0');
		p++;
		n++;
	}
	return n == 0 || n == 5 ? NULL : p;
}

static enum cs_status not_a_duration(const char *text, struct cs_error *err)
{
	return cs_error_set(err, CS_ERR_DATA,
	                    _("\"%s\" is not a duration: write 1h15, 1:15 or 75 min"), text);
}

enum cs_status duration_parse(const char *text, bool allow_negative, int *minutes,
                              struct cs_error *err)
{
	const char *p = skip_spaces(text);
	bool negative = false;
	long hours = 0, mins = 0, first;

	*minutes = 0;
	if (*p == '-' || *p == '+') {
		negative = *p == '-';
		p = skip_spaces(p + 1);
	}
	if ((p = read_number(p, &first)) == NULL)
		return not_a_duration(text, err);
	p = skip_spaces(p);
	if (*p == 'h' || *p == 'H' || *p == ':') {
		bool clock = *p == ':';
		hours = first;
		p = skip_spaces(p + 1);
		if (*p != '\0') {
			const char *start = p;
			if ((p = read_number(p, &mins)) == NULL)
				return not_a_duration(text, err);
			if (clock && p - start != 2)
				return not_a_duration(text, err);
			p = skip_spaces(p);
			if (!clock && (strncmp(p, "min", 3) == 0 || *p == 'm'))
				p = skip_spaces(p + (strncmp(p, "min", 3) == 0 ? 3 : 1));
		} else if (clock) {
			return not_a_duration(text, err);
		}
		if (*p != '\0')
			return not_a_duration(text, err);
		if (mins >= 60)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("\"%s\": the minutes after the hours go from 0 to 59"), text);
	} else if (strncmp(p, "min", 3) == 0 || *p == 'm') {
		p = skip_spaces(p + (strncmp(p, "min", 3) == 0 ? 3 : 1));
		if (*p != '\0')
			return not_a_duration(text, err);
		mins = first;
	} else {
		return not_a_duration(text, err);
	}
	if (hours > DURATION_MAX_HOURS || mins > DURATION_MAX_HOURS * 60L
	    || hours * 60 + mins > DURATION_MAX_HOURS * 60L)
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\": a duration is at most %d hours"),
		                    text, DURATION_MAX_HOURS);
	if (negative && hours * 60 + mins != 0 && !allow_negative)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("\"%s\": a duration is positive (who gives and who receives "
		                      "says the direction)"), text);
	*minutes = (int)(hours * 60 + mins) * (negative ? -1 : 1);
	return CS_OK;
}

int duration_round(int minutes, int unit)
{
	int sign = minutes < 0 ? -1 : 1, m = abs(minutes);

	if (unit <= 1)
		return minutes;
	return sign * ((m + unit / 2) / unit) * unit;
}

void duration_format(int minutes, char *buf, size_t size)
{
	const char *sign = minutes < 0 ? "-" : "";
	int m = abs(minutes);

	if (m < 60)
		snprintf(buf, size, "%s%d min", sign, m);
	else if (m % 60 == 0)
		snprintf(buf, size, "%s%d h", sign, m / 60);
	else
		snprintf(buf, size, "%s%d h %02d", sign, m / 60, m % 60);
}

void duration_format_clock(int minutes, bool show_plus, char *buf, size_t size)
{
	const char *sign = minutes < 0 ? "-" : show_plus ? "+" : "";
	int m = abs(minutes);

	snprintf(buf, size, "%s%d:%02d", sign, m / 60, m % 60);
}
