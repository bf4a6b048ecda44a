#!/bin/sh
# Issue 10: printing from the "Rapports" pane against a real cupsd
# (cupsd.sh): the dashboard previewed, I lists the queues with the server's
# default chosen, the copies asked, then the job number and "imprimé" in
# the status line (followed from the loop's tick, the screen never
# blocked); the printed file is a valid PDF titled with the report's title
# in that many copies. A stopped queue and a server gone give their French
# message and offer the PDF as a file instead, which then saves it.
. "$TESTS_DIR/ui/lib.sh"
. "$TESTS_DIR/print/cupsd.sh"
chmod 0711 "$T"	# cupsd runs the backend as lp, which must reach $T/cups
cleanup_hooks="$cleanup_hooks cupsd_stop"
cupsd_start "$T/cups"
command -v qpdf >/dev/null 2>&1 || { echo "SKIP: qpdf is missing"; exit 77; }
cupsd_queue essai || exit 1
cupsd_queue autre || exit 1
lpadmin -d essai
cs admin init --demo >/dev/null || fail "init"

ui_start s anim
ui_ready s
ui_keys s F6
ui_wait_re s "▸ *Tableau de bord du programme"
ui_keys s Enter
ui_wait s "Du (30/11/2026, lundi…) :"
ui_keys s C-s
ui_wait_row s 2 "Tableau de bord du programme +q : retour"
ui_wait s "Département de l'Isère — Construisons !"

# I: the queues, the default one chosen; two copies
ui_keys s I
ui_wait s "Imprimer sur quelle file ?"
ui_wait_re s "▸ *essai \(par défaut\)"
ui_wait s "autre"
ui_keys s Enter
ui_wait s "Copies (1 à 99) :"
ui_keys s BSpace
ui_type s 2
ui_keys s Enter
ui_wait_msg s "Travail d'impression [0-9]+ : imprimé\."
ui_wait_row s 2 "Tableau de bord du programme"
[ -s "$T/cups/out/essai.pdf" ] || fail "nothing printed on essai"
qpdf --check "$T/cups/out/essai.pdf" >/dev/null || fail "the printed file is not a valid PDF"
grep -qx "title=Tableau de bord du programme" "$T/cups/out/essai.pdf.job" ||
	fail "the job is not titled with the report's title"
grep -qx "copies=2" "$T/cups/out/essai.pdf.job" || fail "not two copies"
job=$(ui_screen s | tail -n 2 | grep -o "Travail d'impression [0-9]*" | grep -o "[0-9]*$")
lpstat -W completed -o essai | grep -q "essai-$job " || fail "job $job is not a completed job of essai"

# a stopped queue: its message, and the PDF offered as a file
cupsdisable autre
ui_keys s I
ui_wait s "Imprimer sur quelle file ?"
ui_wait s "autre (arrêtée)"
ui_keys s g Enter
ui_wait s "Copies (1 à 99) :"
ui_keys s Enter
ui_wait s "Le rapport ne peut pas être imprimé"
ui_wait s "la file d'impression « autre » est arrêtée"
ui_keys s o
ui_wait s "Enregistrer en PDF"
ui_keys s Enter
ui_wait_msg s "Rapport enregistré : $T/rapport-tableau-de-bord-du-programme-[0-9-]+\.pdf"
[ ! -e "$T/cups/out/autre.pdf" ] || fail "printed on a stopped queue"
qpdf --check "$T"/rapport-tableau-de-bord-du-programme-*.pdf >/dev/null ||
	fail "the PDF saved instead is not valid"

# no server at all
cupsd_stop
ui_keys s I
ui_wait s "Le rapport ne peut pas être imprimé"
ui_wait s "aucun serveur d'impression CUPS ne répond"
ui_keys s Escape
ui_wait_gone s "Le rapport ne peut pas être imprimé"

ui_keys s q q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"
echo "ok"
