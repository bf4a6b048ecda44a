#!/bin/sh
# busy-share.sh — issue 12, observed 1: another process holds the
# database's lock. The UI does not freeze: the status line says "base
# occupée" at once (with who holds it), the cursor keeps moving over what
# is shown, a support asked meanwhile waits (keys on its pane are refused
# with a message, none is queued) and is made by itself once the lock is
# released, without any of the refused keys replayed.
. "$TESTS_DIR/ui/lib.sh"

HOLDER="$BUILD_ROOT/tests/ui/lockholder"
cs admin init --lock lease >/dev/null || fail "init"
for t in "Idée un" "Idée deux" "Idée trois"; do
	cs mdupont idea add --title "$t" --problem P --solution S >/dev/null ||
		fail "idea add $t"
done
ref=$(ref_of "Idée deux")

ui_start jean jmartin
ui_ready jean
ui_wait_row jean 23 " 1/3\$"

# another process takes the lock and keeps it until we close the pipe
mkfifo "$T/hold.in"
"$HOLDER" "$DB" <"$T/hold.in" >"$T/hold.out" 2>&1 &
holder_pid=$!
exec 3>"$T/hold.in"
stop_holder() { exec 3>&-; wait "$holder_pid" 2>/dev/null; }
cleanup_hooks="$cleanup_hooks stop_holder"
tries=200
until grep -q holding "$T/hold.out"; do
	tries=$((tries - 1))
	[ "$tries" -gt 0 ] || fail "the holder did not take the lock: $(cat "$T/hold.out")"
	sleep 0.05
done

# a read (r) finds the lock taken: said at once, well before busy_timeout
ui_keys jean r
ui_wait_row jean 24 "base occupée|busy" 3
ui_wait jean "pid $holder_pid" 3
# the cursor still moves, at once
# (row 23, the position, is under the two rows of the busy message)
ui_keys jean j
ui_wait_row jean 6 "▸.* Idée deux " 2

# a support: refused by the lock for now, waits
ui_keys jean s
ui_wait_re jean "attend|waits" 3
# keys on this pane meanwhile are refused, not queued
ui_keys jean j j j
ui_wait_re jean "touche est ignorée|key is ignored" 3
ui_wait_row jean 6 "▸.* Idée deux " 1

# the lock is released: the support is made by itself, nothing replays
exec 3>&-
wait "$holder_pid" || fail "holder: $(cat "$T/hold.out")"
grep -q released "$T/hold.out" || fail "holder did not commit"
row="$ref Idée deux"
ui_wait_row jean 6 "▸.*$row .* 1 +0 +✓\$" 5
ui_wait_row jean 24 "base ok|database ok" 3
ui_wait_row jean 6 "▸.* Idée deux " 1
ui_keys jean j
ui_wait_row jean 7 "▸.* Idée un " 2

# a change that cannot be made before the busy timeout fails with the
# holder's name, and nothing is queued: Esc gives a waiting change up
"$HOLDER" "$DB" <"$T/hold.in" >"$T/hold.out" 2>&1 &
holder_pid=$!
exec 3>"$T/hold.in"
tries=200
until grep -q holding "$T/hold.out"; do
	tries=$((tries - 1))
	[ "$tries" -gt 0 ] || fail "the holder did not take the lock again"
	sleep 0.05
done
ui_keys jean s
ui_wait_re jean "attend|waits" 3
ui_keys jean Escape
ui_wait_re jean "abandonnée|given up" 3
ui_keys jean k
ui_wait_row jean 6 "▸.* Idée deux " 2
exec 3>&-
wait "$holder_pid" || fail "holder: $(cat "$T/hold.out")"
ui_keys jean r
ui_wait_row jean 24 "base ok|database ok" 3
ui_wait_row jean 5 "Idée trois .* 0 +0 *\$" 3

ui_keys jean q
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
