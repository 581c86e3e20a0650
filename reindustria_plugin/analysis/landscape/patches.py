"""Patches of a categorical raster, found strip by strip, and their FRAGSTATS patch quantities.

The raster is read in strips of rows. Each strip's patches are labelled with scipy; patches that continue
across strip borders are joined afterwards (connected components of the provisional labels linked along the
borders), so memory holds one strip plus a few numbers per patch, whatever the raster's size. Per-patch sums
(cells, perimeter, contiguity, core cells, centroid) add up over strips; the class adjacencies are counted on
the way. The distance metrics (GYRATE, CIRCLE, ENN) need every patch's cells at once: they are computed when
the patch labels fit in memory (:data:`DISTANCE_LIMIT` cells) and left empty above.

Definitions follow FRAGSTATS v4 (McGarigal, Cushman & Ene 2012) and were checked against its output for
``landscape.asc`` (tests/analysis/test_landscape_fragstats.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError

#: Cells per strip (rows are taken so that a strip holds about this many cells).
STRIP_CELLS = 500_000
#: Above this many cells the distance metrics (GYRATE, CIRCLE, ENN), which hold every patch label, are skipped.
DISTANCE_LIMIT = 150_000_000
#: Provisional patches kept before joining them (bounds memory on very large rasters).
COMPACT_EVERY = 4_000_000

ORTHOGONAL = ((-1, 0), (1, 0), (0, -1), (0, 1))
DIAGONAL = ((-1, -1), (-1, 1), (1, -1), (1, 1))


@dataclass
class Patches:
    """Patches of one landscape and their raw quantities (index 0 unused; distances in cells)."""

    labels: np.ndarray | None  # int32 patch label of every cell (0 outside), when kept
    klass: np.ndarray  # class index (1..m) of each patch
    cells: np.ndarray
    perimeter: np.ndarray  # cell sides on the patch boundary (landscape boundary included)
    gyrate: np.ndarray  # mean distance of the cells' centres to the patch centroid (NaN: not computed)
    contig: np.ndarray  # FRAGSTATS contiguity index
    core: np.ndarray  # core cells
    ncore: np.ndarray  # disjunct core areas
    core_areas: np.ndarray  # cells of each disjunct core area
    core_area_class: np.ndarray  # class index of each disjunct core area
    circle_diameter: np.ndarray  # largest distance between two cell corners (NaN: not computed)
    enn: np.ndarray  # edge-to-edge nearest-neighbour distance (NaN: alone in its class, or not computed)

    @property
    def count(self) -> int:
        return len(self.klass) - 1


@dataclass
class StripSource:
    """A landscape read by rows: ``read(r0, r1)`` gives the codes and the valid cells of rows r0..r1-1."""

    rows: int
    cols: int
    read: Callable[[int, int], tuple[np.ndarray, np.ndarray]]


class ClassIndex:
    """Land-use codes to class indices 1..m in the order they are met (0: outside the landscape)."""

    def __init__(self) -> None:
        self.codes: list[int] = []
        self._lut: np.ndarray | None = None
        self._position: dict[int, int] = {}

    def map(self, values: np.ndarray, valid: np.ndarray) -> np.ndarray:
        if values.dtype.kind not in "iu":
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The raster has cell type {dtype}: landscape metrics need a categorical raster of "
                    "whole-number codes (convert it with Raster > Conversion > Translate, output data type "
                    "Int32).",
                ),
                dtype=str(values.dtype),
            )
        if values.dtype.itemsize <= 2:
            bits = values.view(f"u{values.dtype.itemsize}")
            if self._lut is None:
                self._lut = np.zeros(1 << (8 * values.dtype.itemsize), dtype=np.uint16)
            out = self._lut[bits]
            new = (out == 0) & valid
            if new.any():
                for raw in np.unique(bits[new]).tolist():
                    self._lut[raw] = self._add(int(np.array(raw, dtype=bits.dtype).view(values.dtype)))
                out = self._lut[bits]
            out[~valid] = 0
            return out
        inside = values[valid]
        uniq = np.unique(inside)
        slots = np.array([self._position.get(c) or self._add(c) for c in uniq.tolist()], dtype=np.uint16)
        out = np.zeros(values.shape, dtype=np.uint16)
        if len(uniq):
            out[valid] = slots[np.searchsorted(uniq, inside)]
        return out

    def _add(self, code: int) -> int:
        if len(self.codes) >= 65_000:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "The raster has {count} distinct values: is it a categorical land-use map?"
                ),
                count=len(self.codes),
            )
        self.codes.append(code)
        self._position[code] = len(self.codes)
        return len(self.codes)


def _structure(neighbourhood: int) -> np.ndarray:
    if neighbourhood == 8:
        return np.ones((3, 3), dtype=bool)
    return np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=bool)


def _sums(ids: np.ndarray, first: int, count: int, weights=None) -> np.ndarray:
    """Per-id sums over a strip whose ids run from ``first`` to ``first + count - 1`` (0: no patch)."""
    local = np.where(ids > 0, ids - (first - 1), 0).ravel()
    return np.bincount(local, weights=None if weights is None else weights.ravel(), minlength=count + 1)[1:]


class _Ids:
    """Provisional ids of one kind (patches, or core areas) and the pairs of ids found to be one."""

    def __init__(self, quantities: tuple[str, ...]):
        self.next = 1
        self.parts: dict[str, list[np.ndarray]] = {q: [] for q in quantities}
        self.pairs: list[np.ndarray] = []
        self.pending = 0  # pairs not joined yet

    def new(self, count: int) -> int:
        first = self.next
        self.next += count
        return first

    def link(self, a: np.ndarray, b: np.ndarray) -> None:
        keep = (a > 0) & (b > 0) & (a != b)
        if keep.any():
            # Many cells along a border link the same two patches: keep each pair once.
            key = np.unique(a[keep].astype(np.int64) << 32 | b[keep].astype(np.int64))
            self.pairs.append(np.stack((key >> 32, key & 0xFFFFFFFF)))
            self.pending += len(key)

    def compact(self) -> np.ndarray:
        """Join linked ids: returns the map old id -> new id (0 -> 0); sums are merged."""
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = self.next
        pairs = np.concatenate(self.pairs, axis=1) if self.pairs else np.zeros((2, 0), dtype=np.int64)
        graph = coo_matrix((np.ones(pairs.shape[1], dtype=np.int8), (pairs[0], pairs[1])), shape=(n, n))
        count, comp = connected_components(graph, directed=False)
        comp = comp.astype(np.int32)  # node 0 has no link and comes first: it stays 0
        for name, parts in self.parts.items():
            values = np.concatenate(parts) if parts else np.zeros(0)
            if name in ("klass", "owner"):
                merged = np.zeros(count - 1, dtype=values.dtype)
                merged[comp[1:] - 1] = values
            else:
                merged = np.bincount(comp[1:] - 1, weights=values, minlength=count - 1)
            self.parts[name] = [merged]
        self.pairs = []
        self.pending = 0
        self.next = count
        return comp

    def take(self, name: str) -> np.ndarray:
        """The joined values of ``name`` with a 0 in front (index = id); the kept parts are let go."""
        parts = self.parts.pop(name)
        return np.concatenate(([0], *parts)) if parts else np.zeros(1)


def measure_patches(
    source: StripSource,
    neighbourhood: int = 8,
    edge_depth: float = 1.0,
    distances: bool | None = None,
    keep_labels: bool = False,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> tuple[Patches, np.ndarray, np.ndarray]:
    """Find and measure the patches of a landscape read strip by strip.

    Parameters
    ----------
    source
        The landscape: its size and a reader of rows (codes and valid cells).
    neighbourhood
        8 (FRAGSTATS' default) or 4.
    edge_depth
        Edge depth for core areas, in cells: cells within this distance (centre to centre) of another class
        or of the landscape boundary are edge.
    distances
        Compute GYRATE, CIRCLE and ENN (default: when the landscape has at most :data:`DISTANCE_LIMIT` cells).
    keep_labels
        Keep the label of every cell (for patch polygons).

    Returns
    -------
    (Patches, adjacency, codes)
        The patches; cell sides shared by each pair of classes (index 0 outside the landscape, like
        adjacencies double counted); the code of each class index 1..m.
    """
    from scipy import ndimage

    rows, cols = source.rows, source.cols
    if distances is None:
        distances = rows * cols <= DISTANCE_LIMIT
    structure = _structure(neighbourhood)
    radius = int(np.floor(edge_depth + 1e-9))
    halo = max(1, radius)
    offsets = np.arange(-radius, radius + 1)
    footprint = (offsets[:, None] ** 2 + offsets[None, :] ** 2) <= edge_depth * edge_depth + 1e-9
    step = max(1, STRIP_CELLS // max(cols, 1))
    index = ClassIndex()
    patch_ids = _Ids(("klass", "cells", "sides", "contig", "core", "sum_r", "sum_c"))
    core_ids = _Ids(("owner", "cells"))
    pair_counts = np.zeros(0, dtype=np.int64)
    contig_pairs: list[np.ndarray] = []  # 4-neighbour rule: diagonal cells of one class, maybe one patch
    label_strips: list[np.ndarray] = []
    strip_firsts: list[int] = []
    edges: list[np.ndarray] = []
    runs: list[np.ndarray] = []
    prev_ids = prev_core = None
    col_index = np.arange(cols, dtype=np.float64)
    for r0 in range(0, rows, step):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        r1 = min(r0 + step, rows)
        n = r1 - r0
        block = _strip_block(source, index, r0, r1, halo)
        own = block[halo : halo + n]
        m = len(index.codes)

        # Provisional patch labels of this strip, class by class.
        first = patch_ids.next
        strip_firsts.append(first)
        labels, new_klass = _label_strip(own, structure, first)
        count = len(new_klass)
        patch_ids.new(count)
        patch_ids.parts["klass"].append(new_klass.astype(np.int32))
        inner = labels[:, 1:-1]
        cls = own[:, 1:-1]

        # Per-cell quantities, summed per patch.
        def shifted(array, dr, dc, n=n):
            return array[halo + dr : halo + dr + n, 1 + dc : cols + 1 + dc]

        sides = np.zeros(cls.shape, dtype=np.uint8)
        same = np.zeros(cls.shape, dtype=np.uint8)
        for dr, dc in ORTHOGONAL:
            neighbour = shifted(block, dr, dc)
            sides += neighbour != cls
            same += neighbour == cls
        same *= 2
        if neighbourhood == 8:
            for dr, dc in DIAGONAL:
                same += shifted(block, dr, dc) == cls
        else:
            # Diagonal cells of one class are one patch only if joined through others: same label inside the
            # strip counts now, other pairs (and those across strips) once the patches are known.
            padded = np.pad(inner, ((1, 1), (1, 1)))
            for dr, dc in DIAGONAL:
                other = padded[1 + dr : 1 + dr + n, 1 + dc : 1 + dc + cols]
                same += (other == inner) & (inner > 0)
            for dc in (-1, 1):
                upper, lower = inner[:-1], padded[2 : 1 + n, 1 + dc : 1 + dc + cols]
                hit = (upper > 0) & (lower > 0) & (upper != lower)
                hit &= cls[:-1] == shifted(block, 1, dc)[:-1]
                contig_pairs.append(_counted_pairs(upper[hit], lower[hit]))
        # Counts within one strip are exact in float32 (below 2**24), which halves what is kept per patch.
        patch_ids.parts["cells"].append(_sums(inner, first, count).astype(np.float32))
        patch_ids.parts["sides"].append(_sums(inner, first, count, sides).astype(np.float32))
        patch_ids.parts["contig"].append(_sums(inner, first, count, same).astype(np.float32))
        patch_ids.parts["sum_r"].append(
            _sums(
                inner, first, count, np.broadcast_to(np.arange(r0, r1, dtype=np.float64)[:, None], cls.shape)
            )
        )
        patch_ids.parts["sum_c"].append(_sums(inner, first, count, np.broadcast_to(col_index, cls.shape)))

        # Core cells: nothing of another class or outside within the edge depth.
        if radius >= 1:
            low = ndimage.minimum_filter(block, footprint=footprint, mode="constant", cval=0)
            high = ndimage.maximum_filter(block, footprint=footprint, mode="constant", cval=0)
            core = (own > 0) & (low[halo : halo + n] == own) & (high[halo : halo + n] == own)
            del low, high
        else:
            core = own > 0
        patch_ids.parts["core"].append(_sums(inner, first, count, core[:, 1:-1]).astype(np.float32))
        core_labels, core_count = ndimage.label(core, structure)
        core_first = core_ids.new(core_count)
        core_labels = np.where(core_labels > 0, core_labels + (core_first - 1), 0)
        owner = np.zeros(core_count, dtype=np.int32)
        owner[core_labels[core].ravel() - core_first] = labels[core].ravel()
        core_ids.parts["owner"].append(owner)
        core_ids.parts["cells"].append(_sums(core_labels, core_first, core_count).astype(np.float32))

        # Class adjacencies (cell sides), every pair once; the top border of the landscape once.
        size = m + 1
        if len(pair_counts) < size * size:
            grown = np.zeros((size, size), dtype=np.int64)
            old = int(np.sqrt(len(pair_counts)))
            grown[:old, :old] = pair_counts.reshape(old, old)
            pair_counts = grown.ravel()
        own64 = own.astype(np.int64)
        pair_counts += np.bincount((own64[:, :-1] * size + own64[:, 1:]).ravel(), minlength=size * size)
        below = block[halo + 1 : halo + n + 1].astype(np.int64)
        pair_counts += np.bincount((own64 * size + below).ravel(), minlength=size * size)
        if r0 == 0:
            pair_counts += np.bincount(own64[0], minlength=size * size)  # outside (0) above the first row
        del own64, below

        # Patches and core areas continuing from the strip above.
        if prev_ids is not None:
            up_cls, top_cls = block[halo - 1], own[0]
            joined = (up_cls == top_cls) & (top_cls > 0)
            patch_ids.link(prev_ids[joined], labels[0][joined])
            core_ids.link(prev_core, core_labels[0])
            for d in (-1, 1):
                up, top = (
                    slice(max(0, -d), len(top_cls) - max(0, d)),
                    slice(max(0, d), len(top_cls) - max(0, -d)),
                )
                diag = (up_cls[up] == top_cls[top]) & (top_cls[top] > 0)
                if neighbourhood == 8:
                    patch_ids.link(prev_ids[up][diag], labels[0][top][diag])
                    core_ids.link(prev_core[up], core_labels[0][top])
                else:
                    contig_pairs.append(_counted_pairs(prev_ids[up][diag], labels[0][top][diag]))
        prev_ids, prev_core = labels[-1].copy(), core_labels[-1].copy()

        if distances:
            edge = (sides > 0) & (inner > 0)
            rr, cc = np.nonzero(edge)
            edges.append(np.stack((rr + r0, cc, inner[edge])).astype(np.int32))
            runs.append(_row_runs(labels, r0))
        if keep_labels:
            label_strips.append(inner.copy())
        del labels, block, sides, same, core, core_labels
        # Joining renumbers provisional patches: only where no per-cell label must be found again later.
        if not keep_labels and not distances and (patch_ids.next + patch_ids.pending > COMPACT_EVERY):
            comp = patch_ids.compact()
            prev_ids = comp[prev_ids]
            contig_pairs = [np.stack((comp[p[0]], comp[p[1]], p[2])) for p in contig_pairs]
            core_ids.parts["owner"] = [comp[o] for o in core_ids.parts["owner"]]
            core_comp = core_ids.compact()
            prev_core = core_comp[prev_core]
        if progress:
            progress(0.8 * r1 / rows)

    comp = patch_ids.compact()
    core_ids.parts["owner"] = [comp[o] for o in core_ids.parts["owner"]]
    core_ids.compact()
    n_patches = patch_ids.next - 1
    klass = patch_ids.take("klass").astype(np.int32)
    cells = patch_ids.take("cells")
    contig = patch_ids.take("contig")
    for first_ids, second_ids, counts in contig_pairs:
        first_ids, second_ids = comp[first_ids], comp[second_ids]
        one = first_ids == second_ids
        contig += np.bincount(first_ids[one], weights=counts[one], minlength=n_patches + 1) * 2.0
    safe = np.maximum(cells, 1)
    owner = core_ids.take("owner").astype(np.int64)[1:]
    ncore = np.bincount(owner, minlength=n_patches + 1).astype(np.float64)
    labels_full = None
    nan = np.full(n_patches + 1, np.nan)
    gyrate = diameter = enn = nan  # one shared empty column unless computed below
    for strip in label_strips:
        strip[...] = comp[strip]
    if distances:
        if progress:
            progress(0.85)

        def final_labels():
            """The final label of every cell, strip by strip: kept, or found again as in the first pass."""
            for number, r0 in enumerate(range(0, rows, step)):
                if label_strips:
                    yield r0, label_strips[number]
                    continue
                r1 = min(r0 + step, rows)
                own = _strip_block(source, index, r0, r1, halo)[halo : halo + r1 - r0]
                yield r0, comp[_label_strip(own, structure, strip_firsts[number])[0][:, 1:-1]]

        gyrate = _gyrate(
            final_labels(), cells, patch_ids.take("sum_r") / safe, patch_ids.take("sum_c") / safe
        )
        runs_all = np.concatenate(runs, axis=1) if runs else np.zeros((4, 0), np.int64)
        runs_all[0] = comp[runs_all[0]]
        diameter = _diameters(runs_all, n_patches, cells)
        if progress:
            progress(0.9)
        edges_all = np.concatenate(edges, axis=1) if edges else np.zeros((3, 0), np.int32)
        edges_all[2] = comp[edges_all[2]]
        enn = _nearest_neighbours(edges_all, klass, is_canceled)
    if keep_labels:
        labels_full = np.concatenate(label_strips) if label_strips else np.zeros((rows, cols), np.int32)
    label_strips = []
    adjacency = _adjacency(pair_counts, len(index.codes))
    core_cells = core_ids.take("cells")[1:]
    patches = Patches(
        labels=labels_full if keep_labels else None,
        klass=klass,
        cells=cells,
        perimeter=patch_ids.take("sides"),
        gyrate=gyrate,
        contig=(contig / safe) / 12.0,  # ((sum of template values incl. the cell) / n - 1) / (13 - 1)
        core=patch_ids.take("core"),
        ncore=ncore,
        core_areas=core_cells,
        core_area_class=klass[owner] if len(owner) else np.zeros(0, np.int32),
        circle_diameter=diameter,
        enn=enn,
    )
    if progress:
        progress(1.0)
    return patches, adjacency, np.array(index.codes, dtype=np.int64)


def _adjacency(pair_counts: np.ndarray, m: int) -> np.ndarray:
    size = m + 1
    pairs = np.zeros((size, size), dtype=np.int64)
    if len(pair_counts):
        old = int(np.sqrt(len(pair_counts)))
        pairs[:old, :old] = pair_counts.reshape(old, old)
    adj = pairs + pairs.T
    adj[0, 0] = 0
    return adj


def _counted_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distinct (a, b) id pairs with how many cell pairs each stands for: rows a, b, count."""
    key, counts = np.unique(a.astype(np.int64) << 32 | b.astype(np.int64), return_counts=True)
    return np.stack((key >> 32, key & 0xFFFFFFFF, counts))


def _strip_block(source: StripSource, index: ClassIndex, r0: int, r1: int, halo: int) -> np.ndarray:
    """Class indices of rows r0..r1-1 with ``halo`` rows above and below and one column each side (0 outside)."""
    a, b = max(r0 - halo, 0), min(r1 + halo, source.rows)
    values, valid = source.read(a, b)
    block = np.zeros((r1 - r0 + 2 * halo, source.cols + 2), dtype=np.uint16)
    block[a - (r0 - halo) : b - (r0 - halo), 1:-1] = index.map(values, valid)
    return block


def _label_strip(own: np.ndarray, structure: np.ndarray, first: int) -> tuple[np.ndarray, np.ndarray]:
    """Provisional patch labels of a strip (ids from ``first``, class by class) and the class of each id."""
    from scipy import ndimage

    labels = np.zeros(own.shape, dtype=np.int32)
    buffer = np.empty(own.shape, dtype=np.int32)
    classes = []
    next_id = first
    present = np.flatnonzero(np.bincount(own.ravel())[1:]) + 1
    for k in present.tolist():
        mask = own == k
        count = ndimage.label(mask, structure, output=buffer)
        np.add(buffer, next_id - 1, out=labels, where=mask)
        classes.append(np.full(count, k, dtype=np.int64))
        next_id += count
    return labels, np.concatenate(classes) if classes else np.zeros(0, dtype=np.int64)


def _gyrate(strips, cells, mean_r, mean_c) -> np.ndarray:
    """Mean distance (cells) between each cell centre and its patch centroid (FRAGSTATS' formula)."""
    total = np.zeros(len(cells))
    for r0, lab in strips:
        row_index = np.arange(r0, r0 + lab.shape[0], dtype=np.float64)
        col_index = np.arange(lab.shape[1], dtype=np.float64)
        dist = np.hypot(row_index[:, None] - mean_r[lab], col_index[None, :] - mean_c[lab])
        total += np.bincount(lab.ravel(), weights=dist.ravel(), minlength=len(cells))
    return total / np.maximum(cells, 1)


def _row_runs(labels: np.ndarray, r0: int) -> np.ndarray:
    """Per patch and row of a strip (padded columns): its first and last column, rows in raster terms."""
    row, col = np.nonzero(labels[:, 1:] != labels[:, :-1])
    label = labels[row, col + 1]
    nxt = np.append(col[1:], 0)
    keep = label > 0
    # A run starts after each change (padded column col + 1 = column col) and ends at the row's next change.
    label, row, first, last = label[keep], row[keep], col[keep], nxt[keep] - 1
    # Only the outermost cells of a patch's row matter: one entry per (patch, row).
    key = label.astype(np.int64) * labels.shape[0] + row
    order = np.argsort(key, kind="stable")
    key, first, last = key[order], first[order], last[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, np.int64)
    if not len(starts):
        return np.zeros((4, 0), dtype=np.int32)
    return np.stack(
        (
            key[starts] // labels.shape[0],
            key[starts] % labels.shape[0] + r0,
            np.minimum.reduceat(first, starts),
            np.maximum.reduceat(last, starts),
        )
    ).astype(np.int32)


def _diameters(runs: np.ndarray, n_patches: int, cells: np.ndarray) -> np.ndarray:
    """Diameter (cells) of each patch's circumscribing circle: the largest distance between two of its cells'
    corners, as FRAGSTATS measures it (its output for landscape.asc matches this, not the minimum enclosing
    circle, which is larger for some shapes). 0 for single cells.

    Only the outer corners of each row of a patch can be farthest apart, so each row gives four points; the
    largest distance is then found for many small patches at once, and over the convex hull for large ones.
    """
    diam = np.zeros(n_patches + 1)
    lab, row, first, last = runs
    if not len(lab):
        return diam
    # Rows of one patch from different strips' provisional patches: one entry per (patch, row) again.
    span = int(row.max()) + 1
    key = lab.astype(np.int64) * span + row
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    left = np.minimum.reduceat(first[order], starts)
    right = np.maximum.reduceat(last[order], starts) + 1
    del order
    key = key[starts]
    lab, row = key // span, (key % span).astype(np.int32)
    del key
    keep = cells[lab] > 1
    lab, row, left, right = lab[keep], row[keep], left[keep], right[keep]
    if not len(lab):
        return diam
    # Patches in groups of about 250,000 rows, so that the corner points stay small.
    bounds = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1], True])
    group_starts = bounds[:: max(1, len(bounds) * 250_000 // max(len(lab), 1))]
    group_starts = np.unique(np.r_[group_starts, bounds[-1]])
    for g0, g1 in zip(group_starts[:-1].tolist(), group_starts[1:].tolist()):
        _group_diameters(diam, lab[g0:g1], row[g0:g1], left[g0:g1], right[g0:g1])
    return diam


def _group_diameters(diam, lab, row, left, right) -> None:
    """Diameters of a group of whole patches (rows sorted by patch) into ``diam``."""
    row, left, right = row.astype(np.float64), left.astype(np.float64), right.astype(np.float64)
    # Four corners per patch row.
    x = np.stack((left, left, right, right), axis=1).ravel()
    y = np.stack((row, row + 1, row, row + 1), axis=1).ravel()
    owner = np.repeat(lab, 4)
    bounds = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1], True])
    sizes = np.diff(bounds)
    ids = owner[bounds[:-1]]
    for low, high in ((0, 16), (16, 64), (64, 256)):
        chosen = np.flatnonzero((sizes > low) & (sizes <= high))
        for chunk in np.array_split(chosen, max(1, len(chosen) * high * high // 1_000_000)):
            if not len(chunk):
                continue
            # Pad every patch's points to ``high`` by repeating its first point (adds no distance).
            offsets = np.minimum(np.arange(high)[None, :], sizes[chunk][:, None] - 1)
            index = bounds[chunk][:, None] + offsets
            px, py = x[index], y[index]
            d2 = (px[:, :, None] - px[:, None, :]) ** 2 + (py[:, :, None] - py[:, None, :]) ** 2
            diam[ids[chunk]] = np.sqrt(d2.reshape(len(chunk), -1).max(axis=1))
    for i in np.flatnonzero(sizes > 256).tolist():
        pts = np.column_stack((x[bounds[i] : bounds[i + 1]], y[bounds[i] : bounds[i + 1]]))
        diam[ids[i]] = _diameter(pts)


def _diameter(points: np.ndarray) -> float:
    """Largest distance between two of ``points``, over their convex hull."""
    from scipy.spatial import ConvexHull, QhullError

    try:
        hull = points[ConvexHull(points).vertices]
    except QhullError:  # all points on one line
        hull = points
    diff = hull[:, None, :] - hull[None, :, :]
    return float(np.sqrt((diff**2).sum(-1).max()))


#: Neighbours (points x k) per k-d tree query: bounds the memory of the distances and indices it returns.
QUERY_CHUNK = 500_000


def _nearest_neighbours(edges: np.ndarray, klass: np.ndarray, is_canceled=None) -> np.ndarray:
    """Edge-to-edge distance (cells, centre to centre) from each patch to the nearest patch of its class.

    ``edges`` holds (row, column, patch) of the edge cells: only they can be nearest (a cell with all four
    orthogonal neighbours in its patch has a neighbour closer to any outside cell). Each edge cell asks a k-d
    tree of its class's edge cells for its k nearest; a cell whose k nearest are all of its own patch asks
    again with a larger k, unless its k-th distance already exceeds the best distance its patch has found.
    """
    from scipy.spatial import cKDTree

    enn = np.full(len(klass), np.nan)
    rr, cc, lab = edges
    cls = klass[lab]
    for k in range(1, int(klass.max()) + 1 if len(klass) else 1):
        mine = cls == k
        pl = lab[mine]
        if not len(pl) or pl.min() == pl.max():
            continue
        pts = np.column_stack((rr[mine], cc[mine])).astype(np.float32)
        del mine
        tree = cKDTree(pts)
        best = np.full(len(klass), np.inf)
        todo = np.arange(len(pts))
        kk = 8
        while len(todo):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            kq = min(kk, len(pts))
            unresolved_all = []
            for chunk in np.array_split(todo, max(1, len(todo) * kq // QUERY_CHUNK)):
                dist, idx = tree.query(pts[chunk], k=kq, workers=-1)
                dist = dist.reshape(len(chunk), kq)
                other = pl[idx.reshape(len(chunk), kq)] != pl[chunk][:, None]
                found = np.where(other, dist, np.inf).min(axis=1)
                np.minimum.at(best, pl[chunk], found)
                # Still worth asking: no other patch among its k nearest, and the k-th nearer than the best.
                unresolved_all.append((chunk[~other.any(axis=1)], dist[~other.any(axis=1), -1]))
            todo = np.concatenate([c for c, _ in unresolved_all])
            kth = np.concatenate([d for _, d in unresolved_all])
            todo = todo[kth < best[pl[todo]]]
            if kq == len(pts):
                break
            kk *= 4
        members = np.unique(pl)
        enn[members] = np.where(np.isfinite(best[members]), best[members], np.nan)
    return enn


def array_source(values: np.ndarray, valid: np.ndarray | None = None) -> StripSource:
    """A landscape held in memory as a strip source."""
    values = np.asarray(values)
    if valid is None:
        valid = np.ones(values.shape, dtype=bool)
    return StripSource(values.shape[0], values.shape[1], lambda a, b: (values[a:b], valid[a:b]))
