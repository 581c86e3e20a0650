"""Raster grids: whether two rasters share one, and a view of a raster on another's grid."""

from __future__ import annotations

from collections.abc import Callable


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


#: Rows per block when a raster is written onto another grid: bounded memory for rasters of any size.
BLOCK_ROWS = 1024


def align_to_grid(
    src_path: str,
    reference_path: str,
    out_path: str,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> dict:
    """Write the raster ``src_path`` on the grid of ``reference_path`` (CRS, cell corners, size) as GeoTIFF.

    Each cell of the result takes the value of the ``src`` cell under its centre (nearest neighbour, so codes
    stay codes), exactly as the land-use change tools read a second date on the first date's grid. Cells that
    ``src`` does not cover, or covers with nodata, are nodata: ``src``'s nodata value, or the reference's, or the
    largest value of the data type when neither has one.

    Parameters
    ----------
    src_path, reference_path, out_path
        Raster paths; the output is written to a temporary file beside ``out_path``, renamed when complete.
    progress, is_canceled
        Optional callables: progress(fraction in 0-1), is_canceled() -> True stops with :class:`Canceled`.

    Returns
    -------
    dict
        ``width``, ``height``, ``cell_size`` (x, y), ``nodata`` and ``same_grid`` (True when ``src`` already lay
        on the reference grid: the output is then a plain copy).

    Raises
    ------
    InputError
        When ``src`` has more than one band or either raster has no CRS.
    """
    import os
    import tempfile

    import numpy as np
    import rasterio
    from rasterio.windows import Window

    from .errors import QT_TRANSLATE_NOOP, Canceled, InputError

    with rasterio.open(src_path) as src, rasterio.open(reference_path) as ref:
        if src.count != 1:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "The raster to align has {bands} bands: give a single-band land-use raster."
                ),
                bands=src.count,
            )
        if src.crs is None or ref.crs is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Both rasters need a coordinate reference system: assign one (Layer Properties > Source).",
                )
            )
        dtype = np.dtype(src.dtypes[0])
        nodata = src.nodata if src.nodata is not None else ref.nodata
        if nodata is None:
            nodata = np.iinfo(dtype).max if dtype.kind in "iu" else np.finfo(dtype).max
        profile = {
            "driver": "GTiff",
            "dtype": dtype.name,
            "count": 1,
            "crs": ref.crs,
            "transform": ref.transform,
            "width": ref.width,
            "height": ref.height,
            "nodata": nodata,
            "compress": "deflate",
            "tiled": True,
        }
        same = same_grid(src, ref)
        view = aligned_view(src, ref)
        folder = os.path.dirname(os.path.abspath(out_path))
        fd, tmp = tempfile.mkstemp(prefix=".aligned.", suffix=".tif", dir=folder)
        os.close(fd)
        try:
            with rasterio.open(tmp, "w", **profile) as out:
                for top in range(0, ref.height, BLOCK_ROWS):
                    if is_canceled is not None and is_canceled():
                        raise Canceled()
                    window = Window(0, top, ref.width, min(BLOCK_ROWS, ref.height - top))
                    values = view.read(1, window=window)
                    covered = view.read_masks(1, window=window) > 0
                    out.write(np.where(covered, values, nodata).astype(dtype, copy=False), 1, window=window)
                    if progress is not None:
                        progress(min(1.0, (top + window.height) / ref.height))
            os.replace(tmp, out_path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        finally:
            if view is not src:
                view.close()
        return {
            "width": ref.width,
            "height": ref.height,
            "cell_size": (abs(ref.transform.a), abs(ref.transform.e)),
            "nodata": nodata,
            "same_grid": same,
        }
