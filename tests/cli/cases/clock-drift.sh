# issue 13: the client's clock is not trusted. The set-up runs at the
# tests' fixed clock with the check off; then, with clock_drift_max at its
# default (120 s), hosts whose clocks are set days away from the file
# server's (libfaketime) are refused any change, and a read that would
# settle automatic confirmations with that clock is refused too: Marie's
# own 5 h proposal does not confirm itself before Jean's 7 days, Jean's
# booking is not released as a no-show, no desk is booked past the 14-day
# horizon, nothing is stored dated in the future. A host at the right time
# writes as usual. With clock_drift_max = 0 (the check off) the same
# commands behave as before the check.
# The file server's time is the real one: it and the gap are replaced by
# SERVEUR and ÉCART so that the output is the same on every day, and the
# few tenths of a second a host at the right time is off by with N.
norm() {
	sed -E 's/celle du serveur de fichiers le [0-9]{2}\/[0-9]{2}\/[0-9]{4} [0-9]+ h [0-9]{2} : [0-9]+ [a-zé]+ d(.avance|e retard)/celle du serveur de fichiers le SERVEUR : ÉCART/'
}
cp -r "$SOURCE_ROOT/data/floors" floors
run admin init
run admin desks import floors
run jmartin whoami >/dev/null
run lgroupe whoami >/dev/null
run mdupont ledger record --to jmartin 5h --description "Formation au tableur"
run jmartin desk book 001 --date 2026-12-01 --slot matin
run mdupont idea add --title "Horloges réglées"

# the default: clock_drift_max = 120
sed -i '/^clock_drift_max/d' "$CONSTRUISONS_CONFIG"
echo "# Marie's host, 8 days on: her own proposal must not confirm itself"
(export FAKETIME="@2026-12-08 10:00:00"; run mdupont ledger check | norm; run mdupont ledger balance | norm)
echo "# Luc's host 20 days on books a desk: Jean's booking must not be released as a no-show"
(export FAKETIME="@2026-12-20 10:00:00"; run lgroupe desk book 003 --date 2026-12-21 --slot matin | norm)
echo "# Sophie's host 8 days on: no transition dated in the future"
(export FAKETIME="@2026-12-08 10:00:00"; run anim idea move CONS-2026-001 contact | norm)
echo "# Jean's host 30 days on books 43 days ahead"
(export FAKETIME="@2026-12-30 09:00:00"; run jmartin desk book 002 --date 2027-01-12 --slot matin | norm)
echo "# nothing was written"
sqlite3 "$DB" "SELECT id, state FROM ledger_exchanges ORDER BY id"
sqlite3 "$DB" "SELECT day, slot, state FROM bookings ORDER BY id"
sqlite3 "$DB" "SELECT count(*) FROM transitions"
echo "# a host at the right time writes as usual; check says how far the clocks are"
(export FAKETIME="+0"; run jmartin idea comment CONS-2026-001 "Mon horloge est juste")
(export FAKETIME="+0"; run admin check | grep -E '^\$|^Horloge' | sed -E 's/est à [+-][0-9] s du/est à N s du/')

# the check off: as before
printf 'clock_drift_max = 0\n' >>"$CONSTRUISONS_CONFIG"
run admin check | grep -E '^\$|^Horloge'
(export FAKETIME="@2026-12-08 10:00:00"; run mdupont ledger balance)
(export FAKETIME="@2026-12-20 10:00:00"; run lgroupe desk book 003 --date 2026-12-21 --slot matin)
(export FAKETIME="@2026-12-30 09:00:00"; run jmartin desk book 002 --date 2027-01-12 --slot matin)
(export FAKETIME="@2026-12-08 10:00:00"; run anim idea move CONS-2026-001 contact)
sqlite3 "$DB" "SELECT id, state FROM ledger_exchanges ORDER BY id"
sqlite3 "$DB" "SELECT day, slot, state FROM bookings ORDER BY id"
sqlite3 "$DB" "SELECT at FROM transitions"
