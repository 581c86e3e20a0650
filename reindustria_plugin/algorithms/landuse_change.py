"""reindustria:landusechange — what happened to industrial land between two land-use rasters, and around it."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import paths
from .adapters import TABLE, raster_path, source_geometries, write_table
from .base import AlgorithmBase, core_errors, translate
from .styling import ChangeStyler, write_change_style

#: Nomenclature presets offered in the NOMENCLATURE enum, in order; the last one is the custom CSV.
NOMENCLATURE_PRESETS = [
    "nomenclature_clc_grid.csv",
    "nomenclature_clc_codes.csv",
    "nomenclature_urban_atlas.csv",
    None,
]
TYPOLOGY_PRESET = "typology_reindustrialisation.csv"


def nomenclature_options() -> list[str]:
    return [
        QCoreApplication.translate("landuse_change", "CORINE Land Cover (grid codes 1-44)"),
        QCoreApplication.translate("landuse_change", "CORINE Land Cover (codes 111-523)"),
        QCoreApplication.translate("landuse_change", "Urban Atlas 2012/2018"),
        QCoreApplication.translate("landuse_change", "Custom (CSV)"),
    ]


def resolve_nomenclature(alg, parameters, context, enum_key: str, csv_key: str):
    """The nomenclature chosen by an enum + optional CSV pair of parameters."""
    from ..analysis.typology import load_nomenclature

    choice = alg.parameterAsEnum(parameters, enum_key, context)
    custom = alg.parameterAsFile(parameters, csv_key, context)
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


class LandUseChangeAlgorithm(AlgorithmBase):
    NAME = "landusechange"
    REQUIRES = ("numpy", "pandas", "scipy", "rasterio", "shapely")

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    NOMENCLATURE = "NOMENCLATURE"
    NOMENCLATURE_CSV = "NOMENCLATURE_CSV"
    INDUSTRIAL_AREAS = "INDUSTRIAL_AREAS"
    RINGS = "RINGS"
    TYPOLOGY = "TYPOLOGY"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    CHANGE = "CHANGE"
    TRANSITIONS = "TRANSITIONS"
    SUMMARY = "SUMMARY"
    ACCOUNTING = "ACCOUNTING"

    def displayName(self) -> str:
        return self.tr("Land-use change around industrial areas (rasters)")

    def group(self) -> str:
        return self.tr("Land-use change")

    def groupId(self) -> str:
        return "landusechange"

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
            (
                QgsProcessingParameterEnum(
                    self.NOMENCLATURE, self.tr("Nomenclature"), options=nomenclature_options(), defaultValue=0
                ),
                self.tr("How codes map to production classes: a preset or your own CSV."),
            ),
            (
                QgsProcessingParameterFile(
                    self.NOMENCLATURE_CSV,
                    self.tr("Custom nomenclature (CSV)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr(
                    "CSV with columns code, class (industrial, commercial, residential, vacant, "
                    "infrastructure, green, water or nodata), label, colour. Used with 'Custom (CSV)'."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.INDUSTRIAL_AREAS,
                    self.tr("Industrial areas"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr(
                    "Polygons of the industrial areas the rings are drawn around; by default the cells of "
                    "industrial class at the BEFORE date."
                ),
            ),
            (
                QgsProcessingParameterString(
                    self.RINGS,
                    self.tr("Distance rings (map units)"),
                    defaultValue="250,500,1000",
                    optional=True,
                ),
                self.tr(
                    "Increasing distances from the industrial areas, separated by commas; empty for none."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.TYPOLOGY,
                    self.tr("Change typology (CSV meaning matrix)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr(
                    "Overrides the 'reindustrialisation' preset: first column the class before, header the "
                    "classes after, each cell a change type."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.ZONES,
                    self.tr("Zones for the summary"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr("Polygons (municipalities, districts…) to summarise per zone."),
            ),
            (
                QgsProcessingParameterField(
                    self.ZONE_FIELD,
                    self.tr("Zone name field"),
                    parentLayerParameterName=self.ZONES,
                    optional=True,
                ),
                self.tr("Field naming each zone; required with zones."),
            ),
            (
                QgsProcessingParameterRasterDestination(self.CHANGE, self.tr("Change types")),
                self.tr("Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata)."),
            ),
            (
                QgsProcessingParameterFeatureSink(self.TRANSITIONS, self.tr("Transitions"), TABLE),
                self.tr("From-to table of codes: cells, hectares and change type."),
            ),
            (
                QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Summary by ring and zone"), TABLE),
                self.tr("Area and share of each change type per distance ring and zone."),
            ),
            (
                QgsProcessingParameterFeatureSink(self.ACCOUNTING, self.tr("Change accounting"), TABLE),
                self.tr(
                    "Per production class: gross gain and loss, net change, swap, persistence, quantity, "
                    "exchange and shift (Pontius & Santacruz 2014)."
                ),
            ),
        ]
        for param, help_text in params:
            param.setHelp(help_text)
            self.addParameter(param)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.raster_change import land_use_change_raster
        from ..analysis.typology import load_typology

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
        nomenclature, nomenclature_path = resolve_nomenclature(
            self, parameters, context, self.NOMENCLATURE, self.NOMENCLATURE_CSV
        )
        typology_path = self.parameterAsFile(parameters, self.TYPOLOGY, context) or str(
            paths.PRESETS / TYPOLOGY_PRESET
        )
        rings = parse_rings(self.parameterAsString(parameters, self.RINGS, context))
        crs = before_layer.crs()
        industrial = source_geometries(
            self.parameterAsSource(parameters, self.INDUSTRIAL_AREAS, context),
            crs,
            context,
            feedback,
            name=self.tr("industrial areas"),
        )
        zone_source = self.parameterAsSource(parameters, self.ZONES, context)
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        zones = None
        if zone_source is not None:
            if not zone_field:
                raise QgsProcessingException(self.tr("Choose the zone name field for the zones layer."))
            zones = source_geometries(
                zone_source, crs, context, feedback, field=zone_field, name=self.tr("zones")
            )
        change_path = self.parameterAsOutputLayer(parameters, self.CHANGE, context)
        tags = {
            "reindustria_nomenclature": Path(nomenclature_path).name,
            "reindustria_typology": Path(typology_path).name,
            "reindustria_typology_matrix": Path(typology_path).read_text(encoding="utf-8-sig"),
            "reindustria_before": before,
            "reindustria_after": after,
            "reindustria_rings": ",".join(f"{r:g}" for r in rings),
        }
        with core_errors():
            typology = load_typology(typology_path)
            feedback.pushInfo(
                self.tr("Nomenclature: {n}; typology: {t}").format(
                    n=tags["reindustria_nomenclature"], t=tags["reindustria_typology"]
                )
            )
            result = land_use_change_raster(
                before,
                after,
                nomenclature,
                typology,
                change_path,
                rings=rings,
                industrial_areas=industrial,
                zones=zones,
                tags=tags,
                progress=lambda f: feedback.setProgress(100.0 * f),
                is_canceled=feedback.isCanceled,
            )
        for message in result.messages:
            feedback.pushWarning(translate("analysis", message.template).format(**message.params))
        write_change_style(change_path)
        if context.willLoadLayerOnCompletion(change_path):
            context.layerToLoadOnCompletionDetails(change_path).setPostProcessor(ChangeStyler.create())
        outputs = {self.CHANGE: change_path}
        for key, frame in (
            (self.TRANSITIONS, result.transitions),
            (self.SUMMARY, result.summary),
            (self.ACCOUNTING, result.accounting),
        ):
            outputs[key] = write_table(self, parameters, context, key, frame, feedback)
        return outputs
