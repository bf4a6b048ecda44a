#!/bin/sh
# conf-options-documented.sh LIST_OPTIONS — every option of the two option
# tables of src/config.c (as printed by the list_options helper) is
# documented:
#   - in man/construisons.conf.5, as a ".B name" line right after a ".TP",
#     in the section of its file (FICHIER SYSTÈME or FICHIER UTILISATEUR);
#   - for the system options, in conf/construisons.conf as a "name = ..."
#     line, commented out ("#name = ...") or not.
# It also fails when the page documents, in those sections, an option that
# config.c no longer has, and when the sample file sets a user option (the
# system file would reject it).
set -eu

: "${SOURCE_ROOT:?run through meson test}"
list_options=${1:?usage: conf-options-documented.sh LIST_OPTIONS}
page=$SOURCE_ROOT/man/construisons.conf.5
sample=$SOURCE_ROOT/conf/construisons.conf

T=$(mktemp -d "${TMPDIR:-/tmp}/construisons-docs.XXXXXX")
trap 'rm -rf "$T"' EXIT

"$list_options" system >"$T/system"
"$list_options" user >"$T/user"
[ -s "$T/system" ] || { echo "FAIL: no system option listed" >&2; exit 1; }
[ -s "$T/user" ] || { echo "FAIL: no user option listed" >&2; exit 1; }
[ -f "$page" ] || { echo "FAIL: $page is missing" >&2; exit 1; }
[ -f "$sample" ] || { echo "FAIL: $sample is missing" >&2; exit 1; }

# The options a section of the page documents: ".TP" then ".B name".
documented() {
	awk -v section="$1" '
		/^\.SH / { here = (substr($0, 5) == section); tp = 0; next }
		here && /^\.TP/ { tp = 1; next }
		here && tp && /^\.B [a-z_]+$/ { print substr($0, 4) }
		{ tp = 0 }
	' "$page"
}
documented "FICHIER SYSTÈME" >"$T/page-system"
documented "FICHIER UTILISATEUR" >"$T/page-user"

status=0
check_table() {
	table=$1 section=$2
	while IFS= read -r name; do
		case $name in
		*[!a-z_]*|'')
			echo "FAIL: unexpected option name \"$name\"" >&2
			status=1
			continue
			;;
		esac
		if ! grep -qx "$name" "$T/page-$table"; then
			echo "FAIL: $table option $name is not documented in" \
			     "construisons.conf(5), section $section (\".TP\" then \".B $name\")" >&2
			status=1
		fi
	done <"$T/$table"
	while IFS= read -r name; do
		if ! grep -qx "$name" "$T/$table"; then
			echo "FAIL: construisons.conf(5), section $section, documents" \
			     "\"$name\", which is not a $table option of src/config.c" >&2
			status=1
		fi
	done <"$T/page-$table"
}
check_table system "FICHIER SYSTÈME"
check_table user "FICHIER UTILISATEUR"

while IFS= read -r name; do
	if ! grep -Eq "^#?[[:space:]]*${name}[[:space:]]*\+?=" "$sample"; then
		echo "FAIL: system option $name is missing from conf/construisons.conf" >&2
		status=1
	fi
done <"$T/system"
while IFS= read -r name; do
	if grep -Eq "^#?[[:space:]]*${name}[[:space:]]*\+?=" "$sample"; then
		echo "FAIL: conf/construisons.conf sets the user option $name," \
		     "which the system file rejects" >&2
		status=1
	fi
done <"$T/user"

if [ "$status" -eq 0 ]; then
	echo "ok: $(wc -l <"$T/system") system and $(wc -l <"$T/user") user options documented"
fi
exit "$status"
