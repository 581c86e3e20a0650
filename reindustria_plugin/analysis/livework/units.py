"""Analysis units for the live-work mix: regular grids (square or hexagonal) or the user's polygons, the share of
each building that falls in each unit, the unit of each point, and which units neighbour which.

Grid cells are aligned to multiples of the cell size in the CRS, so a cell keeps its key (``E4321N2345`` for a
square, ``H12_-3`` for a hexagon) whatever the extent of the data: ids stay the same when a run is repeated on
more or less data.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..errors import Canceled
from ..geometry import intersections, object_array, pair_finder, shapely2

#: Geometries per vectorised step: bounds memory; cancellation is checked between steps.
CHUNK = 50_000


def square_grid(bounds: tuple[float, float, float, float], cell: float):
    """Square cells of side ``cell`` covering ``bounds``; returns (geometries, keys, (rows, cols) per cell).

    Cells are aligned to multiples of ``cell``; the key names the cell's lower-left corner in cell units.
    """
    (c0, r0), (nrows, ncols) = square_grid_frame(bounds, cell)
    rows, cols = np.divmod(np.arange(nrows * ncols), ncols)
    # Shared edges get bit-identical coordinates (x0 + cell may differ from the next cell's x0 in the last bit).
    x0, x1 = (c0 + cols) * cell, (c0 + cols + 1) * cell
    y0, y1 = (r0 + rows) * cell, (r0 + rows + 1) * cell
    geoms = _boxes(x0, y0, x1, y1)
    keys = np.array([f"E{c0 + c}N{r0 + r}" for r, c in zip(rows.tolist(), cols.tolist())], dtype=object)
    return geoms, keys, (rows, cols)


def square_grid_frame(
    bounds: tuple[float, float, float, float], cell: float
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The (first column, first row) in cell units and the (rows, columns) of :func:`square_grid`'s cells."""
    xmin, ymin, xmax, ymax = bounds
    c0, r0 = math.floor(xmin / cell), math.floor(ymin / cell)
    ncols = max(c0, math.ceil(xmax / cell) - 1) - c0 + 1
    nrows = max(r0, math.ceil(ymax / cell) - 1) - r0 + 1
    return (c0, r0), (nrows, ncols)


def hexagon_side(cell: float) -> float:
    """The side of the regular hexagon with the area of a ``cell`` x ``cell`` square (densities compare)."""
    return math.sqrt(2.0 * cell * cell / (3.0 * math.sqrt(3.0)))


def hexagon_grid(bounds: tuple[float, float, float, float], cell: float):
    """Pointy-topped regular hexagons of area ``cell``² covering ``bounds``; returns (geometries, keys,
    (rows, columns) in offset coordinates: odd rows are shifted by half a hexagon)."""
    side = hexagon_side(cell)
    width = math.sqrt(3.0) * side
    step = 1.5 * side
    xmin, ymin, xmax, ymax = bounds
    r_lo, r_hi = math.floor((ymin - side) / step), math.ceil((ymax + side) / step)
    q_lo, q_hi = math.floor((xmin - width) / width), math.ceil((xmax + width) / width)
    rows, cols = np.meshgrid(np.arange(r_lo, r_hi + 1), np.arange(q_lo, q_hi + 1), indexing="ij")
    rows, cols = rows.ravel(), cols.ravel()
    cx = cols * width + np.where(rows % 2 != 0, width / 2.0, 0.0)
    cy = rows * step
    # Keep the hexagons that reach the bounds.
    keep = (cx + width / 2 >= xmin) & (cx - width / 2 <= xmax) & (cy + side >= ymin) & (cy - side <= ymax)
    rows, cols, cx, cy = rows[keep], cols[keep], cx[keep], cy[keep]
    angles = np.deg2rad(np.arange(6) * 60.0 + 30.0)
    xs = cx[:, None] + side * np.cos(angles)[None, :]
    ys = cy[:, None] + side * np.sin(angles)[None, :]
    geoms = _polygons(xs, ys)
    keys = np.array([f"H{c}_{r}" for r, c in zip(rows.tolist(), cols.tolist())], dtype=object)
    return geoms, keys, (rows, cols)


def _boxes(x0, y0, x1, y1) -> np.ndarray:
    if shapely2():
        import shapely

        return shapely.box(x0, y0, x1, y1)
    from shapely.geometry import box

    return object_array(box(a, b, c, d) for a, b, c, d in zip(x0, y0, x1, y1))


def _polygons(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Polygons from rows of vertex coordinates (closed by shapely)."""
    if shapely2():
        import shapely

        return shapely.polygons(np.stack([xs, ys], axis=-1))
    from shapely.geometry import Polygon

    return object_array(Polygon(list(zip(x, y))) for x, y in zip(xs, ys))


def grid_neighbours(rows: np.ndarray, cols: np.ndarray, hexagonal: bool) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), both directions, of grid cells that share an edge or a corner (8 for squares, the 6
    edge neighbours for hexagons)."""
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    if not len(rows):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    r0, c0 = rows.min(), cols.min()
    lookup = np.full((rows.max() - r0 + 1, cols.max() - c0 + 1), -1, dtype=np.int64)
    lookup[rows - r0, cols - c0] = np.arange(len(rows))
    if hexagonal:
        # Odd rows are shifted right: the diagonal neighbours of a cell in an odd row are in columns c and
        # c + 1, in an even row in c - 1 and c.
        shift = np.where(rows % 2 != 0, 0, -1)
        offsets = [(0, -1), (0, 1)] + [(dr, shift + k) for dr in (-1, 1) for k in (0, 1)]
    else:
        offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    left, right = [], []
    for dr, dc in offsets:
        nr, nc = rows + dr - r0, cols + dc - c0
        inside = (nr >= 0) & (nr < lookup.shape[0]) & (nc >= 0) & (nc < lookup.shape[1])
        j = np.full(len(rows), -1, dtype=np.int64)
        j[inside] = lookup[nr[inside], nc[inside]]
        ok = j >= 0
        left.append(np.nonzero(ok)[0])
        right.append(j[ok])
    return np.concatenate(left), np.concatenate(right)


def polygon_neighbours(geoms: np.ndarray, distance: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), i != j, both directions, of polygons that touch or overlap, or lie within ``distance``
    of each other (blocks separated by streets)."""
    if distance > 0:
        if shapely2():
            import shapely

            tree = shapely.STRtree(geoms)
            left, right = tree.query(geoms, predicate="dwithin", distance=distance)
        else:
            left, right = pair_finder(geoms)(object_array(g.buffer(distance) for g in geoms))
    else:
        left, right = pair_finder(geoms)(geoms)
    keep = left != right
    return np.asarray(left[keep], dtype=np.int64), np.asarray(right[keep], dtype=np.int64)


def split_by_units(
    geoms: np.ndarray,
    unit_geoms: np.ndarray,
    exact_cover: bool,
    is_canceled: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The area of each polygon inside each unit it reaches: (polygon index, unit index, area), one row per pair.

    With ``exact_cover`` (a grid that tiles the plane), a polygon reaching a single unit lies wholly inside it and
    keeps its own area without an intersection; otherwise every pair is intersected.
    """
    find = pair_finder(unit_geoms)
    own_areas = _areas(geoms)
    out_p, out_u, out_a = [], [], []
    for start in range(0, len(geoms), CHUNK):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        chunk = geoms[start : start + CHUNK]
        p, u = find(chunk)
        p = np.asarray(p, dtype=np.int64) + start
        u = np.asarray(u, dtype=np.int64)
        order = np.lexsort((u, p))
        p, u = p[order], u[order]
        area = np.empty(len(p))
        if exact_cover:
            counts = np.bincount(p - start, minlength=len(chunk))
            single = counts[p - start] == 1
            area[single] = own_areas[p[single]]
            multi = ~single
        else:
            multi = np.ones(len(p), dtype=bool)
        if multi.any():
            _geoms, area[multi] = intersections(geoms[p[multi]], unit_geoms[u[multi]])
        keep = area > 0
        out_p.append(p[keep])
        out_u.append(u[keep])
        out_a.append(area[keep])
    if not out_p:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return np.concatenate(out_p), np.concatenate(out_u), np.concatenate(out_a)


def split_by_square_grid(
    geoms: np.ndarray,
    origin: tuple[int, int],
    shape: tuple[int, int],
    cell: float,
    is_canceled: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`split_by_units` for the cells of :func:`square_grid` (shapely 2), without a spatial index.

    The cells a polygon may reach follow from its bounds; a polygon within one cell keeps its own area; the
    others are moved next to the origin, cell by cell, and clipped by the one rectangle of a cell, which GEOS
    does several times faster than intersecting two polygons. ``origin`` is (first column, first row) in cell
    units, ``shape`` (rows, columns).
    """
    import shapely

    c0, r0 = origin
    nrows, ncols = shape
    bounds = shapely.bounds(geoms)
    col0 = np.clip(np.floor(bounds[:, 0] / cell).astype(np.int64) - c0, 0, ncols - 1)
    row0 = np.clip(np.floor(bounds[:, 1] / cell).astype(np.int64) - r0, 0, nrows - 1)
    col1 = np.clip(np.ceil(bounds[:, 2] / cell).astype(np.int64) - 1 - c0, col0, ncols - 1)
    row1 = np.clip(np.ceil(bounds[:, 3] / cell).astype(np.int64) - 1 - r0, row0, nrows - 1)
    single = (col0 == col1) & (row0 == row1)
    own = np.nonzero(single)[0]
    out_p = [own]
    out_u = [row0[own] * ncols + col0[own]]
    out_a = [np.nan_to_num(shapely.area(geoms[own]))]
    multi = np.nonzero(~single)[0]
    nx = col1[multi] - col0[multi] + 1
    counts = nx * (row1[multi] - row0[multi] + 1)
    ends = np.cumsum(counts)
    for start in range(0, len(multi), CHUNK // 4):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        stop = min(start + CHUNK // 4, len(multi))
        first = ends[start - 1] if start else 0
        rep = np.repeat(np.arange(start, stop), counts[start:stop])
        local = np.arange(first, ends[stop - 1]) - np.repeat(
            ends[start:stop] - counts[start:stop], counts[start:stop]
        )
        cols = col0[multi[rep]] + local % nx[rep]
        rows = row0[multi[rep]] + local // nx[rep]
        pieces = geoms[multi[rep]]
        shift = np.repeat(
            np.stack([(cols + c0) * cell, (rows + r0) * cell], axis=1),
            shapely.get_num_coordinates(pieces),
            axis=0,
        )
        moved = shapely.transform(pieces, lambda xy, shift=shift: xy - shift)
        area = np.nan_to_num(shapely.area(shapely.clip_by_rect(moved, 0.0, 0.0, cell, cell)))
        keep = area > 0
        out_p.append(multi[rep][keep])
        out_u.append(rows[keep] * ncols + cols[keep])
        out_a.append(area[keep])
    return np.concatenate(out_p), np.concatenate(out_u), np.concatenate(out_a)


def locate_in_square_grid(
    xy: np.ndarray, origin: tuple[int, int], shape: tuple[int, int], cell: float
) -> np.ndarray:
    """The cell index of each point (x, y) in a :func:`square_grid`, -1 outside it."""
    c0, r0 = origin
    nrows, ncols = shape
    cols = np.floor(xy[:, 0] / cell).astype(np.int64) - c0
    rows = np.floor(xy[:, 1] / cell).astype(np.int64) - r0
    inside = (cols >= 0) & (cols < ncols) & (rows >= 0) & (rows < nrows)
    return np.where(inside, rows * ncols + cols, -1)


def locate_points(points: np.ndarray, unit_geoms: np.ndarray) -> np.ndarray:
    """The unit index of each point (-1 outside every unit). A point on the border of two units goes to the
    first of them, so it is counted once."""
    p, u = pair_finder(unit_geoms)(points)
    p, u = np.asarray(p, dtype=np.int64), np.asarray(u, dtype=np.int64)
    out = np.full(len(points), -1, dtype=np.int64)
    order = np.lexsort((u, p))
    p, u = p[order], u[order]
    first = np.ones(len(p), dtype=bool)
    first[1:] = p[1:] != p[:-1]
    out[p[first]] = u[first]
    return out


def _areas(geoms: np.ndarray) -> np.ndarray:
    if shapely2():
        import shapely

        return np.nan_to_num(shapely.area(geoms))
    return np.array([g.area if g is not None else 0.0 for g in geoms])
