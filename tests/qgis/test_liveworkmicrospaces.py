"""reindustria:liveworkmicrospaces through Processing: hand-checkable layers, the real Helsinki OSM extract against
QGIS's own areas, the real Prato craft points as delivered (Overpass tags), outputs only when asked, bad input."""

import json

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from tests.conftest import read_csv

ALG = "reindustria:liveworkmicrospaces"
HELSINKI = "osm/helsinki_centre.osm.pbf"


def memory_layer(kind, crs, fields, rows):
    """A memory layer of ``kind`` (Polygon, Point) with (wkt, values...) rows."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}", "test", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def buildings_layer():
    """Cell E0N0: 20x20 m apartments of 3 levels, a 10x10 m workshop without levels, half of a 20x10 m
    industrial building of 2 levels that straddles x = 100 (EPSG:3003, metres)."""
    return memory_layer(
        "Polygon",
        "EPSG:3003",
        [("building", QVariant.String), ("levels", QVariant.String)],
        [
            (box(10, 10, 30, 30), "apartments", "3"),
            (box(50, 50, 60, 60), "workshop", None),
            (box(90, 10, 110, 20), "industrial", "2"),
            (box(150, 50, 160, 60), "yes", ""),
        ],
    )


def features_of(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_units_microspaces_and_summary_by_hand(run, tmp_path):
    crafts = memory_layer(
        "Point",
        "EPSG:3003",
        [("craft", QVariant.String)],
        [("POINT(20 20)", "shoemaker"), ("POINT(120 15)", "tailor")],
    )
    result = run(
        ALG,
        {
            "BUILDINGS": buildings_layer(),
            "USE_FIELD": "building",
            "LEVELS_FIELD": "levels",
            "ACTIVITIES": crafts,
            "ACTIVITY_FIELD": "craft",
            "CELL_SIZE": 100,
            "UNITS": str(tmp_path / "units.gpkg"),
            "MICROSPACES": str(tmp_path / "ms.gpkg"),
            "SUMMARY": str(tmp_path / "summary.csv"),
        },
    )
    units = {u["unit_id"]: u for u in features_of(result["UNITS"])}
    a, b = units["E0N0"], units["E1N0"]
    assert a["floor_res_m2"] == pytest.approx(1200) and a["floor_prod_m2"] == pytest.approx(300)
    assert a["mxi"] == pytest.approx(80) and a["class"] == "mixed" and a["act_craft"] == 1
    assert b["floor_prod_m2"] == pytest.approx(200) and b["floor_unknown_m2"] == pytest.approx(100)
    assert b["class"] == "productive" and b["act_craft"] == 1
    spaces = features_of(result["MICROSPACES"])
    assert [s["microspace_id"] for s in spaces] == ["MS-E0N0"] and spaces[0]["buildings"] == 3
    summary = read_csv(result["SUMMARY"])[0]
    assert summary["units_mixed"] == "1" and summary["microspaces"] == "1"
    assert result["MICROSPACE_COUNT"] == 1 and result["MIXED_UNITS"] == 1
    # Styled: the .qml beside the files colours the units by class.
    assert "categorizedSymbol" in (tmp_path / "units.qml").read_text()
    assert (tmp_path / "ms.qml").is_file()


def _helsinki_building_area(path):
    """Area of the building polygons of the extract, measured by QGIS in UTM 35N (EPSG:32635)."""
    layer = QgsVectorLayer(f"{path}|layername=multipolygons", "b", "ogr")
    layer.setSubsetString("building IS NOT NULL")
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:32635"), QgsProject.instance()
    )
    total, count = 0.0, 0
    for feature in layer.getFeatures():
        geom = QgsGeometry(feature.geometry())
        if geom.isEmpty():
            continue
        geom.transform(transform)
        if not geom.isGeosValid():
            geom = geom.makeValid()
        total += geom.area()
        count += 1
    return total, count


def test_real_helsinki_buildings_floor_equals_qgis_areas(run, tmp_path, shared_data):
    path = str(shared_data / HELSINKI)
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    result = run(
        ALG,
        {
            "BUILDINGS": f"{path}|layername=multipolygons|subset=building IS NOT NULL",
            "USE_FIELD": "building",
            "CELL_SIZE": 100,
            "UNITS": str(tmp_path / "units.gpkg"),
            "SUMMARY": str(tmp_path / "summary.csv"),
        },
        feedback=feedback,
    )
    expected, count = _helsinki_building_area(path)
    units = features_of(result["UNITS"])
    assert sum(u["floor_m2"] for u in units) == pytest.approx(expected, rel=1e-6)
    summary = read_csv(result["SUMMARY"])[0]
    dropped = [w for w in warnings if "no polygon with an area" in w]
    left_out = int(dropped[0].split()[0]) if dropped else 0
    assert int(summary["buildings"]) + left_out == count
    layer = QgsVectorLayer(result["UNITS"], "u", "ogr")
    assert layer.crs().authid() == "EPSG:32635"
    assert any("reprojected" in w for w in warnings)


def test_real_prato_craft_points_as_delivered(run, tmp_path, shared_data):
    """The Overpass export holds the tags in a nested object: every craft point is counted as a craft."""
    path = str(shared_data / "osm/prato_poi/prato_craft_2016-04-10.geojson")
    crafts = QgsVectorLayer(path, "crafts", "ogr")
    assert crafts.isValid()
    with open(path, encoding="utf-8") as f:
        expected = sum(1 for feat in json.load(f)["features"] if "craft" in feat["properties"]["tags"])
    # CONSTRUCTED buildings: one housing block over the whole area of the points (no Prato buildings ship).
    ext = crafts.extent()
    homes = memory_layer(
        "Polygon",
        "EPSG:4326",
        [("building", QVariant.String)],
        [
            (
                box(
                    ext.xMinimum() - 0.001,
                    ext.yMinimum() - 0.001,
                    ext.xMaximum() + 0.001,
                    ext.yMaximum() + 0.001,
                ),
                "apartments",
            )
        ],
    )
    result = run(
        ALG,
        {
            "BUILDINGS": homes,
            "USE_FIELD": "building",
            "ACTIVITIES": crafts,
            "ACTIVITY_FIELD": "tags",
            "CELL_SIZE": 500,
            "UNITS": str(tmp_path / "units.gpkg"),
        },
    )
    units = features_of(result["UNITS"])
    assert sum(u["act_craft"] for u in units) == expected
    assert sum(u["activities"] for u in units) == expected


def test_only_the_outputs_asked_for(run, tmp_path):
    result = run(
        ALG,
        {"BUILDINGS": buildings_layer(), "USE_FIELD": "building", "SUMMARY": str(tmp_path / "s.csv")},
    )
    assert set(result) == {"SUMMARY", "MICROSPACE_COUNT", "MIXED_UNITS"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv", "s.csvt"]


def _bad(run, tmp_path, **extra):
    params = {"BUILDINGS": buildings_layer(), "USE_FIELD": "building", "UNITS": str(tmp_path / "u.gpkg")}
    params.update(extra)
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, params)
    return str(err.value)


def test_bad_input_messages(run, tmp_path):
    assert "at least one output" in _bad(run, tmp_path, UNITS=None)
    assert "does not exist" in _bad(run, tmp_path, UNITS=str(tmp_path / "missing" / "u.gpkg"))
    points = memory_layer("Point", "EPSG:3003", [("craft", QVariant.String)], [("POINT(1 1)", "x")])
    assert "activity field" in _bad(run, tmp_path, ACTIVITIES=points)
    assert "MXI band" in _bad(run, tmp_path, MXI_MIN=90, MXI_MAX=10)
    blocks = memory_layer(
        "Polygon",
        "EPSG:3003",
        [("code", QVariant.String)],
        [(box(0, 0, 50, 50), "A"), (box(50, 0, 99, 50), "A")],
    )
    assert "repeats values" in _bad(run, tmp_path, UNITS_LAYER=blocks, UNITS_ID_FIELD="code")
    assert not (tmp_path / "u.gpkg").exists()


def test_user_units_with_ids(run, tmp_path):
    blocks = memory_layer(
        "Polygon",
        "EPSG:3003",
        [("section", QVariant.String)],
        [(box(0, 0, 100, 100), "S1"), (box(100, 0, 200, 100), "S2"), (box(500, 500, 600, 600), "S3")],
    )
    result = run(
        ALG,
        {
            "BUILDINGS": buildings_layer(),
            "USE_FIELD": "building",
            "LEVELS_FIELD": "levels",
            "UNITS_LAYER": blocks,
            "UNITS_ID_FIELD": "section",
            "UNITS": str(tmp_path / "u.gpkg"),
        },
    )
    units = {u["unit_id"]: u for u in features_of(result["UNITS"])}
    assert units["S1"]["class"] == "mixed" and units["S3"]["class"] == "empty"
    assert units["S1"]["microspace_id"] == "MS-S1"


def test_shipped_model_osm_to_microspaces_equals_the_two_steps(run, provider, tmp_path, shared_data):
    """The model chains OSM production spaces into the live-work tool (model-builder chaining): its units equal
    those of the two algorithms run one after the other."""
    path = str(shared_data / HELSINKI)
    model = provider.algorithm("microspacescan")
    inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
    assert set(inputs) == {"OSM_FILE", "CELL_SIZE", "DEFAULT_LEVELS"}
    # The registered model knows its outputs (qgis_process help lists them), though its children are
    # algorithms of the provider that was being loaded when the model was read.
    expected = {"livework:units", "livework:microspaces", "livework:summary"}
    assert {o.name() for o in model.outputDefinitions()} == expected
    instance = model.createInstance()  # held: its parameters die with it
    outputs = {p.name() for p in instance.destinationParameterDefinitions()}
    assert outputs == expected
    out = run(
        "reindustria:microspacescan",
        {
            "OSM_FILE": path,
            "CELL_SIZE": 100,
            "DEFAULT_LEVELS": 5,
            "livework:units": str(tmp_path / "model_units.gpkg"),
            "livework:summary": str(tmp_path / "model_summary.csv"),
        },
    )
    step = run(
        "reindustria:osmproductionspaces",
        {"INPUT": path, "BUILDINGS": str(tmp_path / "b.gpkg"), "ACTIVITIES": str(tmp_path / "a.gpkg")},
    )
    direct = run(
        ALG,
        {
            "BUILDINGS": step["BUILDINGS"],
            "USE_FIELD": "production_class",
            "LEVELS_FIELD": "levels",
            "DEFAULT_LEVELS": 5,
            "ACTIVITIES": step["ACTIVITIES"],
            "ACTIVITY_FIELD": "production_class",
            "CELL_SIZE": 100,
            "UNITS": str(tmp_path / "units.gpkg"),
        },
    )
    model_units = {
        u["unit_id"]: (u["class"], round(u["floor_m2"], 3), u["activities"])
        for u in features_of(out["livework:units"])
    }
    direct_units = {
        u["unit_id"]: (u["class"], round(u["floor_m2"], 3), u["activities"])
        for u in features_of(direct["UNITS"])
    }
    assert model_units == direct_units and len(model_units) > 100
    assert sum(v[2] for v in model_units.values()) == step["ACTIVITY_COUNT"]


def _write_gpkg(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


def test_file_layers_read_fast_give_the_same_units_and_selections_are_honoured(run, tmp_path):
    """A whole GeoPackage layer is read through GDAL's Arrow stream, a memory layer or a selection through QGIS:
    the same units either way (NULL levels and text included), and a selection keeps only its buildings."""
    crafts = memory_layer(
        "Point",
        "EPSG:3003",
        [("craft", QVariant.String)],
        [("POINT(20 20)", "shoemaker"), ("POINT(120 15)", None)],
    )
    files = {
        "BUILDINGS": _write_gpkg(buildings_layer(), tmp_path / "b.gpkg"),
        "ACTIVITIES": _write_gpkg(crafts, tmp_path / "a.gpkg"),
    }
    common = {"USE_FIELD": "building", "LEVELS_FIELD": "levels", "ACTIVITY_FIELD": "craft", "CELL_SIZE": 100}
    feedback = QgsProcessingFeedback()
    debug = []
    feedback.pushDebugInfo = debug.append
    fast = run(ALG, {**common, **files, "UNITS": str(tmp_path / "fast.gpkg")}, feedback=feedback)
    assert sum("GDAL (Arrow)" in line for line in debug) == 2, debug
    slow = run(
        ALG,
        {
            **common,
            "BUILDINGS": buildings_layer(),
            "ACTIVITIES": crafts,
            "UNITS": str(tmp_path / "slow.gpkg"),
        },
    )
    keys = (
        "unit_id",
        "floor_res_m2",
        "floor_prod_m2",
        "floor_unknown_m2",
        "levels_assumed_pct",
        "act_craft",
        "class",
    )
    rows = lambda out: sorted(tuple(u[k] for k in keys) for u in features_of(out["UNITS"]))  # noqa: E731
    assert rows(fast) == rows(slow) and len(rows(fast)) == 2
    from qgis.core import QgsProcessingFeatureSourceDefinition

    layer = QgsVectorLayer(files["BUILDINGS"], "b", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures() if f["building"] == "apartments"])
        chosen = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        out = run(ALG, {**common, "BUILDINGS": chosen, "SUMMARY": str(tmp_path / "s.csv")})
        assert read_csv(out["SUMMARY"])[0]["buildings"] == "1"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
