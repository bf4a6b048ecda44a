/* input.c — owns the terminal conventions around the keys: bracketed paste
 * (xterm's mode 2004, which tmux, VTE, kitty, iTerm2 and the Linux console
 * of recent kernels honour; a terminal without it ignores the request and
 * a paste then arrives as typed keys, as before) and suspension (Ctrl-Z is
 * a plain character in raw mode, so the shell turns it into the same stop
 * a cooked terminal would send to the foreground process group). */
#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "input.h"

#define PASTE_START "[200~"   /* after ESC */
#define PASTE_END L"\033[201~"
#define PASTE_END_LEN 6
/* a paste is sent at once; a second of silence inside one ends it */
#define PASTE_WAIT_MS 1000

static volatile sig_atomic_t suspend_flag;
static struct sigaction old_tstp;
static bool caught;

/* Straight to the terminal: curses keeps its own output buffer and
 * flushes it at each refresh, so a write between two refreshes keeps its
 * place in the stream. */
static void
send(const char *seq)
{
	size_t n = strlen(seq);

	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, seq, n);
		if (w <= 0)
			return;   /* the terminal is gone: nothing to ask it */
		seq += w;
		n -= (size_t)w;
	}
}

void
ui_input_start(void)
{
	send("\033[?2004h");
}

void
ui_input_stop(void)
{
	send("\033[?2004l");
}

/* Puts back n characters read after an ESC, so that they come next in
 * the order they came (curses' queue is last in, first out). */
static void
put_back(const wint_t *c, const int *kind, size_t n)
{
	while (n-- > 0) {
		if (kind[n] == KEY_CODE_YES)
			ungetch((int)c[n]);
		else
			unget_wch((wchar_t)c[n]);
	}
}

static bool
paste_add(struct ui_paste *p, wchar_t c)
{
	if (p->len >= UI_PASTE_MAX + PASTE_END_LEN) {
		p->truncated = true;
		return true;
	}
	if (p->len + 2 > p->cap) {
		/* not realloc: a paste may be a password (the kiosk's
		 * field), and the old buffer is wiped before it is freed */
		size_t ncap = p->cap ? p->cap * 2 : 256;
		wchar_t *nt = malloc(ncap * sizeof *nt);
		if (nt == NULL)
			return false;
		if (p->text != NULL) {
			wmemcpy(nt, p->text, p->len + 1);
			explicit_bzero(p->text, p->cap * sizeof *p->text);
			free(p->text);
		}
		p->text = nt;
		p->cap = ncap;
	}
	p->text[p->len++] = c;
	p->text[p->len] = L'\0';
	return true;
}

bool
ui_input_paste(int r, wint_t wch, struct ui_paste *paste)
{
	wint_t got[sizeof PASTE_START];
	int kind[sizeof PASTE_START];
	size_t n = 0;

	if (r != OK || wch != 27)
		return false;
	/* the rest of the marker is sent with the ESC: already here */
	timeout(0);
	while (n + 1 < sizeof PASTE_START) {
		kind[n] = wget_wch(stdscr, &got[n]);
		if (kind[n] == ERR)
			break;
		if (kind[n] != OK || got[n] != (wint_t)PASTE_START[n]) {
			n++;
			put_back(got, kind, n);
			return false;
		}
		n++;
	}
	if (n + 1 < sizeof PASTE_START) {
		put_back(got, kind, n);
		return false;
	}
	wchar_t tail[PASTE_END_LEN] = { 0 };   /* the last characters read */
	ui_paste_free(paste);
	timeout(PASTE_WAIT_MS);
	for (;;) {
		wint_t c;
		int k = wget_wch(stdscr, &c);

		if (k == ERR)
			break;        /* no end marker: what came is the paste */
		if (k == KEY_CODE_YES)
			continue;     /* a key curses recognised inside: dropped */
		wmemmove(tail, tail + 1, PASTE_END_LEN - 1);
		tail[PASTE_END_LEN - 1] = (wchar_t)c;
		if (!paste->truncated && !paste_add(paste, (wchar_t)c))
			paste->truncated = true;   /* out of memory: refused */
		if (wmemcmp(tail, PASTE_END, PASTE_END_LEN) == 0) {
			if (!paste->truncated) {
				paste->len -= PASTE_END_LEN;
				paste->text[paste->len] = L'\0';
			}
			break;
		}
	}
	return true;
}

void
ui_paste_free(struct ui_paste *paste)
{
	if (paste->text != NULL)   /* it may have been a password */
		explicit_bzero(paste->text, paste->cap * sizeof *paste->text);
	free(paste->text);
	memset(paste, 0, sizeof *paste);
}

static void
on_tstp(int sig)
{
	(void)sig;
	suspend_flag = 1;
}

void
ui_input_catch_suspend(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tstp;
	sigemptyset(&sa.sa_mask);
	suspend_flag = 0;
	sigaction(SIGTSTP, NULL, &old_tstp);
	caught = old_tstp.sa_handler != SIG_IGN;
	if (caught)
		sigaction(SIGTSTP, &sa, NULL);
}

void
ui_input_release_suspend(void)
{
	if (caught)
		sigaction(SIGTSTP, &old_tstp, NULL);
	caught = false;
}

bool
ui_input_suspend_requested(void)
{
	if (!suspend_flag)
		return false;
	suspend_flag = 0;
	return true;
}

void
ui_input_suspend(void)
{
	struct sigaction dfl, mine;

	endwin();
	ui_input_stop();
	if (caught) {
		memset(&dfl, 0, sizeof dfl);
		dfl.sa_handler = SIG_DFL;
		sigemptyset(&dfl.sa_mask);
		sigaction(SIGTSTP, &dfl, &mine);
		/* the whole foreground group, as the terminal's Ctrl-Z would:
		 * a shell script that started us stops too, and the shell sees
		 * the job stopped; an orphaned group is not stopped at all */
		kill(0, SIGTSTP);
		sigaction(SIGTSTP, &mine, NULL);
		suspend_flag = 0;
	}
	/* continued (SIGCONT): the terminal as we left it, repainted whole */
	reset_prog_mode();
	ui_input_start();
	clearok(curscr, TRUE);   /* the next refresh repaints everything */
}
