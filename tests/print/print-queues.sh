#!/bin/bash
# print-queues.sh PRINT_TOOL — src/print.c against a real cupsd: the queues
# and the default one are listed; a PDF sent as a job of two copies, titled
# with the report's title, reaches the queue's device byte for byte and is
# followed until "imprimé"; a missing default, an unknown queue, a stopped
# queue, a queue rejecting jobs and a stopped server each give their French
# message and exit status.
set -u
tool=${1:?usage: print-queues.sh PRINT_TOOL}
. "$TESTS_DIR/print/cupsd.sh"
export LC_ALL=fr_FR.UTF-8 LANGUAGE=fr
T=$(mktemp -d "${TMPDIR:-/tmp}/construisons-print.XXXXXX")
trap 'cupsd_stop; rm -rf "$T"' EXIT
chmod 0711 "$T"	# cupsd runs the backend as lp, which must reach $T/cups
cupsd_start "$T/cups"

n=0 failed=0
check() {	# check DESCRIPTION COMMAND... : a TAP line for a command's success
	n=$((n + 1))
	if "${@:2}"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
# expect STATUS PATTERN ARGS...: the tool exits STATUS and says PATTERN
expect() {
	local want=$1 pat=$2 out rc
	shift 2
	out=$("$tool" "$@" 2>&1); rc=$?
	if [ "$rc" -eq "$want" ] && grep -q -- "$pat" <<<"$out"; then
		return 0
	fi
	echo "# print_tool $*: exit $rc (want $want), said: $out"
	return 1
}

cupsd_queue essai || exit 1
cupsd_queue autre || exit 1
check "no default queue yet: a clear message, exit 69" \
	expect 69 "aucune file par défaut" choose
lpadmin -d essai
check "the queues listed, the default marked" \
	expect 0 "^autre - running accepting" list
check "... and essai is the default" expect 0 "^essai default running accepting" list
check "no queue named: the default" expect 0 "^essai$" choose
check "a named queue" expect 0 "^autre$" choose autre
check "an unknown queue: named in the message, exit 65" \
	expect 65 "aucune file d'impression nommée « inconnue »" choose inconnue
check "a queue name with a slash is refused as unknown" \
	expect 65 "aucune file d'impression nommée" choose "../essai"

# A PDF (any bytes will do for a raw queue: the file is compared as sent).
printf '%%PDF-1.5\n%% construisons test \xc3\xa9\n%%%%EOF\n' >"$T/sent.pdf"
head -c 200000 /dev/urandom >>"$T/sent.pdf"
out=$("$tool" send "" "$T/sent.pdf" "Tableau de bord du programme" 2 2>&1); rc=$?
echo "# $out"
check "sent to the default queue and followed until printed" \
	test "$rc" -eq 0 -a "$(tail -n 1 <<<"$out")" = "imprimé"
job=$(sed -n 's/^job \([0-9][0-9]*\)$/\1/p' <<<"$out")
check "the job number is given" test -n "$job"
check "the printed file is the PDF that was sent" cmp -s "$T/sent.pdf" "$T/cups/out/essai.pdf"
check "the job is titled with the report's title" \
	grep -qx "title=Tableau de bord du programme" "$T/cups/out/essai.pdf.job"
check "... and asks two copies" grep -qx "copies=2" "$T/cups/out/essai.pdf.job"

cupsdisable autre
check "a stopped queue: a clear message, exit 69" \
	expect 69 "la file d'impression « autre » est arrêtée" send autre "$T/sent.pdf" "Relevé" 1
check "... nothing printed" test ! -e "$T/cups/out/autre.pdf"
cupsenable autre
cupsreject autre
check "a queue rejecting jobs: a clear message, exit 69" \
	expect 69 "la file d'impression « autre » refuse les travaux" send autre "$T/sent.pdf" "Relevé" 1
check "... shown as rejecting in the list" expect 0 "^autre - running rejecting" list
check "copies outside 1..99 refused" expect 64 "entre 1 et 99" send essai "$T/sent.pdf" x 0

cupsd_stop
check "no server: a clear message, exit 69" \
	expect 69 "aucun serveur d'impression CUPS ne répond" send essai "$T/sent.pdf" "Relevé" 1
check "no server: listing says so too" expect 69 "aucun serveur d'impression CUPS" list

echo "1..$n"
exit "$failed"
