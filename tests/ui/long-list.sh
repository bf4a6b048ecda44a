#!/bin/sh
# A list longer than the rows kept in memory (about three screens): the
# cursor crosses the edges of that window without stopping, the "… N more"
# lines count what is off-screen, and when the data changes (a new idea on
# top, a support) the cursor stays on its idea.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
n=1
while [ "$n" -le 80 ]; do
	cs mdupont idea add --title "Idée $n" --problem "P" --solution "S" \
		>/dev/null || fail "idea add $n"
	n=$((n + 1))
done

ui_start s jmartin
ui_ready s
ui_wait_row s 5 "▸.* Idée 80 "
ui_wait_row s 23 "▼ … 62 .* 1/80\$"

# 70 rows down: through the end of the first window of rows
keys=""
i=0
while [ "$i" -lt 70 ]; do keys="$keys j"; i=$((i + 1)); done
ui_keys s $keys
ui_wait_row s 23 " 71/80\$"
ui_wait_row s 22 "▸.* Idée 10 "
ui_wait_row s 4 "▲ … 53 "
ui_wait_row s 23 "▼ … 9 "

# the data changes under the cursor: it stays on "Idée 10"
cs anim idea add --title "Idée nouvelle" --problem P --solution S >/dev/null ||
	fail "idea add"
cs anim idea support "$(cs admin idea list | awk '$0 ~ /Idée 10$/ { print $1 }')" \
	>/dev/null || fail "support"
ui_wait_row s 23 " 72/81\$"
ui_wait_row s 22 "▸.* Idée 10 .* 1 +0 *\$"

# and back up, through the window again
keys=""
i=0
while [ "$i" -lt 71 ]; do keys="$keys k"; i=$((i + 1)); done
ui_keys s $keys
ui_wait_row s 23 " 1/81\$"
ui_wait_row s 5 "▸.* Idée nouvelle "

ui_keys s G
ui_wait_row s 23 " 81/81\$"
ui_wait_row s 22 "▸.* Idée 1 "
ui_keys s PPage
ui_wait_row s 23 " 63/81\$"
ui_keys s g
ui_wait_row s 23 " 1/81\$"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
