-- generate.sql — fills a database made by `construisons init` with the
-- benchmark's load: 200 agents, 10,000 ideas spread over the stages,
-- 100,000 supports and 50,000 comments. Run with sqlite3.
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO agents(login, name, direction, service, site, created_at)
SELECT 'agent' || i, 'Agent numéro ' || i,
       'Direction ' || (i % 12), 'Service ' || (i % 40), 'Site ' || (i % 9),
       '2024-01-01T08:00:00Z'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO ideas(ref, title, problem, solution, author_id, direction, service,
                  site, stage, created_at, updated_at, stage_changed_at)
SELECT printf('CONS-%d-%04d', 2020 + i / 2000, i % 2000 + 1),
       'Idée générée numéro ' || i || ' pour améliorer le service aux usagers',
       'Un problème constaté sur le terrain, décrit en quelques phrases (' || i || ').',
       'Une solution proposée, décrite en quelques phrases elle aussi.',
       (SELECT id FROM agents WHERE login = 'agent' || (1 + i % 200)),
       'Direction ' || (i % 12), 'Service ' || (i % 40), 'Site ' || (i % 9),
       CASE i % 11 WHEN 0 THEN 'deposee' WHEN 1 THEN 'contact' WHEN 2 THEN 'comite'
         WHEN 3 THEN 'etude' WHEN 4 THEN 'construction' WHEN 5 THEN 'experimentation'
         WHEN 6 THEN 'generalisee' WHEN 7 THEN 'transmise' WHEN 8 THEN 'non-retenue'
         WHEN 9 THEN 'arretee' ELSE 'retiree' END,
       '2024-01-01T08:00:00Z', '2024-01-01T08:00:00Z', '2024-01-01T08:00:00Z'
FROM n;

-- 100,000 supports: idea i gets 10 supporters, never its author.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
INSERT OR IGNORE INTO supports(idea_id, agent_id, created_at)
SELECT 1 + i / 10,
       (SELECT id FROM agents WHERE login = 'agent' || (1 + ((i / 10) + 2 + (i % 10) * 7) % 200)),
       '2024-02-01T08:00:00Z'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
INSERT INTO comments(idea_id, agent_id, written_by, body, created_at)
SELECT 1 + i / 5, 1 + i % 200, 1 + i % 200,
       'Un commentaire de quelques mots sur cette idée, numéro ' || i || '.',
       '2024-03-01T08:00:00Z'
FROM n;
COMMIT;
SELECT 'ideas', count(*) FROM ideas;
SELECT 'supports', count(*) FROM supports;
SELECT 'comments', count(*) FROM comments;
