#!/bin/sh
# The kiosk (construisons kiosk) starts locked on its Accueil and opens only
# to a password checked by the real libpam (pam_wrapper, pam_matrix): an
# empty login or password, a wrong password, an unknown login (the same
# answer), an agent whose role may not unlock, an account PAM's account
# check refuses, an expired account, a 10,000-character paste into the
# password field (refused whole, not cut), a resize or a hang-up while the
# password is typed, the growing delay, and the lock-out after 5 failures
# in a row (the earlier ones journalled by another kiosk). Then the
# administrator unlocks and is herself, as over SSH, locks with F12, and is
# the only one who may quit. The password is never on the screen (history
# included), nor in the database; every unlock, failure and lock is in the
# journal with the host.
. "$TESTS_DIR/ui/lib.sh"
. "$TESTS_DIR/ui/kiosk-lib.sh"

paste_file() { tm load-buffer -b p "$2" && tm paste-buffer -p -b p -t "$1"; }
# ui_wait_joined NAME TEXT: TEXT on the screen, its rows read as one line
# (a long message takes two rows)
joined_match() { tr '\n' ' ' | grep -qF -- "$1"; }
ui_wait_joined() { ui_wait_cmd "$1" "$UI_TIMEOUT" "\"$2\"" joined_match "$2"; }
# dots NAME N: the password field shows exactly N dots
dots() {
	d="" n=0
	while [ "$n" -lt "$2" ]; do d="$d•"; n=$((n + 1)); done
	if [ -z "$d" ]; then ui_wait_re "$1" "Mot de passe : *\$"
	else ui_wait_re "$1" "Mot de passe : +$d *\$"; fi
}

cs admin init >/dev/null || fail "init"
cs mdupont whoami >/dev/null || fail "register"

kiosk_start k
ui_wait k "Construisons ! — Accueil"
ui_wait k "Bureaux libres"
ui_wait k "Entrée : déverrouiller"

# keys other than Enter do nothing but say how to unlock
ui_keys k x
ui_wait k "Appuyez sur Entrée pour déverrouiller."
ui_keys k q
ui_wait k "Construisons ! — Accueil"
[ -f "$T/k.exit" ] && ui_fail k "q left the kiosk"

# failures journalled earlier by another kiosk, past their delays
seed() {
	sqlite3 "$DB" "INSERT INTO audit(at, host, actor, action, entity, ref, detail)
		VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 hour'), 'borne-2', 'borne',
		'kiosk.unlock-failed', 'kiosk', '$1', 'échec')" || fail "seed"
}

# an empty password is not tried
ui_keys k Enter
ui_wait k "Identifiant :"
ui_type k admin
ui_keys k Enter Enter
ui_wait k "saisissez votre mot de passe"

# a third wrong password in a row, then at once the right one: it waits
# (4 s after the third failure)
seed admin
seed admin
ui_type k "mauvais"
dots k 7
ui_keys k Enter
ui_wait k "identifiant ou mot de passe incorrect"
failed_at=$(date +%s)
ui_type k "admin-pw"
ui_keys k Enter
ui_wait_re k "attendez [1-4] s avant un nouvel essai"

# an unknown login: the same answer as a wrong password
ui_keys k Escape
ui_wait_gone k "Identifiant :"
kiosk_unlock k personne "quelconque"
ui_wait k "identifiant ou mot de passe incorrect"
ui_keys k Escape

# an agent: authenticated, but her role may not unlock
kiosk_unlock k mdupont marie-pw
ui_wait k "mdupont n'a pas le droit de déverrouiller cette borne"
# an account PAM's account check refuses (allowed for sshd only)
kiosk_unlock k ailleurs autre-pw
ui_wait k "le compte ailleurs ne peut pas se connecter ici"
# an expired account (PAM says so in the account check)
kiosk_unlock k perime perime-pw
ui_wait_joined k "le compte perime a expiré : voyez les administrateurs de l'annuaire"

# 10,000 characters pasted into the password field: refused whole
head -c 10000 /dev/zero | tr '\0' 'z' >"$T/long"
ui_keys k Enter
ui_wait k "Identifiant :"
ui_type k admin
ui_keys k Tab
paste_file k "$T/long"
ui_wait_joined k "trop long pour ce champ (10000 caractères, place pour 512) : rien n'a été collé."
dots k 0

# resized while the password is typed: the form and what was typed stay
ui_type k "admin-"
dots k 6
tm resize-window -t k -x 100 -y 30
ui_wait_row k 30 'Tapez votre identifiant et votre mot de passe'
dots k 6
ui_type k "pw"
tm resize-window -t k -x 80 -y 24
ui_wait_row k 24 'Tapez votre identifiant et votre mot de passe'
dots k 8

# five failures in a row for anim: four journalled earlier by another
# kiosk, then a fifth here; even the right password is then refused for
# five minutes
ui_keys k Escape
for n in 1 2 3 4; do seed anim; done
kiosk_unlock k anim "encore-faux"
ui_wait_joined k "identifiant ou mot de passe incorrect ; trop d'échecs pour anim : réessayez dans 5 min"
ui_keys k Escape
ui_wait_gone k "Identifiant :"
kiosk_unlock k anim Anim-s3cret
ui_wait k "trop d'échecs pour anim : réessayez dans 5 min"
ui_keys k Escape
[ "$(sqlite3 "$DB" "SELECT count(*) FROM audit WHERE action = 'kiosk.unlock'")" = 0 ] ||
	fail "unlocked during the lock-out"

# the lock-out is anim's: the administrator unlocks once her 4 s are over,
# and is herself
while [ "$(date +%s)" -le $((failed_at + 4)) ]; do sleep 0.2; done
kiosk_unlock k admin admin-pw
ui_wait k "Bienvenue, Claire Admin."
ui_wait_row k 1 "F12 verrouiller"
ui_keys k C-l
ui_wait_row k 24 "Claire Admin \(.*administrateur"
ui_keys k F12
ui_wait k "Construisons ! — Accueil"

# nothing of the passwords on the screen, its history included, nor in the
# database
tm capture-pane -p -S -5000 -t k >"$T/screen"
for pw in Anim-s3cret marie-pw autre-pw admin-pw mauvais encore-faux quelconque zzzzzzzzzz; do
	grep -qF -- "$pw" "$T/screen" && fail "the password $pw was shown"
	grep -qaF -- "$pw" "$DB" && fail "the password $pw is in the database"
	[ -f "$DB-wal" ] && grep -qaF -- "$pw" "$DB-wal" && fail "the password $pw is in the WAL"
done

# the journal: who, from which host, the failures and the lock
j() { sqlite3 "$DB" "SELECT count(*) FROM audit WHERE action = '$1' AND ref = '$2' AND host <> ''"; }
[ "$(j kiosk.unlock-failed anim)" = 5 ] || fail "anim's failures: $(j kiosk.unlock-failed anim)"
[ "$(j kiosk.unlock-failed admin)" = 3 ] || fail "admin's failures"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM audit WHERE action LIKE 'kiosk.%' AND host = ''")" = 0 ] ||
	fail "a journal line without the kiosk's host"
[ "$(j kiosk.unlock-failed personne)" = 1 ] || fail "the unknown login's failure"
[ "$(j kiosk.unlock-refused mdupont)" = 1 ] || fail "the role refusal"
[ "$(j kiosk.unlock-refused ailleurs)" = 1 ] || fail "the account refusal"
[ "$(j kiosk.unlock-refused perime)" = 1 ] || fail "the expired account's refusal"
[ "$(j kiosk.unlock admin)" = 1 ] || fail "the unlock"
[ "$(sqlite3 "$DB" "SELECT detail FROM audit WHERE action = 'kiosk.lock' AND actor = 'admin'")" = touche ] ||
	fail "the lock by the key"

# only an unlocked administrator quits the kiosk
kiosk_unlock k admin admin-pw
ui_wait k "Bienvenue, Claire Admin."
ui_keys k q
[ "$(ui_wait_exit k)" = 0 ] || ui_fail k "the administrator could not quit"
[ "$(sqlite3 "$DB" "SELECT detail FROM audit WHERE action = 'kiosk.lock' ORDER BY id DESC LIMIT 1")" = fin ] ||
	fail "the end is not journalled"

# hung up while a password is typed: the kiosk ends, nothing is tried,
# nothing of it is kept
kiosk_start h
ui_wait h "Construisons ! — Accueil"
ui_keys h Enter
ui_wait h "Identifiant :"
ui_type h anim
ui_keys h Tab
ui_type h "Moitie-de-mot"
dots h 13
kill -HUP "$(ui_pid h)"
ui_wait_exit h >/dev/null
[ "$(sqlite3 "$DB" "SELECT count(*) FROM audit WHERE ref = 'anim' AND id >
	(SELECT max(id) FROM audit WHERE action = 'kiosk.lock')")" = 0 ] || fail "something was tried"
grep -qaF "Moitie-de-mot" "$DB" && fail "the half-typed password is in the database"
tm capture-pane -p -S -5000 -t h | grep -qF "Moitie-de-mot" && fail "the password was shown"
echo "ok"
