# cupsd.sh — sourced by the print tests: a private CUPS server in a
# temporary directory, listening only on a Unix socket, with queues whose
# device copies each job to a file (our own "tofile:" backend, since a
# raw queue on file:/// finishes its jobs without writing them).
#   cupsd_start DIR     starts it (exit 77 when cupsd cannot run here)
#   cupsd_queue NAME    adds an enabled queue printing to DIR/out/NAME.pdf
#                       (the job's title and copies in DIR/out/NAME.pdf.job)
#   cupsd_stop          stops it (by its pid)
# After cupsd_start, CUPS_SERVER points at the socket.

cupsd_start() {
	CUPSD_DIR=$1
	command -v cupsd >/dev/null 2>&1 || { echo "SKIP: no cupsd"; exit 77; }
	command -v lpadmin >/dev/null 2>&1 || { echo "SKIP: no lpadmin"; exit 77; }
	[ "$(id -u)" -eq 0 ] || { echo "SKIP: cupsd needs root (it runs its filters as lp)"; exit 77; }
	id lp >/dev/null 2>&1 || { echo "SKIP: no user lp"; exit 77; }
	mkdir -p "$CUPSD_DIR"/run "$CUPSD_DIR"/spool/tmp "$CUPSD_DIR"/cache "$CUPSD_DIR"/state \
		"$CUPSD_DIR"/log "$CUPSD_DIR"/out "$CUPSD_DIR"/bin/backend "$CUPSD_DIR"/conf/ppd
	# ServerBin: the system's filters and helpers, but our backend only.
	for f in /usr/lib/cups/*; do
		[ "$(basename "$f")" = backend ] || ln -sfn "$f" "$CUPSD_DIR/bin/"
	done
	cat >"$CUPSD_DIR/bin/backend/tofile" <<'BACKEND'
#!/bin/sh
# tofile:/PATH — copies the job (argument 6, or standard input) to PATH,
# and its title and number of copies (arguments 3 and 4) to PATH.job.
[ $# -eq 0 ] && { echo 'file tofile "Unknown" "Copy to a file"'; exit 0; }
out=${DEVICE_URI#tofile:}
printf 'title=%s\ncopies=%s\n' "$3" "$4" >"$out.job"
if [ $# -ge 6 ]; then cat "$6"; else cat; fi >"$out.part" && mv "$out.part" "$out"
BACKEND
	chmod 0755 "$CUPSD_DIR/bin/backend/tofile"
	cat >"$CUPSD_DIR/conf/cupsd.conf" <<CONF
Listen $CUPSD_DIR/run/cups.sock
LogLevel ${CUPSD_LOGLEVEL:-warn}
ErrorLog $CUPSD_DIR/log/error_log
AccessLog $CUPSD_DIR/log/access_log
PageLog $CUPSD_DIR/log/page_log
WebInterface No
Browsing No
DefaultAuthType None
MaxJobs 100
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
	cat >"$CUPSD_DIR/conf/cups-files.conf" <<CONF
User lp
Group lp
SystemGroup root
FileDevice Yes
ServerBin $CUPSD_DIR/bin
ServerRoot $CUPSD_DIR/conf
CacheDir $CUPSD_DIR/cache
StateDir $CUPSD_DIR/state
RequestRoot $CUPSD_DIR/spool
TempDir $CUPSD_DIR/spool/tmp
ErrorLog $CUPSD_DIR/log/error_log
AccessLog $CUPSD_DIR/log/access_log
PageLog $CUPSD_DIR/log/page_log
CONF
	chown -R lp:lp "$CUPSD_DIR"/spool "$CUPSD_DIR"/cache "$CUPSD_DIR"/state \
		"$CUPSD_DIR"/log "$CUPSD_DIR"/out "$CUPSD_DIR"/run
	chmod 0755 "$CUPSD_DIR"
	if ! cupsd -t -c "$CUPSD_DIR/conf/cupsd.conf" -s "$CUPSD_DIR/conf/cups-files.conf" \
		>"$CUPSD_DIR/log/check" 2>&1; then
		echo "SKIP: cupsd rejects its configuration:"; cat "$CUPSD_DIR/log/check"; exit 77
	fi
	cupsd -f -c "$CUPSD_DIR/conf/cupsd.conf" -s "$CUPSD_DIR/conf/cups-files.conf" \
		>"$CUPSD_DIR/log/stdout" 2>&1 &
	CUPSD_PID=$!
	export CUPS_SERVER=$CUPSD_DIR/run/cups.sock
	# Ready when it answers on its socket (lpstat -r: "scheduler is running").
	deadline=$(( $(date +%s) + 20 ))
	until lpstat -r 2>/dev/null | grep -q 'is running'; do
		if ! kill -0 "$CUPSD_PID" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
			echo "SKIP: cupsd did not start:"; cat "$CUPSD_DIR/log/stdout" "$CUPSD_DIR/log/error_log" 2>/dev/null
			cupsd_stop
			exit 77
		fi
		sleep 0.1
	done
}

cupsd_queue() {
	lpadmin -p "$1" -E -v "tofile:$CUPSD_DIR/out/$1.pdf" -m raw 2>/dev/null \
		|| { echo "FAIL: lpadmin could not create queue $1"; cat "$CUPSD_DIR/log/error_log"; return 1; }
}

cupsd_stop() {
	[ -n "${CUPSD_PID:-}" ] || return 0
	kill "$CUPSD_PID" 2>/dev/null
	# wait for it to be gone (it flushes its state first)
	deadline=$(( $(date +%s) + 10 ))
	while kill -0 "$CUPSD_PID" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
		sleep 0.1
	done
	kill -9 "$CUPSD_PID" 2>/dev/null
	wait "$CUPSD_PID" 2>/dev/null
	CUPSD_PID=
}
