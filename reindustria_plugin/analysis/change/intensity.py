"""Intensity analysis of land change by interval, category and transition.

Implements Aldwaik, S. Z., & Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size and
stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, 106(1),
103-114. https://doi.org/10.1016/j.landurbplan.2012.02.010

Notation of the paper: time points Y_1 < ... < Y_T, interval t = [Y_t, Y_t+1] of duration d_t; C_tij is the
amount (cells, hectares...) of category i at Y_t that is category j at Y_t+1; J categories. Every crosstab
must cover the same study area A = sum_i sum_j C_tij. The formulas give fractions per year; the tables hold
them x 100, in percent per year, as the paper reports them.

Interval level (eqs. 1-2), how fast the whole map changes::

    S_t = [sum_j (sum_i C_tij - C_tjj)] / A / d_t                       observed intensity of interval t
    U   = [sum_t sum_j (sum_i C_tij - C_tjj)] / A / (Y_T - Y_1)         uniform intensity over all intervals

Category level (eqs. 3-4), compared with the uniform line S_t::

    G_tj = [(sum_i C_tij) - C_tjj] / d_t / sum_i C_tij                  gain of j, relative to j at the END
    L_ti = [(sum_j C_tij) - C_tii] / d_t / sum_j C_tij                  loss of i, relative to i at the START

Transition level, gain of category n (eqs. 5-6) and loss of category m (eqs. 7-8)::

    R_tin = C_tin / d_t / sum_j C_tij                   transition i -> n, relative to i at the START
    W_tn  = [(sum_i C_tin) - C_tnn] / d_t / (A - sum_j C_tnj)       gain of n over the area not n at the START
    Q_tmj = C_tmj / d_t / sum_i C_tij                   transition m -> j, relative to j at the END
    V_tm  = [(sum_j C_tmj) - C_tmm] / d_t / (A - sum_i C_tim)       loss of m over the area not m at the END

Behaviours: an interval is "Fast" if S_t > U, else "Slow"; a gain (loss) is "Active" if G_tj > S_t
(L_ti > S_t), else "Dormant"; a transition is "Targeted" if R_tin > W_tn (Q_tmj > V_tm), else "Avoided".
The paper defines only the strict cases. Here a value equal to its uniform intensity (within a relative
:data:`TIE_TOLERANCE`, which absorbs rounding) is not above it, so it is "Slow", "Dormant" or "Avoided".
(The R package intensity.analysis labels such ties "Uniform".) With a single interval (two dates) S_1 = U by
definition: the interval behaviour is then None, not "Slow", and :data:`SINGLE_INTERVAL` says why.

Undefined values are NaN with an empty behaviour rather than a division error: the gain intensity of a
category absent at the end of the interval, the loss intensity of a category absent at its start, the
transition intensities out of (gain side) or into (loss side) an absent category, and the whole gain (loss)
perspective of a category that gains (loses) nothing in the interval: its uniform intensity W (V) is NaN, as
there is no gain (loss) to be targeted or avoided.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError

#: Why the interval behaviour is empty with two dates (for the log and the report).
SINGLE_INTERVAL = QT_TRANSLATE_NOOP(
    "analysis",
    "With two dates there is a single time interval, whose intensity is the uniform intensity by definition: "
    "whether change is fast or slow compares intervals and needs three or more dates. The interval behaviour "
    "is left empty; the category and transition levels are complete.",
)

#: Relative difference under which an intensity counts as equal to its uniform intensity.
TIE_TOLERANCE = 1e-9
#: Relative tolerance on totals and on the category sizes shared by consecutive crosstabs.
TOTAL_TOLERANCE = 1e-6

INTERVAL_COLUMNS = [
    "year_from",
    "year_to",
    "change_area",
    "change_pct_per_year",
    "uniform_pct_per_year",
    "behaviour",
]
CATEGORY_COLUMNS = [
    "year_from",
    "year_to",
    "category",
    "gross_gain",
    "gross_loss",
    "gain_pct_per_year",
    "loss_pct_per_year",
    "uniform_pct_per_year",
    "gain_behaviour",
    "loss_behaviour",
]
TRANSITION_COLUMNS = [
    "year_from",
    "year_to",
    "perspective",
    "from_category",
    "to_category",
    "transition",
    "intensity_pct_per_year",
    "uniform_pct_per_year",
    "behaviour",
]


def intensity_analysis(
    crosstabs: Sequence[np.ndarray],
    years: Sequence[float],
    labels: Sequence[str],
) -> dict[str, pd.DataFrame]:
    """Intensity analysis (Aldwaik & Pontius 2012) of a series of crosstabs at the three levels.

    Parameters
    ----------
    crosstabs
        One square (J, J) matrix per interval, ``len(years) - 1`` of them: rows = category at the start of
        the interval, columns = category at its end, in the order of ``labels``. Counts or areas in any unit;
        every crosstab must cover the same total (the same study area), and the column sums of one crosstab
        must equal the row sums of the next (the same map at the shared time point).
    years
        The time points, strictly increasing (decimal years are allowed).
    labels
        Category names, unique, one per row/column.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``"interval"``: one row per interval, columns :data:`INTERVAL_COLUMNS` (``change_area`` in the
        crosstab unit, ``change_pct_per_year`` = S_t, ``uniform_pct_per_year`` = U, ``behaviour`` Fast/Slow,
        or None when there is a single interval: see :data:`SINGLE_INTERVAL`).

        ``"category"``: one row per interval and category, columns :data:`CATEGORY_COLUMNS` (gross gain and
        loss over the interval in the crosstab unit, G_tj, L_ti, the uniform S_t, Active/Dormant).

        ``"transition"``: one row per interval, perspective and ordered pair of distinct categories, columns
        :data:`TRANSITION_COLUMNS`. Perspective ``"gain"``: the gain of ``to_category`` n, intensity R_tin,
        uniform W_tn. Perspective ``"loss"``: the loss of ``from_category`` m, intensity Q_tmj, uniform V_tm.
        ``transition`` is the amount C_tij over the whole interval in the crosstab unit.

        Intensities are in percent per year; undefined ones are NaN with an empty behaviour (module notes).

    Raises
    ------
    ValueError
        (:class:`~.errors.InputError`) when the inputs do not fit together; the message says what to change.
    """
    tables, year_values, names = _validate(crosstabs, years, labels)
    y = np.asarray(year_values, dtype=float)
    # Change summed off the diagonal, not total minus persistence: no change is exactly 0, not rounding noise.
    off_diagonal = ~np.eye(len(names), dtype=bool)
    changes = [float(c[off_diagonal].sum()) for c in tables]
    uniform_interval = 100.0 * sum(changes) / float(tables[0].sum()) / (y[-1] - y[0])
    # Ordered pairs (a, b), a != b, grouped by a: the gaining (gain side) or losing (loss side) category.
    first, second = np.nonzero(off_diagonal)
    names_arr = np.array(names, dtype=object)

    intervals, categories, transitions = [], [], []
    for t, c in enumerate(tables):
        d = float(y[t + 1] - y[t])
        years_t = {"year_from": year_values[t], "year_to": year_values[t + 1]}
        area = float(c.sum())  # equal to the first total within TOTAL_TOLERANCE; exact within the interval
        start, end = c.sum(axis=1), c.sum(axis=0)
        off = np.where(off_diagonal, c, 0.0)
        gain, loss = off.sum(axis=0), off.sum(axis=1)
        s_t = 100.0 * changes[t] / area / d
        intervals.append(
            {
                **years_t,
                "change_area": changes[t],
                "change_pct_per_year": s_t,
                "uniform_pct_per_year": uniform_interval,
                # One interval: S_1 = U by definition, so neither fast nor slow (SINGLE_INTERVAL).
                "behaviour": _label(s_t, uniform_interval, "Fast", "Slow") if len(tables) > 1 else None,
            }
        )

        g = _ratio(100.0 * gain / d, end)
        el = _ratio(100.0 * loss / d, start)
        categories.append(
            pd.DataFrame(
                {
                    **years_t,
                    "category": names,
                    "gross_gain": gain,
                    "gross_loss": loss,
                    "gain_pct_per_year": g,
                    "loss_pct_per_year": el,
                    "uniform_pct_per_year": s_t,
                    "gain_behaviour": [_label(v, s_t, "Active", "Dormant") for v in g],
                    "loss_behaviour": [_label(v, s_t, "Active", "Dormant") for v in el],
                }
            )
        )

        # Gain of n from i: R relative to i at the start; W over the area that is not n at the start.
        r = _ratio(100.0 * c / d, start[:, None])
        w = np.where(gain > 0, _ratio(100.0 * gain / d, area - start), np.nan)
        n, i = first, second
        transitions.append(
            _transition_table(years_t, "gain", names_arr[i], names_arr[n], c[i, n], r[i, n], w[n])
        )
        # Loss of m to j: Q relative to j at the end; V over the area that is not m at the end.
        q = _ratio(100.0 * c / d, end[None, :])
        v = np.where(loss > 0, _ratio(100.0 * loss / d, area - end), np.nan)
        m, j = first, second
        transitions.append(
            _transition_table(years_t, "loss", names_arr[m], names_arr[j], c[m, j], q[m, j], v[m])
        )

    return {
        "interval": pd.DataFrame(intervals, columns=INTERVAL_COLUMNS),
        "category": pd.concat(categories, ignore_index=True)[CATEGORY_COLUMNS],
        "transition": pd.concat(transitions, ignore_index=True)[TRANSITION_COLUMNS],
    }


def _transition_table(
    years_t: dict[str, float],
    perspective: str,
    source: np.ndarray,
    target: np.ndarray,
    amount: np.ndarray,
    intensity: np.ndarray,
    uniform: np.ndarray,
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            **years_t,
            "perspective": perspective,
            "from_category": source.astype(str),
            "to_category": target.astype(str),
            "transition": amount,
            "intensity_pct_per_year": intensity,
            "uniform_pct_per_year": uniform,
            "behaviour": [_label(a, b, "Targeted", "Avoided") for a, b in zip(intensity, uniform)],
        }
    )


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``num / den`` with NaN where ``den`` is 0 (an absent category has no intensity)."""
    num, den = np.broadcast_arrays(np.asarray(num, dtype=float), np.asarray(den, dtype=float))
    out = np.full(num.shape, np.nan)
    np.divide(num, den, out=out, where=den > 0)
    return out


def _label(value: float, uniform: float, above: str, not_above: str) -> str:
    """Behaviour of ``value`` against ``uniform``; a tie (see :data:`TIE_TOLERANCE`) is not above."""
    if np.isnan(value) or np.isnan(uniform):
        return ""
    tie = abs(value - uniform) <= TIE_TOLERANCE * max(abs(value), abs(uniform))
    return above if value > uniform and not tie else not_above


def check_years(years: Sequence[float]) -> list[int] | list[float]:
    """The time points as numbers (ints when whole), checked: two or more, finite, strictly increasing.

    Callers that read maps check the years with this first, so that years out of order stop the run before
    any map is read.
    """
    try:
        y = np.asarray(list(years), dtype=float)
    except (TypeError, ValueError):
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The years must be numbers, e.g. 2005, 2010, 2012 (got {years})."),
            years=", ".join(map(str, years)),
        ) from None
    if y.ndim != 1 or len(y) < 2 or not np.isfinite(y).all():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Intensity analysis needs at least two time points given as finite years (got {years}).",
            ),
            years=", ".join(f"{v:.12g}" for v in y.ravel()),
        )
    if (np.diff(y) <= 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The years must be strictly increasing, one per map in time order (got {years}): "
                "reorder the maps and their years.",
            ),
            years=", ".join(f"{v:.12g}" for v in y),
        )
    year_values = [int(v) for v in y] if all(float(v).is_integer() for v in y) else [float(v) for v in y]
    return year_values


def _validate(
    crosstabs: Sequence[np.ndarray],
    years: Sequence[float],
    labels: Sequence[str],
) -> tuple[list[np.ndarray], list[float], list[str]]:
    """Check the inputs; return float crosstabs, the years (ints when whole) and the labels as str."""
    year_values = check_years(years)
    y = np.asarray(year_values, dtype=float)

    crosstabs = list(crosstabs)
    if len(crosstabs) != len(y) - 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{n_years} time points need {expected} crosstabs (one per interval), got {got}: "
                "give one crosstab per pair of consecutive maps.",
            ),
            n_years=len(y),
            expected=len(y) - 1,
            got=len(crosstabs),
        )
    names = [str(v) for v in labels]
    if len(set(names)) != len(names):
        dup = sorted({v for v in names if names.count(v) > 1})
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "Category labels must be unique; repeated: {labels}."),
            labels=", ".join(dup),
        )
    n = len(names)
    if n < 2:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "Intensity analysis needs at least two categories (got {n})."), n=n
        )

    tables = []
    for t, raw in enumerate(crosstabs):
        interval = f"{y[t]:.12g}-{y[t + 1]:.12g}"
        try:
            c = np.asarray(raw, dtype=float)
        except (TypeError, ValueError):
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "The crosstab of {interval} must hold numbers only."),
                interval=interval,
            ) from None
        if c.shape != (n, n):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The crosstab of {interval} has shape {shape}; with {n} category labels it must "
                    "be {n} x {n} (rows = start, columns = end, in the order of the labels).",
                ),
                interval=interval,
                shape=" x ".join(map(str, c.shape)),
                n=n,
            )
        if not np.isfinite(c).all():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The crosstab of {interval} contains empty (NaN) or infinite cells: use 0 for "
                    "transitions that do not occur.",
                ),
                interval=interval,
            )
        if (c < 0).any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The crosstab of {interval} contains negative amounts ({value:g}): counts and "
                    "areas cannot be negative.",
                ),
                interval=interval,
                value=float(c.min()),
            )
        if c.sum() <= 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The crosstab of {interval} is empty (total 0): check that the two maps overlap "
                    "and are not all nodata.",
                ),
                interval=interval,
            )
        tables.append(c)

    area = tables[0].sum()
    for t, c in enumerate(tables[1:], start=1):
        if not np.isclose(c.sum(), area, rtol=TOTAL_TOLERANCE, atol=0):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The crosstabs cover different totals ({first:g} for {a}, {other:g} for {b}): "
                    "intensity analysis needs the same study area in every interval, so mask the union of "
                    "the nodata cells of all maps.",
                ),
                first=float(area),
                a=f"{y[0]:.12g}-{y[1]:.12g}",
                other=float(c.sum()),
                b=f"{y[t]:.12g}-{y[t + 1]:.12g}",
            )
        if not np.allclose(tables[t - 1].sum(axis=0), c.sum(axis=1), rtol=0, atol=TOTAL_TOLERANCE * area):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The category sizes in {year} differ between the crosstab ending then (column "
                    "sums) and the one starting then (row sums): build both from the same {year} map.",
                ),
                year=f"{y[t]:.12g}",
            )
    return tables, year_values, names
