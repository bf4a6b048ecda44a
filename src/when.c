/* when.c — formatting dates and times the French way (see when.h). Day and
 * month names come from the translation catalogue, not from the C library's
 * locale, so they are right even where fr_FR is not installed. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "when.h"

time_t when_parse_utc(const char *iso)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, s = 0;

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) < 3)
		return (time_t)-1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	return timegm(&tm);
}

void when_format(time_t t, enum when_style style, char *buf, size_t size)
{
	static const char *const days[] = {
		N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
		N_("Thursday"), N_("Friday"), N_("Saturday")
	};
	static const char *const months[] = {
		N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
		N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
		N_("November"), N_("December")
	};
	struct tm tm;

	localtime_r(&t, &tm);
	switch (style) {
	case WHEN_DATE:
		snprintf(buf, size, "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1,
		         tm.tm_year + 1900);
		break;
	case WHEN_DATETIME:
		/* TRANSLATORS: date and time: day/month/year hour h minutes. */
		snprintf(buf, size, _("%02d/%02d/%04d %d h %02d"), tm.tm_mday,
		         tm.tm_mon + 1, tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
		break;
	case WHEN_LONG_DATE:
		/* TRANSLATORS: weekday, day of month, month, year. */
		snprintf(buf, size, _("%s %d %s %d"), _(days[tm.tm_wday]), tm.tm_mday,
		         _(months[tm.tm_mon]), tm.tm_year + 1900);
		break;
	case WHEN_TIME:
		snprintf(buf, size, _("%d h %02d"), tm.tm_hour, tm.tm_min);
		break;
	}
}

void when_format_iso(const char *iso, enum when_style style, char *buf,
                     size_t size)
{
	time_t t = when_parse_utc(iso);

	if (t == (time_t)-1)
		snprintf(buf, size, "?");
	else
		when_format(t, style, buf, size);
}
