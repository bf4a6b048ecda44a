# check reports the layout of the shared files: in a test build (not
# setgid) it says that nothing keeps agents from writing the files, and
# names a symlink or a FIFO planted beside the database, with the command
# that removes it (exit 78).
run admin init
run admin check | grep -E '^\$|^Droits|^  réparation|^\[exit'
rm -f "$DB.gen"
ln -s /etc/passwd "$DB.gen"
mkfifo "$DB.locklog"
run admin check | grep -E '^\$|^Droits|^  réparation|^\[exit'
