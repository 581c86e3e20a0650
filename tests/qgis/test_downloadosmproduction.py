"""reindustria:downloadosmproduction through Processing against a loopback fake of the Overpass API (no real
network): the query sent (extent or polygons, date, tags, XML output), outputs equal to those of
reindustria:osmproductionspaces on the same answer, land use with its codes, retries, failures (504, timeout,
malformed payloads, error remarks, empty results, oversized answers, the area guard, a cancel mid-download) that
leave no output behind, the endpoint from the settings, the attribution and the date warning."""

import threading
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)

from reindustria_plugin.algorithms import network
from reindustria_plugin.analysis.osm.overpass import PRODUCTION_FILTERS
from reindustria_plugin.analysis.osm.production import ATTRIBUTION
from tests.qgis.fake_servers import FakeServer, Reply

ALG = "reindustria:downloadosmproduction"
DATA = Path(__file__).resolve().parents[1] / "data" / "osm"
ANSWER = DATA / "overpass_production.osm"
PATH = "/api/interpreter"
# around the fixture's features (Prato, 11.09° E 43.88° N), 0.003° x 0.0015°: about 0.04 km²
EXTENT = "11.0895,11.0925,43.8795,43.8815 [EPSG:4326]"
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="Overpass API 0.7.62.1 084b4234">\n'
    "<note>The data included in this document is from www.openstreetmap.org. The data is made available under "
    'ODbL.</note>\n<meta osm_base="2024-05-01T10:20:03Z"/>\n'
)


@pytest.fixture
def overpass():
    with FakeServer() as fake:
        yield fake


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(network, "BACKOFF_SECONDS", 0.05)
    monkeypatch.setattr(network, "MAX_WAIT_SECONDS", 0.5)


def logged():
    feedback = QgsProcessingFeedback()
    log = {"info": [], "warning": [], "command": []}
    feedback.pushInfo = log["info"].append
    feedback.pushWarning = log["warning"].append
    feedback.pushCommandInfo = log["command"].append
    return feedback, log


def outputs(tmp_path, raw=False):
    out = {
        "BUILDINGS": str(tmp_path / "buildings.gpkg"),
        "ACTIVITIES": str(tmp_path / "activities.gpkg"),
        "LAND_USE": str(tmp_path / "landuse.gpkg"),
    }
    if raw:
        out["RAW"] = str(tmp_path / "answer.osm")
    return out


def params(overpass, tmp_path, **extra):
    return {"EXTENT": EXTENT, "ENDPOINT": overpass.url(PATH), **outputs(tmp_path), **extra}


def read_rows(path):
    """(rows as dicts with 'wkt', CRS authid, geometry type, metadata rights) of an output; fid dropped."""
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = []
    for f in layer.getFeatures():
        row = dict(zip(names, f.attributes()))
        row.pop("fid", None)
        row["wkt"] = f.geometry().asWkt(3)
        rows.append(row)
    return (
        sorted(rows, key=lambda r: r["osm_id"]),
        layer.crs().authid(),
        QgsWkbTypes.displayString(layer.wkbType()),
        layer.metadata().rights(),
    )


def files_in(folder):
    return sorted(p.name for p in Path(folder).iterdir())


# Success ------------------------------------------------------------------------------------------------------
def test_query_sent_for_an_extent(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes(), declare_length=False))
    feedback, log = logged()
    result = run(ALG, params(overpass, tmp_path, TIMEOUT=90), feedback=feedback)
    (request,) = overpass.requests
    assert request.method == "POST" and request.path == PATH
    query = request.form["data"]
    assert query.startswith("[out:xml][timeout:90];\n(\n")
    assert "[date:" not in query
    assert query.endswith(");\n(._;>;);\nout body;\n")
    for tag_filter in PRODUCTION_FILTERS:
        assert f"  nwr{tag_filter}(43.8795,11.0895,43.8815,11.0925);\n" in query
    assert log["command"] == [query]
    assert result["DATA_TIMESTAMP"] == "2024-05-01T10:20:03Z"
    assert any(ATTRIBUTION in text for text in log["info"])
    assert not any("mixes real change" in text for text in log["warning"])


def test_outputs_equal_osmproductionspaces_on_the_same_answer(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    (tmp_path / "dl").mkdir()
    (tmp_path / "file").mkdir()
    result = run(ALG, params(overpass, tmp_path / "dl"))
    reference = run(
        "reindustria:osmproductionspaces",
        {
            "INPUT": str(ANSWER),
            "BUILDINGS": str(tmp_path / "file" / "b.gpkg"),
            "ACTIVITIES": str(tmp_path / "file" / "a.gpkg"),
        },
    )
    assert result["CRS"] == reference["CRS"] == "EPSG:32632"
    assert result["BUILDING_COUNT"] == reference["BUILDING_COUNT"] == 5
    assert result["ACTIVITY_COUNT"] == reference["ACTIVITY_COUNT"] == 6
    assert read_rows(result["BUILDINGS"]) == read_rows(reference["BUILDINGS"])
    assert read_rows(result["ACTIVITIES"]) == read_rows(reference["ACTIVITIES"])
    # the fixture by hand (ways 104 and 105 are the untagged rings of relation 201)
    buildings = {r["osm_id"]: r["production_class"] for r in read_rows(result["BUILDINGS"])[0]}
    assert buildings == {
        "way/101": "craft",  # building=yes + craft=carpenter
        "way/102": "residential",
        "way/103": "industrial",
        "way/106": "industrial",
        "relation/201": "office",
    }
    activities = {
        r["osm_id"]: (r["production_class"], r["activity_key"]) for r in read_rows(result["ACTIVITIES"])[0]
    }
    assert sorted(activities.values()) == [
        ("coworking", "amenity"),
        ("coworking", "office"),
        ("craft", "craft"),
        ("craft", "craft"),
        ("industrial", "industrial"),
        ("industrial", "man_made"),
    ]


def test_helsinki_answer_equals_osmproductionspaces(run, overpass, tmp_path, shared_data):
    """An answer made from the real Helsinki extract (tests/osm_pbf.py imitates Overpass for the production query
    on the extract's box): the download's buildings are those of osmproductionspaces on the whole extract (the
    query asks for every building), and its outputs equal osmproductionspaces on the answer itself."""
    from tests.osm_pbf import overpass_answer, read_pbf

    pbf = shared_data / "osm" / "helsinki_centre.osm.pbf"
    box = (
        24.935,
        60.164,
        24.954,
        60.180,
    )  # the extract's extent (ogrinfo: 24.935176, 60.164155 - 24.953415, 60.179113)
    answer = tmp_path / "helsinki_answer.osm"
    answer.write_text(overpass_answer(read_pbf(pbf), box, PRODUCTION_FILTERS), encoding="utf-8")
    overpass.route(PATH, Reply(200, answer.read_bytes(), declare_length=False))
    for name in ("dl", "answer", "pbf"):
        (tmp_path / name).mkdir()
    extent = f"{box[0]},{box[2]},{box[1]},{box[3]} [EPSG:4326]"
    result = run(ALG, {**params(overpass, tmp_path / "dl"), "EXTENT": extent})
    on_answer = run(
        "reindustria:osmproductionspaces",
        {
            "INPUT": str(answer),
            "BUILDINGS": str(tmp_path / "answer" / "b.gpkg"),
            "ACTIVITIES": str(tmp_path / "answer" / "a.gpkg"),
        },
    )
    on_pbf = run(
        "reindustria:osmproductionspaces", {"INPUT": str(pbf), "BUILDINGS": str(tmp_path / "pbf" / "b.gpkg")}
    )
    assert result["CRS"] == on_answer["CRS"] == on_pbf["CRS"] == "EPSG:32635"
    assert read_rows(result["BUILDINGS"]) == read_rows(on_answer["BUILDINGS"])
    assert read_rows(result["ACTIVITIES"]) == read_rows(on_answer["ACTIVITIES"])
    # every building of the extract (482, README), with the same class, levels and shape
    downloaded, pbf_rows = read_rows(result["BUILDINGS"])[0], read_rows(on_pbf["BUILDINGS"])[0]
    assert len(downloaded) == len(pbf_rows) == 482
    assert downloaded == pbf_rows
    assert result["LANDUSE_COUNT"] > 0


def test_land_use_with_codes_for_landusechangevector(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    result = run(ALG, params(overpass, tmp_path))
    rows, crs, kind, rights = read_rows(result["LAND_USE"])
    assert crs == "EPSG:32632" and kind == "MultiPolygon" and rights == [ATTRIBUTION]
    # the fixture's tags, coded by hand from nomenclature_osm_landuse.csv
    assert {r["osm_id"]: (r["code"], r["production_class"], r["landuse"]) for r in rows} == {
        "way/107": (901, "industrial", "industrial"),
        "way/109": (904, "residential", "residential"),
        "way/110": (905, "vacant", "brownfield"),
        "way/111": (908, "vacant", "disused:industrial"),  # landuse=industrial + disused=yes
        "way/112": (908, "vacant", "disused:industrial"),  # disused:landuse=industrial + landuse=brownfield
        "way/113": (903, "commercial", "retail"),
        "way/114": (907, "green", "greenfield"),
        "way/115": (906, "vacant", "construction"),
        "relation/202": (902, "commercial", "commercial"),
    }
    assert result["LANDUSE_COUNT"] == 9
    assert Path(result["LAND_USE"]).with_suffix(".qml").is_file()
    # 0.0002° squares at 43.88° N: 22.24 m x 16.03 m = 356.5 m² (111.2 km/° x 80.2 km/°), within 1 %
    area = QgsGeometry.fromWkt(rows[0]["wkt"]).area()
    assert area == pytest.approx(356.5, rel=0.01)


def test_polygon_area_and_date(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    area = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("POLYGON((11.0895 43.8795, 11.0925 43.8795, 11.0925 43.8815, 11.0895 43.8795))")
    )
    area.dataProvider().addFeatures([feature])
    feedback, log = logged()
    result = run(
        ALG,
        {
            "AREA": area,
            "DATE": "2016-04-10",
            "ENDPOINT": overpass.url(PATH),
            "LAND_USE": str(tmp_path / "l.gpkg"),
        },
        feedback=feedback,
    )
    query = overpass.requests[0].form["data"]
    assert query.startswith('[out:xml][timeout:180][date:"2016-04-10T00:00:00Z"];\n')
    poly = '(poly:"43.8795 11.0895 43.8795 11.0925 43.8815 11.0925")'
    assert query.count(poly) == len(PRODUCTION_FILTERS)
    assert any("mixes real change with mapping activity" in text for text in log["warning"])
    assert files_in(tmp_path) == ["l.gpkg", "l.qml"]  # only the output asked for
    # Counts only of the outputs made; the data are OSM as of DATE (osm_base is the server's current time).
    assert result["LANDUSE_COUNT"] > 0
    assert "BUILDING_COUNT" not in result and "ACTIVITY_COUNT" not in result, result
    assert result["DATA_TIMESTAMP"] == "2016-04-10T00:00:00Z"
    assert any("OSM data as of 2016-04-10T00:00:00Z" in text for text in log["info"]), log["info"]
    assert not any("OSM data of 2024-05-01" in text for text in log["info"])


def test_area_layer_in_a_projected_crs(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    area = QgsVectorLayer("Polygon?crs=EPSG:32632", "area", "memory")
    feature = QgsFeature()
    # 100 m x 100 m in UTM 32N around the fixture
    feature.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((668000 4860500, 668100 4860500, 668100 4860600, 668000 4860600, 668000 4860500))"
        )
    )
    area.dataProvider().addFeatures([feature])
    run(ALG, {"AREA": area, "ENDPOINT": overpass.url(PATH), "RAW": str(tmp_path / "raw.osm")})
    query = overpass.requests[0].form["data"]
    coords = query.split('(poly:"')[1].split('")')[0].split()
    lats, lons = [float(v) for v in coords[0::2]], [float(v) for v in coords[1::2]]
    assert len(lats) == 4 and all(43.87 < v < 43.90 for v in lats) and all(11.08 < v < 11.11 for v in lons)


def test_raw_answer_as_received(run, overpass, tmp_path):
    body = ANSWER.read_bytes()
    overpass.route(PATH, Reply(200, body))
    result = run(ALG, {"EXTENT": EXTENT, "ENDPOINT": overpass.url(PATH), "RAW": str(tmp_path / "raw.osm")})
    assert (tmp_path / "raw.osm").read_bytes() == body
    assert result["RAW"] == str(tmp_path / "raw.osm")
    assert files_in(tmp_path) == ["raw.osm"]


def test_endpoint_from_the_settings(run, overpass, tmp_path):
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    settings = QgsSettings()
    settings.setValue("reindustria/overpass_endpoint", overpass.url(PATH))
    try:
        feedback, log = logged()
        run(ALG, {"EXTENT": EXTENT, "RAW": str(tmp_path / "raw.osm")}, feedback=feedback)
    finally:
        settings.remove("reindustria/overpass_endpoint")
    assert len(overpass.requests) == 1
    assert f"Overpass API endpoint: {overpass.url(PATH)}" in log["info"]


def test_429_then_success(run, overpass, tmp_path):
    overpass.route(
        PATH, Reply(429, "Too Many Requests", content_type="text/html"), Reply(200, ANSWER.read_bytes())
    )
    feedback, log = logged()
    result = run(ALG, params(overpass, tmp_path), feedback=feedback)
    assert len(overpass.requests) == 2
    assert overpass.requests[0].form == overpass.requests[1].form
    assert any("HTTP 429" in text and "retry 1 of 3" in text for text in log["info"])
    assert result["BUILDING_COUNT"] > 0


# Failures: nothing is left behind ----------------------------------------------------------------------------
def failure(run, overpass, tmp_path, match, **extra):
    """Run, expect a QgsProcessingException matching ``match``, and check that no output file was written."""
    with pytest.raises(QgsProcessingException, match=match):
        run(ALG, params(overpass, tmp_path, **outputs(tmp_path, raw=True), **extra))
    assert files_in(tmp_path) == []


def test_504_exhausted(run, overpass, tmp_path):
    page = "<html><body><p>The server is probably too busy to handle your request.</p></body></html>"
    overpass.route(PATH, Reply(504, page, content_type="text/html"))
    failure(
        run,
        overpass,
        tmp_path,
        r"HTTP 504 \(Gateway Timeout\) after 4 attempts: The server is probably too busy",
    )
    assert len(overpass.requests) == 4


def test_timeout(run, overpass, tmp_path, monkeypatch):
    from reindustria_plugin.algorithms import download_osm_production

    monkeypatch.setattr(download_osm_production, "TRANSFER_MARGIN", -4)  # the client waits TIMEOUT - 4 = 1 s
    overpass.route(PATH, Reply(200, ANSWER.read_bytes(), delay=4))
    failure(run, overpass, tmp_path, r"did not answer within 1 s .*Raise TIMEOUT", TIMEOUT=5)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (HEADER + '  <node id="1" lat="43.88" lon="11.09"/>\n  <way id="2">\n', "not well-formed OSM XML"),
        ('{"elements": []}', "answered JSON, not OSM XML"),
        (
            "<html><body><h1>Welcome to nginx!</h1></body></html>",
            "answered an HTML page, not OSM XML: Welcome",
        ),
        (
            HEADER
            + '<remark> runtime error: Query timed out in "query" at line 3 after 181 seconds. </remark>\n</osm>',
            r"stopped the query: 'runtime error: Query timed out .*Raise TIMEOUT",
        ),
        (
            HEADER
            + '  <node id="1" lat="43.88" lon="11.09"/>\n<remark> runtime error: Query run out of memory in "recurse" '
            "at line 13 using about 2048 MB of RAM. </remark>\n</osm>",
            "ran out of memory",
        ),
        (HEADER + "\n</osm>\n", "found no production-related features"),
        ("", r"sent an empty answer \(HTTP 200\)"),
    ],
)
def test_bad_answers(run, overpass, tmp_path, body, match):
    overpass.route(PATH, Reply(200, body))
    failure(run, overpass, tmp_path, match)


def test_oversized_answer(run, overpass, tmp_path):
    big = (
        HEADER
        + "".join(f'  <node id="{i}" lat="43.88" lon="11.09"/>\n' for i in range(1, 40_000))
        + "</osm>\n"
    )
    overpass.route(PATH, Reply(200, big, declare_length=False))
    failure(
        run,
        overpass,
        tmp_path,
        r"larger than the limit of 1\.0 MB.*Split the area.*raise MAX_SIZE_MB",
        MAX_SIZE_MB=1,
    )


def test_area_guard_before_any_request(run, overpass, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, params(overpass, tmp_path, EXTENT="9.0,9.3,45.35,45.55 [EPSG:4326]"))
    text = str(err.value)
    # 0.3° x 0.2° at 45.45° N: R² (π/180 · 0.3) (sin 45.55° − sin 45.35°) = 40,589,753 · 0.0052360 · 0.0024488
    # = 520.4 km² (pyproj.Geod on WGS 84: 521.7 km²)
    assert "covers 520.4 km², more than the limit of 50 km²" in text and "raise MAX_AREA_KM2" in text
    assert overpass.requests == [] and files_in(tmp_path) == []
    # raised limit: the request goes out
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    run(ALG, params(overpass, tmp_path, EXTENT="9.0,9.3,45.35,45.55 [EPSG:4326]", MAX_AREA_KM2=600))
    assert len(overpass.requests) == 1


def test_cancel_mid_download(run, overpass, tmp_path):
    feedback = QgsProcessingFeedback()
    body = ANSWER.read_bytes() * 1  # 14 kB sent in 1 kB chunks every 0.2 s: about 3 s
    overpass.route(
        PATH,
        Reply(
            200,
            body,
            chunk_size=1000,
            chunk_delay=0.2,
            on_request=lambda: threading.Timer(0.7, feedback.cancel).start(),
        ),
    )
    with pytest.raises(QgsProcessingException, match="Canceled: no output was written"):
        run(ALG, params(overpass, tmp_path, **outputs(tmp_path, raw=True)), feedback=feedback)
    assert files_in(tmp_path) == []


def test_bad_parameters(run, overpass, tmp_path):
    for extra, match in (
        ({"DATE": "10/04/2016"}, "not an ISO date"),
        ({"DATE": "2011-01-01"}, "before 2012-09-12"),
        ({"ENDPOINT": "ftp://example.org/x"}, "not an http"),
        ({"EXTENT": None}, "Give the area to download"),
        ({"TARGET_CRS": "EPSG:4326"}, "geographic"),
        ({"BUILDINGS": str(tmp_path / "missing" / "b.gpkg")}, "folder of these outputs does not exist"),
    ):
        with pytest.raises(QgsProcessingException, match=match):
            run(ALG, params(overpass, tmp_path, **extra))
    assert overpass.requests == []
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run(ALG, {"EXTENT": EXTENT, "ENDPOINT": overpass.url(PATH)})


def test_an_extent_typed_without_its_crs(run, overpass, tmp_path):
    """qgis_process users type EXTENT=xmin,xmax,ymin,ymax: degrees are read as longitude/latitude with a
    warning (as downloadcorine does); other numbers are refused, shown as typed, asking for the CRS."""
    overpass.route(PATH, Reply(200, ANSWER.read_bytes()))
    feedback, log = logged()
    run(ALG, params(overpass, tmp_path, EXTENT=EXTENT.split(" [")[0]), feedback=feedback)
    assert any("read in EPSG:4326" in w for w in log["warning"]), log["warning"]
    assert "(43.8795,11.0895,43.8815,11.0925)" in overpass.requests[0].form["data"]
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, params(overpass, tmp_path, EXTENT="668000,668300,4860500,4860700"))
    message = str(err.value)
    assert "668000,668300,4860500,4860700" in message and "e+" not in message, message
    assert 'EXTENT="11.0,11.2,43.8,43.95 [EPSG:4326]"' in message, message
    assert len(overpass.requests) == 1


def area_in_a_wrong_crs():
    """Longitude/latitude numbers in a layer that says EPSG:32632 (metres): a few mm² once transformed."""
    area = QgsVectorLayer("Polygon?crs=EPSG:32632", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(11.0895, 43.8795, 11.0925, 43.8815)))
    area.dataProvider().addFeatures([feature])
    return area


def test_an_area_layer_in_a_wrong_crs(run, overpass, tmp_path):
    with pytest.raises(QgsProcessingException, match="Check the CRS of the area layer"):
        run(ALG, {"AREA": area_in_a_wrong_crs(), "ENDPOINT": overpass.url(PATH), **outputs(tmp_path)})
    assert overpass.requests == []


def test_size_figure_agrees_with_the_help_page(provider):
    """MAX_AREA_KM2's description quotes the measured MB per km² of the help page, not another figure."""
    from qgis.core import QgsApplication

    from reindustria_plugin import paths

    text = QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition("MAX_AREA_KM2").help()
    page = (paths.PROCESSING / "help" / "downloadosmproduction.en.md").read_text(encoding="utf-8")
    assert "0.4 MB per km²" in text and "0.4 MB per km²" in page, text
