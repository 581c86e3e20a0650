"""Minimum mapping unit for change: patches of change smaller than a given area count as unchanged.

A patch of change is a set of cells joined through their 8 neighbours that share one transition (the same code
before and the same code after), as a change polygon of CORINE Land Cover's change layers carries one pair of
codes (their minimum mapping unit is 5 ha). Joining any change instead would let a chain of different
transitions, such as the one-cell outlines that an offset between two grids draws around a settlement (housing
to arable on one side, arable to housing on the other), pass the minimum as one patch.

Patches are found window by window: a patch of fewer than ``n`` cells spans at most ``n - 2`` cells from any of
its cells, so a window reaching ``n - 1`` cells beyond a block holds every small patch that touches the block
whole, and a patch that reaches the window's cut edge is large.
"""

from __future__ import annotations

import math

import numpy as np

#: The four neighbours after a cell (right, below, below right, below left): with the four before it, 8.
_FORWARD = ((0, 1), (1, 0), (1, 1), (1, -1))


def min_patch_cells(min_ha: float, cell_area_ha: float) -> int:
    """The fewest cells a patch of change needs to be kept (its area at least ``min_ha``); 0 for no minimum."""
    if not min_ha or min_ha <= 0:
        return 0
    return max(1, math.ceil(min_ha / cell_area_ha - 1e-9))


def _pairs(shape: tuple[int, int], dr: int, dc: int) -> tuple[tuple[slice, slice], tuple[slice, slice]]:
    """Slices of the cells and of their neighbour (dr, dc) cells away, over the cells that have one."""
    rows, cols = shape
    first = (slice(0, rows - dr), slice(max(0, -dc), cols - max(0, dc)))
    second = (slice(dr, rows), slice(max(0, dc), cols - max(0, -dc)))
    return first, second


def _on_cut_edges(array: np.ndarray, cut: tuple[bool, bool, bool, bool]) -> list[np.ndarray]:
    """The rows and columns of ``array`` along its cut edges (top, bottom, left, right)."""
    top, bottom, left, right = cut
    return [
        edge
        for flag, edge in ((top, array[0]), (bottom, array[-1]), (left, array[:, 0]), (right, array[:, -1]))
        if flag
    ]


def small_change(
    before: np.ndarray,
    after: np.ndarray,
    changed: np.ndarray,
    min_cells: int,
    cut: tuple[bool, bool, bool, bool] = (False, False, False, False),
) -> np.ndarray:
    """The cells of a window that lie in patches of change of fewer than ``min_cells`` cells.

    Parameters
    ----------
    before, after
        Codes of the window's cells at both dates (integer arrays of one shape, any types).
    changed
        Cells whose change counts: both dates valid and the codes different.
    min_cells
        The fewest cells of a kept patch (see :func:`min_patch_cells`).
    cut
        Which edges of the window (top, bottom, left, right) were cut out of a larger raster: a patch that
        touches one may go on beyond it, so it is kept. Edges of the raster itself are not cut.

    Returns
    -------
    numpy.ndarray
        True where a changed cell's patch is smaller than ``min_cells``.
    """
    from scipy import ndimage

    shape = changed.shape
    small = np.zeros(shape, dtype=bool)
    if min_cells <= 1 or not changed.any():
        return small
    # Patches of any change first (one labelling pass): a patch of one transition lies inside one of them.
    labels, count = ndimage.label(changed, structure=np.ones((3, 3), dtype=bool))
    size = np.bincount(labels.ravel(), minlength=count + 1)
    keep = size >= min_cells
    for edge in _on_cut_edges(labels, cut):
        keep[edge] = True
    mixed = np.zeros(count + 1, dtype=bool)
    same = []
    for dr, dc in _FORWARD:
        first, second = _pairs(shape, dr, dc)
        both = changed[first] & changed[second]
        one = both & (before[first] == before[second]) & (after[first] == after[second])
        mixed[labels[first][both & ~one]] = True
        same.append(one)
    keep[0] = True
    small = ~keep[labels]  # every transition inside a small patch of change is small
    refine = keep & mixed
    refine[0] = False
    if refine.any():
        # Large (or cut) patches that mix transitions: split them into patches of one transition.
        _split(labels, refine, same, min_cells, cut, small)
    return small


def _split(labels, refine, same, min_cells, cut, small) -> None:
    """Mark in ``small`` the cells of the refined patches whose one-transition patch is below the minimum."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    shape = labels.shape
    cells = refine[labels]
    count = int(np.count_nonzero(cells))
    node = np.zeros(shape, dtype=np.int32)
    node[cells] = np.arange(count, dtype=np.int32)
    sources, targets = [], []
    for (dr, dc), one in zip(_FORWARD, same):
        first, second = _pairs(shape, dr, dc)
        link = np.flatnonzero(one & cells[first])  # positions in the first slice's cells, row by row
        width = first[1].stop - first[1].start
        rows, cols = np.divmod(link, width)
        sources.append(node[first][rows, cols])
        targets.append(node[second][rows, cols])
    src, dst = np.concatenate(sources), np.concatenate(targets)
    graph = coo_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(count, count))
    parts, part = connected_components(graph, directed=False)
    size = np.bincount(part, minlength=parts)
    keep = size >= min_cells
    for edge, in_edge in zip(_on_cut_edges(node, cut), _on_cut_edges(cells, cut)):
        keep[part[edge[in_edge]]] = True
    small[cells] = ~keep[part]
