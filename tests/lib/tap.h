/* tap.h — a minimal TAP producer for the unit tests (meson protocol 'tap').
 * Usage: plan(n) is written at the end by tap_done(); ok(cond, fmt, ...)
 * reports one check; tap_done() returns the exit status. */
#ifndef CS_TAP_H
#define CS_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

__attribute__((format(printf, 2, 3)))
static int ok(int cond, const char *fmt, ...)
{
	va_list ap;
	tap_count++;
	printf("%s %d - ", cond ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

/* Prints both strings after a failed comparison; returns 0. */
__attribute__((unused)) static int tap_diag_str(const char *got, const char *want)
{
	printf("#   got:  '%s'\n#   want: '%s'\n", got ? got : "(null)", want);
	return 0;
}

/* Compares two strings (each evaluated once), printing both on failure. */
#define is_str(got, want, ...) tap_is_str((got), (want), __VA_ARGS__)

__attribute__((unused, format(printf, 3, 4)))
static int tap_is_str(const char *got, const char *want, const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	if (ok(got != NULL && strcmp(got, want) == 0, "%s", text))
		return 1;
	return tap_diag_str(got, want);
}

/* Compares two integers (each evaluated once), printing both on failure. */
#define is_int(got, want, ...) tap_is_int((long long)(got), (long long)(want), __VA_ARGS__)

__attribute__((unused, format(printf, 3, 4)))
static int tap_is_int(long long got, long long want, const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	if (ok(got == want, "%s", text))
		return 1;
	printf("#   got:  %lld\n#   want: %lld\n", got, want);
	return 0;
}

__attribute__((unused)) static int tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
