#!/usr/bin/env bash
# Installs the packaged zip into a throwaway QGIS profile, as "Install from ZIP" would, and runs
# reindustria:landusechange on the demo data through qgis_process --json with the system Python only
# (no .venv): what a user of the zip gets.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
zip=$(realpath "${1:-$repo/dist/reindustria_plugin.zip}")
work=$(mktemp -d "${TMPDIR:-/tmp}/reindustria-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plugins" "$work/out"
(cd "$work/plugins" && unzip -q "$zip")
export QGIS_PLUGINPATH="$work/plugins" QGIS_CUSTOM_CONFIG_PATH="$work/config" XDG_CONFIG_HOME="$work/xdg"
export QT_QPA_PLATFORM=offscreen
bin=$(command -v qgis_process.bin || command -v qgis_process)
"$bin" plugins enable reindustria_plugin >/dev/null 2>&1 || true
demo="$work/plugins/reindustria_plugin/resources/demo"
"$bin" --json run reindustria:landusechange -- BEFORE="$demo/clc_lausanne_2006_100m.tif" \
  AFTER="$demo/clc_lausanne_2012_100m.tif" NOMENCLATURE=0 RINGS=250,500 CHANGE="$work/out/change.tif" \
  TRANSITIONS="$work/out/transitions.csv" SUMMARY="$work/out/summary.csv" ACCOUNTING="$work/out/accounting.csv" \
  >"$work/result.json" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; echo "smoke: FAILED" >&2; exit 1; }
/usr/bin/python3 - "$work/result.json" <<'PY'
import json, os, sys
results = json.load(open(sys.argv[1]))["results"]
for key in ("CHANGE", "TRANSITIONS", "SUMMARY", "ACCOUNTING"):
    assert os.path.getsize(results[key]) > 0, key
print("smoke: the packaged plugin ran reindustria:landusechange under qgis_process:", ", ".join(sorted(results)))
PY
