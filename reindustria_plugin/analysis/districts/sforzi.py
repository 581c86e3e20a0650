"""Industrial districts of local labour systems by the Sforzi-ISTAT method.

The method (ISTAT, "I distretti industriali 2011", 2015; ISTAT, "Distretti industriali e sistemi locali del lavoro
2001", 2006; described step by step in English by Boix, "Industrial districts, innovation and I-district effect",
UAB working paper 08.07, 2008, annex 1) takes a local labour system (SLL) through four steps:

1. manufacturing specialisation: the location quotient of manufacturing employment is above 1 and manufacturing's
   prevalence (employees above the number the national share would give) exceeds that of business services and of
   consumer services;
2. small and medium units: among the location quotients of manufacturing employment by size of local unit
   (small < 50, medium 50-249, large >= 250 employees), the highest is the small or the medium one;
3. main industry: among the manufacturing industries with a location quotient above 1, the one with the largest
   prevalence (or, as an option, the most employees);
4. small and medium units in the main industry: step 2 within the main industry, except when the main industry has a
   single medium unit with more employees than all its small units together.

A system that passes all four is an industrial district. Every comparison is made on cross-products of the counts,
so a quotient exactly at its threshold is decided exactly (1 is not above 1) whatever the floating-point rounding.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message

SIZES = ("small", "medium", "large")
#: Upper bounds (exclusive) of the small and medium classes, in employees of the local unit (EU SME definition,
#: Commission Recommendation 2003/361/EC, which ISTAT follows).
SMALL_BELOW = 50
MEDIUM_BELOW = 250

MANUFACTURING = "manufacturing"
BUSINESS = "business_services"
CONSUMER = "consumer_services"
AGRICULTURE = "agriculture"
SECTORS = (MANUFACTURING, BUSINESS, CONSUMER, AGRICULTURE, "other")

MAIN_BY_PREVALENCE = "prevalence"
MAIN_BY_EMPLOYEES = "employees"

#: Industry labels of the shipped grouping, marked for translation (custom groupings keep their own labels).
INDUSTRY_LABELS = {
    "food": QT_TRANSLATE_NOOP("analysis", "Food and beverages"),
    "textiles": QT_TRANSLATE_NOOP("analysis", "Textiles and clothing"),
    "leather": QT_TRANSLATE_NOOP("analysis", "Leather and footwear"),
    "household": QT_TRANSLATE_NOOP("analysis", "Household goods (wood, furniture, ceramics, glass, stone)"),
    "paper": QT_TRANSLATE_NOOP("analysis", "Paper, printing and publishing"),
    "chemicals": QT_TRANSLATE_NOOP("analysis", "Chemicals, petroleum, rubber and plastics"),
    "metals": QT_TRANSLATE_NOOP("analysis", "Basic metals and metal products"),
    "mechanical": QT_TRANSLATE_NOOP("analysis", "Machinery, electrical, electronic and optical equipment"),
    "transport": QT_TRANSLATE_NOOP("analysis", "Transport equipment"),
    "jewellery": QT_TRANSLATE_NOOP("analysis", "Jewellery, musical instruments, toys and other goods"),
}
DISTRICT = QT_TRANSLATE_NOOP("analysis", "industrial district")
NOT_DISTRICT = QT_TRANSLATE_NOOP("analysis", "not a district")

#: Words for the size classes (English and Italian), besides numeric ranges such as "10-49" or "250 e più".
_SIZE_WORDS = {
    "micro": "small",
    "small": "small",
    "piccola": "small",
    "piccole": "small",
    "medium": "medium",
    "media": "medium",
    "medie": "medium",
    "large": "large",
    "grande": "large",
    "grandi": "large",
}


@dataclass
class Industries:
    """The grouping of ATECO 2007 divisions: ``sector`` of every division, ``industry`` of manufacturing ones."""

    sector: dict[int, str]
    industry: dict[int, str]
    labels: dict[str, str]
    order: list[str]


@dataclass
class DistrictResult:
    """One row per labour system (``table``), the reason of each row's class, and warnings for the log."""

    table: pd.DataFrame
    reasons: list[Message]
    messages: list[Message] = field(default_factory=list)


def read_industries(path: str | Path) -> Industries:
    """Read a grouping table with columns ``division, sector, industry, label``.

    Parameters
    ----------
    path
        CSV file; ``sector`` is one of manufacturing, business_services, consumer_services, agriculture, other;
        ``industry`` (a short code) and ``label`` are needed for manufacturing divisions only.

    Returns
    -------
    Industries
        Divisions mapped to sectors and industries, industries in the order they first appear.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as err:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "Cannot read the industry grouping table {path}: {error}"),
            path=str(path),
            error=err.strerror or str(err),
        ) from err
    missing = [c for c in ("division", "sector", "industry", "label") if rows and c not in rows[0]]
    if not rows or missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The industry grouping table {path} needs the columns division, sector, industry, label "
                "(missing: {missing}).",
            ),
            path=str(path),
            missing=", ".join(missing) or "all rows",
        )
    sector: dict[int, str] = {}
    industry: dict[int, str] = {}
    labels: dict[str, str] = {}
    order: list[str] = []
    for row in rows:
        division = parse_division(row["division"])
        kind = (row["sector"] or "").strip().lower()
        if kind not in SECTORS:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Division {division} of the industry grouping table has the sector '{sector}': use one of "
                    "{sectors}.",
                ),
                division=f"{division:02d}",
                sector=kind,
                sectors=", ".join(SECTORS),
            )
        sector[division] = kind
        if kind == MANUFACTURING:
            code = (row["industry"] or "").strip()
            if not code:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Manufacturing division {division} of the industry grouping table has no industry.",
                    ),
                    division=f"{division:02d}",
                )
            industry[division] = code
            if code not in labels:
                labels[code] = (row["label"] or "").strip() or code
                order.append(code)
    return Industries(sector, industry, labels, order)


def parse_division(value: object) -> int:
    """The ATECO 2007 division (1-99) of a code: ``13``, ``"13"``, ``"05"``, ``"13.20"``, ``"1320"``, ``"C13"``.

    Raises
    ------
    InputError
        When the code has no division.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and (math.isnan(value) or not value.is_integer()):
            raise _bad_division(value)
        number = int(value)
    else:
        text = "" if value is None else str(value).strip()
        match = re.fullmatch(r"[A-Za-z]?\s*(\d{1,2})(?:\.?\d*)*", text)
        if not match:
            raise _bad_division(value)
        number = int(match.group(1))
    if not 1 <= number <= 99:
        raise _bad_division(value)
    return number


def _bad_division(value: object) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "'{code}' is not an ATECO 2007 division: give two digits (e.g. 13 or 05; codes such as 13.20 are "
            "read as their division).",
        ),
        code=value,
    )


def parse_size_class(value: object) -> str | None:
    """The size class (small, medium, large) of a label of employees per local unit, or None when empty.

    Accepts the words small/medium/large (piccola/media/grande, micro counts as small), one number (``"0"``,
    ``"1"``), a range (``"10-49"``, ``"50 - 99"``) and an open class (``"250 e più"``, ``"250+"``,
    ``"250 and over"``, ``">=1000"``).

    Raises
    ------
    InputError
        When the label cannot be read or its range crosses 50 or 250 employees.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    if text in _SIZE_WORDS:
        return _SIZE_WORDS[text]
    text = text.replace("addetti", "").replace("employees", "").strip()
    low = high = None
    if match := re.fullmatch(r"(\d+)(?:\.0+)?", text):
        low = high = int(match.group(1))
    elif match := re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", text):
        low, high = int(match.group(1)), int(match.group(2))
    elif (
        match := re.fullmatch(
            r"(?:>=|≥)?\s*(\d+)\s*(?:\+|e più|e piu|e oltre|and over|and more|or more|or over)?", text
        )
    ) and (text.startswith((">", "≥")) or not text[-1].isdigit()):
        low, high = int(match.group(1)), math.inf
    if low is None or high < low:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "'{size}' is not a size class: give the employees per local unit as a range (e.g. 10-49, "
                "50-249, 250 e più) or as small, medium or large.",
            ),
            size=value,
        )
    for size, below in (("small", SMALL_BELOW), ("medium", MEDIUM_BELOW), ("large", math.inf)):
        floor = {"small": 0, "medium": SMALL_BELOW, "large": MEDIUM_BELOW}[size]
        if floor <= low and (high < below or below == math.inf):
            return size
    raise InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "The size class '{size}' spans the 50 or the 250 employees limit, so its units are neither all small, "
            "all medium nor all large: use classes split at 50 and 250 employees (e.g. 10-49, 50-99, 200-249, "
            "250-499).",
        ),
        size=value,
    )


def identify_districts(
    table: pd.DataFrame,
    industries: Industries,
    national: Optional[pd.DataFrame] = None,
    main_by: str = MAIN_BY_PREVALENCE,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> DistrictResult:
    """Classify every labour system of ``table`` as industrial district or not.

    Parameters
    ----------
    table
        One row per labour system, ATECO division and size class: columns ``sll`` (code), ``division``,
        ``size`` (may be empty outside manufacturing), ``employees``, and optionally ``name`` and ``units``
        (local units, needed for the single-medium-unit rule of step 4).
    industries
        The grouping of divisions (:func:`read_industries`).
    national
        The same columns but ``sll``/``name``: the national totals. None: the sum of ``table`` (right only when
        the table covers the whole country).
    main_by
        ``"prevalence"`` (default) or ``"employees"``: what ranks the specialised industries in step 3.
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.

    Returns
    -------
    DistrictResult
        The table of systems (one row each, in the order of the input) with every quotient compared.
    """
    messages: list[Message] = []
    local = _prepare(table, industries, QT_TRANSLATE_NOOP("analysis", "table"), with_sll=True)
    if national is None:
        reference = local
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "No national totals given: the reference is the sum of the table's {count} labour systems. "
                    "That is right only when the table covers the whole country; otherwise give the national "
                    "totals.",
                ),
                count=local["sll"].nunique(),
            )
        )
    else:
        reference = _prepare(
            national, industries, QT_TRANSLATE_NOOP("analysis", "national totals"), with_sll=False
        )
    agriculture = local["sector"] == AGRICULTURE
    if agriculture.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} rows of agriculture, forestry and fishing (divisions 01-03) are left out: the method "
                    "works on non-agricultural employment, as the census of industry and services.",
                ),
                count=int(agriculture.sum()),
            )
        )
    local = local[~agriculture]
    reference = reference[reference["sector"] != AGRICULTURE]
    if not (local["sector"] != MANUFACTURING).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The table has manufacturing divisions only: the manufacturing location quotient compares "
                "manufacturing with all employment, so add the other divisions (construction, trade, services…) "
                "for every labour system.",
            )
        )
    if not (reference["sector"] == MANUFACTURING).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The national totals have no manufacturing employees (divisions 10-33): check the division "
                "column.",
            )
        )
    if "units" not in local.columns:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "No local-units column: the single-medium-unit rule of step 4 cannot be checked.",
                )
            )
        )

    nat = _Totals(reference, industries)
    rows = []
    reasons: list[Message] = []
    ties: list[str] = []
    groups = list(local.groupby("sll", sort=False))
    for i, (sll, part) in enumerate(groups):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        row, reason, tie = _classify(sll, part, nat, industries, main_by)
        rows.append(row)
        reasons.append(reason)
        if tie:
            ties.append(f"{sll} ({tie})")
        if progress is not None and i % 100 == 0:
            progress(i / max(len(groups), 1))
    if ties:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Tied main industries in {count} systems, decided by the higher location quotient, then by the "
                    "order of the grouping table: {systems}.",
                ),
                count=len(ties),
                systems="; ".join(ties[:10]),
            )
        )
    if progress is not None:
        progress(1.0)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in COLUMNS:
        if column in _TEXT:
            continue
        if column in _FLAGS:
            frame[column] = frame[column].astype(bool)
        elif column == "failed_step":
            frame[column] = frame[column].astype("int64")
        else:
            frame[column] = pd.to_numeric(frame[column]).astype(float)
    return DistrictResult(frame, reasons, messages)


_TEXT = {"sll", "name", "class", "main_industry", "main_label"}
_FLAGS = {"district", "step1", "step2", "step3", "step4"}


#: The output columns, in order (see the help for their meaning).
COLUMNS = [
    "sll",
    "name",
    "district",
    "class",
    "failed_step",
    "employees",
    "manufacturing",
    "lq_manufacturing",
    "prevalence_manufacturing",
    "prevalence_business",
    "prevalence_consumer",
    "step1",
    "lq_small",
    "lq_medium",
    "lq_large",
    "sme_share",
    "sme_share_national",
    "step2",
    "main_industry",
    "main_label",
    "main_employees",
    "main_lq",
    "main_prevalence",
    "step3",
    "main_lq_small",
    "main_lq_medium",
    "main_lq_large",
    "main_medium_units",
    "main_medium_employees",
    "main_small_employees",
    "step4",
]


#: The counts of the table as words in messages.
COUNT_NAMES = {
    "employees": QT_TRANSLATE_NOOP("analysis", "employees"),
    "units": QT_TRANSLATE_NOOP("analysis", "local units"),
}


def _prepare(frame: pd.DataFrame, industries: Industries, what: str, with_sll: bool) -> pd.DataFrame:
    """Check and type the columns; add ``sector``, ``industry`` and the parsed size class ``size``."""
    needed = (["sll"] if with_sll else []) + ["division", "size", "employees"]
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The {what} lack the columns {columns}."),
            what=what,
            columns=", ".join(missing),
        )
    out = frame.copy()
    if with_sll:
        empty = out["sll"].isna() | (out["sll"].astype(str).str.strip() == "")
        if empty.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "{count} rows of the {what} have no labour-system code (first: row {row})."
                ),
                count=int(empty.sum()),
                what=what,
                row=int(empty.to_numpy().nonzero()[0][0]) + 1,
            )
        out["sll"] = out["sll"].map(_code_text)
        if "name" not in out.columns:
            out["name"] = None
    for column in ("employees", "units"):
        if column not in out.columns:
            continue
        values = pd.to_numeric(out[column], errors="coerce")
        bad = values.isna() | (values < 0)
        if bad.any():
            first = int(bad.to_numpy().nonzero()[0][0])
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} rows of the {what} have a missing, non-numeric or negative number of {column} "
                    "(first: row {row}, '{value}'): give a count of 0 or more in every row.",
                ),
                count=int(bad.sum()),
                what=what,
                column=COUNT_NAMES[column],
                row=first + 1,
                value=frame[column].iloc[first],
            )
        out[column] = values.astype(float)
    divisions = []
    unknown: list[str] = []
    for value in out["division"]:
        division = parse_division(value)
        divisions.append(division)
        if division not in industries.sector and f"{division:02d}" not in unknown:
            unknown.append(f"{division:02d}")
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The divisions {divisions} of the {what} are not in the industry grouping table: add them to it, "
                "or correct the codes.",
            ),
            divisions=", ".join(unknown[:20]),
            what=what,
        )
    out["division"] = divisions
    out["sector"] = [industries.sector[d] for d in divisions]
    out["industry"] = [industries.industry.get(d) for d in divisions]
    sizes = [parse_size_class(v) for v in out["size"]]
    out["size"] = sizes
    no_size = (out["sector"] == MANUFACTURING) & out["size"].isna() & (out["employees"] > 0)
    if no_size.any():
        first = int(no_size.to_numpy().nonzero()[0][0])
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{count} manufacturing rows of the {what} have no size class (first: row {row}): manufacturing "
                "employees are needed by size of local unit (small < 50, medium 50-249, large 250+).",
            ),
            count=int(no_size.sum()),
            what=what,
            row=first + 1,
        )
    return out


def _code_text(value: object) -> str:
    """A labour-system code as text; codes read as numbers (3.0) lose the decimal part."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Totals:
    """National employment by sector, by manufacturing size class and by industry and size class."""

    def __init__(self, frame: pd.DataFrame, industries: Industries) -> None:
        self.total = float(frame["employees"].sum())
        self.sector = frame.groupby("sector")["employees"].sum().to_dict()
        manuf = frame[frame["sector"] == MANUFACTURING]
        self.size = manuf.groupby("size")["employees"].sum().to_dict()
        self.industry = manuf.groupby("industry")["employees"].sum().to_dict()
        self.industry_size = manuf.groupby(["industry", "size"])["employees"].sum().to_dict()


def _classify(sll: str, part: pd.DataFrame, nat: _Totals, industries: Industries, main_by: str):
    """One labour system's row of the output, its reason and the tied industries (or '')."""
    total = float(part["employees"].sum())
    sector = part.groupby("sector")["employees"].sum().to_dict()
    manuf = part[part["sector"] == MANUFACTURING]
    m = float(sector.get(MANUFACTURING, 0.0))
    names = part["name"].dropna()
    row: dict[str, object] = dict.fromkeys(COLUMNS)
    row.update(sll=sll, name=str(names.iloc[0]) if len(names) else None, employees=total, manufacturing=m)
    row["main_medium_units"] = None
    tie = ""

    # Step 1: manufacturing specialisation (location quotient above 1, prevalence above the services').
    m_nat = float(nat.sector.get(MANUFACTURING, 0.0))
    row["lq_manufacturing"] = _lq(m, total, m_nat, nat.total)
    prevalence = {
        s: _prevalence(sector.get(s, 0.0), total, nat.sector.get(s, 0.0), nat.total) for s in SECTORS
    }
    row["prevalence_manufacturing"] = prevalence[MANUFACTURING]
    row["prevalence_business"] = prevalence[BUSINESS]
    row["prevalence_consumer"] = prevalence[CONSUMER]
    # Exact forms: lq > 1 <=> m * N > M * n; prevalence_s * N = s * N - S * n.
    scaled = {
        s: sector.get(s, 0.0) * nat.total - float(nat.sector.get(s, 0.0)) * total
        for s in (MANUFACTURING, BUSINESS, CONSUMER)
    }
    lq_above = total > 0 and m * nat.total > m_nat * total
    leads = scaled[MANUFACTURING] > scaled[BUSINESS] and scaled[MANUFACTURING] > scaled[CONSUMER]
    row["step1"] = bool(lq_above and leads)

    # Step 2: small and medium units lead manufacturing.
    sizes = manuf.groupby("size")["employees"].sum().to_dict()
    row["lq_small"], row["lq_medium"], row["lq_large"] = (
        _lq(sizes.get(s, 0.0), m, nat.size.get(s, 0.0), m_nat) for s in SIZES
    )
    sme = sizes.get("small", 0.0) + sizes.get("medium", 0.0)
    row["sme_share"] = sme / m if m else None
    row["sme_share_national"] = (nat.size.get("small", 0.0) + nat.size.get("medium", 0.0)) / m_nat
    row["step2"] = bool(m > 0 and _sme_lead(sizes, nat.size))

    # Step 3: the main industry, among the industries with a location quotient above 1.
    employees = manuf.groupby("industry")["employees"].sum().to_dict()
    candidates = [
        code
        for code in industries.order
        if employees.get(code, 0.0) * nat.total > float(nat.industry.get(code, 0.0)) * total
        and nat.industry.get(code, 0.0) > 0
    ]
    main = None
    if candidates:

        def key(code):
            e, e_nat = employees.get(code, 0.0), float(nat.industry.get(code, 0.0))
            first = e if main_by == MAIN_BY_EMPLOYEES else e * nat.total - e_nat * total
            return first

        best = max(key(c) for c in candidates)
        tied = [c for c in candidates if key(c) == best]
        main = tied[0]
        for code in tied[1:]:
            # Higher location quotient: e_c / E_c > e_main / E_main, compared as cross-products.
            if employees[code] * nat.industry[main] > employees[main] * nat.industry[code]:
                main = code
        if len(tied) > 1:
            tie = ", ".join(industries.labels[c] for c in tied)
    row["step3"] = main is not None
    if main is not None:
        e_main, e_main_nat = employees[main], float(nat.industry[main])
        row.update(
            main_industry=main,
            main_label=industries.labels[main],
            main_employees=e_main,
            main_lq=_lq(e_main, total, e_main_nat, nat.total),
            main_prevalence=_prevalence(e_main, total, e_main_nat, nat.total),
        )
        # Step 4: small and medium units lead the main industry, unless one medium unit outweighs the small ones.
        rows = manuf[manuf["industry"] == main]
        by_size = rows.groupby("size")["employees"].sum().to_dict()
        nat_sizes = {s: nat.industry_size.get((main, s), 0.0) for s in SIZES}
        row["main_lq_small"], row["main_lq_medium"], row["main_lq_large"] = (
            _lq(by_size.get(s, 0.0), e_main, nat_sizes[s], e_main_nat) for s in SIZES
        )
        row["main_medium_employees"] = by_size.get("medium", 0.0)
        row["main_small_employees"] = by_size.get("small", 0.0)
        lead = _sme_lead(by_size, nat_sizes)
        single = False
        if "units" in rows.columns:
            medium_units = float(rows.loc[rows["size"] == "medium", "units"].sum())
            row["main_medium_units"] = medium_units
            single = medium_units == 1 and by_size.get("medium", 0.0) > by_size.get("small", 0.0)
        single = lead and single  # the exception matters only where small and medium units lead
        row["step4"] = bool(lead and not single)
    else:
        row["step4"] = False
        single = False

    steps = [row["step1"], row["step2"], row["step3"], row["step4"]]
    row["district"] = all(steps)
    row["failed_step"] = 0 if row["district"] else steps.index(False) + 1
    row["class"] = DISTRICT if row["district"] else NOT_DISTRICT
    return row, _reason(row, total, lq_above, single), tie


def _lq(local: float, local_total: float, ref: float, ref_total: float) -> float | None:
    """Location quotient (local / local_total) / (ref / ref_total); None when a denominator is zero."""
    if not local_total or not ref or not ref_total:
        return None
    return (local / local_total) / (ref / ref_total)


def _prevalence(local: float, local_total: float, ref: float, ref_total: float) -> float:
    """Employees above (below, if negative) what the reference share would give: local - local_total * share."""
    if not ref_total:
        return 0.0
    return float(local) - float(local_total) * float(ref) / float(ref_total)


def _sme_lead(local: dict, ref: dict) -> bool:
    """The highest size-class location quotient is the small or the medium one (a tie with large is not).

    The quotients share their denominators, so lq_a > lq_b <=> local_a * ref_b > local_b * ref_a; classes absent
    from the reference have no quotient and take no part.
    """
    defined = [s for s in SIZES if ref.get(s, 0.0) > 0]
    if "large" not in defined:
        return any(local.get(s, 0.0) > 0 for s in defined)
    large = "large"
    for s in ("small", "medium"):
        if s in defined and local.get(s, 0.0) * ref[large] > local.get(large, 0.0) * ref[s]:
            return True
    return False


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _reason(row: dict, total: float, lq_above: bool, single: bool) -> Message:
    """Why the system is or is not a district, with the quotients compared at the deciding step."""
    sizes = {"small": _num(row["lq_small"]), "medium": _num(row["lq_medium"]), "large": _num(row["lq_large"])}
    main_sizes = {
        "main_small": _num(row["main_lq_small"]),
        "main_medium": _num(row["main_lq_medium"]),
        "main_large": _num(row["main_lq_large"]),
    }
    failed = row["failed_step"]
    if failed == 1 and not total:
        return Message(QT_TRANSLATE_NOOP("analysis", "Step 1 not passed: the system has no employees."))
    if failed == 1 and not lq_above:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Step 1 not passed: the manufacturing location quotient {lq} is not above 1.",
            ),
            lq=_num(row["lq_manufacturing"]),
        )
    if failed == 1:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Step 1 not passed: manufacturing's location quotient is {lq}, but its prevalence ({m} employees) "
                "does not exceed that of business services ({b}) and of consumer services ({c}).",
            ),
            lq=_num(row["lq_manufacturing"]),
            m=f"{row['prevalence_manufacturing']:.1f}",
            b=f"{row['prevalence_business']:.1f}",
            c=f"{row['prevalence_consumer']:.1f}",
        )
    if failed == 2:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Step 2 not passed: large units lead manufacturing (location quotients by size: small {small}, "
                "medium {medium}, large {large}).",
            ),
            **sizes,
        )
    if failed == 3:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis", "Step 3 not passed: no manufacturing industry has a location quotient above 1."
            )
        )
    if failed == 4 and single:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Step 4 not passed: the main industry, {industry} (location quotient {lq}), has a single medium "
                "unit with {medium} employees, more than its small units together ({small}).",
            ),
            industry=row["main_label"],
            lq=_num(row["main_lq"]),
            medium=f"{row['main_medium_employees']:g}",
            small=f"{row['main_small_employees']:g}",
        )
    if failed == 4:
        return Message(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Step 4 not passed: large units lead the main industry, {industry} (location quotient {lq}; by "
                "size: small {main_small}, medium {main_medium}, large {main_large}).",
            ),
            industry=row["main_label"],
            lq=_num(row["main_lq"]),
            **main_sizes,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "analysis",
            "Industrial district: manufacturing location quotient {lq}; small and medium units lead manufacturing "
            "(small {small}, medium {medium}, large {large}); main industry {industry} (location quotient "
            "{main_lq}), led by small and medium units (small {main_small}, medium {main_medium}, large "
            "{main_large}).",
        ),
        lq=_num(row["lq_manufacturing"]),
        industry=row["main_label"],
        main_lq=_num(row["main_lq"]),
        **sizes,
        **main_sizes,
    )
