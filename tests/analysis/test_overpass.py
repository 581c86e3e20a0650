"""Overpass queries and answers without a server: the query text (areas, date, tags, output), ISO dates, the
checks of an answer (OSM XML, Overpass error remarks, HTML and JSON pages, cut documents, no elements), and the
OSM land-use areas with the codes of nomenclature_osm_landuse.csv."""

import datetime as dt
import re

import pytest
from shapely.geometry import Point, box

from reindustria_plugin import paths
from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.osm.landuse import (
    DISUSED_INDUSTRIAL,
    LANDUSE_CODES,
    LANDUSE_COLUMNS,
    landuse_areas,
    landuse_code,
)
from reindustria_plugin.analysis.osm.overpass import (
    PRODUCTION_FILTERS,
    bbox_filter,
    inspect_answer,
    overpass_date,
    poly_filter,
    production_query,
)
from reindustria_plugin.analysis.osm.production import OsmLayer
from reindustria_plugin.analysis.typology import CLASS_KEYS, load_nomenclature
from tests.conftest import REPO, run_on_system_shapely18

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="Overpass API 0.7.62.1 084b4234">\n'
    "<note>The data included in this document is from www.openstreetmap.org. The data is made available under "
    'ODbL.</note>\n<meta osm_base="2024-05-01T10:20:03Z"/>\n'
)
NOMENCLATURE = load_nomenclature(paths.PRESETS / "nomenclature_osm_landuse.csv")


# The query ---------------------------------------------------------------------------------------------------
def test_bbox_filter_is_south_west_north_east():
    assert bbox_filter(9.1, 45.4, 9.25, 45.52) == "(45.4,9.1,45.52,9.25)"
    assert bbox_filter(-0.5, -1.25, 0.0, 0.123456789) == "(-1.25,-0.5,0.1234568,0)"
    for bad in ((9.2, 45.4, 9.2, 45.5), (9.1, 45.5, 9.2, 45.4), (9.1, 45.4, 9.2, 95.0)):
        with pytest.raises(InputError, match="not a valid area"):
            bbox_filter(*bad)


def test_poly_filter_is_lat_lon_pairs():
    ring = [(9.1, 45.4), (9.2, 45.4), (9.2, 45.5), (9.1, 45.4)]
    assert poly_filter(ring) == '(poly:"45.4 9.1 45.4 9.2 45.5 9.2")'  # closing point dropped
    with pytest.raises(InputError, match="fewer than three points"):
        poly_filter([(9.1, 45.4), (9.2, 45.4), (9.1, 45.4)])


def test_production_query_text():
    query = production_query(["(45.4,9.1,45.52,9.25)"], timeout=120)
    lines = query.splitlines()
    assert lines[0] == "[out:xml][timeout:120];"
    assert lines[1] == "("
    assert lines[-3:] == [");", "(._;>;);", "out body;"]
    statements = lines[2:-3]
    assert statements == [f"  nwr{f}(45.4,9.1,45.52,9.25);" for f in PRODUCTION_FILTERS]
    # every tag of issue 12, in Overpass QL
    for text in (
        '["landuse"~"^(industrial|commercial|retail|residential|brownfield|greenfield|construction|farmland|'
        'meadow|grass|orchard|vineyard|farmyard|forest)$"]',
        '["natural"~"^(wood|scrub|grassland)$"]',
        '["building"]',
        '["craft"]',
        '["industrial"]',
        '["man_made"="works"]',
        '["office"="coworking"]',
        '["amenity"="coworking_space"]',
        '["disused:landuse"="industrial"]',
        '["abandoned:landuse"="industrial"]',
    ):
        assert f"  nwr{text}(45.4,9.1,45.52,9.25);" in statements


def test_production_query_with_date_and_two_polygons():
    areas = [poly_filter([(0, 0), (1, 0), (1, 1)]), poly_filter([(2, 2), (3, 2), (3, 3)])]
    query = production_query(areas, timeout=60, date="2016-04-10T00:00:00Z")
    assert query.startswith('[out:xml][timeout:60][date:"2016-04-10T00:00:00Z"];\n(\n')
    assert query.count('(poly:"0 0 0 1 1 1")') == len(PRODUCTION_FILTERS)
    assert query.count('(poly:"2 2 2 3 3 3")') == len(PRODUCTION_FILTERS)
    with pytest.raises(InputError, match="No area"):
        production_query([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-04-10", "2016-04-10T00:00:00Z"),
        (" 2016-04-10 ", "2016-04-10T00:00:00Z"),
        ("2016-04-10T12:30:00Z", "2016-04-10T12:30:00Z"),
        ("2016-04-10 12:30", "2016-04-10T12:30:00Z"),
        ("2016-04-10T14:30:00+02:00", "2016-04-10T12:30:00Z"),
        ("2012-09-12T06:55:00Z", "2012-09-12T06:55:00Z"),
        ("", None),
        (None, None),
    ],
)
def test_overpass_date(text, expected):
    assert overpass_date(text, now=NOW) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10/04/2016", "not an ISO date"),
        ("2016-13-01", "not an ISO date"),
        ("2010-01-01", "before 2012-09-12"),
        ("2012-09-12", "before 2012-09-12"),  # midnight is before 06:55
        ("2030-01-01", "in the future"),
    ],
)
def test_overpass_date_refused(text, message):
    with pytest.raises(InputError, match=message):
        overpass_date(text, now=NOW)


# The answer --------------------------------------------------------------------------------------------------
def write(tmp_path, text, name="answer.osm"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_inspect_a_good_answer():
    summary = inspect_answer(REPO / "tests" / "data" / "osm" / "overpass_production.osm")
    # counted by hand in the fixture: 60 corner nodes + 4 activity nodes, 15 ways, 2 relations
    assert (summary.nodes, summary.ways, summary.relations) == (64, 15, 2)
    assert summary.osm_base == "2024-05-01T10:20:03Z"
    assert summary.generator.startswith("Overpass API")
    assert summary.remarks == []


@pytest.mark.parametrize(
    ("remark", "message"),
    [
        # the texts Overpass writes (osm3s source, dispatcher: "Query timed out in \"...\" at line ... after ...")
        (
            'runtime error: Query timed out in "query" at line 3 after 181 seconds.',
            r"stopped the query: 'runtime error: Query timed out .*'\. Raise TIMEOUT",
        ),
        (
            'runtime error: Query run out of memory in "recurse" at line 13 using about 2048 MB of RAM.',
            r"ran out of memory for this query: .*Download a smaller area",
        ),
        ('static error: Unknown type "nwx" ', r"reported an error: 'static error: Unknown type"),
    ],
)
def test_error_remarks_refuse_the_answer(tmp_path, remark, message):
    # a remark after some elements: the answer is incomplete, not a smaller area
    text = HEADER + '  <node id="1" lat="1" lon="1"/>\n<remark> ' + remark + " </remark>\n</osm>\n"
    with pytest.raises(InputError, match=message):
        inspect_answer(write(tmp_path, text))


def test_a_remark_that_is_no_error_is_kept(tmp_path):
    text = (
        HEADER + '  <node id="1" lat="1" lon="1"/>\n<remark> runtime remark: Timeout is 180 </remark>\n</osm>'
    )
    assert inspect_answer(write(tmp_path, text)).remarks == ["runtime remark: Timeout is 180"]


def test_no_elements(tmp_path):
    with pytest.raises(InputError, match="found no production-related features .* in this area\\. Check"):
        inspect_answer(write(tmp_path, HEADER + "\n</osm>\n"))
    with pytest.raises(InputError, match="in this area on 2016-04-10T00:00:00Z: little may have been mapped"):
        inspect_answer(write(tmp_path, HEADER + "\n</osm>\n"), date="2016-04-10T00:00:00Z")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "sent an empty answer"),
        (b"   \n", "sent an empty answer"),
        (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            b"<head><title>OSM3S Response</title></head><body><p><strong "
            b'style="color:#FF0000">Error</strong>: runtime error: open64: 2 No such file</p></body></html>',
            r"answered an HTML page, not OSM XML: Error : runtime error: open64: 2 No such file\. Check",
        ),
        (b'{"version": 0.6, "elements": []}', "answered JSON, not OSM XML"),
        (b"Service Unavailable", "answered text that is not OSM XML: Service Unavailable"),
        (
            HEADER.encode() + b'  <node id="1" lat="1" lon="1"/>\n  <way id="2">\n    <nd re',
            "not well-formed",
        ),
        (HEADER.encode() + b'  <node id="1" lat="1" lon="1"/>\n', "not well-formed"),  # cut before </osm>
    ],
)
def test_malformed_answers(tmp_path, body, message):
    with pytest.raises(InputError, match=message):
        inspect_answer(write(tmp_path, body), service="The Overpass API at example.org")


def test_inspect_can_be_canceled():
    with pytest.raises(Canceled):
        inspect_answer(REPO / "tests" / "data" / "osm" / "overpass_production.osm", is_canceled=lambda: True)


# Land use ----------------------------------------------------------------------------------------------------
def test_nomenclature_preset_matches_the_codes():
    """Every code the core gives is in the CSV with the class issue 12 names, and the classes are the plugin's."""
    classes = dict(zip(NOMENCLATURE.codes.tolist(), NOMENCLATURE.classes))
    expected = {
        ("landuse", "industrial"): "industrial",
        ("landuse", "commercial"): "commercial",
        ("landuse", "retail"): "commercial",
        ("landuse", "residential"): "residential",
        ("landuse", "brownfield"): "vacant",
        ("landuse", "construction"): "vacant",
        ("landuse", "greenfield"): "green",
        **{("landuse", v): "green" for v in ("farmland", "meadow", "grass", "orchard", "vineyard")},
        **{("landuse", v): "green" for v in ("farmyard", "forest")},
        **{("natural", v): "green" for v in ("wood", "scrub", "grassland")},
    }
    assert {tag: classes[code] for tag, code in LANDUSE_CODES.items()} == expected
    assert classes[DISUSED_INDUSTRIAL] == "vacant"
    assert set(classes) == set(LANDUSE_CODES.values()) | {DISUSED_INDUSTRIAL}
    assert set(classes.values()) <= set(CLASS_KEYS)
    # every land use of the query has a code
    query_values = re.search(r"\^\((.*)\)\$", PRODUCTION_FILTERS[0]).group(1).split("|")
    natural_values = re.search(r"\^\((.*)\)\$", PRODUCTION_FILTERS[1]).group(1).split("|")
    assert PRODUCTION_FILTERS[1].startswith('["natural"~')
    assert {("landuse", v) for v in query_values} | {("natural", v) for v in natural_values} == set(
        LANDUSE_CODES
    )


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ({"landuse": "industrial"}, (901, "industrial")),
        ({"landuse": "Retail "}, (903, "retail")),
        ({"landuse": "industrial", "disused": "yes"}, (908, "disused:industrial")),
        ({"landuse": "industrial", "abandoned": "yes"}, (908, "abandoned:industrial")),
        ({"disused:landuse": "industrial"}, (908, "disused:industrial")),
        ({"abandoned:landuse": "industrial", "landuse": "brownfield"}, (908, "abandoned:industrial")),
        ({"landuse": "industrial", "disused": "no"}, (901, "industrial")),
        ({"landuse": "farmland"}, (909, "farmland")),
        ({"natural": "wood"}, (916, "natural:wood")),
        ({"landuse": "forest", "natural": "wood"}, (915, "forest")),
        ({"natural": "water"}, None),
        ({"landuse": "quarry"}, None),
        ({"building": "industrial"}, None),
    ],
)
def test_landuse_code(tags, expected):
    assert landuse_code(tags) == expected


def landuse_sample() -> OsmLayer:
    return OsmLayer(
        [
            box(11.0900, 43.8800, 11.0910, 43.8810).wkb,  # 1 industrial
            box(11.0910, 43.8800, 11.0920, 43.8810).wkb,  # building only: left out
            box(11.0920, 43.8800, 11.0930, 43.8810).wkb,  # disused industrial (other_tags)
            box(11.0930, 43.8800, 11.0940, 43.8810).wkb,  # relation, greenfield
        ],
        {
            "osm_id": [None, None, None, "7"],
            "osm_way_id": ["1", "2", "3", None],
            "name": ["Macrolotto", None, None, None],
            "landuse": ["industrial", None, None, "greenfield"],
            "building": [None, "yes", None, None],
            "other_tags": [None, None, '"disused:landuse"=>"industrial"', None],
        },
    )


def test_landuse_areas_from_a_hand_made_layer():
    frame, messages = landuse_areas(landuse_sample(), NOMENCLATURE, "EPSG:32632")
    assert list(frame.columns[:-1]) == list(LANDUSE_COLUMNS)
    assert frame[["osm_id", "code", "production_class", "landuse", "name"]].values.tolist() == [
        ["way/1", 901, "industrial", "industrial", "Macrolotto"],
        ["way/3", 908, "vacant", "disused:industrial", None],
        ["relation/7", 907, "green", "greenfield", None],
    ]
    assert frame.crs.to_epsg() == 32632 and messages == []
    # 0.001° x 0.001° at 43.88° N: 111.2 km/° of latitude x 80.2 km/° of longitude = 8,900 m² (within 1 %)
    assert frame.area.iloc[0] == pytest.approx(8_900, rel=0.01)


def test_landuse_areas_empty_and_unmapped():
    frame, _ = landuse_areas(OsmLayer([Point(0, 0).wkb], {"landuse": ["quarry"]}), NOMENCLATURE, "EPSG:32632")
    assert len(frame) == 0 and list(frame.columns[:-1]) == list(LANDUSE_COLUMNS)
    small = load_nomenclature_without(tmp_codes=[901])
    frame, _ = landuse_areas(
        OsmLayer([box(0, 0, 0.001, 0.001).wkb], {"landuse": ["industrial"]}), small, "EPSG:32631"
    )
    assert frame["production_class"].tolist() == ["unmapped"]


def load_nomenclature_without(tmp_codes):
    """The preset without some codes (a user's edited copy)."""
    import dataclasses

    import numpy as np

    keep = [i for i, c in enumerate(NOMENCLATURE.codes) if c not in tmp_codes]
    return dataclasses.replace(
        NOMENCLATURE,
        codes=np.array([NOMENCLATURE.codes[i] for i in keep]),
        classes=[NOMENCLATURE.classes[i] for i in keep],
        labels=[NOMENCLATURE.labels[i] for i in keep],
        colours=[NOMENCLATURE.colours[i] for i in keep],
    )


def test_landuse_areas_canceled():
    polygons = OsmLayer([box(0, 0, 1, 1).wkb], {"landuse": ["industrial"]})
    with pytest.raises(Canceled):
        landuse_areas(polygons, NOMENCLATURE, "EPSG:32631", is_canceled=lambda: True)


SHAPELY18 = """
import json, sys
import shapely
sys.path.insert(0, ".")
from tests.analysis.test_overpass import landuse_sample, NOMENCLATURE
from reindustria_plugin.analysis.osm.landuse import landuse_areas
assert shapely.__version__.startswith("1."), shapely.__version__
frame, _ = landuse_areas(landuse_sample(), NOMENCLATURE, "EPSG:32632")
print(json.dumps(sorted([i, int(c), p, round(g.area, 3)] for i, c, p, g in zip(frame.osm_id, frame.code,
                        frame.production_class, frame.geometry))))
"""


def test_shapely_1_8_code_path_of_debian_12_qgis():
    old = run_on_system_shapely18(SHAPELY18, needs="shapely, pytest")
    frame, _ = landuse_areas(landuse_sample(), NOMENCLATURE, "EPSG:32632")
    assert old == sorted(
        [i, int(c), p, round(g.area, 3)]
        for i, c, p, g in zip(frame.osm_id, frame.code, frame.production_class, frame.geometry)
    )


def test_overlapping_landuse_areas_give_the_smaller_its_place():
    """A retail park mapped inside an industrial estate: each place has one land use, the smaller (more
    specific) area's; the estate is cut, so the areas add up to the estate alone, and the log says how much."""
    estate, park = box(11.0900, 43.8800, 11.0920, 43.8820), box(11.0905, 43.8805, 11.0915, 43.8810)
    polygons = OsmLayer(
        [estate.wkb, park.wkb],
        {"osm_way_id": ["1", "2"], "landuse": ["industrial", "retail"]},
    )
    frame, messages = landuse_areas(polygons, NOMENCLATURE, "EPSG:32632")
    alone = {
        name: landuse_areas(
            OsmLayer([g.wkb], {"osm_way_id": ["9"], "landuse": ["industrial"]}), NOMENCLATURE, "EPSG:32632"
        )[0].area.iloc[0]
        for name, g in (("estate", estate), ("park", park))
    }
    areas = dict(zip(frame["landuse"], frame.area))
    assert areas["retail"] == pytest.approx(alone["park"], rel=1e-9)
    assert areas["industrial"] == pytest.approx(alone["estate"] - alone["park"], rel=1e-9)
    assert frame.geometry.iloc[0].intersection(frame.geometry.iloc[1]).area < 1e-6
    text = " ".join(str(m) for m in messages)
    assert f"{alone['park'] / 1e4:.2f} ha" in text and "smaller" in text, text
