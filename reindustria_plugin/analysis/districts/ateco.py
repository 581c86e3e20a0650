"""ATECO 2007, the Italian classification of economic activities (NACE Rev. 2 with national detail).

Codes are read in the forms found in Italian statistics and business registers: ``13``, ``13.2``,
``13.20``, ``13.20.00``, the same without dots (``1320``, ``132000``), with the section letter in front
(``C13``, ``C 13.20``) or the section alone (``C``). A code counts only if it is in the ATECO 2007 tree
(``processing/presets/ateco_2007.csv``, from ISTAT); codes that are not, or that are coarser than the level
asked for, are reported, never guessed.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

#: Levels of the tree, coarse to fine; the first four are the aggregation levels offered.
LEVELS = ("section", "division", "group", "class", "category", "subcategory")
AGGREGATION_LEVELS = LEVELS[:4]

_SECTION = re.compile(r"^[A-U]$")
_LETTER_PREFIX = re.compile(r"^([A-U])[\s.\-]*(\d.*)$")
_DOTTED = re.compile(r"^(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?$")
_DIGITS = re.compile(r"^\d{1,6}$")


@dataclass(frozen=True)
class AtecoTree:
    """The ATECO 2007 tree: for each code its level, its parent and its Italian title."""

    level: dict[str, str]
    parent: dict[str, str]
    title: dict[str, str]

    def ancestor(self, code: str, level: str) -> str | None:
        """The code of ``code``'s ancestor (or itself) at ``level``; None if ``code`` is coarser.

        Parameters
        ----------
        code : str
            A code of the tree, in ISTAT's dotted form (``"13.20"``).
        level : str
            One of :data:`LEVELS`.

        Returns
        -------
        str or None
        """
        wanted = LEVELS.index(level)
        while code and LEVELS.index(self.level[code]) > wanted:
            code = self.parent.get(code, "")
        return code if code and self.level.get(code) == level else None


def read_ateco(path: str | Path) -> AtecoTree:
    """Read the ATECO tree from a CSV with columns ``code, level, title_it, parent``.

    Parameters
    ----------
    path : str or Path
        The CSV (the shipped preset is ``processing/presets/ateco_2007.csv``).

    Returns
    -------
    AtecoTree
    """
    level, parent, title = {}, {}, {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            level[code] = row["level"].strip()
            parent[code] = (row.get("parent") or "").strip()
            title[code] = (row.get("title_it") or "").strip()
    return AtecoTree(level, parent, title)


def normalise_code(value: object) -> str | None:
    """ISTAT's dotted form of an ATECO code written in one of the usual ways; None if it is not a code.

    The result is only the form: whether the code exists is for the tree to say.

    Parameters
    ----------
    value : object
        A string (``"13.20"``, ``"1320"``, ``"C13"``, ``"c"``) or a number (``13``, ``13.2``). Numbers lose
        leading zeros and trailing zeros after the dot (13.20 is read 13.2): store codes as text.

    Returns
    -------
    str or None

    Examples
    --------
    >>> normalise_code("C 13.20"), normalise_code(132000), normalise_code("1")
    ('13.20', '13.20.00', '01')
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        text = str(int(value)) if value.is_integer() else repr(value)
    else:
        text = str(value)
    text = text.strip().upper().replace(" ", "")
    if not text:
        return None
    if _SECTION.match(text):
        return text
    prefixed = _LETTER_PREFIX.match(text)
    if prefixed:
        text = prefixed.group(2)
    if _DIGITS.match(text) and "." not in text:
        if len(text) == 1:
            text = "0" + text
        parts = [text[:2], text[2:4], text[4:6]]
        # 3 and 5 digits end in a group or a category: one digit at that position.
        return ".".join(p for p in parts if p)
    dotted = _DOTTED.match(text)
    if not dotted:
        return None
    division, second, third = dotted.groups()
    if third is not None and (second is None or len(second) != 2):
        return None
    return ".".join(p for p in (division.zfill(2), second, third) if p is not None)


@dataclass
class Recoded:
    """Codes at the level asked for, and which values failed and why (boolean masks on the input)."""

    codes: pd.Series
    unparsed: pd.Series
    coarser: pd.Series


def recode(values: pd.Series, level: str, tree: AtecoTree) -> Recoded:
    """Aggregate ATECO codes to ``level`` (section, division, group or class).

    Parameters
    ----------
    values : pandas.Series
        Sector codes as read from the data (strings or numbers); missing values stay missing and are in
        neither failure mask.
    level : str
        One of :data:`AGGREGATION_LEVELS`.
    tree : AtecoTree

    Returns
    -------
    Recoded
        ``codes`` holds the code at ``level`` or None; ``unparsed`` marks values that are not ATECO 2007 codes,
        ``coarser`` codes that are valid but coarser than ``level`` (a division when groups are asked for).
    """
    if level not in AGGREGATION_LEVELS:
        raise ValueError(f"unknown ATECO level {level!r}")
    codes: dict[object, str] = {}
    status: dict[object, str] = {}
    for value in pd.unique(values[values.notna()]):
        code = normalise_code(value)
        letter = _LETTER_PREFIX.match(str(value).strip().upper().replace(" ", ""))
        if code is None or code not in tree.level:
            status[value] = "unparsed"
        elif letter and tree.ancestor(code, "section") != letter.group(1):
            status[value] = "unparsed"  # "C01": the letter says manufacturing, 01 is agriculture
        else:
            target = tree.ancestor(code, level)
            status[value] = "ok" if target else "coarser"
            if target:
                codes[value] = target
    state = values.map(status)
    recoded = values.map(codes).astype(object)
    return Recoded(recoded.where(recoded.notna(), None), state == "unparsed", state == "coarser")


def examples(values: Iterable[object], limit: int = 5) -> str:
    """Up to ``limit`` distinct values, quoted and joined for a message."""
    shown = list(dict.fromkeys(str(v) for v in values))
    text = ", ".join(f"'{v}'" for v in shown[:limit])
    return text + (", …" if len(shown) > limit else "")
