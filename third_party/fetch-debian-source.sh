#!/usr/bin/env bash
# Downloads one tarball of a Debian source package (unstable unless a suite is named) into a cache
# directory and prints its path:
#   fetch-debian-source.sh SOURCE_PACKAGE[/SUITE] TARBALL_GLOB [CACHE_DIR]
# e.g. asterisk '*.orig-*pjproject.tar.xz' (the pjproject component of unstable's asterisk) or
# libsrtp2/bookworm 'libsrtp2_*.orig.tar.[gx]z' (a suite, where the archive keeps only that suite's files).
# apt runs with a private state directory so the machine's own apt configuration is neither read for
# sources nor changed; only the archive address is borrowed from it.
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 SOURCE_PACKAGE TARBALL_GLOB [CACHE_DIR]" >&2; exit 2; }
package=$1 glob=$2
cache=${3:-${PJSUA4J_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pjsua4j}}
mkdir -p "$cache"

# shellcheck disable=SC2086 # the glob is meant to expand
existing=$(ls "$cache"/$glob 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$existing" ]; then
  echo "$existing"
  exit 0
fi

uri=$(bash "$(dirname "$0")/debian-archive.sh")

apt_dir="$cache/apt"
work="$apt_dir/work-${package%%/*}"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d" "$work"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
suite=sid
[[ $package == */* ]] && suite=${package#*/}
echo "deb-src [signed-by=$keyring] $uri $suite main" > "$apt_dir/sources.list"

apt_opts=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::Cache=$apt_dir/cache"
  -o "APT::Sandbox::User=root"
)
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$work" && apt-get "${apt_opts[@]}" -qq source -d "$package" >&2)

# shellcheck disable=SC2086
tarball=$(ls "$work"/$glob 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$tarball" ] || { echo "fetch-debian-source: $package's source has no $glob" >&2; exit 1; }
mv "$tarball" "$cache/"
rm -rf "$work"
echo "$cache/$(basename "$tarball")"
