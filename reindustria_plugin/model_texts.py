"""The user-facing texts of a shipped model (.model3), read from its XML without qgis.

The provider translates exactly these (context ``models``); ``scripts/update-ts.sh`` feeds them to pylupdate5,
which cannot read the model files itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

#: Help entries that name people or versions, not text to translate.
UNTRANSLATED_HELP = ("ALG_CREATOR", "ALG_HELP_CREATOR", "ALG_VERSION")


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if c.get("name") == name), None)


def _text(element: ET.Element | None) -> str:
    return (element.get("value") or "") if element is not None and element.get("type") == "QString" else ""


def model_texts(path: str | Path) -> list[str]:
    """Name, group, help texts, and parameter descriptions and help of a model file, without duplicates."""
    root = ET.parse(path).getroot()
    texts = [_text(_child(root, "model_name")), _text(_child(root, "model_group"))]
    help_map = _child(root, "help")
    if help_map is not None:
        texts += [_text(entry) for entry in help_map if entry.get("name") not in UNTRANSLATED_HELP]
    params = _child(root, "parameterDefinitions")
    for param in params if params is not None else []:
        texts += [_text(_child(param, "description")), _text(_child(param, "help"))]
    return list(dict.fromkeys(t for t in texts if t.strip()))


def noop_source(paths: list[Path]) -> str:
    """Python source marking every model text for pylupdate5 (context ``models``)."""
    lines = ["from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP", ""]
    for path in paths:
        lines += [f"QT_TRANSLATE_NOOP({'models'!r}, {text!r})" for text in model_texts(path)]
    return "\n".join(lines) + "\n"
