"""Styles for outputs: change types get their colours and translated labels (raster and polygons)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QColor

from .adapters import change_type_labels


def _present(codes) -> Callable[[int], bool]:
    """Whether a change type belongs in the legend: every type without ``codes``, else those in it."""
    if codes is None:
        return lambda value: True
    wanted = {int(c) for c in codes}
    return lambda value: value in wanted


def apply_change_style(layer: QgsRasterLayer, codes=None) -> None:
    """Change types in their colours; with ``codes``, the legend lists only those change types."""
    present = _present(codes)
    classes = [
        QgsPalettedRasterRenderer.Class(value, QColor(colour), label)
        for value, label, colour in change_type_labels()
        if present(value)
    ]
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def write_change_style(path: str, codes=None) -> None:
    """Save the style as ``<name>.qml`` next to the raster: QGIS loads it whenever the file is opened."""
    layer = QgsRasterLayer(path, Path(path).stem, "gdal")
    if layer.isValid():
        apply_change_style(layer, codes)
        layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))


class ChangeStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the CHANGE output when Processing loads it into the project."""

    instance = None

    def __init__(self, codes=None):
        super().__init__()
        self.codes = codes

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsRasterLayer):
            apply_change_style(layer, self.codes)

    @staticmethod
    def create(codes=None) -> ChangeStyler:
        # Processing keeps only a raw pointer: hold a Python reference until the next run.
        ChangeStyler.instance = ChangeStyler(codes)
        return ChangeStyler.instance


def apply_vector_change_style(layer: QgsVectorLayer, codes=None) -> None:
    """Categories of the change_code field, with the change types' colours and translated labels; with
    ``codes``, only those change types."""
    categories = []
    present = _present(codes)
    for value, label, colour in change_type_labels():
        if not present(value):
            continue
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.1"}
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change_code", categories))
    layer.triggerRepaint()


def write_vector_change_sidecars(destination: str, tags: dict[str, str], codes=None) -> None:
    """Beside a file output (GeoPackage, Shapefile…): the style as .qml, which QGIS loads on opening, and the
    provenance as layer metadata (inside a GeoPackage, else a .qmd file), so the result can be reproduced."""
    path = Path(destination.split("|")[0])
    if not path.is_file():
        return  # a memory layer or a database: styled by the post-processor only
    # With the layer named in the URI, QGIS keeps the metadata inside a GeoPackage, where it loads it on opening.
    name = QgsProviderRegistry.instance().decodeUri("ogr", destination).get("layerName") or path.stem
    uri = f"{path}|layername={name}" if path.suffix.lower() == ".gpkg" else destination
    layer = QgsVectorLayer(uri, path.stem, "ogr")
    if not layer.isValid():
        return
    apply_vector_change_style(layer, codes)
    layer.saveNamedStyle(str(path.with_suffix(".qml")))
    metadata = layer.metadata()
    metadata.setTitle(path.stem)
    metadata.setAbstract("\n".join(f"{key}: {value}" for key, value in tags.items()))
    metadata.setKeywords(
        {"reindustria": [f"{key}={value}" for key, value in tags.items() if "\n" not in value]}
    )
    layer.setMetadata(metadata)
    _message, saved = layer.saveDefaultMetadata()
    if not saved:  # formats without a metadata store (Shapefile…): a .qmd beside the file
        layer.saveNamedMetadata(str(path.with_suffix(".qmd")))


class VectorChangeStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the polygon CHANGE output when Processing loads it into the project."""

    instance = None

    def __init__(self, codes=None):
        super().__init__()
        self.codes = codes

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer):
            apply_vector_change_style(layer, self.codes)

    @staticmethod
    def create(codes=None) -> VectorChangeStyler:
        VectorChangeStyler.instance = VectorChangeStyler(codes)
        return VectorChangeStyler.instance


def apply_patch_style(layer: QgsVectorLayer, colours: dict) -> None:
    """Patches categorised by class, in the nomenclature's colours (QGIS's random colours otherwise)."""
    index = layer.fields().lookupField("class")
    if index < 0:
        return
    label_index = layer.fields().lookupField("label")
    labels = {}
    if label_index >= 0:
        for feature in layer.getFeatures():
            labels.setdefault(feature[index], feature[label_index])
    categories = []
    for n, value in enumerate(sorted(layer.uniqueValues(index), key=str)):
        colour = QColor(colours.get(value) or QColor.fromHsv((n * 67) % 360, 160, 220).name())
        colour.setAlpha(170)  # the land use underneath stays visible
        rgba = ",".join(str(c) for c in colour.getRgb())
        symbol = QgsFillSymbol.createSimple(
            {"color": rgba, "outline_color": "#202020", "outline_width": "0.2"}
        )
        # Codes read best with their label; production classes by their (translated) label alone.
        label = labels.get(value) or ""
        text = (label or str(value)) if isinstance(value, str) else f"{value} {label}".strip()
        categories.append(QgsRendererCategory(value, symbol, text))
    layer.setRenderer(QgsCategorizedSymbolRenderer("class", categories))
    layer.triggerRepaint()


def write_vector_style(destination: str | None, apply: Callable[[QgsVectorLayer], None]) -> None:
    """The style ``apply`` gives, saved as a .qml beside a file output: QGIS loads it whenever the file opens."""
    if not destination:
        return
    path = Path(destination.split("|")[0])
    if not path.is_file():
        return
    layer = QgsVectorLayer(destination, path.stem, "ogr")
    if layer.isValid():
        apply(layer)
        layer.saveNamedStyle(str(path.with_suffix(".qml")))


def style_vector_output(context, destination: str | None, apply: Callable[[QgsVectorLayer], None]) -> None:
    """Style a vector output: the .qml beside its file, and the loaded layer when Processing adds it."""
    write_vector_style(destination, apply)
    if destination and context.willLoadLayerOnCompletion(destination):
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(VectorStyler.create(apply))


class VectorStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function to a vector output when Processing loads it into the project."""

    instance = None

    def __init__(self, apply: Callable[[QgsVectorLayer], None]):
        super().__init__()
        self.apply = apply

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer):
            self.apply(layer)

    @staticmethod
    def create(apply: Callable[[QgsVectorLayer], None]) -> VectorStyler:
        # Processing keeps only a raw pointer: hold a Python reference until the next run.
        VectorStyler.instance = VectorStyler(apply)
        return VectorStyler.instance


#: Fixed colours of the production classes (OSM production spaces, live-work tools), one place for every legend.
PRODUCTION_CLASS_COLOURS = {
    "industrial": "#6a3d9a",
    "craft": "#e66101",
    "coworking": "#1b9e77",
    "office": "#2c7bb6",
    "services": "#e7298a",
    "residential": "#fee08b",
    "other": "#bdbdbd",
    "unknown": "#f7f7f7",
}
#: Legend labels of the production classes (translated in context "styling").
PRODUCTION_CLASS_LABELS = {
    "industrial": QT_TRANSLATE_NOOP("styling", "industrial"),
    "craft": QT_TRANSLATE_NOOP("styling", "craft / workshop"),
    "coworking": QT_TRANSLATE_NOOP("styling", "coworking / makerspace"),
    "office": QT_TRANSLATE_NOOP("styling", "office"),
    "services": QT_TRANSLATE_NOOP("styling", "retail / services"),
    "residential": QT_TRANSLATE_NOOP("styling", "residential"),
    "other": QT_TRANSLATE_NOOP("styling", "other use"),
    "unknown": QT_TRANSLATE_NOOP("styling", "unknown use"),
}


def apply_production_class_style(layer: QgsVectorLayer, field: str = "production_class") -> None:
    """Categories of ``field`` in the fixed colours of :data:`PRODUCTION_CLASS_COLOURS` (the classes present, in
    their order; all of them on an empty layer): filled polygons, or dots for points."""
    index = layer.fields().lookupField(field)
    if index < 0:
        return
    present = {v for v in layer.uniqueValues(index) if isinstance(v, str)}
    points = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
    categories = []
    for value, colour in PRODUCTION_CLASS_COLOURS.items():
        if present and value not in present:
            continue
        if points:
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": colour, "outline_color": "#232323", "size": "2.2"}
            )
        else:
            symbol = QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.1"}
            )
        label = QCoreApplication.translate("styling", PRODUCTION_CLASS_LABELS[value])
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    layer.triggerRepaint()
