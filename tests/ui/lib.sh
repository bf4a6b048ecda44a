# lib.sh — helpers for the UI tests: the real program, run as a given agent
# in a private tmux server (one session per agent, 80x24), driven with
# send-keys and read back with capture-pane. Source it from a test after
# nothing else; it sources tests/lib/common.sh ($T, the configuration, the
# agents, `as` and `cs`).
#
# Waits are bounded polls for text on the screen: they fail with the screen
# printed, never sleep and hope.

. "$TESTS_DIR/lib/common.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux is missing: UI tests skipped" >&2
	exit 77
fi

UI_SOCK="$T/tmux.sock"
UI_TIMEOUT=${UI_TIMEOUT:-10}

tm() { tmux -S "$UI_SOCK" -f /dev/null "$@"; }

ui_cleanup() { tm kill-server >/dev/null 2>&1; }
cleanup_hooks="$cleanup_hooks ui_cleanup"
# a test killed by meson's timeout still stops its tmux server
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# ui_start NAME LOGIN [ARGS...]: starts the program as LOGIN in a new tmux
# session NAME of 80x24. Its exit status is written to $T/NAME.exit.
ui_start() {
	ui_script "$@"
	tm new-session -d -s "$1" -x 80 -y 24 "$T/$1.run"
}

# ui_script NAME LOGIN [ARGS...]: writes $T/NAME.run, the script ui_start
# runs (the program as LOGIN, its exit status to $T/NAME.exit), for a test
# that starts it another way (from an interactive shell).
ui_script() {
	# define_agent sets name and login of its own: call it first
	[ -f "$T/nss/$2.passwd" ] || define_agent "$2" "$2"
	name=$1 login=$2; shift 2
	run="$T/$name.run"
	{
		echo '#!/bin/sh'
		for v in LC_ALL LANGUAGE XDG_CONFIG_HOME XDG_DATA_HOME \
		         CONSTRUISONS_CONFIG CONSTRUISONS_DATADIR \
		         CONSTRUISONS_LOCALEDIR UBSAN_OPTIONS ASAN_OPTIONS \
		         LSAN_OPTIONS NSS_WRAPPER_DISABLE_DEEPBIND CUPS_SERVER \
		         FAKETIME FAKETIME_DONT_FAKE_MONOTONIC; do
			eval "val=\${$v-}"
			[ -n "$val" ] && printf 'export %s=%s\n' "$v" "$(shq "$val")"
		done
		printf 'export LD_PRELOAD=%s\n' \
			"$(shq "$NSS_WRAPPER_LIB${CLOCK_LIB:+ $CLOCK_LIB}")"
		printf 'export NSS_WRAPPER_PASSWD=%s\n' "$(shq "$T/nss/$login.passwd")"
		printf 'export NSS_WRAPPER_GROUP=%s\n' "$(shq "$T/nss/$login.group")"
		# shell commands to run first (e.g. trap '' HUP)
		printf '%s\n' "${UI_PRELUDE-}"
		shq "$CONSTRUISONS_BIN"
		for a in "$@"; do printf ' '; shq "$a"; done
		printf ' 2>%s\n' "$(shq "$T/$name.stderr")"
		printf 'echo $? >%s\n' "$(shq "$T/$name.exit")"
		# keep the pane (and its last screen) when the program ends
		printf 'exec sleep 3600\n'
	} >"$run"
	chmod +x "$run"
	rm -f "$T/$name.exit"
}

# shq WORD: WORD quoted for sh.
shq() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# ui_pid NAME: the process id of the program running in session NAME.
ui_pid() {
	pane=$(tm display-message -p -t "$1" '#{pane_pid}')
	pgrep -P "$pane" -x construisons || pgrep -P "$pane"
}

# ui_screen NAME: the screen as text.
ui_screen() { tm capture-pane -p -t "$1"; }

# ui_keys NAME KEY...: tmux key names (Enter, Tab, C-s, Escape, j...).
ui_keys() { n=$1; shift; tm send-keys -t "$n" "$@"; }

# ui_type NAME TEXT: types TEXT literally.
ui_type() { tm send-keys -t "$1" -l "$2"; }

ui_fail() {
	name=$1; shift
	echo "FAIL: $*" >&2
	echo "---- screen of $name ----" >&2
	ui_screen "$name" >&2
	echo "-------------------------" >&2
	[ -s "$T/$name.stderr" ] && { echo "stderr:" >&2; cat "$T/$name.stderr" >&2; }
	exit 1
}

# ui_wait NAME TEXT [SECONDS]: waits until TEXT (fixed string) is on the
# screen, at most SECONDS (default $UI_TIMEOUT).
ui_wait() { ui_wait_cmd "$1" "${3:-$UI_TIMEOUT}" "text \"$2\"" grep -qF -- "$2"; }

# ui_wait_re NAME REGEX [SECONDS]: the same with an extended regex.
ui_wait_re() { ui_wait_cmd "$1" "${3:-$UI_TIMEOUT}" "/$2/" grep -qE -- "$2"; }

# ui_wait_gone NAME TEXT [SECONDS]: waits until TEXT is no longer shown.
ui_wait_gone() {
	ui_wait_cmd "$1" "${3:-$UI_TIMEOUT}" "\"$2\" to go away" \
		ui_not_grep "$2"
}
ui_not_grep() { ! grep -qF -- "$1"; }

# ui_wait_row NAME ROW REGEX [SECONDS]: waits until screen row ROW (1 is
# the top) matches REGEX.
ui_wait_row() {
	ui_wait_cmd "$1" "${4:-$UI_TIMEOUT}" "row $2 =~ /$3/" ui_row_match "$2" "$3"
}
ui_row_match() { sed -n "$1p" | grep -qE -- "$2"; }

# ui_wait_msg NAME REGEX [SECONDS]: waits until the message of the status
# line matches REGEX; a long message takes the row above the status line
# too, so the last two rows are read as one line.
ui_wait_msg() {
	ui_wait_cmd "$1" "${3:-$UI_TIMEOUT}" "message =~ /$2/" ui_msg_match "$2"
}
ui_msg_match() { tail -n 2 | tr '\n' ' ' | grep -qE -- "$1"; }

# ui_wait_cmd NAME SECONDS WHAT CMD...: polls CMD on the screen text.
ui_wait_cmd() {
	name=$1 secs=$2 what=$3; shift 3
	tries=$((secs * 20))
	while [ "$tries" -gt 0 ]; do
		if ui_screen "$name" 2>/dev/null | "$@"; then
			return 0
		fi
		if [ -f "$T/$name.exit" ] && [ "$(cat "$T/$name.exit")" != 0 ]; then
			ui_fail "$name" "the program ended with $(cat "$T/$name.exit") while waiting for $what"
		fi
		tries=$((tries - 1))
		sleep 0.05
	done
	ui_fail "$name" "waited ${secs}s for $what"
}

# ui_wait_exit NAME: waits for the program to end; prints its exit status.
ui_wait_exit() {
	tries=$((UI_TIMEOUT * 20))
	while [ ! -s "$T/$1.exit" ] && [ "$tries" -gt 0 ]; do
		tries=$((tries - 1))
		sleep 0.05
	done
	[ -s "$T/$1.exit" ] || ui_fail "$1" "the program did not end"
	cat "$T/$1.exit"
}

# ui_ready NAME: waits for the first full screen (menu bar and status line).
ui_ready() {
	ui_wait_row "$1" 1 'Construisons !'
	ui_wait_row "$1" 24 '│|\|'
}

# ref_of TITLE_WORD: the reference of the first idea whose list line holds
# the word, from the command line.
ref_of() {
	cs admin idea list | grep -F -- "$1" | head -n 1 | awk '{print $1}'
}

# ui_count_bytes NAME: from now on, count the bytes session NAME writes to
# its terminal: `size` gives the count so far, `settle` waits (bounded)
# until the output has been quiet for a few polls.
ui_count_bytes() {
	out="$T/$1.bytes"
	: >"$out"
	tm pipe-pane -t "$1" -O "cat >>'$out'"
}

size() { wc -c <"$out" | tr -d ' '; }

settle() {
	last=-1 same=0 tries=100
	while [ "$same" -lt 4 ] && [ "$tries" -gt 0 ]; do
		now=$(size)
		if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$now
		tries=$((tries - 1))
		sleep 0.05
	done
}

# ui_budget_move NAME KEY BUDGET WAIT...: presses KEY in session NAME, runs
# the command WAIT... until the screen shows the move done, lets the output
# settle, and fails when the move wrote more than BUDGET bytes (or none).
# Keeps the tally that ui_budget_report prints.
budget_report="" budget_total=0 budget_moves=0
ui_budget_move() {
	bn=$1 bkey=$2 bbudget=$3; shift 3
	before=$(size)
	ui_keys "$bn" "$bkey"
	"$@"
	settle
	bytes=$(( $(size) - before ))
	budget_report="$budget_report $bkey:$bytes"
	budget_total=$((budget_total + bytes))
	budget_moves=$((budget_moves + 1))
	if [ "$bytes" -gt "$bbudget" ]; then
		od -c "$out" | tail -n 20 >&2
		ui_fail "$bn" "moving with $bkey wrote $bytes bytes (budget $bbudget)"
	fi
	[ "$bytes" -gt 0 ] || ui_fail "$bn" "nothing was written for $bkey (is pipe-pane working?)"
}

# ui_budget_report BUDGET: the bytes of each measured move and their mean.
ui_budget_report() {
	echo "bytes per move:$budget_report (mean $((budget_total / budget_moves)), budget $1)"
}

# ui_mouse NAME BUTTON X Y: the mouse report a terminal sends (X10: ESC [ M,
# then the button byte, column and row, each + 32, from 0): BUTTON is the
# button byte (' ' press of button 1, '#' release, '`' wheel up, 'a' wheel
# down). ui_click NAME X Y: a press and a release on the cell (0-based).
ui_mouse() {
	tm send-keys -t "$1" -l "$(printf '\033[M%s%b%b' "$2" \
		"\\0$(printf %o $((33 + $3)))" "\\0$(printf %o $((33 + $4)))")"
}
ui_click() { ui_mouse "$1" ' ' "$2" "$3"; ui_mouse "$1" '#' "$2" "$3"; }
# ui_wheel NAME up|down X Y: one turn of the wheel over the cell.
ui_wheel() {
	if [ "$2" = up ]; then ui_mouse "$1" '`' "$3" "$4"
	else ui_mouse "$1" a "$3" "$4"; fi
}

# ui_row_attr NAME ROW: screen row ROW with its attributes as escape
# sequences (capture-pane -e), ESC written as "^[".
ui_row_attr() { tm capture-pane -e -p -t "$1" | sed -n "$2p" | sed 's/\x1b/^[/g'; }
