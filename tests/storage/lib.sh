# lib.sh — set-up shared by the storage tests: the harness of common.sh,
# the sshfs "hosts" of mounts.sh, a configuration with a short lease time,
# and helpers to run the program as another host (its own UTS namespace,
# hence another host name) and to check the database.
. "$TESTS_DIR/lib/common.sh"
. "$TESTS_DIR/storage/mounts.sh"

STORAGE_BIN="$BUILD_ROOT/tests/storage"
cat >"$CONSTRUISONS_CONFIG" <<CONF
database = "$T/m1/construisons.db"
lease_time = 5
busy_timeout = 60
refresh_interval = 1
CONF

# on_host N CMD...: runs CMD as the agent "admin" as if on host N (N = 1
# is this host's name; others get "hote-N" in a UTS namespace of their own).
on_host() {
	h=$1; shift
	if [ "$h" = 1 ]; then
		as admin "$@"
	else
		as admin unshare --uts sh -c 'hostname "hote-$0"; exec "$@"' "$h" "$@"
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
