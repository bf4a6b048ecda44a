# The reports one may run, and the programme dashboard on the demo at the
# fixed clock (Monday 30/11/2026): the default period (the month so far),
# a past year with a direction filter, and the same numbers as CSV tables.
run admin init --demo >/dev/null
run anim report list
run mdupont report list
run anim report dashboard
run anim report dashboard --since 01/01/2025 --until 31/12/2025 --direction "Direction des solidarités"
# a period with nothing in it: the report says so, it is not empty
run anim report dashboard --since 01/01/2020 --until 31/01/2020
