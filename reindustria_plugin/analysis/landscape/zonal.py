"""Landscape metrics of a raster file, whole or per zone, and the patches as polygons.

Each zone reads only the window of the raster under it and masks the cells whose centres fall outside it, so
100 zones cost one read of the raster, never a copy per zone; overlapping zones are each measured whole, as
FRAGSTATS would measure the raster clipped to that zone.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..grid import aligned_view
from ..typology import Nomenclature, check_mostly_mapped
from .metrics import tables_of
from .patches import StripSource, measure_patches

#: The error when no zone overlaps the raster (callers with other words for zones replace it).
NO_ZONE_OVERLAPS = QT_TRANSLATE_NOOP(
    "analysis", "No zone overlaps the raster: check that the zones and the raster cover the same area."
)


def code_counts(values: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The codes of the valid cells and how many cells each has."""
    if values.dtype.itemsize <= 2:
        bits = values.view(f"u{values.dtype.itemsize}")
        counts = np.bincount(bits[valid], minlength=1 << (8 * values.dtype.itemsize))
        present = np.flatnonzero(counts)
        return np.array(present, dtype=bits.dtype).view(values.dtype).astype(np.int64), counts[present]
    return np.unique(values[valid], return_counts=True)


@dataclass
class ZonalMetrics:
    """Tables of every zone (``zone`` column first) and the messages for the user."""

    landscape: pd.DataFrame | None
    classes: pd.DataFrame | None
    patches: object | None  # GeoDataFrame of patch polygons when asked for
    messages: list[Message] = field(default_factory=list)


def _check_raster(ds) -> float:
    """The cell side of a raster fit for landscape metrics, or a clear error."""
    if np.dtype(ds.dtypes[0]).kind not in "iu":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster has cell type {dtype}: landscape metrics need a categorical raster of whole-number "
                "codes (convert it with Raster > Conversion > Translate, output data type Int32).",
            ),
            dtype=ds.dtypes[0],
        )
    if ds.crs is None or ds.crs.is_geographic:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster is not in a projected coordinate system (cells in degrees): areas and distances "
                "would be wrong. Reproject it to a metric CRS (Raster > Projections > Warp).",
            )
        )
    t = ds.transform
    if t.b or t.d:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster is rotated: warp it to a north-up grid first (Raster > Projections > Warp).",
            )
        )
    width, height = abs(t.a), abs(t.e)
    if abs(width - height) > 1e-6 * max(width, height):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster's cells are {width} × {height} map units: FRAGSTATS metrics need square cells. "
                "Resample it to square cells (Raster > Projections > Warp, output resolution).",
            ),
            width=f"{width:g}",
            height=f"{height:g}",
        )
    return float(width)


def landscape_metrics_raster(
    path: str,
    zones: Sequence[tuple[object, object]] | None = None,
    neighbourhood: int = 8,
    count_boundary: bool = False,
    edge_depth: float | None = None,
    classes: Sequence[int] | None = None,
    levels: Sequence[str] = ("landscape", "class"),
    recode: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None,
    nomenclature: Nomenclature | None = None,
    presets: Sequence[tuple[str, Nomenclature]] = (),
    name: str = "",
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    distances: bool | None = None,
    align_to: str | None = None,
) -> ZonalMetrics:
    """FRAGSTATS metrics of band 1 of a raster file, for the whole raster or for each zone.

    Parameters
    ----------
    path
        A GDAL-readable categorical raster in a projected CRS with square cells; nodata is outside.
    zones
        (shapely geometry in the raster's CRS, name) pairs; None for the whole raster as one landscape.
    recode
        Optional ``f(values) -> (codes, valid)`` applied to each window before the metrics (e.g. codes to
        production classes; cells it marks invalid are outside the landscape).
    nomenclature, presets
        When a nomenclature is given, a landscape whose codes are mostly not in it stops the run, naming the
        preset (name, nomenclature) the codes fit.
    name
        The ``zone`` value of the single landscape when there are no zones.
    distances
        False skips GYRATE, CIRCLE and ENN (left empty) for callers that do not report them: they take about
        half the time. None: computed up to the size limit of :func:`~.patches.measure_patches`.
    align_to
        A raster whose grid ``path`` is read on (nearest neighbour, as the land-use change tools align a second
        date), so that two dates are measured cell for cell alike; None reads ``path`` on its own grid.
    classes, neighbourhood, count_boundary, edge_depth, levels
        As in :func:`~reindustria_plugin.analysis.landscape.metrics.landscape_metrics_array`.

    Returns
    -------
    ZonalMetrics
        One landscape row and the class rows per zone, the patch polygons when "patch" is in ``levels``.
    """
    import rasterio
    from rasterio import windows

    messages: list[Message] = []
    lands, class_frames, patch_frames = [], [], []
    # A small GDAL block cache: strips are read once, in order (GDAL's default, 5 % of RAM, would fill up).
    with contextlib.ExitStack() as stack:
        stack.enter_context(rasterio.Env(GDAL_CACHEMAX=64))
        ds = stack.enter_context(rasterio.open(path))
        if align_to is not None:
            reference = stack.enter_context(rasterio.open(align_to))
            view = aligned_view(ds, reference)
            if view is not ds:
                ds = stack.enter_context(view)
        cell = _check_raster(ds)
        if zones is None:
            jobs = [(None, name, windows.Window(0, 0, ds.width, ds.height))]
        else:
            jobs = []
            full = windows.Window(0, 0, ds.width, ds.height)
            for geom, zone in zones:
                if geom is None or geom.is_empty:
                    messages.append(
                        Message(
                            QT_TRANSLATE_NOOP("analysis", "Zone '{zone}' has no geometry: left out."),
                            zone=zone,
                        )
                    )
                    continue
                # Every cell the bounds touch: rounding offset and length apart can drop the last column.
                bounds = windows.from_bounds(*geom.bounds, transform=ds.transform)
                col0, row0 = math.floor(bounds.col_off), math.floor(bounds.row_off)
                col1 = math.ceil(bounds.col_off + bounds.width)
                row1 = math.ceil(bounds.row_off + bounds.height)
                win = windows.Window(col0, row0, col1 - col0, row1 - row0)
                try:
                    win = win.intersection(full)
                except windows.WindowError:
                    win = None
                if win is None or win.width <= 0 or win.height <= 0:
                    messages.append(outside_message(zone))
                    continue
                jobs.append((geom, zone, win))
        for done, (geom, zone, win) in enumerate(jobs):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            transform = ds.window_transform(win)
            reader = _WindowReader(ds, win, transform, geom, recode, nomenclature is not None)

            def step(f, done=done):
                if progress:
                    progress((done + f) / len(jobs))

            source = StripSource(int(win.height), int(win.width), reader.read)
            depth_cells = 1.0 if edge_depth is None else edge_depth / cell
            p, adj, codes = measure_patches(
                source,
                neighbourhood,
                depth_cells,
                distances=distances,
                keep_labels="patch" in levels,
                progress=step,
                is_canceled=is_canceled,
            )
            if nomenclature is not None:
                check_mostly_mapped(str(zone), *reader.code_counts(), nomenclature, presets)
            if not p.count:
                messages.append(outside_message(zone))
                continue
            if geom is not None:
                covered = reader.data_cells * cell * cell / geom.area if geom.area else 1.0
                if covered < 0.99:
                    messages.append(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "analysis",
                                "Zone '{zone}': only {share} % of its area has data in the raster; its metrics "
                                "describe that part.",
                            ),
                            zone=zone,
                            share=f"{100 * covered:.1f}",
                        )
                    )
            tables = tables_of(p, adj, codes, cell, count_boundary, classes, levels)
            for message in tables.messages:
                if not any(m.template == message.template for m in messages):
                    messages.append(message)
            if tables.landscape is not None:
                lands.append(tables.landscape.assign(zone=zone))
            if tables.classes is not None:
                class_frames.append(tables.classes.assign(zone=zone))
            if tables.patches is not None:
                patch_frames.append(_patch_polygons(tables, transform, ds.crs, zone))
        crs = ds.crs
    if zones is not None and not jobs:
        raise InputError(NO_ZONE_OVERLAPS)
    if not lands and not class_frames and not patch_frames and "landscape" in levels:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The landscape has no cell with data (all nodata or outside).")
        )
    land = _first_zone(pd.concat(lands, ignore_index=True)) if lands else None
    cls = _first_zone(pd.concat(class_frames, ignore_index=True)) if class_frames else None
    patches = None
    if patch_frames:
        import geopandas as gpd

        patches = gpd.GeoDataFrame(pd.concat(patch_frames, ignore_index=True), crs=crs)
        patches.insert(1, "patch_id", np.arange(1, len(patches) + 1, dtype=np.int64))
    elif "patch" in levels:
        patches = None
    return ZonalMetrics(land, cls, patches, messages)


class _WindowReader:
    """Rows of a raster window for the strip engine: nodata and cells outside the zone are invalid, codes
    recoded when asked; counts the codes met (for the nomenclature check) and the cells with data."""

    def __init__(self, ds, window, transform, geom, recode, count_codes: bool):
        self.ds, self.window, self.transform = ds, window, transform
        self.geom, self.recode, self.count_codes = geom, recode, count_codes
        self.counts: dict[int, int] = {}
        self.data_cells = 0
        self._seen: set[int] = set()

    def read(self, r0: int, r1: int):
        from rasterio import features, windows

        w = windows.Window(self.window.col_off, self.window.row_off + r0, self.window.width, r1 - r0)
        values = self.ds.read(1, window=w)
        valid = self.ds.read_masks(1, window=w) > 0
        if self.geom is not None:
            strip_transform = self.transform * self.transform.translation(0, r0)
            valid &= features.geometry_mask([self.geom], values.shape, strip_transform, invert=True)
        # Strips overlap by their halo rows: count each row once.
        fresh = [r for r in range(r0, r1) if r not in self._seen]
        self._seen.update(fresh)
        if fresh:
            rows = slice(fresh[0] - r0, fresh[-1] - r0 + 1)
            if self.count_codes:
                codes, counts = code_counts(values[rows], valid[rows])
                for code, count in zip(codes.tolist(), counts.tolist()):
                    self.counts[code] = self.counts.get(code, 0) + count
        if self.recode is not None:
            values, keep = self.recode(values)
            valid &= keep
        if fresh:
            self.data_cells += int(valid[rows].sum())
        return values, valid

    def code_counts(self):
        codes = np.array(sorted(self.counts), dtype=np.int64)
        return codes, np.array([self.counts[c] for c in codes.tolist()], dtype=np.float64)


def outside_message(zone) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "analysis", "Zone '{zone}' has no raster data (outside the raster or all nodata): no row for it."
        ),
        zone=zone,
    )


def _first_zone(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[["zone", *[c for c in frame.columns if c != "zone"]]]


def _patch_polygons(tables, transform, crs, zone):
    """Patch polygons of one landscape (parts of an 8-connected patch joined into one multipolygon)."""
    import geopandas as gpd
    from rasterio import features
    from shapely.geometry import MultiPolygon, shape

    labels = tables.labels
    wanted = np.zeros(labels.max() + 1, dtype=bool)
    wanted[tables.patches["patch"].to_numpy()] = True
    mask = wanted[labels]
    parts: dict[int, list] = {}
    for geojson, value in features.shapes(labels, mask=mask, connectivity=4, transform=transform):
        parts.setdefault(int(value), []).append(shape(geojson))
    rows = tables.patches.set_index("patch")
    ids = [p for p in rows.index.tolist() if p in parts]
    geoms = [MultiPolygon(parts[p]) if len(parts[p]) > 1 else parts[p][0] for p in ids]
    frame = rows.loc[ids].reset_index(drop=True)
    frame.insert(0, "zone", zone)
    return gpd.GeoDataFrame(frame, geometry=geoms, crs=crs)
