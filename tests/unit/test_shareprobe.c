/* test_shareprobe.c — the share probe on a local directory: every check
 * passes, quickly, and no scratch file is left; a killed probe's old scratch
 * file is swept, a fresh one or a link is not; a directory that does not
 * exist is "cannot create", not a failed check. */
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shareprobe.h"
#include "tap.h"

static void plant(const char *dir, const char *name, long age)
{
	char path[4200];
	struct timespec times[2];
	int fd;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return;
	clock_gettime(CLOCK_REALTIME, &times[0]);
	times[0].tv_sec -= age;
	times[1] = times[0];
	futimens(fd, times);
	close(fd);
}

static bool present(const char *dir, const char *name)
{
	char path[4200];
	struct stat sb;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return lstat(path, &sb) == 0;
}

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

int main(void)
{
	char dir[] = "/tmp/test_shareprobe.XXXXXX", missing[4200];
	struct shareprobe_report r;
	struct cs_error err;
	enum cs_status s;

	setlocale(LC_ALL, "C.UTF-8");
	if (mkdtemp(dir) == NULL)
		return 99;

	s = shareprobe_run(dir, &r, &err);
	ok(s == CS_OK, "a local directory passes (%s)", s == CS_OK ? "" : err.message);
	for (int c = 0; c < SHAREPROBE_COUNT; c++)
		ok(r.line[c].result == SHAREPROBE_OK, "%s: ok (%s)",
		   shareprobe_check_name((enum shareprobe_check)c), r.line[c].reason);
	ok(r.failures == 0 && r.warnings == 0, "no failure, no warning");
	ok(!r.leftover && entries(dir) == 0, "no scratch file left (%d entries)", entries(dir));
	ok(r.seconds < 1.0, "fast: %.3f s", r.seconds);

	{
		char link[4200], target[4200];

		plant(dir, ".construisons-probe.mort.12.00-x", 3600);
		plant(dir, ".construisons-probe.vif.13.00-x", 5);
		plant(dir, "target", 3600);
		snprintf(link, sizeof link, "%s/.construisons-probe.lien.14.00-x", dir);
		snprintf(target, sizeof target, "%s/target", dir);
		if (symlink(target, link) != 0)
			return 99;
		s = shareprobe_run(dir, &r, &err);
		ok(s == CS_OK, "passes with others' scratch files around");
		ok(!present(dir, ".construisons-probe.mort.12.00-x"),
		   "an hour-old scratch file of a dead probe is swept");
		ok(present(dir, ".construisons-probe.vif.13.00-x"),
		   "a fresh one (a probe running elsewhere) is kept");
		ok(present(dir, ".construisons-probe.lien.14.00-x") && present(dir, "target"),
		   "a link named like one is not touched, nor its target");
		unlink(link);
		unlink(target);
		snprintf(link, sizeof link, "%s/.construisons-probe.vif.13.00-x", dir);
		unlink(link);
	}

	snprintf(missing, sizeof missing, "%s/nothing-here", dir);
	s = shareprobe_run(missing, &r, &err);
	ok(s == CS_ERR_CANTCREAT, "a missing directory cannot be probed (%d)", s);
	ok(strstr(err.message, "nothing-here") != NULL, "the message names it: %s", err.message);
	ok(r.line[SHAREPROBE_EXCL].result == SHAREPROBE_FAILED
	   && r.line[SHAREPROBE_RENAME].result == SHAREPROBE_NOT_RUN,
	   "the first check failed, the others were not tried");

	rmdir(dir);
	return tap_done();
}
