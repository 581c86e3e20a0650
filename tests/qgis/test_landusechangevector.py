"""reindustria:landusechangevector through Processing: the real Urban Atlas change layer, two overlaid layers,
selections, the model builder, styling and bad input."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from tests.conftest import read_csv

ALG = "reindustria:landusechangevector"
CHESHIRE = "landuse/urban_atlas_change_2012_2018_cheshire_west.gpkg"
MALTA = "landuse/clc_malta_2006_2012.gpkg"


@pytest.fixture
def cheshire(shared_data):
    layer = QgsVectorLayer(str(shared_data / CHESHIRE), "cheshire", "ogr")
    assert layer.isValid()
    yield layer
    # Delete it now: pytest drops the test's arguments only after the session teardown, and a layer deleted
    # after QgsApplication.exitQgis() (which destroys GDAL) crashes (seen with valgrind when this test ran last).
    sip.delete(layer)


def polygons(crs, rows, field="code", field_type="integer"):
    """A memory layer of rectangles: rows of ((xmin, ymin, xmax, ymax), code)."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field={field}:{field_type}", "l", "memory")
    features = []
    for (x0, y0, x1, y1), code in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        f.setAttributes([code])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def change_layer_params(layer, tmp_path, **extra):
    return {
        "BEFORE": layer,
        "BEFORE_FIELD": "code_2012",
        "AFTER_FIELD": "code_2018",
        "NOMENCLATURE": 2,
        "RINGS": "",
        "CHANGE": "memory:",
        "TRANSITIONS": str(tmp_path / "transitions.csv"),
        "SUMMARY": "memory:",
        "ACCOUNTING": "memory:",
        **extra,
    }


def test_cheshire_change_layer(run, cheshire, tmp_path):
    out = run(
        ALG,
        change_layer_params(
            cheshire,
            tmp_path,
            RINGS="250,500,1000",
            CHANGE=str(tmp_path / "change.gpkg"),
            SUMMARY=str(tmp_path / "summary.csv"),
            ACCOUNTING=str(tmp_path / "accounting.csv"),
        ),
    )
    # Reference: the layer's own area field, summed per transition with QGIS.
    expected = {}
    for f in cheshire.getFeatures():
        key = (int(f["code_2012"]), int(f["code_2018"]))
        expected[key] = expected.get(key, 0.0) + f["area"] / 1e4
    transitions = read_csv(out["TRANSITIONS"])
    got = {(int(r["from_code"]), int(r["to_code"])): float(r["area_ha"]) for r in transitions}
    assert got.keys() == expected.keys()
    assert max(abs(got[k] - expected[k]) / expected[k] for k in got) < 0.001
    change = QgsVectorLayer(out["CHANGE"], "change", "ogr")
    assert change.isValid()
    assert change.renderer().type() == "categorizedSymbol"  # from the .qml written beside it
    labels = {c.label() for c in change.renderer().categories()}
    assert "Industrial land take" in labels
    # Provenance, so the result can be reproduced: the layer metadata QGIS shows (kept in the GeoPackage).
    abstract = change.metadata().abstract()
    assert "nomenclature_urban_atlas.csv" in abstract and "from_class,industrial,commercial" in abstract
    assert "reindustria_rings: 250,500,1000" in abstract
    total = sum(f["area_ha"] for f in change.getFeatures())
    assert total == pytest.approx(sum(expected.values()), rel=1e-6)
    assert {f["ring"] for f in change.getFeatures()} == {
        "industrial areas",
        "0-250",
        "250-500",
        "500-1000",
        "beyond 1000",
    }
    summary = read_csv(out["SUMMARY"])
    all_rows = [r for r in summary if r["zone"] == "all" and r["ring"] == "all"]
    assert sum(float(r["share_pct"]) for r in all_rows) == pytest.approx(100.0)
    accounting = {r["category"]: r for r in read_csv(out["ACCOUNTING"])}
    gain = sum(v for (_, to), v in expected.items() if to == 12100)
    assert float(accounting["industrial"]["gross_gain_ha"]) == pytest.approx(gain, rel=1e-6)


def test_selected_features_only(run, shared_data, tmp_path):
    # A layer of the project (which owns and deletes it), as a user's selection lives there.
    cheshire = QgsVectorLayer(str(shared_data / CHESHIRE), "cheshire", "ogr")
    cheshire.selectByExpression("\"code_2018\" = '12100'")
    selected = list(cheshire.getSelectedFeatures())
    QgsProject.instance().addMapLayer(cheshire, False)
    try:
        source = QgsProcessingFeatureSourceDefinition(cheshire.id(), selectedFeaturesOnly=True)
        out = run(ALG, change_layer_params(source, tmp_path))
    finally:
        QgsProject.instance().removeMapLayer(cheshire.id())
    transitions = read_csv(out["TRANSITIONS"])
    assert {r["to_code"] for r in transitions} == {"12100"}
    assert sum(float(r["area_ha"]) for r in transitions) == pytest.approx(
        sum(f["area"] for f in selected) / 1e4, rel=1e-6
    )


def two_layer_params(before, after, tmp_path, **extra):
    return {
        "BEFORE": before,
        "BEFORE_FIELD": "code",
        "AFTER": after,
        "AFTER_LAYER_FIELD": "code",
        "NOMENCLATURE": 2,
        "RINGS": "",
        "CHANGE": "memory:",
        "TRANSITIONS": str(tmp_path / "t.csv"),
        "SUMMARY": "memory:",
        "ACCOUNTING": "memory:",
        **extra,
    }


def test_two_layers_overlaid(run, tmp_path):
    before = polygons("EPSG:3035", [((0, 0, 100, 100), 12100), ((100, 0, 200, 100), 23000)])
    after = polygons("EPSG:3035", [((0, 0, 150, 100), 11210), ((150, 0, 250, 100), 13300)])
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(ALG, two_layer_params(before, after, tmp_path), feedback)
    got = {(r["from_code"], r["to_code"]): float(r["area_ha"]) for r in read_csv(out["TRANSITIONS"])}
    assert got == pytest.approx({("12100", "11210"): 1.0, ("23000", "11210"): 0.5, ("23000", "13300"): 0.5})
    assert any("0.50 ha of AFTER are not covered by BEFORE" in w for w in warnings)


def test_two_real_clc_layers_match_qgis_native_intersection(run, shared_data, tmp_path):
    # CLC 2006 and 2012 for Malta (EEA QC fixture, one change injected), given as GeoPackage sublayers: areas per
    # transition against QGIS's own overlay, native:intersection, summed by code pair.
    path = shared_data / MALTA
    before, after = f"{path}|layername=clc06_MT", f"{path}|layername=clc12_MT"
    out = run(
        ALG,
        two_layer_params(
            before,
            after,
            tmp_path,
            BEFORE_FIELD="CODE_06",
            AFTER_LAYER_FIELD="CODE_12",
            NOMENCLATURE=1,
            RINGS="250,500,1000",
            CHANGE=str(tmp_path / "change.gpkg"),
            MATRIX=str(tmp_path / "matrix.csv"),
        ),
    )
    got = {(r["from_code"], r["to_code"]): float(r["area_ha"]) for r in read_csv(out["TRANSITIONS"])}
    peer = run(
        "native:intersection",
        {
            "INPUT": before,
            "OVERLAY": after,
            "INPUT_FIELDS": ["CODE_06"],
            "OVERLAY_FIELDS": ["CODE_12"],
            "OUTPUT": "memory:",
        },
    )
    expected: dict = {}
    for f in peer["OUTPUT"].getFeatures():
        key = (f["CODE_06"], f["CODE_12"])
        expected[key] = expected.get(key, 0.0) + f.geometry().area() / 1e4
    assert got.keys() == expected.keys()
    assert got == pytest.approx(expected, rel=1e-9)
    assert [k for k in got if k[0] != k[1]] == [("323", "132")]
    # The wide matrix: one row per BEFORE code, a to_<code>_ha column per AFTER code, 0 where no land moved.
    matrix = {r["from_code"]: r for r in read_csv(out["MATRIX"])}
    assert set(matrix) == {b for b, _a in expected}
    after_codes = sorted({a for _b, a in expected})
    assert [c for c in next(iter(matrix.values())) if c.startswith("to_")] == [
        f"to_{a}_ha" for a in after_codes
    ]
    for b, row in matrix.items():
        for a in after_codes:
            assert float(row[f"to_{a}_ha"]) == pytest.approx(expected.get((b, a), 0.0), rel=1e-9, abs=1e-9)
        assert float(row["total_ha"]) == pytest.approx(
            sum(v for (b2, _a), v in expected.items() if b2 == b), rel=1e-9
        )
    change = QgsVectorLayer(str(tmp_path / "change.gpkg"), "change", "ogr")
    assert change.isValid() and change.featureCount() > 0
    total = sum(f.geometry().area() for f in change.getFeatures()) / 1e4
    assert total == pytest.approx(sum(expected.values()), rel=1e-9)
    sip.delete(change)


def test_after_layer_in_another_crs_is_reprojected(run, tmp_path):
    before = polygons("EPSG:3035", [((4_000_000, 2_500_000, 4_001_000, 2_501_000), 12100)])
    # The same square, roughly, in UTM 32N; reprojected onto BEFORE it covers it almost entirely.
    after = polygons("EPSG:32632", [((-1_000_000, 0, 2_000_000, 9_000_000), 11100)])
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(ALG, two_layer_params(before, after, tmp_path), feedback)
    assert any("reprojected" in w for w in warnings)
    rows = read_csv(out["TRANSITIONS"])
    assert [(r["from_code"], r["to_code"]) for r in rows] == [("12100", "11100")]
    assert float(rows[0]["area_ha"]) == pytest.approx(100.0)


def test_in_a_model_chained_to_native_algorithms(run, cheshire, tmp_path):
    model = QgsProcessingModelAlgorithm("vector change then extract", "tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("UA", "UA"), QgsProcessingModelParameter("UA"))
    change = QgsProcessingModelChildAlgorithm(ALG)
    change.setChildId("change")
    change.addParameterSources("BEFORE", [QgsProcessingModelChildParameterSource.fromModelParameter("UA")])
    for key, value in (("BEFORE_FIELD", "code_2012"), ("AFTER_FIELD", "code_2018"), ("NOMENCLATURE", 2)):
        change.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model.addChildAlgorithm(change)
    extract = QgsProcessingModelChildAlgorithm("native:extractbyattribute")
    extract.setChildId("extract")
    extract.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("change", "CHANGE")]
    )
    for key, value in (("FIELD", "change_type"), ("OPERATOR", 0), ("VALUE", "industrial_land_take")):
        extract.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("take")
    output.setChildOutputName("OUTPUT")
    extract.setModelOutputs({"take": output})
    model.addChildAlgorithm(extract)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {"UA": cheshire.source(), "extract:take": str(tmp_path / "take.gpkg")},
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    take = QgsVectorLayer(results["extract:take"], "take", "ogr")
    area = sum(f.geometry().area() for f in take.getFeatures()) / 1e4
    # Farmland, natural land, urban green (141xx) and water becoming 12100, from the layer's own area field.
    expected = sum(
        f["area"] / 1e4
        for f in cheshire.getFeatures()
        if f["code_2018"] == "12100" and (f["code_2012"][0] in "2345" or f["code_2012"].startswith("141"))
    )
    assert area == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"AFTER_FIELD": ""}, "not both and not neither"),
        ({"AFTER_FIELD": "code_2012", "BEFORE_FIELD": "class_2012"}, "not whole-number land-use codes"),
        ({"RINGS": "500,250"}, "positive and increasing"),
        ({"NOMENCLATURE": 3}, "give the CSV file"),
    ],
)
def test_bad_parameters_give_clear_errors(run, cheshire, tmp_path, extra, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, change_layer_params(cheshire, tmp_path, **extra))
    assert not (tmp_path / "transitions.csv").exists()


def test_both_after_field_and_layer_refused(run, cheshire, tmp_path):
    with pytest.raises(QgsProcessingException, match="not both and not neither"):
        run(ALG, change_layer_params(cheshire, tmp_path, AFTER=cheshire, AFTER_LAYER_FIELD="code_2018"))


def test_geographic_layer_refused(run, tmp_path):
    layer = polygons("EPSG:4326", [((8, 45, 8.01, 45.01), 12100)], field="a")
    with pytest.raises(QgsProcessingException, match="geographic coordinates"):
        run(ALG, {**change_layer_params(layer, tmp_path), "BEFORE_FIELD": "a", "AFTER_FIELD": "a"})


def test_empty_selection_and_empty_industrial_areas(run, cheshire, shared_data, tmp_path):
    in_project = QgsVectorLayer(str(shared_data / CHESHIRE), "cheshire", "ogr")
    QgsProject.instance().addMapLayer(in_project, False)
    try:
        source = QgsProcessingFeatureSourceDefinition(in_project.id(), selectedFeaturesOnly=True)
        with pytest.raises(QgsProcessingException, match="no features with a geometry"):
            run(ALG, change_layer_params(source, tmp_path))
    finally:
        QgsProject.instance().removeMapLayer(in_project.id())
    empty = polygons("EPSG:3035", [])
    with pytest.raises(QgsProcessingException, match="no features with a geometry"):
        run(ALG, change_layer_params(cheshire, tmp_path, RINGS="250", INDUSTRIAL_AREAS=empty))


def test_shipped_model_land_take_by_zone(run, provider, cheshire, tmp_path):
    model_id = "reindustria:landtakebyzone"
    model = provider.algorithm("landtakebyzone")
    # Inputs in the order a user fills them (QGIS 3.22 lists a model's inputs by name): layer, its two code
    # fields, zones, their name field.
    inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
    assert inputs == ["CHANGE_LAYER", "CODE_FROM", "CODE_TO", "ZONES", "ZONES_NAME"]
    # Outputs with plain names, and the help names every one of them (an instance made once the provider's
    # algorithms are registered, as the toolbox makes it: the model's children resolve then).
    instance = model.createInstance()
    outputs = {p.name(): p.description() for p in instance.destinationParameterDefinitions()}
    assert outputs == {
        "change:summary": "Summary by zone",
        "change:accounting": "Change accounting",
        "landtake:land_take": "Industrial land take",
    }
    assert all(description in instance.shortHelpString() for description in outputs.values())
    extent = cheshire.extent()
    mid = (extent.xMinimum() + extent.xMaximum()) / 2
    zones = polygons(
        "EPSG:3035",
        [
            ((extent.xMinimum(), extent.yMinimum(), mid, extent.yMaximum()), "west"),
            ((mid, extent.yMinimum(), extent.xMaximum(), extent.yMaximum()), "east"),
        ],
        field="name",
        field_type="string",
    )
    out = run(
        model_id,
        {
            "CHANGE_LAYER": cheshire,
            "CODE_FROM": "code_2012",
            "CODE_TO": "code_2018",
            "ZONES": zones,
            "ZONES_NAME": "name",
            "change:summary": str(tmp_path / "summary.csv"),
            "change:accounting": "memory:",
            "landtake:land_take": str(tmp_path / "take.gpkg"),
        },
    )
    summary = read_csv(out["change:summary"])
    take = {r["zone"]: float(r["area_ha"]) for r in summary if r["change_type"] == "industrial_land_take"}
    assert take["west"] + take["east"] == pytest.approx(take["all"])
    layer = QgsVectorLayer(out["landtake:land_take"], "take", "ogr")
    assert sum(f["area_ha"] for f in layer.getFeatures()) == pytest.approx(take["all"])


def test_cancel_writes_nothing(run, cheshire, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(ALG, change_layer_params(cheshire, tmp_path, CHANGE=str(tmp_path / "change.gpkg")), feedback)
    assert not (tmp_path / "transitions.csv").exists() and not (tmp_path / "change.gpkg").exists()


def test_polygons_with_heights_give_2d_output(run, tmp_path):
    layer = QgsVectorLayer("PolygonZ?crs=EPSG:3035&field=a:string&field=b:string", "z", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON Z((0 0 5, 100 0 5, 100 100 7, 0 100 7, 0 0 5))"))
    feature.setAttributes(["23000", "12100"])
    layer.dataProvider().addFeatures([feature])
    out = run(
        ALG,
        {
            **change_layer_params(layer, tmp_path, CHANGE=str(tmp_path / "z.gpkg")),
            "BEFORE_FIELD": "a",
            "AFTER_FIELD": "b",
        },
    )
    change = out["CHANGE"] if isinstance(out["CHANGE"], QgsVectorLayer) else QgsVectorLayer(out["CHANGE"])
    features = list(change.getFeatures())
    assert len(features) == 1 and features[0]["area_ha"] == pytest.approx(1.0)
    assert features[0]["change_type"] == "industrial_land_take"


def test_wrong_nomenclature_stops_naming_the_preset(run, cheshire, tmp_path):
    # Urban Atlas codes (12100, 23000, ...) read with the CORINE grid codes preset (0): none is mapped.
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, change_layer_params(cheshire, tmp_path, NOMENCLATURE=0))
    text = str(err.value)
    assert (
        "BEFORE: 100 % of the land use has codes that are not in the chosen nomenclature (codes 1 to 44)"
        in text
    )
    assert "look like the preset 'Urban Atlas 2012/2018'" in text
    assert not (tmp_path / "transitions.csv").exists()


def test_rings_of_a_change_layer_warn_and_say_how_to_fix(run, cheshire, shared_data, tmp_path):
    import geopandas as gpd

    # Reference, with geopandas: the area farther than 1000 m from the change layer's industrial land (12100
    # at the first date), as a share of the layer's area.
    frame = gpd.read_file(shared_data / CHESHIRE)
    near = gpd.GeoDataFrame(geometry=[frame[frame.code_2012 == "12100"].geometry.buffer(1000).unary_union])
    near = near.set_crs(frame.crs)
    far = gpd.overlay(frame, near, how="difference").area.sum()
    share = round(100 * far / frame.area.sum())
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    run(ALG, change_layer_params(cheshire, tmp_path, RINGS="250,500,1000"), feedback)
    ring_warnings = [w for w in warnings if "industrial land of the change layer" in w]
    assert ring_warnings == [
        "The rings were drawn around the industrial land of the change layer, which holds only the land that "
        f"changed between the two dates: industrial land that did not change is not in it, so {share} % of the "
        "area falls beyond the last ring (1000 map units). For rings around all industrial land, give the "
        "industrial areas in 'Industrial areas' (e.g. the polygons of code 12100 of the Urban Atlas land-use "
        "layer of the BEFORE year)."
    ]
    # With the industrial areas given, or without rings, there is nothing to warn about.
    industrial = cheshire.materialize(QgsFeatureRequest().setFilterExpression("\"code_2012\" = '12100'"))
    for extra in ({"RINGS": "250,500,1000", "INDUSTRIAL_AREAS": industrial}, {"RINGS": ""}):
        feedback = QgsProcessingFeedback()
        warnings = []
        feedback.pushWarning = warnings.append
        run(ALG, change_layer_params(cheshire, tmp_path, **extra), feedback)
        assert not [w for w in warnings if "industrial land of the change layer" in w]


def test_zones_off_the_polygons_are_named(run, cheshire, tmp_path):
    extent = cheshire.extent()
    zones = polygons(
        "EPSG:3035",
        [
            ((extent.xMinimum(), extent.yMinimum(), extent.center().x(), extent.yMaximum()), "west"),
            ((0, 0, 1000, 1000), "far away"),
        ],
        field="name",
        field_type="string",
    )
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    out = run(
        ALG,
        change_layer_params(
            cheshire, tmp_path, ZONES=zones, ZONE_FIELD="name", SUMMARY=str(tmp_path / "s.csv")
        ),
        feedback,
    )
    assert {r["zone"] for r in read_csv(out["SUMMARY"])} == {"west", "all"}
    assert (
        "Zones that do not overlap the land-use data (1 of 2) have no rows in the summary: far away"
        in warnings
    )
    far = polygons("EPSG:3035", [((0, 0, 1000, 1000), "far away")], field="name", field_type="string")
    with pytest.raises(QgsProcessingException, match=r"No zone overlaps the land-use data \(1 given\)"):
        run(ALG, change_layer_params(cheshire, tmp_path, ZONES=far, ZONE_FIELD="name"))


OUTPUTS = ("CHANGE", "TRANSITIONS", "SUMMARY", "ACCOUNTING")


def small_pair():
    before = polygons("EPSG:3035", [((0, 0, 100, 100), 12100), ((100, 0, 200, 100), 23000)])
    after = polygons("EPSG:3035", [((0, 0, 150, 100), 11210), ((150, 0, 200, 100), 13300)])
    return before, after


def test_only_the_outputs_asked_for_are_written(run, tmp_path):
    params = two_layer_params(*small_pair(), tmp_path)
    for key in ("CHANGE", "SUMMARY", "ACCOUNTING"):
        del params[key]
    out = run(ALG, params)
    assert out.get("TRANSITIONS") and not any(out.get(key) for key in ("CHANGE", "SUMMARY", "ACCOUNTING"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.csvt"]
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    for key in OUTPUTS:
        param = alg.parameterDefinition(key)
        assert param.flags() & param.FlagOptional and param.createByDefault(), key
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run(ALG, {**params, **{key: None for key in OUTPUTS}})


def test_missing_output_folder_and_failed_output_leave_nothing(run, tmp_path):
    paths = {key: str(tmp_path / f"{key.lower()}.csv") for key in OUTPUTS}
    paths["CHANGE"] = str(tmp_path / "change.gpkg")
    missing = {**paths, "ACCOUNTING": str(tmp_path / "missing" / "accounting.csv")}
    with pytest.raises(QgsProcessingException, match=r"does not exist.*\(ACCOUNTING\)"):
        run(ALG, two_layer_params(*small_pair(), tmp_path, **missing))
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "accounting.csv").mkdir()  # its folder exists, but the file cannot be written
    with pytest.raises(QgsProcessingException):
        run(ALG, two_layer_params(*small_pair(), tmp_path, **paths))
    assert [p.name for p in tmp_path.iterdir()] == ["accounting.csv"]


def test_change_legend_lists_only_the_change_types_present(run, tmp_path):
    params = two_layer_params(*small_pair(), tmp_path, CHANGE=str(tmp_path / "change.gpkg"))
    out = run(ALG, params)
    layer = QgsVectorLayer(out["CHANGE"], "change", "ogr")  # styled by the .qml beside it
    present = {int(v) for v in layer.uniqueValues(layer.fields().lookupField("change_code"))}
    legend = {int(c.value()) for c in layer.renderer().categories()}
    assert legend == present and len(present) == 2


def test_progress_reaches_100_and_names_each_stage(run, tmp_path):
    feedback = QgsProcessingFeedback()
    progress, stages = [], []
    feedback.progressChanged.connect(progress.append)
    feedback.setProgressText = stages.append
    run(ALG, two_layer_params(*small_pair(), tmp_path, RINGS="50"), feedback)
    assert progress[-1] == 100 and progress == sorted(progress)
    assert [s for s in stages if not s.startswith("Reading ")] == [
        "Overlaying BEFORE and AFTER",
        "Classifying the change",
        "Writing the outputs",
    ]
    assert stages[0] == "Reading the land-use polygons"


def _ring_areas(path) -> dict:
    """Area of each ring polygon. The layer lives only here: a layer still open when QGIS exits (kept by the
    traceback of a later pytest.raises) crashes QGIS 3.40 at exit."""
    rings = QgsVectorLayer(path, "rings", "ogr")
    return {f["ring"]: f.geometry().area() for f in rings.getFeatures()}


def test_ring_polygons_match_native_buffers(run, tmp_path):
    before, after = small_pair()
    out = run(
        ALG, two_layer_params(before, after, tmp_path, RINGS="50,120", RINGS_OUT=str(tmp_path / "rings.gpkg"))
    )
    got = _ring_areas(out["RINGS_OUT"])
    industrial = polygons("EPSG:3035", [((0, 0, 100, 100), 12100)])
    buffers = {
        d: next(
            run("native:buffer", {"INPUT": industrial, "DISTANCE": d, "SEGMENTS": 16, "OUTPUT": "memory:"})[
                "OUTPUT"
            ].getFeatures()
        )
        .geometry()
        .area()
        for d in (50, 120)
    }
    assert got == pytest.approx(
        {"industrial areas": 10_000.0, "0-50": buffers[50] - 10_000.0, "50-120": buffers[120] - buffers[50]},
        rel=1e-6,
    )
    with pytest.raises(QgsProcessingException, match="need distance rings"):
        run(ALG, two_layer_params(before, after, tmp_path, RINGS_OUT=str(tmp_path / "r2.gpkg")))


# --- the HTML report ------------------------------------------------------------------------------------------


def _figure(page: str, label: str) -> list[str]:
    """The cells of the row named ``label`` in the report's tables (first match)."""
    import re

    row = re.search(rf"<tr><td>{re.escape(label)}</td>(.*?)</tr>", page, flags=re.S)
    assert row, label
    return re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))


def test_report_of_two_small_layers_by_hand(run, tmp_path):
    # BEFORE: 1 ha industrial (12100), 1 ha pasture (23000); AFTER: 1.5 ha housing (11210), 0.5 ha
    # construction site (13300). So 1 ha of industrial land went to housing (all of it: 100 % of the industrial
    # land, 50 % of the 2 ha study area) and the pasture to housing and construction (other urban change).
    out = run(ALG, two_layer_params(*small_pair(), tmp_path, REPORT=str(tmp_path / "r.html")))
    assert out["REPORT"] == str(tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert _figure(page, "Study area") == ["2.00", "100", ""]
    assert _figure(page, "Industrial land at the first date") == ["1.00", "50", "100"]
    assert _figure(page, "Industrial land at the second date") == ["0.00", "0", ""]
    assert _figure(page, "Net change of industrial land") == ["-1.00", "", "-100"]
    assert _figure(page, "Land that changed production class") == ["2.00", "100", ""]
    assert _figure(page, "Industrial persistence") == ["0.00", "0", "0"]
    assert _figure(page, "De-industrialisation, all destinations") == ["1.00", "50", "100"]
    assert _figure(page, "De-industrialisation to residential") == ["1.00", "50", "100"]
    assert _figure(page, "Industrial land take") == ["0.00", "0", ""]
    # No rings: the change types of the whole area in one column; polygons are cut exactly.
    assert "no distance rings" in page and "cut exactly" in page
    assert _figure(page, "Other urban change") == ["1.00"]
    assert "exact, from the polygons" in page


def test_report_of_the_cheshire_change_layer(run, cheshire, tmp_path):
    from reindustria_plugin.analysis.report.numbers import format_number

    out = run(
        ALG,
        change_layer_params(
            cheshire,
            tmp_path,
            RINGS="250,500,1000",
            SUMMARY=str(tmp_path / "summary.csv"),
            ACCOUNTING=str(tmp_path / "accounting.csv"),
            REPORT=str(tmp_path / "report.html"),
        ),
    )
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    accounting = {r["category"]: r for r in read_csv(out["ACCOUNTING"])}
    whole = {
        r["change_type"]: r for r in read_csv(out["SUMMARY"]) if r["zone"] == "all" and r["ring"] == "all"
    }

    def ha(text):
        return format_number(float(text), 2)

    assert float(accounting["total"]["before_ha"]) > 1000  # thousands separated
    assert _figure(page, "Study area")[0] == ha(accounting["total"]["before_ha"])
    assert _figure(page, "Industrial land take")[:2] == [
        ha(whole["industrial_land_take"]["area_ha"]),
        format_number(float(whole["industrial_land_take"]["share_pct"])),
    ]
    assert _figure(page, "Re-industrialisation")[0] == ha(whole["reindustrialisation"]["area_ha"])
    # A change layer holds only land that changed: no share of an industrial stock, and a note says so.
    assert _figure(page, "De-industrialisation to residential")[2] == ""
    assert "only land that changed" in page
    # The rings' warning of a change layer is in the report too, with the inputs.
    assert "industrial land of the change layer" in page
    assert "cheshire (code_2012)" in page and "cheshire (code_2018)" in page
    assert "Urban Atlas 2012/2018" in page and "250, 500, 1,000 m" in page


def test_report_only_when_asked_and_checked_first(run, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    param = alg.parameterDefinition("REPORT")
    assert param.flags() & param.FlagOptional and not param.createByDefault()
    run(ALG, two_layer_params(*small_pair(), tmp_path))
    assert not list(tmp_path.glob("*.html"))
    # A missing folder stops the run before any work; a failed output removes the report written.
    paths = {"TRANSITIONS": str(tmp_path / "t2.csv"), "REPORT": str(tmp_path / "missing" / "r.html")}
    with pytest.raises(QgsProcessingException, match=r"does not exist.*\(REPORT\)"):
        run(ALG, two_layer_params(*small_pair(), tmp_path, **paths))
    (tmp_path / "accounting.csv").mkdir()
    paths = {"ACCOUNTING": str(tmp_path / "accounting.csv"), "REPORT": str(tmp_path / "r.html")}
    with pytest.raises(QgsProcessingException):
        run(ALG, two_layer_params(*small_pair(), tmp_path, TRANSITIONS=None, **paths))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounting.csv", "t.csv", "t.csvt"]


def test_openstreetmap_land_use_codes_have_their_own_nomenclature(run, tmp_path):
    """The LAND_USE of downloadosmproduction (codes 901-918) is nomenclature 4 everywhere; read with the CORINE
    grid codes (0) it is not classed silently but stopped, naming the OpenStreetMap preset."""
    before = polygons("EPSG:3035", [((0, 0, 100, 100), 901), ((100, 0, 200, 100), 907)])
    after = polygons("EPSG:3035", [((0, 0, 150, 100), 904), ((150, 0, 200, 100), 907)])
    out = run(ALG, two_layer_params(before, after, tmp_path, NOMENCLATURE=4))
    rows = {r["change_type"]: float(r["area_ha"]) for r in read_csv(out["TRANSITIONS"]) if "change_type" in r}
    assert rows.get("deindustrialisation_residential") == pytest.approx(1.0)  # 100 m x 100 m
    with pytest.raises(QgsProcessingException, match="OpenStreetMap land use"):
        run(ALG, two_layer_params(before, after, tmp_path, NOMENCLATURE=0))


def test_the_sea_left_out_of_the_study_area(run, shared_data, tmp_path):
    """Malta's CORINE layers are 78 % sea: EXCLUDE=water leaves the water codes (5xx) out of the study area at both
    dates; the study area falls by the area of the water polygons, measured here with QGIS's own geometry."""
    path = shared_data / MALTA
    before, after = f"{path}|layername=clc06_MT", f"{path}|layername=clc12_MT"
    common = dict(BEFORE_FIELD="CODE_06", AFTER_LAYER_FIELD="CODE_12", NOMENCLATURE=1, RINGS="")
    full = run(ALG, two_layer_params(before, after, tmp_path, **common))
    land = run(
        ALG,
        two_layer_params(
            before, after, tmp_path, EXCLUDE="water", ACCOUNTING=str(tmp_path / "a.csv"), **common
        ),
    )
    total = next(f for f in full["ACCOUNTING"].getFeatures() if f["category"] == "total")["before_ha"]
    layer = QgsVectorLayer(before, "b", "ogr")
    water = sum(f.geometry().area() for f in layer.getFeatures() if str(f["CODE_06"]).startswith("5")) / 1e4
    assert water > 100_000  # the sea around the islands
    assert total - read_total(land) == pytest.approx(water, rel=1e-6)
    with pytest.raises(QgsProcessingException, match="neither a whole-number code nor a production class"):
        run(ALG, two_layer_params(before, after, tmp_path, EXCLUDE="sea", **common))


def read_total(out):
    return float(next(r for r in read_csv(out["ACCOUNTING"]) if r["category"] == "total")["before_ha"])
