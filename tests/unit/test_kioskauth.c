/* test_kioskauth.c — unlocking a kiosk through the real libpam, with
 * pam_wrapper's pam_matrix holding the test passwords and nss_wrapper the
 * test accounts (src/kioskauth.c): right and wrong passwords, the growing
 * delay and the lock-out counted across kiosks in the journal, the role
 * check, the account check, bad input, and the password wiped. The program
 * sets up its wrappers and runs itself again under them. */
#include <locale.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "fixture.h"
#include "kioskauth.h"
#include "tap.h"

static char dir[] = "/tmp/cs-kioskauth-XXXXXX";

static void write_file(const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL || fputs(text, f) < 0 || fclose(f) != 0) {
		printf("Bail out! cannot write %s\n", path);
		exit(99);
	}
}

/* Writes the PAM service, the password database and the accounts, then
 * runs this program again with the wrappers preloaded. Returns only when
 * the wrappers are missing (the test is skipped). */
static void rerun_under_wrappers(char **argv)
{
	static const char *const libs[] = {
		"/usr/lib/x86_64-linux-gnu/libpam_wrapper.so",
		"/usr/lib/x86_64-linux-gnu/libnss_wrapper.so",
		"/usr/lib/x86_64-linux-gnu/pam_wrapper/pam_matrix.so",
	};
	char text[1024], preload[512];

#ifdef __SANITIZE_ADDRESS__
	printf("1..0 # SKIP pam_wrapper loads libpam with RTLD_DEEPBIND, which ASan refuses "
	       "(the plain build runs this test; valgrind runs clean on it)\n");
	exit(0);
#endif
	for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++)
		if (access(libs[i], R_OK) != 0) {
			printf("1..0 # SKIP %s is missing (packages libpam-wrapper, "
			       "libnss-wrapper)\n", libs[i]);
			exit(0);
		}
	if (mkdtemp(dir) == NULL)
		exit(99);
	if (snprintf(text, sizeof text, "%s/services", dir) >= (int)sizeof text ||
	    mkdir(text, 0700) != 0)
		exit(99);
	snprintf(text, sizeof text,
	         "auth required %s passdb=%s/passdb\n"
	         "account required %s passdb=%s/passdb\n", libs[2], dir, libs[2], dir);
	write_file("services/construisons", text);
	write_file("passdb",
	           "anim:s3cret-anim:construisons\n"
	           "mdupont:marie-pw:construisons\n"
	           "ailleurs:autre-pw:sshd\n");
	write_file("passwd",
	           "anim:x:2001:2001:Sophie Animatrice:/nonexistent:/bin/false\n"
	           "mdupont:x:2002:2002:Marie Dupont:/nonexistent:/bin/false\n"
	           "ailleurs:x:2003:2003:Ali Ailleurs:/nonexistent:/bin/false\n"
	           "borne:x:2004:2004:Borne du hall:/nonexistent:/bin/false\n");
	write_file("group",
	           "animation:x:2001:anim\n"
	           "mdupont:x:2002:\n"
	           "ailleurs:x:2003:\n"
	           "borne:x:2004:\n");
	snprintf(preload, sizeof preload, "%s %s", libs[0], libs[1]);
	setenv("LD_PRELOAD", preload, 1);
	setenv("PAM_WRAPPER", "1", 1);
	snprintf(text, sizeof text, "%s/services", dir);
	setenv("PAM_WRAPPER_SERVICE_DIR", text, 1);
	snprintf(text, sizeof text, "%s/passwd", dir);
	setenv("NSS_WRAPPER_PASSWD", text, 1);
	snprintf(text, sizeof text, "%s/group", dir);
	setenv("NSS_WRAPPER_GROUP", text, 1);
	setenv("CS_KIOSKAUTH_DIR", dir, 1);
	execv("/proc/self/exe", argv);
	printf("Bail out! cannot run again under the wrappers\n");
	exit(99);
}

static struct cs_db *db;
static struct cs_config cfg;
static struct cs_identity kiosk;

/* kiosk_unlock with a copy of password that must come back wiped. */
static enum kiosk_auth_result try(const char *login, const char *password, time_t now,
                                  struct kiosk_auth_outcome *out)
{
	char *buf = strdup(password);
	size_t len = strlen(password);
	struct cs_error err;
	bool wiped = true;

	if (buf == NULL)
		exit(99);
	if (kiosk_unlock(db, &cfg, &kiosk, login, buf, now, out, &err) != CS_OK) {
		printf("# kiosk_unlock: %s\n", err.message);
		out->result = (enum kiosk_auth_result)-1;
	}
	for (size_t i = 0; i < len; i++)
		wiped = wiped && buf[i] == '\0';
	ok(wiped, "%s: the password buffer is wiped", login);
	free(buf);
	return out->result;
}

static int journal_count(const char *action, const char *ref, const char *actor)
{
	char sql[256];
	sqlite3_stmt *st;
	int n = -1;

	snprintf(sql, sizeof sql, "SELECT count(*) FROM audit WHERE action = '%s' AND ref = '%s'"
	         " AND actor = '%s' AND host <> ''", action, ref, actor);
	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static bool journal_mentions(const char *needle)
{
	sqlite3_stmt *st;
	bool found = false;

	if (sqlite3_prepare_v2(db_handle(db), "SELECT detail || ref || actor FROM audit", -1,
	                       &st, NULL) != SQLITE_OK)
		return true;
	while (sqlite3_step(st) == SQLITE_ROW)
		found = found || strstr((const char *)sqlite3_column_text(st, 0), needle) != NULL;
	sqlite3_finalize(st);
	return found;
}

static void test_right_and_wrong(time_t t0)
{
	struct kiosk_auth_outcome out;

	is_int(try("anim", "s3cret-anim", t0, &out), KIOSK_AUTH_OK, "a facilitator unlocks");
	is_str(out.person.login, "anim", "the session is the person who authenticated");
	is_str(out.person.name, "Sophie Animatrice", "with the directory's name");
	ok(identity_has_role(&out.person, ROLE_FACILITATOR), "and the roles of her groups");
	is_int(journal_count("kiosk.unlock", "anim", "anim"), 1, "the unlock is journalled");

	is_int(try("mdupont", "marie-pw", t0, &out), KIOSK_AUTH_ROLE,
	       "an agent is not allowed to unlock by default");
	ok(strstr(out.message, "kiosk_unlock_roles") != NULL, "the message names the option: %s",
	   out.message);
	is_str(out.person.login, "", "no session is given");
	is_int(journal_count("kiosk.unlock-refused", "mdupont", "borne"), 1, "journalled");

	cfg.kiosk_unlock_roles |= ROLE_AGENT;
	is_int(try("mdupont", "marie-pw", t0, &out), KIOSK_AUTH_OK,
	       "agents allowed: mdupont gets her own session");
	ok(!identity_has_role(&out.person, ROLE_FACILITATOR), "as an agent only");
	cfg.kiosk_unlock_roles &= ~(unsigned)ROLE_AGENT;

	is_int(try("ailleurs", "autre-pw", t0, &out), KIOSK_AUTH_DENIED,
	       "PAM's account check refuses an account not allowed for the service");
	is_int(try("inconnu", "whatever", t0, &out), KIOSK_AUTH_REFUSED,
	       "an unknown login is refused like a wrong password");
	is_str(out.message, "wrong login or password", "with the same message");
}

static void test_lockout(time_t t0)
{
	struct kiosk_auth_outcome out;
	time_t t = t0;

	for (int n = 1; n < KIOSK_MAX_FAILURES; n++) {
		is_int(try("anim", "mauvais", t, &out), KIOSK_AUTH_REFUSED, "failure %d refused", n);
		is_int(out.failures, n, "failure %d counted", n);
		is_int(out.wait_seconds, 1 << (n - 1), "the next try waits %d s", 1 << (n - 1));
		is_int(try("anim", "s3cret-anim", t, &out), KIOSK_AUTH_WAIT,
		       "even the right password waits after failure %d", n);
		ok(out.wait_seconds >= 1 && out.wait_seconds <= 1 << (n - 1), "%d s left",
		   out.wait_seconds);
		t += 1 << (n - 1);
	}
	is_int(try("anim", "mauvais", t, &out), KIOSK_AUTH_REFUSED, "the fifth failure");
	ok(strstr(out.message, "too many failures") != NULL, "says the lock-out: %s", out.message);
	is_int(try("anim", "s3cret-anim", t + 60, &out), KIOSK_AUTH_LOCKED_OUT,
	       "a minute later the right password is still refused");
	is_int(out.wait_seconds, KIOSK_LOCKOUT_SECONDS - 60, "with the time left");
	is_int(journal_count("kiosk.unlock-failed", "anim", "borne"), KIOSK_MAX_FAILURES,
	       "every failure is journalled by the kiosk");
	is_int(try("anim", "s3cret-anim", t + KIOSK_LOCKOUT_SECONDS, &out), KIOSK_AUTH_OK,
	       "after the lock-out the right password unlocks");
	is_int(try("anim", "mauvais", t + KIOSK_LOCKOUT_SECONDS, &out), KIOSK_AUTH_REFUSED,
	       "and a failure after it counts from one again");
	is_int(out.failures, 1, "(one)");
	ok(!journal_mentions("mauvais") && !journal_mentions("s3cret"),
	   "no password is ever in the journal");
}

static void test_bad_input(time_t t)
{
	struct kiosk_auth_outcome out;
	char *huge = malloc(10001);

	if (huge == NULL)
		exit(99);
	memset(huge, 'x', 10000);
	huge[10000] = '\0';
	is_int(try("anim", "", t, &out), KIOSK_AUTH_BAD_INPUT, "an empty password is not tried");
	is_int(try("anim", huge, t, &out), KIOSK_AUTH_BAD_INPUT,
	       "a password of 10,000 characters is refused unread");
	ok(strstr(out.message, "512") != NULL, "saying the limit: %s", out.message);
	is_int(try("", "x", t, &out), KIOSK_AUTH_BAD_INPUT, "an empty login");
	is_int(try("../etc", "x", t, &out), KIOSK_AUTH_BAD_INPUT, "a login that cannot be one");
	is_int(journal_count("kiosk.unlock-failed", "anim", "borne"), KIOSK_MAX_FAILURES + 1,
	       "bad input counts as no attempt");
	free(huge);
}

int main(int argc, char **argv)
{
	struct cs_error err;
	char path[512];
	const char *d = getenv("CS_KIOSKAUTH_DIR");

	(void)argc;
	if (getenv("PAM_WRAPPER") == NULL || d == NULL)
		rerun_under_wrappers(argv);
	setlocale(LC_ALL, "C.UTF-8");
	snprintf(dir, sizeof dir, "%s", d);
	snprintf(path, sizeof path, "%s/k.db", dir);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err)
	    != CS_OK)
		return 99;
	memset(&cfg, 0, sizeof cfg);
	static char *animation[] = { "animation" };
	cfg.facilitator_groups = (struct cs_string_list){ animation, 1 };
	cfg.kiosk_unlock_roles = ROLE_FACILITATOR | ROLE_ADMIN;
	kiosk = fixture_agent(db, "borne", 0);

	time_t t0 = at(2026, 12, 4, 10, 0);
	test_right_and_wrong(t0);
	test_lockout(t0 + 3600);
	test_bad_input(t0 + 7200);
	db_close(db);
	return tap_done();
}
