"""The district comparison's own logic: names, overlaps, grouping into passes, no-data districts."""

import numpy as np
import pytest
from shapely.geometry import box

from reindustria_plugin.analysis.districts.compare import (
    check_districts,
    compare_districts_raster,
    disjoint_groups,
    overlapping_pairs,
)
from reindustria_plugin.analysis.errors import InputError
from reindustria_plugin.analysis.typology import Nomenclature
from tests.conftest import write_raster

NOMENCLATURE = Nomenclature(
    "test",
    np.array([1, 2], dtype=np.int64),
    ["industrial", "green"],
    ["Industry", "Fields"],
    ["#7b3294", "#1a9641"],
)


def test_duplicate_names_are_refused():
    with pytest.raises(InputError, match="unique.*Prato"):
        check_districts([(box(0, 0, 1, 1), "Prato"), (box(2, 0, 3, 1), "Prato")])


def test_touching_districts_do_not_overlap_but_crossing_ones_do():
    geoms = [box(0, 0, 10, 10), box(10, 0, 20, 10), box(5, 5, 15, 15), box(30, 30, 31, 31)]
    assert overlapping_pairs(geoms) == [(0, 2), (1, 2)]
    groups = disjoint_groups(len(geoms), overlapping_pairs(geoms))
    assert groups == [[0, 1, 3], [2]]
    assert any("overlap" in str(m) for m in check_districts([(g, str(i)) for i, g in enumerate(geoms)]))


def test_hand_counted_district(tmp_path):
    # 4 × 4 cells of 100 m: industrial (1) in the top-left 2 × 2 block and one lone cell, green (2) elsewhere.
    grid = np.full((4, 4), 2, dtype=np.uint8)
    grid[:2, :2] = 1
    grid[3, 3] = 1
    path = write_raster(tmp_path / "b.tif", grid, nodata=255, origin=(0.0, 400.0))
    after = grid.copy()
    after[3, 3] = 2  # the lone industrial cell becomes fields: 1 ha of de-industrialisation to green
    after[3, 0] = 1  # a field cell becomes industrial: 1 ha of industrial land take
    path_after = write_raster(tmp_path / "a.tif", after, nodata=255, origin=(0.0, 400.0))
    typology = np.zeros((7, 7), dtype=np.uint8)
    typology[0, 0] = 1  # industrial -> industrial: persistence
    typology[0, 5] = 5  # industrial -> green: de-industrialisation to green
    typology[5, 0] = 8  # green -> industrial: industrial land take
    districts = [(box(0, 0, 400, 400), "whole"), (box(5000, 5000, 6000, 6000), "far")]
    result = compare_districts_raster(districts, path, NOMENCLATURE, path_after, typology, years=(2000, 2010))
    row = result.table.set_index("district").loc["whole"]
    assert row["status"] == "ok" and row["covered_pct"] == pytest.approx(100.0)
    assert row["industrial_ha_2000"] == pytest.approx(5.0)  # 5 cells of 1 ha
    assert row["industrial_pct_2000"] == pytest.approx(100 * 5 / 16)
    assert row["ind_np_2000"] == 2 and row["ind_area_mn_ha_2000"] == pytest.approx(2.5)
    assert row["ind_lpi_pct_2000"] == pytest.approx(100 * 4 / 16)
    assert row["industrial_persistence_ha"] == pytest.approx(4.0)
    assert row["deindustrialisation_green_ha"] == pytest.approx(1.0)
    assert row["industrial_land_take_ha"] == pytest.approx(1.0)
    # 1 ha lost of 5 over 10 years: 2 % a year; 1 ha taken: 2 % a year of the first date's industrial land.
    assert row["deindustrialisation_pct_per_year"] == pytest.approx(2.0)
    assert row["industrial_land_take_pct_per_year"] == pytest.approx(2.0)
    far = result.table.set_index("district").loc["far"]
    assert far["status"] == "no data"
    assert far.drop(["status", "area_ha"]).isna().all()


def test_slivers_of_reprojected_shared_borders_are_not_overlaps():
    # Two districts that share a border, one pushed 1 µm over it (as reprojecting a shared border leaves it).
    geoms = [box(0, 0, 1000, 1000), box(999.999999, 0, 2000, 1000)]
    assert overlapping_pairs(geoms) == []
    assert overlapping_pairs([box(0, 0, 1000, 1000), box(900, 0, 2000, 1000)]) == [(0, 1)]


def test_employment_naming_no_district_is_an_error(tmp_path):
    import pandas as pd

    from reindustria_plugin.analysis.districts.compare import DistrictComparison, add_specialisation

    comparison = DistrictComparison(pd.DataFrame({"district": ["Prato", "Sassuolo"]}))
    employment = pd.DataFrame({"area": ["PRATO", "SASSUOLO"], "sector": ["13", "23"], "employees": [10, 20]})
    with pytest.raises(InputError, match="No district name.*'PRATO'.*'Prato'"):
        add_specialisation(comparison, employment)
