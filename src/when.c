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

long when_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void when_civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

bool when_valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1)
		return false;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

long when_day_number(const char *s)
{
	int y, m, d, n = 0;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || s[n] != '\0'
	    || !when_valid_ymd(y, m, d))
		return -1;
	return when_days_from_civil(y, m, d);
}

bool when_parse_user_day(const char *s, const char *today, char out[11])
{
	int y, m, d, n = 0;

	while (*s == ' ')
		s++;
	out[0] = '\0';
	if (*s == '\0') {
		if (today != NULL)
			snprintf(out, 11, "%.10s", today);
		return true;
	}
	if (sscanf(s, "%2d/%2d/%4d%n", &d, &m, &y, &n) == 3 && y >= 1000) {
		;
	} else if (n = 0, sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3) {
		;
	} else if (n = 0, today != NULL && sscanf(s, "%2d/%2d%n", &d, &m, &n) == 2) {
		if (sscanf(today, "%4d", &y) != 1)
			return false;
	} else {
		return false;
	}
	while (s[n] == ' ')
		n++;
	if (s[n] != '\0' || !when_valid_ymd(y, m, d))
		return false;
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return true;
}

void when_local_day(time_t t, char out[11])
{
	struct tm tm;

	localtime_r(&t, &tm);
	if (strftime(out, 11, "%Y-%m-%d", &tm) == 0)
		out[0] = '\0';
}

void when_day_text(const char *day, char *buf, size_t size)
{
	long n = when_day_number(day);
	int y, m, d;

	if (n < 0) {
		snprintf(buf, size, "%s", day);
		return;
	}
	when_civil_from_days(n, &y, &m, &d);
	snprintf(buf, size, "%02d/%02d/%04d", d, m, y);
}
