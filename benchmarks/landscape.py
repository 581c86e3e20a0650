"""Benchmark of reindustria:landscapemetrics against pylandstats 3.1, in the same run (issue 9, "Performance").

Data (generated once, seeded, kept in bench_output/; ``BENCH_CLEAN=1`` removes rasters, zones and outputs
afterwards). Each raster is a uint8 GeoTIFF (EPSG:3035, 100 m cells, tiled, deflate, nodata 255) of CORINE
grid codes with real-looking frequencies: mostly arable land, pastures and forest, towns of every size with
industrial and commercial units (code 3) inside and around them and scattered in the countryside, lakes with
marshes, mountains with rocks and glaciers. Classes come from thresholds on smooth noise fields of several
scales (hashed value noise: any cell computed alone, so the rasters are written tile by tile in a few tens of
MB whatever their size), which gives irregular patches of many sizes, as on a land-cover map, not tidy blocks.
``BENCH_SCATTERED=1`` gives the "scattered" variant: finer noise, many more and smaller patches, industrial
sites everywhere (the hard case for patch labelling and per-patch metrics).

1. 5,000 x 5,000 (25 M cells; ``BENCH_LANDSCAPE_SIZE``): pylandstats 3.1 (its own venv in
   bench_output/pylandstats-venv, made on first use with ``pip install 'pylandstats==3.1.*'``: its wheels carry
   their own GDAL/GEOS, so never in .venv or QGIS's Python) computes the class and landscape metrics of the
   issue's set that it offers (the run prints which it has and which it lacks), against our whole qgis_process
   run (landscape + class metrics, every metric of the issue). Also our core alone (``landscape_metrics_raster``
   timed inside a fresh Python) and qgis_process start-up alone. Whole process against whole process; peak
   memory of each process (GNU time on the process itself: qgis_process.bin is started directly, with the
   environment scripts/qgis-process sets up). Ratios pylandstats / ours for time (target >= 5) and
   ours / pylandstats for peak memory (target <= 0.5). Then our class and landscape metrics against
   pylandstats', metric by metric (they should agree where the definitions match).
   pylandstats' ENN builds a k-d tree of the class's other edge cells for every patch (time grows with the
   square of the raster): 41 s for 1 M cells, 262 s for 4 M, unfinished after 77 min for 25 M here. It is left
   out of the peer's run unless ``BENCH_PEER_ENN=1``, which favours pylandstats (ours computes ENN in every run).
2. 100 zones (``BENCH_ZONES``; a GeoPackage of irregular polygons, some overlapping, some across the raster
   edge) over a 10,000 x 10,000 raster (``BENCH_ZONES_SIZE``): our core and our qgis_process run, time and
   peak; pylandstats' ZonalAnalysis (a masked copy of the raster per zone) on the same zones, one run, for
   comparison (``BENCH_PEER_ZONES=0`` skips it: it takes tens of minutes).
3. ``BENCH_BILLION=1`` only (slow: ~4 min to generate, ~100 MB of disk): 25,000 rows x 40,000 columns, one
   billion cells; our core alone (no peer loads it), time and peak memory (target <= 1 GB). Its address space
   is capped at ``BENCH_MEMORY_CAP_GB`` (default 6) so that a run far over the target fails alone rather than
   taking the machine's memory from everything else.

Every measurement runs ``BENCH_REPEAT`` times (default 2), the two sides interleaved; the best time and the
worst peak memory of each are printed. Run: ``make bench`` or ``.venv/bin/python benchmarks/landscape.py``
(``BENCH_TARGETS=1,2`` chooses the targets; 3 needs ``BENCH_BILLION=1`` as well).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench_output"
PLS_VENV = OUT / "pylandstats-venv"
PLS_REQUIREMENT = "pylandstats==3.1.*"
CELL = 100.0
ORIGIN = (4_000_000.0, 3_000_000.0)
NODATA = 255
TILE = 1024
SEED = 20240909

# ---------------------------------------------------------------------------------------------------------------
# Data generation: hashed value noise, so that any tile is computed alone, the same whatever the tiling.

_U64 = np.uint64


def _hash01(iy: np.ndarray, ix: np.ndarray, seed: int) -> np.ndarray:
    """Uniform [0, 1) float32 for every lattice point (iy[:, None], ix[None, :]) (splitmix64 of the pair)."""
    with np.errstate(over="ignore"):
        h = (iy.astype(_U64)[:, None] * _U64(0x9E3779B97F4A7C15)) ^ (
            ix.astype(_U64)[None, :] * _U64(0xC2B2AE3D27D4EB4F)
        )
        h ^= _U64((seed * 0x165667B19E3779F9) & 0xFFFFFFFFFFFFFFFF)
        h ^= h >> _U64(30)
        h *= _U64(0xBF58476D1CE4E5B9)
        h ^= h >> _U64(27)
        h *= _U64(0x94D049BB133111EB)
        h ^= h >> _U64(31)
    return (h >> _U64(40)).astype(np.float32) * np.float32(1 / 2**24)


def _axis(
    coords: np.ndarray, scale: float, shift: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Lattice points, index of the lower and upper neighbour of each coordinate, smoothstep weight."""
    t = coords / scale + shift
    i = np.floor(t).astype(np.int64)
    f = (t - i).astype(np.float32)
    f = f * f * (3 - 2 * f)
    lattice = np.unique(np.concatenate([i, i + 1]))
    return lattice, np.searchsorted(lattice, i), np.searchsorted(lattice, i + 1), f


def _octave(rows: np.ndarray, cols: np.ndarray, scale: float, seed: int) -> np.ndarray:
    """Value noise of one scale (in cells) at the grid rows x cols (absolute cell indices), shape (rows, cols)."""
    shift_rng = np.random.default_rng([seed, 7])
    sy, sx = shift_rng.uniform(1000, 2000, 2)
    ly, y0, y1, fy = _axis(rows, scale, sy)
    lx, x0, x1, fx = _axis(cols, scale, sx)
    lattice = _hash01(ly, lx, seed)
    along = lattice[:, x0] * (1 - fx) + lattice[:, x1] * fx
    return along[y0] * (1 - fy)[:, None] + along[y1] * fy[:, None]


def _fbm(
    rows: np.ndarray, cols: np.ndarray, scales: tuple[float, ...], roughness: float, seed: int
) -> np.ndarray:
    """Sum of octaves, the amplitude of each proportional to scale ** (1 - roughness)."""
    total = np.zeros((len(rows), len(cols)), dtype=np.float32)
    for k, scale in enumerate(scales):
        total += np.float32(scale ** (1 - roughness)) * _octave(rows, cols, scale, seed * 101 + k)
    return total


# Noise fields: (scales in cells, roughness); the scattered variant adds finer octaves and roughness.
FIELDS = {
    "elevation": ((2000, 700, 250, 80, 25, 8), 0.35),
    "urban": ((900, 300, 100, 32, 10, 3), 0.75),
    "industry": ((120, 40, 12, 4), 0.7),
    "water": ((400, 120, 40, 12, 4), 0.55),
    "forest": ((1500, 500, 160, 50, 16, 5), 0.6),
    "tree": ((600, 200, 60, 18), 0.5),
    "farm": ((250, 80, 25, 8, 3), 0.6),
    "crop": ((150, 45, 14, 4), 0.6),
}
SCATTERED = {
    "urban": ((300, 60, 12, 4, 2), 0.95),
    "industry": ((24, 8, 3, 1.5), 0.9),
    "forest": ((400, 100, 25, 8, 3, 1.5), 0.85),
    "farm": ((60, 20, 6, 2), 0.85),
}
# Shares of the landscape (thresholds are quantiles of each field over the whole raster).
Q = {
    "water": 0.985,  # 41 water bodies above, 35 inland marshes in a thin band below
    "marsh": 0.979,
    "glacier": 0.998,  # 34, 31, 32 on the highest ground
    "rock": 0.992,
    "sparse": 0.978,
    "heath": 0.955,  # 26/27 natural grassland and moors on high open ground
    "urban": 0.955,  # towns (2 discontinuous urban fabric) ...
    "city": 0.9955,  # ... with a continuous urban fabric (1) at their hearts
    "fringe": 0.935,  # the urban fringe: scattered industrial sites (3), construction sites (9)
    "forest": 0.62,  # 23/24/25 forest, 29 transitional woodland-shrub on its edge
    "shrub": 0.575,
}


def _field_params(variant: str) -> dict[str, tuple[tuple[float, ...], float]]:
    params = dict(FIELDS)
    if variant == "scattered":
        params.update(SCATTERED)
    return params


def _fields(rows: np.ndarray, cols: np.ndarray, variant: str) -> dict[str, np.ndarray]:
    params = _field_params(variant)
    out = {}
    for k, (name, (scales, rough)) in enumerate(params.items()):
        out[name] = _fbm(rows, cols, scales, rough, SEED + 17 * k)
    # Towns avoid mountains and lakes; forest prefers high ground.
    spread = {name: float(sum(s ** (1 - r) for s in sc)) for name, (sc, r) in params.items()}
    out["urban"] -= np.float32(0.6 * spread["urban"] / spread["elevation"]) * out["elevation"]
    out["urban"] -= np.float32(0.3 * spread["urban"] / spread["water"]) * out["water"]
    out["forest"] += np.float32(0.5 * spread["forest"] / spread["elevation"]) * out["elevation"]
    return out


def _thresholds(rows: int, cols: int, variant: str) -> dict[str, float]:
    """Quantiles of each field over the whole raster, from a jittered sample of ~800 x 800 cells."""
    rng = np.random.default_rng(SEED)
    sample_r = np.sort(rng.choice(rows, size=min(rows, 800), replace=False))
    sample_c = np.sort(rng.choice(cols, size=min(cols, 800), replace=False))
    f = _fields(sample_r, sample_c, variant)
    t = {name: float(np.quantile(f[field], Q[name])) for name, field in _Q_FIELD.items()}
    urban = f["urban"] >= t["urban"]
    t["industry_in_town"] = float(np.quantile(f["industry"][urban], 0.80))
    t["leisure_in_town"] = float(np.quantile(f["industry"][urban], 0.04))
    t["industry_out"] = float(np.quantile(f["industry"], 0.955 if variant == "scattered" else 0.97))
    t["quarry"] = float(np.quantile(f["industry"], 0.9985))
    for name, q in (("broadleaf", 0.45), ("conifer", 0.72)):
        t[name] = float(np.quantile(f["tree"], q))
    for name, q in (("pasture", 0.74), ("vineyard", 0.05)):
        t[name] = float(np.quantile(f["farm"], q))
    t["orchard"] = float(np.quantile(f["tree"], 0.94))
    for name, q in (("complex", 0.84), ("agronat", 0.09), ("irrigated", 0.985)):
        t[name] = float(np.quantile(f["crop"], q))
    return t


_Q_FIELD = {
    "water": "water",
    "marsh": "water",
    "glacier": "elevation",
    "rock": "elevation",
    "sparse": "elevation",
    "heath": "elevation",
    "urban": "urban",
    "city": "urban",
    "fringe": "urban",
    "forest": "forest",
    "shrub": "forest",
}


def classify(rows: np.ndarray, cols: np.ndarray, t: dict[str, float], variant: str) -> np.ndarray:
    """CORINE grid codes of the cells rows x cols, by priority: water, high ground, towns, forest, farmland."""
    f = _fields(rows, cols, variant)
    e, u, ind, w, fo = f["elevation"], f["urban"], f["industry"], f["water"], f["forest"]
    farm, crop, tree = f["farm"], f["crop"], f["tree"]
    code = np.full(e.shape, 12, dtype=np.uint8)  # non-irrigated arable land
    code[farm >= t["pasture"]] = 18
    code[crop >= t["complex"]] = 20
    code[crop < t["agronat"]] = 21
    code[farm < t["vineyard"]] = 15
    code[(tree >= t["orchard"]) & (farm < t["pasture"])] = 16
    code[crop >= t["irrigated"]] = 13
    code[fo >= t["shrub"]] = 29
    forest = fo >= t["forest"]
    code[forest] = np.where(tree[forest] < t["broadleaf"], 23, np.where(tree[forest] < t["conifer"], 25, 24))
    heath = (e >= t["heath"]) & ~forest
    code[heath] = np.where(crop[heath] < t["agronat"], 27, 26)
    code[(ind >= t["quarry"]) & (u < t["fringe"])] = 7
    fringe = (u >= t["fringe"]) & (u < t["urban"])
    code[fringe & (ind >= t["industry_out"])] = 3
    code[fringe & (ind < t["leisure_in_town"])] = 9
    town = u >= t["urban"]
    code[town] = 2
    code[town & (ind >= t["industry_in_town"])] = 3
    code[town & (ind < t["leisure_in_town"])] = 11
    code[u >= t["city"]] = 1
    code[e >= t["sparse"]] = 32
    code[e >= t["rock"]] = 31
    code[e >= t["glacier"]] = 34
    code[w >= t["marsh"]] = 35
    code[w >= t["water"]] = 41
    return code


def generate_raster(rows: int, cols: int, variant: str = "corine") -> Path:
    """The cached raster of rows x cols cells, written tile by tile (TILE x TILE), deterministic."""
    path = OUT / f"landscape_{_tag(rows, cols)}_{variant}.tif"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    t = _thresholds(rows, cols, variant)
    profile = dict(
        driver="GTiff",
        width=cols,
        height=rows,
        count=1,
        dtype="uint8",
        nodata=NODATA,
        crs="EPSG:3035",
        transform=from_origin(ORIGIN[0], ORIGIN[1], CELL, CELL),
        tiled=True,
        blockxsize=512,
        blockysize=512,
        compress="deflate",
        BIGTIFF="IF_SAFER",
    )
    partial = path.with_name(".partial-" + path.name)
    start = time.perf_counter()
    # A small block cache: GDAL would otherwise hold up to 5 % of the RAM of written tiles before flushing.
    with rasterio.Env(GDAL_CACHEMAX=64), rasterio.open(partial, "w", **profile) as dst:
        for r0 in range(0, rows, TILE):
            h = min(TILE, rows - r0)
            for c0 in range(0, cols, TILE):
                w = min(TILE, cols - c0)
                block = classify(np.arange(r0, r0 + h), np.arange(c0, c0 + w), t, variant)
                dst.write(block, 1, window=Window(c0, r0, w, h))
    partial.replace(path)
    print(
        f"bench: generated {path.name} in {time.perf_counter() - start:.0f} s ({path.stat().st_size / 2**20:.0f} MB)"
    )
    return path


def _tag(rows: int, cols: int) -> str:
    return f"{rows}" if rows == cols else f"{rows}x{cols}"


def generate_zones(rows: int, cols: int, n: int = 100) -> Path:
    """n irregular polygons (star-shaped, wavy outline) on a jittered grid over the raster; neighbours overlap
    here and there, and the outer ones cross the raster edge. GeoPackage layer "zones", field "name"."""
    from osgeo import ogr, osr

    path = OUT / f"zones_{n}_{_tag(rows, cols)}.gpkg"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED + 1)
    side = math.ceil(math.sqrt(n))
    dx, dy = cols * CELL / side, rows * CELL / side
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    partial = path.with_name(".partial-" + path.name)
    partial.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    layer = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.StartTransaction()
    theta = np.linspace(0, 2 * np.pi, 160, endpoint=False)
    for k in range(n):
        i, j = divmod(k, side)
        cx = ORIGIN[0] + (j + 0.5 + rng.uniform(-0.3, 0.3)) * dx
        cy = ORIGIN[1] - (i + 0.5 + rng.uniform(-0.3, 0.3)) * dy
        radius = rng.uniform(0.25, 0.6) * min(dx, dy)
        wave = np.ones_like(theta)
        for m in range(2, 12):
            wave += rng.uniform(0, 0.35) / m**0.8 * np.sin(m * theta + rng.uniform(0, 2 * np.pi))
        r = radius * np.clip(wave, 0.2, None)
        xs, ys = cx + r * np.cos(theta), cy + r * np.sin(theta)
        ring = ",".join(f"{x:.1f} {y:.1f}" for x, y in zip(xs, ys))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", f"zone_{k:03d}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring},{xs[0]:.1f} {ys[0]:.1f}))"))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    partial.replace(path)
    return path


# ---------------------------------------------------------------------------------------------------------------
# The metrics: the issue's set, and what pylandstats 3.1 calls the ones it has (its names -> ours).

PLS_COMMON = {
    "total_area": "ca",  # "ta" at landscape level
    "number_of_patches": "np",
    "patch_density": "pd",
    "largest_patch_index": "lpi",
    "total_edge": "te",
    "edge_density": "ed",
    "landscape_shape_index": "lsi",
    "effective_mesh_size": "mesh",
    "total_core_area": "tca",
    "number_of_disjunct_core_areas": "ndca",
    **{f"area_{s}": f"area_{s}" for s in ("mn", "sd", "cv", "am", "md")},
    **{f"shape_index_{s}": f"shape_{s}" for s in ("mn", "sd", "cv", "am")},
    **{f"fractal_dimension_{s}": f"frac_{s}" for s in ("mn", "sd", "cv")},
    **{f"perimeter_area_ratio_{s}": f"para_{s}" for s in ("mn", "sd", "cv")},
    **{f"core_area_{s}": f"core_{s}" for s in ("mn", "sd", "cv")},
    **{f"disjunct_core_area_{s}": f"dcore_{s}" for s in ("mn", "sd", "cv")},
    **{f"core_area_index_{s}": f"cai_{s}" for s in ("mn", "sd", "cv")},
    **{f"euclidean_nearest_neighbor_{s}": f"enn_{s}" for s in ("mn", "sd", "cv")},
}
PLS_CLASS = {**PLS_COMMON, "proportion_of_landscape": "pland", "core_area_proportion_of_landscape": "cpland"}
PLS_LANDSCAPE = {**PLS_COMMON, "total_area": "ta", "contagion": "contag", "shannon_diversity_index": "shdi"}
_STATS = ("mn", "sd", "cv")
ISSUE_CLASS = (
    ["ca", "pland", "np", "pd", "lpi", "te", "ed", "lsi"]
    + [f"{m}_{s}" for m in ("area", "gyrate", "shape", "frac", "para", "circle", "contig") for s in _STATS]
    + ["pafrac", "tca", "cpland", "ndca", "dcad"]
    + [f"{m}_{s}" for m in ("core", "dcore", "cai", "enn") for s in _STATS]
    + ["clumpy", "pladj", "iji", "cohesion", "division", "mesh", "split", "ai", "nlsi"]
    + ["area_am", "shape_am", "gyrate_am", "area_md"]
)
ISSUE_LANDSCAPE = [m for m in ISSUE_CLASS if m not in ("ca", "pland", "cpland", "clumpy", "nlsi")] + [
    "ta",
    "contag",
    "pr",
    "prd",
    "shdi",
    "sidi",
    "msidi",
    "shei",
    "siei",
    "msiei",
]


def coverage() -> tuple[list[str], list[str]]:
    """The issue's metrics (class and landscape level together) pylandstats has, and those it lacks."""
    issue = list(dict.fromkeys(ISSUE_CLASS + ISSUE_LANDSCAPE))
    has = set(PLS_CLASS.values()) | set(PLS_LANDSCAPE.values())
    return [m for m in issue if m in has], [m for m in issue if m not in has]


PLS_SCRIPT = """
import json, sys, time
args = json.loads(sys.argv[1])
import pylandstats as pls
start = time.perf_counter()
if args["zones"]:
    analysis = pls.ZonalAnalysis(args["raster"], zones=args["zones"], zone_index=args["zone_field"])
else:
    analysis = pls.Landscape(args["raster"])
classes = analysis.compute_class_metrics_df(metrics=args["class_metrics"])
land = analysis.compute_landscape_metrics_df(metrics=args["landscape_metrics"])
elapsed = time.perf_counter() - start
classes.to_csv(args["class_csv"])
land.to_csv(args["land_csv"])
print(json.dumps({"core": elapsed}))
"""

CORE_SCRIPT = """
import json, sys, time
args = json.loads(sys.argv[1])
sys.path.insert(0, args["repo"])
from reindustria_plugin.analysis.landscape.zonal import landscape_metrics_raster
zones = None
if args["zones"]:
    import shapely.wkb
    from osgeo import ogr
    source = ogr.Open(args["zones"])  # kept: the layer dies with it
    layer = source.GetLayer(0)
    zones = [
        (shapely.wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())), f.GetField(args["zone_field"])) for f in layer
    ]
start = time.perf_counter()
result = landscape_metrics_raster(args["raster"], zones=zones, levels=("landscape", "class"))
elapsed = time.perf_counter() - start
summary = {"core": elapsed, "landscape_rows": len(result.landscape), "class_rows": len(result.classes)}
for column in ("ta", "np"):
    if column in result.landscape.columns:
        summary[column] = float(result.landscape[column].sum())
if args["out"]:
    result.landscape.to_csv(args["out"] + "_landscape.csv", index=False)
    result.classes.to_csv(args["out"] + "_class.csv", index=False)
print(json.dumps(summary))
"""


def ensure_pylandstats() -> Path:
    """pylandstats 3.1 in its own venv under bench_output/ (made once): its wheels carry their own GDAL/GEOS."""
    python = PLS_VENV / "bin/python"
    check = [str(python), "-c", "import pylandstats; print(pylandstats.__version__)"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"bench: installing {PLS_REQUIREMENT} into {PLS_VENV} (once)")
    subprocess.run(["/usr/bin/python3", "-m", "venv", "--clear", str(PLS_VENV)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", PLS_REQUIREMENT], check=True, stderr=subprocess.DEVNULL
    )
    subprocess.run(check, check=True, capture_output=True)
    return python


# ---------------------------------------------------------------------------------------------------------------
# Running and measuring.


class Failed(RuntimeError):
    def __init__(self, message: str, rss: int | None = None):
        super().__init__(message)
        self.rss = rss


def timed(
    cmd: list[str], env: dict[str, str] | None = None, cap_mb: int | None = None
) -> tuple[float, int, str]:
    """Wall time, peak RSS in MB and stdout of a command. GNU time reports the peak of the process it starts
    (and of any child that process waited for), so commands are started directly, not through a script.
    ``cap_mb`` limits the address space of the command (RLIMIT_AS), so that a run far over its memory target
    fails alone instead of pushing the machine out of memory."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (cap_mb * 2**20, cap_mb * 2**20))

    start = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-v", *cmd],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limit if cap_mb else None,
    )
    elapsed = time.perf_counter() - start
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    rss = int(found.group(1)) // 1024 if found else None
    if out.returncode != 0:
        own = out.stderr.split("\tCommand being timed:")[0]  # the command's stderr, without GNU time's report
        raise Failed(f"failed: {' '.join(cmd)[:200]}\n{out.stdout[-1500:]}\n{own.strip()[-2500:]}", rss)
    return elapsed, rss, out.stdout


def last_json(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


def qgis_process_env(work: Path) -> tuple[str, dict[str, str]]:
    """qgis_process and a throwaway profile with the plugin of this tree enabled (as scripts/qgis-process does),
    so that the binary can be started directly and measured alone."""
    subprocess.run([str(REPO / "scripts/setup.sh")], check=True)
    subprocess.run([str(REPO / "scripts/plugin-dir.sh"), str(work / "plugins")], check=True)
    env = dict(os.environ)
    site = subprocess.run(
        [str(REPO / ".venv/bin/python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    env.update(
        QGIS_PLUGINPATH=str(work / "plugins"),
        QGIS_CUSTOM_CONFIG_PATH=str(work / "config"),
        XDG_CONFIG_HOME=str(work / "xdg"),
        QT_QPA_PLATFORM="offscreen",
        PROJ_DATA="/usr/share/proj",
        PROJ_LIB="/usr/share/proj",
        PYTHONPATH=site + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
    )
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    subprocess.run([binary, "plugins", "enable", "reindustria_plugin"], env=env, capture_output=True)
    return binary, env


class Bench:
    """One run's commands: pylandstats, our core in a fresh Python, qgis_process start-up and run."""

    def __init__(self, work: Path, pls_python: Path | None):
        self.work = work
        self.pls_python = pls_python
        self.peer_enn = os.environ.get("BENCH_PEER_ENN") == "1"
        self.binary, self.env = qgis_process_env(work)
        help_run = subprocess.run(
            [self.binary, "help", "reindustria:landscapemetrics"],
            env=self.env,
            capture_output=True,
            text=True,
        )
        self.ours = help_run.returncode == 0
        self.core = (REPO / "reindustria_plugin/analysis/landscape/zonal.py").exists()

    def pylandstats(self, raster: Path, out: str, zones: Path | None = None) -> tuple[float, int, float]:
        """Whole process, peak, and seconds in pylandstats' metrics alone; tables to bench_output/."""
        enn = self.peer_enn
        args = {
            "raster": str(raster),
            "zones": str(zones) if zones else None,
            "zone_field": "name",
            "class_metrics": [m for m in PLS_CLASS if enn or not m.startswith("euclidean")],
            "landscape_metrics": [m for m in PLS_LANDSCAPE if enn or not m.startswith("euclidean")],
            "class_csv": str(OUT / f"{out}_pylandstats_class.csv"),
            "land_csv": str(OUT / f"{out}_pylandstats_landscape.csv"),
        }
        env = dict(os.environ, PYTHONWARNINGS="ignore")
        elapsed, rss, stdout = timed([str(self.pls_python), "-c", PLS_SCRIPT, json.dumps(args)], env=env)
        return elapsed, rss, last_json(stdout)["core"]

    def our_core(
        self, raster: Path, zones: Path | None, out: str | None, cap_mb: int | None = None
    ) -> tuple[float, int, dict]:
        """Whole process, peak, and the figures it prints (core: seconds in landscape_metrics_raster alone);
        the tables go to bench_output/<out>_core_{landscape,class}.csv after the clock stops."""
        args = {
            "repo": str(REPO),
            "raster": str(raster),
            "zones": str(zones) if zones else None,
            "zone_field": "name",
            "out": str(OUT / f"{out}_core") if out else None,
        }
        cmd = [str(REPO / ".venv/bin/python"), "-c", CORE_SCRIPT, json.dumps(args)]
        elapsed, rss, stdout = timed(cmd, cap_mb=cap_mb)
        return elapsed, rss, last_json(stdout)

    def startup(self) -> tuple[float, int]:
        return timed([self.binary, "help", "reindustria:landscapemetrics"], env=self.env)[:2]

    def qgis_process(self, raster: Path, out: str, zones: Path | None = None) -> tuple[float, int]:
        params = [
            f"INPUT={raster}",
            f"LANDSCAPE_METRICS={OUT / f'{out}_ours_landscape.csv'}",
            f"CLASS_METRICS={OUT / f'{out}_ours_class.csv'}",
        ]
        if zones:
            params += [f"ZONES={zones}", "ZONE_FIELD=name"]
        return timed([self.binary, "run", "reindustria:landscapemetrics", "--", *params], env=self.env)[:2]


def best(runs: list[tuple]) -> tuple[float, int]:
    """Best time, worst peak memory."""
    return min(r[0] for r in runs), max(r[1] for r in runs)


def _runs(runs: list[tuple]) -> str:
    return ", ".join(f"{r[0]:.1f}" for r in runs)


# ---------------------------------------------------------------------------------------------------------------
# Comparing outputs.


def _read_ours(path: Path):
    import pandas as pd

    return pd.read_csv(path) if path.exists() else None


def compare_with_pylandstats(tag: str, zones: bool = False) -> None:
    """Our class and landscape metrics (qgis_process output, else the core's) against pylandstats', metric by
    metric: those that agree on every row (class, zone) to 1e-4 relative, and for the others the worst row."""
    import pandas as pd

    for level, names in (("class", PLS_CLASS), ("landscape", PLS_LANDSCAPE)):
        pls_path = OUT / f"{tag}_pylandstats_{level}.csv"
        ours_path = next(
            (p for p in (OUT / f"{tag}_ours_{level}.csv", OUT / f"{tag}_core_{level}.csv") if p.exists()),
            None,
        )
        if ours_path is None or not pls_path.exists():
            print(f"  compare {level}: no output to compare")
            continue
        ours = pd.read_csv(ours_path, dtype={"zone": str})
        peer = pd.read_csv(pls_path, dtype={"name": str}).rename(
            columns={"class_val": "class", "name": "zone"}
        )
        keys = (["zone"] if zones else []) + (["class"] if level == "class" else [])
        if keys:
            ours, peer = ours.set_index(keys), peer.set_index(keys)
            common = ours.index.intersection(peer.index)
            only = len(ours.index.difference(peer.index)) + len(peer.index.difference(ours.index))
            if only:
                print(f"  compare {level}: {only} rows in one output only (a zone or class the other lacks)")
            ours, peer = ours.loc[common], peer.loc[common]
            where = [
                " ".join(f"{k} {v}" for k, v in zip(keys, i if isinstance(i, tuple) else (i,)))
                for i in common
            ]
        else:
            ours, peer = ours.iloc[:1].reset_index(drop=True), peer.iloc[:1].reset_index(drop=True)
            where = ["landscape"]
        agree, differ, missing = [], [], []
        for pls_name, name in names.items():
            if pls_name not in peer.columns:
                continue  # not asked of pylandstats (ENN unless BENCH_PEER_ENN=1)
            if name not in ours.columns:
                missing.append(name)
                continue
            a = pd.to_numeric(ours[name], errors="coerce").to_numpy(dtype=float)
            b = pd.to_numeric(peer[pls_name], errors="coerce").to_numpy(dtype=float)
            both_nan = np.isnan(a) & np.isnan(b)
            rel = np.abs(a - b) / np.maximum(np.abs(b), 1e-12)
            rel[both_nan] = 0.0
            rel[np.isnan(rel)] = np.inf
            if rel.max() <= 1e-4:
                agree.append(name)
            else:
                k = int(np.argmax(rel))
                differ.append(
                    f"  {name:10s} differs for {int((rel > 1e-4).sum())} of {len(rel)}; worst {where[k]}: "
                    f"ours {a[k]:.6g}, pylandstats {b[k]:.6g} ({pls_name})"
                )
        print(f"  compare {level} metrics ({ours_path.name} vs {pls_path.name}), 1e-4 relative:")
        print(f"    agree ({len(agree)}): {' '.join(agree)}")
        for line in differ:
            print("  " + line)
        if missing:
            print(f"    missing from our output: {' '.join(missing)}")


def compare_core_with_qgis(tag: str) -> None:
    """qgis_process must write what the core computes."""
    import pandas as pd

    for level in ("landscape", "class"):
        a, b = OUT / f"{tag}_core_{level}.csv", OUT / f"{tag}_ours_{level}.csv"
        if not (a.exists() and b.exists()):
            continue
        core, alg = pd.read_csv(a), pd.read_csv(b)
        cols = [c for c in core.columns if c in alg.columns and pd.api.types.is_numeric_dtype(core[c])]
        if len(core) != len(alg):
            print(f"  odd: {level} rows: core {len(core)}, qgis_process {len(alg)}")
            continue
        x, y = (
            core[cols].to_numpy(dtype=float),
            alg[cols].apply(pd.to_numeric, errors="coerce").to_numpy(float),
        )
        same = np.isclose(x, y, rtol=1e-6, equal_nan=True)
        bad = sorted({cols[j] for j in np.argwhere(~same)[:, 1]})
        missing = [c for c in core.columns if c not in alg.columns]
        print(
            f"  core vs qgis_process {level} output: {'same' if not bad else 'DIFFER in ' + ' '.join(bad)}"
            + (f"; columns missing in qgis_process output: {' '.join(missing)}" if missing else "")
        )


# ---------------------------------------------------------------------------------------------------------------
# The three targets.


def _print_ours(core: list, start: list, alg: list) -> None:
    if core:
        t_core, rss_core = min(r[2]["core"] for r in core), max(r[1] for r in core)
        t_proc = min(r[0] for r in core)
        print(
            f"  our core alone (landscape_metrics_raster, in a fresh Python): {t_core:7.2f} s "
            f"(whole process {t_proc:.2f} s, peak {rss_core} MB)"
        )
    if start:
        t, rss = best(start)
        print(f"  qgis_process start-up (help, no run):                        {t:7.2f} s  peak {rss} MB")
    if alg:
        t, rss = best(alg)
        print(f"  reindustria:landscapemetrics (whole qgis_process run):       {t:7.2f} s  peak {rss} MB")


def _attempt(label: str, fn, *args):
    try:
        return fn(*args)
    except Failed as error:
        print(f"  {label} FAILED: {str(error)[-1500:]}")
        return None


def target_single(bench: Bench, variant: str, repeat: int) -> None:
    size = int(os.environ.get("BENCH_LANDSCAPE_SIZE", "5000"))
    raster = generate_raster(size, size, variant)
    tag = f"land_{size}_{variant}"
    print(
        f"\n[1] one landscape: {size} x {size} ({size * size / 1e6:.0f} M cells, {variant}, "
        f"{raster.stat().st_size / 2**20:.1f} MB on disk); landscape + class metrics; best of {repeat}"
    )
    pls, core, start, alg = [], [], [], []
    for _ in range(repeat):
        if bench.pls_python:
            pls.append(bench.pylandstats(raster, tag))
        if bench.core:
            r = _attempt("core", bench.our_core, raster, None, tag)
            core += [r] if r else []
        if bench.ours:
            r = _attempt("qgis_process", bench.qgis_process, raster, tag)
            alg += [r] if r else []
            start.append(bench.startup())
    if pls:
        t, rss = best(pls)
        if not bench.peer_enn:
            print("  (pylandstats without its ENN metrics, over an hour on their own here: BENCH_PEER_ENN=1)")
        print(f"  pylandstats 3.1 (whole process, runs {_runs(pls)} s):      {t:7.2f} s  peak {rss} MB")
        print(
            f"    of which its metrics (Landscape() + compute_*_metrics_df): {min(r[2] for r in pls):7.2f} s"
        )
    _print_ours(core, start, alg)
    if pls and alg:
        (t_pls, rss_pls), (t_alg, rss_alg) = best(pls), best(alg)
        print(f"  ratio time pylandstats / ours (whole processes) = {t_pls / t_alg:6.2f}  (target >= 5)")
        print(
            f"  ratio peak memory ours / pylandstats            = {rss_alg / rss_pls:6.2f}  (target <= 0.5)"
        )
    if pls and core:
        t_core = min(r[2]["core"] for r in core)
        print(f"  ratio time pylandstats metrics / our core       = {min(r[2] for r in pls) / t_core:6.2f}")
    compare_core_with_qgis(tag)
    compare_with_pylandstats(tag)


def target_zones(bench: Bench, variant: str, repeat: int) -> None:
    size = int(os.environ.get("BENCH_ZONES_SIZE", "10000"))
    n = int(os.environ.get("BENCH_ZONES", "100"))
    raster, zones = generate_raster(size, size, variant), generate_zones(size, size, n)
    tag = f"zones{n}_{size}_{variant}"
    print(
        f"\n[2] {n} zones (irregular, some overlapping, some across the edge) over {size} x {size} "
        f"({size * size / 1e6:.0f} M cells, {variant}); landscape + class metrics per zone; best of {repeat}"
    )
    core, start, alg = [], [], []
    for _ in range(repeat):
        if bench.core:
            r = _attempt("core", bench.our_core, raster, zones, tag)
            core += [r] if r else []
        if bench.ours:
            r = _attempt("qgis_process", bench.qgis_process, raster, tag, zones)
            alg += [r] if r else []
            start.append(bench.startup())
    _print_ours(core, start, alg)
    compare_core_with_qgis(tag)
    if bench.pls_python and os.environ.get("BENCH_PEER_ZONES", "1") != "0":
        r = _attempt("pylandstats ZonalAnalysis", bench.pylandstats, raster, tag, zones)
        if r:
            print(
                f"  pylandstats 3.1 ZonalAnalysis (whole process, one run):      {r[0]:7.2f} s  peak {r[1]} MB "
                f"(metrics {r[2]:.2f} s)"
            )
            if alg:
                t_alg, rss_alg = best(alg)
                print(
                    f"  ratio time pylandstats / ours = {r[0] / t_alg:.2f}; peak memory ours / pylandstats = "
                    f"{rss_alg / r[1]:.2f}"
                )
            compare_with_pylandstats(tag, zones=True)


def target_billion(bench: Bench, variant: str) -> None:
    rows, cols = 25_000, 40_000
    raster = generate_raster(rows, cols, variant)
    print(
        f"\n[3] one billion cells: {rows} x {cols} ({variant}, {raster.stat().st_size / 2**20:.0f} MB on disk); "
        "our core alone, landscape + class metrics, one run"
    )
    if not bench.core:
        print("  our core is not there yet")
        return
    cap = int(float(os.environ.get("BENCH_MEMORY_CAP_GB", "6")) * 1024)
    try:
        elapsed, rss, figures = bench.our_core(raster, None, "billion", cap)
    except Failed as error:
        print(
            f"  our core FAILED after reaching a peak of {error.rss} MB; its address space was capped at "
            f"{cap} MB (BENCH_MEMORY_CAP_GB) to keep the machine alive, so it needs more than that "
            f"(target <= 1024 MB):\n    {str(error).strip().splitlines()[-1][:300]}"
        )
        return
    print(
        f"  our core alone: {figures['core']:.1f} s (whole process {elapsed:.1f} s), peak {rss} MB "
        f"(target <= 1024 MB: {'met' if rss <= 1024 else 'NOT met'}); {figures.get('np', 0):.0f} patches; "
        "no peer loads this raster"
    )


def main() -> None:
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "2")))
    variant = "scattered" if os.environ.get("BENCH_SCATTERED") == "1" else "corine"
    targets = {int(t) for t in os.environ.get("BENCH_TARGETS", "1,2,3").split(",") if t.strip()}
    if os.environ.get("BENCH_BILLION") != "1":
        targets.discard(3)
    OUT.mkdir(exist_ok=True)
    has, lacks = coverage()
    print(
        f"landscape bench: pylandstats 3.1 offers {len(has)} of the issue's {len(has) + len(lacks)} metrics:"
    )
    print(f"  has:   {' '.join(has)}")
    print(f"  lacks: {' '.join(lacks)}")
    pls_python = ensure_pylandstats() if targets & {1, 2} else None
    with tempfile.TemporaryDirectory(prefix="reindustria-bench-") as work:
        bench = Bench(Path(work), pls_python)
        if not bench.core:
            print("our core (reindustria_plugin/analysis/landscape/zonal.py) is not there yet: peer only")
        if not bench.ours:
            print(
                "reindustria:landscapemetrics is not in qgis_process yet: no whole-process figures for ours"
            )
        if 1 in targets:
            target_single(bench, variant, repeat)
        if 2 in targets:
            target_zones(bench, variant, repeat)
        if 3 in targets:
            target_billion(bench, variant)
    if os.environ.get("BENCH_CLEAN") == "1":
        for pattern in ("landscape_*.tif*", "zones_*.gpkg", "land_*.csv*", "zones*_*.csv*", "billion_*.csv*"):
            for path in OUT.glob(pattern):
                path.unlink()


if __name__ == "__main__":
    main()
