/* test_when.c — dates as French users write and read them. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tap.h"
#include "when.h"

int main(void)
{
	char out[11], buf[64];
	int y, m, d;

	setlocale(LC_ALL, "C.UTF-8");
	setenv("TZ", "UTC", 1);
	tzset();
	ok(when_parse_user_day("30/11/2026", NULL, out) && strcmp(out, "2026-11-30") == 0, "30/11/2026");
	ok(when_parse_user_day(" 1/3/2027 ", NULL, out) && strcmp(out, "2027-03-01") == 0, "1/3/2027 with spaces");
	ok(when_parse_user_day("2026-11-30", NULL, out) && strcmp(out, "2026-11-30") == 0, "ISO form");
	ok(when_parse_user_day("30/11", "2027-01-05", out) && strcmp(out, "2027-11-30") == 0, "30/11 takes today's year");
	ok(!when_parse_user_day("30/11", NULL, out), "30/11 needs a today");
	ok(when_parse_user_day("", "2026-11-29", out) && strcmp(out, "2026-11-29") == 0, "blank is today");
	ok(when_parse_user_day("  ", NULL, out) && out[0] == '\0', "blank without today is empty");
	ok(!when_parse_user_day("30/02/2026", NULL, out), "30 February refused");
	ok(when_parse_user_day("29/02/2028", NULL, out), "29 February of a leap year");
	ok(!when_parse_user_day("29/02/2100", NULL, out), "2100 is not a leap year");
	ok(!when_parse_user_day("demain", NULL, out), "words need a today");
	ok(!when_parse_user_day("2026-11-30x", NULL, out), "trailing garbage refused");
	/* 2026-11-30 is a Monday */
	ok(when_parse_user_day("demain", "2026-11-30", out) && strcmp(out, "2026-12-01") == 0, "demain");
	ok(when_parse_user_day(" Aujourd'hui ", "2026-11-30", out) && strcmp(out, "2026-11-30") == 0,
	   "Aujourd'hui, case and blanks aside");
	ok(when_parse_user_day("aujourd’hui", "2026-11-30", out) && strcmp(out, "2026-11-30") == 0,
	   "aujourd'hui with a typographic apostrophe");
	ok(when_parse_user_day("après-demain", "2026-12-31", out) && strcmp(out, "2027-01-02") == 0,
	   "après-demain across a year");
	ok(when_parse_user_day("hier", "2026-03-01", out) && strcmp(out, "2026-02-28") == 0, "hier");
	ok(when_parse_user_day("lundi", "2026-11-30", out) && strcmp(out, "2026-11-30") == 0,
	   "lundi on a Monday is today");
	ok(when_parse_user_day("MERCREDI", "2026-11-30", out) && strcmp(out, "2026-12-02") == 0,
	   "MERCREDI is the coming Wednesday");
	ok(when_parse_user_day("dimanche", "2026-11-30", out) && strcmp(out, "2026-12-06") == 0,
	   "dimanche is the coming Sunday");
	ok(when_parse_user_day("Samedi", "2026-12-30", out) && strcmp(out, "2027-01-02") == 0,
	   "Samedi across a year");
	ok(when_parse_user_day("friday", "2026-11-30", out) && strcmp(out, "2026-12-04") == 0,
	   "English weekday");
	ok(when_parse_user_day("5.12.2026", NULL, out) && strcmp(out, "2026-12-05") == 0, "5.12.2026");
	ok(!when_parse_user_day("5/12.2026", NULL, out), "mixed separators refused");
	ok(!when_parse_user_day("5/12/26", NULL, out), "a two-digit year refused");
	ok(!when_parse_user_day("lundis", "2026-11-30", out), "lundis refused");
	{
		struct cs_error err;
		ok(when_parse_day("31/04/2026", NULL, out, &err) == CS_ERR_DATA
		   && strstr(err.message, "31/04/2026") != NULL, "31 April: %s", err.message);
		ok(when_parse_day("bientôt", "2026-11-30", out, &err) == CS_ERR_DATA
		   && strstr(err.message, "bientôt") != NULL && strstr(err.message, "demain") != NULL,
		   "a word that is not a day: %s", err.message);
	}
	when_day_spoken("2026-12-05", "2026-11-30", buf, sizeof buf);
	is_str(buf, "Saturday 5 December", "a day in a sentence (English catalogue here)");
	when_day_spoken("2027-01-05", "2026-11-30", buf, sizeof buf);
	is_str(buf, "Tuesday 5 January 2027", "with the year when it is not this one");
	when_day_spoken("2026-12-01", "2026-11-30", buf, sizeof buf);
	is_str(buf, "Tuesday 1st December", "the first of the month (1er in French)");
	when_day_spoken("2026-12-05", NULL, buf, sizeof buf);
	is_str(buf, "Saturday 5 December 2026", "with the year without a today");
	is_int(when_day_number("1970-01-02"), 1, "day numbers count from the epoch");
	is_int(when_day_number("2026-13-01"), -1, "a 13th month is malformed");
	when_civil_from_days(when_days_from_civil(2024, 2, 29) + 1, &y, &m, &d);
	ok(y == 2024 && m == 3 && d == 1, "the day after 29 February 2024 is 1 March");
	when_format_iso("2026-11-30T08:15:00Z", WHEN_DATETIME, buf, sizeof buf);
	is_str(buf, "30/11/2026 8 h 15", "date and time the French way");
	when_format_iso("n'importe quoi", WHEN_DATE, buf, sizeof buf);
	is_str(buf, "?", "a malformed stored time");
	when_local_day(when_days_from_civil(2026, 11, 30) * 86400L + 23 * 3600 + 59 * 60, out);
	is_str(out, "2026-11-30", "the local day of a time (UTC here)");
	setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
	tzset();
	when_local_day(when_days_from_civil(2026, 11, 30) * 86400L + 23 * 3600 + 30 * 60, out);
	is_str(out, "2026-12-01", "23 h 30 UTC is already the next day in Paris");
	when_day_text("2026-12-01", buf, sizeof buf);
	is_str(buf, "01/12/2026", "a stored day as users read it");
	when_day_text("demain", buf, sizeof buf);
	is_str(buf, "demain", "anything else as it is");
	return tap_done();
}
