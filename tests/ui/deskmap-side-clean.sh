#!/bin/sh
# Observed (issue 12): at 200x50, stray characters beside the desk map's
# side panel after a pane switch. The map view must own every cell of its
# rows: after the other panes have drawn over the whole screen (and after a
# resize from 80x24), the desk map shows exactly what a fresh start at the
# same size shows, on every floor and with the day changed.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

cs admin init --demo >/dev/null || fail "init --demo"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null 2>&1 || true

# body NAME: rows 2 .. 49 of the screen (the pane, without the menu bar
# and the status line), the status line's clock and messages aside.
body() { ui_screen "$1" | sed -n '2,49p'; }

# the reference: a fresh start straight at 200x50, on floor FLOOR
fresh() {
	ui_script "fresh$1" jmartin
	tm new-session -d -s "fresh$1" -x 200 -y 50 "$T/fresh$1.run"
	ui_wait_row "fresh$1" 1 'Construisons !'
	ui_keys "fresh$1" F4
	ui_wait_re "fresh$1" "│ (Légende|Legend)"
	i=0
	while [ "$i" -lt "$1" ]; do ui_keys "fresh$1" '>'; i=$((i + 1)); done
	ui_wait_row "fresh$1" 2 "^(Étage|Floor) $1 "
	ui_wait_re "fresh$1" "│ (Bureau|Desk) "
	body "fresh$1" >"$T/fresh$1.txt"
	ui_keys "fresh$1" q
	ui_wait_exit "fresh$1" >/dev/null
}

# the session under test (session names that no window name starts
# with: tmux takes a target as a window name prefix first): started at
# 80x24, made 200x50, every pane shown
ui_start live jmartin
ui_ready live
ui_keys live F3
ui_keys live F5
tm resize-window -t live -x 200 -y 50
ui_wait_row live 50 '│|\|'
for floor in 0 1 2 3; do
	fresh "$floor"
	for pane in F2 F3 F5; do
		ui_keys live "$pane"
		ui_wait_cmd live 5 "pane $pane" ui_not_grep "│ Légende"
		ui_keys live F4
		ui_wait_row live 2 "^(Étage|Floor) $floor "
		ui_wait_re live "│ (Bureau|Desk) "
		body live >"$T/live.txt"
		if ! cmp -s "$T/fresh$floor.txt" "$T/live.txt"; then
			diff "$T/fresh$floor.txt" "$T/live.txt" >&2
			ui_fail live "floor $floor after $pane: the desk map differs from a fresh start"
		fi
	done
	ui_keys live '>'
done

ui_keys live q
[ "$(ui_wait_exit live)" = 0 ] || ui_fail live "exit status"
echo "ok"
