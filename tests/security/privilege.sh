#!/bin/sh
# privilege.sh — issue 13, "safe when setgid": an agent of the installed
# program cannot steer it. --config and --db are refused (64),
# CONSTRUISONS_* variables are ignored with a line naming each, roles come
# only from the system file at its compiled path, which must be root's and
# only root's to write, and close its comments; under setgid it names the
# database, and a user file that is a link is ignored; a user namespace
# that lends the agent another identity is refused (77). Root keeps --db.
. "$TESTS_DIR/security/lib.sh"
release_bin
make_agent eve "Eve Agent"
shared_layout 'admins = {}'

# expect RC PATTERN DESC CMD...: CMD exits with RC and prints PATTERN
# (grep -E; "" for anything); PATTERN prefixed with ! must NOT appear.
expect() {
	want=$1 pattern=$2 desc=$3; shift 3
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" -ne "$want" ]; then
		fail "$desc: exit $rc, not $want: $out"
		return
	fi
	case $pattern in
	'') ;;
	!*) if printf '%s\n' "$out" | grep -Eq -- "${pattern#!}"; then
		fail "$desc: prints /${pattern#!}/: $out"; return; fi ;;
	*) if ! printf '%s\n' "$out" | grep -Eq -- "$pattern"; then
		fail "$desc: does not print /$pattern/: $out"; return; fi ;;
	esac
	echo "ok: $desc"
}

# The evil configuration: eve as admin, over a database open to her (the
# shared one, $DB, does not exist: the program says so, 69, when it is the
# one used).
printf 'database = "%s"\nadmins = {"%s"}\n' "$T/evil.db" "$eve" >"$T/evil.conf"
chmod 0644 "$T/evil.conf"
as_root "$BIN" --db "$T/evil.db" init >/dev/null 2>&1 || fail "root cannot create evil.db"
chmod 0666 "$T/evil.db"

expect 64 '--config' "an agent's --config is refused" \
	as_agent "$eve" "$BIN" --config "$T/evil.conf" whoami
expect 64 '--db' "an agent's --db is refused" \
	as_agent "$eve" "$BIN" --db "$T/other.db" init
test -e "$T/other.db" && fail "--db created $T/other.db"
expect 69 'CONSTRUISONS_CONFIG' "CONSTRUISONS_CONFIG is ignored, with a line naming it" \
	as_agent "$eve" env CONSTRUISONS_CONFIG="$T/evil.conf" "$BIN" whoami
out=$(as_agent "$eve" env CONSTRUISONS_CONFIG="$T/evil.conf" CONSTRUISONS_CRASH_AT=lock-created \
	CONSTRUISONS_LOCK=posix "$BIN" whoami 2>&1)
n=$(printf '%s\n' "$out" | grep -c 'CONSTRUISONS_')
[ "$n" -eq 3 ] && echo "ok: one line for each of three variables" \
	|| fail "lines naming the variables: $n: $out"
esc=$(printf '\033')
out=$(as_agent "$eve" env "CONSTRUISONS_${esc}[2J=x" "$BIN" whoami 2>&1)
case $out in
*"$esc"*) fail "a variable's name printed with its escape: $out" ;;
*CONSTRUISONS_*) echo "ok: a variable's name is printed without its escape" ;;
*) fail "the variable with an escape is not named: $out" ;;
esac

# The system file at its compiled path, held wrongly.
chmod 0664 "$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF" "a group-writable system file is refused, naming it" \
	as_agent "$eve" "$BIN" whoami
chmod 0646 "$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF" "a world-writable system file is refused" \
	as_agent "$eve" "$BIN" whoami
chmod 0644 "$SYSTEM_CONF"
chown "$eve" "$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF" "a system file owned by an agent is refused" \
	as_agent "$eve" "$BIN" whoami
chown root "$SYSTEM_CONF"
mv "$SYSTEM_CONF" "$T/real.conf"
ln -s "$T/real.conf" "$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF" "a system file that is a symbolic link is refused" \
	as_agent "$eve" "$BIN" whoami
rm -f "$SYSTEM_CONF"
mv "$T/real.conf" "$SYSTEM_CONF"
expect 0 "" "root may still use the program with that file" \
	as_root "$BIN" --version

# The system file's content.
shared_layout 'refresh_interval = 2 /* the admins' '' "admins = {\"$eve\"}"
expect 78 "$SYSTEM_CONF:2:" "an unclosed comment is refused with its line" \
	as_agent "$eve" "$BIN" whoami
printf 'database = "%s"\nadmins = {"${USER}"}\n' "$DB" >"$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF:2:" "the system file may not take values from the agent's environment" \
	as_agent "$eve" "$BIN" whoami
printf 'admins = {}\n' >"$SYSTEM_CONF"
expect 78 "$SYSTEM_CONF" "under setgid the system file must name the database" \
	as_agent "$eve" "$BIN" whoami
test -e "$T/home/$eve/.local/share/construisons" \
	&& fail "a database was looked for under the agent's home"

# The agent's XDG_DATA_HOME made "the default database" equal the shared
# path, and init created the missing directories for her (hers, 0700).
shared_layout
printf 'database = "%s"\n' "$SHARED/sub/construisons/construisons.db" >"$SYSTEM_CONF"
as_agent "$eve" env XDG_DATA_HOME="$SHARED/sub" "$BIN" init >/dev/null 2>&1
if [ -e "$SHARED/sub" ]; then
	fail "init made $(mode_of "$SHARED/sub") $SHARED/sub for the agent"
	rm -rf "$SHARED/sub"
else
	echo "ok: no directory made from the agent's XDG_DATA_HOME"
fi

# Root may steer: --db names a database of root's choice.
shared_layout 'admins = {}'
expect 0 "" "root creates a database with --db" as_root "$BIN" --db "$T/root.db" init
test -f "$T/root.db" || fail "root's --db did not create $T/root.db"

# The user file under setgid: a link is ignored (with a line), the agent's
# own regular file is read.
mkdir -p "$T/home/$eve/.config/construisons"
printf 'colors = false\n' >"$T/prefs.conf"
ln -s "$T/prefs.conf" "$T/home/$eve/.config/construisons/construisons.conf"
chown -R "$eve" "$T/home/$eve/.config"
chown -h "$eve" "$T/home/$eve/.config/construisons/construisons.conf"
expect 69 "construisons.conf.*(lien symbolique|symbolic link)" \
	"a user file that is a link is ignored, with a line" as_agent "$eve" "$BIN" whoami
rm "$T/home/$eve/.config/construisons/construisons.conf"
printf 'colors = false\n' >"$T/home/$eve/.config/construisons/construisons.conf"
chown "$eve" "$T/home/$eve/.config/construisons/construisons.conf"
expect 69 "!fichier utilisateur|user file" "the agent's own user file is read" \
	as_agent "$eve" "$BIN" whoami

# A user namespace lending eve root's identity (uid 0 inside).
if as_agent "$eve" unshare --user --map-root-user true 2>/dev/null; then
	expect 77 "uid_map" "an agent in a user namespace mapped to root is refused" \
		as_agent "$eve" unshare --user --map-root-user "$BIN" whoami
	expect 77 "uid_map" "an agent mapped to another uid is refused" \
		as_agent "$eve" unshare --user --map-user=1 --map-group=1 "$BIN" whoami
else
	echo "skip: this kernel refuses user namespaces to agents"
fi
finish
