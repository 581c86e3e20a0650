"""reindustria:landusechange through Processing: real data, model builder, bad input."""

import numpy as np
import pytest
import rasterio
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
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
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.conftest import read_csv

ALG = "reindustria:landusechange"


@pytest.fixture
def lausanne(shared_data):
    d = shared_data / "landuse"
    return {"BEFORE": str(d / "clc_lausanne_2006_100m.tif"), "AFTER": str(d / "clc_lausanne_2012_100m.tif")}


def test_runs_on_real_lausanne_pair(run, lausanne, shared_data, tmp_path):
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(
        ALG,
        {
            **lausanne,
            "NOMENCLATURE": 0,
            "RINGS": "250,500,1000",
            "ZONES": str(shared_data / "landuse/lausanne_municipality.gpkg"),
            "ZONE_FIELD": "GMDNAME",
            "CHANGE": str(tmp_path / "change.tif"),
            "TRANSITIONS": str(tmp_path / "transitions.csv"),
            "SUMMARY": str(tmp_path / "summary.csv"),
            "ACCOUNTING": str(tmp_path / "accounting.csv"),
        },
        feedback,
    )
    change = QgsRasterLayer(out["CHANGE"], "change")
    assert change.isValid()
    assert change.renderer().type() == "paletted"  # from the .qml written beside it
    labels = {c.label for c in change.renderer().classes()}
    assert "Industrial persistence" in labels
    transitions = read_csv(out["TRANSITIONS"])
    assert {"from_code", "to_code", "from_label", "to_label", "cells", "area_ha", "change_type"} <= set(
        transitions[0]
    )
    summary = read_csv(out["SUMMARY"])
    assert {r["zone"] for r in summary} == {"Lausanne", "all"}
    accounting = {r["category"]: r for r in read_csv(out["ACCOUNTING"])}
    assert float(accounting["industrial"]["before_ha"]) > 0
    # The real pair has 100.005 m and 99.992 m cells: the user is told AFTER was aligned.
    assert any("aligned" in w for w in warnings)
    assert any("nodata in BEFORE" in w for w in warnings)


def test_in_a_model_chained_to_a_native_algorithm(run, lausanne, tmp_path):
    model = QgsProcessingModelAlgorithm("change then filter", "tests")
    for name in ("BEFORE", "AFTER"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    change = QgsProcessingModelChildAlgorithm(ALG)
    change.setChildId("change")
    for name in ("BEFORE", "AFTER"):
        change.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromModelParameter(name)])
    change.addParameterSources("NOMENCLATURE", [QgsProcessingModelChildParameterSource.fromStaticValue(0)])
    change.addParameterSources("RINGS", [QgsProcessingModelChildParameterSource.fromStaticValue("500")])
    model.addChildAlgorithm(change)
    extract = QgsProcessingModelChildAlgorithm("native:extractbyattribute")
    extract.setChildId("extract")
    extract.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("change", "SUMMARY")]
    )
    for key, value in (("FIELD", "change_type"), ("OPERATOR", 0), ("VALUE", "industrial_persistence")):
        extract.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("persistence")
    output.setChildOutputName("OUTPUT")
    extract.setModelOutputs({"persistence": output})
    model.addChildAlgorithm(extract)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {**lausanne, "extract:persistence": str(tmp_path / "persistence.csv")},
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    table = QgsVectorLayer(results["extract:persistence"], "p", "ogr")
    rows = list(table.getFeatures())
    assert {r["ring"] for r in rows} == {"industrial areas", "all"}
    assert all(r["change_type"] == "industrial_persistence" for r in rows)


def params(lausanne, tmp_path, **extra):
    return {
        **lausanne,
        "NOMENCLATURE": 0,
        "CHANGE": str(tmp_path / "change.tif"),
        "TRANSITIONS": "memory:",
        "SUMMARY": "memory:",
        "ACCOUNTING": "memory:",
        **extra,
    }


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"NOMENCLATURE": 3}, "give the CSV file"),
        ({"RINGS": "250,abc"}, "numbers separated by commas"),
        ({"RINGS": "500,250"}, "positive and increasing"),
        ({"ZONE_FIELD": "GMDNAME"}, None),  # a field without zones is harmless
    ],
)
def test_bad_parameters_give_clear_errors(run, lausanne, tmp_path, extra, message):
    if message is None:
        run(ALG, params(lausanne, tmp_path, **extra))
        return
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, params(lausanne, tmp_path, **extra))
    assert not (tmp_path / "change.tif").exists()


def test_raster_without_crs_is_refused(run, tmp_path, lausanne):
    import numpy as np
    import rasterio

    path = tmp_path / "nocrs.tif"
    with rasterio.open(path, "w", driver="GTiff", width=3, height=3, count=1, dtype="uint8") as dst:
        dst.write(np.ones((3, 3), dtype=np.uint8), 1)
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        run(ALG, params(lausanne, tmp_path, BEFORE=str(path)))
    assert not (tmp_path / "change.tif").exists()


def test_zones_without_field_are_refused(run, lausanne, tmp_path, shared_data):
    with pytest.raises(QgsProcessingException, match="zone name field"):
        run(ALG, params(lausanne, tmp_path, ZONES=str(shared_data / "landuse/lausanne_municipality.gpkg")))


def test_custom_nomenclature_with_bad_class(run, lausanne, tmp_path):
    (tmp_path / "nom.csv").write_text("code,class\n3,factory\n")
    with pytest.raises(QgsProcessingException, match="unknown production class"):
        run(ALG, params(lausanne, tmp_path, NOMENCLATURE=3, NOMENCLATURE_CSV=str(tmp_path / "nom.csv")))


def test_empty_industrial_areas_and_missing_zone_field(run, lausanne, tmp_path, shared_data):
    empty = QgsVectorLayer("Polygon?crs=EPSG:2056", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="no features with a geometry"):
        run(ALG, params(lausanne, tmp_path, RINGS="250", INDUSTRIAL_AREAS=empty))
    zones = str(shared_data / "landuse/lausanne_municipality.gpkg")
    with pytest.raises(QgsProcessingException, match="The field .NO_SUCH_FIELD. is not in the zones layer"):
        run(ALG, params(lausanne, tmp_path, ZONES=zones, ZONE_FIELD="NO_SUCH_FIELD"))
    assert not (tmp_path / "change.tif").exists()


def warnings_of(feedback):
    warnings = []
    feedback.pushWarning = warnings.append
    return warnings


def test_wrong_nomenclature_stops_naming_the_preset(run, lausanne, tmp_path):
    # Lausanne holds CORINE grid codes 1-44; the "codes 111-523" preset maps none of them.
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, params(lausanne, tmp_path, NOMENCLATURE=1, RINGS="250"))
    text = str(err.value)
    assert "BEFORE: 100 % of the land use has codes that are not in the chosen nomenclature" in text
    assert "look like the preset 'CORINE Land Cover (grid codes 1-44)'" in text
    assert not (tmp_path / "change.tif").exists()


def zone_layer(shared_data, *extra):
    """The Lausanne municipality plus rectangles (xmin, ymin, xmax, ymax, name) in EPSG:2056."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2056&field=name:string", "zones", "memory")
    features = []
    if shared_data is not None:
        lausanne = QgsVectorLayer(str(shared_data / "landuse/lausanne_municipality.gpkg"), "l", "ogr")
        f = QgsFeature(layer.fields())
        f.setGeometry(next(lausanne.getFeatures()).geometry())
        f.setAttributes(["Lausanne"])
        features.append(f)
    for x0, y0, x1, y1, name in extra:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        f.setAttributes([name])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


# Zürich lies outside the Lausanne rasters (EPSG:2056 metres).
ZURICH = (2_680_000, 1_245_000, 2_690_000, 1_250_000, "Zürich")


def test_zones_outside_the_rasters_are_named(run, lausanne, tmp_path, shared_data):
    feedback = QgsProcessingFeedback()
    warnings = warnings_of(feedback)
    zones = zone_layer(shared_data, ZURICH)
    out = run(
        ALG,
        params(lausanne, tmp_path, ZONES=zones, ZONE_FIELD="name", SUMMARY=str(tmp_path / "summary.csv")),
        feedback,
    )
    assert {r["zone"] for r in read_csv(out["SUMMARY"])} == {"Lausanne", "all"}
    assert (
        "Zones that do not overlap the land-use data (1 of 2) have no rows in the summary: Zürich" in warnings
    )
    only_zurich = params(lausanne, tmp_path, ZONES=zone_layer(None, ZURICH), ZONE_FIELD="name")
    only_zurich["CHANGE"] = str(tmp_path / "change_zurich.tif")
    with pytest.raises(QgsProcessingException, match=r"No zone overlaps the land-use data \(1 given\)"):
        run(ALG, only_zurich)
    assert not (tmp_path / "change_zurich.tif").exists()


def test_custom_csv_with_a_preset_is_not_used_and_said_so(run, lausanne, tmp_path):
    (tmp_path / "nom.csv").write_text("code,class\n3,industrial\n")
    feedback = QgsProcessingFeedback()
    warnings = warnings_of(feedback)
    run(ALG, params(lausanne, tmp_path, NOMENCLATURE=0, NOMENCLATURE_CSV=str(tmp_path / "nom.csv")), feedback)
    assert (
        f"The custom nomenclature CSV {tmp_path / 'nom.csv'} is not used: the nomenclature is the preset "
        "'CORINE Land Cover (grid codes 1-44)'. Choose 'Custom (CSV)' to use the CSV."
    ) in warnings
    # Chosen, it is used and not warned about.
    feedback = QgsProcessingFeedback()
    warnings = warnings_of(feedback)
    with pytest.raises(QgsProcessingException, match="not in the chosen nomenclature"):
        # (a one-code CSV leaves most of Lausanne unmapped: proof that it is the one read)
        run(
            ALG,
            params(lausanne, tmp_path, NOMENCLATURE=3, NOMENCLATURE_CSV=str(tmp_path / "nom.csv")),
            feedback,
        )
    assert not any("is not used" in w for w in warnings)


OUTPUTS = ("CHANGE", "TRANSITIONS", "SUMMARY", "ACCOUNTING")


def test_only_the_outputs_asked_for_are_written(run, lausanne, tmp_path):
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "SUMMARY": str(tmp_path / "summary.csv")})
    assert out.get("SUMMARY") and not any(out.get(key) for key in ("CHANGE", "TRANSITIONS", "ACCOUNTING"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.csv", "summary.csvt"]


def test_outputs_are_optional_but_one_is_required(run, lausanne):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    for key in OUTPUTS:
        param = alg.parameterDefinition(key)
        assert param.flags() & param.FlagOptional and param.createByDefault(), key
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, **{key: None for key in OUTPUTS}})


def test_missing_output_folder_stops_before_any_work(run, lausanne, tmp_path):
    feedback = QgsProcessingFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    paths = {key: str(tmp_path / f"{key.lower()}.csv") for key in OUTPUTS}
    paths["CHANGE"] = str(tmp_path / "change.tif")
    paths["ACCOUNTING"] = str(tmp_path / "missing" / "accounting.csv")
    with pytest.raises(QgsProcessingException, match=r"does not exist.*\(ACCOUNTING\)"):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, **paths}, feedback)
    assert list(tmp_path.iterdir()) == []
    assert not progress  # refused before the work started


def test_a_failed_output_leaves_none_behind(run, lausanne, tmp_path):
    (tmp_path / "accounting.csv").mkdir()  # its folder exists, but the file cannot be written
    (tmp_path / "keep.txt").write_text("not ours")
    paths = {key: str(tmp_path / f"{key.lower()}.csv") for key in OUTPUTS}
    paths["CHANGE"] = str(tmp_path / "change.tif")
    with pytest.raises(QgsProcessingException):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, **paths})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounting.csv", "keep.txt"]


def test_change_legend_lists_only_the_change_types_present(run, lausanne, tmp_path):
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "CHANGE": str(tmp_path / "change.tif")})
    with rasterio.open(out["CHANGE"]) as ds:
        data = ds.read(1)
    present = {int(v) for v in np.unique(data)} - {255}
    layer = QgsRasterLayer(out["CHANGE"], "change")  # styled by the .qml beside it
    legend = {c.value for c in layer.renderer().classes()}
    assert legend == present
    assert len(legend) < 12  # fewer than all the change types


def test_matrix_is_off_by_default_and_written_when_asked(run, lausanne, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    param = alg.parameterDefinition("MATRIX")
    assert param.flags() & param.FlagOptional and not param.createByDefault()
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "MATRIX": str(tmp_path / "matrix.csv")})
    rows = read_csv(out["MATRIX"])
    assert list(rows[0])[:2] == ["from_code", "from_label"] and list(rows[0])[-1] == "total_ha"
    assert all(c.startswith("to_") and c.endswith("_ha") for c in list(rows[0])[2:-1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.csv", "matrix.csvt"]


def test_ring_polygons_match_native_buffers(run, lausanne, tmp_path):
    industrial = QgsVectorLayer("Polygon?crs=EPSG:2056", "industrial", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("POLYGON((2530000 1160000,2531000 1160000,2531000 1160600,2530000 1160000))")
    )
    industrial.dataProvider().addFeatures([feature])
    out = run(
        ALG,
        {
            **lausanne,
            "NOMENCLATURE": 0,
            "RINGS": "250,500",
            "INDUSTRIAL_AREAS": industrial,
            "RINGS_OUT": str(tmp_path / "rings.gpkg"),
        },
    )
    rings = QgsVectorLayer(out["RINGS_OUT"], "rings", "ogr")
    got = {f["ring"]: f.geometry().area() for f in rings.getFeatures()}
    buffers = {
        d: next(
            run("native:buffer", {"INPUT": industrial, "DISTANCE": d, "SEGMENTS": 16, "OUTPUT": "memory:"})[
                "OUTPUT"
            ].getFeatures()
        )
        .geometry()
        .area()
        for d in (250, 500)
    }
    base = feature.geometry().area()
    assert got == pytest.approx(
        {"industrial areas": base, "0-250": buffers[250] - base, "250-500": buffers[500] - buffers[250]},
        rel=1e-6,
    )
    assert {f["ring"]: f["area_ha"] for f in rings.getFeatures()} == pytest.approx(
        {k: v / 1e4 for k, v in got.items()}, rel=1e-6
    )


def _industrial_ring_area(path) -> float:
    """Area of the "industrial areas" ring polygons; the layer lives only here (a layer kept open by the
    traceback of a later pytest.raises crashes QGIS 3.40 at exit)."""
    rings = QgsVectorLayer(path, "rings", "ogr")
    return sum(f.geometry().area() for f in rings.getFeatures() if f["ring"] == "industrial areas")


def test_ring_polygons_around_industrial_cells_and_need_rings(run, lausanne, tmp_path):
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "250", "RINGS_OUT": str(tmp_path / "rings.gpkg")})
    inner = _industrial_ring_area(out["RINGS_OUT"])
    with rasterio.open(lausanne["BEFORE"]) as raster:
        cell = raster.res[0] * raster.res[1]
        assert inner == pytest.approx(
            np.count_nonzero(raster.read(1) == 3) * cell, rel=1e-9
        )  # grid code 3: 121
    assert out.get("CHANGE") is None and sorted(p.name for p in tmp_path.iterdir()) == ["rings.gpkg"]
    with pytest.raises(QgsProcessingException, match="need distance rings"):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "RINGS_OUT": str(tmp_path / "r2.gpkg")})


# --- the HTML report ------------------------------------------------------------------------------------------


def _figure(page: str, label: str) -> list[str]:
    """The cells of the row named ``label`` in the report's tables (first match)."""
    import re

    row = re.search(rf"<tr><td>{re.escape(label)}</td>(.*?)</tr>", page, flags=re.S)
    assert row, label
    return re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))


def test_report_numbers_equal_the_tables(run, lausanne, shared_data, tmp_path):
    from reindustria_plugin.analysis.report.numbers import format_number

    feedback = QgsProcessingFeedback()
    out = run(
        ALG,
        {
            **lausanne,
            "NOMENCLATURE": 0,
            "RINGS": "250,500,1000",
            "ZONES": str(shared_data / "landuse/lausanne_municipality.gpkg"),
            "ZONE_FIELD": "GMDNAME",
            "SUMMARY": str(tmp_path / "summary.csv"),
            "ACCOUNTING": str(tmp_path / "accounting.csv"),
            "REPORT": str(tmp_path / "report.html"),
        },
        feedback,
    )
    assert out["REPORT"] == str(tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    accounting = {r["category"]: r for r in read_csv(out["ACCOUNTING"])}
    whole = {
        r["change_type"]: r for r in read_csv(out["SUMMARY"]) if r["zone"] == "all" and r["ring"] == "all"
    }

    def ha(text):
        return format_number(float(text), 2)

    assert float(accounting["total"]["before_ha"]) > 10_000  # thousands separated below
    assert _figure(page, "Study area")[0] == ha(accounting["total"]["before_ha"])
    assert _figure(page, "Industrial land at the first date")[0] == ha(accounting["industrial"]["before_ha"])
    assert _figure(page, "Industrial land at the second date")[0] == ha(accounting["industrial"]["after_ha"])
    persistence = whole["industrial_persistence"]
    assert _figure(page, "Industrial persistence") == [
        ha(persistence["area_ha"]),
        format_number(float(persistence["share_pct"])),
        format_number(float(persistence["share_of_zone_industrial_pct"])),
    ]
    assert _figure(page, "Industrial land take")[0] == ha(whole["industrial_land_take"]["area_ha"])
    # The accounting table, class by class, as the ACCOUNTING output (labels in the user's language).
    columns = ["before_ha", "after_ha", "persistence_ha", "gross_gain_ha", "gross_loss_ha", "net_change_ha"]
    for row in accounting.values():
        if float(row["before_ha"]) or float(row["after_ha"]):
            assert _figure(page, row["label"])[:6] == [ha(row[c]) for c in columns], row["label"]
    # The zone Lausanne, the rings in metres, the inputs and the run's warnings.
    assert "<td>Lausanne</td>" in page and "0-250 m" in page and "Beyond 1,000 m" in page
    assert "clc_lausanne_2006_100m.tif" in page and "EPSG:2056" in page and "250, 500, 1,000 m" in page
    assert "aligned onto the BEFORE grid" in page
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_report_only_when_asked(run, lausanne, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    param = alg.parameterDefinition("REPORT")
    assert param.flags() & param.FlagOptional and not param.createByDefault()
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "SUMMARY": str(tmp_path / "s.csv")})
    assert not out.get("REPORT") and not list(tmp_path.glob("*.html"))
    # The report alone is an output.
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "REPORT": str(tmp_path / "r.html")})
    assert list(out) == ["REPORT"] and "no distance rings" in (tmp_path / "r.html").read_text(
        encoding="utf-8"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "s.csv", "s.csvt"]


def test_report_in_a_missing_folder_stops_before_any_work(run, lausanne, tmp_path):
    feedback = QgsProcessingFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    paths = {"SUMMARY": str(tmp_path / "s.csv"), "REPORT": str(tmp_path / "missing" / "r.html")}
    with pytest.raises(QgsProcessingException, match=r"does not exist.*\(REPORT\)"):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, **paths}, feedback)
    assert list(tmp_path.iterdir()) == [] and not progress


def test_report_needs_matplotlib_and_jinja2_but_tables_do_not(run, lausanne, tmp_path, monkeypatch):
    from reindustria_plugin import dependencies

    real = dependencies.missing

    def missing(modules):
        if "jinja2" in modules:
            return [(dependencies.DEPENDENCIES["jinja2"], "ModuleNotFoundError: No module named 'jinja2'")]
        return real(modules)

    monkeypatch.setattr(dependencies, "missing", missing)
    params = {**lausanne, "NOMENCLATURE": 0, "RINGS": "", "SUMMARY": str(tmp_path / "s.csv")}
    with pytest.raises(
        QgsProcessingException, match=r"sudo apt install python3-jinja2.*skip the 'Report \(HTML\)'"
    ):
        run(ALG, {**params, "REPORT": str(tmp_path / "r.html")})
    assert list(tmp_path.iterdir()) == []
    assert run(ALG, params).get("SUMMARY")


def test_a_failed_output_removes_the_report(run, lausanne, tmp_path):
    (tmp_path / "accounting.csv").mkdir()  # its folder exists, but the file cannot be written
    paths = {"ACCOUNTING": str(tmp_path / "accounting.csv"), "REPORT": str(tmp_path / "r.html")}
    with pytest.raises(QgsProcessingException):
        run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "", **paths})
    assert [p.name for p in tmp_path.iterdir()] == ["accounting.csv"]


@pytest.fixture
def italian(qgis_app):
    """The Italian translation installed and QGIS's locale set to Italian (the page's language)."""
    import subprocess

    from qgis.core import QgsSettings

    from reindustria_plugin import paths
    from reindustria_plugin.i18n import install_translator, remove_translator
    from tests.conftest import REPO

    if not (paths.I18N / "reindustria_it.qm").exists():
        subprocess.run(["make", "-s", "qm"], cwd=REPO, check=True)
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "it_IT")
    translator = install_translator("it")
    yield
    remove_translator(translator)
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_report_in_italian(run, lausanne, tmp_path, italian):
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "RINGS": "500", "REPORT": str(tmp_path / "r.html")})
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert out["REPORT"] == str(tmp_path / "r.html")
    assert '<html lang="it">' in page
    # Change types, production classes and the accounting's labels in Italian (the existing translations).
    assert "Persistenza industriale" in page and "Industriale e produttivo" in page
    assert "Industrial persistence" not in page and "Industrial and productive" not in page


# Minimum mapping unit and the change the grids alone make (issue 8 item 2) --------------------------------------


def lausanne_cells(lausanne):
    """BEFORE and AFTER on BEFORE's grid (GDAL's nearest neighbour, as QGIS's Warp does), valid cells."""
    from rasterio.enums import Resampling
    from rasterio.vrt import WarpedVRT

    with rasterio.open(lausanne["BEFORE"]) as b, rasterio.open(lausanne["AFTER"]) as a:
        before = b.read(1)
        with WarpedVRT(
            a, crs=b.crs, transform=b.transform, width=b.width, height=b.height, resampling=Resampling.nearest
        ) as aligned:
            after = aligned.read(1)
        cell_ha = abs(b.transform.a * b.transform.e) / 10_000.0
    return before, after, (before != 255) & (after != 255), cell_ha


def test_minimum_mapping_unit_on_lausanne_equals_labelling_each_transition(run, lausanne, tmp_path):
    from scipy import ndimage

    feedback = QgsProcessingFeedback()
    warnings = warnings_of(feedback)
    out = run(
        ALG,
        {
            **lausanne,
            "NOMENCLATURE": 0,
            "MIN_CHANGE_HA": 5,
            "TRANSITIONS": str(tmp_path / "t.csv"),
            "SUMMARY": str(tmp_path / "s.csv"),
        },
        feedback,
    )
    # By scipy, transition by transition over the whole pair: patches (8 neighbours) of 1.0001 ha cells with
    # fewer than 5 cells (under 5 ha) are left as they were.
    before, after, valid, cell_ha = lausanne_cells(lausanne)
    changed = valid & (before != after)
    small = np.zeros(before.shape, dtype=bool)
    key = before.astype(np.int64) * 256 + after
    for k in np.unique(key[changed]):
        labels, _ = ndimage.label(changed & (key == k), structure=np.ones((3, 3)))
        small |= (labels > 0) & (np.bincount(labels.ravel())[labels] < 5)
    after = np.where(small, before, after)
    expected = {}
    for f, t in zip(before[valid].tolist(), after[valid].tolist()):
        expected[(f, t)] = expected.get((f, t), 0) + 1
    got = {(int(r["from_code"]), int(r["to_code"])): int(r["cells"]) for r in read_csv(out["TRANSITIONS"])}
    assert got == expected
    below = sum(float(r["below_mmu_ha"]) for r in read_csv(out["SUMMARY"]) if r["ring"] == "all")
    assert below == pytest.approx(np.count_nonzero(small) * cell_ha)
    assert any(w.startswith("Minimum mapping unit for change 5 ha (5 cells): ") for w in warnings)


def test_grid_offset_estimate_on_lausanne(run, lausanne, tmp_path):
    # Re-computed here from the two grids: each BEFORE cell meets the AFTER cell holding its centre; the shift
    # to that cell's centre (in BEFORE cells) is split into a step along the row or column and a diagonal one,
    # each weighing what it covers; the codes met there against the cell's own code give the estimate.
    feedback = QgsProcessingFeedback()
    warnings = warnings_of(feedback)
    out = run(ALG, {**lausanne, "NOMENCLATURE": 0, "ACCOUNTING": str(tmp_path / "a.csv")}, feedback)
    before, _, valid, cell_ha = lausanne_cells(lausanne)
    with rasterio.open(lausanne["BEFORE"]) as b, rasterio.open(lausanne["AFTER"]) as a:
        rows, cols = np.mgrid[0 : b.height, 0 : b.width] + 0.5
        u, v = ~a.transform * (b.transform * (cols, rows))
        c, r = ~b.transform * (a.transform * (np.floor(u) + 0.5, np.floor(v) + 0.5))
    dc, dr = c - cols, r - rows
    assert (np.abs(dc) < 0.5).all() and (np.abs(dr) < 0.5).all()  # same cell size: within half a cell
    padded = np.pad(before, 1, constant_values=255)
    sr, sc = np.sign(dr).astype(int), np.sign(dc).astype(int)
    i, j = np.mgrid[0 : before.shape[0], 0 : before.shape[1]] + 1
    row_step = np.abs(dc) >= np.abs(dr)
    straight = padded[np.where(row_step, i, i + sr), np.where(row_step, j + sc, j)]
    diagonal = padded[i + sr, j + sc]
    expected = 0.0
    for other, weight in (
        (straight, np.abs(np.abs(dc) - np.abs(dr))),
        (diagonal, np.minimum(np.abs(dc), np.abs(dr))),
    ):
        counted = valid & (other != 255) & (other != before)
        expected += weight[counted].sum()
    accounting = {row["category"]: row for row in read_csv(out["ACCOUNTING"])}
    assert float(accounting["total"]["resampling_gross_gain_ha"]) <= expected * cell_ha  # class changes only
    message = next(w for w in warnings if "off BEFORE's" in w)
    assert f"about {expected * cell_ha:,.2f} ha of change where nothing changed" in message, message
    assert "0.42 x 0.36 cells (rows x columns, on average)" in message


def test_minimum_mapping_unit_must_not_be_negative(run, lausanne, tmp_path):
    with pytest.raises(QgsProcessingException):
        run(ALG, params(lausanne, tmp_path, MIN_CHANGE_HA=-1))
    assert not (tmp_path / "change.tif").exists()


def test_codes_and_classes_left_out_of_the_study_area(run, tmp_path):
    """EXCLUDE leaves codes (or classes) out at both dates, like nodata: 4 x 4 cells of 1 ha, a column of sea
    (grid code 44) and one cell that becomes sea: the study area is the 11 other cells."""
    from tests.conftest import write_raster

    before = np.full((4, 4), 21, dtype=np.uint8)  # non-irrigated arable land
    before[:, 3] = 44  # sea
    before[0, 0] = 3  # industrial
    after = before.copy()
    after[1, 1] = 2  # arable to discontinuous urban
    after[2, 2] = 44  # one cell flooded
    write_raster(tmp_path / "b.tif", before)
    write_raster(tmp_path / "a.tif", after)
    params = {
        "BEFORE": str(tmp_path / "b.tif"),
        "AFTER": str(tmp_path / "a.tif"),
        "NOMENCLATURE": 0,
        "RINGS": "",
        "ACCOUNTING": str(tmp_path / "acc.csv"),
    }
    out = run(ALG, {**params, "EXCLUDE": "water"})
    total = next(r for r in read_csv(out["ACCOUNTING"]) if r["category"] == "total")
    assert float(total["before_ha"]) == pytest.approx(11.0)
    out = run(ALG, {**params, "EXCLUDE": "44", "ACCOUNTING": str(tmp_path / "acc2.csv")})
    total = next(r for r in read_csv(out["ACCOUNTING"]) if r["category"] == "total")
    assert float(total["before_ha"]) == pytest.approx(11.0)
