"""Geometry helpers shared by the polygon tools, on shapely 2 (vectorised) and on shapely 1.8 / geopandas 0.12
(the Python of Debian 12's QGIS), which the plugin must also run on."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np

#: Below this many pairs an intersection runs in one thread.
PARALLEL_MIN = 5_000
#: Pieces smaller than this (in CRS units squared) are slivers of an overlay.
MIN_AREA = 1e-6


@cache
def shapely2() -> bool:
    import shapely

    return int(shapely.__version__.split(".")[0]) >= 2


def polygonal(geom):
    """The polygonal part of an overlay result (a collection may also hold lines and points), or None."""
    from shapely.geometry import MultiPolygon, Polygon

    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    if hasattr(geom, "geoms"):
        polys = []
        for part in geom.geoms:
            part = polygonal(part)
            if part is not None:
                polys.extend(part.geoms if part.geom_type == "MultiPolygon" else [part])
        return MultiPolygon(polys) if len(polys) > 1 else (polys[0] if polys else None)
    return geom if isinstance(geom, Polygon) else None


def object_array(items) -> np.ndarray:
    """A 1-d object array of geometries. np.array() would unpack shapely 1.8 multi-part geometries, which are
    sequences there, into a 2-d array."""
    items = list(items)
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out


def make_valid_polygons(series):
    """Repair invalid polygons, keeping every lobe (buffer(0) would drop half a bow-tie); returns (series, count)."""
    from shapely.validation import make_valid  # in shapely 1.8 and 2

    invalid = ~series.is_valid
    count = int(invalid.sum())
    if count:
        import geopandas as gpd

        geoms = list(series.values)
        for i in np.nonzero(invalid.values)[0]:
            geoms[i] = polygonal(make_valid(geoms[i]))
        series = gpd.GeoSeries(geoms, index=series.index, crs=series.crs)
    return series, count


def pair_finder(tree_geoms: np.ndarray) -> Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """A function giving the index pairs (query, tree) of intersecting geometries; the index is built once."""
    if shapely2():
        import shapely

        tree = shapely.STRtree(tree_geoms)
        return lambda chunk: tree.query(chunk, predicate="intersects")
    import geopandas as gpd

    sindex = gpd.GeoSeries(list(tree_geoms)).sindex
    return lambda chunk: sindex.query_bulk(gpd.GeoSeries(list(chunk)), predicate="intersects")


def intersections(left, right) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise intersections of two aligned geometry arrays: (polygonal geometries, areas)."""
    if shapely2():
        import shapely

        left = np.asarray(left, dtype=object)
        right = np.asarray(right, dtype=object)
        # shapely 2 releases the GIL in its vectorised functions: two threads use both cores.
        if len(left) >= 2 * PARALLEL_MIN:
            from concurrent.futures import ThreadPoolExecutor

            half = len(left) // 2
            with ThreadPoolExecutor(2) as pool:
                parts = list(
                    pool.map(
                        lambda s: shapely.intersection(left[s], right[s]), (slice(0, half), slice(half, None))
                    )
                )
            geoms = np.concatenate(parts)
        else:
            geoms = shapely.intersection(left, right)
        areas = np.nan_to_num(shapely.area(geoms))
        # Collections holding polygons lose their lines and points; lines and points alone have no area and
        # are dropped by the callers anyway.
        odd = ~np.isin(shapely.get_type_id(geoms), (3, 6)) & (areas > MIN_AREA)
        for i in np.nonzero(odd)[0]:
            geoms[i] = polygonal(geoms[i])
        return geoms, areas
    import geopandas as gpd

    inter = gpd.GeoSeries(list(left)).intersection(gpd.GeoSeries(list(right)), align=False)
    geoms = object_array(inter.values)
    odd = ~np.isin(inter.geom_type.values, ["Polygon", "MultiPolygon"])
    for i in np.nonzero(odd)[0]:
        geoms[i] = polygonal(geoms[i])
    areas = gpd.GeoSeries(list(geoms)).area.fillna(0.0).values
    return geoms, areas
