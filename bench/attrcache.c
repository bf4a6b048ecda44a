/* attrcache.c — how long after host A writes <db>.lock does host B see the
 * new mtime? A and B are two mounts of one share (two FUSE connections, or
 * two NFS clients): A_PATH and B_PATH name the same file through each.
 *
 *   attrcache A_PATH B_PATH [TRIALS]
 *
 * Each trial, for each way B looks (stat() by name, open()+fstat()): A sets
 * the file's mtime 1000 s back and B polls every 5 ms until it sees it (so
 * it has it cached); A rewrites a record and flushes it (as the lock's
 * heartbeat does); B polls the same way until the mtime has moved. Prints
 * both delays per trial (60 s at most), then min / median / max of the
 * heartbeat's. Not a test:
 * bench/attrcache.sh runs it on sshfs with both cache settings. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SETBACK 1000
#define LIMIT 60.0

static double mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void nap(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* B's view of the mtime (seconds), by name or by open+fstat; -1 on error. */
static long long seen(const char *path, int by_open)
{
	struct stat sb;
	int fd, r;

	if (!by_open)
		return stat(path, &sb) == 0 ? (long long)sb.st_mtim.tv_sec : -1;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	r = fstat(fd, &sb);
	close(fd);
	return r == 0 ? (long long)sb.st_mtim.tv_sec : -1;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int trials = argc > 3 ? atoi(argv[3]) : 5;
	double delays[2][64], setback[2][64];
	const char *a, *b;

	if (argc < 3 || trials < 1 || trials > 64) {
		fprintf(stderr, "usage: attrcache A_PATH B_PATH [TRIALS<=64]\n");
		return 2;
	}
	a = argv[1];
	b = argv[2];
	for (int t = 0; t < trials; t++) {
		for (int w = 0; w < 2; w++) {
			struct timespec times[2];
			struct stat sb;
			long long old;
			double start;
			int fd = open(a, O_RDWR | O_CREAT, 0600);

			if (fd < 0 || fstat(fd, &sb) != 0) {
				perror(a);
				return 1;
			}
			times[0].tv_nsec = UTIME_OMIT;
			times[1] = sb.st_mtim;
			times[1].tv_sec -= SETBACK;
			if (futimens(fd, times) != 0) {
				perror("futimens");
				return 1;
			}
			old = (long long)times[1].tv_sec;
			close(fd);
			/* B caches the old mtime: wait until it sees it (this way
			 * only: the other way could refresh a cache this one uses). */
			start = mono();
			while (seen(b, w) != old && mono() - start < LIMIT)
				nap(5);
			setback[w][t] = mono() - start;
			/* A's heartbeat: rewrite the record and flush it. */
			fd = open(a, O_RDWR);
			if (fd < 0 || pwrite(fd, "heartbeat\n", 10, 0) != 10 || fdatasync(fd) != 0) {
				perror("heartbeat");
				return 1;
			}
			close(fd);
			start = mono();
			while (seen(b, w) <= old + SETBACK / 2 && mono() - start < LIMIT)
				nap(5);
			delays[w][t] = mono() - start;
		}
		printf("trial %d: stat %.3f s, open+fstat %.3f s (a set-back mtime: %.3f s, %.3f s)\n",
		       t + 1, delays[0][t], delays[1][t], setback[0][t], setback[1][t]);
		fflush(stdout);
	}
	for (int w = 0; w < 2; w++) {
		qsort(delays[w], (size_t)trials, sizeof delays[w][0], cmp);
		printf("%s: min %.3f s, median %.3f s, max %.3f s\n", w ? "open+fstat" : "stat",
		       delays[w][0], delays[w][trials / 2], delays[w][trials - 1]);
	}
	return 0;
}
