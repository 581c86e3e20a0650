"""Distance rings around industrial cells, exact up to the largest ring, without a distance transform."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..lookup import lookup


class RingKernel:
    """Distance ring of every cell of a block, exact up to the largest ring, without a distance transform.

    A cell lies within ring distance r of the industrial cells when some industrial cell (di, dj) cells
    away has ``sqrt((di*res_y)**2 + (dj*res_x)**2) <= r``, in float64 exactly as
    ``scipy.ndimage.distance_transform_edt(sampling=(res_y, res_x))`` computes it. Separable, in two passes
    of whole-array doublings (log2 of the largest ring in cells), all in uint8/uint16:

    1. along rows: g = cells to the nearest industrial cell of the same row, capped at ``cap``;
    2. along columns: a row i' with that g reaches the rows within ``reach_r(g)`` of it (a table per ring,
       from the float64 test above); a cell is within r when some row reaches it. Up to four rings share
       one table lookup, as byte lanes of one word.
    """

    LANES = 4
    STRIP = 128  # columns per column strip of pass 2: its arrays stay in the CPU cache

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
        #: Pass 2: steps 1, 2, ... (base+1)/2 see base >= s_max rows. Values are base + reach + 1 (base alone:
        #: nothing), so subtracting a step never wraps and a cell is covered when its value exceeds base.
        self.base = (1 << s_max.bit_length()) - 1
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
        strip = big_rows * self.STRIP
        return {
            "d": np.empty(cells, dtype=self.row_dtype),
            "t": np.empty(cells, dtype=self.row_dtype),
            "x": np.empty(strip, dtype=self.word_dtype),
            "u": np.empty(strip * self.lanes, dtype=self.lane_dtype),
            "cov": np.empty(rows * self.STRIP * self.lanes, dtype=bool),
            "g": np.empty(strip, dtype=self.row_dtype),
            "cnt": np.empty(rows * self.STRIP, dtype=self.count_dtype),
            "covered": np.empty(rows * self.STRIP, dtype=np.uint8),
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

        # Pass 2, column strip by column strip.
        lanes, base = self.lanes, self.base
        for s0 in range(0, cols, self.STRIP):
            sw = min(self.STRIP, cols - s0)
            g = buf["g"][: big_rows * sw].reshape(big_rows, sw)
            np.copyto(g, d2[:, c0 + s0 : c0 + s0 + sw])
            x = buf["x"][: big_rows * sw].reshape(big_rows, sw)
            cnt = buf["cnt"][: rows * sw].reshape(rows, sw)
            covered = buf["covered"][: rows * sw].reshape(rows, sw)
            for table in self.tables:
                lookup(table, g, x)
                lane = x.view(self.lane_dtype).reshape(-1)
                u = buf["u"][: lane.size]
                row = sw * lanes
                step = 1
                while step <= base:
                    # x(i) = max(x(i), x(i - step) - step, x(i + step) - step), rows being `row` apart.
                    shift = step * row
                    np.subtract(lane, self.lane_dtype.type(step), out=u)
                    np.maximum(lane[shift:], u[:-shift], out=lane[shift:])
                    np.maximum(lane[:-shift], u[shift:], out=lane[:-shift])
                    step *= 2
                cov = buf["cov"][: rows * sw * lanes].reshape(rows, sw * lanes)
                np.greater(x[r0 : r0 + rows].view(self.lane_dtype), base, out=cov)
                np.multiply(cov.view(self.count_dtype), self.count_dtype.type(self.count_mult), out=cnt)
                np.right_shift(cnt, self.count_shift, out=cnt)
                np.copyto(covered, cnt, casting="unsafe")
                np.subtract(ring[:, s0 : s0 + sw], covered, out=ring[:, s0 : s0 + sw])
        return ring
