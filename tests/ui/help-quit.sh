#!/bin/sh
# ? opens the help overlay with the keys of the focused view (the list,
# then the detail view) and the keys that work everywhere; any of q, Esc
# closes it; q at the top level quits at once (nothing is pending), the
# program exits 0 and the terminal is given back.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une idée" --problem "P" --solution "S" >/dev/null ||
	fail "idea add"

ui_start s jmartin
ui_ready s
ui_wait s "Une idée"

ui_keys s '?'
ui_wait s "Touches"
ui_wait_re s "│ / +[^ ]"          # the search key of the list
ui_keys s End                    # the keys of every pane, at the end
ui_wait s "Ctrl-L"
ui_wait_re s "│ \? ou F1 "        # the help key itself
ui_keys s q
ui_wait_gone s "Ctrl-L"
ui_wait s "Une idée"

# the detail view has its own keys
ui_keys s Enter
ui_wait_row s 2 "CONS-"
ui_keys s F1
ui_wait s "Touches"
ui_wait_re s "│ (Esc|Échap) +retour à la liste"
ui_wait_re s "│ h, Gauche +retour à la liste"
ui_keys s Escape
ui_wait_gone s "Touches"
ui_keys s q
ui_wait_row s 5 "▸.*Une idée"

# q quits without asking
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
ui_wait_gone s "Construisons !"
[ ! -s "$T/s.stderr" ] || fail "stderr: $(cat "$T/s.stderr")"
echo "ok"
