#!/bin/sh
# Issue 6: Marie records in the Accorderie pane that she gave 1 h 15 to
# Jean; Jean, in his own session, sees it awaiting his answer within 3 s
# without a key press, confirms it; both balances change (opening credit
# 15 h: Marie 16 h 15, Jean 13 h 45) and Marie's screen shows it within
# 3 s, also without a key press. The command line agrees.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"

ui_start marie mdupont
ui_start jean jmartin
ui_ready marie
ui_ready jean

# F5: the pane opens the account with the opening credit
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 15 h'
ui_wait_re marie 'Accorderie .*\+15:00 +15:00'
ui_keys jean F5
ui_wait_re jean '(Solde|Balance) ?: 15 h'

# e: record; "I gave time"; the form
ui_keys marie a
ui_wait_re marie "donné|gave time"
ui_keys marie Enter
ui_wait_re marie '(Enregistrer|Record) '
ui_type marie jmartin
ui_keys marie Tab
ui_type marie 1h15
# the time as it will count, while typing
ui_wait_re marie '(Durée retenue|Time counted) ?: 1 h 15'
ui_keys marie Tab Tab
ui_type marie "Mise en page d'un rapport, réglée"
ui_keys marie C-s
ui_wait_row marie 24 "1 h 15.*jmartin"
# her exchanges: the proposal, awaiting Jean
ui_wait_re marie '\[3 [^]]*\]'
ui_wait_re marie "(donné à|given to) Jean[^(]*\\(jmartin\\) +1 h 15 +(en attente|awaiting)"
# her account: not counted yet, but shown as pending
ui_keys marie 1
ui_wait_re marie '(Solde|Balance) ?: 15 h +(en attente|pending) ?: \+1 h 15 '

# Jean's tab says one exchange awaits him, with no key pressed
ui_wait_re jean '3 [^ ]+ \(1\)' 3
ui_wait_re jean "1 (échange attend|exchange awaits)" 3
ui_keys jean 3
ui_wait_re jean "(reçu de|received from) Marie[^(]*\\(mdupont\\) +1 h 15 +(à confirmer|to confirm)"
ui_keys jean c
ui_wait_re jean "Mise en page d'un rapport, réglée"
ui_keys jean o
ui_wait_row jean 24 "3 .*(confirmé|confirmed)"
ui_wait_re jean "(reçu de|received from) Marie[^(]*\\(mdupont\\) +1 h 15 +(confirmé|confirmed)"
ui_keys jean 1
ui_wait_re jean '(Solde|Balance) ?: 13 h 45'
ui_wait_re jean 'Marie Dupont .*-1:15 +13:45'

# Marie's screen: her balance went up, without a key press
ui_wait_re marie '(Solde|Balance) ?: 16 h 15 *$' 3
ui_wait_re marie 'Jean Martin .*\+1:15 +16:15'

# the command line agrees
cs mdupont ledger balance | grep -q "16 h 15" || fail "Marie's balance"
cs jmartin ledger balance | grep -q "13 h 45" || fail "Jean's balance"
cs admin ledger check >/dev/null || fail "ledger check"

ui_keys marie q
ui_keys jean q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
