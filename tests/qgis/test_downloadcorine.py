"""reindustria:downloadcorine through Processing against a loopback stand-in for the EEA's ArcGIS REST service
(tests/arcgis_rest.py behind tests/qgis/fake_servers.py), serving the real CORINE 2006 and 2012 polygons of Malta
in Web Mercator: the REST queries sent, the polygons against QGIS's own reprojection and clip, the raster, styles
and attribution, the failures (timeout, 429 then success, 504, malformed and empty answers, an ArcGIS error, an
oversized answer, a cancel) with nothing left written, and the shipped model 'CORINE change for an area'
against 'Land-use change (polygons)' run on the Malta layers directly and against the Malta change layer."""

import json
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from reindustria_plugin import settings
from reindustria_plugin.algorithms import network
from reindustria_plugin.analysis.corine.service import ATTRIBUTION
from tests.arcgis_rest import FakeArcGisLayer, query_shape
from tests.conftest import DATA, read_csv
from tests.qgis.fake_servers import FakeServer, Reply

ALG = "reindustria:downloadcorine"
MODEL = "reindustria:corinechange"
MALTA = DATA / "landuse/clc_malta_2006_2012.gpkg"
PATH = "/arcgis/rest/services/Corine/CLC{year}_WM/MapServer/0"
#: A 20 x 20 km box over Malta in EPSG:3035 (19 classes, the sea, the Valletta harbours).
BOX = (4_715_000, 1_425_000, 4_735_000, 1_445_000)
YEAR_INDEX = {1990: 0, 2000: 1, 2006: 2, 2012: 3, 2018: 4}


@pytest.fixture(scope="module")
def malta_3857(tmp_path_factory):
    """The Malta layers in Web Mercator (by ogr2ogr), as the EEA's CLC<year>_WM services hold CORINE."""
    if not MALTA.is_file():
        pytest.skip(f"shared data not found at {MALTA}")
    out = tmp_path_factory.mktemp("malta") / "malta_3857.gpkg"
    for n, layer in enumerate(("clc06_MT", "clc12_MT")):
        subprocess.run(
            ["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:3857", *(["-update"] if n else []), "-nln", layer]
            + [str(out), str(MALTA), layer],
            check=True,
            capture_output=True,
        )
    return out


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(network, "BACKOFF_SECONDS", 0.05)
    monkeypatch.setattr(network, "MAX_WAIT_SECONDS", 0.5)


@pytest.fixture
def server():
    with FakeServer() as fake:
        yield fake


def layer_of(path, year, **kwargs) -> FakeArcGisLayer:
    import geopandas as gpd

    yy = f"{year % 100:02d}"
    return FakeArcGisLayer(
        gpd.read_file(path, layer=f"clc{yy}_MT"), f"Code_{yy}", codes_column=f"CODE_{yy}", **kwargs
    )


def serve(server, layer, year, replace=None):
    """Serve ``layer`` as the year's layer; ``replace(request, n)`` may return a Reply for the n-th query."""
    path = PATH.format(year=year)
    queries = []

    def handler(request):
        if request.path.endswith("/query"):
            queries.append(request)
            if replace is not None:
                reply = replace(request, len(queries))
                if reply is not None:
                    return reply
        return Reply(
            200, json.dumps(layer.answer(request.path, request.params)), content_type="application/json"
        )

    server.route(path, handler=handler)
    server.route(path + "/query", handler=handler)
    return server.url(path)


def area_layer(bounds=BOX, crs="EPSG:3035"):
    """A memory layer holding one rectangle (or a WKT polygon) as the AREA."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt(bounds)
        if isinstance(bounds, str)
        else QgsGeometry.fromRect(QgsRectangle(*bounds))
    )
    layer.dataProvider().addFeatures([feature])
    return layer


def read_polygons(path):
    """(rows as dicts with area, CRS, renderer categories, metadata rights) of a polygon output."""
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    rows = [
        {"code": f["code"], "label": f["label"], "area": f.geometry().area()} for f in layer.getFeatures()
    ]
    renderer = layer.renderer()
    # A .qml keeps category values as text.
    categories = (
        [(int(c.value()), c.label()) for c in renderer.categories()]
        if hasattr(renderer, "categories")
        else []
    )
    return rows, layer.crs().authid(), layer.fields().names(), categories, layer.metadata().rights()


def areas_by_code(rows, key="code", area="area"):
    out = {}
    for row in rows:
        out[int(row[key])] = out.get(int(row[key]), 0.0) + row[area]
    return out


def reference_clip(run, source, layer_name, area_bounds, tmp_path):
    """QGIS's own reprojection to EPSG:3035 and clip of a Malta layer: area (m²) per code."""
    reprojected = run(
        "native:reprojectlayer",
        {
            "INPUT": f"{source}|layername={layer_name}",
            "TARGET_CRS": "EPSG:3035",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    clipped = run(
        "native:clip",
        {"INPUT": reprojected, "OVERLAY": area_layer(area_bounds), "OUTPUT": str(tmp_path / "ref.gpkg")},
    )["OUTPUT"]
    layer = QgsVectorLayer(clipped, "ref", "ogr")
    field = next(n for n in layer.fields().names() if n.upper().startswith("CODE_"))
    rows = [{"code": f[field], "area": f.geometry().area()} for f in layer.getFeatures()]
    return areas_by_code(rows)


def failing(run, params, feedback=None):
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, params, feedback=feedback)
    return str(err.value)


# Downloads -----------------------------------------------------------------------------------------------------
def test_polygons_and_raster_of_an_area(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2006, max_record_count=60), 2006)
    feedback = QgsProcessingFeedback()
    infos = []
    feedback.pushInfo = infos.append
    out = run(
        ALG,
        {
            "AREA": area_layer(),
            "YEAR": YEAR_INDEX[2006],
            "ENDPOINT": url,
            "OUTPUT": str(tmp_path / "clc06_polygons.gpkg"),
            "RASTER": str(tmp_path / "clc06.tif"),
        },
        feedback=feedback,
    )
    rows, crs, fields, categories, rights = read_polygons(out["OUTPUT"])
    assert crs == "EPSG:3035" and fields[-2:] == ["code", "label"]
    assert out["POLYGON_COUNT"] == len(rows) and out["SOURCE"] == url
    assert rights == [ATTRIBUTION]
    assert any(ATTRIBUTION in text for text in infos)
    labels = {r["code"]: r["label"] for r in rows}
    assert labels[121] == "Industrial or commercial units" and labels[523] == "Sea and ocean"
    # The legend lists the classes present, as 'code label', in the CORINE colours (from the .qml).
    assert (121, "121 Industrial or commercial units") in categories
    assert len(categories) == len(labels)
    # Areas per class equal QGIS's own reprojection and clip of the served layer.
    ours = areas_by_code(rows)
    theirs = reference_clip(run, malta_3857, "clc06_MT", BOX, tmp_path)
    assert ours.keys() == theirs.keys()
    assert all(abs(ours[c] - theirs[c]) < 1.0 for c in ours), {c: ours[c] - theirs[c] for c in ours}
    assert sum(ours.values()) == pytest.approx(20_000 * 20_000, rel=1e-9)
    # The raster: 200 x 200 cells of 100 m on the EEA grid, grid codes, styled.
    raster = QgsRasterLayer(out["RASTER"], "r", "gdal")
    assert raster.isValid() and raster.crs().authid() == "EPSG:3035"
    assert (raster.width(), raster.height()) == (200, 200)
    assert raster.extent().toRectF().getCoords() == pytest.approx(BOX)
    assert raster.dataProvider().sourceNoDataValue(1) == 255
    assert (
        Path(out["RASTER"]).with_suffix(".qml").is_file()
        and Path(out["RASTER"]).with_suffix(".qmd").is_file()
    )
    classes = [c.label for c in raster.renderer().classes()]
    assert (
        "3 Industrial or commercial units" not in classes and "121 Industrial or commercial units" in classes
    )
    stats = raster.dataProvider().bandStatistics(1)
    assert min(labels) == 111 and max(labels) == 523
    assert (stats.minimumValue, stats.maximumValue) == (1, 44)  # their grid codes


def styles_of(vector, raster):
    """(vector categories, raster renderer type) of the outputs as QGIS opens them."""
    categories = read_polygons(vector)[3]
    layer = QgsRasterLayer(raster, "r", "gdal")
    return categories, layer.renderer().type()


def test_polygons_and_raster_of_one_name_keep_both_styles(run, server, malta_3857, tmp_path):
    """c06.gpkg and c06.tif share c06.qml: the GeoPackage carries its style inside, so both open styled; a
    Shapefile cannot, and the log says so."""
    url = serve(server, layer_of(malta_3857, 2006), 2006)
    params = {"AREA": area_layer(), "YEAR": YEAR_INDEX[2006], "ENDPOINT": url}
    out = run(ALG, {**params, "OUTPUT": str(tmp_path / "c06.gpkg"), "RASTER": str(tmp_path / "c06.tif")})
    categories, raster_renderer = styles_of(out["OUTPUT"], out["RASTER"])
    assert (121, "121 Industrial or commercial units") in categories and raster_renderer == "paletted"
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(
        ALG,
        {**params, "OUTPUT": str(tmp_path / "s06.shp"), "RASTER": str(tmp_path / "s06.tif")},
        feedback=feedback,
    )
    assert any("s06.qml" in w for w in warnings), warnings


def test_rest_queries_sent(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2006, max_record_count=60), 2006)
    run(
        ALG,
        {
            "EXTENT": "13.9,14.9,35.7,36.2 [EPSG:4326]",
            "YEAR": YEAR_INDEX[2006],
            "ENDPOINT": url,
            "OUTPUT": str(tmp_path / "out.gpkg"),
        },
    )
    info, count, *pages = server.requests
    assert (info.method, info.path, info.params) == ("GET", PATH.format(year=2006), {"f": "json"})
    assert count.params["returnCountOnly"] == "true" and count.params["inSR"] == "3857"
    assert count.params["geometryType"] == "esriGeometryPolygon"
    assert count.params["spatialRel"] == "esriSpatialRelIntersects" and count.params["where"] == "1=1"
    # The outline sent holds the extent (14.4-14.6 E, 35.8-36.1 N) in Web Mercator.
    import geopandas as gpd
    from shapely.geometry import box

    outline = query_shape(count.params["geometry"], count.params["geometryType"])
    extent = gpd.GeoSeries([box(13.9, 35.7, 14.9, 36.2).segmentize(0.01)], crs=4326).to_crs(3857).iloc[0]
    assert outline.contains(extent)
    assert [(p.params["resultOffset"], p.params["resultRecordCount"]) for p in pages] == [
        ("0", "60"),
        ("60", "60"),
        ("120", "60"),
    ]
    for page in pages:
        assert page.method == "GET" and page.params["outFields"] == "Code_06,OBJECTID"
        assert page.params["orderByFields"] == "OBJECTID ASC" and page.params["outSR"] == "3035"
        assert page.params["f"] == "json" and page.params["geometry"] == count.params["geometry"]


def test_a_long_outline_is_posted(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2012), 2012)
    # A star of 50 points: simplified it still makes a query longer than a GET should be.
    import math

    points = []
    for i in range(100):
        r = 9_000 if i % 2 else 6_000
        a = math.pi * i / 50
        points.append(f"{4_725_000 + r * math.cos(a)} {1_435_000 + r * math.sin(a)}")
    star = f"POLYGON(({', '.join(points + points[:1])}))"
    out = run(
        ALG,
        {
            "AREA": area_layer(star),
            "YEAR": YEAR_INDEX[2012],
            "ENDPOINT": url,
            "OUTPUT": str(tmp_path / "o.gpkg"),
        },
    )
    posts = [r for r in server.requests if r.method == "POST"]
    assert posts and all(r.path.endswith("/query") for r in posts)
    assert posts[0].form["geometryType"] == "esriGeometryPolygon" and posts[0].query == {}
    rows, *_ = read_polygons(out["OUTPUT"])
    assert sum(r["area"] for r in rows) == pytest.approx(QgsGeometry.fromWkt(star).area(), rel=1e-9)


def test_endpoint_from_the_settings(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2012), 2012)
    key = "reindustria/corine_endpoint_2012"
    assert settings.DEFAULTS[key].endswith("/Corine/CLC2012_WM/MapServer/0")
    settings.set_value(key, url)
    try:
        out = run(ALG, {"AREA": area_layer(), "YEAR": YEAR_INDEX[2012], "OUTPUT": str(tmp_path / "o.gpkg")})
    finally:
        settings.set_value(key, "")
    assert out["SOURCE"] == url and server.requests


def test_an_extent_typed_without_its_crs(run, server, malta_3857, tmp_path):
    """qgis_process users type EXTENT=xmin,xmax,ymin,ymax: in degrees it is read as longitude/latitude (said in
    the log), giving what the same extent with [EPSG:4326] gives."""
    url = serve(server, layer_of(malta_3857, 2012), 2012)
    degrees = "14.40,14.55,35.85,35.95"
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    bare = run(
        ALG,
        {"EXTENT": degrees, "YEAR": YEAR_INDEX[2012], "ENDPOINT": url, "OUTPUT": str(tmp_path / "a.gpkg")},
        feedback=feedback,
    )
    assert any("read in EPSG:4326" in w for w in warnings), warnings
    tagged = run(
        ALG,
        {
            "EXTENT": degrees + " [EPSG:4326]",
            "YEAR": YEAR_INDEX[2012],
            "ENDPOINT": url,
            "OUTPUT": str(tmp_path / "b.gpkg"),
        },
    )
    a, b = areas_by_code(read_polygons(bare["OUTPUT"])[0]), areas_by_code(read_polygons(tagged["OUTPUT"])[0])
    assert a and a.keys() == b.keys() and all(abs(a[k] - b[k]) < 1e-6 * max(1.0, b[k]) for k in a)


# Failures -------------------------------------------------------------------------------------------------------
def params_for(url, tmp_path, **extra):
    return {
        "AREA": area_layer(),
        "YEAR": YEAR_INDEX[2006],
        "ENDPOINT": url,
        "OUTPUT": str(tmp_path / "out.gpkg"),
        "RASTER": str(tmp_path / "out.tif"),
        **extra,
    }


def nothing_written(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir()) == []


def test_429_then_success(run, server, malta_3857, tmp_path):
    url = serve(
        server,
        layer_of(malta_3857, 2006),
        2006,
        replace=lambda r, n: Reply(429, "slow down") if n == 2 else None,
    )
    feedback = QgsProcessingFeedback()
    infos = []
    feedback.pushInfo = infos.append
    out = run(ALG, params_for(url, tmp_path), feedback=feedback)
    assert Path(out["OUTPUT"]).is_file() and Path(out["RASTER"]).is_file()
    assert any("HTTP 429" in text and "retry 1 of 3" in text for text in infos)


def test_504_every_time(run, server, malta_3857, tmp_path):
    url = serve(
        server,
        layer_of(malta_3857, 2006),
        2006,
        replace=lambda r, n: Reply(504, "Gateway Time-out") if n >= 2 else None,
    )
    message = failing(run, params_for(url, tmp_path))
    assert "HTTP 504" in message and "after 4 attempts" in message
    assert nothing_written(tmp_path)


def test_timeout(run, server, malta_3857, tmp_path):
    url = serve(
        server,
        layer_of(malta_3857, 2006),
        2006,
        replace=lambda r, n: Reply(200, "{}", delay=7) if n == 1 else None,
    )
    message = failing(run, params_for(url, tmp_path, TIMEOUT=5))
    assert "did not answer within 5 s" in message and "TIMEOUT" in message
    assert nothing_written(tmp_path)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("<html><body>Proxy Error</body></html>", "is not JSON"),
        ('{"features": [{"attributes": {}, "geometry": {"rings": 3}}]}', "malformed"),
        (
            '{"error": {"code": 400, "message": "Unable to complete operation.", "details": ["Invalid query"]}}',
            "ArcGIS error 400: Unable to complete operation. Invalid query",
        ),
    ],
)
def test_malformed_or_error_answers(run, server, malta_3857, tmp_path, body, expected):
    layer = layer_of(malta_3857, 2006, max_record_count=60)
    url = serve(
        server,
        layer,
        2006,
        replace=lambda r, n: Reply(200, body, content_type="application/json") if n == 3 else None,
    )
    message = failing(run, params_for(url, tmp_path))
    assert expected in message
    assert nothing_written(tmp_path)


def test_empty_result(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2006), 2006)
    madrid = (3_150_000, 2_000_000, 3_170_000, 2_020_000)
    message = failing(run, params_for(url, tmp_path, AREA=area_layer(madrid)))
    assert "no polygons in this area" in message
    assert len(server.requests) == 2 and nothing_written(tmp_path)


def test_too_many_polygons(run, server, malta_3857, tmp_path):
    url = serve(server, layer_of(malta_3857, 2006), 2006)
    message = failing(run, params_for(url, tmp_path, MAX_FEATURES=10))
    assert "more than the limit of 10" in message and "MAX_FEATURES" in message
    assert len(server.requests) == 2 and nothing_written(tmp_path)


def test_oversized_answer(run, server, malta_3857, tmp_path):
    padded = json.dumps({"features": [], "padding": "x" * 1_500_000})
    url = serve(
        server,
        layer_of(malta_3857, 2006),
        2006,
        replace=lambda r, n: Reply(200, padded, content_type="application/json") if n == 2 else None,
    )
    message = failing(run, params_for(url, tmp_path, MAX_SIZE_MB=1))
    assert "larger than the limit" in message and "MAX_SIZE_MB" in message
    assert nothing_written(tmp_path)


def test_cancel_during_the_download(run, server, malta_3857, tmp_path):
    feedback = QgsProcessingFeedback()
    layer = layer_of(malta_3857, 2006, max_record_count=60)

    def cancel_on_second_page(request, n):
        if n == 3:
            feedback.cancel()
        return None

    url = serve(server, layer, 2006, replace=cancel_on_second_page)
    message = failing(run, params_for(url, tmp_path), feedback=feedback)
    assert "Canceled: no output was written." in message
    assert len([r for r in server.requests if "resultOffset" in r.params]) <= 2
    assert nothing_written(tmp_path)


def test_bad_parameters(run, server, tmp_path):
    message = failing(
        run, {"YEAR": 4, "ENDPOINT": server.url(PATH.format(year=2018)), "OUTPUT": str(tmp_path / "o.gpkg")}
    )
    assert "Give the area to download" in message
    message = failing(run, {**params_for(server.url("/x"), tmp_path), "EXTENT": "0,1,0,1 [EPSG:3035]"})
    assert "not both" in message
    message = failing(run, params_for("ftp://example.org/layer", tmp_path))
    assert "not an http(s) URL" in message
    message = failing(run, params_for(server.url("/x"), tmp_path, RASTER=str(tmp_path / "missing" / "r.tif")))
    assert "does not exist" in message
    message = failing(run, params_for(server.url("/x"), tmp_path, OUTPUT=None, RASTER=None))
    assert "at least one output" in message
    assert not server.requests and nothing_written(tmp_path)


def test_a_service_instead_of_a_layer(run, server, tmp_path):
    server.route(
        "/arcgis/rest/services/Corine/CLC2018_WM/MapServer",
        Reply(
            200,
            json.dumps({"layers": [{"id": 0, "name": "Corine Land Cover 2018 vector"}]}),
            content_type="application/json",
        ),
    )
    url = server.url("/arcgis/rest/services/Corine/CLC2018_WM/MapServer")
    message = failing(run, params_for(url, tmp_path, YEAR=4))
    assert f"{url}/0" in message and "Corine Land Cover 2018 vector" in message


# The shipped model ------------------------------------------------------------------------------------------------
def test_corine_change_model_against_the_direct_run(run, server, malta_3857, tmp_path):
    urls = {year: serve(server, layer_of(malta_3857, year), year) for year in (2006, 2012)}
    whole = (4_670_000, 1_400_000, 4_770_000, 1_490_000)  # all of the Malta layers
    feedback = QgsProcessingFeedback()
    errors = []
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    try:
        out = run(
            MODEL,
            {
                "AREA": area_layer(whole),
                "YEAR_BEFORE": YEAR_INDEX[2006],
                "YEAR_AFTER": YEAR_INDEX[2012],
                "ENDPOINT_BEFORE": urls[2006],
                "ENDPOINT_AFTER": urls[2012],
                "change:transitions": str(tmp_path / "model_transitions.csv"),
                "change:summary": str(tmp_path / "model_summary.csv"),
                "change:accounting": str(tmp_path / "model_accounting.csv"),
                "change:change": str(tmp_path / "model_change.gpkg"),
            },
            feedback=feedback,
        )
    except QgsProcessingException:
        pytest.fail("; ".join(errors))
    assert {r.path for r in server.requests} >= {PATH.format(year=2006), PATH.format(year=2012)}
    # The same analysis on the served layers, reprojected by QGIS, without the download.
    layers = {}
    for name in ("clc06_MT", "clc12_MT"):
        layers[name] = run(
            "native:reprojectlayer",
            {
                "INPUT": f"{malta_3857}|layername={name}",
                "TARGET_CRS": "EPSG:3035",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
    direct = run(
        "reindustria:landusechangevector",
        {
            "BEFORE": layers["clc06_MT"],
            "BEFORE_FIELD": "CODE_06",
            "AFTER": layers["clc12_MT"],
            "AFTER_LAYER_FIELD": "CODE_12",
            "NOMENCLATURE": 1,
            "TRANSITIONS": str(tmp_path / "direct_transitions.csv"),
            "SUMMARY": str(tmp_path / "direct_summary.csv"),
            "ACCOUNTING": str(tmp_path / "direct_accounting.csv"),
        },
    )
    for table in ("transitions", "summary", "accounting"):
        ours = read_csv(out[f"change:{table}"])
        theirs = read_csv(direct[table.upper()])
        assert len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            assert a.keys() == b.keys()
            for key in a:
                try:
                    assert float(a[key]) == pytest.approx(float(b[key]), rel=1e-6, abs=1e-6), (
                        table,
                        key,
                        a,
                        b,
                    )
                except ValueError:
                    assert a[key] == b[key]
    # The one change of the Malta change layer: 323 (sclerophyllous vegetation) to 132 (dump site), 20.6 ha
    # measured by the producer in ED50 / UTM 33N (0.07 % smaller than in EPSG:3035).
    changed = [r for r in read_csv(out["change:transitions"]) if r["from_code"] != r["to_code"]]
    assert [(r["from_code"], r["to_code"]) for r in changed] == [("323", "132")]
    assert float(changed[0]["area_ha"]) == pytest.approx(20.6, rel=0.002)
    layer = QgsVectorLayer(out["change:change"], "c", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:3035"


def test_outputs_load_styled_into_the_project(provider, server, malta_3857, tmp_path):
    """As after a run from the dialog: the outputs are added to the project with the CORINE legend and the
    attribution in their metadata (memory layers included, which have no .qml)."""
    from qgis.core import QgsProcessingContext, QgsProject

    import processing

    url = serve(server, layer_of(malta_3857, 2012), 2012)
    project = QgsProject.instance()
    before = set(project.mapLayers())
    context = QgsProcessingContext()
    context.setProject(project)
    processing.runAndLoadResults(
        ALG,
        {
            "AREA": area_layer(),
            "YEAR": YEAR_INDEX[2012],
            "ENDPOINT": url,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "RASTER": str(tmp_path / "clc12.tif"),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        vector = next(layer for layer in added if isinstance(layer, QgsVectorLayer))
        raster = next(layer for layer in added if isinstance(layer, QgsRasterLayer))
        categories = {int(c.value()): c.label() for c in vector.renderer().categories()}
        assert categories[121] == "121 Industrial or commercial units"
        colours = {int(c.value()): c.symbol().color().name() for c in vector.renderer().categories()}
        assert colours[121] == "#cc4df2" and colours[523] == "#e6f2ff"
        assert vector.metadata().rights() == [ATTRIBUTION]
        assert raster.renderer().type() == "paletted" and raster.metadata().rights() == [ATTRIBUTION]
        assert {c.value: c.color.name() for c in raster.renderer().classes()}[3] == "#cc4df2"
    finally:
        project.removeMapLayers([layer.id() for layer in added])


class _Recorder(QgsProcessingFeedback):
    """Feedback keeping every text QGIS sends it (C++ calls reach overridden virtual methods, not attributes)."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS's names)
        self.texts.append(error)

    def pushWarning(self, warning):  # noqa: N802
        self.texts.append(warning)

    def pushInfo(self, info):  # noqa: N802
        self.texts.append(info)

    def pushFormattedMessage(self, html, text):  # noqa: N802 (QGIS >= 3.36)
        self.texts.append(text)


def test_corine_change_model_defaults_and_reversed_years(run, server, malta_3857, tmp_path):
    """Years left out take the model's defaults (2006 before, 2018 after; qgis_process passes no default to
    the children), endpoints left out the settings of those years; a later year before is refused before any
    download."""
    import geopandas as gpd

    urls = {
        2006: serve(server, layer_of(malta_3857, 2006), 2006),
        # 2012's polygons as the 2018 layer (Malta holds no 2018 inventory): the service's field says 2018.
        2018: serve(
            server,
            FakeArcGisLayer(gpd.read_file(malta_3857, layer="clc12_MT"), "Code_18", codes_column="CODE_12"),
            2018,
        ),
    }
    outputs = {f"change:{t}": str(tmp_path / f"{t}.csv") for t in ("transitions", "summary", "accounting")}
    outputs["change:change"] = str(tmp_path / "change.gpkg")
    for year, url in urls.items():
        settings.set_value(f"reindustria/corine_endpoint_{year}", url)
    try:
        run(MODEL, {"AREA": area_layer(), **outputs})
        paths = {r.path for r in server.requests}
        assert PATH.format(year=2006) in paths and PATH.format(year=2018) in paths, paths
        server.requests.clear()
        feedback = _Recorder()
        with pytest.raises(QgsProcessingException) as err:
            run(
                MODEL,
                {"AREA": area_layer(), "YEAR_BEFORE": YEAR_INDEX[2018], "YEAR_AFTER": 2, **outputs},
                feedback=feedback,
            )
        # QGIS 3.22 reports the model step's message through reportError; 3.40 may carry it elsewhere (the
        # exception, the log): wherever it is, it names both years.
        text = " ".join(feedback.texts + [str(err.value)])
        assert "(YEAR_BEFORE, 2018)" in text and "(YEAR_AFTER, 2006)" in text, (
            feedback.texts,
            str(err.value),
        )
        assert not server.requests
    finally:
        for year in urls:
            settings.set_value(f"reindustria/corine_endpoint_{year}", "")


def test_an_extent_in_metres_without_its_crs_is_refused(run, server, tmp_path):
    """Metres without a CRS are not guessed (EPSG:3035? a UTM zone?): the message asks for the CRS."""
    message = failing(
        run,
        {
            "EXTENT": "4715000,4735000,1425000,1445000",
            "ENDPOINT": server.url(PATH.format(year=2018)),
            "OUTPUT": str(tmp_path / "o.gpkg"),
        },
    )
    assert "4715000,4735000,1425000,1445000" in message and "[EPSG:" in message, message
    assert not server.requests and nothing_written(tmp_path)


def test_an_area_layer_in_a_wrong_crs(run, server, tmp_path):
    """Longitude/latitude numbers in a layer that says EPSG:3035 cover almost nothing: check the CRS."""
    area = area_layer((14.40, 35.85, 14.55, 35.95), crs="EPSG:3035")
    message = failing(
        run,
        {"AREA": area, "ENDPOINT": server.url(PATH.format(year=2018)), "OUTPUT": str(tmp_path / "o.gpkg")},
    )
    assert "Check the CRS of the area layer" in message, message
    assert not server.requests


def test_a_wrong_endpoint_is_named_as_given(run, tmp_path):
    import socket

    with socket.socket() as sock:  # a free port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}/"
    message = failing(run, {"AREA": area_layer(), "ENDPOINT": endpoint, "OUTPUT": str(tmp_path / "o.gpkg")})
    assert f"Check the endpoint {endpoint}," in message and "f=json" not in message, message


def test_parameter_help_agrees_with_the_help_page(provider):
    """The TIMEOUT description and the help page name the same retried answers; the model shows its years."""
    from qgis.core import QgsApplication

    from reindustria_plugin import paths

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    text = alg.parameterDefinition("TIMEOUT").help()
    page = (paths.PROCESSING / "help" / "downloadcorine.en.md").read_text(encoding="utf-8")
    assert "429, 502, 503" in text and "429, 502, 503" in page, text
    model = QgsApplication.processingRegistry().algorithmById(MODEL)
    assert "2006" in model.parameterDefinition("YEAR_BEFORE").help()
    assert "2018" in model.parameterDefinition("YEAR_AFTER").help()
