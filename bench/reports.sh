#!/bin/bash
# reports.sh [BUILD] — issue 10's benchmark: the time and peak memory to
# produce the dashboard PDF (10,000 ideas, generate.sql) and a 600-movement
# statement PDF (on the Accorderie's 500,000 movements, generate-ledger.sql,
# plus one agent's 600, tests/pdf/ledger-600.sql), against the bare SQLite
# queries that feed them (the very statements the report runs, recorded
# with their values, run by sqlite3 alone), and against the report model
# without the PDF; ratios in the same run. Goal: the PDF at most 3x the
# queries, under 32 MiB. Each mode runs in its own process (peak RSS).
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${RUNS:-7}
. "$(dirname "$0")/lib.sh"
printf 'ledger_floor = "-500h"\nledger_ceiling = "999h"\n' >>"$CONSTRUISONS_CONFIG"
rt="$build/bench/report_time"
me=$(id -un)

echo "reports: building the load"
make_ideas_db
sqlite3 "$db" <"$here/generate-ledger.sql" | tr '|' ' ' | sed 's/^/  /'
sqlite3 "$db" <"$here/../tests/pdf/ledger-600.sql"
"$bin" ledger check >/dev/null || { echo "the generated book does not hold" >&2; exit 1; }
sqlite3 "$db" "ANALYZE"
today=$(date +%Y-%m-%d)

one() {	# one REPORT LOGIN SINCE UNTIL: three processes, a line each
	for mode in bare model pdf; do
		"$rt" "$db" "$1" "$2" "$3" "$4" "$mode" "$runs"
	done
}
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
report_line() {	# report_line LABEL FILE
	local b m p bc mc pc
	b=$(sed -n 1p "$2" | field bare_ms) m=$(sed -n 2p "$2" | field model_ms)
	p=$(sed -n 3p "$2" | field pdf_ms)
	bc=$(sed -n 1p "$2" | field cpu_ms) mc=$(sed -n 2p "$2" | field cpu_ms)
	pc=$(sed -n 3p "$2" | field cpu_ms)
	printf '%s (%s pages), medians of %s runs, wall clock / processor time:\n' "$1" \
		"$(sed -n 3p "$2" | field pages)" "$runs"
	printf '  bare queries %8.1f / %8.1f ms   peak %5s MiB\n' "$b" "$bc" \
		"$(mib "$(sed -n 1p "$2" | field peak_kib)")"
	printf '  report model %8.1f / %8.1f ms   peak %5s MiB   %s / %sx the queries\n' "$m" "$mc" \
		"$(mib "$(sed -n 2p "$2" | field peak_kib)")" "$(ratio "$m" "$b")" "$(ratio "$mc" "$bc")"
	printf '  PDF          %8.1f / %8.1f ms   peak %5s MiB   %s / %sx the queries\n' "$p" "$pc" \
		"$(mib "$(sed -n 3p "$2" | field peak_kib)")" "$(ratio "$p" "$b")" "$(ratio "$pc" "$bc")"
}

one dashboard "$me" 2026-01-01 "$today" >"$work/dash.txt"
one statement mdupont 2026-01-01 "$today" >"$work/stmt.txt"
cat "$work/dash.txt" "$work/stmt.txt" | sed 's/^/  # /'
report_line "dashboard, 10,000 ideas" "$work/dash.txt"
report_line "statement, 600 movements among 500,000" "$work/stmt.txt"
