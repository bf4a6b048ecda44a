# What users type, parsed once in the core (issue 12), under fr_FR.UTF-8
# (decimal comma) on Monday 30/11/2026: hours "2,5" and "2.5", levels and
# recommendations with capitals and accents, dates as "demain", "lundi",
# "30/06", "hier"; each refusal with one French message, and dates in
# messages said the French way ("le samedi 5 décembre").
export LC_ALL=fr_FR.UTF-8
run admin init
run jmartin whoami
run mdupont idea add --title "Navette entre les sites" --problem "Trop de voitures" --solution "Un minibus"
run anim idea move CONS-2026-001 contact
run anim idea move CONS-2026-001 comite
run comite idea move CONS-2026-001 construction --impact " 3" --faisabilite 4 --note "Utile"
run anim idea plan CONS-2026-001 --level Externe --accompanier "Cabinet Alpes" --hours 2,5 --accompaniment-start demain --sites "Voiron" --start lundi --end 30/06/2027 --indicator "Trajets:0:50"
run anim idea show CONS-2026-001
run anim idea plan CONS-2026-001 --level INTERNE --accompanier "DSI" --hours 2.25 --accompaniment-start 01/12
sqlite3 "$DB" "SELECT level, accompanier, hours_per_week, start_date FROM accompaniments; SELECT start_date, end_date FROM experiments"
run anim idea plan CONS-2026-001 --hours 40,5
run anim idea plan CONS-2026-001 --hours 1e3
run anim idea plan CONS-2026-001 --hours "2,5 h"
run anim idea plan CONS-2026-001 --level intern
run anim idea plan CONS-2026-001 --start 31/02/2027
run anim idea plan CONS-2026-001 --start bientôt
run anim idea move CONS-2026-001 experimentation
run anim idea evaluate CONS-2026-001 --date demain --value "Trajets=12" --recommendation poursuivre
run anim idea evaluate CONS-2026-001 --date hier --value "Trajets=12" --recommendation "peut-être"
run anim idea evaluate CONS-2026-001 --date hier --value "Trajets=12" --recommendation "Généraliser"
sqlite3 "$DB" "SELECT date, recommendation FROM evaluations"
cp -r "$SOURCE_ROOT/data/floors" floors
run admin desks import floors
run mdupont desk book 001 --date samedi --slot matin
run mdupont desk book 001 --date demain --slot matin
run mdupont desk book 002 --date 02/12 --slot matin
run mdupont desk mine
run mdupont desk book 003 --date 3/12 --floor 1,5
run mdupont ledger record --to jmartin 1h --description "Relecture" --date hier
run mdupont ledger record --to jmartin 1h --description "Relecture" --date 35/11
