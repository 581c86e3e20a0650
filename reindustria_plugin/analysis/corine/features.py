"""One page of a layer query's answer (ArcGIS ``f=json`` feature set or ``f=geojson`` feature collection) as
plain data: object ids, codes and shapely polygons, and whether the service holds more (``exceededTransferLimit``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP, InputError
from ..geometry import polygonal
from .service import epsg_of, parse_json

_EPSG_NAME = re.compile(r"EPSG::?(\d+)", re.IGNORECASE)


@dataclass
class Page:
    """The features of one answer, in the CRS ``epsg`` (None: not stated)."""

    ids: list
    codes: list
    geometries: list
    exceeded: bool
    epsg: int | None
    without_geometry: int = 0


def parse_page(payload: bytes, code_field: str, id_field: str | None) -> Page:
    """The features of a query answer in Esri JSON or GeoJSON (told apart by ``"type": "FeatureCollection"``).

    Attribute names are matched without regard to case (ArcGIS may spell them as the layer does or not)."""
    data = parse_json(payload, QT_TRANSLATE_NOOP("analysis", "the query"))
    features = data.get("features")
    if not isinstance(features, list):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The service's answer to the query holds no list of features (keys: {keys}): it cannot be read.",
            ),
            keys=", ".join(sorted(map(str, data))) or "-",
        )
    geojson = data.get("type") == "FeatureCollection"
    page = Page(
        [], [], [], _exceeded(data), _geojson_epsg(data) if geojson else epsg_of(data.get("spatialReference"))
    )
    for feature in features:
        if not isinstance(feature, dict):
            raise _malformed()
        attributes = feature.get("properties" if geojson else "attributes") or {}
        if not isinstance(attributes, dict):
            raise _malformed()
        geometry = feature.get("geometry")
        try:
            shape = _geojson_shape(geometry) if geojson else rings_to_polygon((geometry or {}).get("rings"))
        except (TypeError, ValueError, AttributeError, IndexError):
            raise _malformed() from None
        if shape is None:
            page.without_geometry += 1
            continue
        code = _attribute(attributes, code_field)
        oid = feature.get("id") if geojson else None
        if oid is None and id_field:
            oid = _attribute(attributes, id_field)
        page.ids.append(oid)
        page.codes.append(code)
        page.geometries.append(shape)
    return page


def _attribute(attributes: dict, name: str):
    """The value of the attribute ``name``, its case aside."""
    if name in attributes:
        return attributes[name]
    lower = name.lower()
    return next((value for key, value in attributes.items() if key.lower() == lower), None)


def _malformed() -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "A feature in the service's answer to the query is malformed: the answer cannot be read.",
        )
    )


def _exceeded(data: dict) -> bool:
    """``exceededTransferLimit`` of an answer: at the top of Esri JSON, in ``properties`` of ArcGIS GeoJSON."""
    if data.get("exceededTransferLimit") is True:
        return True
    properties = data.get("properties")
    return isinstance(properties, dict) and properties.get("exceededTransferLimit") is True


def _geojson_epsg(data: dict) -> int:
    """The CRS of a GeoJSON answer: a named ``crs`` member (GeoJSON 2008), else WGS 84 (RFC 7946)."""
    crs = data.get("crs")
    if isinstance(crs, dict):
        name = str((crs.get("properties") or {}).get("name", ""))
        match = _EPSG_NAME.search(name)
        if match:
            return int(match.group(1))
        if name.upper().endswith("CRS84"):
            return 4326
    return 4326


def _geojson_shape(geometry):
    """The polygonal shapely geometry of a GeoJSON geometry, or None (no geometry, empty, or not polygons)."""
    from shapely.geometry import shape

    if not geometry:
        return None
    return polygonal(shape(geometry))


def _signed_area(ring) -> float:
    """Twice the signed area of a ring (shoelace): negative when it turns clockwise."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        total += x0 * y1 - x1 * y0
    return total


def rings_to_polygon(rings):
    """The shapely (multi)polygon of the rings of an ArcGIS polygon, or None.

    In ArcGIS JSON, outer rings turn clockwise and holes counter-clockwise, all in one list; each hole goes to
    the smallest outer ring that holds it. A counter-clockwise ring inside no outer ring is taken as an outer
    ring (as QGIS reads such data); the result is repaired if invalid."""
    from shapely.geometry import MultiPolygon, Point, Polygon
    from shapely.validation import make_valid

    if not rings:
        return None
    outers, holes = [], []
    for ring in rings:
        points = [(float(p[0]), float(p[1])) for p in ring]
        if len(points) < 3:
            continue
        if points[0] != points[-1]:
            points.append(points[0])
        if len(points) < 4:
            continue
        area = _signed_area(points)
        if area < 0:
            outers.append((points, Polygon(points)))
        elif area > 0:
            holes.append(points)
    inner: list[list] = [[] for _ in outers]
    for hole in holes:
        probe = Point(hole[0])
        owners = [i for i, (_pts, shell) in enumerate(outers) if shell.intersects(probe)]
        if owners:
            inner[min(owners, key=lambda i: outers[i][1].area)].append(hole)
        else:
            outers.append((hole[::-1], Polygon(hole)))
            inner.append([])
    polygons = [Polygon(points, holes_of) for (points, _shell), holes_of in zip(outers, inner)]
    if not polygons:
        return None
    shape = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    if not shape.is_valid:
        shape = polygonal(make_valid(shape))
    return None if shape is None or shape.is_empty else shape
