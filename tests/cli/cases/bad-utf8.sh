# Invalid UTF-8 in input becomes U+FFFD; an import file that is not UTF-8
# is refused as a whole.
run admin init
run mdupont idea add --title "$(printf 'Caf\351 \300\257 ok')"
sqlite3 "$DB" "SELECT hex(title) FROM ideas"
printf 'login;nom\nlatin1;Ren\351e\n' >latin1.csv
run admin agents import latin1.csv
