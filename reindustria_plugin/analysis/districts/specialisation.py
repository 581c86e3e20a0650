"""Economic specialisation of areas and geographic concentration of sectors, from employment by area and sector.

Notation used throughout (and in the help): E_rs employees of sector s in area r, as listed in the employment
table; L_r = Σ_s E_rs the area's listed employment; E_r the area's total employment (the all-sector totals when
given, else L_r); E = Σ_r E_r the reference economy, i.e. all areas together; E_s = Σ_r E_rs.

- location quotient lq_rs = (E_rs / E_r) / (E_s / E);
- Krugman dissimilarity K_r = Σ_s |E_rs / E_r − E_s / E|, plus, when totals are given, the same difference for
  the employment outside the listed sectors (so that both share vectors sum to 1 and K stays within 0..2);
- Herfindahl HHI_r = Σ_s (E_rs / L_r)², normalised (HHI − 1/n) / (1 − 1/n) with n the sectors of the table;
- locational Gini of a sector: the Gini of its Lorenz curve against total employment, areas ordered by lq
  (equal to ½ Σ_r Σ_q x_r x_q |lq_r − lq_q| with x_r = E_r / E);
- Ellison and Glaeser (1997): G_s = Σ_r (E_rs / E_s − x_r)², H_s = Σ_j z_j² over the plants (firms) j of the
  sector with z_j their share of E_s, γ_s = (G_s / (1 − Σ_r x_r²) − H_s) / (1 − H_s).

Undefined values are NaN; the messages returned with the tables say why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from .ateco import AtecoTree, examples, normalise_code, recode

TABLES = ("quotients", "areas", "sectors")
QUOTIENT_COLUMNS = ["area", "sector", "employees", "share_area", "share_reference", "lq"]
AREA_COLUMNS = ["area", "employees", "krugman", "hhi", "hhi_normalised", "sectors", "main_sector", "main_lq"]
SECTOR_COLUMNS = ["sector", "employees", "gini_location", "eg_g", "eg_h", "eg_gamma"]


# Single indices ---------------------------------------------------------------------------------------------
def location_quotient(e_rs, e_r, e_s, e):
    """Location quotient: the sector's share of the area's employment over its share of the reference's.

    Parameters
    ----------
    e_rs : float or array
        Employees of the sector in the area.
    e_r : float or array
        Employees of the area (all sectors).
    e_s : float or array
        Employees of the sector in the reference economy.
    e : float or array
        Employees of the reference economy.

    Returns
    -------
    float or array
        1 where the area has the reference's share, above 1 where the sector is over-represented.
    """
    return (np.asarray(e_rs, dtype=float) / e_r) / (np.asarray(e_s, dtype=float) / e)


def krugman_index(employment: Sequence[float], reference: Sequence[float]) -> float:
    """Krugman dissimilarity of two sector structures: Σ |a_s − b_s| of their shares, 0 (same) to 2.

    Parameters
    ----------
    employment, reference : sequence of float
        Employees by sector of the area and of the reference, in the same sector order.

    Returns
    -------
    float
    """
    a = np.asarray(employment, dtype=float)
    b = np.asarray(reference, dtype=float)
    return float(np.abs(a / a.sum() - b / b.sum()).sum())


def herfindahl(employment: Sequence[float]) -> tuple[float, float]:
    """Herfindahl-Hirschman index Σ s² of the shares, and its normalised form (HHI − 1/n) / (1 − 1/n).

    Parameters
    ----------
    employment : sequence of float
        Employees by sector (zeros included: ``n`` is the length).

    Returns
    -------
    tuple of float
        HHI (1/n for an even spread, 1 for one sector) and the normalised index (0 to 1; NaN when n = 1).
    """
    x = np.asarray(employment, dtype=float)
    hhi = float(((x / x.sum()) ** 2).sum())
    n = len(x)
    return hhi, (hhi - 1 / n) / (1 - 1 / n) if n > 1 else math.nan


def locational_gini(sector: Sequence[float], total: Sequence[float]) -> float:
    """Locational Gini of one sector across areas (Krugman 1991): 0 when it is spread like total employment.

    Parameters
    ----------
    sector : sequence of float
        The sector's employees in each area.
    total : sequence of float
        Total employment of each area (same order).

    Returns
    -------
    float
        1 − Σ_r x_r (S_{r−1} + S_r), areas ordered by location quotient, x_r the area's share of total
        employment and S_r the cumulated share of the sector's employment.
    """
    matrix = np.asarray(sector, dtype=float).reshape(-1, 1)
    return float(_gini_columns(matrix, np.asarray(total, dtype=float))[0])


def ellison_glaeser(
    sector: Sequence[float], total: Sequence[float], plants: Sequence[float] | None = None
) -> tuple[float, float, float]:
    """Ellison-Glaeser (1997) raw concentration G, plant Herfindahl H and agglomeration index γ of a sector.

    Parameters
    ----------
    sector : sequence of float
        The sector's employees in each area.
    total : sequence of float
        Total employment of each area (same order).
    plants : sequence of float, optional
        Employees of each plant (firm) of the sector; without them H and γ are NaN.

    Returns
    -------
    tuple of float
        G = Σ_r (s_r − x_r)², H = Σ_j z_j², γ = (G / (1 − Σ x_r²) − H) / (1 − H).
    """
    s = np.asarray(sector, dtype=float)
    x = np.asarray(total, dtype=float)
    x = x / x.sum()
    g = float(((s / s.sum() - x) ** 2).sum())
    if plants is None:
        return g, math.nan, math.nan
    z = np.asarray(plants, dtype=float)
    h = float(((z / z.sum()) ** 2).sum())
    return g, h, _gamma(g, h, float((x**2).sum()))


def _gamma(g, h, sum_x2):
    """γ from G, H and Σ x²; NaN where undefined (one area, or one plant)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        gamma = (np.asarray(g) / (1 - sum_x2) - h) / (1 - np.asarray(h))
    bad = (1 - sum_x2 <= 1e-12) | (np.asarray(h) >= 1 - 1e-12)
    return float(np.where(bad, np.nan, gamma)) if np.ndim(gamma) == 0 else np.where(bad, np.nan, gamma)


def _gini_columns(matrix: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Locational Gini of every column of ``matrix`` (areas × sectors) against ``total`` per area."""
    keep = total > 0
    m, t = matrix[keep], total[keep]
    out = np.full(matrix.shape[1], np.nan)
    if m.shape[0] == 0:
        return out
    x = t / t.sum()
    col_sums = m.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = m / col_sums
        lq = s / x[:, None]
    order = np.argsort(lq, axis=0, kind="stable")
    s_sorted = np.take_along_axis(s, order, axis=0)
    x_sorted = x[order]
    cum = np.cumsum(s_sorted, axis=0)
    previous = np.vstack([np.zeros((1, m.shape[1])), cum[:-1]])
    gini = 1 - (x_sorted * (previous + cum)).sum(axis=0)
    ok = col_sums > 0
    out[ok] = np.clip(gini[ok], 0.0, None)  # rounding can give -1e-17 for an even spread
    return out


# Tables ------------------------------------------------------------------------------------------------------
@dataclass
class Specialisation:
    """The tables asked for (None otherwise), the totals they rest on, and the messages for the user.

    Attributes
    ----------
    quotients : DataFrame or None
        One row per area and sector listed: ``area, sector, employees, share_area, share_reference, lq``.
    areas : DataFrame or None
        One row per area: ``area, employees, krugman, hhi, hhi_normalised, sectors, main_sector, main_lq``.
    sectors : DataFrame or None
        One row per sector: ``sector, employees, gini_location, eg_g, eg_h, eg_gamma``.
    area_totals : Series
        E_r by area (the denominators of the area shares).
    sector_totals : Series
        E_s by sector.
    messages : list of Message
    """

    quotients: pd.DataFrame | None
    areas: pd.DataFrame | None
    sectors: pd.DataFrame | None
    area_totals: pd.Series
    sector_totals: pd.Series
    messages: list[Message] = field(default_factory=list)

    @property
    def reference_total(self) -> float:
        """E, the employment of the reference economy."""
        return float(self.area_totals.sum())


def keys(values: pd.Series) -> pd.Series:
    """Area or sector identifiers as trimmed text (13.0 read from a number column becomes '13'); None if empty.

    Parameters
    ----------
    values : pandas.Series

    Returns
    -------
    pandas.Series of object
    """
    return values.map(_key).astype(object)


def _key(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return None
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    text = str(value).strip()
    return text or None


def _rows(mask: pd.Series, area: pd.Series, sector: pd.Series) -> str:
    """Examples of rows for a message: 'area / sector' of the first few rows of ``mask``."""
    chosen = mask[mask].index[:5]
    shown = [f"{area.get(i) or '?'} / {sector.get(i) or '?'}" for i in chosen]
    return ", ".join(shown) + (", …" if int(mask.sum()) > 5 else "")


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def specialisation_tables(
    frame: pd.DataFrame,
    *,
    area: str = "area",
    sector: str = "sector",
    employees: str = "employees",
    firm: str | None = None,
    totals: pd.DataFrame | None = None,
    totals_area: str = "area",
    totals_value: str = "total",
    level: str | None = None,
    tree: AtecoTree | None = None,
    tables: Collection[str] = TABLES,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Specialisation:
    """Location quotients, area indices and sector concentration indices of an employment table.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per area and sector, or per firm / local unit (several rows of one area and sector add up).
    area, sector, employees : str
        Its columns of area identifiers, sector codes and employees (numbers; text that is not a number,
        empty and NULL values are left out and counted; negative values are an error).
    firm : str, optional
        Column of firm (or local unit) identifiers: rows are firms, which gives the plant Herfindahl H and γ.
    totals : pandas.DataFrame, optional
        All-sector employment per area (columns ``totals_area`` and ``totals_value``), for tables that list
        only some sectors; every area of ``frame`` needs a total at least as large as its listed employment.
        Areas with a total and no row in ``frame`` count in the reference with no listed employment.
    level : str, optional
        None to take sector codes as given, else the ATECO 2007 level to aggregate them to ("section",
        "division", "group", "class"); needs ``tree``.
    tree : AtecoTree, optional
        The ATECO tree (:func:`ateco.read_ateco`).
    tables : collection of str
        Which of "quotients", "areas", "sectors" to compute; the others are None.
    progress, is_canceled : callable, optional
        Progress in 0..1 and a cancellation check.

    Returns
    -------
    Specialisation

    Raises
    ------
    InputError
        Missing columns, negative employees, no usable row, totals missing, duplicated or smaller than the
        listed employment.
    """
    progress = progress or (lambda _f: None)
    is_canceled = is_canceled or (lambda: False)
    for column in [area, sector, employees] + ([firm] if firm else []):
        if column not in frame.columns:
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "The column '{column}' is not in the employment table."),
                column=column,
            )
    if level is not None and tree is None:
        raise ValueError("an ATECO tree is needed to aggregate sector codes")
    messages: list[Message] = []
    frame = frame.reset_index(drop=True)
    area_key = keys(frame[area])
    raw_sector = keys(frame[sector])
    count = pd.to_numeric(frame[employees], errors="coerce").astype(float)

    negative = count < 0
    if negative.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{count} rows have a negative number of employees (area / sector: {rows}). Employees cannot be "
                "negative: correct these rows.",
            ),
            count=int(negative.sum()),
            rows=_rows(negative, area_key, raw_sector),
        )
    no_count = count.isna()
    if no_count.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} rows have no number of employees (empty, NULL or not a number; area / sector: "
                    "{rows}): left out.",
                ),
                count=int(no_count.sum()),
                rows=_rows(no_count, area_key, raw_sector),
            )
        )
    no_area = area_key.isna() & ~no_count
    if no_area.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP("analysis", "{count} rows ({employees} employees) have no area: left out."),
                count=int(no_area.sum()),
                employees=_number(count[no_area].sum()),
            )
        )
    usable = ~no_count & ~no_area
    if level is None:
        sector_key = raw_sector
    else:
        recoded = recode(frame[sector].where(frame[sector].map(_key).notna(), None), level, tree)
        sector_key = recoded.codes
        for mask, template in (
            (
                recoded.unparsed & usable,
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} rows ({employees} employees) have sector codes that are not ATECO 2007 codes "
                    "(e.g. {examples}): left out. Write codes as ISTAT does (13, 13.2, 13.20, C) and store "
                    "them as text, so that leading zeros (01, 02, 03) are kept.",
                ),
            ),
            (
                recoded.coarser & usable,
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} rows ({employees} employees) have ATECO codes coarser than the level asked for "
                    "(e.g. {examples}): they cannot be split, and are left out. Choose a coarser sector level; if "
                    "the codes were stored as numbers (13.20 read as 13.2), store them as text.",
                ),
            ),
        ):
            if mask.any():
                messages.append(
                    Message(
                        template,
                        count=int(mask.sum()),
                        employees=_number(count[mask].sum()),
                        examples=examples(frame.loc[mask, sector]),
                    )
                )
    no_sector = raw_sector.isna() & usable
    if no_sector.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} rows ({employees} employees) have no sector: left out."
                ),
                count=int(no_sector.sum()),
                employees=_number(count[no_sector].sum()),
            )
        )
    usable &= sector_key.notna()
    if not usable.any():
        # Say why every row was left out (e.g. all codes coarser than the level asked for).
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "No row of the employment table has an area, a sector and a number of employees: check the "
                "fields chosen and the sector level. {reasons}",
            ),
            reasons=list(messages),
        )
    data = pd.DataFrame({"area": area_key[usable], "sector": sector_key[usable], "employees": count[usable]})
    if firm is not None:
        data["firm"] = keys(frame.loc[usable, firm])
    integral = bool((data["employees"] % 1 == 0).all())
    listed = data.groupby(["area", "sector"], sort=True)["employees"].sum()
    progress(0.2)
    if is_canceled():
        raise Canceled()

    area_listed = listed.groupby(level="area").sum()
    if totals is not None:
        area_total, total_messages = _area_totals(totals, totals_area, totals_value, area_listed)
        messages.extend(total_messages)
    else:
        area_total = area_listed
    area_names = list(area_total.index)
    sector_names = sorted(listed.index.get_level_values("sector").unique())
    matrix = (
        listed.unstack("sector", fill_value=0.0)
        .reindex(index=area_names, columns=sector_names, fill_value=0.0)
        .to_numpy(dtype=float)
    )
    e_r = area_total.to_numpy(dtype=float)
    e_s = matrix.sum(axis=0)
    e = e_r.sum()
    if e <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The employment table counts no employees (every row is 0).")
        )
    if len(area_names) == 1:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Only one area ({area}): it is its own reference, so every location quotient is 1 and the "
                    "geographic concentration of sectors is undefined. Add the other areas of the territory.",
                ),
                area=area_names[0],
            )
        )
    empty_areas = [a for a, t in zip(area_names, e_r) if t <= 0]
    if empty_areas:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} areas have no employees ({examples}): their quotients are empty."
                ),
                count=len(empty_areas),
                examples=examples(empty_areas),
            )
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        share_area = matrix / e_r[:, None]
        share_reference = e_s / e
        lq = share_area / share_reference
    sector_total = pd.Series(e_s, index=pd.Index(sector_names, name="sector"))
    result = Specialisation(None, None, None, area_total.astype(float), sector_total, messages)

    def typed(values):
        return np.round(values).astype(np.int64) if integral else values

    if "quotients" in tables:
        a_idx = pd.Index(area_names).get_indexer(listed.index.get_level_values("area"))
        s_idx = pd.Index(sector_names).get_indexer(listed.index.get_level_values("sector"))
        result.quotients = pd.DataFrame(
            {
                "area": listed.index.get_level_values("area").astype(object),
                "sector": listed.index.get_level_values("sector").astype(object),
                "employees": typed(listed.to_numpy(dtype=float)),
                "share_area": share_area[a_idx, s_idx],
                "share_reference": share_reference[s_idx],
                "lq": lq[a_idx, s_idx],
            }
        )
    progress(0.4)
    if "areas" in tables:
        result.areas = _area_indices(
            area_names, sector_names, matrix, e_r, e, share_area, share_reference, lq
        )
        result.areas["employees"] = typed(result.areas["employees"].to_numpy())
    progress(0.6)
    if is_canceled():
        raise Canceled()
    if "sectors" in tables:
        result.sectors = _sector_indices(sector_names, matrix, e_r, data if firm else None, messages)
        result.sectors["employees"] = typed(result.sectors["employees"].to_numpy())
    progress(1.0)
    return result


def _area_totals(
    totals: pd.DataFrame, area: str, value: str, listed: pd.Series
) -> tuple[pd.Series, list[Message]]:
    """E_r from the totals table, checked against the listed employment L_r."""
    for column in (area, value):
        if column not in totals.columns:
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "The column '{column}' is not in the area totals table."),
                column=column,
            )
    key = keys(totals[area])
    number = pd.to_numeric(totals[value], errors="coerce").astype(float)
    valid = key.notna() & number.notna()
    if (number < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The area totals table has negative totals (areas: {examples}): correct them."
            ),
            examples=examples(key[number < 0].fillna("?")),
        )
    duplicated = key[valid].duplicated(keep=False)
    if duplicated.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{count} areas appear more than once in the area totals table (e.g. {examples}): give one "
                "total per area.",
            ),
            count=int(key[valid][duplicated].nunique()),
            examples=examples(key[valid][duplicated]),
        )
    total = pd.Series(number[valid].to_numpy(), index=pd.Index(key[valid].to_numpy(), name="area"))
    missing = [a for a in listed.index if a not in total.index]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{count} of the {areas} areas of the employment table have no total in the area totals table "
                "(e.g. {examples}). Add their totals, or check that both tables spell areas alike (codes with "
                "the same leading zeros, names with the same accents).",
            ),
            count=len(missing),
            areas=len(listed),
            examples=examples(missing),
        )
    short = listed[listed > total.reindex(listed.index) * (1 + 1e-9) + 1e-9]
    if len(short):
        shown = ", ".join(f"{a}: {_number(total[a])} < {_number(v)}" for a, v in list(short.items())[:5]) + (
            ", …" if len(short) > 5 else ""
        )
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{count} areas have a total smaller than the employment listed for them ({examples}). The "
                "totals must count all sectors: check that both tables refer to the same year and units.",
            ),
            count=len(short),
            examples=shown,
        )
    messages = []
    extra = [a for a in total.index if a not in listed.index]
    if extra:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} areas of the area totals table have no row in the employment table (e.g. "
                    "{examples}): they count in the reference economy with no employees in the listed sectors.",
                ),
                count=len(extra),
                examples=examples(extra),
            )
        )
    ignored = int((~valid).sum())
    if ignored:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} rows of the area totals table have no area or no total: left out."
                ),
                count=ignored,
            )
        )
    return total.loc[sorted(total.index)], messages


def _area_indices(area_names, sector_names, matrix, e_r, e, share_area, share_reference, lq) -> pd.DataFrame:
    listed = matrix.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        # The employment outside the listed sectors (none without totals) is one more term of Krugman's sum.
        outside_area = 1 - listed / e_r
        outside_reference = 1 - matrix.sum() / e
        krugman = np.abs(share_area - share_reference).sum(axis=1) + np.abs(outside_area - outside_reference)
        shares = matrix / listed[:, None]
        hhi = (shares**2).sum(axis=1)
    n = len(sector_names)
    hhi_normalised = (hhi - 1 / n) / (1 - 1 / n) if n > 1 else np.full(len(area_names), np.nan)
    krugman[e_r <= 0] = np.nan
    present = matrix > 0
    # The main sector: the largest employer among the sectors the area is specialised in (lq ≥ 1).
    score = np.where(present & (lq >= 1 - 1e-12), matrix, -1.0)
    tie = np.where(present, np.nan_to_num(lq, nan=0.0), -1.0)
    main_sector, main_lq = [], []
    for i in range(len(area_names)):
        if not present[i].any():
            main_sector.append(None)
            main_lq.append(np.nan)
            continue
        row = score[i] if (score[i] >= 0).any() else np.where(present[i], matrix[i], -1.0)
        best = np.flatnonzero(row == row.max())
        j = best[np.argmax(tie[i, best])]
        main_sector.append(sector_names[j])
        main_lq.append(lq[i, j])
    return pd.DataFrame(
        {
            "area": pd.Series(area_names, dtype=object),
            "employees": listed,
            "krugman": krugman,
            "hhi": hhi,
            "hhi_normalised": hhi_normalised,
            "sectors": present.sum(axis=1).astype(np.int64),
            "main_sector": pd.Series(main_sector, dtype=object),
            "main_lq": np.asarray(main_lq, dtype=float),
        }
    )


def _sector_indices(sector_names, matrix, e_r, firms: pd.DataFrame | None, messages) -> pd.DataFrame:
    e_s = matrix.sum(axis=0)
    x = e_r / e_r.sum()
    sum_x2 = float((x**2).sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        g = ((matrix / e_s - x[:, None]) ** 2).sum(axis=0)
    g[e_s <= 0] = np.nan
    h = np.full(len(sector_names), np.nan)
    if firms is not None:
        plants = firms.copy()
        no_id = plants["firm"].isna()
        if no_id.any():
            # Unique keys that no identifier has (a NUL would cut pandas string keys short).
            plants.loc[no_id, "firm"] = [f"\u0001row{i}" for i in plants.index[no_id]]
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "{count} rows have no firm identifier: each counts as a firm of its own in the plant "
                        "Herfindahl H.",
                    ),
                    count=int(no_id.sum()),
                )
            )
        # A firm with several rows in one sector (local units, areas) is one plant of that sector.
        per_firm = plants.groupby(["sector", "firm"])["employees"].sum()
        by_sector = per_firm.groupby(level="sector")
        sums = by_sector.sum()
        z2 = (per_firm / sums.reindex(per_firm.index.get_level_values("sector")).to_numpy()) ** 2
        h_series = z2.groupby(level="sector").sum().reindex(sector_names)
        h = h_series.to_numpy(dtype=float)
        h[e_s <= 0] = np.nan
    else:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Rows are not firms (no firm field): the plant Herfindahl H and the Ellison-Glaeser γ need "
                    "one row per firm or local unit, and are left empty.",
                )
            )
        )
    gamma = _gamma(g, h, sum_x2)
    return pd.DataFrame(
        {
            "sector": pd.Series(sector_names, dtype=object),
            "employees": e_s,
            "gini_location": _gini_columns(matrix, e_r),
            "eg_g": g,
            "eg_h": h,
            "eg_gamma": gamma,
        }
    )


# Mapping one sector ------------------------------------------------------------------------------------------
def resolve_sector(
    value: object, result: Specialisation, level: str | None = None, tree: AtecoTree | None = None
) -> str:
    """The sector of ``result`` a user named (with ATECO levels, a code in any usual form, aggregated).

    Parameters
    ----------
    value : object
        What the user typed (``"13"``, ``"C13"``, ``"13.20"``…).
    result : Specialisation
    level : str, optional
        The ATECO level of ``result``'s sectors, None when sectors were taken as given.
    tree : AtecoTree, optional
        Needed with ``level``.

    Returns
    -------
    str

    Raises
    ------
    InputError
        When no sector of the table matches.
    """
    sectors = list(result.sector_totals.index)
    key = _key(value)
    candidates = [key]
    if level is not None and tree is not None and key is not None:
        code = normalise_code(key)
        if code in tree.level:
            candidates.insert(0, tree.ancestor(code, level))  # 13.20 typed for divisions is division 13
    for candidate in candidates:
        if candidate is not None and candidate in sectors:
            return candidate
    raise InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "The sector to map '{sector}' is not in the employment table (at the sector level chosen). "
            "Sectors present: {sectors}.",
        ),
        sector=str(value),
        sectors=examples(sectors, limit=20),
    )


def map_sector(result: Specialisation, sector: str, area_ids: Sequence[object]) -> tuple[pd.DataFrame, list]:
    """One sector's employees and location quotient for each of ``area_ids`` (e.g. polygons' ids).

    Parameters
    ----------
    result : Specialisation
        Computed with the "quotients" table.
    sector : str
        A sector of ``result`` (see :func:`resolve_sector`).
    area_ids : sequence
        Identifiers in the order of the polygons; they are matched as :func:`keys` writes them.

    Returns
    -------
    tuple of (DataFrame, list of Message)
        Columns ``employees`` and ``lq`` in the order of ``area_ids``: 0 employees and lq 0 for an area of
        the table without the sector, NaN for an id that is not an area of the table.
    """
    ids = keys(pd.Series(list(area_ids), dtype=object))
    q = result.quotients
    rows = q[q["sector"] == sector].set_index("area")
    totals = result.area_totals
    e_s = float(result.sector_totals[sector])
    known = ids.isin(totals.index)
    employees = rows["employees"].reindex(ids).astype(float).to_numpy()
    employees = np.where(known & np.isnan(employees), 0.0, employees)
    with np.errstate(divide="ignore", invalid="ignore"):
        lq = (employees / totals.reindex(ids).to_numpy(dtype=float)) / (e_s / result.reference_total)
    messages = []
    unknown = ids[~known]
    if len(unknown):
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} of the {polygons} area polygons have an identifier that is not an area of the "
                    "employment table (e.g. {examples}): their quotient is empty. Check that both spell areas "
                    "alike.",
                ),
                count=len(unknown),
                polygons=len(ids),
                examples=examples(unknown.fillna("NULL")),
            )
        )
    unmapped = [a for a in totals.index if a not in set(ids.dropna())]
    if unmapped:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} areas of the employment table have no polygon in the areas layer (e.g. "
                    "{examples}): they are not on the map, but they count in the reference.",
                ),
                count=len(unmapped),
                examples=examples(unmapped),
            )
        )
    return pd.DataFrame({"employees": employees, "lq": lq}), messages
