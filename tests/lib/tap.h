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

/* Compares two strings, printing both on failure. */
#define is_str(got, want, ...) \
	(ok(tap_str_eq((got), (want)), __VA_ARGS__) ? 1 : tap_diag_str((got), (want)))

__attribute__((unused)) static int tap_str_eq(const char *got, const char *want)
{
	return got != NULL && strcmp(got, want) == 0;
}

#define is_int(got, want, ...) \
	(ok((long long)(got) == (long long)(want), __VA_ARGS__) ? 1 : \
	 (printf("#   got:  %lld\n#   want: %lld\n", (long long)(got), (long long)(want)), 0))

__attribute__((unused)) static int tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
