#!/usr/bin/env bash
# Downloads the pjproject component tarball of Debian unstable's asterisk source package into a cache
# directory and prints the tarball's path. apt runs with a private state directory so the machine's own
# apt configuration is neither read for sources nor changed; only the archive address is borrowed from it.
set -euo pipefail

cache=${1:-${PJSUA4J_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pjsua4j}}
mkdir -p "$cache"

existing=$(ls "$cache"/*.orig-*pjproject.tar.xz 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$existing" ]; then
  echo "$existing"
  exit 0
fi

sources=/etc/apt/sources.list.d/debian.sources
# The first URI of a stanza that is not the security archive: security does not carry sid.
uri=$(awk '/^URIs:/ { if ($2 !~ /security/) { print $2; exit } }' "$sources" 2>/dev/null || true)
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$uri" ] || { echo "fetch-pjproject: no Debian archive URI found in $sources" >&2; exit 1; }

apt_dir="$cache/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d" "$apt_dir/work"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
echo "deb-src [signed-by=$keyring] $uri sid main" > "$apt_dir/sources.list"

apt_opts=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::Cache=$apt_dir/cache"
  -o "APT::Sandbox::User=root"
)
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$apt_dir/work" && apt-get "${apt_opts[@]}" -qq source -d asterisk >&2)

tarball=$(ls "$apt_dir/work"/*.orig-*pjproject.tar.xz 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$tarball" ] || { echo "fetch-pjproject: asterisk source has no pjproject component.tar.xz component" >&2; exit 1; }
mv "$tarball" "$cache/"
rm -rf "$apt_dir/work"
echo "$cache/$(basename "$tarball")"
