"""What a landscape's classes are: raw raster codes, or production classes through a nomenclature."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError
from ..typology import CLASS_KEYS, NODATA_CLASS, PRODUCTION_CLASSES, UNMAPPED_CLASS, Nomenclature

#: Class value of codes the nomenclature does not know, when classes are production classes.
UNMAPPED_VALUE = len(CLASS_KEYS) + 1
UNMAPPED_LABEL = QT_TRANSLATE_NOOP("analysis", "Not in the nomenclature")


class ClassNames:
    """Labels and colours of the class values a run reports."""

    def __init__(
        self,
        nomenclature: Nomenclature | None,
        as_classes: bool,
        labels: dict[int, str] | None = None,
        colours: dict[int, str] | None = None,
    ):
        self.nomenclature = nomenclature
        self.as_classes = as_classes
        self.labels = labels or {}
        self._colours = colours or {}

    def key_of(self, value: int):
        if not self.as_classes:
            return int(value)
        return CLASS_KEYS[value - 1] if 1 <= value <= len(CLASS_KEYS) else UNMAPPED_CLASS

    def label_of(self, value: int, translate: Callable[[str, str], str]) -> str:
        if self.as_classes:
            if 1 <= value <= len(CLASS_KEYS):
                return translate("analysis", PRODUCTION_CLASSES[value - 1][1])
            return translate("analysis", UNMAPPED_LABEL)
        if self.nomenclature is not None:
            i = self.nomenclature.index(int(value))
            if i is not None:
                return self.nomenclature.labels[i]
        return self.labels.get(int(value), "")

    def label_classes(self, frame: pd.DataFrame, translate) -> pd.DataFrame:
        """``frame`` with its class values as keys (production classes) and a ``label`` column after them."""
        frame = frame.copy()
        values = frame["class"].astype(int).tolist()
        position = frame.columns.get_loc("class")
        frame["class"] = [self.key_of(v) for v in values]
        frame.insert(position + 1, "label", [self.label_of(v, translate) for v in values])
        return frame

    def colours(self) -> dict:
        """Colour of each class value as written in the ``class`` column (for the patch style)."""
        if self.as_classes:
            out = {key: colour for key, _label, colour in PRODUCTION_CLASSES}
            out[UNMAPPED_CLASS] = "#bdbdbd"
            return out
        if self.nomenclature is not None:
            return {
                int(code): colour
                for code, colour in zip(self.nomenclature.codes.tolist(), self.nomenclature.colours)
                if colour
            }
        return dict(self._colours)


def raster_change_types(path: str) -> list[int] | None:
    """The change-type values of a change raster written by the land-use change tools, None for other rasters
    (its values are then land-use codes)."""
    import rasterio

    with rasterio.open(path) as ds:
        text = ds.tags().get("reindustria_change_types")
    if not text:
        return None
    return [int(part.split("=")[0]) for part in text.split(";") if "=" in part]


def class_recoder(nomenclature: Nomenclature | None, as_classes: bool, names: ClassNames | None = None):
    """A function turning a window of raster codes into (class values, valid cells), and the class names.

    With a nomenclature, codes of its "nodata" class are outside the landscape. With production classes,
    every code becomes the index (1-based) of its production class; codes not in the nomenclature form the
    class ``unmapped``.
    """
    names = names or ClassNames(nomenclature, as_classes)
    if nomenclature is None:
        return None, names
    codes = np.asarray(nomenclature.codes, dtype=np.int64)
    classes = nomenclature.classes
    excluded = np.array([c == NODATA_CLASS for c in classes])
    value_of = np.array([CLASS_KEYS.index(c) + 1 if c in CLASS_KEYS else 0 for c in classes], dtype=np.int64)

    def recode(values: np.ndarray):
        flat = values.astype(np.int64)
        pos = np.clip(np.searchsorted(codes, flat), 0, max(len(codes) - 1, 0))
        known = codes[pos] == flat if len(codes) else np.zeros(flat.shape, dtype=bool)
        valid = ~(known & excluded[pos]) if len(codes) else np.ones(flat.shape, dtype=bool)
        if not as_classes:
            return values, valid
        out = np.where(known, value_of[pos], UNMAPPED_VALUE).astype(np.uint8)
        return out, valid

    return recode, names


def parse_classes(text: str, names: ClassNames) -> list[int] | None:
    """The class values named in ``text`` (codes, or production class keys), None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    out = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        if names.as_classes:
            key = part.lower()
            if key not in CLASS_KEYS:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Unknown production class '{name}' in the classes to report. Use: {allowed}.",
                    ),
                    name=part,
                    allowed=", ".join(CLASS_KEYS),
                )
            out.append(CLASS_KEYS.index(key) + 1)
        else:
            try:
                out.append(int(part))
            except ValueError:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The classes to report must be raster codes separated by commas, e.g. 3,4 (got '{text}'). "
                        "For production classes such as 'industrial', set 'Classes are' to production classes.",
                    ),
                    text=text,
                ) from None
    return out
