# Issue 13: init into a directory that is writable although its parent is
# not (the recommended layout) failed: directory_exists() (src/db.c) called
# dirname() twice on one buffer and so checked the grandparent.
mkdir -p locked/shared
chmod 777 locked/shared
chmod 555 locked
define_agent agent "Agent Ordinaire"
unprivileged agent
run agent --db "$T/locked/shared/c.db" init
run agent --db "$T/locked/c.db" init
as_unprivileged=""
chmod 755 locked
test -f locked/shared/c.db && echo "the database is in locked/shared"
test -e locked/c.db && echo "a database was created in the read-only directory"
