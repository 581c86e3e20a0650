"""A stand-in for one layer of an ArcGIS Server map service (REST API), built from a GeoDataFrame, for tests
without network. No QGIS: the core tests call :meth:`FakeArcGisLayer.fetch` directly, the Processing tests put
it behind a loopback HTTP server.

It follows the documented formats (ArcGIS REST API, "Layer / Table" and "Query (Map Service/Layer)"):

- ``<layer>?f=json``: the layer resource (name, type, geometryType, fields with an esriFieldTypeOID field,
  extent with its spatialReference, maxRecordCount, supportedQueryFormats, capabilities,
  advancedQueryCapabilities with supportsPagination and supportsOrderBy);
- ``<layer>/query``: ``where=1=1``, ``geometry`` as an envelope or polygon JSON in ``inSR``,
  ``spatialRel=esriSpatialRelIntersects``, ``returnCountOnly``, ``returnIdsOnly``, ``objectIds``,
  ``outFields``, ``outSR``, ``orderByFields``, ``resultOffset``/``resultRecordCount``; answers in Esri JSON
  (a feature set: spatialReference, fields, features with attributes and rings, outer rings clockwise,
  ``exceededTransferLimit`` at the top) or GeoJSON (``exceededTransferLimit`` in the collection's
  ``properties``), and errors as ``{"error": {"code", "message", "details"}}`` with HTTP status 200.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import geopandas as gpd
from shapely.geometry import MultiPolygon, Polygon, box, mapping
from shapely.geometry.polygon import orient

ESRI_WEB_MERCATOR = {"wkid": 102100, "latestWkid": 3857}


class FakeArcGisLayer:
    """One polygon layer: ``frame`` (any CRS) is held in ``epsg``; ``code_field`` holds its codes as text."""

    def __init__(
        self,
        frame,
        code_field: str,
        *,
        name: str = "Corine Land Cover vector",
        epsg: int = 3857,
        max_record_count: int = 1000,
        supports_pagination: bool = True,
        codes_column: str = "code",
    ):
        data = frame.to_crs(f"EPSG:{epsg}").reset_index(drop=True)
        self.frame = gpd.GeoDataFrame(
            {"OBJECTID": range(1, len(data) + 1), code_field: [str(c) for c in data[codes_column]]},
            geometry=data.geometry.values,
            crs=data.crs,
        )
        self.code_field = code_field
        self.name = name
        self.epsg = epsg
        self.max_record_count = max_record_count
        self.supports_pagination = supports_pagination
        #: Every request as (path, params).
        self.requests: list[tuple[str, dict]] = []

    # The service ---------------------------------------------------------------------------------------------
    def layer_info(self) -> dict:
        x0, y0, x1, y1 = self.frame.total_bounds
        reference = ESRI_WEB_MERCATOR if self.epsg == 3857 else {"wkid": self.epsg, "latestWkid": self.epsg}
        return {
            "currentVersion": 10.81,
            "id": 0,
            "name": self.name,
            "type": "Feature Layer",
            "description": "",
            "geometryType": "esriGeometryPolygon",
            "copyrightText": "Copernicus Land Monitoring Service",
            "minScale": 0,
            "maxScale": 0,
            "extent": {"xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1, "spatialReference": reference},
            "displayField": self.code_field,
            "fields": [
                {"name": "OBJECTID", "type": "esriFieldTypeOID", "alias": "OBJECTID", "domain": None},
                {"name": "Shape", "type": "esriFieldTypeGeometry", "alias": "Shape", "domain": None},
                {
                    "name": self.code_field,
                    "type": "esriFieldTypeString",
                    "alias": self.code_field,
                    "length": 3,
                    "domain": None,
                },
                {"name": "Area_Ha", "type": "esriFieldTypeDouble", "alias": "Area_Ha", "domain": None},
            ],
            "maxRecordCount": self.max_record_count,
            "supportedQueryFormats": "JSON, geoJSON, PBF",
            "capabilities": "Map,Query,Data",
            "hasAttachments": False,
            "advancedQueryCapabilities": {
                "useStandardizedQueries": True,
                "supportsStatistics": True,
                "supportsOrderBy": True,
                "supportsDistinct": True,
                "supportsPagination": self.supports_pagination,
                "supportsTrueCurve": True,
                "supportsReturningQueryExtent": True,
                "supportsQueryWithDistance": True,
            },
        }

    def answer(self, path: str, params: dict) -> dict:
        """The JSON object the service answers to a request (``path`` ends with /query or is the layer)."""
        self.requests.append((path, dict(params)))
        if path.rstrip("/").endswith("/query"):
            return self.query(params)
        if params.get("f") in ("json", "pjson"):
            return self.layer_info()
        return {"error": {"code": 400, "message": "Invalid or missing input parameters.", "details": []}}

    def fetch(self, url: str, params: dict) -> bytes:
        """The ``fetch(url, params) -> bytes`` the core takes."""
        return json.dumps(self.answer(urlsplit(url).path, params)).encode("utf-8")

    # Query ---------------------------------------------------------------------------------------------------
    def query(self, params: dict) -> dict:
        frame = self.frame
        where = params.get("where", "1=1").replace(" ", "")
        if where not in ("1=1", ""):
            return _error(400, "Unable to complete operation.", ["Only where=1=1 is faked."])
        if params.get("objectIds"):
            wanted = {int(i) for i in params["objectIds"].split(",")}
            frame = frame[frame.OBJECTID.isin(wanted)]
        if params.get("geometry"):
            try:
                shape = query_shape(params["geometry"], params.get("geometryType", "esriGeometryEnvelope"))
            except (ValueError, KeyError):
                return _error(400, "Unable to complete operation.", ["Invalid geometry."])
            in_sr = int(params.get("inSR") or self.epsg)
            if in_sr == 102100:
                in_sr = 3857
            shape = gpd.GeoSeries([shape], crs=f"EPSG:{in_sr}").to_crs(f"EPSG:{self.epsg}").iloc[0]
            if params.get("spatialRel", "esriSpatialRelIntersects") != "esriSpatialRelIntersects":
                return _error(400, "Unable to complete operation.", ["Only intersects is faked."])
            frame = frame[frame.intersects(shape)]
        if params.get("returnCountOnly") == "true":
            return {"count": len(frame)}
        if params.get("returnIdsOnly") == "true":
            return {"objectIdFieldName": "OBJECTID", "objectIds": [int(i) for i in frame.OBJECTID]}
        if params.get("orderByFields"):
            field, *direction = params["orderByFields"].split()
            frame = frame.sort_values(field, ascending=not direction or direction[0].upper() != "DESC")
        exceeded = False
        if "resultOffset" in params or "resultRecordCount" in params:
            if not self.supports_pagination:
                return _error(400, "Unable to complete operation.", ["Pagination is not supported."])
            offset = int(params.get("resultOffset", 0))
            size = min(int(params.get("resultRecordCount", self.max_record_count)), self.max_record_count)
            exceeded = offset + size < len(frame)
            frame = frame.iloc[offset : offset + size]
        elif len(frame) > self.max_record_count:
            exceeded = True
            frame = frame.iloc[: self.max_record_count]
        out_sr = int(params.get("outSR") or self.epsg)
        out = frame.to_crs(f"EPSG:{3857 if out_sr == 102100 else out_sr}")
        fields = [f.strip() for f in params.get("outFields", "*").split(",")]
        if "*" in fields:
            fields = ["OBJECTID", self.code_field]
        if params.get("f") == "geojson":
            return {
                "type": "FeatureCollection",
                **({"properties": {"exceededTransferLimit": True}} if exceeded else {}),
                "features": [
                    {
                        "type": "Feature",
                        "id": int(row.OBJECTID),
                        "geometry": mapping(row.geometry),
                        "properties": {f: _value(row, f) for f in fields},
                    }
                    for row in out.itertuples()
                ],
            }
        reference = ESRI_WEB_MERCATOR if out_sr in (3857, 102100) else {"wkid": out_sr, "latestWkid": out_sr}
        answer = {
            "displayFieldName": self.code_field,
            "fieldAliases": {f: f for f in fields},
            "geometryType": "esriGeometryPolygon",
            "spatialReference": reference,
            "fields": [
                {
                    "name": f,
                    "type": "esriFieldTypeOID" if f == "OBJECTID" else "esriFieldTypeString",
                    "alias": f,
                }
                for f in fields
            ],
            "features": [
                {
                    "attributes": {f: _value(row, f) for f in fields},
                    "geometry": {"rings": esri_rings(row.geometry)},
                }
                for row in out.itertuples()
            ],
        }
        if exceeded:
            answer["exceededTransferLimit"] = True
        return answer


def _value(row, field):
    value = getattr(row, field)
    return int(value) if field == "OBJECTID" else value


def _error(code: int, message: str, details: list) -> dict:
    return {"error": {"code": code, "message": message, "details": details}}


def query_shape(text: str, geometry_type: str):
    """The shapely geometry of a query's ``geometry`` parameter (envelope JSON, ``xmin,ymin,xmax,ymax``, or
    polygon rings)."""
    if geometry_type == "esriGeometryEnvelope":
        if text.lstrip().startswith("{"):
            env = json.loads(text)
            return box(env["xmin"], env["ymin"], env["xmax"], env["ymax"])
        return box(*(float(v) for v in text.split(",")))
    if geometry_type == "esriGeometryPolygon":
        rings = json.loads(text)["rings"]
        polygons = [Polygon(ring) for ring in rings]
        # Outer rings clockwise, holes counter-clockwise: a hole is cut from the polygon that holds it.
        outers = [p for p, r in zip(polygons, rings) if _clockwise(r)]
        holes = [p for p, r in zip(polygons, rings) if not _clockwise(r)]
        shape = MultiPolygon(outers) if len(outers) > 1 else outers[0]
        for hole in holes:
            shape = shape.difference(hole)
        return shape
    raise ValueError(geometry_type)


def _clockwise(ring) -> bool:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) < 0


def esri_rings(geom) -> list:
    """ArcGIS JSON rings of a (multi)polygon: outer rings clockwise, holes counter-clockwise."""
    parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    rings = []
    for part in parts:
        part = orient(part, sign=-1.0)
        rings.append([list(xy[:2]) for xy in part.exterior.coords])
        rings.extend([list(xy[:2]) for xy in interior.coords] for interior in part.interiors)
    return rings


def parse_request(target: str, body: bytes = b"") -> tuple[str, dict]:
    """(path, params) of an HTTP request: the query string of a GET, or the form body of a POST."""
    parts = urlsplit(target)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    if body:
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return parts.path, params


def main(argv: list[str] | None = None) -> int:
    """Serve polygon layers as CORINE ArcGIS REST layers on loopback until interrupted, printing each request:
    ``python3 tests/arcgis_rest.py FILE:LAYER:CODE_FIELD:YEAR [...] [--port 8124] [--page-size 1000]``."""
    import argparse
    import sys
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.qgis.fake_servers import FakeServer, Reply

    parser = argparse.ArgumentParser(description=main.__doc__.split("\n")[0])
    parser.add_argument(
        "layers", nargs="+", help="FILE:LAYER:CODE_FIELD:YEAR, e.g. malta.gpkg:clc06_MT:CODE_06:2006"
    )
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--page-size", type=int, default=1000, help="maxRecordCount of the layers")
    args = parser.parse_args(argv)
    server = FakeServer(args.port)
    for spec in args.layers:
        path, layer_name, field, year = spec.rsplit(":", 3)
        layer = FakeArcGisLayer(
            gpd.read_file(path, layer=layer_name),
            f"Code_{int(year) % 100:02d}",
            codes_column=field,
            name=f"Corine Land Cover {year} vector",
            max_record_count=args.page_size,
        )
        base = f"/arcgis/rest/services/Corine/CLC{year}_WM/MapServer/0"

        def handler(request, layer=layer):
            print(f"{request.method} {request.path} {request.params}"[:300], flush=True)
            return Reply(
                200, json.dumps(layer.answer(request.path, request.params)), content_type="application/json"
            )

        server.route(base, handler=handler)
        server.route(base + "/query", handler=handler)
        print(f"CORINE {year}: {server.url(base)}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
