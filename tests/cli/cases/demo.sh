# The demo data set loads into a new database only, covers every stage and
# passes the integrity check.
run admin init --demo
sqlite3 "$DB" "SELECT stage, count(*) FROM ideas GROUP BY stage ORDER BY stage"
sqlite3 "$DB" "PRAGMA foreign_key_check; PRAGMA integrity_check"
sqlite3 "$DB" "SELECT count(*) > 15, sum(supports) > 50, sum(comments) > 25 FROM ideas"
sqlite3 "$DB" "SELECT title FROM ideas WHERE title LIKE 'Partage ma passion%' OR title LIKE 'Airbnb des coll%' OR title LIKE 'BuroDispo%' OR title LIKE '%Accorderie%' OR title LIKE 'Espace comp%' ORDER BY title"
run admin idea list --search "passion"

# Every stage and closed outcome has at least one idea.
sqlite3 "$DB" "SELECT 'stages', count(DISTINCT stage) = 11 FROM ideas"
# The workflow agrees with the ideas and the journal: each idea is at the
# stage its last transition led to (Déposée without any), entered at that
# time; the transitions chain from stage to stage; each idea.move or
# idea.withdraw of the journal is one transition at the same time, by the
# same actor from the same host; a version is 1 + moves, edits, withdrawal.
sqlite3 "$DB" "SELECT 'stage = last transition', count(*) = 0 FROM ideas i
  WHERE i.stage <> coalesce((SELECT t.to_stage FROM transitions t WHERE t.idea_id = i.id ORDER BY t.id DESC LIMIT 1), 'deposee')
     OR i.stage_changed_at <> coalesce((SELECT max(t.at) FROM transitions t WHERE t.idea_id = i.id), i.created_at)"
sqlite3 "$DB" "SELECT 'transitions chain', count(*) = 0 FROM transitions t
  WHERE t.from_stage <> coalesce((SELECT p.to_stage FROM transitions p WHERE p.idea_id = t.idea_id AND p.id < t.id ORDER BY p.id DESC LIMIT 1), 'deposee')"
sqlite3 "$DB" "SELECT 'transitions = journal', (SELECT count(*) FROM transitions) = (SELECT count(*) FROM audit WHERE action IN ('idea.move', 'idea.withdraw')),
  (SELECT count(*) FROM transitions t JOIN ideas i ON i.id = t.idea_id JOIN agents g ON g.id = t.actor_id
    WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.ref = i.ref AND a.at = t.at AND a.actor = g.login AND a.host = t.host
      AND a.action IN ('idea.move', 'idea.withdraw'))) = 0"
sqlite3 "$DB" "SELECT 'versions', count(*) = 0 FROM ideas i WHERE i.version <> 1 + (SELECT count(*) FROM audit a
  WHERE a.ref = i.ref AND a.action IN ('idea.move', 'idea.edit', 'idea.withdraw'))"
# Committee decisions carry both scores and a note; the ideas keep the last.
sqlite3 "$DB" "SELECT 'decisions', count(*) > 0, sum(impact BETWEEN 1 AND 4 AND faisabilite BETWEEN 1 AND 4 AND length(note) > 0) = count(*)
  FROM transitions WHERE from_stage = 'comite' AND to_stage IN ('etude', 'construction', 'experimentation')"
# Ideas from En construction on have both plans and 1 to 3 indicators; those
# generalised or stopped were evaluated; one experiment is overdue on the
# clock of the tests (ended, no evaluation since).
sqlite3 "$DB" "SELECT 'plans', count(*) = 0 FROM ideas i WHERE i.stage IN ('construction', 'experimentation', 'generalisee', 'arretee')
  AND (NOT EXISTS (SELECT 1 FROM accompaniments a WHERE a.idea_id = i.id) OR NOT EXISTS (SELECT 1 FROM experiments e WHERE e.idea_id = i.id)
    OR (SELECT count(*) FROM indicators x WHERE x.idea_id = i.id) NOT BETWEEN 1 AND 3)"
sqlite3 "$DB" "SELECT 'evaluated', count(*) = 0 FROM ideas i WHERE i.stage IN ('generalisee', 'arretee')
  AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.idea_id = i.id AND v.recommendation = replace(replace(i.stage, 'generalisee', 'generaliser'), 'arretee', 'arreter'))"
sqlite3 "$DB" "SELECT 'overdue', i.ref, e.end_date FROM ideas i JOIN experiments e ON e.idea_id = i.id
  WHERE i.stage = 'experimentation' AND e.end_date < '2026-11-30'
  AND NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.idea_id = i.id AND v.date >= e.end_date) ORDER BY i.ref"
run admin idea history CONS-2024-004
run admin idea history CONS-2025-004
# BuroDispo: the floors, and bookings around today in every state
sqlite3 "$DB" "SELECT count(*) FROM floors; SELECT count(*) >= 100 FROM desks WHERE active"
sqlite3 "$DB" "SELECT state, count(*) > 0 FROM bookings GROUP BY state ORDER BY state"
sqlite3 "$DB" "SELECT count(*) FROM (SELECT desk_id, day, slot FROM bookings WHERE state IN ('reservee', 'occupee') GROUP BY 1, 2, 3 HAVING count(*) > 1)"
run mdupont desk mine
# L'Accorderie: twenty accounts, announcements, exchanges in every state,
# a group session and a reversal, and the book holds.
sqlite3 "$DB" "SELECT 'accounts', count(*) FROM ledger_accounts WHERE pool = 0"
sqlite3 "$DB" "SELECT kind, state, count(*) > 0 FROM ledger_exchanges GROUP BY kind, state ORDER BY kind, state"
sqlite3 "$DB" "SELECT 'group sessions', count(DISTINCT group_id) FROM ledger_exchanges WHERE group_id IS NOT NULL"
sqlite3 "$DB" "SELECT 'announcements', kind, count(*) > 5 FROM ledger_ads GROUP BY kind ORDER BY kind"
sqlite3 "$DB" "SELECT 'categories', count(DISTINCT category) >= 5 FROM ledger_ads"
run admin ledger check
run mdupont ledger balance
