/* cmd_ledger.c — l'Accorderie from the command line: `construisons ledger
 * offer|request|ads|withdraw|record|confirm|refuse|reverse|balance|
 * statement|exchanges|show|accounts|journal|check`. Each subcommand is one
 * function below; the rules live in src/ledger.c. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "duration.h"
#include "i18n.h"
#include "ledger.h"
#include "parse.h"
#include "text.h"
#include "when.h"

#define STATEMENT_PAGE 20

struct ledger_args {
	const char *title, *category, *description, *expires, *search, *date, *reason, *from;
	const char *since, *until;
	const char *to[LEDGER_MAX_BENEFICIARIES];
	size_t to_count;
	int kind;                 /* -1: both */
	bool mine, pending, all;
	long page;
	int64_t ad;
};

/* A party padded to width columns: with their login ("Alice Agent
 * (alice)", ledger_party_label) when with_login, else their name (which
 * carries the login when it could pass for the pool's, ledger_party_name).
 * When it is too long the name is cut, never the login, so that two agents
 * stay apart in a column. */
static void put_party(const char *login, const char *name, int width, bool with_login)
{
	char label[512], suffix[160], cut[512];
	char *clean;
	size_t ll, sl;
	int room, used;

	if (with_login)
		ledger_party_label(login, name, label, sizeof label);
	else
		snprintf(label, sizeof label, "%s", name != NULL ? name : "");
	clean = text_sanitize(label, TEXT_SINGLE_LINE);
	snprintf(suffix, sizeof suffix, " (%s)", login != NULL ? login : "");
	ll = clean != NULL ? strlen(clean) : 0;
	sl = strlen(suffix);
	if (clean == NULL || login == NULL || login[0] == '\0' || text_width(clean) <= width
	    || ll <= sl || strcmp(clean + ll - sl, suffix) != 0) {
		cli_put_padded(stdout, clean != NULL ? clean : "?", width);
		free(clean);
		return;
	}
	room = width - text_width(suffix);
	clean[ll - sl] = '\0';
	if (room < 2) {
		cli_put_padded(stdout, login, width);
	} else {
		used = text_fit(clean, room, true, cut, sizeof cut);
		printf("%s%s%*s", cut, suffix, room - used > 0 ? room - used : 0, "");
	}
	free(clean);
}

static int parse_number(const char *command, const char *what, const char *s, long max,
                        long *out)
{
	long v;

	if (parse_whole(s, 1, max, &v, NULL) != CS_OK)
		return cli_usage(_("%s: %s takes a number, not \"%s\""), command, what, s);
	*out = v;
	return 0;
}

/* Splits a --to value ("bob" or "bob,carol") into a->to; the copy that
 * holds the names is stored in *copy for the caller to free. */
static int add_beneficiaries(struct ledger_args *a, const char *command, const char *list,
                             char **copy)
{
	char *save = NULL;

	if ((*copy = strdup(list)) == NULL)
		return cli_usage(_("out of memory"));
	for (char *t = strtok_r(*copy, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ')
			t++;
		if (*t == '\0')
			continue;
		if (a->to_count == LEDGER_MAX_BENEFICIARIES)
			return cli_usage(_("%s: at most %d beneficiaries"), command,
			                 LEDGER_MAX_BENEFICIARIES);
		a->to[a->to_count++] = t;
	}
	return 0;
}

static int parse_ledger_args(int argc, char **argv, const char *command, struct ledger_args *a,
                             char ***copies, size_t *ncopies)
{
	static const struct option opts[] = {
		{ "title", required_argument, NULL, 't' },
		{ "category", required_argument, NULL, 'c' },
		{ "description", required_argument, NULL, 'd' },
		{ "expires", required_argument, NULL, 'e' },
		{ "search", required_argument, NULL, 's' },
		{ "date", required_argument, NULL, 'D' },
		{ "since", required_argument, NULL, 'S' },
		{ "until", required_argument, NULL, 'U' },
		{ "reason", required_argument, NULL, 'r' },
		{ "to", required_argument, NULL, 'T' },
		{ "from", required_argument, NULL, 'F' },
		{ "ad", required_argument, NULL, 'a' },
		{ "page", required_argument, NULL, 'p' },
		{ "offers", no_argument, NULL, 'O' },
		{ "requests", no_argument, NULL, 'R' },
		{ "mine", no_argument, NULL, 'm' },
		{ "pending", no_argument, NULL, 'P' },
		{ "all", no_argument, NULL, 'A' },
		{ NULL, 0, NULL, 0 }
	};
	long n = 0;
	int ch, rc;

	memset(a, 0, sizeof *a);
	a->kind = -1;
	a->page = 1;
	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, command)) != -1) {
		switch (ch) {
		case 't': a->title = optarg; break;
		case 'c': a->category = optarg; break;
		case 'd': a->description = optarg; break;
		case 'e': a->expires = optarg; break;
		case 's': a->search = optarg; break;
		case 'D': a->date = optarg; break;
		case 'S': a->since = optarg; break;
		case 'U': a->until = optarg; break;
		case 'r': a->reason = optarg; break;
		case 'F': a->from = optarg; break;
		case 'T': {
			char **grown = realloc(*copies, (*ncopies + 1) * sizeof *grown);
			if (grown == NULL)
				return cli_usage(_("out of memory"));
			*copies = grown;
			(*copies)[*ncopies] = NULL;
			rc = add_beneficiaries(a, command, optarg, &(*copies)[*ncopies]);
			(*ncopies)++;
			if (rc != 0)
				return rc;
			break;
		}
		case 'a':
			if ((rc = parse_number(command, "--ad", optarg, 1L << 30, &n)) != 0)
				return rc;
			a->ad = n;
			break;
		case 'p':
			if ((rc = parse_number(command, "--page", optarg, 1L << 30, &a->page)) != 0)
				return rc;
			break;
		case 'O': a->kind = AD_OFFER; break;
		case 'R': a->kind = AD_REQUEST; break;
		case 'm': a->mine = true; break;
		case 'P': a->pending = true; break;
		case 'A': a->all = true; break;
		default: return EXIT_USAGE;
		}
	}
	return 0;
}

/* "30/11/2026" from "2026-11-30". */
static void print_day(const char *day)
{
	char text[16];

	when_day_text(day, text, sizeof text);
	fputs(text, stdout);
}

static int user_day(const char *command, const char *typed, char out[11])
{
	struct cs_error err;
	char today[11];

	when_local_day(time(NULL), today);
	if (when_parse_day(typed, today, out, &err) != CS_OK)
		return cli_usage(_("%s: %s"), command, err.message);
	return 0;
}

/* ---- offers and requests ------------------------------------------------ */

static int ledger_publish(struct cli *c, const struct ledger_rules *rules, enum ad_kind kind,
                          const struct ledger_args *a, const char *command)
{
	char expires[11];
	int64_t ad;
	int rc;

	if (a->title == NULL || a->category == NULL)
		return cli_usage(_("%s: --title and --category are required"), command);
	if (a->expires != NULL) {
		if ((rc = user_day(command, a->expires, expires)) != 0)
			return rc;
	} else {
		when_local_day(time(NULL) + 90L * 86400, expires);
	}
	if (ledger_ad_add(c->db, &c->id, rules, kind, a->title, a->description, a->category,
	                  expires, time(NULL), &ad, &c->err) != CS_OK)
		return cli_fail(&c->err);
	printf(_("Announcement %lld published until "), (long long)ad);
	print_day(expires);
	fputs(".\n", stdout);
	return 0;
}

static int ledger_list_ads(struct cli *c, const struct ledger_args *a)
{
	struct ledger_ad_filter f = { .kind = a->kind, .category = a->category,
	                              .search = a->search, .mine = a->mine };
	struct ledger_ad_list l;

	if (ledger_ads(c->db, &c->id, &f, time(NULL), &l, &c->err) != CS_OK)
		return cli_fail(&c->err);
	for (size_t i = 0; i < l.count; i++) {
		const struct ledger_ad *ad = &l.items[i];
		printf("%-4lld ", (long long)ad->id);
		cli_put_padded(stdout, ledger_ad_kind_label(ad->kind), 8);
		fputs(" ", stdout);
		cli_put_padded(stdout, ad->category, 14);
		fputs(" ", stdout);
		cli_put_padded(stdout, ad->title, 34);
		fputs(" ", stdout);
		put_party(ad->login, ad->name, 18, false);
		fputs(" ", stdout);
		if (!ad->active)
			fputs(_("withdrawn"), stdout);
		else if (ad->expired)
			fputs(_("expired"), stdout);
		else
			print_day(ad->expires);
		fputc('\n', stdout);
		if (ad->description[0] != '\0' && l.count == 1) {
			fputs("     ", stdout);
			cli_put_text(stdout, ad->description, true, 5);
			fputc('\n', stdout);
		}
	}
	if (l.count == 0)
		fputs(_("No announcement matches.\n"), stderr);
	ledger_ads_free(&l);
	return 0;
}

/* ---- exchanges ---------------------------------------------------------- */

static int ledger_record_cmd(struct cli *c, const struct ledger_rules *rules,
                             const struct ledger_args *a, int argc, char **argv)
{
	struct ledger_record_request req = { 0 };
	const char *me = identity_effective_login(&c->id), *counterpart;
	char day[11] = "", shown[24];
	int minutes, rounded, rc;
	int64_t first;

	if ((a->from == NULL) == (a->to_count == 0))
		return cli_usage(_("ledger record: say --to LOGIN (you gave time) or --from LOGIN "
		                   "(you received time)"));
	if (argc - optind != 1)
		return cli_usage(_("ledger record: give one duration, e.g. 1h15, 1:15 or 75 min"));
	if (a->description == NULL)
		return cli_usage(_("ledger record: --description is required"));
	if (duration_parse(argv[optind], false, &minutes, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (a->date != NULL && (rc = user_day("ledger record", a->date, day)) != 0)
		return rc;
	if (a->from != NULL) {
		req.provider = a->from;
		req.beneficiaries = &me;
		req.beneficiary_count = 1;
		counterpart = a->from;
	} else {
		req.provider = me;
		req.beneficiaries = a->to;
		req.beneficiary_count = a->to_count;
		counterpart = a->to[0];
	}
	req.minutes = minutes;
	req.day = day;
	req.description = a->description;
	req.ad_id = a->ad;
	if (ledger_record(c->db, &c->id, rules, &req, time(NULL), &first, &rounded, &c->err)
	    != CS_OK)
		return cli_fail(&c->err);
	duration_format(rounded, shown, sizeof shown);
	if (rounded != minutes) {
		char typed[24];
		duration_format(minutes, typed, sizeof typed);
		printf(_("%s rounded to %s (steps of %d min).\n"), typed, shown, rules->rounding);
	}
	if (req.beneficiary_count > 1)
		printf(_("Group session recorded: exchanges %lld to %lld (%s each), each waiting for "
		         "its beneficiary's confirmation.\n"), (long long)first,
		       (long long)(first + (int64_t)req.beneficiary_count - 1), shown);
	else
		printf(_("Exchange %lld recorded (%s), waiting for %s to confirm it.\n"),
		       (long long)first, shown, counterpart);
	return 0;
}

static int exchange_number(const char *command, int argc, char **argv, int64_t *out)
{
	long n = 0;
	int rc;

	if (argc - optind != 1)
		return cli_usage(_("%s: name one exchange by its number"), command);
	if ((rc = parse_number(command, _("the exchange"), argv[optind], 1L << 30, &n)) != 0)
		return rc;
	*out = n;
	return 0;
}

static void print_state(const struct ledger_exchange *e)
{
	fputs(ledger_state_label(e->state), stdout);
	if (e->state == EXCHANGE_PROPOSED) {
		printf(" (%s", e->awaiting_me ? _("yours to answer") : _("waiting for the other party"));
		if (e->due_day[0] != '\0') {
			printf(_("; automatic on "));
			print_day(e->due_day);
		}
		fputc(')', stdout);
	} else if (e->auto_confirmed) {
		printf(" (%s)", _("automatically"));
	}
}

/* "giver → receiver" in two columns: time goes from the provider to the
 * beneficiary; an opening credit goes from the pool (its "beneficiary",
 * debited) to the agent. Each with their login: this is the list an agent
 * reads before confirming or refusing. */
static void print_parties(const struct ledger_exchange *e)
{
	bool opening = e->kind == EXCHANGE_OPENING;

	if (opening)
		put_party(e->beneficiary_login, e->beneficiary_name, 26, true);
	else
		put_party(e->provider_login, e->provider_name, 26, true);
	fputs(" → ", stdout);
	if (opening)
		put_party(e->provider_login, e->provider_name, 26, true);
	else
		put_party(e->beneficiary_login, e->beneficiary_name, 26, true);
}

static void print_exchange_row(const struct ledger_exchange *e)
{
	char d[24];

	duration_format(e->minutes, d, sizeof d);
	printf("%-5lld ", (long long)e->id);
	print_day(e->day);
	fputs("  ", stdout);
	print_parties(e);
	printf(" %8s  ", d);
	print_state(e);
	if (e->reversed_by != 0)
		printf(_(", reversed by %lld"), (long long)e->reversed_by);
	fputc('\n', stdout);
}

/* "  Label          " with the label padded by display columns. */
static void field(const char *label)
{
	fputs("\n  ", stdout);
	cli_put_padded(stdout, label, 15);
	fputc(' ', stdout);
}

static int ledger_show(struct cli *c, const struct ledger_rules *rules, int64_t n)
{
	struct ledger_exchange e;
	char d[24], when[40], label[512];

	if (ledger_exchange_get(c->db, &c->id, rules, n, time(NULL), &e, &c->err) != CS_OK)
		return cli_fail(&c->err);
	duration_format(e.minutes, d, sizeof d);
	printf(_("Exchange %lld"), (long long)e.id);
	if (e.kind == EXCHANGE_OPENING)
		printf(" — %s", _("opening credit"));
	else if (e.kind == EXCHANGE_REVERSAL)
		printf(_(" — reversal of exchange %lld"), (long long)e.reverses);
	if (e.group_id != 0)
		printf(_(" — group session %lld"), (long long)e.group_id);
	if (e.kind == EXCHANGE_OPENING) {
		field(_("Account"));
		cli_put_text(stdout, ledger_party_label(e.provider_login, e.provider_name,
		                                        label, sizeof label), false, 0);
		field(_("Paid by"));
		cli_put_text(stdout, ledger_party_label(e.beneficiary_login, e.beneficiary_name,
		                                        label, sizeof label), false, 0);
	} else {
		field(_("Given by"));
		cli_put_text(stdout, ledger_party_label(e.provider_login, e.provider_name,
		                                        label, sizeof label), false, 0);
		field(_("Received by"));
		cli_put_text(stdout, ledger_party_label(e.beneficiary_login, e.beneficiary_name,
		                                        label, sizeof label), false, 0);
	}
	field(_("Duration"));
	fputs(d, stdout);
	field(_("Day"));
	print_day(e.day);
	field(_("Description"));
	cli_put_text(stdout, e.description, false, 0);
	if (e.ad_id != 0) {
		field(_("Announcement"));
		printf("%lld, ", (long long)e.ad_id);
		cli_put_text(stdout, e.ad_title, false, 0);
	}
	when_format_iso(e.created_at, WHEN_DATETIME, when, sizeof when);
	field(_("Recorded by"));
	printf("%s, %s", e.recorded_by, when);
	field(_("State"));
	print_state(&e);
	if (e.decided_at[0] != '\0') {
		when_format_iso(e.decided_at, WHEN_DATETIME, when, sizeof when);
		printf(", %s", when);
		if (e.decided_by[0] != '\0')
			printf(" (%s)", e.decided_by);
	}
	if (e.reversed_by != 0) {
		field(_("Reversed"));
		printf(_("by exchange %lld"), (long long)e.reversed_by);
	}
	if (e.reason[0] != '\0') {
		field(_("Reason"));
		cli_put_text(stdout, e.reason, false, 0);
	}
	fputc('\n', stdout);
	ledger_exchange_free(&e);
	return 0;
}

static int ledger_answer(struct cli *c, const struct ledger_rules *rules, const char *sub,
                         const struct ledger_args *a, int argc, char **argv)
{
	char command[32];
	int64_t n, reversal;
	int rc;

	snprintf(command, sizeof command, "ledger %s", sub);
	if ((rc = exchange_number(command, argc, argv, &n)) != 0)
		return rc;
	if (strcmp(sub, "confirm") == 0) {
		if (ledger_confirm(c->db, &c->id, rules, n, time(NULL), &c->err) != CS_OK)
			return cli_fail(&c->err);
		printf(_("Exchange %lld confirmed: it counts in both balances.\n"), (long long)n);
	} else if (strcmp(sub, "refuse") == 0) {
		if (ledger_refuse(c->db, &c->id, rules, n, a->reason, time(NULL), &c->err) != CS_OK)
			return cli_fail(&c->err);
		printf(_("Exchange %lld refused: nothing is counted.\n"), (long long)n);
	} else {
		if (a->reason == NULL)
			return cli_usage(_("ledger reverse: --reason is required"));
		if (ledger_reverse(c->db, &c->id, rules, n, a->reason, time(NULL), &reversal, &c->err)
		    != CS_OK)
			return cli_fail(&c->err);
		printf(_("Exchange %lld reversed by exchange %lld.\n"), (long long)n,
		       (long long)reversal);
	}
	return 0;
}

static int ledger_list_exchanges(struct cli *c, const struct ledger_rules *rules,
                                 const struct ledger_args *a, const char *login)
{
	struct ledger_exchange_list l;

	if (ledger_exchanges(c->db, &c->id, rules, login, a->pending, 0, time(NULL), &l, &c->err)
	    != CS_OK)
		return cli_fail(&c->err);
	for (size_t i = 0; i < l.count; i++)
		print_exchange_row(&l.items[i]);
	if (l.count == 0)
		fputs(a->pending ? _("No exchange waiting for an answer.\n") : _("No exchange.\n"),
		      stderr);
	ledger_exchanges_free(&l);
	return 0;
}

/* ---- balances and statements -------------------------------------------- */

static int ledger_balance(struct cli *c, const struct ledger_rules *rules, const char *login,
                          const struct ledger_args *a, bool lines)
{
	struct ledger_statement s;
	size_t per_page = a->all ? (size_t)-1 / 2 : STATEMENT_PAGE;
	size_t offset = a->all ? 0 : (size_t)(a->page - 1) * STATEMENT_PAGE;
	char d[24];

	if (login == NULL
	    && ledger_open_account(c->db, &c->id, rules, time(NULL), &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (ledger_statement(c->db, &c->id, rules, login, offset, lines ? per_page : 0, time(NULL),
	                     &s, &c->err) != CS_OK)
		return cli_fail(&c->err);
	duration_format(s.balance, d, sizeof d);
	printf(_("Balance of %s: %s\n"), s.name[0] ? s.name : s.login, d);
	if (!s.has_account)
		fputs(_("(no account yet: it opens on the first exchange)\n"), stdout);
	if (s.pending_in > 0) {
		duration_format(s.pending_in, d, sizeof d);
		printf(_("To receive, once confirmed: %s\n"), d);
	}
	if (s.pending_out > 0) {
		duration_format(s.pending_out, d, sizeof d);
		printf(_("To give, once confirmed: %s\n"), d);
	}
	if (lines && s.count > 0) {
		fputc('\n', stdout);
		cli_put_padded(stdout, _("Date"), 10);
		fputc(' ', stdout);
		cli_put_padded(stdout, _("With"), 20);
		fputc(' ', stdout);
		cli_put_padded(stdout, _("Description"), 30);
		printf(" %8s %8s\n", _("Change"), _("Balance"));
		for (size_t i = 0; i < s.count; i++) {
			const struct ledger_line *l = &s.lines[i];
			char change[24], after[24];
			duration_format_clock(l->minutes, true, change, sizeof change);
			duration_format_clock(l->balance_after, false, after, sizeof after);
			print_day(l->day);
			fputc(' ', stdout);
			put_party(l->counterpart_login, l->counterpart, 20, false);
			fputc(' ', stdout);
			cli_put_padded(stdout, l->description, 30);
			printf(" %8s %8s\n", change, after);
		}
	}
	if (lines && !a->all && s.total > STATEMENT_PAGE) {
		size_t pages = (s.total + STATEMENT_PAGE - 1) / STATEMENT_PAGE;
		printf(_("\nPage %ld of %zu (%zu movements)"), a->page, pages, s.total);
		if ((size_t)a->page < pages)
			printf(_(" — next: --page %ld"), a->page + 1);
		fputc('\n', stdout);
	} else if (lines && s.count == 0 && s.has_account) {
		fputs(_("No movement on this page.\n"), stdout);
	}
	ledger_statement_free(&s);
	return 0;
}

static int ledger_list_accounts(struct cli *c, const struct ledger_rules *rules)
{
	struct ledger_account_list l;

	if (ledger_accounts(c->db, &c->id, rules, time(NULL), &l, &c->err) != CS_OK)
		return cli_fail(&c->err);
	for (size_t i = 0; i < l.count; i++) {
		char d[24];
		duration_format_clock(l.items[i].balance, false, d, sizeof d);
		cli_put_padded(stdout, l.items[i].login[0] ? l.items[i].login : "-", 14);
		fputc(' ', stdout);
		cli_put_padded(stdout, l.items[i].name, 24);
		printf(" %9s  ", d);
		printf(P_("%zu movement", "%zu movements", l.items[i].movements), l.items[i].movements);
		if (l.items[i].pending > 0)
			printf(P_(", %zu waiting", ", %zu waiting", l.items[i].pending), l.items[i].pending);
		fputc('\n', stdout);
	}
	ledger_accounts_free(&l);
	return 0;
}

static int ledger_check_cmd(struct cli *c, const struct ledger_rules *rules)
{
	struct ledger_check_report r;
	size_t settled;

	if (ledger_settle(c->db, rules, time(NULL), &settled, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (settled > 0)
		printf(P_("%zu exchange confirmed or refused automatically (its delay was over).\n",
		          "%zu exchanges confirmed or refused automatically (their delay was over).\n",
		          settled), settled);
	if (ledger_check(c->db, &r, &c->err) != CS_OK) {
		printf(_("Accounts: %zu, exchanges: %zu, movements: %zu, sum: %lld min\n"),
		       r.accounts, r.exchanges, r.movements, r.sum);
		printf(_("Balances that differ from their movements: %zu; running balances out of "
		         "step: %zu; exchanges at odds with their movements: %zu\n"),
		       r.bad_balances, r.bad_running, r.bad_exchanges);
		return cli_fail(&c->err);
	}
	printf(_("The ledger holds: %zu accounts, %zu exchanges, %zu movements, sum zero, every "
	         "balance equal to the sum of its movements.\n"),
	       r.accounts, r.exchanges, r.movements);
	return 0;
}

static int ledger_journal_cmd(struct cli *c, const struct ledger_rules *rules,
                              const struct ledger_args *a)
{
	struct ledger_exchange_list l;
	char since[11], until[11], d[24];
	long total = 0;
	int rc;

	when_local_day(time(NULL), until);
	snprintf(since, sizeof since, "%.8s01", until);
	if (a->since != NULL && (rc = user_day("ledger journal", a->since, since)) != 0)
		return rc;
	if (a->until != NULL && (rc = user_day("ledger journal", a->until, until)) != 0)
		return rc;
	if (ledger_journal(c->db, &c->id, rules, since, until, time(NULL), &l, &c->err) != CS_OK)
		return cli_fail(&c->err);
	fputs(_("Journal of the Accorderie from "), stdout);
	print_day(since);
	fputs(_(" to "), stdout);
	print_day(until);
	fputc('\n', stdout);
	for (size_t i = 0; i < l.count; i++) {
		const struct ledger_exchange *e = &l.items[i];
		char posted[40];
		when_format_iso(e->decided_at, WHEN_DATE, posted, sizeof posted);
		duration_format(e->minutes, d, sizeof d);
		printf("%-5lld %s  ", (long long)e->id, posted);
		print_parties(e);
		printf(" %8s  ", d);
		cli_put_text(stdout, e->description, false, 0);
		fputc('\n', stdout);
		total += e->minutes;
	}
	duration_format((int)total, d, sizeof d);
	printf(P_("%zu exchange posted, %s in all.\n", "%zu exchanges posted, %s in all.\n",
	          l.count), l.count, d);
	ledger_exchanges_free(&l);
	return 0;
}

/* ---- dispatch ----------------------------------------------------------- */

static const char *optional_login(const char *command, int argc, char **argv, int *rc)
{
	*rc = 0;
	if (argc - optind > 1) {
		*rc = cli_usage(_("%s: unexpected argument \"%s\""), command, argv[optind + 1]);
		return NULL;
	}
	return optind < argc ? argv[optind] : NULL;
}

static int no_more_arguments(const char *command, int argc, char **argv)
{
	return optind < argc ? cli_usage(_("%s: unexpected argument \"%s\""), command, argv[optind])
	                     : 0;
}

int cmd_ledger(struct cli *c, int argc, char **argv)
{
	static const char *const subs[] = {
		"offer", "request", "ads", "withdraw", "record", "confirm", "refuse", "reverse",
		"balance", "statement", "exchanges", "show", "accounts", "journal", "check", NULL
	};
	const char *sub = argc > 1 ? argv[1] : "";
	struct ledger_rules rules;
	struct ledger_args a;
	char command[32], **copies = NULL;
	size_t ncopies = 0;
	bool known = false;
	int rc;

	for (size_t i = 0; subs[i] != NULL; i++)
		known = known || strcmp(sub, subs[i]) == 0;
	if (argc < 2)
		return cli_usage(_("ledger: say offer, request, ads, withdraw, record, confirm, refuse, "
		                   "reverse, balance, statement, exchanges, show, accounts, journal "
		                   "or check"));
	if (!known)
		return cli_usage(_("ledger: unknown subcommand \"%s\""), sub);
	snprintf(command, sizeof command, "ledger %s", sub);
	if (ledger_rules_from_config(&c->cfg, &rules, &c->err) != CS_OK)
		return cli_fail(&c->err);
	argc -= 1;
	argv += 1;
	rc = parse_ledger_args(argc, argv, command, &a, &copies, &ncopies);
	if (rc == 0)
		rc = cli_open(c);
	if (rc != 0)
		goto out;
	if (strcmp(sub, "offer") == 0 || strcmp(sub, "request") == 0) {
		rc = no_more_arguments(command, argc, argv);
		if (rc == 0)
			rc = ledger_publish(c, &rules, strcmp(sub, "offer") == 0 ? AD_OFFER : AD_REQUEST,
			                    &a, command);
	} else if (strcmp(sub, "ads") == 0) {
		if ((rc = no_more_arguments(command, argc, argv)) == 0)
			rc = ledger_list_ads(c, &a);
	} else if (strcmp(sub, "withdraw") == 0) {
		long n = 0;
		if (argc - optind != 1)
			rc = cli_usage(_("ledger withdraw: name one announcement by its number"));
		else if ((rc = parse_number(command, _("the announcement"), argv[optind], 1L << 30,
		                            &n)) == 0) {
			if (ledger_ad_close(c->db, &c->id, n, &c->err) != CS_OK)
				rc = cli_fail(&c->err);
			else
				printf(_("Announcement %ld withdrawn.\n"), n);
		}
	} else if (strcmp(sub, "record") == 0) {
		rc = ledger_record_cmd(c, &rules, &a, argc, argv);
	} else if (strcmp(sub, "confirm") == 0 || strcmp(sub, "refuse") == 0
	           || strcmp(sub, "reverse") == 0) {
		rc = ledger_answer(c, &rules, sub, &a, argc, argv);
	} else if (strcmp(sub, "show") == 0) {
		int64_t n;
		if ((rc = exchange_number(command, argc, argv, &n)) == 0)
			rc = ledger_show(c, &rules, n);
	} else if (strcmp(sub, "balance") == 0 || strcmp(sub, "statement") == 0
	           || strcmp(sub, "exchanges") == 0) {
		const char *login = optional_login(command, argc, argv, &rc);
		if (rc == 0 && strcmp(sub, "exchanges") == 0)
			rc = ledger_list_exchanges(c, &rules, &a, login);
		else if (rc == 0)
			rc = ledger_balance(c, &rules, login, &a, strcmp(sub, "statement") == 0);
	} else if (strcmp(sub, "journal") == 0) {
		if ((rc = no_more_arguments(command, argc, argv)) == 0)
			rc = ledger_journal_cmd(c, &rules, &a);
	} else if (strcmp(sub, "accounts") == 0) {
		if ((rc = no_more_arguments(command, argc, argv)) == 0)
			rc = ledger_list_accounts(c, &rules);
	} else {
		if ((rc = no_more_arguments(command, argc, argv)) == 0)
			rc = ledger_check_cmd(c, &rules);
	}
	cli_close(c);
out:
	for (size_t i = 0; i < ncopies; i++)
		free(copies[i]);
	free(copies);
	return rc;
}
