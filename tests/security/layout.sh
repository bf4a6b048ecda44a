#!/bin/sh
# layout.sh — the protected layout as installed: agents who are not in the
# group construisons use the program (ideas, ledger, desks) and cannot read
# or write the database or its side files directly; the files get 0660 and
# the group whatever the umask; `check` reports a good layout as ok and a
# broken one with the command that repairs it; `backup` writes a file of
# the agent's own group, never over an existing file or through a link;
# only root creates the database.
. "$TESTS_DIR/security/lib.sh"
release_bin
make_agent alice "Alice Agent"
make_agent bob "Bob Agent"
shared_layout "admins = {\"$alice\"}"

check_fails "an agent cannot create the shared database" as_agent "$alice" "$BIN" init
[ ! -e "$DB" ] || fail "the agent's init left $DB"
check_ok "root creates the shared database under umask 077" \
	as_root sh -c 'umask 077; exec "$@"' sh "$BIN" init
check_ok "root imports the floor plans" \
	as_root "$BIN" desks import "$RELEASE_PREFIX/share/construisons/floors"

# Agents use every part through the program, under odd umasks too.
check_ok "alice adds an idea (umask 077)" \
	as_agent "$alice" sh -c 'umask 077; exec "$@"' sh "$BIN" idea add --title "Par le programme"
check_ok "bob lists the ideas (umask 000)" \
	as_agent "$bob" sh -c 'umask 000; exec "$@"' sh "$BIN" idea list
ref=$(as_agent "$bob" "$BIN" idea list 2>/dev/null | grep -o 'CONS-[0-9]*-[0-9]*' | head -n 1)
check_ok "bob supports it" as_agent "$bob" "$BIN" idea support "$ref"
check_ok "bob offers a service" \
	as_agent "$bob" "$BIN" ledger offer --title "Aide tableur" --category "Bureautique"
check_ok "alice records an exchange with bob" \
	as_agent "$alice" sh -c 'umask 000; exec "$@"' sh "$BIN" ledger record --from "$bob" 1h \
	--description "Tableur"
check_ok "bob sees his balance" as_agent "$bob" "$BIN" ledger balance
monday=$(date -d 'next monday' +%Y-%m-%d)
check_ok "bob lists the free desks" as_agent "$bob" "$BIN" desk free --date "$monday"
check_ok "bob books a desk" as_agent "$bob" "$BIN" desk book 0/001 --date "$monday" --slot matin

# Every file beside the database: 0660 and the group, whoever made it
# under whatever umask.
for f in "$DB" "$DB".*; do
	[ -e "$f" ] || continue
	m=$(stat -c '%a %G' "$f")
	[ "$m" = "660 construisons" ] || fail "$f is $m, not 660 construisons"
done
[ "$(stat -c '%a %U:%G' "$SHARED")" = "2770 root:construisons" ] \
	|| fail "the shared directory is $(stat -c '%a %U:%G' "$SHARED")"

# Nothing directly.
check_fails "alice cannot read the database with sqlite3" \
	as_agent "$alice" sqlite3 "$DB" "SELECT count(*) FROM ideas"
check_fails "alice cannot write it with sqlite3" \
	as_agent "$alice" sqlite3 "$DB" "UPDATE agents SET is_admin = 1"
check_fails "alice cannot cat it" as_agent "$alice" cat "$DB"
check_fails "alice cannot list the directory" as_agent "$alice" ls "$SHARED"
check_fails "alice cannot remove it" as_agent "$alice" rm -f "$DB"
check_fails "alice cannot move it" as_agent "$alice" mv "$DB" "$T/home/$alice/stolen.db"
check_fails "alice cannot plant a symlink beside it" \
	as_agent "$alice" ln -s "$T/home/$alice" "$DB.gen.new"
check_fails "alice cannot write its .proto" as_agent "$alice" sh -c ": >'$DB.proto'"
[ -f "$DB" ] && [ "$(as_root sqlite3 "$DB" "SELECT count(*) FROM ideas")" = 1 ] \
	|| fail "the database was touched"

# check: a good layout is ok; each broken one is named with its repair.
out=$(as_root "$BIN" check 2>&1); rc=$?
echo "$out" | grep -qx "Droits : ok (groupe construisons : répertoire 2770, fichiers 0660)" \
	|| fail "check does not say the layout is ok (exit $rc): $out"
echo "$out" | grep -q "NON PROTÉGÉ\|BLOQUANT" && fail "check reports a good layout: $out"
chmod o+rw "$DB"
out=$(as_root "$BIN" check 2>&1); rc=$?
[ $rc -eq 78 ] || fail "check exits $rc on a world-writable database"
echo "$out" | grep -q "NON PROTÉGÉ — $DB (mode 0666)" || fail "o+w database not reported: $out"
echo "$out" | grep -qx "  réparation : chmod 0660 '$DB'" || fail "no repair for o+w: $out"
chmod 0660 "$DB"
chmod g-s "$SHARED"
out=$(as_root "$BIN" check 2>&1); rc=$?
[ $rc -eq 78 ] || fail "check exits $rc on a directory without setgid"
echo "$out" | grep -q "NON PROTÉGÉ — le répertoire $SHARED (mode 0770) n'a pas le bit setgid" \
	|| fail "directory without g+s not reported: $out"
echo "$out" | grep -qx "  réparation : chmod 2770 '$SHARED'" || fail "no repair for g-s: $out"
chmod 2770 "$SHARED"
chgrp root "$DB"
out=$(as_root "$BIN" check 2>&1)
echo "$out" | grep -qx "  réparation : chgrp construisons '$DB'" || fail "no chgrp repair: $out"
chgrp construisons "$DB"
out=$(as_root "$BIN" check 2>&1); rc=$?
[ $rc -eq 0 ] || fail "check exits $rc once repaired: $out"

# backup: a file of the agent's own, never over a file or through a link.
home="$T/home/$alice"
check_ok "alice (admin) backs up into her directory" \
	as_agent "$alice" "$BIN" backup "$home/copie.db"
[ "$(stat -c '%a %U:%G' "$home/copie.db")" = "600 $alice:$alice" ] \
	|| fail "backup is $(stat -c '%a %U:%G' "$home/copie.db")"
[ "$(as_agent "$alice" sqlite3 "$home/copie.db" "SELECT count(*) FROM ideas")" = 1 ] \
	|| fail "the backup does not hold the idea"
[ ! -e "$home/copie.db.proto" ] || fail "a .proto was written beside the backup"
check_fails "an existing file is refused" as_agent "$alice" "$BIN" backup "$home/copie.db"
check_ok "--force replaces her own file" as_agent "$alice" "$BIN" backup --force "$home/copie.db"
as_agent "$alice" ln -s "$home/bashrc" "$home/piege.db"
check_fails "a planted symlink is refused" as_agent "$alice" "$BIN" backup "$home/piege.db"
check_fails "even with --force" as_agent "$alice" "$BIN" backup --force "$home/piege.db"
[ ! -e "$home/bashrc" ] || fail "the backup was written through the symlink"
check_fails "the backup cannot be written into the shared directory" \
	as_agent "$alice" "$BIN" backup "$SHARED/copie.db"
[ ! -e "$SHARED/copie.db" ] || fail "a backup landed in the shared directory"
finish
