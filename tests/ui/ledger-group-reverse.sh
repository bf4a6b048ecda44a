#!/bin/sh
# A "Partage ma passion" session from the Accorderie pane: Marie records that
# she gave 1 h 30 to Jean and Luc in one form (two logins: a group session,
# one exchange per beneficiary); both confirm; then the admin, from the
# accounts view, opens Marie's statement and reverses Luc's line with a
# reason. Luc's balance is back to 15 h, Marie keeps Jean's 1 h 30, nothing
# was erased and the book holds.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin whoami >/dev/null && cs lgroupe whoami >/dev/null || fail "register"

ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 15 h'
ui_keys marie a
ui_wait_re marie "donné|gave time"
ui_keys marie Enter
ui_wait_re marie '(Enregistrer|Record) '
ui_type marie "jmartin, lgroupe"
ui_keys marie Tab
ui_type marie 1:30
ui_keys marie Tab Tab
ui_type marie "Partage ma passion : la reliure"
ui_keys marie C-s
ui_wait_msg marie "(Séance de groupe|Group session).* 4 .* 5 .*1 h 30"
ui_wait_re marie "(donné à|given to) Jean[^(]*\\(jmartin\\) +1 h 30 +(en attente|awaiting)"
ui_wait_re marie "(donné à|given to) Luc[^(]*\\(lgroupe\\) +1 h 30 +(en attente|awaiting)"
cs jmartin ledger confirm 4 >/dev/null || fail "Jean confirms his line"
cs lgroupe ledger confirm 5 >/dev/null || fail "Luc confirms his line"
ui_keys marie 1
ui_wait_re marie '(Solde|Balance) ?: 18 h *$'

# receiving from two agents is not a group session
ui_keys marie a
ui_wait_re marie "reçu|received"
ui_keys marie j Enter
ui_type marie "jmartin lgroupe"
ui_keys marie Tab
ui_type marie 1h
ui_keys marie Tab Tab
ui_type marie "Deux à la fois"
ui_keys marie C-s
ui_wait_msg marie "(séance de groupe|group session)"
ui_keys marie Escape
ui_wait_re marie "(Abandonner|Throw away)"
ui_keys marie o
ui_wait_re marie '(Solde|Balance) ?: 18 h *$'
cs mdupont ledger exchanges | grep -q "Deux à la fois" && fail "the refused form recorded something"

# the admin reverses Luc's line from Marie's statement (opening the pane
# opens the admin's account: exchange 6; the reversal is 7)
ui_start admin admin
ui_ready admin
ui_keys admin F5 5
ui_wait_re admin 'Marie[^(]*\(mdupont\) +18 h'
ui_keys admin G Enter
ui_wait_re admin '(Solde|Balance) ?: 18 h'
ui_wait_re admin "^(>|▸) .* Luc Groupe +Partage ma passion : la reliure +\\+1:30 +18:00 *\$"
ui_keys admin R
ui_wait_re admin "(Annuler un échange|Reverse an exchange)"
ui_type admin "Séance comptée deux fois"
ui_keys admin Enter
ui_wait_msg admin "5 .*(annulé|reversed).* 7"
ui_wait_re admin '(Solde|Balance) ?: 16 h 30'
ui_wait_re admin "Luc Groupe .*-1:30 +16:30 *\$"

# Marie's own screen follows; the command line agrees
ui_wait_re marie '(Solde|Balance) ?: 16 h 30 *$' 3
cs lgroupe ledger balance | grep -q "15 h" || fail "Luc's balance"
cs jmartin ledger balance | grep -q "13 h 30" || fail "Jean's balance"
cs admin ledger show 5 | grep -qE "(Annulé|Reversed) .* 7" || fail "the reversal is not on the exchange"
cs admin ledger show 7 | grep -q "Séance comptée deux fois" || fail "the reason"
cs admin ledger check >/dev/null || fail "ledger check"

ui_keys marie q
# q leaves Marie's statement for the accounts, then quits
ui_keys admin q
ui_wait_re admin '\[5 [^]]+\]'
ui_keys admin q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit admin)" = 0 ] || ui_fail admin "exit status"
echo "ok"
