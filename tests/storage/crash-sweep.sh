#!/bin/sh
# crash-sweep.sh — a writer is killed (the VFS test hook _exits) at every
# write and every sync of a multi-page transaction. The next process on the
# same mount proceeds at once (dead process on this host), one on another
# "host" after the lease time; the dead transaction is wholly absent and the
# database passes integrity_check.
set -u
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
cs admin --db "$(db_on 1)" idea add --title "Idée témoin" --problem "Déjà là." >/dev/null || fail "seed"
long=$(awk 'BEGIN { for (i = 0; i < 170; i++) printf "Un long problème écrit sur plusieurs pages. "; }')

state() { sqlite3 "$T/export/construisons.db" "SELECT count(*), (SELECT last FROM ref_counters), (SELECT count(*) FROM audit) FROM ideas"; }

sweep() {
	kind=$1 n=1 crashes=0 committed_at=0
	while :; do
		before=$(state)
		CONSTRUISONS_CRASH_AT="$kind:$n" cs admin --db "$(db_on 1)" idea add \
			--title "Crash $kind $n" --problem "$long" --solution "$long" >/dev/null 2>&1
		rc=$?
		if [ $rc -eq 0 ]; then
			break                       # past the last write: it committed
		fi
		[ $rc -eq 137 ] || fail "$kind:$n: the writer failed with $rc instead of being killed"
		[ $committed_at -eq 0 ] || fail "$kind:$n: the writer still ran after its commit point $committed_at"
		crashes=$((crashes + 1))
		[ -e "$T/export/construisons.db.lock" ] || fail "$kind:$n: the dead writer left no lock to recover from"
		# Every fifth crash is recovered from another host, after the lease time.
		if [ $((n % 5)) -eq 0 ]; then who=2; else who=1; fi
		out=$(on_host $who "$CONSTRUISONS_BIN" --db "$(db_on $who)" idea list --search "Crash" 2>&1) \
			|| fail "$kind:$n: host $who could not proceed: $out"
		after=$(state)
		if echo "$out" | grep -q "Crash $kind $n"; then
			# Killed after the commit point (the journal was already
			# invalidated, only its final sync was pending): then it must
			# be there whole, and this must be the last crash point.
			expected=$(echo "$before" | awk -F'|' '{ print $1 + 1 "|" $2 + 1 "|" $3 + 1 }')
			[ "$after" = "$expected" ] || fail "$kind:$n: a partly applied transaction: $before -> $after"
			committed_at=$n
		else
			[ "$before" = "$after" ] || fail "$kind:$n: the dead transaction left traces: $before -> $after"
		fi
		integrity
		n=$((n + 1))
		[ $n -lt 200 ] || fail "$kind: no end to the writes"
	done
	[ $crashes -ge 3 ] || fail "$kind: only $crashes crash points: not a multi-page transaction"
	echo "$kind: $crashes crash points, each recovered whole or absent (commit point: ${committed_at:-none})"
	if [ $committed_at -eq 0 ]; then
		sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM ideas WHERE title = 'Crash $kind $n'" | grep -qx 1 \
			|| fail "$kind: the completed transaction is not there exactly once"
	fi
}
sweep write
sweep sync
breaks=$(grep -c "broken" "$T/export/construisons.db.locklog")
echo "stale locks broken and logged: $breaks"
grep -q "owner process dead on this host" "$T/export/construisons.db.locklog" || fail "no same-host break logged"
grep -q "no heartbeat for the lease time" "$T/export/construisons.db.locklog" || fail "no other-host break logged"
