"""The pure analysis core of ReIndustria: numpy, pandas, geopandas, rasterio. Never imports qgis.

Functions take plain data (arrays, DataFrames, paths) and return plain data; long runs report through the
optional callables ``progress(fraction)`` and ``is_canceled()``.
"""
