/* cmd_workflow.c — the workflow from the command line: `idea move`,
 * `idea plan`, `idea evaluate`, `idea history`, and the workflow part of
 * `idea show`. The rules are the core's (workflow.c): a refused move exits
 * non-zero with the guard's message. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "i18n.h"
#include "parse.h"
#include "text.h"
#include "when.h"
#include "workflow.h"

#define MAX_ITEMS 16

static int parse_int(const char *s, const char *command, const char *option, int *out)
{
	struct cs_error err;
	long v;

	if (parse_whole(s, -1000, 1000, &v, &err) != CS_OK)
		return cli_usage(_("%s: %s takes a whole number, not \"%s\""), command, option, s);
	*out = (int)v;
	return 0;
}

/* A day typed for option (any form when_parse_day() takes) into out. */
static int parse_day(const char *s, const char *command, const char *option, char out[11])
{
	struct cs_error err;
	char today[11];

	when_local_day(time(NULL), today);
	if (when_parse_day(s, today, out, &err) != CS_OK)
		return cli_usage(_("%s: %s: %s"), command, option, err.message);
	return 0;
}

int cmd_idea_move(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ "impact", required_argument, NULL, 'i' },
		{ "faisabilite", required_argument, NULL, 'f' },
		{ "direction", required_argument, NULL, 'd' },
		{ "reason", required_argument, NULL, 'r' },
		{ "version", required_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct workflow_move_request req = { 0 };
	int ch, rc, version = 0;

	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "idea move")) != -1) {
		switch (ch) {
		case 'n': req.note = optarg; break;
		case 'd': req.direction = optarg; break;
		case 'r': req.reason = optarg; break;
		case 'i':
			if ((rc = parse_int(optarg, "idea move", "--impact", &req.impact)) != 0)
				return rc;
			break;
		case 'f':
			if ((rc = parse_int(optarg, "idea move", "--faisabilite", &req.faisabilite)) != 0)
				return rc;
			break;
		case 'V':
			if ((rc = parse_int(optarg, "idea move", "--version", &version)) != 0)
				return rc;
			if (version < 1)
				return cli_usage(_("%s: --version takes a version number (1, 2, ...)"),
				                 "idea move");
			req.expected_version = version;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 2)
		return cli_usage(_("idea move: give the reference of the idea and the stage"));
	req.ref = argv[optind];
	if (!stage_from_slug(argv[optind + 1], &req.to))
		return cli_usage(_("idea move: unknown stage \"%s\" (deposee, contact, comite, etude, "
		                   "construction, experimentation, generalisee, transmise, "
		                   "non-retenue, arretee, retiree)"), argv[optind + 1]);
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (workflow_move(c->db, &c->id, &req, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Idea %s moved to \"%s\".\n"), req.ref, stage_label(req.to));
	cli_close(c);
	return 0;
}

/* "name:baseline:target" (baseline and target optional). */
static bool split_indicator(char *s, struct workflow_indicator *out)
{
	char *a = strchr(s, ':'), *b;

	out->name = s;
	out->baseline = NULL;
	out->target = NULL;
	if (a == NULL)
		return s[0] != '\0';
	*a++ = '\0';
	out->baseline = a;
	b = strchr(a, ':');
	if (b != NULL) {
		*b++ = '\0';
		out->target = b;
	}
	return s[0] != '\0';
}

int cmd_idea_plan(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "level", required_argument, NULL, 'l' },
		{ "accompanier", required_argument, NULL, 'a' },
		{ "hours", required_argument, NULL, 'h' },
		{ "accompaniment-start", required_argument, NULL, 'A' },
		{ "sites", required_argument, NULL, 's' },
		{ "start", required_argument, NULL, 'S' },
		{ "end", required_argument, NULL, 'E' },
		{ "indicator", required_argument, NULL, 'i' },
		{ NULL, 0, NULL, 0 }
	};
	struct workflow_indicator indicators[MAX_ITEMS];
	struct workflow_plan p = { 0 };
	struct cs_error err;
	char astart[11], start[11], end[11];
	int ch, rc;

	p.indicators = indicators;
	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "idea plan")) != -1) {
		switch (ch) {
		case 'l':
			if (parse_level(optarg, &p.level, &err) != CS_OK)
				return cli_usage(_("%s: %s: %s"), "idea plan", "--level", err.message);
			p.has_accompaniment = true;
			break;
		case 'a': p.accompanier = optarg; p.has_accompaniment = true; break;
		case 'A':
			if ((rc = parse_day(optarg, "idea plan", "--accompaniment-start", astart)) != 0)
				return rc;
			p.accomp_start = astart;
			p.has_accompaniment = true;
			break;
		case 'h':
			if (parse_decimal(optarg, 0, 40, &p.hours_per_week, &err) != CS_OK)
				return cli_usage(_("%s: %s: %s"), "idea plan", "--hours", err.message);
			p.has_accompaniment = true;
			break;
		case 's': p.sites = optarg; p.has_experiment = true; break;
		case 'S':
			if ((rc = parse_day(optarg, "idea plan", "--start", start)) != 0)
				return rc;
			p.start_date = start;
			p.has_experiment = true;
			break;
		case 'E':
			if ((rc = parse_day(optarg, "idea plan", "--end", end)) != 0)
				return rc;
			p.end_date = end;
			p.has_experiment = true;
			break;
		case 'i':
			if (p.indicator_count == MAX_ITEMS)
				return cli_usage(_("idea plan: too many --indicator"));
			if (!split_indicator(optarg, &indicators[p.indicator_count]))
				return cli_usage(_("idea plan: --indicator is NAME[:BASELINE[:TARGET]]"));
			p.indicator_count++;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1)
		return cli_usage(_("idea plan: give the reference of one idea"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (workflow_plan(c->db, &c->id, argv[optind], &p, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Plans of idea %s saved.\n"), argv[optind]);
	cli_close(c);
	return 0;
}

int cmd_idea_evaluate(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "value", required_argument, NULL, 'v' },
		{ "observations", required_argument, NULL, 'o' },
		{ "recommendation", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	struct workflow_evaluation_value values[MAX_ITEMS];
	struct workflow_evaluation ev = { 0 };
	struct cs_error err;
	char today[12], date[11];
	int ch, rc;

	when_local_day(time(NULL), today);
	ev.date = today;
	ev.values = values;
	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, "idea evaluate")) != -1) {
		switch (ch) {
		case 'd':
			if ((rc = parse_day(optarg, "idea evaluate", "--date", date)) != 0)
				return rc;
			ev.date = date;
			break;
		case 'o': ev.observations = optarg; break;
		case 'r':
			if (parse_recommendation(optarg, &ev.recommendation, &err) != CS_OK)
				return cli_usage(_("%s: %s: %s"), "idea evaluate", "--recommendation",
				                 err.message);
			break;
		case 'v': {
			char *eq = strrchr(optarg, '=');
			if (eq == NULL || eq == optarg)
				return cli_usage(_("idea evaluate: --value is INDICATOR=VALUE"));
			if (ev.value_count == MAX_ITEMS)
				return cli_usage(_("idea evaluate: too many --value"));
			*eq = '\0';
			values[ev.value_count].indicator = optarg;
			values[ev.value_count].value = eq + 1;
			ev.value_count++;
			break;
		}
		default:
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1)
		return cli_usage(_("idea evaluate: give the reference of one idea"));
	if (ev.recommendation == NULL)
		return cli_usage(_("idea evaluate: --recommendation is required "
		                   "(generaliser, poursuivre or arreter)"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (workflow_evaluate(c->db, &c->id, argv[optind], &ev, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("Evaluation of idea %s recorded.\n"), argv[optind]);
	cli_close(c);
	return 0;
}

static void print_transition(const struct workflow_transition_entry *t)
{
	char when[64], host[256];

	when_format_iso(t->at, WHEN_DATETIME, when, sizeof when);
	printf("  %s  %s → %s  %s", when, stage_label(t->from), stage_label(t->to), t->actor);
	if (t->for_login[0] != '\0')
		printf(_(" for %s"), t->for_login);
	if (t->impact > 0)
		printf(_(" — impact %d, faisabilité %d"), t->impact, t->faisabilite);
	if (t->direction != NULL) {
		printf(" — %s ", _("to"));
		cli_put_text(stdout, t->direction, false, 0);
	}
	if (t->note != NULL) {
		fputs(" — ", stdout);
		cli_put_text(stdout, t->note, false, 0);
	}
	if (t->reason != NULL) {
		fputs(" — ", stdout);
		cli_put_text(stdout, t->reason, false, 0);
	}
	printf(_(" (from %s)\n"), text_clean(t->host, host, sizeof host));
}

void cli_print_workflow(const struct workflow_detail *w)
{
	char a[32], b[32], hours[32];

	if (w->impact > 0) {
		printf(_("Committee decision: impact %d, faisabilité %d"), w->impact, w->faisabilite);
		if (w->decision_note != NULL) {
			fputs(" — ", stdout);
			cli_put_text(stdout, w->decision_note, false, 0);
		}
		fputc('\n', stdout);
	}
	if (w->study_conclusion != NULL) {
		printf("%s ", _("Study conclusion:"));
		cli_put_text(stdout, w->study_conclusion, false, 0);
		fputc('\n', stdout);
	}
	if (w->handed_to != NULL) {
		printf("%s ", _("Handed to:"));
		cli_put_text(stdout, w->handed_to, false, 0);
		fputc('\n', stdout);
	}
	if (w->closing_reason != NULL) {
		printf("%s ", _("Reason:"));
		cli_put_text(stdout, w->closing_reason, false, 0);
		fputc('\n', stdout);
	}
	if (w->has_accompaniment) {
		printf(_("Accompaniment: %s"), workflow_level_label(w->level));
		if (w->accompanier && w->accompanier[0]) {
			fputs(" — ", stdout);
			cli_put_text(stdout, w->accompanier, false, 0);
		}
		parse_format_decimal(w->hours_per_week, hours, sizeof hours);
		printf(_(", %s h a week"), hours);
		if (w->accomp_start[0]) {
			when_format_iso(w->accomp_start, WHEN_DATE, a, sizeof a);
			printf(_(" from %s"), a);
		}
		fputc('\n', stdout);
	}
	if (w->has_experiment) {
		when_format_iso(w->start_date, WHEN_DATE, a, sizeof a);
		when_format_iso(w->end_date, WHEN_DATE, b, sizeof b);
		printf(_("Experiment: from %s to %s — "), a, b);
		cli_put_text(stdout, w->sites, false, 0);
		fputc('\n', stdout);
	}
	for (size_t i = 0; i < w->indicator_count; i++) {
		printf("  %s ", _("Indicator:"));
		cli_put_text(stdout, w->indicators[i].name, false, 0);
		printf(_(" (baseline %s, target %s)\n"),
		       w->indicators[i].baseline[0] ? w->indicators[i].baseline : "—",
		       w->indicators[i].target[0] ? w->indicators[i].target : "—");
	}
	for (size_t i = 0; i < w->evaluation_count; i++) {
		const struct workflow_evaluation_entry *e = &w->evaluations[i];
		when_format_iso(e->date, WHEN_DATE, a, sizeof a);
		printf(_("Evaluation of %s by %s: %s"), a, e->author,
		       workflow_recommendation_label(e->recommendation));
		for (size_t k = 0; k < e->value_count; k++) {
			fputs(k ? ", " : " — ", stdout);
			cli_put_text(stdout, e->values[k].indicator, false, 0);
			fputs(" = ", stdout);
			cli_put_text(stdout, e->values[k].value, false, 0);
		}
		fputc('\n', stdout);
		if (e->observations[0] != '\0') {
			fputs("    ", stdout);
			cli_put_text(stdout, e->observations, true, 4);
			fputc('\n', stdout);
		}
	}
}

int cmd_idea_history(struct cli *c, int argc, char **argv)
{
	struct workflow_detail *w;
	int rc;

	if (argc != 2)
		return cli_usage(_("idea history: give the reference of one idea"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (workflow_get(c->db, argv[1], &w, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("%s — now \"%s\", version %lld\n"), argv[1], stage_label(w->stage),
	       (long long)w->version);
	if (w->history_count == 0)
		printf(_("  no move yet\n"));
	for (size_t i = 0; i < w->history_count; i++)
		print_transition(&w->history[i]);
	workflow_detail_free(w);
	cli_close(c);
	return 0;
}
