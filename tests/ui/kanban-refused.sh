#!/bin/sh
# Moves the core refuses, shown with its reason in the status line:
#  - an agent presses L on a card: moving it is for a facilitator;
#  - a committee member submits the decision form without scores: the
#    guard's message, nothing moved; Esc leaves the (untouched) form;
#  - the idea changes while the committee member types the decision: a
#    conflict, nothing moved, the typed text stays; Ctrl-S again moves it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une navette entre les sites" \
	--problem "Pas de bus" --solution "Un minibus" >/dev/null || fail "idea add"
ref1=$(ref_of "Une navette")
cs mdupont idea add --title "Des casiers au self" \
	--problem "Pas de place" --solution "Des casiers" >/dev/null || fail "idea add"
ref2=$(ref_of "Des casiers")
cs anim idea move "$ref2" contact >/dev/null || fail "move contact"
cs anim idea move "$ref2" comite >/dev/null || fail "move comite"

# an agent: the role refuses
ui_start a mdupont
ui_ready a
ui_keys a F3
ui_wait_row a 4 "▸$ref1"
ui_keys a L
ui_wait_msg a "✗ .*(animateur|facilitator)"
ui_wait_msg a "Prise de contact"
ui_wait_row a 3 "Déposée 1 .*Contact 0 .*Comité 1"
ui_keys a q
[ "$(ui_wait_exit a)" = 0 ] || ui_fail a "exit status"
cs admin idea history "$ref1" >"$T/h1" || fail "idea history"
grep -qF "→" "$T/h1" && fail "a refused move was recorded: $(cat "$T/h1")"

# a committee member: the form without scores is refused by the guard
ui_start c comite
ui_ready c
ui_keys c F3
ui_wait_row c 3 "Comité 1"
ui_keys c l l
ui_wait_row c 4 "│▸$ref2"
ui_keys c L
ui_wait_row c 2 "Déplacer $ref2 de « En comité » vers « Étude préalable »"
ui_keys c C-s
ui_wait_msg c "✗ .*impact"
ui_wait_row c 2 "Déplacer $ref2"
ui_keys c Escape
ui_wait_row c 3 "Comité 1"
ui_wait_row c 4 "│▸$ref2"
cs admin idea history "$ref2" >"$T/h2" || fail "idea history"
grep -qF "Étude" "$T/h2" && fail "the refused decision was recorded: $(cat "$T/h2")"

# the idea changes while the decision is typed
ui_keys c m
ui_wait c "Déplacer $ref2 vers…"
ui_keys c j Enter
ui_wait_row c 2 "vers « En construction »"
ui_type c 2
ui_keys c Tab
ui_type c 3
ui_keys c Tab
ui_type c "Décision tapée à l'écran"
cs mdupont idea edit "$ref2" --title "Des casiers au self, revus" >/dev/null ||
	fail "idea edit"
ui_keys c C-s
ui_wait_msg c "✗ .*$ref2"
ui_wait_row c 2 "vers « En construction »"
ui_wait c "Décision tapée à l'écran"
ui_wait_re c "(quelqu'un d'autre|someone else)"
cs admin idea history "$ref2" >"$T/h2" || fail "idea history"
grep -qF "construction" "$T/h2" && fail "moved despite the conflict: $(cat "$T/h2")"
# knowingly, over the other version
ui_keys c C-s
ui_wait_row c 24 "$ref2 passe à l'étape « En construction »"
cs admin idea history "$ref2" >"$T/h2" || fail "idea history"
grep -qF "En comité → En construction" "$T/h2" || fail "not moved: $(cat "$T/h2")"
grep -qF "Décision tapée à l'écran" "$T/h2" || fail "note lost: $(cat "$T/h2")"

ui_keys c q
[ "$(ui_wait_exit c)" = 0 ] || ui_fail c "exit status"
echo "ok"
