"""Cross-tabulations of a series of categorical rasters over the cells valid at every date.

Intensity analysis needs each interval's crosstab to cover the same cells, so that the map at a shared time
point is the same in both intervals: a cell that is nodata at any date is left out of every crosstab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..code_index import MAX_CODES, CodeIndex
from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..typology import CLASS_KEYS, PRODUCTION_CLASSES, UNMAPPED_CLASS, Nomenclature
from .change_tables import code_info
from .raster_change import _open_pair, _windows

EMPTY = Nomenclature("codes", np.array([], dtype=np.int64), [], [], [])


def crosstab_series(
    rasters: Sequence[str],
    nomenclature: Nomenclature | None = None,
    block_size: int = 2048,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> tuple[list[np.ndarray], list[str], list[str], float, list[Message]]:
    """Crosstabs of consecutive dates, in hectares.

    Parameters
    ----------
    rasters
        Paths of two or more rasters, in date order; all are aligned onto the first one's grid.
    nomenclature
        None to use the raw codes as categories, else the production classes of this nomenclature.

    Returns
    -------
    crosstabs, keys, labels, cell_area_ha, messages
        One (k, k) array per interval over the categories ``keys`` (codes as text or class keys).
    """
    if len(rasters) < 2:
        raise InputError(QT_TRANSLATE_NOOP("analysis", "Give at least two rasters, in date order."))
    messages: list[Message] = []
    opened = []
    try:
        first = None
        for path in rasters[1:]:
            before, after, reader, _same = _open_pair(rasters[0], path, messages)
            opened.append((before, after, reader))
            first = before
        units = first.crs.linear_units_factor[1]
        cell_area_ha = abs(first.transform.a * first.transform.e) * units * units / 10_000.0
        index = [CodeIndex(nomenclature or EMPTY, first.dtypes[0])]
        index += [CodeIndex(nomenclature or EMPTY, after.dtypes[0]) for _b, after, _r in opened]
        counts = [np.zeros(MAX_CODES * MAX_CODES, dtype=np.int64) for _ in opened]
        windows = list(_windows(first.height, first.width, block_size))
        for k, (row, col, h, w) in enumerate(windows):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            from rasterio.windows import Window

            window = Window(col, row, w, h)
            arrays = [first.read(1, window=window)] + [r.read(1, window=window) for _b, _a, r in opened]
            # A cell counts only if valid at every date; an aligned view without nodata gives its mask.
            valid = arrays[0] != first.nodata if first.nodata is not None else np.ones((h, w), dtype=bool)
            for arr, (_b, after, reader) in zip(arrays[1:], opened):
                if after.nodata is not None:
                    valid &= arr != after.nodata
                elif reader is not after:
                    valid &= reader.read_masks(1, window=window) > 0
            idx = [ci.map(arr)[valid] for ci, arr in zip(index, arrays)]
            for t in range(len(opened)):
                counts[t] += np.bincount(idx[t] * MAX_CODES + idx[t + 1], minlength=MAX_CODES * MAX_CODES)
            if progress is not None:
                progress((k + 1) / len(windows))
    finally:
        for before, after, reader in opened:
            if reader is not after:
                reader.close()
            after.close()
            before.close()

    if nomenclature is None:
        codes = sorted({c for ci in index for c in ci.codes})
        keys = [str(c) for c in codes]
        labels = list(keys)

        def category(ci, i):
            return codes.index(ci.codes[i])
    else:
        keys = list(CLASS_KEYS) + [UNMAPPED_CLASS]
        names = {k: lab for k, lab, _ in PRODUCTION_CLASSES}
        labels = [names.get(k, "Unmapped") for k in keys]

        def category(ci, i):
            cls, _ = code_info(nomenclature, ci.codes[i])
            return keys.index(cls) if cls in keys else -1

    maps = [np.array([category(ci, i) for i in range(len(ci.codes))], dtype=int) for ci in index]
    tables = []
    for t, flat in enumerate(counts):
        ct = flat.reshape(MAX_CODES, MAX_CODES)[: len(index[t].codes), : len(index[t + 1].codes)]
        table = np.zeros((len(keys), len(keys)))
        for i, j in zip(*np.nonzero(ct)):
            a, b = maps[t][i], maps[t + 1][j]
            if a >= 0 and b >= 0:
                table[a, b] += ct[i, j] * cell_area_ha
        tables.append(table)
    # Categories absent at every date add nothing but empty rows.
    present = np.flatnonzero(sum(t.sum(axis=0) + t.sum(axis=1) for t in tables))
    if present.size < 2:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The rasters have fewer than two categories in the cells valid at every date: there is "
                "no change to analyse.",
            )
        )
    tables = [t[np.ix_(present, present)] for t in tables]
    return tables, [keys[i] for i in present], [labels[i] for i in present], cell_area_ha, messages
