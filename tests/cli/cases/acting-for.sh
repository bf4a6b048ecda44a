# --pour: a facilitator acts for an agent, the journal says "X pour Y";
# an agent may not act for another; an unknown login is refused.
run admin init
run mdupont whoami
run anim --pour mdupont whoami
run anim --pour mdupont idea add --title "Déposée par l'animatrice"
run anim --pour mdupont idea comment CONS-2026-001 "Au nom de Marie"
run jmartin --pour mdupont idea add --title "Usurpation"
run anim --pour personne whoami
run mdupont idea show CONS-2026-001
sqlite3 "$DB" "SELECT actor, for_login, action FROM audit WHERE ref = 'CONS-2026-001'"
