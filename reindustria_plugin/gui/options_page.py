"""The plugin's page in QGIS's Options dialog (Settings > Options > ReIndustria): the settings of
:mod:`reindustria_plugin.settings`, one row per key of its ``DEFAULTS`` (read when the page opens, so keys
added there appear without a change here). An empty field means the default, shown greyed in the field; keys
ending in ``_folder`` get a button to choose a folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QFileDialog,
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
    settings.CASE_FOLDER: QT_TRANSLATE_NOOP("OptionsPage", "Folder of your own case files (Cases panel)"),
}
#: What an empty field means for settings whose default is empty.
EMPTY = {
    settings.CASE_FOLDER: QT_TRANSLATE_NOOP(
        "OptionsPage",
        "A folder of case files (*.json, as in the plugin's resources/cases) read besides the cases shipped with "
        "the plugin, outside the plugin folder that an update overwrites. Empty: only the shipped cases.",
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


def is_folder_key(key: str) -> bool:
    return key.endswith("_folder")


def looks_like_url(key: str, text: str) -> bool:
    """False for an endpoint or URL setting whose text is not an http(s) address."""
    if not text or not re.search(r"(endpoint|url)", key):
        return True
    return bool(re.match(r"^https?://\S+$", text))


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent: QWidget | None = None, applied: Callable[[], None] | None = None):
        super().__init__(parent)
        #: Called after the settings are stored (the plugin reads the case folder again).
        self.applied = applied
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
        self.browse_buttons: dict[str, QToolButton] = {}
        for key, default in settings.DEFAULTS.items():
            edit = QLineEdit(group)
            edit.setObjectName(key)
            edit.setText(raw_value(key))
            edit.setPlaceholderText(str(default))
            edit.setClearButtonEnabled(True)
            if key in EMPTY:
                edit.setToolTip(QCoreApplication.translate(CONTEXT, EMPTY[key]))
            else:
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
            if is_folder_key(key):
                browse = QToolButton(group)
                browse.setIcon(theme_icon("mActionFileOpen.svg"))
                browse.setToolTip(QCoreApplication.translate("OptionsPage", "Choose a folder…"))
                browse.setAccessibleName(browse.toolTip())
                browse.clicked.connect(lambda _checked=False, e=edit: self._choose_folder(e))
                row.addWidget(browse)
                self.browse_buttons[key] = browse
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
                "The download tools of ReIndustria read these settings when they run, the Cases panel reads the "
                "case folder when you press OK. An empty field uses the default shown in it.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def _check(self, key: str, text: str) -> None:
        text = text.strip()
        warning = ""
        if not looks_like_url(key, text):
            warning = QCoreApplication.translate(
                "OptionsPage", "Not an http(s) address: the default will be used."
            )
        elif is_folder_key(key) and text and not Path(text).expanduser().is_dir():
            warning = QCoreApplication.translate(
                "OptionsPage", "This folder does not exist: the Cases panel will say so until it does."
            )
        self.warnings[key].setText(warning)
        self.warnings[key].setVisible(bool(warning))

    def _choose_folder(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("OptionsPage", "Folder of your own case files"), edit.text()
        )
        if folder:
            edit.setText(folder)

    def apply(self) -> None:
        """Store the fields (QGIS calls this when the Options dialog is accepted)."""
        for key, edit in self.edits.items():
            text = edit.text().strip()
            settings.set_value(key, text if looks_like_url(key, text) else "")
        if self.applied is not None:
            self.applied()


class OptionsFactory(QgsOptionsWidgetFactory):
    """Registered with ``iface.registerOptionsWidgetFactory`` in initGui, unregistered in unload."""

    def __init__(self, applied: Callable[[], None] | None = None):
        super().__init__()
        self.applied = applied
        self.setTitle(QCoreApplication.translate("OptionsPage", "ReIndustria"))

    def icon(self) -> QIcon:
        return QIcon(paths.icon_path())

    def createWidget(self, parent: QWidget | None = None) -> OptionsPage:
        return OptionsPage(parent, self.applied)
