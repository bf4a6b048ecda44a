# BuroDispo from the command line, on Monday 30/11/2026 at 9 h 15: import
# the plans, list free desks, book, the race's loser gets the nearest free
# desk, and every refusal: past date, beyond the horizon, weekend, unknown
# desk or floor, a fourth booking, blocked and reserved desks, check-in on
# someone else's booking or outside the half-day, malformed plans.
cat "$CONSTRUISONS_CONFIG" >desk.conf
printf 'desk_reserved = {"2/210=Direction des solidarités"}\n' >>desk.conf
export CONSTRUISONS_CONFIG="$T/desk.conf"
cp -r "$SOURCE_ROOT/data/floors" floors
run admin init
run admin desks import floors
run mdupont desks import floors
run mdupont desk free --floor 0 --date 2026-12-01 --slot matin
run mdupont desk book 001 --date 2026-12-01 --slot matin
run jmartin desk book 0/001 --date 2026-12-01 --slot matin
run jmartin desk book 001 --date 2026-11-27 --slot matin
run jmartin desk book 001 --date 2026-12-31 --slot matin
run jmartin desk book 001 --date 2026-12-05 --slot matin
run jmartin desk book 999 --date 2026-12-01
run jmartin desk book 9/001 --date 2026-12-01
run jmartin desk book 001 --date 2026-12-01 --slot soir
run mdupont desk book 101 --date 2026-12-02 --slot journee
run mdupont desk book 102 --date 2026-12-03 --slot matin
run anim desk block 0/002 --reason "Travaux de peinture"
run jmartin desk book 002 --date 2026-12-02 --slot matin
run jmartin desk book 210 --date 2026-12-02 --slot matin
run mdupont desk block 0/003 --reason "Pour rire"
run lgroupe desk book 0/010 --date 2026-11-30 --slot apres-midi
run jmartin desk checkin 0/010
run lgroupe desk checkin 0/010
run mdupont desk book 0/011 --date 2026-11-30 --slot matin
run mdupont desk mine
run jmartin desk list --floor 0 --date 2026-12-01 --slot matin
run mdupont desk cancel 001 --date 2026-12-01 --slot matin
run jmartin desk book 001 --date 2026-12-01 --slot matin
printf 'étage: 9\nnom: Ouvert\nplan:\n+-------    --------+\n| [901]   [902]     |\n+-------------------+\nfin\n' >ouvert.plan
run admin desks import ouvert.plan
printf 'étage: 9\nnom: Doublon\nplan:\n+-------------------+\n| [901]   [901]     |\n+-------------------+\nfin\n' >doublon.plan
run admin desks import doublon.plan
run admin desks import nulle-part
sqlite3 "$DB" "SELECT count(*) FROM floors; SELECT count(*) FROM desks WHERE active"
