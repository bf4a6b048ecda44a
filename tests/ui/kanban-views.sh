#!/bin/sh
# The other views of the stage kanban: the committee's impact × feasibility
# grid (#), scored ideas in their cell and the others listed apart; the
# experiments past their end date (!), evaluated from that list (v); the
# filters (direction through f, only my ideas with M, x clears); the mouse.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
printf 'login;nom;direction;service;site\nmdupont;Marie Dupont;Direction des mobilités;Routes;Hôtel du département\njmartin;Jean Martin;Direction des solidarités;RSA;Vercors\n' \
	>"$T/agents.csv"
cs admin agents import "$T/agents.csv" >/dev/null || fail "agents import"
cs mdupont idea add --title "Une navette" --problem P --solution S >/dev/null || fail "add"
scored=$(ref_of "Une navette")
cs jmartin idea add --title "Un guichet unique" --problem P --solution S >/dev/null || fail "add"
unscored=$(ref_of "Un guichet")
cs mdupont idea add --title "Des vélos" --problem P --solution S >/dev/null || fail "add"
late=$(ref_of "Des vélos")
for r in "$scored" "$unscored" "$late"; do
	cs anim idea move "$r" contact >/dev/null || fail "move contact $r"
	cs anim idea move "$r" comite >/dev/null || fail "move comite $r"
done
# scored by the committee, back from a study: in the grid at impact 3,
# feasibility 2
cs comite idea move "$scored" etude --impact 3 --faisabilite 2 --note "À étudier" \
	>/dev/null || fail "move etude"
cs anim idea move "$scored" comite --note "Étude faite" >/dev/null || fail "back"
# an experiment that ended long ago, never evaluated
cs comite idea move "$late" construction --impact 4 --faisabilite 4 --note "Oui" \
	>/dev/null || fail "move construction"
cs anim idea plan "$late" --level aucun --hours 0 --sites "Voiron" \
	--start 2020-01-06 --end 2020-06-30 --indicator "Vélos prêtés:0:100" \
	>/dev/null || fail "plan"
cs anim idea move "$late" experimentation >/dev/null || fail "move experimentation"

ui_start s admin
ui_ready s
ui_keys s F3
ui_wait_row s 3 "Comité 2"

# the grid
ui_keys s "#"
ui_wait_row s 2 "Grille du comité : 2 idées en comité"
ui_wait_row s 3 "Faisabilité 1 .*Faisabilité 4"
# impact 3 is the second band (rows 8..10): feasibility 2 is the second cell
ui_wait_row s 8 "^Impact 3 +│ +│ $scored"
ui_wait "s" "Pas encore notées :"
ui_wait_re s "^ +$unscored"
ui_keys s q
ui_wait_row s 3 "Comité 2"

# the late experiments, and an evaluation from there
ui_keys s "!"
ui_wait_row s 2 "1 expérimentation échue, sans évaluation depuis"
ui_wait_re s "▸$late +Des vélos .*30/06/2020 +en retard [0-9]+ j"
ui_keys s v
ui_wait_row s 2 "Évaluation de $late"
ui_keys s Tab
ui_type s 40
ui_keys s Tab Tab
ui_type s poursuivre
ui_keys s C-s
ui_wait_row s 24 "Évaluation de l'idée $late enregistrée"
ui_wait s "Aucune expérimentation en retard."
ui_keys s Escape
ui_wait_row s 3 "Comité 2"

# filters: a direction, then only my ideas (admin has none), then none
ui_keys s f
ui_wait s "Direction : toutes"
ui_keys s Enter
ui_wait s "Direction des solidarités"
ui_keys s j j Enter
ui_wait_row s 2 "1 idée .*direction : Direction des solidarités"
ui_wait_row s 3 "Comité 1"
ui_keys s M
ui_wait_row s 2 "0 idée .*seulement : mes idées"
ui_wait s "Aucune idée ne correspond aux filtres"
ui_keys s x
ui_wait_row s 2 "3 idées +aucun filtre"

# the mouse: a click selects a card, a second click opens it
# (X10 reports, as a terminal sends them: ESC [ M, button, column, row)
mouse() {
	tm send-keys -t s -l "$(printf '\033[M%s%b%b' "$1" \
		"\\0$(printf %o $((33 + $2)))" "\\0$(printf %o $((33 + $3)))")"
}
click() { mouse ' ' "$1" "$2"; mouse '#' "$1" "$2"; }
ui_wait_row s 7 "│ CONS-"
second=$(ui_screen s | sed -n 7p | grep -oE 'CONS-[0-9]+-[0-9]+')
click 60 6
ui_wait_row s 7 "│▸$second"
ui_wait_row s 4 "│ CONS-"
click 60 6
ui_wait_row s 2 "Idée $second"
ui_keys s q
ui_wait_row s 7 "│▸$second"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
