#!/bin/sh
# BuroDispo at 80x24: the legend is there in words; a floor taller than the
# pane (the 3rd floor of data/floors) and one wider than it (a test plan of
# 150 columns) scroll to keep the selected desk visible, and say what they
# hide ("▼ 6", "◀ 70"); a larger terminal shows the whole floor, with the
# legend and the selected desk's details beside it.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"

# floor 9: one row of twelve desks across 150 columns
mkdir "$T/wide"
{
	echo "étage: 9"
	echo "nom: Plateau d'essai très large"
	echo "plan:"
	wall=$(printf '%148s' '' | tr ' ' '-')
	echo "+$wall+"
	printf '|%-148s|\n' " Couloir"
	row=""
	n=1
	while [ "$n" -le 12 ]; do
		row="$row [W$(printf %02d "$n")]      "
		n=$((n + 1))
	done
	printf '|%-148s|\n' "$row"
	printf '|%-148s|\n' ""
	echo "+$wall+"
	echo "fin"
	echo "W01: écran"
	echo "W12: calme"
} >"$T/wide/large.plan"
cs admin desks import "$T/wide/large.plan" >/dev/null || fail "import the wide plan"

ui_start s jmartin
ui_ready s
ui_keys s F4
ui_wait_row s 3 '^· libre  ○ réservé  ● occupé  ★ à moi  ✕ bloqué'

# the 3rd floor is taller than the 19 rows of the plan: what is below is
# counted; the desks at the bottom come into view as the cursor goes down
ui_keys s '>' '>' '>'
ui_wait_row s 2 '^Étage 3 : 3e étage'
ui_wait_row s 3 'bloqué +▼ [0-9]+$'
ui_wait "s" "Bureau 317 — · libre"
ui_screen s | grep -qF "·331" && ui_fail s "desk 331 shown before scrolling"
ui_keys s j j j j j j j j j
ui_wait s "Bureau 331 — · libre"
ui_wait s "·331"
ui_wait_row s 3 'bloqué +▲ [0-9]+'
# and back up: the top of the floor again
ui_keys s k k k k k k k k k k
ui_wait s "·317"
ui_wait_row s 3 'bloqué +▼ [0-9]+$'

# floor 9 is wider than the 80 columns: the right end comes into view
ui_keys s f
ui_wait s "9 : Plateau d'essai très large (12 bureaux)"
# highest first, the floor shown selected: up one to floor 9
ui_keys s k Enter
ui_wait_row s 2 "^Étage 9 : Plateau d'essai très large"
# a low floor leaves rows for the details: the equipment and the hint
ui_wait s "Bureau W01 — · libre"
ui_wait_re s "^écran\$"
ui_wait_re s "^Entrée : le réserver\$"
ui_wait_row s 3 'bloqué +▶ [0-9]+$'
ui_screen s | grep -qF "W12" && ui_fail s "desk W12 shown before scrolling"
ui_keys s l l l l l l l l l l l
ui_wait s "Bureau W12 — · libre"
ui_wait s "·W12"
ui_wait_row s 3 'bloqué +◀ [0-9]+$'
ui_screen s | grep -qF "·W01" && ui_fail s "desk W01 still shown at the right end"
ui_keys s h h h h h h h h h h h
ui_wait s "·W01"
ui_wait_row s 3 'bloqué +▶ [0-9]+$'

# a larger terminal: the whole 3rd floor, the legend and the details beside
ui_keys s '<' '<' '<' '<' '<' '<'
tm resize-window -t s -x 130 -y 36
ui_wait_row s 2 '^Étage 0 : Rez-de-chaussée'
ui_keys s '>' '>' '>'
ui_wait_row s 2 '^Étage 3 : 3e étage'
ui_wait s "·317"
ui_wait s "·331"
ui_wait_re s "│ Légende"
ui_wait_re s "│ ★ à moi"
ui_wait_re s "│ Bureau 317"
ui_screen s | grep -qE "▲|▼" && ui_fail s "scroll indicators with the whole floor shown"
tm resize-window -t s -x 80 -y 24
ui_wait_row s 3 '^· libre  ○ réservé'

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
