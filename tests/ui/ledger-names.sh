#!/bin/sh
# issue 13: display-name spoofing in the Accorderie pane. Two agents are
# both "Alice Agent" and a third's GECOS is "Accorderie" (the pool's name);
# each proposes an exchange to Jean. In Jean's exchanges, where he
# confirms and refuses, each one is shown with their login, and the refusal
# dialog names the other party with their login too. His statement shows
# the pool's opening credit as the bare "Accorderie" only. A facilitator
# acting for one of the two Alices (--pour) reads which one in the status
# line.
# $1: a locale to run under (meson runs it again under fr_FR.UTF-8)
[ $# -gt 0 ] && CONSTRUISONS_TEST_LOCALE=$1 && export CONSTRUISONS_TEST_LOCALE
. "$TESTS_DIR/ui/lib.sh"

define_agent alice "Alice Agent"
define_agent alice2 "Alice Agent"
define_agent eve "Accorderie"
cs admin init >/dev/null || fail "init"
cs jmartin ledger balance >/dev/null || fail "Jean's account"
cs alice ledger record --to jmartin 1h --description "Aide au tableur" >/dev/null \
	|| fail "alice's proposal"
cs alice2 ledger record --to jmartin 2h --description "Aide au tableur" >/dev/null \
	|| fail "alice2's proposal"
cs eve ledger record --to jmartin 3h --description "Crédit d'ouverture" >/dev/null \
	|| fail "eve's proposal"

ui_start jean jmartin
ui_ready jean
ui_keys jean F5
ui_wait_re jean '(Solde|Balance) ?: 15 h'
# the statement: the opening credit is the pool's, and only it is bare
ui_wait_re jean "Accorderie +(Crédit d'ouverture|Opening credit)"
ui_keys jean 3
ui_wait_re jean "(reçu de|received from) Alice[^(]*\(alice\) +1 h +(à confirmer|to confirm)"
ui_wait_re jean "(reçu de|received from) Alice[^(]*\(alice2\) +2 h +(à confirmer|to confirm)"
ui_wait_re jean "(reçu de|received from) Accorderie \(eve\) +3 h +(à confirmer|to confirm)"
# refusing alice2's (the second row, newest first): the dialog says whose
ui_wait_re jean "▸ .*\(eve\)"
ui_keys jean j
ui_wait_re jean "▸ .*Alice[^(]*\(alice2\)"
ui_keys jean d
ui_wait_re jean "(avec|with) Alice Agent \(alice2\)"
ui_keys jean Escape
ui_keys jean q
[ "$(ui_wait_exit jean)" = 0 ] || ui_fail jean "exit status"

# assisted mode: the facilitator sees for which Alice Agent she acts
ui_start sophie anim --pour alice2
ui_ready sophie
ui_wait_row sophie 24 "(pour|for) Alice Agent \\(alice2\\) "
ui_keys sophie q
[ "$(ui_wait_exit sophie)" = 0 ] || ui_fail sophie "exit status"
echo "ok"
