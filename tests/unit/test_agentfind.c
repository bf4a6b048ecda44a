/* test_agentfind.c — finding agents by part of their name or login on a
 * real database: case and accents ignored, every word of the query, the
 * ranking (login, then starts of words, then anywhere), the bound on the
 * result, and the "did you mean" hint of the command line. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "agentfind.h"
#include "db.h"
#include "tap.h"

static struct cs_db *db;
static char dir[] = "/tmp/cs-agentfind-XXXXXX";

static void add(const char *login, const char *name)
{
	char *sql = sqlite3_mprintf("INSERT INTO agents (login, name, created_at) "
	                            "VALUES (%Q, %Q, '2026-11-30T09:00:00Z')", login, name);
	char *msg = NULL;

	if (sqlite3_exec(db_handle(db), sql, NULL, NULL, &msg) != SQLITE_OK)
		printf("# insert %s: %s\n", login, msg ? msg : "?");
	sqlite3_free(msg);
	sqlite3_free(sql);
}

/* The logins found for query, joined by spaces, and the total. */
static const char *found(const char *query, size_t max, size_t *total)
{
	static char out[1100];
	struct agentfind_match m[AGENTFIND_MAX];
	struct cs_error err;
	size_t count = 0;

	out[0] = '\0';
	if (agentfind_read(db, query, m, max, &count, total, &err) != CS_OK) {
		snprintf(out, sizeof out, "error: %s", err.message);
		return out;
	}
	for (size_t i = 0; i < count; i++) {
		if (i > 0)
			strcat(out, " ");
		strcat(out, m[i].login);
	}
	return out;
}

int main(void)
{
	struct agentfind_match m[AGENTFIND_MAX];
	struct cs_error err;
	char path[256], hint[1024], longq[AGENTFIND_QUERY_MAX + 2];
	size_t total = 0, count = 0;

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/t.db", dir);
	ok(db_open(path, DB_OPEN_CREATE, &(struct db_settings){ 2, 30, LOCK_MODE_POSIX },
	           &db, &err) == CS_OK, "create database");
	add("mdupont", "Marie Dupont");
	add("mhmartin", "Marie-Hélène Martin");
	add("jmartin", "Jean Martin");
	add("ebernard", "Élodie Bernard");
	add("adupontel", "Anne Dupontel");
	add("rpont", "Rémi Lepont");
	add("marie", "Zoé Marie");
	add("lo", "Lou d\xe2\x80\x99Oléron");
	add("esc", "Bad\x1b[2JName");

	is_str(found("marie", 20, &total), "marie mdupont mhmartin",
	       "the login itself first, then names with a word starting so, by name");
	is_int(total, 3, "three agents match 'marie'");
	is_str(found("Marie Dupont", 20, NULL), "mdupont", "two words: both must occur");
	is_str(found("dupont marie", 20, NULL), "mdupont", "the words in any order");
	is_str(found("ELODIE", 20, NULL), "ebernard", "case and accents ignored (Élodie)");
	is_str(found("helene", 20, NULL), "mhmartin", "inside a hyphenated first name");
	is_str(found("oleron", 20, NULL), "lo", "after a typographic apostrophe");
	is_str(found("dupont", 20, NULL), "adupontel mdupont",
	       "name words starting with it (Dupont, Dupontel), by name");
	is_str(found("pont", 20, NULL), "adupontel mdupont rpont",
	       "anywhere: by name when none starts a word (Anne, Marie, Rémi)");
	is_str(found("MDUP", 20, NULL), "mdupont", "part of a login, any case");
	is_str(found("  ", 20, &total), "", "blank matches nobody");
	is_int(total, 0, "and counts nobody");
	is_str(found(NULL, 20, NULL), "", "NULL matches nobody");
	is_str(found("xyz", 20, NULL), "", "no agent for 'xyz'");
	memset(longq, 'a', sizeof longq - 1);
	longq[sizeof longq - 1] = '\0';
	is_str(found(longq, 20, NULL), "", "a query over the longest matches nobody");
	is_str(found("a b c d e f g h i", 20, NULL), "", "more than eight words match nobody");

	ok(agentfind_read(db, "bad", m, 5, &count, NULL, &err) == CS_OK && count == 1
	   && strchr(m[0].name, '\x1b') == NULL, "names come back sanitised: %s",
	   count ? m[0].name : "");

	/* bounded: the best ones kept, the total counted */
	for (int i = 0; i < 30; i++) {
		char login[16], name[32];
		snprintf(login, sizeof login, "g%02d", i);
		snprintf(name, sizeof name, "Groupe %02d", 29 - i);
		add(login, name);
	}
	is_str(found("groupe", 3, &total), "g29 g28 g27", "max 3: the first three by name");
	is_int(total, 30, "all thirty counted");
	ok(agentfind_read(db, "groupe", m, 100, &count, &total, &err) == CS_OK
	   && count == AGENTFIND_MAX && total == 30, "never more than AGENTFIND_MAX (%zu)", count);
	is_str(m[AGENTFIND_MAX - 1].login, "g10", "the twentieth by name is Groupe 19");

	/* the hint of the command line */
	agentfind_hint(db, "Marie Dupont", hint, sizeof hint);
	is_str(hint, "did you mean mdupont (Marie Dupont)?", "one agent: named with its login");
	agentfind_hint(db, "Martin", hint, sizeof hint);
	is_str(hint, "did you mean jmartin (Jean Martin) or mhmartin (Marie-Hélène Martin)?",
	       "two agents");
	agentfind_hint(db, "groupe", hint, sizeof hint);
	is_str(hint, "did you mean g29 (Groupe 00), g28 (Groupe 01) or g27 (Groupe 02)? "
	       "(30 agents match: type more of the name)", "many: three and how many");
	agentfind_hint(db, "qqq", hint, sizeof hint);
	is_str(hint, "", "nothing resembles: no hint");
	is_int(agentfind_unknown(db, "Marie", &err), CS_ERR_NOTFOUND, "unknown: NOTFOUND");
	is_str(err.message, "unknown agent: \"Marie\"; did you mean marie (Zoé Marie), "
	       "mdupont (Marie Dupont) or mhmartin (Marie-Hélène Martin)?", "with the hint");
	agentfind_unknown(db, "qqq\x1b[2J", &err);
	is_str(err.message, "unknown agent: \"qqq[2J\"", "the text sanitised, no hint");

	db_close(db);
	snprintf(path, sizeof path, "rm -rf %s", dir);
	if (system(path) != 0)
		return 99;
	return tap_done();
}
