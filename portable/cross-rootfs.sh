#!/usr/bin/env bash
# Adds a cross toolchain to the Debian 11 build root filesystem (once) and prints the root's path:
#   cross-rootfs.sh ROOT ARCH
# Inside the root, dpkg learns the foreign architecture and apt installs gcc for it with the static
# archives of the libraries pjproject links; the machine's own apt configuration is never touched.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 ROOT ARCH" >&2; exit 2; }
root=$1 arch=$2
case "$arch" in
  arm64) triplet=aarch64-linux-gnu ;;
  *) echo "cross-rootfs: no cross toolchain known for $arch" >&2; exit 2 ;;
esac
# libc6-dev is named because gcc-$triplet only recommends it (crt1.o, crti.o, libc.so for the target),
# and --no-install-recommends drops it unless another package happens to pull it in.
libs="libc6-dev libssl-dev libgsm1-dev"
want="gcc-$triplet $arch $libs"
stamp="$root/.pjsua4j-cross-$arch"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "$root"
  exit 0
fi

start=$(date +%s)
arch_libs=()
for l in $libs; do arch_libs+=("$l:$arch"); done
[ -s "$root/etc/resolv.conf" ] || cp /etc/resolv.conf "$root/etc/resolv.conf"
bash "$(dirname "$0")/in-rootfs.sh" "$root" -- sh -ec '
  arch=$1; shift
  dpkg --add-architecture "$arch"
  apt-get -qq update
  DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends "$@"
  apt-get clean' cross-rootfs "$arch" "gcc-$triplet" "${arch_libs[@]}" >"$root.cross-$arch.log" 2>&1 \
  || { tail -n 30 "$root.cross-$arch.log" >&2; echo "cross-rootfs: installing the $arch toolchain failed" >&2; exit 1; }
echo "$want" > "$stamp"
echo "cross-rootfs: $arch toolchain added in $(( $(date +%s) - start )) s" >&2
echo "$root"
