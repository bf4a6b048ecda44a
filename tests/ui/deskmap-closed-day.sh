#!/bin/sh
# BuroDispo on a day that cannot be booked (issue 12, observed 8): the
# coming Saturday, typed as "samedi" in the day dialog, is shown as not
# bookable on the map before any dialog (the heading, the desk's details),
# and Enter on a free desk says why at once, the day said the French way
# ("le samedi 5 décembre n'est pas un jour réservable"), with no
# confirmation. On a bookable day the confirmation's default button is the
# action: Enter books.
. "$TESTS_DIR/ui/lib.sh"
weekday_clock   # today must be a bookable day

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"

ui_start marie mdupont
ui_ready marie
ui_keys marie F4
ui_wait_row marie 2 '^Étage 0 : Rez-de-chaussée'
ui_wait marie "Bureau 001 — · libre"

ui_keys marie D
ui_wait marie "Le jour à afficher"
ui_keys marie C-u
ui_type marie "samedi"
ui_keys marie Enter
ui_wait_row marie 2 "samedi [0-9]+ [a-zéû]+ [0-9]{4} · non réservable\$"
ui_wait marie "Bureau 001 — · non réservable ce jour"
ui_keys marie Enter
ui_wait_row marie 24 "le samedi [0-9]+(er)? [a-zéû]+( [0-9]{4})? n'est pas un jour réservable"
ui_screen marie | grep -q "Réserver le bureau" && fail "a booking dialog on a Saturday"

# the next bookable day: the map says free again, and Enter, Enter books
ui_keys marie ']'
ui_wait_row marie 2 "(lundi|mardi|mercredi|jeudi|vendredi) .* · (matin|après-midi|journée)\$"
ui_wait marie "Bureau 001 — · libre"
ui_keys marie Enter
ui_wait marie "Réserver le bureau 001, étage 0"
ui_keys marie Enter
ui_wait marie "★001"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM bookings WHERE state = 'reservee'")" -ge 1 ] ||
	fail "nothing booked: $(sqlite3 "$DB" "SELECT * FROM bookings")"
