"""Where the plugin's assets live, in the repository and in the installed plugin.

In the repository ``metadata.txt``, ``resources/``, ``i18n/`` and ``processing/`` sit next to the package
folder; in the installed plugin (the zip made by ``make package``) they sit inside it. No qgis import here.
"""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent


def _root() -> Path:
    # Not resolved on purpose: under scripts/qgis-process the package is a folder of symlinks whose own
    # directory holds metadata.txt, and following the links would lead back to the repository.
    if (PACKAGE_DIR / "metadata.txt").is_file():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


ROOT = _root()
METADATA = ROOT / "metadata.txt"
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"
PROCESSING = ROOT / "processing"
ICONS = RESOURCES / "icons"
STYLES = RESOURCES / "styles"
PRESETS = PROCESSING / "presets"
HELP = PROCESSING / "help"
MODELS = PROCESSING / "models"


def icon_path(name: str = "reindustria.svg") -> str:
    """Path of an SVG icon in ``resources/icons`` as a string (what QIcon takes)."""
    return str(ICONS / name)


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    """The ``[general]`` section of metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    """The plugin version from metadata.txt."""
    return metadata()["version"]
