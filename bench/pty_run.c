/* pty_run.c — runs a command on a pseudo-terminal of 80×24 and measures
 * what a user would: the time until its screen stops changing (the first
 * full frame), the bytes it writes to the terminal, and its peak RSS.
 *
 *   pty_run [--keys K] [--quiet MS] -- COMMAND ARGS...
 *
 * Prints "frame_ms=… frame_bytes=… key_bytes=… key_ms=… rss_kib=… status=…":
 * after the first quiet period it sends each key of K (one at a time, each
 * followed by a quiet period; "\e" is ESC, so "\eOR" is F3) and counts the
 * bytes written after the keys, and the time from each key to the last
 * byte it caused (key_ms, comma-separated); then sends 'q' and waits for
 * the command to end. With no K, the command just gets 'q'. A benchmark tool, not a
 * test. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Reads until nothing arrives for quiet_ms; returns bytes read and the time
 * of the last byte in *last. Returns -1 when the child closed the pty. */
static long drain(int fd, int quiet_ms, double *last)
{
	char buf[65536];
	long total = 0;

	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		int r = poll(&p, 1, quiet_ms);
		ssize_t n;
		if (r == 0)
			return total;
		if (r < 0 && errno == EINTR)
			continue;
		n = read(fd, buf, sizeof buf);
		if (n <= 0)
			return total ? total : -1;
		total += n;
		*last = now_ms();
	}
}

int main(int argc, char **argv)
{
	const char *keys = "";
	int quiet = 300, i, fd, status = 0;
	struct winsize ws = { 24, 80, 0, 0 };
	struct rusage ru;
	double start, last, frame_ms;
	long frame_bytes, key_bytes = 0;
	pid_t pid;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--keys") == 0 && i + 1 < argc)
			keys = argv[++i];
		else if (strcmp(argv[i], "--quiet") == 0 && i + 1 < argc)
			quiet = atoi(argv[++i]);
	}
	if (i + 1 >= argc) {
		fprintf(stderr, "usage: pty_run [--keys K] [--quiet MS] -- COMMAND ARGS...\n");
		return 64;
	}
	start = last = now_ms();
	pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0) {
		perror("forkpty");
		return 71;
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 0);
		execvp(argv[i + 1], argv + i + 1);
		_exit(127);
	}
	frame_bytes = drain(fd, quiet, &last);
	frame_ms = last - start;
	int nkeys = 0;
	long per_key[64];

	printf("key_ms=");
	for (const char *k = keys; *k; ) {
		char seq[8];
		size_t len = 1;
		double sent;
		long n;
		seq[0] = *k;
		if (k[0] == '\\' && k[1] == 'e') {
			/* ESC and the rest of its sequence go out together */
			seq[0] = '\033';
			k += 2;
			while (*k && len < 3 && *k != '\\')
				seq[len++] = *k++;
		} else if (k[0] == '\\' && (k[1] == 'r' || k[1] == 'n')) {
			seq[0] = k[1] == 'r' ? '\r' : '\n';
			k += 2;
		} else {
			k++;
		}
		sent = now_ms();
		if (write(fd, seq, len) != (ssize_t)len)
			break;
		last = sent;
		n = drain(fd, quiet, &last);
		if (n > 0)
			key_bytes += n;
		if (nkeys < 64)
			per_key[nkeys] = n > 0 ? n : 0;
		printf("%s%.1f", nkeys++ ? "," : "", last - sent);
	}
	printf(" each_key_bytes=");
	for (int i = 0; i < nkeys && i < 64; i++)
		printf("%s%ld", i ? "," : "", per_key[i]);
	printf(" ");
	if (write(fd, "q", 1) != 1)
		perror("write");
	for (int t = 0; t < 50 && drain(fd, quiet, &last) >= 0; t++)
		;
	if (wait4(pid, &status, WNOHANG, &ru) == 0) {
		kill(pid, SIGTERM);
		wait4(pid, &status, 0, &ru);
	}
	printf("frame_ms=%.1f frame_bytes=%ld key_bytes=%ld rss_kib=%ld status=%d\n",
	       frame_ms - 0.0, frame_bytes, key_bytes, ru.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
