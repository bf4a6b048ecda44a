#!/bin/sh
# deb-control.sh — debian/ agrees with the build: every library the
# Makefile installs for building (lib*-dev in APT_PACKAGES) and the build
# tools are in debian/control's Build-Depends, debian/changelog's version is
# meson.build's project version, and every lintian override says why on
# the comment line above it.
set -u
: "${SOURCE_ROOT:?run through meson test}"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# APT_PACKAGES: from its line to the first line not ending in a backslash.
apt_packages=$(sed -n '/^APT_PACKAGES[[:space:]]*=/,/[^\\]$/p' "$SOURCE_ROOT/Makefile" \
	| sed -e 's/^APT_PACKAGES[[:space:]]*=//' -e 's/\\$//' | tr -s ' \t' '\n\n' | sed '/^$/d')
[ -n "$apt_packages" ] || fail "no APT_PACKAGES in the Makefile"

# Build-Depends: the field and its continuation lines, one name a line
# (versions, architectures and build profiles dropped).
build_depends=$(sed -n '/^Build-Depends:/,/^[^[:space:]#]/{/^Build-Depends:/p;/^[[:space:]]/p}' \
	"$SOURCE_ROOT/debian/control" \
	| sed 's/^Build-Depends://' | tr ',' '\n' \
	| sed -e 's/[(<[].*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | sed '/^$/d')
[ -n "$build_depends" ] || fail "no Build-Depends in debian/control"

for p in $(printf '%s\n' "$apt_packages" | grep '^lib.*-dev$') meson ninja-build pkg-config gettext; do
	printf '%s\n' "$apt_packages" | grep -qx "$p" || fail "$p is not in the Makefile's APT_PACKAGES"
	printf '%s\n' "$build_depends" | grep -qx "$p" \
		|| fail "$p (APT_PACKAGES) is not in debian/control's Build-Depends"
done
for p in $build_depends; do
	case $p in debhelper-compat) continue ;; esac
	printf '%s\n' "$apt_packages" | grep -qx "$p" \
		|| fail "Build-Depends names $p, which the Makefile does not install"
done
for p in dpkg-dev debhelper lintian; do
	printf '%s\n' "$apt_packages" | grep -qx "$p" || fail "$p is not in APT_PACKAGES"
done
grep -qx 'Build-Depends: debhelper-compat (= 13),' "$SOURCE_ROOT/debian/control" \
	|| fail "debian/control does not ask for debhelper compat 13"
grep -qx 'Rules-Requires-Root: no' "$SOURCE_ROOT/debian/control" \
	|| fail "debian/control does not say Rules-Requires-Root: no"

meson_version=$(sed -n "s/^[[:space:]]*version[[:space:]]*:[[:space:]]*'\([^']*\)'.*/\1/p" \
	"$SOURCE_ROOT/meson.build" | head -n 1)
deb_version=$(sed -n '1s/^construisons (\([^)]*\)).*/\1/p' "$SOURCE_ROOT/debian/changelog")
[ -n "$meson_version" ] && [ "$meson_version" = "$deb_version" ] \
	|| fail "debian/changelog says '$deb_version', meson.build '$meson_version'"

# Each override line follows a comment line (its reason).
for f in "$SOURCE_ROOT"/debian/*lintian-overrides; do
	[ -f "$f" ] || continue
	awk -v f="$f" '
		/^#/ { reason = 1; next }
		/^[[:space:]]*$/ { reason = 0; next }
		{ if (!reason) { print "FAIL: " f ":" NR ": no reason above \"" $0 "\"" }; reason = 0 }
	' "$f" | grep . && failures=$((failures + 1))
done

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)"
	exit 1
fi
echo "debian/ agrees with the Makefile and meson.build"
