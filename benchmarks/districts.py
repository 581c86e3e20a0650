"""Benchmark of reindustria:comparedistricts against landusechange + landscapemetrics run once per district, in the
same run (issue 10, "Performance": at least 10x faster for 100 districts over a 10,000 x 10,000 land-use pair).

Data (generated once, seeded, kept in bench_output/; ``BENCH_CLEAN=1`` removes them afterwards):

- BEFORE: the CORINE-like raster of benchmarks/landscape.py (grid codes 1-44 in irregular patches of every size;
  industrial and commercial units, code 3, inside towns, on their fringes and scattered in the countryside),
  ``BENCH_DISTRICT_SIZE`` cells squared (default 10,000: 100 M cells of 100 m), the same file as landscape.py's.
- AFTER: BEFORE changed in scattered patches (noise fields of 2-60 cells): about an eighth of the industrial land
  goes to housing (2), sport and leisure (11, commercial), construction sites (9, vacant) or green urban areas
  (10); farmland and forest near built land become industrial (3) or housing (2); a little housing becomes
  industrial. Same grid, written tile by tile (each tile read with a halo from BEFORE).
- 100 districts (``BENCH_DISTRICTS``): a jittered 10 x 10 grid of centres, each district the union of the Voronoi
  cells of the random points nearest to it, so outlines are jagged like comuni; they tile the raster without
  overlapping; the four at the top of the east edge reach beyond the raster (partly without data).
  GeoPackage, layer "districts", unique field "name".

Measured, every process started directly with /usr/bin/time -v (whole-process wall time and peak RSS; the
environment scripts/qgis-process sets up, as benchmarks/landscape.py does):

- ours: ``scripts/qgis-process run reindustria:comparedistricts -- DISTRICTS=... NAME_FIELD=name LAND_USE=...
  LAND_USE_AFTER=... YEAR_BEFORE=2006 YEAR_AFTER=2012 NOMENCLATURE=0 COMPARISON=...csv``, ``BENCH_REPEAT``
  times (default 2; best time, worst peak); and its core alone (``compare_districts_raster`` in a fresh Python
  of the .venv with PYTHONPATH=., only the call timed).
- the peer, per district: ``reindustria:landusechange`` (BEFORE/AFTER, ZONES = that district alone, RINGS empty,
  CHANGE/SUMMARY/TRANSITIONS/ACCOUNTING to temporary files: they are required) and ``reindustria:landscapemetrics``
  at each date (ZONES = that district, NOMENCLATURE=0, CLASSES_AS=1, LANDSCAPE_METRICS and CLASS_METRICS): three
  qgis_process runs per district. All 100 take hours at the default size, so the peer runs on
  ``BENCH_DISTRICT_SAMPLE`` districts (default 5) spread over the raster (evenly over the grid order, corners
  included), and its total for all districts is extrapolated from their mean (printed as such, with the min and
  max per district). ``BENCH_DISTRICT_SAMPLE=100`` (or more) runs every district and extrapolates nothing.

Checks that comparedistricts gives the peer's numbers for the sampled districts (industrial area, number of
patches and cohesion at each date; industrial land take, persistence, re- and de-industrialisation areas) and
that qgis_process writes what the core computes. Run: ``make bench`` or ``.venv/bin/python benchmarks/districts.py``.
"""

from __future__ import annotations

import csv
import json
import math
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from landscape import (
    CELL,
    NODATA,
    ORIGIN,
    OUT,
    REPO,
    SEED,
    TILE,
    Failed,
    _fbm,
    _tag,
    generate_raster,
    last_json,
    qgis_process_env,
    timed,
)
from rasterio.windows import Window

YEARS = (2006, 2012)
TARGET = 10.0

# ---------------------------------------------------------------------------------------------------------------
# The AFTER raster: BEFORE with scattered, realistic change.

#: Noise fields of the change (scales in cells, roughness): where industrial land goes, to what, where new
#: industrial land and new housing are taken.
CHANGE_FIELDS = {
    "deind": ((40, 12, 4, 2), 0.75),
    "dest": ((30, 9, 3), 0.6),
    "take": ((60, 18, 6, 2), 0.75),
    "sprawl": ((50, 15, 5, 2), 0.75),
}
#: Quantiles of the fields above which the change happens.
CHANGE_Q = {"deind": 0.87, "take": 0.995, "sprawl": 0.985, "reind": 0.997}
#: Destinations of the industrial land that changes, by quantile band of "dest": housing, sport and leisure
#: (commercial), construction sites (vacant), green urban areas.
DESTINATIONS = [(0.45, 2), (0.70, 11), (0.90, 9), (1.01, 10)]
#: New land is taken only within this many cells of built land (codes 1-11) at the first date.
HALO = 8
BUILT_MAX = 11  # CORINE grid codes 1-11: artificial surfaces
GREEN = (12, 29)  # farmland, forest and shrub: what land take consumes


def _change_fields(rows: np.ndarray, cols: np.ndarray) -> dict[str, np.ndarray]:
    return {
        name: _fbm(rows, cols, scales, rough, SEED + 1000 + 31 * k)
        for k, (name, (scales, rough)) in enumerate(CHANGE_FIELDS.items())
    }


def _change_thresholds(rows: int, cols: int) -> dict[str, float]:
    rng = np.random.default_rng(SEED + 3)
    f = _change_fields(
        np.sort(rng.choice(rows, size=min(rows, 800), replace=False)),
        np.sort(rng.choice(cols, size=min(cols, 800), replace=False)),
    )
    t = {name: float(np.quantile(f[name], q)) for name, q in CHANGE_Q.items() if name in f}
    t["reind"] = float(np.quantile(f["take"], CHANGE_Q["reind"]))
    t.update({f"dest_{code}": float(np.quantile(f["dest"], min(q, 1.0))) for q, code in DESTINATIONS})
    return t


def change(before: np.ndarray, near_built: np.ndarray, f: dict[str, np.ndarray], t: dict[str, float]):
    """The AFTER codes of a block of BEFORE codes (``near_built``: within HALO cells of built land)."""
    after = before.copy()
    industrial = (before == 3) & (f["deind"] >= t["deind"])
    low = -np.inf
    for _q, code in DESTINATIONS:
        high = t[f"dest_{code}"]
        after[industrial & (f["dest"] >= low) & (f["dest"] < high)] = code
        low = high
    after[industrial & (f["dest"] >= low)] = DESTINATIONS[-1][1]
    green = (before >= GREEN[0]) & (before <= GREEN[1]) & near_built
    after[green & (f["sprawl"] >= t["sprawl"])] = 2
    after[green & (f["take"] >= t["take"])] = 3
    after[(before == 2) & (f["take"] >= t["reind"])] = 3
    return after


def generate_after(before: Path, rows: int, cols: int) -> Path:
    """The cached AFTER raster of BEFORE, tile by tile, deterministic whatever the tiling."""
    from scipy import ndimage

    path = OUT / f"districts_after_{_tag(rows, cols)}.tif"
    if path.exists():
        return path
    t = _change_thresholds(rows, cols)
    partial = path.with_name(".partial-" + path.name)
    start = time.perf_counter()
    with rasterio.Env(GDAL_CACHEMAX=64), rasterio.open(before) as src:
        profile = src.profile
        with rasterio.open(partial, "w", **profile) as dst:
            for r0 in range(0, rows, TILE):
                h = min(TILE, rows - r0)
                for c0 in range(0, cols, TILE):
                    w = min(TILE, cols - c0)
                    y0, x0 = max(0, r0 - HALO), max(0, c0 - HALO)
                    y1, x1 = min(rows, r0 + h + HALO), min(cols, c0 + w + HALO)
                    block = src.read(1, window=Window(x0, y0, x1 - x0, y1 - y0))
                    built = (block >= 1) & (block <= BUILT_MAX)
                    near = ndimage.maximum_filter(built, size=2 * HALO + 1, mode="constant")
                    inner = (slice(r0 - y0, r0 - y0 + h), slice(c0 - x0, c0 - x0 + w))
                    fields = _change_fields(np.arange(r0, r0 + h), np.arange(c0, c0 + w))
                    out = change(block[inner], near[inner], fields, t)
                    out[block[inner] == NODATA] = NODATA
                    dst.write(out, 1, window=Window(c0, r0, w, h))
    partial.replace(path)
    print(f"bench: generated {path.name} in {time.perf_counter() - start:.0f} s")
    return path


# ---------------------------------------------------------------------------------------------------------------
# The districts.

#: Districts at the top of the east edge that reach beyond the raster, and how far (in district widths).
OUTSIDE = (4, 0.4)


def generate_districts(rows: int, cols: int, n: int = 100) -> Path:
    """n districts tiling the raster (see the module's docstring); layer "districts", field "name"."""
    import shapely
    from osgeo import ogr, osr
    from shapely.geometry import box

    path = OUT / f"districts_{n}_{_tag(rows, cols)}.gpkg"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED + 2)
    side = math.ceil(math.sqrt(n))
    lines = math.ceil(n / side)
    width, height = cols * CELL, rows * CELL
    dx, dy = width / side, height / lines
    west, north = ORIGIN
    centres = np.array(
        [
            (
                west + (j + 0.5 + rng.uniform(-0.3, 0.3)) * dx,
                north - (i + 0.5 + rng.uniform(-0.3, 0.3)) * dy,
            )
            for i, j in (divmod(k, side) for k in range(n))
        ]
    )
    count, reach = OUTSIDE
    extent = box(west, north - height, west + width, north).union(
        box(west + width - dx, north - count * dy, west + width + reach * dx, north)
    )
    # Many small Voronoi cells, each given to the nearest centre (distance jittered): jagged outlines.
    points = np.column_stack(
        [rng.uniform(west, west + width + dx, 40 * n), rng.uniform(north - height, north, 40 * n)]
    )
    points = np.vstack([centres, points])
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(points), extend_to=extent.envelope.buffer(dx))
    )
    seeds = shapely.points(points)
    tree = shapely.STRtree(cells)
    seed_index, cell_index = tree.query(seeds, predicate="within")  # the Voronoi cell of each point
    distance = np.hypot(points[:, None, 0] - centres[None, :, 0], points[:, None, 1] - centres[None, :, 1])
    owner = np.argmin(distance * rng.uniform(0.93, 1.07, distance.shape), axis=1)
    owner[:n] = np.arange(n)
    owner_of_cell = np.full(len(cells), -1)
    owner_of_cell[cell_index] = owner[seed_index]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    partial = path.with_name(".partial-" + path.name)
    partial.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    layer = ds.CreateLayer("districts", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.StartTransaction()
    for k in range(n):
        geom = shapely.intersection(shapely.union_all(cells[owner_of_cell == k]), extent)
        geom = shapely.multipolygons(shapely.get_parts(geom))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", district_name(k))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    partial.replace(path)
    return path


def district_name(k: int) -> str:
    return f"district_{k:03d}"


def single_district(districts: Path, name: str, folder: Path) -> Path:
    """A GeoPackage with that district alone (the peer's ZONES)."""
    from osgeo import gdal

    path = folder / f"{name}.gpkg"
    if not path.exists():
        gdal.VectorTranslate(str(path), str(districts), options=f"-f GPKG -where \"name = '{name}'\"")
    return path


def sample(n: int, size: int) -> list[int]:
    """``size`` district indices spread evenly over the grid order (first and last included), or all."""
    if size >= n:
        return list(range(n))
    return sorted({round(x) for x in np.linspace(0, n - 1, size)})


# ---------------------------------------------------------------------------------------------------------------
# Running.

CORE_SCRIPT = """
import json, sys, time
args = json.loads(sys.argv[1])
import shapely.wkb
from osgeo import ogr
from reindustria_plugin import paths
from reindustria_plugin.analysis.districts.compare import compare_districts_raster
from reindustria_plugin.analysis.typology import load_nomenclature, load_typology
source = ogr.Open(args["districts"])  # kept: the layer dies with it
layer = source.GetLayer(0)
districts = [(shapely.wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())), f.GetField("name")) for f in layer]
presets = [(p, load_nomenclature(paths.PRESETS / p)) for p in ("nomenclature_clc_grid.csv",
           "nomenclature_clc_codes.csv", "nomenclature_urban_atlas.csv")]
typology = load_typology(paths.PRESETS / "typology_reindustrialisation.csv")
start = time.perf_counter()
result = compare_districts_raster(
    districts, args["before"], presets[0][1], args["after"], typology, tuple(args["years"]), presets=presets
)
elapsed = time.perf_counter() - start
result.table.to_csv(args["out"], index=False)
print(json.dumps({"core": elapsed, "rows": len(result.table)}))
"""


class Run:
    def __init__(self, work: Path, before: Path, after: Path, districts: Path):
        self.work, self.before, self.after, self.districts = work, before, after, districts
        self.binary, self.env = qgis_process_env(work)

    def qgis(self, algorithm: str, params: dict[str, object]) -> tuple[float, int]:
        args = [f"{k}={v}" for k, v in params.items()]
        return timed([self.binary, "run", algorithm, "--", *args], env=self.env)[:2]

    def ours_params(self, out: Path) -> dict[str, object]:
        return {
            "DISTRICTS": self.districts,
            "NAME_FIELD": "name",
            "LAND_USE": self.before,
            "LAND_USE_AFTER": self.after,
            "YEAR_BEFORE": YEARS[0],
            "YEAR_AFTER": YEARS[1],
            "NOMENCLATURE": 0,
            "COMPARISON": out,
        }

    def ours(self, out: Path) -> tuple[float, int]:
        return self.qgis("reindustria:comparedistricts", self.ours_params(out))

    def core(self, out: Path) -> tuple[float, int, dict]:
        args = {
            "districts": str(self.districts),
            "before": str(self.before),
            "after": str(self.after),
            "years": list(YEARS),
            "out": str(out),
        }
        env = dict(os.environ, PYTHONPATH=str(REPO), PROJ_DATA="/usr/share/proj")
        elapsed, rss, stdout = timed(
            [str(REPO / ".venv/bin/python"), "-c", CORE_SCRIPT, json.dumps(args)], env=env
        )
        return elapsed, rss, last_json(stdout)

    def peer(self, name: str) -> dict:
        """The three runs for one district; their times, peaks and output paths."""
        zone = single_district(self.districts, name, self.work)
        base = self.work / name
        runs = {}
        runs["landusechange"] = self.qgis(
            "reindustria:landusechange",
            {
                "BEFORE": self.before,
                "AFTER": self.after,
                "NOMENCLATURE": 0,
                "RINGS": "",
                "ZONES": zone,
                "ZONE_FIELD": "name",
                "CHANGE": f"{base}_change.tif",
                "SUMMARY": f"{base}_summary.csv",
                "TRANSITIONS": f"{base}_transitions.csv",
                "ACCOUNTING": f"{base}_accounting.csv",
            },
        )
        for year, raster in zip(YEARS, (self.before, self.after)):
            runs[f"landscapemetrics {year}"] = self.qgis(
                "reindustria:landscapemetrics",
                {
                    "INPUT": raster,
                    "ZONES": zone,
                    "ZONE_FIELD": "name",
                    "NOMENCLATURE": 0,
                    "CLASSES_AS": 1,
                    "LANDSCAPE_METRICS": f"{base}_landscape_{year}.csv",
                    "CLASS_METRICS": f"{base}_class_{year}.csv",
                },
            )
        Path(f"{base}_change.tif").unlink(missing_ok=True)  # 100 MB-scale each at the default size
        return {
            "time": sum(r[0] for r in runs.values()),
            "rss": max(r[1] for r in runs.values()),
            "runs": runs,
            "summary": f"{base}_summary.csv",
            "classes": {year: f"{base}_class_{year}.csv" for year in YEARS},
        }


# ---------------------------------------------------------------------------------------------------------------
# Checking that both sides did the same work.


def _rows(path: Path | str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _number(value: str | None) -> float:
    return float(value) if value not in (None, "") else math.nan


def _same(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_against_peer(ours: dict[str, dict[str, str]], name: str, peer: dict) -> list[str]:
    """Differences between comparedistricts' row of a district and the peer's outputs for it."""
    row = ours.get(name)
    if row is None:
        return [f"{name}: no row in comparedistricts' table"]
    pairs = []
    for year in YEARS:
        industrial = next(
            (r for r in _rows(peer["classes"][year]) if r.get("zone") == name and r["class"] == "industrial"),
            {},
        )
        pairs += [
            (f"industrial ca {year}", row[f"industrial_ha_{year}"], industrial.get("ca", "0")),
            (f"industrial np {year}", row[f"ind_np_{year}"], industrial.get("np", "0")),
            (f"industrial cohesion {year}", row[f"ind_cohesion_{year}"], industrial.get("cohesion")),
        ]
    summary = {r["change_type"]: float(r["area_ha"]) for r in _rows(peer["summary"]) if r["zone"] == name}
    for key in ("industrial_land_take", "industrial_persistence", "reindustrialisation"):
        pairs.append((key, row[f"{key}_ha"], str(summary.get(key, 0.0))))
    lost = sum(v for k, v in summary.items() if k.startswith("deindustrialisation_"))
    pairs.append(("deindustrialisation", row["deindustrialisation_ha"], str(lost)))
    return [
        f"{name}: {label}: comparedistricts {a or 'empty'}, peer {b or 'empty'}"
        for label, a, b in pairs
        if not _same(_number(a), _number(b))
    ]


def check_core_against_qgis(core: Path, alg: Path) -> str:
    a, b = _rows(core), _rows(alg)
    if len(a) != len(b):
        return f"DIFFER: {len(a)} rows from the core, {len(b)} from qgis_process"
    bad = set()
    for x, y in zip(a, b):
        for column, value in x.items():
            if column in ("district", "status"):
                bad.update([column] if value != y.get(column) else [])
            elif not _same(_number(value), _number(y.get(column))):
                bad.add(column)
    return "same" if not bad else "DIFFER in " + " ".join(sorted(bad))


# ---------------------------------------------------------------------------------------------------------------


def main() -> None:
    size = int(os.environ.get("BENCH_DISTRICT_SIZE", "10000"))
    n = int(os.environ.get("BENCH_DISTRICTS", "100"))
    n_sample = max(1, int(os.environ.get("BENCH_DISTRICT_SAMPLE", "5")))
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "2")))
    OUT.mkdir(exist_ok=True)
    before = generate_raster(size, size, "corine")
    after = generate_after(before, size, size)
    districts = generate_districts(size, size, n)
    chosen = sample(n, n_sample)
    tag = f"districts{n}_{size}"
    print(
        f"\ndistricts bench: {n} districts (irregular, non-overlapping, a few partly outside) over a "
        f"{size} x {size} land-use pair ({size * size / 1e6:.0f} M cells, CORINE grid codes), "
        f"{YEARS[0]} -> {YEARS[1]}"
    )
    with tempfile.TemporaryDirectory(prefix="reindustria-bench-") as work:
        run = Run(Path(work), before, after, districts)
        ours_csv, core_csv = OUT / f"{tag}_comparison.csv", OUT / f"{tag}_core.csv"
        print(
            "  ours: scripts/qgis-process run reindustria:comparedistricts -- "
            + " ".join(f"{k}={v}" for k, v in run.ours_params(ours_csv).items())
        )
        ours, core = [], []
        for _ in range(repeat):
            ours.append(run.ours(ours_csv))
            core.append(run.core(core_csv))
        t_ours, rss_ours = min(r[0] for r in ours), max(r[1] for r in ours)
        t_core = min(r[2]["core"] for r in core)
        print(
            f"  reindustria:comparedistricts (whole qgis_process run, runs "
            f"{', '.join(f'{r[0]:.1f}' for r in ours)} s): {t_ours:.1f} s, peak {rss_ours} MB"
        )
        print(
            f"  core alone (compare_districts_raster, fresh Python): {t_core:.1f} s "
            f"(whole process {min(r[0] for r in core):.1f} s, peak {max(r[1] for r in core)} MB)"
        )
        print(f"  core vs qgis_process table: {check_core_against_qgis(core_csv, ours_csv)}")
        table = {r["district"]: r for r in _rows(ours_csv)}
        statuses = [r["status"] for r in table.values()]
        print(
            "  statuses: "
            + ", ".join(f"{statuses.count(s)} {s}" for s in ("ok", "partial", "no data") if s in statuses)
        )
        names = [district_name(k) for k in chosen]
        print(
            f"  peer: landusechange + landscapemetrics x 2 dates, one district at a time, on {len(names)} of "
            f"{n} districts: {' '.join(names)}"
        )
        peers, problems = {}, []
        for name in names:
            try:
                peers[name] = result = run.peer(name)
            except Failed as error:
                print(f"    {name}: FAILED {str(error)[-1500:]}")
                continue
            detail = ", ".join(f"{k} {v[0]:.1f} s" for k, v in result["runs"].items())
            print(f"    {name}: {result['time']:6.1f} s, peak {result['rss']} MB ({detail})")
            problems += check_against_peer(table, name, result)
        if not peers:
            return
        times = [p["time"] for p in peers.values()]
        rss_peer = max(p["rss"] for p in peers.values())
        mean = statistics.fmean(times)
        measured_all = len(peers) >= n
        total = sum(times) if measured_all else mean * n
        print(
            f"  same numbers as the peer for the {len(peers)} districts (industrial ca/np/cohesion per date, land "
            f"take, persistence, re-/de-industrialisation): {'yes' if not problems else 'NO'}"
        )
        for line in problems[:20]:
            print(f"    {line}")
    ratio = total / t_ours
    how = (
        f"measured on all {n} districts"
        if measured_all
        else f"EXTRAPOLATED to {n} districts from {len(peers)} measured (mean x {n})"
    )
    print(f"\n  {'':60s} {'time':>10s} {'peak':>9s}")
    print(
        f"  {'reindustria:comparedistricts (qgis_process, all districts)':60s} {t_ours:8.1f} s {rss_ours:6d} MB"
    )
    print(f"  {'  its core alone (compare_districts_raster)':60s} {t_core:8.1f} s")
    print(
        f"  {'peer per district (3 qgis_process runs), mean':60s} {mean:8.1f} s {rss_peer:6d} MB"
        f"   (min {min(times):.1f} s, max {max(times):.1f} s)"
    )
    print(
        f"  {'peer for all districts, ' + ('measured' if measured_all else 'extrapolated'):60s} {total:8.1f} s"
    )
    print(f"  peer total {how}")
    print(
        f"  ratio time peer / comparedistricts (whole processes) = {ratio:.1f}  "
        f"(target >= {TARGET:g}: {'met' if ratio >= TARGET else 'NOT met'})"
    )
    print(f"  ratio peak memory comparedistricts / peer's largest process = {rss_ours / rss_peer:.2f}")
    if os.environ.get("BENCH_CLEAN") == "1":
        shared = f"landscape_{size}_corine.tif"  # BEFORE, landscape.py's raster
        for pattern in (shared, f"districts_after_{size}.tif", f"districts_{n}_{size}.gpkg", f"{tag}_*.csv*"):
            for path in OUT.glob(pattern):
                path.unlink()


if __name__ == "__main__":
    main()
