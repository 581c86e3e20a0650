#!/usr/bin/env bash
# The main job on the shipped demo data: the plugin's workflows run headless through qgis_process, exactly as a
# user would run them, then one self-contained report.html with maps rendered by QGIS, charts and findings.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$repo/demo_output}")
mkdir -p "$out"
demo="$repo/resources/demo"
log="$out/qgis_process.log"
: >"$log"
start=$SECONDS

run() {  # run ALGORITHM DESCRIPTION -- KEY=VALUE...
  local alg=$1 what=$2
  shift 3
  echo "demo: $what ($alg)"
  echo "=== $alg" >>"$log"
  "$repo/scripts/qgis-process" run "$alg" -- "$@" >>"$log" 2>&1 || {
    cat "$log" >&2
    echo "demo: FAILED in $alg (log above, also in $log)" >&2
    exit 1
  }
}

run reindustria:industrialchangediagnostic "Lausanne, CORINE 2006 -> 2012: industrial change diagnostic" -- \
  BEFORE="$demo/clc_lausanne_2006_100m.tif" AFTER="$demo/clc_lausanne_2012_100m.tif" NOMENCLATURE=0 \
  DISTRICTS="$demo/lausanne_districts.gpkg" NAME_FIELD=district YEAR_BEFORE=2006 YEAR_AFTER=2012 \
  RINGS=250,500,1000 \
  change:change_types="$out/lausanne_change_types.tif" change:summary="$out/lausanne_change_summary.csv" \
  change:accounting="$out/lausanne_accounting.csv" \
  metrics:industrial_metrics="$out/lausanne_industrial_metrics.csv" \
  metrics:industrial_patches="$out/lausanne_industrial_patches.gpkg" \
  compare:comparison="$out/lausanne_comparison.csv" compare:districts="$out/lausanne_districts_indicators.gpkg"

# No distance rings: the change layer holds only land that changed, so rings drawn around its industrial land
# would miss the industrial land that stayed industrial.
run reindustria:landusechangevector "Cheshire West and Chester, Urban Atlas 2012 -> 2018: land-use change" -- \
  BEFORE="$demo/urban_atlas_change_2012_2018_cheshire_west.gpkg" BEFORE_FIELD=code_2012 \
  AFTER_FIELD=code_2018 NOMENCLATURE=2 RINGS= \
  CHANGE="$out/cheshire_change.gpkg" SUMMARY="$out/cheshire_change_summary.csv" \
  ACCOUNTING="$out/cheshire_accounting.csv" TRANSITIONS="$out/cheshire_transitions.csv"

run reindustria:microspacescan "central Helsinki, OpenStreetMap: microspace scan" -- \
  OSM_FILE="$demo/helsinki_centre.osm.pbf" CELL_SIZE=100 DEFAULT_LEVELS=5 \
  livework:units="$out/helsinki_units.gpkg" livework:microspaces="$out/helsinki_microspaces.gpkg" \
  livework:summary="$out/helsinki_livework_summary.csv"

echo "demo: writing the report (maps rendered by QGIS)"
QT_QPA_PLATFORM=offscreen "$repo/.venv/bin/python" "$repo/scripts/demo_report.py" "$out"
# A picture of the page next to it, taken by the browser the tests check it with (make installs chromium).
if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,8200 \
    --screenshot="$out/report_screenshot.png" "file://$out/report.html" >/dev/null 2>&1 ||
    echo "demo: chromium could not take the screenshot (the report is fine)" >&2
fi
echo "demo: done in $((SECONDS - start)) s; outputs in $out"
echo "demo: the report is $out/report.html (open it in a browser)"
