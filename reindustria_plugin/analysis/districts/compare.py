"""Districts side by side: land-use shares, the form of industrial land and, with two dates, its change.

Built on the cores of the landscape metrics and of land-use change, never re-implemented: one zonal pass of
:func:`~reindustria_plugin.analysis.landscape.zonal.landscape_metrics_raster` per date (districts as zones, codes
as production classes) and one pass of
:func:`~reindustria_plugin.analysis.change.raster_change.land_use_change_raster` with the districts as zones
(districts that overlap go to separate passes, so each is measured whole). A district is measured on the cells
whose centre is inside it, as both tools do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, InputError, Message
from ..typology import CLASS_KEYS, Nomenclature

#: Industrial land metrics taken from the landscape metrics' class table, with their column name here.
INDUSTRIAL_METRICS = [
    ("np", "ind_np"),
    ("pd", "ind_pd_per_100ha"),
    ("area_mn", "ind_area_mn_ha"),
    ("lpi", "ind_lpi_pct"),
    ("ed", "ind_ed_m_per_ha"),
    ("ai", "ind_ai_pct"),
    ("cohesion", "ind_cohesion"),
]
#: De-industrialisation change types and the short name of their destination in column names.
DEINDUSTRIALISATION = [
    ("deindustrialisation_residential", "residential"),
    ("deindustrialisation_commercial", "commercial"),
    ("deindustrialisation_vacancy", "vacancy"),
    ("deindustrialisation_green", "green"),
    ("deindustrialisation_other", "other"),
]
#: Overlaps smaller than this share of the smaller district are slivers (reprojected shared borders), not
#: overlaps.
OVERLAP_TOLERANCE = 1e-6
#: Share of a district's area with data below which it is reported as partly covered.
FULL_COVERAGE = 0.99

NO_DISTRICT_DATA = QT_TRANSLATE_NOOP(
    "analysis",
    "No district overlaps the land-use data: check that the districts and the land use cover the same area.",
)

STATUS_OK = "ok"
STATUS_PARTIAL = "partial"
STATUS_NO_DATA = "no data"


@dataclass
class DistrictComparison:
    """One row per district (``district`` first) and the messages for the user."""

    table: pd.DataFrame
    messages: list[Message] = field(default_factory=list)
    #: Column suffixes of the two dates ("2006", "2012", or "before", "after").
    dates: tuple[str, ...] = ()
    #: With ``change_dir``: the change-type raster of each district (raster land use), or the change polygons
    #: with a ``zone`` column (polygon land use), for maps.
    change_rasters: dict[str, str] = field(default_factory=dict)
    change_polygons: object | None = None


def check_districts(districts: Sequence[tuple[object, str]]) -> list[Message]:
    """Refuse duplicate names and empty input; say which districts overlap (each is still measured whole)."""
    if not districts:
        raise InputError(QT_TRANSLATE_NOOP("analysis", "The districts layer has no features."))
    names = [str(name) for _, name in districts]
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    duplicates = sorted(name for name, count in seen.items() if count > 1)
    if duplicates:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "District names must be unique, as each district is one row; these names are given more than "
                "once: {names}. Dissolve the layer by the name field first (Vector > Geoprocessing > Dissolve) "
                "or choose another name field.",
            ),
            names=", ".join(duplicates[:10]),
        )
    messages = []
    pairs = overlapping_pairs([geom for geom, _ in districts])
    if pairs:
        shown = "; ".join(f"{names[i]} – {names[j]}" for i, j in pairs[:10])
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Districts overlap ({count} pairs: {pairs}): each is measured whole, so land in the overlap "
                    "counts in both and the districts' areas do not add up to the territory.",
                ),
                count=len(pairs),
                pairs=shown,
            )
        )
    return messages


def overlapping_pairs(geoms: Sequence) -> list[tuple[int, int]]:
    """Index pairs of geometries whose interiors overlap (touching borders do not count)."""
    import shapely

    valid = [g is not None and not g.is_empty for g in geoms]
    tree = shapely.STRtree([g if ok else shapely.Point() for g, ok in zip(geoms, valid)])
    pairs = set()
    for i, geom in enumerate(geoms):
        if not valid[i]:
            continue
        for j in tree.query(geom, predicate="intersects").tolist():
            if (
                j > i
                and valid[j]
                and geom.intersection(geoms[j]).area > OVERLAP_TOLERANCE * min(geom.area, geoms[j].area)
            ):
                pairs.add((i, j))
    return sorted(pairs)


def disjoint_groups(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indices 0..n-1 split into groups with no overlapping pair inside a group (greedy colouring)."""
    neighbours: dict[int, set[int]] = {i: set() for i in range(n)}
    for i, j in pairs:
        neighbours[i].add(j)
        neighbours[j].add(i)
    groups: list[list[int]] = []
    for i in range(n):
        for group in groups:
            if not neighbours[i].intersection(group):
                group.append(i)
                break
        else:
            groups.append([i])
    return groups


def date_suffixes(years: tuple[int, int] | None, two_dates: bool) -> tuple[str, ...]:
    """The column suffixes of the dates: the years when known, else "before" / "after"."""
    if years is not None:
        return tuple(str(y) for y in years[: 2 if two_dates else 1])
    return ("before", "after") if two_dates else ("before",)


def compare_districts_raster(
    districts: Sequence[tuple[object, str]],
    before_path: str,
    nomenclature: Nomenclature,
    after_path: str | None = None,
    typology: np.ndarray | None = None,
    years: tuple[int, int] | None = None,
    presets: Sequence[tuple[str, Nomenclature]] = (),
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    change_dir: str | None = None,
) -> DistrictComparison:
    """Land indicators of each district from one or two land-use rasters.

    Parameters
    ----------
    districts
        (shapely polygon in the rasters' CRS, unique name) pairs.
    before_path, after_path
        Categorical land-use rasters (after: optional second date; aligned onto before by the change core).
    nomenclature
        Codes to production classes (as for land-use change).
    typology
        Change typology (pairs of production classes to change types); needed with two dates.
    years
        (first year, second year): column suffixes and the per-year rates; without them the rates are empty.
    presets
        (name, nomenclature) pairs, to name the preset the codes fit when the nomenclature does not.
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.
    change_dir
        With two dates, a folder where the change-type rasters are kept (for maps); None to keep none.

    Returns
    -------
    DistrictComparison
        ``district``, ``status`` ("ok", "partial", "no data"), ``area_ha``, ``covered_pct``; per date the area
        (``<class>_ha_<date>``) and share of covered area (``<class>_pct_<date>``) of each production class,
        the industrial land metrics (``ind_np_<date>``…) and ``shdi_<date>`` of the production classes; with
        two dates the change in ha (industrial land take, re-industrialisation, de-industrialisation by
        destination, persistence) and rates (% of the industrial land at the first date, per year).
    """
    paths = [before_path] if after_path is None else [before_path, after_path]

    def change_areas(measured, step, messages, extras):
        return _raster_change_areas(
            measured,
            (before_path, after_path, nomenclature, typology, presets),
            change_dir,
            step,
            is_canceled,
            messages,
            extras,
        )

    return _compare(
        districts,
        [(path, None) for path in paths],
        nomenclature,
        change_areas,
        typology,
        years,
        presets,
        progress,
        is_canceled,
    )


def compare_districts_vector(
    districts: Sequence[tuple[object, str]],
    before,
    nomenclature: Nomenclature,
    after=None,
    typology: np.ndarray | None = None,
    years: tuple[int, int] | None = None,
    cell_size: float = 10.0,
    presets: Sequence[tuple[str, Nomenclature]] = (),
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> DistrictComparison:
    """Land indicators of each district from land-use polygons at one or two dates.

    Class areas and shares and the change are area-exact, from the polygons (the cores of
    ``reindustria:landusechangevector``); the industrial land metrics and shdi need cells, so they are measured
    on the polygons rasterized at ``cell_size`` (cell centres, grid snapped to multiples of the cell size).

    Parameters
    ----------
    before, after
        GeoDataFrames with a ``code`` column (nullable integers) and polygons, in the districts' projected CRS.
    cell_size
        Cell size in CRS units for the landscape metrics.

    Other parameters and the result are as in :func:`compare_districts_raster`.
    """
    import tempfile

    frames = [before] if after is None else [before, after]

    def change_areas(measured, step, messages, extras):
        return _vector_change_areas(
            measured, (before, after, nomenclature, typology, presets), step, is_canceled, messages, extras
        )

    with tempfile.TemporaryDirectory(prefix="reindustria-districts-") as tmp:
        bounds = _grid_bounds([g for g, _ in districts], frames, cell_size)
        sources = []
        for k, frame in enumerate(frames):
            path = f"{tmp}/land_use_{k}.tif"
            _rasterize_codes(frame, bounds, cell_size, path, before.crs)
            sources.append((path, frame))
        return _compare(
            districts,
            sources,
            nomenclature,
            change_areas,
            typology,
            years,
            presets,
            progress,
            is_canceled,
        )


def _compare(districts, sources, nomenclature, change_areas, typology, years, presets, progress, is_canceled):
    """The comparison table from per-date land form (landscape metrics of a raster, exact class areas of
    polygons when given) and the change areas per district."""
    from ..landscape.classes import class_recoder
    from ..landscape.zonal import NO_ZONE_OVERLAPS, landscape_metrics_raster

    messages = check_districts(districts)
    two = len(sources) == 2
    if two and typology is None:
        raise ValueError("a typology is needed with two dates")
    if years is not None and two and years[1] <= years[0]:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The second year ({after}) must come after the first ({before})."),
            before=years[0],
            after=years[1],
        )
    dates = date_suffixes(years, two)
    steps = len(sources) + (1 if two else 0)
    recode, _names = class_recoder(nomenclature, True)

    def step_progress(k):
        return None if progress is None else (lambda f: progress((k + f) / steps))

    table = pd.DataFrame(
        {
            "district": [str(name) for _, name in districts],
            "area_ha": [g.area / 10_000.0 if g is not None else 0.0 for g, _ in districts],
        }
    ).set_index("district", drop=False)
    ta: dict[str, dict] = {}
    extras: dict = {}
    for k, ((path, frame), date) in enumerate(zip(sources, dates)):
        try:
            result = landscape_metrics_raster(
                path,
                zones=list(districts),
                classes=None,
                levels=("landscape", "class"),
                recode=recode,
                nomenclature=nomenclature,
                presets=presets,
                progress=step_progress(k),
                is_canceled=is_canceled,
                distances=False,  # GYRATE, CIRCLE, ENN are not compared: half the time saved
                # The second date on the first date's grid, as the change core aligns it: cell for cell alike.
                align_to=sources[0][0] if k else None,
            )
        except InputError as err:
            if err.template != NO_ZONE_OVERLAPS:
                raise
            raise InputError(NO_DISTRICT_DATA) from None
        # The landscape messages speak of zones and of metrics not compared here (ENN, PAFRAC…): coverage is
        # reported per district below instead.
        _add_land_form(table, result, date, ta)
        if frame is not None:
            _exact_class_areas(
                table, districts, frame, nomenclature, typology, presets, date, ta, is_canceled
            )
    if two:
        _check_same_footprint(ta, dates, messages)
        # Only districts with data at the first date: the others are "no data" already.
        measured = [d for d in districts if str(d[1]) in ta.get(dates[0], {})]
        if measured:
            areas = change_areas(measured, step_progress(len(sources)), messages, extras)
            _add_change(table, areas, years, messages)
    # Coverage from the first date: the share of the district's area with land-use data.
    covered = pd.Series(ta.get(dates[0], {}), dtype=float).reindex(table.index)
    table.insert(2, "covered_pct", np.where(table["area_ha"] > 0, 100.0 * covered / table["area_ha"], np.nan))
    status = np.where(
        covered.isna() | (covered <= 0),
        STATUS_NO_DATA,
        np.where(table["covered_pct"] < 100.0 * FULL_COVERAGE, STATUS_PARTIAL, STATUS_OK),
    )
    table.insert(1, "status", status)
    partial = table[table["status"] == STATUS_PARTIAL]
    if len(partial):
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Districts only partly covered by the land use (share of their area with data): {districts}. "
                    "Their indicators describe that part.",
                ),
                districts="; ".join(
                    f"{d} {p:.1f} %" for d, p in zip(partial.index[:20], partial["covered_pct"])
                ),
            )
        )
    no_data = table.index[table["status"] == STATUS_NO_DATA].tolist()
    if len(no_data) == len(table):
        raise InputError(NO_DISTRICT_DATA)
    if no_data:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "No land-use data under {count} districts ({names}): they are reported as 'no data', with "
                    "empty indicators, not zeros.",
                ),
                count=len(no_data),
                names=", ".join(no_data[:20]),
            )
        )
        table.loc[no_data, table.columns[4:]] = np.nan
    return DistrictComparison(table.reset_index(drop=True), messages, dates, **extras)


def _add_land_form(table: pd.DataFrame, result, date: str, ta: dict) -> None:
    """Class areas and shares, industrial land metrics and shdi of one date, as columns of ``table``."""
    classes = result.classes
    land = result.landscape
    if land is not None:
        land = land.set_index("zone")
        ta[date] = land["ta"].to_dict()
    value_of = {key: i + 1 for i, key in enumerate(CLASS_KEYS)}
    for key in CLASS_KEYS:
        rows = classes[classes["class"] == value_of[key]].set_index("zone") if classes is not None else None
        area = rows["ca"] if rows is not None else pd.Series(dtype=float)
        share = rows["pland"] if rows is not None else pd.Series(dtype=float)
        # A district with data and no cell of the class has 0 ha of it (no class row), not an unknown area.
        has_data = table.index.isin(list(ta.get(date, {})))
        table[f"{key}_ha_{date}"] = np.where(has_data, area.reindex(table.index).fillna(0.0), np.nan)
        table[f"{key}_pct_{date}"] = np.where(has_data, share.reindex(table.index).fillna(0.0), np.nan)
    industrial = (
        classes[classes["class"] == value_of["industrial"]].set_index("zone") if classes is not None else None
    )
    for metric, column in INDUSTRIAL_METRICS:
        values = industrial[metric] if industrial is not None else pd.Series(dtype=float)
        table[f"{column}_{date}"] = values.reindex(table.index).astype(float)
    # Without industrial land there is no patch: np is 0, the other metrics stay undefined (empty).
    has_data = table.index.isin(list(ta.get(date, {})))
    table.loc[has_data, f"ind_np_{date}"] = table.loc[has_data, f"ind_np_{date}"].fillna(0.0)
    shdi = land["shdi"] if land is not None else pd.Series(dtype=float)
    table[f"shdi_{date}"] = shdi.reindex(table.index).astype(float)


def _check_same_footprint(ta: dict, dates: Sequence[str], messages: list[Message]) -> None:
    """Warn where the two dates have data over areas that differ by more than 1 %: areas then differ by
    coverage, not by change (the change columns count only cells with data at both dates)."""
    first, second = (ta.get(d, {}) for d in dates[:2])
    for district, area in first.items():
        other = second.get(district, 0.0)
        if abs(other - area) > 0.01 * max(area, other):
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "District '{district}': the land use covers {before} ha at {first} and {after} ha at "
                        "{second}, so its class areas differ by coverage too; the change columns count only land "
                        "with data at both dates.",
                    ),
                    district=district,
                    before=f"{area:,.1f}",
                    after=f"{other:,.1f}",
                    first=_date_words(dates)[0],
                    second=_date_words(dates)[1],
                )
            )


def _date_words(dates: Sequence[str]) -> tuple[str, ...]:
    """The dates as words for messages: the years, or "the first date" / "the second date" without them."""
    words = (
        QT_TRANSLATE_NOOP("analysis", "the first date"),
        QT_TRANSLATE_NOOP("analysis", "the second date"),
    )
    return tuple(d if d.isdigit() else w for d, w in zip(dates, words))


def _add_messages(messages: list[Message], new: Sequence[Message]) -> None:
    """Append the messages not said yet (the two dates often repeat one)."""
    said = {str(m) for m in messages}
    for message in new:
        if str(message) not in said:
            messages.append(message)
            said.add(str(message))


def _raster_change_areas(
    districts, inputs, change_dir, progress, is_canceled, messages, extras
) -> dict[str, dict[str, float]]:
    """Hectares of each change type per district, by the raster change core (overlapping districts in separate
    passes, so each is counted whole); with ``change_dir`` the change rasters are kept there."""
    from ..change.raster_change import land_use_change_raster

    before_path, after_path, nomenclature, typology, presets = inputs
    extras["change_rasters"] = {}

    groups = disjoint_groups(len(districts), overlapping_pairs([g for g, _ in districts]))
    areas: dict[str, dict[str, float]] = {}
    for k, group in enumerate(groups):

        def group_progress(f, k=k):
            if progress:
                progress((k + f) / len(groups))

        change_path = f"{change_dir}/change_{k}.tif" if change_dir else None
        result = land_use_change_raster(
            before_path,
            after_path,
            nomenclature,
            typology,
            change_path,
            zones=[districts[i] for i in group],
            presets=presets,
            progress=group_progress,
            is_canceled=is_canceled,
        )
        # Cells excluded as nodata are counted over the whole raster, not the districts: left out here.
        _add_messages(messages, [m for m in result.messages if "cells" not in m.params])
        areas.update(_summary_areas(result.summary))
        if change_path:
            extras["change_rasters"].update({str(districts[i][1]): change_path for i in group})
    return areas


def _vector_change_areas(
    districts, inputs, progress, is_canceled, messages, extras
) -> dict[str, dict[str, float]]:
    """Hectares of each change type per district, by the polygon change core (overlapping zones each count
    their whole area there)."""
    from ..change.vector_change import land_use_change_vector, overlay_pieces

    before, after, nomenclature, typology, presets = inputs
    pieces, _uncovered = overlay_pieces(before, after, is_canceled=is_canceled)
    result = land_use_change_vector(
        pieces,
        nomenclature,
        typology,
        zones=list(districts),
        progress=progress,
        is_canceled=is_canceled,
        presets=presets,
    )
    _add_messages(messages, [m for m in result.messages if "zone" not in m.template.lower()])
    extras["change_polygons"] = result.change
    return _summary_areas(result.summary)


def _summary_areas(summary: pd.DataFrame) -> dict[str, dict[str, float]]:
    """{district: {change type: ha}} from a change summary with zones (its "all" rows left out)."""
    rows = (
        summary[(summary["zone"] != "all") & (summary["ring"] == summary["ring"].iloc[0])]
        if len(summary)
        else summary
    )
    return {
        str(zone): dict(zip(part["change_type"], part["area_ha"].astype(float)))
        for zone, part in rows.groupby("zone")
    }


def _add_change(table, areas, years, messages) -> None:
    """Industrial land take, re-industrialisation, de-industrialisation by destination and persistence."""
    has_data = table.index.isin(list(areas))
    change = pd.DataFrame([areas.get(d, {}) for d in table.index], index=table.index)

    def column(key):
        return change[key].fillna(0.0) if key in change else pd.Series(0.0, index=table.index)

    take = column("industrial_land_take")
    reind = column("reindustrialisation")
    persistence = column("industrial_persistence")
    deind = {name: column(key) for key, name in DEINDUSTRIALISATION}
    deind_total = sum(deind.values())
    industrial_before = persistence + deind_total
    span = (years[1] - years[0]) if years is not None else None
    out = {
        "industrial_land_take_ha": take,
        "reindustrialisation_ha": reind,
        "deindustrialisation_ha": deind_total,
        **{f"deindustrialisation_{name}_ha": values for name, values in deind.items()},
        "industrial_persistence_ha": persistence,
        "industrial_persistence_pct": 100.0 * persistence / industrial_before.where(industrial_before > 0),
    }
    if span:
        base = industrial_before.where(industrial_before > 0)
        out["industrial_land_take_pct_per_year"] = 100.0 * take / base / span
        out["deindustrialisation_pct_per_year"] = 100.0 * deind_total / base / span
    for name, values in out.items():
        table[name] = np.where(has_data, values.astype(float), np.nan)
    if not span:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Without the years of the two dates the rates per year are left out; give both years to "
                    "get them.",
                )
            )
        )


#: Largest grid the polygons are rasterized to for the landscape metrics (int32 cells, written in strips).
MAX_GRID_CELLS = 400_000_000
_NODATA_CODE = np.iinfo(np.int32).min


def _grid_bounds(district_geoms, frames, cell_size: float) -> tuple[float, float, float, float]:
    """Where districts and land use meet, snapped outward to multiples of the cell size."""
    import math

    import shapely

    boxes = [shapely.box(*shapely.GeometryCollection(list(district_geoms)).bounds)]
    boxes += [shapely.box(*frame.total_bounds) for frame in frames]
    common = boxes[0]
    for other in boxes[1:]:
        common = common.intersection(other)
    xmin, ymin, xmax, ymax = (common if not common.is_empty else boxes[0]).bounds
    xmin, ymin = math.floor(xmin / cell_size) * cell_size, math.floor(ymin / cell_size) * cell_size
    xmax, ymax = math.ceil(xmax / cell_size) * cell_size, math.ceil(ymax / cell_size) * cell_size
    cells = round((xmax - xmin) / cell_size) * round((ymax - ymin) / cell_size)
    if cells > MAX_GRID_CELLS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "At a cell size of {cell} the districts would need {millions} million cells for the landscape "
                "metrics (at most {limit} million): choose a larger cell size.",
            ),
            cell=f"{cell_size:g}",
            millions=f"{cells / 1e6:,.0f}",
            limit=f"{MAX_GRID_CELLS / 1e6:,.0f}",
        )
    return xmin, ymin, max(xmax, xmin + cell_size), max(ymax, ymin + cell_size)


def _rasterize_codes(frame, bounds, cell_size: float, path: str, crs) -> None:
    """Burn the polygons' codes into a GeoTIFF (cell centres inside; strips of rows, so memory stays small)."""
    import rasterio
    import shapely
    from rasterio import features
    from rasterio.transform import from_origin

    xmin, ymin, xmax, ymax = bounds
    width, height = round((xmax - xmin) / cell_size), round((ymax - ymin) / cell_size)
    transform = from_origin(xmin, ymax, cell_size, cell_size)
    keep = frame["code"].notna().to_numpy() & ~frame.geometry.is_empty.to_numpy()
    geoms = np.asarray(frame.geometry.values)[keep]
    codes = frame["code"].to_numpy()[keep].astype(np.int64)
    if len(codes) and (codes.min() <= _NODATA_CODE or codes.max() > np.iinfo(np.int32).max):
        raise InputError(QT_TRANSLATE_NOOP("analysis", "Land-use codes must fit in 32-bit integers."))
    tree = shapely.STRtree(geoms)
    rows_per_strip = max(1, 4_000_000 // max(width, 1))
    profile = {
        "driver": "GTiff",
        "width": width,
        "height": height,
        "count": 1,
        "dtype": "int32",
        "nodata": _NODATA_CODE,
        "crs": crs,
        "transform": transform,
        "tiled": True,
        "compress": "deflate",
    }
    with rasterio.open(path, "w", **profile) as out:
        for r0 in range(0, height, rows_per_strip):
            r1 = min(height, r0 + rows_per_strip)
            top = ymax - r0 * cell_size
            strip = shapely.box(xmin, top - (r1 - r0) * cell_size, xmax, top)
            hits = tree.query(strip)
            block = np.full((r1 - r0, width), _NODATA_CODE, dtype=np.int32)
            if len(hits):
                features.rasterize(
                    zip(geoms[hits], codes[hits].tolist()),
                    out=block,
                    transform=from_origin(xmin, top, cell_size, cell_size),
                )
            out.write(block, 1, window=rasterio.windows.Window(0, r0, width, r1 - r0))


def _exact_class_areas(
    table, districts, frame, nomenclature, typology, presets, date, ta, is_canceled
) -> None:
    """Replace the class areas and shares of one date by the area-exact ones of the polygons (the polygon
    change core with the same codes at both dates), and the covered area with it."""
    import geopandas as gpd

    from ..change.vector_change import land_use_change_vector

    pieces = gpd.GeoDataFrame(
        {"code_before": frame["code"], "code_after": frame["code"]}, geometry=frame.geometry, crs=frame.crs
    )
    pieces = pieces[pieces["code_before"].notna()]
    if typology is None:
        typology = np.zeros((len(CLASS_KEYS), len(CLASS_KEYS)), dtype=np.uint8)
    try:
        result = land_use_change_vector(
            pieces, nomenclature, typology, zones=list(districts), is_canceled=is_canceled, presets=presets
        )
    except InputError:
        return  # no district over the polygons: the landscape pass has found no data either
    change = result.change[result.change["zone"].notna()]
    by_class = change.groupby(["zone", "from_class"])["area_ha"].sum()
    total = change.groupby("zone")["area_ha"].sum()
    ta[date] = {str(zone): float(ha) for zone, ha in total.items() if ha > 0}
    has_data = table.index.isin(list(ta[date]))
    for key in CLASS_KEYS:
        area = pd.Series(
            {str(zone): float(ha) for (zone, cls), ha in by_class.items() if cls == key}, dtype=float
        ).reindex(table.index)
        table[f"{key}_ha_{date}"] = np.where(has_data, area.fillna(0.0), np.nan)
        table[f"{key}_pct_{date}"] = np.where(
            has_data, 100.0 * area.fillna(0.0) / total.reindex(table.index), np.nan
        )


#: Specialisation columns added from the employment table, after the land indicators.
SPECIALISATION_COLUMNS = ["employees", "main_sector", "main_lq", "krugman", "hhi"]


def add_specialisation(
    comparison: DistrictComparison, employment: pd.DataFrame, level: str | None = None, tree=None
) -> None:
    """Append each district's specialisation (the specialisation core on ``employment``: columns ``area`` =
    district name, ``sector``, ``employees``) to ``comparison.table``; areas of the table that are not districts
    count in the reference economy only, and the messages say which districts have no employment rows."""
    from .specialisation import specialisation_tables

    result = specialisation_tables(employment, level=level, tree=tree, tables=("areas",))
    _add_messages(comparison.messages, result.messages)
    areas = result.areas.set_index("area")
    names = comparison.table["district"].astype(str)
    for column in SPECIALISATION_COLUMNS:
        comparison.table[column] = names.map(areas[column]).tolist()
    missing = sorted(set(names) - set(areas.index))
    others = sorted(set(areas.index) - set(names))
    if len(missing) == len(set(names)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "No district name is found in the employment table's district field (it has e.g. {areas}; the "
                "districts are e.g. {districts}): choose the field holding the district names, or make the names "
                "match.",
            ),
            areas=", ".join(f"'{a}'" for a in others[:5]),
            districts=", ".join(f"'{d}'" for d in sorted(set(names))[:5]),
        )
    if missing:
        comparison.messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "No employment rows for {count} districts ({names}): their specialisation columns are empty. "
                    "The employment table's area values must be the district names.",
                ),
                count=len(missing),
                names=", ".join(missing[:20]),
            )
        )
    if others:
        comparison.messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} areas of the employment table are not districts ({names}): they count in the "
                    "reference economy of the quotients only.",
                ),
                count=len(others),
                names=", ".join(others[:20]),
            )
        )
