#!/bin/sh
# keymap-actions.sh — every action a pane or the shell acts on is bound to
# a key in a table of ui/keymap.c (so it has help text and shows in the
# help); an action nobody binds would be code no key reaches.
set -eu
cd "$SOURCE_ROOT/ui"
tables=$(sed -n '/^static const struct ui_keymap_entry/,$p' keymap.c |
	grep -oE 'UI_ACT_[A-Z0-9_]+' | sort -u)
handled=$(grep -ohE 'UI_ACT_[A-Z0-9_]+' $(ls *.c | grep -v -e '^keymap\.c$' \
	-e '^keybar\.c$') | sort -u |
	grep -vxE 'UI_ACT_(NONE|PANE|PANE_END|GOTO_PANE)')
status=0
n=0
for a in $handled; do
	n=$((n + 1))
	if ! printf '%s\n' "$tables" | grep -qx "$a"; then
		echo "FAIL: $a is acted on in ui/ but bound to no key in ui/keymap.c" >&2
		status=1
	fi
done
[ "$n" -gt 30 ] || { echo "FAIL: only $n actions found in ui/*.c" >&2; exit 1; }
echo "$n actions acted on, each bound to a key"
exit $status
