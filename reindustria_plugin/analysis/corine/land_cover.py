"""The land cover of an area from downloaded CORINE polygons: CLC codes (111-523) with their English labels,
clipped to the area, and optionally the 100 m grid of CLC grid codes (1-44) in EPSG:3035 that the EEA's own
CORINE rasters use (cell edges on multiples of 100 m, a cell taking the polygon under its centre)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..geometry import MIN_AREA, intersections, make_valid_polygons
from ..typology import load_nomenclature
from .query import OUTPUT_EPSG

#: Cell size (m) of the raster output, that of the EEA's CORINE rasters.
CELL = 100.0
#: Raster value of cells outside the area or without a CORINE class.
NODATA = 255
#: Largest raster the download makes (cells): 10^8 cells of 100 m are 1,000,000 km².
MAX_CELLS = 100_000_000


@dataclass(frozen=True)
class ClcClass:
    """One CORINE class: its code (111-523), grid code (1-44), English label and legend colour."""

    code: int
    grid: int
    label: str
    colour: str


@dataclass
class LandCover:
    """Clipped polygons (``code``, ``label``) in EPSG:3035, the raster when asked, and warnings."""

    polygons: object
    raster: np.ndarray | None = None
    transform: tuple | None = None
    messages: list[Message] = field(default_factory=list)


def load_clc_classes(codes_csv: Path | str, grid_csv: Path | str) -> dict[int, ClcClass]:
    """The 44 CORINE classes from the nomenclature presets of CLC codes and of CLC grid codes, which list the
    same classes in the same order (grid code n is the n-th CLC code)."""
    codes = load_nomenclature(codes_csv)
    grid = load_nomenclature(grid_csv)
    if len(codes.codes) != len(grid.codes) or list(codes.labels) != list(grid.labels):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The CORINE nomenclatures {codes} and {grid} do not list the same classes in the same order.",
            ),
            codes=str(codes_csv),
            grid=str(grid_csv),
        )
    return {
        int(code): ClcClass(int(code), int(g), label, colour)
        for code, g, label, colour in zip(codes.codes, grid.codes, codes.labels, codes.colours)
    }


def parse_code(value: object) -> int | None:
    """A CLC code as a whole number ('111', 111, 111.0), or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number == int(number) else None


def land_cover(
    geometries: list,
    codes: list,
    area,
    classes: dict[int, ClcClass],
    *,
    year: int | None = None,
    want_raster: bool = False,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> LandCover:
    """Polygons (EPSG:3035) with their raw codes, clipped to ``area`` (shapely, EPSG:3035), as a GeoDataFrame
    with ``code`` and ``label``; with ``want_raster``, also the grid of CLC grid codes.

    Codes outside the 44 classes (the CORINE layers hold 990, 995 and 999 for unclassified land, water and no
    data) are left out, with a warning giving their area."""
    import geopandas as gpd

    report = progress or (lambda fraction: None)
    canceled = is_canceled or (lambda: False)
    messages: list[Message] = []
    parsed = [parse_code(c) for c in codes]
    series = gpd.GeoSeries(list(geometries), crs=f"EPSG:{OUTPUT_EPSG}")
    series, repaired = make_valid_polygons(series)
    if repaired:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP("analysis", "{count} invalid CORINE polygons were repaired."),
                count=repaired,
            )
        )
    report(0.1)
    geoms, areas = intersections(series.values, [area] * len(series))
    if canceled():
        raise Canceled()
    report(0.6)
    keep, dropped = [], {}
    for i, (code, geom, a) in enumerate(zip(parsed, geoms, areas)):
        if geom is None or geom.is_empty or not a > MIN_AREA:
            continue
        if code not in classes:
            key = str(code) if code is not None else str(codes[i])
            total = dropped.setdefault(key, [0, 0.0])
            total[0] += 1
            total[1] += float(a)
            continue
        keep.append(i)
    if dropped:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} CORINE polygons ({ha} ha) have codes outside the 44 classes and were left out: "
                    "{codes} (990, 995, 999 mark unclassified land, unclassified water and no data).",
                ),
                count=sum(n for n, _a in dropped.values()),
                ha=f"{sum(a for _n, a in dropped.values()) / 1e4:.1f}",
                codes=", ".join(f"{code} ({n})" for code, (n, _a) in sorted(dropped.items())),
            )
        )
    if not keep:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "None of the CORINE Land Cover {year} polygons downloaded covers the area with a CORINE class: "
                "the area lies outside CORINE's coverage, or holds only unclassified land.",
            ),
            year=year if year is not None else "",
        )
    kept_codes = [parsed[i] for i in keep]
    polygons = gpd.GeoDataFrame(
        {
            "code": np.array(kept_codes, dtype=np.int64),
            "label": [classes[c].label for c in kept_codes],
        },
        geometry=gpd.GeoSeries([geoms[i] for i in keep], crs=f"EPSG:{OUTPUT_EPSG}"),
        crs=f"EPSG:{OUTPUT_EPSG}",
    )
    result = LandCover(polygons=polygons, messages=messages)
    report(0.7)
    if want_raster:
        if canceled():
            raise Canceled()
        result.raster, result.transform = rasterise(polygons, area, classes)
    report(1.0)
    return result


def grid_bounds(area, cell: float = CELL) -> tuple[float, float, int, int]:
    """(left, top, width, height) of the grid of ``cell`` m covering ``area``'s bounds, its edges on multiples
    of ``cell`` (the EEA reference grid in EPSG:3035)."""
    x0, y0, x1, y1 = area.bounds
    left, bottom = math.floor(x0 / cell) * cell, math.floor(y0 / cell) * cell
    right, top = math.ceil(x1 / cell) * cell, math.ceil(y1 / cell) * cell
    return left, top, max(1, round((right - left) / cell)), max(1, round((top - bottom) / cell))


def rasterise(polygons, area, classes: dict[int, ClcClass], cell: float = CELL):
    """(uint8 array of grid codes, affine transform as a 6-tuple) of clipped CORINE polygons on the grid of
    :func:`grid_bounds`: a cell takes the class of the polygon under its centre, :data:`NODATA` elsewhere."""
    from rasterio import features
    from rasterio.transform import from_origin

    left, top, width, height = grid_bounds(area, cell)
    if width * height > MAX_CELLS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The raster of this area would have {cells} cells of 100 m, more than {limit}: leave the raster "
                "output out, or split the area.",
            ),
            cells=f"{width * height:,}",
            limit=f"{MAX_CELLS:,}",
        )
    transform = from_origin(left, top, cell, cell)
    shapes = [(geom, classes[int(code)].grid) for geom, code in zip(polygons.geometry, polygons["code"])]
    array = features.rasterize(
        shapes, out_shape=(height, width), transform=transform, fill=NODATA, dtype="uint8", all_touched=False
    )
    return array, tuple(transform)[:6]
