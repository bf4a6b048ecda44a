#!/bin/sh
# Nothing typed is lost, in every pane (issue 12, deliver 11): a form of
# the Étapes pane (the plans of an idea) and one of the Accorderie (an
# exchange) hold text when the program gets a hang-up; it ends with 75 and
# the next start offers each draft back in its own pane, the form opened
# again with what was typed; saved, the text reaches the database. An
# announcement form too, under SIGTERM.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
DRAFTS="$XDG_DATA_HOME/construisons/drafts"
drafts() { ls "$DRAFTS" 2>/dev/null | grep -c '\.draft$'; }

cs mdupont idea add --title "Navette entre les sites" \
	--problem "Trop de voitures" --solution "Un minibus" >/dev/null ||
	fail "idea add"
ref=$(ref_of "Navette entre")
cs anim idea move "$ref" contact >/dev/null || fail "contact"
cs anim idea move "$ref" comite >/dev/null || fail "comite"
cs comite idea move "$ref" construction --impact 3 --faisabilite 4 \
	--note "Utile" >/dev/null || fail "construction"
cs jmartin whoami >/dev/null || fail "jmartin in the directory"

# offered NAME: answers "decide later" to a draft offered at start
offered_later() {
	ui_wait_re "$1" '(a été retrouvé|was found)'
	ui_keys "$1" Escape
	ui_wait_msg "$1" '(gardé|kept)'
}

# the plans of the idea, half typed, then a hang-up
ui_start plan admin
ui_ready plan
ui_keys plan F3
ui_wait_row plan 3 "(Déposée|Submitted) 0"
ui_keys plan l l l l
ui_wait_re plan "▸$ref"
ui_keys plan p
ui_wait_re plan "(Accompagnement|Accompaniment) :"
ui_type plan Interne
ui_keys plan Tab
ui_type plan "Direction des mobilités"
ui_wait plan "Direction des mobilités"
kill -HUP "$(ui_pid plan)"
st=$(ui_wait_exit plan)
[ "$st" = 75 ] || ui_fail plan "exit status $st after SIGHUP in the plan form (75 expected)"
[ "$(drafts)" = 1 ] || fail "$(drafts) drafts after the plan form"

# an exchange in the Accorderie, half typed, then a hang-up
ui_start ex mdupont
ui_ready ex
offered_later ex
ui_keys ex F5
ui_wait_re ex '(Solde|Balance) ?:'
ui_keys ex a
ui_wait_re ex "donné|gave time"
ui_keys ex Enter
ui_wait_re ex '(À qui|To whom)'
ui_type ex "jmartin"
ui_keys ex Escape Tab
ui_type ex "1h30"
ui_keys ex Tab Tab
ui_type ex "Réglage du tableur partagé"
ui_wait ex "Réglage du tableur partagé"
kill -HUP "$(ui_pid ex)"
st=$(ui_wait_exit ex)
[ "$st" = 75 ] || ui_fail ex "exit status $st after SIGHUP in the exchange form (75 expected)"
[ "$(drafts)" = 2 ] || fail "$(drafts) drafts after the exchange form"

# an announcement, under SIGTERM
ui_start ad mdupont
ui_ready ad
offered_later ad
ui_keys ad F5
ui_wait_re ad '(Solde|Balance) ?:'
ui_keys ad 2
ui_wait_row ad 2 '\[2 (Annonces|Announcements)\]'
ui_keys ad a
ui_wait_re ad "(Une offre|An offer)"
ui_keys ad Enter
ui_wait_re ad '(Titre|Title) ?:'
ui_type ad "Cours de couture"
ui_wait ad "Cours de couture"
kill -TERM "$(ui_pid ad)"
st=$(ui_wait_exit ad)
[ "$st" = 75 ] || ui_fail ad "exit status $st after SIGTERM in the announcement form (75 expected)"
[ "$(drafts)" = 3 ] || fail "$(drafts) drafts after the announcement form"

# newest first: the announcement, reopened in the Accorderie
ui_start back1 mdupont
ui_wait_re back1 '(Un brouillon du [0-9]{2}/[0-9]{2} à [0-9]+ h [0-9]{2} a été retrouvé|A draft from)'
ui_wait_re back1 'Accorderie.*Cours de couture'
ui_keys back1 Enter
ui_wait_row back1 1 '\[F5 Accorderie\]|F5 Accorderie'
ui_wait_re back1 '(Titre|Title) ?: +Cours de couture *$'
ui_keys back1 Escape
ui_wait_re back1 '(Abandonner|Throw away)'
ui_keys back1 o
ui_wait_gone back1 "Cours de couture"
ui_keys back1 q
ui_wait_exit back1 >/dev/null
[ "$(drafts)" = 2 ] || fail "the reopened announcement draft is still there"

# the exchange: reopened filled, saved, recorded
ui_start back2 mdupont
ui_wait_re back2 'Accorderie.*jmartin'
ui_keys back2 Enter
ui_wait_re back2 '(À qui|To whom)[^:]*: +jmartin *$'
ui_wait_re back2 '(Durée|Time) \([^)]*\) ?: +1h30 *$'
ui_wait back2 "Réglage du tableur partagé"
ui_keys back2 C-s
ui_wait_msg back2 "(confirmation par|confirmation by) jmartin"
[ "$(sqlite3 "$DB" "SELECT minutes, description FROM ledger_exchanges
                    WHERE kind = 'echange'")" = "90|Réglage du tableur partagé" ] ||
	fail "the exchange from the draft: $(sqlite3 "$DB" "SELECT * FROM ledger_exchanges")"
ui_keys back2 q
ui_wait_exit back2 >/dev/null
[ "$(drafts)" = 1 ] || fail "the reopened exchange draft is still there"

# the plans: reopened in Étapes on the same idea, saved
ui_start back3 admin
ui_wait_re back3 '(Étapes|Stages).*Interne'
ui_keys back3 Enter
ui_wait_row back3 1 '\[F3 (Étapes|Stages)\]|F3 (Étapes|Stages)'
ui_wait_re back3 "$ref"
ui_wait_re back3 '(Accompagnement|Accompaniment) ?: +Interne *$'
ui_wait_re back3 'Direction des mobilités *$'
ui_keys back3 Tab Tab
ui_type back3 "2,5"
ui_keys back3 Tab
ui_type back3 "demain"
ui_keys back3 Tab
ui_type back3 "Voiron"
ui_keys back3 Tab
ui_type back3 "lundi"
ui_keys back3 Tab
ui_type back3 "30/06/2027"
ui_keys back3 Tab
ui_type back3 "Trajets par semaine; 0; 50"
ui_keys back3 C-s
ui_wait_msg back3 "(Plans|plans) .*(enregistrés|saved|recorded)"
[ "$(sqlite3 "$DB" "SELECT level, accompanier FROM accompaniments")" = "interne|Direction des mobilités" ] ||
	fail "plans stored: $(sqlite3 "$DB" "SELECT * FROM accompaniments")"
[ "$(drafts)" = 0 ] || fail "the reopened plan draft is still there"
ui_keys back3 q
[ "$(ui_wait_exit back3)" = 0 ] || fail "exit status after a plain quit"
echo "ok"
