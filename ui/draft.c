/* draft.c — owns the draft files (see draft.h). A draft file is text:
 *
 *	construisons-draft 1
 *	pane Ideas
 *	form new
 *	saved 1796368320
 *	field 23
 *	<23 bytes of UTF-8>
 *	field 0
 *
 * each field's bytes followed by a line feed. The name of a file is
 * SAVED-PID.draft, so that two sessions of the same user never write the
 * same file, and the newest is found by its name. Every file operation
 * runs with the real group as effective group (the program may be setgid)
 * and goes through a descriptor of the drafts directory, checked to be the
 * user's own and writable by nobody else; files are never followed through
 * a link. */
#define _GNU_SOURCE   /* fdopendir, mkdirat, openat... */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "draft.h"
#include "form.h"
#include "i18n.h"
#include "outfile.h"
#include "text.h"

#define DRAFT_MAGIC "construisons-draft 1\n"
#define DRAFT_FILE_MAX (1024 * 1024)

void
ui_draft_clear(struct ui_draft *d)
{
	for (size_t i = 0; i < d->nfields; i++)
		free(d->fields[i]);
	memset(d, 0, sizeof *d);
}

bool
ui_draft_add(struct ui_draft *d, const char *text)
{
	char *copy;

	if (d->nfields >= UI_DRAFT_MAX_FIELDS)
		return false;
	copy = strdup(text ? text : "");
	if (copy == NULL)
		return false;
	d->fields[d->nfields++] = copy;
	return true;
}

bool
ui_draft_add_form(struct ui_draft *d, const struct ui_form *form)
{
	for (size_t i = 0; i < ui_form_count(form); i++) {
		char *t = ui_form_text(form, i);
		bool ok = t != NULL && ui_draft_add(d, t);

		free(t);
		if (!ok)
			return false;
	}
	return true;
}

/* The user's rights, even in a setgid program (see backup.c). */
static bool
as_real_group(gid_t *saved)
{
	*saved = getegid();
	return *saved == getgid() || setegid(getgid()) == 0;
}

static void
restore_group(gid_t saved)
{
	if (saved != getegid() && setegid(saved) != 0)
		_exit(70);   /* cannot happen: the saved set-group-ID allows it */
}

/* Where the drafts directory hangs from, and the way down to it. */
static bool
drafts_base(char *base, size_t size, const char **rel)
{
	const char *xdg = getenv("XDG_DATA_HOME");

	if (xdg != NULL && xdg[0] == '/') {
		*rel = "construisons/drafts";
		return (size_t)snprintf(base, size, "%s", xdg) < size;
	}
	*rel = ".local/share/construisons/drafts";
	/* the account's home, not $HOME: where the user's files are */
	return outfile_home(base, size);
}

/* Opens the drafts directory (making what is missing, 0700, with create)
 * and checks it is the user's and writable by nobody else. Returns its
 * descriptor, or -1 with errno set (ENOENT when it does not exist and
 * create is false; EPERM when it cannot be trusted); path receives its
 * name for messages. */
static int
open_drafts_dir(bool create, char *path, size_t size)
{
	const char *rel;
	struct stat st;
	int fd;

	if (!drafts_base(path, size, &rel)) {
		errno = ENOENT;
		return -1;
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT && create && mkdir(path, 0700) == 0)
		fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	while (fd >= 0 && *rel) {
		char comp[64];
		size_t n = strcspn(rel, "/");
		int next, e;

		memcpy(comp, rel, n);
		comp[n] = '\0';
		rel += n + (rel[n] == '/');
		if (create && mkdirat(fd, comp, 0700) != 0 && errno != EEXIST) {
			e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		              O_CLOEXEC);
		e = errno;
		close(fd);
		errno = e;
		fd = next;
		if ((size_t)snprintf(path + strlen(path), size - strlen(path),
		                     "/%s", comp) >= size) {
			if (fd >= 0)
				close(fd);
			errno = ENAMETOOLONG;
			return -1;
		}
	}
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) != 0 || st.st_uid != getuid() ||
	    (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
		close(fd);
		errno = EPERM;
		return -1;
	}
	return fd;
}

static bool
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* The file's text, newly allocated (NULL when out of memory). */
static char *
serialise(const struct ui_draft *d, size_t *len)
{
	size_t size = 256;
	char *out, *p;

	for (size_t i = 0; i < d->nfields; i++)
		size += strlen(d->fields[i]) + 32;
	out = malloc(size);
	if (out == NULL)
		return NULL;
	p = out + snprintf(out, size, "%spane %s\nform %s\nsaved %lld\n",
	                   DRAFT_MAGIC, d->pane, d->form, (long long)d->saved);
	for (size_t i = 0; i < d->nfields; i++) {
		size_t n = strlen(d->fields[i]);
		p += snprintf(p, size - (size_t)(p - out), "field %zu\n", n);
		memcpy(p, d->fields[i], n);
		p += n;
		*p++ = '\n';
	}
	*len = (size_t)(p - out);
	return out;
}

enum cs_status
ui_draft_save(struct ui_draft *d, struct cs_error *err)
{
	char dir[4096], tmp[64], *text = NULL;
	size_t len = 0;
	gid_t saved;
	int dfd = -1, fd = -1, e = 0;

	d->saved = time(NULL);
	if (!as_real_group(&saved))
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot keep the draft: %s"),
		                    cs_strerror(errno));
	dfd = open_drafts_dir(true, dir, sizeof dir);
	if (dfd < 0) {
		e = errno;
		goto out;
	}
	text = serialise(d, &len);
	if (text == NULL) {
		e = ENOMEM;
		goto out;
	}
	snprintf(tmp, sizeof tmp, ".tmp-%ld", (long)getpid());
	unlinkat(dfd, tmp, 0);   /* left by a crash of an earlier us */
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	            O_CLOEXEC, 0600);
	if (fd < 0 || fchmod(fd, 0600) != 0 || !write_all(fd, text, len) ||
	    fsync(fd) != 0) {
		e = errno ? errno : EIO;
		if (fd >= 0)
			unlinkat(dfd, tmp, 0);
		goto out;
	}
	snprintf(d->name, sizeof d->name, "%lld-%ld.draft",
	         (long long)d->saved, (long)getpid());
	if (renameat(dfd, tmp, dfd, d->name) != 0) {
		e = errno;
		unlinkat(dfd, tmp, 0);
		goto out;
	}
	fsync(dfd);
out:
	if (fd >= 0)
		close(fd);
	if (dfd >= 0)
		close(dfd);
	free(text);
	restore_group(saved);
	if (e != 0) {
		d->name[0] = '\0';
		return cs_error_set(err, CS_ERR_CANTCREAT,
		                    _("cannot keep the draft in %s: %s"),
		                    dir, e == EPERM
		                    ? _("the directory is not yours alone")
		                    : cs_strerror(e));
	}
	return CS_OK;
}

/* Reads the word after "key " up to the line's end into out. */
static bool
take_line(const char **p, const char *end, const char *key, char *out,
          size_t size)
{
	size_t k = strlen(key);
	const char *nl;

	if ((size_t)(end - *p) <= k || memcmp(*p, key, k) != 0 ||
	    (*p)[k] != ' ')
		return false;
	*p += k + 1;
	nl = memchr(*p, '\n', (size_t)(end - *p));
	if (nl == NULL || (size_t)(nl - *p) >= size)
		return false;
	memcpy(out, *p, (size_t)(nl - *p));
	out[nl - *p] = '\0';
	*p = nl + 1;
	return text_is_valid_utf8(out, strlen(out));
}

static bool
parse(const char *s, size_t len, struct ui_draft *d)
{
	const char *p = s, *end = s + len;
	char num[32], *stop;
	size_t m = strlen(DRAFT_MAGIC);

	if (len < m || memcmp(s, DRAFT_MAGIC, m) != 0 || memchr(s, '\0', len))
		return false;
	p += m;
	if (!take_line(&p, end, "pane", d->pane, sizeof d->pane) ||
	    !take_line(&p, end, "form", d->form, sizeof d->form) ||
	    !take_line(&p, end, "saved", num, sizeof num))
		return false;
	d->saved = (time_t)strtoll(num, &stop, 10);
	if (*stop != '\0' || stop == num)
		return false;
	while (p < end) {
		unsigned long long n;
		if (!take_line(&p, end, "field", num, sizeof num))
			return false;
		n = strtoull(num, &stop, 10);
		if (*stop != '\0' || stop == num || n >= (size_t)(end - p) ||
		    p[n] != '\n' || d->nfields >= UI_DRAFT_MAX_FIELDS ||
		    !text_is_valid_utf8(p, (size_t)n))
			return false;
		char *f = strndup(p, (size_t)n);
		if (f == NULL)
			return false;
		d->fields[d->nfields++] = f;
		p += n + 1;
	}
	return d->pane[0] != '\0';
}

/* Reads draft file name of the directory dfd into d; false when it is not
 * one we trust or can read. */
static bool
read_draft(int dfd, const char *name, struct ui_draft *d)
{
	struct stat st;
	char *buf;
	size_t got = 0;
	bool ok;
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	                O_CLOEXEC);

	if (fd < 0)
		return false;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != getuid() || st.st_nlink != 1 ||
	    st.st_size > DRAFT_FILE_MAX || (buf = malloc((size_t)st.st_size + 1))
	    == NULL) {
		close(fd);
		return false;
	}
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	ui_draft_clear(d);
	ok = got == (size_t)st.st_size && parse(buf, got, d);
	free(buf);
	if (!ok)
		ui_draft_clear(d);
	else
		snprintf(d->name, sizeof d->name, "%s", name);
	return ok;
}

enum cs_status
ui_draft_find(struct ui_draft *d, bool *found, struct cs_error *err)
{
	char dir[4096], best[64] = "";
	long long best_t = -1;
	struct dirent *de;
	gid_t saved;
	DIR *dp;
	int dfd, fd2;

	(void)err;
	*found = false;
	ui_draft_clear(d);
	if (!as_real_group(&saved))
		return CS_OK;
	dfd = open_drafts_dir(false, dir, sizeof dir);
	if (dfd < 0) {
		restore_group(saved);
		return CS_OK;
	}
	/* newest first; one that cannot be read is passed over */
	for (int round = 0; round < 16 && !*found; round++) {
		long long limit = best_t;
		char prev[64];
		memcpy(prev, best, sizeof prev);
		best_t = -1;
		fd2 = dup(dfd);
		dp = fd2 >= 0 ? fdopendir(fd2) : NULL;
		if (dp == NULL) {
			if (fd2 >= 0)
				close(fd2);
			break;
		}
		while ((de = readdir(dp)) != NULL) {
			long long t;
			long pid;
			char tail[8];
			if (sscanf(de->d_name, "%lld-%ld.%7s", &t, &pid, tail) != 3 ||
			    strcmp(tail, "draft") != 0 || strlen(de->d_name) >= sizeof best)
				continue;
			if (round > 0 && (t > limit || (t == limit &&
			                  strcmp(de->d_name, prev) >= 0)))
				continue;
			if (t > best_t || (t == best_t && strcmp(de->d_name, best) > 0)) {
				best_t = t;
				/* the length was checked against best above */
				memcpy(best, de->d_name, strlen(de->d_name) + 1);
			}
		}
		closedir(dp);
		if (best_t < 0)
			break;
		*found = read_draft(dfd, best, d);
	}
	close(dfd);
	restore_group(saved);
	return CS_OK;
}

enum cs_status
ui_draft_discard(const struct ui_draft *d, struct cs_error *err)
{
	char dir[4096];
	gid_t saved;
	int dfd, e = 0;

	if (d->name[0] == '\0')
		return CS_OK;
	if (!as_real_group(&saved))
		return cs_error_set(err, CS_ERR_IO, _("cannot remove the draft: %s"),
		                    cs_strerror(errno));
	dfd = open_drafts_dir(false, dir, sizeof dir);
	if (dfd < 0 || unlinkat(dfd, d->name, 0) != 0)
		e = errno;
	if (dfd >= 0)
		close(dfd);
	restore_group(saved);
	if (e != 0 && e != ENOENT)
		return cs_error_set(err, CS_ERR_IO,
		                    _("cannot remove the draft %s/%s: %s"), dir,
		                    d->name, cs_strerror(e));
	return CS_OK;
}
