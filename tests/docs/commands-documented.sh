#!/bin/sh
# commands-documented.sh — every command listed by `construisons --help`
# (init, whoami, agents import, agents list, idea add, ...) appears in the
# COMMANDES section of man/construisons.1, and every long option it shows
# appears in the page.
# The help is read in whatever language it is printed: a command line is one
# indented by exactly two spaces that starts with a lower-case word; its
# description starts at column 29 or after two spaces, whichever comes
# first; "idea support|unsupport" is two commands.
set -eu

: "${CONSTRUISONS_BIN:?run through meson test}"
: "${SOURCE_ROOT:?run through meson test}"
page=$SOURCE_ROOT/man/construisons.1
[ -f "$page" ] || { echo "FAIL: $page is missing" >&2; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/construisons-docs.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"

rc=0
"$CONSTRUISONS_BIN" --help >"$T/help" 2>"$T/err" || rc=$?
if [ "$rc" -ne 0 ]; then
	echo "FAIL: construisons --help: exit status $rc" >&2
	cat "$T/err" >&2
	exit 1
fi

awk '
	/^  [a-z]/ {
		line = substr($0, 3, 26)
		sub(/  .*/, "", line)
		n = split(line, w, " ")
		if (n >= 2 && w[2] ~ /^[a-z][a-z|]*$/) {
			m = split(w[2], subs, "|")
			for (i = 1; i <= m; i++)
				print w[1] " " subs[i]
		} else {
			print w[1]
		}
	}
' "$T/help" | sort -u >"$T/commands"
tr -cs 'A-Za-z0-9-' '\n' <"$T/help" | grep -E '^--[a-z]' | sort -u >"$T/options"

count=$(wc -l <"$T/commands")
if [ "$count" -lt 10 ]; then
	echo "FAIL: only $count commands found in construisons --help:" >&2
	cat "$T/help" >&2
	exit 1
fi

# The page as text: no font escapes, plain hyphens, no macro names, no
# quotes, so that `.BI "idea show " référence` reads "idea show référence".
as_text() {
	sed -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\-/-/g' -e 's/\\(dq//g' \
	    -e 's/\\~/ /g' -e 's/\\&//g' -e 's/\\c$//' \
	    -e 's/^\.[A-Za-z][A-Za-z]* *//' -e 's/"//g'
}
as_text <"$page" >"$T/page"
awk '/^\.SH / { on = ($0 == ".SH COMMANDES"); next } on' "$page" |
	as_text >"$T/commands-section"
[ -s "$T/commands-section" ] ||
	{ echo "FAIL: no .SH COMMANDES section in $page" >&2; exit 1; }

status=0
while IFS= read -r cmd; do
	if grep -Eq "(^|[^a-z-])$cmd([^a-z-]|\$)" "$T/commands-section"; then
		echo "ok: $cmd"
	else
		echo "FAIL: command \"$cmd\" of construisons --help is not in" \
		     "the COMMANDES section of construisons(1)" >&2
		status=1
	fi
done <"$T/commands"
while IFS= read -r opt; do
	if ! grep -Eq -- "(^|[^a-z-])$opt([^a-z-]|\$)" "$T/page"; then
		echo "FAIL: option $opt of construisons --help is not in construisons(1)" >&2
		status=1
	fi
done <"$T/options"
exit "$status"
