"""What the Indicators dock writes for the columns and values of ReIndustria's result tables: translated labels
instead of field names and keys. No qgis import.

Labels are :class:`Text` objects (an English template in a translation context, with parameters), translated and
formatted by the dock in the user's language; :func:`english` writes them in English. The change, class,
comparison and report wording the algorithms already translate (context ``analysis``) is reused, so the dock says
what the HTML reports say.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..analysis.errors import QT_TRANSLATE_NOOP
from ..analysis.report.numbers import format_number
from ..analysis.typology import CHANGE_BY_KEY, PRODUCTION_CLASSES


@dataclass(frozen=True)
class Text:
    """A text to show: ``template`` (English) in the translation ``context``, formatted with ``params`` (name,
    value) pairs whose numbers the dock writes in the user's language and whose :class:`Text` values are
    translated in turn; ``suffix`` (e.g. a unit, " m") is added after."""

    template: str
    context: str = "IndicatorData"
    params: tuple = ()
    suffix: str = ""

    @classmethod
    def of(cls, template: str, context: str = "IndicatorData", **params) -> Text:
        return cls(template, context, tuple(params.items()))


def english(text: Text | str, fmt=format_number) -> str:
    """``text`` in English, its numbers written by ``fmt`` (the dock translates it instead)."""
    if not isinstance(text, Text):
        return str(text)
    return text.template.format(**{k: render_param(v, english, fmt) for k, v in text.params}) + text.suffix


def render_param(value: object, render, fmt) -> str:
    """A parameter of a :class:`Text` as it is written: numbers by ``fmt``, texts by ``render``."""
    if isinstance(value, Text):
        return render(value, fmt)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return fmt(value)
    return str(value)


def analysis(text: str) -> Text:
    """A text the algorithms and reports translate (context ``analysis``)."""
    return Text(text, "analysis")


# --- units and templates ------------------------------------------------------------------------------------------

HECTARES = analysis(QT_TRANSLATE_NOOP("analysis", "ha"))
PERCENT = analysis(QT_TRANSLATE_NOOP("analysis", "%"))
METRES = Text(QT_TRANSLATE_NOOP("IndicatorData", "m"))
M_PER_HA = Text(QT_TRANSLATE_NOOP("IndicatorData", "m/ha"))
PER_100_HA = Text(QT_TRANSLATE_NOOP("IndicatorData", "per 100 ha"))
PERCENT_PER_YEAR = analysis(QT_TRANSLATE_NOOP("analysis", "% per year"))
WITH_UNIT = QT_TRANSLATE_NOOP("IndicatorData", "{name} ({unit})")
WITH_DATE = QT_TRANSLATE_NOOP("IndicatorData", "{name}, {date}")
STATISTIC = QT_TRANSLATE_NOOP("IndicatorData", "{name}, {statistic}")
#: Distance rings are in the map units of the run; ReIndustria's land use (CORINE, Urban Atlas, OSM in UTM) is in
#: metres.
RING_UNIT = " m"


def with_unit(name: Text, unit: Text | None) -> Text:
    return Text.of(WITH_UNIT, name=name, unit=unit) if unit is not None else name


# --- values -------------------------------------------------------------------------------------------------------

CLASS_LABELS = {key: analysis(label) for key, label, _colour in PRODUCTION_CLASSES}
CLASS_LABELS["unmapped"] = analysis(QT_TRANSLATE_NOOP("analysis", "Unmapped"))
CLASS_LABELS["total"] = analysis(QT_TRANSLATE_NOOP("analysis", "Total"))
CHANGE_LABELS = {key: analysis(t.label) for key, t in CHANGE_BY_KEY.items()}
STATUS_LABELS = {
    "ok": analysis(QT_TRANSLATE_NOOP("analysis", "ok")),
    "partial": analysis(QT_TRANSLATE_NOOP("analysis", "partly covered")),
    "no data": analysis(QT_TRANSLATE_NOOP("analysis", "no data")),
}
INDUSTRIAL_RING = "industrial areas"
ALL = "all"
WHOLE_AREA = Text(QT_TRANSLATE_NOOP("IndicatorsDock", "Whole area"), "IndicatorsDock")


def number(value: object) -> float:
    """A cell as a float; NaN when empty or not a number."""
    if value is None or isinstance(value, bool):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def ring_label(ring: object, lower: object = None, upper: object = None) -> Text | str:
    """A distance ring as the change report names it, with its unit: "Industrial areas", "0-250 m",
    "Beyond 1,000 m", "All rings" (the tools name them "industrial areas", "0-250", "beyond 1000", "all").
    ``lower`` and ``upper`` are the ring's ``ring_from`` and ``ring_to``, else the name's numbers are used.
    Another name is returned as it is."""
    name = str(ring).strip()
    if name == INDUSTRIAL_RING:
        return analysis(QT_TRANSLATE_NOOP("analysis", "Industrial areas"))
    if name == ALL:
        return analysis(QT_TRANSLATE_NOOP("analysis", "All rings"))
    low, high = number(lower), number(upper)
    band = re.fullmatch(r"(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", name)
    if band:
        if math.isnan(low) or math.isnan(high):
            low, high = float(band[1]), float(band[2])
        template = QT_TRANSLATE_NOOP("analysis", "{lower}-{upper}")
        return Text(template, "analysis", (("lower", low), ("upper", high)), RING_UNIT)
    beyond = re.fullmatch(r"beyond (\d+(?:\.\d+)?)", name)
    if beyond:
        low = float(beyond[1]) if math.isnan(low) else low
        return Text(QT_TRANSLATE_NOOP("analysis", "Beyond {lower}"), "analysis", (("lower", low),), RING_UNIT)
    return str(ring)


def value_label(column: str, row: dict) -> Text | str | None:
    """The label to show for ``row[column]`` when it is a key (a class, a change type, a ring, a status, the
    whole area), else None (the value is shown as it is)."""
    value = row.get(column)
    if value is None:
        return None
    key = str(value)
    if column in ("category", "class"):
        return CLASS_LABELS.get(key)
    if column == "change_type":
        return CHANGE_LABELS.get(key)
    if column == "ring":
        label = ring_label(key, row.get("ring_from"), row.get("ring_to"))
        return label if isinstance(label, Text) else None
    if column == "zone" and key == ALL:
        return WHOLE_AREA
    if column == "status":
        return STATUS_LABELS.get(key)
    if column == "label":
        return analysis(key)  # written by the run in its language: translated when it is English
    return None


def contributors(text: object) -> list[tuple[str, float, str]] | None:
    """``net_contributors`` of the change accounting ("Residential: +4 ha; Green...: -9.001 ha") as (class
    label, amount, unit) triples, or None when it is not written that way."""
    if not isinstance(text, str) or not text.strip():
        return None
    out = []
    for part in text.split("; "):
        label, sep, amount = part.rpartition(": ")
        match = re.fullmatch(r"([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:\s+(\S+))?", amount.strip())
        if not sep or not match:
            return None
        out.append((label, float(match[1]), match[2] or ""))
    return out


# --- columns ------------------------------------------------------------------------------------------------------


def _c(text: str) -> Text:
    return Text(text)


#: Columns of the change summary and accounting (both routes) and of the district comparison without a date.
COLUMNS: dict[str, Text] = {
    # change accounting
    "category": analysis(QT_TRANSLATE_NOOP("analysis", "Production class")),
    "label": _c(QT_TRANSLATE_NOOP("IndicatorData", "Label")),
    "before_ha": analysis(QT_TRANSLATE_NOOP("analysis", "First date (ha)")),
    "after_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Second date (ha)")),
    "persistence_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Persistence (ha)")),
    "gross_gain_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Gross gain (ha)")),
    "gross_loss_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Gross loss (ha)")),
    "net_change_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Net change (ha)")),
    "swap_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Swap (ha)")),
    "quantity_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Quantity (ha)")),
    "exchange_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Exchange (ha)")),
    "shift_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Shift (ha)")),
    "net_contributors": _c(QT_TRANSLATE_NOOP("IndicatorData", "Net change with each other class")),
    "resampling_gross_gain_ha": _c(
        QT_TRANSLATE_NOOP("IndicatorData", "Gross gain from the grid offset alone (ha)")
    ),
    "resampling_gross_loss_ha": _c(
        QT_TRANSLATE_NOOP("IndicatorData", "Gross loss from the grid offset alone (ha)")
    ),
    # change summary
    "zone": analysis(QT_TRANSLATE_NOOP("analysis", "Zone")),
    "ring": analysis(QT_TRANSLATE_NOOP("analysis", "Distance ring")),
    "ring_from": _c(QT_TRANSLATE_NOOP("IndicatorData", "Ring from (map units)")),
    "ring_to": _c(QT_TRANSLATE_NOOP("IndicatorData", "Ring to (map units)")),
    "change_code": _c(QT_TRANSLATE_NOOP("IndicatorData", "Change code")),
    "change_type": analysis(QT_TRANSLATE_NOOP("analysis", "Change type")),
    "cells": _c(QT_TRANSLATE_NOOP("IndicatorData", "Cells")),
    "polygons": _c(QT_TRANSLATE_NOOP("IndicatorData", "Polygons")),
    "area_ha": _c(QT_TRANSLATE_NOOP("IndicatorData", "Area (ha)")),
    "share_pct": _c(QT_TRANSLATE_NOOP("IndicatorData", "Share of the ring (%)")),
    "zone_area_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Zone area (ha)")),
    "share_of_zone_industrial_pct": _c(
        QT_TRANSLATE_NOOP("IndicatorData", "Share of the zone's industrial land (%)")
    ),
    "below_mmu_ha": _c(QT_TRANSLATE_NOOP("IndicatorData", "Below the minimum mapping unit (ha)")),
    "resampling_ha": _c(QT_TRANSLATE_NOOP("IndicatorData", "From the grid offset alone (ha)")),
    # district comparison
    "district": analysis(QT_TRANSLATE_NOOP("analysis", "District")),
    "status": analysis(QT_TRANSLATE_NOOP("analysis", "Status")),
    "covered_pct": analysis(QT_TRANSLATE_NOOP("analysis", "Covered (%)")),
    "industrial_land_take_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Industrial land take (ha)")),
    "reindustrialisation_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Re-industrialisation (ha)")),
    "deindustrialisation_ha": analysis(QT_TRANSLATE_NOOP("analysis", "De-industrialisation (ha)")),
    "industrial_persistence_pct": analysis(QT_TRANSLATE_NOOP("analysis", "Industrial land kept (%)")),
    "industrial_land_take_pct_per_year": with_unit(
        analysis(QT_TRANSLATE_NOOP("analysis", "Industrial land take")), PERCENT_PER_YEAR
    ),
    "deindustrialisation_pct_per_year": with_unit(
        analysis(QT_TRANSLATE_NOOP("analysis", "De-industrialisation")), PERCENT_PER_YEAR
    ),
    "employees": analysis(QT_TRANSLATE_NOOP("analysis", "Employees")),
    "main_sector": analysis(QT_TRANSLATE_NOOP("analysis", "Main sector")),
    "main_lq": analysis(QT_TRANSLATE_NOOP("analysis", "Location quotient of the main sector")),
    "krugman": analysis(QT_TRANSLATE_NOOP("analysis", "Krugman dissimilarity")),
    "hhi": analysis(QT_TRANSLATE_NOOP("analysis", "Herfindahl concentration")),
}
for _key in ("industrial_persistence", *(k for k in CHANGE_BY_KEY if k.startswith("deindustrialisation_"))):
    COLUMNS[f"{_key}_ha"] = with_unit(CHANGE_LABELS[_key], HECTARES)

#: District comparison columns per date (``<stem>_<date>``): the wording of the comparison report.
DATED = {
    "ind_np": analysis(QT_TRANSLATE_NOOP("analysis", "Number of industrial patches")),
    "ind_pd_per_100ha": analysis(QT_TRANSLATE_NOOP("analysis", "Industrial patch density (per 100 ha)")),
    "ind_area_mn_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Mean industrial patch area (ha)")),
    "ind_lpi_pct": analysis(
        QT_TRANSLATE_NOOP("analysis", "Largest industrial patch (% of the land with data)")
    ),
    "ind_ed_m_per_ha": analysis(QT_TRANSLATE_NOOP("analysis", "Industrial edge density (m/ha)")),
    "ind_ai_pct": analysis(QT_TRANSLATE_NOOP("analysis", "Aggregation of industrial land (%)")),
    "ind_cohesion": analysis(QT_TRANSLATE_NOOP("analysis", "Cohesion of industrial land (0-100)")),
    "shdi": analysis(QT_TRANSLATE_NOOP("analysis", "Land-use diversity (Shannon)")),
}
INDUSTRIAL_SHARE = QT_TRANSLATE_NOOP("analysis", "Industrial land, {date} (%)")
INDUSTRIAL_AREA = QT_TRANSLATE_NOOP("analysis", "Industrial land, {date} (ha)")

#: FRAGSTATS metrics of landscapemetrics (its help gives the units): name and unit.
METRICS: dict[str, tuple[str, Text | None]] = {
    "ta": (QT_TRANSLATE_NOOP("IndicatorData", "Total area"), HECTARES),
    "ca": (QT_TRANSLATE_NOOP("IndicatorData", "Class area"), HECTARES),
    "pland": (QT_TRANSLATE_NOOP("IndicatorData", "Share of the landscape"), PERCENT),
    "np": (QT_TRANSLATE_NOOP("IndicatorData", "Number of patches"), None),
    "pd": (QT_TRANSLATE_NOOP("IndicatorData", "Patch density"), PER_100_HA),
    "lpi": (QT_TRANSLATE_NOOP("IndicatorData", "Largest patch index"), PERCENT),
    "te": (QT_TRANSLATE_NOOP("IndicatorData", "Total edge"), METRES),
    "ed": (QT_TRANSLATE_NOOP("IndicatorData", "Edge density"), M_PER_HA),
    "lsi": (QT_TRANSLATE_NOOP("IndicatorData", "Landscape shape index"), None),
    "tca": (QT_TRANSLATE_NOOP("IndicatorData", "Total core area"), HECTARES),
    "cpland": (QT_TRANSLATE_NOOP("IndicatorData", "Core area share of the landscape"), PERCENT),
    "ndca": (QT_TRANSLATE_NOOP("IndicatorData", "Number of disjunct core areas"), None),
    "dcad": (QT_TRANSLATE_NOOP("IndicatorData", "Disjunct core area density"), PER_100_HA),
    "pafrac": (QT_TRANSLATE_NOOP("IndicatorData", "Perimeter-area fractal dimension"), None),
    "clumpy": (QT_TRANSLATE_NOOP("IndicatorData", "Clumpiness"), None),
    "pladj": (QT_TRANSLATE_NOOP("IndicatorData", "Like adjacencies"), PERCENT),
    "iji": (QT_TRANSLATE_NOOP("IndicatorData", "Interspersion and juxtaposition"), PERCENT),
    "cohesion": (QT_TRANSLATE_NOOP("IndicatorData", "Patch cohesion"), PERCENT),
    "division": (QT_TRANSLATE_NOOP("IndicatorData", "Landscape division"), None),
    "mesh": (QT_TRANSLATE_NOOP("IndicatorData", "Effective mesh size"), HECTARES),
    "split": (QT_TRANSLATE_NOOP("IndicatorData", "Splitting index"), None),
    "ai": (QT_TRANSLATE_NOOP("IndicatorData", "Aggregation index"), PERCENT),
    "nlsi": (QT_TRANSLATE_NOOP("IndicatorData", "Normalised landscape shape index"), None),
    "contag": (QT_TRANSLATE_NOOP("IndicatorData", "Contagion"), PERCENT),
    "pr": (QT_TRANSLATE_NOOP("IndicatorData", "Patch richness"), None),
    "prd": (QT_TRANSLATE_NOOP("IndicatorData", "Patch richness density"), PER_100_HA),
    "shdi": (QT_TRANSLATE_NOOP("IndicatorData", "Shannon diversity"), None),
    "sidi": (QT_TRANSLATE_NOOP("IndicatorData", "Simpson diversity"), None),
    "msidi": (QT_TRANSLATE_NOOP("IndicatorData", "Modified Simpson diversity"), None),
    "shei": (QT_TRANSLATE_NOOP("IndicatorData", "Shannon evenness"), None),
    "siei": (QT_TRANSLATE_NOOP("IndicatorData", "Simpson evenness"), None),
    "msiei": (QT_TRANSLATE_NOOP("IndicatorData", "Modified Simpson evenness"), None),
}
#: Patch metrics summarised over the patches (``<metric>_<statistic>``).
PATCH_METRICS: dict[str, tuple[str, Text | None]] = {
    "area": (QT_TRANSLATE_NOOP("IndicatorData", "Patch area"), HECTARES),
    "gyrate": (QT_TRANSLATE_NOOP("IndicatorData", "Radius of gyration"), METRES),
    "shape": (QT_TRANSLATE_NOOP("IndicatorData", "Shape index"), None),
    "frac": (QT_TRANSLATE_NOOP("IndicatorData", "Fractal dimension"), None),
    "para": (QT_TRANSLATE_NOOP("IndicatorData", "Perimeter-area ratio"), M_PER_HA),
    "circle": (QT_TRANSLATE_NOOP("IndicatorData", "Related circumscribing circle"), None),
    "contig": (QT_TRANSLATE_NOOP("IndicatorData", "Contiguity index"), None),
    "core": (QT_TRANSLATE_NOOP("IndicatorData", "Core area"), HECTARES),
    "dcore": (QT_TRANSLATE_NOOP("IndicatorData", "Disjunct core area"), HECTARES),
    "cai": (QT_TRANSLATE_NOOP("IndicatorData", "Core area index"), PERCENT),
    "enn": (QT_TRANSLATE_NOOP("IndicatorData", "Nearest-neighbour distance"), METRES),
}
STATISTICS = {
    "mn": QT_TRANSLATE_NOOP("IndicatorData", "mean"),
    "sd": QT_TRANSLATE_NOOP("IndicatorData", "standard deviation"),
    "cv": QT_TRANSLATE_NOOP("IndicatorData", "coefficient of variation"),
    "am": QT_TRANSLATE_NOOP("IndicatorData", "area-weighted mean"),
    "md": QT_TRANSLATE_NOOP("IndicatorData", "median"),
}


def _metric(column: str) -> Text | None:
    if column in METRICS:
        name, unit = METRICS[column]
        return with_unit(_c(name), unit)
    base, _sep, stat = column.rpartition("_")
    if base in PATCH_METRICS and stat in STATISTICS:
        name, unit = PATCH_METRICS[base]
        named = Text.of(STATISTIC, name=_c(name), statistic=_c(STATISTICS[stat]))
        return with_unit(named, PERCENT if stat == "cv" else unit)
    return None


def _dated(column: str) -> Text | None:
    """A district comparison column of one date: ``industrial_pct_2006``, ``green_ha_2018``, ``ind_np_2006``."""
    match = re.fullmatch(r"([a-z]+)_(pct|ha)_(\w+)", column)
    if match and match[1] in CLASS_LABELS and match[1] not in ("total", "unmapped"):
        cls, what, date = match.groups()
        if cls == "industrial":
            return Text.of(INDUSTRIAL_SHARE if what == "pct" else INDUSTRIAL_AREA, "analysis", date=date)
        named = Text.of(WITH_DATE, name=CLASS_LABELS[cls], date=date)
        return with_unit(named, PERCENT if what == "pct" else HECTARES)
    for stem, name in DATED.items():
        if column.startswith(stem + "_") and column != stem:
            return Text.of(WITH_DATE, name=name, date=column[len(stem) + 1 :])
    return None


def column_label(column: str, kind: str | None = None) -> Text | None:
    """The label of a result table's column (None: no label known, the field name is shown). Landscape and
    class metrics (``kind`` "landscape", "class_metrics") are named by FRAGSTATS' metric names and units."""
    if kind in ("landscape", "class_metrics"):
        if column == "class":
            return COLUMNS["category"]
        if column == "label":
            return COLUMNS["label"]
        if column == "zone":
            return COLUMNS["zone"]
        return _metric(column)
    if column in COLUMNS:
        return COLUMNS[column]
    if kind == "comparison" or kind is None:
        return _dated(column)
    return None
