"""Land-use codes of a raster to compact indices, and what each index stands for.

A block's cells become indices into small tables (class, change type, counts): 8-bit rasters use the byte
itself (:class:`RawIndex`), other integer types get dense indices as codes are met (:class:`DenseIndex`,
thread-safe), nomenclature codes first.
"""

from __future__ import annotations

import math
import threading

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError
from .typology import NODATA_VALUE, UNMAPPED_TYPE, Nomenclature, class_index

#: Distinct codes per raster the cross-tab can hold (a categorical map has far fewer).
MAX_CODES = 1024


def check_integer(dtype, name: str) -> np.dtype:
    """``dtype`` when it holds whole numbers; else an error naming the raster (``name``: its file or date)."""
    dtype = np.dtype(dtype)
    if dtype.kind not in "iu":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster {name} has cell type {dtype}: a land-use map needs whole-number codes "
                "(convert it with Raster > Conversion > Translate, output data type Int32).",
            ),
            name=name,
            dtype=str(dtype),
        )
    return dtype


def _too_many_codes() -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "analysis",
            "The raster has more than {limit} distinct values: is it a categorical land-use "
            "map? Check the band and the nomenclature.",
        ),
        limit=MAX_CODES,
    )


class CodeIndex:
    """Maps raw cell values to compact indices: nomenclature codes first, unknown codes appended."""

    def __init__(self, nomenclature: Nomenclature, dtype: np.dtype, name: str = ""):
        self.codes = list(int(c) for c in nomenclature.codes)
        self.known = len(self.codes)
        self.dtype = check_integer(dtype, name)
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
            raise _too_many_codes()
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


def _nodata_raw(nodata, dtype: np.dtype) -> int | None:
    """The integer a nodata value stands for in ``dtype``, or None when no cell can equal it."""
    if nodata is None or not math.isfinite(nodata) or nodata != int(nodata):
        return None
    info = np.iinfo(dtype)
    return int(nodata) if info.min <= int(nodata) <= info.max else None


class RawIndex:
    """8-bit rasters: the cell's byte is its index (no mapping pass); 256 slots, one per possible value."""

    size = 256

    def __init__(self, dtype: np.dtype, nodata):
        self.dtype = np.dtype(dtype)
        raw = _nodata_raw(nodata, self.dtype)
        self.nodata = None if raw is None else raw & 0xFF
        self.outside = None

    def index(self, values: np.ndarray, outside: np.ndarray | None = None) -> np.ndarray:
        return values.view(np.uint8)

    def codes(self) -> np.ndarray:
        return np.arange(256, dtype=np.uint8).view(self.dtype).astype(np.int64)


class DenseIndex:
    """Any integer raster: codes get dense indices as they are met, nomenclature codes first.

    Thread-safe: blocks met in parallel may find new codes at the same time. Indices only grow, so a block
    uses the size it saw after mapping (every index it holds is below it).
    """

    def __init__(self, nomenclature: Nomenclature, dtype: np.dtype, nodata, outside_slot: bool = False):
        self.dtype = np.dtype(dtype)
        self._lock = threading.Lock()
        self.code_list = [int(c) for c in nomenclature.codes]
        self.outside = None
        if outside_slot:
            # Cells the aligned AFTER view has no data for: their own slot, excluded like nodata.
            self.outside = len(self.code_list)
            self.code_list.append(0)
        self.small = self.dtype.itemsize <= 2
        if self.small:
            # Indexed by the cell's bits (viewed unsigned), so int8/int16 need no offset pass.
            bits = np.dtype(f"u{self.dtype.itemsize}")
            self.lut = np.full(1 << (8 * self.dtype.itemsize), 0xFFFF, dtype=np.uint16)
            info = np.iinfo(self.dtype)
            for i, code in enumerate(nomenclature.codes):
                if info.min <= code <= info.max:
                    self.lut[np.array(code, dtype=self.dtype).view(bits)] = i
            self._bits = bits
        else:
            self.position = {int(c): i for i, c in enumerate(nomenclature.codes)}
        raw = _nodata_raw(nodata, self.dtype)
        self.nodata = None if raw is None else self._slot(raw)

    @property
    def size(self) -> int:
        return len(self.code_list)

    def _slot(self, code: int) -> int:
        """Index of ``code``, added when new (under the lock)."""
        if self.small:
            bits = int(np.array(code, dtype=self.dtype).view(self._bits))
            if self.lut[bits] != 0xFFFF:
                return int(self.lut[bits])
        elif code in self.position:
            return self.position[code]
        with self._lock:
            if self.small and self.lut[bits] != 0xFFFF:
                return int(self.lut[bits])
            if not self.small and code in self.position:
                return self.position[code]
            if len(self.code_list) >= MAX_CODES:
                raise _too_many_codes()
            self.code_list.append(code)
            slot = len(self.code_list) - 1
            if self.small:
                self.lut[bits] = slot
            else:
                self.position[code] = slot
            return slot

    def slot_of(self, code: int) -> int:
        """The index of ``code`` (a value this raster's cell type holds), added when new."""
        return self._slot(int(code))

    def index(self, values: np.ndarray, outside: np.ndarray | None = None) -> np.ndarray:
        if self.small:
            bits = values.view(self._bits)
            idx = self.lut[bits]
            if (idx == 0xFFFF).any():
                for raw in np.unique(bits[idx == 0xFFFF]):
                    self._slot(int(np.array(raw, dtype=self._bits).view(self.dtype)))
                idx = self.lut[bits]
        else:
            uniq, inverse = np.unique(values, return_inverse=True)
            mapped = np.array([self._slot(c) for c in uniq.tolist()], dtype=np.uint16)
            idx = mapped[inverse].reshape(values.shape)
        if outside is not None:
            idx[outside] = self.outside
        return idx

    def codes(self) -> np.ndarray:
        return np.array(self.code_list, dtype=np.int64)


def slot_classes(index, nomenclature: Nomenclature, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per index slot: class (-1 the 'nodata' class, -2 a code not in the nomenclature) and nodata flag."""
    cls_known = class_index(nomenclature)
    n_known = len(nomenclature.codes)
    cls = np.full(k, -2, dtype=np.int16)
    if isinstance(index, RawIndex):
        if n_known:
            codes = index.codes()[:k]
            pos = np.minimum(np.searchsorted(nomenclature.codes, codes), n_known - 1)
            hit = nomenclature.codes[pos] == codes
            cls[hit] = cls_known[pos[hit]]
    else:
        cls[: min(n_known, k)] = cls_known[: min(n_known, k)]
    nodata = np.zeros(k, dtype=bool)
    for slot in (index.nodata, index.outside):
        if slot is not None and slot < k:
            nodata[slot] = True
    return cls, nodata


def slot_pair_types(idx_b, idx_a, nomenclature: Nomenclature, typology: np.ndarray, kb: int, ka: int):
    """Change type of every (before slot, after slot) pair, 255 where the cell is left out; slot facts."""
    cls_b, nodata_b = slot_classes(idx_b, nomenclature, kb)
    cls_a, nodata_a = slot_classes(idx_a, nomenclature, ka)
    types = np.full((kb, ka), UNMAPPED_TYPE, dtype=np.uint8)
    kb_ok, ka_ok = np.nonzero((cls_b >= 0)[:, None] & (cls_a >= 0)[None, :])
    types[kb_ok, ka_ok] = typology[cls_b[kb_ok], cls_a[ka_ok]]
    excluded = (cls_b == -1)[:, None] | (cls_a == -1)[None, :]
    types[excluded | nodata_b[:, None] | nodata_a[None, :]] = NODATA_VALUE
    return types, cls_b, cls_a, nodata_b, nodata_a


def code_slots(index, nomenclature: Nomenclature, totals: np.ndarray, k: int):
    """Index slot (-1: none) of each output code: the nomenclature's codes, then unknown codes with cells."""
    codes_all = index.codes()[:k]
    known = [int(c) for c in nomenclature.codes]
    slot_of = {}
    for slot, code in enumerate(codes_all.tolist()):
        if slot not in (index.outside,):
            slot_of.setdefault(code, slot)
    slots = [slot_of.get(c, -1) for c in known]
    known_set = set(known)
    extra = sorted(
        int(codes_all[s])
        for s in range(k)
        if totals[s] and s != index.outside and int(codes_all[s]) not in known_set
    )
    slots += [slot_of[c] for c in extra]
    return np.array(slots, dtype=np.int64), np.array(known + extra, dtype=np.int64), len(known)
