# lib.sh — the harness of the security tests: the program as it is really
# installed (a RELEASE build, setgid to the system group `construisons`)
# used by real Unix accounts that are not in that group. Source it from a
# test script run by meson (suite "security"); it needs root (exit 77
# otherwise) and leaves nothing behind but the group and the shared build.
#
#   release_bin                 builds (once per build tree, later runs are
#                               incremental) and installs the release build
#                               into $RELEASE_PREFIX, setgid; sets $BIN
#   make_agent VAR "Full Name"  a new account (unique login, own group, not
#                               in `construisons`), removed at exit; its
#                               login goes into $VAR
#   as_agent LOGIN CMD...       runs CMD as LOGIN (real uid, gid, groups)
#                               with a clean environment, from $T
#   shared_layout [CONF LINES]  the recommended layout: $SHARED
#                               root:construisons 2770, and the system file
#                               (root, 0644) naming $DB in it plus CONF LINES
#   check_ok DESC CMD... / check_fails DESC CMD...
#                               a case that must succeed / fail; counted
#   finish                      exit status of the script (1 if any failed)
set -u

: "${BUILD_ROOT:?run through meson test}"
: "${SOURCE_ROOT:?run through meson test}"
if [ "$(id -u)" -ne 0 ]; then
	echo "the security tests create Unix accounts: run them as root" >&2
	exit 77
fi
for tool in useradd userdel groupadd setpriv sqlite3 flock; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 99; }
done

GROUP=construisons
getent group "$GROUP" >/dev/null || groupadd -r "$GROUP" || exit 99

# Everything the accounts must reach lives under /tmp, traversable by all.
T=$(mktemp -d /tmp/construisons-sec.XXXXXX)
chmod 0755 "$T"
SHARED="$T/shared"
DB="$SHARED/construisons.db"
export T SHARED DB

AGENTS=""
sec_cleanup() {
	for a in $AGENTS; do
		userdel "$a" 2>/dev/null
		getent group "$a" >/dev/null && groupdel "$a" 2>/dev/null
	done
	rm -rf "$T"
}
trap sec_cleanup EXIT
trap 'exit 1' INT TERM HUP

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
finish() {
	if [ "$failures" -ne 0 ]; then
		echo "$failures failure(s)"
		exit 1
	fi
	echo "all cases passed"
	exit 0
}

# check_ok DESC CMD...: CMD must exit 0.
check_ok() {
	desc=$1; shift
	if out=$("$@" 2>&1); then
		echo "ok: $desc"
	else
		fail "$desc (exit $?): $out"
	fi
}

# check_fails DESC CMD...: CMD must exit non-zero.
check_fails() {
	desc=$1; shift
	if out=$("$@" 2>&1); then
		fail "$desc: it succeeded: $out"
	else
		echo "ok: $desc"
	fi
}

# One release build per build tree, installed to a prefix that every
# account can reach; a lock keeps two test scripts from building at once.
RELEASE_BUILD="$BUILD_ROOT/security-release"
RELEASE_PREFIX="/tmp/construisons-release.$(printf '%s' "$BUILD_ROOT" | cksum | cut -d' ' -f1)"
BIN="$RELEASE_PREFIX/bin/construisons"
SYSTEM_CONF="$RELEASE_PREFIX/etc/construisons.conf"
export RELEASE_PREFIX BIN SYSTEM_CONF

release_bin() {
	(
		flock 9
		if [ ! -f "$RELEASE_BUILD/build.ninja" ]; then
			meson setup "$RELEASE_BUILD" "$SOURCE_ROOT" -Dtest_hooks=false \
				-Dbuildtype=debugoptimized -Dwerror=true \
				-Dprefix="$RELEASE_PREFIX" >"$RELEASE_BUILD.log" 2>&1 || exit 1
		fi
		meson compile -C "$RELEASE_BUILD" >>"$RELEASE_BUILD.log" 2>&1 || exit 1
		meson install -C "$RELEASE_BUILD" --no-rebuild >>"$RELEASE_BUILD.log" 2>&1 || exit 1
		# The install steps of the man page (meson install cannot: the
		# group may not exist where the program is built).
		chown root:"$GROUP" "$BIN" && chmod 2755 "$BIN" || exit 1
		chmod 0755 "$RELEASE_PREFIX"
	) 9>"$BUILD_ROOT/security-release.lock"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "release build failed:" >&2
		tail -n 40 "$RELEASE_BUILD.log" >&2
		exit 99
	fi
	grep -q 'define CONSTRUISONS_TEST_HOOKS 0' "$RELEASE_BUILD/buildinfo.h" \
		|| { echo "the release build has the test hooks" >&2; exit 99; }
}

# make_agent VAR "Full Name": creates a unique account (its own group, no
# home directory of its own: $T/home/LOGIN is made for it) into $VAR.
make_agent() {
	var=$1 name=$2
	login="cst_${var}_$$"
	login=$(printf '%s' "$login" | cut -c1-31)
	useradd -M -U -d "$T/home/$login" -s /bin/sh -c "$name" "$login" || exit 99
	AGENTS="$AGENTS $login"
	mkdir -p "$T/home/$login"
	chown "$login:$login" "$T/home/$login"
	chmod 0700 "$T/home/$login"
	eval "$var=\$login"
}

# as_agent LOGIN CMD...: CMD as LOGIN with its real groups and a clean
# environment (nothing of the test's CONSTRUISONS_* reaches the program).
as_agent() {
	login=$1; shift
	(cd "$T" && setpriv --reuid="$login" --regid="$(id -g "$login")" --init-groups \
		env -i PATH=/usr/bin:/bin HOME="$T/home/$login" USER="$login" \
		LOGNAME="$login" LC_ALL=C.UTF-8 TERM=dumb "$@")
}

# as_root CMD...: CMD as root with the same clean environment.
as_root() {
	(cd "$T" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root USER=root \
		LOGNAME=root LC_ALL=C.UTF-8 TERM=dumb "$@")
}

# shared_layout [LINE...]: the deployment of the man page: the shared
# directory root:construisons 2770 and the system file naming $DB (extra
# configuration lines appended).
shared_layout() {
	mkdir -p "$SHARED"
	chown root:"$GROUP" "$SHARED"
	chmod 2770 "$SHARED"
	{
		printf 'database = "%s"\n' "$DB"
		for line in "$@"; do printf '%s\n' "$line"; done
	} >"$SYSTEM_CONF"
	chown root:root "$SYSTEM_CONF"
	chmod 0644 "$SYSTEM_CONF"
}

# mode_of FILE: "MODE USER:GROUP" (e.g. "660 root:construisons").
mode_of() { stat -c '%a %U:%G' "$1"; }
