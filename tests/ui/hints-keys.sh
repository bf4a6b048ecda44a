#!/bin/sh
# Issue 12 (deliver 2): the key hints a pane prints come from the keymap,
# so the keys they name are the keys that work. The Accorderie's exchanges
# said "c confirms, n refuses" while n is the next search match and d
# refuses: the key each hint names is read from the screen and pressed,
# and it does what the hint says. The same for every hint beside the desk
# map (a terminal wide enough for the side panel): each key named there
# changes the screen, and the map comes back.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"
cs mdupont ledger balance >/dev/null || fail "Marie's account"
cs jmartin ledger record --to mdupont 1h --description "Aide au tableur" \
	>/dev/null || fail "ledger record"

# --- the Accorderie: the exchange awaiting Marie's answer
ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?:'
ui_keys marie 3
ui_wait_re marie '(attend votre réponse|awaits your answer)'
line=$(ui_screen marie | grep -E '(attend votre réponse|awaits your answer)')
refuse=$(printf '%s\n' "$line" | sed -nE 's/.*, (.) (refuse|refuses)\..*/\1/p')
confirm=$(printf '%s\n' "$line" | sed -nE 's/.*: (.) (confirme|confirms),.*/\1/p')
[ -n "$refuse" ] && [ -n "$confirm" ] || ui_fail marie "no keys in: $line"
ui_keys marie "$refuse"
ui_wait_re marie "(Refuser l'échange|Refuse exchange)"
ui_keys marie Escape
ui_wait_gone marie "Refuser l'échange"
ui_keys marie "$confirm"
ui_wait_re marie "(Confirmer|Confirm)"
ui_keys marie Escape
# the foot line: its refuse key opens the same dialog
foot=$(ui_screen marie | grep -E '^ *[^ ] : [a-zé]+   ' | tail -n 1)
frefuse=$(printf '%s\n' "$foot" | sed -nE 's/.*(^| )([^ ]) : (refuser|refuse)( .*|$)/\2/p')
[ "$frefuse" = "$refuse" ] || ui_fail marie "the foot line names '$frefuse' to refuse, the line above '$refuse'"
ui_keys marie q
ui_wait_exit marie >/dev/null

# --- the desk map's side panel
ui_start map jmartin
ui_ready map
tm resize-window -t map -x 130 -y 36
ui_wait_row map 36 '│|\|'
ui_keys map F4
ui_wait_re map "│ (Légende|Legend)"
ui_wait_re map "│ (Bureau|Desk) "
# the side panel's rows (after the last │ of each row): its last block of
# non-empty rows are the hints, "KEY(S)  what"
ui_screen map | sed -n '3,35p' | sed -E 's/.*│ ?//' |
	awk 'NF { b = b $0 "\n"; next } { if (b != "") last = b; b = "" }
	     END { if (b != "") last = b; printf "%s", last }' >"$T/hints"
[ "$(wc -l <"$T/hints")" -ge 6 ] || ui_fail map "the hints: $(cat "$T/hints")"
while read -r key what; do
	case $key in
	Entrée|Enter) key=Enter ;;
	esac
	# the pane's rows (the status line's clock aside)
	before=$(ui_screen map | sed -n '2,35p' | md5sum)
	ui_keys map "$key"
	ui_wait_cmd map 5 "a change after '$key' ($what)" sh -c \
		'[ "$(sed -n "2,35p" | md5sum)" != "$1" ]' sh "$before"
	# back to the map: Esc closes a dialog, a list or the help, and
	# means nothing on the map itself
	ui_keys map Escape
	ui_wait_re map "│ (Légende|Legend)"
	ui_wait_re map "│ (Bureau|Desk) "
done <"$T/hints"
ui_keys map q
[ "$(ui_wait_exit map)" = 0 ] || ui_fail map "exit status"
echo "ok"
