#!/usr/bin/env bash
# ledger.sh BUILD_DIR — the Accorderie benchmark: with 5,000 agents and
# 500,000 movements (generate-ledger.sql; `ledger check` must pass on it),
# the time to show an agent's balance and the first page of their
# statement, and to confirm an exchange, against bare SQLite doing the same
# in the same run:
#   - in one process (ledger_time): ledger_statement() and ledger_confirm()
#     against the bare queries and the bare UPDATE + 2 INSERTs, synchronous=FULL;
#   - as a user sees it (pty_run): `construisons ledger statement` and
#     `construisons ledger confirm N` against sqlite3 running the same
#     queries and the same transaction;
#   - the pane's first frame (F5) of that agent's account.
# The agent measured is the generated "membre00042" (about 100 movements),
# renamed to the Unix account running the benchmark (and made admin, for
# --pour) so that the program and its pane act as them. Medians of RUNS runs; not a test.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${RUNS:-9}
. "$(dirname "$0")/lib.sh"
# the generated balances wander far: limits that never refuse
printf 'ledger_floor = "-500h"\nledger_ceiling = "999h"\n' >>"$CONSTRUISONS_CONFIG"
me=$(id -un)
"$bin" init >/dev/null
start=$(date +%s.%N)
sqlite3 "$db" <"$here/generate-ledger.sql" | tr '|' ' ' | sed 's/^/  /'
sqlite3 "$db" "UPDATE agents SET login = login || '-init' WHERE login = '$me';
               UPDATE agents SET login = '$me', is_admin = 1 WHERE login = 'membre00042'"
echo "  generated in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
"$bin" ledger check >/dev/null || { echo "the generated book does not hold" >&2; exit 1; }
movements=$(sqlite3 "$db" "SELECT count(*) FROM ledger_movements m JOIN ledger_accounts a
  ON a.id = m.account_id JOIN agents g ON g.id = a.agent_id WHERE g.login = '$me'")

# ---- in one process ----------------------------------------------------
: >"$work/t.txt"
for _ in 1 2 3; do
	cp "$db" "$work/run.db"
	"$build/bench/ledger_time" "$work/run.db" "$me" "$runs" >>"$work/t.txt"
done
"$bin" --db "$work/run.db" ledger check >/dev/null \
	|| { echo "the book does not hold after the timed confirmations" >&2; exit 1; }
st=$(field statement_ms <"$work/t.txt" | median)
st1=$(field statement_first_ms <"$work/t.txt" | median)
bst=$(field bare_statement_ms <"$work/t.txt" | median)
bst1=$(field bare_statement_first_ms <"$work/t.txt" | median)
cf=$(field confirm_ms <"$work/t.txt" | median)
bcf=$(field bare_confirm_ms <"$work/t.txt" | median)

# ---- as a user sees it -------------------------------------------------
cat >"$work/statement.sql" <<SQL
SELECT a.balance FROM ledger_accounts a JOIN agents g ON g.id = a.agent_id WHERE g.login = '$me';
SELECT e.day, coalesce(g.name, 'Accorderie'), e.description, m.minutes, m.balance_after
  FROM ledger_movements m JOIN ledger_exchanges e ON e.id = m.exchange_id
  JOIN ledger_accounts o ON o.id = CASE WHEN e.provider = m.account_id
       THEN e.beneficiary ELSE e.provider END
  LEFT JOIN agents g ON g.id = o.agent_id
 WHERE m.account_id = (SELECT a.id FROM ledger_accounts a JOIN agents g ON g.id = a.agent_id
                        WHERE g.login = '$me')
 ORDER BY m.id DESC LIMIT 20;
SQL
"$bin" ledger statement >/dev/null    # warm the cache
: >"$work/s.txt"
: >"$work/base.txt"
for _ in $(seq "$runs"); do
	"$pty_run" --quiet 100 -- "$bin" ledger statement >>"$work/s.txt"
	"$pty_run" --quiet 100 -- sqlite3 -batch "$db" ".read $work/statement.sql" \
		>>"$work/base.txt" 2>/dev/null
done
cli_st=$(field frame_ms <"$work/s.txt" | median)
cli_bst=$(field frame_ms <"$work/base.txt" | median)

# confirmations: the program (as the beneficiary, through --pour) takes the
# first RUNS proposals, sqlite3 the next RUNS
cp "$db" "$work/cli.db"
sqlite3 "$work/cli.db" "SELECT e.id, g.login FROM ledger_exchanges e JOIN ledger_accounts a
  ON a.id = e.beneficiary JOIN agents g ON g.id = a.agent_id WHERE e.state = 'proposee'
  ORDER BY e.id LIMIT $((2 * runs))" | tr '|' ' ' >"$work/waiting"
: >"$work/c.txt"
: >"$work/bc.txt"
head -n "$runs" "$work/waiting" | while read -r x who; do
	"$pty_run" --quiet 100 -- "$bin" --db "$work/cli.db" --pour "$who" ledger confirm "$x" \
		>>"$work/c.txt"
done
tail -n "$runs" "$work/waiting" | while read -r x _; do
	cat >"$work/confirm.sql" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
BEGIN IMMEDIATE;
UPDATE ledger_exchanges SET state = 'confirmee',
       decided_by = (SELECT agent_id FROM ledger_accounts WHERE id = beneficiary),
       decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
 WHERE id = $x AND state = 'proposee';
INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)
SELECT id, beneficiary, -minutes, (SELECT balance FROM ledger_accounts WHERE id = beneficiary)
       - minutes, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM ledger_exchanges WHERE id = $x;
INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)
SELECT id, provider, minutes, (SELECT balance FROM ledger_accounts WHERE id = provider)
       + minutes, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM ledger_exchanges WHERE id = $x;
COMMIT;
SELECT 'confirmed';
SQL
	"$pty_run" --quiet 100 -- sqlite3 -batch "$work/cli.db" ".read $work/confirm.sql" \
		>>"$work/bc.txt" 2>/dev/null
done
"$bin" --db "$work/cli.db" ledger check >/dev/null \
	|| { echo "the book does not hold after the confirmations" >&2; exit 1; }
got=$(sqlite3 "$work/cli.db" "SELECT count(*) FROM ledger_exchanges WHERE state = 'proposee'")
[ "$got" -eq $((200 - 2 * runs)) ] || { echo "a confirmation did not happen" >&2; exit 1; }
cli_cf=$(field frame_ms <"$work/c.txt" | median)
cli_bcf=$(field frame_ms <"$work/bc.txt" | median)

# ---- the pane ----------------------------------------------------------
# F5 of xterm is a CSI sequence longer than pty_run sends in one write; the
# vt100's F5 is "\eOt" (SS3, like F2-F4 of xterm): the pane is drawn there
keys=${LEDGER_KEYS:-'\eOt'}
: >"$work/p.txt"
for _ in $(seq "$runs"); do
	TERM=${LEDGER_TERM:-vt100} "$pty_run" --quiet 250 --keys "$keys" -- "$bin" >>"$work/p.txt"
done
pane=$(field key_ms <"$work/p.txt" | nth 1 | median)
pane_bytes=$(field each_key_bytes <"$work/p.txt" | nth 1 | median)
[ "$pane_bytes" -gt 500 ] || { echo "F5 did not draw the pane ($pane_bytes bytes)" >&2; exit 1; }

echo "agent measured: $me, $movements movements in their statement; medians of $runs runs"
echo "in one process: statement (balance + first 20 lines) ${st} ms (first call ${st1} ms);" \
	"bare SQLite ${bst} ms (first ${bst1} ms)"
echo "  confirm (commit, synchronous=FULL) ${cf} ms; bare UPDATE + 2 INSERTs ${bcf} ms"
echo "  ratios: statement $(ratio "$st" "$bst") (first call $(ratio "$st1" "$bst1")), confirm $(ratio "$cf" "$bcf")"
echo "as a command: ledger statement ${cli_st} ms, sqlite3 the same queries ${cli_bst} ms;" \
	"ledger confirm ${cli_cf} ms, sqlite3 the same transaction ${cli_bcf} ms"
echo "  ratios: statement $(ratio "$cli_st" "$cli_bst"), confirm $(ratio "$cli_cf" "$cli_bcf")"
echo "the pane (F5) drawn with the agent's account in ${pane} ms (${pane_bytes} bytes, TERM=vt100)"
