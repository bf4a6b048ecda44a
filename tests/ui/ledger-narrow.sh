#!/bin/sh
# The Accorderie pane at 80x24 in monochrome and ASCII (the user's
# configuration), then at 60x16: a facilitator lists every account, opens
# Marie's statement from it and goes back; long texts are cut by columns
# with the ASCII ellipsis, the tabs shrink to their numbers when they do
# not fit. An agent who is not a facilitator has no accounts view.
. "$TESTS_DIR/ui/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/construisons"
printf 'colors = false\nascii_only = true\n' \
	>"$XDG_CONFIG_HOME/construisons/construisons.conf"
cs admin init >/dev/null || fail "init"
cs jmartin ledger balance >/dev/null || fail "Jean's account"
cs mdupont ledger record --to jmartin 1h15 \
	--description "Mise en page d'un très long rapport annuel de la direction" \
	>/dev/null || fail "record"
cs jmartin ledger confirm \
	"$(cs jmartin ledger exchanges --pending | grep -o '[0-9][0-9]*' | head -n 1)" \
	>/dev/null || fail "confirm"

# Marie: four views, "5" does nothing
ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 16 h 15'
ui_wait_row marie 2 '^\[1 [^]]+\] +2 [^ ].* 4 [^ ]'
ui_keys marie 5
ui_keys marie 2
ui_wait_row marie 2 '^ 1 [^[]+\[2 '
ui_row_has_5() { sed -n 2p | grep -q ' 5 '; }
ui_screen marie | ui_row_has_5 && ui_fail marie "a tab of accounts for an agent"
ui_keys marie q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"

# Luc, a facilitator (group animation)
ui_start luc lgroupe
ui_ready luc
ui_keys luc F5
ui_wait_re luc '(Solde|Balance) ?: 15 h'
ui_keys luc 5
ui_wait_row luc 2 '\[5 [^]]+\]'
ui_wait_re luc '^> Accorderie +-45 h +3 +0 *$'
ui_wait_re luc '^  Jean Martin \(jmartin\) +13 h 45 +2 +0 *$'
ui_wait_re luc '^  Marie Dupont \(mdupont\) +16 h 15 +2 +0 *$'
# monochrome: no colour in what is drawn
if tm capture-pane -e -p -t luc | grep -qE '\[(3[0-7]|4[0-7]|38;|48;)'; then
	ui_fail luc "colours on a monochrome screen"
fi
ui_keys luc G Enter
ui_wait_re luc 'Marie Dupont \(mdupont\)'
ui_wait_row luc 2 '^\[1 '
ui_wait_re luc '(Solde|Balance) ?: 16 h 15'
ui_wait_re luc "^> .* Jean Martin +Mise en page d'un tr[eè]s long [^ ]*~ +\\+1:15 +16:15 *\$"
ui_wait_re luc "Accorderie .*\\+15:00 +15:00 *\$"

# 60x16: the same statement, the tabs as numbers
tm resize-window -t luc -x 60 -y 16
ui_wait_row luc 2 '^\[1 [^]]+\] +2 +3 +4 +5 *$'
ui_wait_row luc 3 '(Solde|Balance) ?: 16 h 15'
ui_wait_re luc "Jean Martin .*~ +\\+1:15 +16:15 *\$"
ui_keys luc q
ui_wait_row luc 2 '^ 1 +2 +3 +4 +\[5 [^]]+\] *$'
ui_wait_re luc '^> Marie Dupont \(mdupont\) +16 h 15 '
tm resize-window -t luc -x 80 -y 24
ui_wait_row luc 2 '^ 1 [^ ].* 4 [^ ].*\[5 '
ui_wait_re luc '^> Marie Dupont \(mdupont\) +16 h 15 +2 +0 *$'

ui_keys luc q
[ "$(ui_wait_exit luc)" = 0 ] || ui_fail luc "exit status"
echo "ok"
