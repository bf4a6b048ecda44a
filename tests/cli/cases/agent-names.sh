# A name (or part of one) where a login is expected: refused, and the
# message names the agents it resembles with their logins (case and
# accents ignored), in the ledger, for co-authors and with --pour.
run admin init
run mdupont whoami >/dev/null
run jmartin whoami >/dev/null
run anim whoami >/dev/null
printf 'login;nom\nmhmartin;Marie-Hélène Martin\nemartin;Émile Martin\nlmartin;Léa Martin\n' >more.csv
run admin agents import more.csv
run mdupont ledger record --to "Jean Martin" 1h --description "Un coup de main"
run mdupont ledger record --to jean 1h --description "Un coup de main"
run jmartin ledger record --from "marie" 1h --description "Relecture"
run jmartin ledger record --from "MARIE DUPONT" 1h --description "Relecture"
run mdupont ledger record --to martin 1h --description "Trop de Martin"
run mdupont ledger record --to "Personne Inconnue" 1h --description "Personne"
run mdupont idea add --title "Covoiturage" --coauthor "Helene"
run anim --pour "Dupont" whoami
sqlite3 "$DB" "SELECT count(*) FROM ledger_exchanges"
