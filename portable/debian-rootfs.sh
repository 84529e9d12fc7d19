#!/usr/bin/env bash
# Makes (once) a Debian root filesystem with debootstrap from the archive this machine's apt uses, and
# prints its path. It is cached under <cache>/rootfs/NAME, outside any build tree, and made again only
# when the suite, architecture, variant or package list asked for changes.
#
#   debian-rootfs.sh NAME SUITE ARCH VARIANT PACKAGE[,PACKAGE...]
#
# For an architecture this machine cannot run (arm64 on x86_64) debootstrap's first stage unpacks the
# base system and downloads the rest; those packages are then unpacked without running their scripts,
# since a second stage would need binfmt_misc registered on the host. That suffices for a JRE run
# under an explicit qemu-user binary, which is what such a root filesystem is for.
set -euo pipefail

[ $# -eq 5 ] || { echo "usage: $0 NAME SUITE ARCH VARIANT PACKAGES" >&2; exit 2; }
name=$1 suite=$2 arch=$3 variant=$4 packages=$5
cache=${PJSUA4J_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pjsua4j}
root="$cache/rootfs/$name"
want="$suite $arch $variant $packages"
mkdir -p "$cache/rootfs"

exec 9>"$cache/rootfs/$name.lock"
flock 9
if [ -f "$root/.pjsua4j-rootfs" ] && [ "$(cat "$root/.pjsua4j-rootfs")" = "$want" ]; then
  echo "$root"
  exit 0
fi

command -v debootstrap >/dev/null || { echo "debian-rootfs: debootstrap is not installed (bash .ci/deps)" >&2; exit 1; }
mirror=$(bash "$(dirname "$0")/../third_party/debian-archive.sh")
host_arch=$(dpkg --print-architecture)
new="$root.new"
rm -rf "$new"
start=$(date +%s)
# debootstrap mounts /proc and more in the new root; a private mount namespace drops them whatever happens.
debootstrap() { unshare --mount --propagation private debootstrap "$@"; }
if [ "$arch" = "$host_arch" ]; then
  debootstrap --arch="$arch" --variant="$variant" --include="$packages" "$suite" "$new" "$mirror" >"$new.log" 2>&1 \
    || { tail -n 30 "$new.log" >&2; echo "debian-rootfs: debootstrap failed; see $new.log" >&2; exit 1; }
else
  debootstrap --foreign --arch="$arch" --variant="$variant" --include="$packages" "$suite" "$new" "$mirror" >"$new.log" 2>&1 \
    || { tail -n 30 "$new.log" >&2; echo "debian-rootfs: debootstrap failed; see $new.log" >&2; exit 1; }
  for deb in "$new"/var/cache/apt/archives/*.deb; do
    dpkg-deb -x "$deb" "$new"
  done
  case "$arch" in
    arm64) qemu=qemu-aarch64-static ;;
    *) echo "debian-rootfs: no qemu-user binary known for $arch" >&2; exit 1 ;;
  esac
  [ -x "/usr/bin/$qemu" ] || { echo "debian-rootfs: /usr/bin/$qemu missing (qemu-user-static, bash .ci/deps)" >&2; exit 1; }
  cp "/usr/bin/$qemu" "$new/usr/bin/$qemu"
fi
rm -f "$new"/var/cache/apt/archives/*.deb
echo "$want" > "$new/.pjsua4j-rootfs"
rm -rf "$root"
mv "$new" "$root"
mv "$new.log" "$root.log"
echo "debian-rootfs: $name ($suite $arch $variant) made in $(( $(date +%s) - start )) s" >&2
echo "$root"
