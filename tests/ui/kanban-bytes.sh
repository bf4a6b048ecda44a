#!/bin/sh
# Moving the cursor one card in a column of the stage kanban writes at
# most 260 bytes to the terminal (245 before and after the columns became
# ui_lists): only the two cards concerned are repainted (a card is three
# rows). A budget on behaviour, measured with tmux pipe-pane -O
# (everything the program writes), as bytes-per-move does for the board.
. "$TESTS_DIR/ui/lib.sh"

BUDGET=260

cs admin init >/dev/null || fail "init"
n=1
while [ "$n" -le 8 ]; do
	cs jmartin idea add --title "Carte $n" --problem P --solution S \
		>/dev/null || fail "idea add $n"
	n=$((n + 1))
done

ui_start s jmartin
ui_ready s
ui_keys s F3
ui_wait_row s 3 "Déposée 8"
ui_wait_row s 4 "▸"

ui_count_bytes s
settle
# the cursor is on the card whose first row is screen row $1
at_row() { ui_wait_row s "$1" '^▸'; }
for step in "j 7" "j 10" "k 7" "Down 10" "Up 7" "j 10"; do
	set -- $step
	ui_budget_move s "$1" "$BUDGET" at_row "$2"
done
ui_budget_report "$BUDGET"

tm pipe-pane -t s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
