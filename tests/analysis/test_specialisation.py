"""Specialisation indices: published REAT cases, Ellison-Glaeser and the locational Gini by hand, ATECO codes,
bad input."""

import json
import math

import pandas as pd
import pytest

from reindustria_plugin import paths
from reindustria_plugin.analysis.districts.ateco import normalise_code, read_ateco, recode
from reindustria_plugin.analysis.districts.specialisation import (
    ellison_glaeser,
    herfindahl,
    krugman_index,
    location_quotient,
    locational_gini,
    map_sector,
    resolve_sector,
    specialisation_tables,
)
from reindustria_plugin.analysis.errors import InputError


@pytest.fixture(scope="module")
def tree():
    return read_ateco(paths.PRESETS / "ateco_2007.csv")


@pytest.fixture
def reat(shared_data):
    cases = json.loads((shared_data / "reference" / "published_cases.json").read_text(encoding="utf-8"))
    return {case["id"]: case for case in cases if case["id"].startswith("REAT")}


def _texts(result):
    return [str(m) for m in result.messages]


# Published cases (R package REAT, its manual's examples) --------------------------------------------------
def test_reat_location_quotient(reat):
    case = reat["REAT-LQ"]
    i = case["inputs"]
    assert location_quotient(i["e_ij"], i["e_j"], i["e_i"], i["e"]) == pytest.approx(
        case["expected"]["LQ"], abs=5e-8
    )


def test_reat_location_quotient_through_the_table(reat):
    # The published inputs as a two-area table: the region (1714 of 79,006 employees in the sector) and the
    # rest of the reference economy (879,213 in the sector of 15,593,224 in all).
    i = reat["REAT-LQ"]["inputs"]
    rest_sector = i["e_i"] - i["e_ij"]
    rest_other = i["e"] - i["e_j"] - rest_sector
    frame = pd.DataFrame(
        {
            "area": ["region", "region", "rest", "rest"],
            "sector": ["s", "other", "s", "other"],
            "employees": [i["e_ij"], i["e_j"] - i["e_ij"], rest_sector, rest_other],
        }
    )
    q = specialisation_tables(frame, tables=("quotients",)).quotients.set_index(["area", "sector"])
    assert q.loc[("region", "s"), "lq"] == pytest.approx(reat["REAT-LQ"]["expected"]["LQ"], abs=5e-8)
    assert q.loc[("region", "s"), "employees"] == 1714


def test_reat_krugman(reat):
    case = reat["REAT-Krugman"]
    assert krugman_index(case["inputs"]["e_ij"], case["inputs"]["e_il"]) == case["expected"]["K"]


def test_reat_herfindahl(reat):
    case = reat["REAT-HHI"]
    hhi, normalised = herfindahl(case["inputs"]["x"])
    assert hhi == pytest.approx(case["expected"]["HHI"], abs=1e-12)
    assert normalised == pytest.approx(case["expected"]["HHI_normalised"], abs=1e-12)
    # The same through the area table: one area with the four sectors.
    x = case["inputs"]["x"]
    frame = pd.DataFrame({"area": "A", "sector": list("abcd"), "employees": x})
    row = specialisation_tables(frame, tables=("areas",)).areas.iloc[0]
    assert row["hhi"] == pytest.approx(case["expected"]["HHI"], abs=1e-12)
    assert row["hhi_normalised"] == pytest.approx(case["expected"]["HHI_normalised"], abs=1e-12)
    assert row["sectors"] == 4 and row["employees"] == 100


# Hand-computed cases --------------------------------------------------------------------------------------
def _firms():
    """Three areas with totals A 50, B 30, C 20 (E = 100, x = .5, .3, .2, Σx² = .38).

    Sector t: five firms of 6 employees, four in A and one in B (A 24, B 6, C 0; E_t = 30).
    Sector o: one firm per area, A 26, B 24, C 20 (E_o = 70).
    """
    rows = [("A", "t", f"t{k}", 6) for k in range(4)] + [("B", "t", "t4", 6)]
    rows += [("A", "o", "oA", 26), ("B", "o", "oB", 24), ("C", "o", "oC", 20)]
    return pd.DataFrame(rows, columns=["area", "sector", "firm", "employees"])


def test_ellison_glaeser_by_hand():
    r = specialisation_tables(_firms(), firm="firm")
    t = r.sectors.set_index("sector").loc["t"]
    # s = 24/30, 6/30, 0 = .8, .2, 0;  G = (.8-.5)² + (.2-.3)² + (0-.2)² = .09 + .01 + .04 = .14
    assert t["eg_g"] == pytest.approx(0.14, abs=1e-12)
    # five firms of 6 of 30: z = .2 each, H = 5 × .04 = .2
    assert t["eg_h"] == pytest.approx(0.2, abs=1e-12)
    # γ = (G / (1 - Σx²) - H) / (1 - H) = (.14 / .62 - .2) / .8 = (7/31 - 1/5) / (4/5) = (4/155) / (4/5) = 1/31
    assert t["eg_gamma"] == pytest.approx(1 / 31, abs=1e-12)
    o = r.sectors.set_index("sector").loc["o"]
    # s = 26/70, 24/70, 20/70 against x = 35/70, 21/70, 14/70: G = (81 + 9 + 36) / 4900
    assert o["eg_g"] == pytest.approx(126 / 4900, abs=1e-12)
    # H = (26² + 24² + 20²) / 70² = 1652 / 4900
    assert o["eg_h"] == pytest.approx(1652 / 4900, abs=1e-12)
    assert t["employees"] == 30 and o["employees"] == 70
    # The scalar function gives the same.
    assert ellison_glaeser([24, 6, 0], [50, 30, 20], [6] * 5) == pytest.approx((0.14, 0.2, 1 / 31))


def test_locational_gini_by_hand():
    # Sector t: x = .5, .3, .2; s = .8, .2, 0; lq = s/x = 1.6, .667, 0.
    # Lorenz curve, areas by increasing lq: C (x .2, S 0), B (x .3, S .2), A (x .5, S 1).
    # Σ x (S_prev + S) = .2 × (0 + 0) + .3 × (0 + .2) + .5 × (.2 + 1) = .66, Gini = 1 - .66 = .34.
    # Check: ½ Σ_r Σ_q x_r x_q |lq_r - lq_q| over unordered pairs ×2 / 2:
    # .5 × .3 × .9333 + .5 × .2 × 1.6 + .3 × .2 × .6667 = .14 + .16 + .04 = .34.
    assert locational_gini([24, 6, 0], [50, 30, 20]) == pytest.approx(0.34, abs=1e-12)
    r = specialisation_tables(_firms(), tables=("sectors",))
    assert r.sectors.set_index("sector").loc["t", "gini_location"] == pytest.approx(0.34, abs=1e-12)
    # A sector spread exactly like total employment is not concentrated at all.
    assert locational_gini([5, 3, 2], [50, 30, 20]) == pytest.approx(0.0, abs=1e-12)
    # All of it in one area of half the employment: Lorenz 0 then 1 over x .5, .5: 1 - .5 × 1 = .5.
    assert locational_gini([10, 0], [50, 50]) == pytest.approx(0.5, abs=1e-12)


def test_quotients_krugman_and_main_sector_by_hand():
    r = specialisation_tables(_firms(), firm="firm")
    q = r.quotients.set_index(["area", "sector"])
    # lq(A, t) = (24/50) / (30/100) = .48 / .3 = 1.6; lq(B, t) = (6/30) / .3 = .667; lq(A, o) = .52 / .7
    assert q.loc[("A", "t"), "lq"] == pytest.approx(1.6)
    assert q.loc[("B", "t"), "lq"] == pytest.approx(2 / 3)
    assert q.loc[("A", "o"), "lq"] == pytest.approx(0.52 / 0.7)
    assert q.loc[("A", "t"), "share_area"] == pytest.approx(0.48)
    assert q.loc[("A", "t"), "share_reference"] == pytest.approx(0.3)
    assert ("C", "t") not in q.index  # no employment listed: no row
    a = r.areas.set_index("area")
    # Krugman A: |.48 - .3| + |.52 - .7| = .36; C: |0 - .3| + |1 - .7| = .6
    assert a.loc["A", "krugman"] == pytest.approx(0.36)
    assert a.loc["C", "krugman"] == pytest.approx(0.6)
    # HHI A: .48² + .52² = .5008; normalised with n = 2 sectors: (.5008 - .5) / .5 = .0016
    assert a.loc["A", "hhi"] == pytest.approx(0.5008)
    assert a.loc["A", "hhi_normalised"] == pytest.approx(0.0016)
    assert a.loc["C", "hhi"] == pytest.approx(1.0) and a.loc["C", "sectors"] == 1
    # Main sector: the largest employer among the sectors with lq >= 1 (A: t, lq 1.6; B: o, lq .8/.7).
    assert (a.loc["A", "main_sector"], a.loc["A", "main_lq"]) == ("t", pytest.approx(1.6))
    assert (a.loc["B", "main_sector"], a.loc["B", "main_lq"]) == ("o", pytest.approx(0.8 / 0.7))
    assert list(r.areas.columns) == [
        "area",
        "employees",
        "krugman",
        "hhi",
        "hhi_normalised",
        "sectors",
        "main_sector",
        "main_lq",
    ]


def test_totals_for_a_table_of_some_sectors():
    """Only sector t listed, with all-sector totals: quotients, Krugman and the sector indices are those of
    the full table (the rest of employment is one more term), HHI is that of the listed sectors."""
    firms = _firms()
    full = specialisation_tables(firms, firm="firm")
    totals = pd.DataFrame({"area": ["A", "B", "C"], "total": [50, 30, 20]})
    part = specialisation_tables(firms[firms["sector"] == "t"], firm="firm", totals=totals)
    q_full = full.quotients.set_index(["area", "sector"])
    for (area, sector), row in part.quotients.set_index(["area", "sector"]).iterrows():
        assert row["lq"] == pytest.approx(q_full.loc[(area, sector), "lq"])
    pd.testing.assert_series_equal(
        part.areas.set_index("area")["krugman"], full.areas.set_index("area")["krugman"]
    )
    t_full = full.sectors.set_index("sector").loc["t"]
    t_part = part.sectors.set_index("sector").loc["t"]
    for column in ("gini_location", "eg_g", "eg_h", "eg_gamma"):
        assert t_part[column] == pytest.approx(t_full[column])
    areas = part.areas.set_index("area")
    assert areas.loc["A", "hhi"] == 1 and math.isnan(areas.loc["A", "hhi_normalised"])  # one sector listed
    assert areas.loc["C", "employees"] == 0 and areas.loc["C", "main_sector"] is None
    assert any(m.startswith("1 areas of the area totals table have no row") for m in _texts(part))


def test_firm_rows_add_up_to_the_area_sector_table():
    firms = _firms()
    by_area = firms.groupby(["area", "sector"], as_index=False)["employees"].sum()
    a = specialisation_tables(firms, firm="firm")
    b = specialisation_tables(by_area.sample(frac=1, random_state=1))
    pd.testing.assert_frame_equal(a.quotients, b.quotients)
    pd.testing.assert_frame_equal(a.areas, b.areas)
    # Without firms H and γ are left empty, and the user is told.
    assert b.sectors["eg_h"].isna().all() and b.sectors["eg_gamma"].isna().all()
    assert any("no firm field" in m for m in _texts(b))


def test_a_firm_in_two_areas_is_one_plant():
    # One firm of 10 in A and 10 in B, another of 20 in B: z = 20/40, 20/40, H = .5 (not .25 + 2 × .0625).
    frame = pd.DataFrame(
        {"area": ["A", "B", "B", "A"], "sector": ["s", "s", "s", "o"], "firm": ["f", "f", "g", "h"]}
    ).assign(employees=[10, 10, 20, 60])
    h = specialisation_tables(frame, firm="firm", tables=("sectors",)).sectors.set_index("sector")
    assert h.loc["s", "eg_h"] == pytest.approx(0.5)
    assert h.loc["o", "eg_h"] == 1 and math.isnan(h.loc["o", "eg_gamma"])  # one plant: γ undefined


def test_rows_without_a_firm_identifier_are_firms_of_their_own():
    # Sector s: firm f (10) and two rows without an identifier (5 and 5): z = .5, .25, .25, H = .375.
    frame = pd.DataFrame({"area": ["A", "A", "B", "B"], "sector": "s", "firm": ["f", None, "", None]})
    r = specialisation_tables(frame.assign(employees=[10, 5, 5, 0]), firm="firm", tables=("sectors",))
    assert r.sectors["eg_h"].iloc[0] == pytest.approx(0.375)
    assert any(m.startswith("3 rows have no firm identifier") for m in _texts(r))


def test_only_the_tables_asked_for():
    r = specialisation_tables(_firms(), tables=("areas",))
    assert r.quotients is None and r.sectors is None and r.areas is not None
    assert not any("firm" in m for m in _texts(r))


def test_numbers_are_typed():
    r = specialisation_tables(_firms())
    assert r.quotients["employees"].dtype.kind == "i" and r.quotients["lq"].dtype.kind == "f"
    assert r.areas["sectors"].dtype.kind == "i"
    halves = _firms().assign(employees=lambda f: f["employees"] + 0.5)
    assert specialisation_tables(halves).quotients["employees"].dtype.kind == "f"


def test_area_keys_from_numbers_and_text_match():
    # ISTAT codes read as numbers from one table (floats with NULLs) and as text from the other.
    frame = pd.DataFrame({"area": [100005.0, 36040.0, None], "sector": "13", "employees": [5, 5, 1]})
    totals = pd.DataFrame({"area": ["100005", " 36040 "], "total": [10, 20]})
    r = specialisation_tables(frame, totals=totals)
    assert sorted(r.areas["area"]) == ["100005", "36040"]
    assert any("1 rows (1 employees) have no area" in m for m in _texts(r))


# ATECO codes ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, code",
    [
        ("13", "13"),
        ("13.2", "13.2"),
        ("13.20", "13.20"),
        ("13.20.00", "13.20.00"),
        ("1320", "13.20"),
        ("132000", "13.20.00"),
        ("C13", "13"),
        ("C 23.31", "23.31"),
        ("c", "C"),
        (1, "01"),
        (23.0, "23"),
        ("13.2.1", None),
        ("textiles", None),
        ("", None),
        (None, None),
    ],
)
def test_ateco_code_forms(value, code):
    assert normalise_code(value) == code


def test_ateco_aggregation_levels(tree):
    values = pd.Series(["13.20.00", "23.31", "C23.31.0", "14", "46.4", "A", None])
    assert recode(values, "section", tree).codes.tolist() == ["C", "C", "C", "C", "G", "A", None]
    division = recode(values, "division", tree)
    assert division.codes.tolist() == ["13", "23", "23", "14", "46", None, None]
    assert division.coarser.tolist() == [False] * 5 + [True, False]
    group = recode(values, "group", tree)
    assert group.codes.tolist() == ["13.2", "23.3", "23.3", None, "46.4", None, None]
    assert recode(values, "class", tree).codes.tolist()[:3] == ["13.20", "23.31", "23.31"]
    assert tree.title["23.31"].startswith("Fabbricazione di piastrelle")


def test_ateco_codes_that_do_not_parse_are_counted(tree):
    frame = pd.DataFrame(
        {
            "area": ["Prato"] * 5 + ["Sassuolo"] * 3,
            "sector": ["13.20", "13.91", "99.99", "tessile", "C01", "23.31", "23", "13"],
            "employees": [10, 5, 7, 3, 2, 40, 1, 1],
        }
    )
    r = specialisation_tables(frame, level="division", tree=tree)
    assert sorted(r.quotients["sector"].unique()) == ["13", "23"]
    message = next(m for m in _texts(r) if "not ATECO 2007" in m)
    # 99.99 does not exist, "tessile" is no code, C01 names manufacturing with an agricultural division.
    assert message.startswith("3 rows (12 employees)")
    assert "'99.99', 'tessile', 'C01'" in message
    sections = specialisation_tables(frame.iloc[:2], level="section", tree=tree)
    assert sections.quotients["sector"].tolist() == ["C"]
    coarse = specialisation_tables(frame, level="group", tree=tree)
    assert any(m.startswith("2 rows (2 employees) have ATECO codes coarser") for m in _texts(coarse))


# Bad input ------------------------------------------------------------------------------------------------
def test_negative_employees_are_an_error():
    frame = pd.DataFrame({"area": ["A", "B"], "sector": ["x", "x"], "employees": [3, -1]})
    with pytest.raises(
        InputError, match=r"1 rows have a negative number of employees \(area / sector: B / x\)"
    ):
        specialisation_tables(frame)


def test_empty_null_and_text_employees_are_counted_and_left_out():
    frame = pd.DataFrame(
        {"area": ["A", "A", "B", "B", "B"], "sector": list("xyxyz"), "employees": [3, None, "", "n.d.", 4]}
    )
    r = specialisation_tables(frame)
    assert len(r.quotients) == 2
    assert any(m.startswith("3 rows have no number of employees") for m in _texts(r))


def test_nothing_usable_is_an_error():
    frame = pd.DataFrame({"area": ["A"], "sector": [None], "employees": [3]})
    with pytest.raises(InputError, match="No row of the employment table"):
        specialisation_tables(frame)
    with pytest.raises(InputError, match="counts no employees"):
        specialisation_tables(frame.assign(sector="x", employees=0))
    with pytest.raises(InputError, match="column 'jobs'"):
        specialisation_tables(frame, employees="jobs")


def test_totals_checks():
    frame = pd.DataFrame({"area": ["A", "B", "C"], "sector": "x", "employees": [10, 20, 5]})
    totals = pd.DataFrame({"area": ["A", "B", "D", "E"], "total": [100, 200, 50, 60]})
    with pytest.raises(InputError, match=r"1 of the 3 areas .* no total .*'C'"):
        specialisation_tables(frame, totals=totals)
    totals.loc[2, "area"] = "C"
    r = specialisation_tables(frame, totals=totals)
    assert any(m.startswith("1 areas of the area totals table have no row") and "'E'" in m for m in _texts(r))
    small = totals.assign(total=[100, 15, 50, 60])
    with pytest.raises(InputError, match=r"1 areas have a total smaller .*B: 15 < 20"):
        specialisation_tables(frame, totals=small)
    twice = pd.concat([totals, totals.iloc[[0]]])
    with pytest.raises(InputError, match="1 areas appear more than once .*'A'"):
        specialisation_tables(frame, totals=twice)
    with pytest.raises(InputError, match="negative totals"):
        specialisation_tables(frame, totals=totals.assign(total=[100, 200, -5, 60]))


def test_single_area_is_said():
    frame = pd.DataFrame({"area": "A", "sector": ["x", "y"], "employees": [1, 2]})
    r = specialisation_tables(frame)
    assert (r.quotients["lq"] == 1).all()
    assert r.sectors["eg_g"].tolist() == [0, 0] and r.sectors["eg_gamma"].isna().all()
    assert any("Only one area (A)" in m for m in _texts(r))


# Mapping one sector ---------------------------------------------------------------------------------------
def test_map_sector(tree):
    frame = pd.DataFrame(
        {"area": ["P", "P", "S", "S", "M"], "sector": ["13.20", "46.1", "23.31", "13.1", "46.4"]}
    ).assign(employees=[30, 10, 50, 10, 100])
    r = specialisation_tables(frame, level="division", tree=tree, tables=("quotients",))
    assert resolve_sector("13.20", r, "division", tree) == "13"
    assert resolve_sector("C13", r, "division", tree) == "13"
    sections = specialisation_tables(frame, level="section", tree=tree, tables=("quotients",))
    assert resolve_sector("13.20", sections, "section", tree) == "C"
    with pytest.raises(InputError, match="'28' is not in the employment table.*'13', '23', '46'"):
        resolve_sector("28", r, "division", tree)
    table, messages = map_sector(r, "13", ["P", "S", "M", "X", None])
    # lq(P, 13) = (30/40) / (40/200) = 3.75; S: (10/60) / .2 = .8333; M has no textiles: 0; X, NULL unknown.
    assert table["lq"].tolist()[:3] == pytest.approx([3.75, 10 / 60 / 0.2, 0.0])
    assert table["employees"].tolist()[:3] == [30, 10, 0]
    assert table["lq"].iloc[3:].isna().all()
    assert [str(m)[:40] for m in messages] == ["2 of the 5 area polygons have an identif"]
    _table, messages = map_sector(r, "13", ["P"])
    assert str(messages[0]).startswith("2 areas of the employment table have no polygon")
