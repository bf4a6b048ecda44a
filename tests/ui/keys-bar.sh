#!/bin/sh
# The key bar of the status line: the most useful keys of the focused view,
# "? aide" first, as many as the width allows (80 and 200 columns); it
# follows the pane and its view; a click on a hint does what it says; a
# click on a tab of the Accorderie shows that view.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une idée" --problem P --solution S >/dev/null ||
	fail "idea add"

ui_start s jmartin
ui_ready s
ui_wait s "Une idée"

# 80 columns: the help key, then the board's first keys, the identity kept
ui_wait_row s 24 "^ \? aide  a nouvelle idée  Entrée ouvrir .*Jean Martin \(agent\) │ base ok"
ui_screen s | sed -n 24p | grep -q "q quitter" &&
	ui_fail s "q quitter should not fit at 80 columns"

# the stages: their own keys
ui_keys s F3
ui_wait_row s 24 "^ \? aide  L étape suivante  Entrée ouvrir"
ui_keys s F2

# 200 columns: more of them, the time of the last refresh too
tm resize-window -t s -x 200 -y 50
ui_wait_row s 50 "^ \? aide  a nouvelle idée  Entrée ouvrir  / chercher  s soutenir  f filtres .* q quitter .*actualisé"
tm resize-window -t s -x 80 -y 24
# tmux keeps the bottom rows of the larger screen, cut at 80 columns, so the
# old bar's start shows at once: wait for the identity the program draws at
# the right of its 80-column bar, not for the bar's start
ui_wait_row s 24 "^ \? aide  a nouvelle idée .*Jean Martin \(agent\) │ base ok"

# X10 mouse reports: ESC [ M button column row (0-based + 33)
mouse() {
	tm send-keys -t s -l "$(printf '\033[M%s%b%b' "$1" \
		"\\0$(printf %o $((33 + $2)))" "\\0$(printf %o $((33 + $3)))")"
}
click() { mouse ' ' "$1" "$2"; mouse '#' "$1" "$2"; }
# the column where TEXT starts on row ROW (characters, not bytes)
col_of() {
	ui_screen s | sed -n "$1p" | sed "s/$2.*//" | tr -d '\n' | wc -m
}

# a click on "a nouvelle idée" opens the form, as a would
click "$(( $(col_of 24 'a nouvelle') + 3 ))" 23
ui_wait_row s 2 "Nouvelle idée"
ui_keys s Escape
ui_wait_row s 5 "▸.*Une idée"
# a click on "? aide" opens the help
click 2 23
ui_wait s "Touches"
ui_keys s Escape
ui_wait_gone s "Touches"

# the Accorderie's tabs take clicks
ui_keys s F5
ui_wait_row s 2 "\[1 Mon compte\]"
click "$(( $(col_of 2 '3 Échanges') + 2 ))" 1
ui_wait_row s 2 "\[3 Échanges\]"
click "$(( $(col_of 2 '2 Annonces') + 2 ))" 1
ui_wait_row s 2 "\[2 Annonces\]"
ui_wait_row s 24 "^ \? aide  a publier"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
echo "ok"
