"""Static bar charts as inline SVG, drawn with matplotlib for the project's HTML reports.

Only ``matplotlib.figure.Figure`` and the SVG backend are used, never ``pyplot``: pyplot picks a GUI backend
and keeps global figures, which must not happen inside QGIS. Text stays text in the SVG (``svg.fonttype:
none``): the page is small, searchable and selectable, and a chart's numbers can be read back by tests.

Every chart returns the ``<svg>`` element as a string, ready to be put in a page (``{{ svg|safe }}``), with a
``<title>`` for screen readers. Numbers on labels and ticks come from :func:`~.numbers.format_number` (or the
``fmt`` given), so they equal the numbers of the report's tables. Each bar's value label is in a group whose
id ends in ``-value-<n>`` (its ``<text>`` is the group's only text). Colours are Okabe-Ito: distinct for colour-blind readers and in greyscale prints.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from .numbers import format_number

#: Okabe-Ito colours, in the order series get them.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#f0e442", "#000000")
GREY = "#4d4d4d"
REFERENCE_COLOUR = "#c00000"

FONT_SIZE = 9.5  # points; value labels and ticks one point smaller
WIDTH = 10.5  # inches: 1,008 px at 96 dpi, within the report's column (1,120 px)
LABEL_CHARS = 26  # characters per line of a category label (two lines at most)
_RC = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "font.size": FONT_SIZE,
    "axes.edgecolor": "#888888",
    "axes.linewidth": 0.8,
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "xtick.labelsize": FONT_SIZE - 1,
    "ytick.labelsize": FONT_SIZE - 1,
    "svg.image_inline": True,
}

Formatter = Callable[[float], str]


@dataclass(frozen=True)
class Series:
    """One series of bars: its legend name, one value per category (NaN: no value), its colour."""

    name: str
    values: Sequence[float]
    colour: str | None = None


@dataclass(frozen=True)
class Reference:
    """A dashed line at ``value`` on a chart's value axis, named with its value above the plot, and a word
    either side of it (e.g. "Slow" / "Fast") saying how to read a bar that stops before or passes it."""

    value: float
    label: str = ""
    below: str = ""
    above: str = ""


def _styled(func):
    """Run a chart function inside the report style (fonts, sizes, colours are read as artists are made)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import matplotlib

        with matplotlib.rc_context(_RC):
            return func(*args, **kwargs)

    return wrapper


@_styled
def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    title: str = "",
    axis_title: str = "",
    horizontal: bool = True,
    stacked: bool = False,
    limit: float | None = None,
    reference: Reference | None = None,
    fmt: Formatter = format_number,
    na: str = "n/a",
    width: float = WIDTH,
    integer: bool = False,
    heading: str = "",
) -> str:
    """Bars per category, one per series side by side (``stacked``: one on top of the other).

    ``horizontal`` puts the categories down the left side, first on top (long names read best); otherwise
    along the bottom. ``limit`` fixes the end of the value axis (to share a scale between charts); by default
    it is the largest bar, rounded up to 1, 2, 2.5 or 5 × 10^k; ``integer`` keeps the ticks on whole numbers
    (counts). Negative values grow the other way (grouped
    bars only). Each bar is labelled with its value (stacked: each stack with its total); NaN shows ``na``.
    ``heading`` is drawn above the chart, its first line in bold (a chart saved on its own, e.g. from the
    Indicators dock, says what it shows; the reports give their charts a caption and no heading).
    """
    fig, canvas = _figure()
    n_rows, n_series = len(categories), max(len(series), 1)
    values = [_floats(s.values, n_rows) for s in series]
    colours = _colours(series)
    wrapped = [_wrap(c) for c in categories]
    if stacked:
        totals = [sum(v for v in col if not math.isnan(v)) for col in zip(*values)] if values else []
        low, high = 0.0, max([0.0, *totals])
    else:
        finite = [v for vals in values for v in vals if not math.isnan(v)]
        low, high = min([0.0, *finite]), max([0.0, *finite])
    if reference is not None and not math.isnan(reference.value):
        high = max(high, reference.value)
    high = _nice(limit if limit is not None else high)
    low = -_nice(-low) if low < 0 else 0.0

    thick = 0.8 if stacked else 0.8 / n_series
    heading_lines = _heading_lines(heading, width)
    above = _HEADING_LINE_IN * len(heading_lines) + (0.12 if heading_lines else 0.0)
    if horizontal:
        label_w = _label_width(wrapped)
        row_h = _row_height(1 if stacked else n_series, wrapped)
        top, bottom = _top_margin(_legend_rows(series, width), reference) + above, 0.62
        height = top + bottom + row_h * max(n_rows, 1)
        fig.set_size_inches(width, height)
        left_in, right_in = label_w + 0.15, 0.8
        ax = fig.add_axes(
            [left_in / width, bottom / height, 1 - (left_in + right_in) / width, 1 - (top + bottom) / height]
        )
    else:
        rotate = max((len(c) for c in categories), default=0) > 12
        bottom = 0.5 + (0.9 if rotate else 0.15 * max((len(w) for w in wrapped), default=1))
        top, height = _top_margin(_legend_rows(series, width), reference) + above, 4.0
        fig.set_size_inches(width, height + bottom)
        height += bottom
        ax = fig.add_axes([0.8 / width, bottom / height, 1 - 1.4 / width, 1 - (top + bottom) / height])
    _style_value_axis(ax, low, high, fmt, horizontal, integer)

    positions = list(range(n_rows))
    base = [0.0] * n_rows
    labels = _ValueLabels(fig, fmt, na)
    for k, (vals, colour) in enumerate(zip(values, colours)):
        offset = 0.0 if stacked else (k - (n_series - 1) / 2) * thick
        where = [p + offset for p in positions]
        heights = [0.0 if math.isnan(v) else v for v in vals]
        draw = ax.barh if horizontal else ax.bar
        kwargs = {"left" if horizontal else "bottom": base} if stacked else {}
        size = {"height" if horizontal else "width": thick}
        draw(where, heights, color=colour, linewidth=0, label=series[k].name, **size, **kwargs)
        if not stacked:
            for pos, v in zip(where, vals):
                labels.add(ax, v, pos, horizontal)
        else:
            base = [b + h for b, h in zip(base, heights)]
    if stacked:
        for pos, total in zip(positions, base):
            labels.add(ax, total, pos, horizontal)

    if horizontal:
        ax.set_yticks(positions)
        ax.set_yticklabels(["\n".join(w) for w in wrapped], fontsize=FONT_SIZE)
        ax.set_ylim(n_rows - 0.5, -0.5)
        ax.tick_params(axis="y", length=0)
        if axis_title:
            ax.set_xlabel(axis_title, fontweight="bold")
    else:
        ax.set_xticks(positions)
        ax.set_xticklabels(
            ["\n".join(w) for w in wrapped],
            fontsize=FONT_SIZE,
            rotation=30 if rotate else 0,
            ha="right" if rotate else "center",
        )
        ax.set_xlim(-0.5, n_rows - 0.5)
        ax.tick_params(axis="x", length=0)
        if axis_title:
            ax.set_ylabel(axis_title, fontweight="bold")
    if reference is not None:
        _reference(ax, reference, fmt, horizontal)
    if len(series) > 1:
        _legend(fig, ax, series, colours, top=1.0 - above / fig.get_size_inches()[1])
    if heading_lines:
        _heading(fig, heading_lines)
    key = (categories, [list(v) for v in values], axis_title) + ((heading,) if heading else ())
    return _svg(fig, canvas, title or heading or axis_title, key)


@_styled
def mirrored_bar_chart(
    categories: Sequence[str],
    left: Sequence[Series],
    right: Sequence[Series],
    *,
    title: str = "",
    left_title: str = "",
    right_title: str = "",
    limits: tuple[float | None, float | None] = (None, None),
    reference: Reference | None = None,
    fmt: Formatter = format_number,
    na: str = "n/a",
    width: float = WIDTH,
) -> str:
    """Two horizontal bar panels either side of a column of category names: the layout of Aldwaik &
    Pontius (2012), size on the left (bars growing leftwards), intensity on the right.

    ``left`` and ``right`` hold the same number of series (grouped bars, one legend). ``limits`` fixes the end
    of each panel's axis (to share scales between charts); ``reference`` is drawn on the right panel.
    Values must be zero or positive; NaN shows ``na`` at the axis.
    """
    fig, canvas = _figure()
    n_rows, n_series = len(categories), max(len(left), 1)
    wrapped = [_wrap(c) for c in categories]
    label_w = _label_width(wrapped) + 0.2
    row_h = _row_height(n_series, wrapped)
    top, bottom = _top_margin(_legend_rows(left, width), reference), 0.62
    height = top + bottom + row_h * max(n_rows, 1)
    fig.set_size_inches(width, height)
    outer = 0.72  # room for the value printed beyond a bar's end
    panel = (width - 2 * outer - label_w) / 2
    frac_h, frac_b = 1 - (top + bottom) / height, bottom / height
    ax_left = fig.add_axes([outer / width, frac_b, panel / width, frac_h])
    ax_right = fig.add_axes([(outer + panel + label_w) / width, frac_b, panel / width, frac_h])

    labels = _ValueLabels(fig, fmt, na)
    thick = 0.8 / n_series
    for ax, side, limit, axis_title in (
        (ax_left, left, limits[0], left_title),
        (ax_right, right, limits[1], right_title),
    ):
        values = [_floats(s.values, n_rows) for s in side]
        finite = [v for vals in values for v in vals if not math.isnan(v)]
        if ax is ax_right and reference is not None and not math.isnan(reference.value):
            finite.append(reference.value)
        high = _nice(limit if limit is not None else max([0.0, *finite]))
        _style_value_axis(ax, 0.0, high, fmt, horizontal=True)
        if ax is ax_left:
            ax.invert_xaxis()
            ax.spines["left"].set_visible(False)
            ax.spines["right"].set_visible(True)
        for k, (vals, colour) in enumerate(zip(values, _colours(side))):
            where = [r + (k - (n_series - 1) / 2) * thick for r in range(n_rows)]
            ax.barh(
                where, [0.0 if math.isnan(v) else v for v in vals], height=thick, color=colour, linewidth=0
            )
            for pos, v in zip(where, vals):
                labels.add(ax, v, pos, horizontal=True)
        ax.set_yticks([])
        ax.set_ylim(n_rows - 0.5, -0.5)
        if axis_title:
            ax.set_xlabel(axis_title, fontweight="bold")
    from matplotlib.transforms import blended_transform_factory

    centre = (outer + panel + label_w / 2) / width
    names = blended_transform_factory(fig.transFigure, ax_left.transData)  # x across the page, y per row
    for r, lines in enumerate(wrapped):
        fig.text(
            centre,
            r,
            "\n".join(lines),
            transform=names,
            ha="center",
            va="center",
            multialignment="center",
        )
    if reference is not None:
        _reference(ax_right, reference, fmt, horizontal=True)
    if len(left) > 1:
        _legend(fig, ax_left, left, _colours(left))
    key = (categories, [list(s.values) for s in left], [list(s.values) for s in right], left_title)
    return _svg(fig, canvas, title or right_title, key)


# --- pieces ------------------------------------------------------------------------------------------------


def _figure():
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH, 3), facecolor="white")
    return fig, FigureCanvasSVG(fig)


def _svg(fig, canvas, title: str, key: object) -> str:
    """The figure as an ``<svg>`` element: no XML prologue or metadata, a ``<title>``, ids unique to it."""
    import matplotlib

    # Ids of clip paths and markers are hashes salted with the chart's content, so that charts in one page
    # do not share ids and the same chart gives the same SVG twice.
    salt = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:12]
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": salt}):
        for text in fig.findobj(
            lambda a: hasattr(a, "get_gid") and (a.get_gid() or "").startswith("-value-")
        ):
            text.set_gid(f"c{salt}{text.get_gid()}")
        canvas.print_svg(buf, metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)
    head_end = svg.index(">") + 1
    safe_title = escape(title, quote=True)
    head = svg[: head_end - 1] + f' role="img" aria-label="{safe_title}">'
    return head + f"\n <title>{safe_title}</title>" + svg[head_end:]


class _ValueLabels:
    """Prints each bar's value beyond its end, in a group with id ``...-value-<n>``."""

    def __init__(self, fig, fmt: Formatter, na: str) -> None:
        self.fig, self.fmt, self.na, self.count = fig, fmt, na, 0

    def add(self, ax, value: float, pos: float, horizontal: bool) -> None:
        missing = math.isnan(value)
        sign = -1.0 if (not missing and value < 0) else 1.0
        if ax.xaxis_inverted() if horizontal else ax.yaxis_inverted():
            sign = -sign  # growing leftwards (downwards): the label goes beyond the end on that side
        xy = (0.0 if missing else value, pos) if horizontal else (pos, 0.0 if missing else value)
        offset = (4 * sign, 0) if horizontal else (0, 3 * sign)
        if horizontal:
            align = {"ha": "left" if sign > 0 else "right", "va": "center"}
        else:
            align = {"ha": "center", "va": "bottom" if sign > 0 else "top"}
        text = ax.annotate(
            self.na if missing else self.fmt(value),
            xy,
            xytext=offset,
            textcoords="offset points",
            fontsize=FONT_SIZE - 1,
            color="#777777" if missing else "#222222",
            fontstyle="italic" if missing else "normal",
            annotation_clip=False,
            # A white ground keeps the number legible over grid and reference lines.
            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            **align,
        )
        text.set_gid(f"-value-{self.count}")
        self.count += 1


def _style_value_axis(
    ax, low: float, high: float, fmt: Formatter, horizontal: bool, integer: bool = False
) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis = ax.xaxis if horizontal else ax.yaxis
    (ax.set_xlim if horizontal else ax.set_ylim)(low, high)
    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], integer=integer))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt(0.0 if abs(v) < 1e-12 * high else v)))
    ax.grid(True, axis="x" if horizontal else "y", color="#e4e4e4", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_facecolor("white")


def _reference(ax, ref: Reference, fmt: Formatter, horizontal: bool) -> None:
    """The dashed line, its name and value above the plot, the words either side of it."""
    if math.isnan(ref.value):
        return
    lo, hi = sorted(ax.get_xlim() if horizontal else ax.get_ylim())
    if horizontal:
        ax.axvline(ref.value, color=REFERENCE_COLOUR, linewidth=1.6, linestyle=(0, (4, 3)), clip_on=False)
        span = hi - lo
        at = min(max(ref.value, lo + 0.22 * span), hi - 0.1 * span)
        name = f"{ref.label} {fmt(ref.value)}".strip()
        ax.annotate(
            name,
            (at, 1),
            xycoords=("data", "axes fraction"),
            xytext=(0, 16),
            textcoords="offset points",
            ha="center",
            va="bottom",
            color=REFERENCE_COLOUR,
        )
        for word, sign, arrow in ((ref.below, -1, "\u25c2 {}"), (ref.above, 1, "{} \u25b8")):
            if word:
                ax.annotate(
                    arrow.format(word),
                    (ref.value, 1),
                    xycoords=("data", "axes fraction"),
                    xytext=(4 * sign, 3),
                    textcoords="offset points",
                    ha="right" if sign < 0 else "left",
                    va="bottom",
                    fontsize=FONT_SIZE - 1,
                    fontstyle="italic",
                    color="#555555",
                )
    else:
        ax.axhline(ref.value, color=REFERENCE_COLOUR, linewidth=1.6, linestyle=(0, (4, 3)))
        name = f"{ref.label} {fmt(ref.value)}".strip()
        ax.annotate(
            name,
            (1, ref.value),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            color=REFERENCE_COLOUR,
        )


#: Legend entries: inches per character of a name, and for the patch and spacing around it.
_LEGEND_CHAR_IN, _LEGEND_ENTRY_IN, _LEGEND_ROW_IN = 0.075, 0.45, 0.22


def _legend_columns(series: Sequence[Series], width: float) -> int:
    """How many legend entries fit side by side in ``width`` inches (at least one): long legends wrap."""
    if len(series) < 2:
        return 1
    entry = max(len(s.name) for s in series) * _LEGEND_CHAR_IN + _LEGEND_ENTRY_IN
    return max(1, min(len(series), int((width - 1.0) // entry)))


def _legend_rows(series: Sequence[Series], width: float) -> int:
    """Rows of the legend (0 without a legend: a single series needs none)."""
    if len(series) < 2:
        return 0
    return math.ceil(len(series) / _legend_columns(series, width))


def _legend(fig, ax, series: Sequence[Series], colours: Sequence[str], top: float = 1.0) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=c, label=s.name) for s, c in zip(series, colours)]
    left = ax.get_position().x0
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(left, top),
        ncol=_legend_columns(series, fig.get_size_inches()[0]),
        frameon=False,
        handlelength=1.0,
        handleheight=1.0,
        borderaxespad=0.3,
        columnspacing=1.2,
    )


#: Height of a heading line (inches) and the characters of one (bold, a point above the labels).
_HEADING_LINE_IN, _HEADING_CHAR_IN = 0.24, 0.085


def _heading_lines(heading: str, width: float) -> list[tuple[str, bool]]:
    """The heading's lines wrapped to the chart's width, each with whether it is bold (the first line's)."""
    chars = max(int((width - 0.3) / _HEADING_CHAR_IN), 20)
    lines = [line for line in heading.splitlines() if line.strip()]
    return [(part, n == 0) for n, line in enumerate(lines) for part in textwrap.wrap(line, chars)]


def _heading(fig, lines: Sequence[tuple[str, bool]]) -> None:
    """The heading at the top left of the figure."""
    width, height = fig.get_size_inches()
    for n, (line, bold) in enumerate(lines):
        fig.text(
            0.15 / width,
            1.0 - (0.1 + _HEADING_LINE_IN * n) / height,
            line,
            ha="left",
            va="top",
            fontsize=FONT_SIZE + 1.5 if bold else FONT_SIZE,
            fontweight="bold" if bold else "normal",
            color="#222222",
        )


def _colours(series: Sequence[Series]) -> list[str]:
    if len(series) == 1 and series[0].colour is None:
        return [GREY]
    return [s.colour or PALETTE[k % len(PALETTE)] for k, s in enumerate(series)]


def _floats(values: Sequence[float], n: int) -> list[float]:
    out = [math.nan if v is None else float(v) for v in values]
    if len(out) != n:
        raise ValueError(f"a series has {len(out)} values for {n} categories")
    return out


def _wrap(text: object) -> list[str]:
    """At most two lines of :data:`LABEL_CHARS` characters (an ellipsis if still longer)."""
    lines = textwrap.wrap(str(text), LABEL_CHARS, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder="\u2026")]
    return lines


def _label_width(wrapped: Sequence[Sequence[str]]) -> float:
    """Inches for the category names: about 0.075 in per character at 9.5 pt, between 1.1 and 2.6 in."""
    longest = max((len(line) for lines in wrapped for line in lines), default=0)
    return min(max(longest * 0.075 + 0.2, 1.1), 2.6)


def _row_height(n_series: int, wrapped: Sequence[Sequence[str]]) -> float:
    height = 0.2 * n_series + 0.14
    if any(len(lines) > 1 for lines in wrapped):
        height = max(height, 0.42)
    return height


def _top_margin(legend_rows: int, reference: Reference | None) -> float:
    extra = _LEGEND_ROW_IN * max(legend_rows - 1, 0)
    if reference is not None and not math.isnan(reference.value):
        return 0.62 + extra
    return (0.38 if legend_rows else 0.12) + extra


def _nice(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above ``value`` (1 for zero or less)."""
    if not value > 0 or math.isinf(value):
        return 1.0
    exp = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * exp * (1 + 1e-12):
            return step * exp
    return 10.0 * exp
