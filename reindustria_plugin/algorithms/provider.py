"""The ``reindustria`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import paths

PROVIDER_ID = "reindustria"


class ReIndustriaProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "ReIndustria"

    def longName(self) -> str:
        return QCoreApplication.translate(
            "ReIndustriaProvider", "ReIndustria – spatial analysis of production spaces"
        )

    def icon(self) -> QIcon:
        return QIcon(paths.icon_path())

    def svgIconPath(self) -> str:
        return paths.icon_path()

    def versionInfo(self) -> str:
        return paths.version()

    def loadAlgorithms(self) -> None:
        for alg_class in algorithm_classes():
            self.addAlgorithm(alg_class())


def algorithm_classes() -> list[type]:
    """Every algorithm the provider offers (imported here so a broken module shows in the log, not at import)."""
    from .intensity_analysis import IntensityAnalysisAlgorithm
    from .landuse_change import LandUseChangeAlgorithm
    from .landuse_change_vector import LandUseChangeVectorAlgorithm

    return [LandUseChangeAlgorithm, LandUseChangeVectorAlgorithm, IntensityAnalysisAlgorithm]
