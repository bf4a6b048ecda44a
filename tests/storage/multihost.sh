#!/bin/sh
# multihost.sh — the multi-host invariant: 3 sshfs mounts of one directory
# × 4 processes × 100 mixed transactions through the real core API. Every
# attempt is committed exactly once or reported as failed; counts match;
# integrity_check ok. And a process told to lock with fcntl is refused.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
start_hosts 3
hosts=3 procs=4 k=${STRESS_K:-100}

out=$(cs admin --db "$(db_on 1)" init 2>&1) || fail "init: $out"
echo "$out" | grep -q "bail\|lease" || fail "init on sshfs did not choose the lease lock: $out"
i=1
while [ $i -le 10 ]; do
	cs admin --db "$(db_on 1)" idea add --title "Idée de départ $i" >/dev/null || fail "seed $i"
	i=$((i + 1))
done

h=1
while [ $h -le $hosts ]; do
	p=1
	while [ $p -le $procs ]; do
		on_host $h "$STORAGE_BIN/stress" "$(db_on $h)" "h${h}p$p" "$k" "$T/out.h${h}p$p" 10 &
		p=$((p + 1))
	done
	h=$((h + 1))
done
wait

cat "$T"/out.h* | grep -v '^#' | awk '{ print $1 "," $2 "," $3 "," $4 "," $5 }' >"$T/attempts.csv"
attempts=$(wc -l <"$T/attempts.csv")
[ "$attempts" -eq $((hosts * procs * k)) ] || fail "expected $((hosts * procs * k)) attempts, got $attempts"

sqlite3 "$T/check.db" <<SQL >"$T/report.txt"
CREATE TABLE a(login, n, op, outcome, detail);
.mode csv
.import $T/attempts.csv a
ATTACH '$T/export/construisons.db' AS d;
-- each add: exactly one idea when ok, none when failed
SELECT 'add', a.login, a.n, a.outcome, (SELECT count(*) FROM d.ideas WHERE title = a.detail)
  FROM a WHERE op = 'add'
   AND (SELECT count(*) FROM d.ideas WHERE title = a.detail) != (a.outcome = 'ok');
-- each comment: exactly one when ok, none when failed
SELECT 'comment', a.login, a.n, a.outcome, (SELECT count(*) FROM d.comments WHERE body = a.detail)
  FROM a WHERE op = 'comment'
   AND (SELECT count(*) FROM d.comments WHERE body = a.detail) != (a.outcome = 'ok');
-- supports: as many rows per agent as successful supports
SELECT 'support', l.login, l.ok, (SELECT count(*) FROM d.supports s JOIN d.agents g ON g.id = s.agent_id WHERE g.login = l.login)
  FROM (SELECT login, sum(outcome = 'ok') AS ok FROM a WHERE op = 'support' GROUP BY login) l
 WHERE l.ok != (SELECT count(*) FROM d.supports s JOIN d.agents g ON g.id = s.agent_id WHERE g.login = l.login);
-- counters kept by triggers agree with the rows
SELECT 'counter', i.ref FROM d.ideas i
 WHERE i.supports != (SELECT count(*) FROM d.supports s WHERE s.idea_id = i.id)
    OR i.comments != (SELECT count(*) FROM d.comments c WHERE c.idea_id = i.id);
SQL
if [ -s "$T/report.txt" ]; then
	cat "$T/report.txt" >&2
	fail "lost or duplicated writes (above)"
fi
ok_count=$(grep -c ',ok,' "$T/attempts.csv")
failed=$(grep -c ',fail,' "$T/attempts.csv")
echo "attempts: $attempts, committed: $ok_count, reported failed: $failed"
grep -h '^#' "$T"/out.h* | sort | uniq -c | head -5
integrity
[ ! -e "$T/export/construisons.db.lock" ] || fail "a lock was left behind"
# sshfs leaves .fuse_hidden files when an unlink races the release of a
# handle (a lock file just read by a waiter, a deleted journal); opening the
# database sweeps those older than an hour from its directory.
hidden=$(find "$T/export" -name '.fuse_hidden*' | wc -l)
echo ".fuse_hidden files after the run: $hidden"
if [ "$hidden" -gt 0 ]; then
	find "$T/export" -name '.fuse_hidden*' -exec touch -d '2 hours ago' {} +
	cs admin --db "$(db_on 3)" idea list >/dev/null || fail "list after the run"
	# (that run may leave fresh ones of its own: only old ones are orphans)
	left=$(find "$T/export" -name '.fuse_hidden*' -mmin +60 | wc -l)
	[ "$left" -eq 0 ] || fail "$left orphaned .fuse_hidden files were not swept"
fi
touch -d '2 hours ago' "$T/export/construisons.db.gen"
cs admin --db "$(db_on 3)" idea list >/dev/null
[ -e "$T/export/construisons.db.gen" ] || fail "the sweep removed a file that is not an orphan"

# A process that would lock with fcntl is refused.
if CONSTRUISONS_LOCK=posix cs admin --db "$(db_on 2)" idea list >"$T/posix.out" 2>&1; then
	fail "a fcntl-locking process opened the lease database"
fi
grep -q "posix" "$T/posix.out" || fail "unclear refusal: $(cat "$T/posix.out")"
echo "ok: every attempt committed exactly once or reported failed"
