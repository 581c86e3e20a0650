"""ReIndustria: spatial analysis of production spaces (QGIS plugin).

Importing this package loads no qgis module: QGIS calls :func:`classFactory`, which imports the plugin class
lazily, so the analysis core (``reindustria_plugin.analysis``) can be used and tested without QGIS.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for (``iface`` is None under qgis_process)."""
    from .plugin import ReIndustriaPlugin

    return ReIndustriaPlugin(iface)
