#!/bin/sh
# regression-340-dotfile-hot-journal.sh — SQLite 3.40's unix-dotfile never
# rolls back a hot journal (its xCheckReservedLock says "reserved" even for
# the caller's own lock): after a writer died mid-transaction and the stale
# lock went, the next process saw the dead transaction's uncommitted change.
# Here a writer dies while its uncommitted change is already in the database
# file; the next process, on another host, must see the old value.
set -u
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
ref=$(cs admin --db "$(db_on 1)" idea add --title "Compteur 1" --problem "valeur initiale") || fail "seed"
raw() { sqlite3 "file:$T/export/construisons.db?immutable=1" "SELECT title FROM ideas WHERE ref = '$ref'"; }
dangerous=0 n=1
while [ $n -lt 100 ]; do
	CONSTRUISONS_CRASH_AT="write:$n" cs admin --db "$(db_on 1)" idea edit "$ref" --title "Compteur +1000" >/dev/null 2>&1
	[ $? -eq 137 ] || break
	# The database file itself (journal ignored) holds the dead change? Then
	# this is the 3.40 case: recover from the other host (after the lease
	# time) and from this one alternately; otherwise recover here at once.
	who=1
	if [ "$(raw)" = "Compteur +1000" ]; then
		dangerous=$((dangerous + 1))
		who=$((1 + dangerous % 2))
	fi
	seen=$(on_host $who "$CONSTRUISONS_BIN" --db "$(db_on $who)" idea list --search Compteur 2>&1) \
		|| fail "host $who: $seen"
	echo "$seen" | grep -q "Compteur 1" || fail "write:$n: host $who does not see the committed value: $seen"
	echo "$seen" | grep -q "+1000" && fail "write:$n: host $who sees the dead transaction's uncommitted change"
	integrity
	n=$((n + 1))
done
[ $dangerous -ge 2 ] || fail "no crash point left the uncommitted change in the database file: the case was not exercised"
echo "crash points with the dead change in the file: $dangerous; each rolled back by the next holder"
