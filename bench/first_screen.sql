-- first_screen.sql — the queries the board runs for its first screen (who
-- is acting, how many ideas, the first rows), run by sqlite3 as the
-- benchmark's baseline. Keep in step with src/agents.c and src/ideas.c.
BEGIN;
SELECT id, is_admin, name FROM agents WHERE login = 'agent1';
SELECT count(*) FROM ideas i
 WHERE (NULL IS NULL OR i.stage = NULL) AND (0 = 0 OR i.stage IN ('deposee'))
   AND (NULL IS NULL OR i.direction = NULL)
   AND (NULL IS NULL OR EXISTS (SELECT 1 FROM idea_categories c WHERE c.idea_id = i.id AND c.category = NULL))
   AND (0 = 0 OR i.author_id = 2);
SELECT i.id, i.ref, i.stage, i.title, i.direction, a.name, i.supports, i.comments,
  EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = i.id AND s.agent_id = 2),
  (i.author_id = 2 OR EXISTS (SELECT 1 FROM idea_coauthors k WHERE k.idea_id = i.id AND k.agent_id = 2)),
  i.created_at, i.version
 FROM ideas i JOIN agents a ON a.id = i.author_id
 WHERE (NULL IS NULL OR i.stage = NULL) AND (0 = 0 OR i.stage IN ('deposee'))
   AND (NULL IS NULL OR i.direction = NULL)
   AND (NULL IS NULL OR EXISTS (SELECT 1 FROM idea_categories c WHERE c.idea_id = i.id AND c.category = NULL))
   AND (0 = 0 OR i.author_id = 2)
 ORDER BY i.id DESC LIMIT 66 OFFSET 0;
COMMIT;
