#!/bin/sh
# Bracketed paste: the program asks for it, and a paste is text for the
# focused form field, never keys. In a one-line field its line breaks
# become spaces (nothing spills into the next field); in a text field they
# stay; a paste longer than the room left is refused whole with a message
# (never cut); outside a form a paste is ignored with a message, and the
# letters in it are not run as keys ("nq" would open a form and quit).
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin idea add --title "Covoiturage" --problem P --solution S >/dev/null ||
	fail "idea add"

# paste NAME FILE: pastes the file's bytes as a terminal would (bracketed,
# line feeds sent as carriage returns)
paste_file() { tm load-buffer -b p "$2" && tm paste-buffer -p -b p -t "$1"; }

ui_start s mdupont
ui_ready s
ui_wait s "Covoiturage"

printf 'nq' >"$T/keys"
paste_file s "$T/keys"
ui_wait_msg s '(ignoré|ignored)'
ui_screen s | grep -qE 'Nouvelle idée|New idea' && ui_fail s "the paste was run as keys"
[ -f "$T/s.exit" ] && ui_fail s "the paste quit the program"

ui_keys s a
ui_wait_row s 2 'Nouvelle idée|New idea'
printf 'Deux lignes\ncollées\n' >"$T/two"
paste_file s "$T/two"
ui_wait_re s '(Titre|Title) ?: +Deux lignes collées *$'
# nothing spilled into the problem field
ui_wait_re s '0/8000'
ui_keys s Tab
printf 'Ligne un\nLigne deux' >"$T/para"
paste_file s "$T/para"
ui_wait_re s '^ +Ligne un *$'
ui_wait_re s '^ +Ligne deux *$'
ui_wait_re s '19/8000'

# too long for the title: refused whole, the title unchanged
ui_keys s BTab
head -c 600 /dev/zero | tr '\0' 'x' >"$T/long"
paste_file s "$T/long"
ui_wait_msg s '(trop long|too long)'
ui_wait_re s '(Titre|Title) ?: +Deux lignes collées *$'
ui_screen s | grep -q 'xxxxx' && ui_fail s "a part of the long paste went in"

ui_keys s Tab Tab
ui_type s "Une solution"
ui_keys s C-s
ui_wait_gone s "0/8000"
ref=$(ref_of "Deux lignes")
[ -n "$ref" ] || fail "the idea is not in the database"
cs admin idea show "$ref" >"$T/show" || fail "idea show"
grep -qF "Deux lignes collées" "$T/show" || fail "title: $(cat "$T/show")"
grep -qx ' *Ligne un' "$T/show" && grep -qx ' *Ligne deux' "$T/show" ||
	fail "the problem's two lines: $(cat "$T/show")"
# the terminal is asked to stop bracketing pastes when the program ends
ui_count_bytes s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
grep -q "$(printf '\033')\[?2004l" "$out" || fail "bracketed paste left on at the end"
echo "ok"
