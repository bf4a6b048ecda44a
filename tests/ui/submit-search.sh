#!/bin/sh
# An agent submits an idea through the form, with accents and a problem of
# two lines; it shows in the list, a search without accents ("velos")
# finds it and only it, and Enter opens it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin idea add --title "Covoiturage entre collègues" \
	--problem "Trop de voitures" --solution "Une bourse" >/dev/null ||
	fail "idea add"

ui_start s mdupont
ui_ready s
ui_wait s "Covoiturage entre collègues"

ui_keys s a
ui_wait_row s 2 'Nouvelle idée|New idea'
ui_type s "Prêt de vélos électriques à l'Hôtel"
ui_keys s Tab
ui_type s "Les agents prennent leur voiture pour 3 km."
ui_keys s Enter
ui_type s "Deuxième ligne : même entre deux réunions."
ui_keys s Tab
ui_type s "Les vélos du parc, réservés à l'accueil."
ui_keys s Tab
ui_type s "mobilité, écologie"
ui_wait s "mobilité, écologie"
ui_keys s C-s

# back to the list, the new idea on top, under the cursor
ui_wait_row s 5 "▸.*CONS-[0-9]+-[0-9]+ Prêt de vélos électriques"
ref=$(ref_of "Prêt de vélos")
[ -n "$ref" ] || fail "the idea is not in the database"
cs admin idea show "$ref" >"$T/show" || fail "idea show"
grep -qF "Prêt de vélos électriques à l'Hôtel" "$T/show" || fail "title: $(cat "$T/show")"
grep -qF "Deuxième ligne : même entre deux réunions." "$T/show" || fail "problem"
grep -qF "écologie" "$T/show" || fail "categories"

# search without accents: only this idea
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s velos
ui_keys s Enter
ui_wait s "« velos »"
ui_wait_gone s "Covoiturage entre collègues"
ui_wait_row s 5 "▸.*$ref Prêt de vélos"

# open it
ui_keys s Enter
ui_wait s "Prêt de vélos électriques à l'Hôtel"
ui_wait s "Les agents prennent leur voiture pour 3 km."
ui_wait s "Deuxième ligne : même entre deux réunions."
ui_wait s "$ref"

ui_keys s q
ui_wait s "« velos »"
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
echo "ok"
