"""Polygon land-use change: the real Urban Atlas change layer against its own area field and against the
raster route, hand-computed overlays, rings and zones, bad input, and the shapely 1.8 code path."""

import subprocess

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from reindustria_plugin import paths
from reindustria_plugin.analysis.change.raster_change import land_use_change_raster
from reindustria_plugin.analysis.change.vector_change import (
    land_use_change_vector,
    overlay_pieces,
    parse_codes,
)
from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.typology import load_nomenclature, load_typology
from tests.conftest import run_on_system_shapely18

TYPOLOGY = load_typology(paths.PRESETS / "typology_reindustrialisation.csv")
URBAN_ATLAS = load_nomenclature(paths.PRESETS / "nomenclature_urban_atlas.csv")
CHESHIRE = "landuse/urban_atlas_change_2012_2018_cheshire_west.gpkg"
MALTA = "landuse/clc_malta_2006_2012.gpkg"
CLC_CODES = load_nomenclature(paths.PRESETS / "nomenclature_clc_codes.csv")
INDUSTRIAL, PASTURE, HOUSING, CONSTRUCTION = 12100, 23000, 11210, 13300


def pieces_of(rows, crs="EPSG:3035"):
    """(geometry, code before, code after) rows -> the pieces frame the core takes."""
    return gpd.GeoDataFrame(
        {
            "code_before": parse_codes([r[1] for r in rows], "before"),
            "code_after": parse_codes([r[2] for r in rows], "after"),
        },
        geometry=[r[0] for r in rows],
        crs=crs,
    )


def layer(rows, crs="EPSG:3035"):
    return gpd.GeoDataFrame(
        {"code": parse_codes([r[1] for r in rows], "code")}, geometry=[r[0] for r in rows], crs=crs
    )


@pytest.fixture
def cheshire(shared_data):
    frame = gpd.read_file(shared_data / CHESHIRE)
    pieces = gpd.GeoDataFrame(
        {
            "code_before": parse_codes(frame["code_2012"], "code_2012"),
            "code_after": parse_codes(frame["code_2018"], "code_2018"),
        },
        geometry=frame.geometry,
        crs=frame.crs,
    )
    return frame, pieces


def test_cheshire_transitions_equal_the_layers_area_field(cheshire):
    frame, pieces = cheshire
    result = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY)
    # The layer's own 'area' field (m2), summed per transition: the independent reference.
    expected = frame.groupby([frame.code_2012.astype(int), frame.code_2018.astype(int)])["area"].sum() / 1e4
    got = result.transitions.set_index(["from_code", "to_code"])["area_ha"]
    assert set(got.index) == set(expected.index)
    rel = ((got - expected.reindex(got.index)).abs() / expected.reindex(got.index)).max()
    assert rel < 0.001
    assert got.sum() == pytest.approx(1418.57, abs=0.01)
    counts = frame.groupby([frame.code_2012.astype(int), frame.code_2018.astype(int)]).size()
    assert (
        result.transitions.set_index(["from_code", "to_code"])["features"] == counts.reindex(got.index)
    ).all()
    # What the layer shows: land becoming industrial/commercial (12100) between 2012 and 2018, and from what.
    to_ind = result.transitions[result.transitions.to_code == INDUSTRIAL]
    assert to_ind.area_ha.sum() == pytest.approx(expected.xs(INDUSTRIAL, level=1).sum(), rel=1e-6)
    take = result.transitions[result.transitions.change_type == "industrial_land_take"].area_ha.sum()
    farmland = expected.loc[[(21000, INDUSTRIAL), (PASTURE, INDUSTRIAL)]].sum()
    assert take >= farmland
    acc = result.accounting.set_index("category")
    assert acc.loc["industrial", "gross_gain_ha"] == pytest.approx(to_ind.area_ha.sum())
    assert acc.loc["total", "before_ha"] == pytest.approx(expected.sum())


def test_cheshire_raster_route_at_10m_gives_the_same_shares(cheshire, shared_data, tmp_path):
    _frame, pieces = cheshire
    vector = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY)
    src = str(shared_data / CHESHIRE)
    rasters = {}
    for field in ("code_2012", "code_2018"):
        rasters[field] = str(tmp_path / f"{field}.tif")
        # GDAL's own rasteriser (an independent tool), cell centres, on a common 10 m grid.
        subprocess.run(
            [
                "gdal_rasterize",
                "-q",
                "-a",
                field,
                "-tr",
                "10",
                "10",
                "-tap",
                "-ot",
                "UInt16",
                "-a_nodata",
                "0",
            ]
            + ["-init", "0", src, rasters[field]],
            check=True,
        )
    raster = land_use_change_raster(rasters["code_2012"], rasters["code_2018"], URBAN_ATLAS, TYPOLOGY)

    def shares(summary):
        rows = summary[(summary.zone == "all") & (summary.ring == "all")]
        return rows.set_index("change_type")["share_pct"]

    v, r = shares(vector.summary), shares(raster.summary)
    both = v.index.union(r.index)
    diff = (v.reindex(both, fill_value=0) - r.reindex(both, fill_value=0)).abs()
    assert diff.max() < 1.0, diff.to_dict()
    # Transition shares too (percent of the changed area).
    tv = vector.transitions.set_index(["from_code", "to_code"]).area_ha
    tr = raster.transitions.set_index(["from_code", "to_code"]).area_ha
    keys = tv.index.union(tr.index)
    tdiff = (
        100 * (tv.reindex(keys, fill_value=0) / tv.sum() - tr.reindex(keys, fill_value=0) / tr.sum()).abs()
    )
    assert tdiff.max() < 1.0


def test_overlay_of_two_layers_by_hand():
    # BEFORE: industrial 0-100, pasture 100-200 (x), 100 m high. AFTER: housing 0-150, construction 150-250.
    before = layer([(box(0, 0, 100, 100), INDUSTRIAL), (box(100, 0, 200, 100), PASTURE)])
    after = layer([(box(0, 0, 150, 100), HOUSING), (box(150, 0, 250, 100), CONSTRUCTION)])
    pieces, uncovered = overlay_pieces(before, after)
    result = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY)
    got = {(r.from_code, r.to_code): r.area_ha for r in result.transitions.itertuples()}
    assert got == pytest.approx(
        {(INDUSTRIAL, HOUSING): 1.0, (PASTURE, HOUSING): 0.5, (PASTURE, CONSTRUCTION): 0.5}
    )
    types = dict(zip(result.transitions.from_code, result.transitions.change_type))
    assert types[INDUSTRIAL] == "deindustrialisation_residential"
    # 100 x 50 m of AFTER lies outside BEFORE; BEFORE is fully covered.
    assert uncovered == pytest.approx((0.0, 5000.0))
    acc = result.accounting.set_index("category")
    assert acc.loc["industrial", "gross_loss_ha"] == pytest.approx(1.0)
    assert acc.loc["residential", "gross_gain_ha"] == pytest.approx(1.5)
    assert acc.loc["green", "net_change_ha"] == pytest.approx(-1.0)


def test_malta_clc_2006_and_2012_layers_give_the_one_injected_change(shared_data):
    # EEA's QC fixture: CLC 2012 is CLC 2006 with one change injected, and that change is delivered as its own
    # change layer (cha12_MT, with codes and area): the overlay of the two real CLC layers must find it alone.
    before, after = (gpd.read_file(shared_data / MALTA, layer=name) for name in ("clc06_MT", "clc12_MT"))
    change = gpd.read_file(shared_data / MALTA, layer="cha12_MT")
    frames = [
        gpd.GeoDataFrame({"code": parse_codes(f[col], col)}, geometry=f.geometry, crs=f.crs)
        for f, col in ((before, "CODE_06"), (after, "CODE_12"))
    ]
    pieces, uncovered = overlay_pieces(*frames)
    result = land_use_change_vector(pieces, CLC_CODES, TYPOLOGY, rings=[250, 500, 1000])
    t = result.transitions
    changed = t[t.from_code != t.to_code]
    assert list(zip(changed.from_code, changed.to_code)) == [
        (int(change.CODE_06[0]), int(change.CODE_12[0]))  # 323 sclerophyllous vegetation -> 132 dump sites
    ]
    assert changed.area_ha.iloc[0] == pytest.approx(change.AREA_HA[0], rel=0.001)  # 20.6 ha
    assert changed.change_type.iloc[0] == "other_urban_change"
    # Both layers cover the same land (sea included): nothing left out, every hectare accounted for once.
    assert uncovered == pytest.approx((0.0, 0.0), abs=1.0)
    assert t.area_ha.sum() == pytest.approx(before.area.sum() / 1e4, rel=1e-9)
    rings = result.summary[result.summary.ring != "all"]
    assert rings.area_ha.sum() == pytest.approx(before.area.sum() / 1e4, rel=1e-9)
    # The dump site lies more than 1 km from any 2006 industrial/commercial unit (121), so in the last ring.
    industrial = before[before.CODE_06 == "121"].geometry
    assert min(industrial.distance(change.geometry[0])) > 1000
    assert rings.loc[rings.change_type == "other_urban_change", "ring"].tolist() == ["beyond 1000"]


def test_touching_polygons_give_no_slivers():
    before = layer([(box(0, 0, 100, 100), INDUSTRIAL)])
    after = layer([(box(0, 0, 100, 100), INDUSTRIAL), (box(100, 0, 200, 100), HOUSING)])
    pieces, _ = overlay_pieces(before, after)
    assert len(pieces) == 1
    assert pieces.geom_type.isin(["Polygon", "MultiPolygon"]).all()


def test_missing_codes_unknown_codes_and_nodata_class_are_reported():
    rows = [
        (box(0, 0, 100, 100), INDUSTRIAL, HOUSING),
        (box(100, 0, 200, 100), None, HOUSING),  # no code before: excluded
        (box(200, 0, 300, 100), 77777, HOUSING),  # not in the nomenclature: kept as unmapped
        (box(300, 0, 400, 100), PASTURE, 91000),  # Urban Atlas 'no data' class: excluded
    ]
    result = land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY)
    assert result.excluded_ha["nodata_before"] == pytest.approx(1.0)
    assert result.excluded_ha["excluded_class"] == pytest.approx(1.0)
    unmapped = result.transitions[result.transitions.from_code == 77777]
    assert unmapped.change_type.tolist() == ["unmapped"]
    assert unmapped.from_label.tolist() == ["77777 (unmapped)"]
    text = " ".join(str(m) for m in result.messages)
    assert "77777: 1.00" in text and "1.00 ha of polygons were excluded" in text


def test_rings_by_hand():
    # Industrial square 0-100 x 0-100 (persistent). A housing strip from x=150 to 450 beside it (y 0-100):
    # along that side the distance to the square is x - 100, so 150-350 is within 250 m, 350-450 is 250-500.
    rows = [
        (box(0, 0, 100, 100), INDUSTRIAL, INDUSTRIAL),
        (box(150, 0, 450, 100), HOUSING, HOUSING),
        (box(5000, 0, 5100, 100), PASTURE, INDUSTRIAL),  # far away: beyond
    ]
    result = land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, rings=[250, 500])
    s = result.summary[result.summary.zone == "all"].set_index(["ring", "change_type"])["area_ha"]
    assert s[("industrial areas", "industrial_persistence")] == pytest.approx(1.0)
    assert s[("0-250", "no_change")] == pytest.approx(2.0)
    assert s[("250-500", "no_change")] == pytest.approx(1.0)
    assert s[("beyond 500", "industrial_land_take")] == pytest.approx(1.0)
    assert s[("all", "no_change")] == pytest.approx(3.0)
    # The change layer is split at the ring edges and keeps all the area.
    assert result.change.area_ha.sum() == pytest.approx(5.0)
    assert sorted(result.change.ring) == ["0-250", "250-500", "beyond 500", "industrial areas"]
    # ... in the order of the pieces (the industrial one is not intersected, yet keeps its place).
    assert result.change.ring.tolist()[0] == "industrial areas"
    assert result.change.ring.tolist()[-1] == "beyond 500"


def test_rings_around_given_industrial_areas_and_zones():
    rows = [(box(0, 0, 400, 100), HOUSING, HOUSING)]
    industrial = [box(-100, 0, 0, 100)]
    zones = [(box(0, 0, 100, 100), "west"), (box(100, 0, 400, 100), "east")]
    result = land_use_change_vector(
        pieces_of(rows), URBAN_ATLAS, TYPOLOGY, rings=[250], industrial_areas=industrial, zones=zones
    )
    s = result.summary.set_index(["zone", "ring"])["area_ha"]
    assert s[("west", "0-250")] == pytest.approx(1.0)
    assert s[("east", "0-250")] == pytest.approx(1.5)
    assert s[("east", "beyond 250")] == pytest.approx(1.5)
    assert s[("all", "all")] == pytest.approx(4.0)
    assert ("west", "beyond 250") not in s.index
    assert set(result.change.zone) == {"west", "east"}


def test_zones_not_covering_everything():
    rows = [(box(0, 0, 200, 100), HOUSING, INDUSTRIAL)]
    result = land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, zones=[(box(0, 0, 50, 100), "a")])
    s = result.summary.set_index(["zone", "change_type"])["area_ha"]
    assert s[("a", "reindustrialisation")] == pytest.approx(0.5)
    assert s[("all", "reindustrialisation")] == pytest.approx(2.0)
    assert result.change.zone.isna().sum() == 1


PRESETS = [
    ("CORINE Land Cover (grid codes 1-44)", load_nomenclature(paths.PRESETS / "nomenclature_clc_grid.csv")),
    ("CORINE Land Cover (codes 111-523)", CLC_CODES),
    ("Urban Atlas 2012/2018", URBAN_ATLAS),
]


def test_wrong_nomenclature_stops_and_names_the_preset_the_codes_fit(cheshire):
    # The Urban Atlas change layer read with the CORINE 111-523 preset: no code fits, the run stops.
    frame, pieces = cheshire
    # Independent of the core: every code of the layer is an Urban Atlas code, none a CORINE one.
    codes = set(frame["code_2012"].astype(int)) | set(frame["code_2018"].astype(int))
    assert codes <= set(URBAN_ATLAS.codes.tolist()) and not codes & set(CLC_CODES.codes.tolist())
    with pytest.raises(InputError) as err:
        land_use_change_vector(pieces, CLC_CODES, TYPOLOGY, presets=PRESETS)
    text = str(err.value)
    assert text.startswith("BEFORE: 100 % of the land use has codes that are not in the chosen nomenclature")
    assert "look like the preset 'Urban Atlas 2012/2018', which lists 100 % of them" in text


def test_most_area_unmapped_stops_but_half_is_a_warning():
    # AFTER: 3 ha of 4 with a code no preset knows; then exactly half (2 of 4 ha), which is kept.
    rows = [(box(0, 0, 100, 100), INDUSTRIAL, INDUSTRIAL), (box(100, 0, 400, 100), PASTURE, 77777)]
    with pytest.raises(InputError, match="AFTER: 75 % of the land use .* No preset lists them"):
        land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, presets=PRESETS)
    rows = [(box(0, 0, 200, 100), INDUSTRIAL, INDUSTRIAL), (box(200, 0, 400, 100), PASTURE, 77777)]
    result = land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, presets=PRESETS)
    assert result.transitions.area_ha.sum() == pytest.approx(4.0)


def test_zones_off_the_data_are_named_and_no_zone_on_it_is_an_error(cheshire):
    frame, pieces = cheshire
    xmin, ymin, xmax, ymax = frame.total_bounds
    west = (box(xmin, ymin, (xmin + xmax) / 2, ymax), "west")
    far = (box(0, 0, 1000, 1000), "far away")
    beside = (box(xmax + 10, ymin, xmax + 1000, ymax), "beside")
    result = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY, zones=[west, far, beside])
    assert set(result.summary.zone) == {"west", "all"}
    assert (
        "Zones that do not overlap the land-use data (2 of 3) have no rows in the summary: far away, beside"
        in [str(m) for m in result.messages]
    )
    with pytest.raises(InputError, match=r"No zone overlaps the land-use data \(2 given\)"):
        land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY, zones=[far, beside])


def test_invalid_polygons_are_repaired():
    bowtie = gpd.GeoSeries.from_wkt(["POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))"]).iloc[0]
    result = land_use_change_vector(pieces_of([(bowtie, PASTURE, INDUSTRIAL)]), URBAN_ATLAS, TYPOLOGY)
    assert result.transitions.area_ha.sum() == pytest.approx(0.5)
    assert "repaired" in " ".join(str(m) for m in result.messages)


def test_bad_input():
    rows = [(box(0, 0, 1, 1), INDUSTRIAL, HOUSING)]
    with pytest.raises(InputError, match="geographic coordinates"):
        land_use_change_vector(pieces_of(rows, crs="EPSG:4326"), URBAN_ATLAS, TYPOLOGY)
    with pytest.raises(InputError, match="no coordinate reference system"):
        land_use_change_vector(pieces_of(rows, crs=None), URBAN_ATLAS, TYPOLOGY)
    with pytest.raises(InputError, match="not whole-number land-use codes"):
        parse_codes(["12100", "Industrial units"], "class_2012")
    with pytest.raises(InputError, match="No polygon has a land-use code at both dates"):
        land_use_change_vector(pieces_of([(box(0, 0, 1, 1), None, HOUSING)]), URBAN_ATLAS, TYPOLOGY)
    with pytest.raises(InputError, match="positive and increasing"):
        land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, rings=[500, 250])
    assert parse_codes(["12100", " 23000 ", "", None, 11100.0], "x").tolist() == [
        12100,
        23000,
        pd.NA,
        pd.NA,
        11100,
    ]


def test_cancel():
    rows = [(box(0, 0, 1, 1), INDUSTRIAL, HOUSING)]
    with pytest.raises(Canceled):
        land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, is_canceled=lambda: True)


SHAPELY18 = """
import json, sys
import geopandas as gpd, shapely
from shapely.geometry import box
from reindustria_plugin import paths
from reindustria_plugin.analysis.typology import load_nomenclature, load_typology
from reindustria_plugin.analysis.change.vector_change import land_use_change_vector, parse_codes
assert shapely.__version__.startswith("1."), shapely.__version__
frame = gpd.read_file(sys.argv[1])
pieces = gpd.GeoDataFrame({"code_before": parse_codes(frame["code_2012"], "a"),
                           "code_after": parse_codes(frame["code_2018"], "b")}, geometry=frame.geometry, crs=frame.crs)
x0, y0, x1, y1 = frame.total_bounds
zones = [(box(x0, y0, (x0 + x1) / 2, y1), "west"), (box((x0 + x1) / 2, y0, x1, y1), "east")]
r = land_use_change_vector(pieces, load_nomenclature(paths.PRESETS / "nomenclature_urban_atlas.csv"),
                           load_typology(paths.PRESETS / "typology_reindustrialisation.csv"), rings=[250, 500],
                           zones=zones)
print(json.dumps({f"{z}|{g}|{t}": a for z, g, t, a in zip(r.summary.zone, r.summary.ring, r.summary.change_type,
                                                          r.summary.area_ha)}))
"""


def test_shapely_1_8_code_path_of_debian_12_qgis(cheshire, shared_data):
    """Debian 12's QGIS runs the plugin on shapely 1.8 / geopandas 0.12, where multi-part geometries are
    sequences: the real Cheshire West layer, with rings and zones, gives the same summary there."""
    old = run_on_system_shapely18(SHAPELY18, str(shared_data / CHESHIRE))
    frame, pieces = cheshire
    x0, y0, x1, y1 = frame.total_bounds
    zones = [(box(x0, y0, (x0 + x1) / 2, y1), "west"), (box((x0 + x1) / 2, y0, x1, y1), "east")]
    r = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY, rings=[250, 500], zones=zones)
    new = {
        f"{z}|{g}|{t}": a
        for z, g, t, a in zip(r.summary.zone, r.summary.ring, r.summary.change_type, r.summary.area_ha)
    }
    assert old.keys() == new.keys()
    assert all(abs(old[k] - new[k]) <= 1e-6 * max(1.0, new[k]) for k in new), {
        k: (old[k], new[k]) for k in new if abs(old[k] - new[k]) > 1e-6
    }


def test_large_zone_polygons_are_subdivided_and_pieces_rejoined():
    from shapely.geometry import Point

    # A zone of 1,024 vertices is cut into parts for speed; the piece inside it must come back whole.
    zone = Point(0, 0).buffer(1000, 256)
    rows = [(box(-500, -500, 500, 500), HOUSING, INDUSTRIAL), (box(-2000, -100, 2000, 100), PASTURE, HOUSING)]
    result = land_use_change_vector(pieces_of(rows), URBAN_ATLAS, TYPOLOGY, zones=[(zone, "disc")])
    inside = result.change[(result.change.zone == "disc") & (result.change.from_code == HOUSING)]
    assert len(inside) == 1 and inside.geometry.iloc[0].equals(box(-500, -500, 500, 500))
    strip = result.change[result.change.from_code == PASTURE]
    assert sorted(strip.zone.fillna("-")) == ["-", "disc"]
    assert strip[strip.zone == "disc"].area_ha.sum() == pytest.approx(
        box(-2000, -100, 2000, 100).intersection(zone).area / 1e4
    )
    assert result.change.area_ha.sum() == pytest.approx(100 + 80)


def test_overlay_repairs_invalid_polygons_first():
    bowtie = gpd.GeoSeries.from_wkt(["POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))"]).iloc[0]
    before = layer([(bowtie, PASTURE)])
    after = layer([(box(0, 0, 100, 100), INDUSTRIAL)])
    pieces, uncovered = overlay_pieces(before, after)
    result = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY)
    assert result.transitions.area_ha.sum() == pytest.approx(0.5)
    assert uncovered[1] == pytest.approx(5000.0)


def test_summary_zone_area_and_share_of_the_zone_industrial_stock():
    # Hand-computed: zone A (x 0-200) holds 2 ha of industry, 1 ha kept and 1 ha become housing, and 1 ha of
    # farmland; zone B (x 200-400) 1 ha of industry kept and 1 ha of farmland become industry (land take).
    pieces = gpd.GeoDataFrame(
        {
            "code_before": [12100, 12100, 21000, 12100, 21000],
            "code_after": [12100, 11210, 21000, 12100, 12100],
        },
        geometry=[
            box(0, 0, 100, 100),
            box(100, 0, 200, 100),
            box(0, 100, 100, 200),
            box(200, 0, 300, 100),
            box(300, 0, 400, 100),
        ],
        crs="EPSG:3035",
    )
    zones = [(box(0, 0, 200, 200), "A"), (box(200, 0, 400, 200), "B")]
    summary = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY, zones=zones).summary
    rows = summary.set_index(["zone", "change_type"])
    assert rows.loc["A", "zone_area_ha"].tolist() == [3.0, 3.0, 3.0]
    assert rows.loc["B", "zone_area_ha"].tolist() == [2.0, 2.0]
    assert rows.loc["all", "zone_area_ha"].unique().tolist() == [5.0]
    share = rows["share_of_zone_industrial_pct"]
    assert share[("A", "industrial_persistence")] == pytest.approx(50.0)
    assert share[("A", "deindustrialisation_residential")] == pytest.approx(50.0)
    assert share[("B", "industrial_persistence")] == pytest.approx(100.0)
    assert pd.isna(share[("B", "industrial_land_take")]) and pd.isna(share[("A", "no_change")])
    assert share[("all", "industrial_persistence")] == pytest.approx(200.0 / 3.0)


def test_zone_shares_come_from_exact_areas():
    # 1/3 of a zone's industry kept: the two shares of the same ratio are equal to the last digit.
    pieces = gpd.GeoDataFrame(
        {"code_before": [12100, 12100], "code_after": [12100, 11210]},
        geometry=[box(0, 0, 100, 100 / 3), box(0, 100 / 3, 100, 100)],
        crs="EPSG:3035",
    )
    summary = land_use_change_vector(pieces, URBAN_ATLAS, TYPOLOGY).summary
    kept = summary[summary.change_type == "industrial_persistence"].iloc[0]
    assert kept.share_of_zone_industrial_pct == kept.share_pct == pytest.approx(100 / 3)


def test_overlapping_polygons_of_one_layer_are_warned():
    """A BEFORE layer whose polygons overlap (a 50 x 100 m retail park mapped inside a 100 x 100 m industrial
    estate) counts the overlap twice: the run warns with the overlap's area (0.5 ha); touching polygons do not
    warn."""
    before = layer([(box(0, 0, 100, 100), INDUSTRIAL), (box(0, 0, 50, 100), HOUSING)])
    after = layer([(box(0, 0, 100, 100), HOUSING)])
    result = land_use_change_vector(overlay_pieces(before, after)[0], URBAN_ATLAS, TYPOLOGY)
    texts = [str(m) for m in result.messages]
    assert any("BEFORE" in t and "0.50 ha" in t and "counted twice" in t for t in texts), texts
    assert not any("AFTER" in t and "counted twice" in t for t in texts), texts
    touching = layer([(box(0, 0, 100, 100), INDUSTRIAL), (box(100, 0, 200, 100), HOUSING)])
    result = land_use_change_vector(overlay_pieces(touching, touching)[0], URBAN_ATLAS, TYPOLOGY)
    assert not any("counted twice" in str(m) for m in result.messages)
