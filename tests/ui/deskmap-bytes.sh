#!/bin/sh
# Moving the cursor between two desks of the map writes at most 120 bytes to
# the terminal: the two desks and the line of details only, never the plan.
# A budget on behaviour, measured with tmux pipe-pane -O (everything the
# program writes), as bytes-per-move.sh does for the idea list.
. "$TESTS_DIR/ui/lib.sh"

BUDGET=120

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"

ui_start s jmartin
ui_ready s
ui_keys s F4
ui_wait s "Bureau 001 — · libre"

ui_count_bytes s

settle
total=0 moves=0 report=""
# key, then the desk the details must name
for step in "l 002" "l 003" "j 008" "h 007" "Down 012" "Up 007" "Right 008" \
            "k 003" "Left 002"; do
	set -- $step
	before=$(size)
	ui_keys s "$1"
	ui_wait s "Bureau $2 — "
	settle
	bytes=$(( $(size) - before ))
	report="$report $1:$bytes"
	total=$((total + bytes))
	moves=$((moves + 1))
	if [ "$bytes" -gt "$BUDGET" ]; then
		od -c "$out" | tail -n 20 >&2
		ui_fail s "moving with $1 wrote $bytes bytes (budget $BUDGET)"
	fi
	[ "$bytes" -gt 0 ] || ui_fail s "nothing was written for $1 (is pipe-pane working?)"
done
echo "bytes per move:$report (mean $((total / moves)), budget $BUDGET)"

tm pipe-pane -t s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
