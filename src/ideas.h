/* ideas.h — ideas, their categories, co-authors, supports and comments,
 * reference codes (CONS-YYYY-NNN) and search. Every write function is one
 * db_write() transaction that also appends to the audit journal; every read
 * function is one db_read() transaction that copies rows into memory.
 * Input text is sanitised (src/text) and checked here, whatever the caller. */
#ifndef CS_IDEAS_H
#define CS_IDEAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agents.h"
#include "audit.h"
#include "db.h"
#include "err.h"
#include "stage.h"

#define IDEA_REF_MAX 24
#define IDEA_TITLE_MAX 120        /* code points */
#define IDEA_TEXT_MAX 8000        /* problem, solution: code points */
#define IDEA_COMMENT_MAX 4000     /* code points */
#define IDEA_CATEGORY_MAX 40      /* code points */
#define IDEA_CATEGORIES_MAX 8

/* What a user typed to create or edit an idea. NULL fields are left
 * unchanged by ideas_edit (categories: when categories_set is false). */
struct idea_draft {
	const char *title;
	const char *problem;
	const char *solution;
	const char *const *categories;
	size_t category_count;
	bool categories_set;
	const char *const *coauthors;   /* logins in the directory */
	size_t coauthor_count;
	bool coauthors_set;
};

/* One line of the board. Strings owned by the row. */
struct idea_row {
	int64_t id;
	char ref[IDEA_REF_MAX];
	enum cs_stage stage;
	char *title;
	char *direction;
	char *author_name;
	int supports;
	int comments;
	bool supported_by_me;
	bool mine;                /* authored or co-authored by the viewer */
	char created_at[24];
	int64_t version;
};

struct idea_page {
	struct idea_row *rows;
	size_t count;             /* rows in this page */
	size_t total;             /* rows matching the filter */
	size_t offset;            /* index of rows[0] among them */
};

struct idea_filter {
	int stage;                /* enum cs_stage, or -1 for all;
	                           * IDEA_FILTER_OPEN for every open stage */
	const char *direction;    /* exact, NULL for all */
	const char *category;     /* exact, NULL for all */
	bool mine;                /* authored, co-authored or supported */
	const char *search;       /* words, accent-insensitive, NULL for none */
};
#define IDEA_FILTER_OPEN (-2)

struct idea_comment {
	int64_t id;
	char *author_login, *author_name, *for_login;
	char created_at[24];
	char *body;
};

struct idea_detail {
	int64_t id;
	char ref[IDEA_REF_MAX];
	enum cs_stage stage;
	char *title, *problem, *solution;
	char *author_login, *author_name;
	char *direction, *service, *site;
	char **categories; size_t category_count;
	char **coauthors; size_t coauthor_count;     /* logins */
	char **coauthor_names;                       /* same order */
	char **supporters; size_t supporter_count;   /* names */
	int supports;
	bool supported_by_me;
	bool can_edit, can_support, can_withdraw;    /* for the viewer */
	struct idea_comment *comments; size_t comment_count;
	char created_at[24], updated_at[24], stage_changed_at[24];
	char *withdrawal_reason;
	int64_t version;
};

/* Creates an idea authored by the effective agent, with its direction,
 * service and site from the directory; writes its reference into ref. */
enum cs_status ideas_add(struct cs_db *db, const struct cs_identity *id,
                         const struct idea_draft *draft,
                         char ref[IDEA_REF_MAX], struct cs_error *err);

/* Edits an idea if its version is still expected_version (else
 * CS_ERR_CONFLICT, nothing written; 0 skips the check). Allowed to the
 * author, co-authors, facilitators and admins, on an open idea. */
enum cs_status ideas_edit(struct cs_db *db, const struct cs_identity *id,
                          const char *ref, int64_t expected_version,
                          const struct idea_draft *draft, struct cs_error *err);

/* Adds or withdraws the effective agent's support. Supporting one's own
 * idea, twice, or a closed idea is refused; unsupporting without a support
 * is refused. */
enum cs_status ideas_support(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, struct cs_error *err);
enum cs_status ideas_unsupport(struct cs_db *db, const struct cs_identity *id,
                               const char *ref, struct cs_error *err);

/* Adds a comment by the effective agent. */
enum cs_status ideas_comment(struct cs_db *db, const struct cs_identity *id,
                             const char *ref, const char *body,
                             struct cs_error *err);

/* A page of the ideas matching filter, newest first: at most limit rows from
 * offset; page->total counts every match. Free with ideas_page_free. */
enum cs_status ideas_list(struct cs_db *db, const struct cs_identity *id,
                          const struct idea_filter *filter, size_t offset,
                          size_t limit, struct idea_page *page,
                          struct cs_error *err);
void ideas_page_free(struct idea_page *page);

/* The whole idea (comments oldest first). Free with ideas_detail_free. */
enum cs_status ideas_get(struct cs_db *db, const struct cs_identity *id,
                         const char *ref, struct idea_detail **out,
                         struct cs_error *err);
void ideas_detail_free(struct idea_detail *d);

/* The journal of one idea, oldest first (one read transaction). Free with
 * audit_list_free (audit.h). */
enum cs_status ideas_history(struct cs_db *db, const char *ref,
                             struct cs_audit_list *out, struct cs_error *err);

/* The distinct directions and categories in use, sorted, for filter
 * choices. Free with ideas_strings_free. */
enum cs_status ideas_directions(struct cs_db *db, char ***out, size_t *count,
                                struct cs_error *err);
enum cs_status ideas_categories(struct cs_db *db, char ***out, size_t *count,
                                struct cs_error *err);
void ideas_strings_free(char **v, size_t count);

/* Consistency of what the schema keeps in step: support and comment
 * counters against their rows. *problems receives the number of ideas whose
 * counters disagree (one read transaction). */
enum cs_status ideas_check(struct cs_db *db, long *ideas, long *problems,
                           struct cs_error *err);

#endif
