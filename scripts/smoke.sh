#!/usr/bin/env bash
# Installs the packaged zip into a throwaway QGIS profile, as "Install from ZIP" would, and runs
# reindustria:landusechange on the demo data, and reindustria:landusechangevector on a small change layer,
# through qgis_process --json with the system Python only (no .venv): what a user of the zip gets (on Debian 12,
# shapely 1.8 and geopandas 0.12).
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
# A change layer of two 100 m squares: industrial -> housing, pasture -> industrial (Urban Atlas codes).
cat >"$work/change.geojson" <<'JSON'
{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3035"}},
 "features": [
  {"type": "Feature", "properties": {"c12": "12100", "c18": "11210"},
   "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]]}},
  {"type": "Feature", "properties": {"c12": "23000", "c18": "12100"},
   "geometry": {"type": "Polygon", "coordinates": [[[300, 0], [400, 0], [400, 100], [300, 100], [300, 0]]]}}]}
JSON
"$bin" --json run reindustria:landusechangevector -- BEFORE="$work/change.geojson" BEFORE_FIELD=c12 \
  AFTER_FIELD=c18 NOMENCLATURE=2 RINGS=250 CHANGE="$work/out/vchange.gpkg" \
  TRANSITIONS="$work/out/vtransitions.csv" SUMMARY="$work/out/vsummary.csv" ACCOUNTING="$work/out/vaccounting.csv" \
  >"$work/vresult.json" 2>"$work/vstderr.txt" || { cat "$work/vstderr.txt" >&2; echo "smoke: FAILED" >&2; exit 1; }
/usr/bin/python3 - "$work/result.json" "$work/vresult.json" <<'PY'
import csv, json, os, sys
for path in sys.argv[1:]:
    results = json.load(open(path))["results"]
    for key in ("CHANGE", "TRANSITIONS", "SUMMARY", "ACCOUNTING"):
        assert os.path.getsize(results[key]) > 0, key
rows = list(csv.DictReader(open(results["SUMMARY"])))
ring = {(r["ring"], r["change_type"]): float(r["area_ha"]) for r in rows if r["zone"] == "all"}
# The pasture square lies 200-300 m from the industrial one: half of it within 250 m, half beyond.
assert abs(ring[("0-250", "industrial_land_take")] - 0.5) < 1e-6, ring
assert abs(ring[("beyond 250", "industrial_land_take")] - 0.5) < 1e-6, ring
print("smoke: the packaged plugin ran reindustria:landusechange and reindustria:landusechangevector under qgis_process")
PY
