# Every bad input of `report`, each refused with a clear French message and
# the program's exit code: a period that ends before it starts, a date that
# is not one, an unknown report, format, login or floor, a filter the
# report does not take, another agent's statement by an agent, a report
# reserved to facilitators, and output files: a missing directory, a
# directory one may not write, an existing file (replaced only with
# --force), a symbolic link (never followed).
run admin init --demo >/dev/null
run anim report dashboard --since 30/11/2026 --until 01/11/2026
run anim report dashboard --since 31/02/2026
run anim report nothing
run anim report
run anim report dashboard --format odt
run anim report statement inconnu
run anim report dashboard --floor 2
run anim report journal --direction "Direction des finances"
run anim report occupancy --floor 99
run mdupont report statement jmartin
run mdupont report dashboard
run mdupont report journal
run anim report idea
run anim report dashboard extra
run anim report dashboard --table par-etape
run anim report dashboard --output ""
# output files
run anim report journal --output "$T/missing/journal.txt"
echo existing >"$T/exists.txt"
run anim report journal --output "$T/exists.txt"
cat "$T/exists.txt"
run anim report journal --output "$T/exists.txt" --force
head -n 2 "$T/exists.txt"
ln -s "$T/target.txt" "$T/link.txt"
run anim report journal --output "$T/link.txt"
test -e "$T/target.txt" || echo "target.txt: not created"
ln -sf "$T/exists.txt" "$T/link2.txt"
run anim report journal --output "$T/link2.txt" --force
head -n 1 "$T/exists.txt"
# a directory one may not write (as an unprivileged uid: root writes anywhere)
mkdir "$T/ro"
chmod 777 "$T"
chmod 666 "$DB" "$DB".* 2>/dev/null
unprivileged anim
chmod 777 "$T"
chmod 555 "$T/ro"
run anim report journal --output "$T/ro/journal.txt"
# what the user typed is named in the message without its escape sequences
run anim report "$(printf 'x\033[2Jy')"
run anim report dashboard --since "$(printf '\033]0;titre\007hier')"
