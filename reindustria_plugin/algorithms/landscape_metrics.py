"""reindustria:landscapemetrics — FRAGSTATS landscape, class and patch metrics of a land-use raster, per zone."""

from __future__ import annotations

import functools

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from .adapters import (
    TABLE,
    change_type_labels,
    check_output_folders,
    outputs_asked,
    raster_path,
    source_geometries,
    write_features,
    write_table,
)
from .base import DISTRICT_COMPARISON, AlgorithmBase, core_errors, translate
from .landuse_change import nomenclature_options, preset_nomenclatures, push_messages, resolve_nomenclature
from .styling import apply_patch_style, style_vector_output


class LandscapeMetricsAlgorithm(AlgorithmBase):
    NAME = "landscapemetrics"
    GROUP = DISTRICT_COMPARISON
    REQUIRES = ("numpy", "pandas", "scipy", "rasterio", "shapely")

    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    NOMENCLATURE = "NOMENCLATURE"
    NOMENCLATURE_CSV = "NOMENCLATURE_CSV"
    CLASSES_AS = "CLASSES_AS"
    CLASSES = "CLASSES"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    COUNT_BOUNDARY = "COUNT_BOUNDARY"
    EDGE_DEPTH = "EDGE_DEPTH"
    LANDSCAPE_METRICS = "LANDSCAPE_METRICS"
    CLASS_METRICS = "CLASS_METRICS"
    PATCHES = "PATCHES"

    def displayName(self) -> str:
        return self.tr("Landscape metrics (FRAGSTATS)")

    def shortDescription(self) -> str:
        return self.tr("How compact, fragmented or scattered is industrial land? FRAGSTATS metrics per zone.")

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Land-use raster")),
                self.tr(
                    "Categorical raster (any integer type) in a projected CRS with square cells; its nodata "
                    "cells are outside the landscape."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.ZONES, self.tr("Zones"), [QgsProcessing.TypeVectorPolygon], optional=True
                ),
                self.tr(
                    "Polygons (districts, municipalities…): metrics for each, as FRAGSTATS gives them for the "
                    "raster clipped to the zone (cells whose centre is inside). Without zones: the whole raster."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.ZONE_FIELD,
                    self.tr("Zone name field (with zones)"),
                    parentLayerParameterName=self.ZONES,
                    optional=True,
                ),
                self.tr("Field naming each zone; required when zones are given."),
            ),
            (
                QgsProcessingParameterEnum(
                    self.NOMENCLATURE,
                    self.tr("Nomenclature"),
                    options=nomenclature_options(),
                    optional=True,
                ),
                self.tr(
                    "How codes map to labels and production classes, as in the land-use change tools. "
                    "Needed to report production classes."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.NOMENCLATURE_CSV,
                    self.tr("Custom nomenclature (CSV)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr("CSV with columns code, class, label, colour; used with 'Custom (CSV)'."),
            ),
            (
                QgsProcessingParameterEnum(
                    self.CLASSES_AS,
                    self.tr("Classes are"),
                    options=[self.tr("Raster codes"), self.tr("Production classes (needs a nomenclature)")],
                    defaultValue=0,
                ),
                self.tr(
                    "Raster codes: one class per code. Production classes: codes are grouped first by the "
                    "nomenclature (e.g. CORINE 111 and 112 both count as residential), so a patch spans "
                    "neighbouring cells of different codes of one class."
                ),
            ),
            (
                QgsProcessingParameterString(self.CLASSES, self.tr("Classes to report"), optional=True),
                self.tr(
                    "Codes (e.g. 3,4) or production classes (e.g. industrial) for the class and patch tables, "
                    "separated by commas; empty for all. Landscape metrics always use every class."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.NEIGHBOURHOOD,
                    self.tr("Patch neighbourhood"),
                    options=[self.tr("8 cells (FRAGSTATS default)"), self.tr("4 cells")],
                    defaultValue=0,
                ),
                self.tr(
                    "Cells of one class touching at a corner form one patch with 8 neighbours, two with 4."
                ),
            ),
            (
                QgsProcessingParameterBoolean(
                    self.COUNT_BOUNDARY,
                    self.tr("Count the landscape boundary as edge"),
                    defaultValue=False,
                ),
                self.tr(
                    "For TE and ED. FRAGSTATS' default is no: the raster or zone border is not a real edge."
                ),
            ),
            (
                QgsProcessingParameterDistance(
                    self.EDGE_DEPTH,
                    self.tr("Edge depth for core areas (default one cell)"),
                    parentParameterName=self.INPUT,
                    optional=True,
                    minValue=0.0,
                ),
                self.tr(
                    "Cells within this distance of another class or of the landscape border are edge, not "
                    "core (distance between cell centres, at least one cell). Empty: one cell, as FRAGSTATS."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.LANDSCAPE_METRICS,
                    self.tr("Landscape metrics"),
                    TABLE,
                    optional=True,
                ),
                self.tr("One row per zone: FRAGSTATS landscape metrics (ha, m, m/ha, %)."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.CLASS_METRICS, self.tr("Class metrics"), TABLE, optional=True
                ),
                self.tr("One row per zone and class: FRAGSTATS class metrics."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.PATCHES,
                    self.tr("Patches"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=False,
                ),
                self.tr("Polygons of the patches of the reported classes with FRAGSTATS patch metrics."),
            ),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.landscape.zonal import landscape_metrics_raster

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = raster_path(layer, self.tr("land-use"))
        if layer.bandCount() > 1:
            feedback.pushWarning(
                self.tr("The raster has {count} bands: only band 1 is used.").format(count=layer.bandCount())
            )
        wanted = outputs_asked(parameters, (self.LANDSCAPE_METRICS, self.CLASS_METRICS, self.PATCHES))
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: landscape metrics, class metrics or patches.")
            )
        levels = [
            level
            for level, key in (
                ("landscape", self.LANDSCAPE_METRICS),
                ("class", self.CLASS_METRICS),
                ("patch", self.PATCHES),
            )
            if wanted[key]
        ]
        check_output_folders(self, parameters, context, [k for k, asked in wanted.items() if asked])
        from ..analysis.landscape.classes import ClassNames, class_recoder, parse_classes, raster_change_types

        nomenclature = None
        if parameters.get(self.NOMENCLATURE) not in (None, ""):
            nomenclature, _path = resolve_nomenclature(
                self, parameters, context, self.NOMENCLATURE, self.NOMENCLATURE_CSV
            )
        elif self.parameterAsFile(parameters, self.NOMENCLATURE_CSV, context):
            raise QgsProcessingException(
                self.tr("A custom nomenclature CSV is given: also set the nomenclature to 'Custom (CSV)'.")
            )
        as_classes = self.parameterAsEnum(parameters, self.CLASSES_AS, context) == 1
        with core_errors():
            change_types = raster_change_types(path)
        names = None
        if change_types is not None:
            if nomenclature is not None or as_classes:
                raise QgsProcessingException(
                    self.tr(
                        "The raster is a change-type raster of the land-use change tools: its values are change "
                        "types (1 industrial persistence, 8 industrial land take…), not land-use codes. Leave the "
                        "nomenclature empty and report raster codes: the change types then label the classes."
                    )
                )
            labels = {value: label for value, label, _colour in change_type_labels()}
            colours = {value: colour for value, _label, colour in change_type_labels()}
            names = ClassNames(None, False, labels, colours)
            feedback.pushInfo(self.tr("Change-type raster: classes are the change types of land-use change."))
        if as_classes and nomenclature is None:
            raise QgsProcessingException(
                self.tr(
                    "Production classes need a nomenclature: choose the one of the raster's codes "
                    "(e.g. CORINE Land Cover grid codes 1-44), or report raster codes."
                )
            )
        zones = None
        zone_source = self.parameterAsSource(parameters, self.ZONES, context)
        if zone_source is not None:
            field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
            if not field:
                raise QgsProcessingException(self.tr("Choose the zone name field for the zones layer."))
            zones = source_geometries(zone_source, layer.crs(), context, feedback, field, self.tr("zones"))
            if zone_source.sourceCrs() != layer.crs():
                feedback.pushInfo(
                    self.tr("Zones reprojected from {src} to the raster's {dst}.").format(
                        src=zone_source.sourceCrs().authid(), dst=layer.crs().authid()
                    )
                )
        cell = layer.rasterUnitsPerPixelX()
        edge_depth = None
        if parameters.get(self.EDGE_DEPTH) not in (None, ""):
            edge_depth = self.parameterAsDouble(parameters, self.EDGE_DEPTH, context)
            # Within 1 % of one cell counts as one cell (real grids have cells of 100.005 m).
            if edge_depth < cell * 0.99:
                raise QgsProcessingException(
                    self.tr(
                        "The edge depth ({depth}) is less than one cell ({cell} map units): give at least one "
                        "cell, or leave it empty for FRAGSTATS' default."
                    ).format(depth=f"{edge_depth:g}", cell=f"{cell:g}")
                )
            edge_depth = max(edge_depth, cell)
        extent = layer.extent()
        feedback.pushInfo(
            self.tr(
                "Grid: {cols} × {rows} cells of {cell} map units, origin ({x}, {y}). Compare two dates only on "
                "the same grid (reindustria:alignraster puts one date on the other's grid), or areas and patches "
                "differ by the grids alone."
            ).format(
                cols=layer.width(),
                rows=layer.height(),
                cell=f"{cell:g}",
                x=f"{extent.xMinimum():.2f}",
                y=f"{extent.yMaximum():.2f}",
            )
        )
        with core_errors():
            recode, names = class_recoder(nomenclature, as_classes, names)
            classes = parse_classes(self.parameterAsString(parameters, self.CLASSES, context), names)
            result = landscape_metrics_raster(
                path,
                zones,
                neighbourhood=8 if self.parameterAsEnum(parameters, self.NEIGHBOURHOOD, context) == 0 else 4,
                count_boundary=self.parameterAsBoolean(parameters, self.COUNT_BOUNDARY, context),
                edge_depth=edge_depth,
                classes=classes,
                levels=levels,
                recode=recode,
                nomenclature=nomenclature,
                presets=preset_nomenclatures() if nomenclature is not None else (),
                name=layer.name(),
                progress=lambda f: feedback.setProgress(95.0 * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(result.messages, feedback)
        if classes is not None and result.classes is not None:
            self.warn_absent_classes(result, classes, names, feedback)
        outputs = {}
        for key, frame in ((self.LANDSCAPE_METRICS, result.landscape), (self.CLASS_METRICS, result.classes)):
            if wanted[key] and frame is not None:
                if key == self.CLASS_METRICS:
                    frame = names.label_classes(frame, translate)
                outputs[key] = write_table(self, parameters, context, key, frame, feedback)
        if wanted[self.PATCHES] and result.patches is not None:
            patches = names.label_classes(result.patches, translate)
            dest = write_features(self, parameters, context, self.PATCHES, patches, layer.crs(), feedback)
            outputs[self.PATCHES] = dest
            colours = names.colours()
            style_vector_output(context, dest, functools.partial(apply_patch_style, colours=colours))
        feedback.setProgress(100)
        return outputs

    def warn_absent_classes(self, result, classes, names, feedback) -> None:
        """Name the requested classes a zone has no cell of: no row is not missing data but 0 ha."""
        zones = result.landscape["zone"] if result.landscape is not None else result.classes["zone"].unique()
        for zone in list(dict.fromkeys(zones)):
            present = set(result.classes.loc[result.classes["zone"] == zone, "class"].tolist())
            absent = [str(names.key_of(c)) for c in classes if c not in present]
            if absent:
                feedback.pushWarning(
                    self.tr("Zone '{zone}' has no cell of {classes}: no row for them there (0 ha).").format(
                        zone=zone, classes=", ".join(absent)
                    )
                )
