#!/bin/sh
# A kiosk's visit from start to end: the Accueil counts the free desks and
# a desk booked elsewhere (the command line) leaves the count within the
# refresh interval, without a key; Ctrl-C, Ctrl-\ and Ctrl-Z do nothing,
# locked or not; the facilitator unlocks, acts for Marie Dupont (A, the
# agent picker): the banner "Sophie Animatrice pour Marie Dupont" is on
# every pane (F2..F5); she deposits an idea and books a desk for Marie (both
# recorded "anim pour mdupont"; an agent not in the directory is refused);
# an exchange she entered herself cannot be
# confirmed by her for Marie, nor may she record for Marie an exchange with
# herself (the core's refusals in the status line); she ends the
# assistance (A), opens a form, types, leaves the keyboard: the
# warning comes, then the lock, the form thrown away (no draft). A hang-up
# locks and ends it. `construisons --pour` shows the same banner. A kiosk
# prints reports but saves none (the file would stay for the next user):
# S is refused, and a print that cannot be done says why without offering
# the PDF as a file.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock
# The Accueil counts the desks of the current and the next half-day: a
# fixed Monday 8 h, before the morning starts, makes them known (the clock
# still ticks; every program of the test starts from it).
CLOCK_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$CLOCK_LIB" ] || { echo "faketime is missing (apt-get install faketime)" >&2; exit 99; }
export FAKETIME="@2026-12-07 08:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1
. "$TESTS_DIR/ui/kiosk-lib.sh"

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"
cs mdupont whoami >/dev/null || fail "register mdupont"
cs jmartin whoami >/dev/null || fail "register jmartin"
cs anim whoami >/dev/null || fail "register anim"

KIOSK_IDLE=8
# no print server: printing a report fails
export CUPS_SERVER="$T/no-cups/cups.sock"
kiosk_start k
ui_wait k "Construisons ! — Accueil"
ui_wait_re k "Rez-de-chaussée.*maintenant : 24/24 libres +cet après-midi : 24"

# booked elsewhere: gone from the count within the refresh interval (1 s)
cs jmartin desk book 0/001 --slot matin >/dev/null || fail "Jean books"
ui_wait_re k "Rez-de-chaussée.*maintenant : 23/24 libres +cet après-midi : 24" 3

# Ctrl-C, Ctrl-\ and Ctrl-Z do nothing on the locked screen
ui_keys k C-c 'C-\' C-z
ui_keys k x
ui_wait k "Appuyez sur Entrée pour déverrouiller."
[ -f "$T/k.exit" ] && ui_fail k "the kiosk ended"

kiosk_unlock k anim Anim-s3cret
ui_wait k "Bienvenue, Sophie Animatrice."
ui_keys k C-c 'C-\' C-z
ui_keys k F3
ui_wait_row k 1 "F3 Étapes"
ui_wait_row k 24 "Sophie Animatrice \("
[ -f "$T/k.exit" ] && ui_fail k "the kiosk ended"
# q does not quit: only an administrator may
ui_keys k q
ui_wait k "Seul un administrateur peut quitter la borne"

# A: the agent picker, part of a name
ui_keys k A
ui_wait k "Agir pour le compte d'un agent"
# an agent who is not in the directory: said, the box stays open
ui_type k "Zorglub"
ui_keys k Enter
ui_wait_msg k "agent inconnu : « Zorglub »"
ui_wait k "Agir pour le compte d'un agent"
ui_keys k C-u
ui_type k "dupo"
ui_wait k "Marie Dupont (mdupont)"
ui_keys k Enter
ui_wait k "Vous agissez pour Marie Dupont (mdupont)"
for f in F2 F3 F4 F5; do
	ui_keys k "$f"
	ui_wait_row k 2 "Sophie Animatrice pour Marie Dupont \(mdupont\) — A : terminer"
done

# an idea for Marie
ui_keys k F2
ui_wait_row k 2 "Sophie Animatrice pour Marie Dupont"
ui_keys k a
ui_wait k "Nouvelle idée"
ui_type k "Un abri à vélos couvert"
ui_keys k Tab
ui_type k "Les vélos restent sous la pluie."
ui_keys k C-s
ui_wait k "Un abri à vélos couvert"
ui_wait_gone k "Nouvelle idée"
# the Accueil will list it among the latest moves (seen at the end)
[ "$(sqlite3 "$DB" "SELECT a.login FROM ideas i JOIN agents a ON a.id = i.author_id
	WHERE i.title = 'Un abri à vélos couvert'")" = mdupont ] || fail "the idea is not Marie's"
[ "$(sqlite3 "$DB" "SELECT actor || ' pour ' || for_login FROM audit WHERE action = 'idea.add'")" = "anim pour mdupont" ] ||
	fail "the idea is not recorded anim pour mdupont: $(sqlite3 "$DB" "SELECT action, actor, for_login FROM audit")"

# a desk for Marie this morning (001 is Jean's: the next one)
ui_keys k F4
ui_wait k "Bureau 001 — ○ réservé"
ui_keys k l
ui_wait k "Bureau 002 — · libre"
ui_keys k Enter
ui_wait k "Réserver le bureau 002, étage 0"
ui_keys k o
ui_wait k "★002"
[ "$(sqlite3 "$DB" "SELECT a.login FROM bookings b JOIN agents a ON a.id = b.agent_id
	JOIN desks d ON d.id = b.desk_id WHERE d.label = '002'")" = mdupont ] ||
	fail "the desk is not Marie's"
[ "$(sqlite3 "$DB" "SELECT actor || ' pour ' || for_login FROM audit WHERE action = 'desk.book'
	ORDER BY id DESC LIMIT 1")" = "anim pour mdupont" ] ||
	fail "the booking is not recorded anim pour mdupont: $(sqlite3 "$DB" "SELECT action, actor, for_login FROM audit")"

# an exchange anim entered herself for Marie: she may not confirm it as Marie
cs anim ledger record --to mdupont 2h --description "Aide au tableur" >/dev/null ||
	fail "anim records"
ui_keys k F5
ui_wait_row k 2 "Sophie Animatrice pour Marie Dupont"
ui_keys k 3
ui_wait_re k "reçu de Sophie Ani.*\(anim\) +2 h +à confirmer"
ui_keys k c
ui_wait_re k "vous avez saisi l'échange [0-9]+ : seule l'autre partie le confirme|Confirmer"
if ui_screen k | grep -q "Confirmer"; then ui_keys k o; fi
ui_wait_msg k "vous avez saisi l'échange [0-9]+ : seule l'autre partie le confirme"
[ "$(sqlite3 "$DB" "SELECT state FROM ledger_exchanges WHERE description = 'Aide au tableur'")" != confirme ] ||
	fail "the exchange was confirmed"

# acting for Marie, anim may not record an exchange with herself in it
ui_keys k a
ui_wait k "donné"
ui_keys k Enter
ui_wait k "Enregistrer"
ui_type k anim
ui_keys k Tab
ui_type k 3h
ui_keys k Tab Tab
ui_type k "Du temps pour moi"
ui_keys k C-s
ui_wait_msg k "pour le compte de mdupont, vous ne pouvez pas enregistrer un échange auquel vous prenez part"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM ledger_exchanges WHERE description = 'Du temps pour moi'")" = 0 ] ||
	fail "the exchange with herself was recorded"
ui_keys k Escape
ui_wait k "Abandonner ce que vous avez saisi dans ce formulaire ?"
ui_keys k o
ui_wait_gone k "Enregistrer un échange"
# A again: anim is herself, the banner gone
ui_keys k A
ui_wait k "Vous n'agissez plus pour Marie Dupont"
ui_wait_gone k "pour Marie Dupont (mdupont) — A : terminer"

# reports: printed, never saved to a file on the kiosk
ui_keys k F6
ui_wait_re k "▸ *Tableau de bord"
ui_keys k Enter
ui_wait k "Direction (vide : toutes) :"
ui_keys k C-s
ui_wait_row k 2 "Tableau de bord du programme +q : retour"
ui_wait_row k 24 "I imprimer"
ui_keys k S
ui_wait_msg k "Une borne imprime les rapports mais ne les enregistre pas"
ui_screen k | grep -q "Enregistrer le rapport" && ui_fail k "the save dialog opened"
ui_keys k I
ui_wait_msg k "aucun serveur d'impression CUPS ne répond"
ui_screen k | grep -q "Enregistrer le PDF" && ui_fail k "the PDF was offered as a file"
[ -z "$(find "$T" -maxdepth 1 -name 'rapport-*')" ] || fail "a report was saved on the kiosk"

# a form typed in and left: the warning, then the lock, the text gone
ui_keys k F2
ui_keys k a
ui_wait k "Nouvelle idée"
ui_type k "Texte laissé à moitié"
ui_wait k "Verrouillage dans" 10
ui_wait k "Construisons ! — Accueil" 10
ui_wait_gone k "Texte laissé à moitié"
ui_wait_re k "CONS-[0-9]+-[0-9]+  Un abri à vélos couvert → Déposée"
[ "$(sqlite3 "$DB" "SELECT detail FROM audit WHERE action = 'kiosk.lock'")" = "inactivité" ] ||
	fail "the lock for inactivity is not journalled"
[ -z "$(find "$T/xdg-data" -name '*.draft' 2>/dev/null)" ] || fail "a draft was kept"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM ideas WHERE title LIKE 'Texte laissé%'")" = 0 ] ||
	fail "the form was saved"
[ -f "$T/k.exit" ] && ui_fail k "the kiosk ended"

# a hang-up locks (journalled) and ends the kiosk, keeping nothing
kiosk_unlock k anim Anim-s3cret
ui_wait k "Bienvenue, Sophie Animatrice."
ui_keys k a
ui_wait k "Nouvelle idée"
ui_type k "Encore du texte"
kill -HUP "$(ui_pid k)"
ui_wait_exit k >/dev/null
[ "$(sqlite3 "$DB" "SELECT detail FROM audit WHERE action = 'kiosk.lock' ORDER BY id DESC LIMIT 1")" = raccrochage ] ||
	fail "the hang-up's lock is not journalled"
[ -z "$(find "$T/xdg-data" -name '*.draft' 2>/dev/null)" ] || fail "a draft was kept"

# --pour in the interactive program: the same banner, on every pane
ui_start p anim --pour mdupont
ui_ready p
for f in F2 F3 F4 F5; do
	ui_keys p "$f"
	ui_wait_row p 2 "Sophie Animatrice pour Marie Dupont \(mdupont\) — A : terminer"
done
ui_keys p A
ui_wait p "Vous n'agissez plus pour Marie Dupont"
ui_wait_row p 2 "1 Mon compte"
ui_keys p q
[ "$(ui_wait_exit p)" = 0 ] || ui_fail p "exit status"
echo "ok"
