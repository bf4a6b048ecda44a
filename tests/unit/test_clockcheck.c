/* test_clockcheck.c — when the host's clock is measured against the
 * share's, what is trusted and for how long, and what a refusal says
 * (src/clockcheck.c); and one real measure through <db>.clock. */
#include <locale.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clockcheck.h"
#include "shareclock.h"
#include "tap.h"

/* A measure that answers what the test says and counts its calls. */
static int calls;
static double next_drift;
static int next_errno;

static int fake_measure(const char *db_path, double *drift)
{
	(void)db_path;
	calls++;
	*drift = next_drift;
	return next_errno;
}

static struct clockcheck fake_check(int max_drift)
{
	struct clockcheck c;

	clockcheck_init(&c, max_drift);
	c.measure = fake_measure;
	calls = 0;
	next_drift = 0;
	next_errno = 0;
	return c;
}

static void test_off(void)
{
	struct clockcheck c = fake_check(0);
	struct cs_error err;

	next_drift = 30 * 86400.0;
	is_int(clockcheck_verify(&c, "/x/db", 1000, &err), CS_OK, "off: a write passes");
	is_int(calls, 0, "off: nothing measured");
	c = fake_check(-5);
	is_int(clockcheck_verify(&c, "/x/db", 1000, &err), CS_OK, "negative: off");
	is_int(calls, 0, "negative: nothing measured");
}

static void test_cache(void)
{
	struct clockcheck c = fake_check(120);
	struct cs_error err;

	next_drift = 3.5;
	is_int(clockcheck_verify(&c, "/x/db", 1000, &err), CS_OK, "within the drift: ok");
	is_int(calls, 1, "first write: one measure");
	is_int(clockcheck_verify(&c, "/x/db", 1010, &err), CS_OK, "10 s later: ok");
	is_int(clockcheck_verify(&c, "/x/db", 1000 + CLOCKCHECK_TRUST_SECONDS - 1, &err), CS_OK,
	       "just before the trust runs out: ok");
	is_int(calls, 1, "a good measure is trusted for a while");
	next_drift = -8 * 86400.0;
	is_int(clockcheck_verify(&c, "/x/db", 1000 + CLOCKCHECK_TRUST_SECONDS, &err),
	       CS_ERR_UNAVAILABLE, "after the trust: measured again, 8 days behind: refused");
	is_int(calls, 2, "measured again");
	ok(strstr(err.message, "clock_drift_max") != NULL, "the refusal names the option: %s",
	   err.message);
	next_drift = 1;
	is_int(clockcheck_verify(&c, "/x/db", 1000 + CLOCKCHECK_TRUST_SECONDS + 1, &err), CS_OK,
	       "the clock set meanwhile: ok at once");
	is_int(calls, 3, "a refusal is not trusted: measured again");
	is_int(clockcheck_verify(&c, "/x/db", 500, &err), CS_OK,
	       "a monotonic time before the measure: measured again");
	is_int(calls, 4, "no trust across a clock going back");
}

static void test_limits(void)
{
	struct clockcheck c = fake_check(120);
	struct cs_error err;

	next_drift = 120;
	is_int(clockcheck_verify(&c, "/x/db", 1, &err), CS_OK, "exactly the limit: ok");
	c = fake_check(120);
	next_drift = 120.5;
	is_int(clockcheck_verify(&c, "/x/db", 1, &err), CS_ERR_UNAVAILABLE, "beyond: refused");
	c = fake_check(120);
	next_drift = -121;
	is_int(clockcheck_verify(&c, "/x/db", 1, &err), CS_ERR_UNAVAILABLE, "behind: refused");
	ok(strstr(err.message, "behind") != NULL, "says behind: %s", err.message);
	c = fake_check(120);
	next_drift = 8 * 86400.0;
	clockcheck_verify(&c, "/x/db", 1, &err);
	ok(strstr(err.message, "8 days ahead") != NULL, "says 8 days ahead: %s", err.message);
	c = fake_check(120);
	next_errno = EACCES;
	is_int(clockcheck_verify(&c, "/x/db", 1, &err), CS_ERR_UNAVAILABLE,
	       "the share's clock unreadable: refused");
	ok(strstr(err.message, "/x/db.clock") != NULL, "names the file: %s", err.message);
}

static void test_real_share(void)
{
	char dir[] = "/tmp/cs-clock-XXXXXX", db[64], clockfile[80];
	struct clockcheck c;
	struct cs_error err;
	struct stat sb;
	double drift = 1e9;

	if (mkdtemp(dir) == NULL) {
		ok(0, "mkdtemp");
		return;
	}
	snprintf(db, sizeof db, "%s/base.db", dir);
	snprintf(clockfile, sizeof clockfile, "%s.clock", db);
	is_int(shareclock_drift(db, &drift), 0, "a real measure on a local directory");
	ok(drift > -2 && drift < 2, "this host against its own file system: %.3f s", drift);
	clockcheck_init(&c, 120);
	is_int(clockcheck_verify(&c, db, 1, &err), CS_OK, "a real check passes");
	ok(stat(clockfile, &sb) == 0 && S_ISREG(sb.st_mode), "<db>.clock is there");
	unlink(clockfile);
	rmdir(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C");
	test_off();
	test_cache();
	test_limits();
	test_real_share();
	return tap_done();
}
