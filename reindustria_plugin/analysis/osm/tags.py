"""Production classes from OpenStreetMap tags, building-use values or ATECO codes.

One editable preset (``processing/presets/osm_production_tags.csv``, columns ``key, value, production_class``)
serves the OSM reader, which knows each tag's key, and the live-work tool, which gets bare values from a user's
field (``apartments``, ``craftsman``, ``13.20``). A ``*`` value matches any value of its key; key ``class`` lists
the production classes themselves, so a layer already classified reads as it is; key ``ateco`` maps ATECO 2007
divisions (two digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, InputError
from ..typology import _read_csv

#: The normalised production classes, in the order tables and legends list them.
PRODUCTION_CLASSES = (
    "industrial",
    "craft",
    "coworking",
    "office",
    "services",
    "residential",
    "other",
    "unknown",
)
#: Classes that count as production in the live-work sense (making, repairing, co-producing).
PRODUCTIVE_CLASSES = ("industrial", "craft", "coworking")
#: Matches an ATECO 2007 code given as digits with optional dots (``13``, ``13.2``, ``13.20.00``).
_ATECO = re.compile(r"^\d{2}(\.\d{1,2}){0,3}$")
#: Keys looked up for a bare value, in this order (a value shared by two keys takes the first).
_VALUE_KEYS = ("class", "building", "craft", "industrial", "man_made", "office", "amenity", "leisure", "shop")


@dataclass(frozen=True)
class TagMapping:
    """The rules of a tag preset, in file order."""

    rules: tuple[tuple[str, str, str], ...]
    path: str = ""

    def classify_tags(self, tags: Mapping[str, str | None]) -> str | None:
        """The production class of an OSM feature from its tags; None when no rule matches.

        The first matching rule in file order wins, except that ``unknown`` (``building=yes``) gives way to any
        other match: a ``building=yes`` with ``craft=carpenter`` is a craft building.
        """
        fallback = None
        for key, value, cls in self.rules:
            tag = tags.get(key)
            if tag is None or tag == "" or key in ("class", "ateco"):
                continue
            if value == "*" or tag.strip().lower() == value:
                if cls != "unknown":
                    return cls
                fallback = fallback or cls
        return fallback

    def classify_value(self, value: object) -> str | None:
        """The production class of a bare value (a building use, an activity tag value, a production class or an
        ATECO code); None when no rule matches or the value is empty. Tag objects (Overpass ``tags``) are
        classed by :func:`..osm.production.classify_tag_objects`."""
        if value is None or (isinstance(value, float) and value != value):
            return None
        text = str(value).strip().lower()
        if not text:
            return None
        table = _value_table(self.rules)
        if text in table:
            return table[text]
        if _ATECO.match(text):
            return table.get(("ateco", text[:2]))
        return None

    def classify_values(self, values: Iterable[object], key: str | None = None) -> list[str | None]:
        """:meth:`classify_value` of each value (repeated values are looked up once).

        With ``key`` (the OSM key the values belong to, e.g. a field named ``craft``), the key's rules come
        first, wildcards included, so ``shoemaker`` under ``craft`` is a craft.
        """
        key = (key or "").strip().lower()
        keyed = key in {k for k, _v, _c in self.rules if k not in ("class", "ateco")}
        seen: dict[object, str | None] = {}
        out = []
        for value in values:
            token = value if isinstance(value, (str, int)) else repr(value)
            if token not in seen:
                found = None
                if keyed and isinstance(value, (str, int)) and str(value).strip():
                    found = self.classify_tags({key: str(value)})
                seen[token] = found or self.classify_value(value)
            out.append(seen[token])
        return out


_TABLES: dict[tuple, dict] = {}


def _value_table(rules: tuple[tuple[str, str, str], ...]) -> dict:
    table = _TABLES.get(rules)
    if table is None:
        table = {}
        for wanted in _VALUE_KEYS:
            for key, value, cls in rules:
                if key == wanted and value != "*":
                    table.setdefault(value, cls)
        for key, value, cls in rules:
            if key == "ateco":
                table[("ateco", value)] = cls
        _TABLES[rules] = table
    return table


def load_tag_mapping(path: Path | str) -> TagMapping:
    """Read a tag preset CSV with columns ``key, value, production_class``.

    Raises
    ------
    InputError
        When the file lacks the columns or a line names a class outside :data:`PRODUCTION_CLASSES`.
    """
    rows = _read_csv(path, "tag mapping")
    if not rows or not {"key", "value", "production_class"} <= {(k or "").strip().lower() for k in rows[0]}:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The tag mapping CSV {path} needs the columns key, value and production_class."
            ),
            path=str(path),
        )
    rules = []
    for line, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
        key, value, cls = row["key"].lower(), row["value"].lower(), row["production_class"].lower()
        if not key and not value:
            continue
        if cls not in PRODUCTION_CLASSES:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Line {line} of {path}: unknown production class '{cls}'. Use one of: {allowed}.",
                ),
                line=line,
                path=str(path),
                cls=row["production_class"],
                allowed=", ".join(PRODUCTION_CLASSES),
            )
        rules.append((key, value, cls))
    return TagMapping(tuple(rules), str(path))


_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: str | None) -> dict[str, str]:
    """The tags GDAL's OSM driver puts in ``other_tags`` (``"k"=>"v","k2"=>"v2"``, quotes escaped) as a dict."""
    if not text:
        return {}
    return {
        k.replace('\\"', '"').replace("\\\\", "\\"): v.replace('\\"', '"').replace("\\\\", "\\")
        for k, v in _HSTORE.findall(text)
    }
