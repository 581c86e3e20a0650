"""Self-contained HTML report of an intensity analysis, with inline SVG charts in the style of the paper.

Aldwaik & Pontius (2012) draw every level as two bar panels that share the category axis: on the left the size
of change per year (area), on the right its intensity (percent per year) against a dashed uniform line. The
page repeats that layout for the interval level, the category level (one chart per interval) and the transition
level (one chart per gaining category and interval, then per losing category and interval), each with a caption
saying how to read it and the plotted numbers in a table. No JavaScript, no network, no qgis: the page opens
in any browser and can be archived or sent as a single file.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError
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

# Colours: Okabe-Ito style blue/orange stay distinct for colour-blind readers and in greyscale prints.
_GREY, _GAIN, _LOSS = "#4d4d4d", "#0072b2", "#e69f00"
_FONT_PX, _CHAR_PX = 13, 7.6  # font size, mean glyph width (DejaVu Sans / Arial at 13 px) to size label space
_PANEL = 320  # width of each bar panel
_OUTER = 64  # room beyond each panel for the value printed at a bar's end
_TOP, _BOTTOM = 46, 58  # room for legend/uniform label above, ticks and axis titles below
_BAR, _GAP = 15, 3  # bar thickness and the gap between bars of one row
_LABEL_CHARS = 26  # characters per line of a row label (two lines at most)
_HALO = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'  # legible over lines

_CSS = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222; margin: 1.5em auto;
       max-width: 1120px; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin-top: 1.6em; }
figure { margin: 0.5em 0; } svg { max-width: 100%; height: auto; }
figcaption { color: #444; font-size: 0.9em; max-width: 60em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.6em 0 1em; }
th, td { border: 1px solid #ccc; padding: 2px 8px; } th { background: #f0f0f0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } tr:nth-child(even) td { background: #fafafa; }
p.note, p.ref { color: #555; font-size: 0.9em; }
"""


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
    """
    tx = _texts(texts)
    interval, category, transition = _check_result(result)
    sections = [
        ("interval", tx["interval_heading"], _interval_section(interval, tx)),
        ("category", tx["category_heading"], _category_section(category, tx)),
        ("gain", tx["gain_heading"], _transition_section(transition, "gain", tx)),
        ("loss", tx["loss_heading"], _transition_section(transition, "loss", tx)),
    ]
    toc = "".join(f'<li><a href="#{key}">{_e(head)}</a></li>' for key, head, _ in sections)
    body = "\n".join(f'<h2 id="{key}">{_e(head)}</h2>\n{content}' for key, head, content in sections)
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(tx["lang"])}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<h1>{_e(title)}</h1>\n"
        f"<p>{_e(tx['intro'])}</p>\n<nav><strong>{_e(tx['contents'])}</strong><ul>{toc}</ul></nav>\n"
        f'{body}\n<p class="ref">{_e(tx["reference"])}</p>\n</body>\n</html>\n'
    )


# --- sections -----------------------------------------------------------------------------------------------


def _interval_section(table: pd.DataFrame, tx: Mapping[str, str]) -> str:
    names = [_interval_name(a, b) for a, b in zip(table["year_from"], table["year_to"])]
    duration = (table["year_to"] - table["year_from"]).to_numpy(dtype=float)
    share = table["change_pct_per_year"].to_numpy(dtype=float) * duration
    s_t = table["change_pct_per_year"].to_numpy(dtype=float)
    uniform = float(table["uniform_pct_per_year"].iloc[0])
    single = len(table) == 1  # S_1 = U by definition: no uniform line, no Fast/Slow (SINGLE_INTERVAL)
    chart = _butterfly(
        rows=names,
        left=[("", _GREY, share)],
        right=[("", _GREY, s_t)],
        uniform=math.nan if single else uniform,
        titles=(tx["axis_interval_size"], tx["axis_interval_intensity"]),
        words=(tx["slow"], tx["fast"], tx["uniform"]),
        scales=(_max(share), _max(s_t, [uniform])),
        tx=tx,
    )
    rows = [
        [name, _num(a), _num(p), _num(s), _num(uniform), _behaviour(b, tx)]
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
    table_html = _table([tx[k] for k in heads], rows, tx["not_available"])
    if single:
        note = f'<p class="note">{_e(tx["single_interval"])}</p>\n'
        return _figure(chart, tx["interval_caption_single"]) + note + table_html
    return _figure(chart, tx["interval_caption"]) + table_html


def _category_section(table: pd.DataFrame, tx: Mapping[str, str]) -> str:
    table = table.assign(duration=(table["year_to"] - table["year_from"]).astype(float))
    gain_area = table["gross_gain"] / table["duration"]
    loss_area = table["gross_loss"] / table["duration"]
    # One scale for all intervals, so the charts can be compared (stationarity across intervals).
    scales = (
        _max(gain_area, loss_area),
        _max(table["gain_pct_per_year"], table["loss_pct_per_year"], table["uniform_pct_per_year"]),
    )
    out = []
    for (y0, y1), part in table.groupby(["year_from", "year_to"], sort=False):
        name = _interval_name(y0, y1)
        s_t = float(part["uniform_pct_per_year"].iloc[0])
        g_area, l_area = gain_area[part.index].to_numpy(), loss_area[part.index].to_numpy()
        chart = _butterfly(
            rows=list(part["category"]),
            left=[(tx["gain"], _GAIN, g_area), (tx["loss"], _LOSS, l_area)],
            right=[
                (tx["gain"], _GAIN, part["gain_pct_per_year"]),
                (tx["loss"], _LOSS, part["loss_pct_per_year"]),
            ],
            uniform=s_t,
            titles=(tx["axis_category_size"], tx["axis_category_intensity"]),
            words=(tx["dormant"], tx["active"], tx["uniform"]),
            scales=scales,
            tx=tx,
        )
        rows = [
            [c, _num(ga), _num(la), _num(g), _num(lo), _num(s_t), _behaviour(gb, tx), _behaviour(lb, tx)]
            for c, ga, la, g, lo, gb, lb in zip(
                part["category"],
                g_area,
                l_area,
                part["gain_pct_per_year"],
                part["loss_pct_per_year"],
                part["gain_behaviour"],
                part["loss_behaviour"],
            )
        ]
        heads = [
            "col_category", "col_annual_gain", "col_annual_loss", "col_gain_intensity", "col_loss_intensity",
            "col_uniform", "col_gain_behaviour", "col_loss_behaviour",
        ]  # fmt: skip
        out.append(
            f"<h3>{_e(_fill(tx['category_subheading'], interval=name))}</h3>\n"
            + _figure(chart, _fill(tx["category_caption"], interval=name))
            + _table([tx[k] for k in heads], rows, tx["not_available"])
        )
    return "\n".join(out)


def _transition_section(table: pd.DataFrame, perspective: str, tx: Mapping[str, str]) -> str:
    # Gain side: one chart per gaining category (to), bars per losing category (from); loss side mirrored.
    table = table[table["perspective"] == perspective]
    focus, other = (
        ("to_category", "from_category") if perspective == "gain" else ("from_category", "to_category")
    )
    colour = _GAIN if perspective == "gain" else _LOSS
    out = []
    for cat, per_cat in table.groupby(focus, sort=False):
        annual = per_cat["transition"] / (per_cat["year_to"] - per_cat["year_from"]).astype(float)
        # One scale per focus category across intervals, so its charts can be compared.
        scales = (_max(annual), _max(per_cat["intensity_pct_per_year"], per_cat["uniform_pct_per_year"]))
        for (y0, y1), part in per_cat.groupby(["year_from", "year_to"], sort=False):
            name = _interval_name(y0, y1)
            heading = f"<h3>{_e(_fill(tx[perspective + '_subheading'], category=cat, interval=name))}</h3>\n"
            uniform = float(part["uniform_pct_per_year"].iloc[0])
            if math.isnan(uniform):
                note = tx["no_gain" if perspective == "gain" else "no_loss"]
                out.append(heading + f'<p class="note">{_e(_fill(note, category=cat, interval=name))}</p>')
                continue
            size = annual[part.index].to_numpy()
            chart = _butterfly(
                rows=list(part[other]),
                left=[("", colour, size)],
                right=[("", colour, part["intensity_pct_per_year"])],
                uniform=uniform,
                titles=(tx["axis_transition_size"], tx[f"axis_{perspective}_intensity"]),
                words=(tx["avoided"], tx["targeted"], tx["uniform"]),
                scales=scales,
                tx=tx,
            )
            rows = [
                [c, _num(a), _num(r), _num(uniform), _behaviour(b, tx)]
                for c, a, r, b in zip(part[other], size, part["intensity_pct_per_year"], part["behaviour"])
            ]
            first = "col_losing" if perspective == "gain" else "col_gaining"
            heads = [first, "col_annual_transition", "col_intensity", "col_uniform", "col_behaviour"]
            caption = _fill(tx[perspective + "_caption"], category=cat, interval=name)
            out.append(
                heading + _figure(chart, caption) + _table([tx[k] for k in heads], rows, tx["not_available"])
            )
    return "\n".join(out)


# --- SVG ----------------------------------------------------------------------------------------------------


def _butterfly(
    rows: Sequence[str],
    left: Sequence[tuple[str, str, Sequence[float]]],
    right: Sequence[tuple[str, str, Sequence[float]]],
    uniform: float,
    titles: tuple[str, str],
    words: tuple[str, str, str],
    scales: tuple[float, float],
    tx: Mapping[str, str],
) -> str:
    """Two horizontal bar panels around a column of row labels, as in the paper's figures.

    ``left``/``right`` are (legend name, colour, values) series, drawn as grouped bars per row; left bars grow
    leftwards. The right panel gets a dashed line at ``uniform`` with ``words`` = (below, above, line name),
    none when ``uniform`` is NaN.
    """
    wrapped = [_wrap(str(r), _LABEL_CHARS) for r in rows]
    label_w = min(max(max(len(line) for lines in wrapped for line in lines) * _CHAR_PX + 24, 110), 240)
    x_left0 = _OUTER  # left end of the left panel
    x_mid0 = x_left0 + _PANEL  # label column
    x_right0 = x_mid0 + label_w  # zero of the right panel
    width = x_right0 + _PANEL + _OUTER
    n_series = len(left)
    bars_h = n_series * _BAR + (n_series - 1) * _GAP
    row_h = bars_h + 12
    if any(len(lines) > 1 for lines in wrapped):
        row_h = max(row_h, 38)  # two-line labels
    plot_h = row_h * len(rows)
    height = _TOP + plot_h + _BOTTOM
    lmax, rmax = (_nice_max(s) for s in scales)

    def lx(v: float) -> float:
        return x_mid0 - v / lmax * _PANEL

    def rx(v: float) -> float:
        return x_right0 + v / rmax * _PANEL

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" '
        f'font-size="{_FONT_PX}" role="img" aria-label="{_e(titles[1])}">',
        f"<title>{_e(titles[1])}</title>",
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
    ]
    y_axis = _TOP + plot_h
    # Grid and ticks of both panels.
    for ticks, pos in ((_ticks(lmax), lx), (_ticks(rmax), rx)):
        for v in ticks:
            x = pos(v)
            parts.append(f'<line x1="{x:.1f}" y1="{_TOP}" x2="{x:.1f}" y2="{y_axis}" stroke="#e4e4e4"/>')
            parts.append(
                f'<text x="{x:.1f}" y="{y_axis + 16}" text-anchor="middle" font-size="11" fill="#444">'
                f"{_e(_num(v))}</text>"
            )
    for x0, x1 in ((x_left0, x_mid0), (x_right0, x_right0 + _PANEL)):
        parts.append(f'<line x1="{x0}" y1="{y_axis}" x2="{x1}" y2="{y_axis}" stroke="#888"/>')
    for x in (x_mid0, x_right0):
        parts.append(f'<line x1="{x}" y1="{_TOP}" x2="{x}" y2="{y_axis}" stroke="#888"/>')
    # Axis titles, centred under each panel.
    for text, centre in ((titles[0], x_left0 + _PANEL / 2), (titles[1], x_right0 + _PANEL / 2)):
        parts.append(
            f'<text x="{centre:.0f}" y="{y_axis + 40}" text-anchor="middle" font-weight="bold">{_e(text)}</text>'
        )

    for r, label in enumerate(rows):
        y_row = _TOP + r * row_h + (row_h - bars_h) / 2  # bars and label centred in the row
        lines, x_label = wrapped[r], x_mid0 + label_w / 2
        y_first = _TOP + (r + 0.5) * row_h + 4.5 - 7.5 * (len(lines) - 1)
        spans = "".join(
            f'<tspan x="{x_label:.1f}" y="{y_first + 15 * k:.1f}">{_e(line)}</tspan>'
            for k, line in enumerate(lines)
        )
        parts.append(f'<text text-anchor="middle"><title>{_e(label)}</title>{spans}</text>')
        for k in range(n_series):
            y = y_row + k * (_BAR + _GAP)
            for (_, colour, values), side in ((left[k], "left"), (right[k], "right")):
                parts.append(_bar(float(np.asarray(values, dtype=float)[r]), y, colour, side, lx, rx, tx))

    # Uniform line with its name and the behaviour words either side.
    if not math.isnan(uniform):
        parts.extend(_uniform_line(rx(uniform), uniform, words, x_right0, y_axis))
    # Legend when bars are grouped (gain/loss), top left.
    if n_series > 1:
        x = x_left0
        for name, colour, _ in left:
            parts.append(f'<rect x="{x}" y="{_TOP - 30}" width="12" height="12" fill="{colour}"/>')
            parts.append(f'<text x="{x + 17}" y="{_TOP - 19.5}">{_e(name)}</text>')
            x += 30 + len(name) * _CHAR_PX
    parts.append("</svg>")
    return "\n".join(parts)


def _uniform_line(ux: float, uniform: float, words: tuple[str, str, str], x_right0: float, y_axis: float):
    """The dashed uniform line at ``ux``, its name and value above, the behaviour words either side."""
    parts = []
    parts.append(
        f'<line x1="{ux:.1f}" y1="{_TOP - 8}" x2="{ux:.1f}" y2="{y_axis}" stroke="#c00000" '
        f'stroke-width="2" stroke-dasharray="6 4"/>'
    )
    label_x = min(max(ux, x_right0 + 80), x_right0 + _PANEL + _OUTER - 80)
    parts.append(
        f'<text x="{label_x:.1f}" y="{_TOP - 28}" text-anchor="middle" fill="#c00000">'
        f"{_e(words[2])} {_e(_num(uniform))}</text>"
    )
    parts.append(
        f'<text x="{ux - 5:.1f}" y="{_TOP - 12}" text-anchor="end" font-size="11" font-style="italic" '
        f'fill="#555">\u25c2 {_e(words[0])}</text>'
    )
    parts.append(
        f'<text x="{ux + 5:.1f}" y="{_TOP - 12}" font-size="11" font-style="italic" fill="#555">'
        f"{_e(words[1])} \u25b8</text>"
    )
    return parts


def _bar(value: float, y: float, colour: str, side: str, lx, rx, tx: Mapping[str, str]) -> str:
    """One bar with its value printed beyond its end ("n/a" at the axis when undefined)."""
    text_y = y + _BAR / 2 + 4
    zero = lx(0.0) if side == "left" else rx(0.0)
    if math.isnan(value):
        anchor, x_text = ("end", zero - 4) if side == "left" else ("start", zero + 4)
        return (
            f'<text x="{x_text:.1f}" y="{text_y:.1f}" text-anchor="{anchor}" font-size="11" fill="#777" '
            f'font-style="italic">{_e(tx["not_available"])}</text>'
        )
    end = lx(value) if side == "left" else rx(value)
    x0, w = min(zero, end), abs(end - zero)
    anchor, x_text = ("end", end - 4) if side == "left" else ("start", end + 4)
    return (
        f'<rect x="{x0:.1f}" y="{y:.1f}" width="{w:.1f}" height="{_BAR}" fill="{colour}"/>'
        f'<text x="{x_text:.1f}" y="{text_y:.1f}" text-anchor="{anchor}" font-size="11" {_HALO}>{_e(_num(value))}</text>'
    )


def _wrap(text: str, width: int) -> list[str]:
    """Split ``text`` at spaces into at most two lines of ``width`` characters (ellipsis if still longer)."""
    if len(text) <= width:
        return [text]
    cut = text.rfind(" ", 0, width + 1)
    first, rest = (text[:cut], text[cut + 1 :]) if cut > 0 else (text[:width], text[width:])
    return [first, rest if len(rest) <= width else rest[: width - 1] + "\u2026"]


def _nice_max(value: float) -> float:
    """The smallest 1-2-2.5-5 x 10^k at or above ``value`` (1 for an all-zero or empty chart)."""
    if not value > 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * exp * (1 + 1e-12):
            return step * exp
    return 10.0 * exp


def _ticks(vmax: float) -> list[float]:
    """4 or 5 evenly spaced ticks from 0 to ``vmax`` (a value from :func:`_nice_max`)."""
    lead = vmax / 10.0 ** math.floor(math.log10(vmax))
    count = {1.0: 5, 2.0: 4, 2.5: 5, 5.0: 5}.get(round(lead, 6), 5)
    return [vmax * k / count for k in range(count + 1)]


def _max(*series: Sequence[float]) -> float:
    values = np.concatenate([np.asarray(s, dtype=float).ravel() for s in series])
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else 0.0


# --- HTML bits ----------------------------------------------------------------------------------------------


def _figure(svg: str, caption: str) -> str:
    return f"<figure>\n{svg}\n<figcaption>{_e(caption)}</figcaption>\n</figure>\n"


def _table(heads: Sequence[str], rows: Sequence[Sequence[str]], na: str) -> str:
    """A table of a label column then numbers (right-aligned) or words; empty cells show ``na``."""
    head = "".join(f"<th>{_e(h)}</th>" for h in heads)
    body = []
    for row in rows:
        cells = [f"<td>{_e(str(row[0]))}</td>"]
        cells += [
            f'<td class="n">{_e(c)}</td>' if _is_number(c) else f"<td>{_e(c or na)}</td>" for c in row[1:]
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>\n"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _num(value: float) -> str:
    """A number for people: whole numbers as such, otherwise about 4 significant digits, no exponent."""
    value = float(value)
    if math.isnan(value):
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if abs(value) < 1e-4:
        return f"{value:.3g}"  # keep tiny non-zero values visible rather than rounding them to 0
    mag = math.floor(math.log10(abs(value)))
    decimals = min(max(3 - mag, 0), 8)
    text = f"{value:.{decimals}f}"
    # Trailing zeros are cut from the decimals only: 2,529.6 rounds to "2530", which must stay 2530.
    return text.rstrip("0").rstrip(".") if "." in text else text


def _interval_name(y0: float, y1: float) -> str:
    """The years as given (2007.25 stays 2007.25, not a 4-digit rounding)."""
    return f"{float(y0):.12g}\u2013{float(y1):.12g}"


def _behaviour(word: str, tx: Mapping[str, str]) -> str:
    return tx[_BEHAVIOUR_KEYS[word]] if word in _BEHAVIOUR_KEYS else ""


def _fill(template: str, **values: str) -> str:
    """``template`` with its ``{name}`` fields filled; a translation with broken fields is shown as is."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    tx = dict(DEFAULT_TEXTS)
    if texts:
        unknown = sorted(set(texts) - set(DEFAULT_TEXTS))
        if unknown:
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "Unknown report text keys: {keys}. Valid keys: {valid}."),
                keys=", ".join(unknown),
                valid=", ".join(DEFAULT_TEXTS),
            )
        tx.update({k: str(v) for k, v in texts.items()})
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
