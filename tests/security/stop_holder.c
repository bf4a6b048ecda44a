/* stop_holder.c — stops (SIGSTOP) whichever process takes a database's
 * lease lock next, while it holds it, for the tests of a stopped holder
 * run against the installed program (which has no test hooks): watches
 * the directory with inotify, reads the owner record of <db>.lock as soon
 * as it appears and stops the pid it names. Prints that pid and exits 0
 * when the process was stopped still holding the lock; otherwise it lets
 * the process go on (SIGCONT) and exits 1. Run as root.
 *
 *   stop_holder DB SECONDS */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

static long holder_pid(const char *lock)
{
	char buf[1024], *p;
	ssize_t n;
	int fd = open(lock, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	p = strstr(buf, "\npid=");
	return p != NULL ? atol(p + 5) : 0;
}

/* Waits until the kernel shows pid stopped ('T' in /proc/PID/stat). */
static int wait_stopped(long pid)
{
	char path[64], buf[512], *p;

	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	for (int i = 0; i < 5000; i++) {
		int fd = open(path, O_RDONLY);
		ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
		if (fd >= 0)
			close(fd);
		if (n <= 0)
			return 0;
		buf[n] = '\0';
		p = strrchr(buf, ')');
		if (p != NULL && p[1] == ' ' && (p[2] == 'T' || p[2] == 't'))
			return 1;
		usleep(100);
	}
	return 0;
}

int main(int argc, char **argv)
{
	char dir[4096], lock[4200], *slash;
	char events[4096];
	time_t until;
	int in;

	if (argc != 3)
		return 64;
	snprintf(dir, sizeof dir, "%s", argv[1]);
	slash = strrchr(dir, '/');
	if (slash == NULL)
		return 64;
	*slash = '\0';
	snprintf(lock, sizeof lock, "%s.lock", argv[1]);
	until = time(NULL) + atoi(argv[2]);
	in = inotify_init1(IN_NONBLOCK);
	if (in < 0 || inotify_add_watch(in, dir, IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE) < 0)
		return 2;
	printf("watching\n");
	fflush(stdout);
	while (time(NULL) < until) {
		long pid;
		if (read(in, events, sizeof events) <= 0) {
			usleep(200);
			continue;
		}
		pid = holder_pid(lock);
		if (pid <= 0 || kill((pid_t)pid, SIGSTOP) != 0)
			continue;
		if (wait_stopped(pid) && holder_pid(lock) == pid) {
			printf("%ld\n", pid);
			return 0;
		}
		kill((pid_t)pid, SIGCONT);
	}
	return 1;
}
