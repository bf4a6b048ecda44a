/* pam_expired.c — a PAM module for the kiosk tests only (tests/ui/
 * kiosk-lib.sh): in the account phase it answers PAM_ACCT_EXPIRED for the
 * logins given as its arguments, as a directory would for an expired
 * account, and PAM_SUCCESS for the others; it takes no part in
 * authentication. pam_matrix, which holds the test passwords, cannot
 * expire an account. */
#include <security/pam_modules.h>
#include <string.h>

PAM_EXTERN int pam_sm_acct_mgmt(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
	const char *user = NULL;

	(void)flags;
	if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL)
		return PAM_USER_UNKNOWN;
	for (int i = 0; i < argc; i++)
		if (strcmp(argv[i], user) == 0)
			return PAM_ACCT_EXPIRED;
	return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
	(void)pamh;
	(void)flags;
	(void)argc;
	(void)argv;
	return PAM_IGNORE;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
	(void)pamh;
	(void)flags;
	(void)argc;
	(void)argv;
	return PAM_IGNORE;
}
