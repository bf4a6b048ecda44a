#!/usr/bin/env bash
# run.sh BUILD_DIR — the idea board benchmark of the foundation issue.
# Generates 10,000 ideas, 100,000 supports and 50,000 comments, then
# measures, in the same run:
#   - time from start to the board's first full frame, and peak RSS, of the
#     real program on an 80x24 pseudo-terminal;
#   - the baseline: sqlite3 running the same first-screen queries;
#   - bytes written to the terminal when the cursor moves one row.
# Prints medians of RUNS runs and the ratios. Not a test: no pass/fail.
set -euo pipefail
build=${1:-build}
runs=${RUNS:-9}
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$build" && pwd)/construisons
pty_run=$(cd "$build" && pwd)/bench/pty_run
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg"
export CONSTRUISONS_CONFIG="$work/c.conf" CONSTRUISONS_LOCALEDIR="$(cd "$build" && pwd)/po"
db="$work/bench.db"
printf 'database = "%s"\n' "$db" >"$CONSTRUISONS_CONFIG"
"$bin" init >/dev/null
sqlite3 "$db" <"$here/generate.sql" | tr '|' ' ' | sed 's/^/  /'

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

# Warm the page cache once for both sides.
sqlite3 "$db" <"$here/first_screen.sql" >/dev/null
"$pty_run" -- "$bin" >/dev/null

: >"$work/ui.txt"; : >"$work/base.txt"
for _ in $(seq "$runs"); do
	"$pty_run" --quiet 250 -- "$bin" >>"$work/ui.txt"
	"$pty_run" --quiet 250 -- sqlite3 -batch "$db" ".read $here/first_screen.sql" >>"$work/base.txt" 2>/dev/null
done
"$pty_run" --quiet 250 --keys j -- "$bin" >"$work/move.txt"
"$pty_run" --quiet 250 --keys jjjjjjjjjj -- "$bin" >"$work/move10.txt"

ui_ms=$(field frame_ms <"$work/ui.txt" | median)
base_ms=$(field frame_ms <"$work/base.txt" | median)
ui_rss=$(field rss_kib <"$work/ui.txt" | median)
base_rss=$(field rss_kib <"$work/base.txt" | median)
move=$(field key_bytes <"$work/move.txt")
move10=$(field key_bytes <"$work/move10.txt")

echo "first full frame of the board: ${ui_ms} ms (median of $runs)"
echo "baseline, sqlite3 running the first-screen queries: ${base_ms} ms"
awk -v a="$ui_ms" -v b="$base_ms" 'BEGIN { printf "ratio first frame / baseline: %.2f (goal <= 2)\n", a / b }'
echo "peak RSS of the program: ${ui_rss} KiB (goal <= 8192); sqlite3: ${base_rss} KiB"
echo "bytes written for one cursor move: ${move} (goal <= 200); ten moves: ${move10}"
