#!/bin/sh
# po-complete.sh — French is what users see: po/fr.po must pass `msgfmt -c`
# (format directives match), have no untranslated or fuzzy message, and
# cover every message of the sources listed in po/POTFILES.in.
set -eu
po="$SOURCE_ROOT/po/fr.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

msgfmt -c --statistics -o "$tmp/fr.mo" "$po" 2>"$tmp/stats"
cat "$tmp/stats"
if grep -Eq 'fuzzy|untranslated' "$tmp/stats"; then
	echo "FAIL: fr.po has fuzzy or untranslated messages" >&2
	exit 1
fi

cd "$SOURCE_ROOT"
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=P_:1,2 \
	-o "$tmp/sources.pot" -f po/POTFILES.in
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/sources.pot"
missing=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry too when anything is missing.
if [ "$missing" -gt 0 ]; then
	echo "FAIL: messages of the sources missing from fr.po:" >&2
	msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' >&2
	exit 1
fi
echo "fr.po complete"
