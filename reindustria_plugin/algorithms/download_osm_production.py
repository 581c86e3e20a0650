"""reindustria:downloadosmproduction — production spaces and land use of any area from the Overpass API, now or at
a past date, read with the same reader as reindustria:osmproductionspaces."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl

from .. import paths, settings
from .adapters import check_output_folders, outputs_asked, write_features
from .base import DATA, AlgorithmBase, core_errors
from .extents import area_polygons, area_source, check_area_surface, extent_with_crs
from .landuse_change import OutputFiles, push_messages
from .network import fetch
from .osm_reader import (
    attribution_metadata,
    output_crs,
    read_osm_file,
    save_metadata,
    style_output,
)

TAG_PRESET = "osm_production_tags.csv"
LANDUSE_NOMENCLATURE = "nomenclature_osm_landuse.csv"
ENDPOINT_KEY = "reindustria/overpass_endpoint"
#: Most outline points sent to Overpass (a longer polygon filter slows the query down): beyond, the outline is
#: widened and simplified.
MAX_OUTLINE_POINTS = 1000
#: Seconds the client waits beyond the server's [timeout:], for the answer (or Overpass's remark) to arrive.
TRANSFER_MARGIN = 60
# Progress (%) at the end of each stage: download, checks, reading, classifying; writing takes the rest.
DOWNLOADED, CHECKED, READ, CLASSIFIED = 35.0, 40.0, 60.0, 80.0


class DownloadOsmProductionAlgorithm(AlgorithmBase):
    NAME = "downloadosmproduction"
    GROUP = DATA
    ICON = "downloadosmproduction.svg"
    REQUIRES = ("numpy", "pandas", "shapely", "geopandas")

    EXTENT = "EXTENT"
    AREA = "AREA"
    DATE = "DATE"
    ENDPOINT = "ENDPOINT"
    TIMEOUT = "TIMEOUT"
    MAX_AREA_KM2 = "MAX_AREA_KM2"
    MAX_SIZE_MB = "MAX_SIZE_MB"
    TAG_MAPPING = "TAG_MAPPING"
    TARGET_CRS = "TARGET_CRS"
    BUILDINGS = "BUILDINGS"
    ACTIVITIES = "ACTIVITIES"
    LAND_USE = "LAND_USE"
    RAW = "RAW"
    CRS = "CRS"
    BUILDING_COUNT = "BUILDING_COUNT"
    ACTIVITY_COUNT = "ACTIVITY_COUNT"
    LANDUSE_COUNT = "LANDUSE_COUNT"
    DATA_TIMESTAMP = "DATA_TIMESTAMP"

    def displayName(self) -> str:
        return self.tr("Download OSM production spaces (Overpass)")

    def shortDescription(self) -> str:
        return self.tr(
            "Buildings, production activities and land use of an area from OpenStreetMap through the Overpass "
            "API, now or at a past date."
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
                self.tr("The rectangle to download, in any CRS. Give this or a polygon layer (Area)."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.AREA,
                    self.tr("Area (polygons)"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr(
                    "Polygons in any CRS whose outline bounds the query (a municipality, a district); honours "
                    "'selected features only'. Long outlines are simplified to at most 1,000 points, widened so "
                    "nothing inside is left out."
                ),
            ),
            (
                QgsProcessingParameterString(self.DATE, self.tr("Date (YYYY-MM-DD)"), optional=True),
                self.tr(
                    "Empty: the current data. An ISO date (e.g. 2016-04-10, from 2012-09-12 on): OpenStreetMap "
                    "as it was at midnight UTC that day (Overpass [date:]). Differences between two dates mix "
                    "real change with mapping activity."
                ),
            ),
            (
                QgsProcessingParameterString(self.ENDPOINT, self.tr("Overpass API endpoint"), optional=True),
                self.tr(
                    "URL of an Overpass API interpreter. Empty: the endpoint in the plugin's settings (default "
                    "{url}, the main public instance)."
                ).format(url=settings.OVERPASS_DEFAULT),
            ),
            (
                QgsProcessingParameterNumber(
                    self.TIMEOUT,
                    self.tr("Timeout (seconds)"),
                    QgsProcessingParameterNumber.Integer,
                    defaultValue=180,
                    minValue=5,
                    maxValue=3600,
                ),
                self.tr(
                    "Seconds Overpass may work on the query ([timeout:]); the download waits up to a minute "
                    "more for the answer to arrive."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MAX_AREA_KM2,
                    self.tr("Largest area (km²)"),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=50.0,
                    minValue=0.0,
                ),
                self.tr(
                    "Refuse an area larger than this before downloading (0: no limit). The query gave about 0.4 "
                    "MB per km² on central Helsinki, denser centres several times more: split larger areas into "
                    "parts."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MAX_SIZE_MB,
                    self.tr("Largest answer (MB)"),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=256.0,
                    minValue=1.0,
                ),
                self.tr("Stop the download when the answer grows larger than this."),
            ),
            (
                QgsProcessingParameterFile(
                    self.TAG_MAPPING, self.tr("Tag mapping (CSV)"), extension="csv", optional=True
                ),
                self.tr(
                    "CSV with the columns key, value, production_class that gives OSM tags their production "
                    "class, as in 'Production spaces from OpenStreetMap'. Empty: the plugin's preset."
                ),
            ),
            (
                QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Output CRS"), optional=True),
                self.tr(
                    "A projected CRS in metres for the outputs. Empty: the UTM zone of the centre of the area "
                    "(the same for every date of one area)."
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
                    "Building polygons: osm_id, production_class, building, levels, name, tags; as 'Production "
                    "spaces from OpenStreetMap' writes them."
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
                    "Points of production activities: osm_id, production_class, activity_key, activity_value, "
                    "name, tags."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.LAND_USE,
                    self.tr("Land use"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                ),
                self.tr(
                    "Land-use polygons: osm_id, code (nomenclature_osm_landuse.csv, for 'Land-use change "
                    "(polygons)'), production_class, landuse, name, tags."
                ),
            ),
            (
                QgsProcessingParameterFileDestination(
                    self.RAW,
                    self.tr("Overpass answer (.osm)"),
                    fileFilter=self.tr("OpenStreetMap XML (*.osm)"),
                    optional=True,
                    createByDefault=False,
                ),
                self.tr("The OSM XML file as Overpass sent it, to keep or to open with other tools."),
            ),
        ]
        self.add_parameters(params)
        self.addOutput(QgsProcessingOutputString(self.CRS, self.tr("CRS of the outputs")))
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputNumber(self.ACTIVITY_COUNT, self.tr("Number of activities")))
        self.addOutput(QgsProcessingOutputNumber(self.LANDUSE_COUNT, self.tr("Number of land-use areas")))
        self.addOutput(QgsProcessingOutputString(self.DATA_TIMESTAMP, self.tr("Timestamp of the OSM data")))

    # ---------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.download import check_area, format_bytes
        from ..analysis.osm.overpass import inspect_answer, overpass_date, production_query
        from ..analysis.osm.production import ATTRIBUTION, utm_crs
        from ..analysis.osm.tags import load_tag_mapping
        from ..analysis.typology import load_nomenclature

        started = time.perf_counter()
        layer_keys = [self.BUILDINGS, self.ACTIVITIES, self.LAND_USE]
        wanted = outputs_asked(parameters, layer_keys + [self.RAW])
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: buildings, activities, land use or the Overpass answer.")
            )
        check_output_folders(self, parameters, context, [k for k in layer_keys if wanted[k]])
        raw_path = self.parameterAsFileOutput(parameters, self.RAW, context) if wanted[self.RAW] else ""
        if raw_path and not os.path.isdir(os.path.dirname(os.path.abspath(raw_path))):
            raise QgsProcessingException(
                self.tr(
                    "The folder of the Overpass answer does not exist: {folder}. Create it or choose another."
                ).format(folder=os.path.dirname(os.path.abspath(raw_path)))
            )
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if target.isValid() and target.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "The output CRS {crs} is geographic (degrees): choose a projected CRS in metres, or leave it "
                    "empty for the UTM zone of the area."
                ).format(crs=target.authid() or target.description())
            )
        endpoint = self._endpoint(parameters, context)
        timeout = self.parameterAsInt(parameters, self.TIMEOUT, context)
        max_area = self.parameterAsDouble(parameters, self.MAX_AREA_KM2, context)
        max_bytes = int(self.parameterAsDouble(parameters, self.MAX_SIZE_MB, context) * 1_000_000)
        mapping_path = self.parameterAsFile(parameters, self.TAG_MAPPING, context) or str(
            paths.PRESETS / TAG_PRESET
        )
        with core_errors():
            date = overpass_date(self.parameterAsString(parameters, self.DATE, context))
            mapping = load_tag_mapping(mapping_path)
            nomenclature = load_nomenclature(paths.PRESETS / LANDUSE_NOMENCLATURE)
        filters, area_km2, centre, what = self._query_area(parameters, context, feedback)
        with core_errors():
            check_area(area_km2, max_area, self.MAX_AREA_KM2)
            query = production_query(filters, timeout=timeout, date=date)
            crs_text = (target.authid() or target.toWkt()) if target.isValid() else utm_crs(*centre)
        crs = target if target.isValid() else output_crs(crs_text)

        feedback.pushInfo(self.tr("Data: {attribution}").format(attribution=ATTRIBUTION))
        feedback.pushInfo(
            self.tr("Area: {what}, {area} km² (estimated on the sphere from its outline).").format(
                what=what, area=f"{area_km2:,.2f}"
            )
        )
        if date:
            feedback.pushWarning(
                self.tr(
                    "OpenStreetMap as it was on {date}. Comparing two dates of OpenStreetMap mixes real change "
                    "with mapping activity: a building or an area missing at the earlier date may only not have "
                    "been mapped yet. Read differences as changes of the map, not only of the land."
                ).format(date=date)
            )
        feedback.pushInfo(self.tr("Overpass API endpoint: {url}").format(url=endpoint))
        feedback.pushCommandInfo(query)

        host = QUrl(endpoint).host() or endpoint
        folder = tempfile.mkdtemp(prefix="overpass_", dir=QgsProcessingUtils.tempFolder())
        answer_path = os.path.join(folder, "overpass_answer.osm")
        files = OutputFiles(self, parameters, context, [k for k in layer_keys if wanted[k]])
        try:
            feedback.setProgressText(
                self.tr("Asking {host} (Overpass may think for a while)").format(host=host)
            )
            answer = fetch(
                endpoint,
                feedback,
                data={"data": query},
                timeout=timeout + TRANSFER_MARGIN,
                max_bytes=max_bytes,
                path=answer_path,
                service=self.tr("The Overpass API at {host}").format(host=host),
                size_hint=self.tr(
                    "Split the area into smaller parts, or raise {parameter} (this computer must hold the "
                    "answer and its layers in memory)."
                ).format(parameter=self.MAX_SIZE_MB),
                timeout_hint=self.tr("Raise {parameter}, or download a smaller area.").format(
                    parameter=self.TIMEOUT
                ),
            )
            feedback.setProgress(DOWNLOADED)
            feedback.pushInfo(
                self.tr("Downloaded {size} in {seconds} s ({attempts} attempt(s)).").format(
                    size=format_bytes(answer.size),
                    seconds=f"{answer.seconds:.1f}",
                    attempts=answer.attempts,
                )
            )
            with core_errors():
                summary = inspect_answer(
                    answer_path,
                    service=self.tr("The Overpass API at {host}").format(host=host),
                    date=date,
                    is_canceled=feedback.isCanceled,
                )
            counts = {
                "nodes": f"{summary.nodes:,}",
                "ways": f"{summary.ways:,}",
                "relations": f"{summary.relations:,}",
            }
            if date:
                # osm_base is the time of the server's database, not of a historical snapshot's data.
                feedback.pushInfo(
                    self.tr(
                        "The answer holds {nodes} nodes, {ways} ways and {relations} relations; OSM data as of "
                        "{date} (the date asked)."
                    ).format(date=date, **counts)
                )
            else:
                feedback.pushInfo(
                    self.tr(
                        "The answer holds {nodes} nodes, {ways} ways and {relations} relations; OSM data of "
                        "{base}."
                    ).format(base=summary.osm_base or "?", **counts)
                )
            for remark in summary.remarks:
                feedback.pushWarning(self.tr("Overpass remark: {remark}").format(remark=remark))
            feedback.setProgress(CHECKED)
            outputs = self._make_outputs(
                parameters,
                context,
                feedback,
                wanted,
                answer_path,
                mapping,
                mapping_path,
                nomenclature,
                crs,
                crs_text,
                files,
                date,
                summary.osm_base,
                host,
            )
            if raw_path:
                _copy_atomically(answer_path, raw_path)
                files.add(raw_path)
                outputs[self.RAW] = raw_path
        except BaseException:
            files.remove_written()
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        # With DATE the data are OSM as of that date; else as of the server's database time (osm_base).
        outputs[self.DATA_TIMESTAMP] = date or summary.osm_base
        feedback.setProgress(100.0)
        feedback.pushInfo(self.tr("Data: {attribution}").format(attribution=ATTRIBUTION))
        feedback.pushInfo(
            self.tr("Done in {seconds} s.").format(seconds=f"{time.perf_counter() - started:.1f}")
        )
        return outputs

    # ---------------------------------------------------------------------------------------------------------
    def _endpoint(self, parameters, context) -> str:
        """The endpoint given, else the one in the plugin's settings; refused unless an http(s) URL."""
        text = (self.parameterAsString(parameters, self.ENDPOINT, context) or "").strip()
        endpoint = text or settings.value(ENDPOINT_KEY)
        url = QUrl(endpoint)
        if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
            raise QgsProcessingException(
                self.tr(
                    "The Overpass endpoint '{url}' is not an http(s) URL. Give one such as {default}, or leave it "
                    "empty for the one in the plugin's settings."
                ).format(url=endpoint, default=settings.OVERPASS_DEFAULT)
            )
        return endpoint

    def _query_area(self, parameters, context, feedback):
        """(Overpass area filters, area in km², centre (lon, lat), description for the log) of EXTENT or AREA."""
        from ..analysis.download import bbox_area_km2, rings_area_km2
        from ..analysis.osm.overpass import bbox_filter, poly_filter

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        source = area_source(self, parameters, self.EXTENT, self.AREA, context)
        if source is None:
            extent, extent_crs = extent_with_crs(self, parameters, self.EXTENT, context, feedback)
            if extent_crs != wgs84:
                extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
            west, south, east, north = (
                extent.xMinimum(),
                extent.yMinimum(),
                extent.xMaximum(),
                extent.yMaximum(),
            )
            with core_errors():
                filters = [bbox_filter(west, south, east, north)]
            what = self.tr("the extent {west}, {south}, {east}, {north} (degrees)").format(
                west=f"{west:.5f}", south=f"{south:.5f}", east=f"{east:.5f}", north=f"{north:.5f}"
            )
            return (
                filters,
                bbox_area_km2(west, south, east, north),
                ((west + east) / 2, (south + north) / 2),
                what,
            )

        outline = QgsGeometry.unaryUnion(area_polygons(source, wgs84, context, feedback))
        rings = _outer_rings(outline)
        points = sum(len(ring) for ring in rings)
        if points > MAX_OUTLINE_POINTS:
            outline, rings = _simplified(outline, MAX_OUTLINE_POINTS)
            feedback.pushInfo(
                self.tr(
                    "The outline of the area has {points} points: sent simplified to {kept} points, widened so "
                    "nothing inside is left out."
                ).format(points=f"{points:,}", kept=f"{sum(len(r) for r in rings):,}")
            )
        if not rings:
            raise QgsProcessingException(self.tr("The polygons of the area layer have no area."))
        with core_errors():
            filters = [poly_filter(ring) for ring in rings]
        box = outline.boundingBox()
        what = self.tr("{parts} polygon(s) of {layer}").format(parts=len(rings), layer=source.sourceName())
        area_km2 = rings_area_km2(rings)
        check_area_surface(area_km2, source.sourceCrs())
        return filters, area_km2, (box.center().x(), box.center().y()), what

    def _make_outputs(
        self,
        parameters,
        context,
        feedback,
        wanted,
        answer_path,
        mapping,
        mapping_path,
        nomenclature,
        crs,
        crs_text,
        files,
        date,
        osm_base,
        host,
    ) -> dict:
        """Read the saved answer with the reader of osmproductionspaces and write the layer outputs asked for."""
        from ..analysis.osm.landuse import landuse_areas
        from ..analysis.osm.production import ATTRIBUTION, production_spaces

        # Counts only of the outputs made: a 0 for an output not asked for would read as 'none found'.
        outputs = {self.CRS: crs.authid()}
        layer_wanted = [wanted[self.BUILDINGS], wanted[self.ACTIVITIES], wanted[self.LAND_USE]]
        if not any(layer_wanted):
            return outputs
        layers = read_osm_file(
            answer_path, feedback, progress=lambda f: feedback.setProgress(CHECKED + (READ - CHECKED) * f)
        )
        points, polygons = layers["points"], layers["multipolygons"]
        source = self.tr("the Overpass answer")
        result = None
        if wanted[self.BUILDINGS] or wanted[self.ACTIVITIES]:
            feedback.setProgressText(self.tr("Classifying the buildings and activities"))
            with core_errors():
                result = production_spaces(
                    points,
                    polygons,
                    mapping,
                    target_crs=crs_text,
                    want_buildings=wanted[self.BUILDINGS],
                    want_activities=wanted[self.ACTIVITIES],
                    source=source,
                    progress=lambda f: feedback.setProgress(READ + (CLASSIFIED - READ) * 0.7 * f),
                    is_canceled=feedback.isCanceled,
                )
            push_messages(result.messages, feedback)
        landuse = None
        if wanted[self.LAND_USE]:
            feedback.setProgressText(self.tr("Collecting the land-use areas"))
            with core_errors():
                landuse, messages = landuse_areas(
                    polygons,
                    nomenclature,
                    crs_text,
                    progress=lambda f: feedback.setProgress(READ + (CLASSIFIED - READ) * (0.7 + 0.3 * f)),
                    is_canceled=feedback.isCanceled,
                )
            push_messages(messages, feedback)
            if not len(landuse):
                feedback.pushWarning(
                    self.tr("The answer holds no land-use areas of the query: the land-use output is empty.")
                )
        self._log_classes(result, landuse, feedback)

        when = (
            self.tr("data as of {date}").format(date=date)
            if date
            else self.tr("current data of {base}").format(base=osm_base or "?")
        )
        abstract = "\n".join(
            [
                self.tr(
                    "Production spaces from OpenStreetMap via the Overpass API ({host}, {when}), classed with {mapping}."
                ).format(host=host, when=when, mapping=Path(mapping_path).name),
                ATTRIBUTION,
            ]
        )
        feedback.setProgressText(self.tr("Writing the outputs"))
        jobs = (
            (
                self.BUILDINGS,
                result.buildings if result else None,
                QgsWkbTypes.MultiPolygon,
                self.BUILDING_COUNT,
                None,
            ),
            (
                self.ACTIVITIES,
                result.activities if result else None,
                QgsWkbTypes.Point,
                self.ACTIVITY_COUNT,
                None,
            ),
            (self.LAND_USE, landuse, QgsWkbTypes.MultiPolygon, self.LANDUSE_COUNT, nomenclature),
        )
        step = (100.0 - CLASSIFIED) / len(jobs)
        for n, (key, frame, wkb_type, count, landuse_nomenclature) in enumerate(jobs):
            if not wanted[key] or frame is None:
                continue
            start = CLASSIFIED + n * step
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
                progress=lambda f, a=start: feedback.setProgress(a + step * f),
            )
            files.add(dest)
            title = self.parameterDefinition(key).description()
            save_metadata(dest, lambda layer, t=title: attribution_metadata(layer, t, abstract))
            if landuse_nomenclature is None:
                style_output(context, dest, key, title, abstract)
            else:
                style_output(
                    context,
                    dest,
                    key,
                    title,
                    abstract,
                    style=lambda layer, nom=landuse_nomenclature: apply_landuse_style(layer, nom),
                )
            outputs[key] = dest
            outputs[count] = len(frame)
        return outputs

    def _log_classes(self, result, landuse, feedback) -> None:
        """Counts per production class of each output, in the log."""
        frames = []
        if result is not None:
            frames += [
                (result.buildings, self.tr("Buildings: {total} ({classes}).")),
                (result.activities, self.tr("Activities: {total} ({classes}).")),
            ]
        frames.append((landuse, self.tr("Land-use areas: {total} ({classes}).")))
        for frame, text in frames:
            if frame is None:
                continue
            counts = frame["production_class"].value_counts()
            classes = ", ".join(f"{cls} {n:,}" for cls, n in counts.items())
            feedback.pushInfo(text.format(total=f"{len(frame):,}", classes=classes or "-"))


def _outer_rings(geometry: QgsGeometry) -> list[list[tuple[float, float]]]:
    """The outer ring of every polygon part of a geometry, as (x, y) tuples."""
    rings = []
    for part in geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]:
        if QgsWkbTypes.geometryType(part.wkbType()) != QgsWkbTypes.PolygonGeometry:
            continue
        polygon = part.asPolygon()
        if polygon and len(polygon[0]) >= 4:
            rings.append([(p.x(), p.y()) for p in polygon[0]])
    return rings


def _simplified(outline: QgsGeometry, limit: int):
    """The outline widened by a tolerance and simplified with it (Douglas-Peucker cuts corners by at most the
    tolerance, so the widened outline still covers the original), the tolerance doubling until at most
    ``limit`` points remain."""
    tolerance = 1e-5  # degrees, about a metre
    while True:
        candidate = outline.buffer(tolerance, 2).simplify(tolerance)
        rings = _outer_rings(candidate)
        if sum(len(r) for r in rings) <= limit or tolerance > 1.0:
            return candidate, rings
        tolerance *= 2


def _copy_atomically(source: str, destination: str) -> None:
    """Copy a file to a temporary name beside ``destination``, then rename it: never a half-written file."""
    folder = os.path.dirname(os.path.abspath(destination))
    handle, tmp = tempfile.mkstemp(prefix=".part_", suffix=".osm", dir=folder)
    os.close(handle)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def apply_landuse_style(layer: QgsVectorLayer, nomenclature) -> None:
    """Categories of ``code`` in the nomenclature's colours and labels, half transparent (land-use areas overlap
    and lie under the buildings)."""
    index = layer.fields().lookupField("code")
    if index < 0:
        return
    present = {int(v) for v in layer.uniqueValues(index) if v is not None}
    categories = []
    for code, label, colour in zip(nomenclature.codes, nomenclature.labels, nomenclature.colours):
        if present and int(code) not in present:
            continue
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": colour, "outline_width": "0.3"}
        )
        symbol.setOpacity(0.6)
        categories.append(QgsRendererCategory(int(code), symbol, f"{int(code)} {label}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    layer.triggerRepaint()
