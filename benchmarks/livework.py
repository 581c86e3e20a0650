"""Benchmark of reindustria:liveworkmicrospaces against the pipeline an analyst would write with geopandas,
in the same run (issue 11, "Performance": at least 3x faster on 100,000 buildings, whole process against whole
process; 10x the data in at most 12x the time; peak memory reported).

Data (generated once per size, seeded, kept in bench_output/; ``BENCH_CLEAN=1`` removes them afterwards): a
synthetic city in EPSG:32632 (metres), GeoPackages ``livework_city_<N>.gpkg`` with two layers:

- ``buildings``: a street grid of blocks of varying sizes (60-230 m, streets 10-26 m), each block cut into
  parcels (large ones in industrial blocks), one building per parcel (a few left empty), a rectangle or an
  L-shape set back from the parcel edges. ``building`` holds OSM building values (apartments, house,
  residential, yes, industrial, warehouse, manufacture, workshop, office, retail, commercial, school, ...) and
  ``levels`` an integer 1-8 or NULL (about a fifth missing, more for building=yes and sheds). Uses follow noise
  fields of several scales (an industrial tendency, a centrality, a fine local scatter) drawn per block and per
  parcel, so industrial areas, centres and residential quarters are irregular, and workshops and small
  factories are scattered among houses where the industrial tendency is middling (live-work mix in many small
  spots, not a few tidy patches). Block edges do not follow the grid of the analysis: buildings straddle cells.
- ``activities``: points at buildings (mostly productive, commercial and, less often, residential ones) with
  ``osm_key`` (craft, office, shop, amenity, industrial), ``activity`` (the bare OSM value: shoemaker,
  carpenter, coworking_space, it, bakery, ...), ``tag`` (``key=value``) and ``tags`` (the tags as a JSON object,
  as Overpass exports deliver them: ``{"craft": "shoemaker"}``).

Sizes (``BENCH_LIVEWORK_SIZES``, default ``100000,1000000``): 100,000 buildings + 20,000 activities and
1,000,000 + 200,000. The 1 M city takes a few minutes to generate the first time.

Measured (every process started directly with /usr/bin/time -v: whole-process wall time and peak RSS):

- the peer: a script in its own venv (bench_output/.venv-peer, made on first use with ``python3 -m venv``, no
  system site packages, ``pip install geopandas momepy pyogrio`` from PyPI: these wheels carry their own
  GDAL/GEOS, so never in .venv nor in QGIS's Python). It reads both layers with geopandas (pyogrio), classes the
  uses by the preset processing/presets/osm_production_tags.csv (value-only lookup, re-implemented in a few lines
  as reindustria_plugin/analysis/osm/tags.py does it), builds the square grid of ``BENCH_CELL`` metres
  (default 100) aligned to multiples of the cell size, cuts the buildings by the cells with
  ``geopandas.overlay``, sums footprint and floor area (footprint x levels, ``BENCH_DEFAULT_LEVELS`` = 1 where
  missing) per cell and category with pandas, computes GSI, FSI, MXI and the normalised Shannon mix, and counts
  the activities per cell and class with ``geopandas.sjoin``. momepy's diversity functions (``shannon``,
  ``simpson``) count elements or binned values within a graph neighbourhood; they cannot weight by floor area,
  so the peer takes the entropy of the floor shares with scipy.stats.entropy (shipped with momepy's
  dependencies), which is what an analyst would do.
- ours: ``reindustria:liveworkmicrospaces`` through qgis_process (the environment scripts/qgis-process sets up,
  the binary measured directly) with the same grid, cell size and default levels, only UNITS asked (what the
  peer computes: without MICROSPACES the outlines are not dissolved), written to a GeoPackage; ACTIVITY_FIELD
  ``tags`` (``BENCH_ACTIVITY_FIELD``: ``activity`` gives bare values, of which the preset knows few, as its
  key is not an OSM key); and its core alone (``live_work_mix`` in a fresh Python of the .venv, the layers read the fast way, only the
  call timed and printed apart).

``BENCH_REPEAT`` runs of each (default 3 at 100,000 buildings, 1 at 1,000,000; the sides interleaved): best time,
worst peak. The ratio is printed whole process against whole process (the target), and also without start-up
(the peer less its imports, ours less a ``qgis_process help`` run). Then the indicators of every cell are compared (same cells; floor areas by category, footprint, GSI,
FSI, MXI, Shannon mix, activity counts by class; 1e-6 relative). The machine has 2 cores shared with other
work: the spread of the repeated runs is printed, and a spread over 15 % is flagged as noisy.

Run: ``make bench`` or ``.venv/bin/python benchmarks/livework.py``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
from landscape import Failed, last_json, qgis_process_env, timed

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench_output"
PEER_VENV = OUT / ".venv-peer"
PEER_REQUIREMENTS = ["geopandas", "momepy", "pyogrio"]
PRESET = REPO / "processing/presets/osm_production_tags.csv"
EPSG = 32632
#: South-west corner of the city (UTM 32N, near Milan); not a multiple of the cell size, so blocks straddle cells.
ORIGIN = (503_017.3, 5_028_041.7)
SEED = 20250611
ACTIVITY_SHARE = 0.2

# ---------------------------------------------------------------------------------------------------------------
# The synthetic city.


def _hash01(ix: np.ndarray, iy: np.ndarray, seed: int) -> np.ndarray:
    """Uniform [0, 1) for each lattice point (ix, iy), elementwise (splitmix64 of the pair)."""
    u64 = np.uint64
    with np.errstate(over="ignore"):
        h = (ix.astype(np.int64).astype(u64) * u64(0x9E3779B97F4A7C15)) ^ (
            iy.astype(np.int64).astype(u64) * u64(0xC2B2AE3D27D4EB4F)
        )
        h ^= u64((seed * 0x165667B19E3779F9) & 0xFFFFFFFFFFFFFFFF)
        h ^= h >> u64(30)
        h *= u64(0xBF58476D1CE4E5B9)
        h ^= h >> u64(27)
        h *= u64(0x94D049BB133111EB)
        h ^= h >> u64(31)
    return (h >> u64(11)).astype(np.float64) * (1.0 / 2**53)


def _noise(x: np.ndarray, y: np.ndarray, scales: tuple[float, ...], seed: int) -> np.ndarray:
    """Value noise summed over ``scales`` (metres), amplitude proportional to the scale ** 0.3, scaled to [0, 1]."""
    total = np.zeros(len(x))
    weight = 0.0
    for k, scale in enumerate(scales):
        tx, ty = x / scale + 1000.0 + 17.0 * k, y / scale + 1000.0 + 31.0 * k
        ix, iy = np.floor(tx), np.floor(ty)
        fx, fy = tx - ix, ty - iy
        fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
        s = seed * 131 + k
        v00, v10 = _hash01(ix, iy, s), _hash01(ix + 1, iy, s)
        v01, v11 = _hash01(ix, iy + 1, s), _hash01(ix + 1, iy + 1, s)
        amp = scale**0.3
        total += amp * ((v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy)
        weight += amp
    return total / weight


def _rank01(values: np.ndarray) -> np.ndarray:
    """Values replaced by their quantile in [0, 1): noise fields of any shape become uniform."""
    order = np.argsort(values, kind="stable")
    out = np.empty(len(values))
    out[order] = (np.arange(len(values)) + 0.5) / len(values)
    return out


def _smooth(t: np.ndarray, lo: float, hi: float) -> np.ndarray:
    s = np.clip((t - lo) / (hi - lo), 0.0, 1.0)
    return s * s * (3 - 2 * s)


def _choice(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One column index per row of ``weights`` (n x k, rows need not sum to 1)."""
    cum = np.cumsum(weights, axis=1)
    draw = rng.random(len(weights)) * cum[:, -1]
    return np.minimum((cum < draw[:, None]).sum(axis=1), weights.shape[1] - 1)


#: Building values per use group, with their relative frequencies and (min, max) levels.
USES = {
    "residential": [("apartments", 5, (3, 8)), ("house", 3, (1, 3)), ("residential", 2, (2, 6)),
                    ("terrace", 0.5, (2, 3)), ("detached", 0.5, (1, 2))],
    "productive": [("industrial", 3, (1, 3)), ("warehouse", 2, (1, 2)), ("manufacture", 1.5, (1, 3)),
                   ("workshop", 1, (1, 2)), ("factory", 0.5, (1, 3)), ("craft", 0.3, (1, 2))],
    "commercial": [("retail", 2, (1, 3)), ("commercial", 2, (1, 5)), ("office", 2.5, (2, 8)),
                   ("hotel", 0.3, (3, 7)), ("supermarket", 0.3, (1, 1))],
    "civic": [("school", 2, (2, 4)), ("church", 0.7, (1, 2)), ("hospital", 0.3, (3, 7)),
              ("public", 0.5, (2, 4)), ("kindergarten", 0.5, (1, 2)), ("garage", 1.5, (1, 1)),
              ("shed", 1, (1, 1))],
    "unknown": [("yes", 1, (1, 4))],
}  # fmt: skip
#: Share of NULL levels per use group.
MISSING_LEVELS = {"residential": 0.15, "productive": 0.25, "commercial": 0.2, "civic": 0.3, "unknown": 0.45}
#: Activity tags by the use group of the building they sit at: (key, value, weight).
ACTIVITIES = {
    "productive": [("craft", v, 0.6) for v in ("carpenter", "metal_construction", "upholsterer", "electrician",
                   "plumber", "joiner", "printer", "stonemason", "tailor", "sawmill")]
                  + [("industrial", v, 0.8) for v in ("factory", "machine_shop", "warehouse", "textile", "food")]
                  + [("office", "company", 0.8), ("amenity", "coworking_space", 0.15), ("shop", "trade", 0.5)],
    "residential": [("shop", v, 1.0) for v in ("bakery", "hairdresser", "clothes", "convenience", "butcher")]
                   + [("craft", v, 0.3) for v in ("shoemaker", "tailor", "jeweller", "watchmaker", "carpenter",
                      "electronics_repair", "dressmaker", "bookbinder")]
                   + [("office", v, 0.5) for v in ("architect", "lawyer", "it", "accountant")]
                   + [("amenity", "coworking_space", 0.3), ("office", "coworking", 0.1)],
    "commercial": [("shop", v, 1.0) for v in ("clothes", "supermarket", "shoes", "books", "mobile_phone",
                   "optician", "furniture")]
                  + [("office", v, 1.0) for v in ("company", "insurance", "it", "estate_agent", "financial")]
                  + [("amenity", "coworking_space", 0.4), ("craft", "photographer", 0.2)],
    "civic": [("office", "government", 1.0), ("shop", "kiosk", 0.5)],
    "unknown": [("shop", "car_repair", 0.5), ("craft", "carpenter", 0.5), ("industrial", "warehouse", 0.5),
                ("office", "company", 0.3)],
}  # fmt: skip
#: How likely a building of each group hosts an activity, relative to the others.
HOST_WEIGHT = {"residential": 0.25, "productive": 3.0, "commercial": 3.0, "civic": 0.4, "unknown": 0.6}


def _blocks(rng: np.random.Generator, n_buildings: int, per_block: float):
    """Block rectangles (x0, y0, w, h) of a square street grid for about n_buildings at per_block each."""
    side = math.ceil(math.sqrt(n_buildings / per_block) * 1.02)
    widths = rng.uniform(60.0, 230.0, side)
    heights = rng.uniform(60.0, 230.0, side)
    streets_x = rng.choice([10.0, 14.0, 18.0, 26.0], side, p=[0.4, 0.3, 0.2, 0.1])
    streets_y = rng.choice([10.0, 14.0, 18.0, 26.0], side, p=[0.4, 0.3, 0.2, 0.1])
    xs = ORIGIN[0] + np.concatenate([[0.0], np.cumsum(widths + streets_x)[:-1]])
    ys = ORIGIN[1] + np.concatenate([[0.0], np.cumsum(heights + streets_y)[:-1]])
    row, col = np.divmod(np.arange(side * side), side)
    x0, y0, w, h = xs[col], ys[row], widths[col], heights[row]
    # Every few blocks, two are merged across a street (large plots, superblocks).
    merge = rng.random(len(x0)) < 0.06
    merge &= col < side - 1
    w = np.where(merge, w + streets_x[col] + widths[np.minimum(col + 1, side - 1)], w)
    drop = np.zeros(len(x0), dtype=bool)
    drop[1:] = merge[:-1] & (col[1:] > 0)
    merge &= ~drop  # a block merged into its western neighbour is not merged again
    keep = ~drop
    return x0[keep], y0[keep], w[keep], h[keep]


def generate_city(n_buildings: int, seed: int = SEED):
    """Buildings (geometries, use, levels) and activities (points, key, value) of a synthetic city."""
    for per_block in (34.0, 30.0, 25.0, 20.0):  # blocks hold ~34 buildings; more blocks if these fall short
        city = _city(n_buildings, seed, per_block)
        if city is not None:
            return city
    raise RuntimeError(f"the block grid holds fewer than {n_buildings} buildings")


def _city(n_buildings: int, seed: int, per_block: float):
    import shapely

    rng = np.random.default_rng([seed, n_buildings])
    x0, y0, w, h = _blocks(rng, n_buildings, per_block)
    cx, cy = x0 + w / 2, y0 + h / 2
    # Industrial tendency: broad districts plus a middle scale; centrality: distance to a few centres.
    industry = _rank01(_noise(cx, cy, (4000.0, 1500.0, 500.0), seed + 1))
    span = max(cx.max() - cx.min(), 1.0)
    centres = rng.uniform([cx.min(), cy.min()], [cx.max(), cy.max()], (max(1, int(span / 6000) ** 2), 2))
    centres[0] = ((cx.min() + cx.max()) / 2, (cy.min() + cy.max()) / 2)
    dist = np.min(np.hypot(cx[:, None] - centres[None, :, 0], cy[:, None] - centres[None, :, 1]), axis=1)
    centrality = np.exp(-dist / 1500.0) * (0.6 + 0.4 * _noise(cx, cy, (800.0,), seed + 2))
    industrial_block = rng.random(len(x0)) < _smooth(industry, 0.72, 0.9)
    # Parcels: large in industrial blocks, small elsewhere (smaller again in the centres).
    size = np.where(
        industrial_block,
        rng.uniform(35.0, 80.0, len(x0)),
        rng.uniform(16.0, 30.0, len(x0)) * (1.0 - 0.3 * centrality),
    )
    nx = np.maximum(1, np.round(w / size)).astype(np.int64)
    ny = np.maximum(1, np.round(h / size)).astype(np.int64)
    per_block = nx * ny
    block = np.repeat(np.arange(len(x0)), per_block)
    local = np.arange(len(block)) - np.repeat(np.cumsum(per_block) - per_block, per_block)
    pj, pi = np.divmod(local, nx[block])
    pw, ph = w[block] / nx[block], h[block] / ny[block]
    px0, py0 = x0[block] + pi * pw, y0[block] + pj * ph
    n = len(block)
    # Per parcel: the fields at the parcel, so a block mixes uses where the industrial tendency is middling.
    pcx, pcy = px0 + pw / 2, py0 + ph / 2
    fine = _noise(pcx, pcy, (180.0, 60.0), seed + 3)
    t = industry[block] + 0.25 * (fine - 0.5)
    ind = industrial_block[block]
    cen = centrality[block]
    weights = np.column_stack(
        [
            np.where(ind, 0.08, 0.85 * (1 - _smooth(t, 0.55, 0.95)) + 0.05),  # residential
            np.where(ind, 0.8, 0.006 + 0.2 * np.exp(-(((t - 0.6) / 0.07) ** 2)) + 0.05 * (fine > 0.75)),
            0.05 + 0.45 * cen + np.where(ind, 0.05, 0.0),  # commercial (retail, office)
            np.full(n, 0.05),  # civic
            np.full(n, 0.12),  # building=yes
        ]
    )
    groups = list(USES)
    group = _choice(rng, weights)
    empty = rng.random(n) < 0.08
    # Footprints: setbacks from the parcel edges, a fifth of them L-shaped.
    inset = np.minimum(np.minimum(pw, ph) * 0.3, rng.uniform(0.5, 5.0, (4, n)))
    bx0, by0 = px0 + inset[0], py0 + inset[1]
    bx1, by1 = px0 + pw - inset[2], py0 + ph - inset[3]
    ell = rng.random(n) < 0.2
    cut_x = bx0 + (bx1 - bx0) * rng.uniform(0.35, 0.65, n)
    cut_y = by0 + (by1 - by0) * rng.uniform(0.35, 0.65, n)
    keep = ~empty
    # Enough buildings: whole rows of blocks from the south, then cut at n_buildings.
    index = np.nonzero(keep)[0][:n_buildings]
    if len(index) < n_buildings:
        return None
    rect = index[~ell[index]]
    lshape = index[ell[index]]
    geoms = np.empty(n, dtype=object)
    geoms[rect] = shapely.box(bx0[rect], by0[rect], bx1[rect], by1[rect])
    a, b, c, d, ux, uy = bx0[lshape], by0[lshape], bx1[lshape], by1[lshape], cut_x[lshape], cut_y[lshape]
    ring = np.stack(
        [np.column_stack(v) for v in ((a, b), (c, b), (c, uy), (ux, uy), (ux, d), (a, d), (a, b))], axis=1
    )
    geoms[lshape] = shapely.polygons(ring)
    group = group[index]
    geoms = geoms[index]
    # Values and levels within each group.
    use = np.empty(n_buildings, dtype=object)
    levels = np.zeros(n_buildings, dtype=np.int64)
    for g, name in enumerate(groups):
        members = np.nonzero(group == g)[0]
        values = USES[name]
        freq = np.array([f for _, f, _ in values])
        pick = rng.choice(len(values), size=len(members), p=freq / freq.sum())
        lo = np.array([lv[0] for _, _, lv in values])[pick]
        hi = np.array([lv[1] for _, _, lv in values])[pick]
        use[members] = np.array([v for v, _, _ in values], dtype=object)[pick]
        # Taller in the centres.
        boost = np.round(2 * cen[index[members]]).astype(np.int64)
        levels[members] = np.minimum(8, rng.integers(lo, hi + 1) + boost * (hi > 2))
        missing = rng.random(len(members)) < MISSING_LEVELS[name]
        levels[members[missing]] = 0  # NULL
    # Activities: points at buildings, hosts drawn by their group.
    n_act = int(round(ACTIVITY_SHARE * n_buildings))
    host_w = np.array([HOST_WEIGHT[groups[g]] for g in range(len(groups))])[group]
    host_w = host_w * shapely.area(geoms) ** 0.3
    hosts = rng.choice(n_buildings, size=n_act, p=host_w / host_w.sum())
    b0, b1, b2, b3 = shapely.bounds(geoms[hosts]).T
    # Inside the south-west part of the footprint, which an L-shape keeps too.
    px = b0 + (b2 - b0) * rng.uniform(0.05, 0.33, n_act)
    py = b1 + (b3 - b1) * rng.uniform(0.05, 0.33, n_act)
    keys = np.empty(n_act, dtype=object)
    vals = np.empty(n_act, dtype=object)
    for g, name in enumerate(groups):
        members = np.nonzero(group[hosts] == g)[0]
        options = ACTIVITIES[name]
        freq = np.array([f for _, _, f in options])
        pick = rng.choice(len(options), size=len(members), p=freq / freq.sum())
        keys[members] = np.array([k for k, _, _ in options], dtype=object)[pick]
        vals[members] = np.array([v for _, v, _ in options], dtype=object)[pick]
    return geoms, use, levels, shapely.points(px, py), keys, vals


def city_path(n_buildings: int) -> Path:
    return OUT / f"livework_city_{n_buildings}.gpkg"


def write_city(n_buildings: int) -> Path:
    """The GeoPackage of the city of n_buildings (cached); written with GDAL/OGR, not with the code under test."""
    import shapely
    from osgeo import ogr, osr

    path = city_path(n_buildings)
    if path.exists():
        return path
    start = time.perf_counter()
    geoms, use, levels, points, keys, values = generate_city(n_buildings)
    OUT.mkdir(exist_ok=True)
    partial = path.with_name(".partial-" + path.name)
    partial.unlink(missing_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    layer = ds.CreateLayer("buildings", srs, ogr.wkbPolygon, options=["FID=fid"])
    layer.CreateField(ogr.FieldDefn("building", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("levels", ogr.OFTInteger))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for geom, value, level in zip(shapely.to_wkb(geoms), use.tolist(), levels.tolist()):
        feature = ogr.Feature(defn)
        feature.SetField(0, value)
        if level > 0:
            feature.SetField(1, level)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geom))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    layer = ds.CreateLayer("activities", srs, ogr.wkbPoint, options=["FID=fid"])
    for name in ("osm_key", "activity", "tag", "tags"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for geom, key, value in zip(shapely.to_wkb(points), keys.tolist(), values.tolist()):
        feature = ogr.Feature(defn)
        feature.SetField(0, key)
        feature.SetField(1, value)
        feature.SetField(2, f"{key}={value}")
        feature.SetField(3, json.dumps({key: value}))
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geom))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    partial.replace(path)
    print(
        f"bench: generated {path.name} ({n_buildings:,} buildings, {len(points):,} activities) in "
        f"{time.perf_counter() - start:.0f} s"
    )
    return path


# ---------------------------------------------------------------------------------------------------------------
# The peer: what an analyst would write with geopandas, pandas and scipy, in a venv of its own.

PEER_SCRIPT = r"""
import json, math, re, sys, time
args = json.loads(sys.argv[1])
start = time.perf_counter()
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.stats import entropy
steps = {"imports": time.perf_counter() - start}

# The class of a value, as reindustria_plugin/analysis/osm/tags.py looks it up: a field named after an OSM key
# takes that key's rules first (wildcards too); a JSON object of tags goes through the rules in file order (the
# first class other than "unknown" wins); a bare value is looked up among the class names, then the building
# values, then the other keys' values (first match); an ATECO code by its division.
rules = pd.read_csv(args["preset"], dtype=str, keep_default_na=False)
rules = [(k.strip().lower(), v.strip().lower(), c.strip().lower()) for k, v, c in rules.itertuples(index=False)]
table = {}
for wanted in ("class", "building", "craft", "industrial", "man_made", "office", "amenity", "leisure", "shop"):
    for k, v, c in rules:
        if k == wanted and v != "*":
            table.setdefault(v, c)
ateco = {v: c for k, v, c in rules if k == "ateco"}
tag_keys = {k for k, _, _ in rules if k not in ("class", "ateco")}

def by_tags(tags):
    fallback = None
    for k, v, c in rules:
        tag = tags.get(k)
        if k in ("class", "ateco") or tag is None or tag == "":
            continue
        if v == "*" or tag.strip().lower() == v:
            if c != "unknown":
                return c
            fallback = fallback or c
    return fallback

def by_value(value, key=None):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    if key in tag_keys and by_tags({key: str(value)}):
        return by_tags({key: str(value)})
    if text.startswith("{"):
        try:
            tags = json.loads(str(value))
        except ValueError:
            tags = None
        if isinstance(tags, dict):
            return by_tags({str(k): None if v is None else str(v) for k, v in tags.items()})
    if text in table:
        return table[text]
    if re.match(r"^\d{2}(\.\d{1,2}){0,3}$", text):
        return ateco.get(text[:2])
    return None

def classify(series, key=None):
    uniques = series.dropna().unique()
    return series.map({u: by_value(u, key) for u in uniques})

CATEGORY = {"residential": "residential", "industrial": "productive", "craft": "productive",
            "coworking": "productive", "office": "other", "services": "other", "other": "other"}
ACTIVITY_CLASSES = ["industrial", "craft", "coworking", "office", "services"]

t = time.perf_counter()
buildings = gpd.read_file(args["gpkg"], layer="buildings", columns=[args["use"], args["levels"]])
activities = gpd.read_file(args["gpkg"], layer="activities", columns=[args["activity"]])
steps["read"] = time.perf_counter() - t

t = time.perf_counter()
buildings["category"] = classify(buildings[args["use"]]).map(CATEGORY).fillna("unknown")
levels = pd.to_numeric(buildings[args["levels"]], errors="coerce")
buildings["levels_used"] = levels.where(levels > 0, args["default_levels"])
activities["class"] = classify(activities[args["activity"]], args["activity"].strip().lower())
steps["classify"] = time.perf_counter() - t

# The grid: square cells aligned to multiples of the cell size, over the extent of both layers.
t = time.perf_counter()
cell = args["cell"]
b1, a1 = buildings.total_bounds, activities.total_bounds
xmin, ymin = min(b1[0], a1[0]), min(b1[1], a1[1])
xmax, ymax = max(b1[2], a1[2]), max(b1[3], a1[3])
c0, r0 = math.floor(xmin / cell), math.floor(ymin / cell)
c1, r1 = max(c0, math.ceil(xmax / cell) - 1), max(r0, math.ceil(ymax / cell) - 1)
cols, rows = np.meshgrid(np.arange(c0, c1 + 1), np.arange(r0, r1 + 1))
cols, rows = cols.ravel(), rows.ravel()
grid = gpd.GeoDataFrame(
    {"unit_id": [f"E{c}N{r}" for c, r in zip(cols, rows)]},
    geometry=shapely.box(cols * cell, rows * cell, (cols + 1) * cell, (rows + 1) * cell),
    crs=buildings.crs,
)
steps["grid"] = time.perf_counter() - t

# Buildings cut by the cells; floor = footprint x levels, summed per cell and category.
t = time.perf_counter()
pieces = gpd.overlay(buildings[["category", "levels_used", "geometry"]], grid, how="intersection")
steps["overlay"] = time.perf_counter() - t
t = time.perf_counter()
pieces["area"] = pieces.geometry.area
pieces["floor"] = pieces["area"] * pieces["levels_used"]
floors = pieces.pivot_table(index="unit_id", columns="category", values="floor", aggfunc="sum", fill_value=0.0)
floors = floors.reindex(columns=["residential", "productive", "other", "unknown"], fill_value=0.0)
per_cell = pieces.groupby("unit_id").agg(buildings=("area", "size"), footprint_m2=("area", "sum"))
out = per_cell.join(floors)
out.columns = ["buildings", "footprint_m2", "floor_res_m2", "floor_prod_m2", "floor_other_m2", "floor_unknown_m2"]
out["floor_m2"] = out[["floor_res_m2", "floor_prod_m2", "floor_other_m2", "floor_unknown_m2"]].sum(axis=1)
cell_area = cell * cell
out["gsi"] = out["footprint_m2"] / cell_area
out["fsi"] = out["floor_m2"] / cell_area
known = out[["floor_res_m2", "floor_prod_m2", "floor_other_m2"]]
total = known.sum(axis=1)
out["mxi"] = (100.0 * out["floor_res_m2"] / total).where(total > 0)
with np.errstate(invalid="ignore", divide="ignore"):
    out["mix_entropy"] = pd.Series(entropy(known.to_numpy(), axis=1) / math.log(3), index=out.index).where(total > 0)
steps["floor indicators"] = time.perf_counter() - t

# Activities per cell and class.
t = time.perf_counter()
joined = gpd.sjoin(activities[activities["class"].isin(ACTIVITY_CLASSES)], grid, predicate="within")
joined = joined[~joined.index.duplicated(keep="first")]  # a point on a cell border counts once
counts = pd.crosstab(joined["unit_id"], joined["class"]).reindex(columns=ACTIVITY_CLASSES, fill_value=0)
counts.columns = [f"act_{c}" for c in ACTIVITY_CLASSES]
out = out.join(counts, how="outer")
out[counts.columns] = out[counts.columns].fillna(0).astype(int)
out["activities"] = out[counts.columns].sum(axis=1)
out[["buildings"]] = out[["buildings"]].fillna(0).astype(int)
for column in ("footprint_m2", "floor_res_m2", "floor_prod_m2", "floor_other_m2", "floor_unknown_m2", "floor_m2",
               "gsi", "fsi"):
    out[column] = out[column].fillna(0.0)
steps["activities"] = time.perf_counter() - t
t = time.perf_counter()
out.sort_index().to_csv(args["out"], index_label="unit_id")
steps["write"] = time.perf_counter() - t
steps["total"] = time.perf_counter() - start
print(json.dumps({"steps": steps, "cells": len(out), "pieces": len(pieces)}))
"""


def ensure_peer() -> Path:
    """geopandas, momepy and pyogrio in their own venv under bench_output/ (made once, from PyPI)."""
    python = PEER_VENV / "bin/python"
    check = [
        str(python),
        "-c",
        "import geopandas, momepy, pyogrio, scipy, shapely; "
        "print(f'geopandas {geopandas.__version__}, momepy {momepy.__version__}, pyogrio {pyogrio.__version__}, "
        "shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), scipy {scipy.__version__}')",
    ]
    found = subprocess.run(check, capture_output=True, text=True) if python.exists() else None
    if found is None or found.returncode != 0:
        print(f"bench: installing {' '.join(PEER_REQUIREMENTS)} into {PEER_VENV} (once)")
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--clear", str(PEER_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", *PEER_REQUIREMENTS],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        found = subprocess.run(check, capture_output=True, text=True, check=True)
    print(f"bench: peer venv {PEER_VENV.relative_to(REPO)}: {found.stdout.strip()}")
    return python


# ---------------------------------------------------------------------------------------------------------------
# Ours: the core alone in a fresh Python, and the algorithm through qgis_process.

CORE_SCRIPT = r'''
import json, sys, time
args = json.loads(sys.argv[1])
import geopandas as gpd
import numpy as np
import shapely
from osgeo import ogr
from reindustria_plugin.analysis.livework.microspaces import MixParameters, live_work_mix
from reindustria_plugin.analysis.osm.tags import load_tag_mapping

def read(layer_name, fields):
    """A GeoDataFrame through GDAL's Arrow stream (the fast way, DESIGN section 3)."""
    source = ogr.Open(args["gpkg"])
    layer = source.GetLayerByName(layer_name)
    columns = {name: [] for name in fields}
    wkb = []
    for batch in layer.GetArrowStreamAsNumPy():
        wkb.append(batch[layer.GetGeometryColumn() or "geom"])
        for name in fields:
            values = batch[name]
            if values.dtype.kind == "S":  # text comes as bytes
                values = np.ma.masked_array(np.char.decode(np.ma.getdata(values)).astype(object), np.ma.getmask(values))
            elif values.dtype.kind in "iu":  # NULL numbers as NaN
                values = np.ma.masked_array(np.ma.getdata(values).astype(float), np.ma.getmask(values))
            columns[name].append(np.ma.filled(values, None if values.dtype == object else np.nan))
    frame = {name: np.concatenate(parts) for name, parts in columns.items()}
    geoms = shapely.from_wkb(np.concatenate(wkb))
    return gpd.GeoDataFrame(frame, geometry=geoms, crs=layer.GetSpatialRef().ExportToWkt())

start = time.perf_counter()
buildings = read("buildings", [args["use"], args["levels"]]).rename(columns={args["use"]: "use", args["levels"]: "levels"})
activities = read("activities", [args["activity"]]).rename(columns={args["activity"]: "activity"})
read_s = time.perf_counter() - start
mapping = load_tag_mapping(args["preset"])
start = time.perf_counter()
result = live_work_mix(
    buildings, mapping, activities=activities, activity_key=args["activity"], cell_size=args["cell"],
    params=MixParameters(default_levels=args["default_levels"]), want_microspaces=args["microspaces"],
)
core = time.perf_counter() - start
result.units.drop(columns="geometry").to_csv(args["out"], index=False)
print(json.dumps({"core": core, "read": read_s, "units": len(result.units)}))
'''


class Sides:
    """The commands of one size: the peer, our core in a fresh Python, our algorithm through qgis_process."""

    def __init__(self, work: Path, peer_python: Path | None, n: int, settings: dict):
        self.work, self.peer_python, self.n, self.settings = work, peer_python, n, settings
        self.gpkg = write_city(n)
        self.binary, self.env = qgis_process_env(work)
        help_run = subprocess.run(
            [self.binary, "help", "reindustria:liveworkmicrospaces"],
            env=self.env,
            capture_output=True,
            text=True,
        )
        self.has_alg = help_run.returncode == 0
        self.has_core = (REPO / "reindustria_plugin/analysis/livework/microspaces.py").exists()
        self.out = {side: OUT / f"livework_{n}_{side}.csv" for side in ("peer", "core")}
        self.out["ours"] = OUT / f"livework_{n}_units.gpkg"

    def _args(self, out: Path) -> dict:
        s = self.settings
        return {
            "gpkg": str(self.gpkg),
            "preset": str(PRESET),
            "use": "building",
            "levels": "levels",
            "activity": s["activity_field"],
            "default_levels": s["default_levels"],
            "cell": s["cell"],
            "microspaces": False,
            "out": str(out),
        }

    def peer(self) -> tuple[float, int, dict]:
        cmd = [str(self.peer_python), "-c", PEER_SCRIPT, json.dumps(self._args(self.out["peer"]))]
        elapsed, rss, stdout = timed(cmd, env=dict(os.environ, PYTHONWARNINGS="ignore"))
        return elapsed, rss, last_json(stdout)

    def core(self) -> tuple[float, int, dict]:
        env = dict(os.environ, PYTHONPATH=str(REPO), PROJ_DATA="/usr/share/proj", PYTHONWARNINGS="ignore")
        cmd = [str(REPO / ".venv/bin/python"), "-c", CORE_SCRIPT, json.dumps(self._args(self.out["core"]))]
        elapsed, rss, stdout = timed(cmd, env=env)
        return elapsed, rss, last_json(stdout)

    def ours_params(self) -> list[str]:
        s = self.settings
        return [
            f"BUILDINGS={self.gpkg}|layername=buildings",
            "USE_FIELD=building",
            "LEVELS_FIELD=levels",
            f"DEFAULT_LEVELS={s['default_levels']:g}",
            f"ACTIVITIES={self.gpkg}|layername=activities",
            f"ACTIVITY_FIELD={s['activity_field']}",
            f"CELL_SIZE={s['cell']:g}",
            "GRID_SHAPE=0",
            f"UNITS={self.out['ours']}",
        ]

    def ours(self) -> tuple[float, int]:
        self.out["ours"].unlink(missing_ok=True)
        cmd = [self.binary, "run", "reindustria:liveworkmicrospaces", "--", *self.ours_params()]
        return timed(cmd, env=self.env)[:2]

    def startup(self) -> tuple[float, int]:
        return timed([self.binary, "help", "reindustria:liveworkmicrospaces"], env=self.env)[:2]


# ---------------------------------------------------------------------------------------------------------------
# Same numbers?

#: Columns compared cell by cell, and the absolute tolerance of each beside the relative 1e-6.
COMPARED = {
    "buildings": 0,
    "footprint_m2": 1e-6,
    "floor_res_m2": 1e-6,
    "floor_prod_m2": 1e-6,
    "floor_other_m2": 1e-6,
    "floor_unknown_m2": 1e-6,
    "floor_m2": 1e-6,
    "gsi": 1e-10,
    "fsi": 1e-10,
    "mxi": 1e-8,
    "mix_entropy": 1e-10,
    "act_industrial": 0,
    "act_craft": 0,
    "act_coworking": 0,
    "act_office": 0,
    "act_services": 0,
    "activities": 0,
}
RELATIVE = 1e-6


def read_units_gpkg(path: Path):
    """The attribute table of our UNITS GeoPackage as a DataFrame (GDAL, no geometry)."""
    import pandas as pd
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    names = [
        layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())
    ]
    rows = [[f.GetField(i) for i in range(len(names))] for f in layer]
    return pd.DataFrame(rows, columns=names)


def compare(peer, ours, label: str) -> tuple[bool, list[str]]:
    """Cell-by-cell comparison of two unit tables (``unit_id`` and the COMPARED columns); returns (same, lines)."""
    import numpy as np
    import pandas as pd

    peer = peer.set_index("unit_id")
    ours = ours.set_index("unit_id")
    occupied = (pd.to_numeric(ours["buildings"]) > 0) | (pd.to_numeric(ours["activities"]) > 0)
    lines = []
    same = True
    only_peer = peer.index.difference(ours.index[occupied])
    only_ours = ours.index[occupied].difference(peer.index)
    lines.append(
        f"cells with buildings or activities: peer {len(peer):,}, {label} {int(occupied.sum()):,} "
        f"(+{int((~occupied).sum()):,} empty cells of the grid); only in the peer {len(only_peer)}, only in "
        f"{label} {len(only_ours)}"
    )
    same &= not len(only_peer) and not len(only_ours)
    common = peer.index.intersection(ours.index)
    for column, atol in COMPARED.items():
        if column not in ours.columns or column not in peer.columns:
            lines.append(f"{column}: missing in {'the peer' if column not in peer.columns else label}")
            same = False
            continue
        a = pd.to_numeric(peer.loc[common, column]).to_numpy(dtype=float)
        b = pd.to_numeric(ours.loc[common, column]).to_numpy(dtype=float)
        both_nan = np.isnan(a) & np.isnan(b)
        diff = np.abs(a - b)
        bad = ~both_nan & ~(diff <= atol + RELATIVE * np.maximum(np.abs(a), np.abs(b)))
        with np.errstate(invalid="ignore", divide="ignore"):
            rel = np.where(both_nan, 0.0, diff / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-300))
        rel = np.where(diff == 0, 0.0, rel)
        worst = int(np.nanargmax(np.where(np.isnan(rel), np.inf, rel))) if len(rel) else 0
        if bad.any():
            same = False
            k = int(np.nonzero(bad)[0][0])
            lines.append(
                f"{column}: DIFFERS in {int(bad.sum()):,} of {len(common):,} cells, e.g. {common[k]}: peer {a[k]!r}, "
                f"{label} {b[k]!r}"
            )
        else:
            lines.append(
                f"{column}: same in all {len(common):,} cells (largest relative difference "
                f"{(rel[worst] if len(rel) else 0.0):.1e})"
            )
    return same, lines


# ---------------------------------------------------------------------------------------------------------------


def best(runs: list[tuple]) -> tuple[float, int]:
    """Best time, worst peak memory."""
    return min(r[0] for r in runs), max(r[1] for r in runs)


def spread(runs: list[tuple]) -> float:
    times = [r[0] for r in runs]
    return (max(times) - min(times)) / min(times) if len(times) > 1 else 0.0


def _runs(runs: list[tuple]) -> str:
    return ", ".join(f"{r[0]:.1f}" for r in runs)


def run_size(n: int, peer_python: Path, settings: dict, repeat: int) -> dict:
    """Every measurement for one size; returns the figures for the summary."""
    import pandas as pd

    print(
        f"\nlivework bench: {n:,} buildings, {int(round(ACTIVITY_SHARE * n)):,} activities "
        f"({city_path(n).relative_to(REPO)}), square cells of {settings['cell']:g} m, default levels "
        f"{settings['default_levels']:g}, ACTIVITY_FIELD={settings['activity_field']}; {repeat} run(s) of each"
    )
    figures: dict = {"n": n}
    with tempfile.TemporaryDirectory(prefix="reindustria-bench-") as work:
        sides = Sides(Path(work), peer_python, n, settings)
        if sides.has_alg:
            print(
                "  ours: scripts/qgis-process run reindustria:liveworkmicrospaces -- "
                + " ".join(sides.ours_params())
            )
        else:
            print(
                "  ours: reindustria:liveworkmicrospaces is not in this tree yet: the peer and the core only"
            )
        peer, core, ours, start = [], [], [], []
        for _ in range(repeat):
            peer.append(sides.peer())
            if sides.has_core:
                core.append(sides.core())
            if sides.has_alg:
                ours.append(sides.ours())
                start.append(sides.startup())
        t_peer, rss_peer = best(peer)
        steps = min((r[2] for r in peer), key=lambda r: r["steps"]["total"])["steps"]
        figures.update(peer=(t_peer, rss_peer), peer_spread=spread(peer), peer_imports=steps["imports"])
        print(
            f"  peer (geopandas overlay + sjoin + pandas, whole process; runs {_runs(peer)} s): {t_peer:.2f} s, "
            f"peak {rss_peer} MB"
        )
        print("    peer steps (s): " + ", ".join(f"{k} {v:.2f}" for k, v in steps.items()))
        if core:
            t_core_proc, rss_core = best(core)
            t_core = min(r[2]["core"] for r in core)
            t_read = min(r[2]["read"] for r in core)
            figures.update(core=(t_core, rss_core), core_proc=t_core_proc, core_spread=spread(core))
            calls = ", ".join(f"{r[2]['core']:.1f}" for r in core)
            print(
                f"  our core alone (live_work_mix in a fresh .venv Python, the call only; runs {calls} s): "
                f"{t_core:.2f} s "
                f"(whole process {t_core_proc:.2f} s, reading the layers {t_read:.2f} s; peak {rss_core} MB)"
            )
        if ours:
            t_ours, rss_ours = best(ours)
            t_start, _ = best(start)
            figures.update(ours=(t_ours, rss_ours), ours_spread=spread(ours), startup=t_start)
            print(
                f"  reindustria:liveworkmicrospaces (qgis_process, whole process; runs {_runs(ours)} s): "
                f"{t_ours:.2f} s, peak {rss_ours} MB (qgis_process start-up alone, help: {t_start:.2f} s)"
            )
        peer_table = pd.read_csv(sides.out["peer"])
        checks = []
        if core:
            checks.append(("core", pd.read_csv(sides.out["core"])))
        if ours:
            checks.append(("qgis_process", read_units_gpkg(sides.out["ours"])))
        for label, table in checks:
            same, lines = compare(peer_table, table, label)
            figures[f"same_{label}"] = same
            print(f"  numbers, peer vs {label}: {'SAME' if same else 'DIFFERENT'}")
            for line in lines:
                print(f"    {line}")
    return figures


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_LIVEWORK_SIZES", "100000,1000000").split(",") if s.strip()]
    settings = {
        "cell": float(os.environ.get("BENCH_CELL", "100")),
        "default_levels": float(os.environ.get("BENCH_DEFAULT_LEVELS", "1")),
        "activity_field": os.environ.get("BENCH_ACTIVITY_FIELD", "tags"),
    }
    OUT.mkdir(exist_ok=True)
    peer_python = ensure_peer()
    results = []
    for n in sizes:
        repeat = int(os.environ.get("BENCH_REPEAT", "3" if n <= 200_000 else "1"))
        try:
            results.append(run_size(n, peer_python, settings, max(1, repeat)))
        except Failed as error:
            print(f"  FAILED: {str(error)[-3000:]}")
    summarise(results)
    if os.environ.get("BENCH_CLEAN") == "1":
        for n in sizes:
            for path in (city_path(n), *OUT.glob(f"livework_{n}_*")):
                path.unlink(missing_ok=True)


def summarise(results: list[dict]) -> None:
    if not results:
        return
    print(f"\n  {'livework summary':58s} {'time':>9s} {'peak':>9s}")
    noisy = False
    for r in results:
        n = r["n"]
        rows = [(f"peer, {n:,} buildings (geopandas, whole process)", r["peer"], r["peer_spread"])]
        if "ours" in r:
            rows.append(
                (f"reindustria:liveworkmicrospaces, {n:,} (qgis_process)", r["ours"], r["ours_spread"])
            )
        if "core" in r:
            rows.append((f"  its core alone (live_work_mix), {n:,}", r["core"], r["core_spread"]))
        for label, (t, rss), sp in rows:
            noisy |= sp > 0.15
            print(
                f"  {label:58s} {t:7.2f} s {rss:6d} MB" + (f"   (runs spread {100 * sp:.0f} %)" if sp else "")
            )
    for r in results:
        if "ours" in r:
            ratio = r["peer"][0] / r["ours"][0]
            target = (
                " (target >= 3 at 100,000: " + ("met)" if ratio >= 3 else "NOT met)")
                if r["n"] == 100_000
                else ""
            )
            print(f"  ratio time peer / ours (whole processes), {r['n']:,} buildings = {ratio:.2f}{target}")
            print(
                f"  ratio peak memory ours / peer, {r['n']:,} buildings = {r['ours'][1] / r['peer'][1]:.2f}"
            )
            net = (r["peer"][0] - r["peer_imports"]) / (r["ours"][0] - r["startup"])
            print(
                f"  ratio time without start-up (peer less its imports / ours less qgis_process start-up), "
                f"{r['n']:,} = {net:.2f}"
            )
        if "core" in r:
            print(
                f"  ratio time peer (whole process) / our core alone, {r['n']:,} = {r['peer'][0] / r['core'][0]:.2f}"
            )
    by_n = {r["n"]: r for r in results}
    if 100_000 in by_n and 1_000_000 in by_n:
        small, large = by_n[100_000], by_n[1_000_000]
        for key, label in (("ours", "ours (qgis_process)"), ("core", "our core alone"), ("peer", "peer")):
            if key in small and key in large:
                factor = large[key][0] / small[key][0]
                target = f" (target <= 12: {'met' if factor <= 12 else 'NOT met'})" if key != "peer" else ""
                print(f"  scaling 100,000 -> 1,000,000 buildings, {label}: x{factor:.1f} time{target}")
    for r in results:
        for label in ("core", "qgis_process"):
            if f"same_{label}" in r:
                print(
                    f"  same numbers as the peer, {r['n']:,} buildings, {label}: "
                    f"{'yes' if r[f'same_{label}'] else 'NO (see above)'}"
                )
    if noisy:
        print(
            "  note: repeated runs spread by more than 15 %: the machine (2 cores) is shared; timings are noisy"
        )
    else:
        print("  note: 2 cores shared with other work; the best of the repeated runs is compared")


if __name__ == "__main__":
    main()
