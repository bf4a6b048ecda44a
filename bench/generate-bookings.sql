-- generate-bookings.sql — the desk map benchmark's load, after
-- `construisons init` and `desks import data/floors`: 200 agents and about
-- 200,000 past and future bookings of the 120 desks (about 70 % of the
-- desk-slots from 1,040 days back to 160 days ahead). Run with sqlite3.
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO agents(login, name, direction, service, site, created_at)
SELECT 'agent' || i, 'Agent numéro ' || i, 'Direction ' || (i % 12), '', '', '2024-01-01T08:00:00Z'
FROM n;
CREATE TEMP TABLE k AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM desks;
CREATE TEMP TABLE a AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS a FROM agents
 WHERE login LIKE 'agent%';
WITH RECURSIVE d(n) AS (SELECT -1040 UNION ALL SELECT n + 1 FROM d WHERE n < 160),
     s(slot) AS (VALUES ('matin'), ('apres-midi'))
INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, state, created_at)
SELECT k.id, a.id, a.id, date('now', d.n || ' days'), s.slot,
       CASE WHEN d.n < 0 THEN CASE WHEN (k.k + d.n) % 4 = 0 THEN 'liberee' ELSE 'occupee' END
            ELSE 'reservee' END,
       '2024-01-01T08:00:00Z'
  FROM d, s, k JOIN a ON a.a = (k.k + d.n + 2000) % 200
 WHERE (k.k * 7 + d.n + 2000) % 10 >= 3;
COMMIT;
SELECT 'bookings', count(*) FROM bookings;
