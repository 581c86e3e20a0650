"""reindustria:identifydistricts — industrial districts of local labour systems by the Sforzi-ISTAT method."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from .. import paths
from .adapters import TABLE, check_output_folders, source_table, write_table
from .base import DISTRICT_COMPARISON, AlgorithmBase, core_errors, translate
from .landuse_change import push_messages

#: Columns of the core's input, and whether the user must name a field for them.
_COLUMNS = {"sll": True, "name": False, "division": True, "size": True, "units": False, "employees": True}


class IdentifyDistrictsAlgorithm(AlgorithmBase):
    NAME = "identifydistricts"
    GROUP = DISTRICT_COMPARISON
    REQUIRES = ("numpy", "pandas")

    INPUT = "INPUT"
    SLL_FIELD = "SLL_FIELD"
    NAME_FIELD = "NAME_FIELD"
    DIVISION_FIELD = "DIVISION_FIELD"
    SIZE_FIELD = "SIZE_FIELD"
    UNITS_FIELD = "UNITS_FIELD"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    NATIONAL = "NATIONAL"
    INDUSTRIES = "INDUSTRIES"
    MAIN_BY = "MAIN_BY"
    OUTPUT = "OUTPUT"

    FIELD_KEYS = {
        "sll": SLL_FIELD,
        "name": NAME_FIELD,
        "division": DIVISION_FIELD,
        "size": SIZE_FIELD,
        "units": UNITS_FIELD,
        "employees": EMPLOYEES_FIELD,
    }

    def displayName(self) -> str:
        return self.tr("Identify industrial districts (Sforzi-ISTAT)")

    def shortDescription(self) -> str:
        return self.tr(
            "Which local labour systems are industrial districts? The four steps of the Sforzi-ISTAT method."
        )

    def initAlgorithm(self, config=None):
        fields = [
            (
                self.SLL_FIELD,
                self.tr("Labour-system code field"),
                "sll_code",
                False,
                self.tr("SLL code (text or number)."),
            ),
            (
                self.NAME_FIELD,
                self.tr("Labour-system name field"),
                "sll_name",
                True,
                self.tr("SLL name, copied to the output."),
            ),
            (
                self.DIVISION_FIELD,
                self.tr("ATECO division field"),
                "division",
                False,
                self.tr("ATECO 2007 division, two digits (10-33 manufacturing; 13.20 is read as 13)."),
            ),
            (
                self.SIZE_FIELD,
                self.tr("Size class field"),
                "size_class",
                False,
                self.tr(
                    "Employees per local unit as a range (0-9, 10-49, 50-249, 250 e più…) or small/medium/large; "
                    "may be empty outside manufacturing."
                ),
            ),
            (
                self.UNITS_FIELD,
                self.tr("Local units field"),
                "units",
                True,
                self.tr("Number of local units; needed for the single-medium-unit rule of step 4."),
            ),
            (
                self.EMPLOYEES_FIELD,
                self.tr("Employees field"),
                "employees",
                False,
                self.tr("Employees (addetti)."),
            ),
        ]
        params = [
            (
                QgsProcessingParameterFeatureSource(
                    self.INPUT, self.tr("Local units and employees by labour system"), [TABLE]
                ),
                self.tr(
                    "One row per labour system, ATECO division and size class of local unit: all non-agricultural "
                    "divisions, not only manufacturing (see the template in processing/presets)."
                ),
            ),
        ]
        # Optional for Processing, so that the defaults (the template's names) apply when a key is left out; the
        # required ones are checked in processAlgorithm.
        for key, label, default, _optional, help_text in fields:
            params.append(
                (
                    QgsProcessingParameterField(
                        key,
                        label,
                        defaultValue=default,
                        parentLayerParameterName=self.INPUT,
                        optional=True,
                    ),
                    help_text,
                )
            )
        params += [
            (
                QgsProcessingParameterFeatureSource(
                    self.NATIONAL, self.tr("National totals"), [TABLE], optional=True
                ),
                self.tr(
                    "Employees of the whole country by ATECO division and size class, with the same field names "
                    "as the table. Empty: the sum of the table, right only if the table covers all of Italy."
                ),
            ),
            (
                QgsProcessingParameterFile(
                    self.INDUSTRIES, self.tr("Industry grouping (CSV)"), extension="csv", optional=True
                ),
                self.tr(
                    "CSV with columns division, sector, industry, label. Empty: the shipped grouping of ATECO 2007 "
                    "divisions into ISTAT's main industries (processing/presets/sforzi_industries.csv)."
                ),
            ),
            (
                QgsProcessingParameterEnum(
                    self.MAIN_BY,
                    self.tr("Main industry: among industries with location quotient above 1, the one with"),
                    options=[
                        self.tr("the largest prevalence (employees above the national share)"),
                        self.tr("the most employees"),
                    ],
                    defaultValue=0,
                ),
                self.tr("How step 3 ranks the specialised manufacturing industries (see the help)."),
            ),
            (
                QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Districts"), TABLE),
                self.tr(
                    "One row per labour system: class, main industry, every quotient compared, the reason."
                ),
            ),
        ]
        self.add_parameters(params)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.districts.sforzi import (
            INDUSTRY_LABELS,
            MAIN_BY_EMPLOYEES,
            MAIN_BY_PREVALENCE,
            identify_districts,
            read_industries,
        )

        check_output_folders(self, parameters, context, [self.OUTPUT])
        names = {}
        for column, required in _COLUMNS.items():
            name = self.parameterAsString(parameters, self.FIELD_KEYS[column], context)
            if name:
                names[column] = name
            elif required:
                raise QgsProcessingException(
                    self.tr("Choose the field for '{parameter}'.").format(
                        parameter=self.parameterDefinition(self.FIELD_KEYS[column]).description()
                    )
                )
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The table of local units and employees is missing."))
        table = source_table(source, {f: c for c, f in names.items()}, feedback, self.tr("table"))
        national = None
        national_source = self.parameterAsSource(parameters, self.NATIONAL, context)
        if national_source is not None:
            wanted = {c: names[c] for c in ("division", "size", "units", "employees") if c in names}
            if national_source.fields().lookupField(wanted.get("units", "")) < 0:
                wanted.pop("units", None)
            national = source_table(
                national_source, {f: c for c, f in wanted.items()}, feedback, self.tr("national totals")
            )
        path = self.parameterAsFile(parameters, self.INDUSTRIES, context) or str(
            paths.PRESETS / "sforzi_industries.csv"
        )
        main_by = (
            MAIN_BY_EMPLOYEES
            if self.parameterAsEnum(parameters, self.MAIN_BY, context) == 1
            else MAIN_BY_PREVALENCE
        )
        with core_errors():
            industries = read_industries(path)
            result = identify_districts(
                table,
                industries,
                national,
                main_by=main_by,
                progress=lambda f: feedback.setProgress(90.0 * f),
                is_canceled=feedback.isCanceled,
            )
        push_messages(result.messages, feedback)

        known = set(INDUSTRY_LABELS.values())

        def label(text):
            return translate("analysis", text) if text in known else text

        frame = result.table
        frame["class"] = [translate("analysis", c) for c in frame["class"]]
        frame["main_label"] = [None if v is None or v != v else label(v) for v in frame["main_label"]]
        reasons = []
        for message in result.reasons:
            params = dict(message.params)
            if "industry" in params:
                params["industry"] = label(params["industry"])
            reasons.append(translate("analysis", message.template).format(**params))
        frame.insert(frame.columns.get_loc("class") + 1, "reason", reasons)
        count = int(frame["district"].sum())
        feedback.pushInfo(
            self.tr("{count} of {total} labour systems are industrial districts.").format(
                count=count, total=len(frame)
            )
        )
        dest = write_table(self, parameters, context, self.OUTPUT, frame, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
