"""The CORINE download core without network: the query sent (outline, fields, paging), paging over three pages
with exceededTransferLimit, the object-id route, Esri JSON and GeoJSON answers, the code field of each year,
errors of the service, clipping (checked against GDAL's ogr2ogr -clipdst) and the 100 m raster (by hand).

The service is tests/arcgis_rest.py's stand-in for an ArcGIS REST layer, serving the real CORINE 2006 and 2012
polygons of Malta (shared data) in Web Mercator, as the EEA's CLC<year>_WM services do."""

import json
import subprocess
import sys

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from reindustria_plugin import paths
from reindustria_plugin.analysis.corine import query as q
from reindustria_plugin.analysis.corine.features import parse_page, rings_to_polygon
from reindustria_plugin.analysis.corine.land_cover import (
    NODATA,
    grid_bounds,
    land_cover,
    load_clc_classes,
    rasterise,
)
from reindustria_plugin.analysis.corine.service import (
    ATTRIBUTION,
    SERVICE_URLS,
    find_code_field,
    parse_json,
    parse_layer_info,
)
from reindustria_plugin.analysis.errors import Canceled, InputError
from tests.arcgis_rest import FakeArcGisLayer, query_shape
from tests.conftest import run_on_system_shapely18

MALTA = "landuse/clc_malta_2006_2012.gpkg"
URL = "http://127.0.0.1:8080/arcgis/rest/services/Corine/CLC2006_WM/MapServer/0"
QUERY = URL + "/query"
CLASSES = load_clc_classes(
    paths.PRESETS / "nomenclature_clc_codes.csv", paths.PRESETS / "nomenclature_clc_grid.csv"
)
#: A 20 x 20 km box over Malta (EPSG:3035), all covered by the layer: 19 classes, sea, the Valletta harbours.
BOX = box(4_715_000, 1_425_000, 4_735_000, 1_445_000)


@pytest.fixture(scope="module")
def malta_3857(tmp_path_factory):
    """The Malta layers in Web Mercator, reprojected by GDAL (ogr2ogr), as the EEA's _WM services hold CORINE."""
    from tests.conftest import DATA

    source = DATA / MALTA
    if not source.is_file():
        pytest.skip(f"shared data not found at {source}")
    out = tmp_path_factory.mktemp("malta") / "malta_3857.gpkg"
    for n, layer in enumerate(("clc06_MT", "clc12_MT")):
        subprocess.run(
            ["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:3857", *(["-update"] if n else []), "-nln", layer]
            + [str(out), str(source), layer],
            check=True,
            capture_output=True,
        )
    return out


def fake(path, year=2006, **kwargs) -> FakeArcGisLayer:
    yy = f"{year % 100:02d}"
    frame = gpd.read_file(path, layer=f"clc{yy}_MT")
    return FakeArcGisLayer(frame, f"Code_{yy}", codes_column=f"CODE_{yy}", **kwargs)


def extent_3035(path, year=2006):
    frame = gpd.read_file(path, layer=f"clc{year % 100:02d}_MT").to_crs(3035)
    return box(*frame.total_bounds)


def recording(fetch, answers=None):
    """A fetch that records (params, answer) and may replace the n-th answer by ``answers[n]``."""
    log = []

    def _fetch(url, params):
        n = len(log)
        payload = answers[n] if answers and n in answers else fetch(url, params)
        log.append((url, dict(params), payload))
        return payload

    return _fetch, log


# Services and layer descriptions -------------------------------------------------------------------------------
def test_eea_service_of_every_year():
    expected = {
        year: f"https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC{year}_WM/MapServer/0"
        for year in (1990, 2000, 2006, 2012, 2018)
    }
    assert expected == SERVICE_URLS
    assert ATTRIBUTION == "CORINE Land Cover, © European Union, Copernicus Land Monitoring Service"


@pytest.mark.parametrize(
    "names, year, expected",
    [
        (["OBJECTID", "Code_18", "Area_Ha"], 2018, "Code_18"),
        (["OBJECTID", "CODE_12", "ID"], 2012, "CODE_12"),
        (["OBJECTID", "code_06"], 2006, "code_06"),
        (["OBJECTID", "Code_00"], 2000, "Code_00"),
        (["OBJECTID", "Code_90"], 1990, "Code_90"),
        (["OBJECTID", "CODE12"], 2012, "CODE12"),
        (["CODE_06", "CODE_12", "CHANGE"], 2012, "CODE_12"),  # a change layer: the field of the year asked
        (["CODE_06", "CODE_12", "CHANGE"], 2006, "CODE_06"),
        (["OBJECTID", "Code_18"], None, "Code_18"),  # no year asked: the one code field
        (["OBJECTID", "clc_code"], 2018, "clc_code"),
    ],
)
def test_code_field_of_each_year(names, year, expected):
    assert find_code_field([{"name": n, "type": "esriFieldTypeString"} for n in names], year) == expected


def test_no_code_field_names_the_fields():
    with pytest.raises(InputError) as err:
        find_code_field([{"name": "OBJECTID"}, {"name": "NAME"}], 2018)
    assert "CODE_18" in str(err.value) and "OBJECTID, NAME" in str(err.value)
    with pytest.raises(InputError):  # two code fields of other years: no guess
        find_code_field([{"name": "CODE_06"}, {"name": "CODE_12"}], 2018)
    with pytest.raises(InputError) as err:  # one code field of another year: the URL and YEAR disagree
        find_code_field([{"name": "OBJECTID"}, {"name": "Code_06"}], 2018)
    message = str(err.value)
    assert "Code_06 is of 2006" in message and "year asked is 2018" in message, message
    assert "CLC2018_WM/MapServer/0" in message


def test_layer_description(malta_3857):
    layer = fake(malta_3857, max_record_count=60)
    info = parse_layer_info(json.dumps(layer.layer_info()).encode(), 2006, URL)
    assert info.code_field == "Code_06" and info.object_id_field == "OBJECTID"
    assert info.max_record_count == 60 and info.supports_pagination and info.supports_order_by
    assert info.epsg == 3857  # Esri's 102100 with latestWkid 3857
    assert info.formats == {"json", "geojson", "pbf"}


def test_layer_description_errors():
    root = {"currentVersion": 10.81, "layers": [{"id": 0, "name": "Corine Land Cover 2018 vector"}]}
    with pytest.raises(InputError) as err:
        parse_layer_info(json.dumps(root).encode(), 2018, "https://x/MapServer")
    assert "https://x/MapServer/0" in str(err.value) and "0 (Corine Land Cover 2018 vector)" in str(err.value)
    fields = [{"name": "OBJECTID", "type": "esriFieldTypeOID"}, {"name": "Code_18"}]
    points = {"name": "p", "geometryType": "esriGeometryPoint", "fields": fields}
    with pytest.raises(InputError, match="esriGeometryPoint"):
        parse_layer_info(json.dumps(points).encode(), 2018)
    no_query = {"name": "m", "geometryType": "esriGeometryPolygon", "fields": fields, "capabilities": "Map"}
    with pytest.raises(InputError, match="does not allow queries"):
        parse_layer_info(json.dumps(no_query).encode(), 2018)
    with pytest.raises(InputError, match="lists no fields"):
        parse_layer_info(b'{"name": "x"}', 2018)
    raster = {"id": 1, "name": "Corine Land Cover 2012 raster", "type": "Raster Layer"}
    with pytest.raises(InputError) as err:
        parse_layer_info(
            json.dumps(raster).encode(), 2012, "https://h/arcgis/rest/services/Corine/CLC2012_WM/MapServer/1"
        )
    assert err.value.params["kind"] == "Raster Layer"
    assert err.value.params["service"] == "https://h/arcgis/rest/services/Corine/CLC2012_WM/MapServer"
    # No maxRecordCount or paging capabilities (old servers): 1000 a page, and the object-id route.
    bare = parse_layer_info(json.dumps({"fields": fields}).encode(), 2018)
    assert bare.max_record_count == 1000 and not bare.supports_pagination and bare.epsg is None


def test_service_errors_and_malformed_answers():
    with pytest.raises(InputError, match="not JSON .*<html>"):
        parse_json(b"<html><body>Proxy Error</body></html>", "the query")
    with pytest.raises(InputError, match="not JSON"):
        parse_json(b'{"features": [', "the query")  # truncated
    with pytest.raises(InputError, match="not an object"):
        parse_json(b"[1, 2]", "the query")
    error = {"error": {"code": 400, "message": "Unable to complete operation.", "details": ["Invalid query"]}}
    with pytest.raises(InputError) as err:
        parse_json(json.dumps(error).encode(), "the query")
    assert err.value.params["code"] == 400
    assert err.value.params["message"] == "Unable to complete operation. Invalid query"
    token = {"error": {"code": 499, "message": "Token Required", "details": []}}
    with pytest.raises(InputError, match="needs a token"):
        parse_json(json.dumps(token).encode(), "the query")


# The query sent --------------------------------------------------------------------------------------------------
def test_query_outline_is_the_area_widened_in_the_service_crs():
    geometry_type, text, epsg = q.query_geometry(BOX, 3857)
    assert geometry_type == "esriGeometryPolygon" and epsg == 3857
    rings = json.loads(text)["rings"]
    assert json.loads(text)["spatialReference"] == {"wkid": 3857}
    assert len(rings) == 1
    ring = rings[0]
    assert ring[0] == ring[-1]
    assert sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) < 0  # clockwise
    # Back in EPSG:3035 the outline holds the whole area and stays within the margin of it.
    outline = gpd.GeoSeries([Polygon(ring)], crs=3857).to_crs(3035).iloc[0]
    assert outline.contains(BOX)
    assert outline.within(BOX.buffer(q.MARGIN + 1.0))
    # Malta in Web Mercator: x about 1.6 million m, y about 4.26 million m.
    assert 1.5e6 < ring[0][0] < 1.7e6 and 4.2e6 < ring[0][1] < 4.35e6


def test_query_outline_of_a_detailed_area_is_its_envelope():
    squares = MultiPolygon(
        [box(x, y, x + 300, y + 300) for x in range(0, 25_000, 1_000) for y in range(0, 20_000, 1_000)]
    )
    area = gpd.GeoSeries([squares], crs=3035).translate(4_700_000, 1_400_000).iloc[0]
    geometry_type, text, epsg = q.query_geometry(area, 3857)
    assert geometry_type == "esriGeometryEnvelope"
    envelope = json.loads(text)
    assert set(envelope) == {"xmin", "ymin", "xmax", "ymax", "spatialReference"}
    outline = gpd.GeoSeries([query_shape(text, geometry_type)], crs=3857).to_crs(3035).iloc[0]
    assert outline.contains(area)


def test_query_outline_in_3035_when_the_service_crs_is_unknown():
    geometry_type, text, epsg = q.query_geometry(BOX, None)
    assert epsg == 3035 and Polygon(json.loads(text)["rings"][0]).contains(BOX)


def test_three_pages_with_exceeded_transfer_limit(malta_3857):
    layer = fake(malta_3857, max_record_count=60)
    fetch, log = recording(layer.fetch)
    fractions = []
    result = q.download(fetch, URL, extent_3035(malta_3857), 2006, progress=fractions.append)
    assert [url for url, _p, _a in log] == [URL, QUERY, QUERY, QUERY, QUERY]
    assert log[0][1] == {"f": "json"}
    count_params = log[1][1]
    assert count_params["returnCountOnly"] == "true" and count_params["where"] == "1=1"
    assert count_params["inSR"] == "3857" and count_params["spatialRel"] == "esriSpatialRelIntersects"
    pages = [params for _url, params, _answer in log[2:]]
    assert [(p["resultOffset"], p["resultRecordCount"]) for p in pages] == [
        ("0", "60"),
        ("60", "60"),
        ("120", "60"),
    ]
    for p in pages:
        assert p["outFields"] == "Code_06,OBJECTID" and p["orderByFields"] == "OBJECTID ASC"
        assert p["outSR"] == "3035" and p["f"] == "json" and p["returnGeometry"] == "true"
        assert p["geometry"] == count_params["geometry"]
    answers = [json.loads(a) for _u, _p, a in log[2:]]
    assert [len(a["features"]) for a in answers] == [60, 60, 28]
    assert [a.get("exceededTransferLimit", False) for a in answers] == [True, True, False]
    assert result.count == 148 and result.pages == 3
    assert sorted(result.ids) == list(range(1, 149))
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_page_size_below_the_layer_limit(malta_3857):
    fetch, log = recording(fake(malta_3857, max_record_count=100).fetch)
    result = q.download(fetch, URL, extent_3035(malta_3857), 2006, page_size=50)
    assert [p["resultRecordCount"] for _u, p, _a in log[2:]] == ["50", "50", "50"]
    assert len(result.ids) == 148


def test_object_id_route_without_paging(malta_3857):
    layer = fake(malta_3857, max_record_count=60, supports_pagination=False)
    fetch, log = recording(layer.fetch)
    result = q.download(fetch, URL, extent_3035(malta_3857), 2006)
    params = [p for _u, p, _a in log]
    assert params[2]["returnIdsOnly"] == "true"
    batches = [p["objectIds"].split(",") for p in params[3:]]
    assert [len(b) for b in batches] == [60, 60, 28]
    assert batches[0][:3] == ["1", "2", "3"]
    assert not any("resultOffset" in p for p in params)
    assert sorted(result.ids) == list(range(1, 149))


def test_geojson_answers_give_the_same_polygons(malta_3857):
    layer = fake(malta_3857, max_record_count=60)
    as_json = q.download(layer.fetch, URL, extent_3035(malta_3857), 2006)
    fetch, log = recording(layer.fetch)
    as_geojson = q.download(fetch, URL, extent_3035(malta_3857), 2006, fmt="geojson")
    assert all(p["f"] == "geojson" and p["outSR"] == "4326" for _u, p, _a in log[2:])
    assert json.loads(log[2][2])["properties"] == {"exceededTransferLimit": True}
    assert as_json.ids == as_geojson.ids and as_json.codes == as_geojson.codes
    a = np.array([g.area for g in as_json.geometries])
    b = np.array([g.area for g in as_geojson.geometries])
    assert np.allclose(a, b, rtol=1e-6)


def test_the_count_guard_stops_before_any_page(malta_3857):
    fetch, log = recording(fake(malta_3857).fetch)
    with pytest.raises(InputError) as err:
        q.download(fetch, URL, extent_3035(malta_3857), 2006, max_features=100)
    assert err.value.params == {"count": "148", "limit": "100"}
    assert len(log) == 2  # the layer description and the count
    fetch, log = recording(fake(malta_3857).fetch)
    madrid = box(3_150_000, 2_000_000, 3_170_000, 2_020_000)
    with pytest.raises(InputError, match="no polygons in this area"):
        q.download(fetch, URL, madrid, 2006)
    assert len(log) == 2


def test_error_object_or_malformed_page(malta_3857):
    error = json.dumps({"error": {"code": 500, "message": "Error performing query operation", "details": []}})
    for answer, match in (
        (error.encode(), "ArcGIS error 500: Error performing query operation"),
        (b"<html>504 Gateway Time-out</html>", "not JSON"),
        (b'{"features": {}}', "no list of features"),
        (b'{"features": [{"attributes": {"Code_06": "111"}, "geometry": {"rings": "x"}}]}', "malformed"),
        (b'{"count": "many"}', "no list of features"),
    ):
        fetch, _log = recording(fake(malta_3857, max_record_count=60).fetch, {3: answer})
        with pytest.raises(InputError, match=match):
            q.download(fetch, URL, extent_3035(malta_3857), 2006)
    fetch, _log = recording(fake(malta_3857).fetch, {1: b'{"objectIds": []}'})
    with pytest.raises(InputError, match="holds no count"):
        q.download(fetch, URL, extent_3035(malta_3857), 2006)


def test_more_announced_but_nothing_sent(malta_3857):
    fetch, _log = recording(
        fake(malta_3857, max_record_count=60).fetch, {3: b'{"features": [], "exceededTransferLimit": true}'}
    )
    with pytest.raises(InputError, match="sent none"):
        q.download(fetch, URL, extent_3035(malta_3857), 2006)


def test_pages_that_overlap_keep_each_polygon_once(malta_3857):
    layer = fake(malta_3857, max_record_count=60)

    def shifted(url, params):  # a service that pages 10 polygons back on the second page
        if params.get("resultOffset") == "60":
            params = {**params, "resultOffset": "50"}
        return layer.fetch(url, params)

    result = q.download(shifted, URL, extent_3035(malta_3857), 2006)
    # Polygons 51-60 came twice and are kept once; 111-120 were skipped by the service itself.
    assert result.duplicates == 10
    assert sorted(result.ids) == list(range(1, 111)) + list(range(121, 149))


def test_cancel_between_pages(malta_3857):
    fetch, log = recording(fake(malta_3857, max_record_count=60).fetch)
    with pytest.raises(Canceled):
        q.download(fetch, URL, extent_3035(malta_3857), 2006, is_canceled=lambda: len(log) >= 3)
    assert len(log) == 3  # description, count, first page: no page after the cancel


# ArcGIS polygons ---------------------------------------------------------------------------------------------------
def test_rings_outer_clockwise_holes_counter_clockwise():
    outer = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]  # clockwise
    hole = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]  # counter-clockwise
    island = [[20, 0], [20, 5], [25, 5], [25, 0], [20, 0]]
    assert rings_to_polygon([outer, hole]).area == 100 - 4
    both = rings_to_polygon([outer, hole, island])
    assert both.geom_type == "MultiPolygon" and both.area == 100 - 4 + 25
    # A hole listed before its outer ring, and a lone counter-clockwise ring (read as an outer ring).
    assert rings_to_polygon([hole, outer]).area == 96
    assert rings_to_polygon([outer[::-1]]).area == 100
    assert rings_to_polygon([]) is None and rings_to_polygon([[[0, 0], [1, 1]]]) is None
    # Unclosed rings are closed.
    assert rings_to_polygon([outer[:-1]]).area == 100


def test_page_without_geometry_is_counted():
    answer = {
        "spatialReference": {"wkid": 3035},
        "features": [
            {"attributes": {"CODE_18": "111", "OBJECTID": 1}, "geometry": None},
            {
                "attributes": {"code_18": "112", "objectid": 2},
                "geometry": {"rings": [[[0, 0], [0, 1], [1, 1], [0, 0]]]},
            },
        ],
    }
    page = parse_page(json.dumps(answer).encode(), "Code_18", "OBJECTID")
    assert page.without_geometry == 1 and page.ids == [2] and page.codes == ["112"] and page.epsg == 3035


# Land cover ----------------------------------------------------------------------------------------------------------
def test_classes_match_the_eea_legend(shared_data):
    import csv

    with open(shared_data / "landuse/clc_legend.csv", encoding="utf-8") as f:
        legend = {int(r["CLC_CODE"]): r for r in csv.DictReader(f) if int(r["GRID_CODE"]) <= 44}
    assert len(CLASSES) == 44 and set(CLASSES) == set(legend)
    for code, cls in CLASSES.items():
        assert cls.grid == int(legend[code]["GRID_CODE"])
        assert cls.label == legend[code]["LABEL3"]
        assert cls.colour.lower() == legend[code]["HEX"].lower()


def test_clipped_polygons_match_gdal(malta_3857, tmp_path):
    layer = fake(malta_3857, 2012, max_record_count=60)
    download = q.download(layer.fetch, URL.replace("2006", "2012"), BOX, 2012)
    result = land_cover(download.geometries, download.codes, BOX, CLASSES, year=2012)
    frame = result.polygons
    assert list(frame.columns) == ["code", "label", "geometry"] and frame.crs.to_epsg() == 3035
    assert frame["code"].dtype == np.int64
    assert dict(zip(frame.code, frame.label))[121] == "Industrial or commercial units"
    # GDAL: the Web Mercator layer reprojected to EPSG:3035 and clipped to the box by ogr2ogr.
    clipped = tmp_path / "gdal.gpkg"
    subprocess.run(
        [
            "ogr2ogr",
            "-f",
            "GPKG",
            "-t_srs",
            "EPSG:3035",
            "-clipdst",
            *map(str, BOX.bounds),
            str(clipped),
            str(malta_3857),
            "clc12_MT",
        ],
        check=True,
        capture_output=True,
    )
    gdal = gpd.read_file(clipped)
    gdal = gdal[gdal.area > 1e-6]
    ours = frame.assign(a=frame.area).groupby("code").a.sum()
    theirs = gdal.assign(code=gdal.CODE_12.astype(int), a=gdal.area).groupby("code").a.sum()
    assert list(ours.index) == list(theirs.index)
    assert np.allclose(ours.values, theirs.values, rtol=1e-6, atol=1.0)  # m²
    assert ours.sum() == pytest.approx(BOX.area, rel=1e-9)  # the box lies inside the Malta layer
    assert len(frame) == len(gdal)


def test_whole_layer_against_the_producers_areas(malta_3857, shared_data):
    source = gpd.read_file(shared_data / MALTA, layer="clc06_MT")
    area = extent_3035(malta_3857).buffer(1000)
    download = q.download(fake(malta_3857).fetch, URL, area, 2006)
    frame = land_cover(download.geometries, download.codes, area, CLASSES).polygons
    ours = frame.assign(ha=frame.area / 1e4).groupby("code").ha.sum()
    theirs = source.assign(code=source.CODE_06.astype(int)).groupby("code").AREA_HA.sum()
    assert list(ours.index) == list(theirs.index)
    # AREA_HA was measured by the producer in ED50 / UTM 33N, whose scale at Malta (14.4° E) is 0.99964:
    # areas there are 0.07 % smaller than in the equal-area EPSG:3035.
    assert np.allclose(ours.values, theirs.values, rtol=0.0015)


def test_unknown_codes_are_left_out_with_a_warning():
    geoms = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100), box(300, 0, 400, 100)]
    result = land_cover(geoms, ["121", "999", 112.0, None], box(0, 0, 400, 100), CLASSES)
    assert list(result.polygons.code) == [121, 112]
    (message,) = result.messages
    assert message.params["count"] == 2 and message.params["ha"] == "2.0"
    assert message.params["codes"] == "999 (1), None (1)"
    with pytest.raises(InputError, match="None of the CORINE Land Cover 2018"):
        land_cover(geoms[1:2], ["999"], box(0, 0, 400, 100), CLASSES, year=2018)


def test_raster_by_hand():
    # Industry (121, grid 3) west of x = 230, discontinuous urban fabric (112, grid 2) east of it, inside an
    # area from x 30 to 330 and y 20 to 180: the grid covers x 0-400, y 0-200 in 100 m cells.
    area = box(4_000_030, 2_000_020, 4_000_330, 2_000_180)
    geoms = [box(4_000_000, 2_000_000, 4_000_230, 2_000_200), box(4_000_230, 2_000_000, 4_000_400, 2_000_200)]
    result = land_cover(geoms, ["121", "112"], area, CLASSES, want_raster=True)
    assert grid_bounds(area) == (4_000_000, 2_000_200, 4, 2)
    # Cell centres x 50, 150 (industry), 250 (housing), 350 (outside the area); y 50 and 150 both inside.
    expected = np.array([[3, 3, 2, NODATA], [3, 3, 2, NODATA]], dtype=np.uint8)
    assert result.raster.dtype == np.uint8
    assert np.array_equal(result.raster, expected)
    assert result.transform == (100.0, 0.0, 4_000_000.0, 0.0, -100.0, 2_000_200.0)


def test_raster_of_malta_counts_the_cell_centres(malta_3857):
    download = q.download(fake(malta_3857).fetch, URL, BOX, 2006)
    result = land_cover(download.geometries, download.codes, BOX, CLASSES, want_raster=True)
    assert result.raster.shape == (200, 200) and (result.raster != NODATA).all()  # the box is on the grid
    # Each class covers the cells whose centres it holds (tested with shapely, not rasterio).
    import shapely

    xs, ys = np.meshgrid(4_715_050 + 100 * np.arange(200), 1_444_950 - 100 * np.arange(200))
    for code in (112, 121, 523):
        shape = result.polygons[result.polygons.code == code].unary_union
        assert np.array_equal(result.raster == CLASSES[code].grid, shapely.contains_xy(shape, xs, ys))


def test_raster_size_guard():
    big = box(0, 0, 1_100_000, 1_000_000)
    with pytest.raises(InputError, match="more than"):
        rasterise(gpd.GeoDataFrame({"code": [111]}, geometry=[big], crs=3035), big, CLASSES)


SHAPELY18 = """
import json, sys
sys.path.insert(0, ".")
import geopandas as gpd
from shapely.geometry import box
from tests.arcgis_rest import FakeArcGisLayer
from reindustria_plugin import paths
from reindustria_plugin.analysis.corine.query import download
from reindustria_plugin.analysis.corine.land_cover import land_cover, load_clc_classes
classes = load_clc_classes(paths.PRESETS / "nomenclature_clc_codes.csv", paths.PRESETS / "nomenclature_clc_grid.csv")
layer = FakeArcGisLayer(gpd.read_file(sys.argv[1], layer="clc06_MT"), "Code_06", codes_column="CODE_06", max_record_count=60)
area = box(4_715_000, 1_425_000, 4_735_000, 1_445_000)
d = download(layer.fetch, "http://h/MapServer/0", area, 2006)
r = land_cover(d.geometries, d.codes, area, classes, want_raster=True)
areas = r.polygons.assign(a=r.polygons.area).groupby("code").a.sum()
print(json.dumps({"areas": {str(k): v for k, v in areas.items()}, "n": len(r.polygons),
                  "cells": [int(v) for v in r.raster.ravel()]}))
"""


def test_shapely_1_8_code_path_of_debian_12_qgis(malta_3857):
    old = run_on_system_shapely18(SHAPELY18, str(malta_3857))
    d = q.download(fake(malta_3857, max_record_count=60).fetch, URL, BOX, 2006)
    r = land_cover(d.geometries, d.codes, BOX, CLASSES, want_raster=True)
    areas = r.polygons.assign(a=r.polygons.area).groupby("code").a.sum()
    assert old["n"] == len(r.polygons)
    assert {int(k): v for k, v in old["areas"].items()} == pytest.approx(dict(areas.items()), rel=1e-9)
    assert old["cells"] == [int(v) for v in r.raster.ravel()]
    assert sys.version_info >= (3, 9)
