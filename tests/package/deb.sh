#!/bin/sh
# deb.sh — the Debian package from build to purge, as root: `make deb`
# builds it (in a scratch copy, into a temporary dist/); dpkg-deb -c shows
# what it installs and where, lintian finds no error nor warning; then two
# installs with apt-get as the README says:
#   1. on a host without the group construisons: postinst makes it, the
#      binary is root:construisons 2755 (dpkg-statoverride), the protected
#      layout is set up as the README says (shared directory 2770, the
#      database named in /etc/construisons.conf, init as root), an ordinary
#      agent account (not in the group) runs --version, whoami, check and
#      adds an idea but cannot read the database; purge removes the group,
#      the statoverride and every file under /usr and /etc, and keeps the
#      database;
#   2. on a host where the administrator made the group first (fixed GID,
#      as for NFS): the package keeps it, an override set by the
#      administrator survives a reinstall (an upgrade), purge leaves the
#      group.
# The machine is left as found: a group construisons that existed (other
# suites make it) is put back with its GID and members, the agent removed,
# also on failure. Needs root, dpkg-buildpackage and lintian (77 otherwise);
# refuses to run where the package is installed (77).
set -u

: "${SOURCE_ROOT:?run through meson test}"
if [ "$(id -u)" -ne 0 ]; then
	echo "the package test installs and purges a package: run it as root" >&2
	exit 77
fi
for tool in dpkg-buildpackage lintian apt-get dpkg-statoverride useradd runuser; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 77; }
done
if dpkg-query -W -f='${db:Status-Status}' construisons 2>/dev/null | grep -qv '^not-installed$'; then
	echo "the package construisons is on this machine: the test would purge it" >&2
	exit 77
fi

GROUP=construisons
BIN=/usr/bin/construisons
STATE=/var/lib/construisons
VERSION=$(sed -n "s/^[[:space:]]*version[[:space:]]*:[[:space:]]*'\([^']*\)'.*/\1/p" \
	"$SOURCE_ROOT/meson.build" | head -n 1)
ARCH=$(dpkg --print-architecture)
APT="apt-get -y -qq -o DPkg::Lock::Timeout=300"
export DEBIAN_FRONTEND=noninteractive

T=$(mktemp -d /tmp/construisons-deb.XXXXXX)
chmod 0755 "$T"
ORIG_GROUP=$(getent group "$GROUP")
ORIG_GID=$(printf '%s' "$ORIG_GROUP" | cut -d: -f3)
ORIG_MEMBERS=$(printf '%s' "$ORIG_GROUP" | cut -d: -f4)
[ -e "$STATE" ] && { echo "$STATE exists already" >&2; rm -rf "$T"; exit 77; }
AGENT=""

restore_group() {
	cur=$(getent group "$GROUP" | cut -d: -f3)
	if [ -n "$ORIG_GID" ]; then
		if [ "$cur" != "$ORIG_GID" ]; then
			[ -n "$cur" ] && groupdel "$GROUP"
			groupadd -r -g "$ORIG_GID" "$GROUP"
			[ -n "$ORIG_MEMBERS" ] && gpasswd -q -M "$ORIG_MEMBERS" "$GROUP"
		fi
	elif [ -n "$cur" ]; then
		groupdel "$GROUP"
	fi
}
cleanup() {
	if dpkg-query -W -f='${db:Status-Status}' construisons 2>/dev/null | grep -qv '^not-installed$'; then
		$APT purge construisons >/dev/null 2>&1 || dpkg --purge construisons >/dev/null 2>&1
	fi
	dpkg-statoverride --list "$BIN" >/dev/null 2>&1 && dpkg-statoverride --remove "$BIN"
	if [ -n "$AGENT" ]; then
		userdel "$AGENT" 2>/dev/null
		getent group "$AGENT" >/dev/null && groupdel "$AGENT"
	fi
	restore_group
	rm -rf "$T" "$STATE"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
started=$(date +%s)
step() { echo "== $(( $(date +%s) - started )) s: $*"; }

# as_agent CMD...: CMD as the agent, with its real groups and a clean
# environment; as_root CMD...: the same environment as root.
as_agent() {
	(cd "$T" && runuser -u "$AGENT" -- env -i PATH=/usr/bin:/bin HOME="$T/home" \
		USER="$AGENT" LOGNAME="$AGENT" LC_ALL=C.UTF-8 TERM=dumb "$@")
}
as_root() {
	(cd "$T" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root USER=root \
		LOGNAME=root LC_ALL=C.UTF-8 TERM=dumb "$@")
}

# Every path under /usr and /etc (the package must leave none behind),
# without the files that account tools rewrite and Python's caches.
snapshot() {
	find /usr /etc -xdev 2>/dev/null \
		| grep -v -e '^/etc/\(passwd\|group\|shadow\|gshadow\|subuid\|subgid\)-$' \
			-e '/__pycache__' -e '^/etc/ld\.so\.cache$' | sort
}

# installed_checks: the binary setgid construisons through the statoverride
# MODE, the conffiles registered.
installed_checks() {
	mode=$1
	[ "$(stat -c '%a %U:%G' "$BIN")" = "$mode root:$GROUP" ] \
		|| fail "installed binary is $(stat -c '%a %U:%G' "$BIN"), not $mode root:$GROUP"
	[ "$(dpkg-statoverride --list "$BIN")" = "root $GROUP $mode $BIN" ] \
		|| fail "statoverride: '$(dpkg-statoverride --list "$BIN")'"
	conffiles=$(dpkg-query -W -f='${Conffiles}\n' construisons)
	for f in /etc/construisons.conf /etc/pam.d/construisons; do
		printf '%s\n' "$conffiles" | grep -q "^ $f " || fail "$f is not a conffile"
	done
}

# purged_checks: nothing of the package left, the database kept.
purged_checks() {
	dpkg-query -W -f='${db:Status-Status}' construisons 2>/dev/null | grep -qv '^not-installed$' \
		&& fail "construisons still known to dpkg after purge"
	dpkg-statoverride --list "$BIN" >/dev/null && fail "the statoverride outlived the purge"
	[ -e "$STATE" ] && fail "$STATE outlived the purge"
	snapshot >"$T/after"
	diff "$T/before" "$T/after" >"$T/diff" || fail "purge left /usr or /etc changed: $(cat "$T/diff")"
	[ -f "$DB" ] || fail "purge removed the database $DB"
}

# --- Build -------------------------------------------------------------
step "make deb"
deb_version=$(sed -n '1s/^construisons (\([^)]*\)).*/\1/p' "$SOURCE_ROOT/debian/changelog")
[ "$deb_version" = "$VERSION" ] || fail "debian/changelog says $deb_version, meson.build $VERSION"
if ! make -C "$SOURCE_ROOT" --no-print-directory deb DEB_WORK="$T/work" DIST="$T/dist" \
	DEB_BUILD_OPTIONS="nocheck parallel=2" >"$T/build.log" 2>&1; then
	tail -n 40 "$T/build.log"
	echo "make deb failed" >&2
	exit 1
fi
DEB="$T/dist/construisons_${VERSION}_${ARCH}.deb"
[ -f "$DEB" ] || { ls -l "$T/dist"; echo "no $DEB" >&2; exit 1; }
for f in "$T/dist/construisons_${VERSION}_${ARCH}.changes" "$T/dist/construisons_${VERSION}_${ARCH}.buildinfo"; do
	[ -f "$f" ] || fail "make deb did not leave $f"
done
[ -e "$T/work" ] && fail "make deb left its scratch copy $T/work"

# --- What the package holds ---------------------------------------------
step "dpkg-deb -c"
dpkg-deb -c "$DEB" | awk '{ print $1, $2, $6 }' >"$T/contents"
cat "$T/contents"
expect() { grep -qx -- "$1" "$T/contents" || fail "the package does not hold '$1'"; }
expect "-rwxr-xr-x root/root ./usr/bin/construisons"
expect "-rw-r--r-- root/root ./etc/construisons.conf"
expect "-rw-r--r-- root/root ./etc/pam.d/construisons"
expect "-rw-r--r-- root/root ./usr/share/man/man1/construisons.1.gz"
expect "-rw-r--r-- root/root ./usr/share/man/man5/construisons.conf.5.gz"
expect "-rw-r--r-- root/root ./usr/share/locale/fr/LC_MESSAGES/construisons.mo"
expect "-rw-r--r-- root/root ./usr/share/doc/construisons/copyright"
for f in "$SOURCE_ROOT"/data/*.sql "$SOURCE_ROOT"/data/floors/*; do
	expect "-rw-r--r-- root/root ./usr/share/construisons/${f#"$SOURCE_ROOT"/data/}"
done
grep -v ' root/root ' "$T/contents" && fail "files not owned by root/root in the package"
grep -q ' \./usr/local' "$T/contents" && fail "the package installs under /usr/local"
grep -q '^-..[sS]\|^-.....[sS]' "$T/contents" && fail "a set-id file in the package itself"
dpkg-deb -e "$DEB" "$T/control"
for f in /etc/construisons.conf /etc/pam.d/construisons; do
	grep -qx "$f" "$T/control/conffiles" || fail "$f is not in the package's conffiles"
done
depends=$(dpkg-deb -f "$DEB" Depends)
for p in libsqlite3-0 libconfuse2 libncursesw6 libcairo2 libcups2 adduser; do
	printf '%s\n' "$depends" | tr ',' '\n' | grep -q "^ *$p\( \|$\)" \
		|| fail "Depends lacks $p: $depends"
done

step "lintian"
if ! lintian --fail-on error,warning "$DEB" >"$T/lintian" 2>&1; then
	fail "lintian: $(cat "$T/lintian")"
fi
grep '^[EW]: ' "$T/lintian" && fail "lintian reports errors or warnings"

# --- 1. A host without the group ----------------------------------------
snapshot >"$T/before"
[ -n "$ORIG_GID" ] && groupdel "$GROUP"
step "apt-get install (no group construisons)"
(cd "$T/dist" && $APT install "./$(basename "$DEB")") >"$T/apt.log" 2>&1 \
	|| { cat "$T/apt.log"; echo "apt-get install failed" >&2; exit 1; }
gid=$(getent group "$GROUP" | cut -d: -f3)
[ -n "$gid" ] || fail "postinst made no group $GROUP"
[ -n "$gid" ] && [ "$gid" -lt 1000 ] || fail "the group $GROUP is not a system group (gid $gid)"
[ -f "$STATE/group-made-by-package" ] || fail "postinst did not note that it made the group"
installed_checks 2755

# The protected layout, as the README's "Paquet Debian" says.
SHARED="$T/partage/construisons"
DB="$SHARED/construisons.db"
mkdir -p "$SHARED" "$T/home"
chmod 0755 "$T/partage"
chown root:"$GROUP" "$SHARED"
chmod 2770 "$SHARED"
printf 'database = "%s"\n' "$DB" >>/etc/construisons.conf
as_root construisons init >"$T/out" 2>&1 || fail "root's init: $(cat "$T/out")"
as_root construisons desks import /usr/share/construisons/floors >"$T/out" 2>&1 \
	|| fail "importing the installed floor plans: $(cat "$T/out")"
AGENT="cstdeb$$"
AGENT=$(printf '%s' "$AGENT" | cut -c1-31)
useradd -M -U -d "$T/home" -s /bin/sh -c "Agent du paquet" "$AGENT" || { AGENT=""; exit 99; }
chown "$AGENT:$AGENT" "$T/home"
id -nG "$AGENT" | tr ' ' '\n' | grep -qx "$GROUP" && fail "$AGENT is in $GROUP"
step "the agent $AGENT uses the installed program"
out=$(as_agent construisons --version 2>&1) || fail "--version as $AGENT: $out"
[ "$out" = "construisons $VERSION" ] || fail "--version says '$out'"
out=$(as_agent construisons whoami 2>&1) || fail "whoami as $AGENT: $out"
# French from the installed catalogue (/usr/share/locale).
printf '%s\n' "$out" | grep -qx "Identifiant : $AGENT" || fail "whoami says: $out"
printf '%s\n' "$out" | grep -qx "Base de données : $DB" || fail "whoami's database: $out"
out=$(as_agent construisons check 2>&1) || fail "check as $AGENT (exit $?): $out"
printf '%s\n' "$out" | grep -qx "Droits : ok (groupe construisons : répertoire 2770, fichiers 0660)" \
	|| fail "check does not find the layout ok: $out"
out=$(as_agent construisons idea add --title "Installée par le paquet" 2>&1) \
	|| fail "idea add as $AGENT: $out"
as_agent cat "$DB" >/dev/null 2>&1 && fail "$AGENT reads the database directly"
[ "$(stat -c '%a %G' "$DB")" = "660 $GROUP" ] || fail "the database is $(stat -c '%a %G' "$DB")"
userdel "$AGENT"
getent group "$AGENT" >/dev/null && groupdel "$AGENT"
AGENT=""

step "apt-get purge"
$APT purge construisons >"$T/apt.log" 2>&1 || { cat "$T/apt.log"; fail "apt-get purge failed"; }
getent group "$GROUP" >/dev/null && fail "purge left the group $GROUP that the package made"
purged_checks

# --- 2. The administrator made the group (fixed GID) ---------------------
if [ -n "$ORIG_GID" ]; then
	addgroup --quiet --system --gid "$ORIG_GID" "$GROUP" || exit 99
else
	addgroup --quiet --system "$GROUP" || exit 99
fi
admin_gid=$(getent group "$GROUP" | cut -d: -f3)
snapshot >"$T/before"
step "apt-get install (group $GROUP $admin_gid made by the administrator)"
(cd "$T/dist" && $APT install "./$(basename "$DEB")") >"$T/apt.log" 2>&1 \
	|| { cat "$T/apt.log"; echo "apt-get install failed" >&2; exit 1; }
[ "$(getent group "$GROUP" | cut -d: -f3)" = "$admin_gid" ] \
	|| fail "the administrator's group changed: $(getent group "$GROUP")"
[ -e "$STATE/group-made-by-package" ] && fail "postinst claims the administrator's group"
installed_checks 2755
dpkg-statoverride --remove "$BIN"
dpkg-statoverride --update --add root "$GROUP" 2750 "$BIN"
step "apt-get install --reinstall (the administrator's mode 2750)"
(cd "$T/dist" && $APT install --reinstall "./$(basename "$DEB")") >"$T/apt.log" 2>&1 \
	|| { cat "$T/apt.log"; fail "apt-get install --reinstall failed"; }
installed_checks 2750
step "apt-get purge"
$APT purge construisons >"$T/apt.log" 2>&1 || { cat "$T/apt.log"; fail "apt-get purge failed"; }
[ "$(getent group "$GROUP" | cut -d: -f3)" = "$admin_gid" ] \
	|| fail "purge removed or changed the administrator's group"
purged_checks
step "done"

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)"
	exit 1
fi
echo "all cases passed"
