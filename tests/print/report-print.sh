#!/bin/bash
# report-print.sh — `construisons report ... --print` against a real cupsd
# (cupsd.sh): the dashboard printed to the default queue, its job number
# shown and followed until "imprimé"; the printed file is the very PDF
# saved with --output in the same run, titled with the report's title, in
# print_copies copies; print_queue chooses the queue, --print=QUEUE another;
# an unknown queue, a stopped one, a queue rejecting jobs and a stopped
# server each give their French message, print nothing, and say that the
# report can be saved as a file.
set -u
. "$TESTS_DIR/lib/common.sh"
. "$TESTS_DIR/print/cupsd.sh"
chmod 0711 "$T"	# cupsd runs the backend as lp, which must reach $T/cups
cleanup_hooks="cupsd_stop"
cupsd_start "$T/cups"
command -v qpdf >/dev/null 2>&1 || { echo "SKIP: qpdf is missing"; exit 77; }

n=0 failed=0
check() {	# check DESCRIPTION COMMAND...
	n=$((n + 1))
	if "${@:2}"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
# said STATUS PATTERN: the last run (in $T/out, $T/rc) ended with STATUS and said PATTERN
said() {
	if [ "$(cat "$T/rc")" -eq "$1" ] && grep -q -- "$2" "$T/out"; then return 0; fi
	echo "# exit $(cat "$T/rc") (want $1):"; sed 's/^/#   /' "$T/out"
	return 1
}
run() { cs "$@" >"$T/out" 2>&1; echo $? >"$T/rc"; }

cupsd_queue essai || exit 1
cupsd_queue autre || exit 1
lpadmin -d essai
echo 'print_copies = 2' >>"$CONSTRUISONS_CONFIG"
cs admin init --demo >/dev/null

run anim report dashboard --since 01/01/2026 --format pdf --output "$T/bord.pdf" --print
check "printed to the default queue: the job number, then imprimé" \
	said 0 "Travail d'impression [0-9][0-9]* : imprimé\."
check "... announced when sent" grep -q "^Travail d'impression [0-9][0-9]* envoyé\.$" "$T/out"
check "... and saved too" grep -q "Rapport écrit : $T/bord.pdf" "$T/out"
check "the printed file is the PDF sent (the one saved)" cmp -s "$T/bord.pdf" "$T/cups/out/essai.pdf"
check "... a valid PDF" qpdf --check "$T/cups/out/essai.pdf"
check "the job is titled with the report's title" \
	grep -qx "title=Tableau de bord du programme" "$T/cups/out/essai.pdf.job"
check "... in print_copies copies" grep -qx "copies=2" "$T/cups/out/essai.pdf.job"

echo 'print_queue = "autre"' >>"$CONSTRUISONS_CONFIG"
run mdupont report statement --print
check "print_queue chooses the queue" said 0 "imprimé"
check "... the statement went to autre" grep -qx "title=Relevé de l'Accorderie" "$T/cups/out/autre.pdf.job"
rm -f "$T/cups/out/essai.pdf"
run mdupont report statement --print=essai
check "--print=QUEUE another one" said 0 "imprimé"
check "... to essai" test -s "$T/cups/out/essai.pdf"

run anim report dashboard --print=inconnue
check "an unknown queue: named, exit 65" said 65 "aucune file d'impression nommée « inconnue »"
check "... the report offered as a file" grep -q "enregistrez-le dans un fichier avec --format pdf --output FICHIER" "$T/out"
cupsdisable autre
rm -f "$T/cups/out/autre.pdf"
run anim report dashboard --print
check "a stopped queue: exit 69" said 69 "la file d'impression « autre » est arrêtée"
check "... the report offered as a file" grep -q "enregistrez-le dans un fichier" "$T/out"
check "... nothing printed" test ! -e "$T/cups/out/autre.pdf"
cupsenable autre
cupsreject autre
run anim report dashboard --print
check "a queue rejecting jobs: exit 69" said 69 "la file d'impression « autre » refuse les travaux"
cupsd_stop
run anim report dashboard --print
check "no server: exit 69" said 69 "aucun serveur d'impression CUPS ne répond"
check "... the report offered as a file" grep -q "enregistrez-le dans un fichier" "$T/out"

echo "1..$n"
exit "$failed"
