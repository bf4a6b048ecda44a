# Comments (multi-line, length limit) and withdrawal (author or
# facilitator only, once).
run admin init
run mdupont idea add --title "Idée à retirer"
run jmartin idea comment CONS-2026-001 "Première ligne
seconde ligne"
run jmartin idea comment CONS-2026-001 "   "
run jmartin idea comment CONS-2026-001 "$(head -c 4001 /dev/zero | tr '\0' 'a')"
run jmartin idea comment CONS-2026-404 "Rien"
run jmartin idea withdraw CONS-2026-001
run mdupont idea withdraw CONS-2026-001 --reason "Déjà traité par la DSI"
run mdupont idea withdraw CONS-2026-001
run mdupont idea add --title "Autre idée"
run anim idea withdraw CONS-2026-002
run mdupont idea show CONS-2026-001
