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
# the footer shows position $1 and the cursor is on row $2
moved_to() { ui_wait_row s 23 " $1/[0-9]+\$"; ui_wait_row s "$2" '▸'; }
# key, then the position the footer must show, and the row of the cursor
for step in "j 2 6" "j 3 7" "k 2 6" "Down 3 7" "Up 2 6" "j 3 7"; do
	set -- $step
	ui_budget_move s "$1" "$BUDGET" moved_to "$2" "$3"
done
ui_budget_report "$BUDGET"

tm pipe-pane -t s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
