"""Land-use change between two dates on polygons, area-exact, around industrial areas.

The input is a set of *pieces*: polygons that carry a code at the BEFORE and at the AFTER date. A land-use
change layer (Copernicus Urban Atlas change 2012-2018) is already so; two land-use layers become pieces by
overlaying them (:func:`overlay_pieces`). Each piece gets a change type from the typology, is split by the
distance rings around the industrial areas and by the zones, and feeds the same tables as the raster route,
with areas taken from the geometries.

Works with shapely 2 (fast, vectorised) and with shapely 1.8 / geopandas 0.12 (Debian 12's QGIS Python).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..geometry import (
    MIN_AREA,
    intersections,
    make_valid_polygons,
    object_array,
    pair_finder,
    polygonal,
    shapely2,
)
from ..typology import (
    CHANGE_TYPES,
    CLASS_KEYS,
    NODATA_CLASS,
    UNMAPPED_CLASS,
    UNMAPPED_TYPE,
    Nomenclature,
    check_mostly_mapped,
)
from .change_tables import (
    accounting_ha,
    add_zone_columns,
    check_rings,
    check_zones,
    class_crosstab,
    ring_labels,
    round_ha,
    summary_columns,
    summary_rings,
    summary_row,
)

#: Rows per vectorised step: bounds memory, and progress and cancellation are checked between steps.
CHUNK = 20_000
#: Polygons that split the pieces (ring bands, zones) are cut into parts of at most this many vertices.
SUBDIVIDE_VERTICES = 256
#: Overlap (ha) within one input layer above which the run warns that it is counted twice.
OVERLAP_TOLERANCE_HA = 0.01


@dataclass
class VectorChangeResult:
    """Outputs of one run; areas in hectares. ``change`` holds the classified pieces (a GeoDataFrame)."""

    change: object
    transitions: pd.DataFrame
    summary: pd.DataFrame
    accounting: pd.DataFrame
    messages: list[Message] = field(default_factory=list)
    excluded_ha: dict[str, float] = field(default_factory=dict)
    #: The polygons of the industrial areas and of each distance ring the pieces were split by (a
    #: GeoDataFrame), or None without rings.
    rings: object = None


def _check_projected(crs) -> float:
    """Metres per CRS unit; a missing or geographic CRS is an error."""
    if crs is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The land-use polygons have no coordinate reference system: set the layer's CRS and run again.",
            )
        )
    if crs.is_geographic:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The land-use polygons are in geographic coordinates ({crs}): areas and distance rings need a "
                "projected CRS in metres. Reproject the layer (e.g. to EPSG:3035) first.",
            ),
            crs=crs.to_string(),
        )
    return float(crs.axis_info[0].unit_conversion_factor) if crs.axis_info else 1.0


def parse_codes(values: Sequence, what: str) -> pd.Series:
    """Land-use codes as nullable integers; empty values become missing, text that is not a number is an error."""
    series = pd.Series(list(values), dtype=object)
    text = series.map(
        lambda v: None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip()
    )
    text = text.where(text != "", None)
    numbers = pd.to_numeric(text, errors="coerce")
    bad = text.notna() & (numbers.isna() | (numbers % 1 != 0))
    if bad.any():
        examples = ", ".join(sorted({str(v) for v in text[bad]})[:5])
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The {what} code field holds values that are not whole-number land-use codes (e.g. {examples}). "
                "Choose the field with the codes (Urban Atlas: code_2012, code_2018).",
            ),
            what=what,
            examples=examples,
        )
    return numbers.astype("Int64")


def _union(geoms):
    """Union of geometries (geopandas >= 1.0 renamed unary_union to union_all)."""
    import geopandas as gpd

    if shapely2():
        import shapely

        return shapely.union_all(np.asarray(geoms.values if isinstance(geoms, gpd.GeoSeries) else geoms))
    series = geoms if isinstance(geoms, gpd.GeoSeries) else gpd.GeoSeries(list(geoms))
    return series.union_all() if hasattr(series, "union_all") else series.unary_union


def _subdivide(geom, max_vertices: int = SUBDIVIDE_VERTICES) -> list:
    """Cut a large polygon into parts of at most ``max_vertices`` vertices along a quadtree (as PostGIS's
    ST_Subdivide): intersections with small parts are fast, with one huge ring-shaped polygon they are not."""
    if not shapely2():
        return [geom]
    import shapely

    out, stack = [], [geom]
    while stack:
        g = stack.pop()
        if shapely.get_num_coordinates(g) <= max_vertices:
            out.append(g)
            continue
        xmin, ymin, xmax, ymax = g.bounds
        if xmax - xmin >= ymax - ymin:
            mid = (xmin + xmax) / 2
            boxes = shapely.box([xmin, mid], [ymin, ymin], [mid, xmax], [ymax, ymax])
        else:
            mid = (ymin + ymax) / 2
            boxes = shapely.box([xmin, xmin], [ymin, mid], [xmax, xmax], [mid, ymax])
        for half in shapely.intersection(g, boxes):
            half = polygonal(half)
            if half is not None and half.area > 0:
                stack.append(half)
    return out


def overlay_pieces(
    before,
    after,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
):
    """Overlay two land-use layers into pieces with both codes.

    Parameters
    ----------
    before, after
        GeoDataFrames with a ``code`` column (nullable integers) and polygon geometries, in the same CRS.
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.

    Returns
    -------
    pieces : GeoDataFrame
        Columns ``code_before``, ``code_after``, geometry: the intersections of every BEFORE polygon with every
        AFTER polygon it overlaps (lines and points where they only touch are dropped).
    uncovered : tuple of float
        Area (CRS units squared) of BEFORE not covered by AFTER, and of AFTER not covered by BEFORE.
    """
    import geopandas as gpd

    # Invalid polygons would make GEOS fail in the intersections: repair them first (counted again later).
    b_geoms = object_array(make_valid_polygons(before.geometry)[0].values)
    a_geoms = object_array(make_valid_polygons(after.geometry)[0].values)
    b_codes = before["code"].reset_index(drop=True)
    a_codes = after["code"].reset_index(drop=True)
    pairs = pair_finder(a_geoms)
    parts_geom, parts_b, parts_a = [], [], []
    total = len(b_geoms)
    for start in range(0, total, CHUNK):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        chunk = b_geoms[start : start + CHUNK]
        q, t = pairs(chunk)
        geoms, areas = intersections(chunk[q], a_geoms[t])
        keep = areas > MIN_AREA
        parts_geom.append(geoms[keep])
        parts_b.append(q[keep] + start)
        parts_a.append(t[keep])
        if progress is not None:
            progress(min(start + CHUNK, total) / max(total, 1))
    ib = np.concatenate(parts_b) if parts_b else np.array([], dtype=int)
    ia = np.concatenate(parts_a) if parts_a else np.array([], dtype=int)
    geoms = np.concatenate(parts_geom) if parts_geom else np.array([], dtype=object)
    pieces = gpd.GeoDataFrame(
        {
            "code_before": b_codes.iloc[ib].reset_index(drop=True),
            "code_after": a_codes.iloc[ia].reset_index(drop=True),
        },
        geometry=gpd.GeoSeries(list(geoms), crs=before.crs),
        crs=before.crs,
    )
    # Polygons of one layer that overlap each other are counted twice: land_use_change_vector warns.
    pieces.attrs["self_overlap"] = (self_overlap_area(b_geoms), self_overlap_area(a_geoms))
    covered = float(pieces.geometry.area.sum())
    uncovered = (
        max(float(before.geometry.area.sum()) - covered, 0.0),
        max(float(after.geometry.area.sum()) - covered, 0.0),
    )
    return pieces, uncovered


def self_overlap_area(geoms) -> float:
    """Area (CRS units squared) where polygons of one layer overlap each other, each overlapping pair counted
    once: the area a land-use change of the layer counts twice.

    Cheap on large layers: an STRtree self-join gives the pairs whose boxes meet, a DE-9IM test keeps those whose
    interiors share an area (neighbours that only touch are many and are dropped without an overlay), and only
    those pairs are intersected.
    """
    geoms = object_array(geoms)
    if len(geoms) < 2:
        return 0.0
    q, t = pair_finder(geoms)(geoms)
    keep = q < t
    q, t = q[keep], t[keep]
    if not len(q):
        return 0.0
    if shapely2():
        import shapely

        inner = shapely.relate_pattern(geoms[q], geoms[t], "2********")
    else:
        inner = np.array([geoms[a].relate_pattern(geoms[b], "2********") for a, b in zip(q, t)], dtype=bool)
    if not inner.any():
        return 0.0
    _, areas = intersections(geoms[q[inner]], geoms[t[inner]])
    return float(areas.sum())


def _split(pieces, polygons, labels: Sequence, outside, is_canceled=None, disjoint: bool = False):
    """Split pieces by a set of polygons (rings or zones): an identity overlay.

    Each piece becomes its intersections with the polygons it overlaps (column ``part`` = the polygon's label)
    plus what lies outside all of them (``part`` = ``outside``). ``disjoint`` says the polygons do not overlap
    (ring bands): a piece inside one of them then needs no intersection at all.
    """
    import geopandas as gpd

    polys, poly_labels = [], []
    for geom, label in zip(polygons, labels):
        geom = polygonal(geom)
        if geom is None:
            continue
        for part in geom.geoms if geom.geom_type == "MultiPolygon" else [geom]:
            for small in _subdivide(part):
                polys.append(small)
                poly_labels.append(label)
    polys = object_array(polys)
    labels = np.array(poly_labels, dtype=object)
    geoms = object_array(pieces.geometry.values)
    areas = pieces.geometry.area.values
    rows, out_geoms, out_parts = [], [], []
    pairs = pair_finder(polys) if len(polys) else None
    if disjoint and shapely2():
        import shapely

        shapely.prepare(polys)  # each is tested against many pieces
    for start in range(0, len(geoms), CHUNK):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        chunk = geoms[start : start + CHUNK]
        chunk_areas = areas[start : start + len(chunk)]
        q, t = pairs(chunk) if len(polys) and len(chunk) else (np.array([], dtype=int),) * 2
        inter = np.empty(len(q), dtype=object)
        inter_area = np.zeros(len(q))
        todo = np.ones(len(q), dtype=bool)
        if disjoint and len(q):
            # A piece inside one band lies wholly in it; its other candidates only touch it.
            inside = _inside(polys[t], chunk[q])
            inter[inside] = chunk[q[inside]]
            inter_area[inside] = chunk_areas[q[inside]]
            whole = np.zeros(len(chunk), dtype=bool)
            whole[q[inside]] = True
            todo = ~whole[q]
        if todo.any():
            inter[todo], inter_area[todo] = intersections(chunk[q[todo]], polys[t[todo]])
        keep = inter_area > MIN_AREA
        rows.append(q[keep] + start)
        out_geoms.append(inter[keep])
        out_parts.append(labels[t[keep]])
        covered = np.bincount(q[keep], weights=inter_area[keep], minlength=len(chunk))
        # Pieces not (entirely) inside the polygons: keep what lies outside them.
        rest = np.nonzero(chunk_areas - covered > MIN_AREA + 1e-9 * chunk_areas)[0]
        outside_geoms = _outside(chunk, rest, q, t, polys)
        outside_area = _areas(outside_geoms)
        kept = outside_area > MIN_AREA
        rows.append(rest[kept] + start)
        out_geoms.append(outside_geoms[kept])
        out_parts.append(np.full(kept.sum(), outside, dtype=object))
    index = np.concatenate(rows) if rows else np.array([], dtype=int)
    geoms_all = np.concatenate(out_geoms) if out_geoms else np.array([], dtype=object)
    parts_all = np.concatenate(out_parts) if out_parts else np.array([], dtype=object)
    index, geoms_all, parts_all = _merge_fragments(index, geoms_all, parts_all)
    result = pieces.iloc[index].reset_index(drop=True)
    result = gpd.GeoDataFrame(
        result.drop(columns=pieces.geometry.name),
        geometry=gpd.GeoSeries(list(geoms_all), crs=pieces.crs),
        crs=pieces.crs,
    )
    result["part"] = parts_all
    return result


def _split_rings(frame, bands, labels, beyond: int, own_industrial: bool, is_canceled=None):
    """Pieces split by the ring bands, with column ``ring_index``, in piece order.

    With the industrial areas taken from the pieces themselves, an industrial piece lies in the first band by
    construction (the band is their union): only the other pieces are intersected.
    """
    if not own_industrial or not bands:
        ringed = _split(frame, bands, labels, beyond, is_canceled, disjoint=True)
        return ringed.rename(columns={"part": "ring_index"})
    import geopandas as gpd

    own = (frame["from_class"] == "industrial").to_numpy()
    frame = frame.assign(_piece=np.arange(len(frame)))
    inside = frame[own].assign(part=0)
    split = _split(frame[~own].reset_index(drop=True), bands, labels, beyond, is_canceled, disjoint=True)
    ringed = pd.concat([inside, split], ignore_index=True).sort_values("_piece", kind="stable")
    ringed = gpd.GeoDataFrame(ringed.drop(columns="_piece"), geometry=frame.geometry.name, crs=frame.crs)
    return ringed.reset_index(drop=True).rename(columns={"part": "ring_index"})


def _outside(
    chunk: np.ndarray, rest: np.ndarray, q: np.ndarray, t: np.ndarray, polys: np.ndarray
) -> np.ndarray:
    """What lies outside the polygons of pieces ``chunk[rest]``: each piece minus its candidates ``polys[t]``."""
    slot = np.full(len(chunk), -1)
    slot[rest] = np.arange(len(rest))
    mine = slot[q] >= 0
    out = _fold(chunk[rest].copy(), slot[q[mine]], polys[t[mine]], _differences)
    for i, geom in enumerate(out):
        out[i] = polygonal(geom)
    return out


def _fold(acc: np.ndarray, owner: np.ndarray, items: np.ndarray, op) -> np.ndarray:
    """``acc[j] = op(acc[j], item)`` for every item of owner j, as one vectorised call per round (each
    owner's first item, then its second...): no Python call per geometry, no union of many at once."""
    order = np.argsort(owner, kind="stable")
    owner, items = owner[order], items[order]
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner)  # 0, 1, ... within an owner's items
    for r in range(int(rank.max()) + 1 if len(rank) else 0):
        now = rank == r
        acc[owner[now]] = op(acc[owner[now]], items[now])
    return acc


def _inside(polys: np.ndarray, pieces: np.ndarray) -> np.ndarray:
    """Pairwise: ``pieces[i]`` lies in the interior of ``polys[i]`` (prepared), without touching its boundary.

    contains_properly is a point-in-polygon test plus a boundary check, tens of times faster than contains;
    pieces that touch the boundary are simply intersected. Shapely 1.8 has no vectorised form: all False.
    """
    if not shapely2():
        return np.zeros(len(pieces), dtype=bool)
    import shapely

    return np.asarray(shapely.contains_properly(polys, pieces), dtype=bool)


def _differences(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Pairwise ``left[i] - right[i]`` (geometries or None)."""
    if shapely2():
        import shapely

        return shapely.difference(left, right)
    import geopandas as gpd

    return object_array(gpd.GeoSeries(list(left)).difference(gpd.GeoSeries(list(right)), align=False).values)


def _unions(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Pairwise ``left[i] | right[i]``."""
    if shapely2():
        import shapely

        return shapely.union(left, right)
    import geopandas as gpd

    return object_array(gpd.GeoSeries(list(left)).union(gpd.GeoSeries(list(right)), align=False).values)


def _areas(geoms: np.ndarray) -> np.ndarray:
    """Areas of geometries, 0 for None."""
    return np.array([0.0 if g is None else g.area for g in geoms])


def _merge_fragments(index: np.ndarray, geoms: np.ndarray, parts: np.ndarray):
    """One geometry per (piece, label): rejoin the fragments the subdivision cut, in piece order."""

    frame = pd.DataFrame(
        {"index": index, "part": pd.Series(parts, dtype=object).astype(str), "k": np.arange(len(index))}
    )
    frame = frame.sort_values(["index", "part"], kind="stable")
    first = ~frame.duplicated(["index", "part"]).values
    order = frame["k"].values
    starts = np.nonzero(first)[0]
    keep = order[starts]
    merged = geoms[keep].copy()
    # Groups are contiguous after the sort: only those cut by the subdivision hold several fragments.
    group = np.cumsum(first) - 1
    more = ~first
    if more.any():
        merged = _fold(merged, group[more], geoms[order[more]], _unions)
        for g in np.unique(group[more]):
            merged[g] = polygonal(merged[g])
    return index[keep], merged, parts[keep]


def _ring_bands(industrial, rings: Sequence[float]):
    """Non-overlapping polygons: the industrial areas, then each ring (buffer minus the previous buffer)."""
    import geopandas as gpd

    bands, labels = [], []
    inner = _union(industrial)
    if inner is None or inner.is_empty:
        return bands, labels
    previous = inner
    bands.append(inner)
    labels.append(0)
    parts = gpd.GeoSeries(list(getattr(inner, "geoms", [inner])))

    def buffered(distance: float):
        # The union of the parts' buffers is the buffer of the union, and far faster for many parts
        # (GEOS buffers a many-part polygon as one noding problem).
        return _union(parts.buffer(distance, resolution=16))

    if shapely2() and len(rings) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(2) as pool:  # GEOS releases the GIL: one buffer per core
            outers = list(pool.map(buffered, rings))
    else:
        outers = [buffered(distance) for distance in rings]
    for k, outer in enumerate(outers, start=1):
        bands.append(outer.difference(previous))
        labels.append(k)
        previous = outer
    return bands, labels


def _ring_frame(bands, band_labels, ring_info, crs, to_ha: float):
    """The ring bands as a GeoDataFrame: ring label, inner and outer distance (map units), area in hectares."""
    import geopandas as gpd

    info = [ring_info[k] for k in band_labels]
    return gpd.GeoDataFrame(
        {
            "ring": [label for label, _lo, _hi in info],
            "ring_from": [float(lo) for _label, lo, _hi in info],
            "ring_to": [float(hi) for _label, _lo, hi in info],
            "area_ha": round_ha([g.area * to_ha for g in bands]),
        },
        geometry=list(bands),
        crs=crs,
    )


def ring_polygons(industrial, rings: Sequence[float], crs, to_ha: float = 1e-4):
    """The polygons of the industrial areas (shapely geometries) and of each distance ring around them, as
    the polygon route splits its pieces by (the last ring, "beyond", is not drawn)."""
    rings = check_rings(rings)
    bands, band_labels = _ring_bands(list(industrial), rings)
    return _ring_frame(bands, band_labels, ring_labels(rings), crs, to_ha)


def land_use_change_vector(
    pieces,
    nomenclature: Nomenclature,
    typology: np.ndarray,
    rings: Sequence[float] = (),
    industrial_areas: Sequence | None = None,
    zones: Sequence[tuple[object, str]] | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    presets: Sequence[tuple[str, Nomenclature]] = (),
) -> VectorChangeResult:
    """Classify what happened between two dates on land-use polygons, area-exact.

    Parameters
    ----------
    pieces
        GeoDataFrame with nullable-integer columns ``code_before`` and ``code_after`` (see :func:`parse_codes`)
        and polygon geometries in a projected CRS: a change layer, or :func:`overlay_pieces` of two layers.
    nomenclature
        Code -> production class (see :func:`reindustria_plugin.analysis.typology.load_nomenclature`).
    typology
        (n_classes, n_classes) change-type codes (see :func:`~reindustria_plugin.analysis.typology.load_typology`).
    rings
        Increasing distances in CRS units from the industrial areas; empty for no rings.
    industrial_areas
        Shapely polygons in the pieces' CRS; None = the pieces of industrial class at the BEFORE date.
    zones
        (geometry, name) pairs in the pieces' CRS for the summary; None = one zone "all". Overlapping zones
        each count the shared area; the "all" rows count it once.
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.
    presets
        (name shown to users, nomenclature) pairs: when most of the area of a date has codes ``nomenclature``
        does not list, the run stops with an error suggesting the preset that lists them.

    Returns
    -------
    VectorChangeResult
        ``change``: the pieces split by ring (and zone), with codes, labels, classes, change type and area_ha.
    """
    import geopandas as gpd

    messages: list[Message] = []
    rings = check_rings(rings)
    ring_info = ring_labels(rings)
    unit = _check_projected(pieces.crs)
    to_ha = unit * unit / 10_000.0

    def step(fraction: float) -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if progress is not None:
            progress(fraction)

    overlap = getattr(pieces, "attrs", {}).get("self_overlap") or (0.0, 0.0)
    for name, area in zip(("BEFORE", "AFTER"), overlap):
        if area * to_ha > OVERLAP_TOLERANCE_HA:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Polygons of the {name} layer overlap each other on {ha} ha: their overlap is counted "
                        "twice. Give each place one polygon (e.g. with Vector ▸ Geoprocessing Tools ▸ "
                        "Difference or Union).",
                    ),
                    name=name,
                    ha=f"{area * to_ha:,.2f}",
                )
            )
    frame = gpd.GeoDataFrame(
        {"code_before": pieces["code_before"].values, "code_after": pieces["code_after"].values},
        geometry=pieces.geometry.values,
        crs=pieces.crs,
    )
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)].reset_index(drop=True)
    geometry, repaired = make_valid_polygons(frame.geometry)
    frame = frame.set_geometry(geometry)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty].reset_index(drop=True)
    if repaired:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP("analysis", "{count} invalid polygons were repaired before the analysis."),
                count=repaired,
            )
        )
    step(0.05)

    # Codes -> classes -> change types; missing codes and 'no data' classes are excluded and reported.
    class_of = dict(zip(nomenclature.codes.tolist(), nomenclature.classes))
    label_of = dict(zip(nomenclature.codes.tolist(), nomenclature.labels))
    area = frame.geometry.area.values
    excluded_ha: dict[str, float] = {}
    keep = np.ones(len(frame), dtype=bool)
    for name, column in (("BEFORE", "code_before"), ("AFTER", "code_after")):
        missing = frame[column].isna().values
        excluded_ha[f"nodata_{name.lower()}"] = float(area[missing & keep].sum()) * to_ha
        keep &= ~missing
    nodata_codes = [c for c, k in class_of.items() if k == NODATA_CLASS]
    nodata_class = (
        frame["code_before"].isin(nodata_codes) | frame["code_after"].isin(nodata_codes)
    ).to_numpy(dtype=bool)
    excluded_ha["excluded_class"] = float(area[nodata_class & keep].sum()) * to_ha
    keep &= ~nodata_class
    frame = frame[keep].reset_index(drop=True)
    frame["code_before"] = frame["code_before"].astype("int64")
    frame["code_after"] = frame["code_after"].astype("int64")
    area = area[keep]
    for name, column in (("BEFORE", "code_before"), ("AFTER", "code_after")):
        per_code = pd.Series(area).groupby(frame[column].values).sum()
        check_mostly_mapped(name, per_code.index.values, per_code.values, nomenclature, presets)

    for name, column in (("BEFORE", "code_before"), ("AFTER", "code_after")):
        unknown = frame.loc[~frame[column].isin(class_of), column]
        if len(unknown):
            ha = frame.geometry.area[unknown.index].groupby(unknown).sum() * to_ha
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "{name}: {count} codes are not in the nomenclature and were kept as 'unmapped' "
                        "(code: hectares): {codes}. Check the nomenclature choice or add them to a custom CSV.",
                    ),
                    name=name,
                    count=len(ha),
                    codes=", ".join(f"{c}: {v:.2f}" for c, v in ha.items()),
                )
            )
    for key, text in (
        ("nodata_before", QT_TRANSLATE_NOOP("analysis", "no code at the BEFORE date")),
        ("nodata_after", QT_TRANSLATE_NOOP("analysis", "no code at the AFTER date")),
        ("excluded_class", QT_TRANSLATE_NOOP("analysis", "a 'no data' class of the nomenclature")),
    ):
        if excluded_ha[key] > 0:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP("analysis", "{ha} ha of polygons were excluded: {why}."),
                    ha=f"{excluded_ha[key]:.2f}",
                    why=text,
                )
            )
    if frame.empty:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "No polygon has a land-use code at both dates: check the code fields, the selection and, with "
                "two layers, that they overlap.",
            )
        )

    frame["from_class"] = _lookup(frame["code_before"], class_of, UNMAPPED_CLASS)
    frame["to_class"] = _lookup(frame["code_after"], class_of, UNMAPPED_CLASS)
    cls_pos = {k: i for i, k in enumerate(CLASS_KEYS)}
    b = _lookup(frame["from_class"], cls_pos, -1).astype(np.int64).values
    a = _lookup(frame["to_class"], cls_pos, -1).astype(np.int64).values
    known = (b >= 0) & (a >= 0)
    frame["change_code"] = np.where(
        known, typology[np.maximum(b, 0), np.maximum(a, 0)], UNMAPPED_TYPE
    ).astype(np.int64)
    step(0.15)

    # Transitions and accounting come from the whole pieces, before any split.
    frame["area_ha"] = frame.geometry.area.values * to_ha
    transitions = _transitions(frame, class_of, label_of)
    codes_b = np.unique(frame["code_before"].values)
    codes_a = np.unique(frame["code_after"].values)
    ct = np.zeros((len(codes_b), len(codes_a)))
    np.add.at(
        ct,
        (
            np.searchsorted(codes_b, frame["code_before"].values),
            np.searchsorted(codes_a, frame["code_after"].values),
        ),
        frame["area_ha"].values,
    )
    agg, keys = class_crosstab(ct, codes_b, codes_a, nomenclature)
    accounting = accounting_ha(agg, keys)
    step(0.25)

    # Distance rings: split the pieces by the bands around the industrial areas.
    if rings:
        if industrial_areas is None:
            industrial = frame.geometry[frame["from_class"] == "industrial"].values
        else:
            industrial = list(industrial_areas)
        bands, band_labels = _ring_bands(industrial, rings)
        ring_frame = _ring_frame(bands, band_labels, ring_info, pieces.crs, to_ha)
        if not bands:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "There are no industrial areas: every polygon falls in the last ring ('beyond').",
                    )
                )
            )
        step(0.35)
        ringed = _split_rings(
            frame, bands, band_labels, len(ring_info) - 1, industrial_areas is None, is_canceled
        )
    else:
        ringed = frame.copy()
        ringed["ring_index"] = 0
    ringed["ring_index"] = ringed["ring_index"].astype(np.int64)
    ringed["ring"] = [ring_info[i][0] for i in ringed["ring_index"]]
    ringed["area_ha"] = ringed.geometry.area.values * to_ha
    step(0.6)

    zone_names = [str(name) for _, name in zones] if zones else []
    if zones:
        zoned = _split(ringed, [g for g, _ in zones], list(range(len(zones))), -1, is_canceled)
        zoned["zone"] = [zone_names[i] if i >= 0 else None for i in zoned["part"]]
        zoned = zoned.drop(columns="part")
        zoned["area_ha"] = zoned.geometry.area.values * to_ha
        zone_area = zoned.groupby("zone")["area_ha"].sum()
        warning = check_zones(zone_names, [zone_area.get(name, 0.0) > 0 for name in zone_names])
        if warning is not None:
            messages.append(warning)
        change = zoned
    else:
        change = ringed
    step(0.85)

    summary = add_zone_columns(_summary(ringed, zoned if zones else None, zone_names, ring_info), typology)
    change = _change_layer(change, class_of, label_of, bool(zones))
    step(1.0)
    return VectorChangeResult(
        change, transitions, summary, accounting, messages, excluded_ha, ring_frame if rings else None
    )


def _lookup(values: pd.Series, mapping: dict, default) -> pd.Series:
    """Map a column through a dict, once per distinct value (fast on hundreds of thousands of rows)."""
    uniques = pd.unique(values)
    table = pd.Series([mapping.get(u, default) for u in uniques], index=uniques)
    return pd.Series(table.reindex(values.values).values, index=values.index)


def _labels(codes: pd.Series, label_of: dict) -> pd.Series:
    uniques = pd.unique(codes)
    return _lookup(codes, {u: _label(label_of, u) for u in uniques}, "")


def _label(label_of: dict, code: int) -> str:
    return label_of.get(code, f"{code} (unmapped)")


def _transitions(frame, class_of, label_of) -> pd.DataFrame:
    grouped = (
        frame.groupby(["code_before", "code_after"], sort=True)
        .agg(features=("area_ha", "size"), area_ha=("area_ha", "sum"), change_code=("change_code", "first"))
        .reset_index()
    )
    return pd.DataFrame(
        {
            "from_code": grouped["code_before"].astype(np.int64),
            "to_code": grouped["code_after"].astype(np.int64),
            "from_label": [_label(label_of, c) for c in grouped["code_before"]],
            "to_label": [_label(label_of, c) for c in grouped["code_after"]],
            "from_class": [class_of.get(c, UNMAPPED_CLASS) for c in grouped["code_before"]],
            "to_class": [class_of.get(c, UNMAPPED_CLASS) for c in grouped["code_after"]],
            "features": grouped["features"].astype(np.int64),
            "area_ha": round_ha(grouped["area_ha"]),
            "change_code": grouped["change_code"].astype(np.int64),
            "change_type": [CHANGE_TYPES[c].key for c in grouped["change_code"]],
        }
    )


def _summary(ringed, zoned, zone_names, ring_info) -> pd.DataFrame:
    """Per zone (and all zones), per ring (and all rings): area and share of each change type."""
    groups = []
    if zoned is not None:
        for name in zone_names:
            groups.append((name, zoned[zoned["zone"] == name]))
    groups.append(("all", ringed))
    rows = []
    for zone, part in groups:
        for r, label, lo, hi in summary_rings(ring_info):
            sel = part if r is None else part[part["ring_index"] == r]
            total = float(sel["area_ha"].sum())
            if total <= 0:
                continue
            by_type = sel.groupby("change_code")["area_ha"].agg(["size", "sum"])
            for t in CHANGE_TYPES:
                if t.code in by_type.index:
                    features, ha = by_type.loc[t.code]
                    rows.append(
                        summary_row(zone, label, lo, hi, t, "features", int(features), float(ha), total)
                    )
    return pd.DataFrame(rows, columns=summary_columns("features"))


def _change_layer(change, class_of, label_of, has_zones: bool):
    import geopandas as gpd

    data = {
        "from_code": change["code_before"].astype(np.int64).values,
        "to_code": change["code_after"].astype(np.int64).values,
        "from_label": _labels(change["code_before"], label_of).values,
        "to_label": _labels(change["code_after"], label_of).values,
        "from_class": change["from_class"].values,
        "to_class": change["to_class"].values,
        "change_code": change["change_code"].astype(np.int64).values,
        "change_type": _lookup(change["change_code"], {t.code: t.key for t in CHANGE_TYPES}, "").values,
        "ring": change["ring"].values,
    }
    if has_zones:
        data["zone"] = change["zone"].values
    data["area_ha"] = round_ha(change["area_ha"])
    return gpd.GeoDataFrame(data, geometry=change.geometry.values, crs=change.crs)
