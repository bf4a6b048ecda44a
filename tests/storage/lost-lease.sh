#!/bin/sh
# lost-lease.sh — a holder that lost its lease refuses to write. A writer
# is frozen (SIGSTOP) in the middle of its transaction for longer than the
# lease time; another host breaks the silent lock and commits; when the
# frozen writer wakes up, its commit fails with an I/O error instead of
# writing over the other host's work. Integrity ok, the other commit kept.
set -u
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
"$STORAGE_BIN/holder" "$(db_on 1)" 3 >"$T/holder.out" 2>&1 &
holder=$!
n=0
until grep -q holding "$T/holder.out" 2>/dev/null; do
	n=$((n + 1)); [ $n -lt 100 ] || fail "the holder never took the lease"; sleep 0.1
done
kill -STOP $holder
out=$(on_host 2 "$CONSTRUISONS_BIN" --db "$(db_on 2)" idea add --title "Pendant le gel" 2>&1) \
	|| { kill -CONT $holder; fail "the other host could not take over: $out"; }
grep -q "no heartbeat" "$T/export/construisons.db.locklog" || fail "the silent lock was not broken by the rule"
kill -CONT $holder
if wait $holder; then
	fail "the frozen writer committed after losing its lease: $(cat "$T/holder.out")"
fi
cat "$T/holder.out"
grep -qi "entrée/sortie\|input/output\|I/O" "$T/holder.out" || fail "unclear error for the fenced writer"
[ "$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM meta WHERE key = 'holder'")" = 0 ] \
	|| fail "the fenced writer's change is in the database"
[ "$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM ideas WHERE title = 'Pendant le gel'")" = 1 ] \
	|| fail "the other host's commit is missing"
integrity
[ ! -e "$T/export/construisons.db.lock" ] || fail "a lock was left behind"
out=$(cs admin --db "$(db_on 1)" idea list) || fail "host 1 cannot work after the fencing: $out"
echo "ok: the writer that lost its lease was refused; the other host's commit stands"
