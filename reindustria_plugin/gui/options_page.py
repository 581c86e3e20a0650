"""The plugin's page in QGIS's Options dialog (Settings > Options > ReIndustria): the settings of
:mod:`reindustria_plugin.settings`, one row per key of its ``DEFAULTS`` (read when the page opens, so keys
added there appear without a change here). An empty field means the default, shown greyed in the field."""

from __future__ import annotations

import re

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import paths, settings
from .common import theme_icon

CONTEXT = "OptionsPage"

#: Labels of the known keys (others show their key, made readable).
LABELS = {
    "reindustria/overpass_endpoint": QT_TRANSLATE_NOOP(
        "OptionsPage", "Overpass API endpoint (OpenStreetMap downloads)"
    ),
}


def label(key: str) -> str:
    """The label of a settings key: a known one translated, else the key's last part made readable."""
    known = {**LABELS, **getattr(settings, "LABELS", {})}
    if key in known:
        return QCoreApplication.translate(CONTEXT, known[key])
    year = re.search(r"corine_endpoint_(\d{4})$", key)
    if year:
        return QCoreApplication.translate(
            "OptionsPage", "CORINE Land Cover {year}: layer URL (ArcGIS REST)"
        ).format(year=year.group(1))
    words = re.sub(r"[_/]+", " ", key.rsplit("/", 1)[-1]).strip()
    return words[:1].upper() + words[1:]


def raw_value(key: str) -> str:
    """What the user stored for ``key`` ("" when unset: the default applies)."""
    from qgis.core import QgsSettings

    return (QgsSettings().value(key, "", type=str) or "").strip()


def looks_like_url(key: str, text: str) -> bool:
    """False for an endpoint or URL setting whose text is not an http(s) address."""
    if not text or not re.search(r"(endpoint|url)", key):
        return True
    return bool(re.match(r"^https?://\S+$", text))


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReIndustriaOptionsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(
            QCoreApplication.translate("OptionsPage", "Download endpoints and other settings"), self
        )
        self.form = QFormLayout(group)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        self.warnings: dict[str, QLabel] = {}
        for key, default in settings.DEFAULTS.items():
            edit = QLineEdit(group)
            edit.setObjectName(key)
            edit.setText(raw_value(key))
            edit.setPlaceholderText(str(default))
            edit.setClearButtonEnabled(True)
            edit.setToolTip(
                QCoreApplication.translate(
                    "OptionsPage", "Default: {default}. Leave empty to use the default."
                ).format(default=default)
            )
            reset = QToolButton(group)
            reset.setIcon(theme_icon("mActionUndo.svg"))
            reset.setToolTip(QCoreApplication.translate("OptionsPage", "Use the default"))
            reset.setAccessibleName(
                QCoreApplication.translate("OptionsPage", "Use the default for {setting}").format(
                    setting=label(key)
                )
            )
            reset.clicked.connect(lambda _checked=False, e=edit: e.clear())
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(reset)
            caption = QLabel(label(key) + ":", group)
            caption.setBuddy(edit)
            self.form.addRow(caption, row)
            warning = QLabel(group)
            warning.setWordWrap(True)
            warning.setVisible(False)
            self.form.addRow("", warning)
            self.edits[key], self.warnings[key] = edit, warning
            edit.textChanged.connect(lambda text, k=key: self._check(k, text))
        layout.addWidget(group)
        note = QLabel(
            QCoreApplication.translate(
                "OptionsPage",
                "The download tools of ReIndustria read these settings when they run. An empty field uses the "
                "default shown in it.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def _check(self, key: str, text: str) -> None:
        ok = looks_like_url(key, text.strip())
        self.warnings[key].setText(
            ""
            if ok
            else QCoreApplication.translate(
                "OptionsPage", "Not an http(s) address: the default will be used."
            )
        )
        self.warnings[key].setVisible(not ok)

    def apply(self) -> None:
        """Store the fields (QGIS calls this when the Options dialog is accepted)."""
        for key, edit in self.edits.items():
            text = edit.text().strip()
            settings.set_value(key, text if looks_like_url(key, text) else "")


class OptionsFactory(QgsOptionsWidgetFactory):
    """Registered with ``iface.registerOptionsWidgetFactory`` in initGui, unregistered in unload."""

    def __init__(self):
        super().__init__()
        self.setTitle(QCoreApplication.translate("OptionsPage", "ReIndustria"))

    def icon(self) -> QIcon:
        return QIcon(paths.icon_path())

    def createWidget(self, parent: QWidget | None = None) -> OptionsPage:
        return OptionsPage(parent)
