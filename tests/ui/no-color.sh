#!/bin/sh
# NO_COLOR (https://no-color.org: any non-empty value) turns the colours
# off; the roles keep their attributes (the menu bar in reverse video, the
# focused pane's entry in bold). An empty NO_COLOR changes nothing. The
# screen is read with its attributes (capture-pane -e).
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"

# colours as SGR codes: 30-37 and 40-47, alone or after a ';'
colour_re='\[([0-9;]*;)?[34][0-7](;[0-9;]*)?m'

run() {
	name=$1
	ui_start "$name" jmartin
	ui_ready "$name"
	tm capture-pane -e -p -t "$name" >"$T/$name.sgr"
	ui_keys "$name" q
	ui_wait_exit "$name" >/dev/null
}

UI_PRELUDE="export NO_COLOR=1"
run mono
grep -qE "$colour_re" "$T/mono.sgr" &&
	fail "colours with NO_COLOR=1: $(grep -oE "$colour_re" "$T/mono.sgr" | head -n 3 | tr '\n' ' ')"
head -n 1 "$T/mono.sgr" | grep -qE '\[([0-9;]*;)?7(;[0-9;]*)?m' ||
	fail "the menu bar is not in reverse video with NO_COLOR"
head -n 1 "$T/mono.sgr" | grep -qE '\[([0-9;]*;)?1(;[0-9;]*)?m' ||
	fail "the focused entry is not bold with NO_COLOR"

UI_PRELUDE="export NO_COLOR="
run empty
grep -qE "$colour_re" "$T/empty.sgr" || fail "no colours with NO_COLOR empty"

UI_PRELUDE="unset NO_COLOR"
run colour
grep -qE "$colour_re" "$T/colour.sgr" || fail "no colours without NO_COLOR"
echo "ok"
