#!/bin/sh
# An agent keeps the stage kanban open while a facilitator moves her idea
# from another session: each move shows within 3 s without a key press
# (the refresh poll, refresh_interval = 1 in the test configuration). The
# next time she starts the program, the status line says her idea moved
# ("quoi de neuf"), and N lists the moves.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une navette entre les sites" \
	--problem "Pas de bus" --solution "Un minibus" >/dev/null || fail "idea add"
ref=$(ref_of "Une navette")

ui_start marie mdupont
ui_start anim admin
ui_ready marie
ui_ready anim
ui_keys marie F3
ui_keys anim F3
ui_wait_row marie 3 "Déposée 1 .*Contact 0 .*Comité 0"
ui_wait_row marie 4 "▸$ref +●│"
ui_wait_row anim 4 "▸$ref"

# no key pressed in Marie's session from here
ui_keys anim L
ui_wait anim "Note :"
ui_keys anim Enter
ui_wait_row anim 24 "$ref passe à l'étape « Prise de contact »"
ui_wait_row marie 3 "Déposée 0 .*Contact 1 .*Comité 0" 3
ui_wait_row marie 4 "│ $ref +●"

ui_keys anim L
ui_wait anim "Note :"
ui_keys anim Enter
ui_wait_row anim 24 "$ref passe à l'étape « En comité »"
ui_wait_row marie 3 "Déposée 0 .*Contact 0 .*Comité 1" 3

ui_keys anim m
ui_wait anim "Déplacer $ref vers…"
ui_keys anim j Enter
ui_wait anim "Impact (1 à 4) :"
ui_type anim 4
ui_keys anim Tab
ui_type anim 2
ui_keys anim Tab
ui_type anim "À construire"
ui_keys anim C-s
ui_wait_row anim 24 "$ref passe à l'étape « En construction »"
ui_wait_row marie 3 "Déposée 0 .*Contact 0 .*Comité 0 .*4 ▶" 3
# Marie looks to the right: the card, with its scores
ui_keys marie l l l l
ui_wait_row marie 3 "Construct. 1"
ui_wait_re marie "$ref +I4 F2 ●"

ui_keys marie q
ui_keys anim q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit anim)" = 0 ] || ui_fail anim "exit status"

# "quoi de neuf" at the next start
ui_start again mdupont
# the message takes the whole status line
ui_wait_row again 1 "Construisons !"
ui_wait_row again 24 "1 de vos idées a bougé depuis votre dernière visite \(touche w pour voir\)"
ui_keys again w
ui_wait again "Quoi de neuf depuis le"
ui_wait again "$ref  Comité → Construct."
ui_wait again "$ref  Contact → Comité"
ui_wait again "$ref  Déposée → Contact"
# Enter opens the idea (the board's detail view)
ui_keys again Enter
ui_wait_row again 2 "Idée $ref .*En construction"
ui_keys again q
ui_wait_row again 5 "$ref"
ui_keys again q
[ "$(ui_wait_exit again)" = 0 ] || ui_fail again "exit status"

# and only once: the visit is recorded
ui_start last mdupont
ui_ready last
ui_keys last w
ui_wait_row last 24 "Rien n'a bougé"
ui_keys last q
[ "$(ui_wait_exit last)" = 0 ] || ui_fail last "exit status"
echo "ok"
