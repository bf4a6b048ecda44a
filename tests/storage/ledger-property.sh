#!/bin/sh
# ledger-property.sh — the Accorderie's book under fire: 6 processes over two
# sshfs mounts, each acting as 4 of 12 agents (every agent on two hosts at
# once) and as the admin, make a few hundred random attempts each (see
# ledger_worker.c): exchanges single and grouped, valid and not, answers
# that race each other, withdrawals, stale answers, reversals. Then:
#   - every refusal carries its reason, and is the right one: an invalid
#     exchange is refused as data, a valid one only for the floor or the
#     ceiling; an answer to an exchange decided earlier is a conflict;
#   - no exchange is answered twice or reversed twice;
#   - the database holds exactly what the attempts say: the confirmed,
#     refused and waiting exchanges, the reversals, one opening per account;
#   - each balance computed here from the log (opening credit + confirmed
#     given − confirmed received, reversals swapped) is the one the program
#     shows and the one SQLite sums, and movements = 2 × (confirmations +
#     reversals + openings);
#   - `construisons ledger check` passes, and no confirmation crossed the
#     floor or the ceiling.
# LEDGER_SEED=N replays a run (printed at the start); LEDGER_OPS sets the
# attempts per process.
set -u
. "$TESTS_DIR/storage/lib.sh"
use_default_settings
seed=${LEDGER_SEED:-$(date +%s)}
ops=${LEDGER_OPS:-350}
echo "seed: $seed (LEDGER_SEED=$seed replays it), $ops attempts per process"
# the limits below in minutes, as the replay and the SQL checks use them
opening=300 floor=-180 ceiling=600 rounding=15
cat >>"$CONSTRUISONS_CONFIG" <<CONF
ledger_opening_credit = "5h"
ledger_floor = "-3h"
ledger_ceiling = "10h"
ledger_confirm_days = 0
ledger_rounding = $rounding
CONF
start_hosts 2
cs admin --db "$(db_on 1)" init >/dev/null || fail "init"

agents=""
i=1
while [ $i -le 12 ]; do
	agents="$agents${agents:+,}$(printf 'ag%02d' $i)"
	i=$((i + 1))
done
# worker p acts as agents 2p-1 .. 2p+2 (mod 12): each agent on two
# workers, which run on different hosts
p=1 pids=""
while [ $p -le 6 ]; do
	h=$(( (p % 2) + 1 ))
	mine=$(echo "$agents" | tr , '\n' | awk -v p=$p '{ a[NR] = $0 } END {
		for (k = 0; k < 4; k++) printf "%s%s", k ? "," : "", a[(2 * p - 2 + k) % 12 + 1] }')
	on_host $h "$STORAGE_BIN/ledger_worker" "$(db_on $h)" "$T/log.$p" $((seed + p)) "$ops" \
		"$mine" "$agents" 2>"$T/err.$p" &
	pids="$pids $!"
	p=$((p + 1))
done
failed=0
for pid in $pids; do
	wait "$pid" || failed=$((failed + 1))
done
[ "$failed" -eq 0 ] || { cat "$T"/err.*; fail "$failed worker(s) failed"; }
cat "$T"/err.*

# ---- what the attempts say ---------------------------------------------
cat >"$T/replay.awk" <<'AWK'
function err(msg) { errors++; if (errors <= 20) print "ERROR: " msg " [" FILENAME ": " $0 "]" }
function late(msg) { errors++; if (errors <= 20) print "ERROR: " msg }
{
	n++
	op = $4
	if (NF < 13) { err("short line"); next }
	if ($11 == "ok" && ($12 != "ok" || $13 != "-")) err("a success with a status")
	if ($11 == "fail" && ($12 == "ok" || $13 == "-")) err("a refusal without its reason")
	if ($12 == "busy" || $12 == "other") err("unexpected failure")
	if (op == "list") err("listing failed")
}
op == "record" || op == "group" {
	typed = $9 + 0
	rnd = int((typed + int(rounding / 2)) / rounding) * rounding
	nb = split($8, ben, ",")
	why = ""
	if (typed <= 0) why = "zero"
	else if (rnd == 0) why = "rounds to zero"
	else if (rnd > 1440) why = "over 24 h"
	if ($9 ~ /@demain/) why = "future day"
	for (i = 1; i <= nb; i++) {
		if (ben[i] == $7) why = "with oneself"
		for (j = 1; j < i; j++) if (ben[j] == ben[i]) why = "named twice"
	}
	if (why != "") {
		invalid++
		if ($11 == "ok") err("recorded although invalid (" why ")")
		else if ($12 != "data") err("invalid (" why ") refused as " $12)
		next
	}
	if ($11 == "fail") {
		if ($12 == "data" && ($0 ~ /below the floor/ || $0 ~ /above the ceiling/)) limits++
		else err("a valid exchange refused")
		next
	}
	if ($10 != rnd) err("rounded to " $10 ", not " rnd)
	if (op == "group") groups++
	for (i = 1; i <= nb; i++) {
		x = $5 + i - 1
		if (x in prov) err("exchange " x " recorded twice")
		prov[x] = $7; bene[x] = ben[i]; mins[x] = rnd; by[x] = $3
		opened[$7] = 1; opened[ben[i]] = 1
		recorded++
	}
	next
}
op == "open" && $11 == "ok" { opened[$8] = 1; next }
op == "confirm" || op == "refuse" {
	na++; a_x[na] = $5; a_t0[na] = $1; a_file[na] = FILENAME; a_ok[na] = ($11 == "ok")
	a_status[na] = $12; a_actor[na] = $3; a_op[na] = op
	if ($11 == "ok") {
		if (answered[$5]++) err("exchange " $5 " answered twice")
		answer[$5] = op; answer_t1[$5] = $2; answer_file[$5] = FILENAME
	}
	next
}
op == "reverse" {
	split($6, r, ":")
	nr++; r_x[nr] = $5; r_t0[nr] = $1; r_ok[nr] = ($11 == "ok"); r_status[nr] = $12
	r_kind[nr] = r[2]; r_prov[nr] = $7; r_bene[nr] = $8; r_min[nr] = $9 + 0; r_id[nr] = r[1]
	if (r[3] == "sans-motif") {
		if ($12 != "data") err("a reversal without a reason not refused as data")
		nr--
		next
	}
	if ($11 == "ok") {
		if (reversed[$5]++) err("exchange " $5 " reversed twice")
		reversed_t1[$5] = $2
	}
	next
}
END {
	for (k = 1; k <= na; k++) {
		x = a_x[k]
		if (!(x in prov)) { late("answer to exchange " x ", never recorded"); continue }
		if (a_actor[k] != prov[x] && a_actor[k] != bene[x])
			late(a_actor[k] " answered exchange " x " without being a party")
		if (a_ok[k] && a_op[k] == "confirm" && a_actor[k] == by[x])
			late(a_actor[k] " confirmed their own record " x)
		if (!a_ok[k] && (x in answer_t1) && a_t0[k] > answer_t1[x] && a_status[k] != "conflict")
			late("an answer to exchange " x ", decided before, refused as " a_status[k])
		if (a_ok[k] && (x in answer_t1) && a_t0[k] > answer_t1[x])
			late("exchange " x " answered again after its decision")
		if (!a_ok[k] && a_status[k] == "conflict") {
			conflicts++
			if (answer_file[x] != a_file[k]) races++
		}
		if (!a_ok[k] && a_status[k] == "data") limits++
		if (!a_ok[k] && a_status[k] != "conflict" && a_status[k] != "data" \
		    && !(a_status[k] == "perm" && a_op[k] == "confirm" && a_actor[k] == by[x]))
			late("an answer to exchange " x " refused as " a_status[k])
	}
	for (x in answer) {
		if (answer[x] != "confirm") { refused++; continue }
		confirmed++
		bal[prov[x]] += mins[x]; bal[bene[x]] -= mins[x]
	}
	for (k = 1; k <= nr; k++) {
		x = r_x[k]
		if (!r_ok[k]) {
			if (r_kind[k] == "echange" && (x in answer) && answer[x] == "confirm" \
			    && !(x in reversed) \
			    && r_status[k] != "data")
				late("the reversal of exchange " x " refused as " r_status[k])
			if ((x in reversed_t1) && r_t0[k] > reversed_t1[x] && r_status[k] != "conflict")
				late("a second reversal of exchange " x " refused as " r_status[k])
			continue
		}
		reversals++
		if (r_id[k] in prov || r_id[k] in rev_of) late("reversal " r_id[k] " has an id taken")
		rev_of[r_id[k]] = x
		if (r_kind[k] == "echange") {
			if (!(x in answer) || answer[x] != "confirm")
				late("exchange " x " reversed but never confirmed")
			if (r_prov[k] != prov[x] || r_bene[k] != bene[x] || r_min[k] != mins[x])
				late("exchange " x " listed as " r_prov[k] " " r_bene[k] " " r_min[k])
			bal[prov[x]] -= mins[x]; bal[bene[x]] += mins[x]
		} else if (r_kind[k] == "ouverture") {
			# the pool credited the agent: the reversal debits them
			a = r_prov[k] == "@pool" ? r_bene[k] : r_prov[k]
			if ((r_prov[k] == "@pool") == (r_bene[k] == "@pool") || r_min[k] != opening \
			    || !(a in opened))
				late("opening " x " listed as " r_prov[k] " " r_bene[k] " " r_min[k])
			bal[a] -= opening
			if (a in open_reversed) late("two openings of " a " reversed")
			open_reversed[a] = x
		} else {
			late("reversal " x " reversed")
		}
	}
	for (a in opened) { openings++; bal[a] += opening }
	pool = 0
	for (a in bal) { pool -= bal[a]; print "balance " a " " bal[a] }
	print "balance @pool " pool
	for (x in prov) if (!(x in answer)) print "state " x " proposee"
	for (x in answer) print "state " x " " (answer[x] == "confirm" ? "confirmee" : "refusee")
	for (x in rev_of) print "reversal " x " " rev_of[x]
	printf "count attempts %d recorded %d groups %d invalid %d limits %d confirmed %d", \
		n, recorded, groups, invalid, limits, confirmed
	printf " refused %d conflicts %d races %d reversals %d openings %d\n", \
		refused, conflicts, races, reversals, openings
	print "count movements " 2 * (confirmed + reversals + openings)
	print "count errors " errors + 0
}
AWK
awk -v rounding=$rounding -v opening=$opening -f "$T/replay.awk" "$T"/log.* >"$T/replay" \
	|| fail "awk"
grep '^ERROR' "$T/replay" >&2
sed -n "s/^count //p" "$T/replay" | head -n 1 | awk '{ for (i = 1; i < NF; i += 2) printf "%s%s %s", (i > 1 ? ", " : ""), $(i + 1), $i; print "" }'
[ "$(sed -n 's/^count errors //p' "$T/replay")" = 0 ] || fail "the attempts break the rules"
stat() { sed -n "s/^count attempts.* $1 \([0-9]*\).*/\1/p" "$T/replay"; }
for what in confirmed refused conflicts races limits reversals groups invalid; do
	[ "$(stat $what)" -gt 0 ] || fail "no $what: the run exercised too little (seed $seed)"
done

# ---- what the database holds ---------------------------------------------
db="$T/export/construisons.db"
q() { sqlite3 -batch "$db" "$@"; }
sort "$T/replay" | grep '^balance ' >"$T/expected"
q "SELECT 'balance', coalesce(g.login, '@pool'), a.balance FROM ledger_accounts a
   LEFT JOIN agents g ON g.id = a.agent_id" | tr '|' ' ' | sort >"$T/stored"
diff "$T/expected" "$T/stored" >&2 || fail "the stored balances differ from the attempts' (< attempts, > database)"
q "SELECT 'balance', coalesce(g.login, '@pool'), coalesce(sum(m.minutes), 0)
   FROM ledger_accounts a LEFT JOIN agents g ON g.id = a.agent_id
   LEFT JOIN ledger_movements m ON m.account_id = a.id GROUP BY a.id" | tr '|' ' ' | sort >"$T/summed"
diff "$T/expected" "$T/summed" >&2 || fail "the movements do not add up to the attempts' balances"
grep '^state ' "$T/replay" | sort >"$T/expected-states"
q "SELECT 'state', id, state FROM ledger_exchanges WHERE kind = 'echange'" | tr '|' ' ' \
	| sort >"$T/stored-states"
diff "$T/expected-states" "$T/stored-states" >&2 || fail "the exchanges differ from the attempts"
grep '^reversal ' "$T/replay" | sort >"$T/expected-reversals"
q "SELECT 'reversal', id, reverses FROM ledger_exchanges WHERE kind = 'annulation'" \
	| tr '|' ' ' | sort >"$T/stored-reversals"
diff "$T/expected-reversals" "$T/stored-reversals" >&2 || fail "the reversals differ from the attempts"
want=$(sed -n 's/^count movements //p' "$T/replay")
got=$(q "SELECT count(*) FROM ledger_movements")
[ "$got" -eq "$want" ] || fail "$got movements, expected $want"
openings=$(stat openings)
got=$(q "SELECT count(*) FROM ledger_exchanges WHERE kind = 'ouverture' AND state = 'confirmee'")
[ "$got" -eq "$openings" ] || fail "$got opening credits, expected $openings"
got=$(q "SELECT count(*) FROM (SELECT exchange_id FROM ledger_movements GROUP BY 1
         HAVING count(*) <> 2 OR sum(minutes) <> 0)")
[ "$got" -eq 0 ] || fail "$got exchanges without exactly two opposite movements"
# each confirmation kept the beneficiary above the floor, the provider below the ceiling
got=$(q "SELECT count(*) FROM ledger_movements m JOIN ledger_exchanges e ON e.id = m.exchange_id
         JOIN ledger_accounts a ON a.id = m.account_id WHERE e.kind = 'echange' AND a.pool = 0
         AND ((m.minutes < 0 AND m.balance_after < $floor)
           OR (m.minutes > 0 AND m.balance_after > $ceiling))")
[ "$got" -eq 0 ] || fail "$got confirmations crossed the floor or the ceiling"

# ---- what the program shows ------------------------------------------------
# minutes.awk: the minutes of "Solde de X : -1 h 15" ("5 h", "45 min")
cat >"$T/minutes.awk" <<'AWK'
NR == 1 {
	sub(/.*: /, ""); neg = sub(/^-/, "")
	m = $2 == "min" ? $1 : $1 * 60 + $3
	print (neg ? -m : m)
}
AWK
cs admin --db "$(db_on 1)" ledger check >"$T/check" 2>&1 || { cat "$T/check" >&2; fail "ledger check"; }
for a in $(echo "$agents" | tr , ' '); do
	want=$(sed -n "s/^balance $a //p" "$T/expected")
	shown=$(cs admin --db "$(db_on 1)" ledger balance "$a" 2>&1) || fail "ledger balance $a: $shown"
	got=$(echo "$shown" | awk -f "$T/minutes.awk")
	[ "$got" = "$want" ] || fail "ledger balance $a shows '$shown', expected $want min"
done
integrity
echo "ok: the book holds and every balance is the one the attempts give"
