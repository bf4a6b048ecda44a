/* schema.c — the SQL of every schema migration, in order. Invariants live
 * in the schema (CHECK constraints, triggers for counters, append-only
 * journal, no support of one's own idea), not only in C. */
#include <stddef.h>

#include "schema.h"

static const char *const migration_1[] = {
	/* 1: the foundation: agents, ideas, supports, comments, journal. */
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL"
	") WITHOUT ROWID;",
	"CREATE TABLE agents ("
	"  id INTEGER PRIMARY KEY,"
	"  login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),"
	"  name TEXT NOT NULL,"
	"  direction TEXT NOT NULL DEFAULT '',"
	"  service TEXT NOT NULL DEFAULT '',"
	"  site TEXT NOT NULL DEFAULT '',"
	"  is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),"
	"  created_at TEXT NOT NULL"
	");",
	"CREATE TABLE ideas ("
	"  id INTEGER PRIMARY KEY,"
	"  ref TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),"
	"  problem TEXT NOT NULL DEFAULT '' CHECK (length(problem) <= 8000),"
	"  solution TEXT NOT NULL DEFAULT '' CHECK (length(solution) <= 8000),"
	"  author_id INTEGER NOT NULL REFERENCES agents(id),"
	"  direction TEXT NOT NULL DEFAULT '',"
	"  service TEXT NOT NULL DEFAULT '',"
	"  site TEXT NOT NULL DEFAULT '',"
	"  stage TEXT NOT NULL DEFAULT 'deposee' CHECK (stage IN ('deposee','contact',"
	"    'comite','etude','construction','experimentation','generalisee',"
	"    'transmise','non-retenue','arretee','retiree')),"
	"  supports INTEGER NOT NULL DEFAULT 0 CHECK (supports >= 0),"
	"  comments INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),"
	"  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL,"
	"  stage_changed_at TEXT NOT NULL,"
	"  withdrawal_reason TEXT"
	");",
	"CREATE INDEX ideas_by_stage ON ideas(stage, id);",
	"CREATE INDEX ideas_by_direction ON ideas(direction, id);",
	"CREATE INDEX ideas_by_author ON ideas(author_id);",
	"CREATE TABLE idea_categories ("
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 40),"
	"  PRIMARY KEY (idea_id, category)"
	") WITHOUT ROWID;",
	"CREATE INDEX idea_categories_by_name ON idea_categories(category, idea_id);",
	"CREATE TABLE idea_coauthors ("
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  agent_id INTEGER NOT NULL REFERENCES agents(id),"
	"  PRIMARY KEY (idea_id, agent_id)"
	") WITHOUT ROWID;",
	"CREATE INDEX idea_coauthors_by_agent ON idea_coauthors(agent_id, idea_id);",
	"CREATE TABLE supports ("
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  agent_id INTEGER NOT NULL REFERENCES agents(id),"
	"  created_at TEXT NOT NULL,"
	"  PRIMARY KEY (idea_id, agent_id)"
	") WITHOUT ROWID;",
	"CREATE INDEX supports_by_agent ON supports(agent_id, idea_id);",
	"CREATE TRIGGER supports_not_on_own_idea BEFORE INSERT ON supports"
	"  WHEN (SELECT author_id FROM ideas WHERE id = NEW.idea_id) = NEW.agent_id"
	"  BEGIN SELECT RAISE(ABORT, 'support of own idea'); END;",
	"CREATE TRIGGER supports_count_up AFTER INSERT ON supports"
	"  BEGIN UPDATE ideas SET supports = supports + 1 WHERE id = NEW.idea_id; END;",
	"CREATE TRIGGER supports_count_down AFTER DELETE ON supports"
	"  BEGIN UPDATE ideas SET supports = supports - 1 WHERE id = OLD.idea_id; END;",
	"CREATE TABLE comments ("
	"  id INTEGER PRIMARY KEY,"
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  agent_id INTEGER NOT NULL REFERENCES agents(id),"
	"  written_by INTEGER NOT NULL REFERENCES agents(id),"
	"  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),"
	"  created_at TEXT NOT NULL"
	");",
	"CREATE INDEX comments_by_idea ON comments(idea_id, id);",
	"CREATE TRIGGER comments_count_up AFTER INSERT ON comments"
	"  BEGIN UPDATE ideas SET comments = comments + 1 WHERE id = NEW.idea_id; END;",
	"CREATE TRIGGER comments_count_down AFTER DELETE ON comments"
	"  BEGIN UPDATE ideas SET comments = comments - 1 WHERE id = OLD.idea_id; END;",
	"CREATE TABLE audit ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  host TEXT NOT NULL,"
	"  actor TEXT NOT NULL,"
	"  for_login TEXT NOT NULL DEFAULT '',"
	"  action TEXT NOT NULL,"
	"  entity TEXT NOT NULL,"
	"  ref TEXT,"
	"  detail TEXT NOT NULL DEFAULT ''"
	");",
	"CREATE INDEX audit_by_ref ON audit(ref, id);",
	"CREATE TRIGGER audit_is_append_only_u BEFORE UPDATE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;",
	"CREATE TRIGGER audit_is_append_only_d BEFORE DELETE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;",
	"CREATE TABLE ref_counters ("
	"  year INTEGER PRIMARY KEY,"
	"  last INTEGER NOT NULL CHECK (last >= 0)"
	");",
	"CREATE VIRTUAL TABLE ideas_fts USING fts5(title, problem, solution,"
	"  content='ideas', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');",
	"CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN"
	"  INSERT INTO ideas_fts(rowid, title, problem, solution)"
	"    VALUES (NEW.id, NEW.title, NEW.problem, NEW.solution);"
	"END;",
	"CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN"
	"  INSERT INTO ideas_fts(ideas_fts, rowid, title, problem, solution)"
	"    VALUES ('delete', OLD.id, OLD.title, OLD.problem, OLD.solution);"
	"END;",
	"CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, problem, solution ON ideas BEGIN"
	"  INSERT INTO ideas_fts(ideas_fts, rowid, title, problem, solution)"
	"    VALUES ('delete', OLD.id, OLD.title, OLD.problem, OLD.solution);"
	"  INSERT INTO ideas_fts(rowid, title, problem, solution)"
	"    VALUES (NEW.id, NEW.title, NEW.problem, NEW.solution);"
	"END;",
	NULL
};

static const char *const migration_2[] = {
	/* 2: the workflow: decisions, plans, evaluations, transitions, visits. */
	"ALTER TABLE ideas ADD COLUMN impact INTEGER CHECK (impact BETWEEN 1 AND 4);",
	"ALTER TABLE ideas ADD COLUMN faisabilite INTEGER CHECK (faisabilite BETWEEN 1 AND 4);",
	"ALTER TABLE ideas ADD COLUMN decision_note TEXT;",
	"ALTER TABLE ideas ADD COLUMN handed_to TEXT;",
	"ALTER TABLE ideas ADD COLUMN closing_reason TEXT;",
	"ALTER TABLE ideas ADD COLUMN study_conclusion TEXT;",
	"ALTER TABLE agents ADD COLUMN last_visit TEXT;",
	"ALTER TABLE agents ADD COLUMN last_seen_transition INTEGER NOT NULL DEFAULT 0;",
	"CREATE TABLE transitions ("
	"  id INTEGER PRIMARY KEY,"
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  from_stage TEXT NOT NULL,"
	"  to_stage TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  actor_id INTEGER NOT NULL REFERENCES agents(id),"
	"  for_id INTEGER REFERENCES agents(id),"
	"  host TEXT NOT NULL,"
	"  note TEXT,"
	"  reason TEXT,"
	"  direction TEXT,"
	"  impact INTEGER CHECK (impact BETWEEN 1 AND 4),"
	"  faisabilite INTEGER CHECK (faisabilite BETWEEN 1 AND 4),"
	"  CHECK (from_stage <> to_stage)"
	");",
	"CREATE INDEX ideas_by_stage_time ON ideas(stage, stage_changed_at);",
	"CREATE INDEX transitions_by_idea ON transitions(idea_id, id);",
	"CREATE INDEX transitions_by_time ON transitions(at);",
	"CREATE TRIGGER transitions_are_append_only_u BEFORE UPDATE ON transitions"
	"  BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;",
	"CREATE TRIGGER transitions_are_append_only_d BEFORE DELETE ON transitions"
	"  WHEN (SELECT count(*) FROM ideas WHERE id = OLD.idea_id) > 0"
	"  BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;",
	"CREATE TABLE accompaniments ("
	"  idea_id INTEGER PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,"
	"  level TEXT NOT NULL CHECK (level IN ('aucun', 'interne', 'externe')),"
	"  accompanier TEXT NOT NULL DEFAULT '',"
	"  hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week BETWEEN 0 AND 40),"
	"  start_date TEXT,"
	"  updated_at TEXT NOT NULL"
	");",
	"CREATE TABLE experiments ("
	"  idea_id INTEGER PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,"
	"  sites TEXT NOT NULL DEFAULT '',"
	"  start_date TEXT NOT NULL,"
	"  end_date TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL,"
	"  CHECK (end_date >= start_date)"
	");",
	"CREATE TABLE indicators ("
	"  id INTEGER PRIMARY KEY,"
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),"
	"  baseline TEXT NOT NULL DEFAULT '',"
	"  target TEXT NOT NULL DEFAULT '',"
	"  UNIQUE (idea_id, name)"
	");",
	"CREATE TABLE evaluations ("
	"  id INTEGER PRIMARY KEY,"
	"  idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,"
	"  date TEXT NOT NULL,"
	"  author_id INTEGER NOT NULL REFERENCES agents(id),"
	"  observations TEXT NOT NULL DEFAULT '',"
	"  recommendation TEXT NOT NULL CHECK (recommendation IN"
	"    ('generaliser', 'poursuivre', 'arreter')),"
	"  created_at TEXT NOT NULL"
	");",
	"CREATE INDEX evaluations_by_idea ON evaluations(idea_id, date);",
	"CREATE TABLE evaluation_values ("
	"  evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,"
	"  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (evaluation_id, indicator_id)"
	") WITHOUT ROWID;",
	NULL
};

static const char *const migration_3[] = {
	/* 3: BuroDispo: floors, desks, bookings. */
	"CREATE TABLE floors ("
	"  id INTEGER PRIMARY KEY,"
	"  number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN -2 AND 30),"
	"  name TEXT NOT NULL,"
	"  plan TEXT NOT NULL,"
	"  width INTEGER NOT NULL,"
	"  source TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	");",
	"CREATE TABLE desks ("
	"  id INTEGER PRIMARY KEY,"
	"  floor_id INTEGER NOT NULL REFERENCES floors(id),"
	"  label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 6),"
	"  row INTEGER NOT NULL,"
	"  col INTEGER NOT NULL,"
	"  attrs INTEGER NOT NULL DEFAULT 0,"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
	"  blocked_reason TEXT,"
	"  UNIQUE (floor_id, label)"
	");",
	"CREATE TABLE bookings ("
	"  id INTEGER PRIMARY KEY,"
	"  desk_id INTEGER NOT NULL REFERENCES desks(id),"
	"  agent_id INTEGER NOT NULL REFERENCES agents(id),"
	"  booked_by INTEGER NOT NULL REFERENCES agents(id),"
	"  day TEXT NOT NULL CHECK (length(day) = 10),"
	"  slot TEXT NOT NULL CHECK (slot IN ('matin', 'apres-midi')),"
	"  state TEXT NOT NULL DEFAULT 'reservee'"
	"    CHECK (state IN ('reservee', 'occupee', 'annulee', 'liberee')),"
	"  created_at TEXT NOT NULL,"
	"  checked_in_at TEXT,"
	"  ended_at TEXT"
	");",
	/* The race: exactly one live booking per desk and half-day, and one
	 * desk per agent and half-day, whatever the C code checks. */
	"CREATE UNIQUE INDEX bookings_one_per_desk_slot ON bookings(desk_id, day, slot)"
	"  WHERE state IN ('reservee', 'occupee');",
	"CREATE UNIQUE INDEX bookings_one_per_agent_slot ON bookings(agent_id, day, slot)"
	"  WHERE state IN ('reservee', 'occupee');",
	"CREATE INDEX bookings_by_day ON bookings(day, slot);",
	/* the bookings still waiting for their check-in: what releases scan */
	"CREATE INDEX bookings_waiting ON bookings(day) WHERE state = 'reservee';",
	"CREATE INDEX bookings_by_agent ON bookings(agent_id, day);",
	"ALTER TABLE agents ADD COLUMN show_presence INTEGER NOT NULL DEFAULT 0"
	"  CHECK (show_presence IN (0, 1));",
	NULL
};

static const char *const migration_4[] = {
	/* 4: l'Accorderie: accounts, announcements, exchanges, movements. The
	 * book's invariants are here: movements append-only with a running
	 * balance that must follow, only confirmed exchanges post, a decided
	 * exchange never changes, one opening credit and one reversal at most. */
	"CREATE TABLE ledger_accounts ("
	"  id INTEGER PRIMARY KEY,"
	"  agent_id INTEGER UNIQUE REFERENCES agents(id),"
	"  pool INTEGER NOT NULL DEFAULT 0 CHECK (pool IN (0, 1)),"
	"  balance INTEGER NOT NULL DEFAULT 0,"
	"  opened_at TEXT NOT NULL,"
	"  CHECK ((pool = 1) = (agent_id IS NULL))"
	");",
	"CREATE UNIQUE INDEX ledger_one_pool ON ledger_accounts(pool) WHERE pool = 1;",
	"INSERT INTO ledger_accounts(agent_id, pool, opened_at)"
	"  VALUES (NULL, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));",
	"CREATE TRIGGER ledger_accounts_kept BEFORE DELETE ON ledger_accounts"
	"  BEGIN SELECT RAISE(ABORT, 'ledger accounts are never deleted'); END;",
	"CREATE TABLE ledger_ads ("
	"  id INTEGER PRIMARY KEY,"
	"  kind TEXT NOT NULL CHECK (kind IN ('offre', 'demande')),"
	"  agent_id INTEGER NOT NULL REFERENCES agents(id),"
	"  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),"
	"  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),"
	"  category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 40),"
	"  expires TEXT NOT NULL CHECK (length(expires) = 10),"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
	"  created_at TEXT NOT NULL"
	");",
	"CREATE INDEX ledger_ads_live ON ledger_ads(expires) WHERE active = 1;",
	"CREATE INDEX ledger_ads_by_agent ON ledger_ads(agent_id);",
	"CREATE TABLE ledger_exchanges ("
	"  id INTEGER PRIMARY KEY,"
	"  group_id INTEGER REFERENCES ledger_exchanges(id),"
	"  kind TEXT NOT NULL DEFAULT 'echange'"
	"    CHECK (kind IN ('echange', 'ouverture', 'annulation')),"
	"  provider INTEGER NOT NULL REFERENCES ledger_accounts(id),"
	"  beneficiary INTEGER NOT NULL REFERENCES ledger_accounts(id),"
	"  minutes INTEGER NOT NULL CHECK (minutes > 0),"
	"  day TEXT NOT NULL CHECK (length(day) = 10),"
	"  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),"
	"  ad_id INTEGER REFERENCES ledger_ads(id),"
	"  recorded_by INTEGER NOT NULL REFERENCES agents(id),"
	"  entered_by INTEGER NOT NULL REFERENCES agents(id),"
	"  state TEXT NOT NULL DEFAULT 'proposee'"
	"    CHECK (state IN ('proposee', 'confirmee', 'refusee')),"
	"  decided_by INTEGER REFERENCES agents(id),"
	"  decided_at TEXT,"
	"  auto_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (auto_confirmed IN (0, 1)),"
	"  reason TEXT,"
	"  reverses INTEGER REFERENCES ledger_exchanges(id),"
	"  created_at TEXT NOT NULL,"
	"  CHECK (provider <> beneficiary),"
	"  CHECK (kind <> 'echange' OR minutes <= 1440),"
	"  CHECK ((kind = 'annulation') = (reverses IS NOT NULL)),"
	"  CHECK (kind <> 'annulation' OR length(reason) > 0)"
	");",
	"CREATE INDEX ledger_exchanges_by_provider ON ledger_exchanges(provider, id);",
	"CREATE INDEX ledger_exchanges_by_beneficiary ON ledger_exchanges(beneficiary, id);",
	"CREATE INDEX ledger_exchanges_waiting ON ledger_exchanges(created_at)"
	"  WHERE state = 'proposee';",
	/* the journal: what was posted, in order */
	"CREATE INDEX ledger_exchanges_posted ON ledger_exchanges(decided_at, id)"
	"  WHERE state = 'confirmee';",
	/* The opening credit's provider is the credited agent; the pool pays. */
	"CREATE UNIQUE INDEX ledger_one_opening ON ledger_exchanges(provider)"
	"  WHERE kind = 'ouverture';",
	"CREATE UNIQUE INDEX ledger_one_reversal ON ledger_exchanges(reverses)"
	"  WHERE reverses IS NOT NULL;",
	"CREATE TRIGGER ledger_exchanges_kept BEFORE DELETE ON ledger_exchanges"
	"  BEGIN SELECT RAISE(ABORT, 'exchanges are never deleted'); END;",
	/* Only the answer to a proposal changes an exchange, once. */
	"CREATE TRIGGER ledger_exchanges_decided_once BEFORE UPDATE ON ledger_exchanges"
	"  WHEN OLD.state <> 'proposee' OR NEW.state = 'proposee'"
	"    OR NEW.provider IS NOT OLD.provider OR NEW.beneficiary IS NOT OLD.beneficiary"
	"    OR NEW.minutes IS NOT OLD.minutes OR NEW.kind IS NOT OLD.kind"
	"    OR NEW.day IS NOT OLD.day OR NEW.description IS NOT OLD.description"
	"    OR NEW.created_at IS NOT OLD.created_at OR NEW.reverses IS NOT OLD.reverses"
	"  BEGIN SELECT RAISE(ABORT, 'a decided exchange never changes'); END;",
	"CREATE TABLE ledger_movements ("
	"  id INTEGER PRIMARY KEY,"
	"  exchange_id INTEGER NOT NULL REFERENCES ledger_exchanges(id),"
	"  account_id INTEGER NOT NULL REFERENCES ledger_accounts(id),"
	"  minutes INTEGER NOT NULL CHECK (minutes <> 0),"
	"  balance_after INTEGER NOT NULL,"
	"  posted_at TEXT NOT NULL"
	");",
	"CREATE INDEX ledger_movements_by_account ON ledger_movements(account_id, id);",
	"CREATE INDEX ledger_movements_by_exchange ON ledger_movements(exchange_id);",
	"CREATE TRIGGER ledger_movements_no_update BEFORE UPDATE ON ledger_movements"
	"  BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;",
	"CREATE TRIGGER ledger_movements_no_delete BEFORE DELETE ON ledger_movements"
	"  BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;",
	"CREATE TRIGGER ledger_movements_follow BEFORE INSERT ON ledger_movements"
	"  BEGIN"
	"    SELECT RAISE(ABORT, 'only a confirmed exchange posts movements')"
	"      WHERE (SELECT state FROM ledger_exchanges WHERE id = NEW.exchange_id)"
	"        IS NOT 'confirmee';"
	"    SELECT RAISE(ABORT, 'running balance does not follow')"
	"      WHERE NEW.balance_after IS NOT"
	"        (SELECT balance FROM ledger_accounts WHERE id = NEW.account_id) + NEW.minutes;"
	"  END;",
	"CREATE TRIGGER ledger_movements_post AFTER INSERT ON ledger_movements"
	"  BEGIN UPDATE ledger_accounts SET balance = NEW.balance_after"
	"    WHERE id = NEW.account_id; END;",
	NULL
};

static const char *const *const schema_migrations[] = {
	migration_1,
	migration_2,
	migration_3,
	migration_4,
};

int schema_latest_version(void)
{
	return (int)(sizeof schema_migrations / sizeof schema_migrations[0]);
}

const char *const *schema_migration(int to)
{
	if (to < 1 || to > schema_latest_version())
		return NULL;
	return schema_migrations[to - 1];
}
