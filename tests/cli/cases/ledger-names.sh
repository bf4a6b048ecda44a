# issue 13: display-name spoofing in l'Accorderie. Two agents are both
# "Alice Agent" in the directory, a third's GECOS is "Accorderie" (the
# pool's name) and a fourth's " accordérie  et  compagnie " (case,
# accents, spaces): where Jean decides (the pending list, the exchange shown
# before confirming) everyone is shown with their login, and a name that
# could pass for the pool's carries its login in every list (statement,
# accounts, ads), never cut off, so the bare "Accorderie" is the pool.
define_agent alice "Alice Agent"
define_agent alice2 "Alice Agent"
define_agent eve "Accorderie"
define_agent mallory " accordérie  et  compagnie "
run admin init
run jmartin whoami >/dev/null
run alice ledger record --to jmartin 1h --description "Aide au tableur"
run alice2 ledger record --to jmartin 2h --description "Aide au tableur"
run eve ledger record --to jmartin 3h --description "Crédit d'ouverture"
run mallory ledger record --from jmartin 30min --description "Crédit d'ouverture"
run mallory ledger offer --title "Crédit d'ouverture offert" --category autre
run jmartin ledger exchanges --pending
run jmartin ledger show 3
run jmartin ledger show 5
run jmartin ledger show 7
run jmartin ledger show 2
run jmartin ledger confirm 3
run jmartin ledger confirm 9
run jmartin ledger statement
run jmartin ledger ads
run anim ledger accounts
run anim ledger statement eve
