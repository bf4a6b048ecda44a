/* print.h — printing a report through CUPS with libcups (never by running
 * lp): the queues and the default one, sending a PDF as a job titled with
 * the report's title, and following that job until it is printed, held or
 * failed. Kept out of the core library: only the program and the print
 * tests link libcups.
 *
 * The server is the one libcups finds for this user (CUPS_SERVER,
 * ~/.cups/client.conf, /etc/cups/client.conf): printing only sends a report
 * the user may already read, so the user may choose where it goes.
 *
 * Every function connects, does its work and disconnects, so the UI can
 * call print_job_poll() from its event loop without holding a connection.
 * Messages are translated and complete ("la file « x » est arrêtée…"); the
 * caller adds what to do instead (save the report as a file). Statuses:
 * CS_ERR_UNAVAILABLE (no server, no queue, a stopped or rejecting queue),
 * CS_ERR_NOTFOUND (an unknown queue or job), CS_ERR_NOINPUT (the PDF to
 * send is unreadable), CS_ERR_IO (the transfer failed), CS_ERR_INTERNAL
 * (no memory). */
#ifndef CS_PRINT_H
#define CS_PRINT_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

struct print_queue {
	char *name;
	char *info;            /* its description, sanitised; "" when none */
	bool is_default;
	bool stopped;          /* printer-state "stopped" (cupsdisable) */
	bool accepting;        /* printer-is-accepting-jobs (cupsreject) */
};

/* The server's queues, sorted by name, into *queues (*count of them; an
 * empty list is not an error). Free with print_queues_free(). */
enum cs_status print_list_queues(struct print_queue **queues, size_t *count,
                                 struct cs_error *err);
void print_queues_free(struct print_queue *queues, size_t count);

/* The queue a report goes to: `wanted` when not NULL nor "", else the
 * user's or the server's default. Checks that it exists, is not stopped and
 * accepts jobs. *name is newly allocated (caller frees) on CS_OK. */
enum cs_status print_choose_queue(const char *wanted, char **name, struct cs_error *err);

/* Sends len bytes of PDF as one job of `copies` copies (1..99) to the
 * queue (checked as print_choose_queue does), titled `title` (sanitised,
 * cut to 255 bytes). On CS_OK *job_id is the server's job number. */
enum cs_status print_send_pdf(const char *queue, const char *title, int copies,
                              const void *pdf, size_t len, int *job_id,
                              struct cs_error *err);

enum print_state {
	PRINT_PENDING = 0,     /* waiting in its queue */
	PRINT_PROCESSING,      /* being printed */
	PRINT_HELD,            /* held (final for us: someone must release it) */
	PRINT_DONE,            /* printed */
	PRINT_FAILED           /* stopped, cancelled or aborted */
};

/* One look at a job's state. *message, when not NULL, gets the server's
 * reason in a newly allocated string (caller frees; "" when none). */
enum cs_status print_job_poll(int job_id, enum print_state *state, char **message,
                              struct cs_error *err);

/* True for the states a caller stops following: held, printed, failed. */
bool print_state_final(enum print_state state);

/* "en attente", "en cours d'impression", "retenu", "imprimé", "échec de
 * l'impression". */
const char *print_state_name(enum print_state state);

#endif
