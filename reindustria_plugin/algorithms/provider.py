"""The ``reindustria`` Processing provider."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..model_texts import UNTRANSLATED_HELP
from .base import NO_THREADING, group_id

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

    def load(self) -> bool:
        # The shipped models chain this provider's algorithms, which the registry resolves only once the
        # provider is added: the models are read again then, or their outputs stay unknown (qgis_process help
        # listed none of them).
        QgsApplication.processingRegistry().providerAdded.connect(self._provider_added)
        return super().load()

    def _provider_added(self, provider_id: str) -> None:
        if provider_id != PROVIDER_ID:
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._provider_added)
        for algorithm in self.algorithms():
            if isinstance(algorithm, ShippedModel):
                algorithm.reload()

    def loadAlgorithms(self) -> None:
        for alg_class in algorithm_classes():
            self.addAlgorithm(alg_class())
        for model in shipped_models():
            if model.childAlgorithms():
                self.addAlgorithm(model)


def _tr_model(text: str) -> str:
    """A shipped model's text in the user's language (the texts are listed by model_texts.model_texts)."""
    return QCoreApplication.translate("models", text) if text else text


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model of processing/models/ offered by the provider, with the file name as its lowercase id, and its
    texts translated like the algorithms' (QGIS does not translate model files)."""

    def __init__(self, path: str = ""):
        super().__init__()
        self.path = path
        self.reload()

    def reload(self) -> None:
        """Read the model file, with its texts in the user's language."""
        path = self.path
        if path and not self.fromFile(path):
            QgsMessageLog.logMessage(f"Cannot read the model {path}", "ReIndustria")
        # The model file keeps the inputs' help in its help content and the outputs' in their descriptions.
        helps = dict(self.helpContent())
        for child_id, child in self.childAlgorithms().items():
            for name, output in child.modelOutputs().items():
                helps[f"{child_id}:{name}"] = output.description()
        for param in self.parameterDefinitions():
            param.setHelp(_tr_model(param.help() or helps.get(param.name(), "")))
            param.setDescription(_tr_model(param.description()))
        for output in self.outputDefinitions():
            output.setDescription(_tr_model(output.description()))
        self.setHelpContent(
            {
                key: value if key in UNTRANSLATED_HELP or not isinstance(value, str) else _tr_model(value)
                for key, value in self.helpContent().items()
            }
        )

    def name(self) -> str:
        return Path(self.path).stem

    def flags(self):
        # As the algorithms (base.NO_THREADING): QGIS 3.22 derives it from the children, 3.40 does not.
        return super().flags() | NO_THREADING

    def displayName(self) -> str:
        return _tr_model(super().displayName())

    def group(self) -> str:
        return _tr_model(super().group())

    def groupId(self) -> str:
        # A model's own group id is its group's text: derive the id as the algorithms do, to share their group.
        return group_id(super().groupId())

    def createInstance(self):
        return ShippedModel(self.path)

    def processAlgorithm(self, parameters, context, feedback):
        # An input left out takes its declared default: a model passes what it was given to its steps, so a
        # step whose own default differs (landscapemetrics has no nomenclature by default) would else see none.
        filled = dict(parameters)
        for param in self.parameterDefinitions():
            if param.isDestination() or param.defaultValue() is None:
                continue
            if filled.get(param.name()) is None:
                filled[param.name()] = param.defaultValue()
        return super().processAlgorithm(filled, context, feedback)


def shipped_models() -> list[ShippedModel]:
    """The models in processing/models/ (they also open in the model designer, as examples to adapt)."""
    return [ShippedModel(str(path)) for path in sorted(paths.MODELS.glob("*.model3"))]


def algorithm_classes() -> list[type]:
    """Every algorithm the provider offers (imported here so a broken module shows in the log, not at import)."""
    from .align_raster import AlignRasterAlgorithm
    from .compare_districts import CompareDistrictsAlgorithm
    from .download_corine import DownloadCorineAlgorithm
    from .download_osm_production import DownloadOsmProductionAlgorithm
    from .identify_districts import IdentifyDistrictsAlgorithm
    from .intensity_analysis import IntensityAnalysisAlgorithm
    from .landscape_metrics import LandscapeMetricsAlgorithm
    from .landuse_change import LandUseChangeAlgorithm
    from .landuse_change_vector import LandUseChangeVectorAlgorithm
    from .livework_microspaces import LiveWorkMicrospacesAlgorithm
    from .osm_production_spaces import OsmProductionSpacesAlgorithm
    from .specialisation import SpecialisationAlgorithm

    return [
        LandUseChangeAlgorithm,
        LandUseChangeVectorAlgorithm,
        IntensityAnalysisAlgorithm,
        AlignRasterAlgorithm,
        LandscapeMetricsAlgorithm,
        CompareDistrictsAlgorithm,
        IdentifyDistrictsAlgorithm,
        SpecialisationAlgorithm,
        LiveWorkMicrospacesAlgorithm,
        OsmProductionSpacesAlgorithm,
        DownloadOsmProductionAlgorithm,
        DownloadCorineAlgorithm,
    ]
