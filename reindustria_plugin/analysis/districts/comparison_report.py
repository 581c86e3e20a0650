"""Self-contained HTML report of a district comparison, made with the report toolkit.

The page shows the comparison table, charts comparing the districts per group of indicators (land-use
composition, form of industrial land, change of industrial land), a small map of each district when the caller
rendered them, one sentence per indicator on how to read it, and the data, dates and nomenclature used. Every
number comes from the comparison table, formatted by :func:`reindustria_plugin.analysis.report.numbers.format_number`.
Districts without land-use data are listed as such and left out of the charts, never drawn as zeros.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from ..errors import QT_TRANSLATE_NOOP
from ..report.charts import Series, bar_chart
from ..report.html import fill, image_data_uri, render
from ..typology import CHANGE_BY_KEY, PRODUCTION_CLASSES
from .compare import DEINDUSTRIALISATION, INDUSTRIAL_METRICS, STATUS_NO_DATA, DistrictComparison

#: English texts of the page; pass translations through ``comparison_html(texts=...)`` under the same keys.
DEFAULT_TEXTS: dict[str, str] = {
    "lang": "en",
    "intro": QT_TRANSLATE_NOOP(
        "analysis",
        "The districts compared on the same indicators, computed the same way: what their land is made of, how "
        "compact or scattered their industrial land is and, with two dates, how much industrial land was taken, "
        "lost (and to what) or kept. Each number equals what the land-use change and landscape metrics tools "
        "give for the district alone.",
    ),
    "contents": QT_TRANSLATE_NOOP("analysis", "Contents"),
    "table_heading": QT_TRANSLATE_NOOP("analysis", "Key figures"),
    "district": QT_TRANSLATE_NOOP("analysis", "District"),
    "status": QT_TRANSLATE_NOOP("analysis", "Status"),
    "status_ok": QT_TRANSLATE_NOOP("analysis", "ok"),
    "status_partial": QT_TRANSLATE_NOOP("analysis", "partly covered"),
    "status_no_data": QT_TRANSLATE_NOOP("analysis", "no data"),
    "no_data_note": QT_TRANSLATE_NOOP(
        "analysis",
        "No land-use data under {districts}: these districts are listed with empty values and left out of the "
        "charts, not shown as zeros.",
    ),
    "composition_heading": QT_TRANSLATE_NOOP("analysis", "What the districts are made of"),
    "composition_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Share of each production class in the area of the district with land-use data, at {date}. Compare "
        "shares, not hectares: districts differ in size.",
    ),
    "form_heading": QT_TRANSLATE_NOOP("analysis", "Form of industrial land"),
    "form_caption": QT_TRANSLATE_NOOP("analysis", "{indicator}, per district and date. {reading}"),
    "change_heading": QT_TRANSLATE_NOOP("analysis", "Change of industrial land"),
    "change_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Hectares of industrial land gained (land take from green land or water, re-industrialisation of other "
        "urban land) and lost between {first} and {second}, on the land with data at both dates.",
    ),
    "destination_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "What the industrial land lost between {first} and {second} became, in hectares.",
    ),
    "rates_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Industrial land take and loss per year, as a share of the industrial land at {first}: they compare "
        "districts of any size.",
    ),
    "specialisation_heading": QT_TRANSLATE_NOOP("analysis", "Economic specialisation"),
    "specialisation_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "From the employment table: each district's main sector (the largest among those with a location quotient "
        "of at least 1), its location quotient against all areas of the table, and how different from the "
        "reference (Krugman, 0-2) and how concentrated (Herfindahl, 0-1) its employment is.",
    ),
    "employees": QT_TRANSLATE_NOOP("analysis", "Employees"),
    "main_sector": QT_TRANSLATE_NOOP("analysis", "Main sector"),
    "main_lq": QT_TRANSLATE_NOOP("analysis", "Location quotient of the main sector"),
    "krugman": QT_TRANSLATE_NOOP("analysis", "Krugman dissimilarity"),
    "hhi": QT_TRANSLATE_NOOP("analysis", "Herfindahl concentration"),
    "first_date": QT_TRANSLATE_NOOP("analysis", "the first date"),
    "second_date": QT_TRANSLATE_NOOP("analysis", "the second date"),
    "form_note": QT_TRANSLATE_NOOP(
        "analysis",
        "n/a: the district has no industrial land at that date, so the metric is undefined (the number of "
        "patches is 0).",
    ),
    "kept_note": QT_TRANSLATE_NOOP(
        "analysis",
        "An empty share of industrial land kept: the district had no industrial land at the first date.",
    ),
    "legend_heading": QT_TRANSLATE_NOOP("analysis", "Legend"),
    "maps_heading": QT_TRANSLATE_NOOP("analysis", "Maps"),
    "maps_caption": QT_TRANSLATE_NOOP(
        "analysis",
        "Land use at {date} by production class (industrial land in purple, the others pale) with the change of "
        "industrial land on top; outside the district the map is faded.",
    ),
    "reading_heading": QT_TRANSLATE_NOOP("analysis", "How to read the indicators"),
    "data_heading": QT_TRANSLATE_NOOP("analysis", "Data and method"),
    "warnings_heading": QT_TRANSLATE_NOOP("analysis", "Warnings of the run"),
    "hectares": QT_TRANSLATE_NOOP("analysis", "ha"),
    "percent": QT_TRANSLATE_NOOP("analysis", "%"),
    "percent_per_year": QT_TRANSLATE_NOOP("analysis", "% per year"),
    "covered": QT_TRANSLATE_NOOP("analysis", "Covered (%)"),
    "industrial_share": QT_TRANSLATE_NOOP("analysis", "Industrial land, {date} (%)"),
    "industrial_area": QT_TRANSLATE_NOOP("analysis", "Industrial land, {date} (ha)"),
    "land_take": QT_TRANSLATE_NOOP("analysis", "Industrial land take"),
    "reindustrialisation": QT_TRANSLATE_NOOP("analysis", "Re-industrialisation"),
    "deindustrialisation": QT_TRANSLATE_NOOP("analysis", "De-industrialisation"),
    "persistence": QT_TRANSLATE_NOOP("analysis", "Industrial land kept (%)"),
    "land_take_rate": QT_TRANSLATE_NOOP("analysis", "Industrial land take per year"),
    "loss_rate": QT_TRANSLATE_NOOP("analysis", "De-industrialisation per year"),
    "other_destination": QT_TRANSLATE_NOOP("analysis", "infrastructure or water"),
}

#: How to read each indicator: (column stem, name, sentence).
READINGS: list[tuple[str, str, str]] = [
    (
        "pct",
        QT_TRANSLATE_NOOP("analysis", "Share of a production class (%)"),
        QT_TRANSLATE_NOOP(
            "analysis", "What the district is made of: the class's share of the land with data."
        ),
    ),
    (
        "ind_np",
        QT_TRANSLATE_NOOP("analysis", "Number of industrial patches"),
        QT_TRANSLATE_NOOP(
            "analysis", "Separate pieces of industrial land: many small ones mean scattered industry."
        ),
    ),
    (
        "ind_pd_per_100ha",
        QT_TRANSLATE_NOOP("analysis", "Industrial patch density (per 100 ha)"),
        QT_TRANSLATE_NOOP(
            "analysis",
            "Industrial pieces per 100 ha of the district's land with data: fragmentation comparable across sizes.",
        ),
    ),
    (
        "ind_area_mn_ha",
        QT_TRANSLATE_NOOP("analysis", "Mean industrial patch area (ha)"),
        QT_TRANSLATE_NOOP("analysis", "The typical size of an industrial site."),
    ),
    (
        "ind_lpi_pct",
        QT_TRANSLATE_NOOP("analysis", "Largest industrial patch (% of the land with data)"),
        QT_TRANSLATE_NOOP("analysis", "High when one industrial zone dominates the district."),
    ),
    (
        "ind_ed_m_per_ha",
        QT_TRANSLATE_NOOP("analysis", "Industrial edge density (m/ha)"),
        QT_TRANSLATE_NOOP("analysis", "High when industry is interleaved with other land uses."),
    ),
    (
        "ind_ai_pct",
        QT_TRANSLATE_NOOP("analysis", "Aggregation of industrial land (%)"),
        QT_TRANSLATE_NOOP("analysis", "100 when industrial land is as compact as it can be."),
    ),
    (
        "ind_cohesion",
        QT_TRANSLATE_NOOP("analysis", "Cohesion of industrial land (0-100)"),
        QT_TRANSLATE_NOOP("analysis", "Physical connectedness; it falls as industrial land breaks up."),
    ),
    (
        "shdi",
        QT_TRANSLATE_NOOP("analysis", "Land-use diversity (Shannon)"),
        QT_TRANSLATE_NOOP(
            "analysis", "0 for a single land use; higher for a finer mix of production classes."
        ),
    ),
    (
        "industrial_land_take_ha",
        QT_TRANSLATE_NOOP("analysis", "Industrial land take (ha)"),
        QT_TRANSLATE_NOOP(
            "analysis", "Green, agricultural or natural land (or water) that became industrial."
        ),
    ),
    (
        "reindustrialisation_ha",
        QT_TRANSLATE_NOOP("analysis", "Re-industrialisation (ha)"),
        QT_TRANSLATE_NOOP("analysis", "Other urban land that became industrial: recycling of urban land."),
    ),
    (
        "deindustrialisation_ha",
        QT_TRANSLATE_NOOP("analysis", "De-industrialisation (ha)"),
        QT_TRANSLATE_NOOP(
            "analysis", "Industrial land that became something else; the table splits it by use."
        ),
    ),
    (
        "industrial_persistence_pct",
        QT_TRANSLATE_NOOP("analysis", "Industrial land kept (%)"),
        QT_TRANSLATE_NOOP(
            "analysis", "Share of the first date's industrial land still industrial at the second."
        ),
    ),
]


def comparison_html(
    comparison: DistrictComparison,
    title: str,
    texts: Mapping[str, str] | None = None,
    maps: Mapping[str, bytes] | None = None,
    inputs: Sequence[tuple[str, str]] = (),
    warnings: Sequence[str] = (),
    class_labels: Mapping[str, str] | None = None,
) -> str:
    """The report page.

    Parameters
    ----------
    comparison
        The result of :func:`~reindustria_plugin.analysis.districts.compare.compare_districts_raster` or
        ``compare_districts_vector``.
    texts
        Translations of :data:`DEFAULT_TEXTS` (and of the :data:`READINGS` names and sentences, under their
        English text); missing keys fall back to English.
    maps
        PNG bytes per district name (rendered by QGIS in the glue), or None.
    inputs
        (what, value) pairs describing the data, dates and nomenclature used.
    warnings
        The run's warnings, already translated.
    class_labels
        Labels of the production classes (translated); English by default.
    """
    t = {**DEFAULT_TEXTS, **(texts or {})}
    classes = class_labels or {key: label for key, label, _colour in PRODUCTION_CLASSES}
    table = comparison.table.set_index("district", drop=False)
    dates = comparison.dates
    # In sentences the dates are the years, or "the first date" / "the second date" without them.
    words = {d: d if d.isdigit() else t[key] for d, key in zip(dates, ("first_date", "second_date"))}
    last = dates[-1]
    measured = table[table["status"] != STATUS_NO_DATA]
    names = measured["district"].tolist()
    status_text = {"ok": t["status_ok"], "partial": t["status_partial"], STATUS_NO_DATA: t["status_no_data"]}

    heads = [t["district"], t["status"], t["covered"]]
    columns = ["covered_pct"]
    for date in dates:
        heads += [fill(t["industrial_share"], date=date), fill(t["industrial_area"], date=date)]
        columns += [f"industrial_pct_{date}", f"industrial_ha_{date}"]
    if len(dates) == 2:
        heads += [
            f"{t['land_take']} ({t['hectares']})",
            f"{t['reindustrialisation']} ({t['hectares']})",
            f"{t['deindustrialisation']} ({t['hectares']})",
            t["persistence"],
        ]
        columns += [
            "industrial_land_take_ha",
            "reindustrialisation_ha",
            "deindustrialisation_ha",
            "industrial_persistence_pct",
        ]
    rows = [
        [row["district"], status_text.get(row["status"], row["status"]), *[_number(row[c]) for c in columns]]
        for _, row in table.iterrows()
    ]
    no_data = table.loc[table["status"] == STATUS_NO_DATA, "district"].tolist()
    notes = [fill(t["no_data_note"], districts=", ".join(no_data))] if no_data else []
    if "industrial_persistence_pct" in table and (
        table.loc[table["status"] != STATUS_NO_DATA, "industrial_persistence_pct"].isna().any()
    ):
        notes.append(t["kept_note"])
    sections = [
        {
            "id": "table",
            "heading": t["table_heading"],
            "blocks": [
                {
                    "heads": heads,
                    "rows": rows,
                    # Shares and hectares with one decimal, so that the columns read alike.
                    "decimals": [None, None] + [1] * len(columns),
                    "note": " ".join(notes),
                }
            ],
        }
    ]
    if names:
        sections.append(_composition(measured, names, last, words, t, classes))
        sections.append(_form(measured, names, dates, t))
        if len(dates) == 2:
            sections.append(_change(measured, names, dates, words, t, classes))
    if "main_sector" in table:
        sections.append(_specialisation(table, t))
    if maps:
        sections.append(
            {
                "id": "maps",
                "heading": t["maps_heading"],
                "caption": fill(t["maps_caption"], date=words[last]),
                "legend": _map_legend(t, classes),
                "maps": [{"name": n, "src": image_data_uri(maps[n])} for n in table["district"] if n in maps],
                "blocks": [],
            }
        )
    readings = [
        (t.get(name, name), t.get(sentence, sentence))
        for stem, name, sentence in READINGS
        if stem == "pct" or any(c == stem or c.startswith(f"{stem}_") for c in table.columns)
    ]
    for section in sections:
        section.setdefault("caption", "")
        section.setdefault("maps", [])
        section.setdefault("legend", [])
        section["blocks"] = [
            {"svg": "", "caption": "", "note": "", "heads": [], "rows": [], "decimals": None, **block}
            for block in section["blocks"]
        ]
    return render(
        "district_comparison.html.j2",
        lang=t["lang"],
        title=title,
        intro=t["intro"],
        contents=t["contents"],
        sections=sections,
        reading_heading=t["reading_heading"],
        legend_heading=t["legend_heading"],
        readings=readings,
        data_heading=t["data_heading"],
        inputs=list(inputs),
        warnings_heading=t["warnings_heading"],
        warnings=list(warnings),
        na="",
    )


def _number(value) -> float | None:
    """A table cell: the number, or None when undefined (shown empty)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _values(frame: pd.DataFrame, column: str) -> list[float]:
    return [float("nan") if pd.isna(v) else float(v) for v in frame[column].tolist()]


def _composition(measured, names, date, words, t, classes) -> dict:
    colours = {key: colour for key, _label, colour in PRODUCTION_CLASSES}
    series = [
        Series(classes.get(key, key), _values(measured, f"{key}_pct_{date}"), colours[key])
        for key, _label, _colour in PRODUCTION_CLASSES
        if f"{key}_pct_{date}" in measured and measured[f"{key}_pct_{date}"].fillna(0).sum() > 0
    ]
    svg = bar_chart(names, series, axis_title=t["percent"], stacked=True, limit=100.0)
    return {
        "id": "composition",
        "heading": t["composition_heading"],
        "blocks": [{"svg": svg, "caption": fill(t["composition_caption"], date=words[date])}],
    }


def _form(measured, names, dates, t) -> dict:
    readings = {stem: (name, sentence) for stem, name, sentence in READINGS}
    blocks = []
    for _metric, column in INDUSTRIAL_METRICS:
        name, sentence = readings[column]
        name, sentence = t.get(name, name), t.get(sentence, sentence)
        series = [Series(str(date), _values(measured, f"{column}_{date}")) for date in dates]
        svg = bar_chart(names, series, title=name, axis_title=name, integer=column == "ind_np")
        blocks.append({"svg": svg, "caption": fill(t["form_caption"], indicator=name, reading=sentence)})
    if any(measured[f"ind_np_{date}"].fillna(0).eq(0).any() for date in dates):
        blocks[-1]["note"] = t["form_note"]
    return {"id": "form", "heading": t["form_heading"], "blocks": blocks}


#: The production class each de-industrialisation destination is named after (None: the text "other").
DESTINATION_CLASS = {
    "residential": "residential",
    "commercial": "commercial",
    "vacancy": "vacant",
    "green": "green",
}


def _change(measured, names, dates, words, t, classes) -> dict:
    flows = [
        Series(
            t["land_take"],
            _values(measured, "industrial_land_take_ha"),
            CHANGE_BY_KEY["industrial_land_take"].colour,
        ),
        Series(
            t["reindustrialisation"],
            _values(measured, "reindustrialisation_ha"),
            CHANGE_BY_KEY["reindustrialisation"].colour,
        ),
        Series(
            t["deindustrialisation"],
            _values(measured, "deindustrialisation_ha"),
            CHANGE_BY_KEY["deindustrialisation_residential"].colour,
        ),
    ]
    blocks = [
        {
            "svg": bar_chart(names, flows, axis_title=t["hectares"]),
            "caption": fill(t["change_caption"], first=words[dates[0]], second=words[dates[1]]),
        }
    ]
    losses = [
        Series(
            classes.get(DESTINATION_CLASS[name], name)
            if name in DESTINATION_CLASS
            else t["other_destination"],
            _values(measured, f"deindustrialisation_{name}_ha"),
            CHANGE_BY_KEY[key].colour,
        )
        for key, name in DEINDUSTRIALISATION
    ]
    if measured["deindustrialisation_ha"].fillna(0).sum() > 0:
        blocks.append(
            {
                "svg": bar_chart(names, losses, axis_title=t["hectares"], stacked=True),
                "caption": fill(t["destination_caption"], first=words[dates[0]], second=words[dates[1]]),
            }
        )
    if "industrial_land_take_pct_per_year" in measured:
        rates = [
            Series(t["land_take_rate"], _values(measured, "industrial_land_take_pct_per_year")),
            Series(t["loss_rate"], _values(measured, "deindustrialisation_pct_per_year")),
        ]
        blocks.append(
            {
                "svg": bar_chart(names, rates, axis_title=t["percent_per_year"]),
                "caption": fill(t["rates_caption"], first=words[dates[0]]),
            }
        )
    return {"id": "change", "heading": t["change_heading"], "blocks": blocks}


def _specialisation(table: pd.DataFrame, t) -> dict:
    """The employment-based columns as a table and the main sector's location quotient as a chart."""
    rows = [
        [
            row["district"],
            _number(row["employees"]),
            "" if pd.isna(row["main_sector"]) else str(row["main_sector"]),
            _number(row["main_lq"]),
            _number(row["krugman"]),
            _number(row["hhi"]),
        ]
        for _, row in table.iterrows()
    ]
    known = table[table["main_lq"].notna()]
    blocks = [
        {
            "heads": [t["district"], t["employees"], t["main_sector"], t["main_lq"], t["krugman"], t["hhi"]],
            "rows": rows,
            "note": t["specialisation_caption"],
        }
    ]
    if len(known):
        labels = [f"{d} ({s})" for d, s in zip(known["district"], known["main_sector"])]
        blocks.append(
            {
                "svg": bar_chart(
                    labels, [Series(t["main_lq"], _values(known, "main_lq"))], axis_title=t["main_lq"]
                ),
                "caption": "",
            }
        )
    return {"id": "specialisation", "heading": t["specialisation_heading"], "blocks": blocks}


def _map_legend(t, classes) -> list[dict]:
    """Colour and label of what the maps draw: the production classes (industrial strong, others pale as on
    the map) and the industrial changes."""
    items = [
        {"colour": colour, "opacity": 1.0 if key == "industrial" else 0.3, "label": classes.get(key, key)}
        for key, _label, colour in PRODUCTION_CLASSES
    ]
    items += [
        {"colour": CHANGE_BY_KEY[key].colour, "opacity": 1.0, "label": t.get(text, text)}
        for key, text in (
            ("industrial_land_take", t["land_take"]),
            ("reindustrialisation", t["reindustrialisation"]),
        )
    ]
    items += [
        {
            "colour": CHANGE_BY_KEY[key].colour,
            "opacity": 1.0,
            "label": f"{t['deindustrialisation']}: "
            + (
                classes.get(DESTINATION_CLASS[name], name)
                if name in DESTINATION_CLASS
                else t["other_destination"]
            ),
        }
        for key, name in DEINDUSTRIALISATION
    ]
    return items
