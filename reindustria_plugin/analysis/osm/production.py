"""Production spaces from OpenStreetMap: buildings and activities with a production class, in a metric CRS.

The core of ``reindustria:osmproductionspaces`` and of the OSM download: the glue reads an OSM file (a user's
extract or an Overpass answer) through GDAL's OSM driver and passes its ``points`` and ``multipolygons`` layers as
plain data (:class:`OsmLayer`: WKB geometries and attribute columns). Here the tags are gathered (columns and
GDAL's ``other_tags``), classified with the tag preset, the building levels parsed and the two outputs built:

- buildings: every polygon tagged ``building`` (except ``building=no``), with the production class of its tags
  (the building use first; ``building=yes`` gives way to an activity tag such as ``craft``);
- activities: nodes and polygons whose tags name an activity of class industrial, craft, coworking, office or
  services (``craft=*``, ``industrial=*``, ``man_made=works``, ``office=*``, ``shop=*``, some ``amenity``
  values), polygons as a point inside them; the tag that decided is kept.

Both are reprojected to the UTM zone of the data's centre (or a CRS the user gives).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from .tags import TagMapping, parse_other_tags

#: Production classes an activity can have (dwellings, other uses and unknown uses are not activities).
ACTIVITY_CLASSES = ("industrial", "craft", "coworking", "office", "services")
#: Keys that describe the use of a building or of land, not an activity held there.
NOT_ACTIVITY_KEYS = frozenset({"building", "landuse", "class", "ateco"})
#: Columns of GDAL's OSM layers that are not tags.
META_COLUMNS = frozenset(
    {
        "osm_id",
        "osm_way_id",
        "other_tags",
        "all_tags",
        "osm_version",
        "osm_timestamp",
        "osm_uid",
        "osm_user",
        "osm_changeset",
        "z_order",
    }
)
#: The licence statement every output derived from OpenStreetMap carries.
ATTRIBUTION = "© OpenStreetMap contributors, ODbL"
#: Columns of the two outputs, in order.
BUILDING_COLUMNS = ("osm_id", "production_class", "building", "levels", "name", "tags")
ACTIVITY_COLUMNS = ("osm_id", "production_class", "activity_key", "activity_value", "name", "tags")
#: Levels above this are taken as typing errors (the tallest buildings have about 160).
MAX_LEVELS = 200.0
#: The leading number of a building:levels value: "3", "2.5", "2,5", "3;4" (3), "3-4" (3), "4 floors" (4).
_LEVELS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)")
#: Progress (fraction) at the end of each stage: tags of the points, of the polygons, geometries.
_POINT_TAGS, _POLYGON_TAGS, _GEOMETRIES = 0.3, 0.6, 0.9


@dataclass
class OsmLayer:
    """One layer of GDAL's OSM driver as plain data: features with a geometry only.

    ``wkb`` holds the geometries (WKB bytes), ``columns`` the attribute columns as read (NULL as None), among
    them ``osm_id`` (and ``osm_way_id`` in the ``multipolygons`` layer), ``other_tags`` and any tag GDAL's
    configuration gives a column of its own (``name``, ``building``...).
    """

    wkb: list[bytes]
    columns: dict[str, list] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.wkb)


@dataclass
class ProductionSpaces:
    """The outputs: GeoDataFrames (None when not asked for) in ``crs``, warnings, and counts for the log."""

    buildings: object
    activities: object
    crs: str
    messages: list[Message] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


# Tags ---------------------------------------------------------------------------------------------------------
def layer_tags(layer: OsmLayer) -> list[dict[str, str]]:
    """The tags of each feature: its tag columns and the tags in ``other_tags`` (a column wins a clash)."""
    names = [name for name in layer.columns if name not in META_COLUMNS]
    columns = [layer.columns[name] for name in names]
    other = layer.columns.get("other_tags") or [None] * len(layer)
    out = []
    for i, text in enumerate(other):
        tags = parse_other_tags(text) if text else {}
        for name, values in zip(names, columns):
            value = values[i]
            if value is not None and value != "":
                tags[name] = str(value)
        out.append(tags)
    return out


def osm_ids(layer: OsmLayer, kind: str) -> list[str | None]:
    """``node/<id>`` for the points layer (``kind`` "points"), ``way/<id>`` or ``relation/<id>`` for the
    multipolygons layer, where GDAL puts a closed way's id in ``osm_way_id`` and a relation's in ``osm_id``."""
    ids = layer.columns.get("osm_id") or [None] * len(layer)
    if kind == "points":
        return [None if v is None else f"node/{v}" for v in ids]
    ways = layer.columns.get("osm_way_id") or [None] * len(layer)
    return [
        f"way/{w}" if w not in (None, "") else (f"relation/{r}" if r not in (None, "") else None)
        for r, w in zip(ids, ways)
    ]


def parse_levels(value: object) -> float | None:
    """The number of levels in a ``building:levels`` value; None when there is none.

    The leading number is taken: "3" and "3.5" as they are, "2,5" as 2.5 (a decimal comma), lists and ranges
    by their first number ("3;4" and "3-4" give 3: the lower count, as part of the building may be lower),
    "4 floors" as 4. Values that do not start with a number ("ground+2", "-1", "many") and values above
    :data:`MAX_LEVELS` give None. 0 is kept (a roof or a canopy mapped as a building).
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        match = _LEVELS.match(str(value))
        if not match:
            return None
        number = float(match.group(1).replace(",", "."))
    if math.isnan(number) or number < 0 or number > MAX_LEVELS:
        return None
    return number


def is_building(tags: Mapping[str, str]) -> bool:
    """Whether the tags describe a building: a ``building`` tag other than ``no``."""
    value = tags.get("building")
    return bool(value) and value.strip().lower() != "no"


_ACTIVITY_RULES: dict[tuple, dict[str, list[tuple[int, str, str]]]] = {}


def _activity_rules(mapping: TagMapping) -> dict[str, list[tuple[int, str, str]]]:
    """The mapping's rules on activity keys, by key: (position in the file, value, class)."""
    rules = _ACTIVITY_RULES.get(mapping.rules)
    if rules is None:
        rules = {}
        for index, (key, value, cls) in enumerate(mapping.rules):
            if key not in NOT_ACTIVITY_KEYS:
                rules.setdefault(key, []).append((index, value, cls))
        _ACTIVITY_RULES[mapping.rules] = rules
    return rules


def activity_tag(tags: Mapping[str, str], mapping: TagMapping) -> tuple[str, str, str] | None:
    """The activity the tags name: (production class, key, value) of the tag that decided, or None.

    Keys describing a use of the building or the land (``building``, ``landuse``) are not activities. For each
    other key the first rule of the mapping that matches its value decides the key's class (a value list such
    as ``cafe;bar`` matches by any of its values); among the keys whose class is an activity class
    (:data:`ACTIVITY_CLASSES`) the one whose rule comes first in the mapping wins, so with the preset
    ``craft`` goes before ``office`` and ``shop``. A key mapped to a non-activity class (e.g. ``shop=vacant``
    mapped to ``other`` in a user's mapping) is no activity, but another key of the same feature may be.
    """
    best = None
    for key, rules in _activity_rules(mapping).items():
        raw = tags.get(key)
        if raw is None or not str(raw).strip():
            continue
        text = str(raw).strip().lower()
        parts = {text, *(p.strip() for p in text.split(";"))}
        for index, value, cls in rules:
            if value == "*" or value in parts:
                if cls in ACTIVITY_CLASSES and (best is None or index < best[0]):
                    best = (index, cls, key, str(raw))
                break
    return None if best is None else best[1:]


def building_class(tags: Mapping[str, str], mapping: TagMapping) -> str | None:
    """The production class of a building from its tags (:meth:`TagMapping.classify_tags`); None when no rule
    matches."""
    return mapping.classify_tags(tags)


def classify_tag_objects(
    values: Iterable[object], mapping: TagMapping, activities: bool = True
) -> list[str | None]:
    """The production class of each value of a column of OSM tag objects, as Overpass exports hold them in
    ``tags`` (QGIS reads that nested object as a map field, so a dict; saved to a file it becomes JSON text).

    Parameters
    ----------
    values
        Dicts of tags, their JSON text, GDAL ``other_tags`` text (``"k"=>"v"``), or bare values (``carpenter``,
        ``industrial``, an ATECO code), which :meth:`TagMapping.classify_value` classes. None or empty: None.
    mapping
        The tag preset.
    activities
        True: the class of the activity the tags name (:func:`activity_tag`: only activity classes, None for a
        feature naming no activity, such as a bench); False: the class of a building
        (:meth:`TagMapping.classify_tags`).
    """
    seen: dict[str, str | None] = {}
    # Columns repeat few distinct texts: each text is parsed once.
    by_text: dict[str, str | None] = {}
    out = []
    for value in values:
        if isinstance(value, str) and value in by_text:
            out.append(by_text[value])
            continue
        tags = _tag_object(value)
        if tags is None:
            found = mapping.classify_value(value) if isinstance(value, (str, int, float)) else None
            if isinstance(value, str):
                by_text[value] = found
            out.append(found)
            continue
        token = json.dumps(tags, sort_keys=True)
        if token not in seen:
            if activities:
                found = activity_tag(tags, mapping)
                seen[token] = found[0] if found else None
            else:
                seen[token] = mapping.classify_tags(tags)
        if isinstance(value, str):
            by_text[value] = seen[token]
        out.append(seen[token])
    return out


def _tag_object(value: object) -> dict[str, str] | None:
    """A tag dict from a dict, its JSON text or GDAL's other_tags text; None for anything else."""
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("{"):
        try:
            parsed = json.loads(text)
        except ValueError:
            return None
        return _tag_object(parsed) if isinstance(parsed, dict) else None
    if text.startswith('"') and "=>" in text:
        return parse_other_tags(text)
    return None


# CRS ----------------------------------------------------------------------------------------------------------
def utm_crs(lon: float, lat: float) -> str:
    """The EPSG code of the UTM zone of a point in degrees: ``EPSG:326zz`` north of the equator, ``EPSG:327zz``
    south, with the zone exceptions of south-western Norway (32V) and Svalbard (31X-37X); beyond the UTM limits
    (84° N, 80° S) the polar stereographic UPS North (EPSG:32661) or South (EPSG:32761)."""
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lat) > 90:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The data lie outside the globe (centre {lon}, {lat})."),
            lon=f"{lon:g}",
            lat=f"{lat:g}",
        )
    if lat > 84:
        return "EPSG:32661"
    if lat < -80:
        return "EPSG:32761"
    lon = ((lon + 180.0) % 360.0) - 180.0
    zone = min(int((lon + 180.0) // 6) + 1, 60)
    if 56 <= lat < 64 and 3 <= lon < 12:
        zone = 32
    elif 72 <= lat <= 84 and 0 <= lon < 42:
        zone = 31 if lon < 9 else 33 if lon < 21 else 35 if lon < 33 else 37
    return f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}"


def data_centre(points, point_rows, polygons, polygon_rows, crs) -> tuple[float, float]:
    """The centre, in degrees (longitude, latitude), of the bounding box of the features kept (``point_rows`` of
    the GeoSeries ``points``, ``polygon_rows`` of ``polygons``, both in ``crs``); of every feature when none is
    kept. A large feature the outputs leave out (a boundary relation) does not move the centre."""
    import geopandas as gpd
    import numpy as np
    from shapely.geometry import Point

    boxes = []
    for series, rows in ((points, point_rows), (polygons, polygon_rows)):
        if series is not None and len(rows):
            boxes.append(series.iloc[list(rows)].bounds.to_numpy())
    if not boxes:
        boxes = [s.bounds.to_numpy() for s in (points, polygons) if s is not None]
    bounds = np.vstack(boxes)
    x0, y0 = np.nanmin(bounds[:, 0]), np.nanmin(bounds[:, 1])
    x1, y1 = np.nanmax(bounds[:, 2]), np.nanmax(bounds[:, 3])
    centre = gpd.GeoSeries([Point((x0 + x1) / 2, (y0 + y1) / 2)], crs=crs).to_crs("EPSG:4326").iloc[0]
    return centre.x, centre.y


# The reader's core --------------------------------------------------------------------------------------------
def production_spaces(
    points: OsmLayer | None,
    polygons: OsmLayer | None,
    mapping: TagMapping,
    *,
    source_crs: str = "EPSG:4326",
    target_crs: str | None = None,
    want_buildings: bool = True,
    want_activities: bool = True,
    source: str = "",
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ProductionSpaces:
    """Buildings and activities with their production class from the layers of an OSM file.

    Parameters
    ----------
    points, polygons
        The ``points`` and ``multipolygons`` layers of GDAL's OSM driver (:class:`OsmLayer`); None for none.
    mapping
        The tag preset (:func:`.tags.load_tag_mapping`).
    source_crs
        The CRS of the geometries (GDAL's OSM driver: WGS 84).
    target_crs
        The CRS of the outputs (any text pyproj reads, a projected CRS in metres); None: the UTM zone of the
        centre of the data (:func:`utm_crs`).
    want_buildings, want_activities
        Which outputs to make (the other is None).
    source
        The file's name, for messages.
    progress, is_canceled
        Optional callables: progress(fraction in 0-1), is_canceled() -> True stops with :class:`Canceled`.

    Returns
    -------
    ProductionSpaces
        ``buildings``: polygons with :data:`BUILDING_COLUMNS`; ``activities``: points with
        :data:`ACTIVITY_COLUMNS`; ``levels`` is a float column (NaN where unknown), ``tags`` the tags as JSON.

    Raises
    ------
    InputError
        When the layers hold no feature, or buildings are wanted and there are none.
    """

    report = progress or (lambda fraction: None)
    canceled = is_canceled or (lambda: False)
    points = points or OsmLayer([])
    polygons = polygons or OsmLayer([])
    if not len(points) and not len(polygons):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The OSM file {source} holds no nodes with tags and no polygons: it is empty, or covers an area "
                "without mapped features.",
            ),
            source=source,
        )
    point_tags = _tags_in_steps(points, 0.0, _POINT_TAGS, report, canceled)
    polygon_tags = _tags_in_steps(polygons, _POINT_TAGS, _POLYGON_TAGS, report, canceled)

    building_rows = [i for i, tags in enumerate(polygon_tags) if is_building(tags)]
    point_acts = [activity_tag(tags, mapping) for tags in point_tags] if want_activities else []
    polygon_acts = [activity_tag(tags, mapping) for tags in polygon_tags] if want_activities else []
    counts = {
        "points": len(points),
        "polygons": len(polygons),
        "building_polygons": len(building_rows),
        "activity_nodes": sum(a is not None for a in point_acts),
        "activity_polygons": sum(a is not None for a in polygon_acts),
    }
    if want_buildings and not building_rows:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The OSM file {source} holds no buildings: {points} nodes with tags and {polygons} polygons, none "
                "tagged building=*. Use an extract with buildings, or ask only for the activities.",
            ),
            source=source,
            points=f"{len(points):,}",
            polygons=f"{len(polygons):,}",
        )
    if canceled():
        raise Canceled()

    point_geoms = _from_wkb(points.wkb, source_crs) if len(points) else None
    polygon_geoms = _from_wkb(polygons.wkb, source_crs) if len(polygons) else None
    polygon_keep = sorted(
        set(building_rows if want_buildings else [])
        | {i for i, a in enumerate(polygon_acts) if a is not None}
    )
    point_keep = [i for i, a in enumerate(point_acts) if a is not None]
    crs = target_crs or utm_crs(
        *data_centre(point_geoms, point_keep, polygon_geoms, polygon_keep, source_crs)
    )
    report(_POLYGON_TAGS + 0.1 * (_GEOMETRIES - _POLYGON_TAGS))
    messages: list[Message] = []

    clean, repaired = _clean_polygons(polygon_geoms, polygon_keep, crs)
    if repaired:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} invalid OSM polygons were repaired (keeping every part)."
                ),
                count=f"{repaired:,}",
            )
        )
    flat = [i for i in polygon_keep if i not in clean]
    if flat:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} OSM polygons were left out because their outline has no area (cut at the edge of "
                    "the extract, or a ring of fewer than three distinct points): {ids}.",
                ),
                count=f"{len(flat):,}",
                ids=_some(osm_ids(polygons, "multipolygons")[i] for i in flat),
            )
        )
    if canceled():
        raise Canceled()
    report(_GEOMETRIES)

    buildings = None
    if want_buildings:
        ids = osm_ids(polygons, "multipolygons")
        buildings, unmapped, bad_levels = _buildings(building_rows, polygon_tags, ids, clean, mapping, crs)
        messages.extend(_building_messages(unmapped, bad_levels))
        counts["buildings"] = len(buildings)
    activities = None
    if want_activities:
        activities = _activities(
            points, point_tags, point_acts, point_geoms, polygons, polygon_tags, polygon_acts, clean, crs
        )
        counts["activities"] = len(activities)
        if not len(activities):
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The OSM file {source} holds no production activities (craft, industrial, man_made=works, "
                        "office, shop, coworking): the activities output is empty.",
                    ),
                    source=source,
                )
            )
    report(1.0)
    return ProductionSpaces(buildings, activities, crs, messages, counts)


def _tags_in_steps(layer, start, end, report, canceled) -> list[dict[str, str]]:
    """:func:`layer_tags` in chunks, with progress and cancellation."""
    step = 20_000
    out: list[dict[str, str]] = []
    total = max(len(layer), 1)
    for first in range(0, len(layer), step):
        if canceled():
            raise Canceled()
        chunk = OsmLayer(
            layer.wkb[first : first + step],
            {name: values[first : first + step] for name, values in layer.columns.items()},
        )
        out.extend(layer_tags(chunk))
        report(start + (end - start) * min(first + step, total) / total)
    return out


def _from_wkb(wkbs: list[bytes], crs: str):
    """A GeoSeries of WKB geometries; None where GEOS cannot read one (the glue repairs most before)."""
    import geopandas as gpd

    from ..geometry import object_array, shapely2

    if shapely2():
        import shapely

        geoms = shapely.from_wkb(wkbs, on_invalid="ignore")
    else:
        from shapely import wkb

        geoms = []
        for data in wkbs:
            try:
                geoms.append(wkb.loads(data))
            except Exception:  # noqa: BLE001 (GEOS reading errors differ between shapely versions)
                geoms.append(None)
        geoms = object_array(geoms)
    return gpd.GeoSeries(geoms, crs=crs)


def _clean_polygons(geoms, rows: Sequence[int], crs: str) -> tuple[dict[int, object], int]:
    """The polygons of ``rows`` in ``crs``, polygonal parts only and repaired: {row: geometry}."""
    if geoms is None or not rows:
        return {}, 0
    import geopandas as gpd

    from ..geometry import make_valid_polygons, polygonal

    subset = geoms.iloc[list(rows)].to_crs(crs)
    kept, parts = [], []
    for row, geom in zip(rows, subset.values):
        part = polygonal(geom)
        if part is not None:
            kept.append(row)
            parts.append(part)
    if not parts:
        return {}, 0
    valid, repaired = make_valid_polygons(gpd.GeoSeries(parts, crs=crs))
    out = {}
    for row, geom in zip(kept, valid.values):
        if geom is not None and not geom.is_empty:
            out[row] = geom
    return out, repaired


def _some(items: Iterable[object], limit: int = 10) -> str:
    """The first ``limit`` items as a comma-separated list, with an ellipsis when there are more."""
    items = [str(item) for item in items]
    return ", ".join(items[:limit]) + (", …" if len(items) > limit else "")


def _json(tags: Mapping[str, str]) -> str:
    return json.dumps(dict(tags), ensure_ascii=False, sort_keys=True)


def _buildings(rows, tags_list, ids, geoms, mapping, crs):
    """The buildings GeoDataFrame, the building values no rule maps, and the unreadable levels values."""
    import geopandas as gpd
    import pandas as pd

    records = {name: [] for name in BUILDING_COLUMNS}
    shapes = []
    seen: dict[tuple, str | None] = {}
    keys = {key for key, _value, _cls in mapping.rules}
    unmapped: dict[str, int] = {}
    bad_levels: dict[str, int] = {}
    for row in rows:
        geom = geoms.get(row)
        if geom is None:
            continue
        tags = tags_list[row]
        signature = tuple(sorted((k, v) for k, v in tags.items() if k in keys))
        if signature not in seen:
            seen[signature] = building_class(tags, mapping)
        cls = seen[signature]
        if cls is None:
            value = tags["building"].strip().lower()
            unmapped[value] = unmapped.get(value, 0) + 1
            cls = "unknown"
        raw_levels = tags.get("building:levels")
        levels = parse_levels(raw_levels)
        if levels is None and raw_levels is not None and raw_levels.strip():
            bad_levels[raw_levels] = bad_levels.get(raw_levels, 0) + 1
        records["osm_id"].append(ids[row])
        records["production_class"].append(cls)
        records["building"].append(tags["building"])
        records["levels"].append(math.nan if levels is None else levels)
        records["name"].append(tags.get("name"))
        records["tags"].append(_json(tags))
        shapes.append(geom)
    frame = pd.DataFrame(records)
    frame["levels"] = frame["levels"].astype(float)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(shapes, crs=crs), crs=crs), unmapped, bad_levels


def _building_messages(unmapped: dict[str, int], bad_levels: dict[str, int]) -> list[Message]:
    messages = []
    if unmapped:
        listed = sorted(unmapped.items(), key=lambda kv: (-kv[1], kv[0]))
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} buildings have a building value the tag mapping does not list ({values}); they are "
                    "of class unknown. Add the values to a copy of the mapping to class them.",
                ),
                count=f"{sum(unmapped.values()):,}",
                values=_some(f"{v} ({n})" for v, n in listed),
            )
        )
    if bad_levels:
        listed = sorted(bad_levels.items(), key=lambda kv: (-kv[1], kv[0]))
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} buildings have a building:levels value that is not a number of levels ({values}); "
                    "their levels are empty.",
                ),
                count=f"{sum(bad_levels.values()):,}",
                values=_some(f"'{v}' ({n})" for v, n in listed),
            )
        )
    return messages


def _activities(
    points, point_tags, point_acts, point_geoms, polygons, polygon_tags, polygon_acts, clean, crs
):
    """The activities GeoDataFrame: activity nodes, then activity polygons as a point inside each."""
    import geopandas as gpd
    import pandas as pd

    records = {name: [] for name in ACTIVITY_COLUMNS}
    shapes = []

    def add(osm_id, act, tags, geom):
        cls, key, value = act
        records["osm_id"].append(osm_id)
        records["production_class"].append(cls)
        records["activity_key"].append(key)
        records["activity_value"].append(value)
        records["name"].append(tags.get("name"))
        records["tags"].append(_json(tags))
        shapes.append(geom)

    rows = [i for i, a in enumerate(point_acts) if a is not None]
    if rows:
        ids = osm_ids(points, "points")
        located = point_geoms.iloc[rows].to_crs(crs)
        for row, geom in zip(rows, located.values):
            if geom is not None and not geom.is_empty:
                add(ids[row], point_acts[row], point_tags[row], geom)
    rows = [i for i, a in enumerate(polygon_acts) if a is not None and i in clean]
    if rows:
        ids = osm_ids(polygons, "multipolygons")
        inside = gpd.GeoSeries([clean[i] for i in rows], crs=crs).representative_point()
        for row, geom in zip(rows, inside.values):
            add(ids[row], polygon_acts[row], polygon_tags[row], geom)
    frame = pd.DataFrame(records, columns=list(ACTIVITY_COLUMNS))
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(shapes, crs=crs), crs=crs)
