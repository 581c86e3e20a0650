"""The shipped workflows (processing/models, toolbox group "Workflows"): they load with every step resolved,
open in the model designer, and give what their steps give when run one after the other."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.conftest import read_csv as rows
from tests.conftest import write_raster

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
DIAGNOSTIC = "reindustria:industrialchangediagnostic"


def same_table(a, b) -> bool:
    """Two CSV tables equal cell by cell (numbers to 1e-9 relative)."""
    ra, rb = rows(a), rows(b)
    if len(ra) != len(rb) or not ra:
        return False
    for x, y in zip(ra, rb):
        if x.keys() != y.keys():
            return False
        for key in x:
            try:
                fx, fy = float(x[key]), float(y[key])
            except ValueError:
                if x[key] != y[key]:
                    return False
                continue
            if not (math.isclose(fx, fy, rel_tol=1e-9, abs_tol=1e-9) or (math.isnan(fx) and math.isnan(fy))):
                return False
    return True


def test_every_shipped_model_is_a_workflow_whose_steps_resolve(provider):
    from reindustria_plugin.algorithms.provider import ShippedModel

    models = [a for a in provider.algorithms() if isinstance(a, ShippedModel)]
    names = {m.name(): m.displayName() for m in models}
    assert names == {
        "corinechange": "CORINE change for an area",
        "industrialchangediagnostic": "Industrial change diagnostic",
        "landtakebyzone": "Industrial land take by zone",
        "microspacescan": "Microspace scan",
    }
    for model in models:
        assert model.groupId() == "workflows" and model.group() == "Workflows"
        instance = model.createInstance()
        assert all(child.algorithm() is not None for child in instance.childAlgorithms().values())
        ok, errors = instance.validate()
        assert ok, (model.name(), errors)


def test_diagnostic_inputs_read_in_the_order_a_planner_fills_them(provider):
    model = provider.algorithm("industrialchangediagnostic").createInstance()
    inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
    assert inputs == [
        "BEFORE",
        "AFTER",
        "NOMENCLATURE",
        "NOMENCLATURE_CSV",
        "DISTRICTS",
        "NAME_FIELD",
        "YEAR_BEFORE",
        "YEAR_AFTER",
        "RINGS",
    ]
    # One output of each step is always written (a step without outputs refuses to run in a model).
    required = {p.name() for p in model.destinationParameterDefinitions() if not p.flags() & p.FlagOptional}
    assert required == {"change:summary", "metrics:industrial_metrics", "compare:comparison"}
    help_text = model.shortHelpString()
    assert "TEMPORARY_OUTPUT" in help_text and "Landscape metrics" in help_text


def test_diagnostic_equals_its_three_steps_run_one_after_the_other(run, provider, tmp_path):
    """Model-builder chaining: each table of the workflow is the table its algorithm gives run alone on the
    demo's Lausanne data."""
    before, after = str(DEMO / "clc_lausanne_2006_100m.tif"), str(DEMO / "clc_lausanne_2012_100m.tif")
    districts = str(DEMO / "lausanne_districts.gpkg")
    model = run(
        DIAGNOSTIC,
        {
            "BEFORE": before,
            "AFTER": after,
            "NOMENCLATURE": 0,
            "DISTRICTS": districts,
            "NAME_FIELD": "district",
            "YEAR_BEFORE": 2006,
            "YEAR_AFTER": 2012,
            "RINGS": "250,500",
            "change:summary": str(tmp_path / "m_summary.csv"),
            "change:accounting": str(tmp_path / "m_accounting.csv"),
            "metrics:industrial_metrics": str(tmp_path / "m_metrics.csv"),
            "compare:comparison": str(tmp_path / "m_comparison.csv"),
        },
    )
    change = run(
        "reindustria:landusechange",
        {
            "BEFORE": before,
            "AFTER": after,
            "NOMENCLATURE": 0,
            "RINGS": "250,500",
            "ZONES": districts,
            "ZONE_FIELD": "district",
            "SUMMARY": str(tmp_path / "summary.csv"),
            "ACCOUNTING": str(tmp_path / "accounting.csv"),
        },
    )
    aligned = run(
        "reindustria:alignraster",
        {"INPUT": after, "REFERENCE": before, "OUTPUT": str(tmp_path / "aligned.tif")},
    )
    assert aligned["SAME_GRID"] == 0
    metrics = run(
        "reindustria:landscapemetrics",
        {
            "INPUT": aligned["OUTPUT"],
            "NOMENCLATURE": 0,
            "ZONES": districts,
            "ZONE_FIELD": "district",
            "CLASSES_AS": 1,
            "CLASSES": "industrial",
            "CLASS_METRICS": str(tmp_path / "metrics.csv"),
        },
    )
    compare = run(
        "reindustria:comparedistricts",
        {
            "DISTRICTS": districts,
            "NAME_FIELD": "district",
            "LAND_USE": before,
            "LAND_USE_AFTER": after,
            "YEAR_BEFORE": 2006,
            "YEAR_AFTER": 2012,
            "NOMENCLATURE": 0,
            "COMPARISON": str(tmp_path / "comparison.csv"),
        },
    )
    assert same_table(model["change:summary"], change["SUMMARY"])
    assert same_table(model["change:accounting"], change["ACCOUNTING"])
    assert same_table(model["metrics:industrial_metrics"], metrics["CLASS_METRICS"])
    assert same_table(model["compare:comparison"], compare["COMPARISON"])
    # The steps count the same cells: the metrics' industrial area is the comparison's of the second date.
    metric_rows = {r["zone"]: r for r in rows(model["metrics:industrial_metrics"])}
    assert {r["class"] for r in metric_rows.values()} == {"industrial"}
    for row in rows(model["compare:comparison"]):
        assert float(metric_rows[row["district"]]["ca"]) == pytest.approx(float(row["industrial_ha_2012"]))
    # Outputs not asked for were not written.
    assert "change:change_types" not in model or not model["change:change_types"]
    assert [p.name for p in tmp_path.glob("*.tif")] == ["aligned.tif"]


def test_diagnostic_checks_the_years_before_any_step_writes(run, provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run(
            DIAGNOSTIC,
            {
                "BEFORE": str(DEMO / "clc_lausanne_2006_100m.tif"),
                "AFTER": str(DEMO / "clc_lausanne_2012_100m.tif"),
                "DISTRICTS": str(DEMO / "lausanne_districts.gpkg"),
                "NAME_FIELD": "district",
                "YEAR_BEFORE": 2012,
                "YEAR_AFTER": 2006,
                "change:summary": str(tmp_path / "s.csv"),
                "metrics:industrial_metrics": str(tmp_path / "m.csv"),
                "compare:comparison": str(tmp_path / "c.csv"),
            },
        )
    assert list(tmp_path.iterdir()) == []


def test_diagnostic_without_a_nomenclature_uses_its_default_in_every_step(run, provider, tmp_path):
    """NOMENCLATURE left out: CORINE grid codes (the default) reach the metrics step too, which has no default
    of its own."""
    out = run(
        DIAGNOSTIC,
        {
            "BEFORE": str(DEMO / "clc_lausanne_2006_100m.tif"),
            "AFTER": str(DEMO / "clc_lausanne_2012_100m.tif"),
            "DISTRICTS": str(DEMO / "lausanne_districts.gpkg"),
            "NAME_FIELD": "district",
            "change:summary": str(tmp_path / "s.csv"),
            "metrics:industrial_metrics": str(tmp_path / "m.csv"),
            "compare:comparison": str(tmp_path / "c.csv"),
        },
    )
    assert {r["class"] for r in rows(out["metrics:industrial_metrics"])} == {"industrial"}


def test_workflows_open_in_the_model_designer(provider, qgis_parent, monkeypatch):
    import importlib

    designer = importlib.import_module("processing.modeler.ModelerDialog")
    ModelerDialog = designer.ModelerDialog  # noqa: N806

    # pytest-qgis's iface stub lacks iconSize(docked); the designer only sizes its toolbar icons with it.
    monkeypatch.setattr(designer, "iface", None)

    for name, steps in (("industrialchangediagnostic", 5), ("microspacescan", 2)):
        model = provider.algorithm(name).createInstance()
        dialog = ModelerDialog.create(model)
        try:
            shown = dialog.model()
            assert shown.displayName() == model.displayName()
            assert len(shown.childAlgorithms()) == steps
            assert all(child.algorithm() is not None for child in shown.childAlgorithms().values())
        finally:
            dialog.setDirty(False)
            dialog.close()


def test_alignraster_refuses_a_multiband_raster_and_writes_nothing(run, provider, tmp_path):
    import numpy as np

    two = write_raster(
        tmp_path / "two.tif",
        np.zeros((2, 2, 2), dtype="uint8"),
        crs="EPSG:2056",
        origin=(2_530_000, 1_160_000),
    )
    out = tmp_path / "out.tif"
    with pytest.raises(QgsProcessingException, match="2 bands: give a single-band"):
        run(
            "reindustria:alignraster",
            {"INPUT": two, "REFERENCE": str(DEMO / "clc_lausanne_2006_100m.tif"), "OUTPUT": str(out)},
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two.tif"]
