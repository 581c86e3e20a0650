"""Self-contained HTML report of an intensity analysis, in the layout of the paper, made with the report toolkit.

Aldwaik & Pontius (2012) draw every level as two bar panels that share the category axis: on the left the size
of change per year (area), on the right its intensity (percent per year) against a dashed uniform line. The
page repeats that layout for the interval level, the category level (one chart per interval) and the transition
level (one chart per gaining category and interval, then per losing category and interval), each with a caption
saying how to read it and the plotted numbers in a table. The charts are static SVG from
:func:`reindustria_plugin.analysis.report.charts.mirrored_bar_chart`, the page is the template ``intensity.html.j2``;
the numbers of tables and chart labels both come from :func:`reindustria_plugin.analysis.report.numbers.format_number`.
No JavaScript, no network, no qgis: the page opens in any browser and can be archived or sent as a single file.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError
from ..report.charts import Reference, Series, mirrored_bar_chart
from ..report.html import fill, merged_texts, render
from .intensity import CATEGORY_COLUMNS, INTERVAL_COLUMNS, SINGLE_INTERVAL, TRANSITION_COLUMNS

#: English texts of the page; pass translations through ``intensity_html(texts=...)`` under the same keys.
#: ``{interval}`` and ``{category}`` are filled in where shown; ``unit`` (e.g. "ha") is appended in brackets to
#: the area headings; ``lang`` is the page's language code.
DEFAULT_TEXTS: dict[str, str] = {
    "lang": "en",
    "unit": "",
    "intro": QT_TRANSLATE_NOOP(
        "analysis",
        "Intensity analysis compares each observed rate of land change with the rate that a uniform change would "
        "have, at three levels: the whole study area in each time interval, the gains and losses of each "
        "category, and the transitions between categories. All intensities are in percent per year.",
    ),
    "reference": QT_TRANSLATE_NOOP(
        "analysis",
        "Method: Aldwaik, S. Z., & Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size "
        "and stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, "
        "106(1), 103-114.",
    ),
    "contents": QT_TRANSLATE_NOOP("analysis", "Contents"),
    "interval_heading": QT_TRANSLATE_NOOP("analysis", "Interval level"),
    "interval_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Left: share of the study area that changed during each time interval. Right: the same change per year. "
        "An interval whose bar passes the dashed line (the uniform intensity, as if all change were spread "
        "evenly over the whole period) changed fast; one whose bar stops before it, slowly.",
    ),
    "interval_caption_single": QT_TRANSLATE_NOOP(
        "analysis",
        "Left: share of the study area that changed during the time interval. Right: the same change per year.",
    ),
    "single_interval": SINGLE_INTERVAL,
    "category_heading": QT_TRANSLATE_NOOP("analysis", "Category level"),
    "category_subheading": QT_TRANSLATE_NOOP("analysis", "Time interval {interval}"),
    "category_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Left: gross gain and loss of each category per year. Right: the gain per year relative to the size of "
        "the category at the end of the interval, the loss relative to its size at the start. A bar past the "
        "dashed line (the intensity of change of the whole area in {interval}) is active; before it, dormant. "
        "All intervals share the same scales.",
    ),
    "gain_heading": QT_TRANSLATE_NOOP("analysis", "Transition level: gains"),
    "gain_subheading": QT_TRANSLATE_NOOP("analysis", "Gain of {category}, {interval}"),
    "gain_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Left: area per year that each category lost to {category}. Right: that area relative to the size of the "
        "losing category at the start of the interval. A bar past the dashed line (the intensity if the gain of "
        "{category} took evenly from all the other land) means the gain targets that category; before it, "
        "avoids it. The charts of {category} share the same scales.",
    ),
    "loss_heading": QT_TRANSLATE_NOOP("analysis", "Transition level: losses"),
    "loss_subheading": QT_TRANSLATE_NOOP("analysis", "Loss of {category}, {interval}"),
    "loss_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Left: area per year of {category} that went to each category. Right: that area relative to the size of "
        "the gaining category at the end of the interval. A bar past the dashed line (the intensity if the loss "
        "of {category} went evenly to all the other land) means the loss targets that category; before it, "
        "avoids it. The charts of {category} share the same scales.",
    ),
    "no_gain": QT_TRANSLATE_NOOP("analysis", "{category} gained nothing in {interval}."),
    "no_loss": QT_TRANSLATE_NOOP("analysis", "{category} lost nothing in {interval}."),
    "axis_interval_size": QT_TRANSLATE_NOOP("analysis", "Change in the interval (% of study area)"),
    "axis_interval_intensity": QT_TRANSLATE_NOOP("analysis", "Annual change (% of study area)"),
    "axis_category_size": QT_TRANSLATE_NOOP("analysis", "Annual change area"),
    "axis_category_intensity": QT_TRANSLATE_NOOP("analysis", "Annual change (% of category)"),
    "axis_transition_size": QT_TRANSLATE_NOOP("analysis", "Annual transition area"),
    "axis_gain_intensity": QT_TRANSLATE_NOOP("analysis", "Annual transition (% of losing category)"),
    "axis_loss_intensity": QT_TRANSLATE_NOOP("analysis", "Annual transition (% of gaining category)"),
    "uniform": QT_TRANSLATE_NOOP("analysis", "Uniform intensity"),
    "gain": QT_TRANSLATE_NOOP("analysis", "Gain"),
    "loss": QT_TRANSLATE_NOOP("analysis", "Loss"),
    "fast": QT_TRANSLATE_NOOP("analysis", "Fast"),
    "slow": QT_TRANSLATE_NOOP("analysis", "Slow"),
    "active": QT_TRANSLATE_NOOP("analysis", "Active"),
    "dormant": QT_TRANSLATE_NOOP("analysis", "Dormant"),
    "targeted": QT_TRANSLATE_NOOP("analysis", "Targeted"),
    "avoided": QT_TRANSLATE_NOOP("analysis", "Avoided"),
    "not_available": QT_TRANSLATE_NOOP("analysis", "n/a"),
    "col_interval": QT_TRANSLATE_NOOP("analysis", "Interval"),
    "col_category": QT_TRANSLATE_NOOP("analysis", "Category"),
    "col_change_area": QT_TRANSLATE_NOOP("analysis", "Change area"),
    "col_change_share": QT_TRANSLATE_NOOP("analysis", "Change (% of study area)"),
    "col_intensity": QT_TRANSLATE_NOOP("analysis", "Intensity (% per year)"),
    "col_uniform": QT_TRANSLATE_NOOP("analysis", "Uniform intensity (% per year)"),
    "col_behaviour": QT_TRANSLATE_NOOP("analysis", "Behaviour"),
    "col_annual_gain": QT_TRANSLATE_NOOP("analysis", "Gain per year"),
    "col_annual_loss": QT_TRANSLATE_NOOP("analysis", "Loss per year"),
    "col_gain_intensity": QT_TRANSLATE_NOOP("analysis", "Gain intensity (% per year)"),
    "col_loss_intensity": QT_TRANSLATE_NOOP("analysis", "Loss intensity (% per year)"),
    "col_gain_behaviour": QT_TRANSLATE_NOOP("analysis", "Gain behaviour"),
    "col_loss_behaviour": QT_TRANSLATE_NOOP("analysis", "Loss behaviour"),
    "col_losing": QT_TRANSLATE_NOOP("analysis", "Losing category"),
    "col_gaining": QT_TRANSLATE_NOOP("analysis", "Gaining category"),
    "col_annual_transition": QT_TRANSLATE_NOOP("analysis", "Transition per year"),
}

# Texts that name an area and get the unit appended.
_AREA_KEYS = (
    "axis_category_size", "axis_transition_size", "col_change_area", "col_annual_gain", "col_annual_loss",
    "col_annual_transition",
)  # fmt: skip
_BEHAVIOUR_KEYS = {w: w.lower() for w in ("Fast", "Slow", "Active", "Dormant", "Targeted", "Avoided")}

# Colours: Okabe-Ito blue/orange stay distinct for colour-blind readers and in greyscale prints.
_GAIN, _LOSS = "#0072b2", "#e69f00"


def intensity_html(
    result: dict[str, pd.DataFrame], title: str, texts: Mapping[str, str] | None = None
) -> str:
    """Render the result of :func:`~.intensity.intensity_analysis` as one self-contained HTML page.

    Parameters
    ----------
    result
        The dict returned by ``intensity_analysis`` (keys "interval", "category", "transition").
    title
        Page title and top heading (escaped).
    texts
        Replacements for :data:`DEFAULT_TEXTS`, by key (e.g. the Italian captions, ``{"unit": "ha"}``).
        Missing keys keep the English default; an unknown key is an error, to catch typos.

    Returns
    -------
    str
        The HTML page: for each level its charts (inline SVG), each with a caption and a table of its numbers.

    Raises
    ------
    ValueError
        (:class:`~.errors.InputError`) if ``result`` lacks a table or column, or ``texts`` has unknown keys.
    ImportError
        if matplotlib or jinja2 is missing (the glue names the package to install).
    """
    tx = _texts(texts)
    interval, category, transition = _check_result(result)
    sections = [
        {"id": "interval", "heading": tx["interval_heading"], "blocks": _interval_blocks(interval, tx)},
        {"id": "category", "heading": tx["category_heading"], "blocks": _category_blocks(category, tx)},
        {"id": "gain", "heading": tx["gain_heading"], "blocks": _transition_blocks(transition, "gain", tx)},
        {"id": "loss", "heading": tx["loss_heading"], "blocks": _transition_blocks(transition, "loss", tx)},
    ]
    return render(
        "intensity.html.j2",
        lang=tx["lang"],
        title=title,
        intro=tx["intro"],
        contents=tx["contents"],
        reference=tx["reference"],
        na=tx["not_available"],
        sections=sections,
    )


# --- sections: one block per chart (subheading, svg, caption, note, table heads and rows) ---------------------


def _block(subheading="", svg="", caption="", note="", heads=(), rows=()) -> dict:
    return {
        "subheading": subheading,
        "svg": svg,
        "caption": caption,
        "note": note,
        "heads": heads,
        "rows": rows,
    }


def _interval_blocks(table: pd.DataFrame, tx: Mapping[str, str]) -> list[dict]:
    names = [_interval_name(a, b) for a, b in zip(table["year_from"], table["year_to"])]
    duration = (table["year_to"] - table["year_from"]).to_numpy(dtype=float)
    s_t = table["change_pct_per_year"].to_numpy(dtype=float)
    share = s_t * duration
    uniform = float(table["uniform_pct_per_year"].iloc[0])
    single = len(table) == 1  # S_1 = U by definition: no uniform line, no Fast/Slow (SINGLE_INTERVAL)
    svg = mirrored_bar_chart(
        names,
        [Series("", share)],
        [Series("", s_t)],
        title=tx["axis_interval_intensity"],
        left_title=tx["axis_interval_size"],
        right_title=tx["axis_interval_intensity"],
        reference=None if single else Reference(uniform, tx["uniform"], tx["slow"], tx["fast"]),
        na=tx["not_available"],
    )
    rows = [
        [name, float(a), float(p), float(s), uniform, _behaviour(b, tx)]
        for name, a, p, s, b in zip(names, table["change_area"], share, s_t, table["behaviour"])
    ]
    heads = [
        "col_interval",
        "col_change_area",
        "col_change_share",
        "col_intensity",
        "col_uniform",
        "col_behaviour",
    ]
    return [
        _block(
            svg=svg,
            caption=tx["interval_caption_single" if single else "interval_caption"],
            note=tx["single_interval"] if single else "",
            heads=[tx[k] for k in heads],
            rows=rows,
        )
    ]


def _category_blocks(table: pd.DataFrame, tx: Mapping[str, str]) -> list[dict]:
    table = table.assign(duration=(table["year_to"] - table["year_from"]).astype(float))
    gain_area = table["gross_gain"] / table["duration"]
    loss_area = table["gross_loss"] / table["duration"]
    # One scale for all intervals, so the charts can be compared (stationarity across intervals).
    limits = (
        _max(gain_area, loss_area),
        _max(table["gain_pct_per_year"], table["loss_pct_per_year"], table["uniform_pct_per_year"]),
    )
    heads = [
        "col_category", "col_annual_gain", "col_annual_loss", "col_gain_intensity", "col_loss_intensity",
        "col_uniform", "col_gain_behaviour", "col_loss_behaviour",
    ]  # fmt: skip
    blocks = []
    for (y0, y1), part in table.groupby(["year_from", "year_to"], sort=False):
        name = _interval_name(y0, y1)
        s_t = float(part["uniform_pct_per_year"].iloc[0])
        g_area, l_area = gain_area[part.index].to_numpy(), loss_area[part.index].to_numpy()
        gain, loss = part["gain_pct_per_year"].to_numpy(float), part["loss_pct_per_year"].to_numpy(float)
        svg = mirrored_bar_chart(
            [str(c) for c in part["category"]],
            [Series(tx["gain"], g_area, _GAIN), Series(tx["loss"], l_area, _LOSS)],
            [Series(tx["gain"], gain, _GAIN), Series(tx["loss"], loss, _LOSS)],
            title=f"{tx['axis_category_intensity']}, {name}",
            left_title=tx["axis_category_size"],
            right_title=tx["axis_category_intensity"],
            limits=limits,
            reference=Reference(s_t, tx["uniform"], tx["dormant"], tx["active"]),
            na=tx["not_available"],
        )
        rows = [
            [c, float(ga), float(la), float(g), float(lo), s_t, _behaviour(gb, tx), _behaviour(lb, tx)]
            for c, ga, la, g, lo, gb, lb in zip(
                part["category"], g_area, l_area, gain, loss, part["gain_behaviour"], part["loss_behaviour"]
            )
        ]
        blocks.append(
            _block(
                subheading=fill(tx["category_subheading"], interval=name),
                svg=svg,
                caption=fill(tx["category_caption"], interval=name),
                heads=[tx[k] for k in heads],
                rows=rows,
            )
        )
    return blocks


def _transition_blocks(table: pd.DataFrame, perspective: str, tx: Mapping[str, str]) -> list[dict]:
    # Gain side: one chart per gaining category (to), bars per losing category (from); loss side mirrored.
    table = table[table["perspective"] == perspective]
    focus, other = (
        ("to_category", "from_category") if perspective == "gain" else ("from_category", "to_category")
    )
    colour = _GAIN if perspective == "gain" else _LOSS
    first = "col_losing" if perspective == "gain" else "col_gaining"
    heads = [tx[k] for k in (first, "col_annual_transition", "col_intensity", "col_uniform", "col_behaviour")]
    blocks = []
    for cat, per_cat in table.groupby(focus, sort=False):
        annual = per_cat["transition"] / (per_cat["year_to"] - per_cat["year_from"]).astype(float)
        # One scale per focus category across intervals, so its charts can be compared.
        limits = (_max(annual), _max(per_cat["intensity_pct_per_year"], per_cat["uniform_pct_per_year"]))
        for (y0, y1), part in per_cat.groupby(["year_from", "year_to"], sort=False):
            name = _interval_name(y0, y1)
            subheading = fill(tx[perspective + "_subheading"], category=cat, interval=name)
            uniform = float(part["uniform_pct_per_year"].iloc[0])
            if math.isnan(uniform):
                note = tx["no_gain" if perspective == "gain" else "no_loss"]
                blocks.append(_block(subheading=subheading, note=fill(note, category=cat, interval=name)))
                continue
            size = annual[part.index].to_numpy(dtype=float)
            intensity = part["intensity_pct_per_year"].to_numpy(dtype=float)
            svg = mirrored_bar_chart(
                [str(c) for c in part[other]],
                [Series("", size, colour)],
                [Series("", intensity, colour)],
                title=subheading,
                left_title=tx["axis_transition_size"],
                right_title=tx[f"axis_{perspective}_intensity"],
                limits=limits,
                reference=Reference(uniform, tx["uniform"], tx["avoided"], tx["targeted"]),
                na=tx["not_available"],
            )
            rows = [
                [c, float(a), float(r), uniform, _behaviour(b, tx)]
                for c, a, r, b in zip(part[other], size, intensity, part["behaviour"])
            ]
            blocks.append(
                _block(
                    subheading=subheading,
                    svg=svg,
                    caption=fill(tx[perspective + "_caption"], category=cat, interval=name),
                    heads=heads,
                    rows=rows,
                )
            )
    return blocks


def _max(*series: Sequence[float]) -> float:
    values = np.concatenate([np.asarray(s, dtype=float).ravel() for s in series])
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else 0.0


def _interval_name(y0: float, y1: float) -> str:
    """The years as given (2007.25 stays 2007.25, not a 4-digit rounding)."""
    return f"{float(y0):.12g}\u2013{float(y1):.12g}"


def _behaviour(word: str, tx: Mapping[str, str]) -> str:
    return tx[_BEHAVIOUR_KEYS[word]] if word in _BEHAVIOUR_KEYS else ""


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    tx = merged_texts(DEFAULT_TEXTS, texts)
    if tx["unit"]:
        for key in _AREA_KEYS:
            tx[key] = f"{tx[key]} ({tx['unit']})"
    return tx


def _check_result(result: Mapping[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    tables = []
    for key, columns in (
        ("interval", INTERVAL_COLUMNS), ("category", CATEGORY_COLUMNS), ("transition", TRANSITION_COLUMNS),
    ):  # fmt: skip
        table = result.get(key) if isinstance(result, Mapping) else None
        missing = [c for c in columns if table is None or c not in table.columns]
        if table is None or missing or table.empty:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The intensity result has no usable '{key}' table (missing: {missing}): pass the dict "
                    "returned by intensity_analysis.",
                ),
                key=key,
                missing=", ".join(missing) or "rows",
            )
        tables.append(table.reset_index(drop=True))
    return tables[0], tables[1], tables[2]
