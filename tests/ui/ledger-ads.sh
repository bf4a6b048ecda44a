#!/bin/sh
# The Accorderie's announcements: Marie browses them by category (f) and by
# words typed with and without accents (/), sees only the offers (O), opens
# Jean's offer (Enter) and proposes an exchange from it: the form knows
# that Jean gives her the time, names him and the offer; the exchange is
# recorded for that offer. Then she publishes an offer of her own (title
# with accents, category typed without them) and withdraws it.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin ledger offer --title "Cours de tableur débutant" \
	--category Bureautique --description "Formules, tableaux croisés" \
	>/dev/null || fail "offer"
cs anim ledger request --title "Aide au déménagement du bureau" \
	--category Bricolage >/dev/null || fail "request"
cs comite ledger offer --title "Relecture de courriers" \
	--category "Rédaction" >/dev/null || fail "offer 2"
cs jmartin ledger offer --title "Conversation en espagnol" \
	--category Langues >/dev/null || fail "offer 3"

ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 15 h'
ui_keys marie 2
ui_wait_re marie '^ 4 (annonces|announcements)'
ui_wait_re marie "offre +Cours de tableur débutant +Bureautique +Jean Martin"
ui_wait_re marie "demande +Aide au déménagement"

# f: the categories, "all" first, then sorted the French way
ui_keys marie f
ui_wait_re marie "Toutes les catégories|All categories"
ui_wait_re marie "│ Autre +│"
ui_keys marie j j j
ui_wait_re marie "▸Bureautique"
ui_keys marie Enter
ui_wait_re marie '^ 1 (annonce|announcement) .*Bureautique'
ui_wait marie "Cours de tableur débutant"
ui_wait_gone marie "Relecture de courriers"

# /: words, accents and capitals ignored, typed with accents too
ui_keys marie x /
ui_wait_re marie "(Mots|Words) ?:"
ui_type marie "DEMENAGEMENT"
ui_keys marie Enter
ui_wait_re marie '^ 1 (annonce|announcement) '
ui_wait marie "Aide au déménagement du bureau"
ui_wait_gone marie "Cours de tableur"
ui_keys marie /
ui_wait_re marie "(Mots|Words) ?: DEMENAGEMENT"
ui_keys marie C-u
ui_type marie "rédaction"
ui_keys marie Enter
ui_wait_re marie '« rédaction »'
ui_wait marie "Relecture de courriers"
ui_wait_gone marie "Aide au déménagement"

# t: offers only
ui_keys marie x O
ui_wait_re marie '^ 3 (annonces|announcements) │ (offres|offers)'
ui_wait_gone marie "Aide au déménagement"

# Enter on Jean's offer, then propose an exchange from it
ui_keys marie G
ui_wait_re marie "▸ *offre +Cours de tableur"
ui_keys marie Enter
ui_wait marie "Formules, tableaux croisés"
ui_wait_re marie "Jean[^(]*\(jmartin\)"
ui_keys marie o
ui_wait_re marie "(j'ai reçu du temps|I received time)"
ui_wait_re marie "jmartin"
ui_wait_re marie "Cours de tableur débutant"
# the time field has the focus
ui_type marie "2h"
ui_wait_re marie '(Durée retenue|Time counted) ?: 2 h'
ui_keys marie C-s
ui_wait_row marie 24 "2 h.*jmartin"
ui_wait_re marie "(reçu de|received from) Jean[^(]*\\(jmartin\\) +2 h "
n=$(cs jmartin ledger exchanges --pending | grep -o '[0-9][0-9]*' | head -n 1)
cs jmartin ledger show "$n" | grep -q "Cours de tableur" \
	|| fail "the exchange does not name the offer: $(cs jmartin ledger show "$n")"

# her own offer: title with accents, category typed without them
ui_keys marie 4
ui_wait_re marie "\[4 [^]]*\]"
ui_keys marie a
ui_wait_re marie "Une offre|An offer"
ui_keys marie Enter
ui_wait_re marie "(Titre|Title) ?:"
ui_type marie "Atelier « Écrire à l'usager »"
ui_keys marie Tab
ui_type marie "redaction"
ui_keys marie Tab Tab
ui_type marie "Phrases courtes, mots simples."
ui_keys marie C-s
ui_wait_row marie 24 "(Offre|Offer) [0-9]+ "
ui_wait_re marie "offre +Atelier « Écrire à l'usager » +Rédaction"
ui_keys marie d
ui_wait_re marie "(Retirer|Withdraw) "
ui_keys marie o
ui_wait_row marie 24 "[0-9]+ (retirée|withdrawn)"
ui_wait_re marie "Atelier « Écrire à l'usager » +Rédaction +(retirée|withdrawn)"
cs jmartin ledger ads | grep -q "Écrire à l'usager" && fail "a withdrawn offer is still listed"

ui_keys marie q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
echo "ok"
