"""The results the Indicators dock shows: which ReIndustria output a table is, and its rows as chart data.

No qgis import. The outputs are recognised by their columns (the algorithms set no marker on their layers):

- ``accounting``: the change accounting of ``landusechange`` / ``landusechangevector`` (``category``,
  ``gross_gain_ha``, ``gross_loss_ha``...): gross gains and losses per class;
- ``summary``: their summary by distance ring and zone (``ring``, ``change_type``, ``area_ha``): change types
  by ring, for one zone;
- ``landscape``: landscape metrics per zone of ``landscapemetrics`` (``zone`` and metric columns);
- ``class_metrics``: its class metrics (``zone``, ``class``, ``label`` and metric columns);
- ``comparison``: ``comparedistricts``' table or district polygons (``district``, ``status``, ``area_ha``...).

Rows are dicts of column -> value (numbers may come as text, missing values as None). Names, labels and notes
are :class:`~.indicator_labels.Text` objects or English strings (in the contexts "IndicatorData" or
"analysis"), translated and formatted by the dock in the user's language; :func:`english` writes them in
English.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..analysis.errors import QT_TRANSLATE_NOOP
from ..analysis.typology import CHANGE_BY_KEY
from .indicator_labels import (
    CHANGE_LABELS,
    CLASS_LABELS,
    Text,
    column_label,
    english,  # noqa: F401 (for callers: texts in English)
    number,
    render_param,  # noqa: F401
    ring_label,
)

ACCOUNTING = "accounting"
SUMMARY = "summary"
LANDSCAPE = "landscape"
CLASS_METRICS = "class_metrics"
COMPARISON = "comparison"

#: What each kind is, for the layer list (context "IndicatorData").
KIND_NAMES = {
    ACCOUNTING: QT_TRANSLATE_NOOP("IndicatorData", "change accounting"),
    SUMMARY: QT_TRANSLATE_NOOP("IndicatorData", "change by ring"),
    LANDSCAPE: QT_TRANSLATE_NOOP("IndicatorData", "landscape metrics"),
    CLASS_METRICS: QT_TRANSLATE_NOOP("IndicatorData", "class metrics"),
    COMPARISON: QT_TRANSLATE_NOOP("IndicatorData", "district comparison"),
}

#: FRAGSTATS metric columns that mark a landscape or class metrics table (a few are enough).
METRIC_COLUMNS = frozenset(
    [
        "np",
        "pd",
        "lpi",
        "te",
        "ed",
        "lsi",
        "area_mn",
        "area_sd",
        "shape_mn",
        "frac_mn",
        "para_mn",
        "contig_mn",
        "core_mn",
        "cai_mn",
        "enn_mn",
        "pafrac",
        "tca",
        "contag",
        "pladj",
        "iji",
        "cohesion",
        "division",
        "mesh",
        "split",
        "pr",
        "prd",
        "shdi",
        "sidi",
        "shei",
        "ai",
        "ca",
        "pland",
        "clumpy",
        "nlsi",
    ]
)
#: Metrics offered first, in this order, when a table has them.
PREFERRED_METRICS = ("pland", "ca", "np", "pd", "lpi", "ed", "area_mn", "ai", "cohesion", "shdi", "contag")

GAIN_COLOUR, LOSS_COLOUR = "#009e73", "#d55e00"
#: Change types the ring chart leaves out (as the change report does).
LEFT_OUT_TYPES = ("no_change", "industrial_persistence")
#: The ring of the industrial areas themselves in the summary table (labelled as in the change report).
INDUSTRIAL_RING = "industrial areas"
ALL = "all"


def recognise(fields: Iterable[str]) -> str | None:
    """The kind of ReIndustria output a table with these columns is, or None."""
    f = set(fields)
    if {"category", "gross_gain_ha", "gross_loss_ha"} <= f:
        return ACCOUNTING
    if {"ring", "change_type", "area_ha"} <= f:
        return SUMMARY
    if {"district", "status", "area_ha"} <= f:
        return COMPARISON
    if "zone" in f and "patch_id" not in f and len(f & METRIC_COLUMNS) >= 3:
        return CLASS_METRICS if {"class", "label"} <= f else LANDSCAPE
    return None


@dataclass
class View:
    """How to show one result table: the column whose values follow the map selection (``key``), its values,
    the measures one can chart and the one shown first."""

    kind: str
    key: str | None
    keys: list[str]
    measures: list[str]
    measure: str | None
    #: The key shown when nothing is selected (``summary``: the whole area, "all", if the table has it).
    default_key: str | None = None


def view(kind: str, fields: Sequence[str], rows: Sequence[dict]) -> View:
    """What the dock offers for a table of ``kind``."""
    key = {SUMMARY: "zone", LANDSCAPE: "zone", CLASS_METRICS: "zone", COMPARISON: "district"}.get(kind)
    if key is not None and key not in fields:
        key = None
    keys = _unique(str(r.get(key)) for r in rows if r.get(key) is not None) if key else []
    if kind == ACCOUNTING:
        return View(kind, None, [], [], None)
    if kind == SUMMARY:
        measures = [m for m in ("area_ha", "share_pct") if m in fields]
        default_key = ALL if ALL in keys else (keys[0] if keys else None)
        return View(kind, key, keys, measures, measures[0] if measures else None, default_key)
    skip = {"zone", "class", "label", "district", "status", "main_sector", "patch_id", "fid"}
    measures = [c for c in fields if c not in skip and any(not math.isnan(number(r.get(c))) for r in rows)]
    if kind == COMPARISON:
        first = next((m for m in measures if m.startswith("industrial_pct")), None)
    else:
        first = next((m for m in PREFERRED_METRICS if m in measures), None)
    return View(kind, key, keys, measures, first or (measures[0] if measures else None))


@dataclass
class ChartData:
    """Bars for :func:`reindustria_plugin.analysis.report.charts.bar_chart`: ``series`` are (name, values,
    colour). Categories and series names are :class:`Text` or English strings in the "analysis" context
    (series names also "IndicatorData"); titles Text or English in "IndicatorData"."""

    categories: list[Text | str]
    series: list[tuple[Text | str, list[float], str | None]]
    title: Text | str
    axis_title: Text | str
    stacked: bool = False
    #: A remark to show under the chart (English template in "IndicatorData").
    note: str = ""
    rows: list[dict] = field(default_factory=list)
    #: The unit of the values (English in "IndicatorData"), named in the chart's heading; "" when the title
    #: says it.
    unit: str = ""
    #: Warnings to read the chart with (change from the grid offset alone, change below the minimum mapping
    #: unit), shown beside it.
    caveats: list[Text] = field(default_factory=list)


def chart(
    kind: str, rows: Sequence[dict], measure: str | None = None, keys: Sequence[str] | None = None
) -> ChartData:
    """The chart of a result table; ``keys`` restricts it to those values of the key column (the map
    selection, a zone); ``measure`` is the column to chart where there is a choice."""
    if kind == ACCOUNTING:
        return _accounting(rows)
    if kind == SUMMARY:
        return _summary(rows, measure or "area_ha", keys)
    if kind in (LANDSCAPE, CLASS_METRICS, COMPARISON):
        return _per_key(kind, rows, measure, keys)
    raise ValueError(f"unknown kind {kind!r}")


def filter_rows(kind: str, rows: Sequence[dict], keys: Sequence[str] | None) -> list[dict]:
    """The rows of the table the chart shows (all rows when ``keys`` is empty or None)."""
    key = {SUMMARY: "zone", LANDSCAPE: "zone", CLASS_METRICS: "zone", COMPARISON: "district"}.get(kind)
    if not keys or key is None:
        return list(rows)
    wanted = set(keys)
    return [r for r in rows if str(r.get(key)) in wanted]


def match_keys(keys: Sequence[str], values: Iterable[object]) -> list[str]:
    """The keys equal to one of ``values`` (attributes of the features selected on the map), in key order."""
    found = {str(v).strip() for v in values if v is not None and str(v).strip()}
    return [k for k in keys if k.strip() in found]


def _accounting(all_rows: Sequence[dict]) -> ChartData:
    rows = [
        r
        for r in all_rows
        if str(r.get("category", "")).lower() != "total"
        and any(
            number(r.get(c)) > 0 for c in ("gross_gain_ha", "gross_loss_ha")
        )  # classes with no change: no bars
    ]
    categories = [
        CLASS_LABELS.get(str(r.get("category"))) or str(r.get("label") or r.get("category")) for r in rows
    ]
    gains = [number(r.get("gross_gain_ha")) for r in rows]
    # Side by side, both from zero: a loss drawn leftwards would put its value label on the class names.
    losses = [number(r.get("gross_loss_ha")) for r in rows]
    return ChartData(
        categories,
        [
            (QT_TRANSLATE_NOOP("IndicatorData", "Gross gain"), gains, GAIN_COLOUR),
            (QT_TRANSLATE_NOOP("IndicatorData", "Gross loss"), losses, LOSS_COLOUR),
        ],
        QT_TRANSLATE_NOOP("IndicatorData", "Gains and losses by class"),
        QT_TRANSLATE_NOOP("IndicatorData", "hectares"),
        rows=list(all_rows),  # the table keeps the total
        unit=QT_TRANSLATE_NOOP("IndicatorData", "hectares"),
        caveats=_accounting_caveats(all_rows),
    )


def _summary(rows: Sequence[dict], measure: str, keys: Sequence[str] | None) -> ChartData:
    zones = _unique(str(r.get("zone")) for r in rows if r.get("zone") is not None)
    default = ALL if ALL in zones else (zones[0] if zones else None)
    zone = keys[0] if keys else default
    chosen = [r for r in rows if zone is None or str(r.get("zone")) == zone]
    rings = [r for r in chosen if str(r.get("ring")) != ALL]
    bounds: dict[str, tuple[float, float]] = {}
    for r in rings:
        bounds.setdefault(str(r.get("ring")), (number(r.get("ring_from")), number(r.get("ring_to"))))
    order = list(bounds)
    if all(not math.isnan(a) and not math.isnan(b) for a, b in bounds.values()):
        order.sort(key=bounds.__getitem__)  # "industrial areas" (0, 0) first, then outwards
    # As in the change report: no change and industrial persistence would dwarf the change; they are in the table.
    types = [t for t in _unique(str(r.get("change_type")) for r in rings) if t not in LEFT_OUT_TYPES]
    series = []
    for t in types:
        values = []
        for ring in order:
            cells = [
                number(r.get(measure))
                for r in rings
                if str(r.get("ring")) == ring and str(r.get("change_type")) == t
            ]
            values.append(sum(v for v in cells if not math.isnan(v)) if cells else 0.0)
        if any(v > 0 for v in values):
            change = CHANGE_BY_KEY.get(t)
            series.append((CHANGE_LABELS.get(t, t), values, change.colour if change else None))
    axis = (
        QT_TRANSLATE_NOOP("IndicatorData", "hectares")
        if measure == "area_ha"
        else QT_TRANSLATE_NOOP("IndicatorData", "% of the ring")
    )
    return ChartData(
        [ring_label(ring, *bounds[ring]) for ring in order],
        series,
        QT_TRANSLATE_NOOP("IndicatorData", "Change types by distance ring"),
        axis,
        stacked=True,
        note=QT_TRANSLATE_NOOP(
            "IndicatorData",
            "No change and industrial persistence are left out of the bars: they are in the table.",
        ),
        rows=chosen,
        unit=axis,
        caveats=_summary_caveats(chosen),
    )


#: Columns the raster change tool adds: change expected from the grid offset alone (AFTER on another grid) and
#: change in patches below the minimum mapping unit (counted as unchanged).
RESAMPLING_GAIN, RESAMPLING_LOSS, RESAMPLING = (
    "resampling_gross_gain_ha",
    "resampling_gross_loss_ha",
    "resampling_ha",
)
BELOW_MMU = "below_mmu_ha"
GRID_OFFSET_GROSS = QT_TRANSLATE_NOOP(
    "IndicatorData",
    "{share} % of the gross change ({resampled} of {gross} ha) is what the grid offset alone produces: read it "
    "with care.",
)
GRID_OFFSET_SHOWN = QT_TRANSLATE_NOOP(
    "IndicatorData",
    "{share} % of the change shown ({resampled} of {changed} ha) is what the grid offset alone produces: read "
    "it with care.",
)
BELOW_MMU_NOTE = QT_TRANSLATE_NOOP(
    "IndicatorData",
    "{below} ha of change in patches smaller than the minimum mapping unit are counted as unchanged ({share} % "
    "of the change found); the table gives them by change type.",
)


def _total(rows: Sequence[dict], column: str) -> float:
    return sum(v for v in (number(r.get(column)) for r in rows) if not math.isnan(v))


def _accounting_caveats(rows: Sequence[dict]) -> list[Text]:
    """How much of the gross change the grid offset alone explains (the total row, else the sum of the classes'
    gains: each change is one class's gain)."""
    if not rows or RESAMPLING_GAIN not in rows[0]:
        return []
    total = [r for r in rows if str(r.get("category", "")).lower() == "total"]
    part = total or [r for r in rows if str(r.get("category", "")).lower() != "total"]
    gross, resampled = _total(part, "gross_gain_ha"), _total(part, RESAMPLING_GAIN)
    if not (gross > 0 and resampled > 0):
        return []
    return [
        Text.of(GRID_OFFSET_GROSS, share=round(100 * resampled / gross), resampled=resampled, gross=gross)
    ]


def _summary_caveats(rows: Sequence[dict]) -> list[Text]:
    """For the zone shown (its ring "all", else every ring): the change the bars show (no change and industrial
    persistence left out) against what the grid offset alone produces of those change types, and the change
    below the minimum mapping unit against the change found."""
    all_ring = [r for r in rows if str(r.get("ring")) == ALL]
    shown = [r for r in (all_ring or rows) if str(r.get("change_type")) not in LEFT_OUT_TYPES]
    if not shown:
        return []
    changed = _total(shown, "area_ha")
    out = []
    resampled = _total(shown, RESAMPLING) if RESAMPLING in shown[0] else 0.0
    if changed > 0 and resampled > 0:
        out.append(
            Text.of(
                GRID_OFFSET_SHOWN,
                share=round(100 * resampled / changed),
                resampled=resampled,
                changed=changed,
            )
        )
    below = _total(shown, BELOW_MMU) if BELOW_MMU in shown[0] else 0.0
    if below > 0:
        out.append(Text.of(BELOW_MMU_NOTE, below=below, share=round(100 * below / (changed + below))))
    return out


def _per_key(kind: str, rows: Sequence[dict], measure: str | None, keys: Sequence[str] | None) -> ChartData:
    rows = filter_rows(kind, rows, keys)
    if kind == CLASS_METRICS:
        zones = _unique(str(r.get("zone")) for r in rows)
        categories = [
            str(r.get("label") or r.get("class"))
            if len(zones) == 1
            else f"{r.get('zone')}: {r.get('label') or r.get('class')}"
            for r in rows
        ]
    else:
        key = "district" if kind == COMPARISON else "zone"
        categories = [str(r.get(key)) for r in rows]
    values = [number(r.get(measure)) if measure else math.nan for r in rows]
    if kind == COMPARISON:
        values = [math.nan if str(r.get("status")) == "no data" else v for r, v in zip(rows, values)]
    # The indicator's label (with its unit) is the title; the table names the zones or districts.
    label = (column_label(measure, kind) or measure) if measure else ""
    return ChartData(categories, [(label, values, None)], label, label, rows=rows)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
