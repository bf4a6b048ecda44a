/* err.h — the error contract of the core: every fallible core function
 * returns an enum cs_status and fills a struct cs_error with a message in
 * the user's language. The caller that owns the screen shows it (status line
 * in the UI, stderr in the CLI) and maps the status to an exit code. */
#ifndef CS_ERR_H
#define CS_ERR_H

#include <stdarg.h>

enum cs_status {
	CS_OK = 0,
	CS_ERR_USAGE,       /* bad command line or option value          -> 64 */
	CS_ERR_DATA,        /* input refused by a rule (empty title...)  -> 65 */
	CS_ERR_NOINPUT,     /* a file to read is missing or unreadable   -> 66 */
	CS_ERR_NOTFOUND,    /* no such idea, agent...                    -> 65 */
	CS_ERR_PERM,        /* the role does not allow it                -> 77 */
	CS_ERR_CONFLICT,    /* stale version: someone else edited first  -> 75 */
	CS_ERR_BUSY,        /* database stayed locked past the retries   -> 75 */
	CS_ERR_UNAVAILABLE, /* database missing, newer schema, not a db  -> 69 */
	CS_ERR_CANTCREAT,   /* cannot create the database or a file      -> 73 */
	CS_ERR_IO,          /* SQLITE_IOERR and friends                  -> 74 */
	CS_ERR_CORRUPT,     /* SQLITE_CORRUPT                            -> 74 */
	CS_ERR_CONFIG,      /* configuration file invalid                -> 78 */
	CS_ERR_INTERNAL,    /* a bug: unexpected SQLite error, no memory -> 70 */
};

struct cs_error {
	enum cs_status status;
	char message[1024];
};

/* Records status and a formatted (already translated) message; returns status.
 * Does nothing to a NULL error. */
enum cs_status cs_error_set(struct cs_error *err, enum cs_status status,
                            const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clears the error to CS_OK with an empty message. */
void cs_error_clear(struct cs_error *err);

/* A short, translated description of a system error number, from our own
 * catalogue for the usual ones (so messages do not depend on the C
 * library's translations being installed), else strerror(). */
const char *cs_strerror(int errnum);

/* The sysexits(3) code for a status (0 for CS_OK). */
int cs_status_exit_code(enum cs_status status);

#endif
