#!/usr/bin/env bash
# Refreshes the translation sources (i18n/*.ts) from the code and the shipped models with pylupdate5.
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
# The shipped models' texts (name, help, parameters), which the provider translates in context "models".
python3 - "$tmp/src/reindustria_plugin/_model_texts.py" <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, ".")
from reindustria_plugin.model_texts import noop_source

Path(sys.argv[1]).write_text(noop_source(sorted(Path("processing/models").glob("*.model3"))), encoding="utf-8")
PY
files+=(reindustria_plugin/_model_texts.py)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(i18n/reindustria_it.ts)
for ts in "${targets[@]}"; do
  abs=$(realpath -m "$ts")
  (cd "$tmp/src" && pylupdate5 -noobsolete "${files[@]}" -ts "$abs" 2>/dev/null)
  # Locations point into the temporary copy: make them relative to i18n/ in the repository.
  sed -i 's|filename="[^"]*/reindustria_plugin/|filename="../reindustria_plugin/|' "$abs"
done
