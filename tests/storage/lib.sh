# lib.sh — set-up shared by the storage tests: the harness of common.sh,
# the sshfs "hosts" of mounts.sh, the configuration, and helpers to run the
# program as another host (its own UTS namespace, hence another host name)
# and to check the database.
#
# The configuration has a short lease (lease_time 5 s, busy_timeout 60 s) so
# that the older tests recover from a dead writer quickly. A test that must
# prove the DEFAULT settings work (issue 15) calls `use_default_settings`
# right after sourcing this file: the configuration then sets neither, and
# $LEASE and $BUSY hold the defaults the program applies (30 s and 10 s).
. "$TESTS_DIR/lib/common.sh"
. "$TESTS_DIR/storage/mounts.sh"

STORAGE_BIN="$BUILD_ROOT/tests/storage"
# storage_config LINES: the configuration of the storage tests, with LINES.
storage_config() {
	cat >"$CONSTRUISONS_CONFIG" <<CONF
database = "$T/m1/construisons.db"
$1
refresh_interval = 1
CONF
}
storage_config "lease_time = 5
busy_timeout = 60"
LEASE=5 BUSY=60

use_default_settings() {
	storage_config ""
	LEASE=30 BUSY=10
}

# on_host N CMD...: runs CMD as the agent "admin" as if on host N (N = 1
# is this host's name; others get "hote-N" in a UTS namespace of their own).
on_host() {
	h=$1; shift
	on_host_as admin "$h" "$@"
}

# on_host_as LOGIN N CMD...: the same, as the agent LOGIN.
on_host_as() {
	login=$1 h=$2; shift 2
	if [ "$h" = 1 ]; then
		as "$login" "$@"
	else
		as "$login" unshare --uts sh -c 'hostname "hote-$0"; exec "$@"' "$h" "$@"
	fi
}

# db_on N: the database path as seen through mount N.
db_on() { echo "$T/m$1/construisons.db"; }

# integrity: the export's database passes integrity_check (read locally,
# once no process is running).
integrity() {
	r=$(sqlite3 "$T/export/construisons.db" "PRAGMA integrity_check")
	[ "$r" = ok ] || fail "integrity_check: $r"
}
