# Issue 13: an identity borrowed through a user namespace is refused (exit
# 77) in every build, before anything is read or written; a namespace that
# changes only the host name (how the storage tests stand for other hosts)
# is not one.
run admin init
# in_namespace ARGS...: runs the program as admin inside `unshare ARGS`.
in_namespace() {
	printf '$ [admin] unshare %s construisons whoami\n' "$*"
	as admin unshare "$@" "$CONSTRUISONS_BIN" whoami 2>&1
	rc=$?
	[ $rc -eq 0 ] || printf '[exit %d]\n' "$rc"
}
in_namespace --user --map-root-user
in_namespace --user --map-user=1 --map-group=1
in_namespace --uts
sqlite3 "$DB" "SELECT count(*) || ' agent(s) registered' FROM agents"
