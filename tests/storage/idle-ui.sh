#!/bin/sh
# idle-ui.sh — the UI on a shared database over sshfs: while it idles it
# takes no lock at all (<db>.lock never appears: changes are detected by
# reading <db>.gen), and a commit made through another mount shows on its
# screen within 3 s; once both UIs have read that change, idle again means
# no lock again. (The check after the refresh used to start while Jean's
# UI was still reading the change through the other mount, and failed
# now and then.)
set -u
. "$TESTS_DIR/ui/lib.sh"
. "$TESTS_DIR/storage/mounts.sh"
start_hosts 2
db1="$T/m1/construisons.db" db2="$T/m2/construisons.db"
cs admin --db "$db1" init --lock lease >/dev/null || fail "init"
ref=$(cs mdupont --db "$db1" idea add --title "Une idée partagée") || fail "add"

ui_start marie mdupont --db "$db1"
ui_start jean jmartin --db "$db2"
ui_ready marie
ui_ready jean
ui_wait marie "Une idée partagée"

# Idle: for three refresh intervals, never a lock.
i=0
while [ $i -lt 30 ]; do
	[ ! -e "$T/export/construisons.db.lock" ] || fail "an idle UI holds the lock ($i)"
	sleep 0.1
	i=$((i + 1))
done

# A commit through the other mount reaches Marie's screen, no key pressed.
cs comite --db "$db2" idea support "$ref" >/dev/null || fail "support"
row="$ref Une idée partagée"
ui_wait_row marie 5 "$row .* 1 +0 +●\$" 3
# Both UIs read the change (Jean's too, through his own mount): wait until
# both show it and their reads are over, then idle again means no lock.
ui_wait_re jean "$row .* 1 +0( |\$)" 3
i=0
while [ -e "$T/export/construisons.db.lock" ] && [ $i -lt 30 ]; do
	sleep 0.1
	i=$((i + 1))
done

i=0
while [ $i -lt 30 ]; do
	[ ! -e "$T/export/construisons.db.lock" ] || fail "an idle UI holds the lock after the refresh ($i)"
	sleep 0.1
	i=$((i + 1))
done
ui_keys marie q
ui_keys jean q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
