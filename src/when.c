/* when.c — formatting dates and times the French way (see when.h). Day and
 * month names come from the translation catalogue, not from the C library's
 * locale, so they are right even where fr_FR is not installed. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "when.h"

static const char *const day_names[] = {
	N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
	N_("Thursday"), N_("Friday"), N_("Saturday")
};
static const char *const month_names[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
	N_("November"), N_("December")
};

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
		snprintf(buf, size, _("%s %d %s %d"), _(day_names[tm.tm_wday]), tm.tm_mday,
		         _(month_names[tm.tm_mon]), tm.tm_year + 1900);
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

/* True when typed is word, case and accents aside ("Lundi", "DEMAIN"). */
static bool same_word(const char *typed, const char *word)
{
	return text_contains_folded(typed, word) && text_contains_folded(word, typed);
}

/* The words for days relative to today, in both languages of the program:
 * offset from today. */
static const struct { const char *word; int offset; } relative_days[] = {
	{ "aujourd'hui", 0 }, { "aujourd’hui", 0 }, { "today", 0 },
	{ "demain", 1 }, { "tomorrow", 1 },
	{ "après-demain", 2 }, { "apres demain", 2 },
	{ "hier", -1 }, { "yesterday", -1 },
};

/* Weekday names as typed, Sunday first (as struct tm counts). */
static const char *const weekday_words[7][2] = {
	{ "dimanche", "sunday" }, { "lundi", "monday" }, { "mardi", "tuesday" },
	{ "mercredi", "wednesday" }, { "jeudi", "thursday" }, { "vendredi", "friday" },
	{ "samedi", "saturday" },
};

/* Reads 1 to max digits at *p; -1 when there is none or too many. */
static int read_digits(const char **p, int max)
{
	int v = 0, n = 0;

	while (**p >= '0' && **p <= '9') {
		if (++n > max)
			return -1;
		v = v * 10 + (**p - '0');
		(*p)++;
	}
	return n == 0 ? -1 : v;
}

/* A day written with digits: d/m/yyyy, d/m (year of today), yyyy-mm-dd.
 * Separators '/', '.' or '-' between day and month. */
static bool numeric_day(const char *s, const char *today, int *y, int *m, int *d)
{
	const char *p = s;
	int a, b, c;
	char sep;

	if ((a = read_digits(&p, 4)) < 0)
		return false;
	if (p - s == 4) {   /* ISO: yyyy-mm-dd */
		if (*p++ != '-' || (b = read_digits(&p, 2)) < 0 || *p++ != '-'
		    || (c = read_digits(&p, 2)) < 0 || *p != '\0')
			return false;
		*y = a, *m = b, *d = c;
		return true;
	}
	if (p - s > 2 || (*p != '/' && *p != '.'))
		return false;
	sep = *p++;
	if ((b = read_digits(&p, 2)) < 0)
		return false;
	if (*p == '\0') {
		if (today == NULL || when_day_number(today) < 0)
			return false;
		*y = (today[0] - '0') * 1000 + (today[1] - '0') * 100 + (today[2] - '0') * 10
		     + (today[3] - '0');
	} else {
		const char *start;
		if (*p++ != sep)
			return false;
		start = p;
		if ((c = read_digits(&p, 4)) < 0 || *p != '\0' || p - start != 4)
			return false;
		*y = c;
	}
	*d = a, *m = b;
	return true;
}

/* Copies typed without the blanks around it into buf; false when too long. */
static bool trimmed(const char *typed, char *buf, size_t size)
{
	size_t len;

	while (*typed == ' ' || *typed == '\t')
		typed++;
	len = strlen(typed);
	while (len > 0 && (typed[len - 1] == ' ' || typed[len - 1] == '\t'))
		len--;
	if (len >= size)
		return false;
	memcpy(buf, typed, len);
	buf[len] = '\0';
	return true;
}

enum cs_status when_parse_day(const char *typed, const char *today, char out[11],
                              struct cs_error *err)
{
	long t = today != NULL ? when_day_number(today) : -1;
	char s[64];
	int y, m, d, wd;

	out[0] = '\0';
	if (typed == NULL)
		typed = "";
	if (!trimmed(typed, s, sizeof s))
		goto refused;
	if (s[0] == '\0') {
		if (t >= 0)
			snprintf(out, 11, "%.10s", today);
		return CS_OK;
	}
	for (size_t i = 0; i < sizeof relative_days / sizeof relative_days[0]; i++)
		if (same_word(s, relative_days[i].word)) {
			if (t < 0)
				goto refused;
			when_civil_from_days(t + relative_days[i].offset, &y, &m, &d);
			snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
			return CS_OK;
		}
	for (wd = 0; wd < 7; wd++)
		if (same_word(s, weekday_words[wd][0]) || same_word(s, weekday_words[wd][1])) {
			long ahead;
			if (t < 0)
				goto refused;
			/* day 0 of the epoch was a Thursday (4) */
			ahead = ((wd - (t + 4) % 7) + 7) % 7;
			when_civil_from_days(t + ahead, &y, &m, &d);
			snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
			return CS_OK;
		}
	if (!numeric_day(s, today, &y, &m, &d))
		goto refused;
	if (!when_valid_ymd(y, m, d))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("\"%s\" is not a day of the calendar"), s);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return CS_OK;
refused:
	return cs_error_set(err, CS_ERR_DATA,
	                    _("\"%s\" is not a date: write 30/11/2026, 30/11, demain or lundi"),
	                    typed);
}

bool when_parse_user_day(const char *s, const char *today, char out[11])
{
	return when_parse_day(s, today, out, NULL) == CS_OK;
}

void when_day_spoken(const char *day, const char *today, char *buf, size_t size)
{
	long n = when_day_number(day);
	int y, m, d, ty = 0, tm, td;

	if (n < 0) {
		snprintf(buf, size, "%s", day != NULL ? day : "");
		return;
	}
	when_civil_from_days(n, &y, &m, &d);
	if (today != NULL && when_day_number(today) >= 0)
		when_civil_from_days(when_day_number(today), &ty, &tm, &td);
	if (y == ty && d == 1)
		/* TRANSLATORS: weekday, month: "mardi 1er décembre". */
		snprintf(buf, size, _("%s 1st %s"), _(day_names[(n + 4) % 7]), _(month_names[m - 1]));
	else if (y == ty)
		/* TRANSLATORS: weekday, day of month, month: "samedi 5 décembre". */
		snprintf(buf, size, _("%s %d %s"), _(day_names[(n + 4) % 7]), d,
		         _(month_names[m - 1]));
	else if (d == 1)
		/* TRANSLATORS: weekday, month, year: "lundi 1er mars 2027". */
		snprintf(buf, size, _("%s 1st %s %d"), _(day_names[(n + 4) % 7]),
		         _(month_names[m - 1]), y);
	else
		snprintf(buf, size, _("%s %d %s %d"), _(day_names[(n + 4) % 7]), d,
		         _(month_names[m - 1]), y);
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
