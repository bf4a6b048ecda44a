#!/bin/sh
# The exchange form reads its day with the core's parser (issue 12): a day
# that is not one is refused with the same message as the command line
# ("« bientôt » n'est pas une date : écrivez 30/11/2026, 30/11, demain ou
# lundi"), the form kept; "hier" is yesterday.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs jmartin ledger balance >/dev/null || fail "Jean's account"

ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?:'
ui_keys marie a
ui_wait_re marie "reçu|received"
ui_keys marie j Enter
ui_wait_re marie "(j'ai reçu du temps|I received time)"
ui_type marie jmartin
ui_keys marie Tab
ui_type marie 1h
ui_keys marie Tab
ui_type marie "bientôt"
ui_keys marie Tab
ui_type marie "Relecture d'un rapport"
ui_keys marie C-s
ui_wait_row marie 24 "« bientôt » n'est pas une date : écrivez 30/11/2026, 30/11, demain ou lundi"
n=$(sqlite3 "$DB" "SELECT count(*) FROM ledger_exchanges WHERE description LIKE 'Relecture%'")
[ "$n" = 0 ] || fail "recorded anyway: $n $(sqlite3 "$DB" "SELECT * FROM ledger_exchanges")"
# the form is still there; the day field has the focus
ui_wait marie "Relecture d'un rapport"
ui_keys marie C-u
ui_type marie "hier"
ui_keys marie C-s
ui_wait_row marie 24 "1 h.*jmartin"
[ "$(sqlite3 "$DB" "SELECT day = date('now', 'localtime', '-1 day') FROM ledger_exchanges WHERE description LIKE 'Relecture%'")" = 1 ] ||
	fail "day stored: $(sqlite3 "$DB" "SELECT * FROM ledger_exchanges")"
