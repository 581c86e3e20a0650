"""Small helpers the docks share: the log, translated content messages, QGIS theme icons, numbers in the
user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..analysis.errors import Message
from ..analysis.report.numbers import locale_formatter

LOG_TAG = "ReIndustria"


def log(text: str, level=Qgis.MessageLevel.Info) -> None:
    """A line in the QGIS message log, tab ReIndustria."""
    QgsMessageLog.logMessage(text, LOG_TAG, level)


def message_text(message: Message, context: str) -> str:
    """A core message translated in ``context`` and formatted (a broken translation falls back to English)."""
    template = QCoreApplication.translate(context, message.template)
    try:
        return template.format(**message.params)
    except (KeyError, IndexError, ValueError):
        return str(message)


def message_texts(messages: Iterable[Message], context: str) -> list[str]:
    return [message_text(m, context) for m in messages]


def theme_icon(name: str) -> QIcon:
    """One of QGIS's own theme icons (they follow the light or dark theme), e.g. ``mActionZoomToLayer.svg``."""
    return QgsApplication.getThemeIcon(f"/{name}")


def plugin_icon(name: str) -> QIcon:
    """An SVG icon of ``resources/icons``."""
    return QIcon(paths.icon_path(name))


def number_locale() -> QLocale:
    """The locale QGIS writes numbers in: with "Override system locale" on, its number locale
    (``locale/globalLocale``) or else its interface language (``locale/userLocale``, what
    :func:`reindustria_plugin.i18n.qgis_locale` reads); otherwise QGIS's locale (the system's)."""
    settings = QgsSettings()
    name = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/globalLocale", "", type=str) or settings.value(
            "locale/userLocale", "", type=str
        )
    else:
        name = QgsApplication.locale()
    return QLocale(name) if name else QLocale.system()


def number_formatter(digits: int = 4, na: str = "") -> Callable[..., str]:
    """The report toolkit's number formatter with the decimal mark and thousands separator of
    :func:`number_locale`: in Italian 1562.25 is "1.562" and 9.001 is "9,001"."""
    locale = number_locale()
    point, thousands = str(locale.decimalPoint()), str(locale.groupSeparator())
    if not point or point == thousands:  # a locale Qt cannot describe: English marks
        point, thousands = ".", ","
    return locale_formatter(point, thousands, digits=digits, na=na)
