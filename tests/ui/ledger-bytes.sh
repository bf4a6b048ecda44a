#!/bin/sh
# Moving the cursor in the Accorderie statement writes at most 240 bytes to
# the terminal: the two lines that change and the footer, never the whole
# statement (style.md: moving a cursor repaints two rows). Measured with
# tmux pipe-pane -O, like bytes-per-move.sh for the idea list.
. "$TESTS_DIR/ui/lib.sh"

BUDGET=240

cs admin init >/dev/null || fail "init"
for who in jmartin lgroupe comite anim; do
	cs "$who" whoami >/dev/null || fail "register $who"
done
for who in jmartin lgroupe comite anim; do
	id=$(cs mdupont ledger record --to "$who" 45min --description "Aide à $who" | \
		sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p')
	cs "$who" ledger confirm "$id" >/dev/null || fail "confirm $id"
done

ui_start s mdupont
ui_ready s
ui_keys s F5
ui_wait_re s '(Solde|Balance) ?: 18 h *$'
ui_wait_re s "^(>|▸) .*Aide à anim"
ui_count_bytes s
settle
# the line under the cursor: its description
on() { ui_wait_re s "^(>|▸) .*$1"; }
for step in "j comite" "j lgroupe" "k comite" "Down lgroupe" "Down jmartin" "Up lgroupe"; do
	set -- $step
	ui_budget_move s "$1" "$BUDGET" on "Aide à $2"
done
ui_budget_report "$BUDGET"

tm pipe-pane -t s
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
