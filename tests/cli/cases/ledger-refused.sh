# Every bad input of the Accorderie, each refused with its reason and a
# non-zero exit, the book untouched: zero or negative durations, more than
# 24 h, badly written durations, an exchange with oneself, an unknown
# agent, confirming one's own record, confirming twice, the floor crossed
# (at recording, and at confirmation after the balance moved), the ceiling,
# withdrawing someone else's announcement or twice, a reversal
# without reason or by a non-admin, and the usage errors.
cat "$CONSTRUISONS_CONFIG" >ledger.conf
printf 'ledger_floor = "-2h"\nledger_opening_credit = "2h"\nledger_ceiling = "6h"\n' >>ledger.conf
export CONSTRUISONS_CONFIG="$T/ledger.conf"
run admin init
run mdupont whoami >/dev/null
run jmartin whoami >/dev/null
run mdupont ledger record --to jmartin 0h --description "Rien"
run mdupont ledger record --to jmartin 0:00 --description "Rien"
run mdupont ledger record --to jmartin --description "Moins" -- -1h
run mdupont ledger record --to jmartin 5min --description "Trop court"
run mdupont ledger record --to jmartin 25h --description "Trop long"
run mdupont ledger record --to jmartin 1h75 --description "Mal écrit"
run mdupont ledger record --to jmartin abc --description "Mal écrit"
run mdupont ledger record --to jmartin 75 --description "Sans unité"
run mdupont ledger record --to mdupont 1h --description "Moi-même"
run mdupont ledger record --to inconnu 1h --description "Personne"
run mdupont ledger record --from jmartin 1h --description "Demain" --date 01/12/2026
run mdupont ledger record --to jmartin 1h --description ""
run mdupont ledger record --to jmartin 1h
run mdupont ledger record 1h --description "Sans partie"
run mdupont ledger record --to jmartin --from jmartin 1h --description "Les deux"
run mdupont ledger record --from jmartin 4h30 --description "Sous le plancher"
run mdupont ledger record --from jmartin 3h --description "Formation"
run mdupont ledger record --from jmartin 1h30 --description "Conseil"
run mdupont ledger confirm 3
run jmartin ledger confirm 3
run jmartin ledger record --to admin 1h30 --description "Au-dessus du plafond"
run jmartin ledger confirm 3
run jmartin ledger refuse 3
run jmartin ledger confirm 4
run jmartin ledger confirm 99
run jmartin ledger confirm abc
run mdupont ledger reverse 3 --reason "Erreur"
run admin ledger reverse 3
run admin ledger reverse 3 --reason "   "
run admin ledger reverse 4 --reason "Pas confirmé"
run mdupont ledger offer --title "Sans catégorie" --category Cuisine
run mdupont ledger offer --title "" --category Autre
run mdupont ledger offer --title "Périmée" --category Autre --expires 01/11/2026
run mdupont ledger offer --title "Tableaux" --category Bureautique
run jmartin ledger withdraw 1
run jmartin ledger withdraw 2
run mdupont ledger withdraw 1
run mdupont ledger withdraw 1
run jmartin ledger statement mdupont
run jmartin ledger accounts
run jmartin ledger frobnicate
run jmartin ledger
run admin ledger check
sqlite3 "$DB" "SELECT count(*), sum(minutes) FROM ledger_movements"
sqlite3 "$DB" "DELETE FROM ledger_movements" 2>&1
