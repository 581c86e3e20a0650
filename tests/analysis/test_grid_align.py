"""align_to_grid against GDAL's own nearest-neighbour warp, and its edge cases."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio

from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.grid import align_to_grid
from tests.conftest import write_raster

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
BEFORE, AFTER = DEMO / "clc_lausanne_2006_100m.tif", DEMO / "clc_lausanne_2012_100m.tif"


def write(path, data, origin, res=10.0, nodata=None):
    """A small single-band GeoTIFF in EPSG:2056 with its top-left corner at ``origin``."""
    return str(write_raster(path, np.asarray(data), nodata=nodata, crs="EPSG:2056", res=res, origin=origin))


def test_lausanne_2012_on_the_2006_grid_equals_gdalwarp_near(tmp_path):
    from osgeo import gdal

    out = tmp_path / "aligned.tif"
    grid = align_to_grid(str(AFTER), str(BEFORE), str(out))
    with rasterio.open(BEFORE) as ref:
        bounds, width, height = ref.bounds, ref.width, ref.height
    gdal.Warp(
        str(tmp_path / "gdal.tif"),
        str(AFTER),
        resampleAlg="near",
        outputBounds=tuple(bounds),
        width=width,
        height=height,
    )
    with rasterio.open(out) as a, rasterio.open(tmp_path / "gdal.tif") as b, rasterio.open(BEFORE) as ref:
        assert a.transform.almost_equals(ref.transform) and a.shape == ref.shape and a.crs == ref.crs
        assert a.nodata == 255 and a.dtypes[0] == "uint8"
        assert np.array_equal(a.read(1), b.read(1))
    assert grid["same_grid"] is False and (grid["width"], grid["height"]) == (width, height)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".aligned")]


def test_a_raster_already_on_the_grid_is_copied(tmp_path):
    out = tmp_path / "same.tif"
    assert align_to_grid(str(BEFORE), str(BEFORE), str(out))["same_grid"] is True
    with rasterio.open(out) as a, rasterio.open(BEFORE) as b:
        assert np.array_equal(a.read(1), b.read(1)) and a.nodata == b.nodata


def test_cells_outside_the_input_are_nodata_even_without_a_nodata_value(tmp_path):
    # A 2 x 2 input over the left half of a 2 x 4 reference; neither has a nodata value, and 0 is a code.
    src = write(tmp_path / "src.tif", np.array([[0, 1], [2, 3]], dtype="uint8"), (0, 20))
    ref = write(tmp_path / "ref.tif", np.full((2, 4), 7, dtype="uint8"), (0, 20))
    out = tmp_path / "out.tif"
    grid = align_to_grid(src, ref, str(out))
    with rasterio.open(out) as a:
        assert a.nodata == 255 == grid["nodata"]
        assert a.read(1).tolist() == [[0, 1, 255, 255], [2, 3, 255, 255]]


def test_half_cell_offset_takes_the_cell_under_each_centre(tmp_path):
    # Reference cells centred at x = 11, 21 and 31 fall in input cells [10, 20), [20, 30) and outside it.
    src = write(tmp_path / "src.tif", np.array([[1, 2, 3]], dtype="int16"), (0, 10), nodata=-1)
    ref = write(tmp_path / "ref.tif", np.zeros((1, 3), dtype="int16"), (6, 10), nodata=-1)
    align_to_grid(src, ref, str(tmp_path / "out.tif"))
    with rasterio.open(tmp_path / "out.tif") as a:
        assert a.read(1).tolist() == [[2, 3, -1]]


def test_bad_input_and_cancel_leave_nothing(tmp_path):
    two = write(tmp_path / "two.tif", np.zeros((2, 2, 2), dtype="uint8"), (0, 20))
    with pytest.raises(InputError, match="2 bands"):
        align_to_grid(two, str(BEFORE), str(tmp_path / "x.tif"))
    with pytest.raises(Canceled):
        align_to_grid(str(AFTER), str(BEFORE), str(tmp_path / "y.tif"), is_canceled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two.tif"]
