#!/bin/sh
# The list widget under the dialogs (issue 12, item 3): the help's rows and
# a choice list scroll with the mouse wheel (the wheel closed the help, and
# did nothing in a choice), a click on a choice chooses it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin idea add --title "Navette entre les sites" --problem P --solution S \
	>/dev/null || fail "idea add"
ref=$(ref_of "Navette")
cs anim idea move "$ref" contact >/dev/null || fail "move contact"
cs anim idea move "$ref" comite >/dev/null || fail "move comite"

ui_start s comite
ui_ready s

# the help: the wheel scrolls its rows and leaves it open
ui_keys s "?"
ui_wait_row s 2 "─ Touches ─"
ui_wait_row s 3 "│ Idées +│"
ui_wheel s down 40 10
ui_wait_row s 3 "│ Pg préc +une page plus haut"
ui_wait_row s 2 "─ Touches ─"
ui_wheel s down 40 10
ui_wait_row s 3 "│ G, Fin +la dernière idée"
ui_wheel s up 40 10
ui_wait_row s 3 "│ Pg préc +une page plus haut"
# the keys scroll it too, without a cursor
ui_keys s g
ui_wait_row s 3 "│ Idées +│"
ui_keys s j
ui_wait_row s 3 "│ k, Haut +l'idée au-dessus"
ui_keys s q
ui_wait_gone s "Touches"

# a choice: a click on an item chooses it
ui_keys s F3
ui_wait_row s 3 "Comité 1"
ui_keys s l l
ui_wait_row s 4 "│▸$ref"
ui_keys s m
ui_wait s "Déplacer $ref vers…"
ui_wait_row s 11 "│ En construction +│"
ui_click s 30 10
ui_wait_row s 2 "Déplacer $ref de « En comité » vers « En construction »"
ui_keys s Escape
ui_wait_row s 3 "Comité 1"
# the keys still move in it
ui_keys s m
ui_wait_row s 10 "│▸Étude préalable"
ui_keys s j j
ui_wait_row s 12 "│▸En expérimentation"
ui_keys s Escape
ui_wait_gone s "Déplacer $ref vers…"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
