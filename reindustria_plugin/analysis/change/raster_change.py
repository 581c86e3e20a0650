"""Land-use change between two categorical rasters, around industrial areas, block by block.

One pass over the BEFORE grid in square blocks, shared by one worker thread per core (GDAL reads, NumPy and
the change raster's compression release the GIL): both rasters are read (AFTER through a nearest-neighbour
warped view when its grid differs), codes become indices (8-bit rasters: the byte itself), and each block
counts its cells by (zone and ring, before, after) and writes its change types. The cross-tabulation, the
excluded cells and the per zone / distance ring summary all follow from those counts at the end. Memory is
bounded by the block size, whatever the raster size.

Distances to industrial areas are exact up to the largest ring, as SciPy's Euclidean distance transform
would give them: each block is read with a halo as wide as that ring, and :class:`RingKernel` finds each
cell's ring with table lookups and whole-array doublings instead of a full distance transform.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..code_index import (
    MAX_CODES,
    DenseIndex,
    RawIndex,
    check_integer,
    code_slots,
    slot_classes,
    slot_pair_types,
)
from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..grid import aligned_view
from ..lookup import lookup
from ..typology import (
    CHANGE_TYPES,
    CLASS_KEYS,
    NODATA_VALUE,
    UNMAPPED_TYPE,
    Nomenclature,
    check_mostly_mapped,
    class_index,
)
from .change_tables import (
    add_zone_columns,
    check_rings,
    check_zones,
    class_accounting,
    code_info,
    ring_labels,
    summary_frame,
    transitions_table,
)
from .ring_kernel import RingKernel

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


def _open_pair(before_path: str, after_path: str, messages: list[Message]):
    import rasterio

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
    reader = aligned_view(after, before)
    same = reader is after
    if not same:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The AFTER raster's grid differs from BEFORE (CRS {crs_a} vs {crs_b}, cell "
                    "{res_a} vs {res_b}, columns x rows {shape_a} vs {shape_b}): AFTER was aligned onto the BEFORE "
                    "grid by nearest neighbour.",
                ),
                crs_a=after.crs.to_string(),
                crs_b=before.crs.to_string(),
                res_a="x".join(f"{r:.4f}" for r in after.res),
                res_b="x".join(f"{r:.4f}" for r in before.res),
                shape_a=f"{after.width} x {after.height}",
                shape_b=f"{before.width} x {before.height}",
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


#: Combined (zone, ring, before, after) counts per block when there are at most this many bins.
_COMBINED_BINS = 1 << 19
#: Cells per band of int64 keys (8 MB).
_KEY_CELLS = 1 << 20
#: Positions of an int64's bytes of weight 1, 256 and 65536.
_KEY_BYTES = (0, 1, 2) if sys.byteorder == "little" else (7, 6, 5)
#: GDAL block cache while the blocks run: halo re-reads and the change raster's tiles, not whole rasters.
_GDAL_CACHE_BYTES = 32 * 2**20


def _workers_for(blocks: int) -> int:
    """Worker threads: one per available core, at most 4 (each holds ~50 MB of block buffers)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4, blocks))


class _Run:
    """What the block workers share: inputs, indices, tables, the change raster and a stop flag."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)
        self.stop = threading.Event()
        self.write_lock = threading.Lock()
        self.workers: list[_Worker] = []
        self.workers_lock = threading.Lock()
        self.local = threading.local()

    def worker(self) -> _Worker:
        worker = getattr(self.local, "worker", None)
        if worker is None:
            worker = self.local.worker = _Worker(self)
            with self.workers_lock:
                self.workers.append(worker)
        return worker

    def block(self, row: int, col: int, h: int, w: int) -> None:
        if not self.stop.is_set():
            self.worker().block(row, col, h, w)


class _Worker:
    """One thread's own dataset handles (GDAL handles are not shared across threads), buffers and counts."""

    def __init__(self, run: _Run):
        import rasterio

        self.run = run
        self.before = rasterio.open(run.before_path)
        self.after = rasterio.open(run.after_path)
        self.reader = aligned_view(self.after, self.before)
        size, halo = run.block_size, run.halo
        big = (min(size + 2 * halo, run.height), min(size + 2 * halo, run.width))
        cells = min(size, run.height) * min(size, run.width)
        self.b_buf = np.empty(big[0] * big[1], dtype=run.dtype_b)
        self.a_buf = np.empty(cells, dtype=run.dtype_a)
        self.not_ind = np.empty(big[0] * big[1], dtype=bool)
        self.k64 = np.zeros(min(cells, _KEY_CELLS), dtype=np.int64)
        self.change = np.empty(cells, dtype=np.uint8)
        inner = (min(size, run.height), min(size, run.width))
        self.ring_buf = run.kernel.buffers(*big, *inner) if run.kernel is not None else None
        if run.combined:
            self.counts = np.zeros(run.n_zr * 65536, dtype=np.int64)
        else:
            self.crosstab = np.zeros((run.kb_max, run.ka_max), dtype=np.int64)
            self.summary = np.zeros(run.n_zr * 256, dtype=np.int64)
            self.types: dict[tuple[int, int], np.ndarray] = {}

    def close(self) -> None:
        if self.reader is not self.after:
            self.reader.close()
        self.after.close()
        self.before.close()

    def _not_industrial(self, b_big: np.ndarray, ib_big: np.ndarray | None, big_window) -> np.ndarray:
        """True where a cell of the block with its halo is not industrial (so farther than ring 0)."""
        run = self.run
        shape = (int(big_window.height), int(big_window.width))
        out = self.not_ind[: shape[0] * shape[1]].reshape(shape)
        if run.industrial_geoms is not None:
            from rasterio.windows import transform as window_transform

            tr = window_transform(big_window, run.transform)
            geoms = run.industrial_geoms
            burnt = _rasterize(geoms, [1] * len(geoms), tr, shape, _window_bounds(tr, shape))
            return np.equal(burnt, 0, out=out)
        if ib_big is not None:  # dense indices: a flag per slot
            return lookup(run.not_industrial_slots(run.idx_b.size), ib_big, out)
        raw = b_big.view(np.uint8)
        values = run.industrial_raw
        if len(values) > 3:
            return lookup(run.not_industrial_raw, raw, out)
        if not values:
            out[...] = True
            return out
        # A few industrial codes (CORINE has one): comparisons beat a table lookup several times over.
        np.not_equal(raw, values[0], out=out)
        for v in values[1:]:
            np.logical_and(out, raw != v, out=out)
        return out

    def _count(self, ib, ia, zone_ring, change, kb: int, ka: int) -> None:
        """Count a band's cells by (zone and ring, before index, after index); its change types."""
        run = self.run
        h, w = ib.shape
        key = self.k64[: h * w].reshape(h, w)
        if run.combined:
            # One count per (zone and ring, before byte, after byte): cross-tab and summary both follow. The
            # key's three low bytes are written in place (its other bytes stay 0): no shifts, no casts.
            key_bytes = key.view(np.uint8).reshape(h, w, 8)
            low, mid, high = _KEY_BYTES
            key_bytes[..., low] = ia
            key_bytes[..., mid] = ib
            if zone_ring is not None:
                key_bytes[..., high] = zone_ring
            np.add(self.counts, np.bincount(key.ravel(), minlength=self.counts.size), out=self.counts)
            if run.out is not None:
                lookup(run.types_combined, key, change)
            return
        np.multiply(ib, ka, out=key, dtype=np.int64)
        np.add(key, ia, out=key)
        counts = np.bincount(key.ravel(), minlength=kb * ka).reshape(kb, ka)
        np.add(self.crosstab[:kb, :ka], counts, out=self.crosstab[:kb, :ka])
        types = self.types.get((kb, ka))
        if types is None:
            types = self.types[kb, ka] = run.pair_types(kb, ka)[0].ravel()
        lookup(types, key, change)
        if zone_ring is None:
            np.copyto(key, change)
        else:
            np.multiply(zone_ring, 256, out=key, dtype=np.int64)
            np.add(key, change, out=key)
        np.add(self.summary, np.bincount(key.ravel(), minlength=self.summary.size), out=self.summary)

    def block(self, row: int, col: int, h: int, w: int) -> None:
        from rasterio.windows import Window
        from rasterio.windows import transform as window_transform

        run = self.run
        halo = run.halo
        r0, c0 = max(row - halo, 0), max(col - halo, 0)
        r1, c1 = min(row + h + halo, run.height), min(col + w + halo, run.width)
        big_window = Window(c0, r0, c1 - c0, r1 - r0)
        inner = (slice(row - r0, row - r0 + h), slice(col - c0, col - c0 + w))
        window = Window(col, row, w, h)
        if run.read_halo:
            b_big = self.b_buf[: (r1 - r0) * (c1 - c0)].reshape(r1 - r0, c1 - c0)
            self.before.read(1, window=big_window, out=b_big)
            b = b_big[inner]
        else:
            b = b_big = self.b_buf[: h * w].reshape(h, w)
            self.before.read(1, window=window, out=b)
        a = self.a_buf[: h * w].reshape(h, w)
        self.reader.read(1, window=window, out=a)
        outside = self.reader.read_masks(1, window=window) == 0 if run.check_after_mask else None
        ia = run.idx_a.index(a, outside)
        ib_big = None
        if isinstance(run.idx_b, RawIndex):
            ib = b.view(np.uint8)
        elif run.read_halo:
            ib_big = run.idx_b.index(b_big)
            ib = ib_big[inner]
        else:
            ib = run.idx_b.index(b)
        kb, ka = run.idx_b.size, run.idx_a.size  # every index of this block is below

        ring = None
        if run.kernel is not None:
            not_ind = self._not_industrial(b_big, ib_big, big_window)
            ring = run.kernel.rings(not_ind, inner, self.ring_buf)
        zone_ring = ring
        if run.zone_geoms is not None:
            tr = window_transform(window, run.transform)
            zone = _rasterize(
                run.zone_geoms, range(1, len(run.zone_geoms) + 1), tr, (h, w), _window_bounds(tr, (h, w))
            )
            zone_ring = zone * run.n_rings + (ring if ring is not None else 0)

        change = self.change[: h * w].reshape(h, w)
        # Row bands keep the int64 keys small (memory) and in the CPU cache (speed).
        band = max(1, self.k64.size // w)
        for top in range(0, h, band):
            rows = slice(top, min(top + band, h))
            self._count(
                ib[rows], ia[rows], None if zone_ring is None else zone_ring[rows], change[rows], kb, ka
            )
        if run.out is not None:
            with run.write_lock:
                run.out.write(change, 1, window=window)


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
    threads: int | None = None,
    presets: Sequence[tuple[str, Nomenclature]] = (),
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
    threads
        Blocks processed in parallel; None = one per available core (at most 4). The result does not depend
        on it.
    presets
        (name shown to users, nomenclature) pairs: when most cells of a date have codes ``nomenclature`` does
        not list, the run stops with an error suggesting the preset that lists them.

    Raises
    ------
    InputError
        Bad input, a nomenclature that does not fit most cells, zones none of which overlaps the data.

    Returns
    -------
    ChangeResult
    """
    messages: list[Message] = []
    rings = check_rings(rings)
    ring_info = ring_labels(rings)
    n_rings = len(ring_info)
    n_types = len(CHANGE_TYPES)
    zone_names = ["all"] if not zones else [str(name) for _, name in zones]
    n_zones = len(zone_names) + (1 if zones else 0)  # index 0 = outside every zone

    import rasterio

    before, after, reader, same_grid = _open_pair(before_path, after_path, messages)
    tmp_path = None
    out = None
    run = None
    pool = None
    try:
        units = before.crs.linear_units_factor[1] if before.crs.is_projected else 1.0
        res_x, res_y = abs(before.transform.a), abs(before.transform.e)
        cell_area_ha = res_x * res_y * units * units / 10_000.0
        dtype_b, dtype_a = np.dtype(before.dtypes[0]), np.dtype(after.dtypes[0])
        for dtype, name in ((dtype_b, f"BEFORE ({before.name})"), (dtype_a, f"AFTER ({after.name})")):
            check_integer(dtype, name)
        check_after_mask = not same_grid and after.nodata is None  # aligned view without nodata: its mask
        idx_b = (
            RawIndex(dtype_b, before.nodata)
            if dtype_b.itemsize == 1
            else DenseIndex(nomenclature, dtype_b, before.nodata)
        )
        idx_a = (
            RawIndex(dtype_a, after.nodata)
            if dtype_a.itemsize == 1 and not check_after_mask
            else DenseIndex(nomenclature, dtype_a, after.nodata, outside_slot=check_after_mask)
        )
        raw_pair = isinstance(idx_b, RawIndex) and isinstance(idx_a, RawIndex)
        n_zr = n_zones * n_rings
        combined = raw_pair and n_zr * 65536 <= _COMBINED_BINS
        halo = int(math.ceil(rings[-1] / min(res_x, res_y))) + 1 if rings else 0

        def pair_types(kb: int, ka: int):
            return slot_pair_types(idx_b, idx_a, nomenclature, typology, kb, ka)

        cls_known = class_index(nomenclature)
        not_industrial_raw = np.ones(256, dtype=bool)
        if isinstance(idx_b, RawIndex):
            cls_raw, nodata_raw = slot_classes(idx_b, nomenclature, 256)
            not_industrial_raw = (cls_raw != INDUSTRIAL) | nodata_raw

        def not_industrial_slots(kb: int) -> np.ndarray:
            flags = np.ones(kb, dtype=bool)
            n = min(kb, len(cls_known))
            flags[:n] = cls_known[:n] != INDUSTRIAL
            if idx_b.nodata is not None and idx_b.nodata < kb:
                flags[idx_b.nodata] = True
            return flags

        if change_path:
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

        windows = list(_windows(before.height, before.width, block_size))
        run = _Run(
            before_path=str(before_path),
            after_path=str(after_path),
            check_after_mask=check_after_mask,
            height=before.height,
            width=before.width,
            transform=before.transform,
            dtype_b=dtype_b,
            dtype_a=dtype_a,
            block_size=block_size,
            halo=halo,
            read_halo=bool(rings) and industrial_areas is None,
            kernel=RingKernel(rings, res_y, res_x) if rings else None,
            idx_b=idx_b,
            idx_a=idx_a,
            kb_max=256 if isinstance(idx_b, RawIndex) else MAX_CODES,
            ka_max=256 if isinstance(idx_a, RawIndex) else MAX_CODES,
            combined=combined,
            n_zr=n_zr,
            n_rings=n_rings,
            types_combined=np.tile(pair_types(256, 256)[0].ravel(), n_zr) if combined else None,
            pair_types=pair_types,
            industrial_raw=[v for v in range(256) if not not_industrial_raw[v]],
            not_industrial_raw=not_industrial_raw,
            not_industrial_slots=not_industrial_slots,
            industrial_geoms=list(industrial_areas) if industrial_areas is not None else None,
            zone_geoms=[g for g, _n in zones] if zones else None,
            out=out,
        )

        n_threads = _workers_for(len(windows)) if threads is None else max(1, int(threads))
        with rasterio.Env(GDAL_CACHEMAX=_GDAL_CACHE_BYTES):
            if n_threads == 1:
                for k, window in enumerate(windows):
                    if is_canceled is not None and is_canceled():
                        raise Canceled()
                    run.block(*window)
                    if progress is not None:
                        progress((k + 1) / len(windows))
            else:
                pool = ThreadPoolExecutor(max_workers=n_threads, thread_name_prefix="reindustria")
                futures = [pool.submit(run.block, *window) for window in windows]
                for k, future in enumerate(futures):
                    while True:
                        if is_canceled is not None and is_canceled():
                            raise Canceled()
                        if wait_futures([future], timeout=0.1).done:
                            break
                    future.result()  # a worker's error stops the run here
                    if progress is not None:
                        progress((k + 1) / len(windows))
                pool.shutdown()
                pool = None

        # Counts over every cell, valid or not, by (before index, after index); then what is left out, and why.
        kb, ka = idx_b.size, idx_a.size
        types, cls_b, cls_a, nodata_b, nodata_a = pair_types(kb, ka)
        if combined:
            per_zr = sum(w.counts for w in run.workers).reshape(n_zr, kb * ka)
            counts = per_zr.sum(axis=0).reshape(kb, ka)
            flat_types = types.ravel()
            summary = np.zeros((n_zr, n_types), dtype=np.int64)
            for t in range(n_types):
                summary[:, t] = per_zr[:, flat_types == t].sum(axis=1)
        else:
            counts = sum(w.crosstab for w in run.workers)[:kb, :ka]
            summary = sum(w.summary for w in run.workers).reshape(n_zr, 256)[:, :n_types]
        valid = np.where(types != NODATA_VALUE, counts, 0)
        # A wrong nomenclature or zones off the data stop the run here, before the change raster is in place.
        for name, index, weights in (
            ("BEFORE", idx_b, valid.sum(axis=1)),
            ("AFTER", idx_a, valid.sum(axis=0)),
        ):
            check_mostly_mapped(name, index.codes()[: len(weights)], weights, nomenclature, presets)
        if zones:
            per_zone = summary.reshape(n_zones, n_rings * n_types).sum(axis=1)[1:]
            warning = check_zones(zone_names, per_zone > 0)
            if warning is not None:
                messages.append(warning)

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
        if pool is not None:
            run.stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
        if run is not None:
            for worker in run.workers:
                worker.close()
        if out is not None:
            out.close()
        if tmp_path is not None and os.path.exists(tmp_path):
            os.remove(tmp_path)
        if reader is not after:
            reader.close()
        after.close()
        before.close()

    excluded = {
        "nodata_before": int(counts[nodata_b].sum()),
        "nodata_after": int(counts[~nodata_b][:, nodata_a].sum()),
        "excluded_class": int(
            counts[
                ((cls_b == -1)[:, None] | (cls_a == -1)[None, :]) & ~nodata_b[:, None] & ~nodata_a[None, :]
            ].sum()
        ),
    }
    # Rows and columns: the nomenclature's codes, then unknown codes met in valid cells, in code order.
    slots_b, codes_b, known_b = code_slots(idx_b, nomenclature, valid.sum(axis=1), kb)
    slots_a, codes_a, known_a = code_slots(idx_a, nomenclature, valid.sum(axis=0), ka)
    ct = _pick(valid, slots_b, slots_a, 0).astype(np.int64)
    pair_type = _pick(types, slots_b, slots_a, UNMAPPED_TYPE)
    for name, codes, known, axis in (("BEFORE", codes_b, known_b, 1), ("AFTER", codes_a, known_a, 0)):
        totals = ct.sum(axis=axis)
        unknown = [(int(codes[i]), int(totals[i])) for i in range(known, len(codes)) if totals[i]]
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
                    cells=f"{excluded[key]:,}",
                    ha=f"{excluded[key] * cell_area_ha:,.2f}",
                    why=text,
                )
            )

    transitions = transitions_table(ct, codes_b, codes_a, nomenclature, pair_type, cell_area_ha)
    summary_table = add_zone_columns(
        summary_frame(
            summary.reshape(n_zones, n_rings, n_types), zone_names, bool(zones), ring_info, cell_area_ha
        ),
        typology,
    )
    accounting = class_accounting(ct, codes_b, codes_a, nomenclature, cell_area_ha)
    return ChangeResult(
        transitions, summary_table, accounting, ct, codes_b, codes_a, cell_area_ha, messages, excluded
    )


def industrial_cell_polygons(before_path: str, nomenclature: Nomenclature) -> list:
    """The outlines of the BEFORE raster's cells of industrial class, as shapely polygons (the whole raster is
    read: for the ring polygons output, which is off by default)."""
    import rasterio
    from rasterio import features
    from shapely.geometry import shape

    with rasterio.open(before_path) as src:
        data = src.read(1)
        nodata = src.nodata
        transform = src.transform
    industrial = [
        code
        for code in np.unique(data)
        if (nodata is None or code != nodata) and code_info(nomenclature, int(code))[0] == "industrial"
    ]
    mask = np.isin(data, industrial)
    return [
        shape(geom) for geom, _value in features.shapes(mask.astype("uint8"), mask=mask, transform=transform)
    ]


def _pick(matrix: np.ndarray, rows: np.ndarray, cols: np.ndarray, fill) -> np.ndarray:
    """matrix[rows][:, cols] where slot -1 gives ``fill``."""
    padded = np.full((matrix.shape[0] + 1, matrix.shape[1] + 1), fill, dtype=matrix.dtype)
    padded[:-1, :-1] = matrix
    return padded[np.ix_(rows, cols)]


def _rgb(colour: str) -> tuple[int, int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16), 255


def _window_bounds(transform, shape) -> tuple[float, float, float, float]:
    x0, y0 = transform * (0, 0)
    x1, y1 = transform * (shape[1], shape[0])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
