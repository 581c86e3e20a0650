"""Mix indices of analysis units: MXI, normalised Shannon mix, dissimilarity and Getis-Ord Gi*.

- MXI (van den Hoek 2008): residential floor area as a percentage of all floor area of known use.
- Normalised Shannon mix: the entropy of the floor-area shares of residential, productive and other use, divided
  by ln 3, so 0 is a single use and 1 an even split of the three.
- Dissimilarity (Cervero & Kockelman 1997): the share of a unit's neighbours whose dominant use differs from its
  own.
- Gi* (Ord & Getis 1995): the z-score of the sum of a value over a unit and its neighbours against the whole
  study area; binary weights including the unit itself (row-standardised weights give the same z).
"""

from __future__ import annotations

import math

import numpy as np

#: The floor-area categories of the mix, in the order of the columns of a floor array.
FLOOR_CATEGORIES = ("residential", "productive", "other")


def mxi(floors: np.ndarray) -> np.ndarray:
    """Residential floor as a percentage of the floor of known use, per row of ``floors`` (residential,
    productive, other); NaN where a unit has no floor of known use."""
    total = floors.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 100.0 * floors[:, 0] / total, np.nan)


def shannon_mix(floors: np.ndarray) -> np.ndarray:
    """Normalised Shannon entropy of the floor-area shares per row (0: one use, 1: equal shares); NaN where a
    unit has no floor of known use."""
    total = floors.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = floors / total
        terms = np.where(shares > 0, -shares * np.log(shares), 0.0)
    entropy = terms.sum(axis=1) / math.log(floors.shape[1])
    return np.where(total[:, 0] > 0, entropy, np.nan)


def dominant_use(floors: np.ndarray) -> np.ndarray:
    """The column of the largest floor area per row (ties go to the first column), -1 without floor."""
    out = np.argmax(floors, axis=1)
    return np.where(floors.sum(axis=1) > 0, out, -1)


def dissimilarity(dominant: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The share of each unit's neighbours (with a dominant use) whose dominant use differs from the unit's.

    ``left``/``right`` hold every neighbour pair in both directions. NaN for units without a dominant use or
    without neighbours that have one.
    """
    n = len(dominant)
    ok = (dominant[left] >= 0) & (dominant[right] >= 0)
    left, right = left[ok], right[ok]
    counted = np.bincount(left, minlength=n).astype(float)
    differing = np.bincount(left, weights=(dominant[left] != dominant[right]).astype(float), minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = differing / counted
    return np.where((dominant >= 0) & (counted > 0), out, np.nan)


def getis_ord_gi_star(
    values: np.ndarray, left: np.ndarray, right: np.ndarray, sample: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Gi* z-scores and their one-tailed normal p-values (``1 - Phi(|z|)``, as PySAL's esda reports).

    Parameters
    ----------
    values
        The variable per unit.
    left, right
        Neighbour pairs in both directions (without self pairs: the unit itself is added).
    sample
        The units that take part (e.g. those with floor of known use); others get NaN and are nobody's
        neighbour.

    Returns
    -------
    (z, p)
        NaN where the variance is zero or a unit neighbours the whole sample.
    """
    n_all = len(values)
    z = np.full(n_all, np.nan)
    p = np.full(n_all, np.nan)
    index = np.nonzero(sample)[0]
    n = len(index)
    if n < 3:
        return z, p
    x = values[index].astype(float)
    mean = x.mean()
    std = math.sqrt(max((x * x).mean() - mean * mean, 0.0))
    if std <= 1e-12 * max(1.0, abs(mean)):
        return z, p
    position = np.full(n_all, -1, dtype=np.int64)
    position[index] = np.arange(n)
    ok = sample[left] & sample[right]
    li, ri = position[left[ok]], position[right[ok]]
    # Sums over the unit itself and its neighbours, with binary weights.
    weights = 1.0 + np.bincount(li, minlength=n)
    sums = x + np.bincount(li, weights=x[ri], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = std * np.sqrt((n * weights - weights * weights) / (n - 1))
        zs = np.where(scale > 0, (sums - mean * weights) / scale, np.nan)
    from scipy.special import ndtr

    z[index] = zs
    p[index] = ndtr(-np.abs(zs))
    return z, p
