#!/bin/sh
# The list widget in the Accorderie (issue 12, observed 5): in "Mes
# annonces", which had no search, / then words goes to the first row
# holding them, underlines them, and n / N go to the next and previous
# match round the ends, saying in which field the words were found; in
# "Annonces" the search narrows the list (the core) and n still goes from
# match to match; a click selects a row, a second click opens it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin ledger offer --title "Cours de tableur débutant" \
	--category Bureautique >/dev/null || fail "offer"
cs jmartin ledger offer --title "Conversation en espagnol" \
	--category Langues >/dev/null || fail "offer 2"
cs jmartin ledger offer --title "Tableaux de bord" \
	--category "Bureautique" >/dev/null || fail "offer 3"

ui_start s jmartin
ui_ready s
ui_keys s F5
ui_wait_re s '(Solde|Balance) ?: 15 h'
ui_keys s 4
ui_wait s "Conversation en espagnol"
ui_wait s "Tableaux de bord"
ui_wait s "Cours de tableur débutant"
row_of() { ui_screen s | grep -n -- "$1" | head -n 1 | cut -d: -f1; }
r_cours=$(row_of "Cours de tableur")
r_conv=$(row_of "Conversation en espagnol")
r_tab=$(row_of "Tableaux de bord")

ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_type s BUREAU
ui_keys s Enter
ui_wait_msg s "« BUREAU » : ligne [0-9] sur 3, dans la catégorie"
# both Bureautique rows underline the word, the other none
for r in "$r_cours" "$r_tab"; do
	ui_row_attr s "$r" | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*mBureau' ||
		ui_fail s "row $r does not underline Bureau: $(ui_row_attr s "$r")"
done
ui_row_attr s "$r_conv" | grep -qE '\^\[\[([0-9]+;)*4(;[0-9]+)*m' &&
	ui_fail s "row $r_conv underlines: $(ui_row_attr s "$r_conv")"
first=$(ui_screen s | grep -n "▸" | cut -d: -f1)
[ "$first" = "$r_cours" ] || [ "$first" = "$r_tab" ] ||
	ui_fail s "the cursor is not on a match (row $first)"
ui_keys s n
ui_wait_row s "$([ "$first" = "$r_cours" ] && echo "$r_tab" || echo "$r_cours")" "▸"
ui_keys s n
ui_wait_row s "$first" "▸"
ui_keys s N
ui_wait_row s "$([ "$first" = "$r_cours" ] && echo "$r_tab" || echo "$r_cours")" "▸"
ui_screen s | grep -q "Nouvelle annonce\|Nouvel échange" &&
	ui_fail s "n opened a form"
# words found nowhere: said, the cursor stays
ui_keys s /
ui_wait_re s "─ (Search|Recherche) ─"
ui_keys s C-u
ui_type s "zzz"
ui_keys s Enter
ui_wait_msg s "« zzz » : introuvable dans cette liste"

# a click selects a row, a second click on it opens it
ui_click s 10 $((r_conv - 1))
ui_wait_row s "$r_conv" "▸"
ui_click s 10 $((r_conv - 1))
ui_wait_re s "─ .*Conversation en espagnol.* ─|Conversation en espagnol.*\n"
ui_keys s Escape

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
