"""Live-work mix core: floor areas, GSI/FSI, MXI, entropy, dissimilarity and Gi* against hand computations; unit
classes, microspace merging and stable ids; bad and odd geometries; the shapely 1.8 code path."""

import json
import math

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box

from reindustria_plugin import paths
from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.livework.indices import getis_ord_gi_star
from reindustria_plugin.analysis.livework.microspaces import MixParameters, live_work_mix
from reindustria_plugin.analysis.livework.units import hexagon_grid, hexagon_side, square_grid
from reindustria_plugin.analysis.osm.tags import load_tag_mapping
from tests.conftest import run_on_system_shapely18

MAPPING = load_tag_mapping(paths.PRESETS / "osm_production_tags.csv")
CRS = "EPSG:3003"  # Monte Mario / Italy zone 1, metres


def frame(rows, columns=("use", "levels"), crs=CRS):
    """A GeoDataFrame from (geometry, value, ...) rows."""
    data = {c: [r[i + 1] for r in rows] for i, c in enumerate(columns)}
    return gpd.GeoDataFrame(data, geometry=[r[0] for r in rows], crs=crs)


def unit(result, key):
    return result.units.set_index("unit_id").loc[key]


def two_cells():
    """Cell E0N0 (0-100 m): 20x20 m apartments of 3 levels (1,200 m² housing), a 10x10 m workshop without
    levels (100 m² craft); a 20x10 m industrial building of 2 levels straddles x = 100 (100 m² footprint on
    each side: 200 m² of floor each). Cell E1N0: the other half and a building=yes of 100 m²."""
    return frame(
        [
            (box(10, 10, 30, 30), "apartments", 3),
            (box(50, 50, 60, 60), "workshop", None),
            (box(90, 10, 110, 20), "industrial", "2"),
            (box(150, 50, 160, 60), "yes", ""),
        ]
    )


def test_floor_areas_gsi_fsi_and_split_buildings_by_hand():
    r = live_work_mix(two_cells(), MAPPING, cell_size=100)
    a, b = unit(r, "E0N0"), unit(r, "E1N0")
    assert a.floor_res_m2 == pytest.approx(1200)
    assert a.floor_prod_m2 == pytest.approx(100 + 200)
    assert a.floor_unknown_m2 == 0 and b.floor_unknown_m2 == pytest.approx(100)
    assert b.floor_prod_m2 == pytest.approx(200)
    assert a.footprint_m2 == pytest.approx(400 + 100 + 100)
    assert a.gsi == pytest.approx(600 / 10_000) and a.fsi == pytest.approx(1500 / 10_000)
    assert b.gsi == pytest.approx(200 / 10_000) and b.fsi == pytest.approx(300 / 10_000)
    assert a.buildings == 3 and b.buildings == 2  # the straddling building counts in both
    # The workshop took the default level: 100 of 1,500 m².
    assert a.levels_assumed_pct == pytest.approx(100 * 100 / 1500)
    assert r.summary.buildings_levels_assumed[0] == 2


def test_mxi_and_normalised_entropy_by_hand():
    r = live_work_mix(two_cells(), MAPPING, cell_size=100)
    a, b = unit(r, "E0N0"), unit(r, "E1N0")
    assert a.mxi == pytest.approx(1200 / 1500 * 100)
    p = np.array([0.8, 0.2])
    assert a.mix_entropy == pytest.approx(-(p * np.log(p)).sum() / math.log(3))
    assert b.mxi == 0 and b.mix_entropy == 0  # unknown-use floor is not part of the mix
    # Equal thirds give 1.
    r = live_work_mix(
        frame(
            [
                (box(0, 0, 10, 10), "house", 1),
                (box(20, 0, 30, 10), "craft", 1),
                (box(40, 0, 50, 10), "office", 1),
            ]
        ),
        MAPPING,
        cell_size=100,
    )
    assert unit(r, "E0N0").mix_entropy == pytest.approx(1.0)


def test_mixed_class_by_floor_and_by_activities():
    r = live_work_mix(two_cells(), MAPPING, cell_size=100)
    # MXI 80 (in the 20-80 band) with 20 % productive floor: mixed. E1N0 has only productive floor.
    assert unit(r, "E0N0")["class"] == "mixed" and unit(r, "E1N0")["class"] == "productive"
    # Housing only, with two craft points inside: mixed by activities; one point is not enough.
    homes = frame([(box(10, 10, 90, 90), "apartments", 4)])
    crafts = frame([(Point(20, 20), "shoemaker"), (Point(30, 30), "carpenter")], columns=("activity",))
    r = live_work_mix(homes, MAPPING, activities=crafts, activity_key="craft", cell_size=100)
    assert unit(r, "E0N0")["class"] == "mixed" and unit(r, "E0N0").act_craft == 2
    r = live_work_mix(homes, MAPPING, activities=crafts.iloc[:1], activity_key="craft", cell_size=100)
    assert unit(r, "E0N0")["class"] == "residential"
    # Offices and shops beside housing make mixed use, not live-work.
    r = live_work_mix(
        frame([(box(0, 0, 10, 10), "apartments", 1), (box(20, 0, 30, 10), "office", 1)]),
        MAPPING,
        cell_size=100,
    )
    assert unit(r, "E0N0")["class"] == "residential"  # tie between housing and office: the first wins
    assert unit(r, "E0N0").mxi == 50


def test_activity_values_keys_tag_objects_and_ateco():
    homes = frame([(box(0, 0, 300, 100), "apartments", 1)])
    acts = frame(
        [
            (Point(10, 10), "13.20"),  # ATECO textiles
            (Point(20, 20), {"craft": "tailor", "name": "x"}),  # an Overpass tag object
            (Point(30, 30), '{"office": "coworking"}'),  # the same as JSON text
            (Point(150, 10), "office"),
            (Point(250, 10), "bench"),  # not an activity
            (box(240, 40, 260, 60), "retail"),  # a polygon counts at a point inside it
        ],
        columns=("activity",),
    )
    r = live_work_mix(homes, MAPPING, activities=acts, cell_size=100)
    a, b, c = unit(r, "E0N0"), unit(r, "E1N0"), unit(r, "E2N0")
    assert (a.act_industrial, a.act_craft, a.act_coworking, a.act_productive) == (1, 1, 1, 3)
    assert b.act_office == 1 and c.act_services == 1 and c.activities == 1
    assert any("bench" in str(m) for m in r.messages)


def test_dissimilarity_against_neighbours_by_hand():
    # Three cells in a row: housing, workshop, housing (dominant uses R, P, R); a fourth, empty, above the first.
    r = live_work_mix(
        frame(
            [
                (box(10, 10, 20, 20), "house", 1),
                (box(110, 10, 120, 20), "workshop", 1),
                (box(210, 10, 220, 20), "house", 1),
                (box(10, 110, 20, 120), "yes", 1),  # unknown use: no dominant use, not counted
            ]
        ),
        MAPPING,
        cell_size=100,
    )
    assert unit(r, "E0N0").dissimilarity == 1.0  # its one neighbour with a use (E1N0) differs
    assert unit(r, "E1N0").dissimilarity == 1.0
    assert unit(r, "E2N0").dissimilarity == 1.0
    assert np.isnan(unit(r, "E0N1").dissimilarity)
    # A housing cell among two housing cells and one workshop cell: 1/3.
    r = live_work_mix(
        frame(
            [(box(10 + 100 * i, 10, 20 + 100 * i, 20), u, 1) for i, u in enumerate(["house"] * 3 + ["craft"])]
        ),
        MAPPING,
        cell_size=100,
    )
    assert unit(r, "E1N0").dissimilarity == 0.0 and unit(r, "E2N0").dissimilarity == pytest.approx(1 / 2)


def _gi_star_by_formula(x, neighbours):
    """Ord & Getis (1995) Gi* written out term by term, binary weights including i itself."""
    n = len(x)
    mean = sum(x) / n
    s = math.sqrt(sum(v * v for v in x) / n - mean * mean)
    out = []
    for i in range(n):
        js = [i] + neighbours[i]
        w = len(js)
        num = sum(x[j] for j in js) - mean * w
        den = s * math.sqrt((n * w - w * w) / (n - 1))
        out.append(num / den)
    return out


def test_gi_star_against_the_formula_written_out():
    x = [0.9, 0.8, 0.85, 0.1, 0.0, 0.2, 0.05, 0.7]
    neighbours = {0: [1], 1: [0, 2], 2: [1, 3], 3: [2, 4], 4: [3, 5], 5: [4, 6], 6: [5, 7], 7: [6]}
    left = np.array([i for i in neighbours for _ in neighbours[i]])
    right = np.array([j for i in neighbours for j in neighbours[i]])
    z, p = getis_ord_gi_star(np.array(x), left, right, np.ones(len(x), dtype=bool))
    expected = _gi_star_by_formula(x, neighbours)
    assert z == pytest.approx(expected)
    assert p == pytest.approx([0.5 * math.erfc(abs(v) / math.sqrt(2)) for v in expected])
    # Units outside the sample get NaN and are nobody's neighbour.
    sample = np.ones(len(x), dtype=bool)
    sample[7] = False
    z2, _ = getis_ord_gi_star(np.array(x), left, right, sample)
    sub = {i: [j for j in neighbours[i] if j != 7] for i in range(7)}
    assert np.isnan(z2[7]) and z2[:7] == pytest.approx(_gi_star_by_formula(x[:7], sub))


def test_gi_star_filter_keeps_only_hot_spots():
    # A 6x6 block of mixed cells in the corner of a 12x12 grid of housing: the block is a hot spot of mix.
    rows = []
    for i in range(12):
        for j in range(12):
            x, y = 100 * i + 10, 100 * j + 10
            rows.append((box(x, y, x + 40, y + 40), "apartments", 2))
            if i < 6 and j < 6:
                rows.append((box(x + 50, y + 50, x + 70, y + 70), "workshop", 2))
    b = frame(rows)
    plain = live_work_mix(b, MAPPING, cell_size=100)
    tested = live_work_mix(b, MAPPING, cell_size=100, params=MixParameters(significance=0.05))
    assert (plain.units["class"] == "mixed").sum() == 36
    kept = tested.units[tested.units["class"] == "mixed"]
    assert 0 < len(kept) <= 36 and (kept.gi_z > 1.6448).all() and (kept.gi_p < 0.05).all()
    assert "gi_z" not in plain.units


def test_microspaces_merge_neighbours_with_stable_ids():
    # Two mixed areas: cells E0N0+E1N1 (diagonal neighbours) and E5N0; housing elsewhere.
    def mixed_cell(i, j):
        x, y = 100 * i, 100 * j
        return [
            (box(x + 10, y + 10, x + 50, y + 50), "apartments", 2),
            (box(x + 60, y + 60, x + 80, y + 80), "craft", 2),
        ]

    rows = mixed_cell(0, 0) + mixed_cell(1, 1) + mixed_cell(5, 0) + [(box(310, 10, 350, 50), "house", 2)]
    r = live_work_mix(frame(rows), MAPPING, cell_size=100)
    spaces = r.microspaces.set_index("microspace_id")
    assert list(spaces.index) == ["MS-E0N0", "MS-E5N0"]
    assert spaces.loc["MS-E0N0"].units == 2 and spaces.loc["MS-E0N0"].buildings == 4
    assert spaces.loc["MS-E0N0"].area_ha == pytest.approx(2.0)
    assert spaces.loc["MS-E0N0"].floor_res_m2 == pytest.approx(2 * 1600 * 2)
    assert unit(r, "E1N1").microspace_id == "MS-E0N0" and unit(r, "E3N0").microspace_id is None
    # A repeated run on more data (an extra building far away shifts the extent) keeps the ids.
    more = live_work_mix(frame(rows + [(box(-990, -990, -980, -980), "house", 1)]), MAPPING, cell_size=100)
    assert list(more.microspaces.microspace_id) == ["MS-E0N0", "MS-E5N0"]
    assert r.summary.microspaces[0] == 2 and r.summary.units_mixed[0] == 3


def test_user_units_blocks_across_a_street_and_units_without_buildings():
    blocks = gpd.GeoDataFrame(
        {"unit_id": ["A", "B", "C"]},
        geometry=[box(0, 0, 90, 90), box(100, 0, 190, 90), box(500, 0, 590, 90)],
        crs=CRS,
    )
    rows = [
        (box(10, 10, 50, 50), "apartments", 2),
        (box(50, 50, 80, 80), "craft", 2),
        (box(110, 10, 150, 50), "apartments", 2),
        (box(150, 50, 180, 80), "craft", 2),
        (box(80, 40, 120, 50), "house", 1),  # straddles the street: 100 m² in A, 100 in B, 200 in the street
    ]
    apart = live_work_mix(frame(rows), MAPPING, units=blocks)
    assert len(apart.microspaces) == 2  # the street separates A and B
    assert unit(apart, "C")["class"] == "empty" and unit(apart, "C").buildings == 0
    assert unit(apart, "A").floor_res_m2 == pytest.approx(1600 * 2 + 100)
    assert any("outside every unit" in str(m) for m in apart.messages)
    across = live_work_mix(frame(rows), MAPPING, units=blocks, params=MixParameters(neighbour_distance=20))
    assert list(across.microspaces.microspace_id) == ["MS-A"] and across.microspaces.units[0] == 2


def test_hexagon_grid_cells_have_the_square_area_and_six_neighbours():
    geoms, keys, (rows, cols) = hexagon_grid((0, 0, 1000, 1000), 100)
    assert np.allclose([g.area for g in geoms], 100 * 100)
    assert len(set(keys)) == len(keys)
    # Hexagons tile: no gaps inside the bounds (up to rounding), no overlaps.
    from shapely.ops import unary_union

    union = unary_union(list(geoms))
    assert box(0, 0, 1000, 1000).difference(union).area < 1e-6
    assert union.area == pytest.approx(sum(g.area for g in geoms))
    r = live_work_mix(frame([(box(400, 400, 420, 420), "house", 1)]), MAPPING, cell_size=100, hexagonal=True)
    assert r.units.area_m2.round(6).eq(10_000).all()
    assert hexagon_side(100) == pytest.approx(math.sqrt(2 * 100**2 / (3 * math.sqrt(3))))
    squares, square_keys, _ = square_grid((0, 0, 200, 100), 100)
    assert list(square_keys) == ["E0N0", "E1N0"]


def test_odd_geometries_are_handled():
    bowtie = Polygon([(0, 0), (20, 20), (20, 0), (0, 20)])  # invalid: repaired into two triangles of 100 m²
    multi = MultiPolygon([box(30, 0, 40, 10), box(50, 0, 60, 10)])
    z3 = Polygon([(70, 0, 5), (80, 0, 5), (80, 10, 5), (70, 10, 5)])
    rows = [
        (bowtie, "house", 1),
        (multi, "craft", 1),
        (z3, "house", 1),
        (Polygon(), "house", 1),
        (None, "house", 1),
    ]
    r = live_work_mix(frame(rows), MAPPING, cell_size=100)
    a = unit(r, "E0N0")
    assert a.floor_res_m2 == pytest.approx(200 + 100) and a.floor_prod_m2 == pytest.approx(200)
    assert r.summary.buildings[0] == 3


def test_buildings_without_use_and_geographic_crs():
    # Two small buildings in Prato, in degrees.
    b = frame(
        [
            (box(11.1, 43.88, 11.1002, 43.8802), None, 1),
            (box(11.1004, 43.88, 11.1005, 43.8801), "palazzo", 1),
        ],
        crs=4326,
    )
    r = live_work_mix(b, MAPPING, cell_size=100)
    assert r.crs.to_epsg() == 32632  # Italy, UTM 32N
    assert r.summary.buildings_unknown_use[0] == 2
    assert r.units["class"].isin(["unknown", "empty"]).all()
    text = " ".join(str(m) for m in r.messages)
    assert "reprojected" in text and "palazzo" in text


def test_residents_points_and_polygons():
    b = frame([(box(10, 10, 20, 20), "house", 1)])
    points = frame([(Point(5, 5), 10), (Point(150, 5), 4)], columns=("population",))
    r = live_work_mix(b, MAPPING, residents=points, cell_size=100)
    assert unit(r, "E0N0").residents == 10  # the grid covers buildings and activities only
    sections = frame([(box(0, 0, 200, 100), 100)], columns=("population",))
    r = live_work_mix(
        frame([(box(10, 10, 20, 20), "house", 1), (box(150, 10, 160, 20), "house", 1)]),
        MAPPING,
        residents=sections,
        cell_size=100,
    )
    assert unit(r, "E0N0").residents == pytest.approx(50) and unit(r, "E1N0").residents == pytest.approx(50)


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"cell_size": 0}, "cell size"),
        ({"cell_size": 100, "params": MixParameters(mxi_min=80, mxi_max=20)}, "MXI band"),
        ({"cell_size": 100, "params": MixParameters(default_levels=0)}, "levels"),
        ({"cell_size": 0.001}, "larger cell size"),
    ],
)
def test_bad_input_says_what_to_change(kwargs, words):
    with pytest.raises(InputError, match=words):
        live_work_mix(two_cells(), MAPPING, **kwargs)


def test_no_crs_and_no_buildings():
    with pytest.raises(InputError, match="coordinate reference system"):
        live_work_mix(frame([(box(0, 0, 1, 1), "house", 1)], crs=None), MAPPING, cell_size=100)
    with pytest.raises(InputError, match="points or lines"):
        live_work_mix(frame([(Point(0, 0), "house", 1)]), MAPPING, cell_size=100)
    with pytest.raises(InputError, match="no polygons"):
        live_work_mix(frame([(Polygon(), "house", 1)]), MAPPING, cell_size=100)


def test_cancel():
    with pytest.raises(Canceled):
        live_work_mix(two_cells(), MAPPING, cell_size=100, is_canceled=lambda: True)


SHAPELY18 = """
import json, sys
import geopandas as gpd, shapely
from shapely.geometry import box, Point
from reindustria_plugin import paths
from reindustria_plugin.analysis.osm.tags import load_tag_mapping
from reindustria_plugin.analysis.livework.microspaces import live_work_mix, MixParameters
assert shapely.__version__.startswith("1."), shapely.__version__
rows = json.loads(sys.argv[1])
b = gpd.GeoDataFrame({"use": [r[4] for r in rows], "levels": [r[5] for r in rows]},
                     geometry=[box(*r[:4]) for r in rows], crs="EPSG:3003")
blocks = gpd.GeoDataFrame({"unit_id": ["A", "B"]}, geometry=[box(0, 0, 190, 190), box(200, 0, 390, 190)],
                          crs="EPSG:3003")
out = {}
for name, kw in (("grid", {"cell_size": 100}), ("hex", {"cell_size": 100, "hexagonal": True}),
                 ("blocks", {"units": blocks, "params": MixParameters(neighbour_distance=20)})):
    r = live_work_mix(b, load_tag_mapping(paths.PRESETS / "osm_production_tags.csv"), **kw)
    out[name] = {k: [u["class"], round(u["floor_m2"], 6), u["microspace_id"]]
                 for k, u in r.units.set_index("unit_id").iterrows()}
print(json.dumps(out))
"""


def test_shapely_1_8_code_path_of_debian_12_qgis():
    """Debian 12's QGIS runs the plugin on shapely 1.8 / geopandas 0.12: the same units, floors and
    microspaces there as here."""
    rng = np.random.default_rng(3)
    uses = ["apartments", "craft", "office", "yes", "industrial"]
    rows = []
    for _ in range(60):
        x, y = rng.uniform(0, 380, 2)
        rows.append(
            [
                x,
                y,
                x + rng.uniform(5, 30),
                y + rng.uniform(5, 30),
                uses[rng.integers(5)],
                int(rng.integers(1, 5)),
            ]
        )
    old = run_on_system_shapely18(SHAPELY18, json.dumps(rows))
    b = gpd.GeoDataFrame(
        {"use": [r[4] for r in rows], "levels": [r[5] for r in rows]},
        geometry=[box(*r[:4]) for r in rows],
        crs=CRS,
    )
    blocks = gpd.GeoDataFrame(
        {"unit_id": ["A", "B"]}, geometry=[box(0, 0, 190, 190), box(200, 0, 390, 190)], crs=CRS
    )
    for name, kw in (
        ("grid", {"cell_size": 100}),
        ("hex", {"cell_size": 100, "hexagonal": True}),
        ("blocks", {"units": blocks, "params": MixParameters(neighbour_distance=20)}),
    ):
        r = live_work_mix(b, MAPPING, **kw)
        new = {
            k: [u["class"], round(u["floor_m2"], 6), u["microspace_id"]]
            for k, u in r.units.set_index("unit_id").iterrows()
        }
        assert old[name].keys() == new.keys()
        for k in new:
            assert old[name][k][0] == new[k][0] and old[name][k][2] == new[k][2], (name, k)
            assert old[name][k][1] == pytest.approx(new[k][1], rel=1e-9, abs=1e-6), (name, k)


def test_square_grid_fast_split_equals_intersections():
    """The index-free split of square cells (shift and clip) gives the areas of plain polygon intersections,
    also for L-shapes, multipolygons, holes and polygons whose bounds reach cells they do not touch."""
    from reindustria_plugin.analysis.livework.units import (
        split_by_square_grid,
        split_by_units,
        square_grid_frame,
    )

    rng = np.random.default_rng(7)
    geoms = []
    for _ in range(300):
        x, y = rng.uniform(-150, 450, 2)
        w, h = rng.uniform(3, 140, 2)
        kind = rng.integers(3)
        if kind == 0:  # an L whose bounding box reaches a cell the L does not touch
            geoms.append(
                Polygon([(x, y), (x + w, y), (x + w, y + 5), (x + 5, y + 5), (x + 5, y + h), (x, y + h)])
            )
        elif kind == 1:
            geoms.append(
                MultiPolygon([box(x, y, x + w / 3, y + h / 3), box(x + w / 2, y + h / 2, x + w, y + h)])
            )
        else:
            geoms.append(box(x, y, x + w, y + h).difference(box(x + w / 4, y + h / 4, x + w / 2, y + h / 2)))
    geoms.append(box(100, 100, 200, 200))  # exactly one cell, edges on the grid lines
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    xs = [g.bounds for g in geoms]
    bounds = (min(b[0] for b in xs), min(b[1] for b in xs), max(b[2] for b in xs), max(b[3] for b in xs))
    cells, _keys, _ = square_grid(bounds, 100)
    fast = split_by_square_grid(arr, *square_grid_frame(bounds, 100), 100)
    slow = split_by_units(arr, cells, False)
    as_dict = lambda t: {(int(p), int(u)): a for p, u, a in zip(*t)}  # noqa: E731
    f, s = as_dict(fast), as_dict(slow)
    assert f.keys() == {k for k, a in s.items() if a > 1e-9}
    assert all(f[k] == pytest.approx(s[k], rel=1e-9, abs=1e-9) for k in f)


def test_a_dominant_use_needs_half_the_floor_known():
    # Cell E0N0: 100 m² of offices beside 300 m² of building=yes: unknown. Cell E1N0: the reverse: other.
    rows = [
        (box(10, 10, 20, 20), "office", 1),
        (box(30, 30, 40, 60), "yes", 1),
        (box(110, 10, 120, 40), "office", 1),
        (box(130, 30, 140, 40), "yes", 1),
    ]
    r = live_work_mix(frame(rows), MAPPING, cell_size=100)
    assert unit(r, "E0N0")["class"] == "unknown" and unit(r, "E1N0")["class"] == "other"


def test_grid_neighbours_count_eight_squares_and_six_hexagons():
    from reindustria_plugin.analysis.livework.units import grid_neighbours

    for make, hexagonal, inner in ((square_grid, False, 8), (hexagon_grid, True, 6)):
        geoms, _keys, (rows, cols) = make((0, 0, 1000, 1000), 100)
        left, right = grid_neighbours(rows, cols, hexagonal)
        counts = np.bincount(left, minlength=len(geoms))
        assert counts.max() == inner
        # Neighbours by index are neighbours in space: they touch, and only they do among the interior cells.
        for i in np.nonzero(counts == inner)[0][:20]:
            touching = {j for j, g in enumerate(geoms) if j != i and g.distance(geoms[i]) < 1e-6}
            assert touching == set(right[left == i].tolist())


def test_levels_from_numbers_and_text():
    """Levels read as the OSM reader reads building:levels: the leading number; text without one, negative
    values and values above 200 are unusable (named in the log) and take the default, as 0 does."""
    import pandas as pd

    from reindustria_plugin.analysis.livework.microspaces import _levels

    values = pd.Series(["3;4", "4,5", "x", 0, None, 2, "2.5", "ground+2", "300", "G18"], dtype=object)
    levels, assumed, unusable = _levels(values, len(values), 1.5)
    assert levels.tolist() == [3, 4.5, 1.5, 1.5, 1.5, 2, 2.5, 1.5, 1.5, 1.5]
    assert assumed.tolist() == [False, False, True, True, True, False, False, True, True, True]
    assert sorted(unusable) == ["300", "G18", "ground+2", "x"]


def test_review_traps_warn_or_stop():
    """What a planner's review found misleading: a POI without building, a huge 'building', thresholds given
    as fractions, activities from another place, points given as buildings."""
    homes = frame([(box(10, 10, 30, 30), "apartments", 3), (box(500, 500, 520, 520), "residential", 1)])
    acts = frame([(Point(20, 20), "shoemaker"), (Point(450, 50), "tailor")], columns=("activity",))
    r = live_work_mix(
        homes,
        MAPPING,
        activities=acts,
        activity_key="craft",
        cell_size=100,
        params=MixParameters(mxi_min=0.2, mxi_max=0.8),
    )
    text = " ".join(str(m) for m in r.messages)
    assert unit(r, "E4N0")["class"] == "activities_only" and unit(r, "E4N0").buildings == 0
    assert "larger than 50 ha" not in text
    assert "percentages" in text
    big = frame([(box(0, 0, 1000, 1000), "apartments", 1)])
    assert "larger than 50 ha" in " ".join(
        str(m) for m in live_work_mix(big, MAPPING, cell_size=500).messages
    )
    far = frame([(Point(1e6, 1e6), "tailor")], columns=("activity",))
    with pytest.raises(InputError, match="do not overlap"):
        live_work_mix(homes, MAPPING, activities=far, activity_key="craft", cell_size=100)
    points = frame([(Point(0, 0), "house", 1), (Point(5, 5), "house", 1), (box(0, 0, 1, 1), "house", 1)])
    with pytest.raises(InputError, match="points or lines"):
        live_work_mix(points, MAPPING, cell_size=100)
