#!/usr/bin/env bash
# Prints the address of the Debian archive this machine's apt uses (the first that is not the security
# archive), so the private apt states and root filesystems built here fetch from the same place.
set -euo pipefail

sources=/etc/apt/sources.list.d/debian.sources
uri=$(awk '/^URIs:/ { if ($2 !~ /security/) { print $2; exit } }' "$sources" 2>/dev/null || true)
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$uri" ] || { echo "debian-archive: no Debian archive URI found in $sources or /etc/apt/sources.list" >&2; exit 1; }
echo "$uri"
