"""A chart of the report toolkit (an SVG string) shown in a scroll area, and written as PNG or SVG.

The SVG is drawn with QSvgRenderer into an image as wide as the view (QtSvg exists in Qt 5 and 6; QSvgWidget
moved to another module in Qt 6). The chart keeps the report's white ground: it is a figure, like a map.

Qt's SVG renderer ignores the CSS ``font`` shorthand matplotlib writes (``font: 700 9.5px 'DejaVu Sans', ...``)
and draws every text in the application font at its size (a quarter wider than matplotlib laid it out: labels
ran into the bars and legend entries into each other). :func:`qt_svg` spells the fonts out in the properties
Qt reads, for the view and for the files written.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.PyQt.QtCore import QByteArray, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QImage, QPainter, QPixmap
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget

_FONT = re.compile(
    r"font:\s*(?:(?P<style>italic|oblique|normal)\s+)?(?:(?P<weight>bold|normal|\d{3})\s+)?"
    r"(?P<size>[\d.]+(?:px|pt))\s+(?P<family>[^;\"]+)"
)


def qt_svg(svg: str) -> str:
    """``svg`` with each CSS ``font`` shorthand written as ``font-style``, ``font-weight``, ``font-size`` and
    ``font-family`` (which Qt's renderer and every other reads)."""

    def longhand(match: re.Match) -> str:
        parts = [
            f"font-style: {match['style']}" if match["style"] else "",
            f"font-weight: {match['weight']}" if match["weight"] else "",
            f"font-size: {match['size']}",
            f"font-family: {match['family'].strip()}",
        ]
        return "; ".join(p for p in parts if p)

    return _FONT.sub(longhand, svg)


def render(renderer: QSvgRenderer, width: int) -> QImage:
    """The SVG of ``renderer`` drawn ``width`` pixels wide on a white ground."""
    size = renderer.defaultSize()
    height = max(1, round(width * size.height() / max(size.width(), 1)))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def write_chart(svg: str, path: str, width_px: int = 1600) -> bool:
    """Write ``svg`` to ``path``: as SVG by the ``.svg`` suffix, else as a PNG ``width_px`` pixels wide. False
    if Qt cannot read the SVG or the PNG cannot be written; OSError if the SVG file cannot."""
    svg = qt_svg(svg)
    if Path(path).suffix.lower() == ".svg":
        Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n' + svg, encoding="utf-8")
        return True
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    return renderer.isValid() and render(renderer, width_px).save(path, "PNG")


class ChartView(QScrollArea):
    """Shows one SVG chart scaled to the view's width (never wider than twice its natural size)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWidget(self.label)
        self.svg = ""
        self.renderer: QSvgRenderer | None = None

    def set_svg(self, svg: str) -> bool:
        """Show ``svg``; False (and nothing shown) if Qt cannot read it."""
        renderer = QSvgRenderer(QByteArray(qt_svg(svg).encode("utf-8")))
        if not renderer.isValid():
            self.clear()
            return False
        self.svg, self.renderer = svg, renderer
        self._draw()
        return True

    def set_text(self, text: str) -> None:
        """A message instead of a chart."""
        self.clear()
        self.label.setText(text)
        self.label.resize(self.viewport().width(), self.label.heightForWidth(self.viewport().width()))

    def clear(self) -> None:
        self.svg, self.renderer = "", None
        self.label.clear()

    def image(self, width: int) -> QImage:
        """The chart drawn ``width`` pixels wide on its white ground."""
        return QImage() if self.renderer is None else render(self.renderer, width)

    def _draw(self) -> None:
        if self.renderer is None:
            return
        width = max(200, self.viewport().width() - 2)
        ratio = self.devicePixelRatioF()
        image = self.image(round(width * ratio))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)
        self.label.resize(round(image.width() / ratio), round(image.height() / ratio))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if self.renderer is not None:
            self._draw()
        elif self.label.text():
            width = self.viewport().width()
            self.label.resize(width, self.label.heightForWidth(width))

    def export(self, path: str) -> bool:
        """Write the chart shown as SVG (by the ``.svg`` suffix) or as a PNG 1,600 pixels wide."""
        return self.renderer is not None and write_chart(self.svg, path)
