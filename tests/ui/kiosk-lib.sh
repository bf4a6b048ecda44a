# kiosk-lib.sh — the set-up of the kiosk tests, sourced after lib.sh: the
# real libpam through pam_wrapper, with pam_matrix holding the test
# passwords for the service "construisons", and nss_wrapper giving the
# kiosk process its own account ("borne", first in the file: the process's
# uid) and the accounts of the people who unlock it. `kiosk_start NAME`
# runs `construisons kiosk` in tmux under them; KIOSK_IDLE (seconds, a
# test build's hook) shortens kiosk_idle_lock.

PAM_WRAPPER_LIB=$(ls /usr/lib/*/libpam_wrapper.so 2>/dev/null | head -n 1)
PAM_MATRIX=$(ls /usr/lib/*/pam_wrapper/pam_matrix.so 2>/dev/null | head -n 1)
if [ -z "$PAM_WRAPPER_LIB" ] || [ -z "$PAM_MATRIX" ]; then
	echo "libpam-wrapper is missing (apt-get install libpam-wrapper)" >&2
	exit 99
fi
if ldd "$CONSTRUISONS_BIN" 2>/dev/null | grep -q libasan; then
	# pam_wrapper loads libpam with RTLD_DEEPBIND, which ASan refuses
	echo "kiosk tests: pam_wrapper cannot run under AddressSanitizer" >&2
	exit 77
fi

define_agent borne "Borne du hall"   # (before ui_start: it names the run file)
KP="$T/pam"
mkdir -p "$KP/services"
# perime: an expired account (pam_expired, built with the tests)
PAM_EXPIRED="$BUILD_ROOT/tests/ui/pam_expired.so"
[ -f "$PAM_EXPIRED" ] || { echo "$PAM_EXPIRED is missing" >&2; exit 99; }
printf 'auth required %s passdb=%s\naccount requisite %s perime\naccount required %s passdb=%s\n' \
	"$PAM_MATRIX" "$KP/passdb" "$PAM_EXPIRED" "$PAM_MATRIX" "$KP/passdb" \
	>"$KP/services/construisons"
printf 'auth required pam_deny.so\naccount required pam_deny.so\n' >"$KP/services/other"
# login:password:service (ailleurs may only use sshd: the account check
# refuses it here)
cat >"$KP/passdb" <<PW
anim:Anim-s3cret:construisons
mdupont:marie-pw:construisons
admin:admin-pw:construisons
ailleurs:autre-pw:sshd
perime:perime-pw:construisons
PW
uid=$(id -u) gid=$(id -g)
cat >"$KP/passwd" <<PW
borne:x:$uid:$gid:Borne du hall,,,:$T:/bin/sh
anim:x:9001:9001:Sophie Animatrice,,,:$T:/bin/sh
mdupont:x:9002:9002:Marie Dupont,,,:$T:/bin/sh
admin:x:9003:9003:Claire Admin,,,:$T:/bin/sh
ailleurs:x:9004:9004:Ali Ailleurs,,,:$T:/bin/sh
perime:x:9005:9005:Paul Périmé,,,:$T:/bin/sh
PW
cat >"$KP/group" <<PW
users:x:$gid:borne
anim:x:9001:
mdupont:x:9002:
admin:x:9003:
ailleurs:x:9004:
perime:x:9005:
PW

# kiosk_start NAME [ARGS...]: `construisons kiosk` as the account borne.
kiosk_start() {
	kname=$1; shift
	UI_PRELUDE="export LD_PRELOAD='$PAM_WRAPPER_LIB $NSS_WRAPPER_LIB${CLOCK_LIB:+ $CLOCK_LIB}' \
PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR='$KP/services' \
NSS_WRAPPER_PASSWD='$KP/passwd' NSS_WRAPPER_GROUP='$KP/group' \
CONSTRUISONS_KIOSK_IDLE_SECONDS='${KIOSK_IDLE:-}'"
	ui_start "$kname" borne kiosk "$@"
	UI_PRELUDE=""
}

# kiosk_unlock NAME LOGIN PASSWORD: Enter, the login, the password.
kiosk_unlock() {
	ui_keys "$1" Enter
	ui_wait "$1" "Identifiant"
	ui_type "$1" "$2"
	ui_keys "$1" Enter
	ui_type "$1" "$3"
	ui_keys "$1" Enter
}
