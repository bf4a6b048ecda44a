#!/bin/sh
# admin-tools.sh — check, lock status, lock break and backup on a shared
# database over sshfs: check names the file system and the lock mode; a lock
# left by a dead writer of another host is shown, refused to break to a
# non-admin, broken and logged for the admin; the backup is a database.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
start_hosts 2
db1=$(db_on 1)
cs admin --db "$db1" init --demo >/dev/null || fail "init"
out=$(cs admin --db "$db1" check) || fail "check failed: $out"
echo "$out"
echo "$out" | grep -q "fuse.sshfs" || fail "check does not name the file system"
echo "$out" | grep -qi "bail\|lease" || fail "check does not name the lock mode"
echo "$out" | grep -qi "intégrité : ok\|integrity: ok" || fail "check does not report integrity"

out=$(cs admin --db "$db1" lock status) || fail "lock status"
echo "$out" | grep -qi "pas verrouillée\|not locked" || fail "lock status on a free base: $out"

# A writer on "another host" dies holding the lock.
CONSTRUISONS_CRASH_AT=write:3 on_host 2 "$CONSTRUISONS_BIN" --db "$(db_on 2)" idea add --title "Mort en route" >/dev/null 2>&1
[ -e "$T/export/construisons.db.lock" ] || fail "no lock left by the dead writer"
out=$(cs admin --db "$db1" lock status) || fail "lock status with a holder"
echo "$out"
echo "$out" | grep -q "hote-2" || fail "lock status does not name the holder's host"

out=$(cs mdupont --db "$db1" lock break --yes 2>&1) && fail "a non-admin broke the lock"
echo "$out" | grep -qi "admin" || fail "unclear refusal: $out"
out=$(cs admin --db "$db1" lock break </dev/null 2>&1); rc=$?
[ $rc -eq 64 ] || fail "lock break without a terminal nor --yes should be a usage error ($rc): $out"
out=$(cs admin --db "$db1" lock break --yes) || fail "the admin could not break the lock: $out"
[ ! -e "$T/export/construisons.db.lock" ] || fail "the lock is still there"
grep -q "broken by an admin" "$T/export/construisons.db.locklog" || fail "the break was not logged"
grep -q "hote-2" "$T/export/construisons.db.locklog" || fail "the log does not name the broken holder"
out=$(cs admin --db "$db1" idea list --search "Mort") || fail "the base is not usable after the break"
echo "$out" | grep -q "Mort en route" && fail "the dead transaction is visible"
cs admin --db "$db1" check >/dev/null || fail "check after the break"

cs admin --db "$db1" backup "$T/copie.db" || fail "backup"
[ "$(sqlite3 "$T/copie.db" 'PRAGMA integrity_check')" = ok ] || fail "the backup is not a sound database"
a=$(sqlite3 "$T/export/construisons.db" "SELECT count(*) FROM ideas")
b=$(sqlite3 "$T/copie.db" "SELECT count(*) FROM ideas")
[ "$a" = "$b" ] || fail "the backup has $b ideas, the base $a"
out=$(cs admin --db "$T/copie.db" idea list --stage generalisee) || fail "the backup does not open: $out"
cs admin --db "$db1" backup "$T/copie.db" 2>/dev/null && fail "backup overwrote an existing file"
cs mdupont --db "$db1" backup "$T/autre.db" 2>/dev/null && fail "a non-admin made a backup"
[ ! -e "$T/autre.db" ] || fail "a refused backup left a file"
echo "ok"
