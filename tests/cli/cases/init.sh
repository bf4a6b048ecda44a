# init creates the database, makes its creator the first admin, refuses to
# run twice, and the journal records it.
run admin init
run admin whoami
run admin init
run mdupont whoami
sqlite3 "$DB" "SELECT login, is_admin FROM agents ORDER BY login"
sqlite3 "$DB" "SELECT actor, action FROM audit ORDER BY id"
