# common.sh — shared set-up for the shell tests (CLI, UI, docs).
# Source it from a test: it makes a private directory $T, a configuration
# file naming a fresh database, and the `as` helper that runs a command as a
# given agent. Identities are real NSS lookups: nss_wrapper maps the
# current uid to the login we want, so the program's own getpwuid_r() and
# getgrouplist() answer as they would on a host with that account.
set -u

: "${CONSTRUISONS_BIN:?run through meson test}"
: "${SOURCE_ROOT:?run through meson test}"
T=$(mktemp -d "${TMPDIR:-/tmp}/construisons-test.XXXXXX")
export T
cleanup_hooks=""
cs_cleanup() {
	for h in $cleanup_hooks; do "$h" || true; done
	rm -rf "$T"
}
trap cs_cleanup EXIT

# CONSTRUISONS_TEST_LOCALE runs a test under another UTF-8 locale (some UI
# tests run again under fr_FR.UTF-8, what our users have); the test skips
# (77) when that locale is not installed (make deps generates fr_FR.UTF-8).
test_locale=${CONSTRUISONS_TEST_LOCALE:-C.UTF-8}
if [ "$test_locale" != C.UTF-8 ] && ! locale -a 2>/dev/null \
	| grep -qix "$(printf '%s' "$test_locale" | sed 's/\.UTF-8$/.utf8/I')"; then
	echo "locale $test_locale is not installed" >&2
	exit 77
fi
export LC_ALL="$test_locale" LANGUAGE=fr
export XDG_CONFIG_HOME="$T/xdg-config" XDG_DATA_HOME="$T/xdg-data"
export CONSTRUISONS_CONFIG="$T/construisons.conf"
DB="$T/construisons.db"
export DB

NSS_WRAPPER_LIB=$(ls /usr/lib/*/libnss_wrapper.so 2>/dev/null | head -n 1)
if [ -z "$NSS_WRAPPER_LIB" ]; then
	echo "libnss-wrapper is missing (apt-get install libnss-wrapper)" >&2
	exit 99
fi

# nss_wrapper is preloaded (see `as`): under the sanitize setup ASan is not
# first in the library list (harmless), and nss_wrapper's RTLD_DEEPBIND is
# refused by the sanitizer runtime, so it is turned off.
case ${ASAN_OPTIONS-} in
*verify_asan_link_order*) ;;
*) ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
   export ASAN_OPTIONS ;;
esac
NSS_WRAPPER_DISABLE_DEEPBIND=1
export NSS_WRAPPER_DISABLE_DEEPBIND

# The system configuration used by the tests: roles by explicit lists and
# by Unix groups (the group "animation" makes facilitators).
cat >"$CONSTRUISONS_CONFIG" <<CONF
database = "$DB"
facilitators = {"anim"}
facilitator_groups = {"animation"}
committee_members = {"comite"}
admins = {}
refresh_interval = 1
# the tests run under a fixed clock (libfaketime): the check of this host's
# clock against the share's is off, but where a test turns it on
clock_drift_max = 0
CONF

mkdir -p "$T/nss"
# define_agent LOGIN "Full Name" [GROUP...]: an account for `as`.
define_agent() {
	login=$1 name=$2; shift 2
	uid=$(id -u) gid=$(id -g)
	printf '%s:x:%s:%s:%s,,,:%s:/bin/sh\n' "$login" "$uid" "$gid" "$name" "$T" \
		>"$T/nss/$login.passwd"
	{
		printf 'users:x:%s:%s\n' "$gid" "$login"
		n=5000
		for g in "$@"; do
			n=$((n + 1))
			printf '%s:x:%s:%s\n' "$g" "$n" "$login"
		done
	} >"$T/nss/$login.group"
}

# as LOGIN COMMAND...: runs COMMAND as the agent LOGIN (see define_agent).
as() {
	login=$1; shift
	[ -f "$T/nss/$login.passwd" ] || define_agent "$login" "$login"
	LD_PRELOAD="$NSS_WRAPPER_LIB${CLOCK_LIB:+ $CLOCK_LIB}" \
		NSS_WRAPPER_PASSWD="$T/nss/$login.passwd" \
		NSS_WRAPPER_GROUP="$T/nss/$login.group" "$@"
}

# cs LOGIN ARGS...: runs the program as LOGIN.
cs() {
	login=$1; shift
	as "$login" "$CONSTRUISONS_BIN" "$@"
}

# A few agents every test can use.
define_agent admin "Claire Admin"
define_agent mdupont "Marie Dupont"
define_agent jmartin "Jean Martin"
define_agent anim "Sophie Animatrice"
define_agent lgroupe "Luc Groupe" animation
define_agent comite "Paul Comité"

fail() { echo "FAIL: $*" >&2; exit 1; }

# weekday_clock: a test of desk booking calls it first. On a Saturday or a
# Sunday, the programs it starts from then on (as, cs, the UI) see a clock
# moved to Monday, the same hour (libfaketime, one offset for all of them,
# still ticking), so that today is a bookable day whatever day CI runs on.
# On a weekday it changes nothing.
weekday_clock() {
	case $(date +%u) in
	6) days=2 ;;
	7) days=1 ;;
	*) return 0 ;;
	esac
	CLOCK_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
	[ -n "$CLOCK_LIB" ] ||
		{ echo "faketime is missing (apt-get install faketime)" >&2; exit 99; }
	export FAKETIME="+${days}d" FAKETIME_DONT_FAKE_MONOTONIC=1
}
