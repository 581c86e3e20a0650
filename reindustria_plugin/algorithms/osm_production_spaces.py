"""reindustria:osmproductionspaces — buildings and production activities with a production class from an
OpenStreetMap extract, in a metric CRS, ready for the live-work tool."""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from .. import paths
from .adapters import check_output_folders, outputs_asked, write_features
from .base import LIVE_WORK_MIX, AlgorithmBase, core_errors
from .landuse_change import OutputFiles, push_messages
from .osm_reader import (
    attribution_metadata,
    output_crs,
    read_osm_file,
    save_metadata,
    style_output,
)

TAG_PRESET = "osm_production_tags.csv"
# Progress (%) at the end of each stage: reading the file, classifying; writing takes the rest.
READ, CLASSIFIED = 45.0, 75.0


class OsmProductionSpacesAlgorithm(AlgorithmBase):
    NAME = "osmproductionspaces"
    GROUP = LIVE_WORK_MIX
    ICON = "osmproductionspaces.svg"
    REQUIRES = ("numpy", "pandas", "shapely", "geopandas")

    INPUT = "INPUT"
    TAG_MAPPING = "TAG_MAPPING"
    TARGET_CRS = "TARGET_CRS"
    BUILDINGS = "BUILDINGS"
    ACTIVITIES = "ACTIVITIES"
    CRS = "CRS"
    BUILDING_COUNT = "BUILDING_COUNT"
    ACTIVITY_COUNT = "ACTIVITY_COUNT"

    def displayName(self) -> str:
        return self.tr("Production spaces from OpenStreetMap")

    def shortDescription(self) -> str:
        return self.tr(
            "Buildings and production activities (industry, crafts, coworking, offices, services) with a "
            "production class from an OSM extract, in a metric CRS."
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterFile(
                    self.INPUT,
                    self.tr("OpenStreetMap file (.osm, .osm.pbf)"),
                    behavior=QgsProcessingParameterFile.File,
                    fileFilter=self.tr("OpenStreetMap files (*.osm *.pbf *.OSM *.PBF);;All files (*.*)"),
                ),
                self.tr(
                    "An OSM extract in XML (.osm) or PBF (.osm.pbf): from Geofabrik, BBBike, Protomaps or an "
                    "Overpass query in XML with the nodes of every way. Read with GDAL's OSM driver, keeping every "
                    "tag."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.TAG_MAPPING,
                    self.tr("Tag mapping (CSV)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr(
                    "CSV with the columns key, value, production_class that gives OSM tags their production "
                    "class. Empty: the preset processing/presets/osm_production_tags.csv in the plugin folder; "
                    "copy it, edit the copy and give it here."
                ),
            ),
            (
                QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Output CRS"), optional=True),
                self.tr(
                    "A projected CRS in metres for both outputs. Empty: the UTM zone of the centre of the data "
                    "(WGS 84, EPSG:326xx north of the equator, EPSG:327xx south)."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.BUILDINGS,
                    self.tr("Buildings"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                ),
                self.tr(
                    "Building polygons: osm_id, production_class, building, levels (from building:levels), "
                    "name, tags (every OSM tag as JSON); styled by production class."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.ACTIVITIES,
                    self.tr("Activities"),
                    QgsProcessing.TypeVectorPoint,
                    optional=True,
                    createByDefault=True,
                ),
                self.tr(
                    "Points of production activities (nodes, and polygons at a point inside them): osm_id, "
                    "production_class, activity_key and activity_value (the tag that decided), name, tags; "
                    "styled by production class."
                ),
            ),
        ]
        self.add_parameters(params)
        self.addOutput(QgsProcessingOutputString(self.CRS, self.tr("CRS of the outputs")))
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputNumber(self.ACTIVITY_COUNT, self.tr("Number of activities")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.osm.production import ATTRIBUTION, production_spaces
        from ..analysis.osm.tags import load_tag_mapping

        started = time.perf_counter()
        wanted = outputs_asked(parameters, [self.BUILDINGS, self.ACTIVITIES])
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: the buildings, the activities or both.")
            )
        check_output_folders(self, parameters, context, [k for k, asked in wanted.items() if asked])
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping_path = self.parameterAsFile(parameters, self.TAG_MAPPING, context) or str(
            paths.PRESETS / TAG_PRESET
        )
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if target.isValid() and target.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "The output CRS {crs} is geographic (degrees): choose a projected CRS in metres, or leave it "
                    "empty for the UTM zone of the data."
                ).format(crs=target.authid() or target.description())
            )
        with core_errors():
            mapping = load_tag_mapping(mapping_path)

        feedback.pushInfo(self.tr("Data: {attribution}").format(attribution=ATTRIBUTION))
        layers = read_osm_file(path, feedback, progress=lambda f: feedback.setProgress(READ * f))
        points, polygons = layers["points"], layers["multipolygons"]
        feedback.pushInfo(
            self.tr("Read {points} nodes with tags and {polygons} polygons in {seconds} s.").format(
                points=f"{len(points):,}",
                polygons=f"{len(polygons):,}",
                seconds=f"{time.perf_counter() - started:.1f}",
            )
        )
        feedback.setProgressText(self.tr("Classifying the buildings and activities"))
        with core_errors():
            result = production_spaces(
                points,
                polygons,
                mapping,
                target_crs=(target.authid() or target.toWkt()) if target.isValid() else None,
                want_buildings=wanted[self.BUILDINGS],
                want_activities=wanted[self.ACTIVITIES],
                source=Path(path).name,
                progress=lambda f: feedback.setProgress(READ + (CLASSIFIED - READ) * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(result.messages, feedback)
        crs = target if target.isValid() else output_crs(result.crs)
        if not target.isValid():
            feedback.pushInfo(
                self.tr("Output CRS: {crs} ({name}), the UTM zone of the data.").format(
                    crs=crs.authid(), name=crs.description()
                )
            )
        self._log_classes(result, feedback)

        abstract = "\n".join(
            [
                self.tr("Production spaces from OpenStreetMap ({file}), classed with {mapping}.").format(
                    file=Path(path).name, mapping=Path(mapping_path).name
                ),
                ATTRIBUTION,
            ]
        )
        outputs = {self.CRS: crs.authid(), self.BUILDING_COUNT: 0, self.ACTIVITY_COUNT: 0}
        files = OutputFiles(self, parameters, context, [k for k, asked in wanted.items() if asked])
        feedback.setProgressText(self.tr("Writing the outputs"))
        try:
            for key, frame, wkb_type, count, start, end in (
                (self.BUILDINGS, result.buildings, QgsWkbTypes.MultiPolygon, self.BUILDING_COUNT, 75.0, 95.0),
                (self.ACTIVITIES, result.activities, QgsWkbTypes.Point, self.ACTIVITY_COUNT, 95.0, 100.0),
            ):
                if not wanted[key] or frame is None:
                    continue
                files.add(self.parameterAsOutputLayer(parameters, key, context))
                dest = write_features(
                    self,
                    parameters,
                    context,
                    key,
                    frame,
                    crs,
                    feedback,
                    wkb_type=wkb_type,
                    progress=lambda f, a=start, b=end: feedback.setProgress(a + (b - a) * f),
                )
                files.add(dest)
                title = self.parameterDefinition(key).description()
                save_metadata(dest, lambda layer, t=title: attribution_metadata(layer, t, abstract))
                style_output(context, dest, key, title, abstract)
                outputs[key] = dest
                outputs[count] = len(frame)
        except Exception:
            files.remove_written()
            raise
        feedback.setProgress(100.0)
        feedback.pushInfo(
            self.tr("Done in {seconds} s.").format(seconds=f"{time.perf_counter() - started:.1f}")
        )
        return outputs

    def _log_classes(self, result, feedback) -> None:
        """Counts per production class of each output, in the log."""
        for frame, text in (
            (result.buildings, self.tr("Buildings: {total} ({classes}).")),
            (result.activities, self.tr("Activities: {total} ({classes}).")),
        ):
            if frame is None:
                continue
            counts = frame["production_class"].value_counts()
            classes = ", ".join(f"{cls} {n:,}" for cls, n in counts.items())
            feedback.pushInfo(text.format(total=f"{len(frame):,}", classes=classes or "-"))
