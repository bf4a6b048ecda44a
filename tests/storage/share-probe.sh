#!/bin/sh
# share-probe.sh — init and check probe the share for what the lease lock
# needs (issue 15, Deliver 5). On a FUSE file system broken one property at a
# time (badfs.c): init refuses with the reason and creates nothing, check
# reports the failing line and fails; a failing link() is only a warning.
# An O_EXCL that holds within one mount but not between two is caught when
# this host mounts the share twice. The sshfs mounts of mounts.sh and a local
# directory are accepted. No scratch file of the probe is ever left behind.
set -u
. "$TESTS_DIR/storage/lib.sh"
BADFS="$STORAGE_BIN/badfs"
[ -x "$BADFS" ] || { echo "SKIP: badfs not built (libfuse3-dev missing)" >&2; exit 77; }
start_hosts 2

# No scratch file left in directory $1.
no_leftover() {
	left=$(ls -A "$1" | grep '^\.construisons-probe\.' || true)
	[ -z "$left" ] || fail "probe files left in $1: $left"
}

mkdir -p "$T/bad" "$T/src"
mount_bad() {   # mount_bad WHAT: badfs --break=WHAT over $T/src at $T/bad
	"$BADFS" --break="$1" "$T/src" "$T/bad" -o fsname="$T/src" || fail "badfs --break=$1 did not mount"
	mounted_bad=1
}
umount_bad() {
	[ "${mounted_bad:-0}" = 1 ] || return 0
	fusermount3 -u "$T/bad" 2>/dev/null || umount -l "$T/bad"
	mounted_bad=0
}
cleanup_hooks="umount_bad $cleanup_hooks"

# init_refused WHAT LINE: init on badfs --break=WHAT fails (69), prints LINE,
# and only that check fails; nothing is created.
init_refused() {
	what=$1 line=$2
	mount_bad "$what"
	out=$(cs admin --db "$T/bad/c.db" init 2>&1); rc=$?
	echo "$out"
	[ $rc -eq 69 ] || fail "init on $what: exit $rc, expected 69"
	echo "$out" | grep -qF "$line" || fail "init on $what does not say: $line"
	echo "$out" | grep -q "rien n'a été créé" || fail "init on $what: no refusal line"
	umount_bad
	[ ! -e "$T/src/c.db" ] && [ ! -e "$T/src/c.db.proto" ] \
		|| fail "init on $what created files: $(ls -A "$T/src")"
	no_leftover "$T/src"
}

init_refused noexcl "création exclusive : ÉCHEC — une seconde création exclusive du même fichier a réussi"
for what in unlink-busy nomtime rename; do
	case $what in
	unlink-busy) line="suppression d'un fichier fermé : ÉCHEC — supprimer un fichier tout juste fermé a répondu « occupé »" ;;
	nomtime) line="date de modification avancée par une écriture : ÉCHEC — une écriture n'a pas avancé" ;;
	rename) line="renommage : ÉCHEC — renommer un fichier de côté a échoué" ;;
	esac
	init_refused "$what" "$line"
	[ "$(echo "$out" | grep -c 'ÉCHEC')" -eq 1 ] || fail "$what: more than one check failed"
done

# The directory is the user's choice: shown sanitised (no escape sequence).
esc=$(printf 'rouge\033[31mici')
mkdir "$T/src/$esc"
mount_bad nomtime
out=$(cs admin --db "$T/bad/$esc/c.db" init 2>&1) && fail "init accepted nomtime"
umount_bad
rm -r "$T/src/$esc"
echo "$out" | grep -q "rouge\[31mici" || fail "the directory is not named: $out"
printf '%s' "$out" | od -c | grep -q '033' && fail "an escape sequence went through: $out"

# link() failing is a warning: init goes on; the control passes clean.
mount_bad link
out=$(cs admin --db "$T/bad/c.db" init 2>&1) || fail "init refused a share without link(): $out"
out=$(cs admin --db "$T/bad/c.db" check 2>&1) || fail "check failed on a share without link(): $out"
echo "$out"
echo "$out" | grep -qF "lien physique : avertissement — link() a échoué" || fail "check does not warn about link()"
echo "$out" | grep -q "ÉCHEC" && fail "a check failed on the link variant"
umount_bad
no_leftover "$T/src"
rm -f "$T/src"/c.db*

# excl-across: sound through one mount, not between two of one source.
rm -f "$T/src"/c.db*
mount_bad excl-across
out=$(cs admin --db "$T/bad/c.db" init 2>&1) || fail "one excl-across mount should look sound: $out"
umount_bad
rm -f "$T/src"/c.db*
mkdir -p "$T/bad2"
"$BADFS" --break=excl-across "$T/src" "$T/bad2" -o fsname="$T/src" || fail "second badfs mount"
umount_bad2() { fusermount3 -u "$T/bad2" 2>/dev/null || umount -l "$T/bad2"; }
cleanup_hooks="umount_bad2 $cleanup_hooks"
"$BADFS" --break=excl-across "$T/src" "$T/bad" -o fsname="$T/src" || fail "badfs mount"
mounted_bad=1
out=$(cs admin --db "$T/bad/c.db" init 2>&1); rc=$?
echo "$out"
[ $rc -eq 69 ] || fail "init across two excl-across mounts: exit $rc, expected 69"
echo "$out" | grep -qF "création exclusive : ÉCHEC — à travers l'autre montage $T/bad2, une seconde création exclusive du même fichier a réussi" \
	|| fail "init does not say O_EXCL failed through the other mount"
umount_bad
umount_bad2
cleanup_hooks=${cleanup_hooks#umount_bad2 }
no_leftover "$T/src"
mount_bad none
out=$(cs admin --db "$T/bad/c.db" init 2>&1) || fail "init refused the plain passthrough: $out"
umount_bad

# check on a database made before the share broke: it reports the failing
# line and fails (the database stays readable on these three).
for what in nomtime rename; do
	case $what in
	nomtime) line="date de modification avancée par une écriture : ÉCHEC" ;;
	rename) line="renommage : ÉCHEC" ;;
	esac
	mount_bad "$what"
	out=$(cs admin --db "$T/bad/c.db" check 2>&1); rc=$?
	echo "$out"
	[ $rc -eq 69 ] || fail "check on $what: exit $rc, expected 69"
	echo "$out" | grep -qF "$line" || fail "check on $what does not report: $line"
	echo "$out" | grep -q "Intégrité : ok" || fail "check on $what stopped before integrity"
	umount_bad
	no_leftover "$T/src"
done
# On these two the lock itself cannot work (a lock file left by every
# holder, or unseen): check still prints the probe before giving up.
sed -i 's/^busy_timeout = .*/busy_timeout = 2/' "$CONSTRUISONS_CONFIG"
for what in unlink-busy noexcl; do
	case $what in
	unlink-busy) line="suppression d'un fichier fermé : ÉCHEC" ;;
	noexcl) line="création exclusive : ÉCHEC" ;;
	esac
	mount_bad "$what"
	out=$(cs admin --db "$T/bad/c.db" check 2>&1); rc=$?
	echo "$out"
	[ $rc -ne 0 ] || fail "check passed on $what"
	echo "$out" | grep -qF "$line" || fail "check on $what does not report: $line"
	umount_bad
	no_leftover "$T/src"
done

# sshfs (cache=no, direct_io, as mounts.sh mounts it) and a local directory.
out=$(cs admin --db "$(db_on 1)" init 2>&1) || fail "init refused sshfs: $out"
out=$(cs admin --db "$(db_on 1)" check 2>&1) || fail "check failed on sshfs: $out"
echo "$out"
[ "$(echo "$out" | grep -c ' : ok$')" -ge 6 ] || fail "check on sshfs: not every probe line is ok"
echo "$out" | grep -qF "(création exclusive essayée aussi à travers l'autre montage $T/m2)" \
	|| fail "check did not try the exclusive create through the other sshfs mount"
no_leftover "$T/export"
mkdir "$T/local"
out=$(cs admin --db "$T/local/c.db" init --lock lease 2>&1) || fail "init refused a local directory: $out"
out=$(cs admin --db "$T/local/c.db" check 2>&1) || fail "check failed on a local directory: $out"
echo "$out" | grep -q "Essai du partage dans $T/local" || fail "check did not probe the local lease database"
no_leftover "$T/local"
echo "ok"
