"""FRAGSTATS patch, class and landscape metrics of one landscape (a categorical grid).

Units are FRAGSTATS': areas in ha, lengths in map units (m), densities per 100 ha, edge density in m/ha,
PARA in m/ha, indices in %. Statistics over patches use the population standard deviation, as FRAGSTATS.
Undefined values (e.g. CONTAG of a one-class landscape, ENN of a patch alone in its class) are NaN and are
explained by the messages returned with the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError, Message
from .patches import DISTANCE_LIMIT, Patches, array_source, measure_patches

#: Patch metrics, in the order of FRAGSTATS' patch file.
PATCH_METRICS = [
    "area",
    "perim",
    "gyrate",
    "para",
    "shape",
    "frac",
    "circle",
    "contig",
    "core",
    "ncore",
    "cai",
    "enn",
]
#: Patch metrics summarised at class and landscape level by mean, standard deviation and CV (FRAGSTATS).
DISTRIBUTED = ["area", "gyrate", "shape", "frac", "para", "circle", "contig", "core", "dcore", "cai", "enn"]


def _distribution_columns() -> list[str]:
    return [f"{m}_{s}" for m in DISTRIBUTED for s in ("mn", "sd", "cv")]


#: Class metrics: FRAGSTATS' class file, then the area-weighted means and the median planners use.
CLASS_METRICS = [
    "ca",
    "pland",
    "np",
    "pd",
    "lpi",
    "te",
    "ed",
    "lsi",
    *_distribution_columns(),
    "pafrac",
    "tca",
    "cpland",
    "ndca",
    "dcad",
    "clumpy",
    "pladj",
    "iji",
    "cohesion",
    "division",
    "mesh",
    "split",
    "ai",
    "nlsi",
    "area_am",
    "area_md",
    "shape_am",
    "gyrate_am",
]
#: Landscape metrics: FRAGSTATS' landscape file, then the area-weighted means and the median.
LANDSCAPE_METRICS = [
    "ta",
    "np",
    "pd",
    "lpi",
    "te",
    "ed",
    "lsi",
    *_distribution_columns(),
    "pafrac",
    "tca",
    "ndca",
    "dcad",
    "contag",
    "pladj",
    "iji",
    "cohesion",
    "division",
    "mesh",
    "split",
    "pr",
    "prd",
    "shdi",
    "sidi",
    "msidi",
    "shei",
    "siei",
    "msiei",
    "ai",
    "area_am",
    "area_md",
    "shape_am",
    "gyrate_am",
]

#: From this many patches on, per-patch values are held in single precision (memory of continental rasters).
SINGLE_PRECISION_FROM = 1_000_000

#: FRAGSTATS computes PAFRAC only from this many patches on.
PAFRAC_MIN_PATCHES = 10


@dataclass
class LandscapeTables:
    """Metrics of one landscape: one row of landscape metrics, a row per class, a row per patch."""

    landscape: pd.DataFrame | None
    classes: pd.DataFrame | None
    patches: pd.DataFrame | None
    labels: np.ndarray | None = None  # patch labels (padded grid) when patches were asked for
    messages: list[Message] = field(default_factory=list)


def min_edge(cells: np.ndarray) -> np.ndarray:
    """Cell sides around ``cells`` cells gathered as a square as nearly as possible (FRAGSTATS' min e)."""
    cells = np.asarray(cells, dtype=np.float64)
    n = np.floor(np.sqrt(cells))
    return np.where(cells == n * n, 4 * n, np.where(cells <= n * (n + 1), 4 * n + 2, 4 * n + 4))


def max_like_adjacencies(cells: np.ndarray) -> np.ndarray:
    """Most like adjacencies (single count) ``cells`` cells can have (FRAGSTATS' max g_ii, for AI)."""
    cells = np.asarray(cells, dtype=np.float64)
    n = np.floor(np.sqrt(cells))
    m = cells - n * n
    base = 2 * n * (n - 1)
    return np.where(m == 0, base, np.where(m <= n, base + 2 * m - 1, base + 2 * m - 2))


def _stats(values: np.ndarray, prefix: str) -> dict[str, float]:
    values = values[~np.isnan(values)]
    if not len(values):
        return {f"{prefix}_mn": np.nan, f"{prefix}_sd": np.nan, f"{prefix}_cv": np.nan}
    mean = values.mean(dtype=np.float64)
    sd = values.std(dtype=np.float64)
    return {
        f"{prefix}_mn": mean,
        f"{prefix}_sd": sd,
        f"{prefix}_cv": sd / mean * 100 if mean else np.nan,
    }


def _pafrac(area_m2: np.ndarray, perim_m: np.ndarray) -> float:
    """2 / slope of ln(area) regressed on ln(perimeter); NaN below 10 patches or without spread."""
    if len(area_m2) < PAFRAC_MIN_PATCHES:
        return np.nan
    x, y = np.log(perim_m, dtype=np.float64), np.log(area_m2, dtype=np.float64)
    n = len(x)
    den = n * (x * x).sum() - x.sum() ** 2
    if den <= 0:
        return np.nan
    slope = (n * (x * y).sum() - x.sum() * y.sum()) / den
    return 2.0 / slope if slope else np.nan


def patch_values(p: Patches, cell: float) -> dict[str, np.ndarray]:
    """FRAGSTATS patch metrics as arrays, one value per patch (in label order).

    From :data:`SINGLE_PRECISION_FROM` patches on, values are held in single precision (7 digits; sums and
    means are taken in double), and distance metrics that were not computed share one empty column.
    """
    dtype = np.float32 if p.count > SINGLE_PRECISION_FROM else np.float64
    cells = p.cells[1:]
    single = cells == 1
    values: dict[str, np.ndarray] = {}

    def put(name: str, column) -> None:
        values[name] = np.asarray(column).astype(dtype, copy=False)

    area_m2 = cells * (cell * cell)
    put("area", area_m2 / 10_000)
    put("perim", p.perimeter[1:] * cell)
    put("para", p.perimeter[1:] * cell / (area_m2 / 10_000))
    with np.errstate(divide="ignore", invalid="ignore"):
        put("frac", np.where(single, 1.0, 2 * np.log(0.25 * cell * p.perimeter[1:]) / np.log(area_m2)))
    del area_m2
    put("shape", p.perimeter[1:] / min_edge(cells))
    put("contig", p.contig[1:])
    put("core", p.core[1:] * (cell * cell / 10_000))
    put("ncore", p.ncore[1:])
    put("cai", p.core[1:] / cells * 100)
    if np.isnan(p.gyrate[1:]).all():
        empty = np.broadcast_to(np.array(np.nan, dtype=dtype), cells.shape)
        values.update(gyrate=empty, circle=empty, enn=empty)
    else:
        put("gyrate", p.gyrate[1:] * cell)
        with np.errstate(divide="ignore", invalid="ignore"):
            radius = p.circle_diameter[1:] / 2
            put("circle", np.where(single, 0.0, 1 - cells / (np.pi * radius * radius)))
        put("enn", p.enn[1:] * cell)
    return {name: values[name] for name in PATCH_METRICS}


def patch_table(p: Patches, values: dict[str, np.ndarray], codes: np.ndarray, keep=None) -> pd.DataFrame:
    """FRAGSTATS patch metrics, one row per patch (``patch`` = its label); ``keep`` selects patches."""
    ids = np.arange(1, p.count + 1, dtype=np.int64)
    klass = p.klass[1:]
    if keep is not None:
        ids, klass = ids[keep], klass[keep]
        values = {name: column[keep] for name, column in values.items()}
    frame = pd.DataFrame({"patch": ids, "class": codes[klass - 1], **values})
    frame["ncore"] = frame["ncore"].astype(np.int64)
    return frame


def _group_metrics(
    values: dict[str, np.ndarray],
    members: np.ndarray | None,
    core_ha: np.ndarray,
    total_m2: float,
    total_cells: float,
    cell: float,
) -> dict[str, float]:
    """Metrics both levels compute the same way from their patches (``members``: their positions, or all)."""

    def column(name: str) -> np.ndarray:
        data = values[name] if members is None else values[name][members]
        return data.astype(np.float64, copy=False)

    area = column("area")
    cells = area * 10_000 / (cell * cell)
    out: dict[str, float] = {
        "np": float(len(area)),
        "pd": len(area) / total_m2 * 1e6,
        "lpi": area.max() * 10_000 / total_m2 * 100 if len(area) else np.nan,
    }
    for metric in DISTRIBUTED:
        out.update(_stats(core_ha if metric == "dcore" else column(metric), metric))
    perim = column("perim")
    out["pafrac"] = _pafrac(area * 10_000, perim)
    out["tca"] = column("core").sum()
    out["ndca"] = float(len(core_ha))
    out["dcad"] = len(core_ha) / total_m2 * 1e6
    perim_cells = perim / cell
    den = (perim_cells * np.sqrt(cells)).sum()
    out["cohesion"] = (
        (1 - perim_cells.sum() / den) / (1 - 1 / np.sqrt(total_cells)) * 100
        if den > 0 and total_cells > 1
        else np.nan
    )
    share = cells / total_cells
    out["division"] = 1 - (share * share).sum()
    out["mesh"] = (area * area).sum() * 10_000 / total_m2
    out["split"] = total_m2 * total_m2 / ((area * 10_000) ** 2).sum()
    weights = area / area.sum()
    out["area_am"] = (area * weights).sum()
    out["area_md"] = float(np.median(area))
    out["shape_am"] = (column("shape") * weights).sum()
    out["gyrate_am"] = (column("gyrate") * weights).sum()
    return out


def class_table(
    values: dict[str, np.ndarray],
    p: Patches,
    adj: np.ndarray,
    codes: np.ndarray,
    cell: float,
    count_boundary: bool,
    wanted: Sequence[int] | None = None,
) -> pd.DataFrame:
    """FRAGSTATS class metrics, one row per class present (``wanted``: class indices 1..m to report)."""
    m = len(codes)
    class_cells = np.bincount(p.klass[1:], weights=p.cells[1:], minlength=m + 1)[1:]
    total_cells = class_cells.sum()
    total_m2 = total_cells * cell * cell
    boundary = adj[0, 1:].sum()
    rows = []
    for i in range(1, m + 1) if wanted is None else wanted:
        n_i = class_cells[i - 1]
        if not n_i:
            continue
        mine = np.flatnonzero(p.klass[1:] == i)
        like = adj[i, i] / 2  # single count
        unlike = adj[i, 1:].sum() - adj[i, i]
        edge_in = unlike + (adj[i, 0] if count_boundary else 0)
        edge_all = unlike + adj[i, 0]
        share = n_i / total_cells
        min_e = float(min_edge(n_i))
        row = {"class": int(codes[i - 1])}
        row["ca"] = n_i * cell * cell / 10_000
        row["pland"] = share * 100
        metrics = _group_metrics(values, mine, _core_areas(p, i, cell), total_m2, total_cells, cell)
        row.update({k: metrics[k] for k in ("np", "pd", "lpi")})
        row["te"] = edge_in * cell
        row["ed"] = edge_in * cell / total_m2 * 10_000
        row["lsi"] = edge_all / min_e
        row.update(metrics)
        row["cpland"] = metrics["tca"] * 10_000 / total_m2 * 100
        # CLUMPY and PLADJ count the adjacencies of the class's cells with every cell, outside included
        # (4 per cell); like adjacencies double counted.
        g_ii = adj[i, i]
        g_all = adj[i, :].sum()
        g = g_ii / (g_all - min_e) if g_all > min_e else np.nan
        if np.isnan(g) or share >= 1:
            row["clumpy"] = np.nan
        elif g < share and share < 0.5:
            row["clumpy"] = (g - share) / share
        else:
            row["clumpy"] = (g - share) / (1 - share)
        row["pladj"] = g_ii / g_all * 100 if g_all else np.nan
        row["iji"] = _iji_class(adj, i, m)
        max_g = float(max_like_adjacencies(n_i))
        row["ai"] = like / max_g * 100 if max_g > 0 else np.nan
        row["nlsi"] = _nlsi(edge_all, n_i, min_e, share, total_cells, boundary)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["class", *CLASS_METRICS])
    frame["np"] = frame["np"].astype(np.int64)
    frame["ndca"] = frame["ndca"].astype(np.int64)
    return frame


def _core_areas(p: Patches, klass: int | None, cell: float) -> np.ndarray:
    sizes = p.core_areas if klass is None else p.core_areas[p.core_area_class == klass]
    return sizes * cell * cell / 10_000


def _iji_class(adj: np.ndarray, i: int, m: int) -> float:
    """Interspersion and juxtaposition of class i: evenness of its edges with the other classes."""
    if m < 3:
        return np.nan
    edges = np.delete(adj[i, 1:], i - 1).astype(np.float64)
    total = edges.sum()
    if not total:
        return np.nan
    share = edges[edges > 0] / total
    return float(-(share * np.log(share)).sum() / np.log(m - 1) * 100)


def _nlsi(edge, cells, min_e, share, total, boundary) -> float:
    """Normalised LSI: (e - min e) / (max e - min e).

    max e is 4 a_i up to half the landscape, and beyond that the landscape boundary plus four sides of every
    cell of the other classes: FRAGSTATS' output follows this (its documentation names a middle regime,
    3A - 2a_i, that its output for landscape.asc does not use).
    """
    max_e = 4 * cells if share <= 0.5 else boundary + 4 * (total - cells)
    if max_e == min_e:
        return np.nan
    return float((edge - min_e) / (max_e - min_e))


def landscape_row(
    values: dict[str, np.ndarray], p: Patches, adj: np.ndarray, cell: float, count_boundary: bool
) -> dict[str, float]:
    """FRAGSTATS landscape metrics."""
    m = adj.shape[0] - 1
    class_cells = np.bincount(p.klass[1:], weights=p.cells[1:], minlength=m + 1)[1:]
    present = class_cells > 0
    total_cells = class_cells.sum()
    total_m2 = total_cells * cell * cell
    inner = adj[1:, 1:]
    interior_edges = np.triu(inner, 1).sum()
    boundary = adj[0, 1:].sum()
    edges = interior_edges + (boundary if count_boundary else 0)
    row: dict[str, float] = {"ta": total_m2 / 10_000}
    metrics = _group_metrics(values, None, _core_areas(p, None, cell), total_m2, total_cells, cell)
    row.update({k: metrics[k] for k in ("np", "pd", "lpi")})
    row["te"] = edges * cell
    row["ed"] = edges * cell / total_m2 * 10_000
    row["lsi"] = (interior_edges + boundary) / float(min_edge(total_cells))
    row.update(metrics)
    share = class_cells[present] / total_cells
    k = int(present.sum())
    # CONTAG: adjacencies inside the landscape, like ones double counted.
    g = inner[np.ix_(present, present)].astype(np.float64)
    g_rows = g.sum(axis=1, keepdims=True)
    if k >= 2:
        with np.errstate(divide="ignore", invalid="ignore"):
            q = share[:, None] * np.where(g_rows > 0, g / g_rows, 0)
            term = np.where(q > 0, q * np.log(np.where(q > 0, q, 1)), 0)
        row["contag"] = (1 + term.sum() / (2 * np.log(k))) * 100
    else:
        row["contag"] = np.nan
    like = np.diag(inner).sum()
    # Over every adjacency of the landscape's cells, the landscape boundary included (FRAGSTATS).
    row["pladj"] = like / (4 * total_cells) * 100
    if k >= 3 and interior_edges:
        upper = np.triu(inner, 1)
        e = upper[upper > 0] / interior_edges
        row["iji"] = float(-(e * np.log(e)).sum() / np.log(0.5 * k * (k - 1)) * 100)
    else:
        row["iji"] = np.nan
    row["pr"] = float(k)
    row["prd"] = k / total_m2 * 1e6
    row["shdi"] = float(-(share * np.log(share)).sum()) + 0.0  # never -0
    simpson = float((share * share).sum())
    row["sidi"] = 1 - simpson
    row["msidi"] = -np.log(simpson) + 0.0
    row["shei"] = row["shdi"] / np.log(k) if k > 1 else np.nan
    row["siei"] = row["sidi"] / (1 - 1 / k) if k > 1 else np.nan
    row["msiei"] = row["msidi"] / np.log(k) if k > 1 else np.nan
    max_g = max_like_adjacencies(class_cells[present])
    like_i = np.diag(inner)[present] / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(max_g > 0, like_i / max_g, np.nan)
    ok = ~np.isnan(ratio)
    row["ai"] = float((ratio[ok] * share[ok]).sum() * 100) if ok.any() else np.nan
    return row


def landscape_metrics_array(
    values: np.ndarray,
    valid: np.ndarray | None = None,
    cell_size: float = 1.0,
    neighbourhood: int = 8,
    count_boundary: bool = False,
    edge_depth: float | None = None,
    classes: Sequence[int] | None = None,
    levels: Sequence[str] = ("landscape", "class"),
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> LandscapeTables:
    """FRAGSTATS metrics of one landscape given as an array of codes.

    Parameters
    ----------
    values
        2-d integer array of land-use codes.
    valid
        Cells inside the landscape (default: all); others are outside, like FRAGSTATS' background.
    cell_size
        Side of the square cells in map units (metres).
    neighbourhood
        8 (FRAGSTATS' default) or 4: which cells form one patch.
    count_boundary
        Count the landscape boundary as edge in TE and ED (FRAGSTATS' default: no).
    edge_depth
        Edge depth for core areas, in map units (default one cell).
    classes
        Codes to report at class and patch level (default: all); landscape metrics always use every class.
    levels
        Any of "landscape", "class", "patch": only what is asked for is computed.

    Returns
    -------
    LandscapeTables
        The tables of the levels asked for (None for the others) and the messages about undefined values.
    """
    if neighbourhood not in (4, 8):
        raise InputError(QT_TRANSLATE_NOOP("analysis", "The neighbourhood must be 4 or 8 cells."))
    depth_cells = 1.0 if edge_depth is None else edge_depth / cell_size
    p, adj, codes = measure_patches(
        array_source(values, valid),
        neighbourhood,
        depth_cells,
        keep_labels="patch" in levels,
        progress=progress,
        is_canceled=is_canceled,
    )
    return tables_of(p, adj, codes, cell_size, count_boundary, classes, levels)


def tables_of(
    p: Patches,
    adj: np.ndarray,
    codes: np.ndarray,
    cell_size: float,
    count_boundary: bool,
    classes: Sequence[int] | None,
    levels: Sequence[str],
) -> LandscapeTables:
    """The metric tables of measured patches (see :func:`landscape_metrics_array`).

    The per-patch arrays of ``p`` that become metrics are released on the way (millions of patches).
    """
    if not len(codes) or not p.count:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The landscape has no cell with data (all nodata or outside).")
        )
    messages: list[Message] = []
    wanted_idx = None
    if classes is not None:
        position = {int(c): i + 1 for i, c in enumerate(codes.tolist())}
        wanted_idx = [position[int(c)] for c in classes if int(c) in position]
    values = patch_values(p, cell_size)
    distances = not (p.count and np.isnan(p.gyrate[1:]).all())
    p.perimeter = p.contig = p.core = p.ncore = p.gyrate = p.circle_diameter = p.enn = None
    land = cls = pat = None
    if "landscape" in levels:
        land = pd.DataFrame([landscape_row(values, p, adj, cell_size, count_boundary)])
        land = land[LANDSCAPE_METRICS]
        land["np"] = land["np"].astype(np.int64)
        land["ndca"] = land["ndca"].astype(np.int64)
        land["pr"] = land["pr"].astype(np.int64)
    if "class" in levels:
        cls = class_table(values, p, adj, codes, cell_size, count_boundary, wanted_idx)
        cls = cls.sort_values("class", kind="stable").reset_index(drop=True)
    reported = None if wanted_idx is None else np.isin(p.klass[1:], wanted_idx)
    if "patch" in levels:
        pat = patch_table(p, values, codes, reported)
        pat = pat.sort_values(["class", "patch"], kind="stable").reset_index(drop=True)
    enn = values["enn"] if reported is None else values["enn"][reported]
    messages.extend(undefined_messages(land, cls, enn if distances else None, len(codes)))
    if not distances:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The landscape has more than {limit} million cells: GYRATE, CIRCLE and ENN, which need every "
                    "patch at once, are left empty. Use zones or a coarser grid to get them.",
                ),
                limit=DISTANCE_LIMIT // 1_000_000,
            )
        )
    return LandscapeTables(land, cls, pat, p.labels if "patch" in levels else None, messages)


def undefined_messages(land, cls, enn: np.ndarray | None, n_classes: int) -> list[Message]:
    """One message per kind of undefined value, saying why it is empty."""
    out = []
    if n_classes < 2 and land is not None:
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The landscape has a single class: CONTAG, SHEI, SIEI, MSIEI and IJI are undefined and "
                    "left empty.",
                )
            )
        )
    elif n_classes < 3 and (land is not None or cls is not None):
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis", "IJI needs at least three classes in the landscape: it is left empty."
                )
            )
        )
    lonely = 0 if enn is None else int(np.isnan(enn).sum())
    if lonely:
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Patches alone in their class, without a nearest neighbour: {count}. Their ENN is "
                    "undefined and left out of ENN_MN, ENN_SD and ENN_CV.",
                ),
                count=lonely,
            )
        )
    if cls is not None and cls["pafrac"].isna().any():
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "PAFRAC needs at least {count} patches (FRAGSTATS): it is empty for classes with fewer.",
                ),
                count=PAFRAC_MIN_PATCHES,
            )
        )
    return out
