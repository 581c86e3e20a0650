"""reindustria:downloadcorine — CORINE Land Cover of an area and year from the EEA's ArcGIS REST services, as
polygons with CLC codes (for 'Land-use change (polygons)') and optionally a 100 m raster of CLC grid codes (for
'Land-use change (rasters)')."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
import urllib.parse
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsGeometry,
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QColor

from .. import dependencies, paths, settings
from .adapters import check_output_folders, outputs_asked, write_features
from .base import DATA, AlgorithmBase, core_errors
from .extents import area_polygons, area_source, check_area_surface, extent_with_crs
from .landuse_change import OutputFiles, push_messages
from .network import canceled_error, fetch
from .osm_reader import save_metadata
from .styling import VectorStyler, write_vector_style

YEARS = (1990, 2000, 2006, 2012, 2018)
#: Settings key of the endpoint of each year (defaults in reindustria_plugin/settings.py).
ENDPOINT_KEY = "reindustria/corine_endpoint_{year}"
#: Longest GET request (characters); longer queries are POSTed as a form, which ArcGIS REST accepts.
MAX_GET_URL = 1800
CODES_PRESET = "nomenclature_clc_codes.csv"
GRID_PRESET = "nomenclature_clc_grid.csv"
LICENCE = (
    "Copernicus Land Monitoring Service data: free, full and open access with attribution "
    "(https://land.copernicus.eu/en/data-policy)"
)
# Progress (%) at the end of each stage: download, clipping (and rasterising); writing takes the rest.
DOWNLOADED, CLIPPED = 70.0, 85.0


def endpoint_setting(year: int) -> str:
    """The settings key of the CORINE endpoint of ``year``."""
    return ENDPOINT_KEY.format(year=year)


class DownloadCorineAlgorithm(AlgorithmBase):
    NAME = "downloadcorine"
    GROUP = DATA
    ICON = "downloadcorine.svg"
    REQUIRES = ("numpy", "pandas", "shapely", "geopandas")

    EXTENT = "EXTENT"
    AREA = "AREA"
    YEAR = "YEAR"
    ENDPOINT = "ENDPOINT"
    TIMEOUT = "TIMEOUT"
    MAX_FEATURES = "MAX_FEATURES"
    MAX_SIZE_MB = "MAX_SIZE_MB"
    OUTPUT = "OUTPUT"
    RASTER = "RASTER"
    POLYGON_COUNT = "POLYGON_COUNT"
    SOURCE = "SOURCE"

    def displayName(self) -> str:
        return self.tr("Download CORINE Land Cover")

    def shortDescription(self) -> str:
        return self.tr(
            "CORINE Land Cover of an area for 1990, 2000, 2006, 2012 or 2018 from the EEA's map services: "
            "polygons with CLC codes and optionally a 100 m raster."
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
                    "Polygons in any CRS (a municipality, a district); honours 'selected features only'. The "
                    "CORINE polygons are clipped to them."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.YEAR,
                    self.tr("Year"),
                    options=[str(year) for year in YEARS],
                    defaultValue=len(YEARS) - 1,
                ),
                self.tr("The CORINE Land Cover inventory: 1990, 2000, 2006, 2012 or 2018."),
            ),
            (
                QgsProcessingParameterString(
                    self.ENDPOINT, self.tr("Layer URL (ArcGIS REST)"), optional=True
                ),
                self.tr(
                    "URL of the ArcGIS REST vector layer of that year, e.g. "
                    "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2018_WM/MapServer/0. "
                    "Empty: the layer in the plugin's settings (default: the EEA's service of the year)."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.TIMEOUT,
                    self.tr("Timeout (seconds)"),
                    QgsProcessingParameterNumber.Integer,
                    defaultValue=120,
                    minValue=5,
                    maxValue=3600,
                ),
                self.tr(
                    "Seconds each request to the service may take; busy answers (HTTP 429, 502, 503, 504) are retried "
                    "three times with growing pauses."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MAX_FEATURES,
                    self.tr("Largest number of polygons"),
                    QgsProcessingParameterNumber.Integer,
                    defaultValue=50_000,
                    minValue=1,
                ),
                self.tr(
                    "The service is first asked how many polygons touch the area: above this number nothing is "
                    "downloaded. A province holds a few hundred to a few thousand; split larger areas."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.MAX_SIZE_MB,
                    self.tr("Largest download (MB)"),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=300.0,
                    minValue=1.0,
                ),
                self.tr("Stop when the answers of the service add up to more than this."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.OUTPUT,
                    self.tr("CORINE Land Cover polygons"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                ),
                self.tr(
                    "Polygons clipped to the area in EPSG:3035 with code (CLC code 111-523) and label, styled "
                    "with the CORINE colours; for 'Land-use change (polygons)' with the nomenclature 'CORINE "
                    "Land Cover (codes 111-523)'."
                ),
            ),
            (
                QgsProcessingParameterRasterDestination(
                    self.RASTER,
                    self.tr("CORINE Land Cover raster (100 m)"),
                    optional=True,
                    createByDefault=False,
                ),
                self.tr(
                    "GeoTIFF of CLC grid codes (1-44, 255 outside the area) on the EEA's 100 m grid in "
                    "EPSG:3035, a cell taking the class at its centre; for 'Land-use change (rasters)' with the "
                    "nomenclature 'CORINE Land Cover (grid codes 1-44)'. Off by default."
                ),
            ),
        ]
        self.add_parameters(params)
        self.addOutput(QgsProcessingOutputNumber(self.POLYGON_COUNT, self.tr("Number of polygons")))
        self.addOutput(QgsProcessingOutputString(self.SOURCE, self.tr("Layer URL used")))

    # ---------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.corine.land_cover import land_cover, load_clc_classes
        from ..analysis.corine.query import download
        from ..analysis.corine.service import ATTRIBUTION
        from ..analysis.download import format_bytes

        started = time.perf_counter()
        wanted = outputs_asked(parameters, [self.OUTPUT, self.RASTER])
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: the polygons, the raster or both.")
            )
        check_output_folders(self, parameters, context, [k for k, asked in wanted.items() if asked])
        if wanted[self.RASTER]:
            self._check_raster_dependencies()
        year = YEARS[self.parameterAsEnum(parameters, self.YEAR, context)]
        endpoint = self._endpoint(parameters, context, year)
        timeout = self.parameterAsInt(parameters, self.TIMEOUT, context)
        max_features = self.parameterAsInt(parameters, self.MAX_FEATURES, context)
        max_bytes = int(self.parameterAsDouble(parameters, self.MAX_SIZE_MB, context) * 1_000_000)
        area, what = self._area(parameters, context, feedback)
        with core_errors():
            classes = load_clc_classes(paths.PRESETS / CODES_PRESET, paths.PRESETS / GRID_PRESET)

        feedback.pushInfo(self.tr("Data: {attribution}").format(attribution=ATTRIBUTION))
        feedback.pushInfo(self.tr("Area: {what}.").format(what=what))
        feedback.pushInfo(self.tr("CORINE Land Cover {year} from {url}").format(year=year, url=endpoint))
        host = QUrl(endpoint).host() or endpoint
        fetcher = _Fetcher(self, feedback, timeout, max_bytes, host, endpoint)
        feedback.setProgressText(
            self.tr("Asking {host} for CORINE Land Cover {year}").format(host=host, year=year)
        )
        with core_errors():
            result = download(
                fetcher,
                endpoint,
                area,
                year,
                max_features=max_features,
                progress=lambda f: feedback.setProgress(DOWNLOADED * f),
                is_canceled=feedback.isCanceled,
            )
        info = result.info
        feedback.pushInfo(
            self.tr(
                "Layer '{name}', code field {field}: {count} polygons touch the area; downloaded in {pages} "
                "page(s), {size}."
            ).format(
                name=info.name or "-",
                field=info.code_field,
                count=f"{result.count:,}",
                pages=result.pages,
                size=format_bytes(fetcher.received),
            )
        )
        if result.duplicates:
            feedback.pushWarning(
                self.tr("The service sent {count} polygons twice while paging; each was kept once.").format(
                    count=result.duplicates
                )
            )
        if result.without_geometry:
            feedback.pushWarning(
                self.tr("The service sent {count} polygons without a geometry; they were left out.").format(
                    count=result.without_geometry
                )
            )
        if len(result.ids) < result.count:
            feedback.pushWarning(
                self.tr(
                    "The service announced {count} polygons and sent {sent}: the layer may have changed while "
                    "paging. Run again if the result looks incomplete."
                ).format(count=f"{result.count:,}", sent=f"{len(result.ids):,}")
            )
        feedback.setProgressText(self.tr("Clipping the polygons to the area"))
        with core_errors():
            cover = land_cover(
                result.geometries,
                result.codes,
                area,
                classes,
                year=year,
                want_raster=wanted[self.RASTER],
                progress=lambda f: feedback.setProgress(DOWNLOADED + (CLIPPED - DOWNLOADED) * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(cover.messages, feedback)
        if feedback.isCanceled():
            raise canceled_error()
        self._log_classes(cover.polygons, feedback)

        crs = QgsCoordinateReferenceSystem("EPSG:3035")
        title = self.tr("CORINE Land Cover {year}").format(year=year)
        abstract = "\n".join(
            [
                self.tr(
                    "CORINE Land Cover {year} of {what}, clipped; from {url}, downloaded on {date}."
                ).format(year=year, what=what, url=endpoint, date=time.strftime("%Y-%m-%d")),
                ATTRIBUTION,
            ]
        )
        outputs = {self.POLYGON_COUNT: len(cover.polygons), self.SOURCE: endpoint}
        files = OutputFiles(self, parameters, context, [k for k, asked in wanted.items() if asked])
        feedback.setProgressText(self.tr("Writing the outputs"))
        try:
            if wanted[self.OUTPUT]:
                files.add(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
                dest = write_features(
                    self,
                    parameters,
                    context,
                    self.OUTPUT,
                    cover.polygons,
                    crs,
                    feedback,
                    progress=lambda f: feedback.setProgress(CLIPPED + (95.0 - CLIPPED) * f),
                )
                files.add(dest)
                if dest:
                    save_metadata(dest, lambda layer: _set_metadata(layer, title, abstract))
                    _style_vector(
                        context, dest, lambda layer: _style_and_describe(layer, classes, title, abstract)
                    )
                    if wanted[self.RASTER]:
                        self._warn_shared_style(
                            dest, self.parameterAsOutputLayer(parameters, self.RASTER, context), feedback
                        )
                outputs[self.OUTPUT] = dest
            if wanted[self.RASTER]:
                if feedback.isCanceled():
                    raise canceled_error()
                path = self.parameterAsOutputLayer(parameters, self.RASTER, context)
                files.add(path)
                _write_geotiff(path, cover.raster, cover.transform)
                _raster_sidecars(path, classes, cover.raster, title, abstract)
                if context.willLoadLayerOnCompletion(path):
                    _STYLERS[path] = ClcRasterStyler(classes, _present_values(cover.raster), title, abstract)
                    context.layerToLoadOnCompletionDetails(path).setPostProcessor(_STYLERS[path])
                outputs[self.RASTER] = path
        except BaseException:
            files.remove_written()
            raise
        feedback.setProgress(100.0)
        feedback.pushInfo(self.tr("Data: {attribution}").format(attribution=ATTRIBUTION))
        feedback.pushInfo(
            self.tr("Done in {seconds} s.").format(seconds=f"{time.perf_counter() - started:.1f}")
        )
        return outputs

    # ---------------------------------------------------------------------------------------------------------
    def _check_raster_dependencies(self) -> None:
        problems = dependencies.missing(("rasterio",))
        if problems:
            dep, why = problems[0]
            raise QgsProcessingException(
                self.tr(
                    "The raster output needs the Python package rasterio, which cannot be used here ({why}). "
                    "Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip "
                    "install {pip}. Or leave the raster output out: the polygons are made without it."
                ).format(why=why, debian=dep.debian, pip=dep.pip)
            )

    def _endpoint(self, parameters, context, year: int) -> str:
        """The layer URL given, else the one in the plugin's settings for ``year``; refused unless http(s)."""
        text = (self.parameterAsString(parameters, self.ENDPOINT, context) or "").strip()
        endpoint = text or settings.value(endpoint_setting(year))
        url = QUrl(endpoint)
        if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
            raise QgsProcessingException(
                self.tr(
                    "The layer URL '{url}' is not an http(s) URL. Give one such as {default}, or leave it empty "
                    "for the one in the plugin's settings."
                ).format(url=endpoint, default=settings.DEFAULTS[endpoint_setting(year)])
            )
        return endpoint

    def _area(self, parameters, context, feedback):
        """(shapely polygon in EPSG:3035, description for the log) of EXTENT or AREA."""
        from shapely import wkb

        laea = QgsCoordinateReferenceSystem("EPSG:3035")
        source = area_source(self, parameters, self.EXTENT, self.AREA, context)
        if source is None:
            extent, extent_crs = extent_with_crs(self, parameters, self.EXTENT, context, feedback)
            geom = QgsGeometry.fromRect(extent)
            if extent_crs != laea:
                # Densified first: the rectangle's edges are curves in EPSG:3035.
                geom = geom.densifyByCount(50)
                if geom.transform(QgsCoordinateTransform(extent_crs, laea, context.transformContext())) != 0:
                    raise QgsProcessingException(self.tr("The extent cannot be transformed to EPSG:3035."))
            what = self.tr("the extent {extent} ({crs})").format(
                extent=extent.toString(4), crs=extent_crs.authid() or "EPSG:3035"
            )
        else:
            geoms = area_polygons(source, laea, context, feedback)
            geom = QgsGeometry.unaryUnion(geoms)
            what = self.tr("{count} polygon(s) of {layer}").format(
                count=len(geoms), layer=source.sourceName()
            )
        shape = wkb.loads(bytes(geom.asWkb()))
        if shape.is_empty or shape.area <= 0:
            raise QgsProcessingException(self.tr("The area has no surface: give polygons or a rectangle."))
        if source is not None:
            check_area_surface(shape.area / 1e6, source.sourceCrs())
        return shape, what

    def _warn_shared_style(self, vector: str, raster: str, feedback) -> None:
        """A warning when the polygons and the raster would share one .qml (c06.shp and c06.tif): the raster's
        style overwrites the polygons'. A GeoPackage keeps its own style inside and needs none."""
        vector_path = Path(vector.split("|")[0])
        if vector_path.suffix.lower() == ".gpkg" or not raster:
            return
        if vector_path.with_suffix(".qml") == Path(raster).with_suffix(".qml"):
            feedback.pushWarning(
                self.tr(
                    "The polygons and the raster share the style file {qml}: it holds the raster's style, so "
                    "the polygons open without the CORINE colours. Give them different names, or write the "
                    "polygons to a GeoPackage, which keeps its style inside."
                ).format(qml=vector_path.with_suffix(".qml").name)
            )

    def _log_classes(self, polygons, feedback) -> None:
        """Hectares per CORINE class in the log, largest first."""
        areas = polygons.assign(ha=polygons.geometry.area / 10_000.0).groupby(["code", "label"]).ha.sum()
        lines = [
            f"{code} {label}: {ha:,.1f} ha"
            for (code, label), ha in areas.sort_values(ascending=False).items()
        ]
        feedback.pushInfo(
            self.tr("{count} polygons, {ha} ha: {classes}").format(
                count=f"{len(polygons):,}", ha=f"{areas.sum():,.1f}", classes="; ".join(lines)
            )
        )


class _Fetcher:
    """The ``fetch(url, params) -> bytes`` of the core, through QGIS's network stack: GET, or POST for long
    queries; every answer counts toward the run's byte limit."""

    def __init__(self, alg, feedback, timeout: int, max_bytes: int, host: str, endpoint: str = ""):
        self.alg = alg
        self.endpoint = endpoint
        self.feedback = feedback
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.service = QCoreApplication.translate(
            "DownloadCorineAlgorithm", "CORINE service at {host}"
        ).format(host=host)
        self.received = 0

    def __call__(self, url: str, params: dict) -> bytes:
        if self.feedback.isCanceled():
            raise canceled_error()
        base, _, query = url.partition("?")
        merged = {**dict(urllib.parse.parse_qsl(query, keep_blank_values=True)), **params}
        encoded = urllib.parse.urlencode(merged)
        options = {
            "timeout": self.timeout,
            "max_bytes": max(self.max_bytes - self.received, 1),
            "service": self.service,
            "endpoint": self.endpoint,
            "size_hint": QCoreApplication.translate(
                "DownloadCorineAlgorithm",
                "All the answers of one run count toward {parameter} ({limit} MB): split the area into parts, or "
                "raise {parameter}.",
            ).format(parameter=DownloadCorineAlgorithm.MAX_SIZE_MB, limit=f"{self.max_bytes / 1e6:g}"),
            "timeout_hint": QCoreApplication.translate(
                "DownloadCorineAlgorithm", "Raise {parameter}, or download a smaller area."
            ).format(parameter=DownloadCorineAlgorithm.TIMEOUT),
        }
        if len(base) + 1 + len(encoded) > MAX_GET_URL:
            answer = fetch(base, self.feedback, data=merged, **options)
        else:
            answer = fetch(f"{base}?{encoded}", self.feedback, **options)
        self.received += answer.size
        return answer.body


# Styles, metadata and the raster file ---------------------------------------------------------------------------
#: Post-processors of the outputs by destination: Processing keeps only a raw pointer to each, and a model may
#: run this algorithm twice (two years) before the layers are loaded.
_STYLERS: dict[str, QgsProcessingLayerPostProcessorInterface] = {}


def _style_vector(context, destination: str, apply) -> None:
    """The style ``apply`` gives: a .qml beside a file output, inside a GeoPackage as its default style (so a
    raster of the same name, whose .qml is the same file, cannot take it away), and the layer Processing
    loads."""
    write_vector_style(destination, apply)
    path = Path(destination.split("|")[0])
    if path.suffix.lower() == ".gpkg" and path.is_file():
        layer = QgsVectorLayer(destination, path.stem, "ogr")
        if layer.isValid():
            apply(layer)
            layer.saveStyleToDatabase(path.stem, "CORINE Land Cover", True, "")
    if context.willLoadLayerOnCompletion(destination):
        _STYLERS[destination] = VectorStyler(apply)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(_STYLERS[destination])


def _set_metadata(layer, title: str, abstract: str) -> None:
    """Title, abstract and the Copernicus attribution in a layer's metadata."""
    from ..analysis.corine.service import ATTRIBUTION

    metadata = layer.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setRights([ATTRIBUTION])
    metadata.setLicenses([LICENCE])
    metadata.setKeywords({"reindustria": ["CORINE Land Cover", "Copernicus"]})
    layer.setMetadata(metadata)


def apply_clc_style(layer: QgsVectorLayer, classes) -> None:
    """Categories of ``code`` in the CORINE legend colours, labelled 'code label', for the classes present."""
    index = layer.fields().lookupField("code")
    if index < 0:
        return
    present = {int(v) for v in layer.uniqueValues(index) if v is not None}
    categories = []
    for code, cls in sorted(classes.items()):
        if present and code not in present:
            continue
        symbol = QgsFillSymbol.createSimple(
            {"color": cls.colour, "outline_color": "#7f7f7f", "outline_width": "0.1"}
        )
        categories.append(QgsRendererCategory(code, symbol, f"{code} {cls.label}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    layer.triggerRepaint()


def _style_and_describe(layer, classes, title: str, abstract: str) -> None:
    apply_clc_style(layer, classes)
    _set_metadata(layer, title, abstract)


def apply_clc_raster_style(layer: QgsRasterLayer, classes, values=None) -> None:
    """Grid codes in the CORINE legend colours, labelled 'code label'; with ``values``, only those present."""
    present = None if values is None else {int(v) for v in values}
    items = [
        QgsPalettedRasterRenderer.Class(cls.grid, QColor(cls.colour), f"{code} {cls.label}")
        for code, cls in sorted(classes.items())
        if present is None or cls.grid in present
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, items))
    layer.triggerRepaint()


def _present_values(array) -> list[int]:
    import numpy as np

    from ..analysis.corine.land_cover import NODATA

    return [int(v) for v in np.unique(array) if v != NODATA]


def _write_geotiff(path: str, array, transform) -> None:
    """The raster as a compressed GeoTIFF in EPSG:3035, written to a temporary file first and renamed, so a
    failure leaves no partial file."""
    import rasterio
    from rasterio.transform import Affine

    from ..analysis.corine.land_cover import NODATA

    folder = os.path.dirname(os.path.abspath(path))
    handle, tmp = tempfile.mkstemp(suffix=".tif", dir=folder)
    os.close(handle)
    try:
        with rasterio.open(
            tmp,
            "w",
            driver="GTiff",
            width=array.shape[1],
            height=array.shape[0],
            count=1,
            dtype="uint8",
            nodata=NODATA,
            crs="EPSG:3035",
            transform=Affine(*transform),
            compress="deflate",
            tiled=array.shape[0] >= 256 and array.shape[1] >= 256,
        ) as dst:
            dst.write(array, 1)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def _raster_sidecars(path: str, classes, array, title: str, abstract: str) -> None:
    """The raster's style (.qml) and metadata (.qmd) beside it: QGIS loads both when the file is opened."""
    layer = QgsRasterLayer(path, Path(path).stem, "gdal")
    if not layer.isValid():
        return
    apply_clc_raster_style(layer, classes, _present_values(array))
    layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))
    _set_metadata(layer, title, abstract)
    layer.saveNamedMetadata(str(Path(path).with_suffix(".qmd")))


class ClcRasterStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the RASTER output (and sets its metadata) when Processing loads it into the project."""

    def __init__(self, classes, values, title: str, abstract: str):
        super().__init__()
        self.classes, self.values, self.title, self.abstract = classes, values, title, abstract

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsRasterLayer):
            apply_clc_raster_style(layer, self.classes, self.values)
            _set_metadata(layer, self.title, self.abstract)
