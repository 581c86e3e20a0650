"""OSM production spaces core: tag classification edge cases, building levels, the UTM zone, GDAL's other_tags,
buildings and activities from hand-made layers, bad input, tag objects (the Prato Overpass exports) and the
shapely 1.8 code path."""

import json

import pytest
from shapely import wkb
from shapely.geometry import LineString, Point, Polygon, box

from reindustria_plugin import paths
from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.osm.production import (
    ACTIVITY_COLUMNS,
    BUILDING_COLUMNS,
    OsmLayer,
    activity_tag,
    building_class,
    classify_tag_objects,
    layer_tags,
    osm_ids,
    parse_levels,
    production_spaces,
    utm_crs,
)
from reindustria_plugin.analysis.osm.tags import TagMapping, load_tag_mapping
from tests.conftest import run_on_system_shapely18

MAPPING = load_tag_mapping(paths.PRESETS / "osm_production_tags.csv")
PRATO = (11.09, 43.88)


# Classification ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ({"building": "yes", "craft": "carpenter"}, "craft"),  # building=yes gives way to the activity
        ({"building": "residential", "shop": "bakery"}, "residential"),  # a use of the building comes first
        ({"building": "Apartments"}, "residential"),  # values are compared in lower case
        ({"building": "yes"}, "unknown"),
        ({"building": "yes", "office": "coworking"}, "coworking"),
        ({"building": "yes", "man_made": "works"}, "industrial"),
        ({"building": "school"}, "other"),
        ({"building": "sauna"}, None),  # not in the preset
    ],
)
def test_building_class(tags, expected):
    assert building_class(tags, MAPPING) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ({"craft": "shoemaker"}, ("craft", "craft", "shoemaker")),
        ({"shop": "bakery", "craft": "baker"}, ("craft", "craft", "baker")),  # craft comes before shop
        ({"office": "coworking"}, ("coworking", "office", "coworking")),  # before office=*
        ({"amenity": "coworking_space"}, ("coworking", "amenity", "coworking_space")),
        ({"office": "government"}, ("office", "office", "government")),
        ({"man_made": "works"}, ("industrial", "man_made", "works")),
        ({"industrial": "brewery", "shop": "alcohol"}, ("industrial", "industrial", "brewery")),
        ({"amenity": "cafe;bar"}, ("services", "amenity", "cafe;bar")),  # a value list matches by any value
        ({"amenity": "Restaurant"}, ("services", "amenity", "Restaurant")),  # the value is kept as mapped
        ({"amenity": "bench"}, None),
        ({"natural": "tree"}, None),
        ({"man_made": "mast"}, None),
        ({"building": "industrial"}, None),  # a building's use is no activity
        ({"landuse": "industrial"}, None),  # nor is a land use
        ({"building": "yes", "craft": ""}, None),
        ({}, None),
    ],
)
def test_activity_tag(tags, expected):
    assert activity_tag(tags, MAPPING) == expected


def test_activity_tag_key_mapped_to_other_is_no_activity_but_other_keys_are():
    mapping = TagMapping(
        (
            ("shop", "vacant", "other"),
            ("craft", "*", "craft"),
            ("shop", "*", "services"),
            ("building", "yes", "unknown"),
        )
    )
    assert activity_tag({"shop": "vacant"}, mapping) is None
    assert activity_tag({"shop": "vacant", "craft": "tailor"}, mapping) == ("craft", "craft", "tailor")
    assert activity_tag({"shop": "shoes"}, mapping) == ("services", "shop", "shoes")


# Levels --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        (" 4 ", 4.0),
        ("3.5", 3.5),
        ("2,5", 2.5),
        ("3;4", 3.0),
        ("3-4", 3.0),
        ("4 floors", 4.0),
        ("0", 0.0),
        (5, 5.0),
        ("200", 200.0),
        ("250", None),
        ("-1", None),
        ("ground+2", None),
        ("two", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_parse_levels(value, expected):
    assert parse_levels(value) == expected


# CRS -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lon", "lat", "epsg"),
    [
        (24.94, 60.17, 32635),  # Helsinki
        (11.09, 43.88, 32632),  # Prato
        (9.19, 45.46, 32632),  # Milan
        (4.35, 50.85, 32631),  # Brussels
        (-58.38, -34.60, 32721),  # Buenos Aires: south
        (151.21, -33.87, 32756),  # Sydney
        (-74.0, 40.7, 32618),  # New York
        (12.0, 45.0, 32633),  # on a zone edge: the zone to the east
        (11.999, 45.0, 32632),
        (0.0, 0.0, 32631),  # the equator counts as north
        (-180.0, 10.0, 32601),
        (180.0, 10.0, 32601),  # the same meridian
        (179.99, 10.0, 32660),
        (5.32, 60.39, 32632),  # Bergen: the Norway exception (zone 31 otherwise)
        (2.0, 60.0, 32631),  # west of the exception
        (15.6, 78.2, 32633),  # Longyearbyen, Svalbard
        (8.0, 79.0, 32631),
        (25.0, 79.0, 32635),
        (40.0, 79.0, 32637),
        (0.0, 85.0, 32661),  # UPS North
        (0.0, -85.0, 32761),  # UPS South
    ],
)
def test_utm_crs(lon, lat, epsg):
    assert utm_crs(lon, lat) == f"EPSG:{epsg}"


def test_utm_crs_outside_the_globe():
    with pytest.raises(InputError):
        utm_crs(0.0, 95.0)


# GDAL's layers -------------------------------------------------------------------------------------------------
def test_other_tags_with_escaped_quotes_and_tag_columns():
    layer = OsmLayer(
        [b"", b""],
        {
            "osm_id": ["1", "2"],
            "name": ['Bar "Al Ponte"', None],
            "building": [None, "yes"],  # a column, as GDAL's default configuration gives the multipolygons
            "other_tags": [
                '"note"=>"say \\"hi\\"","craft"=>"carpenter","path"=>"a\\\\b","building:levels"=>"3;4"',
                '"building"=>"house","shop"=>"bakery"',  # a clash: the column wins
            ],
        },
    )
    first, second = layer_tags(layer)
    assert first == {
        "name": 'Bar "Al Ponte"',
        "note": 'say "hi"',
        "craft": "carpenter",
        "path": "a\\b",
        "building:levels": "3;4",
    }
    assert second == {"building": "yes", "shop": "bakery"}


def test_osm_ids():
    points = OsmLayer([b"", b""], {"osm_id": ["10", None]})
    polygons = OsmLayer([b"", b"", b""], {"osm_id": [None, "45", None], "osm_way_id": ["123", None, None]})
    assert osm_ids(points, "points") == ["node/10", None]
    assert osm_ids(polygons, "multipolygons") == ["way/123", "relation/45", None]


# Buildings and activities from hand-made layers ----------------------------------------------------------------
def square(x, y, d=0.0002):
    return box(x, y, x + d, y + d)


def hstore(tags):
    return ",".join(f'"{k}"=>"{v}"' for k, v in tags.items())


def layer(rows, kind):
    """An OsmLayer as GDAL's OSM driver gives it: rows of (id, geometry, tags), polygons with a way id, or a
    relation id when the id starts with 'r'."""
    columns = {"osm_id": [], "name": [], "other_tags": []}
    if kind == "multipolygons":
        columns["osm_way_id"] = []
    geoms = []
    for osm_id, geom, tags in rows:
        tags = dict(tags)
        name = tags.pop("name", None)
        if kind == "multipolygons":
            relation = osm_id.startswith("r")
            columns["osm_id"].append(osm_id[1:] if relation else None)
            columns["osm_way_id"].append(None if relation else osm_id)
        else:
            columns["osm_id"].append(osm_id)
        columns["name"].append(name)
        columns["other_tags"].append(hstore(tags) if tags else None)
        geoms.append(wkb.dumps(geom))
    return OsmLayer(geoms, columns)


def sample(x0=PRATO[0], y0=PRATO[1]):
    outer = square(x0, y0 + 0.001, 0.0004)
    inner = square(x0 + 0.0001, y0 + 0.0011, 0.0002)
    polygons = layer(
        [
            (
                "101",
                square(x0, y0),
                {"building": "yes", "craft": "carpenter", "name": "Falegnameria", "building:levels": "2"},
            ),
            ("102", square(x0 + 0.0005, y0), {"building": "apartments", "building:levels": "5;6"}),
            ("103", square(x0 + 0.001, y0), {"building": "industrial", "building:levels": "two"}),
            (
                "r201",
                Polygon(outer.exterior.coords, [inner.exterior.coords]),
                {"building": "office", "type": "multipolygon"},
            ),
            ("106", square(x0 + 0.001, y0 + 0.001), {"shop": "supermarket"}),
            ("107", square(x0 + 0.0015, y0, 0.0004), {"landuse": "industrial"}),
            ("108", square(x0 + 0.002, y0 + 0.001), {"building": "sauna"}),
            ("109", Polygon([(x0, y0), (x0 + 0.0001, y0), (x0, y0)]), {"building": "yes"}),  # no area
        ],
        "multipolygons",
    )
    points = layer(
        [
            ("50", Point(x0 + 0.0025, y0), {"craft": "shoemaker", "name": "Suutari"}),
            ("51", Point(x0 + 0.0025, y0 + 0.0001), {"amenity": "bench"}),
            ("52", Point(x0 + 0.0025, y0 + 0.0002), {"shop": "bakery", "craft": "baker"}),
            ("53", Point(x0 + 0.0025, y0 + 0.0003), {"amenity": "coworking_space"}),
            ("54", Point(x0 + 0.0025, y0 + 0.0004), {"natural": "tree"}),
        ],
        "points",
    )
    return points, polygons


def test_buildings_and_activities_of_hand_made_layers():
    points, polygons = sample()
    r = production_spaces(points, polygons, MAPPING, source="sample.osm")
    assert r.crs == "EPSG:32632"
    b = r.buildings.set_index("osm_id")
    assert list(r.buildings.columns) == [*BUILDING_COLUMNS, "geometry"]
    assert b.production_class.to_dict() == {
        "way/101": "craft",
        "way/102": "residential",
        "way/103": "industrial",
        "relation/201": "office",
        "way/108": "unknown",
    }
    assert b.levels.loc["way/101"] == 2.0 and b.levels.loc["way/102"] == 5.0
    assert b.levels.isna().to_dict() == {k: k not in ("way/101", "way/102") for k in b.index}
    assert b.building.loc["way/101"] == "yes" and b.name.loc["way/101"] == "Falegnameria"
    assert json.loads(b.tags.loc["relation/201"]) == {"building": "office", "type": "multipolygon"}
    assert json.loads(b.tags.loc["way/101"])["name"] == "Falegnameria"
    hole = b.geometry.loc["relation/201"]
    assert hole.geom_type == "Polygon" and len(hole.interiors) == 1
    # 0.0002° is about 22 m north-south and 16 m east-west at 43.9° N: the footprint is metric now.
    assert 300 < b.geometry.loc["way/102"].area < 400
    a = r.activities.set_index("osm_id")
    assert list(r.activities.columns) == [*ACTIVITY_COLUMNS, "geometry"]
    assert a[["production_class", "activity_key", "activity_value"]].apply(tuple, axis=1).to_dict() == {
        "node/50": ("craft", "craft", "shoemaker"),
        "node/52": ("craft", "craft", "baker"),
        "node/53": ("coworking", "amenity", "coworking_space"),
        "way/101": ("craft", "craft", "carpenter"),
        "way/106": ("services", "shop", "supermarket"),
    }
    assert set(a.geometry.geom_type) == {"Point"}
    assert b.geometry.loc["way/101"].contains(a.geometry.loc["way/101"])
    texts = [str(m) for m in r.messages]
    assert any("sauna (1)" in t for t in texts)
    assert any("'two' (1)" in t for t in texts)
    assert any("way/109" in t and "no area" in t for t in texts)
    assert r.counts["points"] == 5 and r.counts["polygons"] == 8


def test_target_crs_and_southern_hemisphere():
    points, polygons = sample(-58.38, -34.60)
    assert production_spaces(points, polygons, MAPPING).crs == "EPSG:32721"
    r = production_spaces(points, polygons, MAPPING, target_crs="EPSG:3035")
    assert r.crs == "EPSG:3035" and r.buildings.crs.to_epsg() == 3035


def test_centre_of_kept_features_not_of_a_far_boundary():
    points, polygons = sample()
    # A huge untagged-for-production relation (a region's boundary) reaching far east would move the bbox centre
    # into zone 33 or 34: only the buildings and activities count.
    far = layer([("r9", box(11.0, 43.0, 23.0, 44.0), {"boundary": "administrative"})], "multipolygons")
    merged = OsmLayer(
        polygons.wkb + far.wkb, {k: polygons.columns[k] + far.columns[k] for k in polygons.columns}
    )
    assert production_spaces(points, merged, MAPPING).crs == "EPSG:32632"


def test_only_the_outputs_asked_for():
    points, polygons = sample()
    r = production_spaces(points, polygons, MAPPING, want_buildings=False)
    assert r.buildings is None and len(r.activities) == 5
    r = production_spaces(points, polygons, MAPPING, want_activities=False)
    assert r.activities is None and len(r.buildings) == 5


def test_no_buildings_is_an_error_only_when_buildings_are_asked_for():
    points, _ = sample()
    with pytest.raises(InputError, match=r"holds no buildings: 5 nodes with tags and 0 polygons"):
        production_spaces(points, None, MAPPING, source="nodes.osm")
    r = production_spaces(points, None, MAPPING, want_buildings=False)
    assert len(r.activities) == 3


def test_no_activities_is_a_warning():
    _, polygons = sample()
    bench = layer([("51", Point(*PRATO), {"amenity": "bench"})], "points")
    r = production_spaces(bench, polygons, MAPPING)
    assert len(r.activities) == 2  # the carpenter's workshop and the supermarket, both polygons
    r = production_spaces(
        bench, layer([("1", square(*PRATO), {"building": "house"})], "multipolygons"), MAPPING
    )
    assert len(r.activities) == 0 and list(r.activities.columns) == [*ACTIVITY_COLUMNS, "geometry"]
    assert any("no production activities" in str(m) for m in r.messages)


def test_empty_file_is_an_error():
    with pytest.raises(InputError, match="holds no nodes with tags and no polygons"):
        production_spaces(OsmLayer([]), OsmLayer([]), MAPPING, source="empty.osm")


def test_cancel():
    points, polygons = sample()
    with pytest.raises(Canceled):
        production_spaces(points, polygons, MAPPING, is_canceled=lambda: True)


def test_unreadable_and_non_polygonal_geometries_are_left_out():
    _, polygons = sample()
    broken = OsmLayer(
        polygons.wkb
        + [b"\x01\x03\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00" + b"\x00" * 32]
        + [wkb.dumps(LineString([(11.09, 43.88), (11.091, 43.881)]))],
        {k: v + ([None, None] if k != "osm_way_id" else ["901", "902"]) for k, v in polygons.columns.items()},
    )
    broken.columns["other_tags"][-2:] = ['"building"=>"yes"', '"building"=>"yes"']
    r = production_spaces(None, broken, MAPPING)
    assert "way/901" not in set(r.buildings.osm_id) and "way/902" not in set(r.buildings.osm_id)
    assert len(r.buildings) == 5


# Tag objects ---------------------------------------------------------------------------------------------------
def test_classify_tag_objects():
    values = [
        {"craft": "shoemaker", "addr:street": "Via Roma"},
        '{"shop": "bakery", "craft": "baker"}',
        '"office"=>"coworking"',
        {"amenity": "bench"},
        "workshop",  # a bare value (building=workshop)
        "industrial",
        None,
        "",
        '{"broken json',
        {"building": "apartments", "shop": "florist"},
    ]
    assert classify_tag_objects(values, MAPPING) == [
        "craft",
        "craft",
        "coworking",
        None,
        "craft",
        "industrial",
        None,
        None,
        None,
        "services",
    ]
    assert classify_tag_objects(
        [{"building": "apartments", "shop": "florist"}], MAPPING, activities=False
    ) == ["residential"]


@pytest.mark.parametrize(
    "name", ["prato_craft_2016-04-10", "prato_craft_2017-02-01", "prato_shop_2016-04-10"]
)
def test_prato_overpass_tags(shared_data, name):
    """The Prato exports (Overpass, tags in a nested object) are read with json here, not with the code under
    test: every feature with a craft tag is a craft, every other feature with a shop tag is a service."""
    features = json.loads((shared_data / "osm" / "prato_poi" / f"{name}.geojson").read_text())["features"]
    tags = [f["properties"]["tags"] for f in features]
    classes = classify_tag_objects(tags, MAPPING)
    expected = ["craft" if "craft" in t else "services" if "shop" in t else "?" for t in tags]
    assert "?" not in expected
    assert classes == expected
    # The same as JSON text (a GeoPackage or CSV copy keeps the object as text).
    assert classify_tag_objects([json.dumps(t) for t in tags], MAPPING) == expected


# shapely 1.8 ---------------------------------------------------------------------------------------------------
SHAPELY18 = """
import json, sys
import shapely
sys.path.insert(0, ".")
from tests.analysis.test_osm_production import sample, MAPPING
from reindustria_plugin.analysis.osm.production import production_spaces
assert shapely.__version__.startswith("1."), shapely.__version__
points, polygons = sample()
r = production_spaces(points, polygons, MAPPING)
print(json.dumps({"crs": r.crs,
                  "buildings": sorted([i, c, round(g.area, 3)] for i, c, g in zip(r.buildings.osm_id,
                                      r.buildings.production_class, r.buildings.geometry)),
                  "activities": sorted([i, c, round(g.x, 3), round(g.y, 3)] for i, c, g in zip(r.activities.osm_id,
                                       r.activities.production_class, r.activities.geometry))}))
"""


def test_shapely_1_8_code_path_of_debian_12_qgis():
    old = run_on_system_shapely18(SHAPELY18, needs="shapely, pytest")
    points, polygons = sample()
    r = production_spaces(points, polygons, MAPPING)
    assert old["crs"] == r.crs
    assert old["buildings"] == sorted(
        [i, c, round(g.area, 3)]
        for i, c, g in zip(r.buildings.osm_id, r.buildings.production_class, r.buildings.geometry)
    )
    assert old["activities"] == sorted(
        [i, c, round(g.x, 3), round(g.y, 3)]
        for i, c, g in zip(r.activities.osm_id, r.activities.production_class, r.activities.geometry)
    )
