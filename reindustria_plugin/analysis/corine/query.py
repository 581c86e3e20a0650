"""Querying an ArcGIS REST layer for the polygons of an area, page by page.

The steps, each one request through the caller's ``fetch(url, params) -> bytes``:

1. the layer description (``f=json``): code field, object id field, page size, paging support, CRS;
2. a count (``returnCountOnly=true``) of the polygons the area's outline touches, refused above a limit before
   anything large is downloaded;
3. the polygons, with the code field and the object id, in EPSG:3035 (``outSR``): by ``resultOffset`` and
   ``resultRecordCount`` ordered by object id while the answer says ``exceededTransferLimit``, or, on services
   without paging, by batches of object ids (``returnIdsOnly=true`` first).

The area travels as a polygon in the layer's CRS (``inSR``), widened by :data:`MARGIN` metres and simplified so
that the request stays short, or as its envelope when it still has too many vertices.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError
from .features import parse_page
from .service import LayerInfo, parse_json, parse_layer_info

#: CRS of the polygons asked for (ETRS89-LAEA, the CRS of the CORINE products).
OUTPUT_EPSG = 3035
#: Metres the query outline is widened by: it must hold the whole area after simplification.
MARGIN = 100.0
#: Tolerance (m) of the simplification of the query outline; less than MARGIN.
SIMPLIFY = 50.0
#: Above this many vertices the query outline is sent as its envelope.
QUERY_MAX_VERTICES = 400
#: Default limit of polygons of one download (the MAX_FEATURES parameter of the algorithm).
DEFAULT_MAX_FEATURES = 50_000

Fetch = Callable[[str, dict], bytes]


@dataclass
class Download:
    """Polygons of a query in EPSG:3035 (``ids``, raw ``codes``, ``geometries``) and how they were obtained."""

    info: LayerInfo
    count: int
    ids: list = field(default_factory=list)
    codes: list = field(default_factory=list)
    geometries: list = field(default_factory=list)
    pages: int = 0
    without_geometry: int = 0
    duplicates: int = 0


def query_url(layer_url: str) -> str:
    """The query endpoint of a layer address (a query string, e.g. a token, is kept for the caller)."""
    base, _, _query = layer_url.partition("?")
    base = base.rstrip("/")
    return base if base.endswith("/query") else f"{base}/query"


def query_geometry(area, service_epsg: int | None) -> tuple[str, str, int]:
    """(geometryType, geometry JSON, its EPSG) of the query outline of ``area`` (a shapely polygon in
    EPSG:3035): the area widened by :data:`MARGIN` m and simplified by :data:`SIMPLIFY` m, in the layer's CRS
    (EPSG:3035 when unknown); its envelope when it has more than :data:`QUERY_MAX_VERTICES` vertices."""
    import geopandas as gpd
    from shapely.geometry import MultiPolygon
    from shapely.geometry.polygon import orient

    epsg = service_epsg or OUTPUT_EPSG
    outline = area.buffer(MARGIN).simplify(SIMPLIFY, preserve_topology=True)
    series = gpd.GeoSeries([outline], crs=f"EPSG:{OUTPUT_EPSG}")
    if epsg != OUTPUT_EPSG:
        series = series.to_crs(f"EPSG:{epsg}")
    shape = series.iloc[0]
    parts = list(shape.geoms) if isinstance(shape, MultiPolygon) else [shape]
    rings = []
    for part in parts:
        part = orient(part, sign=-1.0)  # ArcGIS: outer rings clockwise, holes counter-clockwise
        rings.append(part.exterior.coords)
        rings.extend(interior.coords for interior in part.interiors)
    vertices = sum(len(ring) for ring in rings)
    reference = {"wkid": epsg}
    if vertices > QUERY_MAX_VERTICES:
        x0, y0, x1, y1 = shape.bounds
        envelope = {
            "xmin": _r(x0),
            "ymin": _r(y0),
            "xmax": _r(x1),
            "ymax": _r(y1),
            "spatialReference": reference,
        }
        return "esriGeometryEnvelope", json.dumps(envelope, separators=(",", ":")), epsg
    polygon = {
        "rings": [[[_r(x), _r(y)] for x, y, *_ in ring] for ring in rings],
        "spatialReference": reference,
    }
    return "esriGeometryPolygon", json.dumps(polygon, separators=(",", ":")), epsg


def _r(value: float) -> float:
    """Coordinates to the centimetre (millionths of a degree in a geographic CRS): short and exact enough."""
    return round(float(value), 6 if abs(value) <= 360 else 2)


def spatial_params(geometry_type: str, geometry: str, epsg: int) -> dict:
    """The parameters that select the polygons intersecting the outline."""
    return {
        "where": "1=1",
        "geometry": geometry,
        "geometryType": geometry_type,
        "inSR": str(epsg),
        "spatialRel": "esriSpatialRelIntersects",
    }


def count_params(spatial: dict) -> dict:
    return {**spatial, "returnCountOnly": "true", "f": "json"}


def ids_params(spatial: dict) -> dict:
    return {**spatial, "returnIdsOnly": "true", "f": "json"}


def _out_fields(info: LayerInfo) -> str:
    names = [info.code_field]
    if info.object_id_field and info.object_id_field.lower() != info.code_field.lower():
        names.append(info.object_id_field)
    return ",".join(names)


def _out_sr(fmt: str) -> str:
    # GeoJSON is in WGS 84 (RFC 7946): ask for it plainly and reproject here.
    return "4326" if fmt == "geojson" else str(OUTPUT_EPSG)


def page_params(spatial: dict, info: LayerInfo, offset: int, size: int, fmt: str = "json") -> dict:
    """One page of polygons by offset, ordered by object id so that pages neither overlap nor skip."""
    params = {
        **spatial,
        "outFields": _out_fields(info),
        "returnGeometry": "true",
        "outSR": _out_sr(fmt),
        "resultOffset": str(offset),
        "resultRecordCount": str(size),
        "f": fmt,
    }
    if info.object_id_field and info.supports_order_by:
        params["orderByFields"] = f"{info.object_id_field} ASC"
    return params


def ids_page_params(info: LayerInfo, ids: list, fmt: str = "json") -> dict:
    """One batch of polygons by object id (services without paging)."""
    return {
        "objectIds": ",".join(str(i) for i in ids),
        "outFields": _out_fields(info),
        "returnGeometry": "true",
        "outSR": _out_sr(fmt),
        "f": fmt,
    }


def read_count(payload: bytes) -> int:
    data = parse_json(payload, QT_TRANSLATE_NOOP("analysis", "the count of polygons"))
    count = data.get("count")
    if not isinstance(count, (int, float)) or isinstance(count, bool) or count < 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The service's answer to the count of polygons holds no count: it cannot be read."
            )
        )
    return int(count)


def read_ids(payload: bytes) -> list:
    data = parse_json(payload, QT_TRANSLATE_NOOP("analysis", "the list of object ids"))
    ids = data.get("objectIds")
    if ids is None:
        return []
    if not isinstance(ids, list):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The service's answer to the list of object ids holds no list: it cannot be read."
            )
        )
    return sorted(ids)


def check_count(count: int, max_features: int, year: int | None) -> None:
    """The size guard: an empty area, or more polygons than the limit, stops the run before the download."""
    if count == 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The CORINE Land Cover {year} layer has no polygons in this area. CORINE covers the EEA member "
                "and cooperating countries (1990: fewer of them): check that the area lies there and that its "
                "CRS is right.",
            ),
            year=year if year is not None else "",
        )
    if count > max_features:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The area holds {count} CORINE polygons, more than the limit of {limit}. Split the area (e.g. "
                "run once per municipality or province) or raise the maximum number of polygons "
                "(MAX_FEATURES): a download this size takes long and much memory.",
            ),
            count=f"{count:,}",
            limit=f"{max_features:,}",
        )


def download(
    fetch: Fetch,
    layer_url: str,
    area,
    year: int | None = None,
    *,
    max_features: int = DEFAULT_MAX_FEATURES,
    fmt: str = "json",
    page_size: int | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Download:
    """The polygons of the CORINE layer at ``layer_url`` that intersect ``area`` (shapely, EPSG:3035), in
    EPSG:3035, unclipped, each once.

    ``page_size`` caps the page (the layer's maxRecordCount otherwise); ``fmt`` is ``json`` (Esri JSON, the
    default) or ``geojson``. Progress goes from 0 to 1 over the pages; a cancel raises :class:`Canceled`."""
    import geopandas as gpd

    report = progress or (lambda fraction: None)
    canceled = is_canceled or (lambda: False)

    def check_canceled() -> None:
        if canceled():
            raise Canceled()

    info = parse_layer_info(fetch(layer_url, {"f": "json"}), year, layer_url)
    check_canceled()
    geometry_type, geometry, epsg = query_geometry(area, info.epsg)
    spatial = spatial_params(geometry_type, geometry, epsg)
    endpoint = query_url(layer_url)
    count = read_count(fetch(endpoint, count_params(spatial)))
    check_count(count, max_features, year)
    report(0.02)
    size = max(1, min(info.max_record_count, page_size or info.max_record_count))
    result = Download(info=info, count=count)
    seen: set = set()

    def add(page) -> None:
        result.pages += 1
        result.without_geometry += page.without_geometry
        geometries = page.geometries
        if page.epsg is not None and page.epsg != OUTPUT_EPSG and geometries:
            geometries = list(
                gpd.GeoSeries(geometries, crs=f"EPSG:{page.epsg}").to_crs(f"EPSG:{OUTPUT_EPSG}")
            )
        for oid, code, geom in zip(page.ids, page.codes, geometries):
            if oid is not None:
                if oid in seen:
                    result.duplicates += 1
                    continue
                seen.add(oid)
            result.ids.append(oid)
            result.codes.append(code)
            result.geometries.append(geom)
        if len(result.ids) > max_features:
            check_count(len(result.ids), max_features, year)
        report(min(1.0, 0.02 + 0.98 * (len(result.ids) + result.duplicates) / max(count, 1)))

    if info.supports_pagination:
        offset = 0
        while True:
            check_canceled()
            page = parse_page(
                fetch(endpoint, page_params(spatial, info, offset, size, fmt)),
                info.code_field,
                info.object_id_field,
            )
            add(page)
            received = len(page.ids) + page.without_geometry
            offset += received
            if not page.exceeded:
                break
            if received == 0:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The service says it holds more polygons after {offset} but sent none: the download "
                        "stopped. Try again later.",
                    ),
                    offset=offset,
                )
    else:
        ids = read_ids(fetch(endpoint, ids_params(spatial)))
        for start in range(0, len(ids), size):
            check_canceled()
            batch = ids[start : start + size]
            add(
                parse_page(
                    fetch(endpoint, ids_page_params(info, batch, fmt)), info.code_field, info.object_id_field
                )
            )
    check_canceled()
    if not result.geometries:
        check_count(0, max_features, year)
    report(1.0)
    return result
