#!/bin/sh
# The core's refusals reach the status line, and nothing is lost. With an
# opening credit of 1 h and a floor of -30 min: Marie records that Jean gave
# her 2 h — refused (her balance would fall below the floor), the form
# stays with what she typed; 1 h 15 passes. Paul's proposal of 1 h 15 to
# her passed too while Jean's was not confirmed; once Jean confirms his,
# Paul's confirmation is refused with the reason naming Marie's balance,
# and the exchange still waits. Marie then refuses it with a reason, which
# Paul reads in his session; she cannot confirm her own proposal.
. "$TESTS_DIR/ui/lib.sh"

cat >>"$CONSTRUISONS_CONFIG" <<'CONF'
ledger_opening_credit = "1h"
ledger_floor = "-30min"
CONF
cs admin init >/dev/null || fail "init"
# Jean and Paul have used the program (their accounts are open)
cs jmartin ledger balance >/dev/null || fail "Jean's account"
cs comite ledger balance >/dev/null || fail "Paul's account"

ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 1 h'

ui_keys marie a
ui_wait_re marie "reçu|received"
ui_keys marie j Enter
ui_wait_re marie "(j'ai reçu du temps|I received time)"
ui_type marie jmartin
ui_keys marie Tab
ui_type marie 2h
ui_keys marie Tab Tab
ui_type marie "Traduction d'un courrier en espagnol"
ui_keys marie C-s
ui_wait_row marie 24 "Marie Dupont.*-1 h.*-30 min"
# the form is still there, with what was typed
ui_wait_re marie ": +Jean Martin \\(jmartin\\)"
ui_wait_re marie ": +2h"
ui_wait marie "Traduction d'un courrier en espagnol"
ui_keys marie BTab BTab BSpace BSpace
ui_type marie "1h15"
ui_keys marie C-s
ui_wait_row marie 24 "1 h 15.*jmartin"
ui_wait_re marie "(reçu de|received from) Jean[^(]*\\(jmartin\\) +1 h 15"

# Paul's proposal passes: Jean's is not counted yet
cs comite ledger record --to mdupont 1h15 --description "Relecture" >/dev/null \
	|| fail "Paul's proposal"
paul=$(cs comite ledger exchanges --pending | grep -o '[0-9][0-9]*' | head -n 1)
[ -n "$paul" ] || fail "Paul's exchange number"
cs jmartin ledger confirm \
	"$(cs jmartin ledger exchanges --pending | grep -o '[0-9][0-9]*' | head -n 1)" \
	>/dev/null || fail "Jean confirms"
ui_wait_re marie '(reçu de|received from) Jean[^(]*\(jmartin\) +1 h 15 +(confirmé|confirmed)' 3

# Marie cannot confirm what she recorded herself: a question of roles
ui_keys marie 3
ui_wait_re marie "(reçu de|received from) Paul[^(]*\\(comite\\) +1 h 15 +(à confirmer|to confirm)"
ui_keys marie j
ui_wait_re marie "▸ .*(reçu de|received from) Jean[^(]*\\(jmartin\\)"
ui_keys marie c
ui_wait_row marie 24 "(déjà|already)"
ui_keys marie g c
ui_wait_re marie "(Confirmer|Confirm) "
ui_keys marie o
ui_wait_row marie 24 "Marie Dupont.*-1 h 30.*-30 min"
ui_wait_re marie "(reçu de|received from) Paul[^(]*\\(comite\\) +1 h 15 +(à confirmer|to confirm)"

# Marie refuses it, with a reason; Paul, in his session, reads it
ui_start paul comite
ui_ready paul
ui_keys paul F5 3
ui_wait_re paul "(donné à|given to) Marie[^(]*\\(mdupont\\) +1 h 15 +(en attente|awaiting)"
ui_keys marie d
ui_wait_re marie "(Refuser|Refuse) "
ui_type marie "Déjà compté en octobre"
ui_keys marie Enter
ui_wait_row marie 24 "$paul .*(refusé|refused)"
ui_wait_re marie "(reçu de|received from) Paul[^(]*\\(comite\\) +1 h 15 +(refusé|refused)"
ui_wait_re paul "(donné à|given to) Marie[^(]*\\(mdupont\\) +1 h 15 +(refusé|refused)" 3
ui_keys paul Enter
ui_wait paul "Déjà compté en octobre"
ui_keys paul Escape
cs mdupont ledger balance | grep -q -- "-15 min" || fail "Marie's balance"
cs admin ledger check >/dev/null || fail "ledger check"

ui_keys marie q
ui_keys paul q
[ "$(ui_wait_exit marie)" = 0 ] || ui_fail marie "exit status"
[ "$(ui_wait_exit paul)" = 0 ] || ui_fail paul "exit status"
echo "ok"
