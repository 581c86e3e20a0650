"""Small maps of each district for the comparison report, rendered by QGIS: land use coloured by production
class (industrial land strong, the rest muted), industrial change on top, the land outside the district faded."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsInvertedPolygonRenderer,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..analysis.typology import CHANGE_BY_KEY, CLASS_KEYS, PRODUCTION_CLASSES

#: Change types drawn over the land use, with their colours (the other changes are not about industry).
INDUSTRIAL_CHANGES = [
    "industrial_land_take",
    "reindustrialisation",
    "deindustrialisation_residential",
    "deindustrialisation_commercial",
    "deindustrialisation_vacancy",
    "deindustrialisation_green",
    "deindustrialisation_other",
]
#: Opacity of the production classes other than industrial, so that industrial land stands out.
MUTED = 70


def class_colour(key: str) -> QColor:
    """The colour of a production class; muted unless it is industrial."""
    colour = QColor(dict((k, c) for k, _label, c in PRODUCTION_CLASSES).get(key, "#bdbdbd"))
    if key != "industrial":
        colour.setAlpha(MUTED)
    return colour


def land_use_raster_layer(path: str, nomenclature) -> QgsRasterLayer:
    """The land-use raster with each code in the colour of its production class."""
    layer = QgsRasterLayer(path, "land use", "gdal")
    classes = [
        QgsPalettedRasterRenderer.Class(int(code), class_colour(cls), cls)
        for code, cls in zip(nomenclature.codes.tolist(), nomenclature.classes)
        if cls in CLASS_KEYS
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


def land_use_polygon_layer(frame, nomenclature, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """A memory layer of land-use polygons (``code`` column) in the colours of their production class."""
    class_of = dict(zip(nomenclature.codes.tolist(), nomenclature.classes))
    layer = _memory_layer("Polygon", crs, "cls:string")
    features = []
    for geom, code in zip(frame.geometry.values, frame["code"].tolist()):
        if code is None or geom is None or geom.is_empty:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        feature.setAttributes([class_of.get(int(code), "")])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for key in CLASS_KEYS:
        symbol = QgsFillSymbol.createSimple({"outline_style": "no"})
        symbol.setColor(class_colour(key))
        categories.append(QgsRendererCategory(key, symbol, key))
    layer.setRenderer(QgsCategorizedSymbolRenderer("cls", categories))
    return layer


def change_raster_layer(path: str) -> QgsRasterLayer:
    """The change-type raster with only the industrial changes drawn."""
    layer = QgsRasterLayer(path, "change", "gdal")
    classes = [
        QgsPalettedRasterRenderer.Class(CHANGE_BY_KEY[key].code, QColor(CHANGE_BY_KEY[key].colour), key)
        for key in INDUSTRIAL_CHANGES
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


def change_polygon_layer(frame, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """A memory layer of the industrial change polygons (``change_type`` column) in their colours."""
    layer = _memory_layer("Polygon", crs, "change_type:string")
    features = []
    for geom, kind in zip(frame.geometry.values, frame["change_type"].tolist()):
        if kind not in INDUSTRIAL_CHANGES or geom is None or geom.is_empty:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        feature.setAttributes([kind])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for key in INDUSTRIAL_CHANGES:
        symbol = QgsFillSymbol.createSimple({"outline_style": "no"})
        symbol.setColor(QColor(CHANGE_BY_KEY[key].colour))
        categories.append(QgsRendererCategory(key, symbol, key))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change_type", categories))
    return layer


def render_district_maps(
    districts, layers: list, crs: QgsCoordinateReferenceSystem, size: int = 360, is_canceled=None
) -> dict[str, bytes]:
    """A PNG per district: ``layers`` (top first) within the district's extent, the outside faded, the border
    drawn. ``districts`` are (shapely geometry in ``crs``, name) pairs."""
    maps: dict[str, bytes] = {}
    for geom, name in districts:
        if is_canceled is not None and is_canceled():
            break
        if geom is None or geom.is_empty:
            continue
        outline = _memory_layer("Polygon", crs, "name:string")
        feature = QgsFeature(outline.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        feature.setAttributes([str(name)])
        outline.dataProvider().addFeatures([feature])
        fade = QgsFillSymbol.createSimple({"color": "255,255,255,200", "outline_style": "no"})
        outline.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(fade)))
        border = _memory_layer("Polygon", crs, "name:string")
        border.dataProvider().addFeatures([feature])
        border.setRenderer(
            QgsSingleSymbolRenderer(
                QgsFillSymbol.createSimple(
                    {"style": "no", "outline_color": "#202020", "outline_width": "0.5"}
                )
            )
        )
        xmin, ymin, xmax, ymax = geom.bounds
        pad = 0.05 * max(xmax - xmin, ymax - ymin)
        settings = QgsMapSettings()
        settings.setDestinationCrs(crs)
        settings.setLayers([border, outline, *layers])
        settings.setBackgroundColor(QColor("white"))
        settings.setOutputSize(QSize(size, size))
        settings.setExtent(QgsRectangle(xmin - pad, ymin - pad, xmax + pad, ymax + pad))
        image = QImage(QSize(size, size), QImage.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        painter.end()
        buffer = QByteArray()
        device = QBuffer(buffer)
        device.open(QIODevice.WriteOnly)
        image.save(device, "PNG")
        maps[str(name)] = bytes(buffer)
    return maps


def _memory_layer(kind: str, crs: QgsCoordinateReferenceSystem, fields: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?field={fields}", "layer", "memory")
    layer.setCrs(crs)
    return layer
