# recovery.sh — what the stale-lock tests of issue 15 share (source it after
# lib.sh and use_default_settings): a database per case in the export, so
# that independent cases run in parallel; a few writes committed before the
# holder dies; the "ordinary commands" that must work again within the
# lease plus 5 s, from several hosts at once; and the checks that nothing
# committed was lost and no lock is left.

# The organisation must be working again within the lease plus 5 s of a
# death. SLACK: what the command that breaks the lock needs on top to do its
# own work and exit, measured up to 4 s on a loaded 2-core machine with the
# cases of a test running in parallel (the break itself is at the lease).
DEADLINE=$((LEASE + 5)) SLACK=3

now() { date +%s.%N; }
# since T0: seconds elapsed since the time T0 (one decimal).
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# le A B: A <= B, for decimal numbers.
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# case_db NAME N: the path of case NAME's database through mount N.
case_db() { echo "$T/m$2/$1.db"; }
# case_sql NAME SQL: a query on case NAME's database, read in the export.
case_sql() { sqlite3 "$T/export/$1.db" "$2"; }

# seed_case NAME: creates case NAME's database through mount 1 and commits
# an idea, a comment and a confirmed Accorderie exchange, recorded in
# $T/NAME.seed as SQL conditions that must stay true.
seed_case() {
	db=$(case_db "$1" 1)
	cs admin --db "$db" init >/dev/null || fail "$1: init"
	cs mdupont --db "$db" whoami >/dev/null || fail "$1: whoami"
	ref=$(cs mdupont --db "$db" idea add --title "Témoin $1" --problem "Écrit avant la panne.") \
		|| fail "$1: seed idea"
	cs admin --db "$db" idea comment "$ref" "Commentaire témoin $1" >/dev/null || fail "$1: seed comment"
	out=$(cs admin --db "$db" ledger record --to mdupont 1h --description "Échange témoin $1") \
		|| fail "$1: seed exchange: $out"
	x=$(echo "$out" | sed -n 's/^[^0-9]*\([0-9][0-9]*\) .*/\1/p' | head -n 1)
	cs mdupont --db "$db" ledger confirm "$x" >/dev/null || fail "$1: confirm $x"
	cat >"$T/$1.seed" <<SQL
(SELECT count(*) FROM ideas WHERE ref = '$ref' AND title = 'Témoin $1') = 1
(SELECT count(*) FROM comments WHERE body = 'Commentaire témoin $1') = 1
(SELECT state FROM ledger_exchanges WHERE id = $x AND description = 'Échange témoin $1') = 'confirmee'
SQL
}

# ordinary NAME HOST K TAG: the K-th of the ordinary commands (mod 4), run
# by the admin as on HOST through mount HOST on case NAME's database;
# prints the program's output. The writes are recorded, when reported
# done, in $T/NAME.seed like the seeds.
ordinary() {
	db=$(case_db "$1" "$2")
	case $(($3 % 4)) in
	0) out=$(on_host "$2" "$CONSTRUISONS_BIN" --db "$db" idea add --title "$4" 2>&1) || { echo "$out"; return 1; }
	   echo "(SELECT count(*) FROM ideas WHERE ref = '$out' AND title = '$4') = 1" >>"$T/$1.seed" ;;
	1) on_host "$2" "$CONSTRUISONS_BIN" --db "$db" idea list >/dev/null 2>"$T/$1.err.$2" \
		|| { cat "$T/$1.err.$2"; return 1; } ;;
	2) out=$(on_host "$2" "$CONSTRUISONS_BIN" --db "$db" ledger record --to mdupont 15min --description "$4" 2>&1) \
		|| { echo "$out"; return 1; }
	   echo "(SELECT count(*) FROM ledger_exchanges WHERE description = '$4') = 1" >>"$T/$1.seed" ;;
	3) out=$(on_host "$2" "$CONSTRUISONS_BIN" --db "$db" check 2>&1) || { echo "$out"; return 1; } ;;
	esac
	return 0
}

# recover NAME HOST T0: from HOST, the ordinary commands one after the
# other until one succeeds, none started after T0 + the deadline; writes
# the seconds from T0 to that success to $T/NAME.took.HOST ("never"
# otherwise). Then the whole sequence once more: each must succeed.
recover() {
	k=0 took=never
	while le "$(since "$3")" "$DEADLINE"; do
		if out=$(ordinary "$1" "$2" $k "Reprise $1 h$2 $k"); then
			took=$(since "$3")
			break
		fi
		echo "$1: host $2, command $k refused after $(since "$3") s: $(echo "$out" | tail -n 1)"
		k=$((k + 1))
	done
	echo "$took" >"$T/$1.took.$2"
	[ "$took" != never ] || return 1
	for i in 1 2 3 4; do
		out=$(ordinary "$1" "$2" $((k + i)) "Suite $1 h$2 $i") \
			|| { echo "$1: host $2: the sequence failed again after the recovery: $out"; return 1; }
	done
	return 0
}

# recover_everywhere NAME T0 [MIN]: hosts 1 and 3 recover at once; both must
# be working within the deadline from T0 (and not before MIN seconds, when
# given: a live holder must not be broken early). Then the checks.
recover_everywhere() {
	recover "$1" 1 "$2" &
	r1=$!
	recover "$1" 3 "$2" &
	r3=$!
	wait $r1; rc1=$?
	wait $r3; rc3=$?
	t1=$(cat "$T/$1.took.1") t3=$(cat "$T/$1.took.3")
	echo "$1: working again after $t1 s on host 1, $t3 s on host 3 (lease $LEASE s, deadline $DEADLINE s + $SLACK)"
	[ $rc1 -eq 0 ] && [ $rc3 -eq 0 ] || fail "$1: not working again within $DEADLINE s on every host"
	le "$t1" $((DEADLINE + SLACK)) && le "$t3" $((DEADLINE + SLACK)) || fail "$1: recovered past the deadline"
	if [ $# -ge 3 ]; then
		le "$3" "$t1" && le "$3" "$t3" || fail "$1: a lock was broken before $3 s"
	fi
	check_case "$1"
}

# check_case NAME: nothing reported done is lost, check and ledger check
# pass, integrity ok, and no lock is left once idle.
check_case() {
	while read -r cond; do
		[ "$(case_sql "$1" "SELECT $cond")" = 1 ] || fail "$1: lost: $cond"
	done <"$T/$1.seed"
	out=$(on_host 3 "$CONSTRUISONS_BIN" --db "$(case_db "$1" 3)" check 2>&1) || fail "$1: check: $out"
	out=$(on_host 2 "$CONSTRUISONS_BIN" --db "$(case_db "$1" 2)" ledger check 2>&1) || fail "$1: ledger check: $out"
	r=$(case_sql "$1" "PRAGMA integrity_check")
	[ "$r" = ok ] || fail "$1: integrity_check: $r"
	[ ! -e "$T/export/$1.db.lock" ] || fail "$1: a lock is left: $(cat "$T/export/$1.db.lock")"
	[ ! -e "$T/export/$1.db.lock.brk" ] || fail "$1: a break mutex is left"
	echo "$1: nothing lost ($(wc -l <"$T/$1.seed") writes checked), check, ledger check and integrity ok, no lock left"
}

# run_cases FN NAME...: runs `FN NAME` for each NAME in parallel, each
# with its output in $T/NAME.log; prints the logs; fails if any failed.
run_cases() {
	fn=$1; shift
	pids=""
	for name in "$@"; do
		( "$fn" "$name" ) >"$T/$name.log" 2>&1 &
		pids="$pids $name:$!"
	done
	bad=""
	for np in $pids; do
		wait "${np#*:}" || bad="$bad ${np%%:*}"
	done
	for name in "$@"; do
		cat "$T/$name.log"
	done
	[ -z "$bad" ] || fail "failed:$bad"
}
