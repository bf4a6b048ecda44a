#!/bin/sh
# lock-release.sh — the lease lock as installed (release build, setgid,
# default lease and busy timeout): the test builds' crash hook does
# nothing; an agent can neither create, forge nor remove the lock or its
# companions; an agent's process stopped (SIGSTOP) while it holds the lock
# is broken after the lease by a colleague's next commands, and when it
# goes on it does not commit behind the new holder's back.
. "$TESTS_DIR/security/lib.sh"
release_bin
make_agent alice "Alice Agent"
make_agent bob "Bob Agent"
shared_layout
check_ok "root creates the shared database in lease mode" as_root "$BIN" init --lock lease
check_ok "alice registers" as_agent "$alice" "$BIN" whoami

# The crash hook exists only in test builds.
check_ok "CONSTRUISONS_CRASH_AT is inert for an agent" \
	as_agent "$alice" env CONSTRUISONS_CRASH_AT=write:1 "$BIN" idea add --title "Pas de crochet"
check_ok "and for root" \
	as_root env CONSTRUISONS_CRASH_AT=lock-created "$BIN" idea list
[ ! -e "$DB.lock" ] || fail "a lock was left behind"

# Nobody but the program writes beside the database.
check_fails "an agent cannot create the lock" as_agent "$alice" sh -c "echo x >'$DB.lock'"
check_fails "an agent cannot plant a breaker mutex" as_agent "$alice" sh -c ": >'$DB.lock.brk'"
check_fails "an agent cannot replace the generation file" \
	as_agent "$alice" ln -sf /etc/passwd "$DB.gen"
check_fails "an agent cannot read the lock log" as_agent "$alice" cat "$DB.locklog"

# A holder stopped while it holds the lock: stop_holder (as root) stops
# whichever process takes the lock next, while it holds it.
long=$(awk 'BEGIN { for (i = 0; i < 200; i++) printf "Un long texte qui remplit des pages. "; }')
caught=""
tries=0
while [ -z "$caught" ] && [ $tries -lt 30 ]; do
	tries=$((tries + 1))
	"$BUILD_ROOT/tests/security/stop_holder" "$DB" 20 >"$T/stop.out" &
	watcher=$!
	n=0
	until grep -q watching "$T/stop.out" 2>/dev/null; do
		n=$((n + 1)); [ $n -lt 200 ] || break; sleep 0.05
	done
	as_agent "$alice" "$BIN" idea add --title "Arrêtée $tries" --problem "$long" \
		--solution "$long" >"$T/stopped.out" 2>&1 &
	pid=$!
	if wait "$watcher"; then
		caught=$(sed -n 2p "$T/stop.out")
	else
		wait "$pid"
	fi
done
[ -n "$caught" ] || { fail "could not stop a holder in $tries tries"; finish; }
echo "stopped holder $caught after $tries tries"
stopped_title="Arrêtée $tries"

start=$(date +%s)
until as_agent "$bob" "$BIN" idea list >/dev/null 2>"$T/bob.err"; do
	now=$(date +%s)
	[ $((now - start)) -le 45 ] || { fail "bob still blocked after $((now - start)) s: $(cat "$T/bob.err")"; break; }
done
took=$(( $(date +%s) - start ))
echo "bob worked again after $took s (lease 30 s; the holder stopped up to a few ms before)"
[ $took -le 45 ] || fail "not unblocked within the lease plus a few seconds"
grep -q "stopped, or its pid reused" "$DB.locklog" || fail "the break was not logged with its reason: $(cat "$DB.locklog")"
check_ok "bob writes after the break" as_agent "$bob" "$BIN" idea add --title "Après l'arrêt"

kill -CONT "$caught"
if wait "$pid"; then
	# It had committed before it was stopped (only its release was left).
	grep -q "CONS" "$T/stopped.out" || fail "alice's command succeeded without a reference"
	n=$(sqlite3 "$DB" "SELECT count(*) FROM ideas WHERE title = '$stopped_title'")
	[ "$n" = 1 ] || fail "alice's reported success is not in the database ($n)"
else
	n=$(sqlite3 "$DB" "SELECT count(*) FROM ideas WHERE title = '$stopped_title'")
	[ "$n" = 0 ] || fail "the stopped holder committed after losing its lease"
	echo "the stopped holder failed cleanly: $(tail -n 1 "$T/stopped.out")"
fi
check_ok "check passes" as_root "$BIN" check
[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
finish
