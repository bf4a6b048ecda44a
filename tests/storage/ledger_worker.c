/* ledger_worker.c — one process of the ledger property test: acts as a few
 * agents of a pool (and as the admin "admin" for reversals) and makes OPS
 * random attempts through the real core API: single and group exchanges
 * (some invalid: zero, more than 24 h, rounding to zero, with oneself, a
 * future day), confirmations and refusals of the proposals waiting for its
 * agents (which another process may answer first), withdrawals, answers to
 * exchanges already decided, reversals of whatever the admin finds in an
 * account. The configuration (limits, rounding) is the one the program
 * reads ($CONSTRUISONS_CONFIG). One line per attempt goes to OUT:
 *
 *   T0 T1 ACTOR OP ID REF PROVIDER BENEFICIARIES TYPED ROUNDED RESULT STATUS REASON...
 *
 * T0/T1: microseconds (CLOCK_REALTIME) before and after the call; ID: the
 * exchange (first line of a group) recorded, answered or reversed; REF: the
 * reversal's id, the kind of what is reversed and "motif" or "sans-motif"
 * (no reason given, refused), colon-separated; BENEFICIARIES:
 * comma-separated (for a reversal, PROVIDER BENEFICIARIES TYPED are the
 * exchange as the admin saw it listed); "-" where a field does not apply;
 * "@pool" for the pool;
 * RESULT ok|fail; STATUS ok, data, notfound, perm, conflict, busy or
 * other; REASON the core's message ("-" on success).
 *
 *   ledger_worker DB OUT SEED OPS MINE,... POOL,...
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "ledger.h"

#define MAX_AGENTS 64
#define RING 64

struct worker {
	struct cs_db *db;
	struct ledger_rules rules;
	FILE *out;
	unsigned seed;
	struct cs_identity mine[MAX_AGENTS], admin;
	size_t nmine;
	char pool[MAX_AGENTS][AGENT_LOGIN_MAX];
	size_t npool;
	struct { int64_t id; size_t agent; } decided[RING];  /* answered here: stale later */
	size_t ndecided;
};

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static unsigned pick(struct worker *w, unsigned n)
{
	return n ? (unsigned)rand_r(&w->seed) % n : 0;
}

static const char *status_name(enum cs_status s)
{
	switch (s) {
	case CS_OK: return "ok";
	case CS_ERR_DATA: return "data";
	case CS_ERR_NOTFOUND: return "notfound";
	case CS_ERR_PERM: return "perm";
	case CS_ERR_CONFLICT: return "conflict";
	case CS_ERR_BUSY: return "busy";
	default: return "other";
	}
}

static void log_line(struct worker *w, long long t0, const char *actor, const char *op,
                     long long id, const char *ref, const char *provider, const char *bens,
                     const char *typed, int rounded, enum cs_status s,
                     const struct cs_error *err)
{
	char r[16] = "-";

	if (rounded > 0)
		snprintf(r, sizeof r, "%d", rounded);
	/* the message is the last field: newlines would break the log */
	fprintf(w->out, "%lld %lld %s %s %lld %s %s %s %s %s %s %s ", t0, now_us(), actor, op, id,
	        ref, provider, bens, typed, r, s == CS_OK ? "ok" : "fail", status_name(s));
	if (s == CS_OK) {
		fputs("-\n", w->out);
	} else {
		for (const char *p = err->message; *p; p++)
			fputc(*p == '\n' ? ' ' : *p, w->out);
		fputc('\n', w->out);
	}
	fflush(w->out);
}

static void remember(struct worker *w, int64_t id, size_t agent)
{
	w->decided[w->ndecided % RING].id = id;
	w->decided[w->ndecided % RING].agent = agent;
	w->ndecided++;
}

/* A duration as typed: mostly valid (rounded to the configured unit by the
 * core), sometimes zero, more than 24 h, or rounding to zero. */
static int random_minutes(struct worker *w)
{
	unsigned r = pick(w, 100);

	if (r < 4)
		return 0;
	if (r < 8)
		return LEDGER_MAX_MINUTES + 8 + (int)pick(w, 600);
	if (r < 11)
		return 1 + (int)pick(w, (unsigned)(w->rules.rounding / 2 > 1 ? w->rules.rounding / 2 : 1));
	if (r < 13)
		return LEDGER_MAX_MINUTES - 7 + (int)pick(w, 15);    /* around the limit */
	return 5 + (int)pick(w, 300);
}

static void do_record(struct worker *w, bool group)
{
	size_t me = pick(w, (unsigned)w->nmine), n = 1;
	const struct cs_identity *id = &w->mine[me];
	const char *provider, *bens[8];
	char list[8 * AGENT_LOGIN_MAX] = "", typed[16], day[11] = "";
	struct ledger_record_request req;
	struct cs_error err;
	int64_t first = 0;
	int rounded = 0;
	enum cs_status s;
	long long t0;

	if (group) {
		provider = id->login;
		n = 2 + pick(w, 4);
		for (size_t i = 0; i < n; i++) {
			bool taken;
			if (pick(w, 40) == 0) {  /* now and then: the provider, or someone twice */
				bens[i] = i > 0 && pick(w, 2) ? bens[0] : provider;
				continue;
			}
			do {
				bens[i] = w->pool[pick(w, (unsigned)w->npool)];
				taken = strcmp(bens[i], provider) == 0;
				for (size_t k = 0; k < i; k++)
					taken = taken || strcmp(bens[k], bens[i]) == 0;
			} while (taken);
		}
	} else {
		size_t j = pick(w, (unsigned)w->npool);
		const char *other;
		if (strcmp(w->pool[j], id->login) == 0 && pick(w, 4) != 0)  /* a few with oneself */
			j = (j + 1 + pick(w, (unsigned)w->npool - 1)) % w->npool;
		other = w->pool[j];
		if (pick(w, 2)) {
			provider = id->login;
			bens[0] = other;
		} else {
			provider = other;
			bens[0] = id->login;
		}
	}
	for (size_t i = 0; i < n; i++) {
		strcat(list, i ? "," : "");
		strcat(list, bens[i]);
	}
	memset(&req, 0, sizeof req);
	req.provider = provider;
	req.beneficiaries = bens;
	req.beneficiary_count = n;
	req.minutes = random_minutes(w);
	req.description = group ? "Atelier partagé" : "Coup de main";
	if (pick(w, 50) == 0) {  /* the day after tomorrow: refused */
		time_t t = time(NULL) + 2 * 86400;
		struct tm tm;
		localtime_r(&t, &tm);
		strftime(day, sizeof day, "%Y-%m-%d", &tm);
		req.day = day;
	}
	snprintf(typed, sizeof typed, "%d%s", req.minutes, day[0] ? "@demain" : "");
	t0 = now_us();
	s = ledger_record(w->db, id, &w->rules, &req, time(NULL), &first, &rounded, &err);
	log_line(w, t0, id->login, group ? "group" : "record", (long long)first, "-", provider, list,
	         typed, rounded, s, &err);
}

/* Answers one of the proposals waiting for one of our agents (or withdraws
 * one of theirs, or confirms their own: refused). */
static void do_answer(struct worker *w, bool confirm)
{
	size_t me = pick(w, (unsigned)w->nmine), nwait = 0, nown = 0;
	const struct cs_identity *id = &w->mine[me];
	struct ledger_exchange_list l = { NULL, 0 };
	struct ledger_exchange *e = NULL;
	struct cs_error err;
	enum cs_status s;
	long long t0;
	int64_t x;

	if (ledger_exchanges(w->db, id, &w->rules, NULL, true, 0, time(NULL), &l, &err) != CS_OK) {
		log_line(w, now_us(), id->login, "list", 0, "-", "-", "-", "-", 0, err.status, &err);
		return;
	}
	for (size_t i = 0; i < l.count; i++) {
		if (l.items[i].awaiting_me)
			nwait++;
		else
			nown++;
	}
	if (nwait > 0 && (nown == 0 || pick(w, 10) != 0)) {
		/* half the time the oldest: the other process acting as this agent
		 * is then likely to answer the same one */
		size_t k = pick(w, 2) ? nwait - 1 : pick(w, (unsigned)nwait);
		for (size_t i = 0; i < l.count && e == NULL; i++)
			if (l.items[i].awaiting_me && k-- == 0)
				e = &l.items[i];
	} else if (nown > 0) {
		size_t k = pick(w, (unsigned)nown);
		for (size_t i = 0; i < l.count && e == NULL; i++)
			if (!l.items[i].awaiting_me && k-- == 0)
				e = &l.items[i];
	}
	if (e == NULL) {
		ledger_exchanges_free(&l);
		return;
	}
	x = e->id;
	ledger_exchanges_free(&l);
	/* widen the window in which another process answers the same line */
	nanosleep(&(struct timespec){ 0, (long)pick(w, 10000) * 1000 }, NULL);
	t0 = now_us();
	if (confirm)
		s = ledger_confirm(w->db, id, &w->rules, x, time(NULL), &err);
	else
		s = ledger_refuse(w->db, id, &w->rules, x, pick(w, 3) ? "pas eu lieu" : NULL,
		                  time(NULL), &err);
	log_line(w, t0, id->login, confirm ? "confirm" : "refuse", (long long)x, "-", "-", "-", "-",
	         0, s, &err);
	if (s == CS_OK)
		remember(w, x, me);
}

/* Answers again an exchange this process saw decided: always a conflict. */
static void do_stale(struct worker *w)
{
	size_t n = w->ndecided < RING ? w->ndecided : RING, k;
	struct cs_error err;
	enum cs_status s;
	bool confirm = pick(w, 2) != 0;
	long long t0;

	if (n == 0)
		return;
	k = pick(w, (unsigned)n);
	t0 = now_us();
	if (confirm)
		s = ledger_confirm(w->db, &w->mine[w->decided[k].agent], &w->rules, w->decided[k].id,
		                   time(NULL), &err);
	else
		s = ledger_refuse(w->db, &w->mine[w->decided[k].agent], &w->rules, w->decided[k].id,
		                  "encore", time(NULL), &err);
	log_line(w, t0, w->mine[w->decided[k].agent].login, confirm ? "confirm" : "refuse",
	         (long long)w->decided[k].id, "-", "-", "-", "-", 0, s, &err);
}

/* The admin reverses something found in a random agent's account. */
static void do_reverse(struct worker *w)
{
	const char *login = w->pool[pick(w, (unsigned)w->npool)];
	struct ledger_exchange_list l = { NULL, 0 };
	struct ledger_exchange *e;
	static const char *const kinds[] = { "echange", "ouverture", "annulation" };
	const char *reason = pick(w, 20) ? "erreur de saisie" : "";
	struct cs_error err;
	int64_t reversal = 0;
	enum cs_status s;
	long long t0;
	char rev[48], minutes[16];

	if (ledger_exchanges(w->db, &w->admin, &w->rules, login, false, 0, time(NULL), &l, &err)
	    != CS_OK) {
		log_line(w, now_us(), "admin", "list", 0, "-", "-", "-", "-", 0, err.status, &err);
		return;
	}
	if (l.count == 0) {
		ledger_exchanges_free(&l);
		return;
	}
	e = &l.items[pick(w, (unsigned)l.count)];
	t0 = now_us();
	s = ledger_reverse(w->db, &w->admin, &w->rules, e->id, reason, time(NULL), &reversal, &err);
	snprintf(rev, sizeof rev, "%lld:%s:%s", (long long)reversal, kinds[e->kind],
	         reason[0] ? "motif" : "sans-motif");
	snprintf(minutes, sizeof minutes, "%d", e->minutes);
	log_line(w, t0, "admin", "reverse", (long long)e->id, rev,
	         e->provider_login[0] ? e->provider_login : "@pool",
	         e->beneficiary_login[0] ? e->beneficiary_login : "@pool", minutes, 0, s, &err);
	ledger_exchanges_free(&l);
}

static void do_open(struct worker *w)
{
	const struct cs_identity *id = &w->mine[pick(w, (unsigned)w->nmine)];
	struct cs_error err;
	long long t0 = now_us();
	enum cs_status s = ledger_open_account(w->db, id, &w->rules, time(NULL), &err);

	log_line(w, t0, id->login, "open", 0, "-", "-", id->login, "-", 0, s, &err);
}

static size_t split(char *s, char out[][AGENT_LOGIN_MAX], size_t max)
{
	size_t n = 0;
	char *save = NULL;

	for (char *t = strtok_r(s, ",", &save); t && n < max; t = strtok_r(NULL, ",", &save))
		snprintf(out[n++], AGENT_LOGIN_MAX, "%s", t);
	return n;
}

static bool identity(struct cs_db *db, struct cs_identity *id, const char *login, unsigned roles)
{
	struct cs_error err;

	memset(id, 0, sizeof *id);
	snprintf(id->login, sizeof id->login, "%s", login);
	snprintf(id->name, sizeof id->name, "Agent %s", login);
	id->roles = ROLE_AGENT | roles;
	if (agents_register(db, id, &err) != CS_OK) {
		fprintf(stderr, "register %s: %s\n", login, err.message);
		return false;
	}
	return true;
}

int main(int argc, char **argv)
{
	static struct worker w;
	struct db_settings settings = { 120, 5, -1 };
	char mine[MAX_AGENTS][AGENT_LOGIN_MAX];
	struct cs_identity other;
	struct cs_config cfg;
	struct cs_error err;
	long ops;

	if (argc != 7)
		return 64;
	w.seed = (unsigned)strtoul(argv[3], NULL, 10);
	ops = strtol(argv[4], NULL, 10);
	w.nmine = split(argv[5], mine, MAX_AGENTS);
	w.npool = split(argv[6], w.pool, MAX_AGENTS);
	if (w.nmine == 0 || w.npool < 2)
		return 64;
	if (config_load(&cfg, NULL, &err) != CS_OK
	    || ledger_rules_from_config(&cfg, &w.rules, &err) != CS_OK
	    || db_open(argv[1], DB_OPEN_EXISTING, &settings, &w.db, &err) != CS_OK) {
		fprintf(stderr, "open: %s\n", err.message);
		return 69;
	}
	/* every agent of the pool is in the directory before anyone names them */
	for (size_t i = 0; i < w.npool; i++)
		if (!identity(w.db, &other, w.pool[i], 0))
			return 69;
	for (size_t i = 0; i < w.nmine; i++)
		if (!identity(w.db, &w.mine[i], mine[i], 0))
			return 69;
	if (!identity(w.db, &w.admin, "admin", ROLE_ADMIN)
	    || !identity_has_role(&w.admin, ROLE_ADMIN))
		return 69;
	if ((w.out = fopen(argv[2], "w")) == NULL)
		return 73;
	for (long i = 0; i < ops; i++) {
		unsigned r = pick(&w, 100);
		if (r < 32)
			do_record(&w, false);
		else if (r < 42)
			do_record(&w, true);
		else if (r < 70)
			do_answer(&w, true);
		else if (r < 80)
			do_answer(&w, false);
		else if (r < 88)
			do_stale(&w);
		else if (r < 97)
			do_reverse(&w);
		else
			do_open(&w);
	}
	fclose(w.out);
	db_close(w.db);
	config_free(&cfg);
	return 0;
}
