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


def test_single_interval_ties_are_slow():
    # With one interval S_1 = U: equal is not faster, so "Slow".
    out = intensity_analysis([np.array([[3.0, 1.0], [2.0, 4.0]])], [2000.5, 2007.25], ["a", "b"])
    row = out["interval"].iloc[0]
    assert row["change_pct_per_year"] == approx(row["uniform_pct_per_year"])
    assert row["behaviour"] == "Slow"
    assert list(out["interval"]["year_from"]) == [2000.5]


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
