#!/usr/bin/env bash
# agents-import.sh BUILD_DIR — `agents import` of generated directories of
# 10,000, 20,000 and 40,000 agents into a fresh database: the time of each
# and the ratio 40k/10k (linear is about 4, the quadratic duplicate check
# it replaced gave about 28). Not a test.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
bin="$build/construisons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg"
export CONSTRUISONS_CONFIG="$work/c.conf" CONSTRUISONS_LOCALEDIR="$build/po"
declare -A took
for n in 10000 20000 40000; do
	db="$work/a$n.db"
	printf 'database = "%s"\nadmins = {"%s"}\n' "$db" "$(id -un)" >"$CONSTRUISONS_CONFIG"
	"$bin" init >/dev/null
	awk -v n="$n" 'BEGIN { print "login;nom;direction;service;site";
		for (i = 1; i <= n; i++)
			printf "agent%06d;Agent numéro %d;Direction %d;Service %d;Site %d\n", i, i, i % 40, i % 300, i % 25 }' >"$work/a$n.csv"
	start=$(date +%s.%N)
	"$bin" agents import "$work/a$n.csv" >/dev/null
	took[$n]=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
	echo "  $n agents: ${took[$n]} s"
done
awk -v a="${took[40000]}" -v b="${took[10000]}" 'BEGIN { printf "  40k/10k: %.1f\n", a / b }'
