# desk list on a database damaged in the middle of the floors table: a
# clear message and exit 74, and nothing leaked (the floors read before
# the damaged page were not freed; the sanitize run of this suite, under
# LeakSanitizer, failed on it) (issue 12).
run admin init
sqlite3 "$DB" "WITH RECURSIVE n(v) AS (SELECT -2 UNION ALL SELECT v + 1 FROM n WHERE v < 30)
               INSERT INTO floors(number, name, plan, width, source, updated_at)
               SELECT v, 'Étage ' || v, printf('%.1800c', 'x'), 10, 'gen', '2026-11-30T08:00:00Z' FROM n"
page=$(sqlite3 "$DB" "SELECT pageno FROM dbstat WHERE name = 'floors' AND pagetype = 'leaf'
                      ORDER BY pageno LIMIT 1 OFFSET 8")
size=$(sqlite3 "$DB" "PRAGMA page_size")
head -c 200 /dev/zero | tr '\0' '\377' | dd of="$DB" bs=1 seek=$(( (page - 1) * size )) conv=notrunc 2>/dev/null
run admin desk list
