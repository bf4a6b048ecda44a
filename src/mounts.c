/* mounts.c — finds the mount of a path in /proc/self/mountinfo (longest
 * mount point that prefixes the resolved path) and checks its options
 * against the risks of design/storage.md: NFS nolock/local_lock/soft,
 * CIFS nobrl/cache=loose, sshfs caching. */
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
