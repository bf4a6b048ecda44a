#!/bin/sh
# The plan form under fr_FR.UTF-8, what our users run (issue 12, observed
# 7): "2,5" hours a week, its own example, is taken (the form parsed it
# with strtod under the user's locale and refused it), and so is the value
# it pre-fills when the plans are opened again; dates typed as "demain",
# "30/06" or "lundi" are read by the core's parser; a wrong number is
# refused with the core's message, naming the field.
. "$TESTS_DIR/ui/lib.sh"

locale -a 2>/dev/null | grep -qix 'fr_FR.utf-\?8' ||
	{ echo "fr_FR.UTF-8 is not generated (make deps)" >&2; exit 77; }
export LC_ALL=fr_FR.UTF-8

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Navette entre les sites" \
	--problem "Trop de voitures" --solution "Un minibus" >/dev/null ||
	fail "idea add"
ref=$(ref_of "Navette entre")
cs anim idea move "$ref" contact >/dev/null || fail "contact"
cs anim idea move "$ref" comite >/dev/null || fail "comite"
cs comite idea move "$ref" construction --impact 3 --faisabilite 4 \
	--note "Utile" >/dev/null || fail "construction"

ui_start s admin
ui_ready s
ui_keys s F3
ui_wait_row s 3 "Déposée 0"
# to the En construction column
ui_keys s l l l l
ui_wait_re s "▸$ref"
ui_keys s p
ui_wait s "Accompagnement :"
ui_type s Interne
ui_keys s Tab
ui_type s "Direction des mobilités"
ui_keys s Tab
ui_type s "2,5"
ui_keys s Tab
ui_type s "demain"
ui_keys s Tab
ui_type s "Voiron"
ui_keys s Tab
ui_type s "lundi"
ui_keys s Tab
ui_type s "30/06/2027"
ui_keys s Tab
ui_type s "Trajets par semaine; 0; 50"
ui_keys s C-s
ui_wait_row s 24 "Plans .*enregistrés"
sqlite3 "$DB" "SELECT level, hours_per_week, start_date = date('now', 'localtime', '+1 day')
               FROM accompaniments" >"$T/acc"
[ "$(cat "$T/acc")" = "interne|2.5|1" ] || fail "stored: $(cat "$T/acc")"
[ "$(sqlite3 "$DB" "SELECT end_date FROM experiments")" = 2027-06-30 ] ||
	fail "experiment: $(sqlite3 "$DB" "SELECT * FROM experiments")"

# opened again: the pre-filled "2,5" is saved as it is
ui_keys s p
ui_wait s "Accompagnement :"
ui_wait s "2,5"
ui_keys s C-s
ui_wait_row s 24 "Plans .*enregistrés"
[ "$(sqlite3 "$DB" "SELECT hours_per_week FROM accompaniments")" = 2.5 ] ||
	fail "hours after a second save: $(sqlite3 "$DB" "SELECT * FROM accompaniments")"

# a wrong number: the core's message, naming the field; nothing changes
ui_keys s p
ui_wait s "Accompagnement :"
ui_keys s Tab Tab
ui_keys s C-u
ui_type s "2,5 h"
ui_keys s C-s
ui_wait_row s 24 "Heures par semaine : « 2,5 h » n'est pas un nombre"
[ "$(sqlite3 "$DB" "SELECT hours_per_week FROM accompaniments")" = 2.5 ] ||
	fail "hours after a refusal: $(sqlite3 "$DB" "SELECT * FROM accompaniments")"
