#!/bin/sh
# The list widget under the stage kanban (issue 12, item 3): each column is
# a list of three-line cards. / narrows the columns, the words found are
# underlined in the cards, n and N go from card to card and the status line
# says in which field the words were found; the wheel scrolls the column
# under the pointer, a click selects a card (in another column too) and a
# second click opens it. n after the last match of a column goes to the
# next column holding matches. The late experiments (!) are a list too:
# / n N there, and a click.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
n=1
while [ "$n" -le 12 ]; do
	cs jmartin idea add --title "Idée $n" --problem P --solution S \
		>/dev/null || fail "idea add $n"
	n=$((n + 1))
done
cs jmartin idea add --title "Compost au self" \
	--problem "Les déchets du jardin et du self" --solution "Un bac" >/dev/null ||
	fail "idea add"
cs jmartin idea add --title "Jardin partagé des agents" --problem "P" \
	--solution "S" >/dev/null || fail "idea add"
cs jmartin idea add --title "Un JARDIN pour l'Hôtel" --problem "P" \
	--solution "S" >/dev/null || fail "idea add"

cs jmartin idea add --title "Jardin d'hiver" --problem "P" --solution "S" \
	>/dev/null || fail "idea add"
# three cards in Contact (n goes there after the last match of Déposée; a
# click in another column)
for r in CONS-2026-001 CONS-2026-002 CONS-2026-016; do
	cs anim idea move "$r" contact >/dev/null || fail "move contact $r"
done
# three experiments past their end date (the late list)
late() {
	cs jmartin idea add --title "$1" --problem P --solution S >/dev/null ||
		fail "idea add $1"
	r=$(ref_of "$1")
	cs anim idea move "$r" contact >/dev/null || fail "contact $r"
	cs anim idea move "$r" comite >/dev/null || fail "comite $r"
	cs comite idea move "$r" construction --impact 4 --faisabilite 4 \
		--note "Oui" >/dev/null || fail "construction $r"
	cs anim idea plan "$r" --level aucun --hours 0 --sites "Voiron" \
		--start 2020-01-06 --end "$2" --indicator "Prêts:0:100" \
		>/dev/null || fail "plan $r"
	cs anim idea move "$r" experimentation >/dev/null || fail "exp $r"
}
late "Vélos de service" 2020-03-31
late "Navette du soir" 2020-04-30
late "Vélos cargo" 2020-05-31
navette=$(ref_of "Navette du soir")

ui_start s mdupont
ui_ready s
ui_keys s F3
ui_wait_row s 3 "^Déposée 13 +Contact 3 "
ui_wait_row s 4 "^▸CONS-2026-015"

# / narrows the columns; the words are underlined in the cards
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s jardin
ui_keys s Enter
ui_wait_row s 3 "^Déposée 3 +Contact 1 "
ui_wait_row s 4 "^▸CONS-2026-015"
ui_row_attr s 5 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m[^^]*JARDIN' ||
	ui_fail s "row 5 does not underline JARDIN: $(ui_row_attr s 5)"
ui_row_attr s 8 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m[^^]*Jardin' ||
	ui_fail s "row 8 does not underline Jardin: $(ui_row_attr s 8)"
ui_row_attr s 11 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m' &&
	ui_fail s "row 11 underlines something: $(ui_row_attr s 11)"
# n and N: from card to card, the field said, then to the next column
# that holds any, round the ends
ui_keys s n
ui_wait_row s 7 "^▸CONS-2026-014"
ui_wait_msg s "« jardin » : ligne 2 sur 3, dans le titre"
ui_keys s n
ui_wait_row s 10 "^▸CONS-2026-013"
ui_wait_msg s "ligne 3 sur 3, dans le problème ou la solution"
ui_keys s n
ui_wait_row s 4 "│▸CONS-2026-016"
ui_wait_row s 10 "^ CONS-2026-013"
ui_wait_msg s "« jardin » : ligne 1 sur 1, dans le titre"
ui_keys s n
ui_wait_row s 4 "^▸CONS-2026-015 "
ui_wait_row s 4 "│ CONS-2026-016"
ui_keys s N
ui_wait_row s 4 "│▸CONS-2026-016"
ui_keys s N
ui_wait_row s 10 "^▸CONS-2026-013"
ui_wait_msg s "ligne 3 sur 3, dans le problème ou la solution"
ui_screen s | grep -q "Nouvelle idée" && ui_fail s "n opened the new idea form"

# x ends the search: the whole column, nothing underlined
ui_keys s x
ui_wait_row s 3 "^Déposée 13 +Contact 3 "
ui_wait_row s 4 "^▸CONS-2026-015"
ui_row_attr s 5 | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m' &&
	ui_fail s "row 5 still underlines: $(ui_row_attr s 5)"

# the wheel scrolls the column under the pointer, the cursor stays on it
ui_wheel s down 5 10
ui_wait_row s 4 "^▸CONS-2026-012"
ui_wait_row s 23 "^▲ 3 "
ui_wheel s down 5 10
ui_wait_row s 4 "^▸CONS-2026-009"
ui_wheel s up 5 10
ui_wait_row s 4 "^ CONS-2026-012"
ui_wait_row s 13 "^▸CONS-2026-009"
# a click selects a card, a second click opens the idea
ui_click s 5 15
ui_wait_row s 16 "^▸CONS-2026-008"
ui_wait_row s 13 "^ CONS-2026-009"
ui_click s 5 15
ui_wait_row s 3 "^ Idée 8"
ui_keys s F3
ui_wait_row s 16 "^▸CONS-2026-008"
# a click in another column selects there
ui_click s 30 6
ui_wait_row s 7 "│▸CONS-2026-00[12]"
ui_wait_row s 16 "^ CONS-2026-008"

# the late experiments: / n N, a click
ui_keys s "!"
ui_wait_row s 2 "3 expérimentations échues"
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s velos
ui_keys s Enter
ui_wait_msg s "« velos » : ligne [13] sur 3, dans le titre"
first=$(ui_screen s | grep -n "^▸" | cut -d: -f1)
ui_screen s | sed -n "${first}p" | grep -q "Vélos" ||
	ui_fail s "the cursor is not on a Vélos row"
ui_row_attr s "$first" | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m[^^]*Vélos' ||
	ui_fail s "row $first does not underline Vélos: $(ui_row_attr s "$first")"
ui_keys s n
ui_wait_msg s "« velos » : ligne [13] sur 3"
second=$(ui_screen s | grep -n "^▸" | cut -d: -f1)
[ "$second" != "$first" ] || ui_fail s "n did not move"
ui_screen s | sed -n "${second}p" | grep -q "Vélos" ||
	ui_fail s "n is not on a Vélos row"
ui_keys s N
ui_wait_row s "$first" "^▸.*Vélos"
row=$(ui_screen s | grep -n "Navette du soir" | cut -d: -f1)
ui_click s 20 $((row - 1))
ui_wait_row s "$row" "^▸$navette +Navette du soir"
ui_click s 20 $((row - 1))
ui_wait_row s 3 "^ Navette du soir"
ui_keys s F3
ui_wait_row s "$row" "^▸$navette"
ui_keys s Escape
ui_wait_row s 3 "^Déposée 13"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
