"""reindustria:comparedistricts — districts side by side: land use, industrial land form and its change."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from qgis.core import (
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import paths
from ..i18n import qgis_locale
from .adapters import (
    TABLE,
    check_output_folders,
    outputs_asked,
    raster_path,
    source_frame,
    source_geometries,
    source_table,
    write_features,
    write_table,
)
from .base import DISTRICT_COMPARISON, AlgorithmBase, core_errors, translate
from .district_maps import (
    change_polygon_layer,
    change_raster_layer,
    land_use_polygon_layer,
    land_use_raster_layer,
    render_district_maps,
)
from .landuse_change import (
    CUSTOM_NOMENCLATURE,
    TYPOLOGY_PRESET,
    nomenclature_options,
    preset_nomenclatures,
    push_messages,
    resolve_nomenclature,
)
from .specialisation import SECTOR_LEVELS, sector_level_options, warn_numeric_codes
from .styling import style_vector_output


@dataclass
class LandUse:
    """The land use a run compares: raster paths, or polygon frames (first date, optional second)."""

    crs: object
    before: str | None
    after: str | None
    frames: list | None

    @property
    def two_dates(self) -> bool:
        return self.after is not None if self.frames is None else len(self.frames) == 2


class CompareDistrictsAlgorithm(AlgorithmBase):
    NAME = "comparedistricts"
    GROUP = DISTRICT_COMPARISON
    REQUIRES = ("numpy", "pandas", "scipy", "rasterio", "shapely", "geopandas")

    DISTRICTS = "DISTRICTS"
    NAME_FIELD = "NAME_FIELD"
    LAND_USE = "LAND_USE"
    LAND_USE_AFTER = "LAND_USE_AFTER"
    LAND_USE_VECTOR = "LAND_USE_VECTOR"
    CODE_FIELD = "CODE_FIELD"
    LAND_USE_VECTOR_AFTER = "LAND_USE_VECTOR_AFTER"
    CODE_FIELD_AFTER = "CODE_FIELD_AFTER"
    CELL_SIZE = "CELL_SIZE"
    YEAR_BEFORE = "YEAR_BEFORE"
    YEAR_AFTER = "YEAR_AFTER"
    NOMENCLATURE = "NOMENCLATURE"
    NOMENCLATURE_CSV = "NOMENCLATURE_CSV"
    EMPLOYMENT = "EMPLOYMENT"
    EMPLOYMENT_DISTRICT_FIELD = "EMPLOYMENT_DISTRICT_FIELD"
    SECTOR_FIELD = "SECTOR_FIELD"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    SECTOR_LEVEL = "SECTOR_LEVEL"
    COMPARISON = "COMPARISON"
    DISTRICTS_OUT = "DISTRICTS_OUT"
    REPORT = "REPORT"

    def displayName(self) -> str:
        return self.tr("Compare districts")

    def shortDescription(self) -> str:
        return self.tr(
            "Districts side by side: land use, the form of industrial land and, with two dates, its change."
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterFeatureSource(
                    self.DISTRICTS, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]
                ),
                self.tr(
                    "Polygons of the districts to compare (one feature per district; dissolve comuni into "
                    "districts first). Reprojected to the land use's CRS when they differ."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.NAME_FIELD, self.tr("District name field"), parentLayerParameterName=self.DISTRICTS
                ),
                self.tr("Field naming each district; names must be unique."),
            ),
            (
                QgsProcessingParameterRasterLayer(
                    self.LAND_USE, self.tr("Land-use raster (first date)"), optional=True
                ),
                self.tr(
                    "Categorical land-use raster (any integer type) in a projected CRS with square cells; nodata "
                    "is outside. Give land use as a raster or as polygons, not both."
                ),
            ),
            (
                QgsProcessingParameterRasterLayer(
                    self.LAND_USE_AFTER, self.tr("Land-use raster at a second date"), optional=True
                ),
                self.tr(
                    "Same nomenclature, later date: adds industrial land take, de-industrialisation and "
                    "persistence. Aligned onto the first raster by nearest neighbour if its grid differs."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.LAND_USE_VECTOR,
                    self.tr("Land-use polygons (first date)"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr(
                    "Land-use polygons (CORINE, Urban Atlas…) in a projected CRS, instead of a raster: areas and "
                    "change are exact; the industrial land metrics are measured on the polygons rasterized at "
                    "the cell size below."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.CODE_FIELD,
                    self.tr("Land-use code field"),
                    parentLayerParameterName=self.LAND_USE_VECTOR,
                    optional=True,
                ),
                self.tr("Field of the polygons holding the land-use code; required with polygons."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.LAND_USE_VECTOR_AFTER,
                    self.tr("Land-use polygons at a second date"),
                    [QgsProcessing.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr("Same nomenclature, later date; overlaid with the first date's polygons."),
            ),
            (
                QgsProcessingParameterField(
                    self.CODE_FIELD_AFTER,
                    self.tr("Land-use code field at the second date"),
                    parentLayerParameterName=self.LAND_USE_VECTOR_AFTER,
                    optional=True,
                ),
                self.tr("Field of the second date's polygons holding the code; required with them."),
            ),
            (
                QgsProcessingParameterNumber(
                    self.CELL_SIZE,
                    self.tr("Cell size for metrics of polygons (map units)"),
                    QgsProcessingParameterNumber.Double,
                    defaultValue=10.0,
                    minValue=0.01,
                ),
                self.tr(
                    "With polygons: the grid on which patches are counted for the industrial land metrics "
                    "(10 m suits Urban Atlas; use 100 m for CORINE). Ignored for rasters."
                ),
            ),
            (
                QgsProcessingParameterNumber(
                    self.YEAR_BEFORE,
                    self.tr("Year of the first date"),
                    QgsProcessingParameterNumber.Integer,
                    optional=True,
                    minValue=1900,
                    maxValue=2100,
                ),
                self.tr("Names the columns of that date and, with the second year, gives rates per year."),
            ),
            (
                QgsProcessingParameterNumber(
                    self.YEAR_AFTER,
                    self.tr("Year of the second date"),
                    QgsProcessingParameterNumber.Integer,
                    optional=True,
                    minValue=1900,
                    maxValue=2100,
                ),
                self.tr("With land use at a second date (raster or polygons)."),
            ),
            (
                QgsProcessingParameterEnum(
                    self.NOMENCLATURE, self.tr("Nomenclature"), options=nomenclature_options(), defaultValue=0
                ),
                self.tr("How the land-use codes map to production classes, as in the land-use change tools."),
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
                QgsProcessingParameterFeatureSource(
                    self.EMPLOYMENT,
                    self.tr("Employment by district and sector"),
                    [QgsProcessing.TypeVector],
                    optional=True,
                ),
                self.tr(
                    "Optional table or layer, one row per district and sector (or per firm): adds each "
                    "district's main sector, its location quotient, Krugman and Herfindahl, as "
                    "reindustria:specialisation computes them (the reference is all areas of the table)."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.EMPLOYMENT_DISTRICT_FIELD,
                    self.tr("Employment: district name field"),
                    parentLayerParameterName=self.EMPLOYMENT,
                    optional=True,
                ),
                self.tr("Field holding the district name, as in the districts layer."),
            ),
            (
                QgsProcessingParameterField(
                    self.SECTOR_FIELD,
                    self.tr("Employment: sector field"),
                    parentLayerParameterName=self.EMPLOYMENT,
                    optional=True,
                ),
                self.tr("Field holding the sector (e.g. an ATECO 2007 code)."),
            ),
            (
                QgsProcessingParameterField(
                    self.EMPLOYEES_FIELD,
                    self.tr("Employment: employees field"),
                    parentLayerParameterName=self.EMPLOYMENT,
                    type=QgsProcessingParameterField.Numeric,
                    optional=True,
                ),
                self.tr("Field holding the number of employees."),
            ),
            (
                QgsProcessingParameterEnum(
                    self.SECTOR_LEVEL,
                    self.tr("Employment: sector level"),
                    options=sector_level_options(),
                    defaultValue=0,
                ),
                self.tr(
                    "Codes as given, or aggregated to an ATECO 2007 level, as in reindustria:specialisation."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.COMPARISON, self.tr("Comparison table"), TABLE, optional=True
                ),
                self.tr("One row per district, one column per indicator (units in the column names)."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.DISTRICTS_OUT,
                    self.tr("Districts with indicators"),
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=False,
                ),
                self.tr("The district polygons with every indicator, styled by industrial share."),
            ),
            (
                QgsProcessingParameterFileDestination(
                    self.REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True
                ),
                self.tr(
                    "One self-contained page: the key figures, charts comparing the districts, a map of each, "
                    "how to read every indicator, and the data used. Needs matplotlib and jinja2."
                ),
            ),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.districts.ateco import read_ateco
        from ..analysis.districts.compare import (
            add_specialisation,
            compare_districts_raster,
            compare_districts_vector,
        )
        from ..analysis.report.html import write_atomic
        from ..analysis.typology import load_typology

        keys = (self.COMPARISON, self.DISTRICTS_OUT, self.REPORT)
        wanted = outputs_asked(parameters, keys)
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr("Choose at least one output: the comparison table, the districts or the report.")
            )
        if wanted[self.REPORT]:
            self.check_report_dependencies(self.tr("Report (HTML)"))
        check_output_folders(self, parameters, context, [k for k in keys if wanted[k]])
        report_path = (
            self.parameterAsFileOutput(parameters, self.REPORT, context) if wanted[self.REPORT] else ""
        )
        if report_path and not os.path.isdir(os.path.dirname(os.path.abspath(report_path))):
            raise QgsProcessingException(
                self.tr(
                    "The folder of the report does not exist: {folder}. Create it or choose another."
                ).format(folder=os.path.dirname(os.path.abspath(report_path)))
            )
        employment = self.read_employment(parameters, context, feedback)
        nomenclature, _path = resolve_nomenclature(
            self, parameters, context, self.NOMENCLATURE, self.NOMENCLATURE_CSV, feedback
        )
        land = self.read_land_use(parameters, context, feedback)
        years = self.read_years(parameters, context, land.two_dates, feedback)
        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        districts = source_geometries(source, land.crs, context, feedback, field, self.tr("districts"))
        if source.sourceCrs() != land.crs:
            feedback.pushInfo(
                self.tr("Districts reprojected from {src} to the land use's {dst}.").format(
                    src=source.sourceCrs().authid(), dst=land.crs.authid()
                )
            )
        districts = [(geom, "" if name is None else str(name)) for geom, name in districts]
        with core_errors():
            typology = load_typology(paths.PRESETS / TYPOLOGY_PRESET)
            common = {
                "typology": typology,
                "years": years,
                "presets": preset_nomenclatures(),
                "progress": lambda f: feedback.setProgress(90.0 * f),
                "is_canceled": feedback.isCanceled,
            }
            if land.frames is None:
                result = compare_districts_raster(districts, land.before, nomenclature, land.after, **common)
            else:
                cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
                if self.parameterAsEnum(parameters, self.NOMENCLATURE, context) in (0, 1) and cell < 100:
                    feedback.pushWarning(
                        self.tr(
                            "CORINE polygons measured on {cell} m cells: their metrics (ai, cohesion, patch sizes) "
                            "differ from CORINE rasters' 100 m cells; set the cell size to 100 to compare with them."
                        ).format(cell=f"{cell:g}")
                    )
                feedback.pushInfo(
                    self.tr(
                        "Industrial land metrics of the polygons measured on a grid of {cell} map units (cell "
                        "centres); areas and change are exact."
                    ).format(cell=f"{cell:g}")
                )
                after = land.frames[1] if land.two_dates else None
                result = compare_districts_vector(
                    districts, land.frames[0], nomenclature, after, cell_size=cell, **common
                )
        if employment is not None:
            frame, level = employment
            with core_errors():
                tree = read_ateco(paths.PRESETS / "ateco_2007.csv") if level is not None else None
                add_specialisation(result, frame, level, tree)
        push_messages(result.messages, feedback)
        # The page is made before any output is written, so a failure leaves no output behind.
        page = None
        if report_path:
            feedback.setProgressText(self.tr("Making the report"))
            page = self.report(parameters, context, result, districts, land, nomenclature, years, feedback)
        outputs = {}
        if wanted[self.COMPARISON]:
            outputs[self.COMPARISON] = write_table(
                self, parameters, context, self.COMPARISON, result.table, feedback
            )
        if wanted[self.DISTRICTS_OUT]:
            import geopandas as gpd

            frame = gpd.GeoDataFrame(result.table, geometry=[g for g, _ in districts], crs=None)
            dest = write_features(self, parameters, context, self.DISTRICTS_OUT, frame, land.crs, feedback)
            outputs[self.DISTRICTS_OUT] = dest
            field = f"industrial_pct_{result.dates[-1]}"
            style_vector_output(context, dest, functools.partial(apply_share_style, field=field))
        if page is not None:
            write_atomic(report_path, page)
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def read_employment(self, parameters, context, feedback):
        """(frame with area, sector, employees; ATECO level or None), or None without an employment table."""
        source = self.parameterAsSource(parameters, self.EMPLOYMENT, context)
        if source is None:
            return None
        fields = {}
        for key, column, label in (
            (self.EMPLOYMENT_DISTRICT_FIELD, "area", self.tr("district name")),
            (self.SECTOR_FIELD, "sector", self.tr("sector")),
            (self.EMPLOYEES_FIELD, "employees", self.tr("employees")),
        ):
            name = self.parameterAsString(parameters, key, context)
            if not name:
                raise QgsProcessingException(
                    self.tr("With an employment table, choose its {field} field.").format(field=label)
                )
            fields[name] = column
        if len(fields) < 3:
            raise QgsProcessingException(
                self.tr("The district, sector and employees fields of the employment table must differ.")
            )
        level = SECTOR_LEVELS[self.parameterAsEnum(parameters, self.SECTOR_LEVEL, context)]
        warn_numeric_codes(
            source, self.parameterAsString(parameters, self.SECTOR_FIELD, context), level, feedback
        )
        frame = source_table(source, fields, feedback, self.tr("employment table"))
        return frame, level

    def report(self, parameters, context, result, districts, land, nomenclature, years, feedback) -> str:
        """The HTML page: texts translated, a map of each district rendered by QGIS."""
        from ..analysis.districts.comparison_report import DEFAULT_TEXTS, READINGS, comparison_html
        from ..analysis.typology import PRODUCTION_CLASSES

        texts = {k: translate("analysis", v) for k, v in DEFAULT_TEXTS.items() if k != "lang"}
        for _stem, name, sentence in READINGS:
            texts[name], texts[sentence] = translate("analysis", name), translate("analysis", sentence)
        texts["lang"] = qgis_locale()
        layers = []
        if land.frames is None:
            if result.change_rasters:
                layers.append(change_raster_layer(next(iter(result.change_rasters.values()))))
            layers.append(land_use_raster_layer(land.after or land.before, nomenclature))
        else:
            if result.change_polygons is not None:
                layers.append(change_polygon_layer(result.change_polygons, land.crs))
            layers.append(land_use_polygon_layer(land.frames[-1], nomenclature, land.crs))
        measured = [d for d, status in zip(districts, result.table["status"]) if status != "no data"]
        maps = {}
        for name, path in (result.change_rasters or {None: None}).items():
            chosen = [d for d in measured if name is None or d[1] == name]
            group_layers = layers if name is None else [change_raster_layer(path), *layers[1:]]
            maps.update(render_district_maps(chosen, group_layers, land.crs, is_canceled=feedback.isCanceled))
        inputs = self.described_inputs(parameters, context, land, years)
        warnings = [translate("analysis", m.template).format(**m.params) for m in result.messages]
        classes = {key: translate("analysis", label) for key, label, _colour in PRODUCTION_CLASSES}
        return comparison_html(result, self.tr("District comparison"), texts, maps, inputs, warnings, classes)

    def described_inputs(self, parameters, context, land, years) -> list[tuple[str, str]]:
        """(what, value) rows of the data used, for the report."""
        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        rows = [(self.tr("Districts"), source.sourceName())]
        if land.frames is None:
            rows.append((self.tr("Land use (first date)"), os.path.basename(land.before)))
            if land.after:
                rows.append((self.tr("Land use (second date)"), os.path.basename(land.after)))
        else:
            rows.append(
                (
                    self.tr("Land use (polygons)"),
                    self.parameterAsSource(parameters, self.LAND_USE_VECTOR, context).sourceName(),
                )
            )
            rows.append(
                (
                    self.tr("Cell size for metrics of polygons"),
                    f"{self.parameterAsDouble(parameters, self.CELL_SIZE, context):g}",
                )
            )
        if years:
            rows.append((self.tr("Years"), " – ".join(str(y) for y in dict.fromkeys(years))))
        options = nomenclature_options()
        choice = self.parameterAsEnum(parameters, self.NOMENCLATURE, context)
        custom = self.parameterAsFile(parameters, self.NOMENCLATURE_CSV, context)
        rows.append((self.tr("Nomenclature"), custom if choice == CUSTOM_NOMENCLATURE else options[choice]))
        rows.append((self.tr("Change typology"), TYPOLOGY_PRESET))
        rows.append((self.tr("CRS"), land.crs.authid() or land.crs.description()))
        return rows

    def read_land_use(self, parameters, context, feedback) -> LandUse:
        """The land use as raster paths or as polygon frames (codes parsed), in the CRS of the first date."""
        raster = self.parameterAsRasterLayer(parameters, self.LAND_USE, context)
        polygons = self.parameterAsSource(parameters, self.LAND_USE_VECTOR, context)
        if (raster is None) == (polygons is None):
            raise QgsProcessingException(
                self.tr("Give the land use either as a raster or as polygons (one of the two).")
            )
        if raster is not None:
            after_layer = self.parameterAsRasterLayer(parameters, self.LAND_USE_AFTER, context)
            if self.parameterAsSource(parameters, self.LAND_USE_VECTOR_AFTER, context) is not None:
                raise QgsProcessingException(
                    self.tr("The first date is a raster: give the second date as a raster too.")
                )
            before = raster_path(raster, self.tr("land use"))
            after = raster_path(after_layer, self.tr("land use at the second date")) if after_layer else None
            return LandUse(raster.crs(), before, after, None)
        from ..analysis.change.vector_change import parse_codes

        if self.parameterAsRasterLayer(parameters, self.LAND_USE_AFTER, context) is not None:
            raise QgsProcessingException(
                self.tr("The first date is polygons: give the second date as polygons too.")
            )
        crs = polygons.sourceCrs()
        if crs.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "The land-use polygons are in geographic coordinates ({crs}): areas and patches need a "
                    "projected CRS in metres. Reproject them first (Vector > Data Management Tools > Reproject "
                    "Layer, e.g. to EPSG:3035)."
                ).format(crs=crs.authid())
            )
        frames = []
        after_source = self.parameterAsSource(parameters, self.LAND_USE_VECTOR_AFTER, context)
        for source, key, name in (
            (polygons, self.CODE_FIELD, self.tr("land-use polygons")),
            (after_source, self.CODE_FIELD_AFTER, self.tr("land-use polygons at the second date")),
        ):
            if source is None:
                continue
            field = self.parameterAsString(parameters, key, context)
            if not field:
                numeric = [f.name() for f in source.fields() if f.isNumeric() or "code" in f.name().lower()]
                raise QgsProcessingException(
                    self.tr("Choose the '{parameter}' ({key}) of the {name}, e.g. one of: {fields}.").format(
                        parameter=self.parameterDefinition(key).description(),
                        key=key,
                        name=name,
                        fields=", ".join(numeric[:8]) or "-",
                    )
                )
            with core_errors():
                frame = source_frame(source, crs, context, feedback, {field: "code"}, name)
                frame["code"] = parse_codes(frame["code"], field)
            frames.append(frame)
        return LandUse(crs, None, None, frames)

    def read_years(self, parameters, context, two_dates: bool, feedback):
        """(first, second) year when both are given, None otherwise (with a word on what is then missing)."""
        given = [parameters.get(k) not in (None, "") for k in (self.YEAR_BEFORE, self.YEAR_AFTER)]
        if not any(given):
            return None
        first = self.parameterAsInt(parameters, self.YEAR_BEFORE, context) if given[0] else None
        second = self.parameterAsInt(parameters, self.YEAR_AFTER, context) if given[1] else None
        if two_dates and not all(given):
            raise QgsProcessingException(self.tr("Give both years (first and second date), or neither."))
        if not two_dates:
            if given[1]:
                feedback.pushWarning(
                    self.tr("A second year is given without land use at a second date: it is not used.")
                )
            return (first, first) if first is not None else None
        return (first, second)


#: Upper bounds (%) of the classes of industrial share, and their colours (light to the industrial purple).
SHARE_CLASSES = [(2.0, "#f2e6f5"), (5.0, "#d9b8e0"), (10.0, "#b57cc4"), (20.0, "#8f4aa3"), (100.0, "#5c1a73")]


def apply_share_style(layer: QgsVectorLayer, field: str) -> None:
    """Districts coloured by the share of industrial land; districts without data hatched grey, not as 0 %."""
    if layer.fields().lookupField(field) < 0:
        return
    root = QgsRuleBasedRenderer.Rule(None)
    low = 0.0
    for high, colour in SHARE_CLASSES:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#202020", "outline_width": "0.3"}
        )
        test = f'"{field}" >= {low:g} AND "{field}" < {high:g}' if high < 100 else f'"{field}" >= {low:g}'
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, test, f"{low:g}–{high:g} %"))
        low = high
    hatched = QgsFillSymbol.createSimple(
        {"color": "#bdbdbd", "style": "b_diagonal", "outline_color": "#606060", "outline_width": "0.3"}
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            hatched,
            0,
            0,
            f'"{field}" IS NULL',
            QCoreApplication.translate("compare_districts", "no land-use data"),
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()
