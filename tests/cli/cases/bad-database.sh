# Databases that cannot be used: missing, missing or read-only directory,
# not a database, another application's, a newer schema. Clear messages,
# nothing half-written.
run admin whoami
run admin --db "$T/nowhere/c.db" init
mkdir ro && chmod 555 ro
define_agent nobody "Sans Droits"
unprivileged nobody
run nobody --db "$T/ro/c.db" init
as_unprivileged=""
chmod 755 ro
printf 'ceci est un fichier texte, pas une base\n' >notadb.db
run admin --db notadb.db idea list
run admin --db notadb.db init
sqlite3 other.db "CREATE TABLE t(x); PRAGMA application_id = 42;"
run admin --db other.db idea list
sqlite3 plain.db "CREATE TABLE t(x);"
run admin --db plain.db idea list
run admin init
sqlite3 "$DB" "PRAGMA user_version = 99"
run admin idea list
run admin idea add --title "Jamais écrite"
sqlite3 "$DB" "PRAGMA user_version = 1; SELECT count(*) FROM ideas"
mkdir dir.db
run admin --db dir.db idea list
