#!/usr/bin/env bash
# CI (.ci/run) on a fresh Debian of the other supported release, in a chroot: the committed HEAD is cloned
# into it with ../shared bound beside it, as CI does. As root:
#   scripts/chroot-ci.sh trixie     # Debian 13, QGIS 3.40 (from a Debian 12 machine)
#   scripts/chroot-ci.sh bookworm   # Debian 12, QGIS 3.22
# The first run bootstraps the system (~10 min, ~3 GB) into $CHROOT_DIR (default /var/tmp/reindustria-SUITE)
# and keeps it, so later runs only install what changed.
set -euo pipefail
suite=${1:?usage: scripts/chroot-ci.sh bookworm|trixie}
repo=$(cd "$(dirname "$0")/.." && pwd)
root=${CHROOT_DIR:-/var/tmp/reindustria-$suite}
[ "$(id -u)" = 0 ] || { echo "chroot-ci: run as root (debootstrap, mount, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "chroot-ci: bootstrapping Debian $suite into $root"
  debootstrap --variant=minbase --include=ca-certificates,git,make,sudo,time \
    "$suite" "$root" http://deb.debian.org/debian >"$root.debootstrap.log"
fi
# Name resolution and the certificate authorities this machine trusts (a package proxy's, say).
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$root" update-ca-certificates >/dev/null

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
for fs in sys dev; do mount --rbind "/$fs" "$root/$fs" && mounted+=("$root/$fs"); done
rm -rf "$root/ci" && mkdir -p "$root/ci/shared"
git clone -q "$repo" "$root/ci/main"
mount --bind "$repo/../shared" "$root/ci/shared" && mounted+=("$root/ci/shared")
echo "chroot-ci: running .ci/run on Debian $suite ($(git -C "$repo" rev-parse --short HEAD))"
chroot "$root" /bin/bash -c 'cd /ci/main && CI=true bash .ci/run'
