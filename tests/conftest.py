"""Shared test helpers: where the shared real data is, reading CSV outputs, writing test rasters."""

import csv
import os
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REINDUSTRIA_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"


@pytest.fixture
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"shared data not found at {DATA} (set REINDUSTRIA_SHARED)")
    return DATA


def read_csv(path) -> list[dict]:
    """The rows of a CSV output, as dicts of strings."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_raster(path, array, nodata=None, crs="EPSG:3035", res=100.0, origin=(4_000_000.0, 2_500_000.0)):
    """A single-band GeoTIFF; ``res`` is the cell size, or (width, height) of rectangular cells."""
    import rasterio
    from rasterio.transform import from_origin

    array = np.asarray(array)
    res_x, res_y = res if isinstance(res, tuple) else (res, res)
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=array.shape[1],
        height=array.shape[0],
        count=1,
        dtype=array.dtype,
        nodata=nodata,
        crs=crs,
        transform=from_origin(origin[0], origin[1], res_x, res_y),
    ) as dst:
        dst.write(array, 1)
    return str(path)
