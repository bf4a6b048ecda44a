/* mounts.c — finds the mount of a path in /proc/self/mountinfo (longest
 * mount point that prefixes the resolved path) and checks its options
 * against the risks of design/storage.md: NFS nolock/local_lock/soft,
 * CIFS nobrl/cache=loose, sshfs caching; and finds another mount of the
 * same share, for the share probe. */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mounts.h"

static bool has_option(const char *opts, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = opts; p != NULL && *p; ) {
		if (strncmp(p, name, n) == 0 && (p[n] == ',' || p[n] == '\0' || p[n] == '='))
			return true;
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return false;
}

static const char *option_value(const char *opts, const char *name, char *buf, size_t size)
{
	size_t n = strlen(name);

	for (const char *p = opts; p != NULL && *p; ) {
		if (strncmp(p, name, n) == 0 && p[n] == '=') {
			size_t len = strcspn(p + n + 1, ",");
			if (len >= size)
				len = size - 1;
			memcpy(buf, p + n + 1, len);
			buf[len] = '\0';
			return buf;
		}
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return NULL;
}

static void advise(struct mount_report *r, const char *text, bool risk)
{
	if (r->advice_count < MOUNT_ADVICE_MAX)
		r->advice[r->advice_count++] = text;
	if (risk)
		r->risky++;
}

/* mountinfo escapes spaces and other characters as \ooo. */
static void unescape(char *s)
{
	char *w = s;

	for (char *p = s; *p; p++) {
		if (p[0] == '\\' && p[1] >= '0' && p[1] <= '7' && p[2] && p[3]) {
			*w++ = (char)((p[1] - '0') * 64 + (p[2] - '0') * 8 + (p[3] - '0'));
			p += 3;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
}

static void analyse(struct mount_report *r)
{
	const char *t = r->fs_type, *o = r->options;
	char v[64];

	if (strncmp(t, "nfs", 3) == 0) {
		if (has_option(o, "nolock") || (option_value(o, "local_lock", v, sizeof v)
		                                 && strcmp(v, "none") != 0))
			advise(r, _("NFS with nolock or local_lock: fcntl locks are not shared; "
			            "only the lease lock mode is safe here"), true);
		if (has_option(o, "soft") || has_option(o, "softerr"))
			advise(r, _("NFS mounted soft: an I/O may fail silently after a timeout; "
			            "mount it hard"), true);
		if (has_option(o, "nocto"))
			advise(r, _("NFS with nocto: other hosts' changes may stay invisible; "
			            "remove nocto"), true);
		if (!option_value(o, "lookupcache", v, sizeof v) || strcmp(v, "positive") != 0)
			advise(r, _("NFS: lookupcache=positive and a short actimeo make the lock "
			            "and generation files seen at once"), false);
	} else if (strcmp(t, "cifs") == 0 || strcmp(t, "smb3") == 0) {
		if (has_option(o, "nobrl"))
			advise(r, _("CIFS with nobrl: byte-range locks are not sent to the server; "
			            "only the lease lock mode is safe here"), true);
		if (option_value(o, "cache", v, sizeof v) && strcmp(v, "loose") == 0)
			advise(r, _("CIFS with cache=loose: stale reads are possible; use cache=strict"),
			       true);
		if (has_option(o, "soft"))
			advise(r, _("CIFS mounted soft: mount it hard"), true);
	} else if (strcmp(t, "fuse.sshfs") == 0) {
		if (!has_option(o, "direct_io"))
			advise(r, _("sshfs without direct_io (and cache=no or dir_cache=no): "
			            "another host's commits may be read late"), true);
	} else if (strncmp(t, "fuse", 4) == 0) {
		advise(r, _("FUSE file system: check that it passes O_EXCL to the server and "
		            "does not cache reads"), false);
	}
}

int mounts_describe_from(const char *path, const char *mountinfo,
                         struct mount_report *out)
{
	char resolved[PATH_MAX], *copy, *line, *save = NULL;
	size_t best = 0;

	memset(out, 0, sizeof *out);
	snprintf(out->fs_type, sizeof out->fs_type, "?");
	if (realpath(path, resolved) == NULL)
		snprintf(resolved, sizeof resolved, "%s", path);
	copy = strdup(mountinfo);
	if (copy == NULL)
		return -1;
	for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		/* id parent major:minor root mountpoint options [optional...] - type source super */
		char *f[6] = { 0 }, *dash = strstr(line, " - "), *rest, *save2 = NULL;
		char type[64] = "", super[512] = "";
		size_t len;
		int i = 0;

		if (dash == NULL)
			continue;
		*dash = '\0';
		for (char *tok = strtok_r(line, " ", &save2); tok && i < 6; tok = strtok_r(NULL, " ", &save2))
			f[i++] = tok;
		if (i < 6)
			continue;
		rest = dash + 3;
		if (sscanf(rest, "%63s %*s %511s", type, super) < 1)
			continue;
		unescape(f[4]);
		len = strlen(f[4]);
		if (strncmp(resolved, f[4], len) != 0
		    || (len > 1 && resolved[len] != '/' && resolved[len] != '\0'))
			continue;
		if (len < best)
			continue;
		best = len;
		snprintf(out->mount_point, sizeof out->mount_point, "%s", f[4]);
		snprintf(out->fs_type, sizeof out->fs_type, "%s", type);
		snprintf(out->options, sizeof out->options, "%s,%s", f[5], super);
	}
	free(copy);
	analyse(out);
	return 0;
}

int mounts_describe(const char *path, struct mount_report *out)
{
	FILE *f = fopen("/proc/self/mountinfo", "r");
	char *buf = NULL;
	size_t cap = 0, len = 0, n;
	char chunk[8192];
	int rc;

	if (f == NULL) {
		memset(out, 0, sizeof *out);
		snprintf(out->fs_type, sizeof out->fs_type, "?");
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (len + n + 1 > cap) {
			char *more = realloc(buf, (cap + n + 1) * 2);
			if (more == NULL)
				break;
			buf = more;
			cap = (cap + n + 1) * 2;
		}
		memcpy(buf + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (buf == NULL)
		return -1;
	buf[len] = '\0';
	rc = mounts_describe_from(path, buf, out);
	free(buf);
	return rc;
}

/* ---- another mount of the same share ---------------------------------- */

static bool network_type(const char *type)
{
	return strncmp(type, "fuse", 4) == 0 || strncmp(type, "nfs", 3) == 0
	       || strcmp(type, "cifs") == 0 || strcmp(type, "smb3") == 0;
}

struct mount_line {
	char *root, *point, *type, *source;
};

/* Splits one mountinfo line in place; returns false for a malformed one. */
static bool split_line(char *line, struct mount_line *m)
{
	char *f[6] = { 0 }, *dash = strstr(line, " - "), *save = NULL, *rest;
	int i = 0;

	if (dash == NULL)
		return false;
	*dash = '\0';
	for (char *tok = strtok_r(line, " ", &save); tok && i < 6; tok = strtok_r(NULL, " ", &save))
		f[i++] = tok;
	if (i < 6)
		return false;
	rest = dash + 3;
	m->type = strtok_r(rest, " ", &save);
	m->source = strtok_r(NULL, " ", &save);
	if (m->type == NULL || m->source == NULL)
		return false;
	unescape(f[3]);
	unescape(f[4]);
	unescape(m->source);
	m->root = f[3];
	m->point = f[4];
	return true;
}

bool mounts_twin_from(const char *resolved, const char *mountinfo, char *out, size_t size)
{
	char *copy = strdup(mountinfo), *line, *save = NULL;
	struct mount_line lines[256], best = { 0 };
	size_t n = 0, best_len = 0;
	bool found = false;

	if (copy == NULL)
		return false;
	for (line = strtok_r(copy, "\n", &save); line != NULL && n < 256;
	     line = strtok_r(NULL, "\n", &save)) {
		struct mount_line m;
		size_t len;

		if (!split_line(line, &m))
			continue;
		lines[n++] = m;
		len = strlen(m.point);
		if (strncmp(resolved, m.point, len) != 0
		    || (len > 1 && resolved[len] != '/' && resolved[len] != '\0'))
			continue;
		if (len >= best_len) {
			best_len = len;
			best = m;
		}
	}
	if (best.point != NULL && network_type(best.type)) {
		const char *rel = resolved + (strcmp(best.point, "/") == 0 ? 0 : best_len);
		for (size_t i = 0; i < n && !found; i++) {
			struct mount_line *m = &lines[i];
			if (strcmp(m->point, best.point) == 0 || strcmp(m->type, best.type) != 0
			    || strcmp(m->source, best.source) != 0 || strcmp(m->root, best.root) != 0)
				continue;
			found = (size_t)snprintf(out, size, "%s%s", m->point, rel) < size;
		}
	}
	free(copy);
	return found;
}

bool mounts_twin(const char *dir, char *out, size_t size)
{
	char resolved[4096], *buf = NULL;
	size_t cap = 0, len = 0, got;
	FILE *f;
	bool found;

	if (realpath(dir, resolved) == NULL || (f = fopen("/proc/self/mountinfo", "re")) == NULL)
		return false;
	do {
		if (len + 4096 + 1 > cap) {
			char *more = realloc(buf, cap = (len + 4096 + 1) * 2);
			if (more == NULL) {
				free(buf);
				fclose(f);
				return false;
			}
			buf = more;
		}
		got = fread(buf + len, 1, 4096, f);
		len += got;
	} while (got > 0);
	fclose(f);
	buf[len] = '\0';
	found = mounts_twin_from(resolved, buf, out, size);
	free(buf);
	return found;
}
