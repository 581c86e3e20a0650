"""Writes the case boundaries shipped in resources/cases/boundaries/ from the shared data (../shared/data).

Run once by hand when the shared boundaries change: `.venv/bin/python scripts/make_case_boundaries.py`. The
properties are reduced to a few named columns (``name`` in every file, unique within a file: a name several
features share gets their country after it); geometries are copied unchanged.
Sources and licences: resources/cases/ATTRIBUTION.md. Prints each file's extent for the case files.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REINDUSTRIA_SHARED", REPO.parent / "shared")) / "data" / "boundaries"
OUT = REPO / "resources" / "cases" / "boundaries"

PRATO = ["Prato", "Cantagallo", "Carmignano", "Montemurlo", "Poggio a Caiano", "Vaiano", "Vernio"]
PRATO += ["Montale", "Calenzano", "Campi Bisenzio"]
SASSUOLO = [
    "Sassuolo",
    "Fiorano Modenese",
    "Maranello",
    "Formigine",
    "Castellarano",
    "Casalgrande",
    "Scandiano",
]


def features(name: str) -> list[dict]:
    return json.loads((SHARED / name).read_text(encoding="utf-8"))["features"]


def population_comuni(names: list[str]) -> list[dict]:
    """Comuni of the ISTAT population file (Openpolis boundaries), in the order of ``names``."""
    by_name = {f["properties"]["municipality"]: f for f in features("case_comuni_it_population_2023.geojson")}
    out = []
    for name in names:
        p = by_name[name]["properties"]
        props = {
            "name": name,
            "istat_code": f"{int(p['municipality_code']):06d}",
            "province": p["province_short"],
            "region": p["region"],
            "pop_2023": p["pop_2023"],
        }
        out.append({"type": "Feature", "properties": props, "geometry": by_name[name]["geometry"]})
    return out


def openpolis_comuni(names: list[str]) -> list[dict]:
    by_name = {f["properties"]["name"]: f for f in features("case_comuni_it.geojson")}
    out = []
    for name in names:
        p = by_name[name]["properties"]
        props = {
            "name": name,
            "istat_code": p["com_istat_code"],
            "province": p["prov_acr"],
            "region": p["reg_name"],
        }
        out.append({"type": "Feature", "properties": props, "geometry": by_name[name]["geometry"]})
    return out


def osm_regions(file: str, keys: tuple[str, ...]) -> list[dict]:
    return [
        {
            "type": "Feature",
            "properties": {k: f["properties"].get(k) for k in keys},
            "geometry": f["geometry"],
        }
        for f in features(file)
    ]


def disambiguate(feats: list[dict], by: str) -> list[dict]:
    """Names that several features share get the value of ``by`` after them, e.g. the Swiss canton and the
    French département both named "Jura" become "Jura (CH)" and "Jura (FR)" (on the map and in a zone list)."""
    counts: dict[str, int] = {}
    for f in feats:
        counts[f["properties"]["name"]] = counts.get(f["properties"]["name"], 0) + 1
    for f in feats:
        p = f["properties"]
        if counts[p["name"]] > 1 and p.get(by):
            p["name"] = f"{p['name']} ({p[by]})"
    return feats


def extent(feats: list[dict]) -> tuple[float, float, float, float]:
    xs, ys = [], []

    def walk(coords):
        if isinstance(coords[0], (int, float)):
            xs.append(coords[0])
            ys.append(coords[1])
        else:
            for c in coords:
                walk(c)

    for f in feats:
        walk(f["geometry"]["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def main() -> int:
    if not SHARED.is_dir():
        print(f"shared boundaries not found at {SHARED} (set REINDUSTRIA_SHARED)", file=sys.stderr)
        return 1
    files = {
        "milan_comune.geojson": population_comuni(["Milano"]),
        "prato_district_comuni.geojson": population_comuni(PRATO),
        "sassuolo_ceramic_comuni.geojson": population_comuni(SASSUOLO),
        "turin_comune.geojson": openpolis_comuni(["Torino"]),
        "brussels_capital_region.geojson": osm_regions(
            "brussels_capital_region.geojson", ("name", "iso", "osm_id", "wikidata_id")
        ),
        "alpine_candidate_regions.geojson": disambiguate(
            osm_regions(
                "alpine_macroregion_candidate_regions.geojson",
                ("name", "iso", "group", "osm_id", "wikidata_id", "eusalp_note"),
            ),
            by="group",
        ),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, feats in files.items():
        data = {"type": "FeatureCollection", "name": Path(name).stem, "features": feats}
        (OUT / name).write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        xmin, ymin, xmax, ymax = extent(feats)
        print(f"{name}: {len(feats)} features, extent {xmin:.4f} {ymin:.4f} {xmax:.4f} {ymax:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
