"""The plugin object QGIS creates: Processing provider, menu, toolbar, docks, options page and translator."""

from __future__ import annotations

from functools import partial

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolButton

from . import dependencies, paths
from .algorithms.provider import PROVIDER_ID, ReIndustriaProvider
from .i18n import install_translator, remove_translator

MENU = "&ReIndustria"
#: QgsSettings keys: whether each dock was open when QGIS closed or the plugin was unloaded.
DOCK_VISIBLE_KEY = "reindustria/gui/{name}_visible"


class ReIndustriaPlugin:
    """Entry point; works with ``iface=None`` (qgis_process calls only initProcessing)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: ReIndustriaProvider | None = None
        self.translator = install_translator()
        self.actions: list[QAction] = []
        self.toolbar = None
        self.docks: list = []
        self.cases_dock = None
        self.indicators_dock = None
        self.options_factory = None
        self.tools_menu = None
        self._unloading = False

    # Processing ---------------------------------------------------------------------------------------------
    def initProcessing(self) -> None:
        registry = QgsApplication.processingRegistry()
        # QGIS deletes a provider registered twice, so never add a second one.
        if self.provider is not None or registry.providerById(PROVIDER_ID) is not None:
            return
        self.provider = ReIndustriaProvider()
        registry.addProvider(self.provider)
        self._log_missing_dependencies()

    def _log_missing_dependencies(self) -> None:
        # Only whether they are installed: importing them all here would slow every start of QGIS. A package
        # that is installed but broken is reported when an algorithm needing it is opened or run.
        for dep in dependencies.not_installed(tuple(dependencies.DEPENDENCIES)):
            msg = QCoreApplication.translate(
                "ReIndustriaPlugin",
                "ReIndustria: the Python package '{name}' cannot be used ({why}). The algorithms that need it "
                "will not run. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: "
                "python3 -m pip install {pip}.",
            ).format(
                name=dep.module,
                why=QCoreApplication.translate("ReIndustriaPlugin", "not installed"),
                debian=dep.debian,
                pip=dep.pip,
            )
            QgsMessageLog.logMessage(msg, "ReIndustria", Qgis.Warning)

    # GUI ----------------------------------------------------------------------------------------------------
    def initGui(self) -> None:
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar(QCoreApplication.translate("ReIndustriaPlugin", "ReIndustria"))
        self.toolbar.setObjectName("ReIndustriaToolbar")
        self._add_docks()
        # One entry per algorithm, opening its Processing dialog, so the menu never drifts from the provider:
        # in the plugin menu, and on the toolbar in one drop-down button with a section per toolbox group.
        provider = self.provider or QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        window = self.iface.mainWindow()
        self.tools_menu = QMenu(window)
        self.tools_menu.setToolTipsVisible(True)
        group = None
        for alg in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
            action = QAction(alg.icon(), alg.displayName() + "…", window)
            action.setToolTip(alg.shortDescription() or alg.displayName())
            action.triggered.connect(partial(self._open_dialog, alg.id()))
            self.iface.addPluginToMenu(MENU, action)
            if alg.group() != group:
                group = alg.group()
                self.tools_menu.addSection(group)
            self.tools_menu.addAction(action)
            self.actions.append(action)
        tools = QToolButton(self.toolbar)
        tools.setIcon(QIcon(paths.icon_path()))
        tools.setText(QCoreApplication.translate("ReIndustriaPlugin", "ReIndustria tools"))
        tools.setToolTip(tools.text())
        tools.setMenu(self.tools_menu)
        tools.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(tools)
        self._add_options_page()

    def _add_docks(self) -> None:
        """The Cases and Indicators docks, their show/hide entries first in the menu and the toolbar, and
        their visibility as it was in the last session (Cases open the first time)."""
        from .gui.cases_dock import CasesDock
        from .gui.indicators_dock import IndicatorsDock

        window = self.iface.mainWindow()
        self.cases_dock = CasesDock(self.iface, window)
        self.indicators_dock = IndicatorsDock(self.iface, window)
        texts = {
            "cases": QCoreApplication.translate("ReIndustriaPlugin", "Cases panel"),
            "indicators": QCoreApplication.translate("ReIndustriaPlugin", "Indicators panel"),
        }
        for name, dock, default in (
            ("cases", self.cases_dock, True),
            ("indicators", self.indicators_dock, False),
        ):
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            visible = QgsSettings().value(DOCK_VISIBLE_KEY.format(name=name), default, type=bool)
            dock.setVisible(visible)
            action = dock.toggleViewAction()
            action.setIcon(QIcon(paths.icon_path(f"{name}.svg")))
            action.setText(texts[name])
            action.setToolTip(dock.windowTitle())
            action.toggled.connect(partial(self._dock_toggled, name))
            self.iface.addPluginToMenu(MENU, action)
            self.toolbar.addAction(action)
            self.docks.append(dock)
        self.toolbar.addSeparator()

    def _dock_toggled(self, name: str, visible: bool) -> None:
        if not self._unloading:
            QgsSettings().setValue(DOCK_VISIBLE_KEY.format(name=name), bool(visible))

    def _add_options_page(self) -> None:
        from .gui.options_page import OptionsFactory

        self.options_factory = OptionsFactory(applied=self._options_applied)
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _options_applied(self) -> None:
        """The Options dialog was accepted: the Cases panel reads the case folders again."""
        if self.cases_dock is not None:
            self.cases_dock.reload_cases()

    @staticmethod
    def _open_dialog(alg_id: str, _checked: bool = False) -> None:
        from processing import execAlgorithmDialog

        execAlgorithmDialog(alg_id)

    def unload(self) -> None:
        self._unloading = True
        for dock in self.docks:
            if self.iface is not None:
                # The show/hide entry belongs to the dock: take it out of the menu, the dock deletes it.
                self.iface.removePluginMenu(MENU, dock.toggleViewAction())
            dock.cleanup()
            if self.iface is not None:
                self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = []
        self.cases_dock = self.indicators_dock = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.tools_menu is not None:
            self.tools_menu.deleteLater()
            self.tools_menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.options_factory is not None:
            if self.iface is not None:
                self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        self._unloading = False
