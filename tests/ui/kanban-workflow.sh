#!/bin/sh
# The whole démarche from the stage kanban: an admin (every role) moves a
# card from Déposée to Généralisée with H/L and m, filling the form each
# guard asks for (committee scores and note, the accompaniment and
# experiment plans, an evaluation); the cursor follows the card; the
# history records every transition.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Navette entre les sites" \
	--problem "Trop de voitures" --solution "Un minibus" >/dev/null ||
	fail "idea add"
ref=$(ref_of "Navette entre")

ui_start s admin
ui_ready s
ui_keys s F3
# headings on row 3, the first card from row 4: reference, title, age
ui_wait_row s 3 "Déposée 1 .*Contact 0 .*Comité 0"
ui_wait_row s 4 "▸$ref"
ui_wait_row s 5 "Navette entre les sites"
ui_wait_row s 6 " 0 j"

# Déposée -> Prise de contact: no guard, moved once confirmed; the cursor follows
ui_keys s L
ui_wait s "Note :"
ui_keys s Enter
ui_wait_row s 24 "$ref passe à l'étape « Prise de contact »"
ui_wait_row s 3 "Déposée 0 .*Contact 1 "
ui_wait_row s 4 "^ +│▸$ref"

# Prise de contact -> En comité: the problem and the solution are written
ui_keys s L
ui_wait s "Note :"
ui_keys s Enter
ui_wait_row s 24 "$ref passe à l'étape « En comité »"
ui_wait_row s 3 "Contact 0 .*Comité 1"

# En comité -> En construction through "déplacer vers…": the committee's
# scores and decision note
ui_keys s m
ui_wait s "Déplacer $ref vers…"
ui_wait s "Étude préalable"
ui_keys s j Enter
ui_wait_row s 2 "Déplacer $ref de « En comité » vers « En construction »"
ui_wait s "Impact (1 à 4) :"
ui_type s 3
ui_keys s Tab
ui_type s 4
ui_keys s Tab
ui_type s "Utile et simple"
ui_keys s C-s
ui_wait_row s 24 "$ref passe à l'étape « En construction »"
# the columns scrolled: En construction is shown, with the scores
ui_wait_re s "▸$ref +I3 F4"

# En construction -> En expérimentation: the plans first
ui_keys s L
ui_wait_row s 2 "Déplacer $ref de « En construction » vers « En expérimentation »"
ui_wait s "Accompagnement :"
ui_type s interne
ui_keys s Tab
ui_type s "Direction des mobilités"
ui_keys s Tab
ui_type s "4"
ui_keys s Tab
ui_type s "01/12/2026"
ui_keys s Tab
ui_type s "Hôtel du département, Voiron"
ui_keys s Tab
ui_type s "04/01/2027"
ui_keys s Tab
ui_type s "30/06/2027"
ui_keys s Tab
ui_type s "Trajets par semaine; 0; 50"
ui_keys s C-s
ui_wait_row s 24 "$ref passe à l'étape « En expérimentation »"
ui_wait_re s "▸$ref"
ui_wait_re s "fin dans [0-9]+ j|en retard [0-9]+ j|fin aujourd'hui"

# an evaluation (v), then the committee generalises it
ui_keys s v
ui_wait_row s 2 "Évaluation de $ref"
ui_wait s "Trajets par semaine :"
ui_keys s Tab
ui_type s "62"
ui_keys s Tab
ui_type s "Plus de trajets que prévu."
ui_keys s Tab
ui_type s "généraliser"
ui_keys s C-s
ui_wait_row s 24 "Évaluation de l'idée $ref enregistrée"
ui_keys s L
ui_wait s "Note :"
ui_keys s Enter
ui_wait_row s 24 "$ref passe à l'étape « Généralisée »"
ui_wait_row s 3 "Généralis. 1"

# Enter opens the idea in the board's detail view; q comes back here
ui_keys s Enter
ui_wait_row s 2 "Idée $ref .*Généralisée"
ui_keys s q
ui_wait_row s 3 "Généralis. 1"

cs admin idea history "$ref" >"$T/history" || fail "idea history"
for step in "Déposée → Prise de contact" "Prise de contact → En comité" \
            "En comité → En construction" "impact 3, faisabilité 4" \
            "Utile et simple" "En construction → En expérimentation" \
            "En expérimentation → Généralisée"; do
	grep -qF "$step" "$T/history" || fail "history lacks \"$step\": $(cat "$T/history")"
done
cs admin idea show "$ref" >"$T/show" || fail "idea show"
for line in "Étape : Généralisée" "Trajets par semaine (départ 0, cible 50)" \
            "Trajets par semaine = 62" "Hôtel du département, Voiron" \
            "du 04/01/2027 au 30/06/2027"; do
	grep -qF "$line" "$T/show" || fail "idea show lacks \"$line\": $(cat "$T/show")"
done

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
