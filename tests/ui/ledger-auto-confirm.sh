#!/bin/sh
# Time alone changes the Accorderie pane: Jean leaves it open on his
# exchanges, with a proposal of Marie's awaiting him; nobody touches
# anything; once ledger_confirm_days have passed, the pane reads again by
# itself (once a minute), the proposal has confirmed itself and Jean's
# balance shows it. Jean's clock is moved 8 days on (libfaketime reading
# its offset from a file); the database does not change meanwhile.
. "$TESTS_DIR/ui/lib.sh"

FAKETIME_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$FAKETIME_LIB" ] || { echo "faketime is missing (apt-get install faketime)" >&2; exit 99; }

cs admin init >/dev/null || fail "init"
cs jmartin whoami >/dev/null || fail "register"
cs mdupont ledger record --to jmartin 1h --description "Un tableau croisé" >/dev/null \
	|| fail "Marie records"

echo "+0" >"$T/clock"
UI_PRELUDE="export LD_PRELOAD=\"\$LD_PRELOAD $FAKETIME_LIB\" FAKETIME_TIMESTAMP_FILE='$T/clock' FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1"
ui_start jean jmartin
ui_ready jean
ui_keys jean F5
ui_wait_re jean '(Solde|Balance) ?: 15 h +(en attente|pending)'
ui_keys jean 3
ui_wait_re jean "(reçu de|received from) Marie[^(]*\\(mdupont\\) +1 h +(à confirmer|to confirm)"
# a week and a day later, with no key pressed and no change in the base
echo "+8d" >"$T/clock"
# The pane reads again at its first poll after the jump (more than a
# minute has passed by the faked clock; refresh_interval is 1 s): wait for
# that state, bounded well inside the test's timeout (the 90 s wait could
# outlast the 60 s timeout on a loaded machine: the test was killed).
ui_wait_re jean "(reçu de|received from) Marie[^(]*\\(mdupont\\) +1 h +(confirmé|confirmed)" 30
ui_keys jean 1
ui_wait_re jean '(Solde|Balance) ?: 14 h *$'
cs mdupont ledger balance | grep -q "16 h" || fail "Marie's balance"
sqlite3 "$DB" "SELECT auto_confirmed FROM ledger_exchanges WHERE kind = 'echange'" | grep -qx 1 \
	|| fail "not confirmed automatically"
cs admin ledger check >/dev/null || fail "ledger check"
ui_keys jean q
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"
echo "ok"
