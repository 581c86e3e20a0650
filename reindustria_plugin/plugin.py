"""The plugin object QGIS creates: Processing provider, menu, toolbar and translator."""

from __future__ import annotations

from functools import partial

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction

from . import dependencies
from .algorithms.provider import PROVIDER_ID, ReIndustriaProvider
from .i18n import install_translator, remove_translator

MENU = "&ReIndustria"


class ReIndustriaPlugin:
    """Entry point; works with ``iface=None`` (qgis_process calls only initProcessing)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: ReIndustriaProvider | None = None
        self.translator = install_translator()
        self.actions: list[QAction] = []
        self.toolbar = None
        self.docks: list = []

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
        # One entry per algorithm, opening its Processing dialog, so the menu never drifts from the provider.
        provider = self.provider or QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        for alg in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
            action = QAction(alg.icon(), alg.displayName() + "…", self.iface.mainWindow())
            action.setToolTip(alg.shortDescription() or alg.displayName())
            action.triggered.connect(partial(self._open_dialog, alg.id()))
            self.iface.addPluginToMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)

    @staticmethod
    def _open_dialog(alg_id: str, _checked: bool = False) -> None:
        from processing import execAlgorithmDialog

        execAlgorithmDialog(alg_id)

    def unload(self) -> None:
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        for dock in self.docks:
            if self.iface is not None:
                self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
