"""reindustria:specialisation — location quotients, Krugman, Herfindahl, locational Gini and Ellison-Glaeser
from employment by area and sector (or by firm)."""

from __future__ import annotations

import functools

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from .. import paths
from .adapters import (
    TABLE,
    check_output_folders,
    check_polygon_source,
    outputs_asked,
    source_table,
    table_fields,
    write_table,
)
from .base import DISTRICT_COMPARISON, AlgorithmBase, core_errors
from .landuse_change import push_messages
from .styling import style_vector_output

#: SECTOR_LEVEL choices: None takes the codes as given, else the ATECO 2007 level.
SECTOR_LEVELS = (None, "section", "division", "group", "class")
ATECO_PRESET = "ateco_2007.csv"

#: The diverging classes of the mapped location quotient, symmetric around 1 on a ratio scale (0.5 ↔ 2).
LQ_CLASSES = (
    (
        None,
        0.5,
        "#2166ac",
        QT_TRANSLATE_NOOP("SpecialisationAlgorithm", "under half the reference (lq < 0.5)"),
    ),
    (0.5, 0.8, "#67a9cf", QT_TRANSLATE_NOOP("SpecialisationAlgorithm", "below the reference (0.5 – 0.8)")),
    (0.8, 1.25, "#f7f7f7", QT_TRANSLATE_NOOP("SpecialisationAlgorithm", "about the reference (0.8 – 1.25)")),
    (1.25, 2.0, "#ef8a62", QT_TRANSLATE_NOOP("SpecialisationAlgorithm", "above the reference (1.25 – 2)")),
    (
        2.0,
        None,
        "#b2182b",
        QT_TRANSLATE_NOOP("SpecialisationAlgorithm", "specialised: twice the reference or more"),
    ),
)


def warn_numeric_codes(source, field: str, level: str | None, feedback) -> None:
    """Warn when ATECO codes are to be read from a numeric field: they have lost their zeros."""
    index = source.fields().lookupField(field)
    if level is not None and index >= 0 and source.fields().at(index).isNumeric():
        feedback.pushWarning(
            QCoreApplication.translate(
                "SpecialisationAlgorithm",
                "The sector field holds numbers: ATECO codes lose their leading zeros (01, 02, 03 read as 1, "
                "2, 3) and trailing zeros after the dot (13.20 reads as 13.2). Store the codes as text.",
            )
        )


def sector_level_options() -> list[str]:
    """The SECTOR_LEVEL choices, in the order of :data:`SECTOR_LEVELS`."""
    return [
        QCoreApplication.translate("SpecialisationAlgorithm", "Codes as given"),
        QCoreApplication.translate("SpecialisationAlgorithm", "ATECO 2007 section (letter)"),
        QCoreApplication.translate("SpecialisationAlgorithm", "ATECO 2007 division (2 digits)"),
        QCoreApplication.translate("SpecialisationAlgorithm", "ATECO 2007 group (3 digits)"),
        QCoreApplication.translate("SpecialisationAlgorithm", "ATECO 2007 class (4 digits)"),
    ]


def lq_renderer(field: str = "lq") -> QgsRuleBasedRenderer:
    """Areas coloured by the location quotient on a diverging ramp around 1 (blue under, red over); no data
    in grey."""
    root = QgsRuleBasedRenderer.Rule(None)
    quoted = f'"{field}"'
    for low, high, colour, label in LQ_CLASSES:
        parts = ([f"{quoted} >= {low}"] if low is not None else []) + (
            [f"{quoted} < {high}"] if high is not None else []
        )
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#636363", "outline_width": "0.2"}
        )
        text = QCoreApplication.translate("SpecialisationAlgorithm", label)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, " AND ".join(parts), text))
    symbol = QgsFillSymbol.createSimple(
        {"color": "#d9d9d9", "style": "b_diagonal", "outline_color": "#636363", "outline_width": "0.2"}
    )
    no_data = QCoreApplication.translate("SpecialisationAlgorithm", "no employment data")
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"{quoted} IS NULL", no_data))
    return QgsRuleBasedRenderer(root)


def apply_lq_style(layer: QgsVectorLayer, field: str = "lq") -> None:
    if layer.fields().lookupField(field) >= 0:
        layer.setRenderer(lq_renderer(field))
        layer.triggerRepaint()


def _free_name(fields: QgsFields, name: str) -> str:
    """``name``, or ``name_1``, ``name_2``… when the layer already has a field of that name."""
    candidate, n = name, 0
    while fields.lookupField(candidate) >= 0:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


class SpecialisationAlgorithm(AlgorithmBase):
    NAME = "specialisation"
    GROUP = DISTRICT_COMPARISON
    REQUIRES = ("numpy", "pandas")

    EMPLOYMENT = "EMPLOYMENT"
    AREA_FIELD = "AREA_FIELD"
    SECTOR_FIELD = "SECTOR_FIELD"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    FIRM_FIELD = "FIRM_FIELD"
    SECTOR_LEVEL = "SECTOR_LEVEL"
    AREA_TOTALS = "AREA_TOTALS"
    TOTALS_AREA_FIELD = "TOTALS_AREA_FIELD"
    TOTALS_FIELD = "TOTALS_FIELD"
    AREAS = "AREAS"
    AREAS_ID_FIELD = "AREAS_ID_FIELD"
    MAP_SECTOR = "MAP_SECTOR"
    QUOTIENTS = "QUOTIENTS"
    AREA_INDICES = "AREA_INDICES"
    SECTOR_INDICES = "SECTOR_INDICES"
    AREAS_OUT = "AREAS_OUT"

    def displayName(self) -> str:
        return self.tr("Economic specialisation")

    def shortDescription(self) -> str:
        return self.tr(
            "Which sectors is each area specialised in, and how concentrated is each sector? Location "
            "quotients, Krugman, Herfindahl, locational Gini and Ellison-Glaeser from employment data."
        )

    def initAlgorithm(self, config=None):
        params = [
            (
                QgsProcessingParameterFeatureSource(
                    self.EMPLOYMENT, self.tr("Employment table"), [QgsProcessing.SourceType.TypeVector]
                ),
                self.tr(
                    "A table or layer with one row per area and sector (e.g. employees by comune and ATECO "
                    "division), or one row per firm or local unit. Rows of the same area and sector add up."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.AREA_FIELD, self.tr("Area field"), parentLayerParameterName=self.EMPLOYMENT
                ),
                self.tr("Field naming the area (comune, labour system, district) of each row."),
            ),
            (
                QgsProcessingParameterField(
                    self.SECTOR_FIELD, self.tr("Sector field"), parentLayerParameterName=self.EMPLOYMENT
                ),
                self.tr("Field with the sector code of each row (e.g. ATECO 2007 code 13.20); text is best."),
            ),
            (
                QgsProcessingParameterField(
                    self.EMPLOYEES_FIELD, self.tr("Employees field"), parentLayerParameterName=self.EMPLOYMENT
                ),
                self.tr(
                    "Field with the number of employees (addetti). Empty values are counted and left out; "
                    "negative values are refused."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.FIRM_FIELD,
                    self.tr("Firm field (rows are firms)"),
                    parentLayerParameterName=self.EMPLOYMENT,
                    optional=True,
                ),
                self.tr(
                    "When each row is a firm or a local unit: the field identifying it. Enables the plant "
                    "Herfindahl H and the Ellison-Glaeser γ; rows of one firm in one sector form one plant."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.SECTOR_LEVEL,
                    self.tr("Sector level"),
                    options=sector_level_options(),
                    defaultValue=0,
                ),
                self.tr(
                    "Codes as given: every distinct value is a sector. An ATECO 2007 level: codes such as "
                    "13.20.00, 1320 or C13 are aggregated to that level with the ISTAT classification; codes "
                    "that are not ATECO 2007 codes are counted, reported and left out."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.AREA_TOTALS,
                    self.tr("All-sector employment per area"),
                    [QgsProcessing.SourceType.TypeVector],
                    optional=True,
                ),
                self.tr(
                    "When the employment table lists only some sectors (e.g. manufacturing firms): a table "
                    "with the total employment of every area, all sectors together. Quotients are then shares "
                    "of that total."
                ),
            ),
            (
                QgsProcessingParameterField(
                    self.TOTALS_AREA_FIELD,
                    self.tr("Area field of the totals"),
                    parentLayerParameterName=self.AREA_TOTALS,
                    optional=True,
                ),
                self.tr("Field of the totals table naming the area, spelled as in the employment table."),
            ),
            (
                QgsProcessingParameterField(
                    self.TOTALS_FIELD,
                    self.tr("Total employment field"),
                    parentLayerParameterName=self.AREA_TOTALS,
                    optional=True,
                ),
                self.tr("Field of the totals table with the area's employees in all sectors."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.AREAS,
                    self.tr("Area polygons (to map one sector)"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                self.tr("Polygons of the areas (e.g. comuni), to map the location quotient of one sector."),
            ),
            (
                QgsProcessingParameterField(
                    self.AREAS_ID_FIELD,
                    self.tr("Area identifier field of the polygons"),
                    parentLayerParameterName=self.AREAS,
                    optional=True,
                ),
                self.tr("Field of the polygons with the area names or codes used in the employment table."),
            ),
            (
                QgsProcessingParameterString(self.MAP_SECTOR, self.tr("Sector to map"), optional=True),
                self.tr("The sector whose location quotient is mapped, e.g. 13 (textiles) or 23 (ceramics)."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.QUOTIENTS, self.tr("Location quotients"), TABLE, optional=True
                ),
                self.tr("One row per area and sector: employees, shares and location quotient."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.AREA_INDICES, self.tr("Area specialisation indices"), TABLE, optional=True
                ),
                self.tr(
                    "One row per area: Krugman dissimilarity, Herfindahl, number of sectors, main sector."
                ),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.SECTOR_INDICES, self.tr("Sector concentration indices"), TABLE, optional=True
                ),
                self.tr("One row per sector: locational Gini and Ellison-Glaeser G, H and γ."),
            ),
            (
                QgsProcessingParameterFeatureSink(
                    self.AREAS_OUT,
                    self.tr("Mapped location quotient"),
                    QgsProcessing.SourceType.TypeVectorPolygon,
                    optional=True,
                    createByDefault=False,
                ),
                self.tr(
                    "The area polygons with the mapped sector's employees and location quotient, coloured "
                    "blue below 1 and red above."
                ),
            ),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.districts.ateco import read_ateco
        from ..analysis.districts.specialisation import map_sector, resolve_sector, specialisation_tables

        outputs_keys = (self.QUOTIENTS, self.AREA_INDICES, self.SECTOR_INDICES, self.AREAS_OUT)
        wanted = outputs_asked(parameters, outputs_keys)
        if not any(wanted.values()):
            raise QgsProcessingException(
                self.tr(
                    "Choose at least one output: location quotients, area indices, sector indices or the "
                    "mapped location quotient."
                )
            )
        areas_source = self.parameterAsSource(parameters, self.AREAS, context)
        map_value = self.parameterAsString(parameters, self.MAP_SECTOR, context).strip()
        id_field = self.parameterAsString(parameters, self.AREAS_ID_FIELD, context)
        if wanted[self.AREAS_OUT]:
            if areas_source is None:
                raise QgsProcessingException(
                    self.tr(
                        "The mapped location quotient needs the area polygons: give them, or leave it out."
                    )
                )
            if not id_field:
                raise QgsProcessingException(self.tr("Choose the area identifier field of the polygons."))
            if not map_value:
                raise QgsProcessingException(
                    self.tr("Give the sector to map (e.g. 13 for textiles, 23 for ceramics).")
                )
            check_polygon_source(areas_source, self.tr("area polygons"), [id_field])
        elif areas_source is not None:
            feedback.pushWarning(
                self.tr("Area polygons are given but the mapped location quotient is not asked for: no map.")
            )
        check_output_folders(self, parameters, context, [k for k, asked in wanted.items() if asked])

        source = self.parameterAsSource(parameters, self.EMPLOYMENT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The employment table is missing or invalid."))
        fields = {
            self.parameterAsString(parameters, self.AREA_FIELD, context): "area",
            self.parameterAsString(parameters, self.SECTOR_FIELD, context): "sector",
            self.parameterAsString(parameters, self.EMPLOYEES_FIELD, context): "employees",
        }
        if len(fields) < 3:
            raise QgsProcessingException(
                self.tr("The area, sector and employees fields must be three different fields.")
            )
        firm_field = self.parameterAsString(parameters, self.FIRM_FIELD, context)
        if firm_field:
            if firm_field in fields:
                raise QgsProcessingException(
                    self.tr("The firm field must differ from the area, sector and employees fields.")
                )
            fields[firm_field] = "firm"
        level = SECTOR_LEVELS[self.parameterAsEnum(parameters, self.SECTOR_LEVEL, context)]
        warn_numeric_codes(
            source, self.parameterAsString(parameters, self.SECTOR_FIELD, context), level, feedback
        )
        frame = source_table(source, fields, feedback, self.tr("employment table"))
        feedback.pushInfo(self.tr("Employment table: {rows} rows read.").format(rows=len(frame)))
        feedback.setProgress(20)

        totals = None
        totals_source = self.parameterAsSource(parameters, self.AREA_TOTALS, context)
        if totals_source is not None:
            totals_area = self.parameterAsString(parameters, self.TOTALS_AREA_FIELD, context)
            totals_field = self.parameterAsString(parameters, self.TOTALS_FIELD, context)
            if not totals_area or not totals_field:
                raise QgsProcessingException(
                    self.tr("Choose the area field and the total employment field of the all-sector totals.")
                )
            totals = source_table(
                totals_source, {totals_area: "area", totals_field: "total"}, feedback, self.tr("totals table")
            )

        tables = set()
        for key, table in (
            (self.QUOTIENTS, "quotients"),
            (self.AREA_INDICES, "areas"),
            (self.SECTOR_INDICES, "sectors"),
            (self.AREAS_OUT, "quotients"),
        ):
            if wanted[key]:
                tables.add(table)
        tree = read_ateco(paths.PRESETS / ATECO_PRESET) if level is not None else None
        with core_errors():
            result = specialisation_tables(
                frame,
                firm="firm" if firm_field else None,
                totals=totals,
                level=level,
                tree=tree,
                tables=tables,
                progress=lambda f: feedback.setProgress(20 + 60 * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(result.messages, feedback)
        feedback.pushInfo(
            self.tr(
                "{areas} areas, {sectors} sectors, {employees} employees in the reference economy."
            ).format(
                areas=len(result.area_totals),
                sectors=len(result.sector_totals),
                employees=f"{result.reference_total:,.0f}",
            )
        )
        sector = None
        if wanted[self.AREAS_OUT]:  # before any output is written
            with core_errors():
                sector = resolve_sector(map_value, result, level, tree)
        outputs = {}
        for key, frame_out in (
            (self.QUOTIENTS, result.quotients),
            (self.AREA_INDICES, result.areas),
            (self.SECTOR_INDICES, result.sectors),
        ):
            if wanted[key] and frame_out is not None:
                outputs[key] = write_table(self, parameters, context, key, frame_out, feedback)
        if wanted[self.AREAS_OUT]:
            if tree is not None:
                feedback.pushInfo(
                    self.tr("Mapped sector: {code} {title}.").format(
                        code=sector, title=tree.title.get(sector, "")
                    )
                )
            outputs[self.AREAS_OUT] = self.write_areas(
                parameters, context, feedback, areas_source, id_field, result, sector, map_sector
            )
        feedback.setProgress(100)
        return outputs

    def write_areas(self, parameters, context, feedback, source, id_field, result, sector, map_sector):
        """The area polygons with their attributes, plus the mapped sector, its employees and its lq."""
        id_index = source.fields().lookupField(id_field)
        features = []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
                )
            features.append(feature)
        ids = [None if _null(f.attributes()[id_index]) else f.attributes()[id_index] for f in features]
        with core_errors():
            table, messages = map_sector(result, sector, ids)
        push_messages(messages, feedback)
        import pandas as pd

        integral = bool(((table["employees"].dropna() % 1) == 0).all())
        added = table_fields(
            pd.DataFrame(
                {
                    "sector": pd.Series([], dtype=object),
                    "sector_employees": pd.Series([], dtype="int64" if integral else float),
                    "lq": pd.Series([], dtype=float),
                }
            )
        )
        fields = QgsFields(source.fields())
        names = []
        for field in added:
            copy = QgsField(field)
            copy.setName(_free_name(fields, field.name()))
            names.append(copy.name())
            fields.append(copy)
        if names[2] != "lq":
            feedback.pushWarning(
                self.tr(
                    "The area polygons already have a field named lq: the quotient is in '{name}'."
                ).format(name=names[2])
            )
        sink, dest = self.parameterAsSink(
            parameters,
            self.AREAS_OUT,
            context,
            fields,
            QgsWkbTypes.multiType(source.wkbType()),
            source.sourceCrs(),
        )
        if sink is None:
            return None
        for feature, employees, lq in zip(features, table["employees"].tolist(), table["lq"].tolist()):
            out = QgsFeature(fields)
            geometry = feature.geometry()
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            extra = [
                sector,
                None if employees != employees else (int(employees) if integral else float(employees)),
                None if lq != lq else float(lq),
            ]
            out.setAttributes(list(feature.attributes()) + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        style_vector_output(context, dest, functools.partial(apply_lq_style, field=names[2]))
        return dest


def _null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())
