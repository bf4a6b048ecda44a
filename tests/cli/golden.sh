#!/bin/sh
# golden.sh CASE — runs tests/cli/cases/CASE.sh against a fresh database and
# compares what it prints (stdout, stderr, exit codes) with CASE.out.
# The clock is fixed with libfaketime and the host name replaced by HOTE, so
# the output is the same on every machine. UPDATE_GOLDEN=1 rewrites the .out
# file instead (then review the diff before committing it).
set -u
case_name=$1
. "$TESTS_DIR/lib/common.sh"

FAKETIME_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$FAKETIME_LIB" ] || { echo "faketime is missing (apt-get install faketime)" >&2; exit 99; }
export FAKETIME="@2026-11-30 09:15:00" FAKETIME_DONT_FAKE_MONOTONIC=1
export TZ="CET-1CEST,M3.5.0,M10.5.0/3"
host=$(hostname)

# run LOGIN ARGS...: runs the program as LOGIN and records the command, its
# output and a non-zero exit code.
run() {
	login=$1; shift
	printf '$ [%s] construisons' "$login"
	for a in "$@"; do
		if [ ${#a} -gt 60 ]; then
			printf ' <%d bytes>' "${#a}"
		else
			case $a in
			*\'*) printf ' "%s"' "$a" ;;
			*[!A-Za-z0-9._/=-]*|'') printf " '%s'" "$a" ;;
			*) printf ' %s' "$a" ;;
			esac
		fi
	done
	printf '\n'
	# (libfaketime's shared semaphore belongs to root: not preloaded into
	# an unprivileged run, which prints no dates anyway)
	preload=$NSS_WRAPPER_LIB
	[ -n "$as_unprivileged" ] || preload="$preload $FAKETIME_LIB"
	LD_PRELOAD="$preload" \
		NSS_WRAPPER_PASSWD="$T/nss/$login.passwd" \
		NSS_WRAPPER_GROUP="$T/nss/$login.group" \
		$on_host_cmd $as_unprivileged "$CONSTRUISONS_BIN" "$@" 2>&1
	rc=$?
	[ $rc -eq 0 ] || printf '[exit %d]\n' "$rc"
	return 0
}

# unprivileged LOGIN: later `run` calls happen without root's powers (so a
# read-only directory is read-only), as uid 65534 seen as LOGIN.
as_unprivileged=""
unprivileged() {
	[ "$(id -u)" = 0 ] || return 0
	printf '%s:x:65534:65534:%s,,,:/:/bin/sh\n' "$1" "$1" >"$T/nss/$1.passwd"
	printf 'nogroup:x:65534:%s\n' "$1" >"$T/nss/$1.group"
	chmod 711 "$T" "$T/nss"
	chmod 644 "$T/nss/$1.passwd" "$T/nss/$1.group" "$CONSTRUISONS_CONFIG"
	as_unprivileged="setpriv --reuid=65534 --regid=65534 --clear-groups"
}

# on_host NAME: later `run` calls happen on a host named NAME, in a UTS
# namespace of their own (the kernel takes any bytes up to 64, escapes
# included; needs root); on_host "" comes back to this host.
on_host_cmd=""
on_host() {
	if [ -z "$1" ]; then
		on_host_cmd=""
		return 0
	fi
	printf '%s' "$1" >"$T/on-host.name"
	printf '#!/bin/sh\ncat "$0.name" >/proc/sys/kernel/hostname && exec "$@"\n' >"$T/on-host"
	chmod 755 "$T/on-host"
	on_host_cmd="unshare --uts $T/on-host"
}

out="$T/actual.out"
(
	cd "$T" || exit 99
	. "$TESTS_DIR/cli/cases/$case_name.sh"
) 2>&1 | sed -e "s|$T|\$T|g" -e "s|$SOURCE_ROOT|\$SOURCE_ROOT|g" -e "s|$host|HOTE|g" >"$out"

golden="$TESTS_DIR/cli/cases/$case_name.out"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
	cp "$out" "$golden"
	echo "updated $golden"
	exit 0
fi
if ! diff -u "$golden" "$out"; then
	echo "FAIL: output of $case_name differs from $golden (see the diff above)" >&2
	exit 1
fi
