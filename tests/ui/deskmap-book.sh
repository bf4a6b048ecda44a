#!/bin/sh
# BuroDispo: Marie books a desk from the map (Enter, confirm) for the next
# bookable day and sees it "à moi"; Jean, on the same floor, day and
# half-day, sees it turn "réservé" without a name (Marie did not opt in)
# within 3 s, without a key press. Marie cancels it from "mes réservations";
# Jean sees it free again within 3 s.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

# ui_row_differs ROW TEXT: screen row ROW (on stdin) is not TEXT.
ui_row_differs() { [ "$(sed -n "$1p")" != "$2" ]; }

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"

ui_start marie mdupont
ui_start jean jmartin
ui_ready marie
ui_ready jean

# the ground floor, its first desk selected, then the next bookable day
ui_keys marie F4
ui_wait_row marie 2 '^Étage 0 : Rez-de-chaussée'
ui_wait_row marie 3 '^· libre  ○ réservé  ● occupé  ★ à moi  ✕ bloqué'
ui_wait marie "Bureau 001 — · libre"
today=$(ui_screen marie | sed -n 2p)
ui_keys marie ']'
ui_wait_cmd marie "$UI_TIMEOUT" "another day" ui_row_differs 2 "$today"
day=$(ui_screen marie | sed -n 2p | sed 's/.*  //')

ui_keys jean F4
ui_wait jean "Bureau 001 — · libre"
ui_keys jean ']'
ui_wait_row jean 2 "$day\$"
ui_wait jean "·001"

# book: the confirmation names the desk and its equipment
ui_keys marie Enter
ui_wait marie "Réserver le bureau 001, étage 0"
ui_wait_re marie "Équipement : "
ui_keys marie o
ui_wait marie "★001"
ui_wait_re marie "Bureau 001 — ★ à moi"
ui_wait_re marie "Bureau 001 réservé pour le "

# no key pressed in Jean's session from here
ui_wait jean "○001" 3
ui_wait_re jean "Bureau 001 — ○ réservé\$"

# t goes round the half-days of the same day (matin, après-midi, journée)
before=$(ui_screen jean | sed -n 2p)
ui_keys jean t
ui_wait_cmd jean "$UI_TIMEOUT" "another half-day" ui_row_differs 2 "$before"
ui_wait_row jean 2 "${day%% · *} · (matin|après-midi|journée)\$"
ui_keys jean t t
ui_wait_row jean 2 "$day\$"
ui_wait jean "○001"

# cancel from "mes réservations"
ui_keys marie M
ui_wait_row marie 2 "Mes réservations"
ui_wait_re marie "0/001 +réservée, arrivée à signaler"
ui_keys marie d
ui_wait marie "Annuler une réservation"
ui_keys marie o
ui_wait marie "Réservation du bureau 001 annulée."
ui_wait_re marie "0/001 +annulée"

ui_wait jean "·001" 3
ui_wait_re jean "Bureau 001 — · libre"

ui_keys marie q
ui_wait marie "·001"
ui_keys marie q
ui_keys jean q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
