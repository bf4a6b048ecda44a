#!/bin/sh
# heartbeat.sh — a holder whose transaction outlasts the lease time (5 s)
# three times over is not broken while alive: the other host waits, then
# commits after it; no break is logged; both commits are there.
set -u
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
"$STORAGE_BIN/holder" "$(db_on 1)" 15 >"$T/holder.out" 2>&1 &
holder=$!
n=0
until grep -q holding "$T/holder.out" 2>/dev/null; do
	n=$((n + 1)); [ $n -lt 100 ] || fail "the holder never took the lease"; sleep 0.1
done
out=$(on_host 2 "$CONSTRUISONS_BIN" --db "$(db_on 2)" idea add --title "Après le long bail" 2>&1) \
	|| fail "the other host gave up: $out"
grep -q holding "$T/holder.out" || fail "holder output lost"
wait $holder || fail "the holder was broken or fenced: $(cat "$T/holder.out")"
grep -q committed "$T/holder.out" || fail "the holder did not commit"
[ ! -e "$T/export/construisons.db.locklog" ] || fail "a live lock was broken: $(cat "$T/export/construisons.db.locklog")"
[ "$(sqlite3 "$T/export/construisons.db" "SELECT value FROM meta WHERE key = 'holder'")" = "long transaction" ] \
	|| fail "the holder's commit is missing"
[ "$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM ideas")" = 1 ] || fail "the waiting commit is missing"
hb=$(sed -n 's/^heartbeat=0*//p' "$T/export/construisons.db.lock" 2>/dev/null)
echo "holder kept its lease for 15 s (3 lease times); the other host committed after it"
