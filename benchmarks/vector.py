"""Benchmark of reindustria:landusechangevector against the QGIS native chain a user would otherwise run.

Generates two land-use layers of ``BENCH_POLYGONS`` polygons each (default 100,000; GeoPackage, EPSG:3035):
BEFORE a grid of 50 m squares, AFTER the same grid shifted by (17 m, 23 m) so that every BEFORE polygon meets
four AFTER polygons, Urban Atlas codes at random. Then, in one QGIS session (start-up not counted for either):

- the peer: native:intersection of the two layers, native:fieldcalculator for the area, then
  qgis:statisticsbycategories of the area by (code before, code after): a from-to table of areas;
- reindustria:landusechangevector on the same two layers, without rings (what the peer computes) and with the
  default rings 250,500,1000 (what only ReIndustria computes), every output written to a GeoPackage / CSV.

Checks that both give the same total area per transition and prints the time ratio (target: at least 3x faster).
Both sides run ``BENCH_REPEAT`` times (default 2), interleaved, and the best time of each is compared: single
runs of the same code here vary by +-20 % from one run to the next.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/vector.py``); files go to bench_output/.
"""

from __future__ import annotations

import csv
import math
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench_output"
CODES = ["11100", "11210", "12100", "12210", "13300", "14100", "21000", "23000", "31000", "50000"]
CELL = 50.0
SHIFT = (17.0, 23.0)


def generate(n: int) -> tuple[Path, Path]:
    """Two GeoPackages of about n squares each (written with GDAL/OGR, not with the code under test)."""
    from osgeo import ogr, osr

    side = int(math.ceil(math.sqrt(n)))
    paths = OUT / f"vector_before_{n}.gpkg", OUT / f"vector_after_{n}.gpkg"
    if all(p.exists() for p in paths):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    rng_state = 12345
    for path, (dx, dy) in zip(paths, ((0.0, 0.0), SHIFT)):
        if path.exists():
            path.unlink()
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        layer = ds.CreateLayer("landuse", srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
        defn = layer.GetLayerDefn()
        layer.StartTransaction()
        count = 0
        for row in range(side):
            for col in range(side):
                if count >= n:
                    break
                x0, y0 = 4_000_000 + col * CELL + dx, 3_000_000 + row * CELL + dy
                ring = f"{x0} {y0},{x0 + CELL} {y0},{x0 + CELL} {y0 + CELL},{x0} {y0 + CELL},{x0} {y0}"
                feature = ogr.Feature(defn)
                rng_state = (rng_state * 1103515245 + 12345) % 2**31  # deterministic, no numpy needed
                feature.SetField("code", CODES[rng_state % len(CODES)])
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))"))
                layer.CreateFeature(feature)
                count += 1
        layer.CommitTransaction()
        ds = None
    return paths


def start_qgis():
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    Processing.initialize()
    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    sys.path.insert(0, str(REPO))
    from reindustria_plugin.plugin import ReIndustriaPlugin

    plugin = ReIndustriaPlugin(None)
    plugin.initProcessing()
    return app, plugin


def timed(alg: str, params: dict) -> tuple[float, dict]:
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    context = QgsProcessingContext()
    start = time.perf_counter()
    result = processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())
    return time.perf_counter() - start, result


def main() -> None:
    n = int(os.environ.get("BENCH_POLYGONS", "100000"))
    OUT.mkdir(exist_ok=True)
    print(f"bench: generating/using two layers of {n} polygons in {OUT}")
    before, after = generate(n)
    app, _plugin = start_qgis()
    tag = f"{n}"

    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "2")))
    peer_times: list[tuple[float, float, float]] = []
    runs: dict[str, list] = {}
    for _ in range(repeat):
        t_inter, r_inter = timed(
            "native:intersection",
            {
                "INPUT": str(before),
                "OVERLAY": str(after),
                "INPUT_FIELDS": ["code"],
                "OVERLAY_FIELDS": ["code"],
                "OVERLAY_FIELDS_PREFIX": "after_",
                "OUTPUT": str(OUT / f"peer_intersection_{tag}.gpkg"),
            },
        )
        t_area, r_area = timed(
            "native:fieldcalculator",
            {
                "INPUT": r_inter["OUTPUT"],
                "FIELD_NAME": "area_ha",
                "FIELD_TYPE": 0,
                "FIELD_PRECISION": 6,
                "FORMULA": "$area / 10000",
                "OUTPUT": str(OUT / f"peer_area_{tag}.gpkg"),
            },
        )
        t_stats, r_stats = timed(
            "qgis:statisticsbycategories",
            {
                "INPUT": r_area["OUTPUT"],
                "VALUES_FIELD_NAME": "area_ha",
                "CATEGORIES_FIELD_NAME": ["code", "after_code"],
                "OUTPUT": str(OUT / f"peer_stats_{tag}.csv"),
            },
        )
        peer_times.append((t_inter, t_area, t_stats))
        for label, rings in (("no rings", ""), ("rings 250,500,1000", "250,500,1000")):
            suffix = "norings" if not rings else "rings"
            runs.setdefault(label, []).append(
                timed(
                    "reindustria:landusechangevector",
                    {
                        "BEFORE": str(before),
                        "BEFORE_FIELD": "code",
                        "AFTER": str(after),
                        "AFTER_LAYER_FIELD": "code",
                        "NOMENCLATURE": 2,
                        "RINGS": rings,
                        "CHANGE": str(OUT / f"vector_change_{suffix}_{tag}.gpkg"),
                        "TRANSITIONS": str(OUT / f"vector_transitions_{suffix}_{tag}.csv"),
                        "SUMMARY": str(OUT / f"vector_summary_{suffix}_{tag}.csv"),
                        "ACCOUNTING": str(OUT / f"vector_accounting_{suffix}_{tag}.csv"),
                    },
                )
            )
    t_inter, t_area, t_stats = min(peer_times, key=sum)
    t_peer = t_inter + t_area + t_stats

    # Same answer: area per transition from the peer's table and from ours.
    with open(r_stats["OUTPUT"], encoding="utf-8") as f:
        peer = {(r["code"], r["after_code"]): float(r["sum"]) for r in csv.DictReader(f)}
    with open(runs["no rings"][0][1]["TRANSITIONS"], encoding="utf-8") as f:
        ours = {(r["from_code"], r["to_code"]): float(r["area_ha"]) for r in csv.DictReader(f)}
    worst = max(abs(ours.get(k, 0.0) - v) / v for k, v in peer.items())
    print(f"peer native:intersection:              {t_inter:8.2f} s")
    print(f"peer native:fieldcalculator (area):    {t_area:8.2f} s")
    print(f"peer qgis:statisticsbycategories:      {t_stats:8.2f} s")
    print(
        f"peer chain total:                      {t_peer:8.2f} s  (best of {', '.join(f'{sum(t):.1f}' for t in peer_times)})"
    )
    for label, timings in runs.items():
        seconds = min(t for t, _result in timings)
        print(
            f"reindustria:landusechangevector ({label}): {seconds:8.2f} s  -> {t_peer / seconds:5.2f}x faster"
            f"  (best of {', '.join(f'{t:.1f}' for t, _result in timings)})"
        )
    print(f"transitions: {len(ours)} ours, {len(peer)} peer; largest relative area difference {worst:.2e}")
    print("target: at least 3x faster than the peer chain (no rings, same outputs)")
    app.exitQgis()


if __name__ == "__main__":
    main()
