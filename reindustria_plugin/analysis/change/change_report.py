"""Self-contained HTML report of a land-use change run (rasters or polygons), made with the report toolkit.

The page takes the plain tables the change cores return (``summary`` by ring and zone, ``accounting``,
``transitions``, see :mod:`.change_tables`) and shows, in order:

- key figures for the whole study area: its area, industrial land at both dates and its net change, land that
  changed production class, industrial persistence, de-industrialisation (in all and by destination),
  re-industrialisation and industrial land take, in hectares and as shares of the study area and of the
  industrial land at the first date;
- change by distance ring: the change types of each ring in hectares and as a share of the ring (stacked bars;
  no change and industrial persistence are left out of the bars, they are in the table), and the table;
- change by zone, when the run had zones: the same in hectares per zone, and each zone's share of its
  industrial land kept;
- change accounting: gross loss and gain of each production class as mirrored bars, and the accounting table;
- the largest transitions between codes that changed the land's class;
- the method: the typology, the rings, the accounting, the typology matrix, the inputs and the run's warnings.

Every number is a number of those tables (or a sum or ratio of them, said where shown), formatted by
:func:`reindustria_plugin.analysis.report.numbers.format_number` in tables and chart labels alike: areas with
two decimals, shares with four significant digits. No JavaScript, no network, no qgis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError
from ..report.charts import Series, bar_chart, mirrored_bar_chart
from ..report.html import fill, merged_texts, render
from ..report.numbers import format_number
from ..typology import CHANGE_TYPES, CLASS_KEYS, PRODUCTION_CLASSES

#: English texts of the page; pass translations through ``change_html(texts=...)`` under the same keys.
#: ``lang`` is the page's language code, ``distance_unit`` the unit of the ring distances (e.g. "m").
DEFAULT_TEXTS: dict[str, str] = {
    "lang": "en",
    "distance_unit": "",
    "intro": QT_TRANSLATE_NOOP(
        "analysis",
        "What happened between the two land-use maps to industrial land and to the land around it: how much "
        "industrial land was kept, lost (and to what) or gained, at what distance from the industrial areas, "
        "and how every production class gained and lost land. The maps, settings and method are listed at the "
        "end.",
    ),
    "contents": QT_TRANSLATE_NOOP("analysis", "Contents"),
    "key_heading": QT_TRANSLATE_NOOP("analysis", "Key figures"),
    "changes_only_note": QT_TRANSLATE_NOOP(
        "analysis",
        "The input holds only land that changed (a change layer such as Urban Atlas change): the study area and "
        "the industrial land here are those of the changed polygons, not of the whole territory, so persistence "
        "is not seen and shares of the industrial land cannot be given. For the territory's stocks, overlay "
        "two land-use layers that cover all of it.",
    ),
    "key_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "For the whole study area: the land with a code at both dates (nodata excluded). Shares of the "
        "industrial land are of the land industrial at the first date.",
    ),
    "col_figure": QT_TRANSLATE_NOOP("analysis", "Figure"),
    "col_area": QT_TRANSLATE_NOOP("analysis", "Area (ha)"),
    "col_share_study": QT_TRANSLATE_NOOP("analysis", "% of the study area"),
    "col_share_industrial": QT_TRANSLATE_NOOP("analysis", "% of the industrial land at the first date"),
    "study_area": QT_TRANSLATE_NOOP("analysis", "Study area"),
    "industrial_before": QT_TRANSLATE_NOOP("analysis", "Industrial land at the first date"),
    "industrial_after": QT_TRANSLATE_NOOP("analysis", "Industrial land at the second date"),
    "industrial_net": QT_TRANSLATE_NOOP("analysis", "Net change of industrial land"),
    "changed_class": QT_TRANSLATE_NOOP("analysis", "Land that changed production class"),
    "deindustrialisation": QT_TRANSLATE_NOOP("analysis", "De-industrialisation, all destinations"),
    "ring_heading": QT_TRANSLATE_NOOP("analysis", "Change by distance ring"),
    "ring_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Hectares of each change type per distance ring from the industrial areas; each bar is labelled with "
        "the land that changed. No change and industrial persistence are left out of the bars: they are in "
        "the table.",
    ),
    "ring_share_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "The same as shares of each ring's area: rings differ in size (the last one reaches the edge of the "
        "study area), so compare shares across rings.",
    ),
    "no_rings": QT_TRANSLATE_NOOP(
        "analysis",
        "The run had no distance rings: the change types of the whole study area are in the table.",
    ),
    "zone_heading": QT_TRANSLATE_NOOP("analysis", "Change by zone"),
    "zone_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Hectares of each change type per zone, all rings together; each bar is labelled with the land that "
        "changed. No change and industrial persistence are left out of the bars. Industrial land kept: the "
        "industrial persistence as a share of the zone's industrial land at the first date.",
    ),
    "accounting_heading": QT_TRANSLATE_NOOP("analysis", "Change accounting"),
    "accounting_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Gross loss (left) and gross gain (right) of each production class between the two dates, in hectares, "
        "on one scale. Classes absent at both dates are left out.",
    ),
    "accounting_note": QT_TRANSLATE_NOOP(
        "analysis",
        "Net change = gross gain - gross loss; swap = 2 × the smaller of gain and loss (land that changed place "
        "without changing the class's total); the net and swap split into quantity, exchange and shift "
        "(Pontius & Santacruz 2014). The total row counts each change once.",
    ),
    "transitions_heading": QT_TRANSLATE_NOOP("analysis", "Largest transitions"),
    "transitions_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "The {shown} largest of the {count} transitions between codes that changed the land's production "
        "class; the transitions output holds them all, also those within a class.",
    ),
    "no_transitions": QT_TRANSLATE_NOOP("analysis", "No land changed production class."),
    "method_heading": QT_TRANSLATE_NOOP("analysis", "Method and data"),
    "method": QT_TRANSLATE_NOOP(
        "analysis",
        "Each code of the nomenclature belongs to a production class. The change typology, a matrix of the "
        "class at the first date against the class at the second (below), gives every pair of classes a "
        "change type: industrial land kept is industrial persistence; industrial land that became something "
        "else is de-industrialisation, named after what it became; other urban land that became industrial is "
        "re-industrialisation; green, agricultural or natural land or water that became industrial is "
        "industrial land take.",
    ),
    "rings_raster": QT_TRANSLATE_NOOP(
        "analysis",
        "Distance rings are measured from the industrial areas (the polygons given, else the land industrial "
        "at the first date), from cell centre to cell centre; the first ring is the industrial areas "
        "themselves, the last reaches the edge of the study area.",
    ),
    "rings_vector": QT_TRANSLATE_NOOP(
        "analysis",
        "Distance rings are measured from the industrial areas (the polygons given, else the land industrial "
        "at the first date); the polygons are cut exactly at the ring and zone edges; the first ring is the "
        "industrial areas themselves, the last reaches the edge of the study area.",
    ),
    "accounting_method": QT_TRANSLATE_NOOP(
        "analysis",
        "Change accounting: Pontius, R. G., Jr., & Santacruz, A. (2014). Quantity, exchange, and shift "
        "components of difference in a square contingency table. International Journal of Remote Sensing, "
        "35(21), 7543-7554.",
    ),
    "typology_caption": QT_TRANSLATE_NOOP(
        "analysis", "Change typology: class at the first date (rows) and at the second date (columns)."
    ),
    "typology_corner": QT_TRANSLATE_NOOP("analysis", "First date / second date"),
    "inputs_caption": QT_TRANSLATE_NOOP("analysis", "Data and settings of the run."),
    "col_what": QT_TRANSLATE_NOOP("analysis", "Input"),
    "col_value": QT_TRANSLATE_NOOP("analysis", "Value"),
    "warnings_heading": QT_TRANSLATE_NOOP("analysis", "Warnings of the run"),
    "col_ring": QT_TRANSLATE_NOOP("analysis", "Distance ring"),
    "col_zone": QT_TRANSLATE_NOOP("analysis", "Zone"),
    "col_zone_area": QT_TRANSLATE_NOOP("analysis", "Zone area (ha)"),
    "col_ring_area": QT_TRANSLATE_NOOP("analysis", "Ring area (ha)"),
    "col_changed": QT_TRANSLATE_NOOP("analysis", "Changed (ha)"),
    "col_changed_share": QT_TRANSLATE_NOOP("analysis", "Changed (% of the ring)"),
    "col_kept": QT_TRANSLATE_NOOP("analysis", "Industrial land kept (%)"),
    "col_class": QT_TRANSLATE_NOOP("analysis", "Production class"),
    "col_before": QT_TRANSLATE_NOOP("analysis", "First date (ha)"),
    "col_after": QT_TRANSLATE_NOOP("analysis", "Second date (ha)"),
    "col_persistence": QT_TRANSLATE_NOOP("analysis", "Persistence (ha)"),
    "col_gain": QT_TRANSLATE_NOOP("analysis", "Gross gain (ha)"),
    "col_loss": QT_TRANSLATE_NOOP("analysis", "Gross loss (ha)"),
    "col_net": QT_TRANSLATE_NOOP("analysis", "Net change (ha)"),
    "col_swap": QT_TRANSLATE_NOOP("analysis", "Swap (ha)"),
    "col_quantity": QT_TRANSLATE_NOOP("analysis", "Quantity (ha)"),
    "col_exchange": QT_TRANSLATE_NOOP("analysis", "Exchange (ha)"),
    "col_shift": QT_TRANSLATE_NOOP("analysis", "Shift (ha)"),
    "col_from": QT_TRANSLATE_NOOP("analysis", "From (first date)"),
    "col_to": QT_TRANSLATE_NOOP("analysis", "To (second date)"),
    "col_change_type": QT_TRANSLATE_NOOP("analysis", "Change type"),
    "hectares": QT_TRANSLATE_NOOP("analysis", "ha"),
    "percent_of_ring": QT_TRANSLATE_NOOP("analysis", "% of the ring"),
    "ring_industrial": QT_TRANSLATE_NOOP("analysis", "Industrial areas"),
    "ring_band": QT_TRANSLATE_NOOP("analysis", "{lower}-{upper}"),
    "ring_beyond": QT_TRANSLATE_NOOP("analysis", "Beyond {lower}"),
    "ring_all": QT_TRANSLATE_NOOP("analysis", "All rings"),
    "zone_all": QT_TRANSLATE_NOOP("analysis", "All zones"),
    "not_available": QT_TRANSLATE_NOOP("analysis", "n/a"),
}

#: Decimals of areas (hectares) in tables and chart labels; shares use significant digits.
AREA_DECIMALS = 2
#: Transitions listed at most.
MAX_TRANSITIONS = 20

#: Change types that are not change: left out of the bars (their areas are in the tables).
UNCHANGED = ("no_change", "industrial_persistence")
DEINDUSTRIALISATION = [t.key for t in CHANGE_TYPES if t.key.startswith("deindustrialisation_")]
#: Change types of land industrial at the first date (with the preset typology): shown as shares of it.
_FROM_INDUSTRIAL = ("industrial_persistence", *DEINDUSTRIALISATION)
SUMMARY_COLUMNS = ("zone", "ring", "ring_from", "ring_to", "change_type", "area_ha", "share_pct")
ACCOUNTING_COLUMNS = (
    "category", "label", "before_ha", "after_ha", "persistence_ha", "gross_gain_ha", "gross_loss_ha",
    "net_change_ha", "swap_ha", "quantity_ha", "exchange_ha", "shift_ha",
)  # fmt: skip
TRANSITION_COLUMNS = ("from_code", "to_code", "from_label", "to_label", "from_class", "to_class", "area_ha")
TRANSITION_COLUMNS += ("change_type",)
ALL = "all"
INDUSTRIAL_RING = "industrial areas"

# Gain and loss colours of the accounting chart (Okabe-Ito blue and orange, as in the intensity report).
_GAIN, _LOSS = "#0072b2", "#e69f00"


def _chart_area(value: float) -> str:
    """Hectares on charts: as in the tables (two decimals), but whole numbers (the axis ticks) without."""
    value = float(value)
    return format_number(value, 0 if value.is_integer() else AREA_DECIMALS)


def change_html(
    summary: pd.DataFrame,
    accounting: pd.DataFrame,
    transitions: pd.DataFrame,
    title: str,
    *,
    texts: Mapping[str, str] | None = None,
    change_labels: Mapping[str, str] | None = None,
    class_labels: Mapping[str, str] | None = None,
    typology: np.ndarray | None = None,
    inputs: Sequence[tuple[str, str]] = (),
    warnings: Sequence[str] = (),
    route: str = "raster",
    changes_only: bool = False,
) -> str:
    """Render the tables of a land-use change run as one self-contained HTML page.

    Parameters
    ----------
    summary, accounting, transitions
        The tables of :func:`~.raster_change.land_use_change_raster` or
        :func:`~.vector_change.land_use_change_vector` (``result.summary``, ``result.accounting``,
        ``result.transitions``); the accounting's ``label`` column is shown as is (translate it first).
    title
        Page title and top heading (escaped).
    texts
        Replacements for :data:`DEFAULT_TEXTS`, by key; missing keys keep the English default; an unknown key
        is an error, to catch typos.
    change_labels
        Label of each change type by key (translated); English by default.
    class_labels
        Label of each production class by key (translated), for the typology matrix; English by default.
    typology
        The typology matrix (change type codes over :data:`~..typology.CLASS_KEYS`, rows before), shown in
        the method section; None leaves it out.
    inputs
        (what, value) pairs describing the data and settings (layers, nomenclature, rings, CRS, cell size,
        date), shown as given.
    warnings
        The run's warnings, already translated.
    changes_only
        True when the input held only land that changed (a change layer): the key figures then leave out the
        shares of the industrial stock, which such a layer cannot give.
    route
        "raster" or "vector": how the method section describes the rings.

    Returns
    -------
    str
        The HTML page.

    Raises
    ------
    ValueError
        (:class:`~.errors.InputError`) if a table lacks a column, or ``texts`` has unknown keys.
    ImportError
        if matplotlib or jinja2 is missing (the glue names the package to install).
    """
    tx = merged_texts(DEFAULT_TEXTS, texts)
    _check_columns(summary, accounting, transitions)
    labels = {t.key: t.label for t in CHANGE_TYPES}
    labels.update(change_labels or {})
    classes = {key: label for key, label, _colour in PRODUCTION_CLASSES}
    classes.update(class_labels or {})
    whole = summary[(summary["zone"] == ALL) & (summary["ring"] == ALL)]

    sections = [
        {
            "id": "key",
            "heading": tx["key_heading"],
            "blocks": [_key_figures(whole, accounting, labels, tx, changes_only)],
        },
        {"id": "rings", "heading": tx["ring_heading"], "blocks": _ring_blocks(summary, labels, tx)},
    ]
    zones = [z for z in pd.unique(summary["zone"]) if z != ALL]
    if zones:
        sections.append(
            {"id": "zones", "heading": tx["zone_heading"], "blocks": _zone_blocks(summary, zones, labels, tx)}
        )
    sections.append(
        {
            "id": "accounting",
            "heading": tx["accounting_heading"],
            "blocks": _accounting_blocks(accounting, tx),
        }
    )
    sections.append(
        {
            "id": "transitions",
            "heading": tx["transitions_heading"],
            "blocks": [_transition_block(transitions, labels, tx)],
        }
    )
    method = []
    if inputs:
        method.append(
            _block(
                caption=tx["inputs_caption"],
                heads=[tx["col_what"], tx["col_value"]],
                rows=[[str(what), str(value)] for what, value in inputs],
            )
        )
    if typology is not None:
        method.append(
            _block(caption=tx["typology_caption"], **_typology_table(typology, labels, classes, tx))
        )
    sections.append(
        {
            "id": "method",
            "heading": tx["method_heading"],
            "paragraphs": [
                tx["method"],
                tx["rings_vector" if route == "vector" else "rings_raster"],
                tx["accounting_method"],
            ],
            "blocks": method,
        }
    )
    if warnings:
        sections.append(
            {"id": "warnings", "heading": tx["warnings_heading"], "blocks": [], "bullets": list(warnings)}
        )
    for section in sections:
        section.setdefault("paragraphs", [])
        section.setdefault("bullets", [])
    return render(
        "change.html.j2",
        lang=tx["lang"],
        title=title,
        intro=tx["intro"],
        contents=tx["contents"],
        sections=sections,
    )


# --- blocks: a chart and/or a table, with a caption and a note -------------------------------------------------


def _block(svg="", caption="", note="", heads=(), rows=(), decimals=None, na="") -> dict:
    return {
        "svg": svg,
        "caption": caption,
        "note": note,
        "heads": list(heads),
        "rows": list(rows),
        "decimals": decimals,
        "na": na,
    }


def _areas_by_type(part: pd.DataFrame, column: str = "area_ha") -> dict[str, float]:
    # min_count: a type whose values are all empty (NaN) stays empty, not 0.
    sums = part.groupby("change_type", sort=False)[column].sum(min_count=1)
    return {str(k): float(v) for k, v in sums.items()}


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _key_figures(
    whole: pd.DataFrame, accounting: pd.DataFrame, labels, tx, changes_only: bool = False
) -> dict:
    """Rows (figure, hectares, % of the study area, % of the industrial land at the first date). With
    ``changes_only`` (a change layer: only land that changed) the stocks are those of the changed land, so the
    shares of the industrial land and its net change are left out and a note says why."""
    rows_by_class = accounting.set_index("category")
    total = rows_by_class.loc["total"] if "total" in rows_by_class.index else None
    area = _areas_by_type(whole)
    share = _areas_by_type(whole, "share_pct")
    kept = (
        _areas_by_type(whole, "share_of_zone_industrial_pct")
        if "share_of_zone_industrial_pct" in whole
        else {}
    )
    study = float(total["before_ha"]) if total is not None else float(whole["area_ha"].sum())

    def of_study(value):
        return 100.0 * value / study if study > 0 else None

    rows = [[tx["study_area"], study, 100.0 if study > 0 else None, None]]
    if "industrial" in rows_by_class.index:
        ind = rows_by_class.loc["industrial"]
        before, after, net = (float(ind[c]) for c in ("before_ha", "after_ha", "net_change_ha"))
        rows += [
            [tx["industrial_before"], before, of_study(before), 100.0 if before > 0 else None],
            [tx["industrial_after"], after, of_study(after), None],
            [tx["industrial_net"], net, None, 100.0 * net / before if before > 0 else None],
        ]
    if total is not None:
        changed = float(total["gross_gain_ha"])
        rows.append([tx["changed_class"], changed, of_study(changed), None])

    # Shares of the industrial land at the first date: on the change types that start from industrial land
    # (the table's share_of_zone_industrial_pct, empty when a custom typology hides the stock). A type absent
    # from the table counts 0 ha, so 0 % of a known stock.
    stock_known = any(not pd.isna(v) for v in kept.values())

    def of_stock(key):
        if key in kept:
            return _number(kept[key])
        return 0.0 if stock_known else None

    def type_row(key):
        return [
            labels[key],
            area.get(key, 0.0),
            share.get(key, 0.0),
            of_stock(key) if key in _FROM_INDUSTRIAL else None,
        ]

    rows.append(type_row("industrial_persistence"))
    de_stock = [of_stock(k) for k in DEINDUSTRIALISATION]
    rows.append(
        [
            tx["deindustrialisation"],
            sum(area.get(k, 0.0) for k in DEINDUSTRIALISATION),
            sum(share.get(k, 0.0) for k in DEINDUSTRIALISATION),
            None if any(v is None for v in de_stock) else sum(de_stock),
        ]
    )
    rows += [type_row(k) for k in DEINDUSTRIALISATION]
    rows += [type_row("reindustrialisation"), type_row("industrial_land_take")]
    if area.get("unmapped", 0.0) > 0:
        rows.append(type_row("unmapped"))
    if changes_only:
        rows = [row[:3] + [None] for row in rows if row[0] != tx["industrial_net"]]
    return _block(
        caption=tx["key_caption"],
        note=tx["changes_only_note"] if changes_only else "",
        heads=[tx["col_figure"], tx["col_area"], tx["col_share_study"], tx["col_share_industrial"]],
        rows=rows,
        decimals=[None, AREA_DECIMALS, None, None],
    )


def _ring_name(ring: str, lower, upper, tx) -> str:
    unit = f" {tx['distance_unit']}" if tx["distance_unit"] else ""
    if ring == ALL:
        return tx["ring_all"]
    if ring == INDUSTRIAL_RING:
        return tx["ring_industrial"]
    if upper is None or pd.isna(upper):
        return fill(tx["ring_beyond"], lower=format_number(float(lower))) + unit
    return fill(tx["ring_band"], lower=format_number(float(lower)), upper=format_number(float(upper))) + unit


def _types_present(part: pd.DataFrame) -> list[str]:
    """Change type keys with area in ``part``, in the order of :data:`CHANGE_TYPES`."""
    present = set(part.loc[part["area_ha"] > 0, "change_type"])
    return [t.key for t in CHANGE_TYPES if t.key in present]


def _stacked(names, keys, values: dict[str, list[float]], labels, axis_title, title, fmt) -> str:
    colours = {t.key: t.colour for t in CHANGE_TYPES}
    series = [Series(labels[k], values[k], colours[k]) for k in keys]
    return bar_chart(names, series, title=title, axis_title=axis_title, stacked=True, fmt=fmt)


def _ring_blocks(summary: pd.DataFrame, labels, tx) -> list[dict]:
    """Per ring (columns): hectares of each change type, the ring's area and what changed; then shares.

    The tables have one column per ring (rings are few, change types many); each chart's bars are the rows
    of the table under it, and each bar's label is the table's "changed" row.
    """
    part = summary[summary["zone"] == ALL]
    rings = list(pd.unique(part["ring"]))
    keys = _types_present(part)
    changing = [k for k in keys if k not in UNCHANGED]
    names, areas, shares = [], [], []
    for ring in rings:
        rows = part[part["ring"] == ring]
        first = rows.iloc[0]
        names.append(_ring_name(ring, first["ring_from"], first["ring_to"], tx))
        areas.append(_areas_by_type(rows))
        shares.append(_areas_by_type(rows, "share_pct"))
    ring_area = [float(part.loc[part["ring"] == ring, "area_ha"].sum()) for ring in rings]
    changed = [sum(a.get(k, 0.0) for k in changing) for a in areas]
    changed_share = [sum(s.get(k, 0.0) for k in changing) for s in shares]
    area_rows = [[labels[k], *[a.get(k, 0.0) for a in areas]] for k in keys]
    area_rows += [[tx["col_ring_area"], *ring_area], [tx["col_changed"], *changed]]
    share_rows = [[labels[k], *[s.get(k, 0.0) for s in shares]] for k in changing]
    share_rows.append([tx["col_changed_share"], *changed_share])
    heads = [f"{tx['col_change_type']} ({tx['hectares']})", *names]
    share_heads = [f"{tx['col_change_type']} ({tx['percent_of_ring']})", *names]
    if rings == [ALL]:  # no rings: the whole study area in one column
        return [_block(note=tx["no_rings"], heads=heads, rows=area_rows, decimals=_decimals(heads))]
    # The bars leave out the row "all rings" (their sum).
    bars = [i for i, ring in enumerate(rings) if ring != ALL]
    bar_names = [names[i] for i in bars]
    blocks = []
    if changing:
        by_type = {k: [areas[i].get(k, 0.0) for i in bars] for k in changing}
        svg = _stacked(bar_names, changing, by_type, labels, tx["hectares"], tx["ring_heading"], _chart_area)
        blocks.append(_block(svg=svg, caption=tx["ring_caption"]))
    blocks.append(_block(heads=heads, rows=area_rows, decimals=_decimals(heads)))
    if changing:
        by_type = {k: [shares[i].get(k, 0.0) for i in bars] for k in changing}
        svg = _stacked(
            bar_names,
            changing,
            by_type,
            labels,
            tx["percent_of_ring"],
            tx["col_changed_share"],
            format_number,
        )
        blocks.append(_block(svg=svg, caption=tx["ring_share_caption"]))
        blocks.append(_block(heads=share_heads, rows=share_rows, decimals=[None] * len(heads)))
    return blocks


def _decimals(heads) -> list:
    return [None] + [AREA_DECIMALS] * (len(heads) - 1)


#: Change types shown as columns of the zone table (with the zone's area, what changed and the share kept).
_ZONE_COLUMNS = (
    "industrial_persistence",
    "deindustrialisation",
    "reindustrialisation",
    "industrial_land_take",
)


def _zone_blocks(summary: pd.DataFrame, zones: list, labels, tx) -> list[dict]:
    """Per zone (rows): area, the industrial change types, what changed and the share of industrial land
    kept; the chart stacks every change type, labelled with what changed."""
    part = summary[summary["ring"] == ALL]
    changing = [k for k in _types_present(part) if k not in UNCHANGED]
    # The bars show the zones, not "all zones": their legend lists the types present in the zones.
    in_zones = [k for k in _types_present(part[part["zone"] != ALL]) if k not in UNCHANGED]
    has_kept = "share_of_zone_industrial_pct" in part
    rows, by_type, names = [], {k: [] for k in in_zones}, []
    for zone in [*zones, ALL]:
        one = part[part["zone"] == zone]
        areas = _areas_by_type(one)
        areas["deindustrialisation"] = sum(areas.get(k, 0.0) for k in DEINDUSTRIALISATION)
        name = tx["zone_all"] if zone == ALL else str(zone)
        changed = sum(areas.get(k, 0.0) for k in changing)
        row = [name, float(one["area_ha"].sum()), *[areas.get(k, 0.0) for k in _ZONE_COLUMNS], changed]
        if has_kept:
            kept = one.loc[one["change_type"] == "industrial_persistence", "share_of_zone_industrial_pct"]
            stock = one.loc[one["change_type"].isin(_FROM_INDUSTRIAL), "share_of_zone_industrial_pct"]
            # No persistence row: 0 % kept of a known stock; no stock at all: undefined.
            row.append(_number(kept.iloc[0]) if len(kept) else (0.0 if stock.notna().any() else None))
        rows.append(row)
        if zone != ALL:
            names.append(name)
            for k in in_zones:
                by_type[k].append(areas.get(k, 0.0))
    type_names = {**labels, "deindustrialisation": tx["deindustrialisation"]}
    heads = [
        tx["col_zone"],
        tx["col_zone_area"],
        *[f"{type_names[k]} ({tx['hectares']})" for k in _ZONE_COLUMNS],
        tx["col_changed"],
    ]
    if has_kept:
        heads.append(tx["col_kept"])
    decimals = [None] + [AREA_DECIMALS] * (len(_ZONE_COLUMNS) + 2) + ([None] if has_kept else [])
    blocks = []
    if in_zones:
        svg = _stacked(names, in_zones, by_type, labels, tx["hectares"], tx["zone_heading"], _chart_area)
        blocks.append(_block(svg=svg, caption=tx["zone_caption"]))
    blocks.append(_block(heads=heads, rows=rows, decimals=decimals))
    return blocks


_ACCOUNTING = (
    ("before_ha", "col_before"), ("after_ha", "col_after"), ("persistence_ha", "col_persistence"),
    ("gross_gain_ha", "col_gain"), ("gross_loss_ha", "col_loss"), ("net_change_ha", "col_net"),
    ("swap_ha", "col_swap"), ("quantity_ha", "col_quantity"), ("exchange_ha", "col_exchange"),
    ("shift_ha", "col_shift"),
)  # fmt: skip


def _accounting_blocks(accounting: pd.DataFrame, tx) -> list[dict]:
    present = accounting[(accounting["before_ha"] > 0) | (accounting["after_ha"] > 0)]
    classes = present[present["category"] != "total"]
    blocks = []
    if len(classes):
        names = [str(v) for v in classes["label"]]
        loss = [float(v) for v in classes["gross_loss_ha"]]
        gain = [float(v) for v in classes["gross_gain_ha"]]
        limit = max([*loss, *gain, 0.0])
        svg = mirrored_bar_chart(
            names,
            [Series(tx["col_loss"], loss, _LOSS)],
            [Series(tx["col_gain"], gain, _GAIN)],
            title=tx["accounting_heading"],
            left_title=tx["col_loss"],
            right_title=tx["col_gain"],
            limits=(limit, limit),
            fmt=_chart_area,
        )
        blocks.append(_block(svg=svg, caption=tx["accounting_caption"]))
    rows = [[str(rec["label"]), *[float(rec[c]) for c, _ in _ACCOUNTING]] for _, rec in present.iterrows()]
    blocks.append(
        _block(
            note=tx["accounting_note"],
            heads=[tx["col_class"], *[tx[k] for _, k in _ACCOUNTING]],
            rows=rows,
            decimals=[None] + [AREA_DECIMALS] * len(_ACCOUNTING),
        )
    )
    return blocks


def _transition_block(transitions: pd.DataFrame, labels, tx) -> dict:
    moved = transitions[transitions["from_class"] != transitions["to_class"]]
    moved = moved[moved["area_ha"] > 0].sort_values(
        ["area_ha", "from_code", "to_code"], ascending=[False, True, True], kind="stable"
    )
    if moved.empty:
        return _block(note=tx["no_transitions"])
    shown = moved.head(MAX_TRANSITIONS)
    rows = [
        [
            f"{int(rec['from_code'])} {rec['from_label']}",
            f"{int(rec['to_code'])} {rec['to_label']}",
            labels.get(str(rec["change_type"]), str(rec["change_type"])),
            float(rec["area_ha"]),
        ]
        for _, rec in shown.iterrows()
    ]
    return _block(
        caption=fill(tx["transitions_caption"], shown=len(shown), count=len(moved)),
        heads=[tx["col_from"], tx["col_to"], tx["col_change_type"], tx["col_area"]],
        rows=rows,
        decimals=[None, None, None, AREA_DECIMALS],
    )


def _typology_table(typology: np.ndarray, labels, classes, tx) -> dict:
    matrix = np.asarray(typology)
    if matrix.shape != (len(CLASS_KEYS), len(CLASS_KEYS)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The typology matrix must have one row and one column per production class ({n})."
            ),
            n=len(CLASS_KEYS),
        )
    by_code = {t.code: t.key for t in CHANGE_TYPES}
    rows = [
        [classes[key], *[labels[by_code[int(code)]] for code in matrix[i]]]
        for i, key in enumerate(CLASS_KEYS)
    ]
    return {"heads": [tx["typology_corner"], *[classes[k] for k in CLASS_KEYS]], "rows": rows}


# --- arguments -------------------------------------------------------------------------------------------------


def _check_columns(summary, accounting, transitions) -> None:
    for name, table, columns in (
        ("summary", summary, SUMMARY_COLUMNS),
        ("accounting", accounting, ACCOUNTING_COLUMNS),
        ("transitions", transitions, TRANSITION_COLUMNS),
    ):
        missing = [c for c in columns if not isinstance(table, pd.DataFrame) or c not in table.columns]
        if missing:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The land-use change table '{table}' lacks the columns {missing}: pass the tables of a "
                    "land-use change result.",
                ),
                table=name,
                missing=", ".join(missing),
            )
