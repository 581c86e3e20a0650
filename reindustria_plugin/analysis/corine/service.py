"""The EEA's CORINE Land Cover services: their addresses, the attribution, and what a layer's description (the
ArcGIS REST layer resource, ``<layer>?f=json``) says about the layer to query.

The default layers are the vector layers (layer 0) of the EEA's map services ``Corine/CLC<year>_WM``, one per
inventory year, in Web Mercator (wkid 102100 = EPSG:3857); their code field is ``Code_18`` for 2018, and by
the EEA's naming ``Code_12``, ``Code_06``, ``Code_00``, ``Code_90`` for the older years, so the field is read
from the layer's description rather than assumed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP, InputError

#: Inventory years of CORINE Land Cover.
YEARS = (1990, 2000, 2006, 2012, 2018)
#: Folder of the EEA's CORINE map services (ArcGIS Server REST services directory).
EEA_SERVICES = "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine"
#: The vector layer (polygons with the CLC code) of each year's map service.
SERVICE_URLS = {year: f"{EEA_SERVICES}/CLC{year}_WM/MapServer/0" for year in YEARS}
#: When the addresses above were last checked (see the help of reindustria:downloadcorine).
CHECKED = "2026-12-03"
#: The attribution the Copernicus Land Monitoring Service asks for.
ATTRIBUTION = "CORINE Land Cover, © European Union, Copernicus Land Monitoring Service"
#: Esri's own well-known ids for EPSG codes (ArcGIS reports Web Mercator as 102100).
ESRI_WKIDS = {102100: 3857, 102113: 3857, 102103: 3035}
#: Names a CLC code field may have when it does not follow CODE_<yy>.
OTHER_CODE_FIELDS = ("clc_code", "code_clc", "clc", "code")
_YEAR_FIELD = re.compile(r"^code_?(\d{2})$", re.IGNORECASE)


@dataclass(frozen=True)
class LayerInfo:
    """What the query needs to know about a layer."""

    name: str
    code_field: str
    object_id_field: str | None
    max_record_count: int
    supports_pagination: bool
    supports_order_by: bool
    epsg: int | None
    formats: frozenset[str]


def parse_json(payload: bytes, what: str) -> dict:
    """The JSON object of an answer, or an InputError for what is not one: not JSON (an HTML error page, a
    truncated answer) or an ArcGIS error object ``{"error": {"code", "message", "details"}}``.

    ``what`` names the request in the message (e.g. "the layer description")."""
    try:
        text = payload.decode("utf-8-sig")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        start = payload[:120].decode("utf-8", errors="replace").strip().replace("\n", " ")
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The service's answer to {what} is not JSON (it begins: '{start}'). The address may not be an "
                "ArcGIS REST layer, or the service is down: try again later or check the address.",
            ),
            what=what,
            start=start or "-",
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The service's answer to {what} is JSON but not an object: it cannot be read."
            ),
            what=what,
        )
    error = data.get("error")
    if error is not None:
        error = error if isinstance(error, dict) else {"message": str(error)}
        code = error.get("code", "?")
        details = error.get("details") or []
        message = " ".join(
            str(part)
            for part in [error.get("message") or "", *(details if isinstance(details, list) else [])]
        ).strip()
        if code in (498, 499):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The service refused {what}: it needs a token (ArcGIS error {code}: {message}). Use a "
                    "public service or set up the authentication in QGIS.",
                ),
                what=what,
                code=code,
                message=message or "-",
            )
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The service answered {what} with ArcGIS error {code}: {message}"),
            what=what,
            code=code,
            message=message or "-",
        )
    return data


def epsg_of(spatial_reference: object) -> int | None:
    """The EPSG code of an ArcGIS spatial reference object (``latestWkid`` first; Esri's 102100 is 3857)."""
    if not isinstance(spatial_reference, dict):
        return None
    for key in ("latestWkid", "wkid"):
        value = spatial_reference.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return ESRI_WKIDS.get(int(value), int(value))
    return None


def find_code_field(fields: list[dict], year: int | None) -> str:
    """The field of a layer holding the CLC code: ``CODE_<yy>`` of ``year`` (any case, with or without the
    underscore), else the only ``CODE_<yy>`` field, else a field called clc_code, code_clc, clc or code."""
    names = [str(f.get("name")) for f in fields if isinstance(f, dict) and f.get("name")]
    by_year = [(name, _YEAR_FIELD.match(name)) for name in names]
    candidates = [(name, match.group(1)) for name, match in by_year if match]
    if year is not None:
        for name, digits in candidates:
            if digits == f"{year % 100:02d}":
                return name
    if len(candidates) == 1:
        name, digits = candidates[0]
        if year is not None:
            # One code field of another year: the layer is of another inventory than the year asked.
            other = (1900 if int(digits) >= 50 else 2000) + int(digits)
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The layer's code field {field} is of {other}, but the year asked is {year}: the layer URL "
                    "and the year disagree. Choose the year {other}, or the layer of {year} (such as {url}).",
                ),
                field=name,
                other=other,
                year=year,
                url=SERVICE_URLS.get(year, SERVICE_URLS[2018]),
            )
        return name
    lower = {name.lower(): name for name in names}
    for other in OTHER_CODE_FIELDS:
        if other in lower:
            return lower[other]
    raise InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "The layer has no field with the CORINE code of {year} (expected a field such as CODE_{yy}); its "
            "fields are: {fields}. Check the address: it must be a CORINE Land Cover vector layer.",
        ),
        year=year if year is not None else "-",
        yy=f"{year % 100:02d}" if year is not None else "18",
        fields=", ".join(names) or "-",
    )


def parse_layer_info(payload: bytes, year: int | None, url: str = "") -> LayerInfo:
    """The :class:`LayerInfo` of a layer description (``<layer url>?f=json``).

    A service's description (which lists layers instead of fields) gives an error naming the layers, and a
    layer that is not of polygons, or that does not allow queries, an error saying so."""
    data = parse_json(payload, QT_TRANSLATE_NOOP("analysis", "the layer description"))
    if "fields" not in data and isinstance(data.get("layers"), list):
        layers = ", ".join(
            f"{layer.get('id')} ({layer.get('name')})" for layer in data["layers"] if isinstance(layer, dict)
        )
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The address {url} is a map service, not one of its layers. Add the number of the vector "
                "layer to it, e.g. {url}/0. Its layers: {layers}.",
            ),
            url=url.rstrip("/") or "-",
            layers=layers or "-",
        )
    fields = data.get("fields")
    kind = data.get("type")
    if kind in ("Group Layer", "Raster Layer", "Raster Catalog Layer") or (
        kind and (not isinstance(fields, list) or not fields)
    ):
        service = url.split("?")[0].rstrip("/").rsplit("/", 1)[0] if url else "-"
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The layer {name} at {url} is a {kind}, not the CORINE vector layer. Open {service} in a "
                "browser (the ArcGIS REST services directory) and give the address of the vector layer "
                "(polygons with the CORINE code).",
            ),
            name=data.get("name") or "-",
            url=url or "-",
            kind=kind,
            service=service,
        )
    if not isinstance(fields, list) or not fields:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The layer description at {url} lists no fields: it is not the description of an ArcGIS REST "
                "vector layer.",
            ),
            url=url or "-",
        )
    geometry_type = data.get("geometryType")
    if geometry_type is not None and geometry_type != "esriGeometryPolygon":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The layer {name} holds {kind}, not polygons: give the CORINE vector layer (for the EEA "
                "services, layer 0).",
            ),
            name=data.get("name") or url or "-",
            kind=geometry_type,
        )
    capabilities = data.get("capabilities")
    if isinstance(capabilities, str) and "query" not in capabilities.lower():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The layer {name} does not allow queries (its capabilities: {capabilities})."
            ),
            name=data.get("name") or url or "-",
            capabilities=capabilities,
        )
    object_id = data.get("objectIdField")
    if not object_id:
        object_id = next(
            (f.get("name") for f in fields if isinstance(f, dict) and f.get("type") == "esriFieldTypeOID"),
            None,
        )
    advanced = data.get("advancedQueryCapabilities")
    advanced = advanced if isinstance(advanced, dict) else {}
    formats = data.get("supportedQueryFormats") or "JSON"
    max_records = data.get("maxRecordCount")
    return LayerInfo(
        name=str(data.get("name") or ""),
        code_field=find_code_field(fields, year),
        object_id_field=str(object_id) if object_id else None,
        max_record_count=int(max_records)
        if isinstance(max_records, (int, float)) and max_records > 0
        else 1000,
        supports_pagination=bool(advanced.get("supportsPagination", False)),
        supports_order_by=bool(advanced.get("supportsOrderBy", bool(object_id))),
        epsg=epsg_of((data.get("extent") or {}).get("spatialReference"))
        or epsg_of(data.get("sourceSpatialReference")),
        formats=frozenset(part.strip().lower() for part in str(formats).split(",") if part.strip()),
    )
