#!/bin/bash
# pdf-checks.sh PDF_SAMPLE — the PDF of reports, checked with qpdf and
# poppler-utils: structure (qpdf --check), A4 pages (one landscape where a
# table asks for it), the page count printed in every foot ("page n / N"),
# every font embedded, the département's heading, title and period on every
# page, the report's numbers in the text; a long table broken across pages
# with its title and header row repeated on each; words too long and
# control characters that never leave the page (every word's box inside
# it). First on a description built by pdf_sample, then on the program's
# own reports: the dashboard of the demo and a 600-movement statement.
set -u
sample=${1:?usage: pdf-checks.sh PDF_SAMPLE}
. "$TESTS_DIR/lib/common.sh"
for tool in qpdf pdfinfo pdffonts pdftotext python3 sqlite3; do
	command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool is missing"; exit 77; }
done
export CONSTRUISONS_LOCALEDIR

n=0 failed=0
check() {	# check DESCRIPTION COMMAND...
	n=$((n + 1))
	if "${@:2}"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
qpdf_ok() { qpdf --check "$1" >/dev/null; }
# every page of $1 has its foot "page i / N", the heading and the title $2
frames_ok() {
	local f=$1 title=$2 np i txt
	np=$(pages_of "$f")
	for i in $(seq 1 "$np"); do
		txt=$(pdftotext -layout -f "$i" -l "$i" "$f" -)
		grep -q "page $i / $np" <<<"$txt" || { echo "# page $i: no 'page $i / $np'"; return 1; }
		grep -q "Département de l'Isère" <<<"$txt" || { echo "# page $i: no heading"; return 1; }
		grep -qF "$title" <<<"$txt" || { echo "# page $i: no title"; return 1; }
		grep -q "imprimé le " <<<"$txt" || { echo "# page $i: no printing date"; return 1; }
	done
}
fonts_embedded() {
	pdffonts "$1" | awk 'NR > 2 { total++; if ($(NF-4) != "yes") bad++ }
		END { if (total == 0 || bad > 0) { print "# fonts: " total ", not embedded: " bad; exit 1 } }'
}
all_a4() {
	pdfinfo -f 1 -l "$(pages_of "$1")" "$1" | grep '^Page .* size:' | grep -v '(A4)' | grep -q . && return 1
	return 0
}
# Every word box of every page inside the page's margins (pdftotext -bbox).
inside_pages() {
	pdftotext -bbox "$1" "$T/bbox.html" && python3 - "$T/bbox.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
    w, h = float(page.group(1)), float(page.group(2))
    for m in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">', page.group(3)):
        x0, y0, x1, y1 = map(float, m.groups())
        if x0 < 30 or y0 < 30 or x1 > w - 30 or y1 > h - 30:
            bad += 1
print("# words outside the margins:", bad)
sys.exit(1 if bad else 0)
PY
}
# the number of pages whose text matches $2
pages_matching() {
	local f=$1 pat=$2 c=0 i
	for i in $(seq 1 "$(pages_of "$f")"); do
		pdftotext -layout -f "$i" -l "$i" "$f" - | grep -Eq "$pat" && c=$((c + 1))
	done
	echo "$c"
}

# 1. A description built directly: 600 rows, charts, boxes, a landscape table.
np=$("$sample" "$T/sample.pdf" 600)
check "pdf_sample wrote a PDF" test -s "$T/sample.pdf"
check "qpdf --check passes" qpdf_ok "$T/sample.pdf"
check "as many pages as the renderer counted ($np)" test "$(pages_of "$T/sample.pdf")" = "$np"
check "every page A4" all_a4 "$T/sample.pdf"
check "one landscape page (the wide table)" \
	test "$(pdfinfo -f 1 -l "$np" "$T/sample.pdf" | grep -c '841.89 x 595.276 pts (A4)')" = 1
check "every font embedded" fonts_embedded "$T/sample.pdf"
check "every page framed: heading, title, date of printing, page n / N" \
	frames_ok "$T/sample.pdf" "Relevé de l'Accorderie — essai"
pdftotext -layout "$T/sample.pdf" "$T/sample.txt"
check "the period on the pages" grep -q "du 01/11/2026 au 30/11/2026" "$T/sample.txt"
check "the numbers: last row, closing balance, signed hours" \
	bash -c "grep -q 'Échange n° 600 : aide bureautique' '$T/sample.txt' \
	         && grep -q '164 h 45' '$T/sample.txt' && grep -q '+205 h 45' '$T/sample.txt'"
rows_pages=$(pages_matching "$T/sample.pdf" 'Échange n° [0-9]+ : aide')
head_pages=$(pages_matching "$T/sample.pdf" 'Date +Échange +Avec +Durée +Solde')
check "the long table spans pages ($rows_pages) with its header on each ($head_pages)" \
	test "$rows_pages" -ge 5 -a "$rows_pages" = "$head_pages"
check "... and its title, continued" \
	test "$(pages_matching "$T/sample.pdf" 'Mouvements de la période \(suite\)')" = $((rows_pages - 1))
check "control characters never reach the PDF, the text around them does" \
	bash -c "! grep -q \$'[\x01-\x08\x0b\x0e-\x1f\x7f]' '$T/sample.txt' && grep -q 'rouge' '$T/sample.txt'"
check "no word leaves the page (a 3,000-letter word, a wide table)" inside_pages "$T/sample.pdf"
check "the charts and the heat map are there" \
	bash -c "grep -q 'Idées par étape (idées)' '$T/sample.txt' && grep -q 'Dépôts par mois' '$T/sample.txt' \
	         && grep -q 'Occupation par étage et par jour' '$T/sample.txt' && grep -q 'En expérimentation' '$T/sample.txt'"

# 2. The program's dashboard on the demo, and its numbers as in the text.
cs admin init --demo >/dev/null
cs anim report dashboard --since 01/01/2026 --format pdf --output "$T/bord.pdf" >"$T/out" 2>&1
check "report dashboard --format pdf writes the file" grep -q "Rapport écrit : $T/bord.pdf" "$T/out"
check "dashboard: qpdf --check passes" qpdf_ok "$T/bord.pdf"
check "dashboard: A4, fonts embedded" bash -c "$(declare -f pages_of all_a4 fonts_embedded); all_a4 '$T/bord.pdf' && fonts_embedded '$T/bord.pdf'"
check "dashboard: every page framed" frames_ok "$T/bord.pdf" "Tableau de bord du programme"
cs anim report dashboard --since 01/01/2026 >"$T/bord.txt"
pdftotext -layout "$T/bord.pdf" - | tr -s ' ' >"$T/bord-pdf.txt"
total=$(sed -n 's/^ *Total *\([0-9][0-9]*\) *$/\1/p' "$T/bord.txt" | head -n 1)
check "dashboard: the total of ideas per stage as in the text ($total)" \
	grep -q "^Total $total\$" "$T/bord-pdf.txt"
check "dashboard: the charts' titles" grep -q "Idées par étape (idées)" "$T/bord-pdf.txt"

# 3. A 600-movement statement: 13 pages or so, the header on each.
rm -f "$DB"
cs admin init >/dev/null
sqlite3 "$DB" <"$TESTS_DIR/pdf/ledger-600.sql"
cs anim report statement mdupont --since 01/01/2026 --until 30/11/2026 --format pdf \
	--output "$T/releve.pdf" >"$T/out" 2>&1
cat "$T/out" | sed 's/^/# /'
check "statement: qpdf --check passes" qpdf_ok "$T/releve.pdf"
check "statement: every page framed" frames_ok "$T/releve.pdf" "Relevé de l'Accorderie"
rows_pages=$(pages_matching "$T/releve.pdf" 'Jean Martin +(Initiation|Aide|Conversation)')
head_pages=$(pages_matching "$T/releve.pdf" 'Compté le +N° +Avec +Description')
check "statement: 600 movements over $rows_pages pages, the header on each ($head_pages)" \
	test "$rows_pages" -ge 8 -a "$rows_pages" = "$head_pages"
pdftotext -layout "$T/releve.pdf" - | tr -s ' ' >"$T/releve.txt"
check "statement: the first and the last movement" \
	bash -c "grep -q 'Crédit d.ouverture' '$T/releve.txt' && grep -q 'Aide à la rédaction d.un courrier n° 598' '$T/releve.txt' \
	         && grep -q 'Conversation en espagnol n° 599' '$T/releve.txt'"
check "statement: no word leaves the page" inside_pages "$T/releve.pdf"

# 4. A 150-idea committee agenda: the table of the ideas breaks across
# pages with its header repeated, then one block per idea, each page framed.
sqlite3 "$DB" <<'SQL'
BEGIN;
INSERT INTO agents(login, name, direction, created_at)
VALUES ('auteur', 'Anne Auteure', 'Direction des mobilités', '2026-01-01T08:00:00Z');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO ideas(ref, title, problem, solution, author_id, direction, stage, created_at,
                  updated_at, stage_changed_at)
SELECT printf('CONS-2026-9%03d', i), 'Idée pour le comité n° ' || i, 'Un problème ' || i,
       'Une solution ' || i, (SELECT id FROM agents WHERE login = 'auteur'),
       'Direction des mobilités', 'comite', '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z',
       printf('2026-10-01T08:%02d:%02dZ', i / 60, i % 60)
  FROM n;
COMMIT;
SQL
cs anim report agenda --since 01/11/2026 --until 30/11/2026 --format pdf \
	--output "$T/agenda.pdf" >"$T/out" 2>&1
check "agenda of 150 ideas: written" grep -q "Rapport écrit : $T/agenda.pdf" "$T/out"
check "agenda: qpdf --check passes" qpdf_ok "$T/agenda.pdf"
check "agenda: more than 150 pages (the list, then a block per idea): $(pages_of "$T/agenda.pdf")" \
	test "$(pages_of "$T/agenda.pdf")" -gt 150
check "agenda: A4, fonts embedded" bash -c "$(declare -f pages_of all_a4 fonts_embedded); all_a4 '$T/agenda.pdf' && fonts_embedded '$T/agenda.pdf'"
check "agenda: every page framed (heading, title, date, page n / N)" \
	frames_ok "$T/agenda.pdf" "Ordre du jour du comité"
rows_pages=$(pages_matching "$T/agenda.pdf" 'CONS-2026-9[0-9]{3} +Idée pour le comité n° [0-9]+ ')
head_pages=$(pages_matching "$T/agenda.pdf" 'N° +Référence +Titre +Direction +Soutiens')
check "agenda: the list spans $rows_pages pages, its header on each ($head_pages)" \
	test "$rows_pages" -ge 2 -a "$rows_pages" = "$head_pages"
pdftotext -layout "$T/agenda.pdf" - | tr -s ' ' >"$T/agenda.txt"
check "agenda: the first and the 150th idea, listed and in their block" \
	bash -c "grep -q '^ *1 CONS-2026-9001 Idée pour le comité n° 1 ' '$T/agenda.txt' \
	         && grep -q '^ *150 CONS-2026-9150 Idée pour le comité n° 150 ' '$T/agenda.txt' \
	         && grep -q '150. CONS-2026-9150 — Idée pour le comité n° 150' '$T/agenda.txt'"
check "agenda: no word leaves the page" inside_pages "$T/agenda.pdf"

echo "1..$n"
exit "$failed"
