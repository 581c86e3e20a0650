"""Patches of a categorical grid and their FRAGSTATS patch metrics.

A landscape arrives as a grid of class indices padded by one ring of 0 ("outside the landscape": the raster
edge, nodata cells, cells outside a zone). Patches are labelled class by class with the neighbourhood rule;
per-patch sums are accumulated strip by strip so that temporaries stay a small multiple of one strip.
Definitions follow FRAGSTATS v4 (McGarigal, Cushman & Ene 2012) and were checked against its output for
``landscape.asc`` (tests/analysis/test_landscape_fragstats.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import Canceled

#: Rows per strip of the per-patch sums.
STRIP_ROWS = 512

#: Neighbour offsets (row, column) and their CONTIG template weights (FRAGSTATS: 2 orthogonal, 1 diagonal).
ORTHOGONAL = ((-1, 0), (1, 0), (0, -1), (0, 1))
DIAGONAL = ((-1, -1), (-1, 1), (1, -1), (1, 1))


@dataclass
class Patches:
    """Labelled patches of one landscape and their raw per-patch quantities (index 0 unused)."""

    labels: np.ndarray  # int32, padded like the class grid, 0 outside any patch
    klass: np.ndarray  # class index (1..m) of each patch
    cells: np.ndarray  # cells per patch
    perimeter: np.ndarray  # cell sides on the patch boundary (landscape boundary included)
    gyrate: np.ndarray  # mean distance of the cells' centres to the patch centroid, in cells
    contig: np.ndarray  # FRAGSTATS contiguity index
    core: np.ndarray  # core cells
    ncore: np.ndarray  # disjunct core areas
    core_areas: np.ndarray  # cells of each disjunct core area
    core_area_class: np.ndarray  # class index of each disjunct core area
    circle_diameter: np.ndarray  # diameter of the smallest circumscribing circle, in cells
    enn: np.ndarray  # edge-to-edge nearest-neighbour distance in cells (NaN: no other patch of the class)

    @property
    def count(self) -> int:
        return len(self.klass) - 1


def _check(is_canceled: Callable[[], bool] | None) -> None:
    if is_canceled is not None and is_canceled():
        raise Canceled()


def _structure(neighbourhood: int) -> np.ndarray:
    if neighbourhood == 8:
        return np.ones((3, 3), dtype=bool)
    return np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=bool)


def label_patches(grid: np.ndarray, n_classes: int, neighbourhood: int, is_canceled=None):
    """Patch labels (int32, 1..P) of a padded class grid, and the class of each patch (index 0 unused)."""
    from scipy import ndimage

    structure = _structure(neighbourhood)
    labels = np.zeros(grid.shape, dtype=np.int32)
    buffer = np.empty(grid.shape, dtype=np.int32)
    klass = [0]
    offset = 0
    for k in range(1, n_classes + 1):
        _check(is_canceled)
        mask = grid == k
        count = ndimage.label(mask, structure, output=buffer)
        if not count:
            continue
        np.add(buffer, offset, out=labels, where=mask)
        klass.extend([k] * count)
        offset += count
    return labels, np.array(klass, dtype=np.int32)


def core_mask(grid: np.ndarray, depth: float) -> np.ndarray:
    """Cells farther than ``depth`` (in cells, centre to centre) from any cell of another class or outside.

    With a depth of one cell this is FRAGSTATS' core with its default edge depth: a cell is edge when one of
    its four orthogonal neighbours is of another class or outside the landscape.
    """
    from scipy import ndimage

    radius = int(np.floor(depth))
    if radius < 1:
        return grid > 0
    offsets = np.arange(-radius, radius + 1)
    footprint = (offsets[:, None] ** 2 + offsets[None, :] ** 2) <= depth * depth
    low = ndimage.minimum_filter(grid, footprint=footprint, mode="constant", cval=0)
    high = ndimage.maximum_filter(grid, footprint=footprint, mode="constant", cval=0)
    return (grid > 0) & (low == grid) & (high == grid)


def _shifted(array: np.ndarray, r0: int, r1: int, dr: int, dc: int) -> np.ndarray:
    """Rows r0..r1 (padded coordinates) of ``array`` shifted by (dr, dc), interior columns only."""
    cols = array.shape[1]
    return array[r0 + dr : r1 + dr, 1 + dc : cols - 1 + dc]


def patch_sums(grid, labels, n_patches, core, progress=None, is_canceled=None):
    """Cells, perimeter, centroid, CONTIG sums and core cells per patch, strip by strip."""
    rows = grid.shape[0] - 2
    size = n_patches + 1
    cells = np.zeros(size)
    perimeter = np.zeros(size)
    sum_r = np.zeros(size)
    sum_c = np.zeros(size)
    contig = np.zeros(size)
    core_cells = np.zeros(size)
    col_index = np.arange(grid.shape[1] - 2, dtype=np.float64)
    for r0 in range(1, rows + 1, STRIP_ROWS):
        _check(is_canceled)
        r1 = min(r0 + STRIP_ROWS, rows + 1)
        lab = _shifted(labels, r0, r1, 0, 0)
        flat = lab.ravel()
        cls = _shifted(grid, r0, r1, 0, 0)
        cells += np.bincount(flat, minlength=size)
        sides = np.zeros(lab.shape, dtype=np.uint8)
        same = np.zeros(lab.shape, dtype=np.uint8)
        for dr, dc in ORTHOGONAL:
            sides += _shifted(grid, r0, r1, dr, dc) != cls
            same += _shifted(labels, r0, r1, dr, dc) == lab
        same *= 2
        for dr, dc in DIAGONAL:
            same += _shifted(labels, r0, r1, dr, dc) == lab
        perimeter += np.bincount(flat, weights=sides.ravel(), minlength=size)
        contig += np.bincount(flat, weights=same.ravel(), minlength=size)
        row_index = np.arange(r0 - 1, r1 - 1, dtype=np.float64)
        sum_r += np.bincount(flat, weights=np.repeat(row_index, lab.shape[1]), minlength=size)
        sum_c += np.bincount(flat, weights=np.tile(col_index, lab.shape[0]), minlength=size)
        core_cells += np.bincount(flat, weights=_shifted(core, r0, r1, 0, 0).ravel(), minlength=size)
        if progress:
            progress((r1 - 1) / rows)
    return cells, perimeter, sum_r, sum_c, contig, core_cells


def radius_of_gyration(labels, cells, sum_r, sum_c, is_canceled=None) -> np.ndarray:
    """Mean distance (cells) between each cell centre and its patch centroid (a second pass)."""
    rows = labels.shape[0] - 2
    size = len(cells)
    safe = np.maximum(cells, 1)
    mean_r, mean_c = sum_r / safe, sum_c / safe
    total = np.zeros(size)
    col_index = np.arange(labels.shape[1] - 2, dtype=np.float64)
    for r0 in range(1, rows + 1, STRIP_ROWS):
        _check(is_canceled)
        r1 = min(r0 + STRIP_ROWS, rows + 1)
        lab = _shifted(labels, r0, r1, 0, 0)
        row_index = np.arange(r0 - 1, r1 - 1, dtype=np.float64)
        dr = row_index[:, None] - mean_r[lab]
        dc = col_index[None, :] - mean_c[lab]
        total += np.bincount(lab.ravel(), weights=np.hypot(dr, dc).ravel(), minlength=size)
    return total / safe


def disjunct_cores(core: np.ndarray, labels: np.ndarray, klass: np.ndarray, neighbourhood: int):
    """Number of disjunct core areas per patch, and the cells and class of each core area."""
    from scipy import ndimage

    core_labels, count = ndimage.label(core, _structure(neighbourhood))
    ncore = np.zeros(len(klass))
    if not count:
        return ncore, np.zeros(0), np.zeros(0, dtype=np.int32)
    sizes = np.bincount(core_labels.ravel(), minlength=count + 1)[1:]
    # Every cell of a core area lies in one patch: any cell tells which.
    owner = np.zeros(count + 1, dtype=np.int64)
    owner[core_labels.ravel()] = labels.ravel()
    owner = owner[1:]
    ncore += np.bincount(owner, minlength=len(klass))
    return ncore, sizes.astype(np.float64), klass[owner]


def _runs(labels: np.ndarray):
    """Horizontal runs of one label: (label, row, first column, last column), in unpadded coordinates."""
    inner = labels[1:-1, :]  # the padded columns put a 0 at both ends of every row
    row, col = np.nonzero(inner[:, 1:] != inner[:, :-1])
    # A run starts after each change (padded column col + 1) and ends at the next change of the row; the
    # last change of a row starts the trailing padding, which is dropped with label 0.
    label = inner[row, col + 1]
    nxt = np.append(col[1:], 0)
    keep = label > 0
    return label[keep], row[keep], col[keep], nxt[keep] - 1


def circumscribing_diameters(labels: np.ndarray, n_patches: int, cells: np.ndarray) -> np.ndarray:
    """Diameter (cells) of each patch's circumscribing circle: the largest distance between two of its cells'
    corners, as FRAGSTATS measures it (its output for landscape.asc matches this, not the minimum enclosing
    circle, which is larger for some shapes). 0 for single cells.

    Only the outer corners of each row of a patch can be farthest apart, so each row gives four points; the
    largest distance is then found for many small patches at once, and over the convex hull for large ones.
    """
    diam = np.zeros(n_patches + 1)
    lab, row, first, last = _runs(labels)
    if not len(lab):
        return diam
    key = lab.astype(np.int64) * (labels.shape[0] + 1) + row
    order = np.argsort(key, kind="stable")
    key, first, last = key[order], first[order], last[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    left = np.minimum.reduceat(first, starts).astype(np.float64)
    right = np.maximum.reduceat(last, starts).astype(np.float64) + 1.0
    row = (key[starts] % (labels.shape[0] + 1)).astype(np.float64)
    lab = key[starts] // (labels.shape[0] + 1)
    keep = cells[lab] > 1
    lab, row, left, right = lab[keep], row[keep], left[keep], right[keep]
    if not len(lab):
        return diam
    # Four corners per patch row, grouped by patch (lab is sorted).
    x = np.stack((left, left, right, right), axis=1).ravel()
    y = np.stack((row, row + 1, row, row + 1), axis=1).ravel()
    owner = np.repeat(lab, 4)
    bounds = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1], True])
    sizes = np.diff(bounds)
    ids = owner[bounds[:-1]]
    for low, high in ((0, 16), (16, 64), (64, 256)):
        chosen = np.flatnonzero((sizes > low) & (sizes <= high))
        for chunk in np.array_split(chosen, max(1, len(chosen) * high * high // 4_000_000)):
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
    return diam


def _diameter(points: np.ndarray) -> float:
    """Largest distance between two of ``points``, over their convex hull."""
    from scipy.spatial import ConvexHull, QhullError

    try:
        hull = points[ConvexHull(points).vertices]
    except QhullError:  # all points on one line
        hull = points
    diff = hull[:, None, :] - hull[None, :, :]
    return float(np.sqrt((diff**2).sum(-1).max()))


def nearest_neighbours(grid, labels, klass, n_classes: int) -> np.ndarray:
    """Edge-to-edge distance (cells, centre to centre) from each patch to the nearest patch of its class.

    Only edge cells can be nearest (a cell with all four orthogonal neighbours in its patch has a neighbour
    closer to any outside cell). Each edge cell asks a k-d tree of its class's edge cells for its k nearest;
    a cell whose k nearest are all of its own patch asks again with a larger k, unless its k-th distance
    already exceeds the best distance its patch has found.
    """
    from scipy.spatial import cKDTree

    enn = np.full(len(klass), np.nan)
    interior = grid[1:-1, 1:-1]
    edge = np.zeros(interior.shape, dtype=bool)
    for dr, dc in ORTHOGONAL:
        edge |= grid[1 + dr : grid.shape[0] - 1 + dr, 1 + dc : grid.shape[1] - 1 + dc] != interior
    edge &= interior > 0
    rr, cc = np.nonzero(edge)
    lab = labels[1:-1, 1:-1][rr, cc]
    cls = klass[lab]
    order = np.argsort(cls, kind="stable")
    rr, cc, lab, cls = rr[order], cc[order], lab[order], cls[order]
    bounds = np.searchsorted(cls, np.arange(1, n_classes + 2))
    for k in range(n_classes):
        s, e = bounds[k], bounds[k + 1]
        pl = lab[s:e]
        if s == e or pl.min() == pl.max():
            continue
        pts = np.column_stack((rr[s:e], cc[s:e])).astype(np.float64)
        tree = cKDTree(pts)
        best = np.full(len(klass), np.inf)
        todo = np.arange(len(pts))
        kk = 8
        while len(todo):
            kq = min(kk, len(pts))
            dist, idx = tree.query(pts[todo], k=kq, workers=-1)
            dist = dist.reshape(len(todo), kq)
            idx = idx.reshape(len(todo), kq)
            other = pl[idx] != pl[todo][:, None]
            found = np.where(other, dist, np.inf).min(axis=1)
            np.minimum.at(best, pl[todo], found)
            unresolved = ~other.any(axis=1)
            # Still worth asking: no other patch among its k nearest, and the k-th is nearer than the best.
            todo = todo[unresolved & (dist[:, -1] < best[pl[todo]])]
            if kq == len(pts):
                break
            kk *= 4
        members = np.unique(pl)
        enn[members] = np.where(np.isfinite(best[members]), best[members], np.nan)
    return enn


def find_patches(
    grid: np.ndarray,
    n_classes: int,
    neighbourhood: int = 8,
    edge_depth: float = 1.0,
    with_enn: bool = True,
    with_circle: bool = True,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Patches:
    """Label the patches of a padded class grid and measure them (distances in cells).

    Parameters
    ----------
    grid
        Class indices 1..``n_classes``, 0 outside the landscape, padded by one ring of 0.
    neighbourhood
        8 (FRAGSTATS' default) or 4.
    edge_depth
        Edge depth for core areas, in cells.
    with_enn, with_circle
        Whether to compute the nearest-neighbour distances and the circumscribing circles.
    """

    def step(start, span):
        return (lambda f: progress(start + span * f)) if progress else None

    labels, klass = label_patches(grid, n_classes, neighbourhood, is_canceled)
    n = len(klass) - 1
    core = core_mask(grid, edge_depth)
    cells, perimeter, sum_r, sum_c, contig, core_cells = patch_sums(
        grid, labels, n, core, step(0.1, 0.4), is_canceled
    )
    gyrate = radius_of_gyration(labels, cells, sum_r, sum_c, is_canceled)
    ncore, core_areas, core_area_class = disjunct_cores(core, labels, klass, neighbourhood)
    del core
    _check(is_canceled)
    safe = np.maximum(cells, 1)
    contig_index = (contig / safe) / 12.0  # ((sum of template values incl. the cell) / n - 1) / (13 - 1)
    diam = circumscribing_diameters(labels, n, cells) if with_circle else np.full(n + 1, np.nan)
    if progress:
        progress(0.8)
    _check(is_canceled)
    enn = nearest_neighbours(grid, labels, klass, n_classes) if with_enn else np.full(n + 1, np.nan)
    if progress:
        progress(1.0)
    return Patches(
        labels=labels,
        klass=klass,
        cells=cells,
        perimeter=perimeter,
        gyrate=gyrate,
        contig=contig_index,
        core=core_cells,
        ncore=ncore,
        core_areas=core_areas,
        core_area_class=core_area_class,
        circle_diameter=diam,
        enn=enn,
    )
