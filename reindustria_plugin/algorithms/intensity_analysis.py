"""reindustria:intensityanalysis — intensity analysis (Aldwaik & Pontius 2012) of three or more dates."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
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
from .landuse_change import nomenclature_options, resolve_nomenclature


class IntensityAnalysisAlgorithm(AlgorithmBase):
    NAME = "intensityanalysis"
    GROUP = LAND_USE_CHANGE
    REQUIRES = ("numpy", "pandas", "rasterio")

    RASTERS = "RASTERS"
    YEARS = "YEARS"
    NOMENCLATURE = "NOMENCLATURE"
    NOMENCLATURE_CSV = "NOMENCLATURE_CSV"
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
        options = [self.tr("None: the raster codes are the categories")] + nomenclature_options()
        params = [
            (
                QgsProcessingParameterMultipleLayers(
                    self.RASTERS, self.tr("Land-use rasters, in date order"), QgsProcessing.TypeRaster
                ),
                self.tr(
                    "Two or more categorical rasters of the same area, oldest first; all are aligned onto the "
                    "first one's grid by nearest neighbour."
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
                    self.NOMENCLATURE, self.tr("Categories"), options=options, defaultValue=0
                ),
                self.tr("Analyse the raw codes, or group them into production classes with a nomenclature."),
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
                QgsProcessingParameterFeatureSink(self.INTERVAL, self.tr("Interval level"), TABLE),
                self.tr("Per interval: annual change in % of the area, uniform intensity, Fast or Slow."),
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
                    self.REPORT, self.tr("Charts (HTML)"), self.tr("HTML files (*.html)")
                ),
                self.tr("A page with the charts of the three levels, as in Aldwaik & Pontius (2012)."),
            ),
        ]
        for param, help_text in params:
            param.setHelp(help_text)
            self.addParameter(param)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.change.crosstab_series import crosstab_series
        from ..analysis.change.intensity import intensity_analysis
        from ..analysis.change.intensity_report import DEFAULT_TEXTS, intensity_html

        layers = self.parameterAsLayerList(parameters, self.RASTERS, context)
        rasters = [raster_path(layer, layer.name()) for layer in layers]
        if len(rasters) < 2:
            raise QgsProcessingException(self.tr("Give at least two rasters, in date order."))
        text = self.parameterAsString(parameters, self.YEARS, context)
        try:
            years = [float(y) for y in text.replace(";", ",").split(",") if y.strip()]
        except ValueError:
            raise QgsProcessingException(
                self.tr(
                    "The years must be numbers separated by commas, e.g. 2006,2012,2018 (got '{text}')."
                ).format(text=text)
            ) from None
        if len(years) != len(rasters):
            raise QgsProcessingException(
                self.tr("Give one year per raster: {n_rasters} rasters but {n_years} years.").format(
                    n_rasters=len(rasters), n_years=len(years)
                )
            )
        choice = self.parameterAsEnum(parameters, self.NOMENCLATURE, context)
        nomenclature = None
        if choice > 0:
            # The enum of this algorithm has "None" first: shift it onto the shared presets.
            shifted = dict(parameters, **{self.NOMENCLATURE: choice - 1})
            nomenclature, _path = resolve_nomenclature(
                self, shifted, context, self.NOMENCLATURE, self.NOMENCLATURE_CSV
            )
        with core_errors():
            tables, keys, labels, _cell_ha, messages = crosstab_series(
                rasters,
                nomenclature,
                progress=lambda f: feedback.setProgress(90.0 * f),
                is_canceled=feedback.isCanceled,
            )
            if nomenclature is not None:
                labels = [translate("analysis", lab) for lab in labels]
            result = intensity_analysis(tables, years, labels)
            texts = {
                k: translate("analysis", v) for k, v in DEFAULT_TEXTS.items() if k not in ("lang", "unit")
            }
            texts.update(lang=qgis_locale(), unit="ha")
            page = intensity_html(result, self.tr("Intensity analysis"), texts)
        for message in messages:
            feedback.pushWarning(translate("analysis", message.template).format(**message.params))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        with open(report, "w", encoding="utf-8") as f:
            f.write(page)
        outputs = {self.REPORT: report}
        for key, name in (
            (self.INTERVAL, "interval"),
            (self.CATEGORY, "category"),
            (self.TRANSITION, "transition"),
        ):
            outputs[key] = write_table(self, parameters, context, key, result[name], feedback)
        return outputs
