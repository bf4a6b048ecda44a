#!/bin/sh
# BuroDispo check-in: Marie books desk 001 for the current half-day from the
# command line, then checks in from "mes réservations" (c); Jean, who has
# the map of that floor open, sees the desk go from "réservé" to "occupé"
# within 3 s, without a key press.
#
# The clock is fixed through the configuration: the morning starts now
# (check-in opens 30 minutes before a half-day and a booking is kept for 4
# hours), every day is bookable, and the afternoon starts at 23:58. Too
# close to midnight for that, the test is skipped.
. "$TESTS_DIR/ui/lib.sh"

now=$(date +%H:%M)
case $now in
23:[2-5]?) echo "too close to midnight for a morning starting now" >&2; exit 77 ;;
esac
cat >>"$CONSTRUISONS_CONFIG" <<CONF
desk_morning_start = "$now"
desk_afternoon_start = "23:58"
desk_afternoon_end = "23:59"
desk_checkin_minutes = 240
desk_weekdays = {lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche}
CONF

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"
cs mdupont desk book 0/001 --slot matin >/dev/null || fail "desk book"

ui_start marie mdupont
ui_start jean jmartin
ui_ready marie
ui_ready jean

# today, this morning: Marie's desk is hers, Jean sees it booked
ui_keys jean F4
ui_wait_row jean 2 '^Étage 0 : Rez-de-chaussée'
ui_wait jean "○001"
ui_wait_re jean "Bureau 001 — ○ réservé\$"
ui_keys marie F4
ui_wait marie "★001"
ui_wait marie "Bureau 001 — ★ à moi, arrivée pas encore enregistrée"

# check in from "mes réservations"
ui_keys marie M
ui_wait_row marie 2 "Mes réservations"
ui_wait_re marie "^▸ .* 0/001 +réservée, arrivée à signaler"
ui_keys marie c
ui_wait marie "Bienvenue : votre arrivée au bureau 001 est enregistrée."
ui_wait_re marie "0/001 +arrivée enregistrée"

# no key pressed in Jean's session from here
ui_wait jean "●001" 3
ui_wait_re jean "Bureau 001 — ● occupé\$"

# twice is refused with the core's reason
ui_keys marie c
ui_wait_row marie 24 "^✗ "

ui_keys marie q
ui_wait marie "★001"
ui_wait marie "Bureau 001 — ★ à moi, arrivée enregistrée"
ui_keys marie q
ui_keys jean q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
