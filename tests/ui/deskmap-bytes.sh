#!/bin/sh
# Moving the cursor between two desks of the map writes at most 120 bytes to
# the terminal: the two desks and the line of details only, never the plan.
# A budget on behaviour, measured with tmux pipe-pane -O (everything the
# program writes), as bytes-per-move.sh does for the idea list.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

BUDGET=120

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"

ui_start s jmartin
ui_ready s
ui_keys s F4
ui_wait s "Bureau 001 — · libre"

ui_count_bytes s

settle
# key, then the desk the details must name
for step in "l 002" "l 003" "j 008" "h 007" "Down 012" "Up 007" "Right 008" \
            "k 003" "Left 002"; do
	set -- $step
	ui_budget_move s "$1" "$BUDGET" ui_wait s "Bureau $2 — "
done
ui_budget_report "$BUDGET"

tm pipe-pane -t s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
