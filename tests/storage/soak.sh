#!/bin/sh
# soak.sh — issue 15's soak test, with the DEFAULT settings: six writers on
# three sshfs mounts (two per mount; mounts 2 and 3 are other hosts) run
# the program as it is used — ideas added, supported, commented, moved by a
# facilitator, desks booked and cancelled, Accorderie exchanges recorded
# and confirmed — each logging every success the program reported, while
# a killer sends kill -9 to one of the running `construisons` processes
# every 1 to 4 s (random, seeded; half the time the lock's holder
# when there is one). At the end, ordinary commands from
# hosts 1 and 3 (check among them) work again within the lease plus 5 s,
# check and ledger check pass, every reported success is in the database,
# no desk slot is held twice, no lock is left. The same workload without
# kills runs at the same time on another database, as the baseline: the
# commits per second with kills must be at least half of those without.
# SOAK_SEED=N replays the kills and the writers' choices (printed first);
# SOAK_SECONDS sets the runs' length (default 120).
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
. "$TESTS_DIR/storage/recovery.sh"
echo 'facilitators = {"anim"}' >>"$CONSTRUISONS_CONFIG"
seed=${SOAK_SEED:-$(date +%s)}
duration=${SOAK_SECONDS:-120}
echo "seed: $seed (SOAK_SEED=$seed replays it), $duration s with kills and $duration s without, at the same time"
start_hosts 3
bin=$(readlink -f "$CONSTRUISONS_BIN")
for w in 1 2 3 4 5 6; do
	define_agent "ag$w" "Agent $w"
	define_agent "sup$w" "Soutien $w"
done

# the next five bookable weekdays, from tomorrow
days="" d=1
while [ "$(echo "$days" | wc -w)" -lt 5 ]; do
	case $(date -d "+$d day" +%u) in 6|7) ;; *) days="$days $(date -d "+$d day" +%F)" ;; esac
	d=$((d + 1))
done

# prepare NAME: the database, the floor plans, the agents.
prepare() {
	seed_case "$1"
	cs admin --db "$(case_db "$1" 1)" desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "$1: desks import"
	for w in 1 2 3 4 5 6; do
		cs "ag$w" --db "$(case_db "$1" 1)" whoami >/dev/null || fail "$1: whoami ag$w"
		cs "sup$w" --db "$(case_db "$1" 1)" whoami >/dev/null || fail "$1: whoami sup$w"
	done
	cs anim --db "$(case_db "$1" 1)" whoami >/dev/null || fail "$1: whoami anim"
}

# writer NAME W END: writer W (host (W+1)/2) until the time END; every
# success reported goes to $T/NAME.ok.W, one line per write: "add REF
# TITLE", "support REF LOGIN", "comment REF BODY", "move REF STAGE", "book
# LOGIN DESK DAY SLOT", "cancel LOGIN DESK DAY SLOT", "record N
# DESCRIPTION", "confirm N"; failures and kills to $T/NAME.fail.W.
writer() {
	pn=$1 w=$2 end=$3
	host=$(( (w + 1) / 2 )) me="ag$w" other="ag$(( w % 6 + 1 ))"
	r=$((seed + w * 7919)) n=0
	ref="" stage="" supported="" pending="" live=""
	ok="$T/$pn.ok.$w" ko="$T/$pn.fail.$w"
	: >"$ok"; : >"$ko"
	# run LOGIN ARGS...: the program as LOGIN on this writer's host
	run() {
		who=$1; shift
		out=$(on_host_as "$who" "$host" "$CONSTRUISONS_BIN" --db "$(case_db "$pn" "$host")" "$@" 2>"$ko.err")
		rc=$?
		[ $rc -eq 0 ] && return 0
		if [ $rc -eq 137 ]; then
			echo "killed $*" >>"$ko"
		else
			echo "failed ($rc) $*: $(head -n 1 "$ko.err")" >>"$ko"
		fi
		return 1
	}
	while le "$(now)" "$end"; do
		n=$((n + 1))
		r=$(( (r * 1103515245 + 12345) % 2147483648 ))
		op=$(( (r / 65536) % 7 ))
		[ -n "$ref" ] || [ $op -gt 3 ] || op=0
		[ $op -ne 1 ] || [ "$supported" != "$ref" ] || op=2
		[ $op -ne 3 ] || [ "$stage" != comite ] || op=0
		[ $op -ne 6 ] || [ -n "$pending" ] || op=5
		case $op in
		0)	title="w$w-$n"
			if run "$me" idea add --title "$title"; then
				ref=$out stage=deposee
				echo "add $ref $title" >>"$ok"
			fi ;;
		1)	run "sup$w" idea support "$ref" && echo "support $ref sup$w" >>"$ok"
			supported=$ref ;;
		2)	run "$me" idea comment "$ref" "c-w$w-$n" && echo "comment $ref c-w$w-$n" >>"$ok" ;;
		3)	case $stage in deposee) to=contact ;; *) to=comite ;; esac
			if run anim idea move "$ref" "$to"; then
				stage=$to
				echo "move $ref $to" >>"$ok"
			fi ;;
		4)	set -- $live
			if [ $# -ge 2 ]; then
				b=$1; shift; live="$*"
				desk=${b%%:*} rest=${b#*:}
				run "$me" desk cancel "$desk" --date "${rest%:*}" --slot "${rest#*:}" \
					&& echo "cancel $me $desk ${rest%:*} ${rest#*:}" >>"$ok"
			else
				desk="2/20$(( (r / 8) % 4 + 1 ))"
				set -- $days
				shift $(( (r / 32) % 5 ))
				day=$1
				slot=matin
				[ $(( (r / 256) % 2 )) -eq 0 ] || slot=apres-midi
				if run "$me" desk book "$desk" --date "$day" --slot "$slot"; then
					live="$live $desk:$day:$slot"
					echo "book $me $desk $day $slot" >>"$ok"
				fi
			fi ;;
		5)	desc="l-w$w-$n"
			if run "$me" ledger record --to "$other" 15min --description "$desc"; then
				x=$(echo "$out" | sed -n 's/^[^0-9]*\([0-9][0-9]*\) .*/\1/p' | head -n 1)
				pending=$x
				echo "record $x $desc" >>"$ok"
			fi ;;
		6)	run "$other" ledger confirm "$pending" && echo "confirm $pending" >>"$ok"
			pending="" ;;
		esac
	done
}

# mine PID NAME: PID is one of this test's `construisons` processes (never
# another test's: their environment names our $T) working on NAME's
# database.
mine() {
	[ "$(readlink "/proc/$1/exe" 2>/dev/null)" = "$bin" ] \
		&& grep -qzxF "T=$T" "/proc/$1/environ" 2>/dev/null \
		&& tr '\0' '\n' 2>/dev/null <"/proc/$1/cmdline" | grep -qx "$T/m[0-9]/$2.db"
}

# killer NAME END: every 1 to 4 s until END, kill -9 one of the running
# processes on NAME's database at random; half the time (at random), the
# lock's holder instead, waited for up to a second (a uniform choice rarely
# hits it: a command holds the lock for a small part of its life, and a
# dead holder is what must be recovered from).
killer() {
	kend=$2 r=$seed kills=0 holders=0
	while :; do
		r=$(( (r * 1103515245 + 12345) % 2147483648 ))
		ms=$(( 1000 + (r / 65536) % 3001 ))
		sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
		le "$(now)" "$kend" || break
		r=$(( (r * 1103515245 + 12345) % 2147483648 ))
		victim="" what=holder i=0
		while [ $(( (r / 65536) % 2 )) -eq 0 ] && [ $i -lt 50 ]; do
			h=$(sed -n 's/^pid=//p' "$T/export/$1.db.lock" 2>/dev/null)
			if [ -n "$h" ] && mine "$h" "$1"; then
				victim=$h
				break
			fi
			i=$((i + 1))
			sleep 0.02
		done
		if [ -z "$victim" ]; then
			all=""
			for p in $(pgrep -x construisons); do
				! mine "$p" "$1" || all="$all $p"
			done
			set -- "$1" $all
			[ $# -gt 1 ] || continue
			shift $(( 1 + (r / 131072) % ($# - 1) ))
			victim=$1 what=random
			set -- "$pn"
		fi
		cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$victim/cmdline" | sed 's/^[^ ]* //' | cut -c1-100)
		if kill -9 "$victim" 2>/dev/null; then
			kills=$((kills + 1))
			[ "$what" = random ] || holders=$((holders + 1))
			echo "$(date +%T.%N | cut -c1-12) kill -9 $victim ($what): $cmd"
		fi
	done
	echo "kills: $kills, of which $holders of the lock's holder"
}

# phase NAME KILLS: prepares NAME's database, runs the six writers for
# $duration s (with the killer when KILLS is 1), and prints the commits.
phase() {
	pn=$1
	prepare "$pn"
	start=$(now)
	end_time=$(awk -v s="$start" -v d="$duration" 'BEGIN { printf "%.3f", s + d }')
	pids=""
	for w in 1 2 3 4 5 6; do
		writer "$pn" $w "$end_time" &
		pids="$pids $!"
	done
	if [ "$2" = 1 ]; then
		killer "$pn" "$end_time" >"$T/$pn.kills"
		t0=$(now)
	fi
	for p in $pids; do wait "$p"; done
	if [ "$2" = 1 ]; then
		# From the end of the kills (the writers have finished their
		# last command since), everyone must work again within the
		# deadline.
		echo "$pn: the writers finished $(since "$t0") s after the last kill"
		recover "$pn" 1 "$t0" >"$T/$pn.recover.1" 2>&1 &
		r1=$!
		recover "$pn" 3 "$t0" >"$T/$pn.recover.3" 2>&1 &
		r3=$!
		wait $r1; rc1=$?
		wait $r3; rc3=$?
		cat "$T/$pn.recover.1" "$T/$pn.recover.3"
		t1=$(cat "$T/$pn.took.1") t3=$(cat "$T/$pn.took.3")
		echo "after the last kill: working again after $t1 s on host 1, $t3 s on host 3 (lease $LEASE s, deadline $DEADLINE s + $SLACK)"
		[ $rc1 -eq 0 ] && [ $rc3 -eq 0 ] && le "$t1" $((DEADLINE + SLACK)) && le "$t3" $((DEADLINE + SLACK)) \
			|| { tail -n 20 "$T/$pn.kills"; fail "$pn: not working again within $DEADLINE s after the kills"; }
	fi
	commits=$(cat "$T/$pn".ok.* | wc -l)
	echo "$pn: $commits writes reported done in $duration s ($(cat "$T/$pn".fail.* | grep -c '^killed') commands killed, $(cat "$T/$pn".fail.* | grep -c '^failed') refused)"
	cat "$T/$pn".ok.* | cut -d' ' -f1 | sort | uniq -c | tr '\n' ' '; echo
	echo "$commits" >"$T/$pn.commits"
}

# verify NAME: every reported success is in the database, no desk slot is
# held twice, and check_case (check, ledger check, integrity, no lock).
verify() {
	cat "$T/$1".ok.* | while read -r op a b c d; do
		case $op in
		add) echo "(SELECT count(*) FROM ideas WHERE ref = '$a' AND title = '$b') = 1" ;;
		support) echo "(SELECT count(*) FROM supports s JOIN ideas i ON i.id = s.idea_id JOIN agents g ON g.id = s.agent_id WHERE i.ref = '$a' AND g.login = '$b') = 1" ;;
		comment) echo "(SELECT count(*) FROM comments c JOIN ideas i ON i.id = c.idea_id WHERE i.ref = '$a' AND c.body = '$b') = 1" ;;
		move) echo "(SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id WHERE i.ref = '$a' AND t.to_stage = '$b') = 1" ;;
		book|cancel)
			state="" ; [ "$op" = book ] || state="AND b.state = 'annulee'"
			echo "(SELECT count(*) >= 1 FROM bookings b JOIN agents g ON g.id = b.agent_id JOIN desks k ON k.id = b.desk_id JOIN floors f ON f.id = k.floor_id WHERE g.login = '$a' AND f.number || '/' || k.label = '$b' AND b.day = '$c' AND b.slot = '$d' $state)" ;;
		record) echo "(SELECT count(*) FROM ledger_exchanges WHERE id = $a AND description = '$b') = 1" ;;
		confirm) echo "(SELECT state FROM ledger_exchanges WHERE id = $a) = 'confirmee'" ;;
		*) echo "0 -- unknown line: $op" ;;
		esac
	done >>"$T/$1.seed"
	dup=$(case_sql "$1" "SELECT count(*) FROM (SELECT desk_id, day, slot FROM bookings WHERE state IN ('reservee', 'occupee') GROUP BY 1, 2, 3 HAVING count(*) > 1)")
	[ "$dup" = 0 ] || fail "$1: $dup desk slots held twice"
	check_case "$1"
}

# The two runs at the same time, on two databases, so that both see the
# same load (the machine is shared: runs one after the other differed by a
# factor of 1.7 without any kill).
phase base 0 >"$T/base.out" 2>&1 &
base=$!
phase soak 1
verify soak
tail -n 1 "$T/soak.kills"
head -n 5 "$T/soak.kills"
grep -h "broken" "$T/export/soak.db.locklog" 2>/dev/null | sed 's/: construisons-lease.*//' | cut -c12- | sort | uniq -c | sort -rn | head -n 5
wait $base || { cat "$T/base.out"; fail "the run without kills failed"; }
cat "$T/base.out"
verify base
with=$(cat "$T/soak.commits") without=$(cat "$T/base.commits")
awk -v a="$with" -v b="$without" -v d="$duration" 'BEGIN {
	printf "commits/s with kills: %.2f, without: %.2f, ratio %.2f (at least 0.5)\n", a / d, b / d, b ? a / b : 0 }'
awk -v a="$with" -v b="$without" 'BEGIN { exit !(b > 0 && a >= 0.5 * b) }' \
	|| fail "throughput with kills fell below half of the baseline"
echo "ok"
