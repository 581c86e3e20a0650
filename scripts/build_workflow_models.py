"""Writes the "Workflows" models of processing/models/ that chain the plugin's algorithms:
industrialchangediagnostic.model3 and microspacescan.model3.

The models are plain model-designer files (open them there to adapt them); this script only keeps their
layout, texts and wiring reviewable in one place. Run it after changing a child algorithm's parameters:

    QT_HASH_SEED=0 QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_workflow_models.py

(QT_HASH_SEED keeps the XML in a stable order, so the diff shows only real changes.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF, QSizeF

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GROUP = "Workflows"
NOMENCLATURES = [
    "CORINE Land Cover (grid codes 1-44)",
    "CORINE Land Cover (codes 111-523)",
    "Urban Atlas 2012/2018",
    "Custom (CSV)",
    "OpenStreetMap land use (codes 901-918)",
]


def add_input(model, param, x: float, y: float, help_text: str) -> None:
    param.setHelp(help_text)
    component = QgsProcessingModelParameter(param.name())
    component.setPosition(QPointF(x, y))
    component.setSize(QSizeF(200, 30))
    model.addModelParameter(param, component)
    helps = model.helpContent()
    helps[param.name()] = help_text
    model.setHelpContent(helps)


def from_input(name: str):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def from_child(child_id: str, output: str):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def add_child(model, child_id, alg_id, description, x, y, sources, outputs, after=(), always=()):
    """A step; ``outputs``: (name, child output, description, help, y) of the model's outputs. Those named in
    ``always`` are mandatory: QGIS leaves a model output the user does not name unset, and a step left
    without any output refuses to run, so every step keeps one output that is always written."""
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, y))
    child.setSize(QSizeF(220, 30))
    for key, value in sources.items():
        child.addParameterSources(key, value)
    model_outputs = {}
    helps = model.helpContent()
    for name, child_output, text, help_text, oy in outputs:
        out = QgsProcessingModelOutput(name, text)
        out.setChildId(child_id)
        out.setChildOutputName(child_output)
        out.setDescription(text)
        out.setMandatory(name in always)
        out.setPosition(QPointF(x + 280, oy))
        out.setSize(QSizeF(220, 30))
        model_outputs[name] = out
        helps[f"{child_id}:{name}"] = help_text
    child.setModelOutputs(model_outputs)
    child.setDependencies([QgsProcessingModelChildDependency(a) for a in after])
    model.setHelpContent(helps)
    model.addChildAlgorithm(child)


def industrial_change_diagnostic() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("Industrial change diagnostic", GROUP)
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Land use at two dates and a set of districts in, a diagnostic of industrial land out, in three "
                "steps run one after the other: (1) Land-use change: what industrial land and the land around "
                "it became (change types, a summary by distance ring and district, the change accounting); "
                "(2) Landscape metrics of the industrial land at the second date in each district (FRAGSTATS "
                "class metrics and the industrial patches); (3) District comparison: the districts side by "
                "side, with the HTML report. The second date is first aligned onto the first date's grid (nearest "
                "neighbour), so that the three steps count the same cells; the land-use change step reads the "
                "original rasters and its log estimates how much change a difference of grid alone makes. "
                "Compare rasters of one product (CORINE with CORINE). Each step writes "
                "at least one table, so three outputs are required: the change by ring and district, the "
                "industrial land metrics and the district comparison (with qgis_process give a file or "
                "TEMPORARY_OUTPUT for each); the others are written only when asked for. Open the model in "
                "the model designer to change rings, classes or thresholds."
            ),
            "ALG_CREATOR": "ReIndustria",
            "ALG_HELP_CREATOR": "ReIndustria",
            "ALG_VERSION": "1",
        }
    )
    x = 120
    add_input(
        model,
        QgsProcessingParameterRasterLayer("BEFORE", "Land use, first date"),
        x,
        60,
        "Categorical land-use raster of the earlier date (e.g. CORINE 2006), projected CRS, square cells.",
    )
    add_input(
        model,
        QgsProcessingParameterRasterLayer("AFTER", "Land use, second date"),
        x,
        110,
        "The same nomenclature at the later date (e.g. CORINE 2012); aligned onto the first by nearest "
        "neighbour if its grid differs.",
    )
    add_input(
        model,
        QgsProcessingParameterEnum("NOMENCLATURE", "Nomenclature", options=NOMENCLATURES, defaultValue=0),
        x,
        160,
        "How the raster codes map to production classes (industrial, commercial, residential...).",
    )
    add_input(
        model,
        QgsProcessingParameterFile(
            "NOMENCLATURE_CSV",
            "Custom nomenclature (CSV)",
            extension="csv",
            optional=True,
        ),
        x,
        210,
        "With 'Custom (CSV)': columns code, class, label, colour.",
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource("DISTRICTS", "Districts", [2]),
        x,
        260,
        "One polygon per district to compare (dissolve comuni into districts first); also the zones of the "
        "change summary and of the landscape metrics.",
    )
    add_input(
        model,
        QgsProcessingParameterField(
            "NAME_FIELD", "District name field", parentLayerParameterName="DISTRICTS"
        ),
        x,
        310,
        "Field naming each district; names must be unique.",
    )
    add_input(
        model,
        QgsProcessingParameterNumber("YEAR_BEFORE", "Year of the first date", optional=True, minValue=1800),
        x,
        360,
        "Names the comparison's columns and gives rates per year (give both years or neither).",
    )
    add_input(
        model,
        QgsProcessingParameterNumber("YEAR_AFTER", "Year of the second date", optional=True, minValue=1800),
        x,
        410,
        "The later date's year.",
    )
    add_input(
        model,
        QgsProcessingParameterString("RINGS", "Distance rings around industrial land (m)", "250,500,1000"),
        x,
        460,
        "Outer limits of the rings, in map units, separated by commas: what happened next to industrial land.",
    )
    # The dialog lists the inputs in this order, not alphabetically.
    model.setParameterOrder(
        ["BEFORE", "AFTER", "NOMENCLATURE", "NOMENCLATURE_CSV", "DISTRICTS", "NAME_FIELD", "YEAR_BEFORE"]
        + ["YEAR_AFTER", "RINGS"]
    )
    nomenclature = {
        "NOMENCLATURE": from_input("NOMENCLATURE"),
        "NOMENCLATURE_CSV": from_input("NOMENCLATURE_CSV"),
    }
    # Checked before any step runs, so that a wrong year leaves no output of the first steps behind.
    add_child(
        model,
        "check_years",
        "native:raiseexception",
        "Check the years",
        450,
        -120,
        {
            "MESSAGE": static(
                "Give both years (YEAR_BEFORE, YEAR_AFTER) or neither, the second after the first: "
                "the first date's raster is BEFORE, the later one AFTER."
            ),
            "CONDITION": static(
                "((@YEAR_BEFORE IS NULL) <> (@YEAR_AFTER IS NULL)) OR (@YEAR_BEFORE IS NOT NULL AND "
                "@YEAR_AFTER IS NOT NULL AND @YEAR_AFTER <= @YEAR_BEFORE)"
            ),
        },
        [],
    )
    add_child(
        model,
        "align",
        "reindustria:alignraster",
        "Align the second date onto the first's grid",
        450,
        -40,
        {"INPUT": from_input("AFTER"), "REFERENCE": from_input("BEFORE")},
        [],
        after=["check_years"],
    )
    add_child(
        model,
        "change",
        "reindustria:landusechange",
        "Land-use change around industrial land",
        450,
        120,
        {
            "BEFORE": from_input("BEFORE"),
            "AFTER": from_input("AFTER"),
            **nomenclature,
            "RINGS": from_input("RINGS"),
            "ZONES": from_input("DISTRICTS"),
            "ZONE_FIELD": from_input("NAME_FIELD"),
        },
        [
            (
                "change_types",
                "CHANGE",
                "Change types",
                "Raster of change types (persistence, de-industrialisation to housing, services, vacancy or "
                "green, re-industrialisation, industrial land take...), styled.",
                40,
            ),
            (
                "summary",
                "SUMMARY",
                "Change by ring and district",
                "Hectares and shares of each change type by distance ring and district.",
                90,
            ),
            (
                "accounting",
                "ACCOUNTING",
                "Change accounting",
                "Per production class: area at both dates, gross gain and loss, net change and swap.",
                140,
            ),
        ],
        after=["check_years"],
        always=["summary"],
    )
    add_child(
        model,
        "metrics",
        "reindustria:landscapemetrics",
        "Landscape metrics of industrial land",
        450,
        300,
        {
            "INPUT": from_child("align", "OUTPUT"),
            **nomenclature,
            "ZONES": from_input("DISTRICTS"),
            "ZONE_FIELD": from_input("NAME_FIELD"),
            "CLASSES_AS": static(1),
            "CLASSES": static("industrial"),
        },
        [
            (
                "industrial_metrics",
                "CLASS_METRICS",
                "Industrial land metrics by district",
                "FRAGSTATS class metrics of industrial land at the second date, one row per district.",
                250,
            ),
            (
                "industrial_patches",
                "PATCHES",
                "Industrial patches",
                "Each industrial patch at the second date with its area, edge and shape.",
                300,
            ),
        ],
        after=["change"],
        always=["industrial_metrics"],
    )
    add_child(
        model,
        "compare",
        "reindustria:comparedistricts",
        "Compare districts",
        450,
        480,
        {
            "DISTRICTS": from_input("DISTRICTS"),
            "NAME_FIELD": from_input("NAME_FIELD"),
            "LAND_USE": from_input("BEFORE"),
            # The original raster: the comparison aligns it exactly as the align step does (the tests check it),
            # its log estimates the grid artefact, and its report names the real file, not a temporary one.
            "LAND_USE_AFTER": from_input("AFTER"),
            "YEAR_BEFORE": from_input("YEAR_BEFORE"),
            "YEAR_AFTER": from_input("YEAR_AFTER"),
            **nomenclature,
        },
        [
            (
                "comparison",
                "COMPARISON",
                "District comparison",
                "One row per district: land-use shares, form of industrial land at both dates, industrial land "
                "taken, lost (and to what) and kept, rates per year.",
                430,
            ),
            (
                "districts",
                "DISTRICTS_OUT",
                "Districts with indicators",
                "The district polygons with the comparison's columns, coloured by the share of industrial land.",
                480,
            ),
            (
                "report",
                "REPORT",
                "District comparison report (HTML)",
                "One self-contained page: key figures, charts, a map of each district, how to read them.",
                530,
            ),
        ],
        after=["metrics", "check_years"],
        always=["comparison"],
    )
    return model


def microspace_scan(old: Path) -> QgsProcessingModelAlgorithm:
    """The former osmlivework model, renamed, in Workflows. The production spaces stay a step's temporary
    output: as a model output QGIS would leave them unset unless named, and the next step could not read them."""
    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(str(old)):
        raise SystemExit(f"cannot read {old}")
    model.setName("Microspace scan")
    model.setParameterOrder(["OSM_FILE", "CELL_SIZE", "DEFAULT_LEVELS"])
    model.setGroup(GROUP)
    model.childAlgorithm("osm").setModelOutputs({})
    helps = {k: v for k, v in model.helpContent().items() if not k.startswith("osm:")}
    helps["ALG_DESC"] = (
        "From an OpenStreetMap extract to mixed live-work microspaces in one run: (1) OSM production spaces: "
        "the buildings and activities of the extract with their production class; (2) Live-work microspaces: "
        "floor by use, mix indices and class per grid cell, and the microspaces (neighbouring mixed cells), "
        "with the default thresholds. Open the model in the model designer to change them."
    )
    model.setHelpContent(helps)
    return model


def fill_defaults(model: QgsProcessingModelAlgorithm) -> None:
    """Give every required parameter of every step a value: its algorithm's default. Without one the model
    still runs, but the model designer reports the step as invalid ("Parameter ... is mandatory")."""
    registry = QgsApplication.processingRegistry()
    for child_id in list(model.childAlgorithms()):
        child = model.childAlgorithm(child_id)
        algorithm = registry.algorithmById(child.algorithmId())
        for param in algorithm.parameterDefinitions():
            optional = param.flags() & QgsProcessingParameterDefinition.FlagOptional
            if param.isDestination() or optional or param.name() in child.parameterSources():
                continue
            child.addParameterSources(param.name(), static(param.defaultValue()))
        model.setChildAlgorithm(child)


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.analysis import QgsNativeAlgorithms

    from reindustria_plugin.plugin import ReIndustriaPlugin

    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    plugin = ReIndustriaPlugin(None)  # held: the provider lives as long as the plugin
    plugin.initProcessing()
    models = REPO / "processing" / "models"
    old = models / "osmlivework.model3"
    scan = microspace_scan(old if old.exists() else models / "microspacescan.model3")
    for name, model in (
        ("industrialchangediagnostic", industrial_change_diagnostic()),
        ("microspacescan", scan),
    ):
        fill_defaults(model)
        model.updateDestinationParameters()
        ok, errors = model.validate()
        if not ok:
            raise SystemExit(f"{name} is not valid: {errors}")
        path = models / f"{name}.model3"
        if not model.toFile(str(path)):
            raise SystemExit(f"cannot write {path}")
        print(f"wrote {path.relative_to(REPO)}")
    if old.exists():
        old.unlink()
        print(f"removed {old.relative_to(REPO)} (now microspacescan.model3)")


if __name__ == "__main__":
    main()
