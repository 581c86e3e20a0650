"""reindustria:liveworkmicrospaces — where housing and small production mix at fine grain, and the outlines of
those mixed live-work microspaces."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import paths
from .adapters import (
    TABLE,
    arrow_source_frame,
    check_output_folders,
    check_polygon_source,
    outputs_asked,
    source_frame,
    write_features,
    write_table,
)
from .base import LIVE_WORK_MIX, AlgorithmBase, core_errors
from .landuse_change import push_messages
from .styling import style_vector_output

TAG_PRESET = "osm_production_tags.csv"

#: Unit classes: value, colour, label (translated in this context). Housing and production in the colours of
#: their production classes (styling.PRODUCTION_CLASS_COLOURS); mixed live-work in red, to stand out.
UNIT_STYLE = (
    ("mixed", "#d7191c", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Mixed live-work")),
    ("residential", "#fee08b", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Residential")),
    ("productive", "#6a3d9a", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Productive")),
    ("other", "#abd9e9", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Other uses (offices, services)")),
    ("unknown", "#e0e0e0", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Buildings of unknown use")),
    (
        "activities_only",
        "#fff7bc",
        QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Activities without buildings"),
    ),
    ("empty", "255,255,255,0", QT_TRANSLATE_NOOP("LiveWorkMicrospacesAlgorithm", "Empty")),
)


def apply_unit_style(layer: QgsVectorLayer) -> None:
    """Units coloured by class (mixed live-work stands out; empty units show their outline only)."""
    categories = []
    for value, colour, label in UNIT_STYLE:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#969696", "outline_width": "0.1"}
        )
        text = QCoreApplication.translate("LiveWorkMicrospacesAlgorithm", label)
        categories.append(QgsRendererCategory(value, symbol, text))
    layer.setRenderer(QgsCategorizedSymbolRenderer("class", categories))
    layer.triggerRepaint()


def apply_microspace_style(layer: QgsVectorLayer) -> None:
    """Microspaces as thick outlines over whatever lies beneath."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#67001f", "outline_width": "0.8", "outline_style": "solid"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


class LiveWorkMicrospacesAlgorithm(AlgorithmBase):
    NAME = "liveworkmicrospaces"
    GROUP = LIVE_WORK_MIX
    ICON = "liveworkmicrospaces.svg"
    REQUIRES = ("numpy", "pandas", "scipy", "shapely", "geopandas")

    BUILDINGS = "BUILDINGS"
    USE_FIELD = "USE_FIELD"
    LEVELS_FIELD = "LEVELS_FIELD"
    DEFAULT_LEVELS = "DEFAULT_LEVELS"
    USE_MAPPING = "USE_MAPPING"
    ACTIVITIES = "ACTIVITIES"
    ACTIVITY_FIELD = "ACTIVITY_FIELD"
    RESIDENTS = "RESIDENTS"
    POPULATION_FIELD = "POPULATION_FIELD"
    UNITS_LAYER = "UNITS_LAYER"
    UNITS_ID_FIELD = "UNITS_ID_FIELD"
    CELL_SIZE = "CELL_SIZE"
    GRID_SHAPE = "GRID_SHAPE"
    NEIGHBOUR_DISTANCE = "NEIGHBOUR_DISTANCE"
    MXI_MIN = "MXI_MIN"
    MXI_MAX = "MXI_MAX"
    MIN_PRODUCTIVE_SHARE = "MIN_PRODUCTIVE_SHARE"
    MIN_ACTIVITIES = "MIN_ACTIVITIES"
    SIGNIFICANCE = "SIGNIFICANCE"
    UNITS = "UNITS"
    MICROSPACES = "MICROSPACES"
    SUMMARY = "SUMMARY"
    MICROSPACE_COUNT = "MICROSPACE_COUNT"
    MIXED_UNITS = "MIXED_UNITS"

    def displayName(self) -> str:
        return self.tr("Live-work microspaces")

    def shortDescription(self) -> str:
        return self.tr(
            "Where do housing and small production (crafts, workshops, makers, coworking) mix at fine grain? "
            "Floor area by use, GSI/FSI, MXI, land-use mix and dissimilarity per grid cell or block, and the "
            "outlines of mixed live-work microspaces."
        )

    def initAlgorithm(self, config=None):
        number = QgsProcessingParameterNumber.Type.Double
        integer = QgsProcessingParameterNumber.Type.Integer
        params = [
            (
                QgsProcessingParameterFeatureSource(
                    self.BUILDINGS, self.tr("Buildings"), [QgsProcessing.SourceType.TypeVectorPolygon]
                ),
                self.tr(
                    "Building footprints in a projected CRS (a geographic CRS is reprojected to its UTM zone "
                    "and said so), e.g. the BUILDINGS output of 'OSM production spaces'."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.USE_FIELD, self.tr("Use field"), parentLayerParameterName=self.BUILDINGS
                ),
                self.tr(
                    "Field with each building's use: OSM building values (apartments, house, industrial, "
                    "warehouse, office, retail…), production classes (production_class of 'OSM production "
                    "spaces') or values of your own mapping CSV. Unknown values count as unknown use."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.LEVELS_FIELD,
                    self.tr("Levels field"),
                    parentLayerParameterName=self.BUILDINGS,
                    optional=True,
                ),
                self.tr(
                    "Field with the number of levels above ground (OSM building:levels). Empty, zero or "
                    "unreadable values take the default number of levels."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.DEFAULT_LEVELS, self.tr("Default number of levels"), number, 1.0, minValue=0.1
                ),
                self.tr(
                    "Levels assumed where the levels field is empty (or without a levels field). 1 takes the "
                    "footprint as floor area; raise it for dense centres (e.g. 4 in a historic centre). The "
                    "units' levels_assumed_pct and the summary say how much floor area rests on it."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.USE_MAPPING,
                    self.tr("Use mapping CSV (default: the OSM preset)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr(
                    "CSV with columns key, value, production_class mapping uses and activities to the classes "
                    "industrial, craft, coworking, office, services, residential, other, unknown. Default: "
                    "processing/presets/osm_production_tags.csv in the plugin folder; copy and edit it."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.ACTIVITIES,
                    self.tr("Activities (optional)"),
                    [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr(
                    "Points or polygons of firms and activities: crafts, workshops, makers, coworking, offices, "
                    "shops (OSM, a business register). Polygons count at a point inside them."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.ACTIVITY_FIELD,
                    self.tr("Activity field"),
                    parentLayerParameterName=self.ACTIVITIES,
                    optional=True,
                ),
                self.tr(
                    "Field with each activity's kind: OSM values (a field named craft, office, shop… classes "
                    "every value of that key), production classes, ATECO 2007 codes (13.20), or OSM tag "
                    "objects (the 'tags' of an Overpass GeoJSON export)."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.RESIDENTS,
                    self.tr("Residents (optional)"),
                    [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr("Points or polygons with a population (census sections: split among units by area)."),
            ),
            (
                QgsProcessingParameterField(
                    self.POPULATION_FIELD,
                    self.tr("Population field"),
                    parentLayerParameterName=self.RESIDENTS,
                    optional=True,
                ),
                self.tr("Field with the number of residents."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.UNITS_LAYER,
                    self.tr("Units: your polygons instead of a grid (optional)"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr("Blocks, census sections or other polygons to use as units instead of a grid."),
            ),
            (
                QgsProcessingParameterField(
                    self.UNITS_ID_FIELD,
                    self.tr("Unit identifier field"),
                    parentLayerParameterName=self.UNITS_LAYER,
                    optional=True,
                ),
                self.tr(
                    "Field naming each unit (e.g. the census section code); default: the feature id. "
                    "Microspace ids derive from it."
                ),
            ),
            (
                QgsProcessingParameterDistance(
                    self.CELL_SIZE,
                    self.tr("Grid cell size"),
                    100.0,
                    parentParameterName=self.BUILDINGS,
                    minValue=0.0,
                ),
                self.tr(
                    "Side of the square cells, in the buildings' CRS units (hexagons get the same area). 100 m "
                    "resolves a block; 50 m a few buildings. Ignored with units of your own."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.GRID_SHAPE,
                    self.tr("Grid shape"),
                    options=[self.tr("Square"), self.tr("Hexagon")],
                    defaultValue=0,
                ),
                self.tr("Square cells, or hexagons (six equal neighbours, no corner contacts)."),
            ),
            (
                QgsProcessingParameterDistance(
                    self.NEIGHBOUR_DISTANCE,
                    self.tr("Units closer than this are neighbours"),
                    0.0,
                    parentParameterName=self.BUILDINGS,
                    minValue=0.0,
                ),
                self.tr(
                    "For units of your own: blocks separated by streets do not touch; e.g. 20 m makes blocks "
                    "across a street neighbours, so a mixed area spanning a street is one microspace. Grid "
                    "cells are neighbours by edge or corner."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MXI_MIN,
                    self.tr("MXI band for mixed: minimum (% housing)"),
                    number,
                    20.0,
                    False,
                    0,
                    100,
                ),
                self.tr(
                    "MXI = housing floor area / all floor area of known use × 100 (van den Hoek 2008). His "
                    "mixed band is 20-80 %: below 20 % housing is a work area, above 80 % a housing area."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MXI_MAX,
                    self.tr("MXI band for mixed: maximum (% housing)"),
                    number,
                    80.0,
                    False,
                    0,
                    100,
                ),
                self.tr("Upper end of the mixed band (see the minimum)."),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MIN_PRODUCTIVE_SHARE,
                    self.tr("Minimum productive floor (% of known floor)"),
                    number,
                    10.0,
                    False,
                    0,
                    100,
                ),
                self.tr(
                    "A unit in the MXI band is mixed live-work only if industrial, craft or coworking floor "
                    "reaches this share (offices and shops alone make a mixed-use unit, not a live-work one)."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MIN_ACTIVITIES,
                    self.tr("Minimum productive activities"),
                    integer,
                    2,
                    False,
                    1,
                ),
                self.tr(
                    "A unit with at least MXI-minimum % housing is also mixed live-work when it holds this "
                    "many productive activities (crafts, workshops, coworking: often in the ground floors "
                    "of housing, which floor area alone misses)."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.SIGNIFICANCE,
                    self.tr("Keep only significant clusters (Gi* level, 0 = off)"),
                    number,
                    0.0,
                    False,
                    0.0,
                    0.49,
                ),
                self.tr(
                    "With e.g. 0.05: Getis-Ord Gi* of the land-use mix is computed (columns gi_z, gi_p) and a "
                    "unit stays mixed live-work only inside a hot spot (z > 0, one-tailed p below the level). "
                    "No correction for multiple tests: read small clusters with care."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.UNITS,
                    self.tr("Units with live-work indicators"),
                    QgsProcessing.SourceType.TypeVectorPolygon,
                    optional=True,
                ),
                self.tr(
                    "Every unit with floor areas by use (m²), GSI, FSI, MXI, mix_entropy, dissimilarity, "
                    "activity counts, class and microspace_id; coloured by class."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.MICROSPACES,
                    self.tr("Live-work microspaces"),
                    QgsProcessing.SourceType.TypeVectorPolygon,
                    optional=True,
                ),
                self.tr(
                    "Neighbouring mixed live-work units merged: id (stable across runs), area, buildings, "
                    "floor by use, MXI, activities and the main activity kinds; drawn as outlines."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Summary"), TABLE, optional=True),
                self.tr(
                    "One row: units per class, microspaces and their area, shares, and how many buildings "
                    "had an unknown use or assumed levels."
                ),
            ),
        ]
        self.add_parameters(params)
        self.addOutput(QgsProcessingOutputNumber(self.MICROSPACE_COUNT, self.tr("Number of microspaces")))
        self.addOutput(QgsProcessingOutputNumber(self.MIXED_UNITS, self.tr("Mixed live-work units")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.livework.microspaces import MixParameters, live_work_mix
        from ..analysis.osm.tags import load_tag_mapping

        keys = (self.UNITS, self.MICROSPACES, self.SUMMARY)
        wanted = outputs_asked(parameters, keys)
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: units, microspaces or summary.")
            )
        check_output_folders(self, parameters, context, [k for k, asked in wanted.items() if asked])

        buildings_source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if buildings_source is None:
            raise QgsProcessingException(self.tr("The buildings layer is missing or invalid."))
        use_field = self.parameterAsString(parameters, self.USE_FIELD, context)
        levels_field = self.parameterAsString(parameters, self.LEVELS_FIELD, context)
        if not use_field:
            raise QgsProcessingException(self.tr("Choose the use field of the buildings."))
        fields = {use_field: "use"}
        if levels_field:
            if levels_field == use_field:
                raise QgsProcessingException(self.tr("The levels field must differ from the use field."))
            fields[levels_field] = "levels"
        activities_source = self.parameterAsSource(parameters, self.ACTIVITIES, context)
        activity_field = self.parameterAsString(parameters, self.ACTIVITY_FIELD, context)
        if activities_source is not None and not activity_field:
            raise QgsProcessingException(
                self.tr(
                    "Choose the activity field of the activities layer (e.g. craft, or production_class)."
                )
            )
        residents_source = self.parameterAsSource(parameters, self.RESIDENTS, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if residents_source is not None and not population_field:
            raise QgsProcessingException(self.tr("Choose the population field of the residents layer."))
        units_source = self.parameterAsSource(parameters, self.UNITS_LAYER, context)
        units_id = self.parameterAsString(parameters, self.UNITS_ID_FIELD, context)
        if units_source is not None:
            check_polygon_source(units_source, self.tr("units"), [units_id] if units_id else [])
        mapping_path = self.parameterAsFile(parameters, self.USE_MAPPING, context) or str(
            paths.PRESETS / TAG_PRESET
        )
        params = MixParameters(
            mxi_min=self.parameterAsDouble(parameters, self.MXI_MIN, context),
            mxi_max=self.parameterAsDouble(parameters, self.MXI_MAX, context),
            min_productive_share=self.parameterAsDouble(parameters, self.MIN_PRODUCTIVE_SHARE, context),
            min_activities=self.parameterAsInt(parameters, self.MIN_ACTIVITIES, context),
            default_levels=self.parameterAsDouble(parameters, self.DEFAULT_LEVELS, context),
            significance=self.parameterAsDouble(parameters, self.SIGNIFICANCE, context),
            neighbour_distance=self.parameterAsDouble(parameters, self.NEIGHBOUR_DISTANCE, context),
        )
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        hexagonal = self.parameterAsEnum(parameters, self.GRID_SHAPE, context) == 1

        with core_errors():
            mapping = load_tag_mapping(mapping_path)
        crs = buildings_source.sourceCrs()
        buildings = self.read_layer(
            parameters, self.BUILDINGS, buildings_source, crs, context, feedback, fields, self.tr("buildings")
        )
        feedback.setProgress(10)
        activities = residents = units = None
        if activities_source is not None:
            activities = self.read_layer(
                parameters,
                self.ACTIVITIES,
                activities_source,
                crs,
                context,
                feedback,
                {activity_field: "activity"},
                self.tr("activities"),
                polygons=False,
            )
        if residents_source is not None:
            residents = self.read_layer(
                parameters,
                self.RESIDENTS,
                residents_source,
                crs,
                context,
                feedback,
                {population_field: "population"},
                self.tr("residents"),
                polygons=False,
            )
        if units_source is not None:
            units = self.read_units(units_source, units_id, crs, context, feedback)
        feedback.setProgress(20)
        with core_errors():
            result = live_work_mix(
                buildings,
                mapping,
                activities=activities,
                activity_key=activity_field or None,
                residents=residents,
                units=units,
                cell_size=cell if units is None else None,
                hexagonal=hexagonal,
                params=params,
                want_microspaces=wanted[self.MICROSPACES],
                progress=lambda f: feedback.setProgress(20 + 65 * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(result.messages, feedback)
        summary = result.summary.iloc[0]
        feedback.pushInfo(
            self.tr(
                "{units} units: {mixed} mixed live-work, {res} residential, {prod} productive, {other} other, "
                "{unknown} of unknown use, {only} with activities but no buildings, {empty} empty; {spaces} "
                "microspaces."
            ).format(
                units=int(summary["units"]),
                mixed=int(summary["units_mixed"]),
                res=int(summary["units_residential"]),
                prod=int(summary["units_productive"]),
                other=int(summary["units_other"]),
                unknown=int(summary["units_unknown"]),
                only=int(summary["units_activities_only"]),
                empty=int(summary["units_empty"]),
                spaces=int(summary["microspaces"]),
            )
        )
        out_crs = QgsCoordinateReferenceSystem(result.crs.to_wkt()) if result.crs != buildings.crs else crs
        outputs = {
            self.MICROSPACE_COUNT: int(summary["microspaces"]),
            self.MIXED_UNITS: int(summary["units_mixed"]),
        }
        if wanted[self.UNITS]:
            outputs[self.UNITS] = write_features(
                self,
                parameters,
                context,
                self.UNITS,
                result.units,
                out_crs,
                feedback,
                progress=lambda f: feedback.setProgress(85 + 10 * f),
            )
            style_vector_output(context, outputs[self.UNITS], apply_unit_style)
        if wanted[self.MICROSPACES]:
            outputs[self.MICROSPACES] = write_features(
                self,
                parameters,
                context,
                self.MICROSPACES,
                result.microspaces,
                out_crs,
                feedback,
                progress=lambda f: feedback.setProgress(95 + 4 * f),
            )
            style_vector_output(context, outputs[self.MICROSPACES], apply_microspace_style)
        if wanted[self.SUMMARY]:
            outputs[self.SUMMARY] = write_table(
                self, parameters, context, self.SUMMARY, result.summary, feedback
            )
        feedback.setProgress(100)
        return outputs

    def read_layer(self, parameters, key, source, crs, context, feedback, fields, name, polygons=True):
        """A layer as a GeoDataFrame: through GDAL's Arrow stream for a whole file layer (in its own CRS: the
        core reprojects), else through QGIS (selection and filters honoured, in ``crs``)."""
        check_polygon_source(source, name, list(fields), polygons)
        frame = arrow_source_frame(self, parameters, key, context, feedback, fields, name)
        fast = frame is not None
        if not fast:
            frame = source_frame(source, crs, context, feedback, fields, name, polygons=polygons)
        feedback.pushDebugInfo(
            self.tr("{name}: {count} features read by {reader}.").format(
                name=name, count=len(frame), reader="GDAL (Arrow)" if fast else "QGIS"
            )
        )
        return frame

    def read_units(self, source, id_field, crs, context, feedback):
        """The user's unit polygons with ``unit_id`` (the id field, else the feature id)."""
        import geopandas as gpd
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest()
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        index = source.fields().lookupField(id_field) if id_field else -1
        wkbs, ids = [], []
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            if not feature.hasGeometry() or feature.geometry().isEmpty():
                continue
            wkbs.append(bytes(feature.geometry().asWkb()))
            value = feature.attributes()[index] if index >= 0 else feature.id()
            ids.append(None if value is None else str(value))
        if not wkbs:
            raise QgsProcessingException(
                self.tr(
                    "The units layer has no features with a geometry (check the selection or the filter)."
                )
            )
        if id_field and len(set(ids)) < len(ids):
            raise QgsProcessingException(
                self.tr(
                    "The unit identifier field '{field}' repeats values: choose a field that names each unit "
                    "once, or none (the feature id)."
                ).format(field=id_field)
            )
        geometry = gpd.GeoSeries.from_wkb(wkbs, crs=(crs.authid() or crs.toWkt()) if crs.isValid() else None)
        return gpd.GeoDataFrame({"unit_id": ids}, geometry=geometry, crs=geometry.crs)
