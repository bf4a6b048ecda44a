#!/bin/sh
# The list widget on the idea board (issue 12, observed 5 and 10): / then
# words narrows the list, the words found are underlined in the rows, n
# and N go to the next and previous match (never "new idea") and the status
# line says in which field the words were found, round the ends; the mouse
# wheel scrolls the list, a click selects a row and a second click opens it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
n=1
while [ "$n" -le 22 ]; do
	cs jmartin idea add --title "Idée $n" --problem P --solution S \
		>/dev/null || fail "idea add $n"
	n=$((n + 1))
done
cs jmartin idea add --title "Compost au self" \
	--problem "Les déchets du jardin et du self" --solution "Un bac" >/dev/null ||
	fail "idea add"
cs jmartin idea add --title "Jardin partagé des agents" --problem "P" \
	--solution "S" >/dev/null || fail "idea add"
cs jmartin idea add --title "Vélos de service" --problem "P" \
	--solution "S" >/dev/null || fail "idea add"
cs jmartin idea add --title "Un JARDIN pour l'Hôtel" --problem "P" \
	--solution "S" >/dev/null || fail "idea add"

ui_start s mdupont
ui_ready s
ui_wait_row s 5 "▸.*Un JARDIN pour"

ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s jardin
ui_keys s Enter
ui_wait s "« jardin »"
ui_wait_gone s "Vélos de service"
ui_wait_row s 7 "Compost au self"
# the word found is underlined, in the cursor's row and in the others
ui_row_attr s 5 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m[^^]*JARDIN' ||
	ui_fail s "row 5 does not underline JARDIN: $(ui_row_attr s 5)"
ui_row_attr s 6 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m[^^]*Jardin' ||
	ui_fail s "row 6 does not underline Jardin: $(ui_row_attr s 6)"
ui_row_attr s 7 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m' &&
	ui_fail s "row 7 underlines something: $(ui_row_attr s 7)"

# n: the next match, and where it was found; never the new idea form
ui_keys s n
ui_wait_row s 6 "▸.*Jardin partagé"
ui_wait_msg s "« jardin » : ligne 2 sur 3, dans le titre"
ui_keys s n
ui_wait_row s 7 "▸.*Compost au self"
ui_wait_msg s "ligne 3 sur 3, dans le problème ou la solution"
ui_keys s n
ui_wait_row s 5 "▸.*Un JARDIN pour"
ui_wait_msg s "ligne 1 sur 3, dans le titre \(recherche reprise à l'autre bout\)"
ui_keys s N
ui_wait_row s 7 "▸.*Compost au self"
ui_screen s | grep -q "Nouvelle idée" && ui_fail s "n opened the new idea form"

# the search ends: all four again, nothing underlined
ui_keys s x
ui_wait s "Vélos de service"
ui_row_attr s 5 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m' &&
	ui_fail s "row 5 still underlines: $(ui_row_attr s 5)"

# a long list: the wheel scrolls it, the cursor stays on screen
ui_keys s g
ui_wait_row s 5 "▸.*Un JARDIN pour"
ui_wheel s down 30 10
ui_wait_row s 5 "▸.*Compost au self"
ui_wheel s down 30 10
ui_wait_row s 5 "▸.* Idée 20 "
ui_wheel s up 30 10
ui_wait_row s 5 "^ [^▸]*Compost au self"
ui_wait_row s 8 "▸.* Idée 20 "
# a click selects a row, a second click on it opens the idea
ui_click s 30 10
ui_wait_row s 11 "▸.* Idée 17 "
ui_wait_row s 23 " 10/26\$"
ui_click s 30 10
ui_wait_row s 3 "^ Idée 17"
ui_keys s q
ui_wait_row s 11 "▸.* Idée 17 "

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
