"""Cross-tabulations of a series of categorical rasters over the cells valid at every date.

Intensity analysis needs each interval's crosstab to cover the same cells, so that the map at a shared time
point is the same in both intervals: a cell that is nodata at any date is left out of every crosstab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..code_index import MAX_CODES, CodeIndex
from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..grid import aligned_view
from ..typology import CLASS_KEYS, PRODUCTION_CLASSES, UNMAPPED_CLASS, Nomenclature
from .change_tables import code_info
from .intensity import check_years
from .raster_change import _windows

EMPTY = Nomenclature("codes", np.array([], dtype=np.int64), [], [], [])


def crosstab_series(
    rasters: Sequence[str],
    years: Sequence[float],
    nomenclature: Nomenclature | None = None,
    block_size: int = 2048,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    exclude_codes: Sequence[int] = (),
) -> tuple[list[np.ndarray], list[str], list[str], float, list[Message]]:
    """Crosstabs of consecutive dates, in hectares.

    Parameters
    ----------
    rasters
        Paths of two or more rasters, in date order; all are aligned onto the first one's grid.
    years
        The date of each raster, strictly increasing; checked before any raster is read, and used to name
        the rasters in messages.
    nomenclature
        None to use the raw codes as categories, else the production classes of this nomenclature (codes of
        its ``nodata`` class count nowhere).
    exclude_codes
        With raw codes: codes left out of the study area (their cells count nowhere).

    Returns
    -------
    crosstabs, keys, labels, cell_area_ha, messages
        One (k, k) array per interval over the categories ``keys`` (codes as text or class keys).
    """
    if len(rasters) < 2:
        raise InputError(QT_TRANSLATE_NOOP("analysis", "Give at least two rasters, in date order."))
    if len(years) != len(rasters):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "Give one year per raster: {n_rasters} rasters but {n_years} years."
            ),
            n_rasters=len(rasters),
            n_years=len(years),
        )
    names = [f"{y:.12g}" for y in check_years(years)]
    messages: list[Message] = []
    first, views = _open_series(rasters, names, messages)
    try:
        units = first.crs.linear_units_factor[1]
        cell_area_ha = abs(first.transform.a * first.transform.e) * units * units / 10_000.0
        index = [
            CodeIndex(nomenclature or EMPTY, src.dtypes[0], f"{name} ({src.name})")
            for (src, _view), name in zip(views, names)
        ]
        counts = [np.zeros(MAX_CODES * MAX_CODES, dtype=np.int64) for _ in views[1:]]
        windows = list(_windows(first.height, first.width, block_size))
        for k, (row, col, h, w) in enumerate(windows):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            from rasterio.windows import Window

            window = Window(col, row, w, h)
            arrays = [view.read(1, window=window) for _src, view in views]
            # A cell counts only if valid at every date; an aligned view without nodata gives its mask.
            valid = np.ones((h, w), dtype=bool)
            for arr, (src, view) in zip(arrays, views):
                if src.nodata is not None:
                    valid &= arr != src.nodata
                elif view is not src:
                    valid &= view.read_masks(1, window=window) > 0
            idx = [ci.map(arr)[valid] for ci, arr in zip(index, arrays)]
            for t in range(len(counts)):
                counts[t] += np.bincount(idx[t] * MAX_CODES + idx[t + 1], minlength=MAX_CODES * MAX_CODES)
            if progress is not None:
                progress((k + 1) / len(windows))
    finally:
        for src, view in views:
            if view is not src:
                view.close()
            src.close()

    if nomenclature is None:
        # Codes left out of the study area are no category: their cells count nowhere.
        codes = sorted({c for ci in index for c in ci.codes} - set(exclude_codes))
        keys = [str(c) for c in codes]
        labels = list(keys)

        def category(ci, i):
            return codes.index(ci.codes[i]) if ci.codes[i] in codes else -1
    else:
        keys = list(CLASS_KEYS) + [UNMAPPED_CLASS]
        class_names = {k: lab for k, lab, _ in PRODUCTION_CLASSES}
        labels = [class_names.get(k, "Unmapped") for k in keys]

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


def _open_series(rasters: Sequence[str], names: Sequence[str], messages: list[Message]):
    """Open the rasters; return the first one and (raster, view on the first one's grid) per date.

    Messages name each raster by its year (``names``) and its path, as a series has no BEFORE and AFTER.
    """
    import rasterio

    views: list = []
    try:
        for path, name in zip(rasters, names):
            try:
                src = rasterio.open(path)
            except rasterio.errors.RasterioIOError as err:
                raise InputError(
                    QT_TRANSLATE_NOOP("analysis", "Cannot read the {year} raster {path}: {err}"),
                    year=name,
                    path=path,
                    err=str(err),
                ) from None
            views.append((src, src))
            if src.crs is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The {year} raster {path} has no coordinate reference system. Assign one "
                        "(Raster > Projections > Assign Projection) and run again.",
                    ),
                    year=name,
                    path=path,
                )
            if src.count > 1:
                messages.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "analysis", "The {year} raster {path} has {count} bands: only band 1 is used."
                        ),
                        year=name,
                        path=path,
                        count=src.count,
                    )
                )
        first = views[0][0]
        if first.crs.is_geographic:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The {year} raster {path} is in geographic coordinates ({crs}): areas need a projected CRS "
                    "in metres, and the other rasters are aligned onto its grid. Reproject the rasters (e.g. to "
                    "EPSG:3035) first.",
                ),
                year=names[0],
                path=rasters[0],
                crs=first.crs.to_string(),
            )
        for k, (src, _view) in enumerate(views[1:], start=1):
            view = aligned_view(src, first)
            if view is src:
                continue
            views[k] = (src, view)
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The grid of the {year} raster {name} differs from that of the {first_year} raster "
                        "{first_name} (CRS {crs} vs {first_crs}, cell {res} vs {first_res}, size {size} vs "
                        "{first_size} columns x rows): it was aligned onto the {first_year} grid by nearest "
                        "neighbour.",
                    ),
                    year=names[k],
                    name=Path(rasters[k]).name,
                    first_year=names[0],
                    first_name=Path(rasters[0]).name,
                    crs=src.crs.to_string(),
                    first_crs=first.crs.to_string(),
                    res=" x ".join(f"{r:.4f}" for r in src.res),
                    first_res=" x ".join(f"{r:.4f}" for r in first.res),
                    size=f"{src.width} x {src.height}",
                    first_size=f"{first.width} x {first.height}",
                )
            )
    except BaseException:
        for src, view in views:
            if view is not src:
                view.close()
            src.close()
        raise
    return first, views
