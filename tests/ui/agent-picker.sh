#!/bin/sh
# Issue 12 (observed 9): people are named by part of their name, not by
# login. In the Accorderie's exchange form Marie types "elodie": a short
# list under the field offers Élodie Bernard (accents and case ignored),
# Tab chooses her and goes on; the field shows "Élodie Bernard (ebernard)"
# and the exchange is recorded for ebernard. A group session: "mart" lists
# both Martins, Down then Enter chooses the second and stays for the next
# name, "jean" then a click on the match adds Jean; two exchanges are
# recorded. Esc closes the list without leaving the form. Typing a whole
# name without choosing is refused with the agents it resembles.
. "$TESTS_DIR/ui/lib.sh"

define_agent ebernard "Élodie Bernard"
define_agent mhmartin "Marie-Hélène Martin"
cs admin init >/dev/null || fail "init"
for a in ebernard mhmartin jmartin; do
	cs "$a" whoami >/dev/null || fail "$a in the directory"
done

# the field is row 5; its list of matches starts on row 6
listed() { ui_wait_row marie $((5 + $1)) "[^(]  +$2\$"; }
list_closed() { ui_wait_row marie 6 '^ *▸? +(Durée|Time) \([^)]*\) *: *[0-9a-z]* *$'; }

ui_start marie mdupont
ui_ready marie
ui_keys marie F5
ui_wait_re marie '(Solde|Balance) ?: 15 h'

# one agent, found by part of a name, chosen with Tab
ui_keys marie a
ui_wait_re marie "donné|gave time"
ui_keys marie Enter
ui_wait_re marie '(À qui|To whom)'
ui_type marie elodie
listed 1 'Élodie Bernard \(ebernard\)'
ui_keys marie Tab
ui_wait_re marie '(À qui|To whom)[^:]*: +Élodie Bernard \(ebernard\) *$'
list_closed
ui_type marie 1h
ui_keys marie Tab Tab
ui_type marie "Aide au tableur"
ui_keys marie C-s
ui_wait_msg marie "(confirmation par|confirmation by) ebernard"
cs ebernard ledger exchanges --pending | grep -q "(mdupont) *→ Élodie Bernard (ebernard) *1 h " ||
	fail "the exchange is Élodie's to confirm"

# a group session: Down, Enter, then another name
ui_keys marie a
ui_wait_re marie "donné|gave time"
ui_keys marie Enter
ui_wait_re marie '(À qui|To whom)'
ui_type marie mart
listed 1 'Jean Martin \(jmartin\)'
listed 2 'Marie-Hélène Martin \(mhmartin\)'
ui_keys marie Down Enter
ui_wait_re marie '(À qui|To whom)[^:]*: +Marie-Hélène Martin \(mhmartin\), *$'
ui_type marie JEAN
listed 1 'Jean Martin \(jmartin\)'
# a click on a match chooses it, as Enter does
ui_click marie 70 5
ui_wait_re marie 'Martin \(mhmartin\), Jean Martin \(jmartin\), *$'
# Esc closes a list, not the form
ui_type marie ber
listed 1 'Élodie Bernard \(ebernard\)'
ui_keys marie Escape
list_closed
ui_wait_re marie '(À qui|To whom)'
ui_keys marie BSpace BSpace BSpace Tab
ui_type marie 30min
ui_keys marie Tab Tab
ui_type marie "Atelier reliure"
ui_keys marie C-s
ui_wait_msg marie "(Séance de groupe|Group session)"
for a in mhmartin jmartin; do
	cs "$a" ledger exchanges --pending | grep -q "(mdupont) *→ .*($a) *30 min " ||
		fail "the group session is $a's to confirm"
done
[ "$(cs ebernard ledger exchanges | grep -c "(mdupont)")" = 1 ] || fail "Élodie was not in the group"

# a whole name typed, not chosen: refused, the agent named with its login
ui_keys marie a
ui_wait_re marie "donné|gave time"
ui_keys marie j Enter
ui_wait_re marie '(Avec qui|Other agent)'
ui_type marie "Bernard Élodie"
listed 1 'Élodie Bernard \(ebernard\)'
ui_keys marie Escape
list_closed
ui_keys marie Tab
ui_type marie 1h
ui_keys marie Tab Tab
ui_type marie "Sans choisir"
ui_keys marie C-s
ui_wait_msg marie "(agent inconnu|unknown agent).*ebernard \(Élodie Bernard\)"
# back in the field, its matches shown again; Esc closes them, then the form
listed 1 'Élodie Bernard \(ebernard\)'
ui_keys marie Escape
list_closed
ui_keys marie Escape
ui_wait_re marie "(Abandonner|Throw away)"
ui_keys marie o
ui_wait_gone marie "Sans choisir"
[ "$(cs mdupont ledger exchanges | grep -c "(ebernard)")" = 1 ] ||
	fail "the refused form recorded nothing"
exit 0
