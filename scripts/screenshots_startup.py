"""Run by QGIS desktop (``qgis --code``) for ``make screenshots``: a case loaded, both docks open, a result shown.

Environment: REINDUSTRIA_CASE (case id, default prato), REINDUSTRIA_SHOT_READY (file written when the window is
ready for the screenshot), REINDUSTRIA_SHOT_WORK (a folder for the demo run's tables), REINDUSTRIA_REPO.
Anything that goes wrong is written to the ready file, so the script stops with the reason.
"""

import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface, plugins

READY = Path(os.environ["REINDUSTRIA_SHOT_READY"])
WORK = Path(os.environ["REINDUSTRIA_SHOT_WORK"])
REPO = Path(os.environ["REINDUSTRIA_REPO"])
CASE = os.environ.get("REINDUSTRIA_CASE", "prato")
DEMO = REPO / "resources" / "demo"


def prepare():
    plugin = plugins.get("reindustria_plugin")
    if plugin is None:
        raise RuntimeError("the plugin reindustria_plugin is not loaded")
    window = iface.mainWindow()
    screen = window.screen().geometry() if hasattr(window, "screen") else None
    if screen is not None:
        window.setGeometry(screen)
    window.showMaximized()

    # A result for the Indicators dock: the demo land-use change run (the only land use shipped).
    import processing

    out = processing.run(
        "reindustria:landusechange",
        {
            "BEFORE": str(DEMO / "clc_lausanne_2006_100m.tif"),
            "AFTER": str(DEMO / "clc_lausanne_2012_100m.tif"),
            "NOMENCLATURE": 0,
            "RINGS": "250,500,1000",
            "ZONES": str(DEMO / "lausanne_municipality.gpkg"),
            "ZONE_FIELD": "GMDNAME",
            "SUMMARY": str(WORK / "summary.csv"),
            "ACCOUNTING": str(WORK / "accounting.csv"),
        },
    )
    project = QgsProject.instance()
    summary = QgsVectorLayer(out["SUMMARY"], "Lausanne summary (demo)", "ogr")
    accounting = QgsVectorLayer(out["ACCOUNTING"], "Lausanne accounting (demo)", "ogr")
    project.addMapLayers([summary, accounting])  # the newest, shown: gains and losses by class

    cases, indicators = plugin.cases_dock, plugin.indicators_dock
    for dock in (cases, indicators):
        dock.setUserVisible(True)  # as the user's click on its menu entry does
    window.resizeDocks([cases, indicators], [470, 470], Qt.Orientation.Horizontal)
    window.resizeDocks([cases, indicators], [290, 430], Qt.Orientation.Vertical)
    cases.select_case(CASE)
    layer = cases.load_boundaries()
    iface.setActiveLayer(layer)
    cases.zoom_to_case()
    indicators.refresh_layers(newest=True)


def shoot():
    try:
        prepare()
    except Exception:  # noqa: BLE001 (the reason goes to the shell script)
        READY.write_text("ERROR\n" + traceback.format_exc(), encoding="utf-8")
        return
    # Let the canvas render and the docks lay out before the shell takes the screenshot.
    QTimer.singleShot(6000, lambda: READY.write_text("OK\n", encoding="utf-8"))


# The plugins are loaded once the main window is up; wait for that.
QTimer.singleShot(3000, shoot)
QgsApplication.processEvents()
