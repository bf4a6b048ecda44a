/* agents.c — identity from the Unix account, roles from groups and the
 * configuration, acting for another agent, and the agents directory
 * (registration on first use, CSV import, listing). */
#include <ctype.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentfind.h"
#include "agents.h"
#include "audit.h"
#include "csv.h"
#include "grow.h"
#include "i18n.h"
#include "text.h"

#define IMPORT_MAX_REPORTED 10
#define IMPORT_MAX_BYTES (16 * 1024 * 1024)

static void copy_string(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

static bool in_groups(const struct cs_string_list *wanted, char **groups,
                      size_t ngroups)
{
	for (size_t i = 0; i < ngroups; i++)
		if (config_list_has(wanted, groups[i]))
			return true;
	return false;
}

/* The names of the groups of login (primary gid included); newly allocated. */
static char **group_names(const char *login, gid_t gid, size_t *count)
{
	int n = 64;
	gid_t *gids = malloc((size_t)n * sizeof *gids);
	char **names;
	char buf[8192];

	*count = 0;
	if (gids == NULL)
		return NULL;
	if (getgrouplist(login, gid, gids, &n) < 0) {
		gid_t *bigger = realloc(gids, (size_t)n * sizeof *gids);
		if (bigger == NULL) {
			free(gids);
			return NULL;
		}
		gids = bigger;
		if (getgrouplist(login, gid, gids, &n) < 0)
			n = 0;
	}
	names = calloc((size_t)n + 1, sizeof *names);
	for (int i = 0; names != NULL && i < n; i++) {
		struct group gr, *res = NULL;
		if (getgrgid_r(gids[i], &gr, buf, sizeof buf, &res) == 0 && res != NULL)
			names[(*count)++] = strdup(gr.gr_name);
	}
	free(gids);
	return names;
}

static bool valid_login(const char *s);

/* Fills id from one passwd entry and the configuration's roles. */
static void identity_from_passwd(const struct cs_config *cfg, const struct passwd *pw,
                                 struct cs_identity *id)
{
	char **groups;
	size_t ngroups;

	memset(id, 0, sizeof *id);
	copy_string(id->login, sizeof id->login, pw->pw_name);
	{
		/* GECOS: "Full Name,room,phone,..." */
		char gecos[AGENT_NAME_MAX];
		char *name;
		copy_string(gecos, sizeof gecos, pw->pw_gecos);
		gecos[strcspn(gecos, ",")] = '\0';
		name = text_sanitize(gecos, TEXT_SINGLE_LINE);
		copy_string(id->name, sizeof id->name,
		            name && name[0] ? name : id->login);
		free(name);
	}

	id->roles = ROLE_AGENT;
	groups = group_names(pw->pw_name, pw->pw_gid, &ngroups);
	if (config_list_has(&cfg->facilitators, id->login)
	    || in_groups(&cfg->facilitator_groups, groups, ngroups))
		id->roles |= ROLE_FACILITATOR;
	if (config_list_has(&cfg->committee_members, id->login)
	    || in_groups(&cfg->committee_groups, groups, ngroups))
		id->roles |= ROLE_COMMITTEE;
	if (config_list_has(&cfg->admins, id->login)
	    || in_groups(&cfg->admin_groups, groups, ngroups))
		id->roles |= ROLE_ADMIN;
	for (size_t i = 0; i < ngroups; i++)
		free(groups[i]);
	free(groups);
	if (id->roles & ROLE_ADMIN)
		id->roles |= ROLE_FACILITATOR | ROLE_COMMITTEE;
}

enum cs_status identity_from_unix(const struct cs_config *cfg,
                                  struct cs_identity *id, struct cs_error *err)
{
	struct passwd pw, *res = NULL;
	char buf[16384];
	int rc;

	memset(id, 0, sizeof *id);
	rc = getpwuid_r(getuid(), &pw, buf, sizeof buf, &res);
	if (rc != 0 || res == NULL)
		return cs_error_set(err, CS_ERR_UNAVAILABLE,
		                    _("your Unix account (uid %u) is unknown to this host"),
		                    (unsigned)getuid());
	identity_from_passwd(cfg, &pw, id);
	return CS_OK;
}

enum cs_status identity_from_login(const struct cs_config *cfg, const char *login,
                                   struct cs_identity *id, struct cs_error *err)
{
	struct passwd pw, *res = NULL;
	char buf[16384];
	int rc;

	memset(id, 0, sizeof *id);
	rc = getpwnam_r(login, &pw, buf, sizeof buf, &res);
	if (rc != 0 || res == NULL)
		return cs_error_set(err, CS_ERR_NOTFOUND,
		                    _("no Unix account \"%s\" on this host"), login);
	identity_from_passwd(cfg, &pw, id);
	return CS_OK;
}

struct lookup {
	const char *login;
	int64_t id;
	bool is_admin;
	char name[AGENT_NAME_MAX];
	bool found;
};

static enum cs_status lookup_agent(struct cs_db *db, void *ctx,
                                   struct cs_error *err)
{
	static const char sql[] =
		"SELECT id, is_admin, name FROM agents WHERE login = ?1";
	struct lookup *l = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, l->login);
	rc = sqlite3_step(st);
	l->found = rc == SQLITE_ROW;
	if (l->found) {
		l->id = sqlite3_column_int64(st, 0);
		l->is_admin = sqlite3_column_int(st, 1) != 0;
		copy_string(l->name, sizeof l->name,
		            (const char *)sqlite3_column_text(st, 2));
	}
	db_stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the directory"), err);
	return CS_OK;
}

struct registration {
	struct cs_identity *id;
};

static enum cs_status insert_agent(struct cs_db *db, void *ctx,
                                   struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO agents(login, name, created_at) VALUES (?1, ?2, ?3)"
		" ON CONFLICT(login) DO NOTHING";
	struct registration *r = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	char now[24];
	int rc, changes;

	if (st == NULL)
		return err->status;
	db_now(now, sizeof now);
	db_bind_text(st, 1, r->id->login);
	db_bind_text(st, 2, r->id->name);
	db_bind_text(st, 3, now);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("recording you in the directory"), err);
	changes = sqlite3_changes(db_handle(db));
	if (changes > 0)
		return audit_record(db, r->id, "agent.register", "agent", r->id->login,
		                    r->id->name, err);
	return CS_OK;
}

enum cs_status agents_register(struct cs_db *db, struct cs_identity *id,
                               struct cs_error *err)
{
	struct lookup l = { .login = id->login };
	struct registration r = { id };
	enum cs_status st;

	st = db_read(db, lookup_agent, &l, err);
	if (st == CS_OK && !l.found) {
		st = db_write(db, insert_agent, &r, err);
		if (st == CS_OK)
			st = db_read(db, lookup_agent, &l, err);
	}
	if (st != CS_OK)
		return st;
	if (!l.found)
		return cs_error_set(err, CS_ERR_INTERNAL,
		                    _("cannot record %s in the directory"), id->login);
	id->agent_id = l.id;
	if (l.name[0] != '\0')
		copy_string(id->name, sizeof id->name, l.name);
	if (l.is_admin)
		id->roles |= ROLE_ADMIN | ROLE_FACILITATOR | ROLE_COMMITTEE;
	return CS_OK;
}

static enum cs_status set_first_admin(struct cs_db *db, void *ctx,
                                      struct cs_error *err)
{
	static const char sql[] = "UPDATE agents SET is_admin = 1 WHERE id = ?1";
	struct cs_identity *id = ctx;
	sqlite3_stmt *st;
	char *existing = db_meta_get(db, "first_admin");
	int rc;

	if (existing != NULL) {
		free(existing);
		return CS_OK;
	}
	st = db_prepare(db, sql, err);
	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, id->agent_id);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("recording the first admin"), err);
	if (db_meta_set(db, "first_admin", id->login, err) != CS_OK)
		return err->status;
	return audit_record(db, id, "agent.first-admin", "agent", id->login, "", err);
}

enum cs_status agents_make_first_admin(struct cs_db *db, struct cs_identity *id,
                                       struct cs_error *err)
{
	enum cs_status st = db_write(db, set_first_admin, id, err);

	if (st == CS_OK)
		st = agents_register(db, id, err);
	return st;
}

enum cs_status identity_act_for(struct cs_db *db, struct cs_identity *id,
                                const char *login, struct cs_error *err)
{
	struct lookup l = { .login = login };
	enum cs_status st;

	if (strcmp(login, id->login) == 0)
		return CS_OK;
	if (!identity_has_role(id, ROLE_FACILITATOR))
		return cs_error_set(err, CS_ERR_PERM,
		                    _("only a facilitator may act for another agent (--pour %s)"),
		                    login);
	st = db_read(db, lookup_agent, &l, err);
	if (st != CS_OK)
		return st;
	if (!l.found)
		return agentfind_unknown(db, login, err);
	copy_string(id->for_login, sizeof id->for_login, login);
	copy_string(id->for_name, sizeof id->for_name, l.name);
	id->for_agent_id = l.id;
	return CS_OK;
}

int64_t identity_effective_id(const struct cs_identity *id)
{
	return id->for_agent_id ? id->for_agent_id : id->agent_id;
}

const char *identity_effective_login(const struct cs_identity *id)
{
	return id->for_agent_id ? id->for_login : id->login;
}

bool identity_has_role(const struct cs_identity *id, unsigned role)
{
	if (id->roles & ROLE_ADMIN)
		return true;
	return (id->roles & role) == role;
}

void identity_roles_text(unsigned roles, char *buf, size_t size)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ ROLE_AGENT, N_("agent") },
		{ ROLE_FACILITATOR, N_("facilitator") },
		{ ROLE_COMMITTEE, N_("committee") },
		{ ROLE_ADMIN, N_("admin") },
	};
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!(roles & names[i].bit))
			continue;
		int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "",
		                 _(names[i].name));
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
}

/* ---- CSV import ---------------------------------------------------- */

enum { COL_LOGIN, COL_NAME, COL_DIRECTION, COL_SERVICE, COL_SITE, COL_COUNT };

struct import_row {
	char *fields[COL_COUNT];
	size_t line;
};

struct import {
	const struct cs_identity *id;
	struct import_row *rows;
	size_t count;
	size_t written;
	size_t *seen, seen_cap;   /* logins given so far (see seen_login) */
};

bool agents_login_is_valid(const char *s)
{
	return valid_login(s);
}

static bool valid_login(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > AGENT_LOGIN_MAX - 1 || s[0] == '-')
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '.' && *s != '_' && *s != '-')
			return false;
	return true;
}

static int column_of(const char *header)
{
	static const struct { const char *name; int col; } known[] = {
		{ "login", COL_LOGIN }, { "identifiant", COL_LOGIN },
		{ "nom", COL_NAME }, { "name", COL_NAME },
		{ "direction", COL_DIRECTION }, { "service", COL_SERVICE },
		{ "site", COL_SITE },
	};
	char *h = text_sanitize(header, TEXT_SINGLE_LINE);
	int col = -1;

	for (char *p = h; p && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	for (size_t i = 0; h && i < sizeof known / sizeof known[0]; i++)
		if (strcmp(h, known[i].name) == 0)
			col = known[i].col;
	free(h);
	return col;
}

static void import_free(struct import *im)
{
	for (size_t i = 0; i < im->count; i++)
		for (int c = 0; c < COL_COUNT; c++)
			free(im->rows[i].fields[c]);
	free(im->rows);
	free(im->seen);
}

/* The logins already given, as an open-addressing table of row index + 1
 * (0 is empty), so that a duplicate is found in constant time: comparing
 * each row with all the earlier ones made the import quadratic. */
static size_t login_hash(const char *s)
{
	size_t h = 14695981039346656037u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The row that already gave login, or -1. */
static long seen_login(const struct import *im, const char *login)
{
	if (im->seen_cap == 0)
		return -1;
	for (size_t i = login_hash(login) & (im->seen_cap - 1);; i = (i + 1) & (im->seen_cap - 1)) {
		size_t r = im->seen[i];
		if (r == 0)
			return -1;
		if (strcmp(im->rows[r - 1].fields[COL_LOGIN], login) == 0)
			return (long)(r - 1);
	}
}

/* Records row (already in im->rows) under its login; false when out of
 * memory. The table stays at most half full. */
static bool remember_login(struct import *im, size_t row)
{
	if (2 * (im->count + 1) > im->seen_cap) {
		size_t cap = im->seen_cap ? 2 * im->seen_cap : 64;
		size_t *t = calloc(cap, sizeof *t);
		if (t == NULL)
			return false;
		for (size_t k = 0; k < im->seen_cap; k++) {
			size_t r = im->seen[k], i;
			if (r == 0)
				continue;
			for (i = login_hash(im->rows[r - 1].fields[COL_LOGIN]) & (cap - 1); t[i] != 0;
			     i = (i + 1) & (cap - 1))
				;
			t[i] = r;
		}
		free(im->seen);
		im->seen = t;
		im->seen_cap = cap;
	}
	{
		size_t i = login_hash(im->rows[row].fields[COL_LOGIN]) & (im->seen_cap - 1);
		while (im->seen[i] != 0)
			i = (i + 1) & (im->seen_cap - 1);
		im->seen[i] = row + 1;
	}
	return true;
}

static void add_problem(char *report, size_t size, size_t *problems,
                        const char *source, size_t line, const char *what)
{
	size_t used = strlen(report);

	(*problems)++;
	if (*problems > IMPORT_MAX_REPORTED)
		return;
	snprintf(report + used, size - used, "\n  %s:%zu: %s", source, line, what);
}

static enum cs_status write_import(struct cs_db *db, void *ctx,
                                   struct cs_error *err)
{
	static const char sql[] =
		"INSERT INTO agents(login, name, direction, service, site, created_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
		" ON CONFLICT(login) DO UPDATE SET name = excluded.name,"
		" direction = excluded.direction, service = excluded.service,"
		" site = excluded.site";
	struct import *im = ctx;
	char now[24], detail[64];
	sqlite3_stmt *st;

	db_now(now, sizeof now);
	im->written = 0;
	for (size_t i = 0; i < im->count; i++) {
		int rc;
		st = db_prepare(db, sql, err);
		if (st == NULL)
			return err->status;
		for (int c = 0; c < COL_COUNT; c++)
			db_bind_text(st, c + 1, im->rows[i].fields[c] ? im->rows[i].fields[c] : "");
		db_bind_text(st, 6, now);
		rc = sqlite3_step(st);
		db_stmt_done(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, rc, _("importing agents"), err);
		im->written++;
	}
	snprintf(detail, sizeof detail, "%zu", im->written);
	return audit_record(db, im->id, "agents.import", "agent", NULL, detail, err);
}

enum cs_status agents_import_buffer(struct cs_db *db,
                                    const struct cs_identity *id,
                                    const char *source, const char *buf,
                                    size_t len, size_t *imported,
                                    struct cs_error *err)
{
	struct csv_reader r;
	struct csv_record rec;
	struct import im = { .id = id };
	int map[64];
	size_t ncols = 0, problems = 0, cap = 0;
	char report[sizeof err->message - 200] = "";
	enum cs_status st = CS_OK;
	int got;
	bool has[COL_COUNT] = { false };

	*imported = 0;
	if (!identity_has_role(id, ROLE_ADMIN))
		return cs_error_set(err, CS_ERR_PERM, _("only an admin may import agents"));
	if (!text_is_valid_utf8(buf, len))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s: the file is not valid UTF-8 text"), source);
	csv_init(&r, buf, len);
	got = csv_next(&r, &rec);
	if (got <= 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s: empty file, expected a header line "
		                      "login;nom;direction;service;site"), source);
	ncols = rec.count;
	for (size_t i = 0; i < ncols && i < 64; i++) {
		map[i] = column_of(rec.fields[i]);
		if (map[i] >= 0) {
			if (has[map[i]]) {
				csv_record_free(&rec);
				return cs_error_set(err, CS_ERR_DATA,
				                    _("%s:%zu: column \"%s\" appears twice"),
				                    source, rec.line, rec.fields[i]);
			}
			has[map[i]] = true;
		}
	}
	csv_record_free(&rec);
	if (ncols > 64 || !has[COL_LOGIN] || !has[COL_NAME])
		return cs_error_set(err, CS_ERR_DATA,
		                    _("%s:1: the header must name the columns login and nom "
		                      "(and optionally direction, service, site)"), source);

	for (;;) {
		size_t from = r.pos;
		struct import_row row;
		bool bad = false;

		if ((got = csv_next(&r, &rec)) <= 0)
			break;
		row = (struct import_row){ .line = rec.line };
		/* a NUL byte would silently cut its field short */
		if (memchr(buf + from, '\0', r.pos - from) != NULL) {
			add_problem(report, sizeof report, &problems, source, rec.line,
			            _("a NUL byte in a field: the line is refused"));
			csv_record_free(&rec);
			continue;
		}
		if (rec.count != ncols) {
			char what[160];
			snprintf(what, sizeof what, _("wrong number of fields: %zu instead of %zu"), rec.count, ncols);
			add_problem(report, sizeof report, &problems, source, rec.line, what);
			csv_record_free(&rec);
			continue;
		}
		for (size_t i = 0; i < ncols; i++) {
			if (map[i] < 0)
				continue;
			row.fields[map[i]] = text_sanitize(rec.fields[i], TEXT_SINGLE_LINE);
		}
		csv_record_free(&rec);
		for (int c = 0; c < COL_COUNT; c++)
			if (row.fields[c] == NULL)
				row.fields[c] = strdup("");
		if (!valid_login(row.fields[COL_LOGIN])) {
			char what[200];
			snprintf(what, sizeof what, _("invalid login \"%.64s\""),
			         row.fields[COL_LOGIN]);
			add_problem(report, sizeof report, &problems, source, row.line, what);
			bad = true;
		} else if (row.fields[COL_NAME][0] == '\0'
		           || text_length(row.fields[COL_NAME]) > AGENT_NAME_MAX / 2) {
			add_problem(report, sizeof report, &problems, source, row.line,
			            _("missing or too long name"));
			bad = true;
		} else {
			long k = seen_login(&im, row.fields[COL_LOGIN]);
			if (k >= 0) {
				char what[200];
				snprintf(what, sizeof what,
				         _("login \"%s\" already given on line %zu"),
				         row.fields[COL_LOGIN], im.rows[k].line);
				add_problem(report, sizeof report, &problems, source,
				            row.line, what);
				bad = true;
			}
		}
		if (bad) {
			for (int c = 0; c < COL_COUNT; c++)
				free(row.fields[c]);
			continue;
		}
		if (!cs_grow(&im.rows, &cap, im.count, sizeof *im.rows)) {
			for (int c = 0; c < COL_COUNT; c++)
				free(row.fields[c]);
			import_free(&im);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		im.rows[im.count] = row;
		if (!remember_login(&im, im.count)) {
			im.count++;
			import_free(&im);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		im.count++;
	}
	if (got < 0)
		add_problem(report, sizeof report, &problems, source, r.line,
		            _("unterminated quoted field"));
	if (problems > 0) {
		import_free(&im);
		if (problems > IMPORT_MAX_REPORTED)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("%s: %zu bad lines, nothing imported; the first ones:%s"),
			                    source, problems, report);
		return cs_error_set(err, CS_ERR_DATA,
		                    P_("%s: %zu bad line, nothing imported:%s",
		                       "%s: %zu bad lines, nothing imported:%s", problems),
		                    source, problems, report);
	}
	if (im.count == 0) {
		import_free(&im);
		return cs_error_set(err, CS_ERR_DATA, _("%s: no agent to import"), source);
	}
	st = db_write(db, write_import, &im, err);
	if (st == CS_OK)
		*imported = im.written;
	import_free(&im);
	return st;
}

enum cs_status agents_import_csv(struct cs_db *db, const struct cs_identity *id,
                                 const char *path, size_t *imported,
                                 struct cs_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat sb;
	char *buf;
	size_t len;
	enum cs_status st;

	*imported = 0;
	if (f == NULL)
		return cs_error_set(err, CS_ERR_NOINPUT, _("%s: %s"), path, cs_strerror(errno));
	if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)
	    || sb.st_size > IMPORT_MAX_BYTES) {
		fclose(f);
		return cs_error_set(err, CS_ERR_NOINPUT,
		                    _("%s: not a regular file of at most 16 MiB"), path);
	}
	buf = malloc((size_t)sb.st_size + 1);
	if (buf == NULL) {
		fclose(f);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	len = fread(buf, 1, (size_t)sb.st_size, f);
	fclose(f);
	buf[len] = '\0';
	st = agents_import_buffer(db, id, path, buf, len, imported, err);
	free(buf);
	return st;
}

/* ---- listing ------------------------------------------------------- */

static void agent_from_row(sqlite3_stmt *st, struct cs_agent *a)
{
	a->id = sqlite3_column_int64(st, 0);
	a->login = db_column_dup(st, 1);
	a->name = db_column_dup(st, 2);
	a->direction = db_column_dup(st, 3);
	a->service = db_column_dup(st, 4);
	a->site = db_column_dup(st, 5);
	a->is_admin = sqlite3_column_int(st, 6) != 0;
}

#define AGENT_COLUMNS "id, login, name, direction, service, site, is_admin"

static enum cs_status read_agents(struct cs_db *db, void *ctx,
                                  struct cs_error *err)
{
	static const char sql[] =
		"SELECT " AGENT_COLUMNS " FROM agents ORDER BY name COLLATE fr, login";
	struct cs_agent_list *out = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	size_t cap = 0;
	int rc;

	if (st == NULL)
		return err->status;
	agents_list_free(out);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!cs_grow(&out->items, &cap, out->count, sizeof *out->items)) {
			db_stmt_done(st);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		agent_from_row(st, &out->items[out->count++]);
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the directory"), err);
}

enum cs_status agents_list(struct cs_db *db, struct cs_agent_list *out,
                           struct cs_error *err)
{
	memset(out, 0, sizeof *out);
	return db_read(db, read_agents, out, err);
}

void agents_free(struct cs_agent *a)
{
	free(a->login);
	free(a->name);
	free(a->direction);
	free(a->service);
	free(a->site);
	memset(a, 0, sizeof *a);
}

void agents_list_free(struct cs_agent_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		agents_free(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

enum cs_status agents_get(struct cs_db *db, const char *login,
                          struct cs_agent *out, struct cs_error *err)
{
	static const char sql[] =
		"SELECT " AGENT_COLUMNS " FROM agents WHERE login = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	memset(out, 0, sizeof *out);
	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, login);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		agent_from_row(st, out);
	db_stmt_done(st);
	if (rc == SQLITE_ROW)
		return CS_OK;
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND,
		                    _("no agent \"%s\" in the directory"), login);
	return db_fail(db, rc, _("reading the directory"), err);
}
