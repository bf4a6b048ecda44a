/* kioskauth.h — unlocking a kiosk: a login and a password checked by PAM
 * (service "construisons": pam_authenticate then pam_acct_mgmt), the roles
 * of kiosk_unlock_roles required, and failed attempts counted per login in
 * the audit journal of the shared database, so that every kiosk of the
 * intranet sees them: after the n-th failure in a row the login waits
 * 2^(n-1) s before the next try, and after KIOSK_MAX_FAILURES it is locked
 * out for KIOSK_LOCKOUT_SECONDS (one more try each time that passes).
 * Every unlock, failure and lock is journalled with the kiosk's host. The
 * password is never copied outside PAM's conversation, never logged, and
 * the caller's buffer is wiped before kiosk_unlock() returns. */
#ifndef CS_KIOSKAUTH_H
#define CS_KIOSKAUTH_H

#include <stddef.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "err.h"

#define KIOSK_MAX_FAILURES 5          /* in a row, then the lock-out */
#define KIOSK_LOCKOUT_SECONDS 300
#define KIOSK_PASSWORD_MAX 512        /* bytes; longer is refused unread */
#define KIOSK_PAM_SERVICE "construisons"

enum kiosk_auth_result {
	KIOSK_AUTH_OK,          /* unlocked: out->person is who authenticated */
	KIOSK_AUTH_REFUSED,     /* wrong password or unknown login (one answer) */
	KIOSK_AUTH_EXPIRED,     /* PAM: account or password expired */
	KIOSK_AUTH_DENIED,      /* PAM's account check refused the login */
	KIOSK_AUTH_ROLE,        /* authenticated, but not allowed to unlock */
	KIOSK_AUTH_WAIT,        /* too soon after a failure: wait out->wait_seconds */
	KIOSK_AUTH_LOCKED_OUT,  /* too many failures: out->wait_seconds left */
	KIOSK_AUTH_BAD_INPUT    /* empty or too long, or not a login: nothing tried */
};

struct kiosk_auth_outcome {
	enum kiosk_auth_result result;
	int wait_seconds;            /* WAIT, LOCKED_OUT; after REFUSED: the next delay */
	int failures;                /* failures in a row for the login, this one included */
	char message[256];           /* French, for the unlock screen's status line */
	struct cs_identity person;   /* on OK: login, name and roles, as over SSH */
};

/* Tries to unlock the kiosk run by `kiosk` (the process's own identity,
 * registered) for `login` with the NUL-terminated `password`, which is wiped
 * (explicit_bzero) whatever happens. Journals the outcome in one write
 * transaction. Returns CS_OK when an answer was reached (see out->result),
 * an error status when the database or PAM itself could not be used. */
enum cs_status kiosk_unlock(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *kiosk, const char *login,
                            char *password, time_t now,
                            struct kiosk_auth_outcome *out, struct cs_error *err);

/* Journals that the kiosk was locked again (why: "inactivité", "touche",
 * "raccrochage"…) by the person whose session ends. */
enum cs_status kiosk_journal_lock(struct cs_db *db, const struct cs_identity *person,
                                  const char *why, struct cs_error *err);

/* True when roles (enum cs_role bits) may unlock under cfg's
 * kiosk_unlock_roles. */
bool kiosk_role_may_unlock(const struct cs_config *cfg, unsigned roles);

#endif
