"""reindustria:intensityanalysis — intensity analysis (Aldwaik & Pontius 2012) of two or more dates.

NOMENCLATURE uses the option list and indices of the land-use change tools (0 = CORINE grid codes 1-44, 1 =
CORINE codes 111-523, 2 = Urban Atlas, 3 = Custom CSV); RAW_CODES analyses the raster codes themselves instead.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..i18n import qgis_locale
from .adapters import TABLE, raster_path, write_table
from .base import LAND_USE_CHANGE, AlgorithmBase, core_errors, translate
from .landuse_change import (
    NOMENCLATURE_PRESETS,
    apply_exclusion,
    exclude_parameter,
    nomenclature_options,
    resolve_nomenclature,
)


class IntensityAnalysisAlgorithm(AlgorithmBase):
    NAME = "intensityanalysis"
    GROUP = LAND_USE_CHANGE
    REQUIRES = ("numpy", "pandas", "rasterio")
    #: Needed only for the REPORT output: without them the tables are still made.

    RASTERS = "RASTERS"
    YEARS = "YEARS"
    NOMENCLATURE = "NOMENCLATURE"
    NOMENCLATURE_CSV = "NOMENCLATURE_CSV"
    RAW_CODES = "RAW_CODES"
    INTERVAL = "INTERVAL"
    CATEGORY = "CATEGORY"
    TRANSITION = "TRANSITION"
    REPORT = "REPORT"

    def displayName(self) -> str:
        return self.tr("Intensity analysis of land change")

    def shortDescription(self) -> str:
        return self.tr(
            "Is change fast or slow, are categories active or dormant, which transitions are targeted?"
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterMultipleLayers(
                    self.RASTERS, self.tr("Land-use rasters, in date order"), QgsProcessing.TypeRaster
                ),
                self.tr(
                    "Two or more categorical rasters of the same area, oldest first; all are aligned onto the "
                    "first one's grid by nearest neighbour. Fast or Slow intervals need three or more."
                ),
            ),
            (
                QgsProcessingParameterString(self.YEARS, self.tr("Years")),
                self.tr(
                    "The date of each raster, in the same order, separated by commas, e.g. 2006,2012,2018."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.NOMENCLATURE, self.tr("Nomenclature"), options=nomenclature_options(), defaultValue=0
                ),
                self.tr(
                    "How codes map to production classes, the categories of the analysis: a preset or your own "
                    "CSV (the same options as the land-use change tools)."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.NOMENCLATURE_CSV,
                    self.tr("Custom nomenclature (CSV)"),
                    extension="csv",
                    optional=True,
                ),
                self.tr("CSV with columns code, class, label, colour; used with 'Custom (CSV)'."),
            ),
            (
                QgsProcessingParameterBoolean(
                    self.RAW_CODES,
                    self.tr("Use the raster codes as categories (no nomenclature)"),
                    defaultValue=False,
                ),
                self.tr(
                    "Analyse each raster code as its own category instead of grouping the codes into production "
                    "classes; the nomenclature is then not used."
                ),
            ),
            exclude_parameter(),
            (
                QgsProcessingParameterFeatureSink(self.INTERVAL, self.tr("Interval level"), TABLE),
                self.tr(
                    "Per interval: annual change in % of the area, uniform intensity, Fast or Slow (empty with two "
                    "dates: that needs three or more)."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(self.CATEGORY, self.tr("Category level"), TABLE),
                self.tr(
                    "Per interval and category: gross gain and loss, their annual intensities, Active or "
                    "Dormant."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(self.TRANSITION, self.tr("Transition level"), TABLE),
                self.tr(
                    "Per interval and pair of categories, seen from the gain and from the loss: intensity, "
                    "uniform intensity, Targeted or Avoided."
                ),
            ),
            (
                QgsProcessingParameterFileDestination(
                    self.REPORT, self.tr("Charts (HTML)"), self.tr("HTML files (*.html)"), optional=True
                ),
                self.tr(
                    "A page with the charts of the three levels, as in Aldwaik & Pontius (2012). Needs the "
                    "Python packages matplotlib and jinja2; skip this output to get the tables without them."
                ),
            ),
        ]
        self.add_parameters(params)

    def checkParameterValues(self, parameters, context):
        # Bad years are refused here, before the run starts (the dialog shows the message).
        try:
            self._years(parameters, context)
        except QgsProcessingException as err:
            return False, err.args[0] if err.args else str(err)
        except ImportError:
            pass  # numpy missing: processAlgorithm says what to install
        # Rasters given as paths that cannot be opened are named (QGIS only says the parameter is incorrect).
        from qgis.core import QgsProcessingUtils

        given = parameters.get(self.RASTERS)
        values = given if isinstance(given, (list, tuple)) else [given] if isinstance(given, str) else []
        missing = [
            v
            for v in values
            if isinstance(v, str) and v and QgsProcessingUtils.mapLayerFromString(v, context) is None
        ]
        if missing:
            return False, self.tr("These rasters cannot be opened (check the path): {paths}.").format(
                paths=", ".join(missing)
            )
        return super().checkParameterValues(parameters, context)

    def _years(self, parameters, context) -> list:
        """The YEARS parameter as numbers, two or more, strictly increasing; else a QgsProcessingException."""
        from ..analysis.change.intensity import check_years

        text = self.parameterAsString(parameters, self.YEARS, context)
        try:
            years = [float(y) for y in text.replace(";", ",").split(",") if y.strip()]
        except ValueError:
            raise QgsProcessingException(
                self.tr(
                    "The years must be numbers separated by commas, e.g. 2006,2012,2018 (got '{text}')."
                ).format(text=text)
            ) from None
        with core_errors():
            return check_years(years)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.change.crosstab_series import crosstab_series
        from ..analysis.change.intensity import SINGLE_INTERVAL, intensity_analysis

        # The years first: years out of order stop the run before any raster is opened.
        years = self._years(parameters, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            self.check_report_dependencies(self.tr("Charts (HTML)"))
        layers = self.parameterAsLayerList(parameters, self.RASTERS, context)
        if len(layers) < 2:
            raise QgsProcessingException(self.tr("Give at least two rasters, in date order."))
        if len(years) != len(layers):
            raise QgsProcessingException(
                self.tr("Give one year per raster: {n_rasters} rasters but {n_years} years.").format(
                    n_rasters=len(layers), n_years=len(years)
                )
            )
        rasters = [raster_path(layer, f"{year:.12g} ({layer.name()})") for layer, year in zip(layers, years)]
        nomenclature = None
        custom = self.parameterAsFile(parameters, self.NOMENCLATURE_CSV, context)
        if self.parameterAsBoolean(parameters, self.RAW_CODES, context):
            if custom:
                feedback.pushWarning(
                    self.tr(
                        "The custom nomenclature CSV is not used: the raster codes are the categories. Turn off "
                        "'Use the raster codes as categories' to group the codes with it."
                    )
                )
        else:
            choice = self.parameterAsEnum(parameters, self.NOMENCLATURE, context)
            if custom and NOMENCLATURE_PRESETS[choice] is not None:
                feedback.pushWarning(
                    self.tr(
                        "The custom nomenclature CSV is not used: the nomenclature is the preset '{preset}'. "
                        "Choose 'Custom (CSV)' to use the CSV."
                    ).format(preset=nomenclature_options()[choice])
                )
            nomenclature, path = resolve_nomenclature(
                self, parameters, context, self.NOMENCLATURE, self.NOMENCLATURE_CSV
            )
            feedback.pushInfo(self.tr("Nomenclature: {name}").format(name=Path(path).name))
            nomenclature = apply_exclusion(self, parameters, context, nomenclature, feedback)
        exclude_codes = []
        if nomenclature is None and self.parameterAsString(parameters, "EXCLUDE", context).strip():
            from ..analysis.change.crosstab_series import EMPTY
            from ..analysis.typology import exclude_from_study_area

            with core_errors():
                _n, exclude_codes, classes = exclude_from_study_area(
                    EMPTY, self.parameterAsString(parameters, "EXCLUDE", context)
                )
            if classes:
                raise QgsProcessingException(
                    self.tr(
                        "With the raster codes as categories, give the codes to leave out (e.g. 41, 42), not "
                        "production classes ({classes})."
                    ).format(classes=", ".join(classes))
                )
            feedback.pushInfo(
                self.tr("Left out of the study area: codes {codes}.").format(
                    codes=", ".join(str(c) for c in exclude_codes)
                )
            )
        with core_errors():
            tables, keys, labels, _cell_ha, messages = crosstab_series(
                rasters,
                years,
                nomenclature,
                progress=lambda f: feedback.setProgress(90.0 * f),
                is_canceled=feedback.isCanceled,
                exclude_codes=exclude_codes,
            )
            if nomenclature is not None:
                labels = [translate("analysis", lab) for lab in labels]
            result = intensity_analysis(tables, years, labels)
            page = self._report(result) if report else None
        for message in messages:
            feedback.pushWarning(translate("analysis", message.template).format(**message.params))
        if len(years) == 2:
            feedback.pushWarning(translate("analysis", SINGLE_INTERVAL))
        outputs = {}
        if report:
            from ..analysis.report.html import write_atomic

            write_atomic(report, page)
            outputs[self.REPORT] = report
        for key, name in (
            (self.INTERVAL, "interval"),
            (self.CATEGORY, "category"),
            (self.TRANSITION, "transition"),
        ):
            outputs[key] = write_table(self, parameters, context, key, result[name], feedback)
        return outputs

    def _report(self, result) -> str:
        """The HTML page of ``result``, its texts translated."""
        from ..analysis.change.intensity_report import DEFAULT_TEXTS, intensity_html

        texts = {k: translate("analysis", v) for k, v in DEFAULT_TEXTS.items() if k not in ("lang", "unit")}
        texts.update(lang=qgis_locale(), unit="ha")
        return intensity_html(result, self.tr("Intensity analysis"), texts)
