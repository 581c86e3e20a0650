"""Change accounting of a square cross-tabulation.

Gross gain and loss, net change, swap and persistence (Pontius, Shusas & McEachern 2004) and the quantity,
exchange and shift components of difference (Pontius & Santacruz 2014, "Quantity, exchange, and shift
components of difference in a square contingency table", International Journal of Remote Sensing 35(21)).

For category j with ``C[i, j]`` the amount going from i (before) to j (after):

- gain_j = sum over i != j of C[i, j]; loss_j = sum over i != j of C[j, i]; net_j = gain_j - loss_j
- quantity_j = |net_j|; exchange_j = 2 * sum over i != j of min(C[i, j], C[j, i])
- shift_j = gain_j + loss_j - quantity_j - exchange_j; swap_j = 2 * min(gain_j, loss_j) = exchange_j + shift_j

The totals over categories are halved, since each change is a gain for one category and a loss for another.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP

COLUMNS = [
    "category",
    "label",
    "before",
    "after",
    "persistence",
    "gross_gain",
    "gross_loss",
    "net_change",
    "swap",
    "quantity",
    "exchange",
    "shift",
    "net_contributors",
]


def change_accounting(
    crosstab: np.ndarray,
    keys: Sequence[str],
    labels: Sequence[str] | None = None,
    unit: str = "",
    digits: int = 4,
) -> pd.DataFrame:
    """Per-category accounting of a square cross-tab, plus a final ``total`` row.

    Parameters
    ----------
    crosstab
        (n, n) amounts, rows = category before, columns = category after.
    keys, labels
        Category identifiers and display labels (labels default to keys).
    unit
        Appended to the amounts in ``net_contributors`` (e.g. "ha").
    digits
        Rounding of the amounts in ``net_contributors``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`; ``net_contributors`` lists, largest first, the net exchange with each other
        category (gain from it minus loss to it) that makes up ``net_change``.
    """
    c = np.asarray(crosstab, dtype=float)
    if c.ndim != 2 or c.shape[0] != c.shape[1] or c.shape[0] != len(keys):
        raise ValueError("crosstab must be square with one row per key")
    labels = list(labels) if labels is not None else list(keys)
    diag = np.diag(c)
    gain = c.sum(axis=0) - diag
    loss = c.sum(axis=1) - diag
    net = gain - loss
    quantity = np.abs(net)
    pairwise_min = np.minimum(c, c.T)
    np.fill_diagonal(pairwise_min, 0.0)
    exchange = 2.0 * pairwise_min.sum(axis=0)
    # Never negative (exchange <= 2 min(gain, loss)); clip the float noise of area sums.
    shift = np.maximum(gain + loss - quantity - exchange, 0.0)
    swap = 2.0 * np.minimum(gain, loss)
    net_pair = c - c.T  # net_pair[i, j] > 0: j gained from i on balance
    suffix = f" {unit}" if unit else ""
    contributors = []
    for j in range(len(keys)):
        parts = [(net_pair[i, j], labels[i]) for i in range(len(keys)) if i != j and net_pair[i, j] != 0]
        parts.sort(key=lambda p: -abs(p[0]))
        contributors.append("; ".join(f"{lab}: {val:+.{digits}g}{suffix}" for val, lab in parts))
    table = pd.DataFrame(
        {
            "category": list(keys),
            "label": labels,
            "before": c.sum(axis=1),
            "after": c.sum(axis=0),
            "persistence": diag,
            "gross_gain": gain,
            "gross_loss": loss,
            "net_change": net,
            "swap": swap,
            "quantity": quantity,
            "exchange": exchange,
            "shift": shift,
            "net_contributors": contributors,
        }
    )
    total = {
        "category": "total",
        "label": QT_TRANSLATE_NOOP("analysis", "Total"),
        "before": c.sum(),
        "after": c.sum(),
        "persistence": diag.sum(),
        "gross_gain": gain.sum(),
        "gross_loss": loss.sum(),
        "net_change": 0.0,
        "swap": swap.sum() / 2.0,
        "quantity": quantity.sum() / 2.0,
        "exchange": exchange.sum() / 2.0,
        "shift": shift.sum() / 2.0,
        "net_contributors": "",
    }
    return pd.concat([table, pd.DataFrame([total])], ignore_index=True)[COLUMNS]
