#!/bin/sh
# Help lists exactly the keys that work, from the one keymap: the board's
# keys under its heading, the pane switching of the menu bar (F2...F6,
# Alt-1...Alt-5, Tab) and nothing beyond the last pane; its lines wrap at
# 80 columns, never cut. A key that is not in the help of a view does
# nothing there (m, p: other panes' letters), and after a search n is the
# next match, never "new idea".
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Navette du matin" --problem P --solution S >/dev/null ||
	fail "idea add"
cs mdupont idea add --title "Navette du soir" --problem P --solution S >/dev/null ||
	fail "idea add"
cs mdupont idea add --title "Un guichet" --problem P --solution S >/dev/null ||
	fail "idea add"

ui_start s jmartin
ui_ready s
ui_wait s "Un guichet"

ui_keys s '?'
ui_wait_re s "│ Idées +│"
ui_wait_re s "│ a, Inser +déposer une nouvelle idée"
ui_wait_re s "│ s +soutenir l'idée"
ui_wait_re s "│ d, Suppr +retirer l'idée"
ui_screen s >"$T/help1"
# scroll to the end: the keys that work everywhere
ui_keys s End
ui_wait_re s "│ F5, Alt-4 +le volet Accorderie"
ui_wait_re s "│ F6, Alt-5 +le volet Rapports"
ui_wait_re s "│ Tab +le volet suivant"
ui_wait_re s "│ w +ce qui a bougé sur vos idées"
ui_screen s >"$T/help2"
cat "$T/help1" "$T/help2" | grep -q "F7\|F2\.\.F9" && ui_fail s "help names keys that do nothing"
cat "$T/help1" "$T/help2" | grep "│" | grep -q "…" && ui_fail s "a help line was cut"
ui_keys s Escape
ui_wait_gone s "Touches"

# the kanban's long line wraps under its description
ui_keys s F3
ui_keys s '?'
ui_wait_re s "│ L +passer la carte à l'étape suivante, après"
ui_wait_re s "│ +\(avec une note facultative\) +│"
ui_keys s Escape
ui_keys s F2
ui_wait_row s 3 "Étape +Référence"

# keys of other views do nothing here: m (kanban's move), p (plans), t;
# nor do l and Right, which opened the idea before the keymap (Enter does)
ui_keys s m p t l Right Space
ui_keys s '?'
ui_wait s "Touches"
ui_keys s Escape
ui_wait_gone s "Touches"
ui_wait_row s 2 "3 idées +aucun filtre"
ui_wait_row s 5 "▸.*Un guichet"
ui_screen s | grep -q "Nouvelle idée\|Plans\|seulement\|Problème" &&
	ui_fail s "a key outside the help did something"

# a search, then n: never the "new idea" form
ui_keys s /
ui_wait_re s "─ Recherche ─"
ui_type s navette
ui_keys s Enter
ui_wait s "« navette »"
ui_keys s n
ui_keys s N
ui_keys s '?'
ui_wait s "Touches"
ui_keys s Escape
ui_wait_gone s "Touches"
ui_screen s | grep -q "Nouvelle idée" && ui_fail s "n opened the new idea form"
ui_wait s "Navette du"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
echo "ok"
