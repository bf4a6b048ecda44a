#!/bin/sh
# Moving the cursor one row on the demo board writes at most 200 bytes to
# the terminal: only the two rows concerned (and the position in the
# footer) are repainted. A budget on behaviour, measured with tmux
# pipe-pane -O (everything the program writes), not a timing.
. "$TESTS_DIR/ui/lib.sh"

BUDGET=200

cs admin init --demo >/dev/null || fail "init --demo"

ui_start s jmartin
ui_ready s
ui_wait_row s 23 ' 1/[0-9]+$'
ui_wait_row s 5 '▸'

ui_count_bytes s

settle
total=0 moves=0 report=""
# key, then the position the footer must show, and the row of the cursor
for step in "j 2 6" "j 3 7" "k 2 6" "Down 3 7" "Up 2 6" "j 3 7"; do
	set -- $step
	before=$(size)
	ui_keys s "$1"
	ui_wait_row s 23 " $2/[0-9]+\$"
	ui_wait_row s "$3" '▸'
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
