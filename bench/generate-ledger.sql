-- generate-ledger.sql — the Accorderie benchmark's load, after
-- `construisons init`: 5,000 agents ("membre00001"...), each with an account
-- opened by a 15 h credit from the pool, 245,000 confirmed exchanges over
-- the past year (500,000 movements with it: two per exchange and per
-- opening), and 200 proposals still waiting for their beneficiary. The
-- movements are inserted in the order they would have been posted, with
-- running balances computed here: the schema's trigger checks every one,
-- and `construisons ledger check` must pass afterwards. Run with sqlite3.
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO agents(login, name, direction, service, site, created_at)
SELECT printf('membre%05d', i), 'Membre numéro ' || i, 'Direction ' || (i % 12), '', '',
       '2025-01-01T08:00:00Z'
FROM n;
INSERT INTO ledger_accounts(agent_id, opened_at)
SELECT id, '2025-01-01T08:00:00Z' FROM agents WHERE login LIKE 'membre%' ORDER BY id;
-- k: 0..4999 -> account and its agent
CREATE TEMP TABLE k AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS k, a.id AS account, a.agent_id AS agent
  FROM ledger_accounts a JOIN agents g ON g.id = a.agent_id WHERE g.login LIKE 'membre%';
CREATE UNIQUE INDEX temp.k_k ON k(k);
-- openings: the credited account is the provider, the pool the beneficiary
INSERT INTO ledger_exchanges(kind, provider, beneficiary, minutes, day, description,
                             recorded_by, entered_by, state, decided_at, created_at)
SELECT 'ouverture', k.account, (SELECT id FROM ledger_accounts WHERE pool = 1), 900,
       date('now', '-366 days'), 'Crédit d''ouverture', k.agent, k.agent, 'confirmee',
       '2025-01-01T08:00:00Z', '2025-01-01T08:00:00Z'
  FROM k ORDER BY k.k;
-- 245,000 exchanges, a day after day over the past year
CREATE TEMP TABLE x AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 245000)
SELECT i, abs(random()) % 5000 AS p, abs(random()) % 4999 AS b, 15 * (1 + abs(random()) % 12) AS m
  FROM n;
INSERT INTO ledger_exchanges(provider, beneficiary, minutes, day, description, recorded_by,
                             entered_by, state, decided_by, decided_at, created_at)
SELECT p.account, q.account, x.m, date('now', '-' || (365 - x.i * 365 / 245000) || ' days'),
       CASE x.i % 4 WHEN 0 THEN 'Aide à la rédaction d''un courrier'
                    WHEN 1 THEN 'Initiation au tableur' WHEN 2 THEN 'Conversation en espagnol'
                    ELSE 'Réparation d''une étagère' END,
       p.agent, p.agent, 'confirmee', q.agent,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (365 - x.i * 365 / 245000) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (365 - x.i * 365 / 245000) || ' days')
  FROM x JOIN k p ON p.k = x.p JOIN k q ON q.k = (x.p + 1 + x.b) % 5000
 ORDER BY x.i;
-- the movements, as post_pair() writes them: -beneficiary then +provider
INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)
SELECT ex, acc, m, sum(m) OVER (PARTITION BY acc ORDER BY o ROWS UNBOUNDED PRECEDING), at
  FROM (SELECT id AS ex, beneficiary AS acc, -minutes AS m, 2 * id AS o, decided_at AS at
          FROM ledger_exchanges
        UNION ALL
        SELECT id, provider, minutes, 2 * id + 1, decided_at FROM ledger_exchanges)
 ORDER BY o;
-- proposals waiting for their beneficiary (recorded today by the provider)
INSERT INTO ledger_exchanges(provider, beneficiary, minutes, day, description, recorded_by,
                             entered_by, created_at)
SELECT p.account, q.account, 60, date('now'), 'Un coup de main', p.agent, p.agent,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM k p JOIN k q ON q.k = (p.k * 7 + 1) % 5000 WHERE p.k < 200 ORDER BY p.k;
COMMIT;
ANALYZE;
SELECT 'agents', count(*) FROM agents WHERE login LIKE 'membre%';
SELECT 'exchanges', count(*) FROM ledger_exchanges;
SELECT 'movements', count(*) FROM ledger_movements;
