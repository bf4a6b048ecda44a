#!/usr/bin/env bash
# storage.sh BUILD_DIR — the shared-file benchmark (issue "never lose a
# write"), on two sshfs mounts of a loopback sshd like the storage tests:
#   - commits/s of the lease lock in each journal mode (PERSIST, TRUNCATE,
#     DELETE) against the raw SQLite loop with the stock dot-file lock on
#     the same mount (the ratio should be >= 0.8), lock hold p50/p99;
#   - commits/s through the real core API (comments on an idea);
#   - recovery after a writer killed mid-transaction, same host and another
#     (lease 5 s), and after kill -9 of a lock holder with the default
#     settings (lease_time 30 s, busy_timeout 10 s);
#   - lock-free change polls per second of an idle UI.
# Root only (FUSE). Not a test: it prints figures and ratios.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
commits=${N:-200}
export CONSTRUISONS_BIN="$build/construisons" SOURCE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
export TESTS_DIR="$SOURCE_ROOT/tests" BUILD_ROOT="$build"
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== single writer, $commits commits on sshfs (cache=no, direct_io)"
base=$("$build/bench/write_loop" "$T/m1/raw.db" unix-dotfile delete "$commits")
base_cps=$(echo "$base" | field commits_per_s)
echo "raw SQLite loop, unix-dotfile, DELETE journal: $base"
for mode in persist truncate delete; do
	r=$("$build/bench/write_loop" "$T/m1/lease-$mode.db" lease "$mode" "$commits")
	echo "lease lock, ${mode^^} journal: $r  ratio $(ratio "$(echo "$r" | field commits_per_s)" "$base_cps")"
	for p in 1 2 3; do "$build/bench/write_loop" "$T/m$(( (p % 2) + 1 ))/lease-$mode.db" lease "$mode" 50 >/dev/null & done; wait
	echo "  three writers on two mounts: $(find "$T/export" -name '.fuse_hidden*' | wc -l) .fuse_hidden files left in the export so far"
done
unix=$("$build/bench/write_loop" "$T/m1/unix.db" unix delete "$commits")
echo "for reference, fcntl locks (unsafe across hosts): $unix"

echo "== the real write path: $commits comments through the core API"
cs admin --db "$(db_on 1)" init >/dev/null
ref=$(cs admin --db "$(db_on 1)" idea add --title "Banc d'essai")
start=$(date +%s.%N)
"$STORAGE_BIN/stress" "$(db_on 1)" bench "$commits" "$T/bench.out" 1 >/dev/null
end=$(date +%s.%N)
okc=$(grep -c ' ok ' "$T/bench.out")
awk -v n="$commits" -v s="$start" -v e="$end" -v ok="$okc" -v b="$base_cps" \
	'BEGIN { c = n / (e - s); printf "mixed ideas/supports/comments: %.1f transactions/s (%d committed), ratio to the raw loop %.2f\n", c, ok, c / b }'

echo "== recovery after a writer killed mid-transaction"
for who in 1 2; do
	CONSTRUISONS_CRASH_AT=write:5 cs admin --db "$(db_on 1)" idea add --title "Crash" >/dev/null 2>&1 || true
	start=$(date +%s.%N)
	on_host $who "$CONSTRUISONS_BIN" --db "$(db_on $who)" idea list --search Banc >/dev/null
	end=$(date +%s.%N)
	awk -v s="$start" -v e="$end" -v w="$who" 'BEGIN { printf "next access from %s: %.2f s\n", w == 1 ? "the same host" : "another host (lease time 5 s)", e - s }'
done

echo "== recovery after kill -9 of a lock holder, with the default settings"
cp "$CONSTRUISONS_CONFIG" "$T/short.conf"
use_default_settings
for who in 1 2; do
	rm -f "$T/holder.out"
	on_host $who "$STORAGE_BIN/holder" "$(db_on $who)" 60 "$LEASE" "$BUSY" >"$T/holder.out" 2>&1 &
	until grep -q holding "$T/holder.out" 2>/dev/null; do sleep 0.1; done
	kill -9 "$(sed -n 's/^holder pid=//p' "$T/holder.out")"
	wait || true
	start=$(date +%s.%N) tries=1
	until on_host 1 "$CONSTRUISONS_BIN" --db "$(db_on 1)" idea list --search Banc >/dev/null 2>&1; do
		tries=$((tries + 1))
		[ $tries -le 5 ] || { echo "never working again from host 1"; break; }
	done
	end=$(date +%s.%N)
	awk -v s="$start" -v e="$end" -v w="$who" -v l="$LEASE" -v b="$BUSY" -v n="$tries" 'BEGIN {
		printf "holder killed on %s: commands from this host work again after %.1f s (%d command(s); lease_time %d s, busy_timeout %d s)\n",
			w == 1 ? "this host" : "another host", e - s, n, l, b }'
done
cp "$T/short.conf" "$CONSTRUISONS_CONFIG"

echo "== idle UI: lock-free change detection"
"$build/bench/poll_rate" "$(db_on 2)" 2
