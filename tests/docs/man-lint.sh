#!/bin/sh
# man-lint.sh — every man page under man/ (at least construisons(1) and
# construisons.conf(5)) is clean under `mandoc -Tlint -W warning`: exit
# status 0 and no message at all. Skipped (77) only when mandoc is missing.
set -eu

: "${SOURCE_ROOT:?run through meson test}"

if ! command -v mandoc >/dev/null 2>&1; then
	echo "mandoc is missing (apt-get install mandoc): skipped" >&2
	exit 77
fi

status=0
for page in "$SOURCE_ROOT/man/construisons.1" "$SOURCE_ROOT/man/construisons.conf.5"; do
	if [ ! -f "$page" ]; then
		echo "FAIL: $page is missing" >&2
		status=1
	fi
done

for page in "$SOURCE_ROOT"/man/*.[1-9]; do
	[ -f "$page" ] || continue
	rc=0
	out=$(mandoc -Tlint -W warning "$page" 2>&1) || rc=$?
	if [ "$rc" -ne 0 ] || [ -n "$out" ]; then
		echo "FAIL: mandoc -Tlint -W warning $page (exit status $rc)" >&2
		printf '%s\n' "$out" >&2
		status=1
	else
		echo "ok: $page"
	fi
done
exit "$status"
