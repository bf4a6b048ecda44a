/* test_mounts.c — reading mountinfo: the longest mount point wins, escaped
 * names, and the advice for risky NFS, CIFS and sshfs options. */
#include <locale.h>
#include <string.h>

#include "mounts.h"
#include "tap.h"

static const char info[] =
	"22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw,errors=remount-ro\n"
	"30 22 0:40 / /srv/nfs rw,relatime shared:5 - nfs4 srv:/export rw,vers=4.2,soft,local_lock=all,addr=1.2.3.4\n"
	"31 22 0:41 / /srv/nfs/good rw - nfs srv:/good rw,hard,local_lock=none,lookupcache=positive\n"
	"32 22 0:42 / /srv/smb rw - cifs //srv/share rw,nobrl,cache=loose\n"
	"33 22 0:43 / /mnt/ssh rw,nosuid,nodev - fuse.sshfs root@h:/x rw,user_id=0\n"
	"34 22 0:44 / /mnt/with\\040space rw - fuse.sshfs root@h:/y rw,direct_io\n";

static int has_advice(const struct mount_report *r, const char *word)
{
	for (int i = 0; i < r->advice_count; i++)
		if (strstr(r->advice[i], word) != NULL)
			return 1;
	return 0;
}

int main(void)
{
	struct mount_report r;

	setlocale(LC_ALL, "C.UTF-8");
	mounts_describe_from("/home/x/c.db", info, &r);
	is_str(r.fs_type, "ext4", "a local path is on the root ext4");
	is_int(r.advice_count, 0, "no advice for a local file system");

	mounts_describe_from("/srv/nfs/db/c.db", info, &r);
	is_str(r.fs_type, "nfs4", "NFS mount found");
	is_str(r.mount_point, "/srv/nfs", "its mount point");
	ok(has_advice(&r, "soft") && has_advice(&r, "local_lock"), "soft and local_lock are risks");
	ok(r.risky >= 2, "counted as risks (%d)", r.risky);

	mounts_describe_from("/srv/nfs/good/c.db", info, &r);
	is_str(r.mount_point, "/srv/nfs/good", "the longest matching mount point wins");
	is_int(r.risky, 0, "a hard, local_lock=none, lookupcache=positive NFS mount has no risk");

	mounts_describe_from("/srv/nfsother/c.db", info, &r);
	is_str(r.fs_type, "ext4", "a mount point is matched as a whole path component");

	mounts_describe_from("/srv/smb/c.db", info, &r);
	ok(has_advice(&r, "nobrl") && has_advice(&r, "cache=loose"), "CIFS nobrl and cache=loose");

	mounts_describe_from("/mnt/ssh/c.db", info, &r);
	ok(has_advice(&r, "direct_io"), "sshfs without direct_io is a risk");
	mounts_describe_from("/mnt/with space/c.db", info, &r);
	is_str(r.mount_point, "/mnt/with space", "escaped spaces in mount points");
	is_int(r.risky, 0, "sshfs with direct_io is fine");

	/* Another mount of the same share, for the share probe. */
	{
		static const char twins[] =
			"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
			"40 22 0:50 / /mnt/a rw - fuse.sshfs root@h:/export rw\n"
			"41 22 0:51 / /mnt/b\\040two rw - fuse.sshfs root@h:/export rw\n"
			"42 22 0:52 / /mnt/c rw - fuse.sshfs root@h:/other rw\n"
			"43 22 0:53 /sub /mnt/d rw - fuse.sshfs root@h:/export rw\n"
			"44 22 8:2 / /data rw - ext4 /dev/sda2 rw\n"
			"45 22 8:2 / /data2 rw - ext4 /dev/sda2 rw\n";
		char out[256];

		ok(mounts_twin_from("/mnt/a/base", twins, out, sizeof out)
		   && strcmp(out, "/mnt/b two/base") == 0,
		   "the other mount of the same source and root (%s)", out);
		ok(mounts_twin_from("/mnt/b two", twins, out, sizeof out)
		   && strcmp(out, "/mnt/a") == 0, "and back (%s)", out);
		ok(!mounts_twin_from("/mnt/c/base", twins, out, sizeof out),
		   "another export is no twin");
		ok(!mounts_twin_from("/data/base", twins, out, sizeof out),
		   "local file systems are not looked for twins");
	}
	return tap_done();
}
