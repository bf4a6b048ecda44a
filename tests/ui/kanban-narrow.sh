#!/bin/sh
# At 80x24 the stage kanban shows the columns that fit (three), says how
# many are hidden on each side ("◀ 2", "4 ▶") and scrolls sideways with l
# and h; a column with more cards than rows says "… N de plus" below and
# how many are above once it scrolls; o adds the closed outcomes as
# columns; a wider terminal shows every column.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
n=1
while [ "$n" -le 8 ]; do
	cs mdupont idea add --title "Idée $n" --problem "P" --solution "S" \
		>/dev/null || fail "idea add $n"
	n=$((n + 1))
done
cs anim idea move "$(ref_of "Idée 1")" retiree >/dev/null || fail "withdraw"

ui_start s jmartin
ui_ready s
ui_keys s F3
# three columns of 26 at 80 columns; four hidden on the right
ui_wait_row s 3 "^Déposée 7 +Contact 0 +Comité 0 +4 ▶\$"
ui_row_hidden() { ui_screen s | sed -n 3p | grep -qF "◀" && ui_fail s "$1"; true; }
ui_row_hidden "a left indicator with nothing hidden on the left"
# six cards of three rows, then the count of the others
ui_wait_row s 4 "^▸CONS-[0-9-]+ +│"
ui_wait_row s 5 "^ Idée 8 "
ui_wait_row s 20 "^ Idée 3 "
ui_wait_row s 23 "▼ … 1 (autre|de plus)"

# down the column: it scrolls, what is above is counted
ui_keys s j j j j j j
ui_wait_row s 23 "^▲ 1( |\$)"
ui_wait_row s 20 "^ Idée 2 "
ui_wait_row s 19 "^▸"

# sideways: the cursor column stays on screen
ui_keys s l l
ui_wait_row s 3 "^Déposée 7 .*Comité 0 +4 ▶\$"
ui_keys s l
ui_wait_row s 3 "^◀ 1 Contact 0 +Comité 0 +Étude 0 +3 ▶\$"
ui_keys s l l l
ui_wait_row s 3 "^◀ 4 Construct. 0 +Expérim. 0 +Généralis. 0 *\$"
ui_keys s l
ui_wait_row s 3 "^◀ 4 Construct. 0 +Expérim. 0 +Généralis. 0 *\$"
ui_keys s h h h h h h
ui_wait_row s 3 "^Déposée 7 .*4 ▶\$"
ui_wait_row s 19 "^▸ ?CONS"

# the closed outcomes as four more columns, the first one focused
ui_keys s o
ui_wait_row s 3 "^◀ 7 Transmise 0 +Non ret. 0 +Arrêtée 0 +1 ▶\$"
ui_keys s l l l
ui_wait_row s 3 "^◀ 8 Non ret. 0 +Arrêtée 0 +Retirée 1 *\$"
ui_wait_row s 5 "Idée 1"
ui_keys s o
ui_wait_row s 3 "Généralis. 0 *\$"

# wide enough for every column
tm resize-window -t s -x 170 -y 30
ui_wait_row s 3 "^Déposée 7 .*Généralis. 0 *\$"
ui_screen s | sed -n 3p | grep -qE "◀|▶" && ui_fail s "indicators at 170 columns"
tm resize-window -t s -x 80 -y 24
ui_wait_row s 3 "4 ▶\$|◀"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
