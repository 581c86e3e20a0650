"""Intensity analysis against the published reference case and on bad input; the HTML report's structure.

The reference case "IA-toy-3x3" (shared/data/reference/published_cases.json) holds the three rasters of the R
package intensity.analysis (Khallaghi & Pontius) and the values its vignette prints. The crosstabs are
rebuilt here from the rasters with plain numpy, independently of the code under test.
"""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from reindustria_plugin.analysis.change.intensity import (
    CATEGORY_COLUMNS,
    INTERVAL_COLUMNS,
    TRANSITION_COLUMNS,
    check_years,
    intensity_analysis,
)
from reindustria_plugin.analysis.change.intensity_report import DEFAULT_TEXTS, intensity_html

CASE_ID = "IA-toy-3x3"
REL = 1e-6
# The R package prints "Target"/"Avoid"; the paper's words are "Targeted"/"Avoided".
PAPER_WORD = {"Target": "Targeted", "Avoid": "Avoided"}


def _shared_dir() -> Path:
    env = os.environ.get("REINDUSTRIA_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def case() -> dict:
    path = _shared_dir() / "data" / "reference" / "published_cases.json"
    if not path.is_file():
        pytest.skip(f"reference cases not found at {path} (set REINDUSTRIA_SHARED to the shared folder)")
    cases = {c["id"]: c for c in json.loads(path.read_text(encoding="utf-8"))}
    if CASE_ID not in cases:
        pytest.skip(f"case {CASE_ID} missing from {path}")
    return cases[CASE_ID]


@pytest.fixture(scope="module")
def setup(case):
    """(crosstabs, years, labels, durations) of the reference case, crosstabs built from its rasters."""
    inputs = case["inputs"]
    codes = sorted(inputs["categories"], key=int)
    labels = [inputs["categories"][c] for c in codes]
    years = inputs["years"]
    index = {int(c): k for k, c in enumerate(codes)}
    rasters = [np.vectorize(index.get)(np.array(inputs["rasters_row_major"][str(y)])) for y in years]
    crosstabs = []
    for before, after in zip(rasters, rasters[1:]):
        ct = np.zeros((len(labels), len(labels)))
        np.add.at(ct, (before.ravel(), after.ravel()), 1)
        crosstabs.append(ct)
    return crosstabs, years, labels, np.diff(np.array(years, dtype=float))


@pytest.fixture(scope="module")
def result(setup):
    crosstabs, years, labels, _ = setup
    return intensity_analysis(crosstabs, years, labels)


def approx(expected):
    return pytest.approx(expected, rel=REL, abs=1e-12)


def _by_interval(table: pd.DataFrame, years: list) -> list[pd.DataFrame]:
    return [table[(table["year_from"] == a) & (table["year_to"] == b)] for a, b in zip(years, years[1:])]


# --- reference case ---------------------------------------------------------------------------------------


def test_crosstabs_from_rasters_match_reference(case, setup):
    crosstabs = setup[0]
    expected = case["expected"]
    np.testing.assert_array_equal(crosstabs[0], expected["crosstab_2005_2010"])
    np.testing.assert_array_equal(crosstabs[1], expected["crosstab_2010_2012"])


def test_table_layout(result, setup):
    n = len(setup[2])
    assert list(result) == ["interval", "category", "transition"]
    assert list(result["interval"].columns) == INTERVAL_COLUMNS
    assert list(result["category"].columns) == CATEGORY_COLUMNS
    assert list(result["transition"].columns) == TRANSITION_COLUMNS
    assert len(result["interval"]) == 2
    assert len(result["category"]) == 2 * n
    assert len(result["transition"]) == 2 * 2 * n * (n - 1)
    assert list(result["interval"]["year_from"]) == [2005, 2010]


def test_interval_level(result, case):
    exp = case["expected"]
    table = result["interval"]
    assert list(table["change_area"]) == approx(exp["change_size"])
    assert list(table["change_pct_per_year"]) == approx([100 * v for v in exp["St_fraction_per_year"]])
    assert list(table["uniform_pct_per_year"]) == approx([100 * exp["U_fraction_per_year"]] * 2)
    assert list(table["behaviour"]) == exp["interval_behavior"]


def test_category_level(result, case, setup):
    exp = case["expected"]
    _, years, labels, durations = setup
    st = [100 * v for v in exp["St_fraction_per_year"]]
    for t, part in enumerate(_by_interval(result["category"], years)):
        assert list(part["category"]) == labels
        assert list(part["gross_gain"] / durations[t]) == approx(exp["annual_gross_gain"][t])
        assert list(part["gross_loss"] / durations[t]) == approx(exp["annual_gross_loss"][t])
        assert list(part["gain_pct_per_year"]) == approx([100 * v for v in exp["gain_intensity_G"][t]])
        assert list(part["loss_pct_per_year"]) == approx([100 * v for v in exp["loss_intensity_L"][t]])
        assert list(part["uniform_pct_per_year"]) == approx([st[t]] * len(labels))
        assert list(part["gain_behaviour"]) == exp["gain_behavior"][t]
        assert list(part["loss_behaviour"]) == exp["loss_behavior"][t]


def test_transition_level_gain(result, case, setup):
    exp = case["expected"]
    crosstabs, years, labels, _ = setup
    gain = result["transition"][result["transition"]["perspective"] == "gain"]
    for t, part in enumerate(_by_interval(gain, years)):
        r = exp["transition_intensity_R_rows_from_cols_to_diag_NA"][t]
        behaviour = exp["behavior_for_gain_of"][f"interval{t + 1}"]
        for n, gaining in enumerate(labels):
            rows = part[part["to_category"] == gaining].set_index("from_category")
            assert sorted(rows.index) == sorted(set(labels) - {gaining})
            assert list(rows["uniform_pct_per_year"]) == approx([100 * exp["uniform_transition_W"][t][n]] * 2)
            for i, source in enumerate(labels):
                if i == n:
                    assert r[i][n] is None  # the diagonal is not a transition
                    continue
                assert rows.loc[source, "intensity_pct_per_year"] == approx(100 * r[i][n])
                assert rows.loc[source, "transition"] == crosstabs[t][i, n]
                assert rows.loc[source, "behaviour"] == PAPER_WORD[behaviour[gaining][source]]


def test_transition_level_loss(result, case, setup):
    crosstabs, years, labels, durations = setup
    # The package does not print the loss side; the case's notes give V, derived by hand.
    found = dict(re.findall(r"interval(\d+)=\[([^\]]*)\]", case["notes"].split("V ", 1)[1]))
    v = [[float(x) for x in found[str(t + 1)].split(",")] for t in range(len(crosstabs))]
    loss = result["transition"][result["transition"]["perspective"] == "loss"]
    for t, part in enumerate(_by_interval(loss, years)):
        c = crosstabs[t]
        q = 100 * c / durations[t] / c.sum(axis=0)[None, :]  # Q_tmj: relative to j at the end
        for m, losing in enumerate(labels):
            rows = part[part["from_category"] == losing].set_index("to_category")
            assert list(rows["uniform_pct_per_year"]) == approx([100 * v[t][m]] * 2)
            for j, target in enumerate(labels):
                if j != m:
                    assert rows.loc[target, "intensity_pct_per_year"] == approx(q[m, j])
                    # A tie (Q = V) is "Avoided": not above the uniform intensity.
                    tie = abs(q[m, j] - 100 * v[t][m]) <= REL * 100 * v[t][m]
                    expected = "Targeted" if q[m, j] > 100 * v[t][m] and not tie else "Avoided"
                    assert rows.loc[target, "behaviour"] == expected
    # The case has exact ties: the loss of Impervious in 2005-2010 goes to Water and Trees at Q = V = 1/15.
    ties = loss[(loss["year_from"] == 2005) & (loss["from_category"] == "Impervious")]
    assert list(ties["intensity_pct_per_year"]) == approx([100 / 15] * 2)
    assert list(ties["uniform_pct_per_year"]) == approx([100 / 15] * 2)
    assert list(ties["behaviour"]) == ["Avoided", "Avoided"]


# --- behaviour at the edges -------------------------------------------------------------------------------


def test_single_interval_has_no_behaviour():
    # With one interval S_1 = U by definition: neither fast nor slow, the behaviour is left empty (None).
    out = intensity_analysis([np.array([[3.0, 1.0], [2.0, 4.0]])], [2000.5, 2007.25], ["a", "b"])
    row = out["interval"].iloc[0]
    # 3 of 10 changed in 6.75 years: 100 * 0.3 / 6.75 = 4.444 % per year, both S_1 and U.
    assert row["change_pct_per_year"] == approx(100 * 0.3 / 6.75)
    assert row["uniform_pct_per_year"] == approx(100 * 0.3 / 6.75)
    assert row["behaviour"] is None
    assert list(out["interval"]["year_from"]) == [2000.5]
    # The category level is complete: a gains 2 of 5 at the end (100 * 2 / 5 / 6.75 = 5.926 % per year).
    cat = out["category"].set_index("category")
    assert cat.loc["a", "gain_pct_per_year"] == approx(100 * 2 / 5 / 6.75)
    assert cat.loc["a", "gain_behaviour"] == "Active"


def test_single_interval_report_says_three_dates_are_needed():
    result = intensity_analysis([np.array([[3.0, 1.0], [2.0, 4.0]])], [2000.5, 2007.25], ["a", "b"])
    page = intensity_html(result, "t")
    interval = page[page.index('<h2 id="interval">') : page.index('<h2 id="category">')]
    assert "needs three or more dates" in html.unescape(interval)
    assert "Slow" not in interval and "Fast" not in interval and "stroke-dasharray" not in interval
    (row,) = _tables(interval)[0][3]
    assert row == ["2000.5\u20132007.25", "3", "30", "4.444", "4.444", "n/a"]
    # With two intervals the line and the words are there.
    assert "stroke-dasharray" in _interval_part(
        intensity_html(intensity_analysis(BIG, [2000, 2010, 2012], ["A", "B"]), "t")
    )


def _interval_part(page: str) -> str:
    return page[page.index('<h2 id="interval">') : page.index('<h2 id="category">')]


def test_check_years():
    assert check_years(["2006", 2012.0]) == [2006, 2012]
    assert check_years([2000.5, 2007.125]) == [2000.5, 2007.125]
    with pytest.raises(ValueError, match=r"strictly increasing.*2012, 2006"):
        check_years([2012, 2006])


def test_an_interval_without_change_is_exactly_zero():
    # 44 categories that all persist in 2012-2018 (areas of 100.0051 m cells): the change is 0, not the
    # rounding noise of total minus persistence (once 1.1e-13 ha).
    persist = np.diag([1.00010201 * k for k in range(1, 45)])
    first = persist.copy()
    first[0, 1], first[0, 0] = 0.5, 1.00010201 - 0.5
    first[1, 1] -= 0.5
    first[1, 0] = 0.5
    out = intensity_analysis([first, persist], [2006, 2012, 2018], [str(k) for k in range(44)])
    second = out["interval"].iloc[1]
    assert second["change_area"] == 0 and second["change_pct_per_year"] == 0
    later = out["category"][out["category"]["year_from"] == 2012]
    assert (later["gross_gain"] == 0).all() and (later["gross_loss"] == 0).all()


def test_absent_and_unchanging_categories_give_nan_not_errors():
    # "c" is absent at the end and gains nothing; "a" loses nothing.
    c = np.array([[5, 0, 0], [1, 3, 0], [1, 1, 0]])
    out = intensity_analysis([c], [2000, 2010], ["a", "b", "c"])
    cat = out["category"].set_index("category")
    assert np.isnan(cat.loc["c", "gain_pct_per_year"]) and cat.loc["c", "gain_behaviour"] == ""
    assert cat.loc["c", "loss_pct_per_year"] == approx(10.0)  # lost all of 2 in 10 years
    assert cat.loc["a", "loss_pct_per_year"] == 0 and cat.loc["a", "loss_behaviour"] == "Dormant"
    tr = out["transition"]
    gain_c = tr[(tr["perspective"] == "gain") & (tr["to_category"] == "c")]
    assert gain_c["uniform_pct_per_year"].isna().all() and (gain_c["behaviour"] == "").all()
    loss_a = tr[(tr["perspective"] == "loss") & (tr["from_category"] == "a")]
    assert loss_a["uniform_pct_per_year"].isna().all() and (loss_a["behaviour"] == "").all()
    into_c = tr[(tr["perspective"] == "loss") & (tr["to_category"] == "c")]
    assert into_c["intensity_pct_per_year"].isna().all() and (into_c["behaviour"] == "").all()


# --- bad input --------------------------------------------------------------------------------------------

GOOD = [np.array([[2, 1], [1, 2]]), np.array([[2, 1], [0, 3]])]


@pytest.mark.parametrize(
    ("crosstabs", "years", "labels", "message"),
    [
        (GOOD, [2005, 2005, 2012], ["a", "b"], "strictly increasing"),
        (GOOD, [2010, 2005, 2012], ["a", "b"], "strictly increasing"),
        (GOOD[:1], [2005], ["a", "b"], "at least two time points"),
        (GOOD, [2005, 2010], ["a", "b"], "need 1 crosstabs"),
        (GOOD[:1], [2005, 2010, 2012], ["a", "b"], "need 2 crosstabs"),
        (GOOD, [2005, 2010, 2012], ["a", "b", "c"], "must be 3 x 3"),
        ([np.ones((2, 3)), GOOD[1]], [2005, 2010, 2012], ["a", "b"], "has shape 2 x 3"),
        ([np.ones((2, 2, 2)), GOOD[1]], [2005, 2010, 2012], ["a", "b"], "has shape"),
        ([np.array([[2, -1], [1, 2]]), GOOD[1]], [2005, 2010, 2012], ["a", "b"], "negative"),
        ([np.array([[2, np.nan], [1, 2]]), GOOD[1]], [2005, 2010, 2012], ["a", "b"], "NaN"),
        ([np.zeros((2, 2)), np.zeros((2, 2))], [2005, 2010, 2012], ["a", "b"], "empty"),
        (GOOD, [2005, 2010, 2012], ["a", "a"], "unique"),
        ([GOOD[0], GOOD[1] * 2], [2005, 2010, 2012], ["a", "b"], "different totals"),
        ([GOOD[0], np.array([[1, 1], [1, 3]])], [2005, 2010, 2012], ["a", "b"], "same 2010 map"),
        ([[["x", "y"], ["z", "w"]]], [2005, 2010], ["a", "b"], "numbers only"),
        (GOOD, ["2005", "later", "2012"], ["a", "b"], "must be numbers"),
    ],
)
def test_bad_input_raises_value_error(crosstabs, years, labels, message):
    with pytest.raises(ValueError, match=message):
        intensity_analysis(crosstabs, years, labels)


# --- HTML report ------------------------------------------------------------------------------------------


class _StrictParser(HTMLParser):
    """Collects tags and text; fails on an end tag that does not close the innermost open element."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


WEIRD = ['Industry <&> "crafts"', "Housing & co", "Green"]


@pytest.fixture(scope="module")
def report() -> tuple[dict, str]:
    crosstabs = [np.array([[5, 2, 1], [1, 6, 0], [0, 1, 4]]), np.array([[4, 1, 1], [2, 6, 1], [0, 0, 5]])]
    result = intensity_analysis(crosstabs, [2000, 2006, 2012], WEIRD)
    return result, intensity_html(result, "Prato <1990> & 2012", {"unit": "ha", "gain": "Guadagno"})


def test_html_parses_and_has_a_chart_per_level(report):
    result, page = report
    parser = _StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    starts = [page.index(f'<h2 id="{key}">') for key in ("interval", "category", "gain", "loss")]
    for a, b in zip(starts, starts[1:] + [len(page)]):
        assert "<svg" in page[a:b] and "<table>" in page[a:b]
    # One chart for the intervals, one per interval for the categories, one per gain or loss that occurs.
    gains, losses = result["category"]["gross_gain"], result["category"]["gross_loss"]
    assert parser.tags.count("svg") == 1 + 2 + int((gains > 0).sum() + (losses > 0).sum())
    assert "Green lost nothing in 2006\u20132012." in parser.text
    assert "<script" not in page and "<link" not in page and "src=" not in page


def test_html_escapes_labels_and_uses_texts(report):
    page = report[1]
    parser = _StrictParser()
    parser.feed(page)
    for label in WEIRD + ["Prato <1990> & 2012"]:
        assert html.escape(label) in page
    assert 'Industry <&> "crafts"' not in page
    assert any('Industry <&> "crafts"' in t for t in parser.text)
    assert "Guadagno" in page and "Gain per year (ha)" in page


def test_html_bad_arguments():
    result = intensity_analysis([np.array([[2, 1], [1, 2]])], [2000, 2010], ["a", "b"])
    with pytest.raises(ValueError, match="Unknown report text keys: nope"):
        intensity_html(result, "t", {"nope": "x"})
    with pytest.raises(ValueError, match="'transition'"):
        intensity_html({k: v for k, v in result.items() if k != "transition"}, "t")
    assert set(DEFAULT_TEXTS) >= {"intro", "interval_caption", "category_caption", "gain_caption", "unit"}


# --- numbers in the report ----------------------------------------------------------------------------------

# Hectares chosen so that values of 1,000 or more round to multiples of ten (2,529.6 -> "2530"), the case the
# number formatter once cut to "253". Interval 2000-2010 changes 2,529.6 ha (A -> B); 2010-2012 changes
# 4,000 (A -> B) + 1,000.2 (B -> A) = 5,000.2 ha. The column sums of the first crosstab (20,000; 10,000) are the
# row sums of the second.
BIG = [np.array([[20000.0, 2529.6], [0.0, 7470.4]]), np.array([[16000.0, 4000.0], [1000.2, 8999.8]])]


class _Tables(HTMLParser):
    """The report's tables: (section id, last h3 text, header row, body rows of cell texts) each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[str, str, list[str], list[list[str]]]] = []
        self.section = self.subheading = ""
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._h3: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.section, self.subheading = dict(attrs).get("id", ""), ""
        elif tag == "h3":
            self._h3 = []
        elif tag == "table":
            self.tables.append((self.section, self.subheading, [], []))
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "h3":
            self.subheading, self._h3 = "".join(self._h3), None
        elif tag in ("td", "th"):
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            _section, _sub, head, body = self.tables[-1]
            if head:
                body.append(self._row)
            else:
                head.extend(self._row)
            self._row = None

    def handle_data(self, data):
        for part in (self._cell, self._h3):
            if part is not None:
                part.append(data)


def _tables(page: str) -> list[tuple[str, str, list[str], list[list[str]]]]:
    parser = _Tables()
    parser.feed(page)
    parser.close()
    return parser.tables


def _same_number(text: str, value: float) -> bool:
    """``text`` is ``value`` as a person reads it: exact, or rounded to 4 significant digits (3 below 1e-4)."""
    if np.isnan(value):
        return text == DEFAULT_TEXTS["not_available"]
    printed = float(text.replace(",", ""))
    if float(value).is_integer():
        return printed == value
    return abs(printed - value) <= (5e-3 if abs(value) < 1e-4 else 5e-4) * abs(value)


def test_report_prints_thousands_in_full():
    result = intensity_analysis(BIG, [2000, 2010, 2012], ["A", "B"])
    page = intensity_html(result, "t")
    tables = _tables(page)
    interval = next(t for t in tables if t[0] == "interval")
    # Change area (ha), change share (% of 30,000 ha), annual change (%): by hand.
    assert [row[:4] for row in interval[3]] == [
        ["2000\u20132010", "2,530", "8.432", "0.8432"],  # 2529.6; 2529.6/300 = 8.432; /10 years
        ["2010\u20132012", "5,000", "16.67", "8.334"],  # 5000.2; 5000.2/300 = 16.667; /2 years = 8.3337
    ]
    # Category level 2010-2012, per year: A gains 1000.2/2 = 500.1, loses 4000/2 = 2000; B the reverse.
    category = next(t for t in tables if t[0] == "category" and "2010\u20132012" in t[1])
    assert [row[:3] for row in category[3]] == [["A", "500.1", "2,000"], ["B", "2,000", "500.1"]]
    # The uniform intensity line of the first chart: 100 * (2529.6 + 5000.2) / 30000 / 12 = 2.0916 % per year;
    # the category charts' shared scale reaches 2,000 ha per year.
    assert "Uniform intensity 2.092</text>" in page
    assert ">2,000</text>" in page


@pytest.mark.parametrize(
    ("crosstabs", "years"),
    [
        (BIG, [2000, 2010, 2012]),
        (
            [np.array([[5, 2, 1], [1, 6, 0], [0, 1, 4]]), np.array([[4, 1, 1], [2, 6, 1], [0, 0, 5]])],
            [2000.5, 2006, 2012],
        ),
        (
            [np.array([[123456.7, 9876.5, 0.0], [2.5e-5, 31.25, 10002.0], [1000.04, 999.96, 5.0]])],
            [1990, 2000],
        ),
    ],
)
def test_every_number_in_the_report_tables_equals_its_table(crosstabs, years):
    labels = ["A", "B", "C"][: len(crosstabs[0])]
    result = intensity_analysis(crosstabs, years, labels)
    tables = _tables(intensity_html(result, "t"))
    assert {t[0] for t in tables} == {"interval", "category", "gain", "loss"}

    def name(a, b):
        return f"{a:g}\u2013{b:g}"

    def check(row, values, words):
        numbers, behaviours = row[1 : 1 + len(values)], row[1 + len(values) :]
        for text, value in zip(numbers, values):
            assert _same_number(text, float(value)), (row, values)
        assert behaviours == [w or DEFAULT_TEXTS["not_available"] for w in words], row
        return len(values) + len(words)

    checked = 0
    interval = [t for t in tables if t[0] == "interval"]
    assert len(interval) == 1
    rows = {r[0]: r for r in interval[0][3]}
    assert len(rows) == len(result["interval"])
    for rec in result["interval"].itertuples():
        d = rec.year_to - rec.year_from
        values = [
            rec.change_area,
            rec.change_pct_per_year * d,
            rec.change_pct_per_year,
            rec.uniform_pct_per_year,
        ]
        checked += check(rows[name(rec.year_from, rec.year_to)], values, [rec.behaviour])
    for rec in result["category"].itertuples():
        d, sub = rec.year_to - rec.year_from, f"Time interval {name(rec.year_from, rec.year_to)}"
        (table,) = [t for t in tables if t[0] == "category" and t[1] == sub]
        (row,) = [r for r in table[3] if r[0] == rec.category]
        values = [
            rec.gross_gain / d,
            rec.gross_loss / d,
            rec.gain_pct_per_year,
            rec.loss_pct_per_year,
            rec.uniform_pct_per_year,
        ]
        checked += check(row, values, [rec.gain_behaviour, rec.loss_behaviour])
    for rec in result["transition"].itertuples():
        d, interval_name = rec.year_to - rec.year_from, name(rec.year_from, rec.year_to)
        focus, other = (
            (rec.to_category, rec.from_category)
            if rec.perspective == "gain"
            else (rec.from_category, rec.to_category)
        )
        sub = f"{'Gain' if rec.perspective == 'gain' else 'Loss'} of {focus}, {interval_name}"
        found = [t for t in tables if t[0] == rec.perspective and t[1] == sub]
        if np.isnan(rec.uniform_pct_per_year):
            assert not found  # no gain (loss): a note, no table
            continue
        (row,) = [r for r in found[0][3] if r[0] == other]
        checked += check(
            row, [rec.transition / d, rec.intensity_pct_per_year, rec.uniform_pct_per_year], [rec.behaviour]
        )
    # Every cell of every table (but the row labels) was compared.
    assert checked == sum(len(r) - 1 for t in tables for r in t[3])


@pytest.mark.parametrize("crosstabs", [BIG, [np.array([[20000.0, 9999.6], [0.0, 10000.4]])]])
def test_chart_labels_are_numbers_of_their_table(crosstabs):
    # A bar's printed value is a number of the table under its chart (itself checked against the tables).
    years = [2000, 2010, 2012][: len(crosstabs) + 1]
    page = intensity_html(intensity_analysis(crosstabs, years, ["A", "B"]), "t")
    blocks = re.findall(
        r'<figure>(.*?)</figure>\s*(?:<p class="note">[^<]*</p>\s*)?<table>(.*?)</table>', page, flags=re.S
    )
    assert len(blocks) == page.count("<figure>") > 0
    for chart, table in blocks:
        bars = re.findall(r'<g id="[^"]*-value-\d+">.*?<text[^>]*>([^<]*)</text>', chart, flags=re.S)
        cells = set(re.findall(r'<td class="n">([^<]*)</td>', table))
        cells |= set(re.findall(r"<td>(n/a)</td>", table))  # a bar without value says n/a, as its cell
        assert bars and set(bars) <= cells, (bars, cells)


@pytest.mark.parametrize(
    ("crosstabs", "years"),
    [
        (BIG, [2000, 2010, 2012]),
        (
            [np.array([[123456.7, 9876.5, 0.0], [2.5e-5, 31.25, 10002.0], [1000.04, 999.96, 5.0]])],
            [1990, 2000],
        ),
    ],
)
def test_chart_numbers_are_the_columns_of_their_table(crosstabs, years):
    # Each chart prints, in drawing order, the left panel's bars then the right panel's, series by series: they
    # are columns of the table under it, cell for cell; the uniform line's value is its uniform column.
    labels = ["A", "B", "C"][: len(crosstabs[0])]
    page = intensity_html(intensity_analysis(crosstabs, years, labels), "t")
    blocks = re.findall(
        r'<figure>(.*?)</figure>\s*(?:<p class="note">[^<]*</p>\s*)?(<table>.*?</table>)', page, flags=re.S
    )
    assert len(blocks) == page.count("<figure>") > 0
    # Columns shown by the left and right panels, and the uniform column, by the table's width.
    panels = {6: ([2], [3], 4), 8: ([1, 2], [3, 4], 5), 5: ([1], [2], 3)}
    for chart, table in blocks:
        (_, _, head, rows) = _tables(table)[0]
        left, right, uniform = panels[len(head)]
        expected = [row[c] for c in left + right for row in rows]
        bars = re.findall(r'<g id="[^"]*-value-\d+">.*?<text[^>]*>([^<]*)</text>', chart, flags=re.S)
        assert bars == expected
        line = re.findall(r">Uniform intensity ([^<]*)</text>", chart)
        assert line in ([], [rows[0][uniform]])
        assert line or len(years) == 2
