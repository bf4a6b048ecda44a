/* test_lease.c — the lease lock's companion files and its judgement of a
 * stale lock, on a real lease-mode database in a local directory:
 * sidefile_open refuses symlinks, FIFOs, hard links and sets the mode only
 * on what it creates; the share's clock is read; planted .gen/.locklog
 * symlinks and FIFOs neither redirect nor block a write; empty, forged
 * reused-pid and stopped-holder records are judged as the lease says; a
 * left-over .lock.brk does not stop a break. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "shareclock.h"
#include "sidefile.h"
#include "tap.h"

static char dir[] = "/tmp/cs-lease-XXXXXX";
static char lease_db[512];
static const struct db_settings settings = { 2, 30, LOCK_MODE_LEASE };

static void path_of(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", dir, name);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

static char *slurp(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n = 0;

	buf[0] = '\0';
	if (f != NULL) {
		n = fread(buf, 1, sizeof buf - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return buf;
}

/* Sets a file's mtime seconds_ago in the past (as a server would have it). */
static void age_file(const char *path, int seconds_ago)
{
	struct timeval tv[2];

	gettimeofday(&tv[0], NULL);
	tv[0].tv_sec -= seconds_ago;
	tv[1] = tv[0];
	lutimes(path, tv);
}

static enum cs_status put(struct cs_db *db, void *ctx, struct cs_error *err)
{
	return db_meta_set(db, "k", (const char *)ctx, err);
}

static bool write_once(const char *value)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	enum cs_status st = db_open(lease_db, DB_OPEN_EXISTING, &settings, &db, &err);

	if (st == CS_OK)
		st = db_write(db, put, (void *)value, &err);
	if (st != CS_OK)
		printf("# write: %s\n", err.message);
	db_close(db);
	return st == CS_OK;
}

static void test_sidefile(void)
{
	char p[512], target[512];
	struct stat sb;
	bool created;
	mode_t old = umask(077);
	int fd;

	path_of(p, sizeof p, "plain");
	fd = sidefile_open(p, O_RDWR | O_CREAT, 0660, (gid_t)-1, &created);
	ok(fd >= 0 && created, "a missing file is created");
	ok(fd >= 0 && fstat(fd, &sb) == 0 && (sb.st_mode & 0777) == 0660,
	   "created 0660 whatever the umask");
	if (fd >= 0)
		close(fd);
	chmod(p, 0600);
	fd = sidefile_open(p, O_RDWR | O_CREAT, 0660, (gid_t)-1, &created);
	ok(fd >= 0 && !created && stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600,
	   "an existing file is opened as it is, its mode left alone");
	if (fd >= 0)
		close(fd);
	umask(old);

	path_of(target, sizeof target, "victim");
	write_file(target, "precious\n");
	path_of(p, sizeof p, "link");
	ok(symlink(target, p) == 0, "set-up: a symlink to the victim");
	errno = 0;
	ok(sidefile_open(p, O_WRONLY | O_CREAT, 0660, (gid_t)-1, NULL) < 0 && errno == ELOOP,
	   "a symlink is refused (ELOOP)");
	path_of(p, sizeof p, "fifo");
	mkfifo(p, 0666);
	errno = 0;
	ok(sidefile_open(p, O_RDONLY, 0, (gid_t)-1, NULL) < 0 && errno == EINVAL,
	   "a FIFO is refused without blocking");
	errno = 0;
	ok(sidefile_open(p, O_WRONLY | O_CREAT, 0660, (gid_t)-1, NULL) < 0,
	   "a FIFO is refused for writing without blocking");
	path_of(p, sizeof p, "hardlink");
	ok(link(target, p) == 0, "set-up: a second link to the victim");
	errno = 0;
	ok(sidefile_open(p, O_WRONLY, 0, (gid_t)-1, NULL) < 0 && errno == EMLINK,
	   "a second link to a file is refused (EMLINK)");
	is_str(slurp(target), "precious\n", "the victim is untouched");
	unlink(p);
}

static void test_shareclock(void)
{
	struct timespec share;
	double drift = 99;
	int rc_now = shareclock_now(lease_db, &share);

	ok(rc_now == 0 && labs((long)(share.tv_sec - time(NULL))) <= 2,
	   "the share's clock is read through <db>.clock");
	int rc = shareclock_drift(lease_db, &drift);

	ok(rc == 0 && drift > -2 && drift < 2, "a local share has no drift (%.3f s)", drift);
}

static void test_planted_side_files(void)
{
	char gen[600], log[600], victim[512];

	path_of(victim, sizeof victim, "victim");
	snprintf(gen, sizeof gen, "%s.gen", lease_db);
	unlink(gen);
	ok(symlink(victim, gen) == 0, "set-up: <db>.gen planted as a symlink");
	ok(write_once("after-gen-symlink"), "a write with <db>.gen planted as a symlink succeeds");
	is_str(slurp(victim), "precious\n", "the symlink's target is not overwritten");
	ok(lstat(gen, &(struct stat){ 0 }) == 0 && access(gen, F_OK) == 0,
	   "<db>.gen is a file of ours again");
	unlink(gen);
	mkfifo(gen, 0666);
	alarm(20);
	ok(write_once("after-gen-fifo"), "a write with <db>.gen planted as a FIFO neither hangs nor fails");
	alarm(0);
	snprintf(log, sizeof log, "%s.locklog", lease_db);
	unlink(log);
	ok(symlink(victim, log) == 0, "set-up: <db>.locklog planted as a symlink");
	{
		char lock[600];
		snprintf(lock, sizeof lock, "%s.lock", lease_db);
		struct lock_holder h;
		write_file(lock, "");
		lockvfs_holder(lease_db, &h);
		ok(h.state == LOCK_LIVE && h.breaks_in > 3 && h.breaks_in <= 5.5,
		   "a lock file just created and still empty is its creator's (%.1f s to go)",
		   h.breaks_in);
		age_file(lock, 6);
	}
	ok(write_once("after-log-symlink"),
	   "a lock file still empty 5 s after its creation is broken, not after the lease");
	is_str(slurp(victim), "precious\n", "the break is not logged into a planted symlink's target");
	ok(strstr(slurp(log), "still empty") != NULL, "the break is logged with its reason");
}

static void forge_beat(long pid, unsigned long long start, int beat)
{
	char lock[600], rec[1024], host[256] = "", boot[64] = "";
	FILE *f = fopen("/proc/sys/kernel/random/boot_id", "r");

	if (f != NULL) {
		if (fgets(boot, sizeof boot, f) == NULL)
			boot[0] = '\0';
		fclose(f);
	}
	boot[strcspn(boot, "\n")] = '\0';
	gethostname(host, sizeof host - 1);
	snprintf(rec, sizeof rec, "construisons-lease 1\nhost=%s\nboot=%s\npid=%ld\nstart=%llu\n"
	         "token=forged\nheartbeat=%d\nacquired=0\nversion=x\n", host, boot, pid, start, beat);
	snprintf(lock, sizeof lock, "%s.lock", lease_db);
	write_file(lock, rec);
}

static void forge_record(long pid, unsigned long long start)
{
	forge_beat(pid, start, 1);
}

static unsigned long long start_of(pid_t pid)
{
	char path[64], buf[1024], *p;
	unsigned long long v = 0;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (f == NULL)
		return 0;
	if (fgets(buf, sizeof buf, f) == NULL)
		buf[0] = '\0';
	fclose(f);
	p = strrchr(buf, ')');
	for (int field = 2; p != NULL && field < 22; field++)
		p = strchr(p + 1, ' ');
	if (p != NULL)
		v = strtoull(p + 1, NULL, 10);
	return v;
}

static void test_judgement(void)
{
	struct lock_holder h;
	char lock[600], brk[600];
	pid_t child = fork();

	if (child == 0) {
		pause();
		_exit(0);
	}
	snprintf(lock, sizeof lock, "%s.lock", lease_db);
	snprintf(brk, sizeof brk, "%s.lock.brk", lease_db);

	forge_record(child, start_of(child) + 1);
	lockvfs_holder(lease_db, &h);
	ok(h.state == LOCK_STALE_DEAD, "a live pid with another start time is a dead holder "
	   "(start time read from field 22) [state %d]", h.state);

	forge_record(child, start_of(child));
	lockvfs_holder(lease_db, &h);
	ok(h.state == LOCK_LIVE && h.breaks_in > 25 && h.breaks_in <= 30.5,
	   "the live holder, freshly stamped, breaks in about a lease (%.1f s)", h.breaks_in);
	ok(!write_once("while-live"), "a live holder is not broken (busy)");
	age_file(lock, 31);
	lockvfs_holder(lease_db, &h);
	ok(h.state == LOCK_STALE_STOPPED && h.silent_for >= 30,
	   "a live process silent for the lease is stale (%.1f s silent)", h.silent_for);
	write_file(brk, "dead breaker\n");
	age_file(brk, 11);
	ok(write_once("after-brk"), "a left-over .lock.brk does not stop the break");
	ok(access(brk, F_OK) != 0 && access(lock, F_OK) != 0, "no lock and no breaker mutex left");

	forge_record(child, start_of(child));
	{
		pid_t forger = fork();
		if (forger == 0) {
			/* a record rewritten every half second (forged, or a live holder) */
			for (int i = 0; i < 60; i++) {
				forge_beat(child, start_of(child), i + 2);
				usleep(500 * 1000);
			}
			_exit(0);
		}
		ok(lockvfs_force_break(lease_db, "admin", false) == EBUSY,
		   "lock break without --force leaves a holder whose record changes");
		kill(forger, SIGKILL);
		waitpid(forger, NULL, 0);
	}
	ok(lockvfs_force_break(lease_db, "admin", true) == 0 && access(lock, F_OK) != 0,
	   "lock break --force breaks a live-looking (forged) record");
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
}

int main(void)
{
	struct cs_db *db = NULL;
	struct cs_error err;
	char cmd[600];

	if (mkdtemp(dir) == NULL)
		return 1;
	path_of(lease_db, sizeof lease_db, "lease.db");
	ok(db_open(lease_db, DB_OPEN_CREATE, &settings, &db, &err) == CS_OK
	   && db_lock_mode(db) == LOCK_MODE_LEASE, "a lease-mode database is created");
	db_close(db);
	test_sidefile();
	test_shareclock();
	test_planted_side_files();
	test_judgement();
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 1;
	return tap_done();
}
