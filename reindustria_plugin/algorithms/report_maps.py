"""Report maps rendered by QGIS as a print layout would draw them: the layers, a legend of what the map shows, a
scale bar and the data's attribution, returned as PNG bytes for a self-contained HTML page
(:func:`reindustria_plugin.analysis.report.html.image_data_uri`).

The layout lives in a project of its own, so rendering never touches the user's project or canvas.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

#: Page of a report map, mm: the map on the left, the legend on the right, attribution underneath.
MAP_WIDTH_MM = 170.0
LEGEND_WIDTH_MM = 80.0
FOOTER_MM = 7.0
MARGIN_MM = 3.0


def render_report_map(
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    *,
    legend_layers: Sequence[QgsMapLayer] | None = None,
    attribution: str = "",
    height_mm: float = 120.0,
    dpi: int = 110,
    legend_title: str = "",
    crs: QgsCoordinateReferenceSystem | None = None,
) -> bytes:
    """A PNG of ``layers`` (top first) over ``extent`` (in the first layer's CRS), with a legend of
    ``legend_layers`` (default: all) limited to the classes visible on the map, a scale bar and ``attribution``.

    The map is drawn in ``crs`` (default: the first layer's), which must be projected for the scale bar to be
    true. The extent is padded to the map's proportions, so nothing of it is cut. The layers stay the caller's:
    the layout's project does not take them over.
    """
    project = QgsProject()
    crs = crs or layers[0].crs()
    project.setCrs(crs)
    if crs != layers[0].crs():
        transform = QgsCoordinateTransform(layers[0].crs(), crs, project.transformContext())
        extent = transform.transformBoundingBox(extent)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page_w = MARGIN_MM * 3 + MAP_WIDTH_MM + LEGEND_WIDTH_MM
    page_h = MARGIN_MM * 2 + height_mm + FOOTER_MM
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(page_w, page_h, QgsUnitTypes.LayoutMillimeters))

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(MARGIN_MM, MARGIN_MM, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(MAP_WIDTH_MM, height_mm, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(crs)
    map_item.setLayers(list(layers))
    map_item.setBackgroundColor(QColor("white"))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#888888"))
    layout.addLayoutItem(map_item)
    map_item.setExtent(_padded(extent, MAP_WIDTH_MM / height_mm))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(legend_title)
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    for layer in legend_layers if legend_layers is not None else layers:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    for node in root.findLayers():
        _one_entry_per_label(legend.model(), node)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only the classes the map shows
    legend.setBackgroundEnabled(False)
    for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup):
        legend.setStyleFont(style, _font(9, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8))
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    legend.setWrapString("\n")
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    legend.attemptMove(
        QgsLayoutPoint(MARGIN_MM * 2 + MAP_WIDTH_MM, MARGIN_MM, QgsUnitTypes.LayoutMillimeters)
    )
    legend.adjustBoxSize()

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setNumberOfSegments(2)
    text_format = scale_bar.textFormat()
    text_format.setFont(_font(8))
    text_format.setSize(8)
    scale_bar.setTextFormat(text_format)
    scale_bar.setBackgroundEnabled(True)
    scale_bar.setBackgroundColor(QColor(255, 255, 255, 220))
    layout.addLayoutItem(scale_bar)
    scale_bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scale_bar.attemptMove(
        QgsLayoutPoint(MARGIN_MM + 3, MARGIN_MM + height_mm - 14, QgsUnitTypes.LayoutMillimeters)
    )

    if attribution:
        label = QgsLayoutItemLabel(layout)
        label.setText(attribution)
        _label_style(label, 7, QColor("#444444"))
        layout.addLayoutItem(label)
        label.attemptMove(
            QgsLayoutPoint(MARGIN_MM, MARGIN_MM + height_mm + 1, QgsUnitTypes.LayoutMillimeters)
        )
        label.attemptResize(
            QgsLayoutSize(page_w - 2 * MARGIN_MM, FOOTER_MM - 1, QgsUnitTypes.LayoutMillimeters)
        )

    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.WriteOnly)
    image.save(device, "PNG")
    return bytes(buffer)


def _one_entry_per_label(model, node) -> None:
    """Legend entries of a layer without the raster band's title, and each label once: a palette that gives
    several codes one class (CORINE's 11 and 12 are both residential) lists the class once."""
    seen, order = set(), []
    for index, legend_node in enumerate(model.layerOriginalLegendNodes(node)):
        label = legend_node.data(Qt.DisplayRole)
        is_band_title = isinstance(node.layer(), QgsRasterLayer) and isinstance(
            legend_node, QgsSimpleLegendNode
        )
        if is_band_title or label in seen:
            continue
        seen.add(label)
        order.append(index)
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
    model.refreshLayerLegend(node)


def _padded(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` with 4 % room around it, widened or heightened to ``aspect`` (width / height)."""
    rect = QgsRectangle(extent)
    rect.scale(1.08)
    width, height = rect.width(), rect.height()
    if height <= 0 or width <= 0:
        return rect
    if width / height < aspect:
        grow = (height * aspect - width) / 2
        return QgsRectangle(rect.xMinimum() - grow, rect.yMinimum(), rect.xMaximum() + grow, rect.yMaximum())
    grow = (width / aspect - height) / 2
    return QgsRectangle(rect.xMinimum(), rect.yMinimum() - grow, rect.xMaximum(), rect.yMaximum() + grow)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _label_style(label: QgsLayoutItemLabel, points: float, colour: QColor) -> None:
    """A label's font and colour: a text format from QGIS 3.24 on, a font and colour before."""
    if hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        text_format.setFont(_font(points))
        text_format.setSize(points)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(_font(points))
        label.setFontColor(colour)
