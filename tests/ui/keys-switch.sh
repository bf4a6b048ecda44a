#!/bin/sh
# Pane switching without F-keys, under a TERM whose F-keys tmux may not
# deliver as the description says (linux, vt100; the argument): Tab and
# Shift-Tab go round the panes, Alt-1...Alt-5 (Esc then a digit) go to one,
# F2...F6 too (the usual sequences are known whatever the TERM), the menu
# bar says "F2 Idées..." and a click on it goes there; a lone Esc still
# comes back from the idea's detail view.
. "$TESTS_DIR/ui/lib.sh"

term=${1:-linux}
cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une idée" --problem P --solution S >/dev/null ||
	fail "idea add"

UI_PRELUDE="TERM=$term; export TERM" ui_start s jmartin
ui_ready s
ui_wait_row s 1 "F2 Idées +F3 Étapes +F4 Bureaux +F5 Accorderie +F6 Rapports"

# which pane: the Ideas' column heads, the Stages' columns, the desk map's
# title, the Accorderie's tabs
ideas='Étape +Référence'
stages='Déposée 1 '
desks='BuroDispo'
ledger='Mon compte.*Annonces'
reports='Rapports'

ui_wait_row s 3 "$ideas"
ui_keys s Tab
ui_wait_row s 3 "$stages"
ui_keys s Tab
ui_wait_row s 2 "$desks"
ui_keys s Tab
ui_wait_row s 2 "$ledger"
ui_keys s Tab
ui_wait_row s 2 "$reports"
ui_keys s Tab
ui_wait_row s 3 "$ideas"
ui_keys s BTab
ui_wait_row s 2 "$reports"
ui_keys s BTab
ui_wait_row s 2 "$ledger"
ui_keys s BTab
ui_wait_row s 2 "$desks"

# Alt-digit, as terminals send it: Esc then the digit
ui_keys s M-2
ui_wait_row s 3 "$stages"
ui_keys s M-4
ui_wait_row s 2 "$ledger"
ui_keys s M-1
ui_wait_row s 3 "$ideas"
ui_keys s M-3
ui_wait_row s 2 "$desks"
ui_keys s M-5
ui_wait_row s 2 "$reports"

# F-keys, F5 and F6 included (vt100 has no F5 of its own)
ui_keys s F5
ui_wait_row s 2 "$ledger"
ui_keys s F6
ui_wait_row s 2 "$reports"
ui_keys s F3
ui_wait_row s 3 "$stages"
ui_keys s F2
ui_wait_row s 3 "$ideas"

# a click on the menu bar's entry (X10 report: ESC [ M button column row);
# vt100 knows no mouse
if [ "$term" != vt100 ]; then
	mouse() {
		tm send-keys -t s -l "$(printf '\033[M%s%b%b' "$1" \
			"\\0$(printf %o $((33 + $2)))" "\\0$(printf %o $((33 + $3)))")"
	}
	# column of "F4 Bureaux" (characters, not bytes)
	x=$(ui_screen s | sed -n 1p | sed 's/F4 Bureaux.*//' | tr -d '\n' | wc -m)
	[ "$x" -gt 20 ] || ui_fail s "no F4 Bureaux in the menu bar"
	mouse ' ' "$((x + 3))" 0
	mouse '#' "$((x + 3))" 0
	ui_wait_row s 2 "$desks"
	ui_keys s F2
	ui_wait_row s 3 "$ideas"
fi

# a lone Esc is still Esc: back from the detail view
ui_keys s Enter
ui_wait_row s 2 "CONS-"
ui_keys s Escape
ui_wait_row s 3 "$ideas"
ui_wait_row s 5 "▸.*Une idée"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
echo "ok"
