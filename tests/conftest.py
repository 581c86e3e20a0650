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
    """A GeoTIFF of a 2-D array (one band) or a 3-D one (bands first); ``res`` is the cell size, or (width,
    height) of rectangular cells."""
    import rasterio
    from rasterio.transform import from_origin

    array = np.asarray(array)
    res_x, res_y = res if isinstance(res, tuple) else (res, res)
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=array.shape[-1],
        height=array.shape[-2],
        count=1 if array.ndim == 2 else array.shape[0],
        dtype=array.dtype,
        nodata=nodata,
        crs=crs,
        transform=from_origin(origin[0], origin[1], res_x, res_y),
    ) as dst:
        dst.write(array if array.ndim == 3 else array[None])
    return str(path)


SYSTEM_PYTHON = "/usr/bin/python3"


def run_on_system_shapely18(script: str, *args: str, needs: str = "shapely"):
    """Run ``script`` (Python printing JSON) in the system Python when it has shapely 1.x, as Debian 12's QGIS
    does, and return what it printed, parsed; skip the test where there is no such Python. ``needs``: the
    modules the script imports besides the repository's (e.g. "shapely, pytest" when it imports a test module).
    """
    import json
    import subprocess

    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", f"import {needs}; import shapely; print(shapely.__version__)"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0 or not probe.stdout.startswith("1."):
        pytest.skip("no system Python with shapely 1.x here")
    out = subprocess.run(
        [SYSTEM_PYTHON, "-c", script, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={"PROJ_DATA": "/usr/share/proj"},
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
