"""reindustria:osmproductionspaces through Processing: a hand-written OSM file with exact expectations, the real
Helsinki extract against counts made by GDAL's own SQL (SpatiaLite areas, hstore_get_value), outputs only when
asked, style and attribution, bad input."""

import json
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from reindustria_plugin import paths
from reindustria_plugin.analysis.osm.production import ATTRIBUTION

ALG = "reindustria:osmproductionspaces"
DATA = Path(__file__).resolve().parents[1] / "data" / "osm"
HELSINKI = "osm/helsinki_centre.osm.pbf"
CONFIG = str(paths.PRESETS / "osmconf.ini")


def read_output(path):
    """(features as dicts with 'wkt', CRS authid, geometry type, field types, metadata rights) of an output."""
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = []
    for f in layer.getFeatures():
        row = dict(zip(names, f.attributes()))
        row.pop("fid", None)
        row["wkt"] = f.geometry().asWkt()
        rows.append(row)
    types = {field.name(): field.typeName().lower() for field in layer.fields()}
    return (
        rows,
        layer.crs().authid(),
        QgsWkbTypes.displayString(layer.wkbType()),
        types,
        layer.metadata().rights(),
    )


def by_id(rows):
    return {r["osm_id"]: r for r in rows}


def test_hand_written_osm_file(run, tmp_path):
    feedback = QgsProcessingFeedback()
    warnings, infos = [], []
    feedback.pushWarning = warnings.append
    feedback.pushInfo = infos.append
    result = run(
        ALG,
        {
            "INPUT": str(DATA / "production_small.osm"),
            "BUILDINGS": str(tmp_path / "buildings.gpkg"),
            "ACTIVITIES": str(tmp_path / "activities.gpkg"),
        },
        feedback=feedback,
    )
    assert result["CRS"] == "EPSG:32632"  # Prato, 11.09° E
    assert result["BUILDING_COUNT"] == 5 and result["ACTIVITY_COUNT"] == 7
    rows, crs, kind, types, rights = read_output(result["BUILDINGS"])
    assert crs == "EPSG:32632" and kind == "MultiPolygon"
    assert types["levels"] == "real" and types["osm_id"] == "string"
    assert rights == [ATTRIBUTION]
    b = by_id(rows)
    assert {k: (v["production_class"], v["building"], v["levels"]) for k, v in b.items()} == {
        "way/101": ("craft", "yes", 2.0),  # building=yes with craft=carpenter
        "way/102": ("residential", "apartments", 5.0),  # building:levels=5;6
        "way/103": ("industrial", "industrial", None),  # building:levels=two
        "relation/201": ("office", "office", None),  # a multipolygon relation with a courtyard
        "way/108": ("unknown", "sauna", None),  # not in the preset
    }
    assert b["relation/201"]["name"] == 'Uffici "Ponte"'
    assert b["relation/201"]["wkt"].count("(") == 4  # MultiPolygon (( outer ),( inner ))
    assert json.loads(b["way/108"]["tags"]) == {"building": "sauna", "source": "survey"}  # GDAL drops source
    assert json.loads(b["way/101"]["tags"])["building:levels"] == "2"

    rows, crs, kind, types, rights = read_output(result["ACTIVITIES"])
    assert crs == "EPSG:32632" and kind == "Point" and rights == [ATTRIBUTION]
    a = by_id(rows)
    assert {k: (v["production_class"], v["activity_key"], v["activity_value"]) for k, v in a.items()} == {
        "node/50": ("craft", "craft", "shoemaker"),
        "node/52": ("craft", "craft", "baker"),  # craft before shop
        "node/53": ("coworking", "amenity", "coworking_space"),
        "node/55": ("office", "office", "company"),
        "node/56": ("services", "amenity", "cafe;bar"),
        "way/101": ("craft", "craft", "carpenter"),  # the workshop building, at a point inside it
        "way/106": ("services", "shop", "supermarket"),  # a shop mapped as an area without building
    }
    assert a["node/50"]["name"] == "Suutari"
    assert json.loads(a["node/55"]["tags"]) == {"office": "company", "note": 'say "hi"'}
    assert (tmp_path / "buildings.qml").is_file() and (tmp_path / "activities.qml").is_file()
    assert any("sauna (1)" in w for w in warnings)
    assert any("'two' (1)" in w for w in warnings)
    assert any(ATTRIBUTION in i for i in infos)
    assert any("Buildings: 5 (" in i for i in infos)


def test_style_by_production_class(run, tmp_path):
    from reindustria_plugin.algorithms.styling import PRODUCTION_CLASS_COLOURS

    result = run(ALG, {"INPUT": str(DATA / "production_small.osm"), "BUILDINGS": str(tmp_path / "b.gpkg")})
    layer = QgsVectorLayer(result["BUILDINGS"], "b", "ogr")  # QGIS loads the .qml beside the file
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "production_class"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours == {
        k: PRODUCTION_CLASS_COLOURS[k] for k in ("industrial", "craft", "office", "residential", "unknown")
    }
    del layer


def test_only_the_outputs_asked_for_and_target_crs(run, tmp_path):
    result = run(
        ALG,
        {
            "INPUT": str(DATA / "production_small.osm"),
            "ACTIVITIES": str(tmp_path / "a.gpkg"),
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:3003"),
        },
    )
    assert "BUILDINGS" not in result or not result["BUILDINGS"]
    assert not (tmp_path / "b.gpkg").exists()
    rows, crs, *_ = read_output(result["ACTIVITIES"])
    assert crs == "EPSG:3003" and len(rows) == 7 and result["CRS"] == "EPSG:3003"


def test_custom_tag_mapping(run, tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text(
        "key,value,production_class\nbuilding,sauna,other\nbuilding,yes,unknown\ncraft,*,craft\nshop,*,services\n",
        encoding="utf-8",
    )
    result = run(
        ALG,
        {
            "INPUT": str(DATA / "production_small.osm"),
            "TAG_MAPPING": str(mapping),
            "BUILDINGS": str(tmp_path / "b.gpkg"),
            "ACTIVITIES": str(tmp_path / "a.gpkg"),
        },
    )
    b = by_id(read_output(result["BUILDINGS"])[0])
    assert b["way/108"]["production_class"] == "other"
    assert b["way/102"]["production_class"] == "unknown"  # apartments are not in this mapping
    a = by_id(read_output(result["ACTIVITIES"])[0])
    assert set(a) == {"node/50", "node/52", "way/101", "way/106"}  # no office, amenity rules here


# The real Helsinki extract, against GDAL's SQL --------------------------------------------------------------------
def tag(key):
    return f"hstore_get_value(other_tags, '{key}')"


def listed(key, values):
    """SQL: the value of ``key`` (a ';' list) holds one of ``values``."""
    return "(" + " OR ".join(f"(';' || {tag(key)} || ';') LIKE '%;{v};%'" for v in values) + ")"


# The preset's activity rules in its order, written as SQL: the first matching line gives the class.
ACTIVITY_SQL = f"""CASE
 WHEN {tag("craft")} IS NOT NULL THEN 'craft'
 WHEN {tag("industrial")} IS NOT NULL THEN 'industrial'
 WHEN {listed("man_made", ["works"])} THEN 'industrial'
 WHEN {listed("office", ["coworking"])} OR {listed("amenity", ["coworking_space", "makerspace"])}
      OR {listed("leisure", ["hackerspace"])} OR {listed("club", ["hackerspace"])} THEN 'coworking'
 WHEN {tag("office")} IS NOT NULL THEN 'office'
 WHEN {tag("shop")} IS NOT NULL THEN 'services'
 WHEN {listed("amenity", ["restaurant", "cafe", "bar", "pub", "fast_food", "bank", "pharmacy", "post_office"])}
      THEN 'services'
 WHEN {listed("amenity", ["car_repair", "workshop"])} THEN 'craft'
END"""


def ogr_sql(path, sql):
    """Rows (dicts of strings) of an SQL query run by ogrinfo with SQLite/SpatiaLite, with the plugin's OSM
    configuration (every tag in other_tags)."""
    out = subprocess.run(
        ["ogrinfo", "-ro", "-q", "-oo", f"CONFIG_FILE={CONFIG}", path, "-dialect", "sqlite", "-sql", sql],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows, row = [], {}
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("OGRFeature"):
            if row:
                rows.append(row)
            row = {}
        elif " = " in line and "(" in line.split(" = ")[0]:
            name, value = line.split(" = ", 1)
            row[name.split(" (")[0]] = value
    if row:
        rows.append(row)
    return rows


def counts_by_class(path, sql):
    return {
        r["c"]: int(r["n"])
        for r in ogr_sql(path, f"SELECT c, COUNT(*) AS n FROM ({sql}) WHERE c IS NOT NULL GROUP BY c")
    }


def test_real_helsinki_extract_against_gdal_sql(run, tmp_path, shared_data):
    path = str(shared_data / HELSINKI)
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    result = run(
        ALG,
        {"INPUT": path, "BUILDINGS": str(tmp_path / "b.gpkg"), "ACTIVITIES": str(tmp_path / "a.gpkg")},
        feedback=feedback,
    )
    assert result["CRS"] == "EPSG:32635"
    building = f"{tag('building')} IS NOT NULL AND {tag('building')} <> 'no'"
    expected_buildings = int(
        ogr_sql(path, f"SELECT COUNT(*) AS n FROM multipolygons WHERE {building} AND ST_Area(geometry) > 0")[
            0
        ]["n"]
    )
    buildings, crs, *_ = read_output(result["BUILDINGS"])
    assert crs == "EPSG:32635"
    assert len(buildings) == result["BUILDING_COUNT"] == expected_buildings
    # Residential buildings: the preset's residential building values (a use of the building comes first).
    residential = ["apartments", "house", "residential", "detached", "semidetached_house", "terrace", "bungalow",
                   "dormitory", "cabin", "farm", "houseboat", "static_caravan"]  # fmt: skip
    values = ", ".join(f"'{v}'" for v in residential)
    expected_residential = int(
        ogr_sql(
            path,
            f"SELECT COUNT(*) AS n FROM multipolygons WHERE lower({tag('building')}) IN ({values}) "
            "AND ST_Area(geometry) > 0",
        )[0]["n"]
    )
    assert sum(b["production_class"] == "residential" for b in buildings) == expected_residential
    # Buildings GDAL's default configuration reads as such (the column 'building') are the same.
    default = subprocess.run(
        ["ogrinfo", "-ro", "-q", path, "-dialect", "sqlite", "-sql",
         "SELECT COUNT(*) AS n FROM multipolygons WHERE building IS NOT NULL AND building <> 'no' "
         "AND ST_Area(geometry) > 0"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert f"n (Integer) = {expected_buildings}" in default

    expected = counts_by_class(path, f"SELECT {ACTIVITY_SQL} AS c FROM points")
    for cls, n in counts_by_class(
        path, f"SELECT {ACTIVITY_SQL} AS c FROM multipolygons WHERE ST_Area(geometry) > 0"
    ).items():
        expected[cls] = expected.get(cls, 0) + n
    activities, crs, kind, *_ = read_output(result["ACTIVITIES"])
    assert crs == "EPSG:32635" and kind == "Point"
    got = {}
    for a in activities:
        got[a["production_class"]] = got.get(a["production_class"], 0) + 1
    assert got == expected
    assert result["ACTIVITY_COUNT"] == sum(expected.values())
    assert any("no area" in w for w in warnings)  # buildings cut flat at the extract's edge are reported


# Bad input --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.osm", "does not exist"),
        ("not_osm.osm", "cannot be read as OpenStreetMap data"),
        ("empty.osm", "holds no nodes with tags and no polygons"),
        ("no_buildings.osm", r"holds no buildings: 7 nodes with tags and 0 polygons"),
    ],
)
def test_bad_input(run, tmp_path, name, message):
    params = {
        "INPUT": str(DATA / name),
        "BUILDINGS": str(tmp_path / "b.gpkg"),
        "ACTIVITIES": str(tmp_path / "a.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, params)
    assert not (tmp_path / "b.gpkg").exists() and not (tmp_path / "a.gpkg").exists()


def test_no_buildings_but_only_activities_asked(run, tmp_path):
    result = run(ALG, {"INPUT": str(DATA / "no_buildings.osm"), "ACTIVITIES": str(tmp_path / "a.gpkg")})
    rows = read_output(result["ACTIVITIES"])[0]
    assert sorted(r["osm_id"] for r in rows) == ["node/50", "node/52", "node/53", "node/55", "node/56"]


def test_refusals_before_any_work(run, tmp_path):
    small = str(DATA / "production_small.osm")
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run(ALG, {"INPUT": small, "BUILDINGS": None, "ACTIVITIES": None})
    with pytest.raises(QgsProcessingException, match="geographic"):
        run(ALG, {"INPUT": small, "BUILDINGS": str(tmp_path / "b.gpkg"), "TARGET_CRS": "EPSG:4326"})
    with pytest.raises(QgsProcessingException, match="folder of these outputs does not exist"):
        run(ALG, {"INPUT": small, "BUILDINGS": str(tmp_path / "nowhere" / "b.gpkg")})
    bad = tmp_path / "bad.csv"
    bad.write_text("key,value,production_class\ncraft,*,workshops\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="unknown production class 'workshops'"):
        run(ALG, {"INPUT": small, "TAG_MAPPING": str(bad), "BUILDINGS": str(tmp_path / "b.gpkg")})
