#!/bin/sh
# Issue 12 (deliver 7): co-authors are named with the agent picker in the
# idea form. Jean types part of a name with an accent ("élo"): the list
# offers Élodie Bernard, Enter chooses her and stays for the next name;
# "hélène" then Tab chooses Marie-Hélène Martin. Saved, both are stored
# (the command line's `idea show`) and shown on the idea's detail view.
# Editing the idea shows them in the field; a name typed and not chosen is
# refused with the agents it resembles, the form kept; the field emptied
# removes them.
. "$TESTS_DIR/ui/lib.sh"

define_agent ebernard "Élodie Bernard"
define_agent mhmartin "Marie-Hélène Martin"
cs admin init >/dev/null || fail "init"
for a in ebernard mhmartin jmartin; do
	cs "$a" whoami >/dev/null || fail "$a in the directory"
done

ui_start s jmartin
ui_ready s
ui_keys s a
ui_wait_row s 2 'Nouvelle idée|New idea'
# the key bar follows the view: in a form, "a" is text, not "new idea"
ui_wait_cmd s 5 "the form's key bar" sh -c '! tail -n 1 | grep -qE "a (nouvelle idée|new idea)"'
ui_type s "Covoiturage entre sites"
ui_keys s Tab
ui_type s "Trop de voitures vides"
ui_keys s Tab
ui_type s "Une liste de trajets"
ui_keys s Tab
ui_type s "mobilité"
ui_keys s Tab
ui_wait_re s '(Coauteurs|Co-authors) \([^)]*\) ?: *$'
ui_type s "élo"
# the list opens above the field (the last of the form)
ui_wait_re s ':  +Élodie Bernard \(ebernard\) *$'
ui_keys s Enter
ui_wait_re s '(Coauteurs|Co-authors)[^:]*: +Élodie Bernard \(ebernard\), *$'
ui_type s "hélène"
ui_wait_re s ':  +Marie-Hélène Martin \(mhmartin\) *$'
ui_keys s Tab
ui_wait_re s 'Bernard \(ebernard\), Marie-Hélène Martin \(mhmartin\) *$'
ui_keys s C-s
ui_wait_msg s "(Idée|Idea) CONS-[0-9-]+ (déposée|submitted)"
ref=$(ref_of Covoiturage)
[ -n "$ref" ] || fail "the idea was not stored"
cs jmartin idea show "$ref" >"$T/show.txt" || fail "idea show"
grep -qE '^(Coauteurs|Co-authors) ?: Élodie Bernard, Marie-Hélène Martin$' "$T/show.txt" ||
	fail "co-authors not stored: $(cat "$T/show.txt")"

# the detail view names them
ui_keys s Enter
ui_wait_re s "(Coauteurs|Co-authors) ?: Élodie Bernard, Marie-Hélène Martin"

# edited: the field shows them; a name typed and not chosen is refused
ui_keys s e
ui_wait_row s 2 "(Modifier|Edit)"
ui_wait_re s '(Coauteurs|Co-authors)[^:]*: +Élodie Bernard \(ebernard\), Marie-Hélène'
ui_keys s Tab Tab Tab Tab
ui_keys s C-u
ui_type s "Marie Martin"
ui_wait_re s ':  +Marie-Hélène Martin \(mhmartin\) *$'
ui_keys s Escape   # closes the list of matches, not the form
ui_wait_gone s "(mhmartin)"
ui_keys s C-s
ui_wait_msg s "(inconnu|unknown).*Marie Martin.*mhmartin"
ui_wait_row s 2 "(Modifier|Edit)"
cs jmartin idea show "$ref" | grep -qE 'Élodie Bernard, Marie-Hélène Martin$' ||
	fail "a refused save changed the co-authors"
# emptied: none left
ui_keys s C-u
ui_keys s C-s
ui_wait_msg s "(enregistrée|saved)"
cs jmartin idea show "$ref" | grep -qE '^(Coauteurs|Co-authors)' &&
	fail "the co-authors are still there: $(cs jmartin idea show "$ref")"

ui_keys s q   # the detail view, then the list
ui_wait_re s "1 (idée|idea)"
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status"
echo "ok"
