# Bad input for the workflow, each refused with a clear message and
# nothing partly applied: a move not in the table, a move without the role,
# scores outside 1-4, a missing guard, an end date before the start, an
# evaluation of an idea not in experimentation, a stale version.
run admin init
run mdupont idea add --title "Idée de Marie" --problem "p" --solution "s"
run mdupont idea add --title "Sans texte"
run anim idea move CONS-2026-001 generalisee
run mdupont idea move CONS-2026-001 contact
run anim idea move CONS-2026-001 inconnue
run anim idea move CONS-2026-001
run anim idea move CONS-2026-001 contact --impact trois
run anim idea move CONS-2026-001 contact --impact 3 --faisabilite 3
run anim idea move CONS-2026-001 contact
run anim idea move CONS-2026-001 contact
run anim idea move CONS-2026-001 comite --version 1
run anim idea move CONS-2026-001 comite --version 2
run comite idea move CONS-2026-001 construction --impact 0 --faisabilite 2 --note "x"
run comite idea move CONS-2026-001 construction --impact 5 --faisabilite 2 --note "x"
run comite idea move CONS-2026-001 construction --impact 3 --faisabilite 2
run comite idea move CONS-2026-001 transmise
run comite idea move CONS-2026-001 non-retenue
run anim idea move CONS-2026-001 construction --impact 3 --faisabilite 2 --note "x"
run anim idea plan CONS-2026-001 --sites "Voiron" --start 2027-03-01 --end 2027-01-31 --indicator "Usagers"
run anim idea plan CONS-2026-001 --sites "Voiron" --start 2027-02-30 --end 2027-03-31
run anim idea plan CONS-2026-001 --level magique
run mdupont idea plan CONS-2026-001 --level interne --accompanier "DSI"
run anim idea evaluate CONS-2026-001 --recommendation generaliser
run anim idea evaluate CONS-2026-001
run anim idea move CONS-2026-002 contact
run anim idea move CONS-2026-002 comite
sqlite3 "$DB" "SELECT ref, stage, version FROM ideas ORDER BY id"
sqlite3 "$DB" "SELECT i.ref, t.from_stage, t.to_stage FROM transitions t JOIN ideas i ON i.id = t.idea_id ORDER BY t.id"
sqlite3 "$DB" "SELECT count(*) FROM accompaniments; SELECT count(*) FROM experiments; SELECT count(*) FROM evaluations"
