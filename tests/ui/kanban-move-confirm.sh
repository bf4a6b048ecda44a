#!/bin/sh
# kanban-move-confirm.sh — issue 12, observed 6: L and m never move a card
# on one key. A move that needs no form opens a short question with an
# optional note; Esc leaves the card where it is (nothing recorded); Enter
# moves it and the note typed is recorded with the transition. (H only
# goes back from Étude préalable to En comité, whose conclusion form is
# its confirmation; kanban-workflow and kanban-refused cover the forms.)
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Navette entre les sites" \
	--problem "Trop de voitures" --solution "Un minibus" >/dev/null ||
	fail "idea add"
ref=$(ref_of "Navette entre")

ui_start s admin
ui_ready s
ui_keys s F3
ui_wait_row s 3 "Déposée 1 .*Contact 0 .*Comité 0"
ui_wait_row s 4 "▸$ref"

# L asks first; Esc: nothing moves, nothing is recorded
ui_keys s L
ui_wait s "Déplacer $ref, « Navette entre les sites », de « Déposée »"
ui_wait s "vers « Prise de contact » ?"
ui_wait s "Note :"
ui_keys s Escape
ui_wait_row s 24 "$ref n'a pas été déplacée"
ui_wait_row s 3 "Déposée 1 .*Contact 0 .*Comité 0"
cs admin idea history "$ref" >"$T/h" || fail "idea history"
grep -qF "Prise de contact" "$T/h" && fail "a cancelled move was recorded: $(cat "$T/h")"

# L again, with a note, and Enter: moved, the note recorded
ui_keys s L
ui_wait s "Note :"
ui_type s "Appel passé le matin"
ui_keys s Enter
ui_wait_row s 24 "$ref passe à l'étape « Prise de contact »"
ui_wait_row s 3 "Déposée 0 .*Contact 1 "
cs admin idea history "$ref" >"$T/h" || fail "idea history"
grep -qF "Appel passé le matin" "$T/h" || fail "the note is not recorded: $(cat "$T/h")"

# m: the list of stages, then the same question; Enter without a note
ui_keys s m
ui_wait s "Déplacer $ref vers…"
ui_keys s Enter
ui_wait s "Note :"
ui_keys s Enter
ui_wait_row s 24 "$ref passe à l'étape"
ui_wait_row s 3 "Déposée 0 .*Contact 0 "

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
