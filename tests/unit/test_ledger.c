/* test_ledger.c — l'Accorderie's book on a real database with a fixed clock
 * (every call takes `now`): the opening credit, each refusal of a record,
 * who confirms and who refuses, the floor and the ceiling at recording and
 * at confirmation, automatic confirmation (and automatic refusal), group
 * sessions, reversals, the schema's append-only movements, the integrity
 * check, statements, exchange lists, announcements and the facilitators'
 * views. Balances are read back with SQL, not through the code under test. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agents.h"
#include "db.h"
#include "fixture.h"
#include "ledger.h"
#include "tap.h"
#include "text.h"

#define NONE (-99999)
#define DAY (24 * 60 * 60)

static struct cs_db *db;
static char dir[] = "/tmp/cs-ledger-XXXXXX";

/* One integer from SQL with an optional text parameter; NONE when no row. */
static long long sql_int(const char *sql, const char *param)
{
	sqlite3_stmt *st;
	long long n = NONE;

	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL) == SQLITE_OK) {
		if (param)
			sqlite3_bind_text(st, 1, param, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return n;
}

static long long balance(const char *login)
{
	return sql_int("SELECT a.balance FROM ledger_accounts a JOIN agents g ON g.id = a.agent_id"
	               " WHERE g.login = ?1", login);
}

static long long pool(void)
{
	return sql_int("SELECT balance FROM ledger_accounts WHERE pool = 1", NULL);
}

static long long movements(void)
{
	return sql_int("SELECT count(*) FROM ledger_movements", NULL);
}

static long long exchanges(void)
{
	return sql_int("SELECT count(*) FROM ledger_exchanges", NULL);
}

static bool sql_fails(const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db_handle(db), sql, NULL, NULL, &msg);

	if (rc != SQLITE_OK)
		printf("#   refused: %s\n", msg ? msg : "?");
	sqlite3_free(msg);
	return rc != SQLITE_OK;
}

/* Records provider -> beneficiaries (NULL-terminated) as id. */
static enum cs_status record_ex(const struct cs_identity *id, const struct ledger_rules *r,
                                const char *provider, const char *const *bens, int minutes,
                                const char *day, const char *description, int64_t ad,
                                time_t now, int64_t *eid, struct cs_error *err)
{
	struct ledger_record_request req = { .provider = provider, .beneficiaries = bens,
	                                     .minutes = minutes, .day = day,
	                                     .description = description, .ad_id = ad };
	int rounded;

	while (bens[req.beneficiary_count] != NULL)
		req.beneficiary_count++;
	return ledger_record(db, id, r, &req, now, eid, &rounded, err);
}

/* The simple case: one beneficiary, today, no announcement. */
static enum cs_status record1(const struct cs_identity *id, const struct ledger_rules *r,
                              const char *provider, const char *ben, int minutes,
                              time_t now, int64_t *eid, struct cs_error *err)
{
	const char *bens[] = { ben, NULL };

	return record_ex(id, r, provider, bens, minutes, NULL, "Aide", 0, now, eid, err);
}

static enum exchange_state state_of(const struct cs_identity *viewer,
                                    const struct ledger_rules *r, int64_t eid, time_t now)
{
	struct ledger_exchange e;
	struct cs_error err;
	enum exchange_state s = (enum exchange_state)-1;

	if (ledger_exchange_get(db, viewer, r, eid, now, &e, &err) == CS_OK)
		s = e.state;
	ledger_exchange_free(&e);
	return s;
}

static bool check_ok(void)
{
	struct ledger_check_report rep;
	struct cs_error err;
	enum cs_status s = ledger_check(db, &rep, &err);

	if (s != CS_OK)
		printf("#   check: %s\n", rep.first_problem);
	return s == CS_OK && rep.sum == 0 && rep.first_problem[0] == '\0';
}

static bool ads_has(const struct ledger_ad_list *l, int64_t id)
{
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].id == id)
			return true;
	return false;
}

/* issue 13: how parties are named (the pool's name is not an agent's). */
static void test_party_names(void)
{
	char buf[128], *s;

	ok(ledger_name_is_pool_like("Accorderie"), "pool-like: the pool's name");
	ok(ledger_name_is_pool_like(" ACCORDÉRIE "), "pool-like: case and accents");
	ok(ledger_name_is_pool_like("L'Accor derie\xc2\xa0" "des savoirs"), "pool-like: spaces inside");
	ok(ledger_name_is_pool_like("\xd0\x90\xd1\x81\xd1\x81\xd0\xbe" "rderie"),
	   "pool-like: Cyrillic A, s, s, o");
	ok(ledger_name_is_pool_like("Acc\xce\xbf" "rd\xd0\xb5" "rie"), "pool-like: Greek o, Cyrillic e");
	ok(ledger_name_is_pool_like("\xef\xbc\xa1" "ccorderie"), "pool-like: full-width A");
	ok(!ledger_name_is_pool_like("\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0"), "not pool-like: Анна");
	ok(!ledger_name_is_pool_like("Alice Agent"), "not pool-like: Alice Agent");
	ok(!ledger_name_is_pool_like(""), "not pool-like: empty");
	s = ledger_party_name("eve", "Accorderie");
	is_str(s, "Accorderie (eve)", "party name: a pool-like name carries the login");
	free(s);
	s = ledger_party_name("alice", "Alice Agent");
	is_str(s, "Alice Agent", "party name: an ordinary name as it is");
	free(s);
	s = ledger_party_name("", NULL);
	is_str(s, LEDGER_POOL_NAME, "party name: the pool");
	free(s);
	s = ledger_party_name("bob", "");
	is_str(s, "bob", "party name: no name, the login");
	free(s);
	is_str(ledger_party_label("alice", "Alice Agent", buf, sizeof buf), "Alice Agent (alice)",
	       "label: name and login");
	is_str(ledger_party_label("eve", "Accorderie (eve)", buf, sizeof buf), "Accorderie (eve)",
	       "label: the login is not added twice");
	is_str(ledger_party_label("", "Accorderie", buf, sizeof buf), LEDGER_POOL_NAME,
	       "label: the pool");
	is_str(ledger_party_label("bob", "bob", buf, sizeof buf), "bob", "label: no name");
}

int main(void)
{
	static char *category_names[] = { "Bureautique", "Informatique", "Rédaction", "Langues",
	                                  "Juridique", "Finances", "Communication", "Méthodes",
	                                  "Bricolage", "Autre" };
	struct cs_config cfg;
	struct cs_error err;
	struct ledger_rules rules, never;
	char path[256];
	int64_t eid, eid2, eid3, first;
	long long m0, b0, b1;
	time_t now = at(2026, 11, 30, 10, 0);   /* a Monday, 10 h 00; today is 2026-11-30 */

	test_party_names();

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/l.db", dir);
	if (db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX }, &db, &err)
	    != CS_OK)
		return 99;
	struct cs_identity admin = fixture_agent(db, "admin", ROLE_ADMIN);
	struct cs_identity anim = fixture_agent(db, "anim", ROLE_FACILITATOR);
	struct cs_identity marie = fixture_agent(db, "mdupont", 0);
	struct cs_identity jean = fixture_agent(db, "jmartin", 0);
	struct cs_identity luc = fixture_agent(db, "lgarnier", 0);
	struct cs_identity zoe = fixture_agent(db, "zoe", 0);
	struct cs_identity paul = fixture_agent(db, "paul", 0);
	struct cs_identity cpro = fixture_agent(db, "cpro", 0);
	struct cs_identity b1a = fixture_agent(db, "b1", 0);
	struct cs_identity b2a = fixture_agent(db, "b2", 0);
	struct cs_identity opener = fixture_agent(db, "opener", 0);

	/* ---- rules ---------------------------------------------------------- */
	memset(&cfg, 0, sizeof cfg);
	cfg.ledger_opening_minutes = 15 * 60;
	cfg.ledger_floor_minutes = -10 * 60;
	cfg.ledger_ceiling_minutes = 60 * 60;
	cfg.ledger_confirm_days = 7;
	cfg.ledger_rounding = 15;
	cfg.ledger_categories.items = category_names;
	cfg.ledger_categories.count = sizeof category_names / sizeof category_names[0];
	cfg.ledger_ceiling_minutes = 10 * 60;
	is_int(ledger_rules_from_config(&cfg, &rules, &err), CS_ERR_CONFIG,
	       "an opening credit above the ceiling is refused");
	cfg.ledger_ceiling_minutes = 60 * 60;
	ok(ledger_rules_from_config(&cfg, &rules, &err) == CS_OK && rules.opening_minutes == 900
	   && rules.floor_minutes == -600 && rules.ceiling_minutes == 3600 && rules.rounding == 15
	   && rules.auto_confirm_days == 7, "the rules of the configuration");
	never = rules;
	never.auto_confirm_days = 0;

	/* ---- opening credit ------------------------------------------------- */
	ok(check_ok() && pool() == 0, "an empty book holds, the pool at zero");
	is_int(balance("mdupont"), NONE, "no account before first use");
	is_int(ledger_open_account(db, &marie, &rules, now, &err), CS_OK, "Marie's account opens");
	is_int(balance("mdupont"), 900, "with the opening credit of 15 h");
	is_int(pool(), -900, "posted from the pool (-15 h)");
	is_int(movements(), 2, "two movements");
	is_int(ledger_open_account(db, &marie, &rules, now + DAY, &err), CS_OK, "opening again");
	ok(balance("mdupont") == 900 && pool() == -900 && movements() == 2,
	   "is a no-op: still 15 h, pool -15 h, two movements");
	is_int(sql_int("SELECT count(*) FROM ledger_exchanges WHERE kind = 'ouverture'", NULL), 1,
	       "one opening exchange");
	ok(check_ok(), "the book holds after an opening credit");
	{
		struct ledger_exchange e;
		ok(ledger_exchange_get(db, &marie, &rules, 1, now, &e, &err) == CS_OK
		   && e.kind == EXCHANGE_OPENING && e.state == EXCHANGE_CONFIRMED && e.minutes == 900,
		   "the opening is a confirmed exchange of 15 h");
		ledger_exchange_free(&e);
	}

	/* ---- refusals of a record ------------------------------------------- */
	m0 = movements();
	b0 = exchanges();
	is_int(record1(&marie, &rules, "mdupont", "jmartin", 0, now, &eid, &err), CS_ERR_DATA,
	       "zero minutes refused");
	is_int(record1(&marie, &rules, "mdupont", "jmartin", -30, now, &eid, &err), CS_ERR_DATA,
	       "negative minutes refused");
	is_int(record1(&marie, &rules, "mdupont", "jmartin", 7, now, &eid, &err), CS_ERR_DATA,
	       "7 min refused: rounds to zero");
	ok(strstr(err.message, "15") != NULL, "the message gives the step: %s", err.message);
	is_int(record1(&marie, &rules, "mdupont", "jmartin", 24 * 60 + 8, now, &eid, &err),
	       CS_ERR_DATA, "more than 24 h (after rounding) refused");
	is_int(record1(&marie, &rules, "mdupont", "mdupont", 60, now, &eid, &err), CS_ERR_DATA,
	       "an exchange with oneself refused");
	is_int(record1(&marie, &rules, "mdupont", "nobody", 60, now, &eid, &err), CS_ERR_NOTFOUND,
	       "an unknown agent refused");
	ok(strstr(err.message, "nobody") != NULL, "the message names the login: %s", err.message);
	is_int(record1(&marie, &rules, "nobody", "mdupont", 60, now, &eid, &err), CS_ERR_NOTFOUND,
	       "an unknown provider refused");
	{
		const char *bens[] = { "jmartin", NULL };
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, "2026-12-01", "Aide", 0, now,
		                 &eid, &err), CS_ERR_DATA, "a day in the future refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, "2025-11-01", "Aide", 0, now,
		                 &eid, &err), CS_ERR_DATA, "more than a year ago refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, "30/11/2026", "Aide", 0, now,
		                 &eid, &err), CS_ERR_DATA, "a day not written YYYY-MM-DD refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, "", 0, now, &eid, &err),
		       CS_ERR_DATA, "an empty description refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, NULL, 0, now, &eid, &err),
		       CS_ERR_DATA, "no description refused");
	}
	is_int(record1(&luc, &rules, "mdupont", "jmartin", 60, now, &eid, &err), CS_ERR_PERM,
	       "a recorder who is not a party refused");
	{
		const char *group[] = { "jmartin", "lgarnier", NULL };
		const char *twice[] = { "jmartin", "lgarnier", "jmartin", NULL };
		const char *self[] = { "jmartin", "mdupont", NULL };
		is_int(record_ex(&jean, &rules, "mdupont", group, 60, NULL, "Atelier", 0, now, &eid,
		                 &err), CS_ERR_PERM, "a group session recorded by a beneficiary refused");
		is_int(record_ex(&marie, &rules, "mdupont", twice, 60, NULL, "Atelier", 0, now, &eid,
		                 &err), CS_ERR_DATA, "a beneficiary named twice refused");
		ok(strstr(err.message, "jmartin") != NULL, "the message names them: %s", err.message);
		is_int(record_ex(&marie, &rules, "mdupont", self, 60, NULL, "Atelier", 0, now, &eid,
		                 &err), CS_ERR_DATA, "the provider among the beneficiaries refused");
	}
	ok(movements() == m0 && exchanges() == b0 && eid == 0,
	   "refused records leave no exchange and no movement");
	is_int(balance("jmartin"), NONE, "nor an account for the other party");

	/* ---- announcements -------------------------------------------------- */
	{
		int64_t offer, request, gone, late;
		struct ledger_ad_filter all = { .kind = -1 };
		struct ledger_ad_list l;
		struct ledger_ad ad;
		const char *bens[] = { "jmartin", NULL };
		const char *lucs[] = { "lgarnier", NULL };

		is_int(ledger_ad_add(db, &marie, &rules, AD_OFFER, "Rédaction de courriers",
		                     "Lettres administratives", "redaction", "2027-02-28", now, &offer,
		                     &err), CS_OK, "Marie offers, category typed \"redaction\"");
		ok(ledger_ad_get(db, offer, &ad, &err) == CS_OK && ad.kind == AD_OFFER
		   && strcmp(ad.login, "mdupont") == 0, "Marie's offer read back");
		is_str(ad.category, "Rédaction", "stored as the configured \"Rédaction\"");
		ledger_ad_free(&ad);
		is_int(ledger_ad_add(db, &jean, &rules, AD_REQUEST, "Aide sur un tableur",
		                     "Formules Excel", "Bureautique", "2027-02-28", now, &request, &err),
		       CS_OK, "Jean requests");
		is_int(ledger_ad_add(db, &jean, &rules, AD_OFFER, "Cuisine", "", "Cuisine", "2027-02-28",
		                     now, &gone, &err), CS_ERR_DATA, "an unknown category refused");
		ok(strstr(err.message, "Cuisine") != NULL && strstr(err.message, "Rédaction") != NULL,
		   "the message lists the categories: %s", err.message);
		ok(gone == 0, "a refused announcement gets no id");
		is_int(ledger_ad_add(db, &jean, &rules, AD_OFFER, "", "", "Autre", "2027-02-28", now,
		                     &gone, &err), CS_ERR_DATA, "an empty title refused");
		is_int(ledger_ad_add(db, &jean, &rules, AD_OFFER, "T", "", "Autre", "2026-11-29", now,
		                     &gone, &err), CS_ERR_DATA, "an expiry in the past refused");
		is_int(ledger_ad_add(db, &jean, &rules, AD_OFFER, "T", "", "Autre", "2028-01-01", now,
		                     &gone, &err), CS_ERR_DATA, "an expiry more than a year ahead refused");
		is_int(ledger_ad_add(db, &jean, &rules, AD_OFFER, "T", "", "Autre", "demain", now,
		                     &gone, &err), CS_ERR_DATA, "an expiry that is not a day refused");
		is_int(ledger_ad_add(db, &marie, &rules, AD_OFFER, "Anglais", "", "Langues",
		                     "2027-01-31", now, &gone, &err), CS_OK, "an offer to withdraw");
		is_int(ledger_ad_add(db, &marie, &rules, AD_OFFER, "Dépannage", "", "Informatique",
		                     "2026-11-30", now, &late, &err), CS_OK, "an offer expiring today");
		is_int(ledger_ad_close(db, &jean, gone, &err), CS_ERR_PERM,
		       "another agent may not withdraw it");
		is_int(ledger_ad_close(db, &marie, gone, &err), CS_OK, "its author withdraws it");
		is_int(ledger_ad_close(db, &marie, gone, &err), CS_ERR_DATA, "withdrawing twice refused");
		is_int(ledger_ad_close(db, &marie, 999, &err), CS_ERR_NOTFOUND, "an unknown announcement");

		ok(ledger_ads(db, &jean, &all, now, &l, &err) == CS_OK && l.count == 3
		   && ads_has(&l, offer) && ads_has(&l, request) && ads_has(&l, late)
		   && !ads_has(&l, gone) && l.items[0].id > l.items[l.count - 1].id,
		   "live announcements, newest first, without the withdrawn one");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &all, now + DAY, &l, &err) == CS_OK && l.count == 2
		   && !ads_has(&l, late), "tomorrow the one expiring today is gone");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = AD_OFFER }, now, &l, &err)
		   == CS_OK && l.count == 2 && !ads_has(&l, request), "offers only");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = AD_REQUEST }, now, &l, &err)
		   == CS_OK && l.count == 1 && ads_has(&l, request), "requests only");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = -1, .category = "Rédaction" },
		              now, &l, &err) == CS_OK && l.count == 1 && ads_has(&l, offer),
		   "by category");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = -1, .category = "redaction" },
		              now, &l, &err) == CS_OK && l.count == 1 && ads_has(&l, offer),
		   "by category typed without accent");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = -1, .search = "redaction" },
		              now, &l, &err) == CS_OK && l.count == 1 && ads_has(&l, offer),
		   "search \"redaction\" finds \"Rédaction de courriers\"");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = -1, .search = "EXCEL" },
		              now, &l, &err) == CS_OK && l.count == 1 && ads_has(&l, request),
		   "search in the description, case ignored");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &jean, &(struct ledger_ad_filter){ .kind = -1, .search = "zzz" },
		              now, &l, &err) == CS_OK && l.count == 0, "a search that finds nothing");
		ledger_ads_free(&l);
		ok(ledger_ads(db, &marie, &(struct ledger_ad_filter){ .kind = -1, .mine = true },
		              now + DAY, &l, &err) == CS_OK && l.count == 3 && ads_has(&l, gone)
		   && ads_has(&l, late) && !ads_has(&l, request),
		   "mine: withdrawn and expired too, not others'");
		for (size_t i = 0; i < l.count; i++) {
			if (l.items[i].id == gone)
				ok(!l.items[i].active, "the withdrawn one is marked inactive");
			if (l.items[i].id == late)
				ok(l.items[i].expired, "the expired one is marked expired");
		}
		ledger_ads_free(&l);
		{
			struct ledger_rules free_cats = rules;
			struct cs_string_list none = { 0 };
			int64_t any;
			free_cats.categories = &none;
			ok(ledger_ad_add(db, &jean, &free_cats, AD_OFFER, "Potager", "", " Jar\x1b[2Jdin\n",
			                 "2027-01-31", now, &any, &err) == CS_OK
			   && ledger_ad_get(db, any, &ad, &err) == CS_OK, "no configured list: any category");
			is_str(ad.category, "Jar[2Jdin", "the typed category is sanitised (no ESC, trimmed)");
			ledger_ad_free(&ad);
			is_int(ledger_ad_close(db, &anim, any, &err), CS_OK, "a facilitator withdraws it");
			is_int(ledger_ad_add(db, &jean, &free_cats, AD_OFFER, "Potager", "", " \t ",
			                     "2027-01-31", now, &any, &err), CS_ERR_DATA,
			       "a blank category refused");
			ok(any == 0, "and no id given");
		}
		{
			struct cs_string_list cats;
			ok(ledger_categories(db, &rules, &cats, &err) == CS_OK && cats.count == 11
			   && strcmp(cats.items[0], "Autre") == 0 && strcmp(cats.items[6], "Jar[2Jdin") == 0
			   && strcmp(cats.items[cats.count - 1], "Rédaction") == 0,
			   "the ten configured categories and the one in use, sorted the French way, "
			   "without duplicates");
			ledger_categories_free(&cats);
		}

		/* announcements answered by an exchange */
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, "Courrier", gone, now, &eid,
		                 &err), CS_ERR_DATA, "a withdrawn announcement refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, "Dépannage", late,
		                 now + DAY, &eid, &err), CS_ERR_DATA, "an expired announcement refused");
		is_int(record_ex(&jean, &rules, "jmartin", lucs, 60, NULL, "Courrier", offer, now, &eid,
		                 &err), CS_ERR_DATA, "Marie's offer with Jean as provider refused");
		is_int(record_ex(&marie, &rules, "mdupont", lucs, 60, NULL, "Tableur", request, now,
		                 &eid, &err), CS_ERR_DATA, "Jean's request with Luc as beneficiary refused");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, "Courrier", 999, now, &eid,
		                 &err), CS_ERR_NOTFOUND, "an unknown announcement refused");
		ok(movements() == m0 && exchanges() == b0, "still nothing recorded");
		is_int(record_ex(&marie, &rules, "mdupont", bens, 60, NULL, "Tableur", request, now,
		                 &eid, &err), CS_OK, "Jean's request answered by Marie");
		{
			struct ledger_exchange e;
			ok(ledger_exchange_get(db, &jean, &rules, eid, now, &e, &err) == CS_OK
			   && e.ad_id == request && strcmp(e.ad_title, "Aide sur un tableur") == 0,
			   "the exchange names the request");
			ledger_exchange_free(&e);
		}
		is_int(ledger_refuse(db, &marie, &rules, eid, NULL, now, &err), CS_OK,
		       "the recorder withdraws her own proposal");
		is_int(state_of(&marie, &rules, eid, now), EXCHANGE_REFUSED, "it is refused");
	}

	/* ---- confirming and refusing ---------------------------------------- */
	{
		int rounded = 0;
		const char *bens[] = { "jmartin", NULL };
		struct ledger_record_request req = { .provider = "mdupont", .beneficiaries = bens,
		                                     .beneficiary_count = 1, .minutes = 70,
		                                     .description = "Rédaction d'un courrier" };
		struct ledger_exchange e;

		is_int(ledger_record(db, &marie, &rules, &req, now, &eid, &rounded, &err), CS_OK,
		       "Marie records 70 min given to Jean");
		is_int(rounded, 75, "rounded to 1 h 15");
		ok(eid > 0 && balance("jmartin") == 900, "Jean's account opened on first use");
		ok(ledger_exchange_get(db, &jean, &rules, eid, now, &e, &err) == CS_OK
		   && e.state == EXCHANGE_PROPOSED && e.minutes == 75 && e.awaiting_me
		   && strcmp(e.recorded_by, "mdupont") == 0 && strcmp(e.day, "2026-11-30") == 0,
		   "proposed, awaiting Jean");
		is_str(e.due_day, "2026-12-07", "confirms itself in seven days");
		ledger_exchange_free(&e);
		ok(ledger_exchange_get(db, &marie, &rules, eid, now, &e, &err) == CS_OK && !e.awaiting_me,
		   "not awaiting Marie, who recorded it");
		ledger_exchange_free(&e);
		is_int(ledger_exchange_get(db, &luc, &rules, eid, now, &e, &err), CS_ERR_PERM,
		       "another agent may not read it");
		is_int(ledger_exchange_get(db, &anim, &rules, eid, now, &e, &err), CS_OK,
		       "a facilitator may");
		ledger_exchange_free(&e);
		is_int(ledger_exchange_get(db, &anim, &rules, 9999, now, &e, &err), CS_ERR_NOTFOUND,
		       "an unknown exchange");
		ok(balance("mdupont") == 900 && balance("jmartin") == 900,
		   "a proposal moves no balance");
		m0 = movements();
		is_int(ledger_confirm(db, &marie, &rules, eid, now, &err), CS_ERR_PERM,
		       "the recorder may not confirm her own record");
		is_int(ledger_confirm(db, &luc, &rules, eid, now, &err), CS_ERR_PERM,
		       "a third agent may not confirm");
		is_int(ledger_refuse(db, &luc, &rules, eid, NULL, now, &err), CS_ERR_PERM,
		       "nor refuse");
		is_int(ledger_confirm(db, &jean, &rules, 9999, now, &err), CS_ERR_NOTFOUND,
		       "confirming an unknown exchange");
		is_int(movements(), m0, "nothing posted");
		is_int(ledger_confirm(db, &jean, &rules, eid, now, &err), CS_OK, "Jean confirms");
		ok(balance("mdupont") == 975 && balance("jmartin") == 825 && movements() == m0 + 2,
		   "Marie +1 h 15, Jean -1 h 15, two movements");
		is_int(ledger_confirm(db, &jean, &rules, eid, now, &err), CS_ERR_CONFLICT,
		       "confirming twice: conflict");
		ok(balance("mdupont") == 975 && balance("jmartin") == 825 && movements() == m0 + 2,
		   "and no extra movement");
		is_int(ledger_refuse(db, &jean, &rules, eid, "non", now, &err), CS_ERR_CONFLICT,
		       "refusing a confirmed exchange: conflict");
		ok(ledger_exchange_get(db, &marie, &rules, eid, now, &e, &err) == CS_OK
		   && strcmp(e.decided_by, "jmartin") == 0 && !e.auto_confirmed && e.decided_at[0],
		   "decided by Jean, by hand");
		ledger_exchange_free(&e);

		/* Jean records what Marie gave him; Marie refuses; then no confirmation */
		is_int(record1(&jean, &rules, "mdupont", "jmartin", 30, now, &eid2, &err), CS_OK,
		       "the beneficiary records too");
		is_int(ledger_refuse(db, &marie, &rules, eid2, "Ce n'était pas moi", now, &err), CS_OK,
		       "Marie refuses, with a reason");
		is_int(ledger_confirm(db, &marie, &rules, eid2, now, &err), CS_ERR_CONFLICT,
		       "then confirming it is refused");
		ok(ledger_exchange_get(db, &jean, &rules, eid2, now, &e, &err) == CS_OK
		   && e.state == EXCHANGE_REFUSED && strcmp(e.reason, "Ce n'était pas moi") == 0
		   && !e.awaiting_me && e.due_day[0] == '\0', "refused, the reason kept");
		ledger_exchange_free(&e);
		ok(balance("mdupont") == 975 && balance("jmartin") == 825, "nothing moved");
	}

	/* ---- facilitators act for an agent ---------------------------------- */
	{
		struct cs_identity for_jean = anim;
		is_int(record1(&marie, &rules, "mdupont", "jmartin", 15, now, &eid3, &err), CS_OK,
		       "another proposal to Jean");
		is_int(identity_act_for(db, &for_jean, "jmartin", &err), CS_OK, "anim acts for Jean");
		is_int(ledger_confirm(db, &for_jean, &rules, eid3, now, &err), CS_OK,
		       "and confirms on his behalf");
		ok(balance("mdupont") == 990 && balance("jmartin") == 810, "posted");
	}

	/* ---- the floor and the ceiling -------------------------------------- */
	is_int(record1(&marie, &rules, "mdupont", "jmartin", 24 * 60, now, &eid, &err), CS_ERR_DATA,
	       "Jean at 13 h 30 receiving 24 h would fall below -10 h: refused at recording");
	ok(strstr(err.message, "Agent jmartin") != NULL, "the reason names Jean: %s", err.message);
	is_int(record1(&luc, &rules, "lgarnier", "paul", 24 * 60, now, &eid, &err), CS_OK,
	       "Luc records 24 h for Paul (15 h - 24 h = -9 h)");
	is_int(record1(&zoe, &rules, "zoe", "paul", 120, now, &eid2, &err), CS_OK,
	       "Zoé records 2 h for Paul (fits now)");
	is_int(ledger_confirm(db, &paul, &rules, eid, now, &err), CS_OK, "Paul confirms the 24 h");
	is_int(balance("paul"), -540, "Paul at -9 h");
	m0 = movements();
	is_int(ledger_confirm(db, &paul, &rules, eid2, now, &err), CS_ERR_DATA,
	       "confirming the 2 h would take Paul to -11 h: refused at confirmation");
	ok(strstr(err.message, "Agent paul") != NULL && strstr(err.message, "-11 h") != NULL,
	   "the reason names Paul and the balance: %s", err.message);
	ok(movements() == m0 && state_of(&paul, &rules, eid2, now) == EXCHANGE_PROPOSED,
	   "still proposed, nothing posted");
	{
		const char *b123[] = { "b1", "b2", "zoe", NULL };
		int64_t c1, c2;
		is_int(record_ex(&cpro, &rules, "cpro", b123, 24 * 60, NULL, "Atelier", 0, now, &c1,
		                 &err), CS_ERR_DATA,
		       "a group of 3 x 24 h would take the provider above 60 h: refused");
		ok(strstr(err.message, "Agent cpro") != NULL, "the reason names the provider: %s",
		   err.message);
		is_int(record1(&cpro, &rules, "cpro", "b1", 24 * 60, now, &c1, &err), CS_OK,
		       "24 h to b1 (15 h + 24 h = 39 h)");
		is_int(record1(&cpro, &rules, "cpro", "b2", 24 * 60, now, &c2, &err), CS_OK,
		       "24 h to b2 (fits now too)");
		is_int(ledger_confirm(db, &b1a, &rules, c1, now, &err), CS_OK, "b1 confirms");
		is_int(balance("cpro"), 2340, "the provider at 39 h");
		is_int(ledger_confirm(db, &b2a, &rules, c2, now, &err), CS_ERR_DATA,
		       "b2's confirmation would take the provider to 63 h: refused");
		ok(strstr(err.message, "Agent cpro") != NULL && strstr(err.message, "60 h") != NULL,
		   "the reason names the provider and the ceiling: %s", err.message);
		is_int(record1(&cpro, &rules, "cpro", "zoe", 24 * 60, now, &eid, &err), CS_ERR_DATA,
		       "another 24 h refused at recording (ceiling)");
		ok(strstr(err.message, "Agent cpro") != NULL, "naming the provider: %s", err.message);
		is_int(ledger_refuse(db, &b2a, &rules, c2, NULL, now, &err), CS_OK, "b2 refuses instead");
	}

	/* ---- group sessions ------------------------------------------------- */
	{
		const char *group[] = { "jmartin", "lgarnier", "zoe", NULL };
		struct ledger_exchange e;
		b0 = balance("mdupont");
		is_int(record_ex(&marie, &rules, "mdupont", group, 60, NULL, "Partage ma passion : le "
		                 "tricot", 0, now, &first, &err), CS_OK,
		       "Marie records a group session for three");
		is_int(sql_int("SELECT count(*) FROM ledger_exchanges WHERE group_id = (SELECT group_id"
		               " FROM ledger_exchanges WHERE id = (SELECT max(id) FROM ledger_exchanges))",
		               NULL), 3, "three lines share a group id");
		ok(ledger_exchange_get(db, &luc, &rules, first + 1, now, &e, &err) == CS_OK
		   && e.group_id == first && strcmp(e.beneficiary_login, "lgarnier") == 0
		   && e.awaiting_me, "Luc's line, awaiting him");
		ledger_exchange_free(&e);
		is_int(ledger_confirm(db, &marie, &rules, first, now, &err), CS_ERR_PERM,
		       "the provider may not confirm");
		is_int(ledger_confirm(db, &jean, &rules, first + 1, now, &err), CS_ERR_PERM,
		       "Jean may not confirm Luc's line");
		is_int(ledger_confirm(db, &jean, &rules, first, now, &err), CS_OK, "Jean confirms his");
		is_int(balance("mdupont"), b0 + 60, "Marie credited for Jean's line");
		is_int(ledger_confirm(db, &luc, &rules, first + 1, now, &err), CS_OK, "Luc confirms his");
		is_int(ledger_confirm(db, &zoe, &rules, first + 2, now, &err), CS_OK, "Zoé confirms hers");
		ok(balance("mdupont") == b0 + 180 && balance("jmartin") == 750
		   && balance("zoe") == 840, "Marie +3 h, each beneficiary -1 h");
	}

	/* ---- automatic confirmation ----------------------------------------- */
	{
		size_t settled = 99;
		struct ledger_exchange e;
		time_t later = now + 6 * DAY;

		is_int(record1(&marie, &rules, "mdupont", "lgarnier", 60, now, &eid, &err), CS_OK,
		       "Marie records 1 h for Luc, who does not answer");
		is_int(record1(&luc, &rules, "lgarnier", "zoe", 60, now, &eid3, &err), CS_OK,
		       "Luc records 1 h for Zoé, who does not answer");
		ok(ledger_settle(db, &rules, later, &settled, &err) == CS_OK && settled == 0
		   && state_of(&luc, &rules, eid, later) == EXCHANGE_PROPOSED, "after six days, not yet");
		ok(ledger_settle(db, &never, now + 400 * DAY, &settled, &err) == CS_OK && settled == 0
		   && state_of(&luc, &never, eid, now + 400 * DAY) == EXCHANGE_PROPOSED,
		   "with ledger_confirm_days = 0, never");
		ok(ledger_exchange_get(db, &luc, &never, eid, now, &e, &err) == CS_OK
		   && e.due_day[0] == '\0', "and no due day");
		ledger_exchange_free(&e);
		b0 = balance("mdupont");
		b1 = balance("lgarnier");
		later = now + 7 * DAY + 60;
		ok(ledger_settle(db, &rules, later, &settled, &err) == CS_OK && settled == 3,
		   "seven days later, three proposals settle");
		ok(ledger_exchange_get(db, &luc, &rules, eid, later, &e, &err) == CS_OK
		   && e.state == EXCHANGE_CONFIRMED && e.auto_confirmed && e.decided_by[0] == '\0',
		   "Luc's is confirmed automatically");
		ledger_exchange_free(&e);
		ok(balance("mdupont") == b0 + 60 && balance("lgarnier") == b1 - 60 + 60,
		   "and posted (Luc -1 h, +1 h for Zoé's)");
		ok(ledger_exchange_get(db, &paul, &rules, eid2, later, &e, &err) == CS_OK
		   && e.state == EXCHANGE_REFUSED && e.auto_confirmed
		   && strstr(e.reason, "Agent paul") != NULL,
		   "Paul's 2 h that would break the floor is refused automatically, saying why");
		ledger_exchange_free(&e);
		is_int(balance("paul"), -540, "Paul unchanged");
		ok(ledger_settle(db, &rules, later, &settled, &err) == CS_OK && settled == 0,
		   "settling again changes nothing");
		is_int(ledger_confirm(db, &zoe, &rules, eid3, later, &err), CS_ERR_CONFLICT,
		       "confirming by hand after it confirmed itself: conflict");
		ok(check_ok(), "the book holds");
	}
	/* A write settles what is due in its own transaction; so does a read. */
	{
		struct ledger_statement st;
		time_t t0 = now + 7 * DAY + 120, t1 = t0 + 7 * DAY + 60, t2 = t1 + 7 * DAY + 60;
		int64_t a, b;
		char id[32];

		is_int(record1(&marie, &rules, "mdupont", "lgarnier", 30, t0, &a, &err), CS_OK,
		       "Marie records 30 min for Luc, who does not answer");
		is_int(record1(&marie, &rules, "mdupont", "zoe", 30, t1, &b, &err), CS_OK,
		       "a week later Marie records another, for Zoé");
		snprintf(id, sizeof id, "%lld", (long long)a);
		is_int(sql_int("SELECT state = 'confirmee' AND auto_confirmed FROM ledger_exchanges"
		               " WHERE id = ?1", id), 1,
		       "that write confirmed the first one, due, without any read between");
		ok(ledger_statement(db, &zoe, &rules, NULL, 0, 5, t2, &st, &err) == CS_OK,
		   "a week later again, Zoé reads her statement");
		ledger_statement_free(&st);
		snprintf(id, sizeof id, "%lld", (long long)b);
		is_int(sql_int("SELECT state = 'confirmee' AND auto_confirmed FROM ledger_exchanges"
		               " WHERE id = ?1", id), 1, "and that read confirmed the second one");
		ok(check_ok(), "the book holds");
	}
	now += 8 * DAY;   /* 2026-12-08; nothing is proposed any more */

	/* ---- reversal ------------------------------------------------------- */
	{
		int64_t rev, rev2, target;
		struct ledger_statement s;
		bool found = false;

		target = sql_int("SELECT min(id) FROM ledger_exchanges WHERE minutes = 75", NULL);
		b0 = balance("mdupont");
		b1 = balance("jmartin");
		is_int(ledger_reverse(db, &jean, &rules, target, "erreur", now, &rev, &err), CS_ERR_PERM,
		       "an agent may not reverse");
		is_int(ledger_reverse(db, &anim, &rules, target, "erreur", now, &rev, &err), CS_ERR_PERM,
		       "nor a facilitator");
		is_int(ledger_reverse(db, &admin, &rules, target, "", now, &rev, &err), CS_ERR_DATA,
		       "an empty reason refused");
		is_int(ledger_reverse(db, &admin, &rules, target, NULL, now, &rev, &err), CS_ERR_DATA,
		       "no reason refused");
		is_int(ledger_reverse(db, &admin, &rules, target, " \t ", now, &rev, &err), CS_ERR_DATA,
		       "a blank reason refused");
		ok(rev == 0, "no reversal id on refusal");
		is_int(ledger_reverse(db, &admin, &rules, eid2, "erreur", now, &rev, &err), CS_ERR_DATA,
		       "a refused exchange is not reversed");
		is_int(record1(&marie, &rules, "mdupont", "jmartin", 15, now, &eid3, &err), CS_OK,
		       "a fresh proposal");
		is_int(ledger_reverse(db, &admin, &rules, eid3, "erreur", now, &rev, &err), CS_ERR_DATA,
		       "an unconfirmed exchange is not reversed");
		is_int(ledger_refuse(db, &jean, &rules, eid3, NULL, now, &err), CS_OK, "(refused)");
		is_int(ledger_reverse(db, &admin, &rules, 9999, "erreur", now, &rev, &err), CS_ERR_NOTFOUND,
		       "an unknown exchange");
		is_int(ledger_reverse(db, &admin, &rules, target, "Saisi deux fois", now, &rev, &err), CS_OK,
		       "an admin reverses the 1 h 15 with a reason");
		ok(rev > target && balance("mdupont") == b0 - 75 && balance("jmartin") == b1 + 75,
		   "balances restored");
		is_int(ledger_reverse(db, &admin, &rules, target, "encore", now, &rev2, &err),
		       CS_ERR_CONFLICT, "reversing twice refused");
		is_int(ledger_reverse(db, &admin, &rules, rev, "annuler l'annulation", now, &rev2, &err),
		       CS_ERR_DATA, "reversing a reversal refused");
		ok(balance("mdupont") == b0 - 75 && balance("jmartin") == b1 + 75, "nothing more moved");
		{
			struct ledger_exchange e;
			ok(ledger_exchange_get(db, &jean, &rules, target, now, &e, &err) == CS_OK
			   && e.reversed_by == rev, "the exchange knows its reversal");
			ledger_exchange_free(&e);
			ok(ledger_exchange_get(db, &jean, &rules, rev, now, &e, &err) == CS_OK
			   && e.kind == EXCHANGE_REVERSAL && e.reverses == target
			   && e.state == EXCHANGE_CONFIRMED && strcmp(e.reason, "Saisi deux fois") == 0
			   && strcmp(e.provider_login, "jmartin") == 0
			   && strcmp(e.beneficiary_login, "mdupont") == 0,
			   "the reversal: confirmed, parties swapped, reason kept");
			ledger_exchange_free(&e);
		}
		ok(ledger_statement(db, &jean, &rules, NULL, 0, 50, now, &s, &err) == CS_OK, "Jean's statement");
		for (size_t i = 0; i < s.count; i++)
			if (s.lines[i].exchange_id == rev)
				found = s.lines[i].kind == EXCHANGE_REVERSAL && s.lines[i].minutes == 75
				        && strcmp(s.lines[i].counterpart, "Agent mdupont") == 0;
		ok(found && s.lines[0].exchange_id == rev, "the reversal is on it, newest");
		ledger_statement_free(&s);

		/* a reversal of a 500-byte description is cut on a character, whatever
		 * the length of its number: two exchanges, one byte apart */
		for (int k = 0; k < 2; k++) {
			char text[512] = "";
			const char *bens[] = { "zoe", NULL };
			struct ledger_exchange e;
			if (k == 1)
				strcat(text, "a");
			while (strlen(text) + 2 <= 500)
				strcat(text, "é");
			ok(record_ex(&luc, &rules, "lgarnier", bens, 15, NULL, text, 0, now, &eid, &err)
			   == CS_OK && ledger_confirm(db, &zoe, &rules, eid, now, &err) == CS_OK
			   && ledger_reverse(db, &admin, &rules, eid, "test", now, &rev2, &err) == CS_OK,
			   "a long accented description reversed (%d)", k);
			ok(ledger_exchange_get(db, &zoe, &rules, rev2, now, &e, &err) == CS_OK
			   && text_is_valid_utf8(e.description, strlen(e.description))
			   && strlen(e.description) <= 500 && strlen(e.description) >= 498,
			   "its description stays valid UTF-8 within 500 bytes");
			ledger_exchange_free(&e);
		}

		/* an opening credit reversed */
		is_int(ledger_open_account(db, &opener, &rules, now, &err), CS_OK, "another account opens");
		b0 = pool();
		target = sql_int("SELECT e.id FROM ledger_exchanges e JOIN ledger_accounts a"
		                 " ON a.id IN (e.provider, e.beneficiary) JOIN agents g ON g.id = a.agent_id"
		                 " WHERE e.kind = 'ouverture' AND g.login = ?1", "opener");
		is_int(ledger_reverse(db, &admin, &rules, target, "Compte ouvert par erreur", now, &rev,
		                      &err), CS_OK, "its opening credit is reversed");
		ok(balance("opener") == 0 && pool() == b0 + 900,
		   "the credit goes back to the pool (%lld, pool %lld)", balance("opener"), pool());
		ok(check_ok(), "the book holds after reversals");
	}

	/* ---- the schema keeps movements append-only ------------------------- */
	m0 = movements();
	ok(sql_fails("UPDATE ledger_movements SET minutes = minutes + 15 WHERE id = 3"),
	   "UPDATE of a movement fails");
	ok(sql_fails("UPDATE ledger_movements SET posted_at = posted_at"), "even one that changes nothing");
	ok(sql_fails("DELETE FROM ledger_movements WHERE id = 3"), "DELETE of a movement fails");
	ok(sql_fails("INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after,"
	             " posted_at) SELECT 1, id, 15, balance + 30, '2026-12-08T09:00:00Z'"
	             " FROM ledger_accounts WHERE pool = 1"),
	   "a movement whose balance_after does not follow is refused");
	ok(sql_fails("INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after,"
	             " posted_at) SELECT e.id, e.provider, e.minutes, a.balance + e.minutes, 'x'"
	             " FROM ledger_exchanges e JOIN ledger_accounts a ON a.id = e.provider"
	             " WHERE e.state = 'refusee' LIMIT 1"),
	   "a movement for an exchange that is not confirmed is refused");
	ok(sql_fails("UPDATE ledger_exchanges SET minutes = 600 WHERE state = 'confirmee'"),
	   "a decided exchange never changes");
	ok(sql_fails("DELETE FROM ledger_exchanges WHERE id = 2"), "an exchange is never deleted");
	ok(sql_fails("DELETE FROM ledger_accounts WHERE pool = 0"), "an account is never deleted");
	ok(sql_fails("INSERT INTO ledger_exchanges(kind, provider, beneficiary, minutes, day,"
	             " description, recorded_by, entered_by, state, created_at)"
	             " SELECT 'ouverture', a.id, p.id, 900, '2026-12-08', 'x', a.agent_id, a.agent_id,"
	             " 'confirmee', 'x' FROM ledger_accounts a, ledger_accounts p"
	             " WHERE p.pool = 1 AND a.agent_id = (SELECT id FROM agents WHERE login = 'mdupont')"),
	   "a second opening credit is refused by the schema");
	is_int(movements(), m0, "no movement changed");

	/* ---- statements ----------------------------------------------------- */
	{
		struct ledger_statement s, p1, p2;
		bool newest_first = true, running = true;

		ok(ledger_statement(db, &jean, &rules, NULL, 0, 100, now, &s, &err) == CS_OK
		   && s.has_account && s.balance == balance("jmartin") && s.count == s.total
		   && strcmp(s.login, "jmartin") == 0 && strcmp(s.name, "Agent jmartin") == 0,
		   "Jean's statement, all on one page");
		ok(s.count >= 5 && s.lines[0].balance_after == s.balance, "the newest line ends at the balance");
		for (size_t i = 0; i + 1 < s.count; i++) {
			newest_first = newest_first && s.lines[i].movement_id > s.lines[i + 1].movement_id;
			running = running && s.lines[i].balance_after - s.lines[i].minutes
			                     == s.lines[i + 1].balance_after;
		}
		ok(newest_first, "newest first");
		ok(running, "each running balance follows the one before");
		ok(s.count > 0 && s.lines[s.count - 1].kind == EXCHANGE_OPENING
		   && s.lines[s.count - 1].minutes == 900 && s.lines[s.count - 1].balance_after == 900
		   && strcmp(s.lines[s.count - 1].counterpart, "Accorderie") == 0,
		   "the oldest line: the opening credit from the Accorderie (%s)",
		   s.count ? s.lines[s.count - 1].counterpart : "?");
		ok(ledger_statement(db, &jean, &rules, NULL, 0, 2, now, &p1, &err) == CS_OK
		   && ledger_statement(db, &jean, &rules, NULL, 2, 2, now, &p2, &err) == CS_OK
		   && p1.count == 2 && p2.count == 2 && p1.total == s.total
		   && p1.lines[0].movement_id == s.lines[0].movement_id
		   && p2.lines[0].movement_id == s.lines[2].movement_id
		   && p2.lines[1].movement_id == s.lines[3].movement_id, "pages of two, with offset");
		ledger_statement_free(&p1);
		ledger_statement_free(&p2);
		ok(ledger_statement(db, &jean, &rules, NULL, s.total, 10, now, &p1, &err) == CS_OK
		   && p1.count == 0 && p1.total == s.total, "an offset past the end gives no line");
		ledger_statement_free(&p1);
		ledger_statement_free(&s);
		is_int(ledger_statement(db, &jean, &rules, "mdupont", 0, 10, now, &s, &err), CS_ERR_PERM,
		       "an agent may not read another's statement");
		ok(ledger_statement(db, &jean, &rules, "jmartin", 0, 10, now, &s, &err) == CS_OK,
		       "but names himself");
		ledger_statement_free(&s);
		ok(ledger_statement(db, &anim, &rules, "mdupont", 0, 10, now, &s, &err) == CS_OK
		   && s.balance == balance("mdupont"), "a facilitator reads Marie's");
		ledger_statement_free(&s);
		is_int(ledger_statement(db, &anim, &rules, "nobody", 0, 10, now, &s, &err), CS_ERR_NOTFOUND,
		       "an unknown agent");
		ok(ledger_statement(db, &anim, &rules, NULL, 0, 10, now, &s, &err) == CS_OK
		   && !s.has_account && s.count == 0, "no account yet: no statement");
		ledger_statement_free(&s);
		is_int(record1(&marie, &rules, "mdupont", "jmartin", 45, now, &eid, &err), CS_OK,
		       "a pending proposal");
		ok(ledger_statement(db, &jean, &rules, NULL, 0, 0, now, &s, &err) == CS_OK
		   && s.pending_out == 45 && s.pending_in == 0 && s.count == 0,
		   "pending: 45 min out for Jean (limit 0: no lines)");
		ledger_statement_free(&s);
	}

	/* ---- exchange lists and accounts ------------------------------------ */
	{
		struct ledger_exchange_list l;
		struct ledger_account_list a;
		long long sum = 0;
		bool sorted = true;

		ok(ledger_exchanges(db, &jean, &rules, NULL, true, 0, now, &l, &err) == CS_OK
		   && l.count == 1 && l.items[0].id == eid && l.items[0].awaiting_me,
		   "Jean's pending: one, awaiting him");
		if (l.count == 1)
			is_str(l.items[0].due_day, "2026-12-15", "due on 15 December");
		ledger_exchanges_free(&l);
		ok(ledger_exchanges(db, &marie, &rules, NULL, true, 0, now, &l, &err) == CS_OK
		   && l.count == 1 && !l.items[0].awaiting_me, "Marie's pending: the same, not awaiting her");
		ledger_exchanges_free(&l);
		ok(ledger_exchanges(db, &jean, &rules, NULL, false, 0, now, &l, &err) == CS_OK
		   && l.count > 5 && l.items[0].id > l.items[1].id, "all of Jean's, newest first");
		ledger_exchanges_free(&l);
		ok(ledger_exchanges(db, &jean, &rules, NULL, false, 3, now, &l, &err) == CS_OK
		   && l.count == 3, "at most limit");
		ledger_exchanges_free(&l);
		is_int(ledger_exchanges(db, &jean, &rules, "mdupont", false, 0, now, &l, &err), CS_ERR_PERM,
		       "an agent may not list another's exchanges");
		ok(ledger_exchanges(db, &anim, &rules, "jmartin", true, 0, now, &l, &err) == CS_OK
		   && l.count == 1 && !l.items[0].awaiting_me,
		   "a facilitator may, and is not the one awaited");
		ledger_exchanges_free(&l);

		is_int(ledger_accounts(db, &jean, &rules, now, &a, &err), CS_ERR_PERM,
		       "an agent may not list every account");
		ok(ledger_accounts(db, &anim, &rules, now, &a, &err) == CS_OK && a.count >= 10
		   && a.items[0].pool && strcmp(a.items[0].name, "Accorderie") == 0,
		   "a facilitator does: the pool first");
		for (size_t i = 0; i < a.count; i++) {
			sum += a.items[i].balance;
			if (i > 1 && strcmp(a.items[i - 1].name, a.items[i].name) > 0)
				sorted = false;
			if (strcmp(a.items[i].login, "jmartin") == 0)
				ok(a.items[i].pending == 1 && a.items[i].balance == balance("jmartin"),
				   "Jean: one pending, his balance");
		}
		ok(sorted, "then by name");
		is_int(sum, 0, "the balances add up to zero");
		ledger_accounts_free(&a);
		is_int(ledger_refuse(db, &jean, &rules, eid, NULL, now, &err), CS_OK, "(refused)");
	}

	/* ---- the journal of a period ---------------------------------------- */
	{
		struct ledger_exchange_list l;
		time_t d1 = now + 20 * DAY, d2 = d1 + DAY;
		char day1[11], day2[11];
		struct tm tm;
		int64_t j;

		localtime_r(&d1, &tm);
		strftime(day1, sizeof day1, "%Y-%m-%d", &tm);
		localtime_r(&d2, &tm);
		strftime(day2, sizeof day2, "%Y-%m-%d", &tm);
		is_int(record1(&jean, &rules, "jmartin", "zoe", 45, d1, &j, &err), CS_OK,
		       "Jean records 45 min for Zoé one day");
		is_int(ledger_confirm(db, &zoe, &rules, j, d2, &err), CS_OK, "she confirms it the next");
		ok(ledger_journal(db, &anim, &rules, day1, day1, d2, &l, &err) == CS_OK
		   && (l.count == 0 || l.items[l.count - 1].id != j),
		   "the journal of the first day does not have it: it was not counted yet");
		ledger_exchanges_free(&l);
		ok(ledger_journal(db, &anim, &rules, day2, day2, d2, &l, &err) == CS_OK && l.count == 1
		   && l.items[0].id == j && l.items[0].minutes == 45
		   && strcmp(l.items[0].provider_login, "jmartin") == 0,
		   "the journal of the second day has it, and only it");
		ledger_exchanges_free(&l);
		ok(ledger_journal(db, &anim, &rules, "2026-01-01", day2, d2, &l, &err) == CS_OK
		   && l.count > 20 && l.items[l.count - 1].id == j,
		   "a longer period: everything posted, in the order it was posted");
		for (size_t i = 1; i < l.count; i++)
			if (strcmp(l.items[i - 1].decided_at, l.items[i].decided_at) > 0)
				ok(false, "out of order at %zu", i);
		ledger_exchanges_free(&l);
		is_int(ledger_journal(db, &jean, &rules, day1, day2, d2, &l, &err), CS_ERR_PERM,
		       "an agent may not read the journal");
		is_int(ledger_journal(db, &anim, &rules, day2, day1, d2, &l, &err), CS_ERR_DATA,
		       "a period that ends before it starts");
		is_int(ledger_journal(db, &anim, &rules, "31/12/2026", day1, d2, &l, &err), CS_ERR_DATA,
		       "a day not in the stored form");
	}

	/* ---- the integrity check -------------------------------------------- */
	{
		struct ledger_check_report rep;
		enum cs_status st = ledger_check(db, &rep, &err);
		ok(st == CS_OK && rep.first_problem[0] == '\0' && rep.sum == 0
		   && rep.movements == (size_t)movements() && rep.exchanges == (size_t)exchanges()
		   && rep.bad_balances == 0 && rep.bad_running == 0 && rep.bad_exchanges == 0,
		   "the book holds after %zu exchanges and %zu movements", rep.exchanges, rep.movements);
		ok(!sql_fails("UPDATE ledger_accounts SET balance = balance + 15"
		              " WHERE agent_id = (SELECT id FROM agents WHERE login = 'jmartin')"),
		   "a balance edited behind the ledger's back");
		is_int(ledger_check(db, &rep, &err), CS_ERR_CORRUPT, "the check fails");
		ok(rep.bad_balances == 1 && strstr(rep.first_problem, "jmartin") != NULL,
		   "naming the account: %s", rep.first_problem);
		ok(strstr(err.message, rep.first_problem) != NULL, "in the error too: %s", err.message);
		ok(!sql_fails("UPDATE ledger_accounts SET balance = balance - 15"
		              " WHERE agent_id = (SELECT id FROM agents WHERE login = 'jmartin')"),
		   "put back");
		ok(check_ok(), "holds again");
		ok(!sql_fails("UPDATE ledger_accounts SET balance = balance + 15"), "every account edited");
		st = ledger_check(db, &rep, &err);
		ok(st == CS_ERR_CORRUPT && rep.first_problem[0] != '\0', "the check fails: %s",
		   rep.first_problem);
	}

	ok(db_is_idle(db), "nothing left open");
	db_close(db);
	{
		const char *files[] = { "l.db", "l.db.proto", "l.db-journal", "l.db-wal", "l.db-shm" };
		for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
			snprintf(path, sizeof path, "%s/%s", dir, files[i]);
			unlink(path);
		}
		rmdir(dir);
	}
	return tap_done();
}
