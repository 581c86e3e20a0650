"""reindustria:specialisation through Processing: a CONSTRUCTED firm table for the Prato and Sassuolo comuni
(no real Italian employment table ships), the real comuni boundaries, a model-builder chain, bad input."""

import json
from collections import defaultdict

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import read_csv

ALG = "reindustria:specialisation"

#: CONSTRUCTED employment, NOT real data: per comune, (ATECO code, employees per firm, number of firms).
#: The comuni are real (Prato province; the Modena side of the Sassuolo ceramic district), the numbers are
#: invented to look like a textile and a ceramic district.
CONSTRUCTED = {
    "Prato": [("13.20.00", 12, 40), ("14.13.10", 6, 50), ("46.41.10", 4, 30), ("28.94.10", 20, 2)],
    "Montemurlo": [("13.30.00", 15, 20), ("14.13.10", 5, 8), ("46.41", 3, 5)],
    "Vaiano": [("13.20.00", 10, 6), ("47.11", 3, 4)],
    "Vernio": [("13.91", 8, 3), ("47.11", 3, 3)],
    "Cantagallo": [("13.20", 9, 2), ("47.11", 2, 2)],
    "Carmignano": [("14.13", 6, 6), ("47.11", 3, 6), ("23.41", 5, 1)],
    "Poggio a Caiano": [("14.19", 5, 4), ("47.11", 3, 5)],
    "Sassuolo": [("23.31.00", 120, 10), ("28.92", 30, 3), ("46.73", 5, 10), ("47.11", 3, 15)],
    "Fiorano Modenese": [("23.31.00", 150, 8), ("28.29", 25, 2), ("47.11", 3, 6)],
    "Maranello": [("23.31", 100, 4), ("29.10", 400, 1), ("47.11", 3, 8)],
    "Formigine": [("23.31", 80, 6), ("28.41", 30, 2), ("47.11", 3, 12)],
}


def _firm_rows():
    rows = []
    for comune, sectors in CONSTRUCTED.items():
        for code, size, count in sectors:
            for k in range(count):
                rows.append((comune, code, size, f"{comune[:4].upper()}-{code}-{k}"))
    return rows


def _write_csv(path, header, rows, types):
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(
                ",".join("" if v is None else f'"{v}"' if isinstance(v, str) else str(v) for v in row) + "\n"
            )
    path.with_suffix(".csvt").write_text(",".join(f'"{t}"' for t in types) + "\n")
    return str(path)


@pytest.fixture
def employment(tmp_path):
    """The CONSTRUCTED firm table as a CSV (codes as text, employees as integers), plus two bad rows."""
    rows = _firm_rows() + [("Prato", "tessile", 3, "PRAT-bad-0"), ("Vaiano", "13.20", None, "VAIA-bad-1")]
    return _write_csv(
        tmp_path / "constructed_employment.csv",
        ["comune", "ateco", "addetti", "firm"],
        rows,
        ["String", "String", "Integer", "String"],
    )


def _divisions():
    """Employees by comune and ATECO division, summed here independently of the plugin."""
    table = defaultdict(float)
    for comune, code, size, _firm in _firm_rows():
        table[comune, code[:2]] += size
    return table


@pytest.fixture
def comuni(shared_data):
    b = shared_data / "boundaries"
    return str(b / "prato_province_comuni.geojson"), str(b / "modena_province_comuni.geojson")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):
        self.warnings.append(warning)


def _merged(run, comuni, tmp_path):
    out = run(
        "native:mergevectorlayers",
        {"LAYERS": list(comuni), "CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "comuni.gpkg")},
    )
    return out["OUTPUT"]


def test_constructed_prato_and_sassuolo(run, employment, comuni, tmp_path):
    log = Log()
    out = run(
        ALG,
        {
            "EMPLOYMENT": employment,
            "AREA_FIELD": "comune",
            "SECTOR_FIELD": "ateco",
            "EMPLOYEES_FIELD": "addetti",
            "FIRM_FIELD": "firm",
            "SECTOR_LEVEL": 2,  # ATECO division
            "AREAS": _merged(run, comuni, tmp_path),
            "AREAS_ID_FIELD": "name",
            "MAP_SECTOR": "13",
            "QUOTIENTS": str(tmp_path / "quotients.csv"),
            "AREA_INDICES": str(tmp_path / "areas.csv"),
            "SECTOR_INDICES": str(tmp_path / "sectors.csv"),
            "AREAS_OUT": str(tmp_path / "textiles.gpkg"),
        },
        log,
    )
    div = _divisions()
    area_total = defaultdict(float)
    sector_total = defaultdict(float)
    for (comune, division), n in div.items():
        area_total[comune] += n
        sector_total[division] += n
    e = sum(area_total.values())

    quotients = {(r["area"], r["sector"]): r for r in read_csv(out["QUOTIENTS"])}
    assert len(quotients) == len(div)
    for (comune, division), n in div.items():
        row = quotients[comune, division]
        assert int(row["employees"]) == n
        assert float(row["lq"]) == pytest.approx((n / area_total[comune]) / (sector_total[division] / e))
    # The reference is these eleven comuni, where ceramics is the largest sector: Sassuolo's tiles stand out
    # less than against Italy.
    assert float(quotients["Prato", "13"]["lq"]) > 2 and float(quotients["Sassuolo", "23"]["lq"]) > 1
    assert "Integer" in (tmp_path / "quotients.csvt").read_text()  # employees typed as numbers

    areas = {r["area"]: r for r in read_csv(out["AREA_INDICES"])}
    assert set(areas) == set(CONSTRUCTED)
    assert areas["Sassuolo"]["main_sector"] == "23" and areas["Montemurlo"]["main_sector"] == "13"
    assert areas["Maranello"]["main_sector"] == "29"  # one large motor-vehicle plant outweighs the tiles
    # Krugman of Vaiano: shares 13 -> 60/72, 47 -> 12/72 against the reference shares of all divisions.
    expected = sum(
        abs(div.get(("Vaiano", d), 0) / area_total["Vaiano"] - sector_total[d] / e) for d in sector_total
    )
    assert float(areas["Vaiano"]["krugman"]) == pytest.approx(expected)
    assert float(areas["Vaiano"]["hhi"]) == pytest.approx((60 / 72) ** 2 + (12 / 72) ** 2)

    sectors = {r["sector"]: r for r in read_csv(out["SECTOR_INDICES"])}
    # H of ceramics (23): 10 firms of 120, 8 of 150, 4 of 100, 6 of 80 and one of 5, over their total.
    sizes = [120] * 10 + [150] * 8 + [100] * 4 + [80] * 6 + [5]
    assert float(sectors["23"]["eg_h"]) == pytest.approx(sum(s * s for s in sizes) / sum(sizes) ** 2)
    assert float(sectors["23"]["eg_gamma"]) > 0 and float(sectors["13"]["eg_gamma"]) > 0
    assert float(sectors["29"]["eg_h"]) == 1 and sectors["29"]["eg_gamma"] == ""  # one plant: undefined

    layer = QgsVectorLayer(out["AREAS_OUT"], "textiles", "ogr")
    assert layer.isValid() and layer.featureCount() == 7 + 47
    values = {f["name"]: f["lq"] for f in layer.getFeatures()}
    assert values["Prato"] == pytest.approx(float(quotients["Prato", "13"]["lq"]))
    assert values["Sassuolo"] == 0  # in the table, no textile firm
    assert values["Modena"] is None or str(values["Modena"]) == "NULL"  # not in the table: no data
    assert layer.fields().lookupField("prov_name") >= 0  # the polygons keep their attributes
    assert layer.renderer().type() == "RuleRenderer"  # the .qml written beside the GeoPackage

    text = " ".join(log.warnings)
    assert "1 rows (3 employees) have sector codes that are not ATECO 2007 codes (e.g. 'tessile')" in text
    assert "1 rows have no number of employees" in text
    assert "43 of the 54 area polygons have an identifier that is not an area" in text


def test_only_what_is_asked_for(run, employment, tmp_path):
    out = run(
        ALG,
        {
            "EMPLOYMENT": employment,
            "AREA_FIELD": "comune",
            "SECTOR_FIELD": "ateco",
            "EMPLOYEES_FIELD": "addetti",
            "SECTOR_LEVEL": 1,  # ATECO section
            "AREA_INDICES": str(tmp_path / "areas.csv"),
        },
    )
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("areas")) == [
        "areas.csv",
        "areas.csvt",
    ]
    assert out.get("QUOTIENTS") is None and not (tmp_path / "quotients.csv").exists()
    rows = {r["area"]: r for r in read_csv(out["AREA_INDICES"])}
    # Against a reference made of manufacturing districts, Prato is not specialised in manufacturing (C) as a
    # whole (820 of 940 employees, less than the reference's share) but in wholesale trade (G), its largest
    # sector with lq >= 1.
    assert rows["Prato"]["main_sector"] == "G" and int(rows["Prato"]["sectors"]) == 2


def test_totals_of_all_sectors(run, employment, tmp_path):
    """Manufacturing firms only, with all-sector totals per comune (CONSTRUCTED: twice the listed)."""
    div = _divisions()
    listed = defaultdict(float)
    for (comune, _d), n in div.items():
        listed[comune] += n
    totals = _write_csv(
        tmp_path / "totals.csv",
        ["comune", "totale"],
        [(c, int(2 * n)) for c, n in listed.items()] + [("Modena", 100_000)],
        ["String", "Integer"],
    )
    log = Log()
    out = run(
        ALG,
        {
            "EMPLOYMENT": employment,
            "AREA_FIELD": "comune",
            "SECTOR_FIELD": "ateco",
            "EMPLOYEES_FIELD": "addetti",
            "SECTOR_LEVEL": 2,
            "AREA_TOTALS": totals,
            "TOTALS_AREA_FIELD": "comune",
            "TOTALS_FIELD": "totale",
            "QUOTIENTS": str(tmp_path / "q.csv"),
        },
        log,
    )
    e = 2 * sum(listed.values()) + 100_000
    e13 = sum(n for (_c, d), n in div.items() if d == "13")
    row = next(r for r in read_csv(out["QUOTIENTS"]) if (r["area"], r["sector"]) == ("Prato", "13"))
    assert float(row["share_area"]) == pytest.approx(div["Prato", "13"] / (2 * listed["Prato"]))
    assert float(row["lq"]) == pytest.approx((div["Prato", "13"] / (2 * listed["Prato"])) / (e13 / e))
    assert any("1 areas of the area totals table have no row" in w and "'Modena'" in w for w in log.warnings)


def _params(employment, tmp_path, **extra):
    params = {
        "EMPLOYMENT": employment,
        "AREA_FIELD": "comune",
        "SECTOR_FIELD": "ateco",
        "EMPLOYEES_FIELD": "addetti",
        "SECTOR_LEVEL": 2,
        "QUOTIENTS": str(tmp_path / "q.csv"),
    }
    params.update(extra)
    return {k: v for k, v in params.items() if v is not None}


def test_bad_input_gives_clear_errors(run, employment, comuni, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run(ALG, _params(employment, tmp_path, QUOTIENTS=None))
    negative = _write_csv(
        tmp_path / "neg.csv",
        ["comune", "ateco", "addetti"],
        [("Prato", "13", 5), ("Vaiano", "13", -2)],
        ["String", "String", "Integer"],
    )
    with pytest.raises(QgsProcessingException, match=r"1 rows have a negative number .*Vaiano / 13"):
        run(ALG, _params(negative, tmp_path))
    small = _write_csv(
        tmp_path / "small.csv", ["comune", "totale"], [(c, 1) for c in CONSTRUCTED], ["String", "Integer"]
    )
    with pytest.raises(
        QgsProcessingException, match="11 areas have a total smaller than the employment listed"
    ):
        run(
            ALG,
            _params(
                employment, tmp_path, AREA_TOTALS=small, TOTALS_AREA_FIELD="comune", TOTALS_FIELD="totale"
            ),
        )
    missing = _write_csv(
        tmp_path / "missing.csv", ["comune", "totale"], [("Prato", 10**6)], ["String", "Integer"]
    )
    with pytest.raises(
        QgsProcessingException, match="10 of the 11 areas of the employment table have no total"
    ):
        run(
            ALG,
            _params(
                employment, tmp_path, AREA_TOTALS=missing, TOTALS_AREA_FIELD="comune", TOTALS_FIELD="totale"
            ),
        )
    areas = dict(AREAS=comuni[0], AREAS_ID_FIELD="name", AREAS_OUT=str(tmp_path / "map.gpkg"))
    with pytest.raises(QgsProcessingException, match="sector to map '31' is not in the employment table"):
        run(ALG, _params(employment, tmp_path, MAP_SECTOR="31", **areas))
    with pytest.raises(QgsProcessingException, match="Give the sector to map"):
        run(ALG, _params(employment, tmp_path, **areas))
    with pytest.raises(QgsProcessingException, match="needs the area polygons"):
        run(ALG, _params(employment, tmp_path, MAP_SECTOR="13", AREAS_OUT=str(tmp_path / "map.gpkg")))
    assert not (tmp_path / "q.csv").exists() and not (tmp_path / "map.gpkg").exists()


def test_prato_polygons_only_name_the_unmapped_areas(run, employment, comuni, tmp_path):
    log = Log()
    out = run(
        ALG,
        _params(
            employment,
            tmp_path,
            QUOTIENTS=None,
            AREAS=comuni[0],
            AREAS_ID_FIELD="name",
            MAP_SECTOR="C13",
            AREAS_OUT=str(tmp_path / "prato.gpkg"),
        ),
        log,
    )
    layer = QgsVectorLayer(out["AREAS_OUT"], "prato", "ogr")
    values = {f["name"]: f["lq"] for f in layer.getFeatures()}
    assert values["Carmignano"] == 0 and values["Poggio a Caiano"] == 0  # no textile firm (clothing only)
    assert all(values[c] > 1 for c in ("Prato", "Montemurlo", "Vaiano", "Vernio", "Cantagallo"))
    assert any(w.startswith("4 areas of the employment table have no polygon") for w in log.warnings)


def test_chained_in_a_model(run, employment, comuni, tmp_path):
    """Model builder: the comuni merged by a native algorithm feed the map of the ceramics quotient."""
    model = QgsProcessingModelAlgorithm("merge then specialisation", "tests")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("EMPLOYMENT", "employment"),
        QgsProcessingModelParameter("EMPLOYMENT"),
    )
    merge = QgsProcessingModelChildAlgorithm("native:mergevectorlayers")
    merge.setChildId("merge")
    merge.addParameterSources(
        "LAYERS", [QgsProcessingModelChildParameterSource.fromStaticValue(list(comuni))]
    )
    merge.addParameterSources("CRS", [QgsProcessingModelChildParameterSource.fromStaticValue("EPSG:4326")])
    model.addChildAlgorithm(merge)
    spec = QgsProcessingModelChildAlgorithm(ALG)
    spec.setChildId("spec")
    spec.addParameterSources(
        "EMPLOYMENT", [QgsProcessingModelChildParameterSource.fromModelParameter("EMPLOYMENT")]
    )
    for key, value in {
        "AREA_FIELD": "comune",
        "SECTOR_FIELD": "ateco",
        "EMPLOYEES_FIELD": "addetti",
        "SECTOR_LEVEL": 2,
        "AREAS_ID_FIELD": "name",
        "MAP_SECTOR": "23",
    }.items():
        spec.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    spec.addParameterSources(
        "AREAS", [QgsProcessingModelChildParameterSource.fromChildOutput("merge", "OUTPUT")]
    )
    output = QgsProcessingModelOutput("ceramics")
    output.setChildOutputName("AREAS_OUT")
    spec.setModelOutputs({"ceramics": output})
    model.addChildAlgorithm(spec)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {"EMPLOYMENT": employment, "spec:ceramics": str(tmp_path / "ceramics.gpkg")},
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    layer = QgsVectorLayer(results["spec:ceramics"], "ceramics", "ogr")
    values = {f["name"]: f["lq"] for f in layer.getFeatures()}
    div = _divisions()
    area = sum(n for (c, _d), n in div.items() if c == "Fiorano Modenese")
    e23 = sum(n for (_c, d), n in div.items() if d == "23")
    e = sum(div.values())
    assert values["Fiorano Modenese"] == pytest.approx((div["Fiorano Modenese", "23"] / area) / (e23 / e))
    assert values["Prato"] == 0


def test_geojson_boundaries_have_the_names_used(comuni):
    names = set()
    for path in comuni:
        with open(path, encoding="utf-8") as f:
            names |= {feature["properties"]["name"] for feature in json.load(f)["features"]}
    assert set(CONSTRUCTED) <= names
