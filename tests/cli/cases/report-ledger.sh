# The Accorderie's reports on the demo at the fixed clock: an agent's own
# statement (default period, then a quarter), a facilitator printing
# another agent's, the journal of a month with its totals and the
# integrity line of `ledger check`, and the journal of one agent.
run admin init --demo >/dev/null
run mdupont report statement
run mdupont report statement --since 01/09/2026 --until 30/11/2026
run anim report statement abenali --since 01/10/2026
run anim report journal --since 01/10/2026 --until 31/10/2026
run anim report journal --agent mdupont --since 01/09/2026
# an agent without an account yet
run anim report statement comite
