#!/usr/bin/env bash
# Builds the native library the jar ships inside a Debian 11 (bullseye) root filesystem, so it asks for
# no glibc symbol newer than GLIBC_2.31 and runs on Debian 11+, Ubuntu 20.04+, RHEL 9. It reuses what the
# host build made first: SWIG's pjsua_wrap.c and javac -h's headers (so the C half matches the jar's
# raw classes exactly), the JDK's jni.h and the cached source tarballs.
#
#   build-native.sh PLATFORM HOST_BUILD_DIR JAVA_HOME OUT_DIR
#
# PLATFORM is linux-x86_64 or linux-aarch64 (cross-compiled with Debian's gcc-aarch64-linux-gnu).
# OUT_DIR gets the stripped library (the jar's native/PLATFORM); its debug symbols go to
# HOST_BUILD_DIR/portable/PLATFORM/. A result is kept in the cache under the hash of every input, so
# an unchanged tree costs no chroot build; the chroot's CMake tree is kept too, so a change to the
# bridge alone does not rebuild pjproject.
set -euo pipefail

[ $# -eq 4 ] || { echo "usage: $0 PLATFORM HOST_BUILD_DIR JAVA_HOME OUT_DIR" >&2; exit 2; }
platform=$1 host_build=$(realpath "$2") jdk=$(realpath "$3") out=$4
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
cache=${PJSUA4J_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pjsua4j}

cached() { sed -n "s/^$1:[A-Z]*=//p" "$host_build/CMakeCache.txt"; }
version=$(cached PJSUA4J_VERSION)
pj_source=$(cached PJPROJECT_SOURCE)
pj_patches=$(cached PJPROJECT_PATCHES)
srtp_source=$(cached LIBSRTP_SOURCE)
wrapper="$host_build/swig/pjsua_wrap.c"
headers="$host_build/jni-headers"
[ -n "$version" ] && [ -f "$wrapper" ] && [ -d "$headers" ] \
  || { echo "build-native: $host_build has no finished host build (version, SWIG wrapper, JNI headers)" >&2; exit 1; }
lib="libpjsua4j-$version.so"

case "$platform" in
  linux-x86_64) arch=amd64 processor=x86_64 ;;
  linux-aarch64) arch=arm64 processor=aarch64 ;;
  *) echo "build-native: unknown platform $platform" >&2; exit 2 ;;
esac
host_arch=$(dpkg --print-architecture)
cross_args=()
if [ "$arch" != "$host_arch" ]; then
  cross_args=(-DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR=$processor
              -DCMAKE_C_COMPILER=$processor-linux-gnu-gcc -DPJSUA4J_HOST_TRIPLET=$processor-linux-gnu)
fi

# Every input of the build, by content: sources, the host build's generated files, tarballs, JDK headers.
inputs() {
  (cd "$src" && find CMakeLists.txt native third_party portable -type f -print0 | sort -z | xargs -0 sha256sum)
  (cd "$host_build" && sha256sum swig/pjsua_wrap.c jni-headers/*)
  (cd "$jdk/include" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
  for s in "$pj_source" "$srtp_source"; do
    if [ -d "$s" ]; then (cd "$s" && find . -type f -print0 | sort -z | xargs -0 sha256sum); elif [ -n "$s" ]; then sha256sum "$s"; fi
  done
  ls "$cache"/*.orig*.tar.[gx]z 2>/dev/null | xargs -r sha256sum
  echo "$platform $version patches=$pj_patches"
}
key=$(inputs | sha256sum | cut -c1-16)
work="$cache/portable/$platform"
result="$work/result-$key"
debug_dir="$host_build/portable/$platform"
mkdir -p "$work" "$out" "$debug_dir"

exec 9>"$work/lock"
flock 9
if [ ! -f "$result/$lib" ]; then
  packages=cmake,pkg-config,libssl-dev,libgsm1-dev,xz-utils
  root=$(bash "$here/debian-rootfs.sh" bullseye-build bullseye "$host_arch" buildd "$packages")
  if [ "$arch" != "$host_arch" ]; then
    root=$(bash "$here/cross-rootfs.sh" "$root" "$arch")
  fi
  binds=("$src:/src" "$work/build:/build" "$host_build/swig:/gen/swig" "$headers:/gen/jni-headers"
         "$jdk/include:/jdk/include" "$cache:/cache")
  overrides=()
  [ -n "$pj_source" ] && binds+=("$pj_source:/overrides/pjproject") && overrides+=(-DPJPROJECT_SOURCE=/overrides/pjproject)
  [ -n "$pj_patches" ] && overrides+=(-DPJPROJECT_PATCHES="$pj_patches")
  [ -n "$srtp_source" ] && binds+=("$srtp_source:/overrides/libsrtp") && overrides+=(-DLIBSRTP_SOURCE=/overrides/libsrtp)
  mkdir -p "$work/build"
  start=$(date +%s)
  bash "$here/in-rootfs.sh" "$root" "${binds[@]}" -- sh -ec '
    cmake -S /src -B /build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/build/configure.log
    cmake --build /build --parallel 2 >/build/build.log' build-native \
    -DPJSUA4J_VERSION="$version" -DJAVA_HOME=/jdk -DPJSUA4J_CACHE_DIR=/cache \
    -DPJSUA4J_SWIG_WRAPPER=/gen/swig/pjsua_wrap.c -DPJSUA4J_JNI_HEADERS=/gen/jni-headers \
    -DPJSUA4J_BENCH_BASELINE=OFF -DPJPROJECT_PJSUA_APP=OFF -DPJSUA4J_RESOURCE_DIR=/build/out "${cross_args[@]}" "${overrides[@]}" \
    || { echo "build-native: the $platform build in $root failed; see $work/build/*.log" >&2; exit 1; }
  echo "build-native: $platform built in Debian 11 in $(( $(date +%s) - start )) s" >&2
  rm -rf "$work"/result-*
  mkdir -p "$result.new"
  cp "$work/build/out/$lib" "$work/build/native/$lib.debug" "$result.new/"
  mv "$result.new" "$result"
fi
cp "$result/$lib" "$out/$lib"
cp "$result/$lib.debug" "$debug_dir/$lib.debug"
