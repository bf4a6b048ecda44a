#!/bin/sh
# stale-read.sh — a commit on mount A, then a lock and a read on mount B:
# B always sees the commit (the coherence point after taking the lease).
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"
i=1
while [ $i -le 25 ]; do
	ref=$(cs admin --db "$(db_on 1)" idea add --title "Lecture $i") || fail "add $i"
	out=$(on_host 2 "$CONSTRUISONS_BIN" --db "$(db_on 2)" idea show "$ref" 2>&1) || fail "host 2 cannot read $ref: $out"
	echo "$out" | grep -q "Lecture $i" || fail "host 2 read a stale $ref"
	cs admin --db "$(db_on 1)" idea comment "$ref" "Commentaire $i" >/dev/null || fail "comment $i"
	out=$(on_host 2 "$CONSTRUISONS_BIN" --db "$(db_on 2)" idea show "$ref" 2>&1)
	echo "$out" | grep -q "Commentaire $i" || fail "host 2 missed the comment on $ref"
	i=$((i + 1))
done
# and the lock-free change detection: the generation moved with each commit
gen=$(od -An -tx1 -j24 -N8 "$T/export/construisons.db.gen" | tr -d ' \n')
[ "$gen" != "0000000000000000" ] || fail "the generation file was never published"
echo "25 commits on host 1 each seen at once on host 2; generation $gen"
