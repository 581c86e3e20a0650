"""Presets and the CSV readers."""

import csv

import pytest

from reindustria_plugin import paths
from reindustria_plugin.analysis.errors import InputError
from reindustria_plugin.analysis.typology import (
    CLASS_KEYS,
    closest_nomenclature,
    load_nomenclature,
    load_typology,
    nomenclature_coverage,
)


def test_clc_presets_cover_the_official_legend(shared_data):
    legend = list(
        csv.DictReader((shared_data / "landuse/clc_legend.csv").read_text(encoding="utf-8").splitlines())
    )
    grid = load_nomenclature(paths.PRESETS / "nomenclature_clc_grid.csv")
    codes = load_nomenclature(paths.PRESETS / "nomenclature_clc_codes.csv")
    for row in legend:
        if int(row["GRID_CODE"]) <= 44:
            assert grid.index(int(row["GRID_CODE"])) is not None
            assert codes.index(int(row["CLC_CODE"])) is not None
    assert grid.classes[grid.index(3)] == "industrial"  # 121 Industrial or commercial units
    assert codes.classes[codes.index(133)] == "vacant"  # construction sites


def test_urban_atlas_preset_covers_the_nomenclature(shared_data):
    ua = load_nomenclature(paths.PRESETS / "nomenclature_urban_atlas.csv")
    for row in csv.DictReader(
        (shared_data / "landuse/urban_atlas_nomenclature.csv").read_text(encoding="utf-8").splitlines()
    ):
        assert ua.index(int(row["code"])) is not None, row["code"]
    assert ua.classes[ua.index(12100)] == "industrial"
    assert ua.classes[ua.index(13400)] == "vacant"
    assert ua.classes[ua.index(91000)] == "nodata"


def test_preset_typology_is_complete():
    matrix = load_typology(paths.PRESETS / "typology_reindustrialisation.csv")
    assert matrix.shape == (len(CLASS_KEYS), len(CLASS_KEYS))
    assert (matrix >= 0).all()


def test_typology_with_a_gap_is_refused(tmp_path):
    text = (paths.PRESETS / "typology_reindustrialisation.csv").read_text().splitlines()
    (tmp_path / "t.csv").write_text("\n".join(text[:-1]) + "\n")
    with pytest.raises(InputError, match="does not classify"):
        load_typology(tmp_path / "t.csv")


def test_typology_with_unknown_type_is_refused(tmp_path):
    text = (
        (paths.PRESETS / "typology_reindustrialisation.csv")
        .read_text()
        .replace("reindustrialisation,no_change", "renaissance,no_change", 1)
    )
    (tmp_path / "t.csv").write_text(text)
    with pytest.raises(InputError, match="unknown change type 'renaissance'"):
        load_typology(tmp_path / "t.csv")


@pytest.mark.parametrize(
    "content, match",
    [
        ("code;class\n1;industrial\n1;green\n", "appears twice"),
        ("code,class\nx,industrial\n", "not a whole number"),
        ("code,class\n5,factory\n", "unknown production class"),
        ("value,label\n5,x\n", "needs the columns"),
    ],
)
def test_bad_nomenclature_csv(tmp_path, content, match):
    (tmp_path / "n.csv").write_text(content)
    with pytest.raises(InputError, match=match):
        load_nomenclature(tmp_path / "n.csv")


def test_the_preset_listing_most_of_the_data_is_found():
    presets = [
        (name, load_nomenclature(paths.PRESETS / f"nomenclature_{key}.csv"))
        for name, key in (("grid", "clc_grid"), ("codes", "clc_codes"), ("urban atlas", "urban_atlas"))
    ]
    # 12100 is an Urban Atlas code, 1-44 CORINE grid codes: weights decide, shares are of the total weight.
    assert closest_nomenclature([1, 2, 12100], [10, 10, 80], presets) == ("urban atlas", 0.8)
    assert closest_nomenclature([1, 2, 12100], [40, 40, 20], presets) == ("grid", 0.8)
    assert closest_nomenclature([999], [5], presets) is None
    assert nomenclature_coverage(presets[1][1], [111, 5], [3, 1]) == 0.75
    assert nomenclature_coverage(presets[1][1], [], []) == 0.0


def test_exclude_codes_and_classes_from_the_study_area():
    import numpy as np

    from reindustria_plugin.analysis.errors import InputError
    from reindustria_plugin.analysis.typology import Nomenclature, exclude_from_study_area

    base = Nomenclature(
        "t",
        np.array([1, 2, 41, 44]),
        ["residential", "industrial", "water", "water"],
        ["a", "b", "c", "d"],
        ["#1", "#2", "#3", "#4"],
    )
    out, codes, classes = exclude_from_study_area(base, "water; 2 7")
    assert codes == [2, 7, 41, 44] and classes == ["water"]
    assert dict(zip(out.codes.tolist(), out.classes)) == {
        1: "residential",
        2: "nodata",
        7: "nodata",
        41: "nodata",
        44: "nodata",
    }
    assert exclude_from_study_area(base, " ")[0] is base
    with pytest.raises(InputError, match="'sea'"):
        exclude_from_study_area(base, "sea")
    with pytest.raises(InputError, match="'2.5'"):
        exclude_from_study_area(base, "2.5")
