/* ideas.c — ideas and what agents do with them: submit, edit with a version
 * check, support, comment, withdraw; the board's filtered pages and the
 * whole idea with its comments and history. Every write is one db_write()
 * with its journal line; every read one db_read(). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agentfind.h"
#include "audit.h"
#include "grow.h"
#include "i18n.h"
#include "ideas.h"
#include "ideas_sql.h"
#include "schema.h"
#include "text.h"

/* ---- input checking ------------------------------------------------- */

struct clean_draft {
	char *title, *problem, *solution;
	char *categories[IDEA_CATEGORIES_MAX];
	size_t category_count;
	bool categories_set;
	char **coauthors;
	size_t coauthor_count;
	bool coauthors_set;
};

static void clean_draft_free(struct clean_draft *c)
{
	free(c->title);
	free(c->problem);
	free(c->solution);
	for (size_t i = 0; i < c->category_count; i++)
		free(c->categories[i]);
	for (size_t i = 0; i < c->coauthor_count; i++)
		free(c->coauthors[i]);
	free(c->coauthors);
	memset(c, 0, sizeof *c);
}

/* Sanitises one field into *out; checks its length in code points. */
static enum cs_status clean_text(const char *in, unsigned flags, size_t max,
                                 bool required, const char *label, char **out,
                                 struct cs_error *err)
{
	size_t n;

	*out = NULL;
	if (in == NULL)
		return CS_OK;
	*out = text_sanitize(in, flags);
	if (*out == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	n = text_length(*out);
	if (required && n == 0)
		return cs_error_set(err, CS_ERR_DATA, _("the %s may not be empty"), label);
	if (n > max)
		return cs_error_set(err, CS_ERR_DATA,
		                    _("the %s is too long: %zu characters, at most %zu"),
		                    label, n, max);
	return CS_OK;
}

static enum cs_status clean(const struct idea_draft *d, bool creating,
                            struct clean_draft *c, struct cs_error *err)
{
	enum cs_status st;

	memset(c, 0, sizeof *c);
	if (creating && d->title == NULL)
		return cs_error_set(err, CS_ERR_DATA, _("the title may not be empty"));
	if ((st = clean_text(d->title, TEXT_SINGLE_LINE, IDEA_TITLE_MAX, true,
	                     _("title"), &c->title, err)) != CS_OK)
		return st;
	if ((st = clean_text(d->problem, TEXT_MULTI_LINE, IDEA_TEXT_MAX, false,
	                     _("problem"), &c->problem, err)) != CS_OK)
		return st;
	if ((st = clean_text(d->solution, TEXT_MULTI_LINE, IDEA_TEXT_MAX, false,
	                     _("proposed solution"), &c->solution, err)) != CS_OK)
		return st;

	c->categories_set = d->categories_set || (creating && d->category_count > 0);
	for (size_t i = 0; i < d->category_count; i++) {
		char *cat;
		bool dup = false;
		if ((st = clean_text(d->categories[i], TEXT_SINGLE_LINE,
		                     IDEA_CATEGORY_MAX, false, _("category"), &cat,
		                     err)) != CS_OK) {
			free(cat);
			return st;
		}
		for (size_t k = 0; k < c->category_count; k++)
			dup = dup || strcmp(c->categories[k], cat) == 0;
		if (cat[0] == '\0' || dup) {
			free(cat);
			continue;
		}
		if (c->category_count == IDEA_CATEGORIES_MAX) {
			free(cat);
			return cs_error_set(err, CS_ERR_DATA, _("at most %d categories per idea"),
			                    IDEA_CATEGORIES_MAX);
		}
		c->categories[c->category_count++] = cat;
	}

	c->coauthors_set = d->coauthors_set || (creating && d->coauthor_count > 0);
	if (d->coauthor_count > 0) {
		c->coauthors = calloc(d->coauthor_count, sizeof *c->coauthors);
		if (c->coauthors == NULL)
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		for (size_t i = 0; i < d->coauthor_count; i++) {
			char *login = text_sanitize(d->coauthors[i], TEXT_SINGLE_LINE);
			if (login == NULL)
				return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
			if (login[0] == '\0') {
				free(login);
				continue;
			}
			c->coauthors[c->coauthor_count++] = login;
		}
	}
	return CS_OK;
}

/* ---- shared pieces of the write transactions ------------------------ */

struct idea_head {
	int64_t id;
	int64_t author_id;
	enum cs_stage stage;
	int64_t version;
	char title[IDEA_TITLE_MAX * 4 + 1];
};

static enum cs_status load_head(struct cs_db *db, const char *ref,
                                struct idea_head *h, struct cs_error *err)
{
	static const char sql[] =
		"SELECT id, author_id, stage, version, title FROM ideas WHERE ref = ?1";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	db_bind_text(st, 1, ref);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		h->id = sqlite3_column_int64(st, 0);
		h->author_id = sqlite3_column_int64(st, 1);
		if (!stage_from_slug((const char *)sqlite3_column_text(st, 2), &h->stage))
			h->stage = STAGE_DEPOSEE;
		h->version = sqlite3_column_int64(st, 3);
		snprintf(h->title, sizeof h->title, "%s",
		         (const char *)sqlite3_column_text(st, 4));
	}
	db_stmt_done(st);
	if (rc == SQLITE_ROW)
		return CS_OK;
	if (rc == SQLITE_DONE)
		return cs_error_set(err, CS_ERR_NOTFOUND, _("idea %s does not exist"), ref);
	return db_fail(db, rc, _("reading the idea"), err);
}

static enum cs_status is_coauthor(struct cs_db *db, int64_t idea, int64_t agent,
                                  bool *yes, struct cs_error *err)
{
	static const char sql[] =
		"SELECT 1 FROM idea_coauthors WHERE idea_id = ?1 AND agent_id = ?2";
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	sqlite3_bind_int64(st, 2, agent);
	rc = sqlite3_step(st);
	db_stmt_done(st);
	*yes = rc == SQLITE_ROW;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? CS_OK
	                                             : db_fail(db, rc, _("reading the idea"), err);
}

static enum cs_status write_categories(struct cs_db *db, int64_t idea,
                                       const struct clean_draft *c,
                                       struct cs_error *err)
{
	static const char del[] = "DELETE FROM idea_categories WHERE idea_id = ?1";
	static const char ins[] =
		"INSERT INTO idea_categories(idea_id, category) VALUES (?1, ?2)";
	sqlite3_stmt *st = db_prepare(db, del, err);
	enum cs_status s;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	if ((s = db_step_done(db, st, _("saving the categories"), err)) != CS_OK)
		return s;
	for (size_t i = 0; i < c->category_count; i++) {
		if ((st = db_prepare(db, ins, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, idea);
		db_bind_text(st, 2, c->categories[i]);
		if ((s = db_step_done(db, st, _("saving the categories"), err)) != CS_OK)
			return s;
	}
	return CS_OK;
}

/* A co-author that names nobody: the message says whom it resembles. */
static enum cs_status unknown_coauthor(struct cs_db *db, const char *login,
                                       struct cs_error *err)
{
	char shown[AGENT_NAME_MAX], hint[512];

	text_clean(login, shown, sizeof shown);
	agentfind_hint(db, login, hint, sizeof hint);
	if (hint[0] == '\0')
		return cs_error_set(err, CS_ERR_NOTFOUND,
		                    _("co-author \"%s\" is not in the directory"), shown);
	return cs_error_set(err, CS_ERR_NOTFOUND,
	                    _("co-author \"%s\" is not in the directory; %s"), shown, hint);
}

static enum cs_status write_coauthors(struct cs_db *db, int64_t idea,
                                      int64_t author,
                                      const struct clean_draft *c,
                                      struct cs_error *err)
{
	static const char del[] = "DELETE FROM idea_coauthors WHERE idea_id = ?1";
	static const char find[] = "SELECT id FROM agents WHERE login = ?1";
	static const char ins[] =
		"INSERT INTO idea_coauthors(idea_id, agent_id) VALUES (?1, ?2)"
		" ON CONFLICT DO NOTHING";
	sqlite3_stmt *st = db_prepare(db, del, err);
	enum cs_status s;

	if (st == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, idea);
	if ((s = db_step_done(db, st, _("saving the co-authors"), err)) != CS_OK)
		return s;
	for (size_t i = 0; i < c->coauthor_count; i++) {
		int64_t agent;
		int rc;
		if ((st = db_prepare(db, find, err)) == NULL)
			return err->status;
		db_bind_text(st, 1, c->coauthors[i]);
		rc = sqlite3_step(st);
		agent = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
		db_stmt_done(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, rc, _("saving the co-authors"), err);
		if (agent == 0)
			return unknown_coauthor(db, c->coauthors[i], err);
		if (agent == author)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("the author cannot also be a co-author"));
		if ((st = db_prepare(db, ins, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(st, 1, idea);
		sqlite3_bind_int64(st, 2, agent);
		if ((s = db_step_done(db, st, _("saving the co-authors"), err)) != CS_OK)
			return s;
	}
	return CS_OK;
}

/* ---- add ------------------------------------------------------------ */

struct add_work {
	const struct cs_identity *id;
	const struct clean_draft *draft;
	char ref[IDEA_REF_MAX];
};

static enum cs_status do_add(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char who[] =
		"SELECT direction, service, site FROM agents WHERE id = ?1";
	static const char counter[] =
		"INSERT INTO ref_counters(year, last) VALUES (?1, 1)"
		" ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last";
	static const char ins[] =
		"INSERT INTO ideas(ref, title, problem, solution, author_id, direction,"
		" service, site, created_at, updated_at, stage_changed_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)";
	struct add_work *w = ctx;
	int64_t author = identity_effective_id(w->id);
	char now[24], *direction = NULL, *service = NULL, *site = NULL;
	sqlite3_stmt *st;
	int64_t idea, number;
	int year, rc;
	enum cs_status s;

	db_now(now, sizeof now);
	year = atoi(now);
	if ((st = db_prepare(db, who, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, author);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		direction = db_column_dup(st, 0);
		service = db_column_dup(st, 1);
		site = db_column_dup(st, 2);
	}
	db_stmt_done(st);
	if (rc != SQLITE_ROW) {
		s = rc == SQLITE_DONE ? cs_error_set(err, CS_ERR_NOTFOUND,
		                                     _("you are not in the directory"))
		                      : db_fail(db, rc, _("reading the directory"), err);
		goto out;
	}

	if ((st = db_prepare(db, counter, err)) == NULL) {
		s = err->status;
		goto out;
	}
	sqlite3_bind_int(st, 1, year);
	rc = sqlite3_step(st);
	number = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	/* RETURNING: step to the end so the statement completes. */
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	db_stmt_done(st);
	if (rc != SQLITE_DONE) {
		s = db_fail(db, rc, _("numbering the idea"), err);
		goto out;
	}
	snprintf(w->ref, sizeof w->ref, "CONS-%d-%03lld", year, (long long)number);

	if ((st = db_prepare(db, ins, err)) == NULL) {
		s = err->status;
		goto out;
	}
	db_bind_text(st, 1, w->ref);
	db_bind_text(st, 2, w->draft->title);
	db_bind_text(st, 3, w->draft->problem ? w->draft->problem : "");
	db_bind_text(st, 4, w->draft->solution ? w->draft->solution : "");
	sqlite3_bind_int64(st, 5, author);
	db_bind_text(st, 6, direction);
	db_bind_text(st, 7, service);
	db_bind_text(st, 8, site);
	db_bind_text(st, 9, now);
	if ((s = db_step_done(db, st, _("saving the idea"), err)) != CS_OK)
		goto out;
	idea = sqlite3_last_insert_rowid(db_handle(db));
	if ((s = write_categories(db, idea, w->draft, err)) != CS_OK)
		goto out;
	if ((s = write_coauthors(db, idea, author, w->draft, err)) != CS_OK)
		goto out;
	s = audit_record(db, w->id, "idea.add", "idea", w->ref, w->draft->title, err);
out:
	free(direction);
	free(service);
	free(site);
	return s;
}

enum cs_status ideas_add(struct cs_db *db, const struct cs_identity *id,
                         const struct idea_draft *draft,
                         char ref[IDEA_REF_MAX], struct cs_error *err)
{
	struct clean_draft c;
	struct add_work w = { .id = id, .draft = &c };
	enum cs_status s = clean(draft, true, &c, err);

	ref[0] = '\0';
	if (s == CS_OK)
		s = db_write(db, do_add, &w, err);
	if (s == CS_OK)
		snprintf(ref, IDEA_REF_MAX, "%s", w.ref);
	clean_draft_free(&c);
	return s;
}

/* ---- edit ----------------------------------------------------------- */

struct edit_work {
	const struct cs_identity *id;
	const char *ref;
	int64_t expected_version;
	const struct clean_draft *draft;
};

static enum cs_status may_edit(struct cs_db *db, const struct cs_identity *id,
                               const struct idea_head *h, struct cs_error *err)
{
	bool co = false;
	enum cs_status s;

	if (h->author_id == identity_effective_id(id)
	    || identity_has_role(id, ROLE_FACILITATOR))
		return CS_OK;
	if ((s = is_coauthor(db, h->id, identity_effective_id(id), &co, err)) != CS_OK)
		return s;
	if (co)
		return CS_OK;
	return cs_error_set(err, CS_ERR_PERM,
	                    _("only the authors of an idea and the facilitators may edit it"));
}

static enum cs_status do_edit(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char upd[] =
		"UPDATE ideas SET title = coalesce(?1, title),"
		" problem = coalesce(?2, problem), solution = coalesce(?3, solution),"
		" version = version + 1, updated_at = ?4"
		" WHERE id = ?5 AND version = ?6";
	struct edit_work *w = ctx;
	struct idea_head h;
	char now[24], detail[256] = "";
	sqlite3_stmt *st;
	enum cs_status s;

	if ((s = load_head(db, w->ref, &h, err)) != CS_OK)
		return s;
	if (stage_is_closed(h.stage))
		return cs_error_set(err, CS_ERR_DATA,
		                    _("idea %s is closed (%s) and can no longer be edited"),
		                    w->ref, stage_label(h.stage));
	if ((s = may_edit(db, w->id, &h, err)) != CS_OK)
		return s;
	if (w->expected_version != 0 && w->expected_version != h.version)
		return cs_error_set(err, CS_ERR_CONFLICT,
		                    _("idea %s was changed by someone else meanwhile "
		                      "(version %lld, yours was %lld): reload it; "
		                      "your text was not saved"),
		                    w->ref, (long long)h.version,
		                    (long long)w->expected_version);
	db_now(now, sizeof now);
	if ((st = db_prepare(db, upd, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, w->draft->title);
	db_bind_text(st, 2, w->draft->problem);
	db_bind_text(st, 3, w->draft->solution);
	db_bind_text(st, 4, now);
	sqlite3_bind_int64(st, 5, h.id);
	sqlite3_bind_int64(st, 6, h.version);
	if ((s = db_step_done(db, st, _("saving the idea"), err)) != CS_OK)
		return s;
	if (w->draft->categories_set
	    && (s = write_categories(db, h.id, w->draft, err)) != CS_OK)
		return s;
	if (w->draft->coauthors_set
	    && (s = write_coauthors(db, h.id, h.author_id, w->draft, err)) != CS_OK)
		return s;
	{
		const char *parts[5];
		size_t n = 0, used = 0;
		if (w->draft->title) parts[n++] = _("title");
		if (w->draft->problem) parts[n++] = _("problem");
		if (w->draft->solution) parts[n++] = _("proposed solution");
		if (w->draft->categories_set) parts[n++] = _("categories");
		if (w->draft->coauthors_set) parts[n++] = _("co-authors");
		for (size_t i = 0; i < n && used < sizeof detail; i++) {
			int k = snprintf(detail + used, sizeof detail - used, "%s%s",
			                 i ? ", " : "", parts[i]);
			if (k > 0)
				used += (size_t)k;
		}
	}
	return audit_record(db, w->id, "idea.edit", "idea", w->ref, detail, err);
}

enum cs_status ideas_edit(struct cs_db *db, const struct cs_identity *id,
                          const char *ref, int64_t expected_version,
                          const struct idea_draft *draft, struct cs_error *err)
{
	struct clean_draft c;
	struct edit_work w = { id, ref, expected_version, &c };
	enum cs_status s = clean(draft, false, &c, err);

	if (s == CS_OK && c.title == NULL && c.problem == NULL && c.solution == NULL
	    && !c.categories_set && !c.coauthors_set)
		s = cs_error_set(err, CS_ERR_USAGE, _("nothing to change"));
	if (s == CS_OK)
		s = db_write(db, do_edit, &w, err);
	clean_draft_free(&c);
	return s;
}

/* ---- supports ------------------------------------------------------- */

struct support_work {
	const struct cs_identity *id;
	const char *ref;
	bool add;
};

static enum cs_status do_support(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char ins[] =
		"INSERT INTO supports(idea_id, agent_id, created_at) VALUES (?1, ?2, ?3)"
		" ON CONFLICT DO NOTHING";
	static const char del[] =
		"DELETE FROM supports WHERE idea_id = ?1 AND agent_id = ?2";
	struct support_work *w = ctx;
	int64_t me = identity_effective_id(w->id);
	struct idea_head h;
	sqlite3_stmt *st;
	char now[24];
	bool co = false;
	enum cs_status s;

	if ((s = load_head(db, w->ref, &h, err)) != CS_OK)
		return s;
	if (w->add) {
		if (stage_is_closed(h.stage))
			return cs_error_set(err, CS_ERR_DATA,
			                    _("idea %s is closed (%s): it can no longer be supported"),
			                    w->ref, stage_label(h.stage));
		if ((s = is_coauthor(db, h.id, me, &co, err)) != CS_OK)
			return s;
		if (h.author_id == me || co)
			return cs_error_set(err, CS_ERR_DATA,
			                    _("you cannot support your own idea"));
	}
	if ((st = db_prepare(db, w->add ? ins : del, err)) == NULL)
		return err->status;
	db_now(now, sizeof now);
	sqlite3_bind_int64(st, 1, h.id);
	sqlite3_bind_int64(st, 2, me);
	if (w->add)
		db_bind_text(st, 3, now);
	if ((s = db_step_done(db, st, _("saving the support"), err)) != CS_OK)
		return s;
	if (sqlite3_changes(db_handle(db)) == 0)
		return cs_error_set(err, CS_ERR_DATA,
		                    w->add ? _("you already support idea %s")
		                           : _("you do not support idea %s"), w->ref);
	return audit_record(db, w->id, w->add ? "idea.support" : "idea.unsupport",
	                    "idea", w->ref, "", err);
}

enum cs_status ideas_support(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, struct cs_error *err)
{
	struct support_work w = { id, ref, true };

	return db_write(db, do_support, &w, err);
}

enum cs_status ideas_unsupport(struct cs_db *db, const struct cs_identity *id,
                               const char *ref, struct cs_error *err)
{
	struct support_work w = { id, ref, false };

	return db_write(db, do_support, &w, err);
}

/* ---- comments and withdrawal --------------------------------------- */

struct comment_work {
	const struct cs_identity *id;
	const char *ref;
	const char *body;     /* sanitised */
};

static enum cs_status do_comment(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char ins[] =
		"INSERT INTO comments(idea_id, agent_id, written_by, body, created_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5)";
	struct comment_work *w = ctx;
	struct idea_head h;
	sqlite3_stmt *st;
	char now[24], excerpt[128];
	enum cs_status s;

	if ((s = load_head(db, w->ref, &h, err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, ins, err)) == NULL)
		return err->status;
	db_now(now, sizeof now);
	sqlite3_bind_int64(st, 1, h.id);
	sqlite3_bind_int64(st, 2, identity_effective_id(w->id));
	sqlite3_bind_int64(st, 3, w->id->agent_id);
	db_bind_text(st, 4, w->body);
	db_bind_text(st, 5, now);
	if ((s = db_step_done(db, st, _("saving the comment"), err)) != CS_OK)
		return s;
	snprintf(excerpt, sizeof excerpt, "%.*s", (int)text_prefix_bytes(w->body, 60),
	         w->body);
	return audit_record(db, w->id, "idea.comment", "idea", w->ref, excerpt, err);
}

enum cs_status ideas_comment(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, const char *body,
                             struct cs_error *err)
{
	struct comment_work w = { id, ref, NULL };
	char *clean_body;
	enum cs_status s;

	s = clean_text(body ? body : "", TEXT_MULTI_LINE, IDEA_COMMENT_MAX, true,
	               _("comment"), &clean_body, err);
	if (s == CS_OK) {
		w.body = clean_body;
		s = db_write(db, do_comment, &w, err);
	}
	free(clean_body);
	return s;
}

/* ---- the board's pages ---------------------------------------------- */

#define LIST_COLUMNS \
	"SELECT i.id, i.ref, i.stage, i.title, i.direction, a.name, i.supports," \
	" i.comments," \
	" EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = i.id AND s.agent_id = ?6)," \
	" (i.author_id = ?6 OR EXISTS (SELECT 1 FROM idea_coauthors k" \
	"   WHERE k.idea_id = i.id AND k.agent_id = ?6))," \
	" i.created_at, i.version" \
	" FROM ideas i JOIN agents a ON a.id = i.author_id"
#define LIST_ORDER " ORDER BY i.id DESC LIMIT ?9 OFFSET ?10"

static const char list_sql[] = LIST_COLUMNS IDEA_FILTER_WHERE LIST_ORDER;
static const char list_search_sql[] = LIST_COLUMNS IDEA_FILTER_WHERE IDEA_FILTER_SEARCH LIST_ORDER;
static const char count_sql[] = "SELECT count(*) FROM ideas i" IDEA_FILTER_WHERE;
static const char count_search_sql[] =
	"SELECT count(*) FROM ideas i" IDEA_FILTER_WHERE IDEA_FILTER_SEARCH;

char *ideas_fts_query(const char *search)
{
	char *q, *p;
	bool in_word = false;

	if (search == NULL || search[0] == '\0')
		return NULL;
	q = p = malloc(strlen(search) * 4 + 8);
	if (q == NULL)
		return NULL;
	for (const unsigned char *s = (const unsigned char *)search; ; s++) {
		bool word_char = *s >= 0x80 || isalnum(*s);
		if (word_char && !in_word) {
			if (p != q)
				*p++ = ' ';
			*p++ = '"';
			in_word = true;
		} else if (!word_char && in_word) {
			*p++ = '"';
			*p++ = '*';
			in_word = false;
		}
		if (*s == '\0')
			break;
		if (word_char)
			*p++ = (char)*s;
	}
	*p = '\0';
	if (p == q)
		strcpy(q, "\"\"");   /* punctuation only: matches nothing */
	return q;
}

struct list_work {
	const struct cs_identity *id;
	const struct idea_filter *filter;
	char *match;          /* FTS query or NULL */
	size_t offset, limit;
	struct idea_page *page;
};

void ideas_bind_filter(sqlite3_stmt *st, const struct cs_identity *id,
                       const struct idea_filter *f, int stage_override,
                       const char *match)
{
	int stage = stage_override >= 0 ? stage_override : f->stage;

	db_bind_text(st, 1, stage >= 0 && stage < STAGE_COUNT
	                    ? stage_slug((enum cs_stage)stage) : NULL);
	sqlite3_bind_int(st, 2, stage_override < 0 && f->stage == IDEA_FILTER_OPEN);
	db_bind_text(st, 3, f->direction && f->direction[0] ? f->direction : NULL);
	db_bind_text(st, 4, f->category && f->category[0] ? f->category : NULL);
	sqlite3_bind_int(st, 5, f->mine);
	sqlite3_bind_int64(st, 6, identity_effective_id(id));
	if (match != NULL) {
		db_bind_text(st, 7, match);
		db_bind_text(st, 8, f->search);
	}
}

static void bind_filter(sqlite3_stmt *st, const struct list_work *w)
{
	ideas_bind_filter(st, w->id, w->filter, -1, w->match);
}

static enum cs_status do_list(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct list_work *w = ctx;
	struct idea_page *page = w->page;
	sqlite3_stmt *st;
	int rc;

	ideas_page_free(page);
	page->offset = w->offset;
	if ((st = db_prepare(db, w->match ? count_search_sql : count_sql, err)) == NULL)
		return err->status;
	bind_filter(st, w);
	rc = sqlite3_step(st);
	page->total = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
	db_stmt_done(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, rc, _("reading the ideas"), err);
	if (w->limit == 0 || w->offset >= page->total)
		return CS_OK;

	page->rows = calloc(w->limit < page->total - w->offset ? w->limit
	                                                       : page->total - w->offset,
	                    sizeof *page->rows);
	if (page->rows == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	if ((st = db_prepare(db, w->match ? list_search_sql : list_sql, err)) == NULL)
		return err->status;
	bind_filter(st, w);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)w->limit);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)w->offset);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && page->count < w->limit
	       && page->count < page->total - w->offset) {
		struct idea_row *r = &page->rows[page->count++];
		r->id = sqlite3_column_int64(st, 0);
		snprintf(r->ref, sizeof r->ref, "%s", (const char *)sqlite3_column_text(st, 1));
		if (!stage_from_slug((const char *)sqlite3_column_text(st, 2), &r->stage))
			r->stage = STAGE_DEPOSEE;
		r->title = db_column_dup(st, 3);
		r->direction = db_column_dup(st, 4);
		r->author_name = db_column_dup(st, 5);
		r->supports = sqlite3_column_int(st, 6);
		r->comments = sqlite3_column_int(st, 7);
		r->supported_by_me = sqlite3_column_int(st, 8) != 0;
		r->mine = sqlite3_column_int(st, 9) != 0;
		snprintf(r->created_at, sizeof r->created_at, "%s",
		         (const char *)sqlite3_column_text(st, 10));
		r->version = sqlite3_column_int64(st, 11);
	}
	db_stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the ideas"), err);
	return CS_OK;
}

enum cs_status ideas_list(struct cs_db *db, const struct cs_identity *id,
                          const struct idea_filter *filter, size_t offset,
                          size_t limit, struct idea_page *page,
                          struct cs_error *err)
{
	struct list_work w = { id, filter, NULL, offset, limit, page };
	enum cs_status s;

	memset(page, 0, sizeof *page);
	w.match = ideas_fts_query(filter->search);
	s = db_read(db, do_list, &w, err);
	free(w.match);
	if (s != CS_OK)
		ideas_page_free(page);
	return s;
}

void ideas_page_free(struct idea_page *page)
{
	for (size_t i = 0; i < page->count; i++) {
		free(page->rows[i].title);
		free(page->rows[i].direction);
		free(page->rows[i].author_name);
	}
	free(page->rows);
	page->rows = NULL;
	page->count = 0;
	page->total = 0;
}

/* ---- one idea ------------------------------------------------------- */

struct get_work {
	const struct cs_identity *id;
	const char *ref;
	struct idea_detail *d;
};

/* Appends every first-column (and optional second-column) text of st's rows
 * to *v (and *v2). */
static enum cs_status collect(struct cs_db *db, sqlite3_stmt *st, char ***v,
                              char ***v2, size_t *count, struct cs_error *err)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*count == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			char **more = realloc(*v, ncap * sizeof *more);
			if (more == NULL)
				goto nomem;
			*v = more;
			if (v2 != NULL) {
				more = realloc(*v2, ncap * sizeof *more);
				if (more == NULL)
					goto nomem;
				*v2 = more;
			}
			cap = ncap;
		}
		(*v)[*count] = db_column_dup(st, 0);
		if (v2 != NULL)
			(*v2)[*count] = db_column_dup(st, 1);
		(*count)++;
	}
	db_stmt_done(st);
	return rc == SQLITE_DONE ? CS_OK : db_fail(db, rc, _("reading the idea"), err);
nomem:
	db_stmt_done(st);
	return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
}

static enum cs_status do_get(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char idea_sql[] =
		"SELECT i.id, i.ref, i.stage, i.title, i.problem, i.solution, a.login,"
		" a.name, i.direction, i.service, i.site, i.supports, i.created_at,"
		" i.updated_at, i.stage_changed_at, i.withdrawal_reason, i.version,"
		" i.author_id,"
		" EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = i.id AND s.agent_id = ?2)"
		" FROM ideas i JOIN agents a ON a.id = i.author_id WHERE i.ref = ?1";
	static const char cat_sql[] =
		"SELECT category FROM idea_categories WHERE idea_id = ?1 ORDER BY category COLLATE fr";
	static const char co_sql[] =
		"SELECT a.login, a.name FROM idea_coauthors k JOIN agents a ON a.id = k.agent_id"
		" WHERE k.idea_id = ?1 ORDER BY a.name COLLATE fr";
	static const char sup_sql[] =
		"SELECT a.name FROM supports s JOIN agents a ON a.id = s.agent_id"
		" WHERE s.idea_id = ?1 ORDER BY s.created_at, a.name";
	static const char com_sql[] =
		"SELECT c.id, a.login, a.name, w.login, c.created_at, c.body"
		" FROM comments c JOIN agents a ON a.id = c.agent_id"
		" JOIN agents w ON w.id = c.written_by"
		" WHERE c.idea_id = ?1 ORDER BY c.id";
	struct get_work *w = ctx;
	struct idea_detail *d = w->d;
	int64_t me = identity_effective_id(w->id), author;
	sqlite3_stmt *st;
	enum cs_status s;
	bool co = false;
	size_t cap = 0, n;
	int rc;

	if ((st = db_prepare(db, idea_sql, err)) == NULL)
		return err->status;
	db_bind_text(st, 1, w->ref);
	sqlite3_bind_int64(st, 2, me);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		db_stmt_done(st);
		if (rc == SQLITE_DONE)
			return cs_error_set(err, CS_ERR_NOTFOUND, _("idea %s does not exist"), w->ref);
		return db_fail(db, rc, _("reading the idea"), err);
	}
	d->id = sqlite3_column_int64(st, 0);
	snprintf(d->ref, sizeof d->ref, "%s", (const char *)sqlite3_column_text(st, 1));
	if (!stage_from_slug((const char *)sqlite3_column_text(st, 2), &d->stage))
		d->stage = STAGE_DEPOSEE;
	d->title = db_column_dup(st, 3);
	d->problem = db_column_dup(st, 4);
	d->solution = db_column_dup(st, 5);
	d->author_login = db_column_dup(st, 6);
	d->author_name = db_column_dup(st, 7);
	d->direction = db_column_dup(st, 8);
	d->service = db_column_dup(st, 9);
	d->site = db_column_dup(st, 10);
	d->supports = sqlite3_column_int(st, 11);
	snprintf(d->created_at, sizeof d->created_at, "%s", (const char *)sqlite3_column_text(st, 12));
	snprintf(d->updated_at, sizeof d->updated_at, "%s", (const char *)sqlite3_column_text(st, 13));
	snprintf(d->stage_changed_at, sizeof d->stage_changed_at, "%s",
	         (const char *)sqlite3_column_text(st, 14));
	d->withdrawal_reason = sqlite3_column_type(st, 15) == SQLITE_NULL
	                       ? NULL : db_column_dup(st, 15);
	d->version = sqlite3_column_int64(st, 16);
	author = sqlite3_column_int64(st, 17);
	d->supported_by_me = sqlite3_column_int(st, 18) != 0;
	db_stmt_done(st);

	if ((st = db_prepare(db, cat_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, d->id);
	if ((s = collect(db, st, &d->categories, NULL, &d->category_count, err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, co_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, d->id);
	if ((s = collect(db, st, &d->coauthors, &d->coauthor_names, &d->coauthor_count,
	                 err)) != CS_OK)
		return s;
	if ((st = db_prepare(db, sup_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, d->id);
	if ((s = collect(db, st, &d->supporters, NULL, &d->supporter_count, err)) != CS_OK)
		return s;

	if ((st = db_prepare(db, com_sql, err)) == NULL)
		return err->status;
	sqlite3_bind_int64(st, 1, d->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct idea_comment *c;
		if (!cs_grow(&d->comments, &cap, d->comment_count, sizeof *d->comments)) {
			db_stmt_done(st);
			return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		}
		c = &d->comments[d->comment_count++];
		memset(c, 0, sizeof *c);
		c->id = sqlite3_column_int64(st, 0);
		c->author_login = db_column_dup(st, 1);
		c->author_name = db_column_dup(st, 2);
		c->for_login = db_column_dup(st, 3);
		if (strcmp(c->for_login, c->author_login) == 0)
			c->for_login[0] = '\0';
		snprintf(c->created_at, sizeof c->created_at, "%s",
		         (const char *)sqlite3_column_text(st, 4));
		c->body = db_column_dup(st, 5);
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the comments"), err);

	for (n = 0; n < d->coauthor_count; n++)
		co = co || strcmp(d->coauthors[n], identity_effective_login(w->id)) == 0;
	{
		bool open = !stage_is_closed(d->stage);
		bool own = author == me || co;
		bool facilitator = identity_has_role(w->id, ROLE_FACILITATOR);
		d->can_edit = open && (own || facilitator);
		d->can_support = open && !own;
		d->can_withdraw = open && (author == me || facilitator);
	}
	return CS_OK;
}

enum cs_status ideas_get(struct cs_db *db, const struct cs_identity *id,
                         const char *ref, struct idea_detail **out,
                         struct cs_error *err)
{
	struct get_work w = { id, ref, calloc(1, sizeof(struct idea_detail)) };
	enum cs_status s;

	*out = NULL;
	if (w.d == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	s = db_read(db, do_get, &w, err);
	if (s != CS_OK) {
		ideas_detail_free(w.d);
		return s;
	}
	*out = w.d;
	return CS_OK;
}

void ideas_detail_free(struct idea_detail *d)
{
	if (d == NULL)
		return;
	free(d->title);
	free(d->problem);
	free(d->solution);
	free(d->author_login);
	free(d->author_name);
	free(d->direction);
	free(d->service);
	free(d->site);
	ideas_strings_free(d->categories, d->category_count);
	ideas_strings_free(d->coauthors, d->coauthor_count);
	ideas_strings_free(d->coauthor_names, d->coauthor_count);
	ideas_strings_free(d->supporters, d->supporter_count);
	for (size_t i = 0; i < d->comment_count; i++) {
		free(d->comments[i].author_login);
		free(d->comments[i].author_name);
		free(d->comments[i].for_login);
		free(d->comments[i].body);
	}
	free(d->comments);
	free(d->withdrawal_reason);
	free(d);
}

struct history_work {
	const char *ref;
	struct cs_audit_list *out;
};

static enum cs_status do_history(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct history_work *w = ctx;

	return audit_for_ref(db, w->ref, w->out, err);
}

enum cs_status ideas_history(struct cs_db *db, const char *ref,
                             struct cs_audit_list *out, struct cs_error *err)
{
	struct history_work w = { ref, out };

	memset(out, 0, sizeof *out);
	return db_read(db, do_history, &w, err);
}

/* ---- choices for filters -------------------------------------------- */

struct strings_work {
	const char *sql;
	char **v;
	size_t count;
};

static enum cs_status do_strings(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct strings_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, w->sql, err);

	if (st == NULL)
		return err->status;
	return collect(db, st, &w->v, NULL, &w->count, err);
}

static enum cs_status distinct_strings(struct cs_db *db, const char *sql,
                                       char ***out, size_t *count,
                                       struct cs_error *err)
{
	struct strings_work w = { sql, NULL, 0 };
	enum cs_status s = db_read(db, do_strings, &w, err);

	if (s != CS_OK) {
		ideas_strings_free(w.v, w.count);
		w.v = NULL;
		w.count = 0;
	}
	*out = w.v;
	*count = w.count;
	return s;
}

enum cs_status ideas_directions(struct cs_db *db, char ***out, size_t *count,
                                struct cs_error *err)
{
	static const char sql[] =
		"SELECT DISTINCT direction FROM ideas WHERE direction <> '' ORDER BY direction COLLATE fr";

	return distinct_strings(db, sql, out, count, err);
}

enum cs_status ideas_categories(struct cs_db *db, char ***out, size_t *count,
                                struct cs_error *err)
{
	static const char sql[] =
		"SELECT DISTINCT category FROM idea_categories ORDER BY category COLLATE fr";

	return distinct_strings(db, sql, out, count, err);
}

void ideas_strings_free(char **v, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(v[i]);
	free(v);
}

struct check_work {
	long ideas, problems;
};

static enum cs_status do_check(struct cs_db *db, void *ctx, struct cs_error *err)
{
	static const char sql[] =
		"SELECT count(*), coalesce(sum(i.supports != (SELECT count(*) FROM supports s"
		"   WHERE s.idea_id = i.id) OR i.comments != (SELECT count(*) FROM comments c"
		"   WHERE c.idea_id = i.id)), 0) FROM ideas i";
	struct check_work *w = ctx;
	sqlite3_stmt *st = db_prepare(db, sql, err);
	int rc;

	if (st == NULL)
		return err->status;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		w->ideas = (long)sqlite3_column_int64(st, 0);
		w->problems = (long)sqlite3_column_int64(st, 1);
	}
	db_stmt_done(st);
	return rc == SQLITE_ROW ? CS_OK : db_fail(db, rc, _("checking the ideas"), err);
}

enum cs_status ideas_check(struct cs_db *db, long *ideas, long *problems,
                           struct cs_error *err)
{
	struct check_work w = { 0, 0 };
	enum cs_status s = db_read(db, do_check, &w, err);

	*ideas = w.ideas;
	*problems = w.problems;
	return s;
}
