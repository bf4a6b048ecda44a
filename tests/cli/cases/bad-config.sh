# Configuration errors name the file and line, exit 78, change nothing.
printf 'database = "%s"\nrefresh_interval = 2\nfacilitators = {"a", "b"\n' "$DB" >broken.conf
run admin --config broken.conf init
test -e "$DB" && echo "database created despite the error"
printf 'database = "%s"\nrefresh_interval = 0\n' "$DB" >range.conf
run admin --config range.conf init
printf 'database = "%s"\ncolour = "bleu"\n' "$DB" >unknown.conf
run admin --config unknown.conf init
printf 'database = "%s"\nlanguage = "de"\n' "$DB" >lang.conf
run admin --config lang.conf init
run admin --config missing.conf init
CONSTRUISONS_CONFIG=range.conf run admin init
mkdir -p "$XDG_CONFIG_HOME/construisons"
printf 'database = "/elsewhere.db"\n' >"$XDG_CONFIG_HOME/construisons/construisons.conf"
run admin init
printf 'colors = false\nmouse = maybe\n' >"$XDG_CONFIG_HOME/construisons/construisons.conf"
run admin init
printf 'colors = false\nascii_only = true\n' >"$XDG_CONFIG_HOME/construisons/construisons.conf"
run admin init
# Issue 13: an unclosed comment hid the rest of the file (roles included)
# with exit 0; it is refused with the line where it opens.
printf 'database = "%s"\n# the roles\nrefresh_interval = 2 /* admins below\n\nadmins = {"admin"}\n' "$T/open.db" >open.conf
run admin --config open.conf init
test -e "$T/open.db" && echo "database created despite the error"
