"""Land-use polygons from OpenStreetMap with a code of the nomenclature ``nomenclature_osm_landuse.csv``, so two
downloads (two dates) go straight into ``reindustria:landusechangevector``.

An area is taken when it is tagged with one of the land uses of :data:`LANDUSE_CODES` or is disused or abandoned
industrial land (``disused:landuse=industrial``, ``abandoned:landuse=industrial``, or ``landuse=industrial`` with
``disused=yes`` / ``abandoned=yes``), which comes first: a dismantled plant is vacant land, whatever else it is
tagged. Its production class is the nomenclature's class of its code (the CSV decides, so an edited copy
re-classes the areas). OSM land-use areas may overlap (a retail park mapped inside an industrial estate): where
they do, the smaller, more specific area keeps the place and the larger is cut (:func:`resolve_overlaps`), so each
place has one land use and a land-use change counts it once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..errors import QT_TRANSLATE_NOOP, Canceled, Message
from ..geometry import object_array, pair_finder, polygonal
from ..typology import UNMAPPED_CLASS, Nomenclature
from .production import OsmLayer, _clean_polygons, _from_wkb, _json, layer_tags, osm_ids

#: OSM tag -> code of nomenclature_osm_landuse.csv (901-918: apart from the CORINE and Urban Atlas codes, so
#: a wrong nomenclature leaves them unmapped instead of classing them silently).
LANDUSE_CODES: dict[tuple[str, str], int] = {
    ("landuse", "industrial"): 901,
    ("landuse", "commercial"): 902,
    ("landuse", "retail"): 903,
    ("landuse", "residential"): 904,
    ("landuse", "brownfield"): 905,
    ("landuse", "construction"): 906,
    ("landuse", "greenfield"): 907,
    # Agricultural and natural land (class green): industrial land taken from it shows as land take.
    ("landuse", "farmland"): 909,
    ("landuse", "meadow"): 910,
    ("landuse", "grass"): 911,
    ("landuse", "orchard"): 912,
    ("landuse", "vineyard"): 913,
    ("landuse", "farmyard"): 914,
    ("landuse", "forest"): 915,
    ("natural", "wood"): 916,
    ("natural", "scrub"): 917,
    ("natural", "grassland"): 918,
}
#: Code of disused or abandoned industrial land.
DISUSED_INDUSTRIAL = 908
#: Columns of the land-use output, in order.
LANDUSE_COLUMNS = ("osm_id", "code", "production_class", "landuse", "name", "tags")
_LIFECYCLE = ("disused", "abandoned")


def landuse_code(tags: Mapping[str, str]) -> tuple[int, str] | None:
    """(code, land-use value as shown) of an OSM area's tags, or None when it is no land use of the query.

    Disused or abandoned industrial land gives (:data:`DISUSED_INDUSTRIAL`, ``disused:industrial``) or
    ``abandoned:industrial``) before any other land use."""
    landuse = (tags.get("landuse") or "").strip().lower()
    for prefix in _LIFECYCLE:
        if (tags.get(f"{prefix}:landuse") or "").strip().lower() == "industrial" or (
            landuse == "industrial" and (tags.get(prefix) or "").strip().lower() == "yes"
        ):
            return DISUSED_INDUSTRIAL, f"{prefix}:industrial"
    code = LANDUSE_CODES.get(("landuse", landuse))
    if code is not None:
        return code, landuse
    natural = (tags.get("natural") or "").strip().lower()
    code = LANDUSE_CODES.get(("natural", natural))
    return (code, f"natural:{natural}") if code is not None else None


def resolve_overlaps(shapes: list) -> tuple[list, float, int]:
    """Cut overlapping polygons so that each place belongs to one: the smaller polygon (by area; the earlier on
    a tie) keeps the overlap, the larger loses it.

    Returns
    -------
    tuple
        (the polygons, None for one covered entirely by smaller ones; the area resolved, in CRS units squared;
        the number of polygons cut).
    """
    geoms = object_array(shapes)
    if len(geoms) < 2:
        return list(shapes), 0.0, 0
    areas = [g.area for g in shapes]
    rank = {i: r for r, i in enumerate(sorted(range(len(shapes)), key=lambda i: (areas[i], i)))}
    q, t = pair_finder(geoms)(geoms)
    smaller: dict[int, list[int]] = {}
    for a, b in zip(q.tolist(), t.tolist()):
        if a != b and rank[b] < rank[a]:
            smaller.setdefault(a, []).append(b)
    out = list(shapes)
    resolved, cut = 0.0, 0
    for i, others in smaller.items():
        cover = geoms[others[0]]
        for k in others[1:]:
            cover = cover.union(geoms[k])
        rest = polygonal(shapes[i].difference(cover))
        lost = areas[i] - (rest.area if rest is not None else 0.0)
        if lost > 1e-9 * max(areas[i], 1.0):
            out[i] = rest
            resolved += lost
            cut += 1
    return out, resolved, cut


def landuse_areas(
    polygons: OsmLayer | None,
    nomenclature: Nomenclature,
    crs: str,
    *,
    source_crs: str = "EPSG:4326",
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
):
    """The land-use areas of the ``multipolygons`` layer of an OSM file, in ``crs``.

    Parameters
    ----------
    polygons
        GDAL's ``multipolygons`` layer as plain data (:class:`.production.OsmLayer`); None for none.
    nomenclature
        The OSM land-use nomenclature (codes 901-918 with their production class).
    crs
        The CRS of the output (projected, in metres).
    source_crs
        The CRS of the geometries (GDAL's OSM driver: WGS 84).
    progress, is_canceled
        Optional callables: progress(fraction in 0-1), is_canceled() -> True stops with :class:`Canceled`.

    Returns
    -------
    tuple
        (GeoDataFrame with :data:`LANDUSE_COLUMNS`, messages). ``production_class`` is the nomenclature's class
        of ``code`` (``unmapped`` when the nomenclature lacks the code).
    """
    import geopandas as gpd
    import pandas as pd

    report = progress or (lambda fraction: None)
    canceled = is_canceled or (lambda: False)
    polygons = polygons or OsmLayer([])
    tags_list = layer_tags(polygons)
    found = [(i, landuse_code(tags)) for i, tags in enumerate(tags_list)]
    rows = [i for i, hit in found if hit is not None]
    report(0.3)
    if canceled():
        raise Canceled()
    messages: list[Message] = []
    geoms = _from_wkb(polygons.wkb, source_crs) if rows else None
    clean, repaired = _clean_polygons(geoms, rows, crs)
    if repaired:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} invalid OSM polygons were repaired (keeping every part)."
                ),
                count=f"{repaired:,}",
            )
        )
    report(0.8)
    if canceled():
        raise Canceled()
    ids = osm_ids(polygons, "multipolygons")
    kept = [i for i, hit in found if hit is not None and i in clean]
    resolved_shapes, resolved, cut = resolve_overlaps([clean[i] for i in kept])
    clean = {i: g for i, g in zip(kept, resolved_shapes) if g is not None and not g.is_empty}
    if cut:
        to_ha = 1e-4 * _metres_per_unit(crs) ** 2
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{ha} ha where OSM land-use areas overlapped (such as a retail park mapped inside an "
                    "industrial estate) were given to the smaller, more specific area; {count} larger areas were "
                    "cut, so each place has one land use.",
                ),
                ha=f"{resolved * to_ha:,.2f}",
                count=f"{cut:,}",
            )
        )
    records = {name: [] for name in LANDUSE_COLUMNS}
    shapes = []
    for i, hit in found:
        if hit is None or i not in clean:
            continue
        code, value = hit
        pos = nomenclature.index(code)
        records["osm_id"].append(ids[i])
        records["code"].append(code)
        records["production_class"].append(nomenclature.classes[pos] if pos is not None else UNMAPPED_CLASS)
        records["landuse"].append(value)
        records["name"].append(tags_list[i].get("name"))
        records["tags"].append(_json(tags_list[i]))
        shapes.append(clean[i])
    frame = pd.DataFrame(records, columns=list(LANDUSE_COLUMNS))
    frame["code"] = frame["code"].astype("int64")
    report(1.0)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(shapes, crs=crs), crs=crs), messages


def _metres_per_unit(crs: str) -> float:
    """Metres per unit of a projected CRS (1 for metres)."""
    from pyproj import CRS

    axis = CRS.from_user_input(crs).axis_info
    return float(axis[0].unit_conversion_factor) if axis else 1.0
