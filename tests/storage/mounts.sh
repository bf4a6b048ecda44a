# mounts.sh — "several hosts" for the storage tests: a private sshd on
# 127.0.0.1 and N sshfs mounts of one exported directory. Each mount is its
# own FUSE connection, so fcntl locks taken through one are invisible
# through another — exactly the multi-host hazard of a network mount.
# Source it after common.sh; call `start_hosts N`; mounts are $T/m1..mN.
# Cleanup is registered with common.sh. Needs root (FUSE mounts), sshd and
# sshfs; a test skips (77) where they are missing.

start_hosts() {
	count=$1
	if [ "$(id -u)" != 0 ] || [ ! -e /dev/fuse ] || ! command -v sshfs >/dev/null \
	   || [ ! -x /usr/sbin/sshd ]; then
		echo "SKIP: needs root, /dev/fuse, sshfs and openssh-server" >&2
		exit 77
	fi
	mkdir -p "$T/export" /run/sshd
	chmod 755 "$T" "$T/export"
	ssh-keygen -q -t ed25519 -N '' -f "$T/hostkey"
	ssh-keygen -q -t ed25519 -N '' -f "$T/clientkey"
	port=$(awk -v s="$$" 'BEGIN { srand(s); print 20000 + int(rand() * 20000) }')
	cat >"$T/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $T/hostkey
AuthorizedKeysFile $T/clientkey.pub
PermitRootLogin yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
Subsystem sftp internal-sftp
PidFile $T/sshd.pid
StrictModes no
CONF
	/usr/sbin/sshd -f "$T/sshd_config" -E "$T/sshd.log" || { echo "sshd failed" >&2; cat "$T/sshd.log" >&2; exit 99; }
	cleanup_hooks="stop_hosts $cleanup_hooks"
	i=1
	while [ "$i" -le "$count" ]; do
		mkdir -p "$T/m$i"
		n=0
		until sshfs -o "IdentityFile=$T/clientkey,StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,port=$port,cache=no,direct_io,LogLevel=ERROR" \
			"root@127.0.0.1:$T/export" "$T/m$i" 2>"$T/sshfs$i.log"; do
			n=$((n + 1))
			[ "$n" -lt 20 ] || { echo "sshfs mount $i failed" >&2; cat "$T/sshfs$i.log" >&2; exit 99; }
			sleep 0.2
		done
		i=$((i + 1))
	done
}

stop_hosts() {
	for m in "$T"/m[0-9]*; do
		[ -d "$m" ] && { fusermount3 -u "$m" 2>/dev/null || fusermount -u "$m" 2>/dev/null || umount -l "$m" 2>/dev/null; }
	done
	[ -f "$T/sshd.pid" ] && kill "$(cat "$T/sshd.pid")" 2>/dev/null
	return 0
}
