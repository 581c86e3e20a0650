"""Benchmark of reindustria:landusechange (rasters) against GRASS r.stats -c, in the same run.

Generates a pair of uint8 GeoTIFFs (tiled, deflate, CORINE grid codes in blocky patches, ~10 % of the cells
changed), then times: reading and decompressing every cell of both inputs (rasterio, tile by tile), GRASS
``r.stats -c`` on the pair, the analysis core alone in a fresh Python, and the whole algorithm through
qgis_process (cross-tab, typology, change raster, rings, accounting), with peak memory. Prints the ratios the
issue sets targets for.

Size: ``BENCH_SIZE=N`` (N x N, default 10000) or ``BENCH_ROWS`` and ``BENCH_COLS`` (e.g. 25000 x 40000, one
billion cells). Every measurement runs ``BENCH_REPEAT`` times (default 3), interleaved, and the best time of each
is compared: single runs vary by +-20 % here. The pair is kept in bench_output/ for the next run (a few MB: the
patches compress well); ``BENCH_CLEAN=1`` removes it and the outputs afterwards. ``BENCH_CELL`` sets the cell
size in metres (default 10, as Urban Atlas rasterised; 100 is CORINE's): the rings (250, 500, 1000 m) then
reach 100 or 10 cells.

Run: ``make bench`` (or ``BENCH_ROWS=25000 BENCH_COLS=40000 make bench``).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench_output"
CODES = np.array([1, 2, 3, 4, 12, 18, 20, 23, 24, 41], dtype=np.uint8)
RINGS = "250,500,1000"

CORE = """
import sys, time
sys.path.insert(0, {repo!r})
from reindustria_plugin import paths
from reindustria_plugin.analysis.change.raster_change import land_use_change_raster
from reindustria_plugin.analysis.typology import load_nomenclature, load_typology
start = time.perf_counter()
land_use_change_raster(
    {before!r}, {after!r},
    load_nomenclature(paths.PRESETS / "nomenclature_clc_grid.csv"),
    load_typology(paths.PRESETS / "typology_reindustrialisation.csv"),
    {change!r}, rings=[{rings}],
)
print(time.perf_counter() - start)
"""


def generate(rows: int, cols: int, cell: float) -> tuple[Path, Path]:
    name = _tag(rows, cols, cell)
    before, after = OUT / f"before_{name}.tif", OUT / f"after_{name}.tif"
    if before.exists() and after.exists():
        return before, after
    rng = np.random.default_rng(42)
    profile = dict(
        driver="GTiff",
        width=cols,
        height=rows,
        count=1,
        dtype="uint8",
        nodata=255,
        crs="EPSG:3035",
        transform=from_origin(4_000_000, 2_600_000, cell, cell),
        tiled=True,
        blockxsize=512,
        blockysize=512,
        compress="deflate",
        BIGTIFF="IF_SAFER",
    )
    strip = 2048
    partial = [path.with_name(".partial-" + path.name) for path in (before, after)]
    with rasterio.open(partial[0], "w", **profile) as b, rasterio.open(partial[1], "w", **profile) as a:
        for row in range(0, rows, strip):
            h = min(strip, rows - row)
            # Patches of 32 x 32 cells (320 m), like a land-use map; ~10 % of patches change code.
            patches = CODES[rng.integers(0, len(CODES), size=(-(-h // 32), -(-cols // 32)))]
            block = np.repeat(np.repeat(patches, 32, axis=0), 32, axis=1)[:h, :cols]
            changed = patches.copy()
            flip = rng.random(patches.shape) < 0.10
            changed[flip] = CODES[rng.integers(0, len(CODES), size=flip.sum())]
            block_after = np.repeat(np.repeat(changed, 32, axis=0), 32, axis=1)[:h, :cols]
            b.write(block, 1, window=Window(0, row, cols, h))
            a.write(block_after, 1, window=Window(0, row, cols, h))
    for tmp, path in zip(partial, (before, after)):
        tmp.replace(path)
    return before, after


def _tag(rows: int, cols: int, cell: float) -> str:
    name = f"{rows}" if rows == cols else f"{rows}x{cols}"
    return name if cell == 10 else f"{name}_{cell:g}m"


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Wall time, peak RSS in MB (GNU time) and output of a command."""
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) // 1024
    return elapsed, rss, out.stdout


def read_both(before: Path, after: Path, rows: int, cols: int) -> float:
    """Seconds to read and decompress every cell of both inputs, tile by tile, as GDAL stores them.

    Each file is opened afresh (GDAL's block cache belongs to the dataset, so nothing is reused) and every
    tile is decompressed into a buffer. Then, untimed, every tile is read again and counted by value, to
    check that the tiles hold all the cells (the inputs are small on disk because the patches compress
    about 150:1, so decompressing them is little more than copying memory).
    """
    start = time.perf_counter()
    for path in (before, after):
        with rasterio.open(path) as src:
            buffer = np.empty((src.block_shapes[0]), dtype=np.uint8)
            for _, window in src.block_windows(1):
                src.read(1, window=window, out=buffer[: window.height, : window.width])
    elapsed = time.perf_counter() - start
    for path in (before, after):
        counts = np.zeros(256, dtype=np.int64)
        with rasterio.open(path) as src:
            for _, window in src.block_windows(1):
                counts += np.bincount(src.read(1, window=window).ravel(), minlength=256)
        if counts.sum() != rows * cols or not counts[CODES].all():
            sys.exit(f"read check failed for {path}: {counts.sum()} cells")
    return elapsed


def qgis_process_env(work: Path) -> tuple[str, dict[str, str]]:
    """qgis_process and a throwaway profile with the plugin of this tree enabled (as scripts/qgis-process)."""
    subprocess.run([str(REPO / "scripts/setup.sh")], check=True)
    subprocess.run([str(REPO / "scripts/plugin-dir.sh"), str(work / "plugins")], check=True)
    env = dict(os.environ)
    # The .venv's site-packages (shapely 2 built against the system GEOS) first, as for the tests.
    site = subprocess.run(
        [str(REPO / ".venv/bin/python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    env.update(
        QGIS_PLUGINPATH=str(work / "plugins"),
        QGIS_CUSTOM_CONFIG_PATH=str(work / "config"),
        XDG_CONFIG_HOME=str(work / "xdg"),
        QT_QPA_PLATFORM="offscreen",
        PROJ_DATA="/usr/share/proj",
        PROJ_LIB="/usr/share/proj",
        PYTHONPATH=site + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
    )
    # Debian's /usr/bin/qgis_process wrapper passes an option 3.22 rejects; call the binary.
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    subprocess.run([binary, "plugins", "enable", "reindustria_plugin"], env=env, capture_output=True)
    return binary, env


def main() -> None:
    size = int(os.environ.get("BENCH_SIZE", "10000"))
    rows = int(os.environ.get("BENCH_ROWS", size))
    cols = int(os.environ.get("BENCH_COLS", size))
    OUT.mkdir(exist_ok=True)
    cell = float(os.environ.get("BENCH_CELL", "10"))
    tag = _tag(rows, cols, cell)
    print(
        f"bench: generating/using a {rows} x {cols} uint8 pair ({rows * cols / 1e6:.0f} M cells of {cell:g} m) "
        f"in {OUT}"
    )
    before, after = generate(rows, cols, cell)
    mb = (before.stat().st_size + after.stat().st_size) / 2**20
    print(f"bench: inputs {mb:.1f} MB on disk for {2 * rows * cols / 2**20:.0f} MB of cells")
    change = OUT / f"change_{tag}.tif"
    outputs = [change, *(OUT / f"{t}_{tag}.csv" for t in ("transitions", "summary", "accounting"))]

    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    grass = (
        f"r.external input={before} output=b -o --q && r.external input={after} output=a -o --q && "
        "g.region raster=b && r.stats -c input=b,a separator=comma"
    )
    script = CORE.format(
        repo=str(REPO), before=str(before), after=str(after), change=str(change), rings=RINGS
    )
    reads, grasses, cores, starts, algs = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="reindustria-bench-") as work:
        binary, env = qgis_process_env(Path(work))
        for _ in range(repeat):
            reads.append(read_both(before, after, rows, cols))
            grasses.append(timed(["grass", "--tmp-location", "EPSG:3035", "--exec", "bash", "-c", grass])[:2])
            _, rss_core, core_out = timed([str(REPO / ".venv/bin/python"), "-c", script])
            cores.append((float(core_out.strip().splitlines()[-1]), rss_core))
            starts.append(timed([binary, "help", "reindustria:landusechange"], env=env)[:2])
            algs.append(
                timed(
                    [
                        binary,
                        "run",
                        "reindustria:landusechange",
                        "--",
                        f"BEFORE={before}",
                        f"AFTER={after}",
                        "NOMENCLATURE=0",
                        f"RINGS={RINGS}",
                        f"CHANGE={change}",
                        f"TRANSITIONS={outputs[1]}",
                        f"SUMMARY={outputs[2]}",
                        f"ACCOUNTING={outputs[3]}",
                    ],
                    env=env,
                )[:2]
            )
    # Times: the best run of each; memory: the worst.
    t_read = min(reads)
    (t_grass, _), (t_core, _), (t_start, _), (t_alg, _) = (
        min(runs) for runs in (grasses, cores, starts, algs)
    )
    rss_grass, rss_core, rss_start, rss_alg = (
        max(rss for _, rss in runs) for runs in (grasses, cores, starts, algs)
    )
    print(
        f"runs: {repeat}, best of each; landusechange {', '.join(f'{t:.2f}' for t, _ in algs)} s, "
        f"GRASS {', '.join(f'{t:.2f}' for t, _ in grasses)} s, reading {', '.join(f'{t:.2f}' for t in reads)} s"
    )
    print(f"read both inputs (rasterio, every tile): {t_read:8.2f} s")
    print(f"GRASS r.stats -c:                      {t_grass:8.2f} s  peak {rss_grass} MB")
    print(f"analysis core alone (Python, in process): {t_core:6.2f} s  peak {rss_core} MB (whole process)")
    print(f"qgis_process start-up (help, no run):  {t_start:8.2f} s  peak {rss_start} MB")
    print(f"reindustria:landusechange (qgis_process): {t_alg:6.2f} s  peak {rss_alg} MB")
    print(f"ratio landusechange / GRASS r.stats -c = {t_alg / t_grass:.2f}  (target <= 1.0)")
    print(f"ratio landusechange / reading inputs   = {t_alg / t_read:.2f}  (target <= 3.0)")
    print(f"ratio core alone / reading inputs      = {t_core / t_read:.2f}")
    print(f"peak memory landusechange = {rss_alg} MB  (target <= 500 MB)")
    if os.environ.get("BENCH_CLEAN") == "1":
        for path in (before, after, *outputs, change.with_suffix(".qml")):
            path.unlink(missing_ok=True)
            Path(str(path) + ".aux.xml").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
