# The demo data set loads into a new database only, covers every stage and
# passes the integrity check.
run admin init --demo
sqlite3 "$DB" "SELECT stage, count(*) FROM ideas GROUP BY stage ORDER BY stage"
sqlite3 "$DB" "PRAGMA foreign_key_check; PRAGMA integrity_check"
sqlite3 "$DB" "SELECT count(*) > 15, sum(supports) > 50, sum(comments) > 25 FROM ideas"
sqlite3 "$DB" "SELECT title FROM ideas WHERE title LIKE 'Partage ma passion%' OR title LIKE 'Airbnb des coll%' OR title LIKE 'BuroDispo%' OR title LIKE '%Accorderie%' OR title LIKE 'Espace comp%' ORDER BY title"
run admin idea list --search "passion"
