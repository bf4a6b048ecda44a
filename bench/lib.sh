# lib.sh — shared by the UI benchmarks: a work directory with its own
# configuration, the generated load of 10,000 ideas, 100,000 supports and
# 50,000 comments (generate.sql), and small helpers to read pty_run's
# figures. Source it with $build set to the build directory.
bin="$build/construisons"
pty_run="$build/bench/pty_run"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg"
export CONSTRUISONS_CONFIG="$work/c.conf" CONSTRUISONS_LOCALEDIR="$build/po"
db="$work/bench.db"
printf 'database = "%s"\n' "$db" >"$CONSTRUISONS_CONFIG"

make_ideas_db() {
	"$bin" init >/dev/null
	sqlite3 "$db" <"$here/generate.sql" | tr '|' ' ' | sed 's/^/  /'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() { sed -n "s/^\(.* \)\{0,1\}$1=\([0-9.,]*\).*/\2/p"; }
nth() { cut -d, -f"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# baseline_ms RUNS: median time of sqlite3 running the board's first-screen
# queries (the foundation's baseline).
baseline_ms() {
	: >"$work/base.txt"
	for _ in $(seq "$1"); do
		"$pty_run" --quiet 250 -- sqlite3 -batch "$db" ".read $here/first_screen.sql" \
			>>"$work/base.txt" 2>/dev/null
	done
	sed -n 's/.*frame_ms=\([0-9.]*\).*/\1/p' "$work/base.txt" | median
}
