"""The HTML report of the land-use change tools (analysis/change/change_report.py), on hand-made tables.

The tables below are written by hand in the shape the change cores return (summary by zone and ring,
accounting, transitions); every number the page prints is compared with them, or with a sum or ratio computed
here by hand. Areas of 1,000 ha or more that round to a multiple of ten (2,529.6) are in them on purpose: the
number formatter once printed them without their last digit (issue 8, item 1).
"""

from __future__ import annotations

import html
import math
import re
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from reindustria_plugin.analysis.change.change_report import DEFAULT_TEXTS, MAX_TRANSITIONS, change_html
from reindustria_plugin.analysis.typology import CHANGE_BY_KEY, CLASS_KEYS

ZONE = 'Prato <&> "Est"'

# (zone, ring, ring_from, ring_to, {change type: ha}); the ring "all" rows of each zone sum its rings.
RINGS = [
    ("industrial areas", 0.0, 0.0),
    ("0-250", 0.0, 250.0),
    ("beyond 250", 250.0, None),
]
WHOLE = {
    "industrial areas": {
        "industrial_persistence": 2529.6,
        "deindustrialisation_residential": 100.4,
        "deindustrialisation_green": 20.0,
    },
    "0-250": {"no_change": 1000.0, "reindustrialisation": 30.0, "industrial_land_take": 70.0},
    "beyond 250": {
        "no_change": 9000.0,
        "other_urban_change": 250.0,
        "industrial_land_take": 150.0,
        "other_change": 600.0,
    },
}
# Zone ZONE holds the industrial areas and the first ring, "Sassuolo" the rest (no industrial land at all).
ZONES = {ZONE: ["industrial areas", "0-250"], "Sassuolo": ["beyond 250"]}
STOCK_TYPES = ("industrial_persistence", "deindustrialisation_residential", "deindustrialisation_green")


def _rows(zone: str, rings: dict[str, dict[str, float]]) -> list[dict]:
    """Summary rows of a zone: its rings, then the ring "all"; shares of the ring, of the zone's stock."""
    stock = sum(rings.get("industrial areas", {}).get(k, 0.0) for k in STOCK_TYPES)
    total: dict[str, float] = {}
    rows = []
    bounds = {name: (lo, hi) for name, lo, hi in RINGS}
    for name, areas in [*rings.items(), ("all", None)]:
        if areas is None:
            areas, (lo, hi) = total, (0.0, None)
        else:
            lo, hi = bounds[name]
            for key, value in areas.items():
                total[key] = total.get(key, 0.0) + value
        ring_area = sum(areas.values())
        for key in CHANGE_BY_KEY:  # the cores list the types in code order
            if key in areas:
                rows.append(
                    {
                        "zone": zone,
                        "ring": name,
                        "ring_from": lo,
                        "ring_to": hi,
                        "change_code": CHANGE_BY_KEY[key].code,
                        "change_type": key,
                        "cells": 1,
                        "area_ha": areas[key],
                        "share_pct": 100.0 * areas[key] / ring_area,
                        "share_of_zone_industrial_pct": 100.0 * areas[key] / stock
                        if key in STOCK_TYPES and stock
                        else math.nan,
                    }
                )
    return rows


def summary_table(zones: bool = True) -> pd.DataFrame:
    rows = []
    if zones:
        for zone, names in ZONES.items():
            rows += _rows(zone, {name: WHOLE[name] for name in names})
    rows += _rows("all", WHOLE)
    frame = pd.DataFrame(rows)
    whole = frame[frame["ring"] == "all"].groupby("zone")["area_ha"].sum()
    frame["zone_area_ha"] = frame["zone"].map(whole)
    return frame


ACCOUNTING_COLUMNS = [
    "category", "label", "before_ha", "after_ha", "persistence_ha", "gross_gain_ha", "gross_loss_ha",
    "net_change_ha", "swap_ha", "quantity_ha", "exchange_ha", "shift_ha", "net_contributors",
]  # fmt: skip
ACCOUNTING_ROWS = [
    ["industrial", "Industrial and productive", 2650.0, 2779.6, 2529.6, 250.0, 120.4, 129.6, 240.8, 129.6, 200.0, 40.8, ""],
    ["commercial", "Commercial and services", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ""],
    ["residential", "Residential", 5000.0, 5150.4, 4800.0, 350.4, 200.0, 150.4, 400.0, 150.4, 300.0, 100.0, ""],
    ["vacant", "Vacant, construction, brownfield", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ""],
    ["infrastructure", "Infrastructure, extraction, dumps", 100.0, 50.0, 50.0, 0.0, 50.0, -50.0, 0.0, 50.0, 0.0, 0.0, ""],
    ["green", "Green, agricultural and natural", 6000.0, 5770.0, 5500.0, 270.0, 500.0, -230.0, 540.0, 230.0, 500.0, 40.0, ""],
    ["water", "Water", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ""],
    ["total", "Total", 13750.0, 13750.0, 12879.6, 870.4, 870.4, 0.0, 590.4, 255.0, 500.0, 90.4, ""],
]  # fmt: skip


def accounting_table() -> pd.DataFrame:
    return pd.DataFrame(ACCOUNTING_ROWS, columns=ACCOUNTING_COLUMNS)


def transitions_table(n_moved: int = 3) -> pd.DataFrame:
    """Codes 1 (industrial), 2 (residential), 3 (green): 1 -> 1 and 2 -> 2 keep their class; then
    ``n_moved`` transitions that change class, of 1,000.4, 999.6, 50, 49, ... ha."""
    rows = [
        (1, 1, "Industry", "Industry", "industrial", "industrial", 2529.6, "industrial_persistence"),
        (2, 2, "Housing", "Housing", "residential", "residential", 4800.0, "no_change"),
    ]
    areas = [1000.4, 999.6] + [float(50 - k) for k in range(max(n_moved - 2, 0))]
    for k, area in enumerate(areas[:n_moved]):
        rows.append(
            (3, 1, "Fields <x>", "Industry", "green", "industrial", area, "industrial_land_take")
            if k % 2 == 0
            else (1, 2 + k, "Industry", f"Housing {k}", "industrial", "residential", area,
                  "deindustrialisation_residential")
        )  # fmt: skip
    columns = ["from_code", "to_code", "from_label", "to_label", "from_class", "to_class", "area_ha"]
    frame = pd.DataFrame(rows, columns=[*columns, "change_type"])
    frame["cells"] = 1
    return frame


def typology_matrix() -> np.ndarray:
    """A matrix over the classes: industrial -> industrial persistence, -> others de-industrialisation to
    residential; others -> industrial land take; the rest no change."""
    n = len(CLASS_KEYS)
    matrix = np.full((n, n), CHANGE_BY_KEY["no_change"].code)
    matrix[0, :] = CHANGE_BY_KEY["deindustrialisation_residential"].code
    matrix[0, 0] = CHANGE_BY_KEY["industrial_persistence"].code
    matrix[1:, 0] = CHANGE_BY_KEY["industrial_land_take"].code
    return matrix


def page_of(**kwargs) -> str:
    args = {
        "summary": summary_table(),
        "accounting": accounting_table(),
        "transitions": transitions_table(),
        "title": "Land-use change <Prato>",
        "texts": {"distance_unit": "m"},
        "typology": typology_matrix(),
        "inputs": [("Land use BEFORE", "a <b>.tif"), ("CRS", "EPSG:3035")],
        "warnings": ["AFTER was aligned & resampled"],
    }
    args.update(kwargs)
    return change_html(args.pop("summary"), args.pop("accounting"), args.pop("transitions"), **args)


# --- reading the page back ------------------------------------------------------------------------------------


class _Table(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.heads: list[str] = []
        self.rows: list[list[str]] = []
        self.numeric: list[list[bool]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr" and self.heads:
            self.rows.append([])
            self.numeric.append([])
        if tag in ("td", "th"):
            self._cell = []
            if tag == "td":
                self.numeric[-1].append(("class", "n") in attrs)

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            text = "".join(self._cell or [])
            (self.rows[-1] if tag == "td" else self.heads).append(text)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def sections(page: str) -> dict[str, list[tuple[str, object]]]:
    """Per section id: its figures ("figure", value labels) and tables ("table", parser), in page order."""
    out = {}
    parts = re.split(r'<h2 id="([^"]+)">', page)
    for name, body in zip(parts[1::2], parts[2::2]):
        items = []
        for figure, table in re.findall(r"<figure>(.*?)</figure>|(<table>.*?</table>)", body, flags=re.S):
            if figure:
                labels = re.findall(
                    r'<g id="[^"]*-value-\d+">.*?<text[^>]*>([^<]*)</text>', figure, flags=re.S
                )
                items.append(("figure", labels))
            else:
                parser = _Table()
                parser.feed(table)
                items.append(("table", parser))
        out[name] = items
    return out


def number(text: str) -> float:
    return float(text.replace(",", ""))


def area(value: float) -> str:
    """Hectares as the report prints them in tables: two decimals, thousands separated."""
    return f"{value:,.2f}"


def share(text: str, value: float) -> bool:
    """A share printed with 4 significant digits."""
    if value == 0:
        return text == "0"
    return abs(number(text) - value) <= 5e-4 * abs(value) and len(text.replace(",", "").strip("0.")) <= 5


# --- tests ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> str:
    return page_of()


def test_page_is_self_contained_and_escaped(page):
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "<script" not in page and "<link" not in page and "src=" not in page
    # Jinja2 writes a quote as &#34;, matplotlib's SVG as &quot;: both escaped, the raw name nowhere.
    assert html.escape(ZONE, quote=False).replace('"', "&#34;") in page and ZONE not in page
    assert "Land-use change &lt;Prato&gt;" in page and "a &lt;b&gt;.tif" in page
    assert "AFTER was aligned &amp; resampled" in page
    found = sections(page)
    assert list(found) == ["key", "rings", "zones", "accounting", "transitions", "method", "warnings"]


def test_key_figures_equal_the_tables(page):
    ((kind, table),) = sections(page)["key"]
    assert kind == "table"
    rows = {r[0]: r[1:] for r in table.rows}
    # By hand: study area 13,750 ha (accounting total); industrial 2,650 -> 2,779.6 ha (accounting); the
    # change types of the summary's zone "all", ring "all", with their shares of the study area (share_pct)
    # and of the 2,650 ha of industrial land at the first date (share_of_zone_industrial_pct).
    expected = {
        "Study area": (13750.0, 100.0, None),
        "Industrial land at the first date": (2650.0, 100 * 2650 / 13750, 100.0),
        "Industrial land at the second date": (2779.6, 100 * 2779.6 / 13750, None),
        "Net change of industrial land": (129.6, None, 100 * 129.6 / 2650),
        "Land that changed production class": (870.4, 100 * 870.4 / 13750, None),
        "Industrial persistence": (2529.6, 100 * 2529.6 / 13750, 100 * 2529.6 / 2650),
        "De-industrialisation, all destinations": (120.4, 100 * 120.4 / 13750, 100 * 120.4 / 2650),
        "De-industrialisation to residential": (100.4, 100 * 100.4 / 13750, 100 * 100.4 / 2650),
        "De-industrialisation to commercial and services": (0.0, 0.0, 0.0),
        "De-industrialisation to vacancy or brownfield": (0.0, 0.0, 0.0),
        "De-industrialisation to green": (20.0, 100 * 20 / 13750, 100 * 20 / 2650),
        "De-industrialisation to infrastructure or water": (0.0, 0.0, 0.0),
        "Re-industrialisation": (30.0, 100 * 30 / 13750, None),
        "Industrial land take": (220.0, 100 * 220 / 13750, None),
    }
    assert list(rows) == list(expected)
    for name, (ha, of_study, of_stock) in expected.items():
        printed = rows[name]
        assert printed[0] == area(ha), name
        for text, value in ((printed[1], of_study), (printed[2], of_stock)):
            assert (text == "") if value is None else share(text, value), (name, text, value)
    assert rows["Industrial persistence"][0] == "2,529.60"  # once printed "253"
    assert rows["Study area"][0] == "13,750.00"


def test_ring_tables_and_charts_equal_the_summary(page):
    items = sections(page)["rings"]
    assert [kind for kind, _ in items] == ["figure", "table", "figure", "table"]
    (_, bars_ha), (_, hectares), (_, bars_pct), (_, shares) = items
    rings = ["Industrial areas", "0-250 m", "Beyond 250 m", "All rings"]
    assert hectares.heads == ["Change type (ha)", *rings] and shares.heads[1:] == rings
    types = [
        "No change", "Industrial persistence", "De-industrialisation to residential",
        "De-industrialisation to green", "Re-industrialisation", "Industrial land take", "Other urban change",
        "Other change",
    ]  # fmt: skip
    assert [r[0] for r in hectares.rows] == [*types, "Ring area (ha)", "Changed (ha)"]
    keys = [k for k in CHANGE_BY_KEY if CHANGE_BY_KEY[k].label in types]
    whole = {name: WHOLE[name] for name, _, _ in RINGS}
    whole["all"] = {k: sum(r.get(k, 0.0) for r in WHOLE.values()) for k in keys}
    columns = [whole["industrial areas"], whole["0-250"], whole["beyond 250"], whole["all"]]
    for row, key in zip(hectares.rows, keys):
        assert row[1:] == [area(c.get(key, 0.0)) for c in columns], row
    moved = ("no_change", "industrial_persistence")
    changed = [sum(v for k, v in c.items() if k not in moved) for c in columns]
    assert hectares.rows[-2][1:] == [area(sum(c.values())) for c in columns]  # 2,650 1,100 10,000 13,750
    assert hectares.rows[-1][1:] == [area(v) for v in changed] == ["120.40", "100.00", "1,000.00", "1,220.40"]
    assert all(all(row[1:]) for row in hectares.numeric)  # right-aligned numbers, the label first
    # Each bar is labelled with what changed in its ring (the bars leave out "all rings").
    assert [number(t) for t in bars_ha] == pytest.approx(changed[:3])
    # Shares of each ring: the changed types only, then what changed; the bars print the last row.
    assert [r[0] for r in shares.rows] == [
        t for t in types if t not in ("No change", "Industrial persistence")
    ] + ["Changed (% of the ring)"]
    expected = [100 * v / sum(c.values()) for v, c in zip(changed, columns)]  # 4.543, 9.091, 10, 8.876
    assert all(share(t, v) for t, v in zip(shares.rows[-1][1:], expected)), shares.rows[-1]
    assert bars_pct == shares.rows[-1][1:4]


def test_zone_table_and_chart_equal_the_summary(page):
    (_, bars), (_, table) = sections(page)["zones"]
    assert table.heads == [
        "Zone", "Zone area (ha)", "Industrial persistence (ha)", "De-industrialisation, all destinations (ha)",
        "Re-industrialisation (ha)", "Industrial land take (ha)", "Changed (ha)", "Industrial land kept (%)",
    ]  # fmt: skip
    # ZONE: industrial areas and 0-250 (3,750 ha); Sassuolo: beyond 250, without industrial land (kept: empty).
    assert table.rows == [
        [ZONE, "3,750.00", "2,529.60", "120.40", "30.00", "70.00", "220.40", "95.46"],
        ["Sassuolo", "10,000.00", "0.00", "0.00", "0.00", "150.00", "1,000.00", ""],
        ["All zones", "13,750.00", "2,529.60", "120.40", "30.00", "220.00", "1,220.40", "95.46"],
    ]
    assert [number(t) for t in bars] == [220.4, 1000.0]


def test_accounting_table_and_chart_equal_the_accounting(page):
    (_, bars), (_, table) = sections(page)["accounting"]
    present = [r for r in ACCOUNTING_ROWS if r[2] or r[3]]  # classes absent at both dates are left out
    assert [r[0] for r in table.rows] == [r[1] for r in present]
    for printed, row in zip(table.rows, present):
        assert printed[1:] == [area(v) for v in row[2:12]], printed
    # The chart: gross loss of each class (left), then gross gain (right), as the table prints them.
    classes = [r for r in present if r[0] != "total"]
    expected = [r[6] for r in classes] + [r[5] for r in classes]
    assert [number(t) for t in bars] == pytest.approx(expected)
    assert "-230.00" in [r[6] for r in table.rows]


def test_largest_transitions():
    transitions = transitions_table(MAX_TRANSITIONS + 5)
    ((_, table),) = sections(page_of(transitions=transitions))["transitions"]
    moved = transitions[transitions["from_class"] != transitions["to_class"]]
    assert len(table.rows) == MAX_TRANSITIONS
    assert [r[3] for r in table.rows] == [area(v) for v in sorted(moved["area_ha"], reverse=True)][
        :MAX_TRANSITIONS
    ]
    assert table.rows[0][:3] == ["3 Fields <x>", "1 Industry", "Industrial land take"]
    assert table.rows[0][3] == "1,000.40" and table.rows[1][3] == "999.60"
    page = page_of(transitions=transitions)
    assert f"The {MAX_TRANSITIONS} largest of the {MAX_TRANSITIONS + 5} transitions" in page
    still = transitions[transitions["from_class"] == transitions["to_class"]]
    assert "No land changed production class." in page_of(transitions=still)


def test_method_lists_inputs_and_typology(page):
    (_, inputs), (_, typology) = sections(page)["method"]
    assert inputs.rows == [["Land use BEFORE", "a <b>.tif"], ["CRS", "EPSG:3035"]]
    assert typology.heads[1] == "Industrial and productive" and len(typology.rows) == len(CLASS_KEYS)
    assert typology.rows[0][1:3] == ["Industrial persistence", "De-industrialisation to residential"]
    assert typology.rows[5][:2] == ["Green, agricultural and natural", "Industrial land take"]
    assert "cell centre to cell centre" in page and "Pontius" in page
    assert "cut exactly" in page_of(route="vector")


def test_without_rings_zones_or_stock():
    # No rings: one ring "all" in the summary; no zones; a custom typology that hides the industrial stock.
    summary = summary_table(zones=False)
    summary = summary[summary["ring"] == "all"].copy()
    summary["share_of_zone_industrial_pct"] = math.nan
    page = page_of(summary=summary, typology=None, inputs=[], warnings=[])
    found = sections(page)
    assert list(found) == ["key", "rings", "accounting", "transitions", "method"]
    ((kind, table),) = found["rings"]
    assert kind == "table" and table.heads == ["Change type (ha)", "All rings"]
    assert "no distance rings" in page
    keys = {r[0]: r for r in found["key"][0][1].rows}
    assert keys["Industrial persistence"][1:] == ["2,529.60", "18.4", ""]  # 2,529.6 / 13,750
    assert keys["De-industrialisation, all destinations"][3] == ""
    assert found["method"] == []  # paragraphs only


def test_translated_texts_and_labels():
    labels = {"industrial_land_take": "Consumo di suolo industriale", "no_change": "Nessun cambiamento"}
    page = page_of(
        texts={"lang": "it", "key_heading": "Cifre chiave", "ring_beyond": "Oltre {lower}"},
        change_labels=labels,
        class_labels={"industrial": "Industriale e produttivo"},
    )
    assert '<html lang="it">' in page and "Cifre chiave" in page and "Oltre 250" in page
    assert "Consumo di suolo industriale" in page and "Industrial land take" not in page
    assert "<th>Industriale e produttivo</th>" in page


def test_bad_arguments():
    with pytest.raises(ValueError, match="Unknown report text keys: nope"):
        page_of(texts={"nope": "x"})
    with pytest.raises(ValueError, match="'accounting' lacks the columns gross_gain_ha"):
        page_of(accounting=accounting_table().drop(columns="gross_gain_ha"))
    with pytest.raises(ValueError, match="one row and one column per production class"):
        page_of(typology=np.zeros((2, 2), dtype=int))
    assert {"intro", "ring_caption", "accounting_caption", "method"} <= set(DEFAULT_TEXTS)


def test_change_layer_key_figures_leave_out_the_industrial_stock():
    """A change layer holds only land that changed: its 'industrial land' is not the territory's stock, so no
    share of it (Cheshire West once printed persistence 0 and a +502.8 % net change) and a note says why."""
    changed = page_of(changes_only=True)
    ((kind, table),) = sections(changed)["key"]
    rows = {r[0]: r[1:] for r in table.rows}
    assert "Net change of industrial land" not in rows
    assert all(r[2] == "" for r in rows.values())
    assert rows["Industrial land at the first date"][0] == area(2650.0)
    assert "only land that changed" in changed
    assert "only land that changed" not in page_of()
