"""reindustria:landscapemetrics through Processing: real Lausanne data, model builder chain, bad input."""

import numpy as np
import pytest
import rasterio
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterRasterLayer,
    QgsProject,
    QgsVectorLayer,
)
from scipy import ndimage

from tests.conftest import read_csv, write_raster

ALG = "reindustria:landscapemetrics"


@pytest.fixture
def lausanne(shared_data):
    d = shared_data / "landuse"
    return {
        "raster": str(d / "clc_lausanne_2006_100m.tif"),
        "after": str(d / "clc_lausanne_2012_100m.tif"),
        "zones": str(d / "lausanne_municipality.gpkg"),
    }


def _industrial_patches_in_zone(raster, zones):
    """CORINE grid code 3 (industrial or commercial units) inside the municipality, computed independently:
    cell centres tested against the polygon with shapely, patches labelled with scipy (8 neighbours)."""
    import geopandas as gpd
    import shapely

    zone = gpd.read_file(zones).geometry.iloc[0]
    with rasterio.open(raster) as ds:
        data = ds.read(1)
        rows, cols = np.indices(data.shape)
        xs, ys = rasterio.transform.xy(ds.transform, rows.ravel(), cols.ravel())
        cell = ds.res[0]
    inside = shapely.contains_xy(zone, np.asarray(xs), np.asarray(ys)).reshape(data.shape)
    industrial = (data == 3) & inside
    _, count = ndimage.label(industrial, np.ones((3, 3)))
    return count, industrial.sum() * cell * cell / 10_000


def test_real_lausanne_industrial_class_per_zone(run, lausanne, tmp_path):
    out = run(
        ALG,
        {
            "INPUT": lausanne["raster"],
            "ZONES": lausanne["zones"],
            "ZONE_FIELD": "GMDNAME",
            "NOMENCLATURE": 0,
            "CLASSES": "3",
            "LANDSCAPE_METRICS": str(tmp_path / "land.csv"),
            "CLASS_METRICS": str(tmp_path / "class.csv"),
            "PATCHES": str(tmp_path / "patches.gpkg"),
        },
    )
    rows = read_csv(out["CLASS_METRICS"])
    assert [(r["zone"], r["class"], r["label"]) for r in rows] == [
        ("Lausanne", "3", "Industrial or commercial units")
    ]
    count, hectares = _industrial_patches_in_zone(lausanne["raster"], lausanne["zones"])
    assert int(rows[0]["np"]) == count
    assert float(rows[0]["ca"]) == pytest.approx(hectares)
    # Typed table: integers written unquoted, with a .csvt naming the types.
    header = (tmp_path / "class.csv").read_text().splitlines()[1]
    assert f",{count}," in header
    assert "Integer" in (tmp_path / "class.csvt").read_text()
    land = read_csv(out["LANDSCAPE_METRICS"])
    assert land[0]["zone"] == "Lausanne" and float(land[0]["shdi"]) > 0
    patches = QgsVectorLayer(out["PATCHES"], "patches", "ogr")
    assert patches.isValid() and patches.featureCount() == count
    assert patches.renderer().type() == "categorizedSymbol"  # the .qml written beside the GeoPackage
    total = sum(f.geometry().area() for f in patches.getFeatures()) / 10_000
    assert total == pytest.approx(hectares)


def test_production_classes_group_codes(run, lausanne, tmp_path):
    out = run(
        ALG,
        {
            "INPUT": lausanne["raster"],
            "NOMENCLATURE": 0,
            "CLASSES_AS": 1,
            "CLASSES": "industrial",
            "CLASS_METRICS": str(tmp_path / "class.csv"),
        },
    )
    rows = read_csv(out["CLASS_METRICS"])
    assert [r["class"] for r in rows] == ["industrial"]
    # CORINE grid codes of the industrial production class in the shipped preset.
    with rasterio.open(lausanne["raster"]) as ds:
        data = ds.read(1)
        cell = ds.res[0]
    import csv

    from reindustria_plugin import paths

    with open(paths.PRESETS / "nomenclature_clc_grid.csv", encoding="utf-8") as f:
        codes = [int(r["code"]) for r in csv.DictReader(f) if r["class"] == "industrial"]
    assert float(rows[0]["ca"]) == pytest.approx(np.isin(data, codes).sum() * cell * cell / 10_000)
    assert not (tmp_path / "land.csv").exists()


def test_only_the_outputs_asked_for(run, lausanne, tmp_path):
    out = run(ALG, {"INPUT": lausanne["raster"], "LANDSCAPE_METRICS": str(tmp_path / "land.csv")})
    assert out.get("CLASS_METRICS") is None and out.get("PATCHES") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["land.csv", "land.csvt"]


def test_chained_after_land_use_change_in_a_model(run, lausanne, tmp_path):
    """Model builder: the CHANGE raster of landusechange -> landscape metrics of its change types."""
    model = QgsProcessingModelAlgorithm("change then metrics", "tests")
    for name in ("BEFORE", "AFTER"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    change = QgsProcessingModelChildAlgorithm("reindustria:landusechange")
    change.setChildId("change")
    for name in ("BEFORE", "AFTER"):
        change.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromModelParameter(name)])
    change.addParameterSources("NOMENCLATURE", [QgsProcessingModelChildParameterSource.fromStaticValue(0)])
    change_output = QgsProcessingModelOutput("change")
    change_output.setChildOutputName("CHANGE")
    change.setModelOutputs({"change": change_output})
    model.addChildAlgorithm(change)
    metrics = QgsProcessingModelChildAlgorithm(ALG)
    metrics.setChildId("metrics")
    metrics.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("change", "CHANGE")]
    )
    output = QgsProcessingModelOutput("classes")
    output.setChildOutputName("CLASS_METRICS")
    metrics.setModelOutputs({"classes": output})
    model.addChildAlgorithm(metrics)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {
            "BEFORE": lausanne["raster"],
            "AFTER": lausanne["after"],
            "change:change": str(tmp_path / "change.tif"),
            "metrics:classes": str(tmp_path / "classes.csv"),
        },
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    rows = {int(r["class"]): r for r in read_csv(results["metrics:classes"])}
    # Change types written in the raster, counted independently.
    with rasterio.open(tmp_path / "change.tif") as ds:
        data = ds.read(1, masked=True)
        cell = ds.res[0]
    values, counts = np.unique(data.compressed(), return_counts=True)
    assert sorted(rows) == values.tolist()
    for value, count in zip(values.tolist(), counts.tolist()):
        assert float(rows[value]["ca"]) == pytest.approx(count * cell * cell / 10_000)


def _write(path, data, res=10.0):
    return write_raster(path, data, res=res, origin=(4e6, 3e6))


@pytest.mark.parametrize(
    "make, extra, message",
    [
        (lambda p: _write(p, np.ones((4, 4), np.float32)), {}, "whole-number codes"),
        (lambda p: _write(p, np.ones((4, 4), np.uint8), res=(10, 20)), {}, "square cells"),
        (lambda p: _write(p, np.ones((4, 4), np.uint8)), {"CLASSES_AS": 1}, "need a nomenclature"),
        (lambda p: _write(p, np.ones((4, 4), np.uint8)), {"CLASSES": "industrial"}, "raster codes separated"),
        (lambda p: _write(p, np.ones((4, 4), np.uint8)), {"LANDSCAPE_METRICS": None}, "at least one output"),
        (lambda p: _write(p, np.ones((4, 4), np.uint8)), {"EDGE_DEPTH": 5}, "less than one cell"),
    ],
)
def test_bad_input_gives_clear_errors(run, tmp_path, make, extra, message):
    params = {"INPUT": make(tmp_path / "in.tif"), "LANDSCAPE_METRICS": str(tmp_path / "land.csv"), **extra}
    params = {k: v for k, v in params.items() if v is not None}
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, params)
    assert not (tmp_path / "land.csv").exists()


def test_zones_without_overlap_and_without_field(run, lausanne, tmp_path, shared_data):
    comuni = str(shared_data / "boundaries" / "case_comuni_it.geojson")
    params = {"INPUT": lausanne["raster"], "ZONES": comuni, "LANDSCAPE_METRICS": str(tmp_path / "land.csv")}
    with pytest.raises(QgsProcessingException, match="zone name field"):
        run(ALG, params)
    fields = QgsVectorLayer(comuni, "c", "ogr").fields().names()
    name = next(f for f in fields if "name" in f.lower())
    with pytest.raises(QgsProcessingException, match="No zone overlaps"):
        run(ALG, {**params, "ZONE_FIELD": name})


def test_missing_scipy_is_named_with_the_install_command(provider, monkeypatch):
    from reindustria_plugin import dependencies

    monkeypatch.setattr(dependencies, "problem", lambda module: "not found" if module == "scipy" else None)
    ok, message = provider.algorithm("landscapemetrics").canExecute()
    assert not ok and "scipy" in message and "python3-scipy" in message


def _feedback():
    feedback = QgsProcessingFeedback()
    feedback.warnings, feedback.infos = [], []
    feedback.pushWarning = feedback.warnings.append
    feedback.pushInfo = feedback.infos.append
    return feedback


def test_wrong_nomenclature_stops_naming_the_preset(run, lausanne, tmp_path):
    params = {"INPUT": lausanne["raster"], "NOMENCLATURE": 1, "CLASS_METRICS": str(tmp_path / "c.csv")}
    with pytest.raises(QgsProcessingException, match="grid codes 1-44"):
        run(ALG, params)
    assert not (tmp_path / "c.csv").exists()


def test_change_type_raster_is_labelled_with_change_types(run, lausanne, tmp_path):
    change = run(
        "reindustria:landusechange",
        {
            "BEFORE": lausanne["raster"],
            "AFTER": lausanne["after"],
            "NOMENCLATURE": 0,
            "CHANGE": str(tmp_path / "change.tif"),
            "TRANSITIONS": "memory:",
            "SUMMARY": "memory:",
            "ACCOUNTING": "memory:",
        },
    )["CHANGE"]
    with pytest.raises(QgsProcessingException, match="change-type raster"):
        run(ALG, {"INPUT": change, "NOMENCLATURE": 0, "CLASS_METRICS": str(tmp_path / "bad.csv")})
    feedback = _feedback()
    out = run(ALG, {"INPUT": change, "CLASSES": "1,8,3", "CLASS_METRICS": str(tmp_path / "c.csv")}, feedback)
    rows = read_csv(out["CLASS_METRICS"])
    assert [(r["class"], r["label"]) for r in rows] == [
        ("1", "Industrial persistence"),
        ("8", "Industrial land take"),
    ]
    # No de-industrialisation to commercial (3) around Lausanne 2006-2012: said, not a silent missing row.
    assert any("of 3:" in w and "0 ha" in w for w in feedback.warnings)


def test_grid_is_stated_and_an_edge_depth_of_one_rounded_cell_is_accepted(run, lausanne, tmp_path):
    feedback = _feedback()
    params = {"INPUT": lausanne["raster"], "EDGE_DEPTH": 100, "LANDSCAPE_METRICS": str(tmp_path / "a.csv")}
    out = run(ALG, params, feedback)  # the cells are 100.005 m
    assert any("472 × 325 cells of 100.005" in i for i in feedback.infos)
    default = run(ALG, {**params, "EDGE_DEPTH": None, "LANDSCAPE_METRICS": str(tmp_path / "b.csv")})
    assert read_csv(out["LANDSCAPE_METRICS"])[0]["tca"] == read_csv(default["LANDSCAPE_METRICS"])[0]["tca"]


def test_missing_output_folder_is_refused_before_the_work(run, lausanne, tmp_path):
    params = {
        "INPUT": lausanne["raster"],
        "LANDSCAPE_METRICS": str(tmp_path / "land.csv"),
        "CLASS_METRICS": str(tmp_path / "missing" / "class.csv"),
    }
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(ALG, params)
    assert not (tmp_path / "land.csv").exists()
