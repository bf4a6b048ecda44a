/* demo.c — loading the demonstration data set into a new database: the
 * ideas (data/demo.sql), BuroDispo's floors and bookings (data/floors,
 * data/demo-desks.sql) and the Accorderie's book (data/demo-ledger.sql),
 * each file in one transaction. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "buildinfo.h"
#include "demo.h"
#include "desks.h"
#include "i18n.h"
#include "privilege.h"

#ifndef SOURCE_DATADIR
#define SOURCE_DATADIR "data"
#endif

static bool is_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *demo_data_dir(void)
{
	const char *env = privilege_getenv("CONSTRUISONS_DATADIR");

	if (env != NULL && env[0] != '\0')
		return env;
	if (is_dir(DATADIR))
		return DATADIR;
	return SOURCE_DATADIR;
}

struct demo_work {
	const char *sql;
	bool first;              /* the demo goes only into a new database */
};

static enum cs_status do_load(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char count_sql[] = "SELECT count(*) FROM ideas";
	struct demo_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, count_sql, err);
	char *msg = NULL;
	int rc, ideas;

	if (st == NULL)
		return err->status;
	rc = sqlite3_step(st);
	ideas = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	db_stmt_done(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, _("loading the demo data"), err);
	if (ideas > 0 && w->first)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the database already holds ideas: the demo data "
		                      "only goes into a new database"));
	rc = sqlite3_exec(db_handle(db), w->sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		enum cs_status s = cs_error_set(err, rc == SQLITE_BUSY ? CS_ERR_BUSY
		                                                      : CS_ERR_INTERNAL,
		                                _("demo data: %s"), msg ? msg : "?");
		sqlite3_free(msg);
		return s;
	}
	return CS_OK;
}

static enum cs_status run_file(struct cs_db *db, const char *name, struct cs_error *err);

enum cs_status demo_load(struct cs_db *db, const struct cs_identity *id,
                         struct cs_error *err)
{
	char floors[4096];
	size_t nfloors, ndesks;
	enum cs_status s = run_file(db, "demo.sql", err);

	/* BuroDispo: the floors as shipped, then bookings around today */
	snprintf(floors, sizeof floors, "%s/floors", demo_data_dir());
	if (s == CS_OK)
		s = desks_import(db, id, floors, &nfloors, &ndesks, err);
	if (s == CS_OK)
		s = run_file(db, "demo-desks.sql", err);
	/* the Accorderie: accounts, announcements, exchanges around today */
	if (s == CS_OK)
		s = run_file(db, "demo-ledger.sql", err);
	return s;
}

static enum cs_status run_file(struct cs_db *db, const char *name, struct cs_error *err)
{
	char path[4096];
	struct demo_work w;
	FILE *f;
	char *buf;
	long size;
	enum cs_status s;

	snprintf(path, sizeof path, "%s/%s", demo_data_dir(), name);
	f = fopen(path, "rb");
	if (f == NULL)
		return cs_error_set(err, CS_ERR_NOINPUT, _("%s: %s"), path, cs_strerror(errno));
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return cs_error_set(err, CS_ERR_NOINPUT, _("%s: cannot read the file"), path);
	}
	buf = malloc((size_t)size + 1);
	if (buf == NULL) {
		fclose(f);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	buf[fread(buf, 1, (size_t)size, f)] = '\0';
	fclose(f);
	w.sql = buf;
	w.first = strcmp(name, "demo.sql") == 0;
	s = db_write(db, do_load, &w, err);
	free(buf);
	return s;
}
