"""Sforzi-ISTAT district identification on constructed cases whose answers are worked out by hand below."""

import pandas as pd
import pytest

from reindustria_plugin import paths
from reindustria_plugin.analysis.districts.sforzi import (
    MAIN_BY_EMPLOYEES,
    identify_districts,
    parse_division,
    parse_size_class,
    read_industries,
)
from reindustria_plugin.analysis.errors import InputError

INDUSTRIES = read_industries(paths.PRESETS / "sforzi_industries.csv")

# National reference used by most cases (1,000 non-agricultural employees):
#   manufacturing 400 = textiles (division 13) 200 [small 100, medium 60, large 40]
#                     + machinery (division 28) 200 [small 80, medium 40, large 80]
#     by size: small 180 (0.45 of 400), medium 100 (0.25), large 120 (0.30); share of manufacturing 0.4
#   business services (division 70) 300, consumer services (division 47) 300.
NATIONAL = pd.DataFrame(
    [
        ("13", "0-49", 100),
        ("13", "50-249", 60),
        ("13", "250 e più", 40),
        ("28", "0-49", 80),
        ("28", "50-249", 40),
        ("28", "250 e più", 80),
        ("70", "", 300),
        ("47", "", 300),
    ],
    columns=["division", "size", "employees"],
)


def table(rows):
    """(sll, division, size, units, employees) rows as the input table."""
    return pd.DataFrame(rows, columns=["sll", "division", "size", "units", "employees"])


def system(rows, business, consumer, sll="A", national=NATIONAL, **kwargs):
    """Classify one system: manufacturing ``rows`` (division, size, units, employees) plus its services."""
    data = [(sll, d, s, u, e) for d, s, u, e in rows]
    data += [(sll, "70", "", 1, business), (sll, "47", "", 1, consumer)]
    result = identify_districts(table(data), INDUSTRIES, national, **kwargs)
    return result.table.iloc[0], result


def test_a_district_passes_every_step():
    # Total 100: manufacturing 50 -> LQ (50/100)/(400/1000) = 1.25; prevalence 50 - 100*0.4 = 10,
    # business 25 - 30 = -5, consumer 25 - 30 = -5: step 1 passed.
    # By size (of 50): small 40 -> LQ 0.8/0.45 = 1.778, medium 10 -> 0.2/0.25 = 0.8, large 0: step 2 passed.
    # Textiles 40 -> LQ 0.4/0.2 = 2.0, prevalence 40 - 20 = 20; machinery 10 -> LQ 0.5: main industry textiles.
    # Textiles by size (of 40): small 30 -> 0.75/0.5 = 1.5, medium 10 -> 0.25/0.3 = 0.833, large 0: step 4
    # passed (one medium unit of 10 employees, fewer than the 30 of small units).
    row, result = system(
        [("13", "0-49", 12, 30), ("13", "50-249", 1, 10), ("28", "10-49", 2, 10)], business=25, consumer=25
    )
    assert row["district"] and row["failed_step"] == 0 and row["class"] == "industrial district"
    assert row["lq_manufacturing"] == pytest.approx(1.25)
    assert row["prevalence_manufacturing"] == pytest.approx(10)
    assert row["prevalence_business"] == pytest.approx(-5)
    assert (row["lq_small"], row["lq_medium"], row["lq_large"]) == pytest.approx((40 / 50 / 0.45, 0.8, 0.0))
    assert row["sme_share"] == 1.0 and row["sme_share_national"] == pytest.approx(0.7)
    assert row["main_industry"] == "textiles" and row["main_label"] == "Textiles and clothing"
    assert row["main_lq"] == pytest.approx(2.0) and row["main_prevalence"] == pytest.approx(20)
    assert row["main_employees"] == 40
    assert (row["main_lq_small"], row["main_lq_medium"], row["main_lq_large"]) == pytest.approx(
        (1.5, 0.25 / 0.3, 0)
    )
    assert row["main_medium_units"] == 1
    assert "Industrial district" in str(result.reasons[0]) and "2.000" in str(result.reasons[0])
    assert not any("No national totals" in str(m) for m in result.messages)


@pytest.mark.parametrize(
    ("manufacturing", "passed"),
    [(39, False), (40, False), (41, True)],  # LQ 0.975, exactly 1, 1.025
)
def test_step1_manufacturing_quotient_must_be_above_one(manufacturing, passed):
    # Total 100; national manufacturing share 0.4, so LQ = manufacturing / 40. The rest is split so that the
    # services' prevalences stay below manufacturing's where the quotient is above 1: 41 -> prevalence 1,
    # business 29 - 30 = -1, consumer 30 - 30 = 0.
    rest = 100 - manufacturing
    row, result = system([("13", "0-49", 5, manufacturing)], business=rest // 2, consumer=rest - rest // 2)
    assert row["step1"] == passed
    assert row["lq_manufacturing"] == pytest.approx(manufacturing / 40)
    if not passed:
        assert row["failed_step"] == 1 and not row["district"]
        assert "is not above 1" in str(result.reasons[0])


def test_step1_exact_threshold_is_not_above_one_despite_rounding():
    # 0.7 / 0.1 / 7 differ from 1 in binary floating point; the comparison is made on cross-products of counts.
    # National: manufacturing 7 of 70 (0.1); local: 0.7 of 7 employees (0.1) -> LQ exactly 1.
    national = pd.DataFrame(
        [("13", "0-49", 7.0), ("70", "", 63.0)], columns=["division", "size", "employees"]
    )
    rows = table([("A", "13", "0-49", 1, 0.7), ("A", "70", "", 1, 6.3)])
    result = identify_districts(rows, INDUSTRIES, national)
    assert not result.table.iloc[0]["step1"]


@pytest.mark.parametrize(
    ("business", "consumer", "passed"),
    [(40, 15, False), (35, 20, False), (34, 21, True)],
)
def test_step1_manufacturing_must_prevail_over_services(business, consumer, passed):
    # Manufacturing 45 of 100: LQ 1.125, prevalence 45 - 40 = 5. Business prevalence = business - 30:
    # 40 -> 10 (above 5), 35 -> 5 (equal: not exceeded), 34 -> 4 (below); consumer 21 -> -9.
    row, result = system([("13", "0-49", 5, 45)], business=business, consumer=consumer)
    assert row["lq_manufacturing"] == pytest.approx(1.125)
    assert row["prevalence_business"] == pytest.approx(business - 30)
    assert row["step1"] == passed
    if not passed:
        assert "business services" in str(result.reasons[0])


def test_a_system_without_manufacturing_or_without_employees():
    # B: services only -> LQ 0; C: every row has 0 employees -> no quotient at all.
    rows = table(
        [("B", "70", "", 3, 50), ("B", "47", "", 3, 50), ("C", "70", "", 0, 0), ("C", "13", "0-9", 0, 0)]
    )
    result = identify_districts(rows, INDUSTRIES, NATIONAL)
    b, c = result.table.iloc[0], result.table.iloc[1]
    assert b["lq_manufacturing"] == 0 and b["failed_step"] == 1 and pd.isna(b["main_industry"])
    assert "0.000 is not above 1" in str(result.reasons[0])
    assert pd.isna(c["lq_manufacturing"]) and c["failed_step"] == 1
    assert "no employees" in str(result.reasons[1])


@pytest.mark.parametrize(
    ("small", "large", "passed"),
    [(10, 40, False), (30, 20, False), (31, 19, True)],
)
def test_step2_small_or_medium_units_must_have_the_highest_quotient(small, large, passed):
    # Manufacturing 50 of 100 (step 1 as in the district case). Shares of the national manufacturing size
    # classes: small 0.45, large 0.30. small 30, large 20: LQ 0.6/0.45 = 1.333 = 0.4/0.3 -> a tie, which is
    # not a lead of small units; 31/19: 1.378 > 1.267 -> passed; 10/40: 0.444 < 2.667 -> not passed.
    row, result = system([("13", "0-49", 5, small), ("13", "250 e più", 1, large)], business=25, consumer=25)
    assert row["step1"]
    assert row["lq_small"] == pytest.approx(small / 50 / 0.45)
    assert row["lq_large"] == pytest.approx(large / 50 / 0.30)
    assert row["step2"] == passed
    if not passed:
        assert row["failed_step"] == 2 and "large units lead manufacturing" in str(result.reasons[0])


def test_step2_is_the_highest_quotient_not_the_share_of_small_and_medium_units():
    # small 31, large 19 of 50: the share in units under 250 employees is 0.62, below the national 0.70, yet the
    # small-unit quotient 1.378 is the highest (large 1.267): ISTAT's rule passes it.
    row, _ = system([("13", "0-49", 5, 31), ("13", "250-499", 1, 19)], business=25, consumer=25)
    assert row["sme_share"] == pytest.approx(0.62) and row["sme_share_national"] == pytest.approx(0.70)
    assert row["step2"]


def test_step3_main_industry_by_prevalence_ties_and_by_employees():
    # National: food (10) 200 [share 0.2], textiles (13) 100 [0.1], business 700; all small units.
    # Local total 100: food 30 -> LQ 1.5, prevalence 30 - 20 = 10; textiles 20 -> LQ 2.0, prevalence 20 - 10 = 10.
    # Equal prevalences: the higher quotient (textiles) wins although food comes first in the grouping table.
    # Ranked by employees instead, food (30) leads textiles (20).
    national = pd.DataFrame(
        [("10", "0-49", 200), ("13", "0-49", 100), ("70", "", 700)], columns=["division", "size", "employees"]
    )
    rows = table([("A", "10", "0-49", 5, 30), ("A", "13", "0-49", 5, 20), ("A", "70", "", 5, 50)])
    result = identify_districts(rows, INDUSTRIES, national)
    row = result.table.iloc[0]
    assert row["main_industry"] == "textiles" and row["main_lq"] == pytest.approx(2.0)
    assert any("Tied main industries" in str(m) for m in result.messages)
    by_employees = identify_districts(rows, INDUSTRIES, national, main_by=MAIN_BY_EMPLOYEES).table.iloc[0]
    assert by_employees["main_industry"] == "food" and by_employees["main_lq"] == pytest.approx(1.5)


def test_step3_industries_with_a_quotient_not_above_one_are_not_candidates():
    # National textiles share 0.2, machinery 0.2. Local total 100: machinery 20 (LQ exactly 1, the most
    # employees of any industry but not specialised), textiles 21 (LQ 1.05) -> main industry textiles.
    row, _ = system([("28", "0-49", 5, 20), ("13", "0-49", 5, 21)], business=30, consumer=29)
    assert row["main_industry"] == "textiles"


def test_step4_large_units_lead_the_main_industry():
    # Total 100: textiles 50 [small 20, large 30], machinery 30 [small], business 10, consumer 10.
    # Step 1: LQ 80/100/0.4 = 2.0. Step 2: small 50/80 = 0.625 -> 1.389 > large 30/80 = 0.375 -> 1.25.
    # Step 3: textiles LQ 2.5, prevalence 30; machinery LQ 1.5, prevalence 10 -> textiles.
    # Step 4: textiles small 20/50 = 0.4 -> 0.4/0.5 = 0.8; large 0.6/0.2 = 3.0 -> not passed.
    row, result = system(
        [("13", "0-49", 8, 20), ("13", "250 e più", 1, 30), ("28", "0-49", 10, 30)], business=10, consumer=10
    )
    assert row["step1"] and row["step2"] and row["step3"] and not row["step4"]
    assert row["failed_step"] == 4 and row["main_industry"] == "textiles"
    assert (row["main_lq_small"], row["main_lq_large"]) == pytest.approx((0.8, 3.0))
    assert "large units lead the main industry" in str(result.reasons[0])


@pytest.mark.parametrize(
    ("units", "medium", "passed"),
    [(1, 25, False), (1, 20, True), (2, 25, True)],
)
def test_step4_a_single_medium_unit_outweighing_the_small_units(units, medium, passed):
    # Textiles: small 20 and medium `medium` (in `units` units), business 10, consumer 10; national textiles
    # shares small 0.5, medium 0.3. medium 25 of 45: LQ small 0.444/0.5 = 0.889, medium 0.556/0.3 = 1.852, so
    # small and medium units lead; but one medium unit of 25 employees outweighs the 20 of all small units -> not
    # passed. 20 = 20 is not more -> passed; two medium units -> the exception does not apply.
    # (Steps 1-3: manufacturing 45 of 65 -> LQ 1.73, prevalence 45 - 26 = 19 against business 10 - 19.5.)
    row, result = system([("13", "0-49", 6, 20), ("13", "50-99", units, medium)], business=10, consumer=10)
    assert row["step1"] and row["step2"] and row["step3"]
    assert row["main_medium_units"] == units and row["main_medium_employees"] == medium
    assert row["step4"] == passed
    if not passed:
        assert "single medium unit with 25 employees" in str(result.reasons[0])


def test_national_totals_from_the_table_and_without_units():
    # A: textiles 30 (small), business 70; B: textiles 10, business 90 -> national manufacturing 40 of 200.
    # A: LQ 0.3/0.2 = 1.5, every unit small (no large units nationally either) -> district. B: LQ 0.5.
    rows = pd.DataFrame(
        [
            ("A", "Alfa", "13", "0-9", 30),
            ("A", "Alfa", "70", "", 70),
            ("B", "Beta", "13", "0-9", 10),
            ("B", "Beta", "70", "", 90),
        ],
        columns=["sll", "name", "division", "size", "employees"],
    )
    result = identify_districts(rows, INDUSTRIES)
    a, b = result.table.iloc[0], result.table.iloc[1]
    assert a["name"] == "Alfa" and a["district"] and a["lq_manufacturing"] == pytest.approx(1.5)
    assert b["lq_manufacturing"] == pytest.approx(0.5) and b["failed_step"] == 1
    text = " ".join(str(m) for m in result.messages)
    assert "No national totals" in text and "2 labour systems" in text and "No local-units column" in text


def test_agriculture_is_left_out():
    rows = table(
        [("A", "01", "", 1, 1000), ("A", "13", "0-9", 1, 50), ("A", "70", "", 1, 25), ("A", "47", "", 1, 25)]
    )
    result = identify_districts(rows, INDUSTRIES, NATIONAL)
    assert result.table.iloc[0]["employees"] == 100
    assert any("agriculture" in str(m) for m in result.messages)


@pytest.mark.parametrize(
    ("label", "size"),
    [
        ("0-9", "small"),
        ("10-49", "small"),
        ("49", "small"),
        ("micro", "small"),
        ("50", "medium"),
        ("50 - 99", "medium"),
        ("200-249", "medium"),
        ("media", "medium"),
        ("250", "large"),
        ("250 e più", "large"),
        ("250+", "large"),
        ("1000 and over", "large"),
        (">=500", "large"),
        ("250-499 addetti", "large"),
        ("", None),
        (None, None),
    ],
)
def test_size_classes(label, size):
    assert parse_size_class(label) == size


@pytest.mark.parametrize("label", ["a lot", "10-99", "200-499", "49-50", "100-50"])
def test_size_classes_that_cannot_be_mapped(label):
    with pytest.raises(InputError, match="size class"):
        parse_size_class(label)


@pytest.mark.parametrize(
    ("code", "division"), [(13, 13), ("05", 5), ("13.20", 13), ("1320", 13), ("C13", 13), (13.0, 13)]
)
def test_divisions(code, division):
    assert parse_division(code) == division


@pytest.mark.parametrize("code", ["XYZ", "", None, 0, 13.5, "13-14"])
def test_divisions_that_cannot_be_parsed(code):
    with pytest.raises(InputError, match="not an ATECO 2007 division"):
        parse_division(code)


def test_bad_input_is_explained():
    good = [("A", "13", "0-9", 1, 50), ("A", "70", "", 1, 50)]
    with pytest.raises(InputError, match=r"negative number of employees \(first: row 2"):
        identify_districts(table([good[0], ("A", "70", "", 1, -5)]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="non-numeric"):
        identify_districts(table([good[0], ("A", "70", "", 1, "many")]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="divisions 04 .*not in the industry grouping"):
        identify_districts(table([*good, ("A", "04", "", 1, 5)]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="is not a size class"):
        identify_districts(table([("A", "13", "lots", 1, 5), good[1]]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="manufacturing rows of the table have no size class"):
        identify_districts(table([("A", "13", "", 1, 5), good[1]]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="manufacturing divisions only"):
        identify_districts(table([good[0]]), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="lack the columns employees"):
        identify_districts(table(good).drop(columns="employees"), INDUSTRIES, NATIONAL)
    with pytest.raises(InputError, match="national totals lack the columns size"):
        identify_districts(table(good), INDUSTRIES, NATIONAL.drop(columns="size"))
    with pytest.raises(InputError, match="no labour-system code"):
        identify_districts(table([good[0], (None, "70", "", 1, 5)]), INDUSTRIES, NATIONAL)


def test_grouping_table_covers_every_ateco_division(tmp_path):
    assert len(INDUSTRIES.sector) == 88  # the 88 divisions of ATECO 2007 / NACE Rev. 2
    assert {d for d, s in INDUSTRIES.sector.items() if s == "manufacturing"} == set(range(10, 34))
    assert INDUSTRIES.industry[23] == "household" and INDUSTRIES.industry[13] == "textiles"
    bad = tmp_path / "bad.csv"
    bad.write_text("division,sector,industry,label\n13,factories,,\n")
    with pytest.raises(InputError, match="sector 'factories'"):
        read_industries(bad)
    with pytest.raises(InputError, match="Cannot read"):
        read_industries(tmp_path / "missing.csv")
