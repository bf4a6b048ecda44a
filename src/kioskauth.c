/* kioskauth.c — unlocking a kiosk: the PAM conversation, the role check and
 * the count of failed attempts kept in the audit journal (see kioskauth.h
 * for the rules). */
#include <security/pam_appl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "i18n.h"
#include "kioskauth.h"
#include "text.h"
#include "when.h"

bool kiosk_role_may_unlock(const struct cs_config *cfg, unsigned roles)
{
	return (roles & cfg->kiosk_unlock_roles) != 0;
}

/* ---- the failures of a login, from the journal ---------------------- */

struct failures {
	const char *login;
	int count;          /* failures since the login's last unlock */
	time_t last;        /* the latest of them, (time_t)-1 if none */
};

static enum cs_status do_count_failures(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT count(*), max(at) FROM audit"
		" WHERE ref = ?1 AND action = 'kiosk.unlock-failed' AND id >"
		" coalesce((SELECT max(id) FROM audit WHERE ref = ?1 AND action = 'kiosk.unlock'), 0)";
	struct failures *f = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, f->login);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *at = (const char *)sqlite3_column_text(st, 1);
		f->count = sqlite3_column_int(st, 0);
		f->last = at != NULL ? when_parse_utc(at) : (time_t)-1;
	}
	db_stmt_done(st);
	return rc == SQLITE_ROW ? CS_OK : db_fail(db, rc, _("reading the journal"), err);
}

/* Seconds to wait after n failures in a row (n >= 1) before the next try. */
static int delay_after(int n)
{
	if (n >= KIOSK_MAX_FAILURES)
		return KIOSK_LOCKOUT_SECONDS;
	return 1 << (n - 1);
}

/* ---- the journal ------------------------------------------------------ */

struct journal_line {
	const struct cs_identity *actor;
	time_t when;
	const char *action, *ref, *detail;
};

static enum cs_status do_journal(struct cs_db *db, void *ctx, struct cs_error *err)
{
	const struct journal_line *j = ctx;

	return audit_record_at(db, j->actor, j->when, j->action, "kiosk", j->ref, j->detail, err);
}

static enum cs_status journal(struct cs_db *db, const struct cs_identity *actor, time_t when,
                              const char *action, const char *ref, const char *detail,
                              struct cs_error *err)
{
	struct journal_line j = { actor, when, action, ref, detail };

	return db_write(db, do_journal, &j, err);
}

enum cs_status kiosk_journal_lock(struct cs_db *db, const struct cs_identity *person,
                                  const char *why, struct cs_error *err)
{
	return journal(db, person, time(NULL), "kiosk.lock", person->login, why, err);
}

/* ---- PAM -------------------------------------------------------------- */

struct conversation {
	const char *login;
	const char *password;
	char said[200];        /* the last thing a module said (sanitised) */
};

static void wipe_free(char *s)
{
	if (s != NULL) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

static int converse(int n, const struct pam_message **msg, struct pam_response **resp,
                    void *data)
{
	struct conversation *c = data;
	struct pam_response *r;

	if (n <= 0 || n > PAM_MAX_NUM_MSG)
		return PAM_CONV_ERR;
	if ((r = calloc((size_t)n, sizeof *r)) == NULL)
		return PAM_BUF_ERR;
	for (int i = 0; i < n; i++) {
		switch (msg[i]->msg_style) {
		case PAM_PROMPT_ECHO_OFF:
			r[i].resp = strdup(c->password);
			break;
		case PAM_PROMPT_ECHO_ON:
			r[i].resp = strdup(c->login);
			break;
		case PAM_ERROR_MSG:
		case PAM_TEXT_INFO: {
			char *clean = text_sanitize(msg[i]->msg ? msg[i]->msg : "",
			                            TEXT_SINGLE_LINE);
			if (clean != NULL)
				snprintf(c->said, sizeof c->said, "%s", clean);
			free(clean);
			continue;
		}
		default:
			goto fail;
		}
		if (r[i].resp == NULL)
			goto fail;
	}
	*resp = r;
	return PAM_SUCCESS;
fail:
	for (int i = 0; i < n; i++)
		wipe_free(r[i].resp);
	free(r);
	return PAM_CONV_ERR;
}

/* Runs the PAM transaction; fills out->result (OK means PAM accepted the
 * login and its account) and out->message for a refusal PAM explained. */
static enum cs_status ask_pam(const struct cs_identity *kiosk, const char *login,
                              const char *password, struct kiosk_auth_outcome *out,
                              struct cs_error *err)
{
	struct conversation c = { .login = login, .password = password };
	struct pam_conv conv = { converse, &c };
	pam_handle_t *h = NULL;
	int rc;

	rc = pam_start(KIOSK_PAM_SERVICE, login, &conv, &h);
	if (rc != PAM_SUCCESS)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("PAM cannot be started for the service \"%s\""),
		                    KIOSK_PAM_SERVICE);
	pam_set_item(h, PAM_RUSER, kiosk->login);
	rc = pam_authenticate(h, PAM_DISALLOW_NULL_AUTHTOK);
	switch (rc) {
	case PAM_SUCCESS:
		break;
	case PAM_AUTH_ERR:
	case PAM_USER_UNKNOWN:
	case PAM_CRED_INSUFFICIENT:
	case PAM_MAXTRIES:
		out->result = KIOSK_AUTH_REFUSED;
		pam_end(h, rc);
		return CS_OK;
	default: {
		char why[160];
		snprintf(why, sizeof why, "%s", pam_strerror(h, rc));
		pam_end(h, rc);
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("the password cannot be checked (PAM: %s): see "
		                      "/etc/pam.d/%s"), why, KIOSK_PAM_SERVICE);
	}
	}
	rc = pam_acct_mgmt(h, PAM_DISALLOW_NULL_AUTHTOK);
	switch (rc) {
	case PAM_SUCCESS:
		out->result = KIOSK_AUTH_OK;
		break;
	case PAM_ACCT_EXPIRED:
		out->result = KIOSK_AUTH_EXPIRED;
		snprintf(out->message, sizeof out->message,
		         _("the account %s has expired: see the directory's administrators"), login);
		break;
	case PAM_NEW_AUTHTOK_REQD:
		out->result = KIOSK_AUTH_EXPIRED;
		snprintf(out->message, sizeof out->message,
		         _("the password of %s has expired: change it on your own workstation "
		           "first"), login);
		break;
	default:
		out->result = KIOSK_AUTH_DENIED;
		snprintf(out->message, sizeof out->message,
		         _("the account %s may not log in here (PAM: %s)"), login,
		         c.said[0] ? c.said : pam_strerror(h, rc));
		break;
	}
	pam_end(h, rc);
	return CS_OK;
}

/* ---- the unlock ------------------------------------------------------- */

static void say_wait(struct kiosk_auth_outcome *out, const char *login)
{
	if (out->result == KIOSK_AUTH_LOCKED_OUT)
		snprintf(out->message, sizeof out->message,
		         _("too many failures for %s: try again in %d min"), login,
		         (out->wait_seconds + 59) / 60);
	else
		snprintf(out->message, sizeof out->message,
		         _("wait %d s before trying again"), out->wait_seconds);
}

static enum cs_status unlock(struct cs_db *db, const struct cs_config *cfg,
                             const struct cs_identity *kiosk, const char *login,
                             const char *password, time_t now,
                             struct kiosk_auth_outcome *out, struct cs_error *err)
{
	struct failures f = { .login = login, .last = (time_t)-1 };
	enum cs_status s;
	char detail[96];

	if ((s = db_read(db, do_count_failures, &f, err)) != CS_OK)
		return s;
	if (f.count > 0 && f.last != (time_t)-1) {
		time_t until = f.last + delay_after(f.count);
		if (now < until) {
			out->result = f.count >= KIOSK_MAX_FAILURES ? KIOSK_AUTH_LOCKED_OUT
			                                            : KIOSK_AUTH_WAIT;
			out->wait_seconds = (int)(until - now);
			out->failures = f.count;
			say_wait(out, login);
			return CS_OK;
		}
	}
	if ((s = ask_pam(kiosk, login, password, out, err)) != CS_OK)
		return s;
	switch (out->result) {
	case KIOSK_AUTH_REFUSED:
		out->failures = f.count + 1;
		out->wait_seconds = delay_after(out->failures);
		snprintf(detail, sizeof detail, _("failure %d in a row"), out->failures);
		if ((s = journal(db, kiosk, now, "kiosk.unlock-failed", login, detail, err)) != CS_OK)
			return s;
		if (out->failures >= KIOSK_MAX_FAILURES)
			snprintf(out->message, sizeof out->message,
			         _("wrong login or password; too many failures for %s: try again "
			           "in %d min"), login, (out->wait_seconds + 59) / 60);
		else
			snprintf(out->message, sizeof out->message, _("wrong login or password"));
		return CS_OK;
	case KIOSK_AUTH_EXPIRED:
	case KIOSK_AUTH_DENIED:
		return journal(db, kiosk, now, "kiosk.unlock-refused", login, out->message, err);
	default:
		break;
	}
	if ((s = identity_from_login(cfg, login, &out->person, err)) != CS_OK)
		return s;
	if ((s = agents_register(db, &out->person, err)) != CS_OK)
		return s;
	if (!kiosk_role_may_unlock(cfg, out->person.roles)) {
		out->result = KIOSK_AUTH_ROLE;
		snprintf(out->message, sizeof out->message,
		         _("%s may not unlock this kiosk (kiosk_unlock_roles)"), login);
		snprintf(detail, sizeof detail, "%s", _("role not allowed"));
		memset(&out->person, 0, sizeof out->person);
		return journal(db, kiosk, now, "kiosk.unlock-refused", login, detail, err);
	}
	return journal(db, &out->person, now, "kiosk.unlock", login, "", err);
}

enum cs_status kiosk_unlock(struct cs_db *db, const struct cs_config *cfg,
                            const struct cs_identity *kiosk, const char *login,
                            char *password, time_t now,
                            struct kiosk_auth_outcome *out, struct cs_error *err)
{
	size_t len = strnlen(password, KIOSK_PASSWORD_MAX + 1);
	enum cs_status s = CS_OK;

	memset(out, 0, sizeof *out);
	out->result = KIOSK_AUTH_BAD_INPUT;
	if (login == NULL || !agents_login_is_valid(login))
		snprintf(out->message, sizeof out->message, _("type your login"));
	else if (len == 0)
		snprintf(out->message, sizeof out->message, _("type your password"));
	else if (len > KIOSK_PASSWORD_MAX)
		snprintf(out->message, sizeof out->message,
		         _("a password has at most %d characters"), KIOSK_PASSWORD_MAX);
	else
		s = unlock(db, cfg, kiosk, login, password, now, out, err);
	explicit_bzero(password, strlen(password));
	return s;
}
