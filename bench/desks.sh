#!/usr/bin/env bash
# desks.sh BUILD_DIR — the BuroDispo benchmark: with the 120 desks of
# data/floors and about 200,000 past and future bookings, the time to draw a
# floor for a day (F4 from the board: load and paint the map) and to book a
# desk (Enter, confirm: commit and redraw), against a bare SQLite query of
# the same floor's bookings for that day in the same run; and the bytes
# written to the terminal when the cursor moves between two desks.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${RUNS:-7}
. "$(dirname "$0")/lib.sh"
"$bin" init >/dev/null
"$bin" desks import "$here/../data/floors" >/dev/null
sqlite3 "$db" <"$here/generate-bookings.sql" | tr '|' ' ' | sed 's/^/  /'
day=$(date +%F)
cat >"$work/floor.sql" <<SQL
SELECT d.label, b.agent_id, b.state FROM desks d JOIN floors f ON f.id = d.floor_id
  LEFT JOIN bookings b ON b.desk_id = d.id AND b.day = '$day' AND b.state IN ('reservee', 'occupee')
 WHERE d.active AND f.number = 0;
SQL
"$pty_run" -- "$bin" >/dev/null    # warm the cache

# F4: the desk map; ]: the next bookable day; Right: the next desk; Enter
# then 'o' (oui): book it.
keys=${DESK_KEYS:-'\eOS]\eOC\ro'}
: >"$work/d.txt"
for _ in $(seq "$runs"); do
	cp "$db" "$work/run.db"
	"$pty_run" --quiet 250 --keys "$keys" -- "$bin" --db "$work/run.db" >>"$work/d.txt"
done
draw=$(field key_ms <"$work/d.txt" | nth 1 | median)
move_bytes=$(field each_key_bytes <"$work/d.txt" | nth 3 | median)
book=$(field key_ms <"$work/d.txt" | nth 5 | median)
rss=$(field rss_kib <"$work/d.txt" | median)
: >"$work/base.txt"
for _ in $(seq "$runs"); do
	"$pty_run" --quiet 250 -- sqlite3 -batch "$db" ".read $work/floor.sql" >>"$work/base.txt" 2>/dev/null
done
base=$(field frame_ms <"$work/base.txt" | median)
echo "floor drawn in ${draw} ms; desk booked (confirm, commit, redraw) in ${book} ms (medians of $runs)"
echo "baseline, sqlite3 querying that floor's bookings for the day: ${base} ms"
echo "ratios to the baseline: draw $(ratio "$draw" "$base"), book $(ratio "$book" "$base")"
echo "bytes written when the cursor moves between two desks: ${move_bytes}; peak RSS ${rss} KiB"
