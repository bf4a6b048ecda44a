/* cmd_idea.c — `construisons idea add|list|show|edit|support|unsupport|
 * comment|withdraw`: the idea board from the command line. Each subcommand
 * calls the same core function the UI calls. */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "cli.h"
#include "i18n.h"
#include "ideas.h"
#include "json.h"
#include "text.h"
#include "when.h"
#include "workflow.h"

#define MAX_LIST_ARGS 16

struct draft_args {
	struct idea_draft draft;
	const char *categories[MAX_LIST_ARGS];
	const char *coauthors[MAX_LIST_ARGS];
	long long version;
};

static const struct option draft_opts[] = {
	{ "title", required_argument, NULL, 't' },
	{ "problem", required_argument, NULL, 'p' },
	{ "solution", required_argument, NULL, 's' },
	{ "category", required_argument, NULL, 'c' },
	{ "coauthor", required_argument, NULL, 'a' },
	{ "version", required_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Parses the options of add and edit; returns 0 or an exit code. */
static int parse_draft(int argc, char **argv, const char *command, bool edit,
                       struct draft_args *a)
{
	int ch;

	memset(a, 0, sizeof *a);
	a->draft.categories = a->categories;
	a->draft.coauthors = a->coauthors;
	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", draft_opts, command)) != -1) {
		switch (ch) {
		case 't': a->draft.title = optarg; break;
		case 'p': a->draft.problem = optarg; break;
		case 's': a->draft.solution = optarg; break;
		case 'c':
			if (a->draft.category_count == MAX_LIST_ARGS)
				return cli_usage(_("%s: too many --category"), command);
			a->categories[a->draft.category_count++] = optarg;
			a->draft.categories_set = true;
			break;
		case 'a':
			if (a->draft.coauthor_count == MAX_LIST_ARGS)
				return cli_usage(_("%s: too many --coauthor"), command);
			a->coauthors[a->draft.coauthor_count++] = optarg;
			a->draft.coauthors_set = true;
			break;
		case 'V': {
			char *end;
			a->version = strtoll(optarg, &end, 10);
			if (!edit || *end != '\0' || a->version < 1)
				return cli_usage(_("%s: --version takes a version number (1, 2, ...)"),
				                 command);
			break;
		}
		default:
			return EXIT_USAGE;
		}
	}
	return 0;
}

static int idea_add(struct cli *c, int argc, char **argv)
{
	struct draft_args a;
	char ref[IDEA_REF_MAX];
	int rc;

	if ((rc = parse_draft(argc, argv, "idea add", false, &a)) != 0)
		return rc;
	if (optind < argc)
		return cli_usage(_("idea add: unexpected argument \"%s\""), argv[optind]);
	if (a.draft.title == NULL)
		return cli_usage(_("idea add: --title is required"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (ideas_add(c->db, &c->id, &a.draft, ref, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf("%s\n", ref);
	cli_close(c);
	return 0;
}

static int idea_edit(struct cli *c, int argc, char **argv)
{
	struct draft_args a;
	const char *ref;
	int rc;

	if ((rc = parse_draft(argc, argv, "idea edit", true, &a)) != 0)
		return rc;
	if (optind != argc - 1)
		return cli_usage(_("idea edit: give the reference of one idea"));
	ref = argv[optind];
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (ideas_edit(c->db, &c->id, ref, a.version, &a.draft, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Idea %s updated.\n"), ref);
	cli_close(c);
	return 0;
}

static void print_row_json(const struct idea_row *r, bool first)
{
	fputs(first ? "\n {\"ref\": " : ",\n {\"ref\": ", stdout);
	json_write_string(stdout, r->ref);
	fputs(", \"stage\": ", stdout);
	json_write_string(stdout, stage_slug(r->stage));
	fputs(", \"stage_label\": ", stdout);
	json_write_string(stdout, stage_label(r->stage));
	fputs(", \"title\": ", stdout);
	json_write_string(stdout, r->title);
	fputs(", \"direction\": ", stdout);
	json_write_string(stdout, r->direction);
	fputs(", \"author\": ", stdout);
	json_write_string(stdout, r->author_name);
	printf(", \"supports\": %d, \"comments\": %d, \"supported_by_me\": %s,"
	       " \"mine\": %s, \"created_at\": ",
	       r->supports, r->comments, r->supported_by_me ? "true" : "false",
	       r->mine ? "true" : "false");
	json_write_string(stdout, r->created_at);
	printf(", \"version\": %lld}", (long long)r->version);
}

/* The widest stage label in the user's language, for aligned columns. */
static int stage_column_width(void)
{
	static int width;

	if (width == 0)
		for (int s = 0; s < STAGE_COUNT; s++)
			if (text_width(stage_label((enum cs_stage)s)) > width)
				width = text_width(stage_label((enum cs_stage)s));
	return width;
}

static void print_row(const struct idea_row *r)
{
	char counts[64];

	printf("%s  ", r->ref);
	cli_put_padded(stdout, stage_label(r->stage), stage_column_width());
	snprintf(counts, sizeof counts, P_("%d support", "%d supports", r->supports),
	         r->supports);
	printf("  %-11s  ", counts);
	snprintf(counts, sizeof counts, P_("%d comment", "%d comments", r->comments),
	         r->comments);
	cli_put_padded(stdout, counts, 16);
	fputs("  ", stdout);
	cli_put_text(stdout, r->title, false, 0);
	if (r->direction[0] != '\0') {
		fputs(" — ", stdout);
		cli_put_text(stdout, r->direction, false, 0);
	}
	fputc('\n', stdout);
}

static int idea_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "stage", required_argument, NULL, 's' },
		{ "direction", required_argument, NULL, 'd' },
		{ "category", required_argument, NULL, 'c' },
		{ "mine", no_argument, NULL, 'm' },
		{ "search", required_argument, NULL, 'q' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct idea_filter f = { .stage = -1 };
	struct idea_page page;
	bool json = false;
	size_t offset = 0, shown = 0;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "idea list")) != -1) {
		enum cs_stage st;
		switch (ch) {
		case 's':
			if (strcmp(optarg, "ouvertes") == 0 || strcmp(optarg, "open") == 0)
				f.stage = IDEA_FILTER_OPEN;
			else if (stage_from_slug(optarg, &st))
				f.stage = (int)st;
			else
				return cli_usage(_("idea list: unknown stage \"%s\" (deposee, contact, "
				                   "comite, etude, construction, experimentation, "
				                   "generalisee, transmise, non-retenue, arretee, "
				                   "retiree, ouvertes)"), optarg);
			break;
		case 'd': f.direction = optarg; break;
		case 'c': f.category = optarg; break;
		case 'm': f.mine = true; break;
		case 'q': f.search = optarg; break;
		case 'j': json = true; break;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage(_("idea list: unexpected argument \"%s\""), argv[optind]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (json)
		fputs("[", stdout);
	do {
		if (ideas_list(c->db, &c->id, &f, offset, 500, &page, &c->err) != CS_OK) {
			cli_close(c);
			if (json)
				fputs("]\n", stdout);
			return cli_fail(&c->err);
		}
		for (size_t i = 0; i < page.count; i++, shown++) {
			if (json)
				print_row_json(&page.rows[i], shown == 0);
			else
				print_row(&page.rows[i]);
		}
		offset += page.count;
		ideas_page_free(&page);
	} while (page.count > 0 && offset < page.total);
	if (json)
		fputs(shown ? "\n]\n" : "]\n", stdout);
	cli_close(c);
	return 0;
}

static void print_field(const char *label, const char *value)
{
	printf("%s ", label);
	cli_put_text(stdout, value, false, 0);
	fputc('\n', stdout);
}

static void print_idea(const struct idea_detail *d, const struct cs_audit_list *h,
                       const struct workflow_detail *w)
{
	char when[64];

	printf("%s — ", d->ref);
	cli_put_text(stdout, d->title, false, 0);
	fputc('\n', stdout);
	when_format_iso(d->stage_changed_at, WHEN_DATE, when, sizeof when);
	printf(_("Stage: %s (since %s)\n"), stage_label(d->stage), when);
	printf("%s ", _("Author:"));
	cli_put_text(stdout, d->author_name, false, 0);
	printf(" (%s)", d->author_login);
	if (d->direction[0]) {
		fputs(" — ", stdout);
		cli_put_text(stdout, d->direction, false, 0);
	}
	if (d->service[0]) {
		fputs(", ", stdout);
		cli_put_text(stdout, d->service, false, 0);
	}
	if (d->site[0]) {
		fputs(", ", stdout);
		cli_put_text(stdout, d->site, false, 0);
	}
	fputc('\n', stdout);
	if (d->coauthor_count > 0) {
		fputs(_("Co-authors:"), stdout);
		for (size_t i = 0; i < d->coauthor_count; i++) {
			fputs(i ? ", " : " ", stdout);
			cli_put_text(stdout, d->coauthor_names[i], false, 0);
		}
		fputc('\n', stdout);
	}
	if (d->category_count > 0) {
		fputs(_("Categories:"), stdout);
		for (size_t i = 0; i < d->category_count; i++) {
			fputs(i ? ", " : " ", stdout);
			cli_put_text(stdout, d->categories[i], false, 0);
		}
		fputc('\n', stdout);
	}
	printf("%s %d", _("Supports:"), d->supports);
	for (size_t i = 0; i < d->supporter_count; i++) {
		fputs(i ? ", " : " (", stdout);
		cli_put_text(stdout, d->supporters[i], false, 0);
	}
	fputs(d->supporter_count ? ")\n" : "\n", stdout);
	when_format_iso(d->created_at, WHEN_DATETIME, when, sizeof when);
	printf(_("Submitted on %s; version %lld\n"), when, (long long)d->version);
	if (d->withdrawal_reason != NULL)
		print_field(_("Reason for withdrawal:"), d->withdrawal_reason);
	if (w != NULL)
		cli_print_workflow(w);

	printf("\n%s\n  ", _("Problem:"));
	cli_put_text(stdout, d->problem[0] ? d->problem : _("(not written yet)"), true, 2);
	printf("\n\n%s\n  ", _("Proposed solution:"));
	cli_put_text(stdout, d->solution[0] ? d->solution : _("(not written yet)"), true, 2);
	fputc('\n', stdout);

	printf("\n%s (%zu)\n", _("Comments"), d->comment_count);
	for (size_t i = 0; i < d->comment_count; i++) {
		const struct idea_comment *cm = &d->comments[i];
		char *name = text_sanitize(cm->author_name, TEXT_SINGLE_LINE);
		when_format_iso(cm->created_at, WHEN_DATETIME, when, sizeof when);
		if (cm->for_login[0] != '\0')
			/* TRANSLATORS: date, author, login of the facilitator who typed it. */
			printf(_("  %s — %s (written by %s):\n    "), when, name ? name : "",
			       cm->for_login);
		else
			/* TRANSLATORS: date and author of a comment. */
			printf(_("  %s — %s:\n    "), when, name ? name : "");
		free(name);
		cli_put_text(stdout, cm->body, true, 4);
		fputc('\n', stdout);
	}

	printf("\n%s\n", _("History"));
	for (size_t i = 0; i < h->count; i++) {
		const struct cs_audit_entry *e = &h->items[i];
		char actor[160], host[256];
		when_format_iso(e->at, WHEN_DATETIME, when, sizeof when);
		audit_actor_text(e, actor, sizeof actor);
		printf("  %s  %s  %s", when, actor, audit_action_label(e->action));
		if (e->detail[0] != '\0') {
			fputs(" — ", stdout);
			cli_put_text(stdout, e->detail, false, 0);
		}
		printf(_(" (from %s)\n"), text_clean(e->host, host, sizeof host));
	}
}

static int idea_show(struct cli *c, int argc, char **argv)
{
	struct idea_detail *d;
	struct cs_audit_list h;
	int rc;

	if (argc != 2)
		return cli_usage(_("idea show: give the reference of one idea"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (ideas_get(c->db, &c->id, argv[1], &d, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	if (ideas_history(c->db, argv[1], &h, &c->err) != CS_OK) {
		ideas_detail_free(d);
		cli_close(c);
		return cli_fail(&c->err);
	}
	{
		struct workflow_detail *w = NULL;
		if (workflow_get(c->db, argv[1], &w, &c->err) != CS_OK) {
			audit_list_free(&h);
			ideas_detail_free(d);
			cli_close(c);
			return cli_fail(&c->err);
		}
		print_idea(d, &h, w);
		workflow_detail_free(w);
	}
	audit_list_free(&h);
	ideas_detail_free(d);
	cli_close(c);
	return 0;
}

static int idea_support(struct cli *c, int argc, char **argv, bool add)
{
	int rc;
	enum cs_status s;

	if (argc != 2)
		return cli_usage(_("idea %s: give the reference of one idea"), argv[0]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	s = add ? ideas_support(c->db, &c->id, argv[1], &c->err)
	        : ideas_unsupport(c->db, &c->id, argv[1], &c->err);
	if (s != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(add ? _("You support idea %s.\n") : _("You no longer support idea %s.\n"),
	       argv[1]);
	cli_close(c);
	return 0;
}

static int idea_comment(struct cli *c, int argc, char **argv)
{
	int rc;

	if (argc != 3)
		return cli_usage(_("idea comment: give the reference and the text of the comment"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (ideas_comment(c->db, &c->id, argv[1], argv[2], &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Comment added to idea %s.\n"), argv[1]);
	cli_close(c);
	return 0;
}

static int idea_withdraw(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reason = NULL;
	int ch, rc;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "idea withdraw")) != -1) {
		if (ch == '?')
			return EXIT_USAGE;
		reason = optarg;
	}
	if (optind != argc - 1)
		return cli_usage(_("idea withdraw: give the reference of one idea"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (workflow_withdraw(c->db, &c->id, argv[optind], reason, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Idea %s withdrawn.\n"), argv[optind]);
	cli_close(c);
	return 0;
}

int cmd_idea(struct cli *c, int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";

	if (argc < 2)
		return cli_usage(_("idea: say add, list, show, edit, support, unsupport, "
		                   "comment, withdraw, move, plan, evaluate or history"));
	argc--;
	argv++;
	if (strcmp(sub, "add") == 0)
		return idea_add(c, argc, argv);
	if (strcmp(sub, "list") == 0)
		return idea_list(c, argc, argv);
	if (strcmp(sub, "show") == 0)
		return idea_show(c, argc, argv);
	if (strcmp(sub, "edit") == 0)
		return idea_edit(c, argc, argv);
	if (strcmp(sub, "support") == 0)
		return idea_support(c, argc, argv, true);
	if (strcmp(sub, "unsupport") == 0)
		return idea_support(c, argc, argv, false);
	if (strcmp(sub, "comment") == 0)
		return idea_comment(c, argc, argv);
	if (strcmp(sub, "withdraw") == 0)
		return idea_withdraw(c, argc, argv);
	if (strcmp(sub, "move") == 0)
		return cmd_idea_move(c, argc, argv);
	if (strcmp(sub, "plan") == 0)
		return cmd_idea_plan(c, argc, argv);
	if (strcmp(sub, "evaluate") == 0)
		return cmd_idea_evaluate(c, argc, argv);
	if (strcmp(sub, "history") == 0)
		return cmd_idea_history(c, argc, argv);
	return cli_usage(_("idea: unknown subcommand \"%s\""), sub);
}
