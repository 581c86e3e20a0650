"""OSM files to the core and production spaces to sinks: one code path for reindustria:osmproductionspaces and
the OSM download (which saves the Overpass answer as an .osm file and reads it here).

The file is read with QGIS's OGR provider (GDAL's OSM driver, as QGIS opens an .osm or .osm.pbf file) and the
configuration in processing/presets/osmconf.ini, which keeps every tag; the ``points`` and ``multipolygons``
layers go to the core as WKB and attribute columns.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from .. import paths
from ..analysis.osm.production import ATTRIBUTION, OsmLayer
from .adapters import readable_wkbs
from .styling import VectorStyler, apply_production_class_style, write_vector_style

#: GDAL OSM driver configuration of the reader.
OSM_CONFIG = paths.PRESETS / "osmconf.ini"
#: The layers of GDAL's OSM driver the production spaces come from.
OSM_LAYERS = ("points", "multipolygons")


def osm_layer_uri(path: str, layer: str) -> str:
    """The OGR data source of one layer of an OSM file, read with the reader's GDAL configuration."""
    return f"{path}|layername={layer}|option:CONFIG_FILE={OSM_CONFIG}"


def open_osm_layer(path: str, layer: str) -> QgsVectorLayer:
    """One layer of an OSM file, or a clear error when the file is missing or GDAL cannot read it as OSM."""
    if not path or not os.path.isfile(path):
        raise QgsProcessingException(
            QCoreApplication.translate(
                "osm_reader", "The OSM file {path} does not exist. Give an .osm or .osm.pbf file."
            ).format(path=path)
        )
    vector = QgsVectorLayer(osm_layer_uri(path, layer), layer, "ogr")
    if not vector.isValid() or vector.dataProvider().storageType() != "OSM":
        raise QgsProcessingException(
            QCoreApplication.translate(
                "osm_reader",
                "{path} cannot be read as OpenStreetMap data: give an OSM XML (.osm) or PBF (.osm.pbf) file, "
                "such as a Geofabrik or BBBike extract or an Overpass answer in XML.",
            ).format(path=path)
        )
    return vector


def read_osm_layer(path: str, layer: str, feedback) -> OsmLayer:
    """The features with a geometry of one layer of an OSM file as plain data (WKB and attribute columns).

    GDAL does not know how many features an OSM file holds before reading it: the count read so far is shown
    as text, and cancellation is checked every 10,000 features."""
    vector = open_osm_layer(path, layer)
    names = [field.name() for field in vector.fields()]
    columns: dict[str, list] = {name: [] for name in names}
    lists = [columns[name] for name in names]
    wkbs: list[bytes] = []
    request = QgsFeatureRequest()
    for i, feature in enumerate(vector.getFeatures(request)):
        if i % 10_000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            if i:
                feedback.setProgressText(
                    QCoreApplication.translate(
                        "osm_reader", "OSM layer {layer}: {count} features read"
                    ).format(layer=layer, count=f"{i:,}")
                )
        if not feature.hasGeometry():
            continue
        geom = feature.geometry()
        if geom.isEmpty():
            continue
        wkbs.append(bytes(geom.asWkb()))
        for values, value in zip(lists, feature.attributes()):
            values.append(
                None if value is None or (isinstance(value, QVariant) and value.isNull()) else value
            )
    del vector
    if layer != "points":  # clipped extracts hold rings GEOS cannot read: QGIS repairs them
        wkbs = readable_wkbs(
            wkbs, feedback, QCoreApplication.translate("osm_reader", "OSM {layer}").format(layer=layer)
        )
    return OsmLayer(wkbs, columns)


def read_osm_file(
    path: str, feedback, progress: Callable[[float], None] | None = None
) -> dict[str, OsmLayer]:
    """The ``points`` and ``multipolygons`` layers of an OSM file (:data:`OSM_LAYERS`) as plain data, with
    progress (0-1) after each layer."""
    report = progress or (lambda fraction: None)
    texts = {
        "points": QCoreApplication.translate("osm_reader", "Reading the nodes of {file}"),
        "multipolygons": QCoreApplication.translate("osm_reader", "Reading the areas of {file}"),
    }
    layers = {}
    for n, name in enumerate(OSM_LAYERS):
        feedback.setProgressText(texts[name].format(file=Path(path).name))
        layers[name] = read_osm_layer(path, name, feedback)
        report((n + 1) / len(OSM_LAYERS))
    return layers


def output_crs(crs_text: str) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS of the core's CRS text (an authority id such as EPSG:32635, or WKT)."""
    crs = QgsCoordinateReferenceSystem(crs_text)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem.fromWkt(crs_text)
    return crs


def attribution_metadata(layer: QgsVectorLayer, title: str, abstract: str) -> None:
    """Title, abstract and the OpenStreetMap licence (rights and licence) in a layer's metadata."""
    metadata = layer.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setRights([ATTRIBUTION])
    metadata.setLicenses(["Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/"])
    metadata.setKeywords({"reindustria": ["OpenStreetMap", "production spaces"]})
    layer.setMetadata(metadata)


def save_metadata(destination: str | None, apply: Callable[[QgsVectorLayer], None]) -> None:
    """The metadata ``apply`` sets, saved with a file output: inside a GeoPackage, else as a .qmd beside it
    (QGIS loads either when the file is opened). Memory layers and databases get it from the post-processor."""
    if not destination:
        return
    path = Path(destination.split("|")[0])
    if not path.is_file():
        return
    name = QgsProviderRegistry.instance().decodeUri("ogr", destination).get("layerName") or path.stem
    uri = f"{path}|layername={name}" if path.suffix.lower() == ".gpkg" else destination
    layer = QgsVectorLayer(uri, path.stem, "ogr")
    if not layer.isValid():
        return
    apply(layer)
    _message, saved = layer.saveDefaultMetadata()
    if not saved:
        layer.saveNamedMetadata(str(path.with_suffix(".qmd")))


#: Post-processors of the last run, one per output: Processing keeps only a raw pointer to each.
_STYLERS: dict[str, VectorStyler] = {}


def style_output(
    context,
    destination: str | None,
    key: str,
    title: str,
    abstract: str,
    style: Callable[[QgsVectorLayer], None] = apply_production_class_style,
) -> None:
    """Style an output (by production class unless another ``style`` is given): a .qml beside its file, and the
    layer Processing loads (with the OpenStreetMap attribution in its metadata)."""
    write_vector_style(destination, style)
    if destination and context.willLoadLayerOnCompletion(destination):

        def apply(layer: QgsVectorLayer) -> None:
            style(layer)
            attribution_metadata(layer, title, abstract)

        _STYLERS[key] = VectorStyler(apply)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(_STYLERS[key])
