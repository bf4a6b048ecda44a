-- demo-desks.sql — BuroDispo's part of the demonstration data, loaded by
-- `construisons init --demo` after the floors of data/floors: bookings on
-- the weekdays around the day the database is created (dates computed from
-- 'now', so the demo is alive whenever it is made): past ones checked in
-- or released for want of a check-in, cancelled ones, and bookings on the
-- next days. INSERTs only, inside the demo's transaction.

-- agents who agreed to have their name shown on the map
UPDATE agents SET show_presence = 1
 WHERE login IN ('mdupont', 'jmartin', 'hblanc', 'cmoreau', 'tgirard', 'ssimon');

-- the weekdays from 7 days back to 9 days ahead, numbered from today (0)
CREATE TEMP TABLE demo_days AS
WITH RECURSIVE d(n) AS (SELECT -7 UNION ALL SELECT n + 1 FROM d WHERE n < 9)
SELECT n, date('now', 'localtime', n || ' days') AS day FROM d
 WHERE strftime('%w', 'now', 'localtime', n || ' days') NOT IN ('0', '6');

-- who books what: (agent, desk on its floor, half-day); one desk per agent
-- and half-day, as the schema requires
CREATE TEMP TABLE demo_plan(login TEXT, floor INTEGER, label TEXT, slot TEXT);
INSERT INTO demo_plan VALUES
 ('mdupont', 0, '004', 'matin'), ('mdupont', 0, '004', 'apres-midi'),
 ('jmartin', 1, '105', 'matin'), ('hblanc', 2, '207', 'matin'),
 ('hblanc', 2, '207', 'apres-midi'), ('cmoreau', 3, '312', 'apres-midi'),
 ('tgirard', 1, '110', 'matin'), ('ssimon', 0, '021', 'matin'),
 ('ssimon', 0, '021', 'apres-midi'), ('abenali', 2, '215', 'apres-midi'),
 ('kmeunier', 3, '303', 'matin'), ('lbernard', 1, '120', 'apres-midi'),
 ('nroux', 0, '010', 'matin'), ('vperrin', 2, '201', 'matin');

-- past days: most checked in, some released (no check-in), some cancelled
INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, state, created_at,
                     checked_in_at, ended_at)
SELECT d.id, a.id, a.id, dd.day, p.slot,
       CASE (abs(dd.n) + length(p.login)) % 5 WHEN 0 THEN 'liberee' WHEN 1 THEN 'annulee'
            ELSE 'occupee' END,
       dd.day || 'T07:00:00Z',
       CASE WHEN (abs(dd.n) + length(p.login)) % 5 > 1
            THEN dd.day || CASE p.slot WHEN 'matin' THEN 'T07:40:00Z' ELSE 'T12:40:00Z' END END,
       CASE WHEN (abs(dd.n) + length(p.login)) % 5 < 2
            THEN dd.day || CASE p.slot WHEN 'matin' THEN 'T08:00:00Z' ELSE 'T13:00:00Z' END END
  FROM demo_plan p JOIN agents a ON a.login = p.login
  JOIN floors f ON f.number = p.floor JOIN desks d ON d.floor_id = f.id AND d.label = p.label
  JOIN demo_days dd ON dd.n < 0;

-- today and the next days: booked (every other plan line skips a day)
INSERT INTO bookings(desk_id, agent_id, booked_by, day, slot, state, created_at)
SELECT d.id, a.id, a.id, dd.day, p.slot, 'reservee', datetime('now') || 'Z'
  FROM demo_plan p JOIN agents a ON a.login = p.login
  JOIN floors f ON f.number = p.floor JOIN desks d ON d.floor_id = f.id AND d.label = p.label
  JOIN demo_days dd ON dd.n BETWEEN 1 AND 6
 WHERE (dd.n + length(p.login)) % 3 <> 0;

-- a desk blocked for works
UPDATE desks SET blocked_reason = 'Travaux : remplacement de l''écran'
 WHERE label = '118' AND floor_id = (SELECT id FROM floors WHERE number = 1);

DROP TABLE demo_plan;
DROP TABLE demo_days;
