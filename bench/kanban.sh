#!/usr/bin/env bash
# kanban.sh BUILD_DIR — the stage kanban benchmark: with 10,000 ideas spread
# over the stages, the time to draw the kanban (F3 from the board: load and
# paint) and to move a card one column (L asks, Enter: commit and redraw), against the
# foundation's baseline (sqlite3 running the board's first-screen queries)
# in the same run; and the bytes written to the terminal by that move.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${RUNS:-7}
. "$(dirname "$0")/lib.sh"
make_ideas_db
"$pty_run" -- "$bin" >/dev/null    # warm the cache

: >"$work/k.txt"
for _ in $(seq "$runs"); do
	cp "$db" "$work/run.db"
	"$pty_run" --quiet 250 --keys '\eORL\r' -- "$bin" --db "$work/run.db" >>"$work/k.txt"
done
draw=$(field key_ms <"$work/k.txt" | nth 1 | median)
move=$(field key_ms <"$work/k.txt" | nth 3 | median)
bytes=$(field each_key_bytes <"$work/k.txt" | nth 3 | median)
rss=$(field rss_kib <"$work/k.txt" | median)
base=$(baseline_ms "$runs")
echo "kanban drawn in ${draw} ms, card moved (commit + redraw) in ${move} ms (medians of $runs)"
echo "baseline, sqlite3 running the board's first-screen queries: ${base} ms"
echo "ratios to the baseline: draw $(ratio "$draw" "$base"), move $(ratio "$move" "$base")"
echo "bytes written when a card moves one column: ${bytes}; peak RSS ${rss} KiB"
