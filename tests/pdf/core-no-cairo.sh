#!/bin/sh
# core-no-cairo.sh PROGRAM... — programs linked with the core library only
# (the unit tests' kind) load neither cairo, pango nor libcups: the PDF
# renderer and printing are libraries of their own (src/pdf/, src/print.c).
status=0
for p in "$@"; do
	if ldd "$p" | grep -E 'libcairo|libpango|libcups'; then
		echo "FAIL: $p links the above" >&2
		status=1
	else
		echo "ok: $p links no cairo, pango or libcups"
	fi
done
exit $status
