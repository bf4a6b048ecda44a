#!/bin/sh
# The list widget under the desk map's lists (issue 12, item 3): in the
# desks free now (F) and in my bookings (M), / then words finds the rows
# with the words underlined and the field said, n and N go from match to
# match round the ends; the wheel scrolls the free desks, a click selects a
# row and a second click shows the desk on the map.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"
cs mdupont desk book 0/001 --date demain --slot matin >/dev/null || fail "book 001"
cs mdupont desk book 1/104 --date demain --slot apres-midi >/dev/null || fail "book 104"

ui_start s mdupont
ui_ready s
ui_keys s F4
ui_wait_row s 2 '^Étage 0'
U='\^\[\[([0-9]+;)*4(;[0-9]+)*m'   # an underline starts
# the row of the cursor (1-based)
cursor_row() { ui_screen s | grep -n "^▸" | cut -d: -f1; }

# the desks free now: / finds the words in the equipment, n N
ui_keys s F
ui_wait_row s 2 "Libres maintenant"
ui_wait_row s 4 "^▸ 0 .*001"
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s accessible
ui_keys s Enter
# desks 021 and 022 of the ground floor are the first accessible ones
ui_wait_msg s "« accessible » : ligne 21 sur 120, dans l'équipement"
ui_wait_row s 22 "^▸ 0 .*021 .*accessible"
ui_row_attr s 22 | grep -qE "${U}[^^]*accessible" ||
	ui_fail s "row 22 does not underline accessible: $(ui_row_attr s 22)"
ui_row_attr s 21 | grep -qE "$U" &&
	ui_fail s "row 21 underlines something: $(ui_row_attr s 21)"
ui_keys s n
ui_wait_msg s "« accessible » : ligne 22 sur 120, dans l'équipement"
ui_wait_row s 22 "^▸ 0 .*022 .*accessible"
ui_wait_row s 21 "^  0 .*021 .*accessible"
ui_keys s N
ui_wait_msg s "« accessible » : ligne 21 sur 120"
ui_wait_row s 21 "^▸ 0 .*021 .*accessible"
ui_keys s N
ui_wait_msg s "« accessible » : ligne [0-9]+ sur 120, dans l'équipement \(recherche reprise à l'autre bout\)"
# an empty search ends it
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_keys s C-u Enter
ui_wait_msg s "Recherche terminée"

# the wheel scrolls, the cursor stays on screen
ui_keys s g
ui_wait_row s 4 "^▸ 0 .*001"
ui_wheel s down 10 10
ui_wait_row s 4 "^▸ 0 .*004"
ui_wheel s down 10 10
ui_wait_row s 4 "^▸ 0 .*007"
ui_wheel s up 10 10
ui_wait_row s 4 "^  0 .*004"
ui_wait_row s 7 "^▸ 0 .*007"
# a click selects a row, a second click shows the desk on the map
ui_click s 10 9
ui_wait_row s 10 "^▸ 0 .*010"
ui_wait_row s 7 "^  0 .*007"
ui_click s 10 9
ui_wait_row s 2 '^Étage 0'
ui_wait_re s "Bureau 010 — "

# my bookings: the half-day, a field not shown (the floor's name)
ui_keys s M
ui_wait_row s 2 "Mes réservations"
ui_wait_row s 4 "^▸ .* 0/001 "
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s "apres"
ui_keys s Enter
ui_wait_row s 5 "^▸ .* 1/104 "
ui_wait_msg s "« apres » : ligne 2 sur 2, dans la demi-journée"
ui_row_attr s 5 | grep -qE "${U}[^^]*après" ||
	ui_fail s "row 5 does not underline après: $(ui_row_attr s 5)"
ui_row_attr s 4 | grep -qE "$U" &&
	ui_fail s "row 4 underlines something: $(ui_row_attr s 4)"
ui_keys s n
ui_wait_msg s "ligne 2 sur 2, dans la demi-journée \(recherche reprise à l'autre bout\)"
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_keys s C-u
ui_type s "mobilites"
ui_keys s Enter
ui_wait_msg s "« mobilites » : ligne 2 sur 2, dans l'étage"
ui_keys s N
ui_wait_msg s "« mobilites » : ligne 2 sur 2, dans l'étage \(recherche reprise"
# a click on the other row, then on it again: that desk on the map
ui_click s 10 3
ui_wait_row s 4 "^▸ .* 0/001 "
ui_wait_row s 5 "^  .* 1/104 "
ui_click s 10 3
ui_wait_row s 2 '^Étage 0'
ui_wait_re s "Bureau 001 — "

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
