# BuroDispo's occupancy on the demo at the fixed clock (Monday 30/11/2026):
# per floor and half-day, per floor with the no-show rate, and the heat map
# floor x day; one floor; a period too long for the heat map; a period
# without bookings; an unknown floor; the report asked by an agent.
run admin init --demo >/dev/null
run anim report occupancy --since 23/11/2026 --until 04/12/2026
run anim report occupancy --since 23/11/2026 --until 04/12/2026 --floor 1 --format csv --table par-etage
run anim report occupancy --since 01/01/2026 --until 31/12/2026 --floor 3
run anim report occupancy --since 01/01/2020 --until 31/01/2020 --floor 0
run anim report occupancy --floor 7
run mdupont report occupancy
