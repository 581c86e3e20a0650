"""Production classes, change types, nomenclatures and the change typology (meaning matrix).

A nomenclature maps each land-use code to a production class; the typology maps each pair of production
classes (before, after) to a change type. Both are CSV files, so users can edit or replace them.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError

#: Production classes: key, label, colour.
PRODUCTION_CLASSES: list[tuple[str, str, str]] = [
    ("industrial", QT_TRANSLATE_NOOP("analysis", "Industrial and productive"), "#7b3294"),
    ("commercial", QT_TRANSLATE_NOOP("analysis", "Commercial and services"), "#fdae61"),
    ("residential", QT_TRANSLATE_NOOP("analysis", "Residential"), "#d7191c"),
    ("vacant", QT_TRANSLATE_NOOP("analysis", "Vacant, construction, brownfield"), "#a6611a"),
    ("infrastructure", QT_TRANSLATE_NOOP("analysis", "Infrastructure, extraction, dumps"), "#636363"),
    ("green", QT_TRANSLATE_NOOP("analysis", "Green, agricultural and natural"), "#1a9641"),
    ("water", QT_TRANSLATE_NOOP("analysis", "Water"), "#2c7bb6"),
]
CLASS_KEYS = [key for key, _, _ in PRODUCTION_CLASSES]
UNMAPPED_CLASS = "unmapped"
#: Codes of this class (Urban Atlas 91000/92000 "no data") are excluded like nodata cells.
NODATA_CLASS = "nodata"


@dataclass(frozen=True)
class ChangeType:
    code: int
    key: str
    label: str
    colour: str


#: Change types; ``code`` is the value written in the change raster (255 = nodata).
CHANGE_TYPES: list[ChangeType] = [
    ChangeType(0, "no_change", QT_TRANSLATE_NOOP("analysis", "No change"), "#f0f0f0"),
    ChangeType(
        1, "industrial_persistence", QT_TRANSLATE_NOOP("analysis", "Industrial persistence"), "#7b3294"
    ),
    ChangeType(
        2,
        "deindustrialisation_residential",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation to residential"),
        "#e31a1c",
    ),
    ChangeType(
        3,
        "deindustrialisation_commercial",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation to commercial and services"),
        "#ff7f00",
    ),
    ChangeType(
        4,
        "deindustrialisation_vacancy",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation to vacancy or brownfield"),
        "#8c510a",
    ),
    ChangeType(
        5,
        "deindustrialisation_green",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation to green"),
        "#33a02c",
    ),
    ChangeType(
        6,
        "deindustrialisation_other",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation to infrastructure or water"),
        "#fb9a99",
    ),
    ChangeType(7, "reindustrialisation", QT_TRANSLATE_NOOP("analysis", "Re-industrialisation"), "#1f78b4"),
    ChangeType(8, "industrial_land_take", QT_TRANSLATE_NOOP("analysis", "Industrial land take"), "#f0027f"),
    ChangeType(9, "other_urban_change", QT_TRANSLATE_NOOP("analysis", "Other urban change"), "#969696"),
    ChangeType(10, "other_change", QT_TRANSLATE_NOOP("analysis", "Other change"), "#c7e9c0"),
    ChangeType(11, "unmapped", QT_TRANSLATE_NOOP("analysis", "Unmapped code"), "#ffff33"),
]
CHANGE_BY_KEY = {t.key: t for t in CHANGE_TYPES}
UNMAPPED_TYPE = CHANGE_BY_KEY["unmapped"].code
NODATA_VALUE = 255


@dataclass(frozen=True)
class Nomenclature:
    """Codes of a land-use nomenclature with their production class, label and colour."""

    name: str
    codes: np.ndarray  # int64, sorted
    classes: list[str]
    labels: list[str]
    colours: list[str]

    def index(self, code: int) -> int | None:
        pos = int(np.searchsorted(self.codes, code))
        return pos if pos < len(self.codes) and self.codes[pos] == code else None


def _read_csv(path: Path | str, what: str) -> list[dict[str, str]]:
    path = Path(path)
    if not path.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The {what} file {path} does not exist."), what=what, path=str(path)
        )
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096)
        f.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        return list(csv.DictReader(f, dialect=dialect))


def load_nomenclature(path: Path | str, name: str | None = None) -> Nomenclature:
    """Read a nomenclature CSV with columns ``code, class`` and optional ``label, colour``.

    ``class`` must be one of :data:`CLASS_KEYS` or ``nodata``.
    """
    rows = _read_csv(path, "nomenclature")
    if not rows or not {"code", "class"} <= {k.strip().lower() for k in rows[0]}:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The nomenclature CSV {path} needs the columns code and class (optional: label, colour).",
            ),
            path=str(path),
        )
    entries: dict[int, tuple[str, str, str]] = {}
    allowed = set(CLASS_KEYS) | {NODATA_CLASS}
    for line, row in enumerate(rows, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        try:
            code = int(float(row["code"]))
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "Line {line} of {path}: the code '{code}' is not a whole number."
                ),
                line=line,
                path=str(path),
                code=row["code"],
            ) from None
        cls = row["class"].lower()
        if cls not in allowed:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Line {line} of {path}: unknown production class '{cls}'. Use one of: {allowed}.",
                ),
                line=line,
                path=str(path),
                cls=row["class"],
                allowed=", ".join(sorted(allowed)),
            ) from None
        if code in entries:
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "Line {line} of {path}: the code {code} appears twice."),
                line=line,
                path=str(path),
                code=code,
            )
        entries[code] = (cls, row.get("label") or str(code), row.get("colour") or "#cccccc")
    codes = np.array(sorted(entries), dtype=np.int64)
    return Nomenclature(
        name=name or Path(path).stem,
        codes=codes,
        classes=[entries[c][0] for c in codes],
        labels=[entries[c][1] for c in codes],
        colours=[entries[c][2] for c in codes],
    )


def load_typology(path: Path | str) -> np.ndarray:
    """Read a meaning matrix CSV: first column the class before, header the classes after, cells change keys.

    Returns an (n, n) int array over :data:`CLASS_KEYS` (rows before, columns after) of change type codes.
    Every pair must be given, so no transition is classified by accident.
    """
    rows = _read_csv(path, "typology")
    n = len(CLASS_KEYS)
    matrix = np.full((n, n), -1, dtype=np.int16)
    if not rows:
        raise InputError(QT_TRANSLATE_NOOP("analysis", "The typology CSV {path} is empty."), path=str(path))
    first = next(iter(rows[0]))
    for row in rows:
        frm = (row.get(first) or "").strip().lower()
        if frm not in CLASS_KEYS:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "Typology {path}: unknown class '{cls}' in the first column. Use: {allowed}."
                ),
                path=str(path),
                cls=frm,
                allowed=", ".join(CLASS_KEYS),
            )
        for col, value in row.items():
            if col == first or col is None:
                continue
            to = col.strip().lower()
            key = (value or "").strip().lower()
            if to not in CLASS_KEYS:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis", "Typology {path}: unknown class '{cls}' in the header. Use: {allowed}."
                    ),
                    path=str(path),
                    cls=to,
                    allowed=", ".join(CLASS_KEYS),
                )
            if key not in CHANGE_BY_KEY:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Typology {path}: unknown change type '{key}' for {frm} -> {to}. Use: {allowed}.",
                    ),
                    path=str(path),
                    key=key,
                    frm=frm,
                    to=to,
                    allowed=", ".join(CHANGE_BY_KEY),
                )
            matrix[CLASS_KEYS.index(frm), CLASS_KEYS.index(to)] = CHANGE_BY_KEY[key].code
    missing = [(CLASS_KEYS[i], CLASS_KEYS[j]) for i, j in zip(*np.nonzero(matrix < 0))]
    if missing:
        pairs = ", ".join(f"{a} -> {b}" for a, b in missing[:5])
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "Typology {path} does not classify {count} class pairs (e.g. {pairs}). Fill every cell.",
            ),
            path=str(path),
            count=len(missing),
            pairs=pairs,
        )
    return matrix


def class_index(nomenclature: Nomenclature) -> np.ndarray:
    """Production class index (into :data:`CLASS_KEYS`) per nomenclature code; -1 nodata class."""
    return np.array(
        [CLASS_KEYS.index(c) if c in CLASS_KEYS else -1 for c in nomenclature.classes], dtype=np.int16
    )


def nomenclature_coverage(nomenclature: Nomenclature, codes, weights) -> float:
    """Share (0-1) of ``weights`` (cells or area per code) whose code the nomenclature lists; 0 without weight."""
    codes = np.asarray(codes, dtype=np.int64)
    weights = np.asarray(weights, dtype=float)
    total = float(weights.sum())
    if total <= 0:
        return 0.0
    return float(weights[np.isin(codes, nomenclature.codes)].sum()) / total


def closest_nomenclature(codes, weights, candidates) -> tuple[str, float] | None:
    """The (name, coverage) of the candidate that lists the most of the data's codes, or None when none lists any.

    ``candidates`` are (name, :class:`Nomenclature`) pairs, e.g. the presets with the names users see.
    """
    best = None
    for name, nomenclature in candidates:
        share = nomenclature_coverage(nomenclature, codes, weights)
        if share > 0 and (best is None or share > best[1]):
            best = (name, share)
    return best


#: Above this share of unmapped land use (cells or area) a run stops: the nomenclature is most likely wrong.
MAX_UNMAPPED_SHARE = 0.5


def check_mostly_mapped(name: str, codes, weights, nomenclature: Nomenclature, presets=()) -> None:
    """Stop when most of one date's land use has codes the nomenclature does not list.

    ``codes`` and ``weights`` are the codes met at that date ("BEFORE" or "AFTER", ``name``) and their cells or
    area, over the land use with a code at both dates; ``presets`` are (name shown to users, nomenclature)
    pairs, the one that lists most of the codes is suggested.
    """
    codes = np.asarray(codes, dtype=np.int64)
    weights = np.asarray(weights, dtype=float)
    covered = nomenclature_coverage(nomenclature, codes, weights)
    if weights.sum() <= 0 or 1.0 - covered <= MAX_UNMAPPED_SHARE:
        return
    unknown = ~np.isin(codes, nomenclature.codes) & (weights > 0)
    order = np.argsort(-weights[unknown], kind="stable")
    params = {
        "name": name,
        "share": f"{100.0 * (1.0 - covered):.0f}",
        "first": int(nomenclature.codes.min()),
        "last": int(nomenclature.codes.max()),
        "codes": ", ".join(str(c) for c in codes[unknown][order][:8]),
    }
    best = closest_nomenclature(codes, weights, presets)
    if best is not None and best[1] > max(covered, MAX_UNMAPPED_SHARE):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes "
                "{first} to {last}), e.g. {codes}, so the result would be mostly 'unmapped'. The codes look "
                "like the preset '{preset}', which lists {fit} % of them: choose it as the nomenclature and run "
                "again.",
            ),
            preset=best[0],
            fit=f"{100.0 * best[1]:.0f}",
            **params,
        )
    raise InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes "
            "{first} to {last}), e.g. {codes}, so the result would be mostly 'unmapped'. No preset lists "
            "them: choose 'Custom (CSV)' as the nomenclature and give a CSV that lists these codes with their "
            "class (columns code, class, label, colour).",
        ),
        **params,
    )


def exclude_from_study_area(
    nomenclature: Nomenclature, text: str
) -> tuple[Nomenclature, list[int], list[str]]:
    """The nomenclature with the codes and production classes listed in ``text`` left out of the study area.

    ``text`` holds whole-number codes and production class keys separated by commas or spaces (``water``,
    ``523, 522``). Their codes get the class ``nodata``, which every land-use change core leaves out like nodata
    cells (and reports); a listed code the nomenclature lacks is added so. Returns (nomenclature, codes left out,
    classes named).

    Raises
    ------
    InputError
        For a word that is neither a whole number nor a production class.
    """
    tokens = [t for t in re.split(r"[,;\s]+", (text or "").strip()) if t]
    codes: set[int] = set()
    classes: list[str] = []
    for token in tokens:
        key = token.lower()
        if key in CLASS_KEYS:
            classes.append(key)
            continue
        try:
            number = float(token)
        except ValueError:
            number = math.nan
        if math.isnan(number) or math.isinf(number) or number != int(number):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "'{token}' in the codes or classes to leave out is neither a whole-number code nor a "
                    "production class ({classes}).",
                ),
                token=token,
                classes=", ".join(CLASS_KEYS),
            )
        codes.add(int(number))
    codes |= {int(c) for c, k in zip(nomenclature.codes, nomenclature.classes) if k in classes}
    if not codes:
        return nomenclature, [], classes
    rows = {
        int(c): (k, lab, col)
        for c, k, lab, col in zip(
            nomenclature.codes, nomenclature.classes, nomenclature.labels, nomenclature.colours
        )
    }
    for code in codes:
        _cls, label, colour = rows.get(code, (None, str(code), "#ffffff"))
        rows[code] = (NODATA_CLASS, label, colour)
    ordered = sorted(rows)
    return (
        Nomenclature(
            nomenclature.name,
            np.array(ordered, dtype=np.int64),
            [rows[c][0] for c in ordered],
            [rows[c][1] for c in ordered],
            [rows[c][2] for c in ordered],
        ),
        sorted(codes),
        classes,
    )
