"""Raster land-use change: cross-tabs against published cases and GRASS, typology, rings, bad input."""

import json
import shutil
import subprocess

import numpy as np
import pytest
import rasterio

from reindustria_plugin import paths
from reindustria_plugin.analysis import lookup as lookup_module
from reindustria_plugin.analysis.change.crosstab_series import crosstab_series
from reindustria_plugin.analysis.change.raster_change import land_use_change_raster
from reindustria_plugin.analysis.change.ring_kernel import RingKernel
from reindustria_plugin.analysis.errors import Canceled, InputError
from reindustria_plugin.analysis.typology import (
    CHANGE_BY_KEY,
    load_nomenclature,
    load_typology,
)
from tests.conftest import write_raster as write

TYPOLOGY = load_typology(paths.PRESETS / "typology_reindustrialisation.csv")
CLC_GRID = load_nomenclature(paths.PRESETS / "nomenclature_clc_grid.csv")
CLC_CODES = load_nomenclature(paths.PRESETS / "nomenclature_clc_codes.csv")
URBAN_ATLAS = load_nomenclature(paths.PRESETS / "nomenclature_urban_atlas.csv")
#: The presets as the algorithms pass them: the names users see in the NOMENCLATURE option.
PRESETS = [
    ("CORINE Land Cover (grid codes 1-44)", CLC_GRID),
    ("CORINE Land Cover (codes 111-523)", CLC_CODES),
    ("Urban Atlas 2012/2018", URBAN_ATLAS),
]


def custom_nomenclature(tmp_path, rows):
    path = tmp_path / "nom.csv"
    path.write_text("code,class,label\n" + "\n".join(f"{c},{k},{lab}" for c, k, lab in rows) + "\n")
    return load_nomenclature(path)


def crosstab_dict(result):
    return {(r.from_code, r.to_code): r.cells for r in result.transitions.itertuples()}


def test_molusce_crosstab_with_nodata(tmp_path, shared_data):
    case = next(
        c
        for c in json.loads((shared_data / "reference/published_cases.json").read_text())
        if c["id"] == "MOLUSCE-crosstab-toy"
    )
    x = write(tmp_path / "x.tif", np.array(case["inputs"]["X"], dtype=np.uint8), nodata=0)
    y = write(tmp_path / "y.tif", np.array(case["inputs"]["Y"], dtype=np.uint8), nodata=0)
    nom = custom_nomenclature(
        tmp_path, [(1, "green", "one"), (2, "residential", "two"), (3, "industrial", "three")]
    )
    result = land_use_change_raster(x, y, nom, TYPOLOGY)
    got = crosstab_dict(result)
    expected = case["expected"]["crosstab_rows_X_[1,2]_cols_Y_[1,2,3]"]
    for i, frm in enumerate([1, 2]):
        for j, to in enumerate([1, 2, 3]):
            assert got.get((frm, to), 0) == expected[i][j]
    assert result.transitions.cells.sum() == case["expected"]["n"]
    assert result.excluded_cells["nodata_before"] == 1


def grass_stats(before, after):
    """GRASS r.stats -c on the BEFORE region: {(before, after): cells}, nulls left out."""
    script = (
        f"r.external input={before} output=b -o --q && r.external input={after} output=a -o --q && "
        "g.region raster=b && r.stats -c input=b,a separator=comma"
    )
    out = subprocess.run(
        ["grass", "--tmp-location", "EPSG:2056", "--exec", "bash", "-c", script],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts = {}
    for line in out.splitlines():
        parts = line.strip().split(",")
        if len(parts) == 3 and "*" not in parts and all(p.isdigit() for p in parts):
            counts[(int(parts[0]), int(parts[1]))] = int(parts[2])
    return counts


@pytest.mark.grass
@pytest.mark.parametrize("res", ["100m", "250m"])
def test_crosstab_equals_grass_r_stats(shared_data, res):
    if shutil.which("grass") is None:
        pytest.fail("GRASS GIS (grass-core) is needed: run make setup")
    before = str(shared_data / f"landuse/clc_lausanne_2006_{res}.tif")
    after = str(shared_data / f"landuse/clc_lausanne_2012_{res}.tif")
    expected = grass_stats(before, after)
    result = land_use_change_raster(before, after, CLC_GRID, TYPOLOGY, block_size=100)
    assert crosstab_dict(result) == expected
    assert len(expected) > 20


def test_change_types_and_rings_by_hand(tmp_path):
    # 1 x 7 strip, 100 m cells: industrial (3) at columns 0-1 before; codes: 2 residential, 12 arable.
    before = np.array([[3, 3, 2, 12, 12, 12, 2]], dtype=np.uint8)
    after = np.array([[3, 2, 3, 3, 12, 2, 2]], dtype=np.uint8)
    b = write(tmp_path / "b.tif", before, nodata=255)
    a = write(tmp_path / "a.tif", after, nodata=255)
    out = tmp_path / "change.tif"
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, str(out), rings=[100, 250])
    assert out.stat().st_mode & 0o044  # readable by others, unlike a bare mkstemp file
    with rasterio.open(out) as src:
        change = src.read(1)[0].tolist()
        assert src.tags()["reindustria_change_types"].startswith("0=no_change")
    t = CHANGE_BY_KEY
    assert change == [
        t["industrial_persistence"].code,
        t["deindustrialisation_residential"].code,
        t["reindustrialisation"].code,
        t["industrial_land_take"].code,
        t["no_change"].code,
        t["other_urban_change"].code,
        t["no_change"].code,
    ]
    # distances from the industrial cells (columns 0-1): 0, 0, 100, 200, 300, 400, 500
    s = result.summary[result.summary.ring != "all"]
    rings = {r: set(s[s.ring == r].change_type) for r in s.ring.unique()}
    assert rings["industrial areas"] == {"industrial_persistence", "deindustrialisation_residential"}
    assert rings["0-100"] == {"reindustrialisation"}
    assert rings["100-250"] == {"industrial_land_take"}
    assert rings["beyond 250"] == {"no_change", "other_urban_change"}
    assert s[s.ring == "beyond 250"].cells.sum() == 3


def test_blocks_do_not_change_the_result(tmp_path):
    rng = np.random.default_rng(1)
    before = rng.choice([2, 3, 12, 23], size=(60, 45)).astype(np.uint8)
    after = before.copy()
    flip = rng.random(before.shape) < 0.2
    after[flip] = rng.choice([2, 3, 12, 41], size=flip.sum())
    b = write(tmp_path / "b.tif", before)
    a = write(tmp_path / "a.tif", after)
    whole = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, str(tmp_path / "c1.tif"), rings=[150, 400])
    small = land_use_change_raster(
        b, a, CLC_GRID, TYPOLOGY, str(tmp_path / "c2.tif"), rings=[150, 400], block_size=7
    )
    assert whole.summary.equals(small.summary)
    assert whole.transitions.equals(small.transitions)
    with rasterio.open(tmp_path / "c1.tif") as one, rasterio.open(tmp_path / "c2.tif") as two:
        assert np.array_equal(one.read(1), two.read(1))


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.int64])
def test_any_integer_type(tmp_path, dtype):
    before = np.array([[3, 3], [2, 12]], dtype=dtype)
    after = np.array([[3, 2], [3, 12]], dtype=dtype)
    result = land_use_change_raster(
        write(tmp_path / "b.tif", before, nodata=-1 if np.issubdtype(dtype, np.signedinteger) else 0),
        write(tmp_path / "a.tif", after),
        CLC_GRID,
        TYPOLOGY,
    )
    assert crosstab_dict(result) == {(3, 3): 1, (3, 2): 1, (2, 3): 1, (12, 12): 1}


def test_unmapped_codes_are_kept_and_reported(tmp_path):
    # A minority of unknown codes (2 of 5 cells BEFORE, 1 of 5 AFTER) is kept and reported, not refused.
    before = np.array([[3, 2, 2, 99, 99]], dtype=np.uint8)
    after = np.array([[3, 3, 2, 3, 77]], dtype=np.uint8)
    result = land_use_change_raster(
        write(tmp_path / "b.tif", before), write(tmp_path / "a.tif", after), CLC_GRID, TYPOLOGY
    )
    rows = result.transitions.set_index(["from_code", "to_code"])
    assert rows.loc[(99, 3), "change_type"] == "unmapped"
    assert rows.loc[(99, 77), "from_class"] == "unmapped"
    text = " ".join(str(m) for m in result.messages)
    assert "99: 2" in text and "77: 1" in text
    assert "unmapped" in set(result.accounting.category)


def test_wrong_nomenclature_stops_and_names_the_preset_the_codes_fit(tmp_path, shared_data):
    # The real Lausanne pair holds CORINE grid codes (1-44): read with the 111-523 preset every cell would be
    # 'unmapped', and the run would succeed with zeros. It stops instead, before any output is in place.
    before = str(shared_data / "landuse/clc_lausanne_2006_100m.tif")
    after = str(shared_data / "landuse/clc_lausanne_2012_100m.tif")
    with rasterio.open(before) as src:
        cells = src.read(1)
        cells = cells[cells != src.nodata]
    # Independent of the core: every valid code is a grid code, none is a 111-523 code.
    assert np.isin(cells, CLC_GRID.codes).all() and not np.isin(cells, CLC_CODES.codes).any()
    out = tmp_path / "change.tif"
    with pytest.raises(InputError) as err:
        land_use_change_raster(before, after, CLC_CODES, TYPOLOGY, str(out), presets=PRESETS)
    text = str(err.value)
    assert text.startswith("BEFORE: 100 % of the land use has codes that are not in the chosen nomenclature")
    assert "(codes 111 to 523)" in text
    assert "look like the preset 'CORINE Land Cover (grid codes 1-44)', which lists 100 % of them" in text
    assert "choose it as the nomenclature" in text
    assert list(tmp_path.iterdir()) == []


def test_codes_no_preset_lists_stop_with_the_custom_csv_advice(tmp_path):
    # BEFORE is fine; AFTER holds codes no preset knows on 3 of 4 cells (more than half).
    b = write(tmp_path / "b.tif", np.array([[3, 3, 2, 2]], dtype=np.uint16))
    a = write(tmp_path / "a.tif", np.array([[3, 900, 901, 901]], dtype=np.uint16))
    with pytest.raises(InputError) as err:
        land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, presets=PRESETS)
    text = str(err.value)
    assert text.startswith("AFTER: 75 % of the land use")
    assert "e.g. 901, 900" in text  # most cells first
    assert "No preset lists them: choose 'Custom (CSV)'" in text


def test_half_the_cells_unmapped_is_still_a_warning(tmp_path):
    b = write(tmp_path / "b.tif", np.array([[3, 2, 99, 99]], dtype=np.uint8))
    result = land_use_change_raster(b, b, CLC_GRID, TYPOLOGY, presets=PRESETS)
    assert crosstab_dict(result) == {(3, 3): 1, (2, 2): 1, (99, 99): 2}
    assert any("99: 2" in str(m) for m in result.messages)


def test_zones_off_the_data_are_named_and_no_zone_on_it_is_an_error(tmp_path, shared_data):
    from shapely.geometry import box

    # Two columns of data, a third of nodata (255): a zone over the nodata column overlaps no data either.
    data = np.array([[3, 2, 255], [3, 2, 255]], dtype=np.uint8)
    b = write(tmp_path / "b.tif", data, nodata=255)
    x0, y0 = 4_000_000.0, 2_500_000.0
    on = (box(x0, y0 - 200, x0 + 200, y0), "on the data")
    nodata = (box(x0 + 200, y0 - 200, x0 + 300, y0), "over nodata")
    far = (box(0, 0, 100, 100), "far away")
    result = land_use_change_raster(b, b, CLC_GRID, TYPOLOGY, zones=[on, nodata, far])
    assert set(result.summary.zone) == {"on the data", "all"}
    text = [str(m) for m in result.messages]
    assert (
        "Zones that do not overlap the land-use data (2 of 3) have no rows in the summary: over nodata, far away"
        in text
    )
    with pytest.raises(InputError, match=r"No zone overlaps the land-use data \(2 given\)"):
        land_use_change_raster(b, b, CLC_GRID, TYPOLOGY, str(tmp_path / "c.tif"), zones=[nodata, far])
    assert not (tmp_path / "c.tif").exists()


def test_different_grids_are_aligned_with_a_warning(tmp_path):
    before = np.full((4, 4), 3, dtype=np.uint8)
    after = np.full((2, 2), 2, dtype=np.uint8)
    b = write(tmp_path / "b.tif", before, res=100)
    a = write(tmp_path / "a.tif", after, res=200, nodata=255)
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)
    assert crosstab_dict(result) == {(3, 2): 16}
    assert any("aligned" in str(m) for m in result.messages)


def test_after_without_nodata_not_covering_before_leaves_the_rest_out(tmp_path):
    """AFTER without a nodata value covers only half of BEFORE's cells (5 of 10 columns, 0.3 cell off): the
    uncovered cells are outside the data, not code 0 ('unmapped' change)."""
    before = np.full((10, 10), 3, dtype=np.uint8)
    after = np.full((10, 5), 2, dtype=np.uint8)
    b = write(tmp_path / "b.tif", before, res=100, origin=(0.0, 1000.0))
    a = write(tmp_path / "a.tif", after, res=100, origin=(30.0, 1000.0))
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)
    assert crosstab_dict(result) == {(3, 2): 50}


def test_missing_crs_is_a_clear_error(tmp_path):
    b = write(tmp_path / "b.tif", np.ones((2, 2), dtype=np.uint8), crs=None)
    a = write(tmp_path / "a.tif", np.ones((2, 2), dtype=np.uint8))
    with pytest.raises(InputError, match="no coordinate reference system"):
        land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)


def test_geographic_crs_is_refused(tmp_path):
    b = write(tmp_path / "b.tif", np.ones((2, 2), dtype=np.uint8), crs="EPSG:4326", res=0.01, origin=(10, 45))
    with pytest.raises(InputError, match="projected CRS"):
        land_use_change_raster(b, b, CLC_GRID, TYPOLOGY)


def test_float_raster_is_refused_by_name(tmp_path):
    b = write(tmp_path / "b.tif", np.ones((2, 2), dtype=np.uint8))
    a = write(tmp_path / "a.tif", np.ones((2, 2), dtype=np.float32))
    with pytest.raises(InputError, match=r"AFTER \(.*a\.tif\) has cell type float32: .*whole-number codes"):
        land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)


def test_grid_message_gives_columns_by_rows_and_counts_with_separators(tmp_path):
    # 3 columns x 2 rows against 3 x 2 cells of another size: the sizes read as GDAL gives them (columns first).
    b = write(tmp_path / "b.tif", np.full((2, 3), 3, dtype=np.uint8))
    a = write(tmp_path / "a.tif", np.full((2, 3), 3, dtype=np.uint8), res=99.0)
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)
    assert any("columns x rows 3 x 2 vs 3 x 2" in str(m) for m in result.messages)
    big = np.zeros((40, 50), dtype=np.uint8)  # 2,000 nodata cells (0 is nodata)
    big[0, 0] = 3
    path = write(tmp_path / "big.tif", big, nodata=0)
    messages = land_use_change_raster(path, path, CLC_GRID, TYPOLOGY).messages
    assert any(str(m).startswith("1,999 cells") for m in messages)


@pytest.mark.parametrize("dtype", [np.uint16, np.int32])  # a lookup table, a dictionary
def test_a_continuous_raster_is_refused_as_too_many_codes(tmp_path, dtype):
    # An elevation model or a reflectance band given by mistake: far more distinct values than land-use codes.
    b = write(tmp_path / "b.tif", np.arange(2000, dtype=dtype).reshape(40, 50))
    with pytest.raises(InputError, match="more than 1024 distinct values"):
        land_use_change_raster(b, b, CLC_GRID, TYPOLOGY)
    with pytest.raises(InputError, match="more than 1024 distinct values"):
        crosstab_series([b, b], [2000, 2006])


def test_bad_rings_are_refused(tmp_path):
    b = write(tmp_path / "b.tif", np.ones((2, 2), dtype=np.uint8))
    with pytest.raises(InputError, match="increasing"):
        land_use_change_raster(b, b, CLC_GRID, TYPOLOGY, rings=[500, 250])


def test_cancel_leaves_no_output(tmp_path):
    b = write(tmp_path / "b.tif", np.ones((20, 20), dtype=np.uint8))
    out = tmp_path / "out" / "change.tif"
    calls = []

    def cancel_after_first_block():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Canceled):
        land_use_change_raster(
            b, b, CLC_GRID, TYPOLOGY, str(out), block_size=5, is_canceled=cancel_after_first_block
        )
    assert not out.exists()
    assert list(out.parent.iterdir()) == []


def test_zones_split_the_summary(tmp_path):
    from shapely.geometry import box

    before = np.array([[3, 3, 2, 2]], dtype=np.uint8)
    after = np.array([[2, 3, 3, 2]], dtype=np.uint8)
    b, a = write(tmp_path / "b.tif", before), write(tmp_path / "a.tif", after)
    x0, y0 = 4_000_000.0, 2_500_000.0
    zones = [(box(x0, y0 - 100, x0 + 200, y0), "west"), (box(x0 + 200, y0 - 100, x0 + 400, y0), "east")]
    s = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, zones=zones).summary
    west = s[(s.zone == "west") & (s.ring == "all")].set_index("change_type").cells.to_dict()
    east = s[(s.zone == "east") & (s.ring == "all")].set_index("change_type").cells.to_dict()
    assert west == {"industrial_persistence": 1, "deindustrialisation_residential": 1}
    assert east == {"no_change": 1, "reindustrialisation": 1}
    assert s[(s.zone == "all") & (s.ring == "all")].cells.sum() == 4


def scipy_rings(industrial, rings, res_y, res_x):
    """Ring index per cell from SciPy's exact Euclidean distance transform (the independent reference)."""
    from scipy import ndimage

    if not industrial.any():
        return np.full(industrial.shape, len(rings) + 1)
    dist = ndimage.distance_transform_edt(~industrial, sampling=(res_y, res_x))
    return np.searchsorted(np.array([0.0, *rings]), dist, side="left")


@pytest.fixture(params=[False, True], ids=["np.take", "fancy indexing"])
def both_lookups(request, monkeypatch):
    """Both table-lookup paths (NumPy 1's np.take, NumPy 2's fancy indexing), whichever NumPy runs the tests."""
    monkeypatch.setattr(lookup_module, "_FANCY", request.param)


def kernel_rings(industrial, rings, res_y, res_x, margin=0):
    kernel = RingKernel(rings, res_y, res_x)
    rows, cols = industrial.shape
    inner = (slice(margin, rows - margin), slice(margin, cols - margin))
    buffers = kernel.buffers(rows, cols, rows - 2 * margin, cols - 2 * margin)
    return kernel.rings(~industrial, inner, buffers)


@pytest.mark.parametrize(
    "res_y, res_x, rings",
    [
        (10.0, 10.0, [250.0, 500.0, 1000.0]),
        (10.0, 10.0, [50.0, 100.0, 141.42135623730951, 150.0, 200.0]),  # exact ties: 3-4-5, 10*sqrt(2)
        (25.0, 10.0, [60.0, 130.0]),
        (7.3, 3.1, [20.0, 21.9, 44.0]),
        (2.0, 2.0, [5.0]),
        (1.0, 1.0, [40.0, 300.0]),  # 300 cells: 16-bit lanes and row distances
    ],
)
def test_ring_kernel_equals_distance_transform(res_y, res_x, rings, both_lookups):
    rng = np.random.default_rng(5)
    for density in (0.0005, 0.01, 0.2):
        industrial = rng.random((90, 110)) < density
        expected = scipy_rings(industrial, rings, res_y, res_x)
        assert np.array_equal(kernel_rings(industrial, rings, res_y, res_x), expected)
        # Inner part of a block: the halo only feeds the distances.
        assert np.array_equal(kernel_rings(industrial, rings, res_y, res_x, margin=9), expected[9:-9, 9:-9])


@pytest.mark.parametrize("shape", [(700, 60), (233, 41), (1201, 19)])
def test_ring_kernel_in_stretches_of_rows_equals_distance_transform(shape, both_lookups):
    # Blocks many times taller than the largest ring: the column pass sweeps several stretches of rows at once
    # and carries each into the next.
    rng = np.random.default_rng(9)
    rings = [30.0, 52.0, 71.0]
    for density in (0.002, 0.03):
        industrial = rng.random(shape) < density
        expected = scipy_rings(industrial, rings, 10.0, 10.0)
        assert RingKernel(rings, 10.0, 10.0).s_max == 7
        assert np.array_equal(kernel_rings(industrial, rings, 10.0, 10.0), expected)
        assert np.array_equal(kernel_rings(industrial, rings, 10.0, 10.0, margin=8), expected[8:-8, 8:-8])


def test_ring_thresholds_are_inclusive_at_exact_distances():
    # One industrial cell, 10 m cells: (3, 4) cells away is exactly 50 m, (5, 0) too; (4, 4) is 56.57 m.
    industrial = np.zeros((21, 21), dtype=bool)
    industrial[10, 10] = True
    ring = kernel_rings(industrial, [50.0, 56.0, 56.6], 10.0, 10.0)
    assert ring[10, 10] == 0
    assert ring[13, 14] == ring[15, 10] == ring[10, 5] == 1  # at 50 m: inside "0-50"
    assert ring[15, 11] == 2  # 50.99 m
    assert ring[14, 14] == 3  # 56.57 m
    assert ring[15, 15] == 4  # 70.7 m: beyond


def random_pair(rng, shape, codes, dtype=np.uint8):
    before = rng.choice(codes, size=shape).astype(dtype)
    before = np.repeat(np.repeat(before[::3, ::3], 3, axis=0), 3, axis=1)[: shape[0], : shape[1]]
    after = before.copy()
    flip = rng.random(shape) < 0.2
    after[flip] = rng.choice(codes, size=flip.sum())
    return before, after


def assert_same_results(one, two, raster_one=None, raster_two=None):
    assert one.transitions.equals(two.transitions)
    assert one.summary.equals(two.summary)
    assert one.accounting.equals(two.accounting)
    assert one.excluded_cells == two.excluded_cells
    assert [str(m) for m in one.messages] == [str(m) for m in two.messages]
    if raster_one is not None:
        with rasterio.open(raster_one) as a, rasterio.open(raster_two) as b:
            assert np.array_equal(a.read(1), b.read(1))


def test_threads_and_blocks_do_not_change_the_result(tmp_path):
    from shapely.geometry import box

    rng = np.random.default_rng(3)
    before, after = random_pair(rng, (70, 90), [2, 3, 12, 23, 99])
    before[0, :5] = 255
    b = write(tmp_path / "b.tif", before, nodata=255)
    a = write(tmp_path / "a.tif", after, nodata=255)
    x0, y0 = 4_000_000.0, 2_500_000.0
    zones = [
        (box(x0, y0 - 4000, x0 + 5000, y0), "north-west"),
        (box(x0 + 3000, y0 - 7000, x0 + 9000, y0), "east"),
    ]
    runs = [
        dict(threads=1, block_size=4096),
        dict(threads=1, block_size=16),
        dict(threads=3, block_size=11),
        dict(threads=2, block_size=32),
    ]
    results = []
    for k, options in enumerate(runs):
        out = str(tmp_path / f"c{k}.tif")
        kw = dict(rings=[150, 400, 700], zones=zones, **options)
        results.append((land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, out, **kw), out))
    for result, out in results[1:]:
        assert_same_results(results[0][0], result, results[0][1], out)
    assert results[0][0].excluded_cells["nodata_before"] == 5


def test_rings_in_the_summary_equal_the_distance_transform(tmp_path, both_lookups):
    rng = np.random.default_rng(11)
    before, after = random_pair(rng, (64, 75), [2, 3, 12, 23])
    res = (30.0, 20.0)  # rectangular cells: columns 30 m wide, rows 20 m high
    b = write(tmp_path / "b.tif", before, res=res)
    a = write(tmp_path / "a.tif", after, res=res)
    rings = [45.0, 100.0, 260.0]
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, rings=rings, block_size=20, threads=2)
    expected = np.bincount(scipy_rings(before == 3, rings, res[1], res[0]).ravel(), minlength=len(rings) + 2)
    s = result.summary[result.summary.ring != "all"]
    labels = ["industrial areas", "0-45", "45-100", "100-260", "beyond 260"]
    assert [int(s[s.ring == label].cells.sum()) for label in labels] == expected.tolist()


def test_8_bit_and_wider_rasters_give_the_same_result(tmp_path, both_lookups):
    # 8-bit rasters count raw bytes; wider ones map codes to indices first: two paths, one answer.
    from shapely.geometry import Point

    rng = np.random.default_rng(2)
    before, after = random_pair(rng, (50, 60), [2, 3, 12, 41, 77])
    before[5, 5:9] = 0
    industrial = [Point(4_002_000.0, 2_497_000.0).buffer(700.0)]
    results = []
    for dtype in (np.uint8, np.int16, np.int32):
        b = write(tmp_path / "b.tif", before.astype(dtype), nodata=0)
        a = write(tmp_path / "a.tif", after.astype(dtype))
        for areas in (None, industrial):
            out = str(tmp_path / f"c-{np.dtype(dtype).name}-{areas is None}.tif")
            kw = dict(rings=[100, 300], industrial_areas=areas, block_size=17)
            results.append((land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, out, **kw), out, areas is None))
    for cells in (True, False):
        same = [(r, out) for r, out, c in results if c == cells]
        for result, out in same[1:]:
            assert_same_results(same[0][0], result, same[0][1], out)


def test_accounting_columns_carry_their_unit_and_no_float_noise():
    from reindustria_plugin.analysis.change.accounting import change_accounting
    from reindustria_plugin.analysis.change.change_tables import accounting_ha

    counts = np.array([[37, 40, 60], [76, 2, 11], [65, 75, 19]], dtype=float)
    cell_ha = 1.00010248855076  # the Lausanne cell
    keys = ["industrial", "residential", "green"]
    # By hand on the counts: green gains 71, loses 140, net -69, exchange 2 * (60 + 11) = 142: shift 0.
    raw = change_accounting(counts * cell_ha, keys)
    assert raw.loc[2, "shift"] != 0  # what the float sums give (2.8e-14)
    table = accounting_ha(counts * cell_ha, keys)
    amounts = [
        "before",
        "after",
        "persistence",
        "gross_gain",
        "gross_loss",
        "net_change",
        "swap",
        "quantity",
        "exchange",
        "shift",
    ]
    assert list(table.columns) == ["category", "label", *(f"{a}_ha" for a in amounts), "net_contributors"]
    green = table.set_index("category").loc["green"]
    assert green["shift_ha"] == 0.0
    assert green["gross_gain_ha"] == pytest.approx(71 * cell_ha)
    assert green["net_change_ha"] == pytest.approx(-69 * cell_ha)


def test_transition_matrix_is_the_numpy_crosstab_in_hectares(tmp_path):
    from reindustria_plugin.analysis.change.change_tables import transition_matrix

    rng = np.random.default_rng(7)
    before_codes = rng.choice([2, 3, 12, 21], size=(40, 50))
    after_codes = np.where(rng.random((40, 50)) < 0.2, rng.choice([2, 3, 7, 21], size=(40, 50)), before_codes)
    write(tmp_path / "b.tif", before_codes.astype("uint8"))
    write(tmp_path / "a.tif", after_codes.astype("uint8"))
    result = land_use_change_raster(str(tmp_path / "b.tif"), str(tmp_path / "a.tif"), CLC_GRID, TYPOLOGY)
    matrix = transition_matrix(result.transitions).set_index("from_code")
    rows, cols = np.unique(before_codes), np.unique(after_codes)
    assert list(matrix.index) == rows.tolist()
    assert list(matrix.columns) == ["from_label", *(f"to_{c}_ha" for c in cols), "total_ha"]
    for r in rows:
        for c in cols:
            cells = np.count_nonzero((before_codes == r) & (after_codes == c))
            assert matrix.loc[r, f"to_{c}_ha"] == pytest.approx(cells * 1.0)  # 100 m cells: 1 ha each
        assert matrix.loc[r, "total_ha"] == pytest.approx(np.count_nonzero(before_codes == r))


def test_summary_has_zone_area_and_share_of_the_zone_industrial_stock(tmp_path):
    from shapely.geometry import box

    rng = np.random.default_rng(3)
    before_codes = rng.choice([2, 3, 12], size=(20, 20), p=[0.3, 0.4, 0.3])  # 3: industrial (CLC grid 121)
    after_codes = np.where(rng.random((20, 20)) < 0.3, rng.choice([2, 12], size=(20, 20)), before_codes)
    write(tmp_path / "b.tif", before_codes.astype("uint8"))
    write(tmp_path / "a.tif", after_codes.astype("uint8"))
    x0, y1 = 4_000_000.0, 2_500_000.0  # the rasters' top-left corner, 100 m cells
    zones = [(box(x0, y1 - 2000, x0 + 800, y1), "west"), (box(x0 + 800, y1 - 2000, x0 + 2000, y1), "east")]
    result = land_use_change_raster(
        str(tmp_path / "b.tif"), str(tmp_path / "a.tif"), CLC_GRID, TYPOLOGY, rings=[200], zones=zones
    )
    summary = result.summary
    for name, cols in (("west", slice(0, 8)), ("east", slice(8, 20))):
        b, a = before_codes[:, cols], after_codes[:, cols]
        rows = summary[summary.zone == name]
        assert (rows.zone_area_ha == b.size * 1.0).all()  # 1 ha cells, every cell has codes at both dates
        stock = np.count_nonzero(b == 3)
        persistence = rows[(rows.ring == "all") & (rows.change_type == "industrial_persistence")]
        assert persistence.share_of_zone_industrial_pct.item() == pytest.approx(
            100.0 * np.count_nonzero((b == 3) & (a == 3)) / stock
        )
        to_housing = rows[(rows.ring == "all") & (rows.change_type == "deindustrialisation_residential")]
        assert to_housing.share_of_zone_industrial_pct.item() == pytest.approx(
            100.0 * np.count_nonzero((b == 3) & (a == 2)) / stock
        )
        # Change types that do not start from industrial land have no share of the industrial stock.
        others = rows[~rows.change_type.str.startswith(("industrial_persistence", "deindustrialisation"))]
        assert len(others) and others.share_of_zone_industrial_pct.isna().all()


# Minimum mapping unit for change (issue 8 item 2) -------------------------------------------------------------


def mmu_pair():
    """10 x 10 cells of 1 ha, all arable (12) before. After, by hand: a 2 x 3 block of housing (6 ha, kept at
    5 ha), a 2 x 2 block of housing (4 ha, below), a diagonal chain of 5 industrial cells (5 ha: one patch with
    diagonal neighbours, kept) and 3 industrial cells touching the 6 ha block (another transition: its own
    patch of 3 ha, below)."""
    before = np.full((10, 10), 12, dtype=np.uint8)
    after = before.copy()
    after[1:3, 1:4] = 2  # 6 cells 12 -> 2
    after[6:8, 1:3] = 2  # 4 cells 12 -> 2
    for k in range(5):
        after[5 + k, 5 + k // 1 - 0] = 3  # (5,5) (6,6) (7,7) (8,8) (9,9): 5 cells 12 -> 3, diagonal
    after[3, 1:4] = 3  # 3 cells 12 -> 3 right below the 6 ha block
    return before, after


@pytest.mark.parametrize("block_size, threads", [(2048, 1), (3, 2), (4, 1)])
def test_minimum_mapping_unit_by_hand(tmp_path, block_size, threads):
    before, after = mmu_pair()
    b = write(tmp_path / "b.tif", before, nodata=255)
    a = write(tmp_path / "a.tif", after, nodata=255)
    out = tmp_path / "c.tif"
    result = land_use_change_raster(
        b, a, CLC_GRID, TYPOLOGY, str(out), min_change_ha=5, block_size=block_size, threads=threads
    )
    assert crosstab_dict(result) == {(12, 2): 6, (12, 3): 5, (12, 12): 100 - 11}
    whole = result.summary.set_index("change_type")
    # Green to housing is "other urban change", green to industrial "industrial land take" (the typology).
    assert (
        whole.loc["other_urban_change", "area_ha"] == 6
        and whole.loc["other_urban_change", "below_mmu_ha"] == 4
    )
    assert whole.loc["industrial_land_take", "area_ha"] == 5
    assert whole.loc["industrial_land_take", "below_mmu_ha"] == 3
    assert whole.loc["no_change", "area_ha"] == 89 and whole.loc["no_change", "below_mmu_ha"] == 0
    assert result.found_ha == 18 and result.below_mmu_ha == 7
    assert any(
        "7.00 ha of change in patches smaller" in str(m) and "(39 % of the 18.00 ha" in str(m)
        for m in result.messages
    )
    with rasterio.open(out) as src:
        change = src.read(1)
    t = CHANGE_BY_KEY
    assert (change[6:8, 1:3] == t["no_change"].code).all() and (change[3, 1:4] == t["no_change"].code).all()
    assert (change[1:3, 1:4] == t["other_urban_change"].code).all()
    assert change[9, 9] == t["industrial_land_take"].code


def test_minimum_mapping_unit_off_and_below_one_cell_keep_every_change(tmp_path):
    before, after = mmu_pair()
    b = write(tmp_path / "b.tif", before)
    a = write(tmp_path / "a.tif", after)
    for mmu in (0, 0.5, 1.0):
        result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, min_change_ha=mmu)
        assert crosstab_dict(result) == {(12, 2): 10, (12, 3): 8, (12, 12): 82}
        assert result.below_mmu_ha == 0 and (result.summary.below_mmu_ha == 0).all()
    assert not any(
        "Minimum mapping unit" in str(m) for m in land_use_change_raster(b, a, CLC_GRID, TYPOLOGY).messages
    )
    with pytest.raises(InputError, match="minimum mapping unit for change must be 0"):
        land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, min_change_ha=-1)


def patches_below(before, after, valid, min_cells):
    """Reference: label each from -> to transition with scipy (8 neighbours) over the whole raster."""
    from scipy import ndimage

    small = np.zeros(before.shape, dtype=bool)
    changed = valid & (before != after)
    key = before.astype(np.int64) * 1000 + after
    for k in np.unique(key[changed]):
        labels, _ = ndimage.label(changed & (key == k), structure=np.ones((3, 3)))
        sizes = np.bincount(labels.ravel())
        small |= (labels > 0) & (sizes[labels] < min_cells)
    return small


@pytest.mark.parametrize("dtype", [np.uint8, np.int16])
def test_minimum_mapping_unit_equals_labelling_each_transition(tmp_path, dtype):
    rng = np.random.default_rng(8)
    before, after = random_pair(rng, (60, 70), [2, 3, 12, 23])
    before[0, :7] = 0  # nodata: never part of a patch
    b = write(tmp_path / "b.tif", before.astype(dtype), nodata=0)
    a = write(tmp_path / "a.tif", after.astype(dtype))
    cell_ha = 1.0
    small = patches_below(before, after, before != 0, 4)
    kept_after = np.where(small, before, after)
    valid = before != 0
    expected = {}
    for f, t in zip(before[valid].tolist(), kept_after[valid].tolist()):
        expected[(f, t)] = expected.get((f, t), 0) + 1
    results = []
    for block_size, threads in ((4096, 1), (9, 2), (16, 3)):
        out = str(tmp_path / f"c{block_size}.tif")
        kw = dict(min_change_ha=3.5 * cell_ha, rings=[150, 300], block_size=block_size, threads=threads)
        result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, out, **kw)
        assert crosstab_dict(result) == expected
        assert result.below_mmu_ha == pytest.approx(np.count_nonzero(small) * cell_ha)
        results.append((result, out))
    for result, out in results[1:]:
        assert_same_results(results[0][0], result, results[0][1], out)


# Change from the grid offset alone (issue 8 item 2) ------------------------------------------------------------


def test_grid_offset_estimate_by_hand(tmp_path):
    # 6 x 6 cells of 100 m: a 2 x 2 industrial block (3) in arable land (12). AFTER is the same map on a grid
    # 30 m east and 20 m south of BEFORE's: each BEFORE cell meets the AFTER cell 0.3 columns and 0.2 rows off.
    # The shift splits into 0.1 along the row and 0.2 diagonally: 4 cells have an east neighbour of the other
    # class (0.1 each) and 6 a south-east one (0.2 each): 1.6 ha, half land take, half de-industrialisation.
    before = np.full((6, 6), 12, dtype=np.uint8)
    before[2:4, 2:4] = 3
    x0, y0 = 4_000_000.0, 2_500_000.0
    b = write(tmp_path / "b.tif", before, nodata=255)
    a = write(
        tmp_path / "a.tif",
        np.pad(before, ((0, 1), (0, 1)), mode="edge"),
        nodata=255,
        origin=(x0 + 30, y0 - 20),
    )
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, rings=[100])
    assert result.resampling_ha == pytest.approx(1.6)
    # The same with the change raster written (the estimate does not depend on the outputs asked for).
    again = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY, str(tmp_path / "c.tif"), rings=[100])
    assert again.resampling_ha == result.resampling_ha
    whole = result.summary[result.summary.ring == "all"].set_index("change_type")
    assert whole.loc["industrial_land_take", "resampling_ha"] == pytest.approx(0.8)
    assert whole.loc["deindustrialisation_green", "resampling_ha"] == pytest.approx(0.8)
    assert whole.resampling_ha.sum() == pytest.approx(36.0)  # every cell, changed or not
    accounting = result.accounting.set_index("category")
    assert accounting.loc["industrial", "resampling_gross_gain_ha"] == pytest.approx(0.8)
    assert accounting.loc["industrial", "resampling_gross_loss_ha"] == pytest.approx(0.8)
    assert accounting.loc["total", "resampling_gross_gain_ha"] == pytest.approx(1.6)
    message = next(str(m) for m in result.messages if "off BEFORE's" in str(m))
    assert "0.20 x 0.30 cells" in message and "about 1.60 ha of change" in message


def test_same_grid_has_no_grid_offset_estimate(tmp_path):
    before, after = mmu_pair()
    b = write(tmp_path / "b.tif", before)
    a = write(tmp_path / "a.tif", after)
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)
    assert result.resampling_ha is None
    assert (result.summary.resampling_ha == 0).all()
    assert (result.accounting.resampling_gross_gain_ha == 0).all()
    assert not any("off BEFORE's" in str(m) for m in result.messages)


@pytest.mark.parametrize("shift", [(61, 44), (30, 0), (-35, 15), (10, 5)])
def test_grid_offset_estimate_is_near_the_change_the_offset_makes(tmp_path, shift):
    # One map of land-use regions (nearest of random seeds) sampled on two 100 m grids `shift` metres apart:
    # nothing changed, so every change found comes from the grids. The estimate, from BEFORE alone, is within
    # 10 % of it.
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(1)
    seeds = rng.uniform(0, 20_000, size=(1500, 2))
    codes = rng.choice([2, 3, 12, 18, 23], size=len(seeds)).astype(np.uint8)
    tree = cKDTree(seeds)

    def sampled(x0, y0, n=190):
        centres = (np.arange(n) + 0.5) * 100.0
        x, y = np.meshgrid(x0 + centres, y0 - centres)
        return codes[tree.query(np.c_[x.ravel(), y.ravel()])[1]].reshape(n, n)

    dx, dy = shift
    b = write(tmp_path / "b.tif", sampled(0.0, 20_000.0), nodata=255, origin=(0.0, 20_000.0))
    a = write(tmp_path / "a.tif", sampled(dx, 20_000.0 - dy), nodata=255, origin=(dx, 20_000.0 - dy))
    result = land_use_change_raster(b, a, CLC_GRID, TYPOLOGY)
    assert result.found_ha > 500
    assert result.resampling_ha == pytest.approx(result.found_ha, rel=0.10)


def test_grid_offset_estimate_with_another_crs(tmp_path):
    # The same regions sampled on a 100 m grid in EPSG:3035 (BEFORE) and on a 100 m grid in UTM 32N (AFTER):
    # the alignment reprojects, the estimate (centres reprojected on a lattice) stays near the change found.
    from rasterio.transform import from_origin
    from rasterio.warp import transform as reproject_points
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(2)
    x0, y0 = 4_300_000.0, 2_700_000.0
    seeds = np.c_[rng.uniform(x0, x0 + 16_000, 1200), rng.uniform(y0 - 16_000, y0, 1200)]
    codes = rng.choice([2, 3, 12, 18, 23], size=len(seeds)).astype(np.uint8)
    tree = cKDTree(seeds)
    centres = (np.arange(150) + 0.5) * 100.0
    x, y = np.meshgrid(x0 + centres, y0 - centres)
    b = write(
        tmp_path / "b.tif",
        codes[tree.query(np.c_[x.ravel(), y.ravel()])[1]].reshape(150, 150),
        nodata=255,
        origin=(x0, y0),
    )
    ux, uy = reproject_points("EPSG:3035", "EPSG:32632", [x0 + 8000], [y0 - 8000])
    ux0, uy0 = round(ux[0] - 8000, -2) + 37.0, round(uy[0] + 8000, -2) - 21.0
    x, y = np.meshgrid(ux0 + centres, uy0 - centres)
    px, py = reproject_points("EPSG:32632", "EPSG:3035", x.ravel(), y.ravel())
    after = codes[tree.query(np.c_[px, py])[1]].reshape(150, 150)
    a = tmp_path / "a.tif"
    with rasterio.open(
        a,
        "w",
        driver="GTiff",
        width=150,
        height=150,
        count=1,
        dtype="uint8",
        nodata=255,
        crs="EPSG:32632",
        transform=from_origin(ux0, uy0, 100.0, 100.0),
    ) as dst:
        dst.write(after, 1)
    result = land_use_change_raster(b, str(a), CLC_GRID, TYPOLOGY, block_size=64, threads=2)
    assert result.found_ha > 500
    assert result.resampling_ha == pytest.approx(result.found_ha, rel=0.15)
