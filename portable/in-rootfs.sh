#!/usr/bin/env bash
# Runs a command chrooted in a root filesystem, with /proc, /dev and the given bind mounts, all inside a
# private mount namespace: they vanish with the command, so nothing stays mounted whatever happens.
#
#   in-rootfs.sh ROOT [HOST_DIR:ROOT_DIR ...] -- COMMAND [ARG...]
set -euo pipefail

root=$1
shift
binds=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  binds+=("$1")
  shift
done
[ "${1:-}" = "--" ] || { echo "usage: $0 ROOT [HOST_DIR:ROOT_DIR ...] -- COMMAND [ARG...]" >&2; exit 2; }
shift

exec unshare --mount --propagation private bash -euo pipefail -c '
  root=$1; nbinds=$2; shift 2
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  for ((i = 0; i < nbinds; i++)); do
    src=${1%%:*} dst=$root${1#*:}
    if [ -d "$src" ]; then mkdir -p "$dst"; else mkdir -p "${dst%/*}"; touch "$dst"; fi
    mount --bind "$src" "$dst"
    shift
  done
  exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 chroot "$root" "$@"
' in-rootfs "$root" "${#binds[@]}" "${binds[@]}" "$@"
