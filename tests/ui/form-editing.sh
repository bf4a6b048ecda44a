#!/bin/sh
# The input fields edit French text by characters and columns: Home, End,
# arrows, Backspace, Delete, Ctrl-W, a combining accent deleted with its
# letter, double-width characters, a long paragraph wrapped and moved
# through with Up/Down/Home/End; what is saved is exactly what was typed.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"

ui_start s mdupont
ui_ready s
ui_keys s a
ui_wait_row s 2 'Nouvelle idée|New idea'

# title: "Bonjour le monde" -> "XBonjour le éY"
ui_type s "Bonjour le monde"
ui_keys s Home
ui_type s "X"
ui_keys s End
ui_type s "Y"
ui_keys s Left Left BSpace DC C-w
ui_type s "é"
ui_wait s "XBonjour le éY"

# problem: a paragraph wrapped over several rows, then a second line
long="Les agents des collèges perdent du temps à chercher des salles libres, à remplir des formulaires papier et à relancer les services par téléphone, ce qui retarde tout"
ui_keys s Tab
ui_type s "$long"
ui_keys s Enter
ui_type s "ligne deux"
ui_keys s Up End
ui_type s "!"
ui_keys s Down Home
ui_type s ">"
ui_wait s ">ligne deux"

# solution: "cafe" + combining acute, one Backspace takes both
ui_keys s Tab
ui_type s "$(printf 'cafe\314\201')"
ui_keys s BSpace
ui_type s "é au 漢字"
ui_wait s "café au 漢字"

ui_keys s Tab
ui_type s "漢字, essai"
ui_keys s C-s
ui_wait_row s 5 "▸.*XBonjour le éY"

ref=$(ref_of "XBonjour")
cs admin idea show "$ref" >"$T/show" || fail "idea show"
grep -qF "XBonjour le éY" "$T/show" || fail "title: $(cat "$T/show")"
grep -qF "$long!" "$T/show" || fail "problem, first line: $(cat "$T/show")"
grep -qxF "  >ligne deux" "$T/show" || fail "problem, second line: $(cat "$T/show")"
grep -qF "café au 漢字" "$T/show" || fail "solution: $(cat "$T/show")"
grep -qF "$(printf 'e\314\201')" "$T/show" && fail "the combining accent was kept"
grep -qE "漢字, essai|essai, 漢字" "$T/show" || fail "categories: $(cat "$T/show")"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
