"""Land-use change between two categorical rasters, around industrial areas, block by block.

One pass over the BEFORE grid in square blocks: both rasters are read (AFTER through a nearest-neighbour
warped view when its grid differs), codes are mapped to compact indices, and each block feeds the code
cross-tabulation, the change-type raster and the per zone / distance ring summary. Memory is bounded by the
block size, whatever the raster size. Distances to industrial areas are exact up to the largest ring: each
block is read with a halo as wide as that ring.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .accounting import change_accounting
from .errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from .typology import (
    CHANGE_TYPES,
    CLASS_KEYS,
    NODATA_VALUE,
    PRODUCTION_CLASSES,
    UNMAPPED_CLASS,
    UNMAPPED_TYPE,
    Nomenclature,
    class_index,
)

#: Distinct codes per raster the cross-tab can hold (a categorical map has far fewer).
MAX_CODES = 1024
INDUSTRIAL = CLASS_KEYS.index("industrial")


@dataclass
class ChangeResult:
    """Tables and facts of one run; areas in hectares."""

    transitions: pd.DataFrame
    summary: pd.DataFrame
    accounting: pd.DataFrame
    crosstab_codes: np.ndarray
    codes_before: np.ndarray
    codes_after: np.ndarray
    cell_area_ha: float
    messages: list[Message] = field(default_factory=list)
    excluded_cells: dict[str, int] = field(default_factory=dict)


class _CodeIndex:
    """Maps raw cell values to compact indices: nomenclature codes first, unknown codes appended."""

    def __init__(self, nomenclature: Nomenclature, dtype: np.dtype):
        self.codes = list(int(c) for c in nomenclature.codes)
        self.known = len(self.codes)
        self.dtype = np.dtype(dtype)
        if self.dtype.kind not in "iu":
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The raster has cell type {dtype}: a land-use map needs whole-number codes "
                    "(convert it with Raster > Conversion > Translate, output data type Int32).",
                ),
                dtype=str(dtype),
            )
        self.small = self.dtype.itemsize <= 2
        if self.small:
            info = np.iinfo(self.dtype)
            self.offset = -int(info.min)
            self.lut = np.full(int(info.max) - int(info.min) + 1, -1, dtype=np.int32)
            for i, code in enumerate(self.codes):
                if info.min <= code <= info.max:
                    self.lut[code + self.offset] = i
        else:
            self.position = {c: i for i, c in enumerate(self.codes)}

    def _add(self, code: int) -> int:
        if len(self.codes) >= MAX_CODES:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The raster has more than {limit} distinct values: is it a categorical land-use "
                    "map? Check the band and the nomenclature.",
                ),
                limit=MAX_CODES,
            )
        self.codes.append(code)
        return len(self.codes) - 1

    def map(self, values: np.ndarray) -> np.ndarray:
        if self.small:
            shifted = values.astype(np.int32) + self.offset if self.offset else values
            idx = self.lut[shifted]
            if (idx < 0).any():
                for raw in np.unique(shifted[idx < 0]):
                    self.lut[raw] = self._add(int(raw) - self.offset)
                idx = self.lut[shifted]
            return idx
        uniq, inverse = np.unique(values, return_inverse=True)
        mapped = np.empty(len(uniq), dtype=np.int32)
        for k, code in enumerate(uniq.tolist()):
            pos = self.position.get(code)
            if pos is None:
                pos = self.position[code] = self._add(code)
            mapped[k] = pos
        return mapped[inverse].reshape(values.shape)


def _ring_labels(rings: Sequence[float]) -> list[tuple[str, float, float]]:
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


def _check_rings(rings: Sequence[float]) -> list[float]:
    rings = [float(r) for r in rings]
    if any(r <= 0 for r in rings) or any(b <= a for a, b in zip(rings, rings[1:])):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "Ring distances must be positive and increasing, e.g. 250,500,1000 (got {rings})."
            ),
            rings=",".join(f"{r:g}" for r in rings),
        )
    return rings


def _open_pair(before_path: str, after_path: str, messages: list[Message]):
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.vrt import WarpedVRT

    try:
        before = rasterio.open(before_path)
    except rasterio.errors.RasterioIOError as err:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "Cannot read the BEFORE raster {path}: {err}"),
            path=before_path,
            err=str(err),
        ) from None
    try:
        after = rasterio.open(after_path)
    except rasterio.errors.RasterioIOError as err:
        before.close()
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "Cannot read the AFTER raster {path}: {err}"),
            path=after_path,
            err=str(err),
        ) from None
    for name, src in (("BEFORE", before), ("AFTER", after)):
        if src.crs is None:
            before.close()
            after.close()
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The {name} raster {path} has no coordinate reference system. Assign one "
                    "(Raster > Projections > Assign Projection) and run again.",
                ),
                name=name,
                path=src.name,
            )
    if before.crs.is_geographic:
        before.close()
        after.close()
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The BEFORE raster is in geographic coordinates ({crs}): areas and distance rings "
                "need a projected CRS in metres. Reproject both rasters (e.g. to EPSG:3035) first.",
            ),
            crs=before.crs.to_string(),
        )
    same = (
        after.crs == before.crs
        and after.transform.almost_equals(before.transform)
        and after.shape == before.shape
    )
    reader = after
    if not same:
        reader = WarpedVRT(
            after,
            crs=before.crs,
            transform=before.transform,
            width=before.width,
            height=before.height,
            resampling=Resampling.nearest,
        )
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The AFTER raster's grid differs from BEFORE (CRS {crs_a} vs {crs_b}, cell "
                    "{res_a} vs {res_b}, size {shape_a} vs {shape_b}): AFTER was aligned onto the BEFORE grid by "
                    "nearest neighbour.",
                ),
                crs_a=after.crs.to_string(),
                crs_b=before.crs.to_string(),
                res_a="x".join(f"{r:.4f}" for r in after.res),
                res_b="x".join(f"{r:.4f}" for r in before.res),
                shape_a="x".join(map(str, after.shape)),
                shape_b="x".join(map(str, before.shape)),
            )
        )
    return before, after, reader, same


def _windows(height: int, width: int, size: int):
    for row in range(0, height, size):
        for col in range(0, width, size):
            yield row, col, min(size, height - row), min(size, width - col)


def _rasterize(geoms, values, window_transform, shape, bounds, fill=0) -> np.ndarray:
    """Burn the geometries overlapping ``bounds`` (xmin, ymin, xmax, ymax) into a block."""
    from rasterio import features

    xmin, ymin, xmax, ymax = bounds
    shapes = [
        (g, v)
        for g, v, b in zip(geoms, values, (g.bounds for g in geoms))
        if b[0] <= xmax and b[2] >= xmin and b[1] <= ymax and b[3] >= ymin
    ]
    if not shapes:
        return np.full(shape, fill, dtype=np.int32)
    return features.rasterize(shapes, out_shape=shape, transform=window_transform, fill=fill, dtype="int32")


def land_use_change_raster(
    before_path: str,
    after_path: str,
    nomenclature: Nomenclature,
    typology: np.ndarray,
    change_path: str | None = None,
    rings: Sequence[float] = (),
    industrial_areas: Sequence | None = None,
    zones: Sequence[tuple[object, str]] | None = None,
    block_size: int = 2048,
    tags: dict[str, str] | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ChangeResult:
    """Classify what happened between two land-use rasters, around industrial areas.

    Parameters
    ----------
    before_path, after_path
        Single-band categorical rasters (any integer type, their own nodata) readable by GDAL.
    nomenclature
        Code -> production class (see :func:`reindustria_plugin.analysis.typology.load_nomenclature`).
    typology
        (n_classes, n_classes) change-type codes (see :func:`~reindustria_plugin.analysis.typology.load_typology`).
    change_path
        GeoTIFF to write the change-type raster to (255 = nodata), or None. Written to a temporary file next
        to it and moved into place at the end, so an error or a cancel never leaves a partial file.
    rings
        Increasing distances in map units from the industrial areas; empty for no rings.
    industrial_areas
        Shapely geometries in the BEFORE raster's CRS; None = cells of industrial class at the BEFORE date.
    zones
        (geometry, name) pairs in the BEFORE raster's CRS for the summary; None = one zone "all".
    block_size
        Side of the square blocks, in cells.
    tags
        Extra GeoTIFF metadata (nomenclature, typology) so the result can be reproduced.
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.

    Returns
    -------
    ChangeResult
    """
    messages: list[Message] = []
    rings = _check_rings(rings)
    ring_info = _ring_labels(rings)
    n_rings = len(ring_info)
    n_types = len(CHANGE_TYPES)
    zone_names = ["all"] if not zones else [str(name) for _, name in zones]
    n_zones = len(zone_names) + (1 if zones else 0)  # index 0 = outside every zone

    before, after, reader, same_grid = _open_pair(before_path, after_path, messages)
    tmp_path = None
    out = None
    try:
        units = before.crs.linear_units_factor[1] if before.crs.is_projected else 1.0
        res_x, res_y = abs(before.transform.a), abs(before.transform.e)
        cell_area_ha = res_x * res_y * units * units / 10_000.0
        idx_b = _CodeIndex(nomenclature, before.dtypes[0])
        idx_a = _CodeIndex(nomenclature, after.dtypes[0])
        cls_known = class_index(nomenclature)
        n_known = len(nomenclature.codes)
        # Change type per (before index, after index); unknown codes stay "unmapped".
        pair_type = np.full((MAX_CODES, MAX_CODES), UNMAPPED_TYPE, dtype=np.uint8)
        ok = cls_known >= 0
        kb, ka = np.nonzero(ok[:, None] & ok[None, :])
        pair_type[kb, ka] = typology[cls_known[kb], cls_known[ka]]
        # Codes of the "nodata" class are excluded like nodata cells.
        excluded_index = np.zeros(MAX_CODES, dtype=bool)
        excluded_index[:n_known] = ~ok
        industrial_index = np.zeros(MAX_CODES, dtype=bool)
        industrial_index[:n_known] = cls_known == INDUSTRIAL

        crosstab = np.zeros(MAX_CODES * MAX_CODES, dtype=np.int64)
        summary = np.zeros(n_zones * n_rings * n_types, dtype=np.int64)
        excluded = {"nodata_before": 0, "nodata_after": 0, "excluded_class": 0}
        nodata_b, nodata_a = before.nodata, after.nodata
        check_after_mask = not same_grid and nodata_a is None  # aligned view without nodata: use its mask
        halo = int(math.ceil(rings[-1] / min(res_x, res_y))) + 1 if rings else 0
        geoms_ind = list(industrial_areas) if industrial_areas is not None else None
        zone_geoms = [g for g, _n in zones] if zones else None

        if change_path:
            import rasterio

            change_path = str(change_path)
            suffix = Path(change_path).suffix.lower()
            if suffix not in (".tif", ".tiff"):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The change raster is written as GeoTIFF: give a file name ending in .tif "
                        "(got {path}).",
                    ),
                    path=change_path,
                )
            out_dir = os.path.dirname(os.path.abspath(change_path))
            os.makedirs(out_dir, exist_ok=True)
            fd, tmp_path = tempfile.mkstemp(prefix=".partial-", suffix=".tif", dir=out_dir)
            os.close(fd)
            out = rasterio.open(
                tmp_path,
                "w",
                driver="GTiff",
                width=before.width,
                height=before.height,
                count=1,
                dtype="uint8",
                nodata=NODATA_VALUE,
                crs=before.crs,
                transform=before.transform,
                tiled=True,
                blockxsize=256,
                blockysize=256,
                compress="deflate",
                BIGTIFF="IF_SAFER",
            )
            out.write_colormap(1, {t.code: _rgb(t.colour) for t in CHANGE_TYPES})

        from rasterio.windows import Window
        from rasterio.windows import transform as window_transform

        windows = list(_windows(before.height, before.width, block_size))
        for k, (row, col, h, w) in enumerate(windows):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            # Before, read with the halo the distance rings need.
            r0, c0 = max(row - halo, 0), max(col - halo, 0)
            r1, c1 = min(row + h + halo, before.height), min(col + w + halo, before.width)
            big_window = Window(c0, r0, c1 - c0, r1 - r0)
            b_big = before.read(1, window=big_window)
            inner = (slice(row - r0, row - r0 + h), slice(col - c0, col - c0 + w))
            b = b_big[inner]
            window = Window(col, row, w, h)
            a = reader.read(1, window=window)
            # Map the halo block once: the inner part feeds the cross-tab, the whole the industrial mask.
            ib_big = idx_b.map(b_big)
            ib = ib_big[inner]
            ia = idx_a.map(a)
            valid = np.ones(b.shape, dtype=bool)
            if nodata_b is not None:
                nb = b == nodata_b
                excluded["nodata_before"] += int(nb.sum())
                valid &= ~nb
            if nodata_a is not None:
                na = a == nodata_a
            elif check_after_mask:
                na = reader.read_masks(1, window=window) == 0
            else:
                na = None
            if na is not None:
                excluded["nodata_after"] += int((na & valid).sum())
                valid &= ~na
            ex = (excluded_index[ib] | excluded_index[ia]) & valid
            excluded["excluded_class"] += int(ex.sum())
            valid &= ~ex
            key = ib * MAX_CODES + ia
            change = pair_type.ravel()[key]
            change[~valid] = NODATA_VALUE
            crosstab += np.bincount(key[valid], minlength=MAX_CODES * MAX_CODES)

            # Distance rings around industrial areas.
            if rings:
                big_shape = b_big.shape
                if geoms_ind is None:
                    ind_big = industrial_index[ib_big]
                    if nodata_b is not None:
                        ind_big &= b_big != nodata_b
                else:
                    tr_big = window_transform(big_window, before.transform)
                    bounds_big = _window_bounds(tr_big, big_shape)
                    ind_big = _rasterize(geoms_ind, [1] * len(geoms_ind), tr_big, big_shape, bounds_big) > 0
                if ind_big.any():
                    from scipy import ndimage

                    dist = ndimage.distance_transform_edt(~ind_big, sampling=(res_y, res_x))[inner]
                    ring = np.searchsorted(np.array([0.0, *rings]), dist, side="left").astype(np.int32)
                else:
                    ring = np.full(b.shape, n_rings - 1, dtype=np.int32)
            else:
                ring = np.zeros(b.shape, dtype=np.int32)

            if zone_geoms is not None:
                tr_small = window_transform(window, before.transform)
                zone = _rasterize(
                    zone_geoms,
                    range(1, len(zone_geoms) + 1),
                    tr_small,
                    b.shape,
                    _window_bounds(tr_small, b.shape),
                )
            else:
                zone = np.zeros(b.shape, dtype=np.int32)
            skey = (zone[valid] * n_rings + ring[valid]) * n_types + change[valid]
            summary += np.bincount(skey, minlength=summary.size)
            if out is not None:
                out.write(change, 1, window=window)
            if progress is not None:
                progress((k + 1) / len(windows))

        if out is not None:
            all_tags = {"reindustria_change_types": ";".join(f"{t.code}={t.key}" for t in CHANGE_TYPES)}
            all_tags.update(tags or {})
            out.update_tags(**all_tags)
            out.close()
            out = None
            # mkstemp makes the file private (0600): give it the permissions a normal new file gets.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_path, 0o666 & ~umask)
            os.replace(tmp_path, change_path)
            tmp_path = None
    finally:
        if out is not None:
            out.close()
        if tmp_path is not None and os.path.exists(tmp_path):
            os.remove(tmp_path)
        if reader is not after:
            reader.close()
        after.close()
        before.close()

    codes_b = np.array(idx_b.codes, dtype=np.int64)
    codes_a = np.array(idx_a.codes, dtype=np.int64)
    ct = crosstab.reshape(MAX_CODES, MAX_CODES)[: len(codes_b), : len(codes_a)]
    for name, index in (("BEFORE", idx_b), ("AFTER", idx_a)):
        axis = 1 if name == "BEFORE" else 0
        counts = ct.sum(axis=axis)
        unknown = [
            (index.codes[i], int(counts[i])) for i in range(index.known, len(index.codes)) if counts[i]
        ]
        if unknown:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "{name}: {count} codes are not in the nomenclature and were kept as 'unmapped' "
                        "(code: cells): {codes}. Check the nomenclature choice or add them to a custom CSV.",
                    ),
                    name=name,
                    count=len(unknown),
                    codes=", ".join(f"{c}: {n}" for c, n in unknown),
                )
            )
    for key, text in (
        ("nodata_before", QT_TRANSLATE_NOOP("analysis", "nodata in BEFORE")),
        ("nodata_after", QT_TRANSLATE_NOOP("analysis", "nodata in AFTER")),
        ("excluded_class", QT_TRANSLATE_NOOP("analysis", "a 'no data' class of the nomenclature")),
    ):
        if excluded[key]:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP("analysis", "{cells} cells ({ha} ha) were excluded: {why}."),
                    cells=excluded[key],
                    ha=f"{excluded[key] * cell_area_ha:.2f}",
                    why=text,
                )
            )

    transitions = _transitions_table(ct, codes_b, codes_a, nomenclature, pair_type, cell_area_ha)
    summary_table = _summary_table(
        summary.reshape(n_zones, n_rings, n_types), zone_names, bool(zones), ring_info, cell_area_ha
    )
    accounting = _class_accounting(ct, codes_b, codes_a, nomenclature, cell_area_ha)
    return ChangeResult(
        transitions, summary_table, accounting, ct, codes_b, codes_a, cell_area_ha, messages, excluded
    )


def _rgb(colour: str) -> tuple[int, int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16), 255


def _window_bounds(transform, shape) -> tuple[float, float, float, float]:
    x0, y0 = transform * (0, 0)
    x1, y1 = transform * (shape[1], shape[0])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def code_info(nomenclature: Nomenclature, code: int) -> tuple[str, str]:
    """(production class, label) of a code; unknown codes are 'unmapped'."""
    pos = nomenclature.index(code)
    if pos is None:
        return UNMAPPED_CLASS, f"{code} (unmapped)"
    return nomenclature.classes[pos], nomenclature.labels[pos]


def _transitions_table(ct, codes_b, codes_a, nomenclature, pair_type, cell_area_ha) -> pd.DataFrame:
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
                "area_ha": ct[i, j] * cell_area_ha,
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


def _summary_table(counts, zone_names, has_zones, ring_info, cell_area_ha) -> pd.DataFrame:
    """Per zone (and all zones), per ring (and all rings): cells, area and share of each change type."""
    groups = []
    if has_zones:
        for z, name in enumerate(zone_names, start=1):
            groups.append((name, counts[z]))
        groups.append(("all", counts.sum(axis=0)))
    else:
        groups.append(("all", counts[0]))
    rows = []
    for zone, per_ring in groups:
        ring_rows = [(label, lo, hi, per_ring[r]) for r, (label, lo, hi) in enumerate(ring_info)]
        if len(ring_info) > 1:
            ring_rows.append(("all", 0.0, math.inf, per_ring.sum(axis=0)))
        for label, lo, hi, per_type in ring_rows:
            total = per_type.sum()
            for t in CHANGE_TYPES:
                cells = int(per_type[t.code])
                if cells == 0:
                    continue
                rows.append(
                    {
                        "zone": zone,
                        "ring": label,
                        "ring_from": lo,
                        "ring_to": hi if math.isfinite(hi) else None,
                        "change_code": t.code,
                        "change_type": t.key,
                        "cells": cells,
                        "area_ha": cells * cell_area_ha,
                        "share_pct": 100.0 * cells / total,
                    }
                )
    columns = [
        "zone",
        "ring",
        "ring_from",
        "ring_to",
        "change_code",
        "change_type",
        "cells",
        "area_ha",
        "share_pct",
    ]
    return pd.DataFrame(rows, columns=columns)


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


def _class_accounting(ct, codes_b, codes_a, nomenclature, cell_area_ha) -> pd.DataFrame:
    agg, keys = class_crosstab(ct, codes_b, codes_a, nomenclature)
    labels = {k: lab for k, lab, _ in PRODUCTION_CLASSES}
    return change_accounting(agg * cell_area_ha, keys, [labels.get(k, "Unmapped") for k in keys], unit="ha")
