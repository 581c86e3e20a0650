#!/usr/bin/env bash
# Lays out the plugin from the working tree as QGIS expects it (one folder holding metadata.txt and the
# package) in $1/reindustria_plugin, with symlinks, so edits in the tree take effect at once.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dest="$1/reindustria_plugin"
rm -rf "$dest"
mkdir -p "$dest"
for entry in "$repo"/reindustria_plugin/*; do
  case "$(basename "$entry")" in __pycache__) continue ;; esac
  ln -s "$entry" "$dest/"
done
for entry in metadata.txt LICENSE resources processing i18n; do
  ln -s "$repo/$entry" "$dest/$entry"
done
