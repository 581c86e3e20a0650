"""The plugin's settings (QGIS settings under ``reindustria/``): the download endpoints, read by the download
algorithms, and a folder of the user's own case files, read by the Cases panel; edited in QGIS's Options dialog.
One place for the keys and their defaults."""

from __future__ import annotations

#: The main public Overpass API instance (https://wiki.openstreetmap.org/wiki/Overpass_API).
OVERPASS_DEFAULT = "https://overpass-api.de/api/interpreter"

#: The folder of the user's own case files.
CASE_FOLDER = "reindustria/case_folder"

#: Setting key -> default value. An empty value in the settings means the default.
DEFAULTS = {
    "reindustria/overpass_endpoint": OVERPASS_DEFAULT,
    # The EEA's CORINE Land Cover vector layers, one per year (see reindustria:downloadcorine's help).
    "reindustria/corine_endpoint_1990": "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC1990_WM/MapServer/0",
    "reindustria/corine_endpoint_2000": "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2000_WM/MapServer/0",
    "reindustria/corine_endpoint_2006": "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2006_WM/MapServer/0",
    "reindustria/corine_endpoint_2012": "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2012_WM/MapServer/0",
    "reindustria/corine_endpoint_2018": "https://image.discomap.eea.europa.eu/arcgis/rest/services/Corine/CLC2018_WM/MapServer/0",
    # A folder of case files (as resources/cases) read besides the shipped ones, outside the plugin folder that
    # an update overwrites; empty: none.
    CASE_FOLDER: "",
}


def value(key: str) -> str:
    """The setting ``key`` (one of :data:`DEFAULTS`), or its default when unset or empty."""
    from qgis.core import QgsSettings

    text = QgsSettings().value(key, "", type=str) or ""
    return text.strip() or DEFAULTS[key]


def set_value(key: str, text: str) -> None:
    """Store ``text`` for ``key``; an empty text restores the default."""
    from qgis.core import QgsSettings

    if key not in DEFAULTS:
        raise KeyError(key)
    QgsSettings().setValue(key, text.strip())
