/* ideas_sql.h — the SQL of the idea filter (struct idea_filter), shared
 * by the modules that list ideas (ideas.c, workflow.c) so that the board and
 * the kanban filter the same way. Parameters: ?1 stage slug or NULL, ?2 open
 * stages only, ?3 direction, ?4 category, ?5 mine, ?6 the viewer's agent
 * id, ?7 the FTS5 query, ?8 the raw search text (reference match). Bind
 * them with ideas_bind_filter(). Private to src/. */
#ifndef CS_IDEAS_SQL_H
#define CS_IDEAS_SQL_H

#include <sqlite3.h>

#include "agents.h"
#include "ideas.h"
#include "schema.h"

#define IDEA_FILTER_WHERE " WHERE (?1 IS NULL OR i.stage = ?1)" IDEA_FILTER_REST
/* For queries of one stage (?1 always set): lets SQLite use the stage
 * indexes instead of scanning every idea. */
#define IDEA_FILTER_WHERE_STAGE " WHERE i.stage = ?1" IDEA_FILTER_REST
#define IDEA_FILTER_REST \
	" AND (?2 = 0 OR i.stage IN " SCHEMA_OPEN_STAGES ")" \
	" AND (?3 IS NULL OR i.direction = ?3)" \
	" AND (?4 IS NULL OR EXISTS (SELECT 1 FROM idea_categories c" \
	"   WHERE c.idea_id = i.id AND c.category = ?4))" \
	" AND (?5 = 0 OR i.author_id = ?6" \
	"   OR EXISTS (SELECT 1 FROM idea_coauthors k WHERE k.idea_id = i.id AND k.agent_id = ?6)" \
	"   OR EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = i.id AND s.agent_id = ?6))"
#define IDEA_FILTER_SEARCH \
	" AND (i.id IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH ?7)" \
	"   OR i.ref = upper(?8))"

/* Turns what a user typed into an FTS5 query: every word becomes a quoted
 * prefix term ("velo"*), all of them required. Newly allocated; a query
 * matching nothing when there is no word; NULL for no search at all. */
char *ideas_fts_query(const char *search);

/* Binds ?1..?8 for filter f seen by id; stage_override >= 0 replaces the
 * filter's stage; match is ideas_fts_query()'s result (or NULL). */
void ideas_bind_filter(sqlite3_stmt *st, const struct cs_identity *id,
                       const struct idea_filter *f, int stage_override,
                       const char *match);

#endif
