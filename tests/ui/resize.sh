#!/bin/sh
# The layout follows the terminal: at 100x30 the status line is on row 30
# and the rows are 100 columns wide (the title column grows), back at 80x24
# it is on row 24 again; the selection survives. The heading of an idea's
# full view keeps its keys whole at the right, the title cut two columns
# before them, at 80 and at 50 columns.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
for n in 1 2 3; do
	cs mdupont idea add --title "Idée numéro $n avec un titre assez long pour être coupé à 80 colonnes" \
		--problem "P" --solution "S" >/dev/null || fail "idea add"
done

ui_start s jmartin
ui_ready s
ui_wait_row s 5 "▸.*Idée numéro 3"
ui_keys s j
ui_wait_row s 6 "▸.*Idée numéro 2"
ui_wait_row s 5 "numéro 3 avec un titr(…|~) "   # cut at 80 columns

tm resize-window -t s -x 100 -y 30
ui_wait_row s 30 'Jean Martin'
ui_wait_row s 1 'Construisons !'
ui_wait_row s 6 "▸.*Idée numéro 2"
# wider: more of the title shows
ui_wait_row s 5 "Idée numéro 3 avec un titre assez long"
for r in 24 25 26 27 28 29; do
	ui_screen s | sed -n "${r}p" | grep -q 'Jean Martin' &&
		ui_fail s "a status line is left on row $r"
done
# the status line is right-aligned: it ends in the last column
w=$(ui_screen s | sed -n 30p | tr -d '\n' | wc -m)
[ "$w" -eq 100 ] || ui_fail s "status line of $w columns, not 100"

tm resize-window -t s -x 80 -y 24
ui_wait_row s 24 'Jean Martin'
ui_wait_row s 1 'Construisons !'
ui_wait_row s 6 "▸.*Idée numéro 2"
ui_wait_row s 5 "numéro 3 avec un titr(…|~) "
lines=$(ui_screen s | wc -l)
[ "$lines" -eq 24 ] || ui_fail s "$lines lines"
w=$(ui_screen s | sed -n 24p | tr -d '\n' | wc -m)
[ "$w" -eq 80 ] || ui_fail s "status line of $w columns, not 80"

# the idea's full view: its heading at 80, then at 50 columns
ui_keys s Enter
ui_wait_row s 2 "Idée CONS-.*  q ?: ?[[:alpha:]]+ +\? ?: ?[[:alpha:]]+ *$"
tm resize-window -t s -x 50 -y 24
ui_wait_row s 2 "(…|~)  +q ?: ?[[:alpha:]]+ +\? ?: ?[[:alpha:]]+ *$"
tm resize-window -t s -x 80 -y 24
ui_wait_row s 24 'Jean Martin'
ui_keys s q
ui_wait_row s 6 "▸.*Idée numéro 2"

# too small, then back
tm resize-window -t s -x 40 -y 8
ui_wait_re s "40x8"
tm resize-window -t s -x 80 -y 24
ui_wait_row s 24 'Jean Martin'
ui_wait_row s 6 "▸.*Idée numéro 2"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
