"""The report toolkit (reindustria_plugin.analysis.report): number formatter, SVG charts, templates, images, writing."""

from __future__ import annotations

import base64
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from reindustria_plugin.analysis.report.charts import Reference, Series, bar_chart, mirrored_bar_chart
from reindustria_plugin.analysis.report.html import environment, fill, image_data_uri, render, write_atomic
from reindustria_plugin.analysis.report.numbers import format_number

SVG = "{http://www.w3.org/2000/svg}"


# --- numbers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2529.6, 0, "2,530"),  # issue 8 item 1: once printed "253"
        (1000, 0, "1,000"),
        (1000.0, None, "1,000"),
        (2529.6, None, "2,530"),
        (9999.6, None, "10,000"),
        (1234567.891, 2, "1,234,567.89"),
        (0.5, 2, "0.50"),  # fixed decimals keep their zeros
        (10.0, 1, "10.0"),
        (100, 0, "100"),
        (8.4320001, None, "8.432"),
        (0.25, None, "0.25"),
        (16.6673, None, "16.67"),
        (500.1, None, "500.1"),
        (2.5e-5, None, "0.000025"),  # no exponent
        (-2529.6, 0, "-2,530"),
        (-0.0001, 2, "0.00"),  # no "-0"
        (-0.0, None, "0"),
        (3.6e-14, None, "0"),  # rounding noise beyond 12 decimals
        (np.float64(1500.0), None, "1,500"),
        (np.int64(20000), None, "20,000"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_format_number_missing_and_separators():
    assert format_number(None) == "" and format_number(math.nan, na="n/a") == "n/a"
    assert format_number(math.inf) == "\u221e" and format_number(-math.inf) == "-\u221e"
    assert format_number(1234567.5, 1, thousands="\u202f", point=",") == "1\u202f234\u202f567,5"
    assert format_number(0.123456, digits=2) == "0.12"


@pytest.mark.parametrize("value", [1.0, 10.0, 100.0, 1000.0, 2529.6, 99999.5, 12345678.9, 0.001234, 70.0])
def test_format_number_keeps_the_value(value):
    # Whatever the mode, the printed number read back is the value rounded, never a tenth or ten times it.
    for decimals in (None, 0, 1, 3):
        printed = float(format_number(value, decimals).replace(",", ""))
        assert printed == pytest.approx(value, rel=5e-4, abs=0.5 * 10.0 ** -(decimals or 0) + 1e-12)


# --- charts -------------------------------------------------------------------------------------------------

NAMES = ['Industry <&> "crafts"', "Housing & co", "Green"]


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg"
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def _value_labels(svg: str) -> list[str]:
    return re.findall(r'<g id="[^"]*-value-\d+">.*?<text[^>]*>([^<]*)</text>', svg, flags=re.S)


@pytest.mark.parametrize("horizontal", [True, False])
@pytest.mark.parametrize("stacked", [False, True])
def test_bar_chart_is_svg_with_labels_and_values(horizontal, stacked):
    svg = bar_chart(
        NAMES,
        [Series("Before", [2529.6, 1000, math.nan]), Series("After", [5, 12.5, 0])],
        title="Area <ha>",
        axis_title="Area (ha)",
        horizontal=horizontal,
        stacked=stacked,
    )
    texts = _texts(svg)
    for name in NAMES + ["Before", "After", "Area (ha)"]:
        assert name in texts, name
    assert "<title>Area &lt;ha&gt;</title>" in svg and 'aria-label="Area &lt;ha&gt;"' in svg
    assert "&lt;&amp;&gt;" in svg and "<?xml" not in svg and "<metadata" not in svg
    if stacked:  # one total per category
        assert _value_labels(svg) == ["2,535", "1,012", "0"]  # 4 significant digits
    else:  # each bar, series by series; a missing value says so
        assert _value_labels(svg) == ["2,530", "1,000", "n/a", "5", "12.5", "0"]
    assert "<script" not in svg


def test_mirrored_chart_reference_line_and_shared_scale():
    left = [Series("Gain", [1500.0, 20.0, 3.0], "#0072b2"), Series("Loss", [10.0, math.nan, 1.0], "#e69f00")]
    right = [Series("Gain", [0.5, 0.25, 1.0], "#0072b2"), Series("Loss", [0.1, 0.2, 0.3], "#e69f00")]
    svg = mirrored_bar_chart(
        NAMES,
        left,
        right,
        left_title="Annual change area (ha)",
        right_title="Annual change (%)",
        limits=(4000.0, None),
        reference=Reference(0.4321, "Uniform intensity", "Dormant", "Active"),
        fmt=lambda v: format_number(v, 2),
    )
    texts = _texts(svg)
    assert {"Gain", "Loss", "Annual change area (ha)", "Annual change (%)"} <= set(texts)
    assert "Uniform intensity 0.43" in texts and "\u25c2 Dormant" in texts and "Active \u25b8" in texts
    assert "stroke-dasharray" in svg
    assert _value_labels(svg) == [
        "1,500.00", "20.00", "3.00", "10.00", "n/a", "1.00", "0.50", "0.25", "1.00", "0.10", "0.20", "0.30",
    ]  # fmt: skip
    # The shared scale reaches 4,000 although the bars stop at 1,500; ticks use the same formatter.
    assert "4,000.00" in texts
    # Long names wrap on two lines at most, never lost.
    long = "Discontinuous urban fabric with workshops and small industry"
    wrapped = mirrored_bar_chart([long], [Series("", [1.0])], [Series("", [2.0])])
    assert any(t.startswith("Discontinuous urban") for t in _texts(wrapped))


def test_charts_have_distinct_ids_and_are_reproducible():
    one = bar_chart(["a", "b"], [Series("x", [1, 2])])
    two = bar_chart(["a", "b"], [Series("x", [1, 3])])
    ids = lambda svg: set(re.findall(r'\bid="([^"]+)"', svg))  # noqa: E731
    clip_and_markers = {i for i in ids(one) if re.match(r"^(p|m|c)[0-9a-f]{8,}", i)}
    assert clip_and_markers and not clip_and_markers & ids(two)
    assert one == bar_chart(["a", "b"], [Series("x", [1, 2])])


def test_charts_never_use_pyplot():
    # pyplot would pick a GUI backend inside QGIS; the toolkit draws on Figure + the SVG canvas only.
    code = (
        "import sys; from reindustria_plugin.analysis.report.charts import bar_chart, Series; "
        "bar_chart(['a'], [Series('x', [1])]); "
        "assert 'matplotlib.pyplot' not in sys.modules; print(sys.modules['matplotlib'].get_backend())"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_series_length_must_match():
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        bar_chart(NAMES, [Series("x", [1, 2])])


# --- templates, images, writing --------------------------------------------------------------------------------


def test_templates_autoescape_names():
    page = render(
        "base.html.j2", lang="en", title='Prato <1990> & "Sassuolo"'
    )  # the frame alone: title in <title> and <h1>
    assert page.count("Prato &lt;1990&gt; &amp; &#34;Sassuolo&#34;") == 2
    assert "<script" not in page and "<link" not in page
    macros = environment().get_template("macros.html.j2").module
    table = str(macros.table(["Name <x>", "ha"], [["A & B <c>", 2529.6], ["D", math.nan], ["E", None]]))
    assert "<td>A &amp; B &lt;c&gt;</td>" in table and "<th>Name &lt;x&gt;</th>" in table
    assert '<td class="n">2,530</td>' in table and table.count("<td>n/a</td>") == 2
    fixed = str(macros.table(["a", "b"], [["x", 0.5]], decimals=[None, 2]))
    assert '<td class="n">0.50</td>' in fixed
    figure = str(macros.figure('<svg xmlns="http://www.w3.org/2000/svg"></svg>', "a < b"))
    assert "<svg" in figure and "<figcaption>a &lt; b</figcaption>" in figure


def test_missing_template_variable_is_an_error():
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        render("base.html.j2", title="t")


def test_fill_keeps_broken_translations():
    assert fill("Gain of {category}", category="A") == "Gain of A"
    assert fill("Gain of {categoria}", category="A") == "Gain of {categoria}"


def test_image_data_uri(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    path = tmp_path / "map.png"
    path.write_bytes(png)
    uri = image_data_uri(path)
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == png
    assert image_data_uri(png) == uri
    assert image_data_uri(b"<svg/>", "image/svg+xml").startswith("data:image/svg+xml;base64,")


def test_write_atomic(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    write_atomic(target, "<p>première</p>\n")
    assert target.read_text(encoding="utf-8") == "<p>première</p>\n"
    assert target.stat().st_mode & 0o777 == 0o644 or os.name == "nt"
    # A failure while writing leaves the previous page whole and no temporary file behind.

    def broken_fsync(_fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "<p>half</p>")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "<p>première</p>\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    # A missing folder fails before anything is written.
    with pytest.raises(OSError):
        write_atomic(tmp_path / "nope" / "r.html", "x")
