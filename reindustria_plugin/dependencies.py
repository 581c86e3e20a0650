"""Checks for the optional Python packages the analysis core needs.

The plugin must load without them (QGIS on Windows or macOS may lack geopandas or rasterio); each algorithm
declares what it needs and refuses to run with a message saying what to install. No qgis import here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Dependency:
    module: str
    debian: str
    pip: str


DEPENDENCIES = {
    "numpy": Dependency("numpy", "python3-numpy", "numpy"),
    "pandas": Dependency("pandas", "python3-pandas", "pandas"),
    "rasterio": Dependency("rasterio", "python3-rasterio", "rasterio"),
    "shapely": Dependency("shapely", "python3-shapely", "shapely"),
    "geopandas": Dependency("geopandas", "python3-geopandas", "geopandas"),
    "scipy": Dependency("scipy", "python3-scipy", "scipy"),
    # The HTML reports (reindustria_plugin.analysis.report): charts and templates.
    "matplotlib": Dependency("matplotlib", "python3-matplotlib", "matplotlib"),
    "jinja2": Dependency("jinja2", "python3-jinja2", "jinja2"),
}


def _shapely_works() -> str | None:
    """None when shapely round-trips WKB, else the error text.

    A pip wheel of shapely carries its own GEOS; inside QGIS its symbols bind to QGIS's GEOS and every WKB
    call fails ("WKB output dimension must be 2 or 3"), although the import itself succeeds.
    """
    try:
        from shapely import wkb
        from shapely.geometry import Point

        if wkb.loads(Point(1.0, 2.0).wkb).x != 1.0:
            return "WKB round trip returned a wrong point"
    except Exception as err:  # any failure means the package is unusable here
        return str(err) or type(err).__name__
    return None


@cache
def problem(module: str) -> str | None:
    """Why ``module`` cannot be used here, or None when it works."""
    try:
        importlib.import_module(module)
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if module in ("shapely", "geopandas"):
        return _shapely_works()
    return None


def not_installed(modules: tuple[str, ...]) -> list[Dependency]:
    """The dependencies among ``modules`` that are not installed at all, found without importing anything.

    Cheap enough for plugin start-up (importing geopandas and rasterio there would add a noticeable
    fraction of a second to every QGIS and qgis_process start); the full check is :func:`missing`.
    """
    from importlib.util import find_spec

    out = []
    for name in modules:
        try:
            found = find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(DEPENDENCIES[name])
    return out


def missing(modules: tuple[str, ...]) -> list[tuple[Dependency, str]]:
    """The dependencies among ``modules`` that cannot be used, with the reason."""
    out = []
    for name in modules:
        why = problem(name)
        if why is not None:
            out.append((DEPENDENCIES[name], why))
    return out
