#!/usr/bin/env bash
# attrcache.sh BUILD_DIR — what attribute caches do to the lease lock's
# judgement of age (issue 15): how long after host A rewrites <db>.lock does
# host B see its new mtime, through stat() and through open()+fstat()?
# Two sshfs mounts of a loopback sshd as the storage tests mount them
# (cache=no,direct_io), then two with sshfs's defaults (cache=yes); on each
# pair, bench/attrcache (TRIALS, default 5) and whether `init` accepts the
# share (the share probe). Root only (FUSE). Not a test: it prints figures.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
trials=${TRIALS:-5}
export CONSTRUISONS_BIN="$build/construisons" SOURCE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
export TESTS_DIR="$SOURCE_ROOT/tests" BUILD_ROOT="$build"
. "$TESTS_DIR/storage/lib.sh"
start_hosts 2
# Two more mounts of the same export with sshfs's default caching.
for i in 3 4; do
	mkdir -p "$T/m$i"
	sshfs -o "IdentityFile=$T/clientkey,StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,port=$port,LogLevel=ERROR" \
		"root@127.0.0.1:$T/export" "$T/m$i"
done
echo "== sshfs cache=no,direct_io (the storage tests' mounts): A = m1, B = m2"
"$build/bench/attrcache" "$T/m1/lock" "$T/m2/lock" "$trials"
echo "== sshfs defaults (cache=yes): A = m3, B = m4"
"$build/bench/attrcache" "$T/m3/lock" "$T/m4/lock" "$trials"
for m in 1 3; do
	mkdir -p "$T/export/p$m"
	if out=$(cs admin --db "$T/m$m/p$m/c.db" init --lock lease 2>&1); then
		echo "== init on m$m: accepted"
	else
		echo "== init on m$m: refused"; echo "$out"
	fi
done
