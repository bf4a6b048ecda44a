/* schema.h — the database schema as forward migrations (schema.c).
 * Migration N takes a database from user_version N-1 to N. Never edit a
 * released migration: append a new one. */
#ifndef CS_SCHEMA_H
#define CS_SCHEMA_H

/* The stages an idea can still move from, as an SQL list. */
#define SCHEMA_OPEN_STAGES \
	"('deposee','contact','comite','etude','construction','experimentation')"

/* The schema version the program writes (the number of migrations). */
int schema_latest_version(void);

/* The statements of the migration to version `to` (1..latest), a
 * NULL-terminated array, or NULL when there is no such migration. */
const char *const *schema_migration(int to);

#endif
