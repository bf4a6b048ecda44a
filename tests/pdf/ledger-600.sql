-- ledger-600.sql — after `construisons init`: two agents, mdupont and
-- jmartin, each with an account opened by a 15 h credit, and 599 confirmed
-- exchanges between them from June to November 2026, alternately one way
-- and the other (so mdupont's statement has 600 movements), with running
-- balances computed here as post_pair() writes them (on a fresh database or
-- on the benchmark's, bench/reports.sh). Run with sqlite3.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO agents(login, name, direction, service, site, created_at) VALUES
  ('mdupont', 'Marie Dupont', 'Direction du numérique', '', '', '2026-01-01T08:00:00Z'),
  ('jmartin', 'Jean Martin', 'Direction des finances', '', '', '2026-01-01T08:00:00Z');
INSERT INTO ledger_accounts(agent_id, opened_at)
SELECT id, '2026-01-01T08:00:00Z' FROM agents WHERE login IN ('mdupont', 'jmartin') ORDER BY id;
CREATE TEMP TABLE k AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS k, a.id AS account, a.agent_id AS agent
  FROM ledger_accounts a JOIN agents g ON g.id = a.agent_id
 WHERE g.login IN ('mdupont', 'jmartin');
INSERT INTO ledger_exchanges(kind, provider, beneficiary, minutes, day, description,
                             recorded_by, entered_by, state, decided_at, created_at)
SELECT 'ouverture', k.account, (SELECT id FROM ledger_accounts WHERE pool = 1), 900,
       '2026-01-01', 'Crédit d''ouverture', k.agent, k.agent, 'confirmee',
       '2026-01-01T08:00:00Z', '2026-01-01T08:00:00Z'
  FROM k ORDER BY k.k;
CREATE TEMP TABLE x AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 599)
SELECT i, i % 2 AS p, 15 * (1 + i % 4) AS m,
       date('2026-06-01', '+' || (i * 180 / 600) || ' days') AS d FROM n;
INSERT INTO ledger_exchanges(provider, beneficiary, minutes, day, description, recorded_by,
                             entered_by, state, decided_by, decided_at, created_at)
SELECT p.account, q.account, x.m, x.d,
       CASE x.i % 3 WHEN 0 THEN 'Initiation au tableur n° ' || x.i
                    WHEN 1 THEN 'Aide à la rédaction d''un courrier n° ' || x.i
                    ELSE 'Conversation en espagnol n° ' || x.i END,
       p.agent, p.agent, 'confirmee', q.agent, x.d || 'T10:00:00Z', x.d || 'T10:00:00Z'
  FROM x JOIN k p ON p.k = x.p JOIN k q ON q.k = 1 - x.p
 ORDER BY x.i;
-- only the exchanges of these two accounts (the pool's openings included),
-- each account's running balance going on from its last movement
INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)
SELECT ex, acc, m,
       coalesce((SELECT p.balance_after FROM ledger_movements p WHERE p.account_id = acc
                  ORDER BY p.id DESC LIMIT 1), 0)
       + sum(m) OVER (PARTITION BY acc ORDER BY o ROWS UNBOUNDED PRECEDING), at
  FROM (SELECT id AS ex, beneficiary AS acc, -minutes AS m, 2 * id AS o, decided_at AS at
          FROM ledger_exchanges WHERE provider IN (SELECT account FROM k)
        UNION ALL
        SELECT id, provider, minutes, 2 * id + 1, decided_at
          FROM ledger_exchanges WHERE provider IN (SELECT account FROM k))
 ORDER BY o;
COMMIT;
