#!/bin/sh
# Issue 10: the "Rapports" pane. F6 lists the reports a facilitator may
# run; Enter on the dashboard opens the form of its period; a period that
# ends before it starts is refused in the status line; the preview shows
# the very lines of `report dashboard` (the same numbers); S saves the CSV
# under the home by default (read back: the same cells as the command
# line's CSV); saving again asks before replacing the file, and "keep it"
# leaves it untouched; a symbolic link and a missing directory are refused. An agent sees only the
# reports an agent may run, and another agent's statement is refused.
. "$TESTS_DIR/ui/lib.sh"

cs admin init --demo >/dev/null || fail "init"
year=$(date +%Y)

ui_start s anim
ui_ready s
ui_wait_row s 1 "F6 Rapports"
ui_keys s F6
ui_wait_row s 2 "Rapports"
ui_wait s "Tableau de bord du programme"
ui_wait s "Journal de l'Accorderie"
ui_wait_re s "▸ *Tableau de bord"

# the form: the period, the dashboard's direction filter
ui_keys s Enter
ui_wait_row s 2 "Tableau de bord du programme"
ui_wait s "Du (30/11/2026, lundi…) :"
ui_wait s "Direction (vide : toutes) :"
# the key bar follows the view: the list's Enter is no key of the form
ui_wait_row s 24 "F1 aide"

# a period that ends before it starts: refused, the form stays
ui_keys s C-a C-k
ui_type s "31/12/$year"
ui_keys s Tab C-a C-k
ui_type s "01/01/$year"
ui_keys s C-s
ui_wait_msg s "la période finit \(01/01/$year\) avant de commencer \(31/12/$year\)"
ui_wait s "Du (30/11/2026, lundi…) :"
# a date that is not one: the core's message
ui_keys s C-a C-k
ui_type s "32/13"
ui_keys s C-s
ui_wait_msg s "32/13"

# the whole year: the preview, the lines of the text format
ui_keys s C-a C-k
ui_type s "31/12/$year"
ui_keys s BTab C-a C-k
ui_type s "01/01/$year"
ui_keys s C-s
ui_wait_row s 2 "Tableau de bord du programme +q : retour"
cs anim report dashboard --since "01/01/$year" --until "31/12/$year" >"$T/dash.txt" ||
	fail "report dashboard"
total=$(grep -m1 '^Total  ' "$T/dash.txt")
[ -n "$total" ] || fail "no Total line in the text report"
ui_wait s "Département de l'Isère — Construisons !"
ui_wait s "Période : du 01/01/$year au 31/12/$year"
ui_wait_row s 24 "I imprimer"
ui_wait s "$(grep -m1 '^Déposée  ' "$T/dash.txt")"
# search and scroll: the totals and the directions' table are further down
ui_keys s /
ui_type s "total"
ui_keys s Enter
ui_wait s "$total"
ui_keys s / C-a C-k
ui_type s "par direction"
ui_keys s Enter
ui_wait_msg s "ligne 39 sur"
ui_keys s PgDn
ui_wait s "$(grep -m1 '^Direction des solidarités  ' "$T/dash.txt")"

# S: save as CSV under the home by default (one file per table)
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Down Enter
ui_wait s "Enregistrer en CSV"
ui_wait s "Fichier : ~/rapport-tableau-de-bord-du-programme-${year}.csv"
ui_keys s Enter
ui_wait_msg s "tableaux enregistrés"
base="$T/rapport-tableau-de-bord-du-programme-${year}"
cs anim report dashboard --since "01/01/$year" --until "31/12/$year" --format csv \
	--output "$T/cli.csv" >/dev/null || fail "report --format csv"
n=0
for f in "$T"/cli-*.csv; do
	name=${f#"$T"/cli-}
	[ -f "$base-$name" ] || fail "no $base-$name"
	python3 - "$f" "$base-$name" <<'PY' || fail "CSV $name differs from the command line's"
import csv, sys
def cells(p):
    with open(p, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))
a, b = cells(sys.argv[1]), cells(sys.argv[2])
sys.exit(0 if a == b and len(a) >= 1 else 1)
PY
	n=$((n + 1))
done
[ "$n" -ge 2 ] || fail "the command line wrote $n tables"
grep -q "^Direction des solidarités;3;3" "$base-par-direction.csv" || fail "directions.csv lacks its numbers"
head -c 3 "$base-par-etape.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "no byte order mark"

# again: the files exist, so it asks; "keep it" leaves them as they were
cp "$base-par-etape.csv" "$T/before.csv"
printf 'mine\n' >"$base-par-etape.csv"
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Down Enter
ui_wait s "Enregistrer en CSV"
ui_keys s Enter
ui_wait s "existent déjà. Les remplacer ?"
ui_keys s Escape
ui_wait_msg s "Rien n'a été enregistré"
[ "$(cat "$base-par-etape.csv")" = mine ] || fail "the file was replaced without asking"
# ... and "replace" replaces them
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Down Enter
ui_wait s "Enregistrer en CSV"
ui_keys s Enter
ui_wait s "existent déjà. Les remplacer ?"
ui_keys s o
ui_wait_msg s "tableaux enregistrés"
cmp -s "$base-par-etape.csv" "$T/before.csv" || fail "the file was not replaced"

# a PDF over a symbolic link: refused, the link's target untouched
printf 'target\n' >"$T/target"
ln -s "$T/target" "$T/lien.pdf"
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Enter
ui_wait s "Enregistrer en PDF"
ui_keys s C-a C-k
ui_type s "lien.pdf"
ui_keys s Enter
ui_wait s "Le remplacer ?"
ui_keys s o
ui_wait_msg s "lien.pdf"
[ "$(cat "$T/target")" = target ] || fail "written through a symbolic link"
# a directory that does not exist: said, nothing made
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Enter
ui_wait s "Enregistrer en PDF"
ui_keys s C-a C-k
ui_type s "nulle-part/bord.pdf"
ui_keys s Enter
ui_wait_msg s "impossible de créer $T/nulle-part/bord.pdf : son répertoire n.existe pas"
[ ! -e "$T/nulle-part" ] || fail "a directory was made"
# ... and a new PDF under the home
ui_keys s S
ui_wait s "Enregistrer le rapport"
ui_keys s Enter
ui_wait s "Enregistrer en PDF"
ui_keys s C-a C-k
ui_type s "bord.pdf"
ui_keys s Enter
ui_wait_msg s "Rapport enregistré : $T/bord.pdf \([0-9]+ pages?\)"
head -c 5 "$T/bord.pdf" | grep -q "%PDF-" || fail "bord.pdf is not a PDF"

# r: built again, the preview stays
ui_keys s r
ui_wait_row s 2 "Tableau de bord du programme +q : retour"
ui_wait s "Période : du 01/01/$year au 31/12/$year"
# Esc: back to the list
ui_keys s Escape
ui_wait_re s "▸ *Tableau de bord"
ui_keys s q
[ "$(ui_wait_exit s)" = 0 ] || ui_fail s "exit status $(cat "$T/s.exit")"

# an agent: the idea sheet and the statement only; another's statement refused
ui_start m mdupont
ui_ready m
ui_keys m F6
ui_wait m "Relevé de l'Accorderie"
ui_screen m | grep -q "Tableau de bord" && ui_fail m "an agent is offered the dashboard"
ui_keys m j Enter
ui_wait m "Agent (vide : vous) :"
ui_keys m Tab Tab
ui_type m "jmartin"
ui_keys m C-s
ui_wait_msg m "un agent n.imprime que son propre relevé"
ui_wait m "Agent (vide : vous) :"
# emptied: her own
ui_keys m C-a C-k C-s
ui_wait_row m 2 "Relevé de l'Accorderie"
ui_wait m "Marie Dupont"
ui_keys m q q
[ "$(ui_wait_exit m)" = 0 ] || ui_fail m "exit status $(cat "$T/m.exit")"
echo "ok"
