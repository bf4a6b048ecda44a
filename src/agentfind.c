/* agentfind.c — finding agents by part of their name or login (case and
 * accents ignored, every word of the query), ranked and bounded, and the
 * "did you mean" hint built from it. The directory is read row by row and
 * only the best AGENTFIND_MAX rows are kept, so a search costs one pass
 * and no memory in proportion to the directory. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "agentfind.h"
#include "i18n.h"
#include "text.h"

#define QUERY_WORDS_MAX 8

/* The query cut into words (spaces, commas, parentheses between them). */
struct query {
	char buf[AGENTFIND_QUERY_MAX + 1];
	const char *words[QUERY_WORDS_MAX];
	size_t n;
};

static bool is_separator(char c)
{
	return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '(' || c == ')';
}

/* False when the query cannot match anyone (empty, too long, too many
 * words). */
static bool query_split(const char *text, struct query *q)
{
	size_t len = strlen(text);
	char *p;

	q->n = 0;
	if (len > AGENTFIND_QUERY_MAX)
		return false;
	memcpy(q->buf, text, len + 1);
	for (p = q->buf; *p != '\0';) {
		while (is_separator(*p))
			*p++ = '\0';
		if (*p == '\0')
			break;
		if (q->n == QUERY_WORDS_MAX)
			return false;
		q->words[q->n++] = p;
		while (*p != '\0' && !is_separator(*p))
			p++;
	}
	return q->n > 0;
}

/* A character after which a word of a name starts. */
static bool starts_word_after(unsigned char c)
{
	return c == ' ' || c == '-' || c == '\'' || c == '.' || c == '_';
}

/* Where word occurs in s: 0 nowhere, 1 inside a word, 2 at the start of a
 * word of s (or of s itself). */
static int occurs(const char *s, const char *word)
{
	size_t off = 0, start, end;
	int best = 0;

	while (s[off] != '\0' && text_find_folded(s + off, word, &start, &end)) {
		size_t at = off + start;
		uint32_t cp;
		if (at == 0 || starts_word_after((unsigned char)s[at - 1])
		    || (at >= 3 && memcmp(s + at - 3, "\xe2\x80\x99", 3) == 0))
			return 2;   /* also after a typographic apostrophe */
		best = 1;
		off = at + text_decode(s + at, strlen(s + at), &cp);
	}
	return best;
}

/* 0 the login itself, 1 every word starts the login or a word of the
 * name, 2 every word occurs, -1 no match. */
static int rank_of(const char *login, const char *name, const struct query *q)
{
	size_t start, end;
	int rank = 1;

	if (q->n == 1 && text_find_folded(login, q->words[0], &start, &end)
	    && start == 0 && login[end] == '\0')
		return 0;
	for (size_t i = 0; i < q->n; i++) {
		int in_login = occurs(login, q->words[i]);
		int in_name = occurs(name, q->words[i]);
		int how = in_login > in_name ? in_login : in_name;
		if (how == 0)
			return -1;
		if (how == 1)
			rank = 2;
	}
	return rank;
}

/* Kept matches, sorted by rank then name then login. */
struct kept {
	struct agentfind_match *out;
	int rank[AGENTFIND_MAX];
	size_t max, count, total;
};

static int compare(const struct kept *k, size_t i, int rank, const char *name,
                   const char *login)
{
	int r;

	if (k->rank[i] != rank)
		return k->rank[i] < rank ? -1 : 1;
	r = text_collate(k->out[i].name, strlen(k->out[i].name), name, strlen(name));
	return r != 0 ? r : strcmp(k->out[i].login, login);
}

static void keep(struct kept *k, int rank, const char *login, const char *name)
{
	size_t at = k->count;

	k->total++;
	while (at > 0 && compare(k, at - 1, rank, name, login) > 0)
		at--;
	if (at >= k->max)
		return;
	if (k->count == k->max)
		k->count--;   /* the last one falls off */
	memmove(&k->out[at + 1], &k->out[at], (k->count - at) * sizeof *k->out);
	memmove(&k->rank[at + 1], &k->rank[at], (k->count - at) * sizeof *k->rank);
	snprintf(k->out[at].login, sizeof k->out[at].login, "%s", login);
	text_clean(name, k->out[at].name, sizeof k->out[at].name);
	k->rank[at] = rank;
	k->count++;
}

enum cs_status agentfind_search(struct cs_db *db, const char *query,
                                struct agentfind_match *out, size_t max,
                                size_t *count, size_t *total,
                                struct cs_error *err)
{
	static const char sql[] = "SELECT login, name FROM agents";
	struct kept k = { .out = out, .max = max < AGENTFIND_MAX ? max : AGENTFIND_MAX };
	struct query q;
	sqlite3_stmt *st;
	int rc;

	*count = 0;
	if (total != NULL)
		*total = 0;
	if (query == NULL || !query_split(query, &q) || k.max == 0)
		return CS_OK;
	if ((st = db_prepare(db, sql, err)) == NULL)
		return err->status;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *login = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		int rank;
		if (login == NULL || strlen(login) >= AGENT_LOGIN_MAX)
			continue;
		if ((rank = rank_of(login, name ? name : "", &q)) >= 0)
			keep(&k, rank, login, name ? name : "");
	}
	db_stmt_done(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, rc, _("reading the directory"), err);
	*count = k.count;
	if (total != NULL)
		*total = k.total;
	return CS_OK;
}

struct read_args {
	const char *query;
	struct agentfind_match *out;
	size_t max, *count, *total;
};

static enum cs_status read_work(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct read_args *a = ctx;

	return agentfind_search(db, a->query, a->out, a->max, a->count, a->total, err);
}

enum cs_status agentfind_read(struct cs_db *db, const char *query,
                              struct agentfind_match *out, size_t max,
                              size_t *count, size_t *total,
                              struct cs_error *err)
{
	struct read_args a = { query, out, max, count, total };

	*count = 0;
	if (total != NULL)
		*total = 0;
	return db_read(db, read_work, &a, err);
}

void agentfind_hint(struct cs_db *db, const char *text, char *buf, size_t size)
{
	struct agentfind_match m[3];
	struct cs_error err;
	char list[3 * (AGENT_LOGIN_MAX + AGENT_NAME_MAX + 8)];
	size_t count = 0, total = 0;
	int used = 0;

	if (size == 0)
		return;
	buf[0] = '\0';
	if (agentfind_search(db, text, m, 3, &count, &total, &err) != CS_OK || count == 0)
		return;
	list[0] = '\0';
	for (size_t i = 0; i < count; i++) {
		const char *sep = i == 0 ? "" : i + 1 < count ? ", " : _(" or ");
		int n = snprintf(list + used, sizeof list - (size_t)used, "%s%s (%s)", sep,
		                 m[i].login, m[i].name);
		if (n < 0 || (size_t)n >= sizeof list - (size_t)used)
			break;
		used += n;
	}
	if (total > count)
		snprintf(buf, size, _("did you mean %s? (%zu agents match: type more of "
		                      "the name)"), list, total);
	else
		snprintf(buf, size, _("did you mean %s?"), list);
}

enum cs_status agentfind_unknown(struct cs_db *db, const char *text,
                                 struct cs_error *err)
{
	char shown[AGENT_NAME_MAX], hint[sizeof err->message];

	text_clean(text, shown, sizeof shown);
	agentfind_hint(db, text, hint, sizeof hint);
	if (hint[0] == '\0')
		return cs_error_set(err, CS_ERR_NOTFOUND, _("unknown agent: \"%s\""), shown);
	return cs_error_set(err, CS_ERR_NOTFOUND, _("unknown agent: \"%s\"; %s"), shown, hint);
}

static enum cs_status resembles_work(struct cs_db *db, void *ctx, struct cs_error *err)
{
	struct agentfind_match m[1];
	size_t count = 0;
	enum cs_status st = agentfind_search(db, ctx, m, 1, &count, NULL, err);

	if (st != CS_OK || count == 0)
		return st;
	return agentfind_unknown(db, ctx, err);
}

enum cs_status agentfind_read_resembles(struct cs_db *db, const char *text,
                                        struct cs_error *err)
{
	return db_read(db, resembles_work, (void *)text, err);
}
