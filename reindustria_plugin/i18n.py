"""Installs the Qt translator that follows the QGIS locale."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from . import paths


def qgis_locale() -> str:
    """Two-letter language QGIS uses (its 'locale/userLocale' setting, else the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QgsApplication.locale() or QLocale.system().name()
    return (name or "en")[:2]


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load ``i18n/reindustria_<lang>.qm`` into the application; None when there is no translation."""
    lang = locale or qgis_locale()
    qm = paths.I18N / f"reindustria_{lang}.qm"
    if not qm.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
