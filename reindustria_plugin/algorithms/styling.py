"""Styles for outputs: the change-type raster gets a paletted renderer with translated labels."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from .adapters import change_type_labels


def apply_change_style(layer: QgsRasterLayer) -> None:
    classes = [
        QgsPalettedRasterRenderer.Class(value, QColor(colour), label)
        for value, label, colour in change_type_labels()
    ]
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def write_change_style(path: str) -> None:
    """Save the style as ``<name>.qml`` next to the raster: QGIS loads it whenever the file is opened."""
    layer = QgsRasterLayer(path, Path(path).stem, "gdal")
    if layer.isValid():
        apply_change_style(layer)
        layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))


class ChangeStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the CHANGE output when Processing loads it into the project."""

    instance = None

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsRasterLayer):
            apply_change_style(layer)

    @staticmethod
    def create() -> ChangeStyler:
        # Processing keeps only a raw pointer: hold a Python reference until the next run.
        ChangeStyler.instance = ChangeStyler()
        return ChangeStyler.instance
