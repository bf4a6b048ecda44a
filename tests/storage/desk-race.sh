#!/bin/sh
# desk-race.sh — BuroDispo's race: 8 processes over two sshfs mounts book
# the same 20 desk-slots at once. Each slot ends up held by exactly one
# agent, every attempt is either a booking or a reported refusal, and the
# bookings in the database are exactly the successful attempts.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
cs admin --db "$(db_on 1)" desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "import"

# two bookable weekdays ahead
days=""
d=1
while [ "$(echo "$days" | wc -w)" -lt 2 ]; do
	day=$(date -d "+$d day" +%F)
	case $(date -d "+$d day" +%u) in 6|7) ;; *) days="$days $day" ;; esac
	d=$((d + 1))
done
slots=""
for desk in 2/201 2/202 2/203 2/204 2/205; do
	for day in $days; do
		for slot in matin apres-midi; do
			slots="$slots $desk:$day:$slot"
		done
	done
done
[ "$(echo "$slots" | wc -w)" -eq 20 ] || fail "expected 20 desk-slots"

p=1
while [ $p -le 8 ]; do
	h=$(( (p % 2) + 1 ))
	# shellcheck disable=SC2086
	on_host $h "$STORAGE_BIN/desk_racer" "$(db_on $h)" "racer$p" "$T/race.$p" $slots &
	p=$((p + 1))
done
wait

cat "$T"/race.* >"$T/all"
attempts=$(wc -l <"$T/all")
[ "$attempts" -eq 160 ] || fail "expected 160 attempts, got $attempts"
wins=$(grep -c ' ok ' "$T/all")
grep ' fail ' "$T/all" | grep -q ' fail -$' && fail "a refusal without its reason"
echo "attempts: $attempts, bookings: $wins"
[ "$wins" -eq 20 ] || fail "expected the 20 desk-slots booked once each, got $wins bookings"
live=$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM bookings WHERE state IN ('reservee', 'occupee')")
[ "$live" -eq 20 ] || fail "$live live bookings in the database"
dup=$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM (SELECT desk_id, day, slot FROM bookings WHERE state IN ('reservee', 'occupee') GROUP BY 1, 2, 3 HAVING count(*) > 1)")
[ "$dup" -eq 0 ] || fail "$dup desk-slots booked twice"
# each success is the booking the database holds for that slot
grep ' ok ' "$T/all" | while read -r login desk day slot rest; do
	holder=$(sqlite3 "$T/export/construisons.db" "SELECT a.login FROM bookings b JOIN agents a ON a.id = b.agent_id JOIN desks d ON d.id = b.desk_id JOIN floors f ON f.id = d.floor_id WHERE f.number || '/' || d.label = '$desk' AND b.day = '$day' AND b.slot = '$slot' AND b.state = 'reservee'")
	[ "$holder" = "$login" ] || { echo "FAIL: $desk $day $slot held by '$holder', not $login" >&2; exit 1; }
done || exit 1
integrity
echo "ok: each desk-slot held by exactly one agent"
