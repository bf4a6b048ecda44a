#!/bin/sh
# The program ends cleanly on SIGTERM and SIGHUP (exit 0, terminal given
# back), and when its terminal goes away while SIGHUP is ignored (nohup) it
# notices the dead terminal and ends instead of spinning.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"

for sig in TERM HUP; do
	ui_start "$sig" jmartin
	ui_ready "$sig"
	pid=$(ui_pid "$sig")
	[ -n "$pid" ] || ui_fail "$sig" "no process"
	kill "-$sig" "$pid"
	[ "$(ui_wait_exit "$sig")" = 0 ] || ui_fail "$sig" "exit status after SIG$sig"
	ui_wait_gone "$sig" "Construisons !"
done

UI_PRELUDE="trap '' HUP"
ui_start gone jmartin
ui_ready gone
pid=$(ui_pid gone)
[ -n "$pid" ] || ui_fail gone "no process"
tm kill-session -t gone
tries=200
while kill -0 "$pid" 2>/dev/null && [ "$tries" -gt 0 ]; do
	tries=$((tries - 1))
	sleep 0.05
done
if kill -0 "$pid" 2>/dev/null; then
	ps -o pid,stat,pcpu,cmd -p "$pid" >&2
	kill -KILL "$pid"
	fail "the program kept running after its terminal went away"
fi
status=$(cat "$T/gone.exit" 2>/dev/null)
[ "$status" = 74 ] || fail "exit status $status after losing the terminal (74 expected)"
echo "ok"
