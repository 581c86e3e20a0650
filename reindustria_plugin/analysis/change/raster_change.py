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

Optionally, patches of change below a minimum mapping unit count as unchanged (:mod:`.mmu`; the blocks are read
with a margin that holds every small patch whole), and when AFTER's grid differs, the change the alignment alone
is expected to show is counted beside the result (:mod:`.resampling`).
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
    class_crosstab,
    code_info,
    ring_labels,
    round_ha,
    summary_frame,
    transitions_table,
)
from .mmu import min_patch_cells, small_change
from .resampling import GridOffset, shift_weights
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
    #: Change found cell by cell (codes differ), before the minimum mapping unit.
    found_ha: float = 0.0
    #: Change in patches below the minimum mapping unit, counted as unchanged.
    below_mmu_ha: float = 0.0
    #: Change expected from aligning AFTER onto BEFORE's grid alone; None when the grids are the same.
    resampling_ha: float | None = None


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
#: Cells per band of the grid-offset estimate (its float arrays).
_NOISE_CELLS = 1 << 18
#: The grid-offset estimate counts probabilities in whole units of 1 / _NOISE_UNIT of a cell.
_NOISE_UNIT = float(1 << 20)
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
        size = run.block_size

        def window_cells(halo: int) -> int:
            return min(size + 2 * halo, run.height) * min(size + 2 * halo, run.width)

        cells = min(size, run.height) * min(size, run.width)
        self.b_buf = np.empty(window_cells(run.read_halo), dtype=run.dtype_b)
        self.a_buf = np.empty(window_cells(run.mmu_halo), dtype=run.dtype_a)
        self.not_ind = np.empty(window_cells(run.halo), dtype=bool)
        self.k64 = np.zeros(min(cells, _KEY_CELLS), dtype=np.int64)
        self.change = np.empty(cells, dtype=np.uint8)
        inner = (min(size, run.height), min(size, run.width))
        ring_big = (min(size + 2 * run.halo, run.height), min(size + 2 * run.halo, run.width))
        self.ring_buf = run.kernel.buffers(*ring_big, *inner) if run.kernel is not None else None
        if run.combined:
            self.counts = np.zeros(run.n_zr * 65536, dtype=np.int64)
        else:
            self.crosstab = np.zeros((run.kb_max, run.ka_max), dtype=np.int64)
            self.summary = np.zeros(run.n_zr * 256, dtype=np.int64)
            self.types: dict[tuple[int, int], np.ndarray] = {}
        # Changes below the minimum mapping unit, by zone and ring and the change type they had.
        self.below = np.zeros(run.n_zr * 256, dtype=np.int64) if run.min_cells else None
        # Change expected from the grid offset alone: (before, neighbour) cells and (zone and ring, type).
        if run.offset is not None:
            self.noise_ct = np.zeros(run.kb_max * run.kb_max, dtype=np.float64)
            self.noise_summary = np.zeros(run.n_zr * 256, dtype=np.float64)
            self.noise_types: dict[int, np.ndarray] = {}

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
        window = Window(col, row, w, h)
        # BEFORE is read with the widest margin any step needs (rings from its cells, the minimum mapping
        # unit, the grid offset's neighbours); each step takes its own window out of it.
        big = _Margin(row, col, h, w, run.read_halo, run.height, run.width)
        if run.read_halo:
            b_big = self.b_buf[: big.cells].reshape(big.shape)
            self.before.read(1, window=big.window(), out=b_big)
        else:
            b_big = self.b_buf[: h * w].reshape(h, w)
            self.before.read(1, window=window, out=b_big)
        b = b_big[big.inner]
        mmu = _Margin(row, col, h, w, run.mmu_halo, run.height, run.width)
        a_win = self.a_buf[: mmu.cells].reshape(mmu.shape)
        self.reader.read(1, window=mmu.window(), out=a_win)
        outside = self.reader.read_masks(1, window=mmu.window()) == 0 if run.check_after_mask else None
        ia_win = run.idx_a.index(a_win, outside)
        ia = ia_win[mmu.inner]
        ib_big = None
        if isinstance(run.idx_b, RawIndex):
            ib_big = b_big.view(np.uint8)
        elif run.read_halo:
            ib_big = run.idx_b.index(b_big)
        else:
            ib_big = run.idx_b.index(b)
        ib = ib_big[big.inner] if run.read_halo else ib_big
        kb, ka = run.idx_b.size, run.idx_a.size  # every index of this block is below

        absorbed = None
        if run.min_cells:
            absorbed, was = self._below_mmu(b_big, ib_big, big, a_win, ia_win, mmu, ib, ia, kb, ka)

        ring = None
        if run.kernel is not None:
            rings = _Margin(row, col, h, w, run.halo, run.height, run.width)
            b_ring = ib_ring = None
            if run.industrial_geoms is None:  # rings around the BEFORE cells of industrial class
                inside = big.part(rings)
                b_ring = b_big[inside]
                ib_ring = None if isinstance(run.idx_b, RawIndex) else ib_big[inside]
            not_ind = self._not_industrial(b_ring, ib_ring, rings.window())
            ring = run.kernel.rings(not_ind, rings.inner, self.ring_buf)
        zone_ring = ring
        if run.zone_geoms is not None:
            tr = window_transform(window, run.transform)
            zone = _rasterize(
                run.zone_geoms, range(1, len(run.zone_geoms) + 1), tr, (h, w), _window_bounds(tr, (h, w))
            )
            zone_ring = zone * run.n_rings + (ring if ring is not None else 0)
        if absorbed is not None:
            zr = 0 if zone_ring is None else zone_ring[absorbed].astype(np.int64)
            np.add(self.below, np.bincount(zr * 256 + was, minlength=self.below.size), out=self.below)

        change = self.change[: h * w].reshape(h, w)
        # Row bands keep the int64 keys small (memory) and in the CPU cache (speed).
        band = max(1, self.k64.size // w)
        for top in range(0, h, band):
            rows = slice(top, min(top + band, h))
            self._count(
                ib[rows], ia[rows], None if zone_ring is None else zone_ring[rows], change[rows], kb, ka
            )
        if run.offset is not None:
            self._grid_noise(ib_big, big, ib, ia, zone_ring, row, col, h, w, kb, ka)
        if run.out is not None:
            with run.write_lock:
                run.out.write(change, 1, window=window)

    def _below_mmu(self, b_big, ib_big, big, a_win, ia_win, mmu, ib, ia, kb: int, ka: int):
        """Cells of the block whose change patch is below the minimum mapping unit, and the change type they
        had; their AFTER index becomes the one of their BEFORE code (``ia`` is changed in place)."""
        run = self.run
        part = big.part(mmu)
        b_win, ib_win = b_big[part], ib_big[part]
        bad_b, bad_a = run.left_out(kb, ka)
        changed = ~(bad_b[ib_win] | bad_a[ia_win]) & (b_win != a_win)
        small = small_change(b_win, a_win, changed, run.min_cells, mmu.cut)[mmu.inner]
        slots = run.after_slots(ib[small])
        small[small] = slots >= 0  # a BEFORE code AFTER's cell type cannot hold stays a change
        was = run.pair_types(kb, ka)[0][ib[small], ia[small]]
        ia[small] = slots[slots >= 0]
        return small, was

    def _grid_noise(
        self, ib_big, big, ib, ia, zone_ring, row: int, col: int, h: int, w: int, kb: int, ka: int
    ):
        """Count, with their probabilities, the changes the grid offset alone would give the block's cells:
        each cell against the BEFORE cells the shifted point may land on (see :mod:`.resampling`)."""
        run = self.run
        stride = run.kb_max
        types = self.noise_types.get(kb)
        if types is None:
            table = np.full((stride, stride), NODATA_VALUE, dtype=np.uint8)
            table[:kb, :kb] = slot_pair_types(run.idx_b, run.idx_b, run.nomenclature, run.typology, kb, kb)[0]
            types = self.noise_types[kb] = table.ravel()
        bad_b, bad_a = run.left_out(kb, ka)
        rows_big, cols_big = ib_big.shape
        band = max(1, _NOISE_CELLS // w)
        cols = (col - big.c0) + np.arange(w)[None, :]
        for top in range(0, h, band):
            hh = min(band, h - top)
            dr, dc = run.offset.displacement(row + top, col, hh, w)
            own = ib[top : top + hh].astype(np.int64)
            counted = ~(bad_b[ib[top : top + hh]] | bad_a[ia[top : top + hh]])  # the cells the result counts
            zr = 0 if zone_ring is None else zone_ring[top : top + hh].astype(np.int64) * 256
            rows = (row + top - big.r0) + np.arange(hh)[:, None]
            for kr, kc, weight in shift_weights(dr, dc):
                rr, cc = rows + kr, cols + kc
                inside = (rr >= 0) & (rr < rows_big) & (cc >= 0) & (cc < cols_big)
                other = ib_big[np.clip(rr, 0, rows_big - 1), np.clip(cc, 0, cols_big - 1)].astype(np.int64)
                other = np.where(inside & ~bad_b[other], other, own)  # off the data: no change
                key = own * stride + other
                # Weights in whole units of 2**-20 cell: sums are exact, in any order of blocks and threads.
                weight = np.where(counted, np.rint(weight * _NOISE_UNIT), 0.0).ravel()
                self.noise_ct += np.bincount(key.ravel(), weights=weight, minlength=self.noise_ct.size)
                skey = (zr + types[key]).ravel()
                self.noise_summary += np.bincount(skey, weights=weight, minlength=self.noise_summary.size)


class _Margin:
    """A block with a margin of ``halo`` cells (cut at the raster's edges): its window and where the block lies
    in it."""

    def __init__(self, row: int, col: int, h: int, w: int, halo: int, height: int, width: int):
        self.r0, self.c0 = max(row - halo, 0), max(col - halo, 0)
        self.r1, self.c1 = min(row + h + halo, height), min(col + w + halo, width)
        self.shape = (self.r1 - self.r0, self.c1 - self.c0)
        self.cells = self.shape[0] * self.shape[1]
        self.inner = (slice(row - self.r0, row - self.r0 + h), slice(col - self.c0, col - self.c0 + w))
        # Edges cut out of the raster (a patch of change may go on beyond them): top, bottom, left, right.
        self.cut = (self.r0 > 0, self.r1 < height, self.c0 > 0, self.c1 < width)

    def window(self):
        from rasterio.windows import Window

        return Window(self.c0, self.r0, self.shape[1], self.shape[0])

    def part(self, other: _Margin) -> tuple[slice, slice]:
        """Where ``other`` (a smaller margin around the same block) lies in this window."""
        return (
            slice(other.r0 - self.r0, other.r1 - self.r0),
            slice(other.c0 - self.c0, other.c1 - self.c0),
        )


def _after_slot_map(idx_a, idx_b):
    """A function giving the AFTER index of each BEFORE index's code (-1: AFTER's cell type cannot hold it)."""
    codes_b = idx_b.codes if isinstance(idx_b, DenseIndex) else None
    raw_b = idx_b.codes() if isinstance(idx_b, RawIndex) else None
    info = np.iinfo(idx_a.dtype)

    def slots(ib: np.ndarray) -> np.ndarray:
        out = np.full(ib.shape, -1, dtype=np.int64)
        if not ib.size:
            return out
        uniq, inverse = np.unique(ib, return_inverse=True)
        codes = raw_b[uniq] if raw_b is not None else np.array(codes_b(), dtype=np.int64)[uniq]
        mapped = np.full(len(uniq), -1, dtype=np.int64)
        for k, code in enumerate(codes.tolist()):
            if not info.min <= code <= info.max:
                continue
            if isinstance(idx_a, RawIndex):
                mapped[k] = int(np.array(code, dtype=idx_a.dtype).view(np.uint8))
            else:
                mapped[k] = idx_a.slot_of(code)
        return mapped[inverse].reshape(ib.shape)

    return slots


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
    min_change_ha: float = 0.0,
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
    min_change_ha
        Minimum mapping unit for change: patches of change (8-neighbour cells of one from-to transition, see
        :mod:`.mmu`) smaller than this many hectares count as unchanged in every output; the summary's
        ``below_mmu_ha`` gives their area by the change type they had. 0 keeps every change.

    When AFTER's grid differs from BEFORE's, the change that aligning it alone is expected to show is
    estimated (see :mod:`.resampling`): in the summary (``resampling_ha``), the accounting
    (``resampling_gross_gain_ha``, ``resampling_gross_loss_ha``) and a message.

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
    min_change_ha = _check_min_change(min_change_ha)
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
        min_cells = min_patch_cells(min_change_ha, cell_area_ha)
        mmu_halo = max(0, min_cells - 1) if min_cells > 1 else 0
        offset = None if same_grid else GridOffset(before, after)
        noise_halo = int(math.ceil(max(offset.reach))) + 2 if offset is not None else 0
        read_halo = max(halo if rings and industrial_areas is None else 0, mmu_halo, noise_halo)

        def pair_types(kb: int, ka: int):
            return slot_pair_types(idx_b, idx_a, nomenclature, typology, kb, ka)

        cls_known = class_index(nomenclature)
        not_industrial_raw = np.ones(256, dtype=bool)
        if isinstance(idx_b, RawIndex):
            cls_raw, nodata_raw = slot_classes(idx_b, nomenclature, 256)
            not_industrial_raw = (cls_raw != INDUSTRIAL) | nodata_raw

        def left_out(kb: int, ka: int) -> tuple[np.ndarray, np.ndarray]:
            """Per index slot: left out of the counts (nodata, or the nomenclature's 'nodata' class)."""
            cls_b, nodata_b = slot_classes(idx_b, nomenclature, kb)
            cls_a, nodata_a = slot_classes(idx_a, nomenclature, ka)
            return (cls_b == -1) | nodata_b, (cls_a == -1) | nodata_a

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
                zlevel=1,  # 40 % less time than the default 6; a few MB more on 10^8 cells
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
            read_halo=read_halo,
            min_cells=min_cells if min_cells > 1 else 0,
            mmu_halo=mmu_halo,
            left_out=left_out,
            after_slots=_after_slot_map(idx_a, idx_b),
            offset=offset,
            nomenclature=nomenclature,
            typology=typology,
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
        below = np.zeros((n_zr, n_types), dtype=np.int64)
        if run.min_cells:
            below = sum(w.below for w in run.workers).reshape(n_zr, 256)[:, :n_types]
        noise_ct = noise_summary = None
        if offset is not None:
            noise_ct = sum(w.noise_ct for w in run.workers).reshape(run.kb_max, run.kb_max)[:kb, :kb]
            noise_ct = noise_ct / _NOISE_UNIT
            noise_summary = sum(w.noise_summary for w in run.workers).reshape(n_zr, 256)[:, :n_types]
            noise_summary = noise_summary / _NOISE_UNIT
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

    # Change found cell by cell (codes differ), before the minimum mapping unit took the small patches out.
    same_code = codes_b[:, None] == codes_a[None, :]
    kept_cells = int(ct.sum() - ct[same_code].sum())
    below_cells = int(below.sum())
    found_ha = (kept_cells + below_cells) * cell_area_ha
    if min_cells:
        messages.append(_mmu_message(min_change_ha, min_cells, below_cells * cell_area_ha, found_ha))
    noise_codes = None
    resampling_ha = 0.0
    if noise_ct is not None:
        noise_codes = _pick(noise_ct, slots_b, slots_b, 0.0)
        resampling_ha = float(noise_codes.sum() - np.trace(noise_codes)) * cell_area_ha
        messages.append(_resampling_message(offset.mean_shift(), resampling_ha, found_ha))

    transitions = transitions_table(ct, codes_b, codes_a, nomenclature, pair_type, cell_area_ha)
    shape = (n_zones, n_rings, n_types)
    extra = {
        "below_mmu_ha": (below.reshape(shape), True),
        "resampling_ha": (np.zeros(shape) if noise_summary is None else noise_summary.reshape(shape), True),
    }
    summary_table = add_zone_columns(
        summary_frame(summary.reshape(shape), zone_names, bool(zones), ring_info, cell_area_ha, extra),
        typology,
    )
    summary_table = summary_table[[c for c in summary_table.columns if c not in extra] + list(extra)]
    accounting = _with_resampling(
        class_accounting(ct, codes_b, codes_a, nomenclature, cell_area_ha),
        noise_codes,
        codes_b,
        nomenclature,
        cell_area_ha,
    )
    return ChangeResult(
        transitions,
        summary_table,
        accounting,
        ct,
        codes_b,
        codes_a,
        cell_area_ha,
        messages,
        excluded,
        found_ha=found_ha,
        below_mmu_ha=below_cells * cell_area_ha,
        resampling_ha=resampling_ha if noise_ct is not None else None,
    )


def _check_min_change(value) -> float:
    value = float(value or 0.0)
    if not math.isfinite(value) or value < 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The minimum mapping unit for change must be 0 (none) or a positive area in hectares, e.g. 5 "
                "as in CORINE Land Cover's change layers (got {value}).",
            ),
            value=f"{value:g}",
        )
    return value


def _share(part: float, whole: float) -> str:
    return f"{100.0 * part / whole:.0f} %" if whole > 0 else "-"


def _mmu_message(min_ha: float, min_cells: int, below_ha: float, found_ha: float) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "analysis",
            "Minimum mapping unit for change {mmu} ha ({cells} cells): {ha} ha of change in patches smaller "
            "than that ({share} of the {found} ha of change found cell by cell) counted as unchanged; the "
            "summary gives them by change type (below_mmu_ha).",
        ),
        mmu=f"{min_ha:g}",
        cells=f"{min_cells:,}",
        ha=f"{below_ha:,.2f}",
        share=_share(below_ha, found_ha),
        found=f"{found_ha:,.2f}",
    )


def _resampling_message(shift: tuple[float, float], resampling_ha: float, found_ha: float) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "analysis",
            "AFTER's cells lie {rows} x {cols} cells (rows x columns, on average) off BEFORE's: aligning AFTER "
            "onto BEFORE's grid alone is expected to show about {ha} ha of change where nothing changed "
            "({share} of the {found} ha of change found cell by cell). Read change of that order as possibly "
            "an artefact of the two grids; the summary (resampling_ha) and the change accounting "
            "(resampling_gross_gain_ha, resampling_gross_loss_ha) give the estimate by change type and by "
            "class. A minimum mapping unit for change leaves much of it out.",
        ),
        rows=f"{shift[0]:.2f}",
        cols=f"{shift[1]:.2f}",
        ha=f"{resampling_ha:,.2f}",
        share=_share(resampling_ha, found_ha),
        found=f"{found_ha:,.2f}",
    )


def _with_resampling(accounting, noise_codes, codes_b, nomenclature, cell_area_ha) -> pd.DataFrame:
    """The accounting with each class's gross gain and loss expected from the grid offset alone (0 without
    one), and their totals (each change once, as the accounting's total row counts it)."""
    gain = dict.fromkeys(accounting["category"], 0.0)
    loss = dict.fromkeys(accounting["category"], 0.0)
    if noise_codes is not None:
        agg, keys = class_crosstab(noise_codes, codes_b, codes_b, nomenclature)
        diagonal = np.diag(agg)
        for key, g, lo in zip(keys, agg.sum(axis=0) - diagonal, agg.sum(axis=1) - diagonal):
            gain[key], loss[key] = g * cell_area_ha, lo * cell_area_ha
        total = float((agg.sum() - diagonal.sum()) * cell_area_ha)
        gain["total"] = loss["total"] = total
    accounting = accounting.copy()
    accounting["resampling_gross_gain_ha"] = round_ha([gain.get(k, 0.0) for k in accounting["category"]])
    accounting["resampling_gross_loss_ha"] = round_ha([loss.get(k, 0.0) for k in accounting["category"]])
    return accounting


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
