#!/bin/sh
# busy-start.sh — issue 12: the program started while another process
# holds the database's lock does not wait busy_timeout (10 s) on a blank
# terminal: the screen says at once that the database is busy and who
# holds it, tries again by itself and shows the board as soon as the lock
# is released. q leaves while waiting.
. "$TESTS_DIR/ui/lib.sh"

HOLDER="$BUILD_ROOT/tests/ui/lockholder"
cs admin init --lock lease >/dev/null || fail "init"
cs mdupont idea add --title "Idée un" --problem P --solution S >/dev/null ||
	fail "idea add"
cs jmartin whoami >/dev/null || fail "jmartin in the directory"

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

# started meanwhile: busy, with the holder, well before busy_timeout
ui_start jean jmartin 3>&-   # the tmux server must not keep the pipe open
ui_wait_row jean 1 'Construisons !' 3
ui_wait_re jean "base est occupée|database is busy" 3
ui_wait jean "$holder_pid" 3
# another one leaves with q while it waits
ui_start leave mdupont 3>&-
ui_wait_re leave "base est occupée|database is busy" 3
ui_keys leave q
[ "$(ui_wait_exit leave)" != 0 ] || fail "leaving while busy is not a success"

# the lock is released: the board comes by itself
exec 3>&-
wait "$holder_pid" || fail "holder: $(cat "$T/hold.out")"
ui_wait_re jean "Idée un" 5
ui_wait_row jean 24 "base ok|database ok" 3
ui_keys jean q
[ "$(ui_wait_exit jean)" = 0 ] || fail "quit"
exit 0
