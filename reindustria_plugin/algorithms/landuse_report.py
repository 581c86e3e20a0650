"""The optional HTML report of the land-use change tools (rasters and polygons): its output parameter, the
inputs it lists, and the page in the user's language (the core, analysis/change/change_report.py, makes it)."""

from __future__ import annotations

import datetime

from qgis.core import QgsProcessingParameterFileDestination, QgsUnitTypes
from qgis.PyQt.QtCore import QCoreApplication

from .. import paths
from ..i18n import qgis_locale
from .base import translate, translated_params

REPORT = "REPORT"


def report_label() -> str:
    """The output's label in the dialog (also named by the message when its packages are missing)."""
    return QCoreApplication.translate("landuse_report", "Report (HTML)")


def report_parameter() -> tuple:
    """(file destination parameter, help) of the REPORT output: off by default."""
    parameter = QgsProcessingParameterFileDestination(
        REPORT,
        QCoreApplication.translate("landuse_report", "Report (HTML)"),
        QCoreApplication.translate("landuse_report", "HTML files (*.html)"),
        optional=True,
        createByDefault=False,
    )
    return parameter, QCoreApplication.translate(
        "landuse_report",
        "One self-contained page (off by default): key figures, change types by distance ring (and zone), the "
        "change accounting as charts, the largest transitions, the method and the inputs. Needs the Python "
        "packages matplotlib and jinja2; skip this output to get the other outputs without them.",
    )


def message_texts(messages) -> list[str]:
    """The core's warnings, translated as the log shows them."""
    return [translate("analysis", m.template).format(**translated_params(m.params)) for m in messages]


def classification_inputs(alg, parameters, context, setup, crs) -> list[tuple[str, str]]:
    """(what, value) rows of the shared settings: nomenclature, typology, industrial areas, rings, zones, CRS."""
    from ..analysis.report.numbers import format_number
    from .landuse_change import NOMENCLATURE_PRESETS, nomenclature_options

    # Literal QCoreApplication.translate calls, so pylupdate5 files them under "landuse_report".
    none = QCoreApplication.translate("landuse_report", "none")
    choice = alg.parameterAsEnum(parameters, "NOMENCLATURE", context)
    nomenclature = nomenclature_options()[choice]
    if NOMENCLATURE_PRESETS[choice] is None:
        nomenclature = f"{nomenclature}: {alg.parameterAsFile(parameters, 'NOMENCLATURE_CSV', context)}"
    typology = alg.parameterAsFile(parameters, "TYPOLOGY", context) or QCoreApplication.translate(
        "landuse_report", "{file} (preset)"
    ).format(file=setup.tags.get("reindustria_typology", ""))
    industrial = alg.parameterAsSource(parameters, "INDUSTRIAL_AREAS", context)
    zones = alg.parameterAsSource(parameters, "ZONES", context)
    rings = ", ".join(format_number(r) for r in setup.rings)
    return [
        (QCoreApplication.translate("landuse_report", "Nomenclature"), nomenclature),
        (QCoreApplication.translate("landuse_report", "Change typology"), typology),
        (
            QCoreApplication.translate("landuse_report", "Industrial areas"),
            industrial.sourceName()
            if industrial is not None
            else QCoreApplication.translate("landuse_report", "the industrial land at the first date"),
        ),
        (
            QCoreApplication.translate("landuse_report", "Distance rings"),
            f"{rings} {distance_unit(crs)}".strip() if setup.rings else none,
        ),
        (
            QCoreApplication.translate("landuse_report", "Zones"),
            f"{zones.sourceName()} ({alg.parameterAsString(parameters, 'ZONE_FIELD', context)})"
            if zones is not None
            else none,
        ),
        (
            QCoreApplication.translate("landuse_report", "CRS"),
            f"{crs.authid()} ({crs.description()})" if crs.authid() else crs.description(),
        ),
    ]


def run_inputs() -> list[tuple[str, str]]:
    """(what, value) rows of the run itself: its date and the plugin version."""
    return [
        (QCoreApplication.translate("landuse_report", "Date of the run"), datetime.date.today().isoformat()),
        (QCoreApplication.translate("landuse_report", "ReIndustria version"), paths.version()),
    ]


def distance_unit(crs) -> str:
    """The abbreviated map unit of ``crs`` (e.g. "m"), in which the rings are given."""
    return QgsUnitTypes.toAbbreviatedString(crs.mapUnits()) if crs.isValid() else ""


def change_report(result, typology, inputs, warnings, route: str, crs, changes_only: bool = False) -> str:
    """The HTML page of a change ``result``, its texts, change types and classes in the user's language."""
    from ..analysis.change.change_report import DEFAULT_TEXTS, change_html
    from ..analysis.typology import CHANGE_TYPES, PRODUCTION_CLASSES
    from .landuse_change import translated_accounting

    texts = {
        k: translate("analysis", v) for k, v in DEFAULT_TEXTS.items() if k not in ("lang", "distance_unit")
    }
    lang = qgis_locale()
    # The page's language tag: QGIS's language, English when that is no language (the "C" locale).
    texts.update(lang=lang if lang.isalpha() and len(lang) == 2 else "en", distance_unit=distance_unit(crs))
    return change_html(
        result.summary,
        translated_accounting(result.accounting),
        result.transitions,
        QCoreApplication.translate("landuse_report", "Land-use change around industrial areas"),
        texts=texts,
        change_labels={t.key: translate("analysis", t.label) for t in CHANGE_TYPES},
        class_labels={key: translate("analysis", label) for key, label, _colour in PRODUCTION_CLASSES},
        typology=typology,
        inputs=inputs,
        warnings=warnings,
        route=route,
        changes_only=changes_only,
    )
