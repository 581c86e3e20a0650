"""Adapters between QGIS layers and the plain data of the analysis core, and table sinks."""

from __future__ import annotations

import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, QVariant

from ..analysis.typology import CHANGE_TYPES


def raster_path(layer: QgsRasterLayer | None, name: str) -> str:
    """The GDAL path of a raster layer, or a clear error for layers GDAL cannot read directly."""
    if layer is None or not layer.isValid():
        raise QgsProcessingException(
            QCoreApplication.translate("adapters", "The {name} raster layer is missing or invalid.").format(
                name=name
            )
        )
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The {name} layer comes from the '{provider}' provider: save it as a GeoTIFF first "
                "(right click > Export > Save As…).",
            ).format(name=name, provider=layer.providerType())
        )
    if not layer.crs().isValid():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The {name} raster has no coordinate reference system. Assign one "
                "(Raster > Projections > Assign Projection) and run again.",
            ).format(name=name)
        )
    return layer.source().split("|")[0]


def check_polygon_source(source, name: str, fields: list[str], polygons: bool = True) -> None:
    """A clear error unless ``source`` holds polygons (any geometry with ``polygons`` False), has a CRS and has
    every field of ``fields``."""
    if polygons and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(
            QCoreApplication.translate("adapters", "The {name} layer must contain polygons.").format(
                name=name
            )
        )
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The {name} layer has no coordinate reference system: set its CRS (Layer Properties > Source) "
                "and run again.",
            ).format(name=name)
        )
    for field in fields:
        if source.fields().lookupField(field) < 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "adapters", "The field '{field}' is not in the {name} layer. Its fields: {fields}."
                ).format(field=field, name=name, fields=", ".join(source.fields().names()) or "-")
            )


def source_geometries(
    source, crs: QgsCoordinateReferenceSystem, context, feedback, field: str | None = None, name: str = ""
):
    """Shapely geometries of a feature source (selection and filters honoured), in ``crs``.

    Returns a list of geometries, or of (geometry, value of ``field``) pairs when ``field`` is given.
    """
    from shapely import wkb

    if source is None:
        return None
    check_polygon_source(source, name, [field] if field else [])
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    out = []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geom = feature.geometry()
        if geom.isEmpty():
            continue
        if not geom.isGeosValid():
            geom = geom.makeValid()
        shape = wkb.loads(bytes(geom.asWkb()))
        out.append((shape, feature[field]) if field else shape)
    if not out:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The {name} layer has no features with a geometry (check the selection or the filter).",
            ).format(name=name)
        )
    return out


def source_frame(
    source,
    crs: QgsCoordinateReferenceSystem,
    context,
    feedback,
    fields: dict[str, str],
    name: str,
    polygons: bool = True,
):
    """A GeoDataFrame of a polygon feature source (any geometry with ``polygons`` False; selection and filters
    honoured), in ``crs``.

    ``fields`` maps the layer's field names to the column names wanted. Geometries travel as WKB in one
    vectorised call, which is much faster than reading the layer again through fiona.
    """
    import geopandas as gpd

    check_polygon_source(source, name, list(fields), polygons)
    request = QgsFeatureRequest().setSubsetOfAttributes(list(fields), source.fields())
    if source.sourceCrs() != crs:
        request.setDestinationCrs(crs, context.transformContext())
    wkbs: list[bytes] = []
    wanted = [(source.fields().lookupField(field), []) for field in fields]
    total = source.featureCount() or 1
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 10_000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            feedback.setProgressText(
                QCoreApplication.translate("adapters", "Reading {name}: {done} of {total} features").format(
                    name=name, done=i, total=total
                )
            )
        if not feature.hasGeometry():
            continue
        geom = feature.geometry()
        if geom.isEmpty():
            continue
        wkbs.append(bytes(geom.asWkb()))
        attributes = feature.attributes()
        for index, values in wanted:
            value = attributes[index]
            values.append(None if value is None or _is_null(value) else value)
    columns = {column: values for column, (_index, values) in zip(fields.values(), wanted)}
    if not wkbs:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The {name} layer has no features with a geometry (check the selection or the filter).",
            ).format(name=name)
        )
    geometry = gpd.GeoSeries(
        readable_geometries(wkbs, feedback, name),
        crs=(crs.authid() or crs.toWkt()) if crs.isValid() else None,
    )
    return gpd.GeoDataFrame(columns, geometry=geometry, crs=geometry.crs)


def arrow_source_frame(alg, parameters, key: str, context, feedback, fields: dict[str, str], name: str):
    """:func:`source_frame` read through GDAL's Arrow stream (several times faster: no QGIS feature per row),
    when the input ``key`` is a whole OGR file layer: no selection, no feature limit or filter, no subset
    string. Returns None when that does not apply (or GDAL is older than 3.6); the caller then reads through
    QGIS. The frame stays in the layer's CRS; the fields are assumed checked."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

    value = parameters.get(key)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        filtered = getattr(value, "filterExpression", "")  # QGIS >= 3.32
        if value.selectedFeaturesOnly or value.featureLimit != -1 or filtered:
            return None
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    # decodeUri gives NULL QVariants for parts the URI lacks: keep only real values.
    parts = {
        k: v
        for k, v in QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).items()
        if isinstance(v, (str, int)) and v != ""
    }
    path = parts.get("path", "")
    if parts.get("subset") or not path or path.lower().endswith((".osm", ".pbf")):
        return None
    try:
        from osgeo import gdal, ogr

        if int(gdal.VersionInfo()) < 3060000:
            return None
        dataset = ogr.Open(path)
        if dataset is None:
            return None
        if parts.get("layerName"):
            ogr_layer = dataset.GetLayerByName(parts["layerName"])
        else:
            ogr_layer = dataset.GetLayer(int(parts.get("layerId") or 0))
        if ogr_layer is None or ogr_layer.GetFeatureCount() != layer.featureCount():
            return None
        defn = ogr_layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if not set(fields) <= set(names):
            return None
        ogr_layer.SetIgnoredFields([n for n in names if n not in fields])
        geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        columns: dict[str, list] = {column: [] for column in fields.values()}
        wkbs: list[bytes] = []
        for batch in ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            # WKB of equal length arrive as a fixed-size void array, else as objects (None without geometry).
            geoms = [
                b"" if g is None else (g.tobytes() if hasattr(g, "tobytes") else bytes(g))
                for g in batch[geometry_name]
            ]
            keep = [i for i, g in enumerate(geoms) if g]
            wkbs.extend(geoms[i] for i in keep)
            for field, column in fields.items():
                columns[column].extend(_plain_values(batch[field], keep))
        del ogr_layer, dataset
    except (ImportError, RuntimeError, AttributeError, KeyError, TypeError, ValueError):
        return None
    if not wkbs:
        return None  # let the QGIS path give its message
    import geopandas as gpd

    crs = layer.crs()
    geometry = gpd.GeoSeries(
        readable_geometries(wkbs, feedback, name),
        crs=(crs.authid() or crs.toWkt()) if crs.isValid() else None,
    )
    return gpd.GeoDataFrame(columns, geometry=geometry, crs=geometry.crs)


def _plain_values(array, keep: list[int]) -> list:
    """Values of an Arrow column (numpy, masked where NULL) as Python values: text decoded, NULL as None."""
    import numpy as np

    mask = np.ma.getmaskarray(array)
    data = np.ma.getdata(array)
    out = []
    for i in keep:
        if mask[i]:
            out.append(None)
            continue
        value = data[i]
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        elif hasattr(value, "item"):
            value = value.item()
        out.append(value)
    return out


def _parse_wkbs(wkbs: list[bytes]) -> tuple[list, list[int]]:
    """Shapely geometries of ``wkbs`` (one vectorised call on shapely 2) and the indices GEOS cannot read."""
    import shapely
    from shapely import wkb as shapely_wkb

    if hasattr(shapely, "from_wkb"):  # shapely 2
        geoms = list(shapely.from_wkb(wkbs, on_invalid="ignore"))
        return geoms, [i for i, geom in enumerate(geoms) if geom is None and wkbs[i]]
    geoms, bad = [], []
    for i, data in enumerate(wkbs):
        # GEOS's reading errors differ between shapely versions (GEOSException, WKBReadingError).
        try:
            geoms.append(shapely_wkb.loads(data))
        except Exception:  # noqa: BLE001
            geoms.append(None)
            bad.append(i)
    return geoms, bad


def _repair(wkbs: list[bytes], geoms: list, bad: list[int], feedback, name: str) -> dict[int, bytes]:
    """For each unreadable WKB (a ring of two points, as clipped OpenStreetMap extracts hold): QGIS's repair, or
    an empty geometry; fills ``geoms`` and returns the new WKB by index, and says so in the log."""
    from qgis.core import QgsGeometry
    from shapely import wkb as shapely_wkb
    from shapely.geometry import GeometryCollection

    fixed, dropped = {}, 0
    for i in bad:
        geom = QgsGeometry()
        geom.fromWkb(wkbs[i])
        repaired = geom.makeValid()
        data = bytes(repaired.asWkb()) if not repaired.isNull() else b""
        try:
            geoms[i] = shapely_wkb.loads(data)
        except Exception:  # noqa: BLE001
            geoms[i] = GeometryCollection()
            data = shapely_wkb.dumps(geoms[i])
            dropped += 1
        fixed[i] = data
    if bad:
        feedback.pushWarning(
            QCoreApplication.translate(
                "adapters",
                "The {name} layer has {count} broken geometries (e.g. rings of fewer than four points): "
                "{repaired} repaired, {dropped} left out.",
            ).format(name=name, count=len(bad), repaired=len(bad) - dropped, dropped=dropped)
        )
    return fixed


def readable_geometries(wkbs: list[bytes], feedback, name: str) -> list:
    """Shapely geometries of ``wkbs``, each parsed once; those GEOS cannot read repaired by QGIS (or empty)."""
    geoms, bad = _parse_wkbs(wkbs)
    _repair(wkbs, geoms, bad, feedback, name)
    return geoms


def readable_wkbs(wkbs: list[bytes], feedback, name: str) -> list[bytes]:
    """``wkbs`` with those GEOS cannot read replaced by QGIS's repair (or an empty geometry)."""
    geoms, bad = _parse_wkbs(wkbs)
    if not bad:
        return wkbs
    fixed = _repair(wkbs, geoms, bad, feedback, name)
    return [fixed.get(i, data) for i, data in enumerate(wkbs)]


def source_table(source, fields: dict[str, str], feedback, name: str):
    """A DataFrame of the attributes of a feature source (table or layer; selection and filters honoured).

    ``fields`` maps the source's field names to the column names wanted; NULL values become None. A field
    the source lacks, or a source without rows, stops the run with a message naming ``name``.
    """
    import pandas as pd

    indices = []
    for field in fields:
        index = source.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(
                QCoreApplication.translate("adapters", "The field '{field}' is not in the {name}.").format(
                    field=field, name=name
                )
            )
        indices.append(index)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(indices)
    columns: list[list] = [[] for _ in indices]
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 10_000 == 0 and feedback.isCanceled():
            raise QgsProcessingException(
                QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
            )
        attributes = feature.attributes()
        for column, index in zip(columns, indices):
            value = attributes[index]
            column.append(None if value is None or _is_null(value) else value)
    if not columns or not columns[0]:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters", "The {name} has no rows (check the selection or the filter)."
            ).format(name=name)
        )
    return pd.DataFrame({new: pd.Series(col, dtype=object) for new, col in zip(fields.values(), columns)})


def _is_null(value) -> bool:
    """QGIS gives NULL attributes as a null QVariant in PyQt5."""
    return isinstance(value, QVariant) and value.isNull()


def write_features(
    alg, parameters, context, key: str, frame, crs, feedback, progress=None, wkb_type=QgsWkbTypes.MultiPolygon
) -> str | None:
    """Write a GeoDataFrame to the feature sink ``key`` with geometries of ``wkb_type`` (default multipolygons:
    single parts are made multi); returns its id.

    Progress goes to ``progress(fraction)`` when given, else to the feedback's bar (0-100 %)."""
    from qgis.core import QgsGeometry

    table = frame.drop(columns=frame.geometry.name)
    fields = table_fields(table)
    sink, dest = alg.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
    if sink is None:
        return None
    multi = QgsWkbTypes.isMultiType(wkb_type)
    wkbs = frame.geometry.to_wkb().tolist() if len(frame) else []
    columns = [_plain_list(table[name]) for name in table.columns]
    total = max(len(frame), 1)
    feature = QgsFeature(fields)  # one feature reused: the sink copies what it is given
    for i, (wkb_bytes, *values) in enumerate(zip(wkbs, *columns)):
        geom = QgsGeometry()
        geom.fromWkb(wkb_bytes)
        if multi:
            geom.convertToMultiType()
        feature.setGeometry(geom)
        feature.setAttributes(values)
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
        if i % 10_000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            if progress is not None:
                progress(i / total)
            else:
                feedback.setProgress(100.0 * i / total)
    return dest


def _plain_list(column) -> list:
    """A column as Python values, missing values as None (what QGIS attributes take)."""
    return column.astype(object).where(column.notna(), None).tolist()


# Field types: QGIS >= 3.38 takes QMetaType (and deprecates QVariant types, which Qt 6 / QGIS 4 drop).
_META = Qgis.versionInt() >= 33800
_FIELD_TYPES = {
    "int": QMetaType.Type.Int if _META else QVariant.Type.Int,
    "int64": QMetaType.Type.LongLong if _META else QVariant.Type.LongLong,
    "double": QMetaType.Type.Double if _META else QVariant.Type.Double,
    "bool": QMetaType.Type.Bool if _META else QVariant.Type.Bool,
    "string": QMetaType.Type.QString if _META else QVariant.Type.String,
}
_KINDS = {"i": "int64", "u": "int64", "f": "double", "b": "bool"}


def table_fields(frame) -> QgsFields:
    fields = QgsFields()
    for name, dtype in frame.dtypes.items():
        kind = _KINDS.get(dtype.kind, "string")
        # 32-bit fields where the values allow it: some formats (CSV, Shapefile) handle Integer64 poorly.
        if kind == "int64" and (frame.empty or frame[name].abs().max() < 2**31):
            kind = "int"
        fields.append(QgsField(str(name), _FIELD_TYPES[kind]))
    return fields


def write_table(alg, parameters, context, key: str, frame, feedback) -> str | None:
    """Write a DataFrame to the table sink ``key``; returns the destination id."""
    fields = table_fields(frame)
    sink, dest = alg.parameterAsSink(
        parameters,
        key,
        context,
        fields,
        QgsWkbTypes.NoGeometry,
        QgsCoordinateReferenceSystem(),
        layerOptions=csv_options(alg.parameterAsOutputLayer(parameters, key, context)),
    )
    if sink is None:
        return None
    for values in frame.itertuples(index=False):
        feature = QgsFeature(fields)
        feature.setAttributes([_plain(v) for v in values])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return dest


def outputs_asked(parameters, keys) -> dict[str, bool]:
    """For each output key, whether the run was asked for it (a destination given, also inside the output
    definition a dialog or a model passes)."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    asked = {}
    for key in keys:
        value = parameters.get(key)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        asked[key] = value not in (None, "")
    return asked


def check_output_folders(alg, parameters, context, keys) -> None:
    """Before any work: every file output asked for goes to a folder that exists (else nothing is written)."""
    import os

    missing = []
    for key in keys:
        dest = alg.parameterAsOutputLayer(parameters, key, context) or ""
        path = dest.split("|")[0]
        if not path or path.startswith(("memory:", "ogr:", "postgres:", "spatialite:")) or "://" in path:
            continue
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            definition = alg.parameterDefinition(key)
            label = definition.description() if definition is not None else key
            missing.append(f"'{label}' ({key}): {folder}")
    if missing:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "adapters",
                "The folder of these outputs does not exist: {outputs}. Create it or choose another.",
            ).format(outputs="; ".join(missing))
        )


def csv_options(destination: str | None) -> list[str]:
    """For a CSV destination: numbers unquoted (QGIS's default quotes integers) and a .csvt with the column
    types, so spreadsheets and QGIS read integers as integers; nothing for other formats."""
    if destination and destination.split("|")[0].lower().endswith(".csv"):
        return ["STRING_QUOTING=IF_NEEDED", "CREATE_CSVT=YES"]
    return []


def _plain(value):
    """numpy scalars and NaN to what QGIS fields take."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def change_type_labels() -> list[tuple[int, str, str]]:
    """(raster value, translated label, colour) of every change type."""
    return [(t.code, QCoreApplication.translate("analysis", t.label), t.colour) for t in CHANGE_TYPES]


TABLE = QgsProcessing.TypeVector
