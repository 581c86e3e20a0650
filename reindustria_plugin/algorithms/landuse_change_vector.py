"""reindustria:landusechangevector — the land-use change analysis on polygons, area-exact."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from .adapters import source_frame, write_features
from .base import LAND_USE_CHANGE, AlgorithmBase, core_errors
from .landuse_change import (
    OutputFiles,
    asked_outputs,
    classification_parameters,
    push_messages,
    read_classification,
    rings_output,
    table_outputs,
    write_change_tables,
    write_report,
)
from .landuse_report import (
    REPORT,
    change_report,
    classification_inputs,
    message_texts,
    report_parameter,
    run_inputs,
)
from .styling import VectorChangeStyler, write_vector_change_sidecars

URBAN_ATLAS = 2  # position of "Urban Atlas 2012/2018" in the nomenclature options
# Progress (%) at the end of each stage: reading, overlaying (two layers), classifying, writing the polygons;
# the tables take the rest.
READ, OVERLAID, CLASSIFIED, WRITTEN = 10.0, 40.0, 90.0, 98.0


class LandUseChangeVectorAlgorithm(AlgorithmBase):
    NAME = "landusechangevector"
    GROUP = LAND_USE_CHANGE
    ICON = "landusechangevector.svg"
    REQUIRES = ("numpy", "pandas", "shapely", "geopandas")

    BEFORE = "BEFORE"
    BEFORE_FIELD = "BEFORE_FIELD"
    AFTER_FIELD = "AFTER_FIELD"
    AFTER = "AFTER"
    AFTER_LAYER_FIELD = "AFTER_LAYER_FIELD"
    CHANGE = "CHANGE"
    TRANSITIONS = "TRANSITIONS"
    SUMMARY = "SUMMARY"
    ACCOUNTING = "ACCOUNTING"
    MATRIX = "MATRIX"
    RINGS_OUT = "RINGS_OUT"
    REPORT = REPORT

    def displayName(self) -> str:
        return self.tr("Land-use change (polygons)")

    def shortDescription(self) -> str:
        return self.tr(
            "Classifies, area-exact on polygons, what happened to industrial land between two dates, and around it."
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterFeatureSource(
                    self.BEFORE,
                    self.tr("Land use BEFORE (or a change layer with both dates)"),
                    [QgsProcessing.TypeVectorPolygon],
                ),
                self.tr(
                    "Land-use polygons at the first date, or a change layer holding the codes of both dates "
                    "(Urban Atlas change layers: code_2012 and code_2018)."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.BEFORE_FIELD, self.tr("Code field BEFORE"), parentLayerParameterName=self.BEFORE
                ),
                self.tr(
                    "Field with the land-use code at the first date (whole numbers, or text holding them)."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.AFTER_FIELD,
                    self.tr("Code field AFTER, in the same layer"),
                    parentLayerParameterName=self.BEFORE,
                    optional=True,
                ),
                self.tr(
                    "For a change layer: the field with the code at the second date. Leave empty with two layers."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.AFTER,
                    self.tr("Land use AFTER (second layer, overlaid)"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr(
                    "Land-use polygons at the second date; overlaid with BEFORE (reprojected to its CRS if needed). "
                    "Leave empty for a change layer."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.AFTER_LAYER_FIELD,
                    self.tr("Code field of the AFTER layer"),
                    parentLayerParameterName=self.AFTER,
                    optional=True,
                ),
                self.tr("Field with the land-use code in the AFTER layer."),
            ),
            *classification_parameters(URBAN_ATLAS),
            (
                QgsProcessingParameterFeatureSink(
                    self.CHANGE,
                    self.tr("Change types"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                ),
                self.tr(
                    "Polygons with codes, classes and change type at both dates, split by distance ring (and zone); "
                    "styled by change type."
                ),
            ),
            *table_outputs("features"),
            rings_output(
                self.tr(
                    "Polygons of the industrial areas and of each distance ring around them, exactly as the "
                    "pieces were split, to check the rings on the map (off by default)."
                )
            ),
            report_parameter(),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        import geopandas as gpd

        from ..analysis.change.vector_change import land_use_change_vector, overlay_pieces, parse_codes

        before = self.parameterAsSource(parameters, self.BEFORE, context)
        if before is None:
            raise QgsProcessingException(self.tr("The BEFORE layer is missing or invalid."))
        before_field = self.parameterAsString(parameters, self.BEFORE_FIELD, context)
        after_field = self.parameterAsString(parameters, self.AFTER_FIELD, context)
        after = self.parameterAsSource(parameters, self.AFTER, context)
        after_layer_field = self.parameterAsString(parameters, self.AFTER_LAYER_FIELD, context)
        if not before_field:
            raise QgsProcessingException(self.tr("Choose the code field of the BEFORE layer."))
        if (after is None) == (not after_field):
            raise QgsProcessingException(
                self.tr(
                    "Give either the AFTER code field of a change layer, or a second AFTER layer with its code "
                    "field, not both and not neither."
                )
            )
        if after is not None and not after_layer_field:
            raise QgsProcessingException(self.tr("Choose the code field of the AFTER layer."))
        crs = before.sourceCrs()
        if crs.isValid() and crs.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "The BEFORE layer is in geographic coordinates ({crs}): areas and distance rings need a "
                    "projected CRS in metres. Reproject it (Vector > Data Management Tools > Reproject Layer, "
                    "e.g. to EPSG:3035) first."
                ).format(crs=crs.authid())
            )
        wanted = asked_outputs(self, parameters, context)
        setup = read_classification(self, parameters, context, feedback, crs)
        files = OutputFiles(self, parameters, context, [key for key, asked in wanted.items() if asked])
        tags = {
            **setup.tags,
            "reindustria_before": f"{before.sourceName()} ({before_field})",
            "reindustria_after": f"{after.sourceName()} ({after_layer_field})"
            if after is not None
            else f"{before.sourceName()} ({after_field})",
        }

        feedback.setProgressText(self.tr("Reading the land-use polygons"))
        with core_errors():
            if after is None:
                frame = source_frame(
                    before, crs, context, feedback, {before_field: "b", after_field: "a"}, self.tr("BEFORE")
                )
                feedback.setProgress(READ)
                pieces = gpd.GeoDataFrame(
                    {
                        "code_before": parse_codes(frame["b"], before_field),
                        "code_after": parse_codes(frame["a"], after_field),
                    },
                    geometry=frame.geometry,
                    crs=frame.crs,
                )
            else:
                if after.sourceCrs() != crs:
                    feedback.pushWarning(
                        self.tr("The AFTER layer ({a}) was reprojected to the CRS of BEFORE ({b}).").format(
                            a=after.sourceCrs().authid(), b=crs.authid()
                        )
                    )
                frames = []
                for source, field, name in (
                    (before, before_field, "BEFORE"),
                    (after, after_layer_field, "AFTER"),
                ):
                    frame = source_frame(source, crs, context, feedback, {field: "code"}, name)
                    frame["code"] = parse_codes(frame["code"], field)
                    frames.append(frame)
                    feedback.setProgress(READ * len(frames) / 2)
                feedback.setProgressText(self.tr("Overlaying BEFORE and AFTER"))
                pieces, uncovered = overlay_pieces(
                    *frames,
                    progress=lambda f: feedback.setProgress(READ + (OVERLAID - READ) * f),
                    is_canceled=feedback.isCanceled,
                )
                unit = _ha_per_unit(pieces)
                for area, text in (
                    (uncovered[0], self.tr("{ha} ha of BEFORE are not covered by AFTER and were left out.")),
                    (uncovered[1], self.tr("{ha} ha of AFTER are not covered by BEFORE and were left out.")),
                ):
                    if area * unit > 0.005:
                        feedback.pushWarning(text.format(ha=f"{area * unit:.2f}"))
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: no output was written."))
            feedback.setProgressText(self.tr("Classifying the change"))
            offset = OVERLAID if after is not None else READ
            result = land_use_change_vector(
                pieces,
                setup.nomenclature,
                setup.typology,
                rings=setup.rings,
                industrial_areas=setup.industrial,
                zones=setup.zones,
                progress=lambda f: feedback.setProgress(offset + (CLASSIFIED - offset) * f),
                is_canceled=feedback.isCanceled,
                presets=setup.presets,
            )
        push_messages(result.messages, feedback)
        warnings = message_texts(result.messages)
        if after is None and setup.rings and setup.industrial is None:
            warnings.append(self._warn_rings_of_change_layer(result.change, setup.rings, feedback))
        page = None
        if wanted[self.REPORT]:
            # Made before any output is written: a failure leaves no output behind.
            feedback.setProgressText(self.tr("Making the report"))
            inputs = [
                (self.tr("Land use BEFORE"), tags["reindustria_before"]),
                (self.tr("Land use AFTER"), tags["reindustria_after"]),
                *classification_inputs(self, parameters, context, setup, crs),
                (self.tr("Areas"), self.tr("exact, from the polygons cut at the ring and zone edges")),
                *run_inputs(),
            ]
            with core_errors():
                # A change layer (Urban Atlas change) holds only land that changed: no stocks to share out.
                changes_only = after is None and not bool(
                    (result.change["from_code"] == result.change["to_code"]).any()
                )
                page = change_report(result, setup.typology, inputs, warnings, "vector", crs, changes_only)
        feedback.setProgressText(self.tr("Writing the outputs"))
        outputs = {}
        try:
            if wanted[self.CHANGE]:
                files.add(self.parameterAsOutputLayer(parameters, self.CHANGE, context))
                change = write_features(
                    self,
                    parameters,
                    context,
                    self.CHANGE,
                    result.change,
                    crs,
                    feedback,
                    progress=lambda f: feedback.setProgress(CLASSIFIED + (WRITTEN - CLASSIFIED) * f),
                )
                files.add(change)
                if change:
                    codes = sorted({int(c) for c in result.change["change_code"]})
                    write_vector_change_sidecars(change, tags, codes)
                    if context.willLoadLayerOnCompletion(change):
                        context.layerToLoadOnCompletionDetails(change).setPostProcessor(
                            VectorChangeStyler.create(codes)
                        )
                outputs[self.CHANGE] = change
            outputs.update(write_change_tables(self, parameters, context, feedback, result, wanted, files))
            if wanted[self.RINGS_OUT] and result.rings is not None:
                files.add(self.parameterAsOutputLayer(parameters, self.RINGS_OUT, context))
                outputs[self.RINGS_OUT] = write_features(
                    self,
                    parameters,
                    context,
                    self.RINGS_OUT,
                    result.rings,
                    crs,
                    feedback,
                    progress=lambda f: None,
                )
                files.add(outputs[self.RINGS_OUT])
            outputs.update(write_report(self, parameters, context, page, files))
        except Exception:
            files.remove_written()
            raise
        feedback.setProgress(100.0)
        return outputs

    def _warn_rings_of_change_layer(self, change, rings, feedback) -> str:
        """Rings around a change layer's own industrial land miss the industrial land that did not change: the
        warning, pushed and returned (for the report)."""
        from ..analysis.change.change_tables import ring_labels

        beyond = ring_labels(rings)[-1][0]
        total = float(change["area_ha"].sum())
        share = 100.0 * float(change.loc[change["ring"] == beyond, "area_ha"].sum()) / total if total else 0.0
        text = self.tr(
            "The rings were drawn around the industrial land of the change layer, which holds only the land "
            "that changed between the two dates: industrial land that did not change is not in it, so "
            "{share} % of the area falls beyond the last ring ({last} map units). For rings around all "
            "industrial land, give the industrial areas in '{parameter}' (e.g. the polygons of code 12100 "
            "of the Urban Atlas land-use layer of the BEFORE year)."
        ).format(
            share=f"{share:.0f}",
            last=f"{rings[-1]:g}",
            parameter=QCoreApplication.translate("landuse_change", "Industrial areas"),
        )
        feedback.pushWarning(text)
        return text


def _ha_per_unit(frame) -> float:
    """Hectares per squared CRS unit of a projected GeoDataFrame."""
    factor = (
        frame.crs.axis_info[0].unit_conversion_factor
        if frame.crs is not None and frame.crs.axis_info
        else 1.0
    )
    return factor * factor / 10_000.0
