"""Raster grids: whether two rasters share one, and a view of a raster on another's grid."""

from __future__ import annotations


def same_grid(a, b) -> bool:
    """True when two open rasterio datasets have the same CRS, cell corners and size."""
    return a.crs == b.crs and a.transform.almost_equals(b.transform) and a.shape == b.shape


def aligned_view(src, reference):
    """``src`` read on the grid of ``reference`` (nearest neighbour: codes stay codes), or ``src`` itself when
    the grids are the same. Close the view when done (it does not close ``src``)."""
    from rasterio.enums import Resampling
    from rasterio.vrt import WarpedVRT

    if same_grid(src, reference):
        return src
    # Without a nodata value, the cells src does not cover would read as valid zeros: an alpha band makes
    # read_masks() say which cells it covers.
    return WarpedVRT(
        src,
        crs=reference.crs,
        transform=reference.transform,
        width=reference.width,
        height=reference.height,
        resampling=Resampling.nearest,
        add_alpha=src.nodata is None,
    )
