"""Adapters between QGIS layers and the plain data of the analysis core, and table sinks."""

from __future__ import annotations

import math

from qgis.core import (
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
from qgis.PyQt.QtCore import QCoreApplication, QVariant

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


def source_geometries(
    source, crs: QgsCoordinateReferenceSystem, context, feedback, field: str | None = None, name: str = ""
):
    """Shapely geometries of a feature source (selection and filters honoured), in ``crs``.

    Returns a list of geometries, or of (geometry, value of ``field``) pairs when ``field`` is given.
    """
    from shapely import wkb

    if source is None:
        return None
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
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
    if field and source.fields().lookupField(field) < 0:
        raise QgsProcessingException(
            QCoreApplication.translate("adapters", "The field '{field}' is not in the {name} layer.").format(
                field=field, name=name
            )
        )
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


_TYPES = {"i": QVariant.LongLong, "u": QVariant.LongLong, "f": QVariant.Double, "b": QVariant.Bool}


def table_fields(frame) -> QgsFields:
    fields = QgsFields()
    for name, dtype in frame.dtypes.items():
        kind = _TYPES.get(dtype.kind, QVariant.String)
        # 32-bit fields where the values allow it: some formats (CSV, Shapefile) handle Integer64 poorly.
        if kind == QVariant.LongLong and (frame.empty or frame[name].abs().max() < 2**31):
            kind = QVariant.Int
        fields.append(QgsField(str(name), kind))
    return fields


def write_table(alg, parameters, context, key: str, frame, feedback) -> str | None:
    """Write a DataFrame to the table sink ``key``; returns the destination id."""
    fields = table_fields(frame)
    sink, dest = alg.parameterAsSink(
        parameters, key, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
    )
    if sink is None:
        return None
    for values in frame.itertuples(index=False):
        feature = QgsFeature(fields)
        feature.setAttributes([_plain(v) for v in values])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return dest


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
