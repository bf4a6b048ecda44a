#!/bin/sh
# A terminal whose locale is not UTF-8 (LANG=C, an ISO-8859 locale, even
# one not installed here) gets the ASCII drawing on its own: boxes, arrows,
# the desk map's glyphs and plan, the ellipsis, and the accents of the
# French text and of what is typed are folded to ASCII, column for column.
# Every byte the program writes to such a terminal is checked: none is
# above 0x7f. Under C.UTF-8 the same screens carry UTF-8 (the control).
. "$TESTS_DIR/ui/lib.sh"

cs admin init >/dev/null || fail "init"
cs admin desks import "$SOURCE_ROOT/data/floors" >/dev/null || fail "desks import"
cs jmartin idea add --title "« Café » à l'accueil pour tous les agents" \
	--problem "Le café coûte cher" --solution "Une caisse commune" \
	>/dev/null || fail "idea new"

# visit every pane, the help and a form with an accent typed in it, and
# fail when a byte above 0x7f was written (or, with utf8, when none was)
tour() {
	name=$1 want=$2
	ui_ready "$name"
	ui_count_bytes "$name"
	ui_keys "$name" C-l
	ui_wait_re "$name" "Caf.* l.accueil"
	ui_keys "$name" F3
	ui_wait_re "$name" 'Comit'
	ui_keys "$name" F4
	ui_wait_re "$name" 'libre'
	ui_keys "$name" F5
	ui_wait_re "$name" 'Accorderie|Annonces'
	ui_keys "$name" F2 '?'
	ui_wait_re "$name" 'Touches|Keys'
	ui_keys "$name" Escape a
	ui_wait_re "$name" 'Nouvelle id|New idea'
	ui_type "$name" "Été très chaud"
	ui_wait_re "$name" 't.{1,2}s chaud'
	settle
	high=$(tr -d '\000-\177' <"$out" | wc -c | tr -d ' ')
	case $want in
	ascii) [ "$high" = 0 ] || {
		od -c "$out" | grep -E '[0-9]{3}' | head -n 20 >&2
		ui_fail "$name" "$high bytes above 0x7f written to a non-UTF-8 terminal"; } ;;
	utf8) [ "$high" -gt 0 ] || ui_fail "$name" "no UTF-8 written under C.UTF-8" ;;
	esac
}

LC_ALL=C; ui_start c jmartin
tour c ascii
ui_wait c "Ete tres chaud"
ui_keys c Escape
ui_wait c "[ Abandonner ]"
ui_keys c o
ui_wait_re c '" Cafe " a l.accueil p[a-z ]*~'
# the frame of a dialog is ASCII
ui_keys c '?'
ui_wait_row c 2 '\+-+'
ui_keys c Escape
ui_keys c F4
ui_wait_re c '\. libre  o r.serv. +@ occup. +\* . moi  x bloqu'
ui_keys c q

# an ISO-8859 locale, not installed on this machine: judged by its name
LC_ALL=fr_FR.ISO-8859-15; ui_start latin jmartin
tour latin ascii

LC_ALL=C.UTF-8; ui_start utf jmartin
tour utf utf8
ui_wait utf "Été très chaud"
echo "ok"
