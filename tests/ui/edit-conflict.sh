#!/bin/sh
# Two edits of one idea: the edit form is open in the UI while the same
# idea is changed from the command line. Saving in the UI gives a conflict
# message in the status line, nothing is written, and the form still holds
# everything typed; a second Ctrl-S, now explicit, saves over the other
# version.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Titre initial" --problem "Problème initial" \
	--solution "Solution initiale" >/dev/null || fail "idea add"
ref=$(ref_of "Titre initial")

ui_start s mdupont
ui_ready s
ui_wait_row s 5 "▸.*$ref Titre initial"

ui_keys s e
ui_wait_row s 2 "$ref"
ui_wait s "Titre initial"
ui_wait s "Problème initial"
# the cursor is at the end of the title
ui_type s " revu par Marie"
ui_keys s Tab
ui_type s " Détail tapé à l'écran."
ui_wait s "Problème initial Détail tapé à l'écran."

# meanwhile, from the command line
cs mdupont idea edit "$ref" --title "Titre changé ailleurs" >/dev/null ||
	fail "idea edit from the command line"

ui_keys s C-s
# the core's conflict message, shown as an error in the status line
ui_wait_msg s "✗ .*$ref"
# the form is still open with what was typed
ui_wait_row s 2 "$ref"
ui_wait s "Titre initial revu par Marie"
ui_wait s "Problème initial Détail tapé à l'écran."
cs admin idea show "$ref" >"$T/show" || fail "idea show"
grep -qF "Titre changé ailleurs" "$T/show" || fail "the other edit was lost"
grep -qF "revu par Marie" "$T/show" && fail "the conflicting edit was written"

# saving again replaces the other version, knowingly
ui_keys s C-s
ui_wait_row s 5 "▸.*$ref Titre initial revu par Ma"
cs admin idea show "$ref" >"$T/show" || fail "idea show"
grep -qF "Titre initial revu par Marie" "$T/show" || fail "not saved: $(cat "$T/show")"
grep -qF "Détail tapé à l'écran." "$T/show" || fail "problem not saved"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
