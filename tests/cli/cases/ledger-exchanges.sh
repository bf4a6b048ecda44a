# L'Accorderie from the command line, on Monday 30/11/2026 at 9 h 15:
# offers and requests, an exchange recorded by one party and confirmed by
# the other, one refused, a group session, statements with running
# balances, a facilitator's view of every account, the automatic
# confirmation after ledger_confirm_days (the clock moved on), an admin's
# reversal, the journal of a period, and `ledger check` on the book and on
# a tampered copy.
run admin init
run mdupont whoami >/dev/null
run jmartin whoami >/dev/null
run lgroupe whoami >/dev/null
run comite whoami >/dev/null
run mdupont ledger offer --title "Mise en forme de tableaux Calc" --category bureautique --description "Formules, tableaux croisés"
run jmartin ledger request --title "Relire un rapport au comité" --category "Rédaction" --expires 15/01/2027
run jmartin ledger ads
run jmartin ledger ads --offers --search "croises"
run jmartin ledger ads --category Rédaction
run mdupont ledger balance
run jmartin ledger record --from mdupont 1h15 --description "Tableau des congés" --ad 1
run mdupont ledger exchanges --pending
run mdupont ledger confirm 3
run mdupont ledger record --to jmartin 40min --description "Relecture" --date 27/11/2026 --ad 2
run jmartin ledger refuse 4 --reason "C'était une demi-heure"
run mdupont ledger record --to jmartin,lgroupe,comite 1:30 --description "Partage ma passion : Calc"
run lgroupe ledger confirm 8
run comite ledger refuse 9
run mdupont ledger statement
run jmartin ledger balance
run jmartin ledger statement mdupont
run anim ledger statement mdupont
run anim ledger accounts
run mdupont ledger show 4
run jmartin ledger exchanges
# a week later, the group line nobody answered confirmed itself
(export FAKETIME="@2026-12-08 10:00:00"; run jmartin ledger balance; run jmartin ledger show 7)
run jmartin ledger reverse 3 --reason "Saisie en double"
run admin ledger reverse 3 --reason "Saisie en double"
run mdupont ledger statement
run mdupont ledger withdraw 1
run mdupont ledger ads --mine
run anim ledger journal --since 01/11/2026 --until 31/12/2026
run anim ledger journal --since 08/12/2026 --until 08/12/2026
run anim ledger journal --since 31/12/2026 --until 01/12/2026
run jmartin ledger journal
run admin ledger check
sqlite3 "$DB" "UPDATE ledger_accounts SET balance = balance + 15 WHERE agent_id = (SELECT id FROM agents WHERE login = 'jmartin')"
run admin ledger check
