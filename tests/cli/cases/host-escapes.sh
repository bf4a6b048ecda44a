# issue 13: a host name set in a UTS namespace (escape sequences, a bidi
# override, a zero width space) is stored by an ordinary comment and move,
# and a forged lock record carries the same in its host and version: none
# of it reaches the reader's terminal (idea show, idea history, lock status,
# the lock break question).
run admin init
run mdupont idea add --title "Idée commentée d'ailleurs"
on_host "$(printf 'x\033[2J\342\200\256y\342\200\213z\302\233')"
run jmartin idea comment CONS-2026-001 "Commentaire depuis un hôte bizarre"
run anim idea move CONS-2026-001 contact --note "Déplacée d'ailleurs"
on_host ""
sqlite3 "$DB" "SELECT DISTINCT host FROM audit WHERE host <> '$host'" | od -An -c
# a raw host already stored (a database written before the fix) is cleaned
# when shown
sqlite3 "$DB" "INSERT INTO audit(at, host, actor, action, entity, ref)
  VALUES ('2026-11-30T08:16:00Z', 'avant' || char(27) || '[2J' || char(8238) || 'fix', 'jmartin',
          'idea.comment', 'idea', 'CONS-2026-001')"
run mdupont idea show CONS-2026-001
run mdupont idea history CONS-2026-001
printf 'construisons-lease 1\nhost=h\033]0;titre\007\342\200\256ote\nboot=b\npid=1\nstart=0\nheartbeat=3\nacquired=0\ntoken=t\nversion=9\033[31m\n' >"$DB.lock"
run admin lock status 2>&1 | sed 's/since [0-9]* s/since N s/; s/depuis [0-9]* s/depuis N s/; s/il y a [0-9]* s/il y a N s/; s/dans [0-9]* s au plus/dans N s au plus/'
# lock break asks on a terminal: its question shows the host cleaned too
echo '$ [admin] construisons lock break (on a terminal, no answer)'
as admin script -qec "\"$CONSTRUISONS_BIN\" lock break" /dev/null </dev/null | tr -d '\r'
rm -f "$DB.lock"
# an error message quoting text (here what was typed) is cleaned as well
run anim --pour "$(printf 'x\033[2J\342\200\256y')" whoami
