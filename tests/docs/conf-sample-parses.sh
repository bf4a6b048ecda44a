#!/bin/sh
# conf-sample-parses.sh — the sample system configuration installed to /etc
# (conf/construisons.conf) is accepted by the program: with it, `whoami` on
# a missing database fails because of the database (69), not because of the
# configuration (78). The same holds once every commented-out setting
# ("#name = value") is uncommented, so the examples in it are valid too.
set -eu

: "${CONSTRUISONS_BIN:?run through meson test}"
: "${SOURCE_ROOT:?run through meson test}"
sample=$SOURCE_ROOT/conf/construisons.conf
[ -f "$sample" ] || { echo "FAIL: $sample is missing" >&2; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/construisons-docs.XXXXXX")
trap 'rm -rf "$T"' EXIT
# No user file: only the sample is judged.
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
unset CONSTRUISONS_CONFIG

status=0
# expect_missing_db WHAT ARGS...: runs the program with ARGS and `whoami` on
# a database that does not exist; checks the exit status and the message.
expect_missing_db() {
	what=$1; shift
	rc=0
	"$CONSTRUISONS_BIN" "$@" --db "$T/none.db" whoami >"$T/out" 2>"$T/err" || rc=$?
	if [ "$rc" -ne 69 ]; then
		echo "FAIL: $what: exit status $rc, expected 69 (database missing)" >&2
		[ "$rc" -ne 78 ] || echo "  (78 is a configuration error)" >&2
		cat "$T/err" >&2
		status=1
	elif ! grep -qF "$T/none.db" "$T/err"; then
		echo "FAIL: $what: the message does not name the database" >&2
		cat "$T/err" >&2
		status=1
	else
		echo "ok: $what"
	fi
}

export CONSTRUISONS_CONFIG="$sample"
expect_missing_db "sample as installed (CONSTRUISONS_CONFIG)"
unset CONSTRUISONS_CONFIG

sed 's/^#\([a-z_][a-z_]*[[:space:]]*+\{0,1\}=\)/\1/' "$sample" >"$T/uncommented.conf"
if cmp -s "$sample" "$T/uncommented.conf"; then
	echo "note: the sample has no commented-out setting"
fi
expect_missing_db "sample with every setting uncommented (--config)" \
	--config "$T/uncommented.conf"

exit "$status"
