/* stress.c — one "process on one host" of the multi-host invariant test:
 * runs K mixed transactions (ideas, supports, comments) through the real
 * core API on the database at PATH, acting as agent LOGIN, and writes one
 * line per attempt to OUT: "<login> <n> <add|support|comment> ok|fail
 * <detail>". The checker compares those lines with what the database holds.
 *
 *   stress PATH LOGIN K OUT [SEED_REFS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agents.h"
#include "db.h"
#include "ideas.h"

int main(int argc, char **argv)
{
	struct db_settings settings = { 120, 5, -1 };
	struct cs_identity id;
	struct cs_error err;
	struct cs_db *db;
	FILE *out;
	int k, seeds;
	unsigned seed;

	if (argc < 5) {
		fprintf(stderr, "usage: stress PATH LOGIN K OUT [SEED_REFS]\n");
		return 64;
	}
	k = atoi(argv[3]);
	seeds = argc > 5 ? atoi(argv[5]) : 10;
	seed = (unsigned)getpid();
	if (getenv("STRESS_BUSY_TIMEOUT"))
		settings.busy_timeout = atoi(getenv("STRESS_BUSY_TIMEOUT"));
	if (db_open(argv[1], DB_OPEN_EXISTING, &settings, &db, &err) != CS_OK) {
		fprintf(stderr, "open: %s\n", err.message);
		return 69;
	}
	memset(&id, 0, sizeof id);
	snprintf(id.login, sizeof id.login, "%s", argv[2]);
	snprintf(id.name, sizeof id.name, "Stress %s", argv[2]);
	id.roles = ROLE_AGENT;
	if (agents_register(db, &id, &err) != CS_OK) {
		fprintf(stderr, "register: %s\n", err.message);
		return 69;
	}
	out = fopen(argv[4], "w");
	if (out == NULL)
		return 73;
	for (int n = 1; n <= k; n++) {
		char text[128], ref[IDEA_REF_MAX], target[IDEA_REF_MAX];
		enum cs_status s;
		int op = n % 3;

		snprintf(target, sizeof target, "CONS-2026-%03d", 1 + rand_r(&seed) % seeds);
		if (op == 0) {
			snprintf(text, sizeof text, "%s-%d", argv[2], n);
			s = ideas_add(db, &id, &(struct idea_draft){ .title = text,
			              .problem = "Écrit par le test de charge multi-hôtes." }, ref, &err);
			fprintf(out, "%s %d add %s %s\n", argv[2], n, s == CS_OK ? "ok" : "fail", text);
		} else if (op == 1) {
			s = ideas_support(db, &id, target, &err);
			fprintf(out, "%s %d support %s %s\n", argv[2], n, s == CS_OK ? "ok" : "fail", target);
		} else {
			snprintf(text, sizeof text, "%s-%d", argv[2], n);
			s = ideas_comment(db, &id, target, text, &err);
			fprintf(out, "%s %d comment %s %s\n", argv[2], n, s == CS_OK ? "ok" : "fail", text);
		}
		if (s != CS_OK)
			fprintf(out, "# %s\n", err.message);
		fflush(out);
	}
	fclose(out);
	db_close(db);
	return 0;
}
