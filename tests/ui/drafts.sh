#!/bin/sh
# Nothing typed is lost: a hang-up or a SIGTERM while the new-idea form
# holds text keeps it as a draft in the user's own data directory (mode
# 0600) and ends with 75; the next start offers it back ("Un brouillon du
# JJ/MM à H h MM a été retrouvé"): reopened, the form holds the text
# again; thrown away, the file goes. The terminal going away (tmux
# kill-session) keeps it too. A kiosk (drafts = false) keeps nothing, and a
# drafts directory that is a link elsewhere is never written through.
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
DRAFTS="$XDG_DATA_HOME/construisons/drafts"

drafts() { ls "$DRAFTS" 2>/dev/null | grep -c '\.draft$'; }

# typed NAME: opens the new-idea form in session NAME and types into it
typed() {
	ui_start "$1" jmartin
	ui_ready "$1"
	if [ "$(drafts)" -gt 0 ]; then   # offered: decided later
		ui_wait_re "$1" '(a été retrouvé|was found)'
		ui_keys "$1" Escape
		ui_wait_msg "$1" '(gardé|kept)'
	fi
	ui_keys "$1" a
	ui_wait_row "$1" 2 'Nouvelle idée|New idea'
	ui_type "$1" "Idée à moitié tapée"
	ui_keys "$1" Tab
	ui_type "$1" "Première ligne"
	ui_keys "$1" Enter
	ui_type "$1" "deuxième ligne"
	ui_wait "$1" "deuxième ligne"
}

for sig in HUP TERM; do
	typed "$sig"
	kill "-$sig" "$(ui_pid "$sig")"
	st=$(ui_wait_exit "$sig")
	[ "$st" = 75 ] || ui_fail "$sig" "exit status $st after SIG$sig with a form open (75 expected)"
	grep -qE 'brouillon|draft' "$T/$sig.stderr" || fail "nothing said on stderr: $(cat "$T/$sig.stderr")"
done
[ "$(drafts)" = 2 ] || fail "$(drafts) draft files (2 expected): $(ls -la "$DRAFTS")"
f=$(ls "$DRAFTS"/*.draft | tail -n 1)
[ "$(stat -c %a "$f")" = 600 ] || fail "mode $(stat -c %a "$f") of $f"
[ "$(stat -c %a "$DRAFTS")" = 700 ] || fail "mode $(stat -c %a "$DRAFTS") of the directory"
grep -qF "Idée à moitié tapée" "$f" || fail "the title is not in the draft"
grep -qF "deuxième ligne" "$f" || fail "the problem is not in the draft"

# offered back, newest first: reopened with the text
ui_start back jmartin
ui_wait_re back '(Un brouillon du [0-9]{2}/[0-9]{2} à [0-9]+ h [0-9]{2} a été retrouvé|A draft from)'
ui_keys back Enter
ui_wait_re back '(Titre|Title) ?: +Idée à moitié tapée *$'
ui_wait_re back '^ +Première ligne *$'
ui_wait_re back '^ +deuxième ligne *$'
[ "$(drafts)" = 1 ] || fail "the reopened draft is still there"
# the reopened form counts as typed: quitting asks first
ui_keys back Escape
ui_wait_re back '(Abandonner|Throw away)'
ui_keys back o q
ui_wait_exit back >/dev/null

# the other one: thrown away
ui_start away jmartin
ui_wait_re away '(a été retrouvé|was found)'
ui_keys away Down Enter
ui_wait_msg away '(jeté|thrown away)'
[ "$(drafts)" = 0 ] || fail "the discarded draft is still there"
ui_keys away q
[ "$(ui_wait_exit away)" = 0 ] || fail "exit status after a plain quit"

# the terminal goes away (tmux kill-session: SIGHUP, then no terminal)
typed gone
pid=$(ui_pid gone)
tm kill-session -t gone
tries=200
while kill -0 "$pid" 2>/dev/null && [ "$tries" -gt 0 ]; do
	tries=$((tries - 1)); sleep 0.05
done
kill -0 "$pid" 2>/dev/null && fail "the program kept running without its terminal"
[ "$(drafts)" = 1 ] || fail "no draft after the session was killed"
rm -f "$DRAFTS"/*.draft

# a kiosk keeps nothing, and offers nothing
echo "drafts = false" >>"$CONSTRUISONS_CONFIG"
typed kiosk
kill -HUP "$(ui_pid kiosk)"
[ "$(ui_wait_exit kiosk)" = 0 ] || fail "exit status on a kiosk"
[ "$(drafts)" = 0 ] || fail "a kiosk kept a draft"
sed -i '/^drafts = false$/d' "$CONSTRUISONS_CONFIG"

# a drafts directory planted as a link to somebody else's: not written
rmdir "$DRAFTS"
mkdir "$T/elsewhere"
ln -s "$T/elsewhere" "$DRAFTS"
typed link
kill -TERM "$(ui_pid link)"
st=$(ui_wait_exit link)
[ "$st" = 74 ] || fail "exit status $st with a linked drafts directory (74 expected)"
[ -z "$(ls -A "$T/elsewhere")" ] || fail "a draft was written through the link"
grep -qE 'perdu|lost' "$T/link.stderr" || fail "no message: $(cat "$T/link.stderr")"
echo "ok"
