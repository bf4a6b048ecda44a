#!/bin/sh
# Titles holding escape sequences, C1 controls, bidi overrides and invalid
# UTF-8 reach another agent's screen only as plain text: the menu bar and
# the status line stay in place, the pane title is not changed, and no
# injected sequence is in what the terminal shows.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
# through the command line (the core sanitises what it stores)...
cs mdupont idea add --title "$(printf 'Titre \033[2J\033]0;pwn\007 \342\200\256 inversé')" \
	--problem "$(printf 'Ligne \033[31mrouge\033[0m\n\302\2332J fin')" \
	--solution "S" >/dev/null || fail "idea add"
# ...and straight into the file, as a damaged or hostile database would
# hold it: the screen sanitises again
cs mdupont idea add --title "Brut" --problem "P" --solution "S" >/dev/null ||
	fail "idea add"
raw=$(ref_of "Brut")
if command -v sqlite3 >/dev/null 2>&1; then
	# "Brut \e[31m\e]0;pwn2\a \x9b2J \u202e\u2066 fin \xfe"
	hex=4272757420$(printf '1b5b33316d1b5d303b70776e320720c29b324a20e280aee281a62066696e20fe')
	sqlite3 "$DB" "UPDATE ideas SET title = CAST(X'$hex' AS TEXT) WHERE ref = '$raw'" ||
		fail "sqlite3"
fi

ui_start s jmartin
ui_ready s
ui_wait s "inversé"

check_screen() {
	ui_wait_row s 1 'Construisons !'
	ui_wait_row s 24 'Jean Martin'
	tm capture-pane -p -e -t s >"$T/screen.e"
	# tmux re-encodes what it shows: only its own SGR sequences may be
	# there, nothing else that starts with ESC, no C1, no bidi control
	if sed 's/\x1b\[[0-9;:]*m//g' "$T/screen.e" | grep -q "$(printf '\033')"; then
		ui_fail s "an escape sequence other than SGR is on the screen: $(grep -a "$(printf '\033')[^[]" "$T/screen.e" | od -c | head)"
	fi
	grep -q "$(printf '\302\233')" "$T/screen.e" && ui_fail s "a C1 CSI is on the screen"
	grep -q "$(printf '\342\200\256')" "$T/screen.e" && ui_fail s "U+202E is on the screen"
	grep -q "$(printf '\342\201\246')" "$T/screen.e" && ui_fail s "U+2066 is on the screen"
	title=$(tm display-message -p -t s '#{pane_title}')
	case $title in *pwn*) ui_fail s "the pane title was changed to $title" ;; esac
	lines=$(ui_screen s | wc -l)
	[ "$lines" -eq 24 ] || ui_fail s "the screen has $lines lines"
}

# the list
ui_wait_re s "Titre .*pwn.* inversé"
check_screen
if command -v sqlite3 >/dev/null 2>&1; then
	ui_wait_re s "$raw Brut .*pwn2.*2J"
fi

# the detail view of the first one (second row: the newest is on top)
ui_keys s j Enter
ui_wait s "Ligne"
ui_wait_re s "Titre .*pwn.* inversé"
ui_wait s "rouge"
check_screen
ui_keys s q

# the damaged one
if command -v sqlite3 >/dev/null 2>&1; then
	ui_keys s k Enter
	ui_wait_re s "Brut .*pwn2"
	check_screen
	ui_keys s q
fi

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
