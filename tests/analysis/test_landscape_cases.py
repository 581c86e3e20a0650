"""Landscape metrics on hand-checkable landscapes, bad rasters, and zones against masked single runs."""

import numpy as np
import pytest
from shapely.geometry import Point, box

from reindustria_plugin.analysis.errors import InputError
from reindustria_plugin.analysis.landscape.metrics import landscape_metrics_array
from reindustria_plugin.analysis.landscape.zonal import landscape_metrics_raster
from tests.conftest import write_raster

LEVELS = ("landscape", "class", "patch")


def _write(path, data, cell=(10.0, 10.0), nodata=None, crs="EPSG:3035"):
    return write_raster(path, data, nodata, crs, cell, origin=(4_000_000, 3_000_000))


def test_single_class_landscape_leaves_undefined_metrics_empty():
    r = landscape_metrics_array(np.full((3, 3), 5, dtype=np.uint8), cell_size=10.0, levels=LEVELS)
    land = r.landscape.iloc[0]
    assert land["np"] == 1 and land["ta"] == pytest.approx(0.09)
    assert land["te"] == 0 and land["lsi"] == 1.0  # 12 boundary sides / 12 for 9 cells in a square
    for metric in ("contag", "shei", "siei", "msiei", "iji", "enn_mn"):
        assert np.isnan(land[metric]), metric
    assert land["shdi"] == 0 and land["ai"] == 100  # 12 like adjacencies of the 12 possible
    assert any("single class" in str(m) for m in r.messages)


def test_single_cell():
    r = landscape_metrics_array(np.array([[7]], dtype=np.int16), cell_size=100.0, levels=LEVELS)
    patch = r.patches.iloc[0]
    assert (patch["area"], patch["perim"], patch["frac"], patch["circle"], patch["core"]) == (1, 400, 1, 0, 0)
    assert patch["shape"] == 1 and patch["contig"] == 0 and patch["para"] == 400  # m per ha
    assert np.isnan(patch["enn"])


def test_checkerboard_four_versus_eight_neighbours():
    board = (np.indices((4, 4)).sum(axis=0) % 2 + 1).astype(np.uint8)
    eight = landscape_metrics_array(board, levels=LEVELS)
    four = landscape_metrics_array(board, neighbourhood=4, levels=LEVELS)
    assert eight.landscape["np"].iloc[0] == 2  # diagonals join every cell of a class
    assert four.landscape["np"].iloc[0] == 16
    for r in (eight, four):
        land = r.landscape.iloc[0]
        assert land["te"] == 24  # 12 horizontal + 12 vertical sides, all between the two classes
        assert land["pladj"] == 0
    # 4-neighbour patches of one cell are 1.414 cells from their nearest diagonal neighbour
    assert four.patches["enn"].max() == pytest.approx(np.sqrt(2))


def test_nodata_hole_is_outside_the_landscape():
    grid = np.ones((3, 3), dtype=np.uint8)
    valid = np.ones((3, 3), dtype=bool)
    valid[1, 1] = False
    r = landscape_metrics_array(grid, valid, levels=LEVELS)
    land = r.landscape.iloc[0]
    assert land["ta"] == pytest.approx(8e-4) and land["te"] == 0 and land["tca"] == 0
    boundary = landscape_metrics_array(grid, valid, count_boundary=True, levels=LEVELS)
    assert boundary.landscape["te"].iloc[0] == 16  # 12 outer sides + 4 around the hole
    assert r.patches["perim"].iloc[0] == 16


def test_core_with_a_deeper_edge():
    grid = np.ones((7, 7), dtype=np.uint8)
    assert landscape_metrics_array(grid, levels=LEVELS).patches["core"].iloc[0] == pytest.approx(25e-4)
    deep = landscape_metrics_array(grid, edge_depth=2.0, levels=LEVELS)
    assert deep.patches["core"].iloc[0] == pytest.approx(9e-4)  # the 3 x 3 centre


def test_float_and_rectangular_and_geographic_rasters_are_refused(tmp_path):
    with pytest.raises(InputError, match="whole-number"):
        landscape_metrics_raster(_write(tmp_path / "f.tif", np.ones((3, 3), dtype=np.float32)))
    with pytest.raises(InputError, match="square cells"):
        landscape_metrics_raster(_write(tmp_path / "r.tif", np.ones((3, 3), dtype=np.uint8), cell=(10, 20)))
    with pytest.raises(InputError, match="projected"):
        landscape_metrics_raster(
            _write(tmp_path / "g.tif", np.ones((3, 3), dtype=np.uint8), cell=(0.01, 0.01), crs="EPSG:4326")
        )


def test_nodata_everywhere_is_a_clear_error(tmp_path):
    path = _write(tmp_path / "n.tif", np.full((4, 4), 255, dtype=np.uint8), nodata=255)
    with pytest.raises(InputError, match="no cell with data"):
        landscape_metrics_raster(path)


def test_zones_equal_single_runs_on_the_masked_raster(tmp_path):
    rng = np.random.default_rng(3)
    # Blocky classes so that patches span several cells.
    data = np.kron(rng.integers(1, 5, (12, 15)), np.ones((4, 4))).astype(np.uint8)
    data[5:9, 20:30] = 255
    path = _write(tmp_path / "z.tif", data, nodata=255)
    x0, y0, cell = 4_000_000, 3_000_000, 10.0
    zones = [
        # Bounds that start and end inside cells, the last column and row half covered.
        (box(x0 + 37, y0 - 306, x0 + 336, y0 - 57), "a"),
        (Point(x0 + 300, y0 - 200).buffer(150), "b overlaps a"),
        (box(x0 - 100, y0 - 480, x0 + 200, y0 - 300), "c over the edge"),
        (box(x0 + 5000, y0 + 5000, x0 + 6000, y0 + 6000), "d outside"),
    ]
    result = landscape_metrics_raster(path, zones=zones, levels=("landscape", "class"))
    assert result.landscape["zone"].tolist() == ["a", "b overlaps a", "c over the edge"]
    assert any("d outside" in str(m) for m in result.messages)
    assert any("c over the edge" in str(m) and "%" in str(m) for m in result.messages)
    rows, cols = np.indices(data.shape)
    centres_x, centres_y = x0 + (cols + 0.5) * cell, y0 - (rows + 0.5) * cell
    for geom, name in zones[:3]:
        inside = np.array([geom.contains(Point(x, y)) for x, y in zip(centres_x.ravel(), centres_y.ravel())])
        mask = inside.reshape(data.shape) & (data != 255)
        single = landscape_metrics_array(data, mask, cell, levels=("landscape", "class"))
        zoned = result.landscape.set_index("zone").loc[name]
        expected = single.landscape.iloc[0]
        for metric in expected.index:
            assert zoned[metric] == pytest.approx(expected[metric], nan_ok=True), (name, metric)
        zoned_classes = (
            result.classes[result.classes["zone"] == name].drop(columns="zone").reset_index(drop=True)
        )
        np.testing.assert_allclose(
            zoned_classes.to_numpy(dtype=float), single.classes.to_numpy(dtype=float), equal_nan=True
        )


def test_no_zone_overlapping_is_an_error(tmp_path):
    path = _write(tmp_path / "o.tif", np.ones((4, 4), dtype=np.uint8))
    with pytest.raises(InputError, match="No zone overlaps"):
        landscape_metrics_raster(path, zones=[(box(0, 0, 1, 1), "far")])


@pytest.mark.parametrize("neighbourhood", [4, 8])
@pytest.mark.parametrize("depth", [None, 20.0])
def test_strips_and_joins_give_the_whole_landscape_numbers(monkeypatch, neighbourhood, depth):
    """Patches cut by strip borders (1 or 3 rows) and joined, with or without compaction, measure as whole."""
    from reindustria_plugin.analysis.landscape import patches

    rng = np.random.default_rng(11)
    data = np.kron(rng.integers(1, 4, (9, 11)), np.ones((3, 2))).astype(np.int16)
    data[rng.random(data.shape) < 0.15] = rng.integers(1, 4)  # speckle: diagonal contacts, tiny patches
    valid = rng.random(data.shape) > 0.05
    levels = ("landscape", "class", "patch")
    whole = landscape_metrics_array(data, valid, 10.0, neighbourhood, edge_depth=depth, levels=levels)
    for strip_cells, compact_every in ((22, 10**9), (66, 10**9), (22, 5)):
        monkeypatch.setattr(patches, "STRIP_CELLS", strip_cells)
        monkeypatch.setattr(patches, "COMPACT_EVERY", compact_every)
        cut = landscape_metrics_array(data, valid, 10.0, neighbourhood, edge_depth=depth, levels=levels)
        for a, b in ((whole.landscape, cut.landscape), (whole.classes, cut.classes)):
            np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-12, equal_nan=True)
        key = ["class", "area", "perim", "core", "contig", "gyrate"]
        a = whole.patches.sort_values(key).drop(columns="patch").to_numpy(float)
        b = cut.patches.sort_values(key).drop(columns="patch").to_numpy(float)
        np.testing.assert_allclose(a, b, rtol=1e-12, equal_nan=True)
    # Without patch output the labels are not kept: GYRATE labels every strip again.
    cut = landscape_metrics_array(data, valid, 10.0, neighbourhood, edge_depth=depth)
    for a, b in ((whole.landscape, cut.landscape), (whole.classes, cut.classes)):
        np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-12, equal_nan=True)
    # Without the distance metrics no label is kept, and provisional patches are joined every few strips.
    monkeypatch.setattr(patches, "DISTANCE_LIMIT", 0)
    monkeypatch.setattr(patches, "COMPACT_EVERY", 5)
    monkeypatch.setattr(patches, "STRIP_CELLS", 22)
    cut = landscape_metrics_array(data, valid, 10.0, neighbourhood, edge_depth=depth)
    for a, b in ((whole.landscape, cut.landscape), (whole.classes, cut.classes)):
        same = [c for c in a.columns if not c.startswith(("gyrate", "circle", "enn"))]
        np.testing.assert_allclose(
            a[same].to_numpy(float), b[same].to_numpy(float), rtol=1e-12, equal_nan=True
        )


def test_large_landscapes_leave_distance_metrics_empty_and_say_so(monkeypatch):
    from reindustria_plugin.analysis.landscape import patches

    monkeypatch.setattr(patches, "DISTANCE_LIMIT", 10)
    r = landscape_metrics_array(np.kron(np.eye(4, dtype=np.uint8), np.ones((2, 2), np.uint8)), levels=LEVELS)
    land = r.landscape.iloc[0]
    assert np.isnan(land["gyrate_mn"]) and np.isnan(land["enn_mn"]) and np.isnan(land["circle_mn"])
    assert land["np"] == 2 and not np.isnan(land["contig_mn"])  # corner contacts join both classes
    assert any("million cells" in str(m) for m in r.messages)


def test_single_precision_for_millions_of_patches_changes_nothing_visible(monkeypatch):
    from reindustria_plugin.analysis.landscape import metrics

    rng = np.random.default_rng(5)
    data = np.kron(rng.integers(1, 6, (20, 20)), np.ones((3, 3))).astype(np.uint8)
    double = landscape_metrics_array(data, cell_size=100.0)
    monkeypatch.setattr(metrics, "SINGLE_PRECISION_FROM", 0)
    single = landscape_metrics_array(data, cell_size=100.0)
    for a, b in ((double.landscape, single.landscape), (double.classes, single.classes)):
        np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-6, equal_nan=True)
