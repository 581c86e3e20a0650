"""Small helpers the docks share: the log, translated content messages, QGIS theme icons."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..analysis.errors import Message

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
