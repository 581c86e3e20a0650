"""A chart of the report toolkit (an SVG string) shown in a scroll area, and exported as PNG or SVG.

The SVG is drawn with QSvgRenderer into an image as wide as the view (QtSvg exists in Qt 5 and 6; QSvgWidget
moved to another module in Qt 6). The chart keeps the report's white ground: it is a figure, like a map.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QByteArray, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QImage, QPainter, QPixmap
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget


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
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
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
        if self.renderer is None:
            return QImage()
        size = self.renderer.defaultSize()
        height = max(1, round(width * size.height() / max(size.width(), 1)))
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

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
        """Write the chart as SVG (by the ``.svg`` suffix) or as a PNG 1,600 pixels wide."""
        if self.renderer is None:
            return False
        if Path(path).suffix.lower() == ".svg":
            Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n' + self.svg, encoding="utf-8")
            return True
        return self.image(1600).save(path, "PNG")
