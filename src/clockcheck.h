/* clockcheck.h — this host's clock against the share's, before a write.
 * Every date the program stores (a decision, a proposal, the moment a
 * proposal confirms itself or a booking is released) comes from the host's
 * clock; a host whose clock runs days ahead would settle what is not due
 * yet and store dates in the future. So before a write the host's clock is
 * compared with the file server's (shareclock_drift()) and the write is
 * refused when they differ by more than clock_drift_max seconds. The
 * measure costs a write and a flush over the network: a good one is
 * trusted for CLOCKCHECK_TRUST_SECONDS, a bad one is measured again at
 * the next write (the clock may have been set meanwhile). */
#ifndef CS_CLOCKCHECK_H
#define CS_CLOCKCHECK_H

#include <stdbool.h>

#include "err.h"

#define CLOCKCHECK_TRUST_SECONDS 300.0

/* Measures this host's clock minus the share's, in seconds; returns 0 or an
 * errno value. shareclock_drift() in the program; unit tests count calls. */
typedef int (*clockcheck_measure_fn)(const char *db_path, double *drift_seconds);

struct clockcheck {
	int max_drift;                  /* seconds; 0: no check */
	clockcheck_measure_fn measure;
	bool trusted;                   /* the last measure was within max_drift */
	double trusted_at;              /* monotonic seconds of that measure */
};

/* A check allowing max_drift seconds (0 turns it off), measuring with
 * shareclock_drift(). */
void clockcheck_init(struct clockcheck *c, int max_drift);

/* CS_OK when the check is off, when a good measure is younger than
 * CLOCKCHECK_TRUST_SECONDS at mono_now (monotonic seconds), or when a new
 * measure is within max_drift. Otherwise CS_ERR_UNAVAILABLE with a message
 * naming this host's time and the share's, or saying why the share's time
 * could not be read. */
enum cs_status clockcheck_verify(struct clockcheck *c, const char *db_path,
                                 double mono_now, struct cs_error *err);

#endif
