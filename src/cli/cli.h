/* cli.h — what the commands share: the global options, opening the
 * database with the acting identity, printing errors in French on stderr
 * with sysexits codes, and printing user text safely. Each command lives in
 * its own cmd_*.c and returns a process exit code. */
#ifndef CS_CLI_H
#define CS_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "agents.h"
#include "config.h"
#include "db.h"
#include "err.h"

#define EXIT_USAGE 64

struct cli {
	const char *config_path;  /* --config */
	const char *db_path;      /* --db */
	const char *for_login;    /* --pour */
	struct cs_config cfg;
	struct cs_db *db;
	struct cs_identity id;
	struct cs_error err;
};

/* Prints "construisons: <message>" on stderr; returns the exit code of the
 * error's status. */
int cli_fail(const struct cs_error *err);

/* Prints a usage error (formatted, translated by the caller) and a hint;
 * returns 64. */
int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The database path in force: --db, else the configuration's. */
const char *cli_database(const struct cli *c);

/* Opens the existing database, finds who is acting (registering them on
 * first use) and applies --pour. Returns 0 or an exit code (the message is
 * already printed). */
int cli_open(struct cli *c);

/* The same without printing: CS_OK, or the status with c->err set and
 * nothing left open. With wait_ms > 0 a lock held by another process is
 * waited for only about wait_ms milliseconds (CS_ERR_BUSY naming the
 * holder; the interactive program tries again itself); 0 waits the busy
 * timeout. */
enum cs_status cli_try_open(struct cli *c, int wait_ms);

/* Closes what cli_open opened. */
void cli_close(struct cli *c);

/* Parses options with getopt_long (no message from getopt itself): returns
 * the option character, -1 at the end, or '?' after printing a French
 * message for an unknown option or a missing argument. shortopts must
 * start with ':'. Reset optind to 0 before the first call of a command. */
int cli_getopt(int argc, char **argv, const char *shortopts,
               const struct option *longopts, const char *command);

/* Writes s sanitised (no control, C1 or bidi characters); multi-line text
 * is indented by indent spaces after each newline. */
void cli_put_text(FILE *out, const char *s, bool multi_line, int indent);

/* Writes s padded with spaces to width display columns (cut if longer). */
void cli_put_padded(FILE *out, const char *s, int width);

int cmd_init(struct cli *c, int argc, char **argv);
int cmd_whoami(struct cli *c, int argc, char **argv);
int cmd_agents(struct cli *c, int argc, char **argv);
int cmd_idea(struct cli *c, int argc, char **argv);
int cmd_check(struct cli *c, int argc, char **argv);
int cmd_desks(struct cli *c, int argc, char **argv);
int cmd_desk(struct cli *c, int argc, char **argv);
int cmd_ledger(struct cli *c, int argc, char **argv);
int cmd_idea_move(struct cli *c, int argc, char **argv);
int cmd_idea_plan(struct cli *c, int argc, char **argv);
int cmd_idea_evaluate(struct cli *c, int argc, char **argv);
int cmd_idea_history(struct cli *c, int argc, char **argv);

struct workflow_detail;
/* Prints an idea's committee decision, plans and evaluations (idea show). */
void cli_print_workflow(const struct workflow_detail *w);
int cmd_lock(struct cli *c, int argc, char **argv);
int cmd_backup(struct cli *c, int argc, char **argv);
int cmd_report(struct cli *c, int argc, char **argv);

/* check: prints the layout of the database's directory and files
 * (src/layout.h) with the commands that repair it; returns 0, or 78 when
 * agents can reach the files directly or the program would be locked out. */
int cli_check_layout(const char *db_path);

#endif
