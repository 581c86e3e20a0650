#!/usr/bin/env bash
# The main job on the shipped demo data: land-use change around industrial areas in Lausanne, CORINE
# 2006 -> 2012, through qgis_process, exactly as a user would run it headless.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$repo/demo_output}")
mkdir -p "$out"
demo="$repo/resources/demo"
echo "demo: reindustria:landusechange on CORINE 2006 -> 2012 around Lausanne (resources/demo)"
"$repo/scripts/qgis-process" run reindustria:landusechange -- \
  BEFORE="$demo/clc_lausanne_2006_100m.tif" AFTER="$demo/clc_lausanne_2012_100m.tif" NOMENCLATURE=0 \
  RINGS=250,500,1000 ZONES="$demo/lausanne_municipality.gpkg" ZONE_FIELD=GMDNAME \
  CHANGE="$out/change_types.tif" TRANSITIONS="$out/transitions.csv" SUMMARY="$out/summary.csv" \
  ACCOUNTING="$out/accounting.csv" >"$out/qgis_process.log" 2>&1 || {
  cat "$out/qgis_process.log" >&2
  echo "demo: FAILED (log above)" >&2
  exit 1
}
"$repo/.venv/bin/python" "$repo/scripts/demo_report.py" "$out"
