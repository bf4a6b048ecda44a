#!/bin/sh
# reused-pid-defaults.sh — issue 15, with the DEFAULT settings: a holder of
# this host that looks alive is broken once its lease is over.
#   - forged-start: the record of a dead writer of this host, its pid made
#     that of a live `sleep` (the pid reused), its start time left as the
#     dead writer wrote it, not that process's (the issue: start times were
#     read from field 21, always 0, so any reuse of the pid looked alive);
#   - forged-old: the same with the sleep's real start time (field 22 of
#     /proc/PID/stat) but a record last written two minutes ago;
#   - forged-fresh: the sleep's real start time and a fresh record whose
#     heartbeat then stops (broken after the lease, not long before);
#   - stopped: a real holder frozen by SIGSTOP in the middle of its
#     transaction (a stopped process is not a live holder; broken after
#     the lease, not long before); once continued it does not commit: its
#     lease is lost.
# From that moment, ordinary commands from hosts 1 and 3 must work again
# within the lease plus 5 s, nothing lost, no lock left. In parallel.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
. "$TESTS_DIR/storage/recovery.sh"
start_hosts 3

sleep 600 &
sleeper=$!
cleanup_hooks="stop_sleeper $cleanup_hooks"
stop_sleeper() { kill "$sleeper" 2>/dev/null; return 0; }
# field 22 of /proc/PID/stat (after the command name, which may hold spaces)
real_start=$(sed 's/^.*) //' "/proc/$sleeper/stat" | cut -d' ' -f20)
boot=$(cat /proc/sys/kernel/random/boot_id)

# forged NAME: a dead writer's lock record made that of the live sleep.
forged() {
	seed_case "$1"
	CONSTRUISONS_CRASH_AT=sync:2 cs admin --db "$(case_db "$1" 1)" idea add --title "Mort $1" >/dev/null 2>&1
	rc=$?
	[ $rc -eq 137 ] || fail "$1: the writer was not killed (exit $rc)"
	lock="$T/export/$1.db.lock"
	grep -qx "boot=$boot" "$lock" || fail "$1: the record does not name this boot: $(cat "$lock")"
	grep -qx "pid=[0-9]*" "$lock" && grep -qx "start=[0-9]*" "$lock" \
		|| fail "$1: no pid= and start= in the record: $(cat "$lock")"
	case $1 in
	forged-start) start=$(sed -n 's/^start=//p' "$lock") ;;
	*) start=$real_start ;;
	esac
	rec=$(sed -e "s/^pid=.*/pid=$sleeper/" -e "s/^start=.*/start=$start/" "$lock")
	printf '%s\n' "$rec" >"$lock"
	[ "$1" != forged-old ] || touch -d '2 minutes ago' "$lock"
	t0=$(now)
	echo "$1: the lock names the live pid $sleeper, start time $start (its own: $real_start)"
	# a record of a live process, written just now, is a live holder's:
	# not broken long before the lease
	if [ "$1" = forged-fresh ]; then
		recover_everywhere "$1" "$t0" $((LEASE - 10))
	else
		recover_everywhere "$1" "$t0"
	fi
	kill -0 "$sleeper" || fail "$1: the sleep is gone"
}

stopped() {
	seed_case "$1"
	"$STORAGE_BIN/holder" "$(case_db "$1" 1)" 45 "$LEASE" "$BUSY" >"$T/$1.holder" 2>&1 &
	holder=$!
	n=0
	until grep -q holding "$T/$1.holder" 2>/dev/null; do
		n=$((n + 1)); [ $n -lt 100 ] || fail "$1: the holder never took the lease"; sleep 0.1
	done
	kill -STOP $holder
	t0=$(now)
	echo "$1: holder $holder stopped in its transaction"
	# its last heartbeat is at most a quarter of the lease old
	recover_everywhere "$1" "$t0" $((LEASE - 10))
	kill -CONT $holder
	if wait $holder; then
		fail "$1: the stopped holder committed after losing its lease: $(cat "$T/$1.holder")"
	fi
	echo "$1: continued, the holder was refused: $(tail -n 1 "$T/$1.holder")"
	[ "$(case_sql "$1" "SELECT count(*) FROM meta WHERE key = 'holder'")" = 0 ] \
		|| fail "$1: the stopped holder's change is in the database"
	check_case "$1"
}

case_fn() {
	case $1 in
	stopped) stopped "$1" ;;
	*) forged "$1" ;;
	esac
}
run_cases case_fn forged-start forged-old forged-fresh stopped
echo "ok: live-looking holders of this host broken after the lease"
