"""The "ReIndustria – Cases" dock: each territory's story, facts and tools next to the map.

Shipped cases come from ``resources/cases`` (:mod:`.case_content`), a research group's own case files from the
folder of the plugin setting ``reindustria/case_folder``; the user's own cases are saved in the QGIS
project (``QgsProject.writeEntry``), so they travel with the .qgz. Problems in the content show in the dock's
message bar and in the log, never as a traceback.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..i18n import qgis_locale
from . import case_content as cc
from .common import log, message_texts, theme_icon

#: QgsSettings keys of the dock's state (not options: they are not on the Options page).
LAST_CASE_KEY = "reindustria/gui/last_case"
#: Where user cases live in the project file.
PROJECT_SCOPE, PROJECT_KEY = "ReIndustria", "/user_cases"
#: The custom property marking a boundary layer the dock loaded, with the case id.
CASE_PROPERTY = "reindustria/case"
#: Download algorithms offered by "Get data for this case" when the provider has them.
DOWNLOADS = ("reindustria:downloadcorine", "reindustria:downloadosmproduction")
BOUNDARY_COLOUR = "213,94,0,255"  # Okabe-Ito vermilion, visible on light and dark base maps


def initial_language() -> str:
    """The content language that follows QGIS's locale (English when the case files have no such language)."""
    lang = qgis_locale()
    return lang if lang in cc.LANGUAGES else cc.LANGUAGES[0]


def _safe(method: Callable) -> Callable:
    """Run a dock action; an unexpected error becomes a message in the dock and the log, not a traceback."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as err:  # noqa: BLE001 (a dock action must never raise into QGIS)
            self.show_message(
                QCoreApplication.translate("CasesDock", "The action failed: {error}").format(error=err),
                Qgis.MessageLevel.Critical,
            )
            return None

    return wrapper


class CasesDock(QgsDockWidget):
    """The case list, the selected case's page and its actions."""

    def __init__(self, iface, parent: QWidget | None = None, cases_dir=cc.CASES_DIR):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("ReIndustriaCasesDock")
        self.setWindowTitle(QCoreApplication.translate("CasesDock", "ReIndustria – Cases"))
        self.language = initial_language()
        self.cases_dir = cases_dir
        self.cases: list[cc.Case] = []
        self.load_problems: list = []
        self.user_cases: list[cc.Case] = []
        self.project_problems: list = []
        #: Message bar items: the shown case's problems, and those of files or of the project that concern no
        #: case shown (pushed once, closed by the user or when the content is read again).
        self._case_items: list = []
        self._general_items: list = []
        self._general_texts: list[str] = []
        self._build()
        # Case files edited while QGIS runs are read again: a fixed file clears its message.
        self.watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(500)
        self._reload_timer.timeout.connect(lambda: self.reload_cases())
        self.watcher.directoryChanged.connect(lambda _path: self._reload_timer.start())
        self.watcher.fileChanged.connect(lambda _path: self._reload_timer.start())
        self.reload_cases(fill=False)
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        self.reload_project_cases(select=QgsSettings().value(LAST_CASE_KEY, "", type=str))

    def case_folders(self) -> list[Path]:
        """The folders read: the shipped cases, then the user's own (the plugin setting, if set)."""
        folders = [Path(self.cases_dir)]
        extra = settings.value(settings.CASE_FOLDER).strip()
        if extra and Path(extra).expanduser() not in folders:
            folders.append(Path(extra).expanduser())
        return folders

    def reload_cases(self, fill: bool = True) -> None:
        """Read the case files again (at start, when a file of a case folder changes, when the case folder
        setting changes) and show the problems found: those of a case with it, the others once."""
        self.cases, self.load_problems = cc.load_cases(self.case_folders())
        for text in message_texts(self.load_problems, "CaseContent"):
            log(text, Qgis.MessageLevel.Warning)
        self._watch_files()
        if fill:
            self._fill_combo()
        self._show_general_problems()

    def _watch_files(self) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        for folder in self.case_folders():
            if folder.is_dir():
                self.watcher.addPath(str(folder))
                files = [str(p) for p in sorted(folder.glob("*.json"))]
                if files:
                    self.watcher.addPaths(files)

    # --- widgets ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.bar = QgsMessageBar(body)
        self.bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.bar)

        top = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("CasesDock", "&Case:"), body)
        self.case_combo = QComboBox(body)
        self.case_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.case_combo.setMinimumContentsLength(12)
        self.case_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        label.setBuddy(self.case_combo)
        self.language_combo = QComboBox(body)
        self.language_combo.setToolTip(QCoreApplication.translate("CasesDock", "Language of the case texts"))
        self.language_combo.setAccessibleName(
            QCoreApplication.translate("CasesDock", "Language of the case texts")
        )
        for code in cc.LANGUAGES:
            self.language_combo.addItem(cc.LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(cc.LANGUAGES.index(self.language))
        top.addWidget(label)
        top.addWidget(self.case_combo, 1)
        top.addWidget(self.language_combo)
        layout.addLayout(top)

        # One row of short buttons (their tooltips say more): the case's facts need the height at 1366 x 768.
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.zoom_button = self._button(
            QCoreApplication.translate("CasesDock", "&Zoom"),
            "mActionZoomToLayer.svg",
            self.zoom_to_case,
        )
        self.zoom_button.setToolTip(QCoreApplication.translate("CasesDock", "Zoom the map to the case"))
        self.boundaries_button = self._button(
            QCoreApplication.translate("CasesDock", "&Boundaries"),
            "mActionAddOgrLayer.svg",
            self.load_boundaries,
        )
        self.boundaries_button.setToolTip(
            QCoreApplication.translate("CasesDock", "Load the case's boundaries into the project")
        )
        self.analyse_button = self._button(
            QCoreApplication.translate("CasesDock", "&Analyse"), "processingAlgorithm.svg"
        )
        self.analyse_menu = QMenu(self.analyse_button)
        self.analyse_button.setMenu(self.analyse_menu)
        self.data_button = self._button(
            QCoreApplication.translate("CasesDock", "Get &data"), "mActionAddRasterLayer.svg"
        )
        self.data_menu = QMenu(self.data_button)
        self.data_button.setMenu(self.data_menu)
        new_case = QCoreApplication.translate("CasesDock", "&New case")
        self.new_button = self._button("", "mActionAdd.svg")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.new_button.setToolTip(new_case.replace("&", ""))
        self.new_button.setAccessibleName(new_case.replace("&", ""))
        self.new_menu = QMenu(self.new_button)
        self.new_from_layer_action = self.new_menu.addAction(
            QCoreApplication.translate("CasesDock", "New case from the active layer…"),
            lambda: self.new_case_dialog(from_layer=True),
        )
        self.new_from_extent_action = self.new_menu.addAction(
            QCoreApplication.translate("CasesDock", "New case from the map extent…"),
            lambda: self.new_case_dialog(from_layer=False),
        )
        self.new_menu.addSeparator()
        self.remove_action = self.new_menu.addAction(
            QCoreApplication.translate("CasesDock", "Remove this case from the project"),
            self.remove_user_case,
        )
        self.new_menu.aboutToShow.connect(self._update_new_menu)
        self.new_button.setMenu(self.new_menu)
        self.action_buttons = (
            self.zoom_button,
            self.boundaries_button,
            self.analyse_button,
            self.data_button,
        )
        for button in self.action_buttons:
            button.setMinimumWidth(32)  # not the text's width: a narrow dock shows the icons (fit_buttons)
            buttons.addWidget(button)  # (no stretch factor: each gets its text's width when there is room)
        buttons.addWidget(self.new_button)
        layout.addLayout(buttons)

        self.browser = QTextBrowser(body)
        self.browser.setOpenExternalLinks(True)
        # Compact, so that the facts show without scrolling at 1366 x 768: small margins around headings,
        # lists and the page.
        self.browser.document().setDocumentMargin(4)
        self.browser.document().setDefaultStyleSheet(
            "h4 { margin-top: 8px; margin-bottom: 2px; } p { margin-top: 0px; margin-bottom: 4px; } "
            "ul { margin-top: 0px; margin-bottom: 0px; margin-left: 14px; -qt-list-indent: 0; } "
            "li { margin-bottom: 3px; }"
        )
        self.browser.setAccessibleName(QCoreApplication.translate("CasesDock", "Case description"))
        layout.addWidget(self.browser, 1)
        self.setWidget(body)

        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.fit_buttons()

    def fit_buttons(self) -> None:
        """Buttons with their text when the dock is wide enough for it, else icons alone (the text is in the
        tooltip and the accessible name): a narrow dock keeps one row of buttons and its width."""
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in self.action_buttons:
            button.setToolButtonStyle(beside)
        spacing = 4 * (len(self.action_buttons) + 1) + 8
        needed = sum(b.sizeHint().width() for b in self.action_buttons) + self.new_button.sizeHint().width()
        if needed + spacing > self.width():
            for button in self.action_buttons:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _button(self, text: str, icon: str, slot: Callable | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setIcon(theme_icon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        else:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    # --- cases --------------------------------------------------------------------------------------------------
    def all_cases(self) -> list[cc.Case]:
        return [*self.cases, *self.user_cases]

    def current_case(self) -> cc.Case | None:
        case_id = self.case_combo.currentData()
        return next((c for c in self.all_cases() if c.id == case_id), None)

    def select_case(self, case_id: str) -> bool:
        index = self.case_combo.findData(case_id)
        if index < 0:
            return False
        self.case_combo.setCurrentIndex(index)
        return True

    def _fill_combo(self, select: str | None = None) -> None:
        keep = select or self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in self.cases:
            self.case_combo.addItem(cc.text(case.title, self.language), case.id)
        if self.user_cases:
            self.case_combo.insertSeparator(self.case_combo.count())
            for case in self.user_cases:
                self.case_combo.addItem(cc.text(case.title, self.language), case.id)
        for i in range(self.case_combo.count()):  # the full title where the list is narrow
            self.case_combo.setItemData(i, self.case_combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        index = self.case_combo.findData(keep) if keep else -1
        self.case_combo.setCurrentIndex(index if index >= 0 else (0 if self.case_combo.count() else -1))
        self.case_combo.blockSignals(False)
        self._show_case()

    def _case_changed(self, _index: int) -> None:
        case = self.current_case()
        if case is not None:
            QgsSettings().setValue(LAST_CASE_KEY, case.id)
        self._show_case()

    def _language_changed(self, _index: int) -> None:
        self.set_language(self.language_combo.currentData())

    def set_language(self, lang: str) -> None:
        """Show the case texts in ``lang`` (one of the case files' languages)."""
        if lang not in cc.LANGUAGES:
            self.show_message(
                QCoreApplication.translate("CasesDock", "No case texts in the language '{language}'.").format(
                    language=lang
                ),
                Qgis.MessageLevel.Warning,
            )
            return
        self.language = lang
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(cc.LANGUAGES.index(lang))
        self.language_combo.blockSignals(False)
        self._fill_combo()

    def general_problems(self) -> list:
        """Problems that concern no case of the list (a file left out, the folder, the project's cases)."""
        in_cases = {id(p) for c in self.all_cases() for p in c.problems}
        return [p for p in [*self.load_problems, *self.project_problems] if id(p) not in in_cases]

    def _show_general_problems(self) -> None:
        """Push the problems that concern no case once: shown until the user closes them, replaced when they
        change, removed when they are gone."""
        texts = message_texts(self.general_problems(), "CaseContent")
        if texts == self._general_texts:
            return
        for item in self._general_items:
            with contextlib.suppress(RuntimeError):  # closed by the user: deleted
                self.bar.popWidget(item)
        self._general_items, self._general_texts = [], texts
        if texts:
            self._general_items.append(self._push("\n".join(texts), Qgis.MessageLevel.Warning))

    def case_problems(self, case: cc.Case) -> list[str]:
        """The problems of ``case``'s content, translated: those found reading its file, and the suggested
        algorithms' parameters the algorithm does not have (left out when its dialog opens)."""
        texts = message_texts(case.problems, "CaseContent")
        registry = QgsApplication.processingRegistry()
        where = Path(case.origin).name if case.origin else case.id
        for n, suggestion in enumerate(case.algorithms, start=1):
            alg = registry.algorithmById(suggestion.id)
            unknown = [
                k for k in suggestion.parameters if alg is not None and alg.parameterDefinition(k) is None
            ]
            if unknown:
                texts.append(
                    QCoreApplication.translate(
                        "CasesDock",
                        "{file}: algorithms[{n}] ({id}) has no parameter {names}; it is left out when the dialog opens.",
                    ).format(file=where, n=n, id=suggestion.id, names=", ".join(unknown))
                )
        return texts

    def _show_case(self) -> None:
        case = self.current_case()
        for item in self._case_items:
            with contextlib.suppress(RuntimeError):
                self.bar.popWidget(item)
        self._case_items = []
        if case is not None:
            texts = self.case_problems(case)
            if texts:
                self._case_items.append(self._push("\n".join(texts), Qgis.MessageLevel.Warning))
        if case is None:
            self.browser.setHtml(
                f"<p>{QCoreApplication.translate('CasesDock', 'No case to show: the case folder has no readable case file.')}</p>"
            )
            for button in (self.zoom_button, self.boundaries_button, self.analyse_button, self.data_button):
                button.setEnabled(False)
            return
        names = {}
        registry = QgsApplication.processingRegistry()
        for alg in case.algorithms:
            found = registry.algorithmById(alg.id)
            if found is not None:
                names[alg.id] = found.displayName()
        self.browser.setHtml(cc.case_html(case, self.language, names))
        self.zoom_button.setEnabled(case.extent is not None or case.boundaries is not None)
        self.boundaries_button.setEnabled(case.boundaries is not None)
        self._fill_analyse_menu(case)
        self._fill_data_menu(case)

    def show_message(self, text: str, level=Qgis.MessageLevel.Info, log_it: bool = True) -> None:
        """A message in the dock's bar (and in the log)."""
        self._push(text, level)
        if log_it:
            log(text, level)

    def _push(self, text: str, level) -> QgsMessageBarItem:
        """A message in the dock's bar until the user closes it (or the dock replaces it); returns its item."""
        item = QgsMessageBarItem(
            QCoreApplication.translate("CasesDock", "ReIndustria"), text, level, 0, self.bar
        )
        self.bar.pushItem(item)
        return item

    # --- zoom and boundaries ------------------------------------------------------------------------------------
    @_safe
    def zoom_to_case(self) -> QgsRectangle | None:
        """Zoom the map canvas to the case's extent (else to its boundaries); returns the extent set."""
        case = self.current_case()
        if case is None:
            return None
        canvas = self.iface.mapCanvas()
        dest = canvas.mapSettings().destinationCrs()
        if case.extent is not None:
            e = case.extent
            rect, src = QgsRectangle(e.xmin, e.ymin, e.xmax, e.ymax), QgsCoordinateReferenceSystem(e.crs)
        else:
            layer = self.load_boundaries()
            if layer is None:
                return None
            rect, src = layer.extent(), layer.crs()
        if not dest.isValid():
            canvas.setDestinationCrs(src)
            dest = src
        if src.isValid() and src != dest:
            rect = QgsCoordinateTransform(src, dest, QgsProject.instance()).transformBoundingBox(rect)
        canvas.setExtent(rect)
        canvas.refresh()
        return rect

    def boundary_layer(self, case: cc.Case) -> QgsMapLayer | None:
        """The case's boundary layer if it is already in the project."""
        project = QgsProject.instance()
        b = case.boundaries
        if b is not None and b.layer_id and project.mapLayer(b.layer_id) is not None:
            return project.mapLayer(b.layer_id)
        for layer in project.mapLayers().values():
            if layer.customProperty(CASE_PROPERTY) == case.id and layer.isValid():
                return layer
        return None

    @_safe
    def load_boundaries(self) -> QgsMapLayer | None:
        """Add the case's boundaries to the project (once), styled as outlines with their attribution in the
        layer metadata; returns the layer."""
        case = self.current_case()
        if case is None or case.boundaries is None:
            return None
        existing = self.boundary_layer(case)
        if existing is not None:
            self.iface.setActiveLayer(existing)
            return existing
        b = case.boundaries
        name = cc.text(b.name, self.language) or cc.text(case.title, self.language)
        source, provider = (b.path, "ogr") if b.path else (b.source, b.provider)
        layer = QgsVectorLayer(source, name, provider)
        if not layer.isValid():
            self.show_message(
                QCoreApplication.translate(
                    "CasesDock", "The boundaries of '{case}' cannot be loaded from {source}."
                ).format(case=cc.text(case.title, self.language), source=source),
                Qgis.MessageLevel.Warning,
            )
            return None
        layer.setCustomProperty(CASE_PROPERTY, case.id)
        if b.attribution:
            metadata = layer.metadata()
            metadata.setTitle(name)
            metadata.setRights([b.attribution])
            layer.setMetadata(metadata)
        if (
            QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
        ):  # as adapters.py (3.22 to 3.40)
            symbol = QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": BOUNDARY_COLOUR, "outline_width": "0.6"}
            )
            layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        if b.label_field and layer.fields().indexOf(b.label_field) >= 0:
            _label(layer, b.label_field)
        elif b.label_field:
            self.show_message(
                QCoreApplication.translate(
                    "CasesDock",
                    "The boundaries of '{case}' have no field '{field}' to label them with (fields: {fields}); "
                    "they are loaded without labels.",
                ).format(
                    case=cc.text(case.title, self.language),
                    field=b.label_field,
                    fields=", ".join(layer.fields().names()) or "-",
                ),
                Qgis.MessageLevel.Warning,
            )
        QgsProject.instance().addMapLayer(layer)
        if b.attribution:
            log(
                QCoreApplication.translate("CasesDock", "Boundaries of '{case}': {attribution}").format(
                    case=case.id, attribution=b.attribution
                )
            )
        return layer

    # --- algorithms ---------------------------------------------------------------------------------------------
    def _fill_analyse_menu(self, case: cc.Case) -> None:
        self.analyse_menu.clear()
        registry = QgsApplication.processingRegistry()
        for suggestion in case.algorithms:
            alg = registry.algorithmById(suggestion.id)
            action = self.analyse_menu.addAction(
                alg.icon() if alg else theme_icon("processingAlgorithm.svg"), ""
            )
            if alg is None:
                self._unavailable(action, suggestion.id)
            else:
                action.setText(alg.displayName() + "…")
                action.setToolTip(cc.text(suggestion.note, self.language) or alg.shortDescription())
                action.triggered.connect(functools.partial(self._open_suggestion, suggestion))
        self.analyse_menu.setToolTipsVisible(True)
        self.analyse_button.setEnabled(bool(case.algorithms))
        self.analyse_button.setToolTip(
            QCoreApplication.translate("CasesDock", "Open a tool with this case's layers filled in")
            if case.algorithms
            else QCoreApplication.translate("CasesDock", "No tools suggested")
        )

    def _unavailable(self, action, alg_id: str) -> None:
        """A menu entry for an algorithm QGIS does not have: named, marked and explained (not a greyed id);
        choosing it says why it does not open."""
        action.setIcon(theme_icon("mIconWarning.svg"))
        action.setText(
            QCoreApplication.translate("CasesDock", "{name} (not available)").format(
                name=alg_id.split(":")[-1]
            )
        )
        why = QCoreApplication.translate(
            "CasesDock",
            "The algorithm {id} is not available: this version of ReIndustria does not have it, or its provider "
            "is not active in the Processing settings.",
        ).format(id=alg_id)
        action.setToolTip(why)
        action.setStatusTip(why)
        action.triggered.connect(lambda _checked=False: self.show_message(why, Qgis.MessageLevel.Warning))

    def algorithm_parameters(self, suggestion: cc.SuggestedAlgorithm) -> dict:
        """The parameters the dialog of ``suggestion`` opens with: the case's boundary layer (loaded if needed)
        and extent in place of ``@boundaries`` and ``@extent``; parameters the algorithm does not have are
        left out and logged."""
        case = self.current_case()
        alg = QgsApplication.processingRegistry().algorithmById(suggestion.id)
        needs_layer = cc.BOUNDARIES in suggestion.parameters.values()
        layer = self.load_boundaries() if needs_layer else None
        extent = cc.extent_text(case.extent) if case is not None and case.extent is not None else None
        params, left_out = cc.algorithm_parameters(suggestion, layer.id() if layer else None, extent)
        if alg is not None:
            unknown = [k for k in params if alg.parameterDefinition(k) is None]
            for key in unknown:
                params.pop(key)
            left_out += unknown
        if left_out:
            log(
                QCoreApplication.translate("CasesDock", "{alg}: parameters left out: {names}").format(
                    alg=suggestion.id, names=", ".join(left_out)
                ),
                Qgis.MessageLevel.Warning,
            )
        return params

    @_safe
    def _open_suggestion(self, suggestion: cc.SuggestedAlgorithm, _checked: bool = False) -> None:
        params = self.algorithm_parameters(suggestion)
        self.open_dialog(suggestion.id, params)

    @staticmethod
    def open_dialog(alg_id: str, params: dict) -> None:
        import processing

        processing.execAlgorithmDialog(alg_id, params)

    def _fill_data_menu(self, case: cc.Case) -> None:
        self.data_menu.clear()
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("reindustria")
        ids = list(DOWNLOADS)
        if provider is not None:
            ids += [a.id() for a in provider.algorithms() if a.groupId() == "data" and a.id() not in ids]
        any_enabled = False
        for alg_id in ids:
            alg = registry.algorithmById(alg_id)
            if alg is None:
                self._unavailable(self.data_menu.addAction(""), alg_id)
                continue
            action = self.data_menu.addAction(alg.icon(), alg.displayName() + "…")
            action.setToolTip(
                QCoreApplication.translate("CasesDock", "Opens {name} with this case's extent.").format(
                    name=alg.displayName()
                )
            )
            action.triggered.connect(functools.partial(self._open_download, alg_id))
            any_enabled = True
        self.data_menu.setToolTipsVisible(True)
        self.data_button.setEnabled(any_enabled and case.extent is not None)
        self.data_button.setToolTip(
            QCoreApplication.translate("CasesDock", "Download data for this case's extent")
            if any_enabled
            else QCoreApplication.translate(
                "CasesDock",
                "The download tools (CORINE Land Cover, OpenStreetMap) are not available in this version.",
            )
        )

    def download_parameters(self, alg_id: str) -> dict:
        """The case's extent in the download algorithm's extent parameter(s)."""
        case = self.current_case()
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if case is None or case.extent is None or alg is None:
            return {}
        value = cc.extent_text(case.extent)
        return {d.name(): value for d in alg.parameterDefinitions() if d.type() == "extent"}

    @_safe
    def _open_download(self, alg_id: str, _checked: bool = False) -> None:
        self.open_dialog(alg_id, self.download_parameters(alg_id))

    # --- user cases ---------------------------------------------------------------------------------------------
    def _update_new_menu(self) -> None:
        case = self.current_case()
        self.remove_action.setEnabled(bool(case and case.user))
        layer = self.iface.activeLayer()
        self.new_from_layer_action.setEnabled(layer is not None)

    def new_case_dialog(self, from_layer: bool) -> None:
        layer = self.iface.activeLayer() if from_layer else None
        dialog = NewCaseDialog(self, layer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_user_case(dialog.title(), dialog.phenomenon(), layer if dialog.use_layer() else None)

    @_safe
    def add_user_case(
        self, title: str, phenomenon: str = "", layer: QgsMapLayer | None = None
    ) -> cc.Case | None:
        """A new case of this project from ``layer`` (its extent; its features as boundaries if it is a vector
        layer) or, without a layer, from the map extent; saved in the project and selected."""
        if not title.strip():
            self.show_message(
                QCoreApplication.translate("CasesDock", "A case needs a title."), Qgis.MessageLevel.Warning
            )
            return None
        if layer is not None:
            rect, crs = layer.extent(), layer.crs()
        else:
            canvas = self.iface.mapCanvas()
            rect, crs = canvas.extent(), canvas.mapSettings().destinationCrs()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if crs.isValid() and crs != wgs84:
            rect = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transformBoundingBox(rect)
        extent = None
        if not rect.isEmpty() and rect.isFinite():
            extent = cc.Extent(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        boundaries = None
        if isinstance(layer, QgsVectorLayer):
            boundaries = cc.Boundaries(
                name={self.language: layer.name()},
                layer_id=layer.id(),
                source=layer.source(),
                provider=layer.providerType(),
                label_field=layer.displayField() or "",
            )
        taken = {c.id for c in self.all_cases()}
        case = cc.new_user_case(title, self.language, phenomenon, extent, boundaries, taken)
        self.user_cases.append(case)
        self.save_project_cases()
        self._fill_combo(select=case.id)
        return case

    def remove_user_case(self) -> None:
        case = self.current_case()
        if case is None or not case.user:
            return
        self.user_cases = [c for c in self.user_cases if c.id != case.id]
        self.save_project_cases()
        self._fill_combo()

    def save_project_cases(self) -> None:
        """Write the user cases into the project (saved with it in the .qgs/.qgz)."""
        project = QgsProject.instance()
        if self.user_cases:
            project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, cc.user_cases_to_json(self.user_cases))
        else:
            project.removeEntry(PROJECT_SCOPE, PROJECT_KEY)

    def reload_project_cases(self, select: str | None = None) -> None:
        """Read the user cases of the current project."""
        payload, _ok = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        self.user_cases, self.project_problems = cc.user_cases_from_json(payload)
        shipped = {c.id for c in self.cases}
        self.user_cases = [c for c in self.user_cases if c.id not in shipped]
        for text in message_texts(self.project_problems, "CaseContent"):
            log(text, Qgis.MessageLevel.Warning)
        self._fill_combo(select=select)
        self._show_general_problems()

    def _project_read(self, *_args) -> None:
        self.reload_project_cases()

    def _project_cleared(self) -> None:
        self.user_cases, self.project_problems = [], []
        self._fill_combo()
        self._show_general_problems()

    def cleanup(self) -> None:
        """Disconnect from the project (before the dock is deleted on unload)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self._project_read),
            (project.cleared, self._project_cleared),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._reload_timer.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)


def _label(layer: QgsVectorLayer, field: str) -> None:
    """Labels from ``field``, with a buffer so they read on any base map."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.enabled = True
    text_format = QgsTextFormat()
    text_format.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


class NewCaseDialog(QDialog):
    """Title and phenomenon of a new case, from the active layer or the map extent."""

    def __init__(self, parent: QWidget, layer: QgsMapLayer | None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CasesDock", "New case"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self)
        self.phenomenon_edit = QPlainTextEdit(self)
        self.phenomenon_edit.setTabChangesFocus(True)
        self.phenomenon_edit.setMaximumHeight(100)
        form.addRow(QCoreApplication.translate("CasesDock", "&Title:"), self.title_edit)
        form.addRow(QCoreApplication.translate("CasesDock", "&Phenomenon:"), self.phenomenon_edit)
        self.layer_radio = QRadioButton(
            QCoreApplication.translate("CasesDock", "From the layer '{name}'").format(name=layer.name())
            if layer
            else QCoreApplication.translate("CasesDock", "From the active layer"),
            self,
        )
        self.extent_radio = QRadioButton(QCoreApplication.translate("CasesDock", "From the map extent"), self)
        self.layer_radio.setEnabled(layer is not None)
        (self.layer_radio if layer is not None else self.extent_radio).setChecked(True)
        form.addRow(self.layer_radio)
        form.addRow(self.extent_radio)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.title_edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        form.addRow(buttons)

    def title(self) -> str:
        return self.title_edit.text()

    def phenomenon(self) -> str:
        return self.phenomenon_edit.toPlainText()

    def use_layer(self) -> bool:
        return self.layer_radio.isChecked()
