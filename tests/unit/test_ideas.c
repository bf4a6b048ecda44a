/* test_ideas.c — the ideas module and its journal through the real core
 * API on a real database file: numbering, rules on input, supports,
 * comments, withdrawal, edit conflicts, filters and search, and that a
 * refused change leaves nothing behind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <locale.h>

#include "agents.h"
#include "audit.h"
#include "db.h"
#include "ideas.h"
#include "fixture.h"
#include "tap.h"
#include "workflow.h"

static struct cs_db *db;
static char dir[] = "/tmp/cs-ideas-XXXXXX";

static long long count(const char *sql)
{
	sqlite3_stmt *st;
	long long n = -1;

	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL) == SQLITE_OK
	    && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static struct idea_draft draft(const char *title)
{
	struct idea_draft d = { .title = title, .problem = "Un problème", .solution = "Une solution" };
	return d;
}

int main(void)
{
	struct cs_error err;
	char path[256], ref[IDEA_REF_MAX], ref2[IDEA_REF_MAX];
	struct idea_page page;
	struct idea_filter all = { .stage = -1 };
	struct idea_detail *d;
	long long audit_before;

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/t.db", dir);
	ok(db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err) == CS_OK, "create database");

	struct cs_identity marie = fixture_agent(db, "mdupont", 0);
	struct cs_identity jean = fixture_agent(db, "jmartin", 0);
	struct cs_identity anim = fixture_agent(db, "anim", ROLE_FACILITATOR);

	/* numbering and content */
	ok(ideas_add(db, &marie, &(struct idea_draft){ .title = "Prêt de vélos", .problem = "A\nB" },
	             ref, &err) == CS_OK, "add an idea");
	ok(strncmp(ref, "CONS-", 5) == 0 && strlen(ref) == 13, "reference has the CONS-YYYY-NNN form: %s", ref);
	ok(ideas_add(db, &jean, &(struct idea_draft){ .title = "Deuxième" }, ref2, &err) == CS_OK, "add a second");
	ok(strcmp(ref2 + 10, "002") == 0, "the second is numbered 002: %s", ref2);
	ok(ideas_get(db, &marie, ref, &d, &err) == CS_OK, "get it back");
	is_str(d->title, "Prêt de vélos", "accents kept");
	is_str(d->problem, "A\nB", "multi-line problem kept");
	ok(d->can_edit && !d->can_support && d->can_withdraw, "author may edit and withdraw, not support");
	is_int(d->version, 1, "first version");
	ideas_detail_free(d);

	/* input rules: nothing written when refused */
	audit_before = count("SELECT count(*) FROM audit");
	is_int(ideas_add(db, &marie, &(struct idea_draft){ .title = "" }, ref2, &err), CS_ERR_DATA, "empty title refused");
	is_int(ideas_add(db, &marie, &(struct idea_draft){ .title = " \t " }, ref2, &err), CS_ERR_DATA, "blank title refused");
	{
		char long_title[IDEA_TITLE_MAX + 2];
		memset(long_title, 'x', sizeof long_title - 1);
		long_title[sizeof long_title - 1] = '\0';
		is_int(ideas_add(db, &marie, &(struct idea_draft){ .title = long_title }, ref2, &err),
		       CS_ERR_DATA, "121-character title refused");
	}
	is_int(ideas_add(db, &marie, &(struct idea_draft){ .title = "x", .coauthors = (const char *[]){ "nobody" }, .coauthor_count = 1 },
	                 ref2, &err), CS_ERR_NOTFOUND, "unknown co-author refused");
	is_int(count("SELECT count(*) FROM ideas"), 2, "no idea written by refused adds");
	is_int(count("SELECT last FROM ref_counters"), 2, "the reference counter did not move");
	is_int(count("SELECT count(*) FROM audit"), audit_before, "no journal line for refused adds");

	/* sanitising on input */
	ok(ideas_add(db, &marie, &(struct idea_draft){ .title = "A\x1b[2J\xe2\x80\xae" "B\xc2\x9b" }, ref2, &err) == CS_OK,
	   "title with escapes accepted after sanitising");
	ok(ideas_get(db, &marie, ref2, &d, &err) == CS_OK && strcmp(d->title, "A[2JB") == 0,
	   "ESC, bidi override and C1 removed from the stored title");
	if (d) ideas_detail_free(d);

	/* supports */
	is_int(ideas_support(db, &marie, ref, &err), CS_ERR_DATA, "own idea cannot be supported");
	is_int(ideas_support(db, &jean, ref, &err), CS_OK, "another agent supports");
	is_int(ideas_support(db, &jean, ref, &err), CS_ERR_DATA, "a second support by the same agent is refused");
	is_int(count("SELECT supports FROM ideas WHERE id = 1"), 1, "support counter is 1");
	is_int(ideas_unsupport(db, &jean, ref, &err), CS_OK, "support withdrawn");
	is_int(ideas_unsupport(db, &jean, ref, &err), CS_ERR_DATA, "withdrawing a missing support refused");
	is_int(count("SELECT supports FROM ideas WHERE id = 1"), 0, "support counter back to 0");
	ok(sqlite3_exec(db_handle(db), "INSERT INTO supports VALUES (1, 1, 'x')", NULL, NULL, NULL) != SQLITE_OK,
	   "the schema itself refuses a support of one's own idea");
	ok(sqlite3_exec(db_handle(db), "UPDATE audit SET actor = 'x'", NULL, NULL, NULL) != SQLITE_OK
	   && sqlite3_exec(db_handle(db), "DELETE FROM audit", NULL, NULL, NULL) != SQLITE_OK,
	   "the journal refuses UPDATE and DELETE");

	/* edit and conflicts */
	is_int(ideas_edit(db, &jean, ref, 0, &(struct idea_draft){ .title = "Pirate" }, &err), CS_ERR_PERM,
	       "a stranger may not edit");
	is_int(ideas_edit(db, &marie, ref, 1, &(struct idea_draft){ .title = "Vélos v2" }, &err), CS_OK,
	       "the author edits version 1");
	is_int(ideas_edit(db, &anim, ref, 1, &(struct idea_draft){ .solution = "Conflit" }, &err), CS_ERR_CONFLICT,
	       "a second edit based on version 1 is a conflict");
	ok(strstr(err.message, ref) != NULL, "the conflict message names the idea");
	ok(ideas_get(db, &marie, ref, &d, &err) == CS_OK && strcmp(d->solution, "") == 0 && d->version == 2,
	   "the conflicting edit changed nothing");
	if (d) ideas_detail_free(d);
	is_int(ideas_edit(db, &anim, ref, 2, &(struct idea_draft){ .solution = "Par l'animatrice" }, &err), CS_OK,
	       "a facilitator edits the current version");

	/* comments */
	is_int(ideas_comment(db, &jean, ref, "  ", &err), CS_ERR_DATA, "blank comment refused");
	is_int(ideas_comment(db, &jean, ref, "Très bien\nvraiment", &err), CS_OK, "comment added");
	is_int(count("SELECT comments FROM ideas WHERE id = 1"), 1, "comment counter is 1");

	/* withdrawal */
	is_int(workflow_withdraw(db, &jean, ref, NULL, &err), CS_ERR_PERM, "a stranger may not withdraw");
	is_int(workflow_withdraw(db, &marie, ref, "Doublon", &err), CS_OK, "the author withdraws");
	is_int(workflow_withdraw(db, &marie, ref, NULL, &err), CS_ERR_DATA, "withdrawn twice is refused");
	is_int(ideas_support(db, &jean, ref, &err), CS_ERR_DATA, "a withdrawn idea cannot be supported");
	is_int(ideas_edit(db, &marie, ref, 0, &(struct idea_draft){ .title = "x" }, &err), CS_ERR_DATA,
	       "a withdrawn idea cannot be edited");

	/* listing, filters, search */
	for (int i = 0; i < 30; i++) {
		char title[64];
		snprintf(title, sizeof title, "Idée numéro %d sur l'écran", i);
		struct idea_draft dd = draft(title);
		ideas_add(db, &jean, &dd, ref2, &err);
	}
	ok(ideas_list(db, &jean, &all, 0, 10, &page, &err) == CS_OK, "list a page");
	is_int(page.count, 10, "page of 10");
	is_int(page.total, 33, "total counts every idea");
	ok(page.rows[0].id > page.rows[1].id, "newest first");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &all, 30, 10, &page, &err) == CS_OK && page.count == 3, "last page has 3 rows");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &(struct idea_filter){ .stage = STAGE_RETIREE }, 0, 50, &page, &err) == CS_OK
	   && page.total == 1, "stage filter: one withdrawn");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &(struct idea_filter){ .stage = IDEA_FILTER_OPEN }, 0, 50, &page, &err) == CS_OK
	   && page.total == 32, "open filter excludes the withdrawn one");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &(struct idea_filter){ .stage = -1, .search = "ECRAN numero 2" }, 0, 50, &page, &err) == CS_OK
	   && page.total == 11, "search is accent- and case-insensitive with prefixes (2, 20-29): %zu", page.total);
	ideas_page_free(&page);
	ok(ideas_list(db, &marie, &(struct idea_filter){ .stage = -1, .mine = true }, 0, 50, &page, &err) == CS_OK
	   && page.total == 2, "mine: Marie's two ideas");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &(struct idea_filter){ .stage = -1, .search = "\"*(" }, 0, 50, &page, &err) == CS_OK
	   && page.total == 0, "punctuation-only search matches nothing, no FTS syntax error");
	ideas_page_free(&page);
	ok(ideas_list(db, &jean, &(struct idea_filter){ .stage = -1, .search = ref }, 0, 50, &page, &err) == CS_OK
	   && page.total == 1, "search by reference");
	ideas_page_free(&page);

	/* history */
	{
		struct cs_audit_list h;
		ok(ideas_history(db, ref, &h, &err) == CS_OK, "history read");
		ok(h.count >= 6 && strcmp(h.items[0].action, "idea.add") == 0
		   && strcmp(h.items[h.count - 1].action, "idea.withdraw") == 0,
		   "history from submission to withdrawal (%zu rows)", h.count);
		audit_list_free(&h);
	}
	ok(db_is_idle(db), "no transaction or statement left open");
	ok(db_check_integrity(db, false, &err) == CS_OK, "integrity ok");
	db_close(db);
	unlink(path);
	snprintf(path, sizeof path, "%s/t.db-journal", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/t.db.proto", dir);
	unlink(path);
	rmdir(dir);
	return tap_done();
}
