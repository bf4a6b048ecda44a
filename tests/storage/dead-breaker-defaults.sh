#!/bin/sh
# dead-breaker-defaults.sh — issue 15, with the DEFAULT settings: a breaker
# killed right after creating <db>.lock.brk (the breakers' mutex) must not
# stop the next break. A stale lock is left by a writer killed during its
# commit, on this host (broken at once) or on another one (after the
# lease); a breaker dies holding the mutex (CONSTRUISONS_CRASH_AT=
# brk-created), on this host or a third one; from its death, ordinary
# commands from hosts 1 and 3 must work again within the lease plus 5 s,
# nothing lost, no lock nor mutex left. The two cases run in parallel.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
. "$TESTS_DIR/storage/recovery.sh"
start_hosts 3

# breaker NAME: "breaker-HOLDER-BREAKER": the hosts of the dead writer and
# of the dead breaker.
breaker() {
	holder=$(echo "$1" | cut -d- -f2) brk=$(echo "$1" | cut -d- -f3)
	seed_case "$1"
	CONSTRUISONS_CRASH_AT=sync:2 on_host "$holder" "$CONSTRUISONS_BIN" --db "$(case_db "$1" "$holder")" \
		idea add --title "Mort $1" >/dev/null 2>&1
	rc=$?
	[ $rc -eq 137 ] || fail "$1: the writer was not killed (exit $rc)"
	[ -e "$T/export/$1.db.lock" ] || fail "$1: the dead writer left no lock"
	t=$(now)
	# the breaker's command, again while it gives up before the lock is
	# stale (another host's: after the lease, longer than busy_timeout)
	while :; do
		CONSTRUISONS_CRASH_AT=brk-created on_host "$brk" "$CONSTRUISONS_BIN" --db "$(case_db "$1" "$brk")" \
			idea list >"$T/$1.breaker" 2>&1
		rc=$?
		[ $rc -ne 75 ] || ! le "$(since "$t")" $((DEADLINE + SLACK)) || continue
		break
	done
	t0=$(now)
	[ $rc -eq 137 ] || fail "$1: the breaker was not killed after creating the mutex (exit $rc): $(cat "$T/$1.breaker")"
	[ -e "$T/export/$1.db.lock.brk" ] || fail "$1: the dead breaker left no mutex"
	[ -e "$T/export/$1.db.lock" ] || fail "$1: the dead breaker broke the lock"
	echo "$1: writer dead on host $holder, breaker dead on host $brk after $(since "$t") s, holding the mutex"
	recover_everywhere "$1" "$t0"
	[ "$(case_sql "$1" "SELECT count(*) FROM ideas WHERE title = 'Mort $1'")" -le 1 ] \
		|| fail "$1: the dead idea is there twice"
}

run_cases breaker breaker-1-1 breaker-2-3
echo "ok: a dead breaker's mutex did not stop the next break"
