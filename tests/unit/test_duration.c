/* test_duration.c — the Accorderie's durations: every accepted spelling
 * with the minutes it means, the refusals and their messages, rounding to
 * the ledger's unit (halves go up), and the two written forms. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "duration.h"
#include "tap.h"

/* Minutes of text, or -99999 when refused. */
static int parsed(const char *text, bool allow_negative)
{
	struct cs_error err;
	int m;

	return duration_parse(text, allow_negative, &m, &err) == CS_OK ? m : -99999;
}

/* Refused with CS_ERR_DATA and a message that quotes the text. */
static void refused(const char *text, bool allow_negative, const char *why)
{
	struct cs_error err;
	int m = 123;
	enum cs_status s = duration_parse(text, allow_negative, &m, &err);

	ok(s == CS_ERR_DATA && m == 0 && strstr(err.message, text) != NULL,
	   "\"%s\" refused (%s): %s", text, why, s == CS_OK ? "accepted" : err.message);
}

static void formats(int minutes, const char *want)
{
	char buf[24];

	duration_format(minutes, buf, sizeof buf);
	is_str(buf, want, "duration_format(%d) = \"%s\"", minutes, want);
}

static void clock_formats(int minutes, bool plus, const char *want)
{
	char buf[24];

	duration_format_clock(minutes, plus, buf, sizeof buf);
	is_str(buf, want, "duration_format_clock(%d, %s) = \"%s\"", minutes, plus ? "+" : "no +",
	       want);
}

int main(void)
{
	static const struct { const char *text; int minutes; } good[] = {
		{ "1h15", 75 }, { "1 h 15", 75 }, { "1:15", 75 }, { "75 min", 75 },
		{ "2h", 120 }, { "45min", 45 }, { "0h45", 45 }, { "1H15", 75 },
		{ "  1h15  ", 75 }, { "1 h 15 min", 75 }, { "1h05", 65 }, { "0:45", 45 },
		{ "10:00", 600 }, { "999h", 999 * 60 }, { "0 min", 0 }, { "24h", 1440 },
	};
	struct cs_error err;
	int m;

	setlocale(LC_ALL, "C.UTF-8");
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		is_int(parsed(good[i].text, false), good[i].minutes, "\"%s\" is %d min", good[i].text,
		       good[i].minutes);

	refused("abc", false, "not a number");
	refused("75", false, "a bare number");
	refused("1h75", false, "minutes of 60 or more after hours");
	refused("1:75", false, "clock minutes of 60 or more");
	refused("1:5", false, "one digit after the colon");
	refused("1:", false, "nothing after the colon");
	refused("-1h", false, "negative");
	refused("1h15x", false, "trailing text");
	refused("1.5h", false, "a decimal point");
	refused("h15", false, "no hours");
	refused("75 mn", false, "an unknown unit");
	refused("1:15 min", false, "a clock with a unit");
	refused("99999h", false, "five digits");
	is_int(duration_parse("", false, &m, &err), CS_ERR_DATA, "the empty string is refused");
	ok(strstr(err.message, "1h15") != NULL, "with an example of what to write: %s", err.message);
	is_int(duration_parse("   ", false, &m, &err), CS_ERR_DATA, "blanks are refused");
	is_int(duration_parse("1000h", false, &m, &err), CS_ERR_DATA, "1000h is refused");
	ok(strstr(err.message, "1000h") != NULL && strstr(err.message, "999") != NULL,
	   "the message names the text and the limit: %s", err.message);
	is_int(duration_parse("999h01", false, &m, &err), CS_ERR_DATA, "just over 999 h is refused");
	is_int(duration_parse("-1h", false, &m, &err), CS_ERR_DATA, "-1h without allow_negative");
	ok(strstr(err.message, "positive") != NULL, "says a duration is positive: %s", err.message);
	is_int(parsed("-10h", true), -600, "-10h with allow_negative is -600");
	is_int(parsed("- 1h30", true), -90, "\"- 1h30\" with allow_negative is -90");
	is_int(parsed("+2h", false), 120, "a leading + is allowed");
	is_int(parsed("-0h", false), 0, "minus zero is zero");
	is_int(duration_parse("-abc", true, &m, &err), CS_ERR_DATA, "\"-abc\" refused even with allow_negative");

	/* rounding to the unit, halves up */
	is_int(duration_round(7, 15), 0, "7 min rounds to 0 (unit 15)");
	is_int(duration_round(8, 15), 15, "8 min rounds to 15");
	is_int(duration_round(67, 15), 60, "67 min rounds to 60");
	is_int(duration_round(68, 15), 75, "68 min rounds to 75");
	is_int(duration_round(75, 15), 75, "75 stays 75");
	is_int(duration_round(5, 10), 10, "a half goes up (5 -> 10, unit 10)");
	is_int(duration_round(44, 30), 30, "44 -> 30 (unit 30)");
	is_int(duration_round(45, 30), 60, "45 -> 60 (unit 30)");
	is_int(duration_round(29, 60), 0, "29 -> 0 (unit 60)");
	is_int(duration_round(67, 1), 67, "unit 1 leaves it");
	is_int(duration_round(-8, 15), -15, "negative values round away symmetrically");

	/* writing */
	formats(75, "1 h 15");
	formats(120, "2 h");
	formats(45, "45 min");
	formats(0, "0 min");
	formats(65, "1 h 05");
	formats(-600, "-10 h");
	formats(-45, "-45 min");
	formats(999 * 60, "999 h");
	clock_formats(75, true, "+1:15");
	clock_formats(-45, true, "-0:45");
	clock_formats(0, true, "+0:00");
	clock_formats(750, false, "12:30");
	clock_formats(-750, false, "-12:30");
	{
		char small[4];
		duration_format(75, small, sizeof small);
		is_str(small, "1 h", "a short buffer is truncated, not overrun");
	}
	return tap_done();
}
