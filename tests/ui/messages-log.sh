#!/bin/sh
# messages-log.sh — issue 12, observed 4: a message longer than the status
# line wraps onto the row above it instead of being cut, and is gone at the
# next key as before; Ctrl-P shows every message since the start with its
# time, newest first, wrapped; the help lists its own long lines wrapped,
# never cut. At 80x24, then at 50x20.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs mdupont idea add --title "Navette entre les sites" \
	--problem "Trop de voitures" --solution "Un minibus" >/dev/null ||
	fail "idea add"
ref=$(ref_of "Navette entre")

ui_start s admin
ui_ready s
ui_wait_row s 5 "▸.*$ref"
# a short message first: one row
ui_keys s s
ui_wait_row s 24 "Vous soutenez désormais l'idée $ref"
ui_wait_row s 23 "^ *1/1\$"

# a long one (the kanban's refusal of an evaluation): two rows, all of it
ui_keys s F3
ui_wait_row s 4 "▸$ref"
ui_keys s v
ui_wait_row s 23 "^✗ Seule une idée « En expérimentation » est évaluée ;"
ui_wait_msg s "^✗ Seule une idée « En expérimentation » est évaluée ; $ref est à l'étape « Déposée »\\."
ui_screen s | grep -q "…" && ui_fail s "a message was cut"
# gone at the next key, and the pane's row is back
ui_keys s k
ui_wait_gone s "Seule une idée"
ui_wait_gone s "est à l'étape"

# Ctrl-P: the log, newest first, with the time
ui_keys s C-p
ui_wait s "Messages"
ui_wait_re s "[0-9]+ h [0-9]+ ✗ +Seule une idée « En expérimentation » est"
ui_wait_re s "│ +$ref est à l'étape « Déposée »\\."
ui_wait_re s "[0-9]+ h [0-9]+ +Vous soutenez désormais l'idée $ref\\."
first=$(ui_screen s | grep -n "Seule une idée" | cut -d: -f1)
second=$(ui_screen s | grep -n "Vous soutenez" | cut -d: -f1)
[ "$first" -lt "$second" ] || ui_fail s "the newest message is not first"
ui_keys s Escape
ui_wait_gone s "Vous soutenez"

# the help wraps its long lines (the kanban's H L line is longer than the box)
ui_keys s '?'
ui_wait s "passer la carte à l'étape précédente,"
ui_wait s "facultative)"
ui_screen s | grep "passer la carte" | grep -q "…" && ui_fail s "a help line was cut"
ui_keys s Escape
ui_wait_gone s "passer la carte"

# narrow: 50x20, the same message on two rows, the log and the help wrapped
tm resize-window -t s -x 50 -y 20
ui_wait_row s 20 "(base ok|database ok)$"
ui_wait_row s 4 "▸$ref"
ui_keys s v
ui_wait_row s 19 "^✗ Seule une idée « En expérimentation » est"
ui_wait_row s 20 "^évaluée ; $ref"
ui_keys s k
ui_wait_gone s "Seule une idée"
ui_keys s C-p
ui_wait s "Messages"
ui_wait_re s "│ +[0-9]+ h [0-9]+ ✗ +Seule une idée"
ui_wait s "Déposée »."
ui_keys s Escape
ui_keys s '?'
ui_wait s "passer la carte à"
ui_keys s NPage
ui_wait s "facultative)"
ui_keys s Escape
ui_wait_gone s "facultative)"

ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
