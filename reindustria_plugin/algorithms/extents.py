"""The area of the download tools: an extent typed without its CRS, and an area layer whose CRS is wrong."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

#: Below this area (km², 100 m²) an area layer covers almost nothing: its coordinates are not in its CRS.
MIN_AREA_KM2 = 1e-4


def _plain(value: float) -> str:
    """A number as a user types it: 4715000, 11.0895 (no exponent)."""
    return f"{value:.10f}".rstrip("0").rstrip(".")


def extent_with_crs(alg, parameters, name: str, context, feedback):
    """(rectangle, its CRS) of the extent parameter ``name``.

    An extent typed without its CRS (qgis_process: "xmin,xmax,ymin,ymax" without "[EPSG:…]") is read as
    longitude/latitude (EPSG:4326) when its numbers fit, with a warning; other numbers are refused, as no CRS
    of metres can be guessed.
    """
    crs = alg.parameterAsExtentCrs(parameters, name, context)
    extent = alg.parameterAsExtent(parameters, name, context)
    if extent.isNull() or extent.isEmpty():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents", "The extent is empty: draw or type a rectangle with an area."
            )
        )
    if crs.isValid():
        return extent, crs
    typed = ",".join(
        _plain(v) for v in (extent.xMinimum(), extent.xMaximum(), extent.yMinimum(), extent.yMaximum())
    )
    degrees = -180 <= extent.xMinimum() <= extent.xMaximum() <= 180 and (
        -90 <= extent.yMinimum() <= extent.yMaximum() <= 90
    )
    if not degrees:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents",
                "The extent {extent} has no CRS, and its numbers are not longitude and latitude: add its CRS "
                'after the numbers, e.g. EXTENT="{extent} [EPSG:3035]" for metres in EPSG:3035, or '
                'EXTENT="11.0,11.2,43.8,43.95 [EPSG:4326]" in degrees.',
            ).format(extent=typed)
        )
    feedback.pushWarning(
        QCoreApplication.translate(
            "extents",
            "The extent {extent} has no CRS: it is read in EPSG:4326 (longitude and latitude). Add the CRS after "
            'the numbers, e.g. EXTENT="11.0,11.2,43.8,43.95 [EPSG:4326]".',
        ).format(extent=typed)
    )
    return QgsRectangle(extent), QgsCoordinateReferenceSystem("EPSG:4326")


def check_area_surface(area_km2: float, crs: QgsCoordinateReferenceSystem) -> None:
    """Refuses an area layer whose polygons cover almost nothing once transformed: their coordinates are not in
    the layer's CRS (degrees in a layer set to metres)."""
    if area_km2 < MIN_AREA_KM2:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents",
                "The polygons of the area layer cover {area} km² once read in their CRS ({crs}): almost nothing. "
                "Check the CRS of the area layer (Layer Properties ▸ Source): longitude and latitude in a layer "
                "set to a CRS in metres give such areas.",
            ).format(area=f"{area_km2:.2g}", crs=crs.authid() or "-")
        )


def area_source(alg, parameters, extent_key: str, area_key: str, context):
    """The AREA layer of a download, or None when the EXTENT is given instead; refuses both or neither."""
    source = alg.parameterAsSource(parameters, area_key, context)
    has_extent = parameters.get(extent_key) not in (None, "")
    if source is not None and has_extent:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents",
                "Give either an extent or an area layer, not both: the area is bounded by one of them.",
            )
        )
    if source is None and not has_extent:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents",
                "Give the area to download: an extent, or a layer of polygons whose outline bounds it.",
            )
        )
    return source


def area_polygons(source, crs: QgsCoordinateReferenceSystem, context, feedback) -> list:
    """The polygons of an area layer (selection honoured) in ``crs``, repaired where invalid."""
    from qgis.core import QgsCoordinateTransform, QgsGeometry

    from .network import canceled_error

    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents", "The area layer has no CRS: set its CRS (Layer Properties ▸ Source) and run again."
            )
        )
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    geoms = []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            raise canceled_error()
        if not feature.hasGeometry() or feature.geometry().isEmpty():
            continue
        geom = QgsGeometry(feature.geometry())
        if geom.transform(transform) != 0:
            raise QgsProcessingException(
                QCoreApplication.translate("extents", "The area cannot be transformed to {crs}.").format(
                    crs=crs.authid()
                )
            )
        geoms.append(geom if geom.isGeosValid() else geom.makeValid())
    if not geoms:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "extents",
                "The area layer holds no polygons (or none selected): give the polygons of the area.",
            )
        )
    return geoms
