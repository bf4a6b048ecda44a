/* clockcheck.c — refuses writes from a host whose clock is not the share's
 * (see clockcheck.h). */
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "clockcheck.h"
#include "i18n.h"
#include "shareclock.h"
#include "when.h"

void clockcheck_init(struct clockcheck *c, int max_drift)
{
	c->max_drift = max_drift > 0 ? max_drift : 0;
	c->measure = shareclock_drift;
	c->trusted = false;
	c->trusted_at = 0;
}

/* "3 min", "5 h", "4 jours": how far apart the two clocks are. */
static void format_gap(double seconds, char *buf, size_t size)
{
	long s = lround(fabs(seconds));

	if (s < 120)
		snprintf(buf, size, P_("%ld second", "%ld seconds", s), s);
	else if (s < 2 * 3600)
		snprintf(buf, size, P_("%ld minute", "%ld minutes", s / 60), s / 60);
	else if (s < 2 * 86400)
		snprintf(buf, size, P_("%ld hour", "%ld hours", s / 3600), s / 3600);
	else
		snprintf(buf, size, P_("%ld day", "%ld days", s / 86400), s / 86400);
}

enum cs_status clockcheck_verify(struct clockcheck *c, const char *db_path,
                                 double mono_now, struct cs_error *err)
{
	char host_text[64], share_text[64], gap[64];
	double drift;
	time_t now;
	int e;

	if (c->max_drift <= 0)
		return CS_OK;
	if (c->trusted && mono_now - c->trusted_at >= 0
	    && mono_now - c->trusted_at < CLOCKCHECK_TRUST_SECONDS)
		return CS_OK;
	c->trusted = false;
	e = c->measure(db_path, &drift);
	if (e != 0)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("cannot read the share's clock through %s.clock (%s): "
		                      "change refused"), db_path, cs_strerror(e));
	if (fabs(drift) <= c->max_drift) {
		c->trusted = true;
		c->trusted_at = mono_now;
		return CS_OK;
	}
	now = time(NULL);
	when_format(now, WHEN_DATETIME, host_text, sizeof host_text);
	when_format(now - (time_t)lround(drift), WHEN_DATETIME, share_text, sizeof share_text);
	format_gap(drift, gap, sizeof gap);
	return cs_error_set(err, CS_ERR_UNAVAILABLE,
	                    drift > 0
	                    ? _("this host's clock says %s but the file server's says %s: "
	                        "%s ahead, more than the %d s allowed (clock_drift_max); "
	                        "change refused, have this host's clock set")
	                    : _("this host's clock says %s but the file server's says %s: "
	                        "%s behind, more than the %d s allowed (clock_drift_max); "
	                        "change refused, have this host's clock set"),
	                    host_text, share_text, gap, c->max_drift);
}
