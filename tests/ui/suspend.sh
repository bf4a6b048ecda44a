#!/bin/sh
# Ctrl-Z suspends like every curses program: started from an interactive
# shell, the program gives the terminal back and its job is stopped (the
# shell says so and prompts); `fg` brings the screen back whole, with the
# text half typed in the form intact and nothing of "fg" in it. A SIGTSTP
# from elsewhere does the same.
. "$TESTS_DIR/ui/lib.sh"

command -v bash >/dev/null 2>&1 || { echo "bash is missing" >&2; exit 77; }
cs admin init >/dev/null || fail "init"

ui_script z jmartin
tm new-session -d -s z -x 80 -y 24 \
	"env PS1='shell\$ ' HISTFILE=/dev/null bash --norc --noprofile -i"
ui_wait z 'shell$'
ui_type z "$T/z.run"
ui_keys z Enter
ui_ready z
ui_keys z a
ui_wait_row z 2 'Nouvelle idée|New idea'
ui_type z "Texte en cours"
ui_wait_re z '(Titre|Title) ?: +Texte en cours *$'

ui_keys z C-z
ui_wait_re z '(Stopped|Stoppé|Arrêté)'
ui_wait_gone z 'Nouvelle idée'
ui_type z "fg"
ui_keys z Enter
ui_wait_row z 2 'Nouvelle idée|New idea'
ui_wait_row z 1 'Construisons !'
ui_wait_row z 24 '│'
ui_type z " suite"
ui_wait_re z '(Titre|Title) ?: +Texte en cours suite *$'
ui_screen z | grep -q 'fg' && ui_fail z "the typed fg reached the program"

# SIGTSTP from another terminal
runpid=$(pgrep -f "$T/z.run" | head -n 1)
pid=$(pgrep -P "$runpid" -x construisons)
[ -n "$pid" ] || ui_fail z "no process"
kill -TSTP "$pid"
ui_wait_gone z 'Nouvelle idée'
ui_wait_re z '(Stopped|Stoppé|Arrêté)'
ui_type z "fg"
ui_keys z Enter
ui_wait_re z '(Titre|Title) ?: +Texte en cours suite *$'
ui_keys z Escape
ui_wait_re z '(Abandonner|Throw away)'
ui_keys z o q
[ "$(ui_wait_exit z)" = 0 ] || ui_fail z "exit status"
echo "ok"
