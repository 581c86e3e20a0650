"""reindustria:intensityanalysis through Processing on the published 3-date case (intensity.analysis, R)."""

import json

import numpy as np
import pytest
import rasterio
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
from rasterio.transform import from_origin

from tests.conftest import read_csv

ALG = "reindustria:intensityanalysis"


@pytest.fixture
def case(shared_data, tmp_path):
    data = next(
        c
        for c in json.loads((shared_data / "reference/published_cases.json").read_text())
        if c["id"] == "IA-toy-3x3"
    )
    paths = []
    for year in ("2005", "2010", "2012"):
        array = np.array(data["inputs"]["rasters_row_major"][year], dtype=np.uint8)
        path = tmp_path / f"ia_{year}.tif"
        with rasterio.open(
            path,
            "w",
            driver="GTiff",
            width=3,
            height=3,
            count=1,
            dtype="uint8",
            nodata=0,
            crs="EPSG:3035",
            transform=from_origin(4e6, 3e6, 30, 30),
        ) as dst:
            dst.write(array, 1)
        paths.append(str(path))
    return data, paths


def test_published_case_through_processing(run, case, tmp_path):
    data, rasters = case
    out = run(
        ALG,
        {
            "RASTERS": rasters,
            "YEARS": "2005,2010,2012",
            "RAW_CODES": True,
            "INTERVAL": str(tmp_path / "interval.csv"),
            "CATEGORY": str(tmp_path / "category.csv"),
            "TRANSITION": str(tmp_path / "transition.csv"),
            "REPORT": str(tmp_path / "ia.html"),
        },
    )
    expected = data["expected"]
    interval = read_csv(out["INTERVAL"])
    assert [r["behaviour"] for r in interval] == expected["interval_behavior"]
    for r, st in zip(interval, expected["St_fraction_per_year"]):
        assert float(r["change_pct_per_year"]) == pytest.approx(100 * st, rel=1e-6)
        assert float(r["uniform_pct_per_year"]) == pytest.approx(
            100 * expected["U_fraction_per_year"], rel=1e-6
        )
    category = read_csv(out["CATEGORY"])
    for t, (y0, _y1) in enumerate(((2005, 2010), (2010, 2012))):
        per = {r["category"]: r for r in category if float(r["year_from"]) == y0}
        for k, code in enumerate(("1", "2", "3")):
            assert float(per[code]["gain_pct_per_year"]) == pytest.approx(
                100 * expected["gain_intensity_G"][t][k], rel=1e-6
            )
            assert float(per[code]["loss_pct_per_year"]) == pytest.approx(
                100 * expected["loss_intensity_L"][t][k], rel=1e-6
            )
    page = (tmp_path / "ia.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 3


def test_years_must_match_rasters(run, case, tmp_path):
    _, rasters = case
    with pytest.raises(QgsProcessingException, match="one year per raster"):
        run(
            ALG,
            {
                "RASTERS": rasters,
                "YEARS": "2005,2010",
                "INTERVAL": "memory:",
                "CATEGORY": "memory:",
                "TRANSITION": "memory:",
                "REPORT": str(tmp_path / "r.html"),
            },
        )
    with pytest.raises(QgsProcessingException, match="numbers separated by commas"):
        run(
            ALG,
            {
                "RASTERS": rasters,
                "YEARS": "2005,x,2012",
                "INTERVAL": "memory:",
                "CATEGORY": "memory:",
                "TRANSITION": "memory:",
                "REPORT": str(tmp_path / "r.html"),
            },
        )
    assert not (tmp_path / "r.html").exists()


def test_years_must_increase(run, case, tmp_path):
    _, rasters = case
    with pytest.raises(QgsProcessingException):
        run(
            ALG,
            {
                "RASTERS": rasters,
                "YEARS": "2012,2010,2005",
                "INTERVAL": "memory:",
                "CATEGORY": "memory:",
                "TRANSITION": "memory:",
                "REPORT": str(tmp_path / "r.html"),
            },
        )
    assert not (tmp_path / "r.html").exists()


def test_real_pair_in_a_model_beside_landusechange(run, shared_data, tmp_path):
    """A model feeds the real Lausanne pair to both algorithms; the interval change of the intensity analysis
    equals the changed share of the transitions table (itself checked against GRASS r.stats)."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProject,
    )

    source = QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm("intensity beside change", "tests")
    for name in ("BEFORE", "AFTER"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    ia = QgsProcessingModelChildAlgorithm(ALG)
    ia.setChildId("ia")
    ia.addParameterSources(
        "RASTERS", [source.fromModelParameter("BEFORE"), source.fromModelParameter("AFTER")]
    )
    ia.addParameterSources("YEARS", [source.fromStaticValue("2006,2012")])
    ia.addParameterSources("RAW_CODES", [source.fromStaticValue(True)])
    out = QgsProcessingModelOutput("interval")
    out.setChildOutputName("INTERVAL")
    ia.setModelOutputs({"interval": out})
    model.addChildAlgorithm(ia)
    change = QgsProcessingModelChildAlgorithm("reindustria:landusechange")
    change.setChildId("change")
    for name in ("BEFORE", "AFTER"):
        change.addParameterSources(name, [source.fromModelParameter(name)])
    change.addParameterSources("RINGS", [source.fromStaticValue("")])
    out = QgsProcessingModelOutput("transitions")
    out.setChildOutputName("TRANSITIONS")
    change.setModelOutputs({"transitions": out})
    model.addChildAlgorithm(change)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    d = shared_data / "landuse"
    results, ok = model.run(
        {
            "BEFORE": str(d / "clc_lausanne_2006_100m.tif"),
            "AFTER": str(d / "clc_lausanne_2012_100m.tif"),
            "ia:interval": str(tmp_path / "interval.csv"),
            "change:transitions": str(tmp_path / "transitions.csv"),
        },
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    interval = read_csv(results["ia:interval"])
    assert [(r["year_from"], r["year_to"]) for r in interval] == [("2006", "2012")]
    transitions = read_csv(results["change:transitions"])
    total = sum(int(r["cells"]) for r in transitions)
    changed = sum(int(r["cells"]) for r in transitions if r["from_code"] != r["to_code"])
    assert float(interval[0]["change_pct_per_year"]) == pytest.approx(100 * changed / total / 6, rel=1e-9)
    # Two dates, one interval: no Fast/Slow (it needs three dates), an empty value.
    assert interval[0]["behaviour"] == ""


def test_nomenclature_options_are_those_of_the_change_tools(provider):
    # The same index means the same nomenclature in every algorithm of the group.
    registry = QgsApplication.processingRegistry()
    ia = registry.algorithmById(ALG).parameterDefinition("NOMENCLATURE")
    for other in ("reindustria:landusechange", "reindustria:landusechangevector"):
        assert ia.options() == registry.algorithmById(other).parameterDefinition("NOMENCLATURE").options()
    assert ia.options()[:2] == ["CORINE Land Cover (grid codes 1-44)", "CORINE Land Cover (codes 111-523)"]
    assert ia.defaultValue() == 0
    assert registry.algorithmById(ALG).parameterDefinition("RAW_CODES").defaultValue() is False


def _lausanne(shared_data):
    d = shared_data / "landuse"
    return [str(d / "clc_lausanne_2006_100m.tif"), str(d / "clc_lausanne_2012_100m.tif")]


def test_nomenclature_zero_is_corine_grid_codes(run, shared_data, tmp_path):
    # Index 0 groups the Lausanne CORINE grid codes into production classes (not the 44 raw codes).
    out = run(
        ALG,
        {
            "RASTERS": _lausanne(shared_data),
            "YEARS": "2006,2012",
            "NOMENCLATURE": 0,
            "INTERVAL": "memory:",
            "CATEGORY": str(tmp_path / "category.csv"),
            "TRANSITION": "memory:",
            "REPORT": str(tmp_path / "r.html"),
        },
    )
    categories = {r["category"] for r in read_csv(out["CATEGORY"])}
    assert len(categories) <= 8 and not any(c.isdigit() for c in categories)
    raw = run(
        ALG,
        {
            "RASTERS": _lausanne(shared_data),
            "YEARS": "2006,2012",
            "NOMENCLATURE": 0,
            "RAW_CODES": True,
            "INTERVAL": "memory:",
            "CATEGORY": str(tmp_path / "raw.csv"),
            "TRANSITION": "memory:",
            "REPORT": str(tmp_path / "raw.html"),
        },
    )
    assert all(r["category"].isdigit() for r in read_csv(raw["CATEGORY"]))


def test_two_dates_say_three_are_needed_and_name_years_and_rasters(run, shared_data, tmp_path):
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(
        ALG,
        {
            "RASTERS": _lausanne(shared_data),
            "YEARS": "2006,2012",
            "NOMENCLATURE": 0,
            "INTERVAL": str(tmp_path / "interval.csv"),
            "CATEGORY": "memory:",
            "TRANSITION": "memory:",
            "REPORT": str(tmp_path / "r.html"),
        },
        feedback,
    )
    (row,) = read_csv(out["INTERVAL"])
    assert row["behaviour"] == ""
    assert any("needs three or more dates" in w for w in warnings), warnings
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "needs three or more dates" in page
    # The 2012 raster's grid is offset from the 2006 one: the warning names both years and files, not
    # BEFORE/AFTER.
    (grid,) = [w for w in warnings if "aligned" in w]
    assert (
        "2012 raster clc_lausanne_2012_100m.tif" in grid and "2006 raster clc_lausanne_2006_100m.tif" in grid
    )
    assert "BEFORE" not in grid and "AFTER" not in grid
    assert "472 x 325" in grid  # columns x rows


def test_years_out_of_order_refused_before_reading(run, tmp_path):
    # The rasters do not exist: the years are refused first, without trying to read them.
    missing = [str(tmp_path / "nope_a.tif"), str(tmp_path / "nope_b.tif")]
    with pytest.raises(QgsProcessingException, match="strictly increasing"):
        run(
            ALG,
            {
                "RASTERS": missing,
                "YEARS": "2012,2006",
                "RAW_CODES": True,
                "INTERVAL": "memory:",
                "CATEGORY": "memory:",
                "TRANSITION": "memory:",
                "REPORT": str(tmp_path / "r.html"),
            },
        )


def test_unreadable_raster_is_named_by_year(run, case, tmp_path):
    _, rasters = case
    broken = tmp_path / "broken.tif"
    broken.write_bytes(b"not a raster")
    from reindustria_plugin.analysis.change.crosstab_series import crosstab_series
    from reindustria_plugin.analysis.errors import InputError

    with pytest.raises(InputError, match=r"Cannot read the 2010 raster .*broken\.tif"):
        crosstab_series([rasters[0], str(broken), rasters[2]], [2005, 2010, 2012])
    with pytest.raises(InputError, match="strictly increasing"):
        crosstab_series([str(broken), str(broken)], [2010, 2005])  # refused before reading


def test_report_needs_matplotlib_and_jinja2_but_tables_do_not(run, case, tmp_path, monkeypatch):
    # Without matplotlib, asking for the report stops before any work with the package to install; without
    # the report the tables are made as usual.
    from reindustria_plugin import dependencies

    real = dependencies.missing

    def missing(modules):
        if "matplotlib" in modules:
            return [
                (dependencies.DEPENDENCIES["matplotlib"], "ModuleNotFoundError: No module named 'matplotlib'")
            ]
        return real(modules)

    monkeypatch.setattr(dependencies, "missing", missing)
    _, rasters = case
    params = {
        "RASTERS": rasters,
        "YEARS": "2005,2010,2012",
        "RAW_CODES": True,
        "INTERVAL": str(tmp_path / "interval.csv"),
        "CATEGORY": "memory:",
        "TRANSITION": "memory:",
    }
    with pytest.raises(
        QgsProcessingException, match=r"sudo apt install python3-matplotlib.*skip the 'Charts"
    ):
        run(ALG, {**params, "REPORT": str(tmp_path / "r.html")})
    assert not (tmp_path / "interval.csv").exists() and not (tmp_path / "r.html").exists()
    out = run(ALG, params)
    assert len(read_csv(out["INTERVAL"])) == 2
    assert not out.get("REPORT") and not (tmp_path / "r.html").exists()


def test_report_numbers_with_thousands_equal_the_tables(run, shared_data, tmp_path):
    # The real Lausanne pair in hectares: the interval row of the report prints the table's numbers.
    out = run(
        ALG,
        {
            "RASTERS": _lausanne(shared_data),
            "YEARS": "2006,2012",
            "NOMENCLATURE": 0,
            "INTERVAL": str(tmp_path / "interval.csv"),
            "CATEGORY": "memory:",
            "TRANSITION": "memory:",
            "REPORT": str(tmp_path / "r.html"),
        },
    )
    from reindustria_plugin.analysis.report.numbers import format_number

    (row,) = read_csv(out["INTERVAL"])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    area = float(row["change_area"])
    assert area >= 1000  # thousands separated in the report
    assert f'<td class="n">{format_number(area)}</td>' in page
    assert f'<td class="n">{format_number(float(row["change_pct_per_year"]))}</td>' in page
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_typo_in_a_raster_path_is_named(run, shared_data, tmp_path):
    rasters = _lausanne(shared_data)
    typo = rasters[1].replace("2012", "2021")
    with pytest.raises(QgsProcessingException, match=r"cannot be opened.*clc_lausanne_2021_100m\.tif"):
        run(
            ALG,
            {
                "RASTERS": [rasters[0], typo],
                "YEARS": "2006,2012",
                "RAW_CODES": True,
                "INTERVAL": str(tmp_path / "interval.csv"),
            },
        )


def test_raw_codes_left_out_of_the_study_area(run, tmp_path):
    """With the raster codes as categories, EXCLUDE takes codes: their cells count nowhere (4 x 4 cells of
    1 ha, a column of code 9 left out: 12 ha at each date); a class name is refused in that mode."""
    from tests.conftest import write_raster

    maps = []
    for year, changed in ((2000, 0), (2010, 1), (2020, 2)):
        grid = np.full((4, 4), 1, dtype=np.uint8)
        grid[:, 3] = 9
        grid[1, : changed + 1] = 2
        write_raster(tmp_path / f"m{year}.tif", grid)
        maps.append(str(tmp_path / f"m{year}.tif"))
    params = {
        "RASTERS": maps,
        "YEARS": "2000,2010,2020",
        "RAW_CODES": True,
        "EXCLUDE": "9",
        "INTERVAL": "memory:",
        "CATEGORY": str(tmp_path / "category.csv"),
        "TRANSITION": "memory:",
    }
    out = run("reindustria:intensityanalysis", params)
    rows = read_csv(out["CATEGORY"])
    assert {r["category"] for r in rows} == {"1", "2"}
    with pytest.raises(QgsProcessingException, match="give the codes to leave out"):
        run(
            "reindustria:intensityanalysis",
            {**params, "EXCLUDE": "water", "CATEGORY": str(tmp_path / "c2.csv")},
        )
