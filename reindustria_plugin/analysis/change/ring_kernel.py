"""Distance rings around industrial cells, exact up to the largest ring, without a distance transform."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..lookup import lookup


class RingKernel:
    """Distance ring of every cell of a block, exact up to the largest ring, without a distance transform.

    A cell lies within ring distance r of the industrial cells when some industrial cell (di, dj) cells
    away has ``sqrt((di*res_y)**2 + (dj*res_x)**2) <= r``, in float64 exactly as
    ``scipy.ndimage.distance_transform_edt(sampling=(res_y, res_x))`` computes it. Separable, in two passes,
    all in small unsigned integers:

    1. along rows, by whole-array doublings (log2 of the largest ring in cells): g = cells to the nearest
       industrial cell of the same row, capped at ``cap``;
    2. along columns: a row i' with that g reaches the rows within ``reach_r(g)`` of it (a table per ring,
       from the float64 test above); a cell is within r when some row reaches it. The reach falls by one per
       row, so one sweep down and one up over the rows carry it (two operations per row, whatever the ring).
       The sweeps run on up to :attr:`SEGMENTS` stretches of rows at once, each then continued into the next
       for the largest reach: a few hundred NumPy calls per block on wide arrays, as the workers share the
       GIL (a sweep row by row made 17,000 small calls per block and spent its time handing the GIL over).
       Up to four rings share one table lookup, as byte lanes of one word.
    """

    LANES = 4
    SEGMENTS = 16
    BAND = 128  # rows per band of the table lookups and the final counts (their temporaries stay small)

    def __init__(self, rings: Sequence[float], res_y: float, res_x: float):
        self.n = len(rings)
        rmax = rings[-1]

        def within(s, g, r):
            dy, dx = np.float64(s) * res_y, np.float64(g) * res_x
            return np.sqrt(dy * dy + dx * dx) <= r

        g_max = int(rmax // res_x) + 2
        while g_max > 0 and not within(0, g_max, rmax):
            g_max -= 1
        s_max = int(rmax // res_y) + 2
        while s_max > 0 and not within(s_max, 0, rmax):
            s_max -= 1
        #: Pass 1: doubling steps 1, 2, ... cap/2 see cap - 1 >= g_max cells; cap = "no industry in reach".
        self.cap = 1 << g_max.bit_length()
        self.row_dtype = np.dtype(
            np.uint8 if self.cap <= 128 else np.uint16 if self.cap <= 32768 else np.uint32
        )
        #: Pass 2: lanes hold base + reach + 1 where a row reaches, base (1) where it does not; the sweeps take
        #: one per row, never below base - 1, and a cell is covered when its lane exceeds base.
        self.base = 1
        self.s_max = s_max
        top = self.base + s_max + 1
        self.lane_dtype = np.dtype(np.uint8 if top <= 0xFF else np.uint16 if top <= 0xFFFF else np.uint32)
        lanes = self.LANES if self.lane_dtype.itemsize <= 2 else 2
        self.lanes = lanes
        self.word_dtype = np.dtype(f"u{lanes * self.lane_dtype.itemsize}")
        s = np.arange(s_max + 2)[:, None]
        g = np.arange(self.cap + 1)[None, :]
        self.tables = []  # one word table per group of up to `lanes` rings, indexed by g
        for first in range(0, self.n, lanes):
            table = np.full((self.cap + 1, lanes), self.base, dtype=self.lane_dtype)
            for lane, r in enumerate(rings[first : first + lanes]):
                ok = within(s, g, r)  # (s, g), monotone in s
                table[:, lane] += np.where(ok[0], ok.sum(axis=0), 0).astype(self.lane_dtype)
            self.tables.append(table.view(self.word_dtype).ravel())
        # Summing a word's lanes of 0/1 bytes in one multiplication: (w * 0x0101..) >> 8 * (lanes - 1).
        self.count_dtype = np.dtype(f"u{lanes}")
        self.count_mult = sum(1 << (8 * k) for k in range(lanes))
        self.count_shift = 8 * (lanes - 1)

    def buffers(self, big_rows: int, big_cols: int, rows: int, cols: int) -> dict[str, np.ndarray]:
        """Work arrays of one worker, reused block after block (fresh large arrays cost page faults)."""
        cells = big_rows * (big_cols + self.cap)
        band = min(self.BAND, rows) * cols
        return {
            "d": np.empty(cells, dtype=self.row_dtype),
            "t": np.empty(cells, dtype=self.row_dtype),
            "x": np.empty((big_rows + self.SEGMENTS) * cols, dtype=self.word_dtype),
            "u": np.empty(self.SEGMENTS * cols * self.lanes, dtype=self.lane_dtype),
            "cov": np.empty(band * self.lanes, dtype=bool),
            "cnt": np.empty(band, dtype=self.count_dtype),
            "ring": np.empty(rows * cols, dtype=np.uint8),
        }

    def rings(
        self, not_ind: np.ndarray, inner: tuple[slice, slice], buf: dict[str, np.ndarray]
    ) -> np.ndarray:
        """Ring index (0 industrial, 1..n within ring k, n+1 beyond) of the inner cells of a block.

        ``not_ind`` (bool, the block with its halo) is True where the cell is not industrial.
        """
        big_rows, big_cols = not_ind.shape
        r0, c0 = inner[0].start, inner[1].start
        rows, cols = inner[0].stop - r0, inner[1].stop - c0
        ring = buf["ring"][: rows * cols].reshape(rows, cols)
        # ring = 1 + n - (rings that cover the cell) - industrial = not_industrial + n - covered
        np.add(not_ind[inner].view(np.uint8), self.n, out=ring)
        if not_ind.all():  # no industrial cell within reach: every cell is beyond the last ring
            return ring

        # Pass 1 on the block flattened row after row, each row followed by `cap` guard cells so that no
        # distance below the cap leaks from one row into the next.
        cap = self.cap
        width = big_cols + cap
        n = big_rows * width
        d = buf["d"][:n]
        d2 = d.reshape(big_rows, width)
        d2[:, big_cols:] = cap
        np.left_shift(
            not_ind.view(np.uint8), cap.bit_length() - 1, out=d2[:, :big_cols], dtype=self.row_dtype
        )
        t = buf["t"][:n]
        step = 1
        while step < cap:
            # Two-sided doubling: d(j) = min(d(j), d(j - step) + step, d(j + step) + step).
            np.add(d, self.row_dtype.type(step), out=t)
            np.minimum(d[step:], t[:-step], out=d[step:])
            np.minimum(d[:-step], t[step:], out=d[:-step])
            step *= 2

        # Pass 2 on the inner columns, all rows of the block, in `segments` stretches of `length` rows (the
        # last one padded with rows that reach nothing).
        g = d2[:, c0 : c0 + cols]
        segments = max(1, min(self.SEGMENTS, big_rows // (self.s_max + 2)))
        length = -(-big_rows // segments)
        x = buf["x"][: segments * length * cols].reshape(segments * length, cols)
        lane = x.view(self.lane_dtype)  # (segments * length, cols * lanes)
        width = cols * self.lanes
        band = self.BAND
        for table in self.tables:
            for top in range(0, big_rows, band):
                lookup(table, g[top : top + band], x[top : min(top + band, big_rows)])
            x[big_rows:] = table[cap]
            # Down, then up (the rows reversed): lane(i) = max(lane(i), lane(i - 1) - 1) in every stretch at
            # once, then the first s_max + 1 rows of each stretch take what the one before it carries on.
            for rows_view in (lane, lane[::-1]):
                self._sweep(rows_view.reshape(segments, length, width), buf)
            for top in range(0, rows, band):
                m = min(band, rows - top)
                cov = buf["cov"][: m * cols * self.lanes].reshape(m, cols * self.lanes)
                cnt = buf["cnt"][: m * cols].reshape(m, cols)
                np.greater(lane[r0 + top : r0 + top + m], self.base, out=cov)
                np.multiply(cov.view(self.count_dtype), self.count_dtype.type(self.count_mult), out=cnt)
                np.right_shift(cnt, self.count_shift, out=cnt)
                np.subtract(ring[top : top + m], cnt, out=ring[top : top + m], casting="unsafe")
        return ring

    def _sweep(self, view: np.ndarray, buf: dict[str, np.ndarray]) -> None:
        """``view`` (segments, length, width): each row takes the row before it less one where larger."""
        segments, length, width = view.shape
        one = self.lane_dtype.type(1)
        u = buf["u"][: segments * width].reshape(segments, width)
        for i in range(1, length):
            np.subtract(view[:, i - 1], one, out=u)
            np.maximum(view[:, i], u, out=view[:, i])
        if segments > 1:
            # A stretch is longer than the largest reach, so its last row needs nothing from the one before.
            u = u[: segments - 1]
            np.subtract(view[:-1, length - 1], one, out=u)
            np.maximum(view[1:, 0], u, out=view[1:, 0])
            for i in range(1, min(self.s_max + 1, length)):
                np.subtract(view[1:, i - 1], one, out=u)
                np.maximum(view[1:, i], u, out=view[1:, i])
