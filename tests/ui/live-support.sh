#!/bin/sh
# Two agents have the board open. The second supports an idea of the
# first's; the first sees the count change within 3 s without a key press
# (the refresh poll, refresh_interval = 1 in the test configuration).
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Une navette entre les sites" \
	--problem "Pas de bus" --solution "Un minibus" >/dev/null || fail "idea add"
ref=$(ref_of "Une navette")

ui_start marie mdupont
ui_start jean jmartin
ui_ready marie
ui_ready jean
# the row: ... title ... supports comments marks; Marie's own idea is marked
row="$ref Une navette entre les sites"
ui_wait_row marie 5 "$row .* 0 +0 +●\$"
ui_wait_row jean 5 "$row .* 0 +0 *\$"

ui_keys jean s
ui_wait_row jean 5 "$row .* 1 +0 +✓\$"

# no key pressed in Marie's session from here
ui_wait_row marie 5 "$row .* 1 +0 +●\$" 3

# and back
ui_keys jean s
ui_wait_row jean 5 "$row .* 0 +0 *\$"
ui_wait_row marie 5 "$row .* 0 +0 +●\$" 3

ui_keys marie q
ui_keys jean q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
