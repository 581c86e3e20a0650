"""reindustria:landusechange — what happened to industrial land between two land-use rasters, and around it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import paths
from .adapters import (
    TABLE,
    check_output_folders,
    outputs_asked,
    raster_path,
    source_geometries,
    write_features,
    write_table,
)
from .base import LAND_USE_CHANGE, AlgorithmBase, core_errors, translate, translated_params
from .landuse_report import (
    REPORT,
    change_report,
    classification_inputs,
    distance_unit,
    message_texts,
    report_label,
    report_parameter,
    run_inputs,
)
from .styling import ChangeStyler, write_change_style

#: Nomenclature presets offered in the NOMENCLATURE enum, in order; the last one is the custom CSV.
#: The NOMENCLATURE choices, the same index in every algorithm (None: the custom CSV). New presets go at the end,
#: so that the indices users and models have written keep their meaning.
NOMENCLATURE_PRESETS = [
    "nomenclature_clc_grid.csv",
    "nomenclature_clc_codes.csv",
    "nomenclature_urban_atlas.csv",
    None,
    "nomenclature_osm_landuse.csv",
]
CUSTOM_NOMENCLATURE = NOMENCLATURE_PRESETS.index(None)
TYPOLOGY_PRESET = "typology_reindustrialisation.csv"


def nomenclature_options() -> list[str]:
    return [
        QCoreApplication.translate("landuse_change", "CORINE Land Cover (grid codes 1-44)"),
        QCoreApplication.translate("landuse_change", "CORINE Land Cover (codes 111-523)"),
        QCoreApplication.translate("landuse_change", "Urban Atlas 2012/2018"),
        QCoreApplication.translate("landuse_change", "Custom (CSV)"),
        QCoreApplication.translate("landuse_change", "OpenStreetMap land use (codes 901-918)"),
    ]


def resolve_nomenclature(alg, parameters, context, enum_key: str, csv_key: str, feedback=None):
    """The nomenclature chosen by an enum + optional CSV pair of parameters.

    With ``feedback``, a CSV given while a preset is chosen (so ignored) is reported as a warning.
    """
    from ..analysis.typology import load_nomenclature

    choice = alg.parameterAsEnum(parameters, enum_key, context)
    custom = alg.parameterAsFile(parameters, csv_key, context)
    if custom and NOMENCLATURE_PRESETS[choice] is not None and feedback is not None:
        options = nomenclature_options()
        feedback.pushWarning(
            QCoreApplication.translate(
                "landuse_change",
                "The custom nomenclature CSV {path} is not used: the nomenclature is the preset '{preset}'. "
                "Choose '{custom}' to use the CSV.",
            ).format(path=custom, preset=options[choice], custom=options[CUSTOM_NOMENCLATURE])
        )
    if NOMENCLATURE_PRESETS[choice] is None:
        if not custom:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "landuse_change",
                    "The nomenclature is 'Custom (CSV)': give the CSV file (columns code, class, label, "
                    "colour) in the custom nomenclature parameter.",
                )
            )
        path = custom
    else:
        path = str(paths.PRESETS / NOMENCLATURE_PRESETS[choice])
    with core_errors():
        return load_nomenclature(path), path


def preset_nomenclatures() -> list[tuple[str, object]]:
    """(name shown in the NOMENCLATURE option, nomenclature) of every preset: the core suggests the one that
    lists the data's codes when the chosen nomenclature does not."""
    from ..analysis.typology import load_nomenclature

    return [
        (name, load_nomenclature(paths.PRESETS / preset))
        for name, preset in zip(nomenclature_options(), NOMENCLATURE_PRESETS)
        if preset is not None
    ]


def parse_rings(text: str) -> list[float]:
    text = (text or "").strip()
    if not text:
        return []
    try:
        return [float(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "landuse_change",
                "Ring distances must be numbers separated by commas, e.g. 250,500,1000 (got '{text}').",
            ).format(text=text)
        ) from None


def exclude_parameter():
    """(parameter, help) of EXCLUDE: codes or classes left out of the study area, in every change algorithm."""
    return (
        QgsProcessingParameterString(
            "EXCLUDE",
            QCoreApplication.translate("landuse_change", "Leave out of the study area (codes or classes)"),
            optional=True,
        ),
        QCoreApplication.translate(
            "landuse_change",
            "Codes or production classes, separated by commas, that are not part of the territory studied: "
            "e.g. water (the sea around an island or a coast), or 523, 522. They are left out like nodata, at "
            "both dates, and the log says how much.",
        ),
    )


def apply_exclusion(alg, parameters, context, nomenclature, feedback, tags=None):
    """The nomenclature with EXCLUDE's codes and classes in its 'nodata' class (left out by the cores)."""
    from ..analysis.typology import exclude_from_study_area

    text = alg.parameterAsString(parameters, "EXCLUDE", context) if alg.parameterDefinition("EXCLUDE") else ""
    if not (text or "").strip():
        return nomenclature
    with core_errors():
        nomenclature, codes, classes = exclude_from_study_area(nomenclature, text)
    feedback.pushInfo(
        QCoreApplication.translate("landuse_change", "Left out of the study area: codes {codes}.").format(
            codes=", ".join(str(c) for c in codes) or "-"
        )
    )
    if tags is not None:
        tags["reindustria_excluded"] = ",".join(str(c) for c in codes)
    return nomenclature


def classification_parameters(default_nomenclature: int = 0) -> list:
    """(parameter, help) pairs both land-use change algorithms share, after their inputs."""
    # Literal QCoreApplication.translate calls, so pylupdate5 files them under "landuse_change".
    return [
        (
            QgsProcessingParameterEnum(
                "NOMENCLATURE",
                QCoreApplication.translate("landuse_change", "Nomenclature"),
                options=nomenclature_options(),
                defaultValue=default_nomenclature,
            ),
            QCoreApplication.translate(
                "landuse_change", "How codes map to production classes: a preset or your own CSV."
            ),
        ),
        (
            QgsProcessingParameterFile(
                "NOMENCLATURE_CSV",
                QCoreApplication.translate("landuse_change", "Custom nomenclature (CSV)"),
                extension="csv",
                optional=True,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "CSV with columns code, class (industrial, commercial, residential, vacant, "
                "infrastructure, green, water or nodata), label, colour. Used with 'Custom (CSV)'.",
            ),
        ),
        exclude_parameter(),
        (
            QgsProcessingParameterFeatureSource(
                "INDUSTRIAL_AREAS",
                QCoreApplication.translate("landuse_change", "Industrial areas"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "Polygons of the industrial areas the rings are drawn around; by default the land of "
                "industrial class at the BEFORE date.",
            ),
        ),
        (
            QgsProcessingParameterString(
                "RINGS",
                QCoreApplication.translate("landuse_change", "Distance rings (map units)"),
                defaultValue="250,500,1000",
                optional=True,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "Increasing distances from the industrial areas, separated by commas; empty for none.",
            ),
        ),
        (
            QgsProcessingParameterFile(
                "TYPOLOGY",
                QCoreApplication.translate("landuse_change", "Change typology (CSV meaning matrix)"),
                extension="csv",
                optional=True,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "Overrides the 'reindustrialisation' preset: first column the class before, header the "
                "classes after, each cell a change type.",
            ),
        ),
        (
            QgsProcessingParameterFeatureSource(
                "ZONES",
                QCoreApplication.translate("landuse_change", "Zones for the summary"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            ),
            QCoreApplication.translate(
                "landuse_change", "Polygons (municipalities, districts…) to summarise per zone."
            ),
        ),
        (
            QgsProcessingParameterField(
                "ZONE_FIELD",
                QCoreApplication.translate("landuse_change", "Zone name field (required with zones)"),
                parentLayerParameterName="ZONES",
                optional=True,
            ),
            QCoreApplication.translate("landuse_change", "Field naming each zone; required with zones."),
        ),
    ]


def table_outputs(unit_column: str) -> list:
    """(sink parameter, help) of the TRANSITIONS, SUMMARY and ACCOUNTING tables."""
    transitions_help = {
        "cells": QCoreApplication.translate(
            "landuse_change", "From-to table of codes: cells, hectares and change type."
        ),
        "features": QCoreApplication.translate(
            "landuse_change", "From-to table of codes: polygons, hectares and change type."
        ),
    }[unit_column]
    return [
        (
            QgsProcessingParameterFeatureSink(
                "TRANSITIONS",
                QCoreApplication.translate("landuse_change", "Transitions"),
                TABLE,
                optional=True,
                createByDefault=True,
            ),
            transitions_help,
        ),
        (
            QgsProcessingParameterFeatureSink(
                "SUMMARY",
                QCoreApplication.translate("landuse_change", "Summary by ring and zone"),
                TABLE,
                optional=True,
                createByDefault=True,
            ),
            QCoreApplication.translate(
                "landuse_change", "Area and share of each change type per distance ring and zone."
            ),
        ),
        (
            QgsProcessingParameterFeatureSink(
                "ACCOUNTING",
                QCoreApplication.translate("landuse_change", "Change accounting"),
                TABLE,
                optional=True,
                createByDefault=True,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "Per production class: gross gain and loss, net change, swap, persistence, quantity, "
                "exchange and shift (Pontius & Santacruz 2014).",
            ),
        ),
        (
            QgsProcessingParameterFeatureSink(
                "MATRIX",
                QCoreApplication.translate("landuse_change", "Transition matrix (hectares)"),
                TABLE,
                optional=True,
                createByDefault=False,
            ),
            QCoreApplication.translate(
                "landuse_change",
                "Wide from-to table: one row per BEFORE code, one column per AFTER code (to_<code>_ha), "
                "hectares, and the row total.",
            ),
        ),
    ]


OUTPUT_KEYS = ("CHANGE", "TRANSITIONS", "SUMMARY", "ACCOUNTING", "MATRIX", "RINGS_OUT", REPORT)


def rings_output(how: str) -> tuple:
    """(sink parameter, help) of the RINGS_OUT polygons; ``how`` says how the algorithm draws them."""
    parameter = QgsProcessingParameterFeatureSink(
        "RINGS_OUT",
        QCoreApplication.translate("landuse_change", "Ring polygons"),
        QgsProcessing.TypeVectorPolygon,
        optional=True,
        createByDefault=False,
    )
    return parameter, how


_NOT_FILES = ("memory:", "ogr:", "postgres:", "spatialite:")
_SIDECARS = (".csvt", ".qml", ".qmd", ".prj", ".aux.xml")


def asked_outputs(alg, parameters, context, keys=OUTPUT_KEYS) -> dict[str, bool]:
    """Which outputs the run was asked for; an error when none is, and when a file output's folder is missing.

    Called before any work, so that a bad destination stops the run with nothing written.
    """
    wanted = outputs_asked(parameters, keys)
    if not any(wanted.values()):
        raise QgsProcessingException(
            QCoreApplication.translate(
                "landuse_change",
                "Choose at least one output: change types, transitions, summary, change accounting, transition "
                "matrix, ring polygons or the report.",
            )
        )
    if wanted.get("RINGS_OUT") and not parse_rings(alg.parameterAsString(parameters, "RINGS", context)):
        raise QgsProcessingException(
            QCoreApplication.translate(
                "landuse_change",
                "The ring polygons need distance rings: give the distance rings (e.g. 250,500,1000) or leave "
                "the ring polygons output empty.",
            )
        )
    if wanted.get(REPORT):
        alg.check_report_dependencies(report_label())
    check_output_folders(alg, parameters, context, [key for key, asked in wanted.items() if asked])
    return wanted


def _file_of(destination) -> Path | None:
    path = (destination or "").split("|")[0]
    if not path or path.startswith(_NOT_FILES) or "://" in path:
        return None
    return Path(path)


class OutputFiles:
    """The files a run writes: if writing one output fails, the others written by this run are removed, so a
    failed run leaves no outputs behind (files that existed before the run are never removed)."""

    def __init__(self, alg, parameters, context, keys):
        self.existing = set()
        for key in keys:
            path = _file_of(alg.parameterAsOutputLayer(parameters, key, context))
            if path is not None:
                self.existing |= {p for p in self._with_sidecars(path) if p.exists()}
        self.written: list[Path] = []

    @staticmethod
    def _with_sidecars(path: Path) -> list[Path]:
        return [path] + [path.with_suffix(s) for s in _SIDECARS] + [Path(str(path) + ".aux.xml")]

    def add(self, destination) -> None:
        path = _file_of(destination)
        if path is not None:
            self.written.append(path)

    def remove_written(self) -> None:
        for path in self.written:
            for candidate in self._with_sidecars(path):
                if candidate not in self.existing and candidate.is_file():
                    with contextlib.suppress(OSError):
                        candidate.unlink()


@dataclass
class Classification:
    """What both land-use change algorithms read from the shared parameters."""

    nomenclature: object
    typology: object
    rings: list[float]
    industrial: list | None
    zones: list | None
    tags: dict[str, str]
    presets: list = field(default_factory=list)


def read_classification(alg, parameters, context, feedback, crs) -> Classification:
    """Read the shared parameters; layers come back as shapely geometries in ``crs``."""
    from ..analysis.typology import load_typology

    nomenclature, nomenclature_path = resolve_nomenclature(
        alg, parameters, context, "NOMENCLATURE", "NOMENCLATURE_CSV", feedback
    )
    typology_path = alg.parameterAsFile(parameters, "TYPOLOGY", context) or str(
        paths.PRESETS / TYPOLOGY_PRESET
    )
    rings = parse_rings(alg.parameterAsString(parameters, "RINGS", context))
    industrial = source_geometries(
        alg.parameterAsSource(parameters, "INDUSTRIAL_AREAS", context),
        crs,
        context,
        feedback,
        name=QCoreApplication.translate("landuse_change", "industrial areas"),
    )
    zone_source = alg.parameterAsSource(parameters, "ZONES", context)
    zone_field = alg.parameterAsString(parameters, "ZONE_FIELD", context)
    zones = None
    if zone_source is not None:
        if not zone_field:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "landuse_change", "Choose the zone name field for the zones layer."
                )
            )
        zones = source_geometries(
            zone_source,
            crs,
            context,
            feedback,
            field=zone_field,
            name=QCoreApplication.translate("landuse_change", "zones"),
        )
    with core_errors():
        typology = load_typology(typology_path)
        presets = preset_nomenclatures()
    tags = {
        "reindustria_nomenclature": Path(nomenclature_path).name,
        "reindustria_typology": Path(typology_path).name,
        "reindustria_typology_matrix": Path(typology_path).read_text(encoding="utf-8-sig"),
        "reindustria_rings": ",".join(f"{r:g}" for r in rings),
    }
    nomenclature = apply_exclusion(alg, parameters, context, nomenclature, feedback, tags)
    feedback.pushInfo(
        QCoreApplication.translate("landuse_change", "Nomenclature: {n}; typology: {t}").format(
            n=tags["reindustria_nomenclature"], t=tags["reindustria_typology"]
        )
    )
    return Classification(nomenclature, typology, rings, industrial, zones, tags, presets)


def translated_accounting(frame):
    """The accounting table with its class labels, also those in ``net_contributors``, in the user's language."""
    frame = frame.copy()
    frame["label"] = [translate("analysis", v) if isinstance(v, str) else v for v in frame["label"]]

    def contributors(text):
        if not isinstance(text, str) or not text:
            return text
        parts = [part.rsplit(": ", 1) for part in text.split("; ")]
        return "; ".join(f"{translate('analysis', p[0])}: {p[1]}" if len(p) == 2 else p[0] for p in parts)

    frame["net_contributors"] = [contributors(v) for v in frame["net_contributors"]]
    return frame


def write_change_tables(alg, parameters, context, feedback, result, wanted, files: set) -> dict:
    """The table outputs asked for of a change result (transitions, summary, accounting, matrix); each path is
    added to ``files`` before writing, so that a failure can remove what this run wrote."""
    from ..analysis.change.change_tables import transition_matrix

    outputs = {}
    for key, frame in (
        ("TRANSITIONS", lambda: result.transitions),
        ("SUMMARY", lambda: result.summary),
        ("ACCOUNTING", lambda: translated_accounting(result.accounting)),
        ("MATRIX", lambda: transition_matrix(result.transitions)),
    ):
        if wanted.get(key):
            files.add(alg.parameterAsOutputLayer(parameters, key, context))
            outputs[key] = write_table(alg, parameters, context, key, frame(), feedback)
            files.add(outputs[key])
    return outputs


def write_report(alg, parameters, context, page, files) -> dict:
    """The REPORT output, written atomically (its path added to ``files`` first); nothing without a page."""
    if page is None:
        return {}
    from ..analysis.report.html import write_atomic

    path = alg.parameterAsFileOutput(parameters, REPORT, context)
    files.add(path)
    write_atomic(path, page)
    return {REPORT: path}


def push_messages(messages, feedback) -> None:
    for message in messages:
        feedback.pushWarning(
            translate("analysis", message.template).format(**translated_params(message.params))
        )


class LandUseChangeAlgorithm(AlgorithmBase):
    NAME = "landusechange"
    GROUP = LAND_USE_CHANGE
    ICON = "landusechange.svg"
    REQUIRES = ("numpy", "pandas", "rasterio", "shapely")

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    CHANGE = "CHANGE"
    TRANSITIONS = "TRANSITIONS"
    SUMMARY = "SUMMARY"
    ACCOUNTING = "ACCOUNTING"
    MATRIX = "MATRIX"
    RINGS_OUT = "RINGS_OUT"
    REPORT = REPORT
    MIN_CHANGE_HA = "MIN_CHANGE_HA"

    def displayName(self) -> str:
        return self.tr("Land-use change (rasters)")

    def shortDescription(self) -> str:
        return self.tr("Classifies what happened to industrial land between two dates, and around it.")

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterRasterLayer(self.BEFORE, self.tr("Land use BEFORE")),
                self.tr("Categorical land-use raster at the first date (any integer type, its own nodata)."),
            ),
            (
                QgsProcessingParameterRasterLayer(self.AFTER, self.tr("Land use AFTER")),
                self.tr(
                    "Land-use raster at the second date; aligned onto BEFORE by nearest neighbour if its grid "
                    "differs."
                ),
            ),
            *classification_parameters(0),
            (
                QgsProcessingParameterNumber(
                    self.MIN_CHANGE_HA,
                    self.tr("Minimum mapping unit for change (ha)"),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=0.0,
                    minValue=0.0,
                ),
                self.tr(
                    "Patches of change (neighbouring cells, diagonals included, with the same code before and "
                    "the same code after) smaller than this area count as unchanged; the summary gives their "
                    "area apart (below_mmu_ha). 0 keeps every change; CORINE Land Cover's change layers use 5 ha."
                ),
            ),
            (
                QgsProcessingParameterRasterDestination(
                    self.CHANGE, self.tr("Change types"), optional=True, createByDefault=True
                ),
                self.tr("Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata)."),
            ),
            *table_outputs("cells"),
            rings_output(
                self.tr(
                    "Polygons of the industrial areas and of each distance ring around them, to check the rings "
                    "on the map (off by default). Drawn around the industrial areas given, else around the "
                    "outlines of the BEFORE cells of industrial class; a cell is counted in a ring by the "
                    "distance between cell centres, so a ring's edge on the map can differ from its cells by "
                    "up to a cell."
                )
            ),
            report_parameter(),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.change.raster_change import land_use_change_raster

        before_layer = self.parameterAsRasterLayer(parameters, self.BEFORE, context)
        after_layer = self.parameterAsRasterLayer(parameters, self.AFTER, context)
        before = raster_path(before_layer, self.tr("BEFORE"))
        after = raster_path(after_layer, self.tr("AFTER"))
        for layer, name in ((before_layer, "BEFORE"), (after_layer, "AFTER")):
            if layer.bandCount() > 1:
                feedback.pushWarning(
                    self.tr("{name} has {count} bands: only band 1 is used.").format(
                        name=name, count=layer.bandCount()
                    )
                )
        wanted = asked_outputs(self, parameters, context)
        min_change_ha = self.parameterAsDouble(parameters, self.MIN_CHANGE_HA, context)
        if min_change_ha > 0:
            self._check_scipy()
        setup = read_classification(self, parameters, context, feedback, before_layer.crs())
        change_path = (
            self.parameterAsOutputLayer(parameters, self.CHANGE, context) if wanted[self.CHANGE] else None
        )
        files = OutputFiles(self, parameters, context, [key for key, asked in wanted.items() if asked])
        tags = {**setup.tags, "reindustria_before": before, "reindustria_after": after}
        with core_errors():
            result = land_use_change_raster(
                before,
                after,
                setup.nomenclature,
                setup.typology,
                change_path or None,
                rings=setup.rings,
                industrial_areas=setup.industrial,
                zones=setup.zones,
                tags=tags,
                progress=lambda f: feedback.setProgress(100.0 * f),
                is_canceled=feedback.isCanceled,
                presets=setup.presets,
                min_change_ha=min_change_ha,
            )
        push_messages(result.messages, feedback)
        page = None
        if wanted[self.REPORT]:
            # Made before any output is written: a failure leaves no output behind.
            feedback.setProgressText(self.tr("Making the report"))
            page = self._report(parameters, context, before_layer, after_layer, setup, result)
        outputs = {}
        try:
            if change_path:
                files.add(change_path)
                # The legend lists the change types the raster holds (every cell is in the transitions).
                codes = sorted({int(c) for c in result.transitions["change_code"]})
                write_change_style(change_path, codes)
                if context.willLoadLayerOnCompletion(change_path):
                    context.layerToLoadOnCompletionDetails(change_path).setPostProcessor(
                        ChangeStyler.create(codes)
                    )
                outputs[self.CHANGE] = change_path
            outputs.update(write_change_tables(self, parameters, context, feedback, result, wanted, files))
            if wanted[self.RINGS_OUT]:
                feedback.setProgressText(self.tr("Drawing the ring polygons"))
                files.add(self.parameterAsOutputLayer(parameters, self.RINGS_OUT, context))
                outputs[self.RINGS_OUT] = self._write_rings(
                    parameters, context, feedback, before, before_layer.crs(), setup
                )
                files.add(outputs[self.RINGS_OUT])
            outputs.update(write_report(self, parameters, context, page, files))
        except Exception:
            files.remove_written()
            raise
        return outputs

    def _check_scipy(self) -> None:
        """The minimum mapping unit finds patches of change with SciPy: say what to install, before any work."""
        from .. import dependencies

        problems = dependencies.missing(("scipy",))
        if problems:
            dep, why = problems[0]
            raise QgsProcessingException(
                self.tr(
                    "The minimum mapping unit for change needs the Python package scipy, which cannot be used "
                    "here ({reason}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or "
                    "macOS: python3 -m pip install {pip}. Or set the minimum mapping unit to 0."
                ).format(reason=why, debian=dep.debian, pip=dep.pip)
            )

    def _report(self, parameters, context, before_layer, after_layer, setup, result) -> str:
        """The HTML page: the inputs, the grid and the run's warnings listed, texts translated."""
        crs = before_layer.crs()
        x, y = before_layer.rasterUnitsPerPixelX(), before_layer.rasterUnitsPerPixelY()
        cell = f"{x:g} \u00d7 {y:g} {distance_unit(crs)}".strip()
        inputs = [
            (self.tr("Land use BEFORE"), before_layer.source()),
            (self.tr("Land use AFTER"), after_layer.source()),
            *classification_inputs(self, parameters, context, setup, crs),
            (self.tr("Cell size (the BEFORE grid)"), cell),
            *run_inputs(),
        ]
        with core_errors():
            return change_report(
                result, setup.typology, inputs, message_texts(result.messages), "raster", crs
            )

    def _write_rings(self, parameters, context, feedback, before: str, crs, setup):
        """The RINGS_OUT polygons around the industrial areas given, else around the industrial cells."""
        from qgis.core import QgsUnitTypes

        try:
            from ..analysis.change.vector_change import ring_polygons
        except ImportError as err:
            raise QgsProcessingException(
                self.tr(
                    "The ring polygons need geopandas ({error}): install python3-geopandas (or pip install "
                    "geopandas), or leave the ring polygons output empty."
                ).format(error=err)
            ) from err
        from ..analysis.change.raster_change import industrial_cell_polygons

        metres = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)
        with core_errors():
            industrial = setup.industrial
            if industrial is None:
                industrial = industrial_cell_polygons(before, setup.nomenclature)
            frame = ring_polygons(industrial, setup.rings, None, to_ha=metres * metres / 10_000.0)
        return write_features(
            self, parameters, context, self.RINGS_OUT, frame, crs, feedback, progress=lambda f: None
        )
