#!/usr/bin/env bash
# Refreshes the translation sources (i18n/*.ts) from the code with pylupdate5.
# pylupdate5 misses a QT_TRANSLATE_NOOP/tr call whose last argument ends in a comma (as the formatter writes
# long calls), so it reads copies without those trailing commas, laid out like the repository.
# Usage: scripts/update-ts.sh [TS_FILE...]   (default: every i18n/*.ts; i18n/reindustria_it.ts if none)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(git ls-files 'reindustria_plugin/*.py'; git ls-files --others --exclude-standard 'reindustria_plugin/*.py')
for f in "${files[@]}"; do
  mkdir -p "$tmp/src/$(dirname "$f")"
  sed -z 's/,\(\s*)\)/\1/g' "$f" >"$tmp/src/$f"
done
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(i18n/reindustria_it.ts)
for ts in "${targets[@]}"; do
  abs=$(realpath -m "$ts")
  (cd "$tmp/src" && pylupdate5 -noobsolete "${files[@]}" -ts "$abs" 2>/dev/null)
  # Locations point into the temporary copy: make them relative to i18n/ in the repository.
  sed -i 's|filename="[^"]*/reindustria_plugin/|filename="../reindustria_plugin/|' "$abs"
done
