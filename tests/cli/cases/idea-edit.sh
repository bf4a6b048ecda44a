# Edit: authors, co-authors and facilitators may; others may not; a stale
# --version is a conflict and changes nothing; closed ideas are frozen.
run admin init
run mdupont idea add --title "Titre initial" --problem "Problème"
run jmartin idea add --title "Idée de Jean"
run mdupont idea edit CONS-2026-001 --title "Titre corrigé" --version 1
run mdupont idea edit CONS-2026-001 --problem "Autre problème" --version 1
sqlite3 "$DB" "SELECT title, problem, version FROM ideas WHERE ref = 'CONS-2026-001'"
run jmartin idea edit CONS-2026-001 --title "Pas à moi"
run anim idea edit CONS-2026-001 --solution "Ajout par l'animatrice" --version 2
run mdupont idea edit CONS-2026-001
run mdupont idea edit CONS-2026-001 --version zéro --title x
run mdupont idea edit CONS-2026-404 --title x
run mdupont idea edit CONS-2026-001 --category "catégorie A" --category "catégorie B"
run mdupont idea withdraw CONS-2026-001 --reason "Doublon"
run mdupont idea edit CONS-2026-001 --title "Trop tard"
sqlite3 "$DB" "SELECT title, solution, version, stage FROM ideas WHERE ref = 'CONS-2026-001'"
sqlite3 "$DB" "SELECT action, detail FROM audit WHERE ref = 'CONS-2026-001' ORDER BY id"
