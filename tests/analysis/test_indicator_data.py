"""What the Indicators dock shows: result tables recognised by their columns, charts from hand-made rows."""

import math

import pytest

from reindustria_plugin.gui import indicator_data as data

ACCOUNTING_COLUMNS = [
    "category", "label", "before_ha", "after_ha", "persistence_ha", "gross_gain_ha", "gross_loss_ha",
    "net_change_ha", "swap_ha", "quantity_ha", "exchange_ha", "shift_ha", "net_contributors",
]  # fmt: skip
SUMMARY_COLUMNS = [
    "zone", "ring", "ring_from", "ring_to", "change_code", "change_type", "cells", "area_ha", "share_pct",
]  # fmt: skip


def test_recognise_outputs_by_their_columns():
    assert data.recognise(ACCOUNTING_COLUMNS) == data.ACCOUNTING
    assert data.recognise(SUMMARY_COLUMNS) == data.SUMMARY
    assert data.recognise(["ring", "change_type", "area_ha", "polygons"]) == data.SUMMARY  # polygon tool
    assert (
        data.recognise(["district", "status", "area_ha", "covered_pct", "industrial_pct_2006"])
        == data.COMPARISON
    )
    assert data.recognise(["zone", "ta", "np", "pd", "lpi", "shdi"]) == data.LANDSCAPE
    assert data.recognise(["zone", "class", "label", "ca", "pland", "np"]) == data.CLASS_METRICS
    # patches of landscapemetrics, a transitions table and an ordinary layer are not results to chart
    assert data.recognise(["zone", "patch_id", "class", "label", "area", "np", "pd", "lpi"]) is None
    assert data.recognise(["from_code", "to_code", "area_ha", "change_type"]) is None
    assert data.recognise(["name", "pop_2023"]) is None


def test_accounting_chart_has_gains_and_losses_side_by_side_without_the_total():
    rows = [
        {"category": "industrial", "label": "Industrial", "gross_gain_ha": 17.0, "gross_loss_ha": 14.0},
        {"category": "green", "label": "Green", "gross_gain_ha": "738.1", "gross_loss_ha": "871.1"},
        {"category": "vacant", "label": "Vacant", "gross_gain_ha": 0, "gross_loss_ha": 0},
        {"category": "total", "label": "Total", "gross_gain_ha": 755.1, "gross_loss_ha": 885.1},
    ]
    v = data.view(data.ACCOUNTING, ACCOUNTING_COLUMNS, rows)
    assert v.key is None and v.measures == []
    chart = data.chart(data.ACCOUNTING, rows)
    # no bars for a class without change, nor the total; the classes named by their key (not the run's language)
    assert [data.english(c) for c in chart.categories] == [
        "Industrial and productive",
        "Green, agricultural and natural",
    ]
    assert len(chart.rows) == 4  # the table shows every row
    assert [(name, values) for name, values, _ in chart.series] == [
        ("Gross gain", [17.0, 738.1]),
        ("Gross loss", [14.0, 871.1]),
    ]


def _summary_rows():
    rows = []
    for zone in ("A", "all"):
        k = 1 if zone == "A" else 2
        for ring, lo, hi in (
            ("500-1000", 500, 1000),
            ("industrial areas", 0, 0),
            ("0-500", 0, 500),
            ("all", 0, 0),
        ):
            for change, area in (
                ("no_change", 100.0),
                ("industrial_persistence", 5.0),
                ("industrial_land_take", 2.0),
            ):
                if ring == "industrial areas" and change == "industrial_land_take":
                    continue
                rows.append(
                    {
                        "zone": zone,
                        "ring": ring,
                        "ring_from": lo,
                        "ring_to": hi,
                        "change_type": change,
                        "area_ha": area * k,
                        "share_pct": 10.0 * k,
                    }  # fmt: skip
                )
    return rows


def test_summary_chart_shows_change_types_by_ring_for_one_zone():
    rows = _summary_rows()
    v = data.view(data.SUMMARY, SUMMARY_COLUMNS, rows)
    assert v.key == "zone" and v.keys == ["A", "all"] and v.default_key == "all"
    assert v.measures == ["area_ha", "share_pct"] and v.measure == "area_ha"
    chart = data.chart(data.SUMMARY, rows)
    # rings ordered outwards from the industrial areas, the "all" ring left out; "no change" left out
    assert [data.english(c) for c in chart.categories] == ["Industrial areas", "0-500 m", "500-1,000 m"]
    assert chart.stacked
    # no change and industrial persistence are left out of the bars, as in the change report
    assert [(data.english(name), values) for name, values, _ in chart.series] == [
        ("Industrial land take", [0.0, 4.0, 4.0])
    ]
    assert [colour for *_, colour in chart.series] == ["#f0027f"]  # the change raster's colour
    zone_a = data.chart(data.SUMMARY, rows, keys=["A"])
    assert [values for _, values, _ in zone_a.series] == [[0.0, 2.0, 2.0]]
    assert {r["zone"] for r in zone_a.rows} == {"A"}


def test_comparison_chart_leaves_no_data_districts_empty_not_zero():
    fields = ["district", "status", "area_ha", "covered_pct", "industrial_pct_2006", "industrial_pct_2012"]
    rows = [
        {
            "district": "Prato",
            "status": "no data",
            "area_ha": 36000.0,
            "covered_pct": 0.0,
            "industrial_pct_2006": None,
        },
        {
            "district": "Lausanne",
            "status": "partial",
            "area_ha": 4144.2,
            "covered_pct": 98.1,
            "industrial_pct_2006": 1.28,
            "industrial_pct_2012": 1.23,
        },  # fmt: skip
    ]
    v = data.view(data.COMPARISON, fields, rows)
    assert v.key == "district" and v.keys == ["Prato", "Lausanne"]
    assert v.measures == ["area_ha", "covered_pct", "industrial_pct_2006", "industrial_pct_2012"]
    assert v.measure == "industrial_pct_2006"
    chart = data.chart(data.COMPARISON, rows, "area_ha")
    values = chart.series[0][1]
    assert math.isnan(values[0]) and values[1] == 4144.2
    only = data.chart(data.COMPARISON, rows, "industrial_pct_2012", keys=["Lausanne"])
    assert only.categories == ["Lausanne"] and only.series[0][1] == [1.23]


def test_landscape_and_class_metrics_by_zone():
    rows = [{"zone": "A", "ta": 10.0, "np": 3, "pd": 0.3}, {"zone": "B", "ta": 20.0, "np": 1, "pd": 0.05}]
    v = data.view(data.LANDSCAPE, ["zone", "ta", "np", "pd"], rows)
    assert v.measure == "np" and v.measures == ["ta", "np", "pd"]
    assert data.chart(data.LANDSCAPE, rows, "pd").series[0][1] == [0.3, 0.05]
    classes = [
        {"zone": "A", "class": "industrial", "label": "Industrial", "pland": 1.3, "np": 1},
        {"zone": "A", "class": "green", "label": "Green", "pland": 57.1, "np": 4},
    ]
    v = data.view(data.CLASS_METRICS, ["zone", "class", "label", "pland", "np"], classes)
    assert v.measure == "pland"
    chart = data.chart(data.CLASS_METRICS, classes, "pland")
    assert chart.categories == ["Industrial", "Green"]  # one zone: the class names alone


def test_selected_features_pick_the_keys_they_name():
    keys = ["Lausanne", "Prato", "all"]
    assert data.match_keys(keys, ["x", 1, None, "Prato ", 2.5]) == ["Prato"]
    assert data.match_keys(keys, []) == []


def test_chart_data_draws_with_the_report_toolkit():
    pytest.importorskip("matplotlib")
    from reindustria_plugin.analysis.report.charts import Series, bar_chart

    chart = data.chart(data.SUMMARY, _summary_rows())
    svg = bar_chart(
        [data.english(c) for c in chart.categories],
        [Series(data.english(n), v, c) for n, v, c in chart.series],
        stacked=True,
        width=4.5,
    )
    assert svg.startswith("<svg") and "Industrial areas" in svg and "500-1,000 m" in svg


def test_locale_formatter_writes_the_locale_marks_and_leaves_the_reports_english():
    from reindustria_plugin.analysis.report.numbers import format_number, locale_formatter

    italian = locale_formatter(",", ".")
    assert italian(9.001) == "9,001" and italian(1562.25) == "1.562"
    assert italian(-1234567.5, 1) == "-1.234.567,5" and italian(0.5, 2) == "0,50"
    assert italian(None) == "" and locale_formatter(",", ".", na="n.d.")(float("nan")) == "n.d."
    assert locale_formatter(",", "\u202f")(1562.25) == "1\u202f562"  # French
    assert locale_formatter()(1562.25) == format_number(1562.25) == "1,562"  # the reports' numbers
    with pytest.raises(ValueError):
        locale_formatter(",", ",")


def test_grid_offset_caveat_of_the_accounting():
    # The Lausanne demo run (2006 and 2012 on grids 0.42 x 0.36 cells apart): 1,596.89 of the 1,645.17 ha of
    # gross change are expected from the offset alone, 97 % (1596.89 / 1645.17 = 0.9707, by hand).
    rows = [
        {"category": "industrial", "gross_gain_ha": 17.0, "gross_loss_ha": 14.0,
         "resampling_gross_gain_ha": 62.8, "resampling_gross_loss_ha": 61.7},
        {"category": "total", "gross_gain_ha": 1645.168593666, "gross_loss_ha": 1645.168593666,
         "resampling_gross_gain_ha": 1596.894693328, "resampling_gross_loss_ha": 1596.894693328},
    ]  # fmt: skip
    (caveat,) = data.chart(data.ACCOUNTING, rows).caveats
    assert data.english(caveat) == (
        "97 % of the gross change (1,597 of 1,645 ha) is what the grid offset alone produces: read it with care."
    )
    # identical grids (zeros) or a table without the columns: nothing to say
    assert data.chart(data.ACCOUNTING, [{**r, "resampling_gross_gain_ha": 0} for r in rows]).caveats == []
    plain = [{k: v for k, v in r.items() if not k.startswith("resampling")} for r in rows]
    assert data.chart(data.ACCOUNTING, plain).caveats == []


def test_grid_offset_and_minimum_mapping_unit_caveats_of_the_summary():
    rows = []
    for zone, k in (("A", 1.0), ("all", 2.0)):
        for ring in ("0-500", "all"):
            for change, area, resampled, below in (
                ("no_change", 100.0, 30.0, 0.0),  # left out of the bars: not counted
                ("industrial_persistence", 5.0, 1.0, 0.0),
                ("industrial_land_take", 6.0, 2.0, 1.0),
                ("reindustrialisation", 4.0, 1.0, 3.0),
            ):
                rows.append({"zone": zone, "ring": ring, "ring_from": 0, "ring_to": 500 if ring != "all" else 0,
                             "change_type": change, "area_ha": area * k, "resampling_ha": resampled * k,
                             "below_mmu_ha": below * k})  # fmt: skip
    # whole area (ring "all" of zone "all"): 20 ha changed, 6 ha of it from the offset (30 %); 8 ha below the
    # unit, 8 / (20 + 8) = 29 % of the change found
    offset, mmu = data.chart(data.SUMMARY, rows).caveats
    assert data.english(offset) == (
        "30 % of the change shown (6 of 20 ha) is what the grid offset alone produces: read it with care."
    )
    assert data.english(mmu).startswith(
        "8 ha of change in patches smaller than the minimum mapping unit are counted as unchanged (29 % of"
    )
    offset_a, _ = data.chart(data.SUMMARY, rows, keys=["A"]).caveats  # zone A: halves, same shares
    assert "(3 of 10 ha)" in data.english(offset_a)


def test_a_chart_heading_sits_above_the_legend_and_leaves_charts_without_one_unchanged():
    pytest.importorskip("matplotlib")
    import re

    from reindustria_plugin.analysis.report.charts import Series, bar_chart

    series = [Series("Gain", [1.0, 2.0]), Series("Loss", [2.0, 1.0])]
    plain = bar_chart(["a", "b"], series, width=8)
    assert plain == bar_chart(["a", "b"], series, width=8, heading="")  # the reports' charts
    svg = bar_chart(["a", "b"], series, width=8, heading="Gains and losses (hectares)\nLausanne accounting")
    y = {text: float(y) for y, text in re.findall(r'<text [^>]*y="([\d.]+)"[^>]*>([^<]*)</text>', svg)}
    assert y["Gains and losses (hectares)"] < y["Lausanne accounting"] < y["Gain"] == y["Loss"] < y["a"]
    # The first line bold: matplotlib writes "font: 700 …px" (3.6) or "font-weight: 700"/"bold" (newer).
    assert re.search(r"(font: 700 |font-weight: ?(700|bold))[^>]*>Gains and losses \(hectares\)<", svg)
    height = lambda s: float(re.search(r'height="([\d.]+)pt"', s).group(1))  # noqa: E731
    assert height(svg) > height(plain)


# --- labels -------------------------------------------------------------------------------------------------------


def test_rings_are_named_with_their_unit_as_the_change_report_names_them():
    from reindustria_plugin.analysis.report.numbers import locale_formatter
    from reindustria_plugin.gui.indicator_labels import ring_label

    assert data.english(ring_label("0-250", 0, 250)) == "0-250 m"
    assert data.english(ring_label("beyond 1000", 1000, None)) == "Beyond 1,000 m"
    assert data.english(ring_label("beyond 1000")) == "Beyond 1,000 m"  # numbers from the name
    assert data.english(ring_label("industrial areas", 0, 0)) == "Industrial areas"
    assert data.english(ring_label("all", 0, None)) == "All rings"
    assert data.english(ring_label("500-1000", 500, 1000), locale_formatter(",", ".")) == "500-1.000 m"
    assert ring_label("near the river") == "near the river"  # a name the tools do not write: as it is


def test_columns_are_labelled_and_keys_shown_by_their_labels():
    from reindustria_plugin.gui.indicator_labels import column_label, contributors, value_label

    def label(column, kind=None):
        return data.english(column_label(column, kind))

    assert label("gross_gain_ha", data.ACCOUNTING) == "Gross gain (ha)"
    assert label("resampling_ha", data.SUMMARY) == "From the grid offset alone (ha)"
    assert label("industrial_pct_2006", data.COMPARISON) == "Industrial land, 2006 (%)"
    assert label("green_ha_2018", data.COMPARISON) == "Green, agricultural and natural, 2018 (ha)"
    assert label("ind_np_2006", data.COMPARISON) == "Number of industrial patches, 2006"
    assert label("deindustrialisation_green_ha", data.COMPARISON) == "De-industrialisation to green (ha)"
    assert label("industrial_land_take_pct_per_year", data.COMPARISON) == "Industrial land take (% per year)"
    assert label("pland", data.CLASS_METRICS) == "Share of the landscape (%)"
    assert label("area_mn", data.LANDSCAPE) == "Patch area, mean (ha)"
    assert label("enn_cv", data.LANDSCAPE) == "Nearest-neighbour distance, coefficient of variation (%)"
    assert column_label("my_own_column", data.COMPARISON) is None  # shown by its field name

    def shown(column, **row):
        return data.english(value_label(column, {column: row.pop("value"), **row}))

    assert shown("category", value="industrial") == "Industrial and productive"
    assert shown("category", value="total") == "Total"
    assert (
        shown("change_type", value="deindustrialisation_residential") == "De-industrialisation to residential"
    )
    assert shown("ring", value="250-500", ring_from=250, ring_to=500) == "250-500 m"
    assert shown("zone", value="all") == "Whole area" and value_label("zone", {"zone": "Prato"}) is None
    assert shown("status", value="partial") == "partly covered"
    assert value_label("category", {"category": "my class"}) is None
    text = "Residential: +4 ha; Green, agricultural and natural: -9.001 ha"
    assert contributors(text) == [
        ("Residential", 4.0, "ha"),
        ("Green, agricultural and natural", -9.001, "ha"),
    ]
    assert contributors("") is None and contributors("no numbers here") is None


def test_labels_reuse_the_wording_the_algorithms_already_translate():
    # A typo in an "analysis" text would stay English in every language: each must be a source text of that
    # context in the Italian translation file.
    import xml.etree.ElementTree as ET

    from reindustria_plugin.gui import indicator_labels as labels
    from tests.conftest import REPO

    tree = ET.parse(REPO / "i18n" / "reindustria_it.ts")
    known = {
        m.findtext("source")
        for c in tree.getroot()
        if c.findtext("name") == "analysis"
        for m in c.findall("message")
    }

    def texts(value):
        if isinstance(value, labels.Text):
            yield value
            for _k, v in value.params:
                yield from texts(v)

    used = [*labels.COLUMNS.values(), *labels.DATED.values(), *labels.CLASS_LABELS.values()]
    used += [*labels.CHANGE_LABELS.values(), *labels.STATUS_LABELS.values()]
    used += [labels.ring_label("industrial areas"), labels.ring_label("all"), labels.ring_label("0-1")]
    used += [labels.ring_label("beyond 1"), labels.Text(labels.INDUSTRIAL_SHARE, "analysis")]
    used += [labels.Text(labels.INDUSTRIAL_AREA, "analysis")]
    missing = {t.template for u in used for t in texts(u) if t.context == "analysis"} - known
    assert not missing
