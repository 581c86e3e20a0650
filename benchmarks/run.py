"""Benchmark of reindustria:landusechange (rasters) against GRASS r.stats -c, in the same run.

Generates a pair of N x N uint8 GeoTIFFs (tiled, deflate, CORINE grid codes in blocky patches, ~10 % of the
cells changed), then times: reading both inputs block by block (rasterio), GRASS ``r.stats -c`` on the pair,
and the whole algorithm through qgis_process (cross-tab, typology, change raster, rings, accounting), with its
peak memory. Prints the ratios the issue sets targets for. ``BENCH_SIZE`` (default 10000) sets N.

Run: ``make bench`` (or ``BENCH_SIZE=40000 make bench``; the generated pair is kept in bench_output/).
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench_output"
CODES = np.array([1, 2, 3, 4, 12, 18, 20, 23, 24, 41], dtype=np.uint8)


def generate(n: int) -> tuple[Path, Path]:
    before, after = OUT / f"before_{n}.tif", OUT / f"after_{n}.tif"
    if before.exists() and after.exists():
        return before, after
    rng = np.random.default_rng(42)
    profile = dict(
        driver="GTiff",
        width=n,
        height=n,
        count=1,
        dtype="uint8",
        nodata=255,
        crs="EPSG:3035",
        transform=from_origin(4_000_000, 2_600_000, 10, 10),
        tiled=True,
        blockxsize=512,
        blockysize=512,
        compress="deflate",
    )
    strip = 2048
    with rasterio.open(before, "w", **profile) as b, rasterio.open(after, "w", **profile) as a:
        for row in range(0, n, strip):
            h = min(strip, n - row)
            # Patches of 32 x 32 cells (320 m), like a land-use map; ~10 % of patches change code.
            patches = CODES[rng.integers(0, len(CODES), size=(-(-h // 32), -(-n // 32)))]
            block = np.repeat(np.repeat(patches, 32, axis=0), 32, axis=1)[:h, :n]
            changed = patches.copy()
            flip = rng.random(patches.shape) < 0.10
            changed[flip] = CODES[rng.integers(0, len(CODES), size=flip.sum())]
            block_after = np.repeat(np.repeat(changed, 32, axis=0), 32, axis=1)[:h, :n]
            b.write(block, 1, window=Window(0, row, n, h))
            a.write(block_after, 1, window=Window(0, row, n, h))
    return before, after


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall time, peak RSS in MB (GNU time) and output of a command."""
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) // 1024
    return elapsed, rss, out.stdout


def read_both(before: Path, after: Path) -> float:
    start = time.perf_counter()
    for path in (before, after):
        with rasterio.open(path) as src:
            for _, window in src.block_windows(1):
                src.read(1, window=window)
    return time.perf_counter() - start


def main() -> None:
    n = int(os.environ.get("BENCH_SIZE", "10000"))
    OUT.mkdir(exist_ok=True)
    print(f"bench: generating/using a {n} x {n} uint8 pair in {OUT}")
    before, after = generate(n)
    t_read = read_both(before, after)
    grass = (
        f"r.external input={before} output=b -o --q && r.external input={after} output=a -o --q && "
        "g.region raster=b && r.stats -c input=b,a separator=comma"
    )
    t_grass, rss_grass, _ = timed(["grass", "--tmp-location", "EPSG:3035", "--exec", "bash", "-c", grass])
    t_alg, rss_alg, _ = timed(
        [
            str(REPO / "scripts/qgis-process"),
            "run",
            "reindustria:landusechange",
            "--",
            f"BEFORE={before}",
            f"AFTER={after}",
            "NOMENCLATURE=0",
            "RINGS=250,500,1000",
            f"CHANGE={OUT}/change_{n}.tif",
            f"TRANSITIONS={OUT}/transitions_{n}.csv",
            f"SUMMARY={OUT}/summary_{n}.csv",
            f"ACCOUNTING={OUT}/accounting_{n}.csv",
        ]
    )
    print(f"read both inputs (rasterio, by block): {t_read:8.2f} s")
    print(f"GRASS r.stats -c:                      {t_grass:8.2f} s  peak {rss_grass} MB")
    print(f"reindustria:landusechange (qgis_process): {t_alg:6.2f} s  peak {rss_alg} MB")
    print(f"ratio landusechange / GRASS r.stats -c = {t_alg / t_grass:.2f}  (target <= 1.0)")
    print(f"ratio landusechange / reading inputs   = {t_alg / t_read:.2f}  (target <= 3.0)")
    print(f"peak memory landusechange = {rss_alg} MB  (target <= 500 MB)")


if __name__ == "__main__":
    main()
