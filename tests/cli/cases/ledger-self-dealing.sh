# Nobody deals with themselves in the Accorderie through --pour: whoever
# entered an exchange (in person or for someone) never confirms or refuses
# it, in any capacity; a facilitator acting for an agent never records an
# exchange the facilitator takes part in. Both holes were open: anim
# recorded an exchange to mdupont and confirmed it with --pour mdupont;
# anim recorded with --pour jmartin --from anim and confirmed as anim.
run admin init
run mdupont whoami >/dev/null
run jmartin whoami >/dev/null
run anim whoami >/dev/null
run anim ledger record --to mdupont 1h --description "Aide à la saisie"
run anim --pour mdupont ledger confirm 3
run anim --pour mdupont ledger refuse 3
run anim --pour jmartin ledger record --from anim 3h --description "Heures inventées"
run anim --pour jmartin ledger record --to anim 3h --description "Heures inventées"
run anim --pour jmartin ledger record --from mdupont 1h --description "Relecture, saisie par l'animatrice"
run anim ledger confirm 5
run anim --pour mdupont ledger confirm 5
run anim --pour mdupont ledger refuse 5
run jmartin ledger record --from mdupont 30min --description "Tableau"
run anim --pour jmartin ledger refuse 6 --reason "Saisi en double"
run mdupont ledger confirm 3
run mdupont ledger confirm 5
run anim ledger balance
run mdupont ledger balance
run jmartin ledger balance
sqlite3 "$DB" "SELECT id, state, recorded_by, entered_by, decided_by FROM ledger_exchanges WHERE id IN (3, 5, 6) ORDER BY id"
