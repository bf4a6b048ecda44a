# The whole démarche from the command line: a facilitator and the committee
# move an idea from Déposée to Généralisée, with each guard's data; the
# history and the idea's sheet show every step. Also a hand-off, a
# non-retention, a return from study, a stop and a withdrawal by a
# facilitator for an agent. An evaluation dated after today is refused
# (issue 13: nothing stored dated in the future).
run admin init
run mdupont idea add --title "Navette entre les sites" --problem "Trop de voitures" --solution "Un minibus"
run anim idea move CONS-2026-001 contact --note "Rencontre avec l'autrice"
run anim idea move CONS-2026-001 comite
run comite idea move CONS-2026-001 construction --impact 3 --faisabilite 4 --note "Utile et simple"
run anim idea plan CONS-2026-001 --level interne --accompanier "Direction des mobilités" --hours 4 --accompaniment-start 2026-12-01 --sites "Hôtel du département, Maison du département Voiron" --start 2027-01-04 --end 2027-06-30 --indicator "Trajets par semaine:0:50" --indicator "Satisfaction:—:80 %"
run anim idea move CONS-2026-001 experimentation
run anim idea evaluate CONS-2026-001 --date 2026-12-01 --value "Trajets par semaine=62" --value "Satisfaction=85 %" --observations "Plus de trajets que prévu." --recommendation generaliser
run anim idea evaluate CONS-2026-001 --date 2026-11-30 --value "Trajets par semaine=62" --value "Satisfaction=85 %" --observations "Plus de trajets que prévu." --recommendation generaliser
run comite idea move CONS-2026-001 generalisee --note "À déployer"
run mdupont idea history CONS-2026-001
run mdupont idea show CONS-2026-001
run mdupont idea add --title "Idée pour une autre direction" --problem "p" --solution "s"
run anim idea move CONS-2026-002 contact
run anim idea move CONS-2026-002 comite
run comite idea move CONS-2026-002 transmise --direction "Direction des routes"
run mdupont idea add --title "Idée écartée" --problem "p" --solution "s"
run anim idea move CONS-2026-003 contact
run anim idea move CONS-2026-003 comite
run comite idea move CONS-2026-003 etude --impact 2 --faisabilite 1 --note "À étudier"
run anim idea move CONS-2026-003 comite --note "L'étude conclut à un coût trop élevé"
run comite idea move CONS-2026-003 non-retenue --reason "Coût trop élevé"
run mdupont idea add --title "Idée retirée pour Marie" --problem "p" --solution "s"
run anim --pour mdupont idea move CONS-2026-004 retiree --reason "Doublon"
run mdupont idea list --stage transmise
run mdupont idea list --stage non-retenue
run mdupont idea history CONS-2026-003
run mdupont idea history CONS-2026-004
sqlite3 "$DB" "SELECT ref, stage, version, coalesce(handed_to, ''), coalesce(closing_reason, ''), coalesce(withdrawal_reason, '') FROM ideas ORDER BY id"
