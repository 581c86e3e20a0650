"""reindustria:comparedistricts through Processing: its land indicators equal landscapemetrics and landusechange
run alone on each district; districts without data, duplicates, overlaps and bad input.

No Italian land use ships: the districts with data are cut from the real Lausanne municipality (CORINE 2006 and
2012); the real Prato province and Sassuolo ceramic comuni (ISTAT boundaries) lie outside that land use.
"""

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely.geometry import box

from tests.conftest import read_csv

ALG = "reindustria:comparedistricts"
SASSUOLO_COMUNI = [
    "Sassuolo",
    "Fiorano Modenese",
    "Formigine",
    "Maranello",
    "Frassinoro",
    "Montefiorino",
    "Palagano",
    "Prignano sulla Secchia",
]


@pytest.fixture
def data(shared_data, tmp_path):
    land = shared_data / "landuse"
    municipality = gpd.read_file(land / "lausanne_municipality.gpkg").to_crs(2056).geometry.iloc[0]
    minx, miny, maxx, maxy = municipality.bounds
    middle = (minx + maxx) / 2
    prato = gpd.read_file(shared_data / "boundaries" / "prato_province_comuni.geojson")
    modena = gpd.read_file(shared_data / "boundaries" / "modena_province_comuni.geojson")
    sassuolo = modena[modena["name"].isin(SASSUOLO_COMUNI)]
    assert len(sassuolo) == len(SASSUOLO_COMUNI)
    districts = gpd.GeoDataFrame(
        {"name": ["Lausanne west", "Lausanne east", "Prato", "Sassuolo"]},
        geometry=[
            municipality.intersection(box(minx, miny, middle, maxy)),
            municipality.intersection(box(middle, miny, maxx, maxy)),
            prato.to_crs(2056).unary_union,
            sassuolo.to_crs(2056).unary_union,
        ],
        crs=2056,
    )
    # In WGS 84, as the boundaries come: the algorithm reprojects them.
    path = tmp_path / "districts.gpkg"
    districts.to_crs(4326).to_file(path, driver="GPKG")
    singles = {}
    for name, geom in zip(districts["name"], districts.geometry):
        single = tmp_path / f"{name.replace(' ', '_')}.gpkg"
        gpd.GeoDataFrame({"name": [name]}, geometry=[geom], crs=2056).to_file(single, driver="GPKG")
        singles[name] = str(single)
    return {
        "before": str(land / "clc_lausanne_2006_100m.tif"),
        "after": str(land / "clc_lausanne_2012_100m.tif"),
        "districts": str(path),
        "singles": singles,
    }


def _compare(run, data, tmp_path, **extra):
    params = {
        "DISTRICTS": data["districts"],
        "NAME_FIELD": "name",
        "LAND_USE": data["before"],
        "LAND_USE_AFTER": data["after"],
        "YEAR_BEFORE": 2006,
        "YEAR_AFTER": 2012,
        "NOMENCLATURE": 0,
        "COMPARISON": str(tmp_path / "comparison.csv"),
        **extra,
    }
    feedback = Feedback()
    out = run(ALG, params, feedback)
    rows = {r["district"]: r for r in read_csv(out["COMPARISON"])} if out.get("COMPARISON") else {}
    return out, rows, feedback


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (Qt name)
        self.warnings.append(text)
        super().pushWarning(text)


def test_land_indicators_equal_the_tools_run_alone(run, data, tmp_path):
    _out, rows, _fb = _compare(run, data, tmp_path)
    # The 2012 raster has its own grid (cells of 100.005 m, shifted): the comparison measures it on the 2006
    # grid, as landusechange aligns it; GDAL's warp by nearest neighbour onto that grid gives the peer's input.
    with rasterio.open(data["before"]) as ds:
        bounds, cell, crs = ds.bounds, ds.res[0], ds.crs.to_string()
    aligned = run(
        "gdal:warpreproject",
        {
            "INPUT": data["after"],
            "TARGET_CRS": crs,
            "RESAMPLING": 0,
            "TARGET_RESOLUTION": cell,
            "TARGET_EXTENT": f"{bounds.left},{bounds.right},{bounds.bottom},{bounds.top} [{crs}]",
            "TARGET_EXTENT_CRS": crs,
            "OUTPUT": str(tmp_path / "after_aligned.tif"),
        },
    )["OUTPUT"]
    for name in ("Lausanne west", "Lausanne east"):
        row = rows[name]
        for year, raster in (("2006", data["before"]), ("2012", aligned)):
            alone = run(
                "reindustria:landscapemetrics",
                {
                    "INPUT": raster,
                    "ZONES": data["singles"][name],
                    "ZONE_FIELD": "name",
                    "NOMENCLATURE": 0,
                    "CLASSES_AS": 1,
                    "LANDSCAPE_METRICS": str(tmp_path / f"land_{name}_{year}.csv"),
                    "CLASS_METRICS": str(tmp_path / f"class_{name}_{year}.csv"),
                },
            )
            classes = {r["class"]: r for r in read_csv(alone["CLASS_METRICS"])}
            land = read_csv(alone["LANDSCAPE_METRICS"])[0]
            assert float(row[f"shdi_{year}"]) == pytest.approx(float(land["shdi"]))
            for key in ("industrial", "commercial", "residential", "green", "water"):
                expected = float(classes[key]["ca"]) if key in classes else 0.0
                assert float(row[f"{key}_ha_{year}"]) == pytest.approx(expected), (name, year, key)
            industrial = classes.get("industrial")
            if industrial is None:
                assert row[f"ind_np_{year}"] == "0" and row[f"ind_cohesion_{year}"] == ""
                continue
            for metric, column in (
                ("np", "ind_np"),
                ("pd", "ind_pd_per_100ha"),
                ("area_mn", "ind_area_mn_ha"),
                ("lpi", "ind_lpi_pct"),
                ("ed", "ind_ed_m_per_ha"),
                ("ai", "ind_ai_pct"),
                ("cohesion", "ind_cohesion"),
            ):
                assert float(row[f"{column}_{year}"]) == pytest.approx(float(industrial[metric])), (
                    name,
                    metric,
                )
        change = run(
            "reindustria:landusechange",
            {
                "BEFORE": data["before"],
                "AFTER": data["after"],
                "NOMENCLATURE": 0,
                "RINGS": "",
                "ZONES": data["singles"][name],
                "ZONE_FIELD": "name",
                "CHANGE": str(tmp_path / f"change_{name}.tif"),
                "SUMMARY": str(tmp_path / f"summary_{name}.csv"),
                "TRANSITIONS": str(tmp_path / f"transitions_{name}.csv"),
                "ACCOUNTING": str(tmp_path / f"accounting_{name}.csv"),
            },
        )
        summary = {
            r["change_type"]: float(r["area_ha"]) for r in read_csv(change["SUMMARY"]) if r["zone"] == name
        }
        for change_type, column in (
            ("industrial_land_take", "industrial_land_take_ha"),
            ("reindustrialisation", "reindustrialisation_ha"),
            ("industrial_persistence", "industrial_persistence_ha"),
            ("deindustrialisation_residential", "deindustrialisation_residential_ha"),
            ("deindustrialisation_green", "deindustrialisation_green_ha"),
        ):
            assert float(row[column]) == pytest.approx(summary.get(change_type, 0.0)), (name, column)
        lost = sum(v for k, v in summary.items() if k.startswith("deindustrialisation_"))
        assert float(row["deindustrialisation_ha"]) == pytest.approx(lost)
        persistence = summary.get("industrial_persistence", 0.0)
        if persistence + lost:
            assert float(row["deindustrialisation_pct_per_year"]) == pytest.approx(
                100 * lost / (persistence + lost) / 6
            )


def test_districts_outside_the_land_use_are_no_data_not_zeros(run, data, tmp_path):
    out, rows, feedback = _compare(run, data, tmp_path, DISTRICTS_OUT=str(tmp_path / "districts_out.gpkg"))
    for name in ("Prato", "Sassuolo"):
        row = rows[name]
        assert row["status"] == "no data"
        assert float(row["area_ha"]) > 10_000
        empty = [k for k, v in row.items() if k not in ("district", "status", "area_ha") and v != ""]
        assert empty == [], name
    assert rows["Lausanne west"]["status"] == "partial"  # a part of it is lake, nodata in CORINE
    assert 90 < float(rows["Lausanne west"]["covered_pct"]) < 99
    assert rows["Lausanne east"]["status"] == "ok"
    assert any("Prato" in w and "Sassuolo" in w and "no data" in w for w in feedback.warnings)
    assert any("reprojected" in m.lower() for m in [feedback.textLog()])
    layer = QgsVectorLayer(out["DISTRICTS_OUT"], "d", "ogr")
    assert layer.isValid() and layer.featureCount() == 4
    assert layer.renderer().type() == "RuleRenderer"  # the .qml beside the GeoPackage: no data hatched


def test_one_date_without_years(run, data, tmp_path):
    _out, rows, _fb = _compare(run, data, tmp_path, LAND_USE_AFTER=None, YEAR_BEFORE=None, YEAR_AFTER=None)
    row = rows["Lausanne west"]
    assert "industrial_ha_before" in row and "industrial_land_take_ha" not in row
    assert float(row["industrial_ha_before"]) > 0


def test_bad_input(run, data, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one output"):
        _compare(run, data, tmp_path, COMPARISON=None)
    with pytest.raises(QgsProcessingException, match="both years"):
        _compare(run, data, tmp_path, YEAR_AFTER=None)
    with pytest.raises(QgsProcessingException, match="after the first"):
        _compare(run, data, tmp_path, YEAR_BEFORE=2012, YEAR_AFTER=2006)
    duplicates = tmp_path / "duplicates.gpkg"
    frame = gpd.read_file(data["districts"])
    frame.assign(name=["A", "A", "B", "C"]).to_file(duplicates, driver="GPKG")
    with pytest.raises(QgsProcessingException, match="unique.*A"):
        _compare(run, data, tmp_path, DISTRICTS=str(duplicates))
    outside = tmp_path / "outside.gpkg"
    frame.iloc[2:].to_file(outside, driver="GPKG")
    with pytest.raises(QgsProcessingException, match="No district overlaps"):
        _compare(run, data, tmp_path, DISTRICTS=str(outside))
    assert not (tmp_path / "comparison.csv").exists()


def test_overlapping_districts_are_each_measured_whole(run, data, tmp_path):
    frame = gpd.read_file(data["districts"]).to_crs(2056)
    whole = frame.iloc[0].geometry.union(frame.iloc[1].geometry)
    overlapping = gpd.GeoDataFrame(
        {"name": ["Lausanne", "Lausanne west"]}, geometry=[whole, frame.iloc[0].geometry], crs=2056
    )
    path = tmp_path / "overlap.gpkg"
    overlapping.to_file(path, driver="GPKG")
    _out, rows, feedback = _compare(run, data, tmp_path, DISTRICTS=str(path))
    _out2, separate, _fb = _compare(run, data, tmp_path, COMPARISON=str(tmp_path / "separate.csv"))
    west = rows["Lausanne west"]
    assert float(west["industrial_persistence_ha"]) == pytest.approx(
        float(separate["Lausanne west"]["industrial_persistence_ha"])
    )
    total = float(separate["Lausanne west"]["industrial_persistence_ha"]) + float(
        separate["Lausanne east"]["industrial_persistence_ha"]
    )
    assert float(rows["Lausanne"]["industrial_persistence_ha"]) == pytest.approx(total)
    assert any("overlap" in w for w in feedback.warnings)


def test_polygon_land_use_equals_qgis_overlay_and_the_tools_on_its_rasterization(run, shared_data, tmp_path):
    # Real CORINE polygons of Malta (2006, 2012; codes 111-523), two districts cut from their extent and one far
    # away. Class areas against QGIS's own overlay (native:intersection); industrial land metrics against
    # reindustria:landscapemetrics on GDAL's rasterization of the same polygons on the same 50 m lattice.
    path = shared_data / "landuse" / "clc_malta_2006_2012.gpkg"
    before, after = f"{path}|layername=clc06_MT", f"{path}|layername=clc12_MT"
    land = gpd.read_file(path, layer="clc06_MT")
    x0, y0, x1, y1 = land.total_bounds
    middle = (x0 + x1) / 2
    districts = gpd.GeoDataFrame(
        {"name": ["west", "east", "far away"]},
        geometry=[box(x0, y0, middle, y1), box(middle, y0, x1, y1), box(0, 0, 1000, 1000)],
        crs=land.crs,
    )
    districts_path = tmp_path / "districts.gpkg"
    districts.to_file(districts_path, driver="GPKG")
    east_path = tmp_path / "east.gpkg"
    districts.iloc[[1]].to_file(east_path, driver="GPKG")
    out = run(
        ALG,
        {
            "DISTRICTS": str(districts_path),
            "NAME_FIELD": "name",
            "LAND_USE_VECTOR": before,
            "CODE_FIELD": "CODE_06",
            "LAND_USE_VECTOR_AFTER": after,
            "CODE_FIELD_AFTER": "CODE_12",
            "NOMENCLATURE": 1,
            "CELL_SIZE": 50,
            "YEAR_BEFORE": 2006,
            "YEAR_AFTER": 2012,
            "COMPARISON": str(tmp_path / "comparison.csv"),
        },
    )
    rows = {r["district"]: r for r in read_csv(out["COMPARISON"])}
    assert rows["far away"]["status"] == "no data" and rows["far away"]["industrial_ha_2006"] == ""
    east = rows["east"]
    clipped = run(
        "native:intersection",
        {"INPUT": before, "OVERLAY": str(east_path), "INPUT_FIELDS": ["CODE_06"], "OUTPUT": "memory:"},
    )["OUTPUT"]
    industrial = sum(f.geometry().area() for f in clipped.getFeatures() if f["CODE_06"] == "121") / 1e4
    residential = (
        sum(f.geometry().area() for f in clipped.getFeatures() if f["CODE_06"] in ("111", "112")) / 1e4
    )
    assert industrial > 100
    assert float(east["industrial_ha_2006"]) == pytest.approx(industrial, rel=1e-9)
    assert float(east["residential_ha_2006"]) == pytest.approx(residential, rel=1e-9)
    # The one change injected in the fixture (323 -> 132) touches no industrial land: all of it persists.
    assert float(east["industrial_persistence_ha"]) == pytest.approx(industrial, rel=1e-9)
    assert float(east["industrial_land_take_ha"]) == 0
    # GDAL's rasterization on the lattice of 50 m multiples, then the landscape metrics of the district.
    ext = f"{np.floor(x0 / 50) * 50},{np.ceil(x1 / 50) * 50},{np.floor(y0 / 50) * 50},{np.ceil(y1 / 50) * 50}"
    raster = run(
        "gdal:rasterize",
        {
            "INPUT": before,
            "FIELD": "CODE_06",
            "UNITS": 1,
            "WIDTH": 50,
            "HEIGHT": 50,
            "EXTENT": ext + f" [{land.crs.to_string()}]",
            "NODATA": 0,
            "DATA_TYPE": 4,
            "OUTPUT": str(tmp_path / "rasterized.tif"),
        },
    )["OUTPUT"]
    metrics = run(
        "reindustria:landscapemetrics",
        {
            "INPUT": raster,
            "ZONES": str(east_path),
            "ZONE_FIELD": "name",
            "NOMENCLATURE": 1,
            "CLASSES_AS": 1,
            "CLASSES": "industrial",
            "CLASS_METRICS": str(tmp_path / "class.csv"),
        },
    )
    alone = read_csv(metrics["CLASS_METRICS"])[0]
    for metric, column in (("np", "ind_np"), ("area_mn", "ind_area_mn_ha"), ("cohesion", "ind_cohesion")):
        assert float(east[f"{column}_2006"]) == pytest.approx(float(alone[metric])), metric


def test_employment_and_report(run, data, tmp_path):
    # A CONSTRUCTED employment table (no real one ships): its specialisation columns must equal
    # reindustria:specialisation run on the same table; the report carries the table's numbers, charts, maps.
    employment = tmp_path / "employment.csv"
    employment.write_text(
        "district,sector,employees\n"
        "Lausanne west,13,120\nLausanne west,47,2500\nLausanne west,62,1800\n"
        "Lausanne east,47,900\nLausanne east,62,700\n"
        "Prato,13,18000\nPrato,14,9000\nPrato,47,6000\n"
        "Sassuolo,23,17000\nSassuolo,28,3000\nSassuolo,47,4000\n"
        "Elsewhere,47,100\n"
    )
    (tmp_path / "employment.csvt").write_text('"String","String","Integer"\n')
    report = tmp_path / "report.html"
    out, rows, feedback = _compare(
        run,
        data,
        tmp_path,
        EMPLOYMENT=str(employment),
        EMPLOYMENT_DISTRICT_FIELD="district",
        SECTOR_FIELD="sector",
        EMPLOYEES_FIELD="employees",
        REPORT=str(report),
    )
    alone = run(
        "reindustria:specialisation",
        {
            "EMPLOYMENT": str(employment),
            "AREA_FIELD": "district",
            "SECTOR_FIELD": "sector",
            "EMPLOYEES_FIELD": "employees",
            "AREA_INDICES": str(tmp_path / "areas.csv"),
        },
    )
    areas = {r["area"]: r for r in read_csv(alone["AREA_INDICES"])}
    for name in ("Lausanne west", "Prato", "Sassuolo"):
        assert rows[name]["main_sector"] == areas[name]["main_sector"]
        for column in ("main_lq", "krugman", "hhi"):
            assert float(rows[name][column]) == pytest.approx(float(areas[name][column])), (name, column)
    assert rows["Prato"]["main_sector"] == "13" and rows["Sassuolo"]["main_sector"] == "23"
    assert any("Elsewhere" in w for w in feedback.warnings)
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page.replace("http://www.w3.org", "")
    assert (
        page.count("<svg") >= 5 and page.count('src="data:image/png;base64,') == 2
    )  # the districts with data
    assert "Prato" in page and "no data" in page
    industrial = float(rows["Lausanne west"]["industrial_ha_2006"])
    assert f"{industrial:,.1f}" in page


def test_report_failure_leaves_no_output(run, data, tmp_path, monkeypatch):
    from reindustria_plugin.algorithms import compare_districts

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(compare_districts.CompareDistrictsAlgorithm, "report", broken)
    with pytest.raises(Exception, match="disk full"):
        _compare(run, data, tmp_path, REPORT=str(tmp_path / "report.html"))
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".html")) == []


def test_every_code_coarser_than_the_level_says_so(run, data, tmp_path):
    employment = tmp_path / "divisions.csv"
    employment.write_text("district,sector,employees\nLausanne west,13,10\nLausanne east,23,20\n")
    (tmp_path / "divisions.csvt").write_text('"String","String","Integer"\n')
    with pytest.raises(QgsProcessingException, match="coarser than the level asked for"):
        _compare(
            run,
            data,
            tmp_path,
            EMPLOYMENT=str(employment),
            EMPLOYMENT_DISTRICT_FIELD="district",
            SECTOR_FIELD="sector",
            EMPLOYEES_FIELD="employees",
            SECTOR_LEVEL=4,
        )


def test_in_a_model_after_dissolve_and_identifydistricts_in_a_model(run, data, tmp_path):
    """Model builder: districts dissolved by name (as comuni are) -> comparedistricts; the Sforzi-ISTAT
    identification of the shipped template as a model step."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
        QgsProject,
    )

    from reindustria_plugin import paths

    def source(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    model = QgsProcessingModelAlgorithm("dissolve then compare", "tests")
    model.addModelParameter(
        QgsProcessingParameterVectorLayer("comuni", "comuni"), QgsProcessingModelParameter("comuni")
    )
    dissolve = QgsProcessingModelChildAlgorithm("native:dissolve")
    dissolve.setChildId("dissolve")
    dissolve.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("comuni")]
    )
    dissolve.addParameterSources("FIELD", source(["name"]))
    model.addChildAlgorithm(dissolve)
    compare = QgsProcessingModelChildAlgorithm(ALG)
    compare.setChildId("compare")
    compare.addParameterSources(
        "DISTRICTS", [QgsProcessingModelChildParameterSource.fromChildOutput("dissolve", "OUTPUT")]
    )
    for name, value in (("NAME_FIELD", "name"), ("LAND_USE", data["before"]), ("NOMENCLATURE", 0)):
        compare.addParameterSources(name, source(value))
    output = QgsProcessingModelOutput("table")
    output.setChildOutputName("COMPARISON")
    compare.setModelOutputs({"table": output})
    model.addChildAlgorithm(compare)
    identify = QgsProcessingModelChildAlgorithm("reindustria:identifydistricts")
    identify.setChildId("identify")
    identify.addParameterSources("INPUT", source(str(paths.PRESETS / "identifydistricts_template.csv")))
    systems = QgsProcessingModelOutput("systems")
    systems.setChildOutputName("OUTPUT")
    identify.setModelOutputs({"systems": systems})
    model.addChildAlgorithm(identify)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {
            "comuni": data["districts"],
            "compare:table": str(tmp_path / "table.csv"),
            "identify:systems": str(tmp_path / "systems.csv"),
        },
        context,
        Feedback(),
    )
    assert ok
    rows = {r["district"]: r for r in read_csv(results["compare:table"])}
    assert sorted(rows) == ["Lausanne east", "Lausanne west", "Prato", "Sassuolo"]
    assert rows["Prato"]["status"] == "no data" and float(rows["Lausanne west"]["industrial_ha_before"]) > 0
    assert len(read_csv(results["identify:systems"])) >= 1


def test_polygons_in_degrees_are_refused_with_the_fix(run, data, shared_data, tmp_path):
    land = gpd.read_file(shared_data / "landuse" / "clc_malta_2006_2012.gpkg", layer="clc06_MT").to_crs(4326)
    path = tmp_path / "malta_wgs84.gpkg"
    land.to_file(path, driver="GPKG")
    with pytest.raises(QgsProcessingException, match="geographic coordinates.*Reproject Layer"):
        _compare(
            run,
            data,
            tmp_path,
            LAND_USE=None,
            LAND_USE_AFTER=None,
            YEAR_BEFORE=None,
            YEAR_AFTER=None,
            LAND_USE_VECTOR=str(path),
            CODE_FIELD="CODE_06",
            NOMENCLATURE=1,
        )
