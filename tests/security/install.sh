#!/bin/sh
# install.sh — the release build installs as the man page says: no test
# hooks, the binary root:construisons 2755, and an agent who is not in the
# group runs it.
. "$TESTS_DIR/security/lib.sh"
release_bin
make_agent alice "Alice Agent"

[ "$(mode_of "$BIN")" = "2755 root:construisons" ] \
	|| fail "installed binary: $(mode_of "$BIN")"
id -nG "$alice" | tr ' ' '\n' | grep -qx construisons \
	&& fail "$alice is in the group construisons"
check_ok "an agent runs the installed program" as_agent "$alice" "$BIN" --version
finish
