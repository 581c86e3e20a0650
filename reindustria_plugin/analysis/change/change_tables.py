"""The tables both land-use change routes (rasters and polygons) share: rings, transitions, summary, accounting."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError, Message
from ..typology import (
    CHANGE_TYPES,
    CLASS_KEYS,
    PRODUCTION_CLASSES,
    UNMAPPED_CLASS,
    Nomenclature,
)
from .accounting import change_accounting

#: When more than this share of one date's land use (cells or area with a code at both dates) has codes the
#: nomenclature does not list, the nomenclature is the wrong one and the run stops: the result would be
#: mostly "unmapped".
#: Zones named at most in a warning.
MAX_ZONES_NAMED = 20


def ring_labels(rings: Sequence[float]) -> list[tuple[str, float, float]]:
    out = [("industrial areas", 0.0, 0.0)]
    lower = 0.0
    for edge in rings:
        out.append((f"{lower:g}-{edge:g}", lower, float(edge)))
        lower = float(edge)
    if rings:
        out.append((f"beyond {lower:g}", lower, math.inf))
    else:
        out = [("all", 0.0, math.inf)]
    return out


def check_rings(rings: Sequence[float]) -> list[float]:
    rings = [float(r) for r in rings]
    if any(r <= 0 for r in rings) or any(b <= a for a, b in zip(rings, rings[1:])):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "Ring distances must be positive and increasing, e.g. 250,500,1000 (got {rings})."
            ),
            rings=",".join(f"{r:g}" for r in rings),
        )
    return rings


def code_info(nomenclature: Nomenclature, code: int) -> tuple[str, str]:
    """(production class, label) of a code; unknown codes are 'unmapped'."""
    pos = nomenclature.index(code)
    if pos is None:
        return UNMAPPED_CLASS, f"{code} (unmapped)"
    return nomenclature.classes[pos], nomenclature.labels[pos]


def transitions_table(ct, codes_b, codes_a, nomenclature, pair_type, cell_area_ha) -> pd.DataFrame:
    rows = []
    for i, j in zip(*np.nonzero(ct)):
        cb, lb = code_info(nomenclature, int(codes_b[i]))
        ca, la = code_info(nomenclature, int(codes_a[j]))
        ctype = CHANGE_TYPES[int(pair_type[i, j])]
        rows.append(
            {
                "from_code": int(codes_b[i]),
                "to_code": int(codes_a[j]),
                "from_label": lb,
                "to_label": la,
                "from_class": cb,
                "to_class": ca,
                "cells": int(ct[i, j]),
                "area_ha": float(round_ha(ct[i, j] * cell_area_ha)),
                "change_code": ctype.code,
                "change_type": ctype.key,
            }
        )
    columns = [
        "from_code",
        "to_code",
        "from_label",
        "to_label",
        "from_class",
        "to_class",
        "cells",
        "area_ha",
        "change_code",
        "change_type",
    ]
    return pd.DataFrame(rows, columns=columns).sort_values(["from_code", "to_code"], ignore_index=True)


def transition_matrix(transitions: pd.DataFrame) -> pd.DataFrame:
    """The wide from x to table of a transitions table: one row per BEFORE code (``from_code``, ``from_label``),
    one column per AFTER code (``to_<code>_ha``), hectares, and the row total ``total_ha``."""
    if transitions.empty:
        return pd.DataFrame(columns=["from_code", "from_label", "total_ha"])
    wide = transitions.pivot_table(
        index="from_code", columns="to_code", values="area_ha", aggfunc="sum", fill_value=0.0
    ).sort_index()
    wide = wide[sorted(wide.columns)]
    labels = transitions.drop_duplicates("from_code").set_index("from_code")["from_label"]
    table = pd.DataFrame(
        {"from_code": wide.index.astype(np.int64), "from_label": labels.reindex(wide.index).values}
    )
    for code in wide.columns:
        table[f"to_{int(code)}_ha"] = round_ha(wide[code].values)
    table["total_ha"] = round_ha(wide.sum(axis=1).values)
    return table.reset_index(drop=True)


def summary_rings(ring_info: Sequence[tuple[str, float, float]]):
    """(ring index or None for the row "all", label, from, to) of the summary's ring rows."""
    rows = [(r, label, lo, hi) for r, (label, lo, hi) in enumerate(ring_info)]
    if len(ring_info) > 1:
        rows.append((None, "all", 0.0, math.inf))
    return rows


def summary_row(zone, ring, lo, hi, change_type, count_column: str, count: int, area_ha, total_ha) -> dict:
    """One row of the summary table; ``count_column`` is "cells" (rasters) or "features" (polygons)."""
    return {
        "zone": zone,
        "ring": ring,
        "ring_from": lo,
        "ring_to": hi if math.isfinite(hi) else None,
        "change_code": change_type.code,
        "change_type": change_type.key,
        count_column: count,
        "area_ha": area_ha,
        "share_pct": 100.0 * area_ha / total_ha,
    }


def summary_columns(count_column: str) -> list[str]:
    return [
        "zone",
        "ring",
        "ring_from",
        "ring_to",
        "change_code",
        "change_type",
        count_column,
        "area_ha",
        "share_pct",
    ]


def summary_frame(counts, zone_names, has_zones, ring_info, cell_area_ha, extra=None) -> pd.DataFrame:
    """Per zone (and all zones), per ring (and all rings): cells, area and share of each change type.

    ``extra`` ({column: (values, adds_rows)}, optional) adds hectare columns from more cell counts shaped like
    ``counts`` (fractions allowed); with ``adds_rows``, a change type with such cells gets its row even when it
    has no cells of its own.
    """
    extra = extra or {}

    def grouped(values):
        if not has_zones:
            return [values[0]]
        return [values[z] for z in range(1, len(zone_names) + 1)] + [values.sum(axis=0)]

    names = [*zone_names, "all"] if has_zones else ["all"]
    groups = zip(names, grouped(counts), *(grouped(values) for values, _ in extra.values()))
    rows = []
    for zone, per_ring, *extra_per_ring in groups:
        for r, label, lo, hi in summary_rings(ring_info):

            def of_ring(values, r=r):
                return values.sum(axis=0) if r is None else values[r]

            per_type = of_ring(per_ring)
            extra_types = [of_ring(values) for values in extra_per_ring]
            total = per_type.sum()
            for t in CHANGE_TYPES:
                cells = int(per_type[t.code])
                more = [values[t.code] for values in extra_types]
                if cells or any(v and adds for v, (_, adds) in zip(more, extra.values())):
                    row = summary_row(
                        zone, label, lo, hi, t, "cells", cells, cells * cell_area_ha, total * cell_area_ha
                    )
                    for name, v in zip(extra, more):
                        row[name] = float(round_ha(v * cell_area_ha))
                    rows.append(row)
    return pd.DataFrame(rows, columns=summary_columns("cells") + list(extra))


def industrial_change_codes(typology: np.ndarray) -> tuple[set[int], bool]:
    """The change types the typology gives to land industrial at the BEFORE date, and whether they come from
    industrial land only (then their area in a zone is the zone's industrial stock)."""
    row = CLASS_KEYS.index("industrial")
    from_industrial = {int(t) for t in np.asarray(typology)[row]}
    others = {int(t) for k, cls_row in enumerate(np.asarray(typology)) if k != row for t in cls_row}
    return from_industrial, not (from_industrial & others)


def add_zone_columns(summary: pd.DataFrame, typology: np.ndarray) -> pd.DataFrame:
    """Add ``zone_area_ha`` and ``share_of_zone_industrial_pct`` to a summary table.

    ``zone_area_ha`` is the area of the zone's land use analysed (a code at both dates, every ring): its row
    "all" summed over change types. ``share_of_zone_industrial_pct``, on the rows of change types that start
    from industrial land (industrial persistence, de-industrialisation…), is their area as a percentage of the
    zone's industrial stock: the land industrial at the BEFORE date in the zone, all rings. It is empty on
    other rows, and everywhere when a custom typology gives those change types to other land too (the stock
    then cannot be told from the change types).
    """
    summary = summary.copy()
    whole = summary[summary["ring"] == "all"]
    zone_area = whole.groupby("zone")["area_ha"].sum()
    summary["zone_area_ha"] = round_ha(summary["zone"].map(zone_area).astype(float).values)
    codes, only_industrial = industrial_change_codes(typology)
    is_industrial = summary["change_code"].isin(codes)
    stock = whole[whole["change_code"].isin(codes)].groupby("zone")["area_ha"].sum()
    denominator = summary["zone"].map(stock).astype(float)
    share = 100.0 * summary["area_ha"] / denominator.where(denominator > 0)
    if not only_industrial:
        share[:] = np.nan
    summary["share_of_zone_industrial_pct"] = share.where(is_industrial)
    # Rounded last, so that the shares come from the exact areas.
    summary["area_ha"] = round_ha(summary["area_ha"].values)
    return summary


def class_crosstab(ct, codes_b, codes_a, nomenclature) -> tuple[np.ndarray, list[str]]:
    """Aggregate a code cross-tab to production classes (plus 'unmapped' when present)."""
    keys = list(CLASS_KEYS) + [UNMAPPED_CLASS]

    def cls(codes):
        out = []
        for c in codes:
            name, _ = code_info(nomenclature, int(c))
            out.append(keys.index(name) if name in keys else -1)
        return np.array(out, dtype=int)

    cb, ca = cls(codes_b), cls(codes_a)
    agg = np.zeros((len(keys), len(keys)))
    for i, j in zip(*np.nonzero(ct)):
        if cb[i] >= 0 and ca[j] >= 0:
            agg[cb[i], ca[j]] += ct[i, j]
    if not agg[-1].any() and not agg[:, -1].any():
        return agg[:-1, :-1], keys[:-1]
    return agg, keys


#: Accounting amounts in hectares get the unit in their name (``before`` -> ``before_ha``).
AREA_COLUMNS = (
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
)
#: Areas are rounded to this many decimals of a hectare (0.1 mm²): sums of float areas that should be 0
#: (3.6e-14 ha) are written as 0.
HA_DECIMALS = 9


def round_ha(values):
    """Hectares without float noise: rounded to :data:`HA_DECIMALS` decimals, and no negative zero."""
    return np.round(np.asarray(values, dtype=float), HA_DECIMALS) + 0.0


def accounting_ha(agg_ha: np.ndarray, keys: Sequence[str]) -> pd.DataFrame:
    """The change accounting of a class cross-tab in hectares: amount columns named ``<amount>_ha``."""
    labels = {k: lab for k, lab, _ in PRODUCTION_CLASSES}
    unmapped = QT_TRANSLATE_NOOP("analysis", "Unmapped")
    table = change_accounting(agg_ha, keys, [labels.get(k, unmapped) for k in keys], unit="ha")
    for column in AREA_COLUMNS:
        table[column] = round_ha(table[column])
    return table.rename(columns={column: f"{column}_ha" for column in AREA_COLUMNS})


def class_accounting(ct, codes_b, codes_a, nomenclature, cell_area_ha) -> pd.DataFrame:
    agg, keys = class_crosstab(ct, codes_b, codes_a, nomenclature)
    return accounting_ha(agg * cell_area_ha, keys)


def check_zones(zone_names: Sequence[str], has_data: Sequence[bool]) -> Message | None:
    """A warning naming the zones without land use (with a code at both dates); an error when no zone has any.

    ``has_data`` tells, per zone, whether any of its land use was counted. Zones sharing a name count as one.
    """
    names: dict[str, bool] = {}
    for zone, data in zip(zone_names, has_data):
        names[zone] = names.get(zone, False) or bool(data)
    empty = [zone for zone, data in names.items() if not data]
    if not empty:
        return None
    if len(empty) == len(names):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "No zone overlaps the land-use data ({total} given), so the summary would have no zone rows. "
                "Check that the zones layer covers the area of the land-use data, or leave the zones empty.",
            ),
            total=len(names),
        )
    shown = ", ".join(empty[:MAX_ZONES_NAMED]) + (", …" if len(empty) > MAX_ZONES_NAMED else "")
    return Message(
        QT_TRANSLATE_NOOP(
            "analysis",
            "Zones that do not overlap the land-use data ({count} of {total}) have no rows in the summary: "
            "{names}",
        ),
        count=len(empty),
        total=len(names),
        names=shown,
    )
