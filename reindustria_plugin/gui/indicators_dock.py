"""The "ReIndustria – Indicators" dock: the latest result of a land-use change, landscape metrics or district
comparison in the project, as a chart and a table, following the features selected on the map.

Result layers are recognised by their columns (:mod:`.indicator_data`); the newest one added to the project is
shown, and the user can pick another. Charts come from the report toolkit (matplotlib SVG).
"""

from __future__ import annotations

import contextlib
import functools
import math

from qgis.core import Qgis, QgsFeatureRequest, QgsMapLayer, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import indicator_data as data
from .chart_view import ChartView, write_chart
from .common import log, number_formatter, theme_icon
from .indicator_labels import column_label, contributors, value_label

EXPORT_DIR_KEY = "reindustria/gui/chart_export_dir"
#: Rows shown in the table at most (a chart of thousands of bars says nothing either).
MAX_ROWS = 2000
#: Bars in a chart at most.
MAX_BARS = 60
#: Exported charts: made this wide (inches, for a page or a slide, whatever the dock's width); PNG pixels.
EXPORT_WIDTH_IN, EXPORT_WIDTH_PX = 8.0, 1600


def _value(value):
    """A QGIS attribute as plain Python (NULL -> None)."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and is_null():
        return None
    return value


def tr_text(text: data.Text | str, fmt) -> str:
    """A :class:`~.indicator_labels.Text` translated, its numbers written by ``fmt`` (a broken translation falls
    back to English); a plain string as it is."""
    if not isinstance(text, data.Text):
        return str(text)
    params = {k: data.render_param(v, tr_text, fmt) for k, v in text.params}
    try:
        return QCoreApplication.translate(text.context, text.template).format(**params) + text.suffix
    except (KeyError, IndexError, ValueError):
        return text.template.format(**params) + text.suffix


def tr_any(text: data.Text | str, fmt, *contexts: str) -> str:
    """A Text translated, or an English string translated in ``contexts`` one after the other."""
    if isinstance(text, data.Text):
        return tr_text(text, fmt)
    for context in contexts:
        text = QCoreApplication.translate(context, text)
    return text


def layer_rows(layer: QgsVectorLayer, limit: int | None = None) -> list[dict]:
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        rows.append({n: _value(v) for n, v in zip(names, feature.attributes())})
        if limit is not None and len(rows) >= limit:
            break
    return rows


class IndicatorsDock(QgsDockWidget):
    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("ReIndustriaIndicatorsDock")
        self.setWindowTitle(QCoreApplication.translate("IndicatorsDock", "ReIndustria – Indicators"))
        #: Layer ids in the order they were added to the project (the latest result is the last).
        self.order: list[str] = []
        self.watched: dict[str, object] = {}
        self.view: data.View | None = None
        self.rows: list[dict] = []
        self.selected_keys: list[str] = []
        self._chart_width = 0
        #: What the chart shows, its unit and the layer (the status line without a passing message).
        self._status_text = ""
        #: Numbers of the table, the chart's labels and ticks in the user's language (as the Cases dock's).
        self.fmt = number_formatter()
        self._build()
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_added)
        project.layersWillBeRemoved.connect(self._layers_removed)
        project.cleared.connect(self._project_cleared)
        self.order = [lid for lid in project.layerTreeRoot().findLayerIds() if project.mapLayer(lid)]
        self.order += [lid for lid in project.mapLayers() if lid not in self.order]
        for layer_id in self.order:
            self._watch(project.mapLayer(layer_id))
        self.refresh_layers()

    # --- widgets ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        # Compact: the dock shares the right side with the Cases dock on a 1366 x 768 screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        top = QHBoxLayout()
        result_label = QLabel(QCoreApplication.translate("IndicatorsDock", "&Result:"), body)
        self.layer_combo = self._combo(body, 16)
        self.layer_combo.setToolTip(
            QCoreApplication.translate(
                "IndicatorsDock", "Results of ReIndustria tools in this project, the newest first"
            )
        )
        result_label.setBuddy(self.layer_combo)
        self.refresh_button = QToolButton(body)
        self.refresh_button.setIcon(theme_icon("mActionRefresh.svg"))
        self.refresh_button.setToolTip(
            QCoreApplication.translate("IndicatorsDock", "Look for results in the project again")
        )
        self.refresh_button.setAccessibleName(QCoreApplication.translate("IndicatorsDock", "Refresh"))
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh_layers())
        top.addWidget(result_label)
        top.addWidget(self.layer_combo, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        # Indicator and zone/district side by side, each hidden when the result offers no choice.
        self.choices = QWidget(body)
        choices = QHBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        self.measure_label = QLabel(QCoreApplication.translate("IndicatorsDock", "&Indicator:"), self.choices)
        self.measure_combo = self._combo(self.choices, 8)
        self.measure_label.setBuddy(self.measure_combo)
        self.key_label = QLabel(QCoreApplication.translate("IndicatorsDock", "&For:"), self.choices)
        self.key_combo = self._combo(self.choices, 8)
        self.key_combo.setToolTip(
            QCoreApplication.translate(
                "IndicatorsDock", "Select features on the map (zones, districts) to follow them here"
            )
        )
        self.key_label.setBuddy(self.key_combo)
        for widget, stretch in (
            (self.measure_label, 0),
            (self.measure_combo, 1),
            (self.key_label, 0),
            (self.key_combo, 1),
        ):
            choices.addWidget(widget, stretch)
        layout.addWidget(self.choices)

        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # How to read the chart (change from the grid offset alone...): beside it, not under it where it scrolls.
        self.caveat = QWidget(body)
        caveat = QHBoxLayout(self.caveat)
        caveat.setContentsMargins(0, 0, 0, 0)
        caveat_icon = QLabel(self.caveat)
        caveat_icon.setPixmap(theme_icon("mIconWarning.svg").pixmap(16, 16))
        caveat_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.caveat_label = QLabel(self.caveat)
        self.caveat_label.setWordWrap(True)
        self.caveat_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caveat.addWidget(caveat_icon)
        caveat.addWidget(self.caveat_label, 1)
        self.caveat.setVisible(False)
        layout.addWidget(self.caveat)

        self.tabs = QTabWidget(body)
        self.chart = ChartView(self.tabs)
        self.table = QTableWidget(self.tabs)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.tabs.addTab(self.chart, QCoreApplication.translate("IndicatorsDock", "Chart"))
        self.tabs.addTab(self.table, QCoreApplication.translate("IndicatorsDock", "Table"))
        self.export_button = QToolButton(self.tabs)
        self.export_button.setText(QCoreApplication.translate("IndicatorsDock", "&Export chart…"))
        self.export_button.setIcon(theme_icon("mActionSaveMapAsImage.svg"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setAutoRaise(True)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.export_button.clicked.connect(lambda _checked=False: self.export_dialog())
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)

        self.layer_combo.currentIndexChanged.connect(lambda _i: self.show_layer())
        self.measure_combo.currentIndexChanged.connect(lambda _i: self.draw())
        self.key_combo.currentIndexChanged.connect(self._key_chosen)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(300)
        self._resize_timer.timeout.connect(self._redraw_if_wider)

    @staticmethod
    def _combo(parent: QWidget, chars: int) -> QComboBox:
        combo = QComboBox(parent)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        return combo

    # --- result layers ------------------------------------------------------------------------------------------
    def result_layers(self) -> list[tuple[QgsVectorLayer, str]]:
        """(layer, kind) of every result in the project, the newest first."""
        project = QgsProject.instance()
        out = []
        for layer_id in reversed(self.order):
            layer = project.mapLayer(layer_id)
            if isinstance(layer, QgsVectorLayer) and layer.isValid():
                kind = data.recognise(layer.fields().names())
                if kind is not None:
                    out.append((layer, kind))
        return out

    def refresh_layers(self, newest: bool = False) -> None:
        """Fill the result list; keep the shown layer unless ``newest`` (a result was just added)."""
        current = self.layer_combo.currentData()
        results = self.result_layers()
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for layer, kind in results:
            kind_name = QCoreApplication.translate("IndicatorData", data.KIND_NAMES[kind])
            # (layer names often end in parentheses themselves: "Lausanne accounting (demo)")
            text = f"{layer.name()} — {kind_name}"
            self.layer_combo.addItem(text, layer.id())
            self.layer_combo.setItemData(self.layer_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = -1 if newest else self.layer_combo.findData(current)
        self.layer_combo.setCurrentIndex(index if index >= 0 else (0 if results else -1))
        self.layer_combo.blockSignals(False)
        self.show_layer()

    def current_layer(self) -> QgsVectorLayer | None:
        layer_id = self.layer_combo.currentData()
        return QgsProject.instance().mapLayer(layer_id) if layer_id else None

    def show_layer(self) -> None:
        """Read the chosen result and show it."""
        layer = self.current_layer()
        self.view, self.rows, self.selected_keys = None, [], []
        for combo in (self.measure_combo, self.key_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.setEnabled(False)
            combo.blockSignals(False)
        if layer is None:
            self._status_text = ""
            self.status.setText(
                QCoreApplication.translate(
                    "IndicatorsDock",
                    "No result yet. Run Land-use change, Landscape metrics or Compare districts and load their "
                    "tables (summary, accounting, metrics, comparison) into the project: the newest shows here.",
                )
            )
            self.chart.clear()
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.export_button.setEnabled(False)
            self._show_caveats([])
            self._update_choices()
            return
        try:
            fields = layer.fields().names()
            kind = data.recognise(fields)
            self.rows = layer_rows(layer)
            self.view = data.view(kind, fields, self.rows)
        except Exception as err:  # noqa: BLE001 (a broken layer gives a message, not a traceback)
            self._fail(
                QCoreApplication.translate("IndicatorsDock", "Cannot read {name}: {error}").format(
                    name=layer.name(), error=err
                )
            )
            return
        v = self.view
        self.measure_combo.blockSignals(True)
        for measure in v.measures:
            label = column_label(measure, v.kind)
            self.measure_combo.addItem(tr_text(label, self.fmt) if label else measure, measure)
            self.measure_combo.setItemData(
                self.measure_combo.count() - 1, measure, Qt.ItemDataRole.ToolTipRole
            )
        if v.measure:
            self.measure_combo.setCurrentIndex(self.measure_combo.findData(v.measure))
        self.measure_combo.setEnabled(len(v.measures) > 1)
        self.measure_combo.blockSignals(False)
        self._follow_selection(layer)
        self._fill_keys()
        self._update_choices()
        self.draw()

    def _update_choices(self) -> None:
        """Show the indicator and zone choosers only when the result offers a choice."""
        measures = self.measure_combo.isEnabled()
        keys = self.key_combo.isEnabled()
        for widget, shown in (
            (self.measure_label, measures),
            (self.measure_combo, measures),
            (self.key_label, keys),
            (self.key_combo, keys),
        ):
            widget.setVisible(shown)
        self.choices.setVisible(measures or keys)

    def _fill_keys(self) -> None:
        v = self.view
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        if v is not None and v.key:
            if v.kind != data.SUMMARY:
                self.key_combo.addItem(QCoreApplication.translate("IndicatorsDock", "All"), None)
            for key in v.keys:
                label = (
                    QCoreApplication.translate("IndicatorsDock", "Whole area")
                    if (v.kind == data.SUMMARY and key == data.ALL)
                    else key
                )
                self.key_combo.addItem(label, [key])
            if self.selected_keys and len(self.selected_keys) > 1:
                self.key_combo.insertItem(
                    1,
                    QCoreApplication.translate("IndicatorsDock", "Selected on the map ({count})").format(
                        count=len(self.selected_keys)
                    ),
                    self.selected_keys,
                )
                self.key_combo.setCurrentIndex(1)
            elif self.selected_keys:
                self.key_combo.setCurrentIndex(self.key_combo.findData(self.selected_keys))
            elif v.default_key is not None:
                self.key_combo.setCurrentIndex(self.key_combo.findData([v.default_key]))
            self.key_combo.setEnabled(self.key_combo.count() > 1)
        self.key_combo.blockSignals(False)

    def _key_chosen(self, _index: int) -> None:
        self.selected_keys = list(self.key_combo.currentData() or [])
        self.draw()

    # --- chart and table ----------------------------------------------------------------------------------------
    def current_chart(self) -> data.ChartData | None:
        if self.view is None:
            return None
        measure = self.measure_combo.currentData() or self.view.measure
        keys = list(self.key_combo.currentData() or []) if self.view.key else None
        return data.chart(self.view.kind, self.rows, measure, keys)

    def draw(self) -> None:
        """Redraw the chart and the table for the chosen indicator and keys."""
        chart = None
        try:
            chart = self.current_chart()
        except Exception as err:  # noqa: BLE001
            self._fail(
                QCoreApplication.translate("IndicatorsDock", "Cannot chart this result: {error}").format(
                    error=err
                )
            )
            return
        if chart is None:
            return
        self.fmt = number_formatter()
        self._fill_table(chart.rows)
        layer = self.current_layer()
        # The heading names the unit: the value axis under a tall chart scrolls out of sight.
        status = [self.heading(chart), layer.name() if layer else ""]
        if chart.note:
            status.append(QCoreApplication.translate("IndicatorData", chart.note))
        self._status_text = " — ".join(s for s in status if s)
        self.status.setText(self._status_text)
        self._show_caveats(chart.caveats)
        self._draw_chart(chart)

    def heading(self, chart: data.ChartData) -> str:
        """What the chart shows and its unit, e.g. "Gains and losses by class (hectares)"."""
        title = tr_any(chart.title, self.fmt, "IndicatorData")
        unit = QCoreApplication.translate("IndicatorData", chart.unit) if chart.unit else ""
        return (
            QCoreApplication.translate("IndicatorsDock", "{title} ({unit})").format(title=title, unit=unit)
            if unit
            else title
        )

    def _show_caveats(self, caveats: list[data.Text]) -> None:
        self.caveat_label.setText("\n".join(tr_text(c, self.fmt) for c in caveats))
        self.caveat.setVisible(bool(caveats))

    def chart_svg(self, chart: data.ChartData, width_in: float, heading: str = "") -> str:
        """The chart as SVG (the report toolkit's), ``width_in`` inches wide, with ``heading`` above it."""
        from ..analysis.report.charts import Series, bar_chart

        categories = [tr_any(c, self.fmt, "analysis") for c in chart.categories[:MAX_BARS]]
        series = [
            Series(tr_any(name, self.fmt, "IndicatorData", "analysis"), v[:MAX_BARS], colour)
            for name, v, colour in chart.series
        ]
        return bar_chart(
            categories,
            series,
            title=heading or self.heading(chart),
            axis_title=tr_any(chart.axis_title, self.fmt, "IndicatorData"),
            stacked=chart.stacked,
            width=width_in,
            fmt=self.fmt,
            na=QCoreApplication.translate("IndicatorsDock", "n/a"),
            heading=heading,
        )

    def _draw_chart(self, chart: data.ChartData) -> None:
        series_values = [v for _name, values, _c in chart.series for v in values]
        if not chart.categories or not series_values or all(math.isnan(v) for v in series_values):
            self.chart.set_text(
                QCoreApplication.translate(
                    "IndicatorsDock", "Nothing to chart: the table has no values for this choice."
                )
            )
            self.export_button.setEnabled(False)
            return
        width_px = max(320, self.chart.viewport().width() - 4)
        self._chart_width = width_px
        # The toolkit's legend starts at the plot's left edge, after the category names: charts with a legend
        # are made at least 5.6 in wide (then scaled to the dock) so that it fits.
        width_in = max(width_px / 96, 5.6 if len(chart.series) > 1 else 4.0)
        try:
            svg = self.chart_svg(chart, width_in)
        except (
            ImportError
        ) as err:  # matplotlib is a dependency of QGIS on Debian, but may be missing elsewhere
            self.chart.set_text(
                QCoreApplication.translate(
                    "IndicatorsDock", "Charts need the Python package matplotlib ({error})."
                ).format(error=err)
            )
            self.export_button.setEnabled(False)
            return
        except Exception as err:  # noqa: BLE001
            self._fail(
                QCoreApplication.translate("IndicatorsDock", "Cannot chart this result: {error}").format(
                    error=err
                )
            )
            return
        ok = self.chart.set_svg(svg)
        self.export_button.setEnabled(ok)
        if len(chart.categories) > MAX_BARS:
            self._status_text += " — " + QCoreApplication.translate(
                "IndicatorsDock", "The chart shows the first {shown} of {count} rows."
            ).format(shown=MAX_BARS, count=len(chart.categories))
            self.status.setText(self._status_text)

    def _fill_table(self, rows: list[dict]) -> None:
        """The rows, headed by the columns' labels (field names in the tooltips), keys (classes, change types,
        rings) shown by their labels (the key in the tooltip), numbers in the user's language."""
        layer = self.current_layer()
        columns = layer.fields().names() if layer is not None else (list(rows[0]) if rows else [])
        kind = self.view.kind if self.view is not None else None
        shown = rows[:MAX_ROWS]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(columns))
        for c, column in enumerate(columns):
            label = column_label(column, kind)
            header = QTableWidgetItem(tr_text(label, self.fmt) if label else column)
            header.setToolTip(column)
            self.table.setHorizontalHeaderItem(c, header)
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, column in enumerate(columns):
                self.table.setItem(r, c, self._cell(column, row))
        self.table.resizeColumnsToContents()
        for c in range(len(columns)):  # long labels and texts: wrap in the tooltip, not across the dock
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))

    def _cell(self, column: str, row: dict) -> QTableWidgetItem:
        value = row.get(column)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            item = QTableWidgetItem(self.fmt(float(value)))
            item.setData(Qt.ItemDataRole.UserRole, float(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return item
        text = "" if value is None else str(value)
        label = value_label(column, row)
        parts = contributors(value) if column == "net_contributors" else None
        if parts is not None:
            shown = "; ".join(
                f"{tr_any(name, self.fmt, 'analysis')}: {'+' if amount > 0 else ''}{self.fmt(amount)}"
                + (f" {tr_any(unit, self.fmt, 'analysis')}" if unit else "")
                for name, amount, unit in parts
            )
        else:
            shown = tr_text(label, self.fmt) if label is not None else text
        item = QTableWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, text)
        item.setToolTip(text if shown == text else f"{shown}\n({column} = {text})")
        return item

    def _fail(self, text: str) -> None:
        self._status_text = text
        self.status.setText(text)
        self._show_caveats([])
        self.chart.set_text(text)
        self.export_button.setEnabled(False)
        log(text, Qgis.MessageLevel.Warning)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._resize_timer.start()

    def _redraw_if_wider(self) -> None:
        # Charts are made for the dock's width (readable text); redraw when it changed by a sixth or more.
        width = self.chart.viewport().width()
        if self.chart.renderer is not None and abs(width - self._chart_width) > self._chart_width / 6:
            self.draw()

    # --- export -------------------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.chart.renderer is None:
            return
        settings = QgsSettings()
        folder = settings.value(EXPORT_DIR_KEY, "", type=str)
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("IndicatorsDock", "Export chart"),
            folder,
            QCoreApplication.translate("IndicatorsDock", "PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        self.export_chart(path)

    def export_heading(self, chart: data.ChartData) -> str:
        """The exported chart's heading: what it shows and its unit, then the data (the layer, and the zones or
        districts shown when not all), then how to read it (the caveats beside the chart in the dock travel with
        the file)."""
        layer = self.current_layer()
        data_name = layer.name() if layer is not None else ""
        keys = list(self.key_combo.currentData() or []) if self.view is not None and self.view.key else []
        if keys and self.key_combo.isEnabled():
            data_name = (
                f"{data_name} — {self.key_combo.currentText()}" if data_name else self.key_combo.currentText()
            )
        caveats = [tr_text(c, self.fmt) for c in chart.caveats]
        return "\n".join(t for t in (self.heading(chart), data_name, *caveats) if t)

    def export_chart(self, path: str) -> bool:
        """Write the chart shown to ``path`` (.png or .svg), made for the page (not the dock's width) with a
        heading that says what it shows, its unit and the data; a message says where, or why not."""
        from pathlib import Path

        reason = QCoreApplication.translate("IndicatorsDock", "the file could not be written")
        ok = False
        chart = None
        try:
            chart = self.current_chart()
        except Exception as err:  # noqa: BLE001
            reason = str(err)
        if chart is not None and self.chart.renderer is not None:
            try:
                svg = self.chart_svg(chart, EXPORT_WIDTH_IN, self.export_heading(chart))
                ok = write_chart(svg, path, EXPORT_WIDTH_PX)
            except OSError as err:
                reason = str(err)
            except Exception as err:  # noqa: BLE001
                reason = str(err)
        if ok:
            QgsSettings().setValue(EXPORT_DIR_KEY, str(Path(path).parent))
            message = QCoreApplication.translate("IndicatorsDock", "Chart saved to {path}").format(path=path)
        else:
            message = QCoreApplication.translate(
                "IndicatorsDock", "The chart was not saved ({reason})."
            ).format(reason=reason)
            log(message, Qgis.MessageLevel.Warning)
        # Under what the chart shows (its unit stays in sight).
        self.status.setText("\n".join(t for t in (self._status_text, message) if t))
        return ok

    # --- project and selection ----------------------------------------------------------------------------------
    def _watch(self, layer: QgsMapLayer | None) -> None:
        if isinstance(layer, QgsVectorLayer) and layer.id() not in self.watched:
            slot = functools.partial(self._selection_changed, layer.id())
            layer.selectionChanged.connect(slot)
            self.watched[layer.id()] = slot

    def _layers_added(self, layers) -> None:
        new_result = False
        for layer in layers:
            if layer.id() not in self.order:
                self.order.append(layer.id())
            self._watch(layer)
            if isinstance(layer, QgsVectorLayer) and data.recognise(layer.fields().names()):
                new_result = True
        if new_result:
            self.refresh_layers(newest=True)

    def _layers_removed(self, layer_ids) -> None:
        removed = set(layer_ids)
        self.order = [lid for lid in self.order if lid not in removed]
        for lid in removed:
            self.watched.pop(lid, None)
        if self.layer_combo.currentData() in removed:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setCurrentIndex(-1)
            self.layer_combo.blockSignals(False)
        QTimer.singleShot(0, self.refresh_layers)  # the layers are still in the project during this signal

    def _project_cleared(self) -> None:
        self.order, self.watched = [], {}
        self.refresh_layers()

    def _selection_changed(self, layer_id: str, *_args) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None or self.view is None or not self.view.key:
            return
        if self._follow_selection(layer):
            self._fill_keys()
            self.draw()

    def _follow_selection(self, layer: QgsMapLayer) -> bool:
        """Set the keys from the features selected in ``layer`` (any attribute equal to a zone or district
        name); True if the keys changed. An emptied selection goes back to all."""
        if not isinstance(layer, QgsVectorLayer) or self.view is None or not self.view.key:
            return False
        values = []
        for feature in layer.getSelectedFeatures():
            values += [_value(v) for v in feature.attributes()]
            if len(values) > 5000:
                break
        matched = data.match_keys(self.view.keys, values)
        if not matched and layer.selectedFeatureCount() > 0:
            return False  # a selection elsewhere that names no zone: keep what is shown
        if matched == self.selected_keys:
            return False
        self.selected_keys = matched
        return True

    def cleanup(self) -> None:
        """Disconnect from the project and the layers (before the dock is deleted on unload)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.layersAdded, self._layers_added),
            (project.layersWillBeRemoved, self._layers_removed),
            (project.cleared, self._project_cleared),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        for layer_id, slot in self.watched.items():
            layer = project.mapLayer(layer_id)
            if layer is not None:
                with contextlib.suppress(TypeError, RuntimeError):
                    layer.selectionChanged.disconnect(slot)
        self.watched = {}
        self._resize_timer.stop()
