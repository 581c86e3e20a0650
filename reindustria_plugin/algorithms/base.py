"""What every ReIndustria algorithm shares: translation, help, dependency checks, error conversion."""

from __future__ import annotations

import html
import re
from contextlib import contextmanager

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import dependencies, paths
from ..analysis.errors import Canceled, InputError, Message
from ..i18n import qgis_locale


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


#: Toolbox groups, in English (translated in context "AlgorithmBase" by AlgorithmBase.group).
LAND_USE_CHANGE = QT_TRANSLATE_NOOP("AlgorithmBase", "Land-use change")
DISTRICT_COMPARISON = QT_TRANSLATE_NOOP("AlgorithmBase", "District comparison")
LIVE_WORK_MIX = QT_TRANSLATE_NOOP("AlgorithmBase", "Live-work mix")
DATA = QT_TRANSLATE_NOOP("AlgorithmBase", "Data")


def group_id(group: str) -> str:
    """The toolbox id of an English group name: its letters, lowercased ("Land-use change" -> "landusechange").
    Algorithms and shipped models derive it the same way, so both land in one group."""
    return re.sub(r"[^a-z]", "", group.lower())


def translated_params(params: dict) -> dict:
    """Message parameters with the words the core marked for translation (a text found in the "analysis"
    context, e.g. "national totals") translated, and lists of messages (the reasons behind an error) written
    out translated; other values (names, numbers) are unchanged."""

    def one(value):
        if isinstance(value, str) and value:
            return translate("analysis", value)
        if isinstance(value, list) and all(isinstance(v, Message) for v in value):
            return " ".join(
                translate("analysis", m.template).format(**translated_params(m.params)) for m in value
            )
        return value

    return {k: one(v) for k, v in params.items()}


def core_error_message(err: InputError) -> str:
    """The translated message of a core ``InputError``."""
    return translate("analysis", err.template).format(**translated_params(err.params))


@contextmanager
def core_errors():
    """Turn the core's errors into the QgsProcessingException Processing shows to the user."""
    try:
        yield
    except InputError as err:
        raise QgsProcessingException(core_error_message(err)) from err
    except Canceled as err:
        raise QgsProcessingException(
            QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
        ) from err
    except MemoryError as err:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "AlgorithmBase",
                "Not enough memory for this input. Try a smaller extent or a coarser resolution.",
            )
        ) from err


def markdown_to_html(text: str) -> str:
    """Just enough Markdown (headings, paragraphs, lists, bold, code) for the Processing help panel."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.strip().splitlines()
        if all(line.lstrip().startswith(("- ", "* ")) for line in lines):
            items = "".join(f"<li>{_inline(line.lstrip()[2:])}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")
            continue
        head = re.match(r"^(#{1,4})\s+(.*)$", lines[0])
        if head and len(lines) == 1:
            level = min(len(head.group(1)) + 2, 6)
            out.append(f"<h{level}>{_inline(head.group(2))}</h{level}>")
        else:
            out.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "\n".join(out)


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    return text


#: The flag that keeps an algorithm out of worker threads (Qgis.ProcessingAlgorithmFlag from QGIS 3.36).
NO_THREADING = getattr(getattr(Qgis, "ProcessingAlgorithmFlag", None), "NoThreading", None) or getattr(
    QgsProcessingAlgorithm, "FlagNoThreading", None
)

#: Python packages of the HTML reports (checked only when a report is asked for).
REPORT_REQUIRES = ("matplotlib", "jinja2")


class AlgorithmBase(QgsProcessingAlgorithm):
    """Base of ReIndustria algorithms; subclasses set ``NAME``, ``GROUP`` and ``REQUIRES``."""

    NAME = ""
    GROUP = ""
    REQUIRES: tuple[str, ...] = ("numpy",)
    #: SVG in resources/icons: the toolbox and the toolbar show it.
    ICON = "reindustria.svg"

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return translate("AlgorithmBase", self.GROUP)

    def groupId(self) -> str:
        return group_id(self.GROUP)

    def icon(self) -> QIcon:
        return QIcon(paths.icon_path(self.ICON))

    def svgIconPath(self) -> str:
        return paths.icon_path(self.ICON)

    def help_file(self):
        for lang in (qgis_locale(), "en"):
            path = paths.HELP / f"{self.NAME}.{lang}.md"
            if path.is_file():
                return path
        return None

    def shortHelpString(self) -> str:
        path = self.help_file()
        return markdown_to_html(path.read_text(encoding="utf-8")) if path else ""

    def helpUrl(self) -> str:
        path = self.help_file()
        return path.as_uri() if path else ""

    # Dependencies ------------------------------------------------------------------------------------------
    def missing_dependencies_message(self) -> str | None:
        problems = dependencies.missing(self.REQUIRES)
        if not problems:
            return None
        names = ", ".join(dep.module for dep, _ in problems)
        reasons = "; ".join(f"{dep.module}: {why}" for dep, why in problems)
        debian = " ".join(dep.debian for dep, _ in problems)
        pip = " ".join(dep.pip for dep, _ in problems)
        return QCoreApplication.translate(
            "AlgorithmBase",
            "This algorithm needs the Python packages {names}, which cannot be used here ({reasons}). "
            "Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: "
            "python3 -m pip install {pip}. Then restart QGIS.",
        ).format(names=names, reasons=reasons, debian=debian, pip=pip)

    def flags(self):
        # The analysis stack (pyproj, GDAL's Python bindings, numpy) in QGIS's worker threads crashed QGIS 3.40
        # once (a PROJ call in a QgsProcessingAlgRunnerTask): the dialog runs the algorithms in the main thread,
        # as Processing does for other Python algorithms with such libraries.
        return super().flags() | NO_THREADING

    def canExecute(self):
        message = self.missing_dependencies_message()
        return (message is None, message or "")

    def add_parameters(self, params) -> None:
        """Add (parameter, help text) pairs in order: the help shows under each parameter in the dialog."""
        for param, help_text in params:
            param.setHelp(help_text)
            self.addParameter(param)

    def check_dependencies(self) -> None:
        message = self.missing_dependencies_message()
        if message:
            raise QgsProcessingException(message)

    def check_report_dependencies(self, output: str) -> None:
        """Before any work: the HTML report's packages are there, else say what to install or to skip the
        report (named ``output``, its label in the dialog)."""
        problems = dependencies.missing(REPORT_REQUIRES)
        if problems:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "AlgorithmBase",
                    "The HTML report needs the Python packages {names}, which cannot be used here ({reasons}). "
                    "Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip "
                    "install {pip}. Or skip the '{output}' output: the tables are made without them.",
                ).format(
                    names=", ".join(dep.module for dep, _ in problems),
                    reasons="; ".join(f"{dep.module}: {why}" for dep, why in problems),
                    debian=" ".join(dep.debian for dep, _ in problems),
                    pip=" ".join(dep.pip for dep, _ in problems),
                    output=output,
                )
            )
