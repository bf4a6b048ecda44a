#!/bin/sh
# dead-holder-defaults.sh — issue 15 with the DEFAULT settings (lease_time
# 30 s, busy_timeout 10 s: each command gives up after 10 s, shorter than
# the lease): a holder killed at each point of taking and using the lock —
# right after creating <db>.lock (an empty lock file), right after writing
# its record, in the middle of a heartbeat (a torn record), during the
# commit — on this host and on another one. From the moment it died,
# ordinary commands (idea add, idea list, ledger record, check) run one
# after the other on host 1 and on host 3 at the same time must work again
# within the lease plus 5 s on both; then nothing committed before or
# since is lost, check and ledger check pass, integrity ok, no lock left.
# Each case has its own database; the eight run in parallel.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
. "$TESTS_DIR/storage/recovery.sh"
start_hosts 3

# dies NAME: case NAME is "POINT-HOST": the holder on HOST dies at POINT.
dies() {
	point=${1%-*} host=${1##*-}
	case $point in
	sync2) point=sync:2 ;;
	esac
	seed_case "$1"
	if [ "$point" = heartbeat ]; then
		# a transaction longer than a heartbeat period (lease / 4)
		CONSTRUISONS_CRASH_AT=heartbeat on_host "$host" "$STORAGE_BIN/holder" \
			"$(case_db "$1" "$host")" 20 "$LEASE" "$BUSY" >"$T/$1.holder" 2>&1
	else
		CONSTRUISONS_CRASH_AT=$point on_host "$host" "$CONSTRUISONS_BIN" --db "$(case_db "$1" "$host")" \
			idea add --title "Mort $1" >"$T/$1.holder" 2>&1
	fi
	rc=$?
	t0=$(now)
	[ $rc -eq 137 ] || fail "$1: the holder was not killed at $point (exit $rc): $(cat "$T/$1.holder")"
	[ -e "$T/export/$1.db.lock" ] || fail "$1: the dead holder left no lock"
	echo "$1: killed at $point on host $host, left a lock of $(wc -c <"$T/export/$1.db.lock") bytes"
	recover_everywhere "$1" "$t0"
	# The dead transaction is whole or absent (killed during its commit),
	# absent otherwise.
	dead=$(case_sql "$1" "SELECT count(*) FROM ideas WHERE title = 'Mort $1'")
	case $point in
	sync:*) [ "$dead" -le 1 ] || fail "$1: the dead idea is there $dead times" ;;
	*) [ "$dead" -eq 0 ] || fail "$1: the dead transaction is visible" ;;
	esac
	[ "$(case_sql "$1" "SELECT count(*) FROM meta WHERE key = 'holder'")" = 0 ] \
		|| fail "$1: the dead holder's change is visible"
}

# DEAD_CASES="lock-record-2 …" runs only those.
# shellcheck disable=SC2086
run_cases dies ${DEAD_CASES:-lock-created-1 lock-created-2 lock-record-1 lock-record-2 \
	heartbeat-1 heartbeat-2 sync2-1 sync2-2}
grep -h "broken" "$T"/export/*.db.locklog 2>/dev/null | sed 's/^/locklog: /' | cut -c1-160
echo "ok: every dead holder broken within $DEADLINE s with the default settings"
