# Titles: empty, blank, too long (10,000 characters), control characters;
# nothing is written when refused.
run admin init
run mdupont idea add --title ""
run mdupont idea add --title "   "
run mdupont idea add --title "$(head -c 10000 /dev/zero | tr '\0' 'x')"
run mdupont idea add --title "$(printf 'Titre \033[2J\033]0;pwn\007 avec \342\200\256 inversé')"
sqlite3 "$DB" "SELECT count(*), hex(title) FROM ideas"
run mdupont idea list
sqlite3 "$DB" "SELECT count(*) FROM audit WHERE action = 'idea.add'"
