"""Mixed live-work microspaces: where housing and small production mix at fine grain, and their outlines.

:func:`live_work_mix` takes buildings with a use (OSM building values, production classes or the user's values
mapped by a tag preset) and optionally a number of levels, activities (crafts, workshops, coworking, offices,
shops: points or polygons), residents, and analysis units (a square or hexagonal grid, or the user's blocks or
census sections). Per unit it computes the floor area by use (footprint x levels; a building that straddles
units is split by area), GSI and FSI (Berghauser Pont & Haupt), activity counts, MXI, the normalised Shannon mix,
the dissimilarity to the neighbouring units and, optionally, Getis-Ord Gi* of the mix; it classes each unit and
merges neighbouring mixed units into microspaces with ids that stay the same when the run is repeated.

A unit is *mixed live-work* when it has housing and production together:
- by floor area: the MXI lies in the mixed band (van den Hoek 2008: 20-80 % housing) and productive floor
  (industrial, craft, coworking) is at least ``min_productive_share`` % of the floor of known use; or
- by activities: at least ``mxi_min`` % of the floor is housing and the unit holds at least ``min_activities``
  productive activities (workshops and crafts in the ground floors of housing, which floor area alone misses).
Otherwise the unit takes its dominant floor use (residential, productive, other) when at least half of its floor
has a known use, else ``unknown`` (OSM's ``building=yes``); ``activities_only`` with activities but no
buildings; ``empty`` without either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError, Message
from ..geometry import make_valid_polygons, shapely2
from ..osm.production import ACTIVITY_CLASSES, classify_tag_objects, parse_levels
from ..osm.tags import PRODUCTIVE_CLASSES, TagMapping
from .indices import dissimilarity, dominant_use, getis_ord_gi_star, mxi, shannon_mix
from .units import (
    grid_neighbours,
    hexagon_grid,
    locate_in_square_grid,
    locate_points,
    polygon_neighbours,
    split_by_square_grid,
    split_by_units,
    square_grid,
    square_grid_frame,
)

#: Unit classes, in legend order.
UNIT_CLASSES = ("mixed", "residential", "productive", "other", "unknown", "activities_only", "empty")
#: Floor categories of a building from its production class: 0 residential, 1 productive, 2 other, 3 unknown.
_FLOOR_OF_CLASS = {
    "residential": 0,
    "industrial": 1,
    "craft": 1,
    "coworking": 1,
    "office": 2,
    "services": 2,
    "other": 2,
    "unknown": 3,
}
#: Grid cells above this many would exhaust memory: the user is asked for a larger cell.
MAX_GRID_CELLS = 20_000_000
#: Grids above this many cells work but make large outputs: the log says so.
LARGE_GRID_CELLS = 2_000_000
#: A footprint above this (50 ha) is unlikely to be one building.
MAX_FOOTPRINT_M2 = 500_000.0
#: Gi* on fewer units than this is unreliable: the log says so.
MIN_GI_UNITS = 30


@dataclass(frozen=True)
class MixParameters:
    """Thresholds of the classification; the defaults are defended in the algorithm's help."""

    mxi_min: float = 20.0
    mxi_max: float = 80.0
    min_productive_share: float = 10.0
    min_activities: int = 2
    default_levels: float = 1.0
    #: Keep only mixed units in Gi* hot spots of the mix at this one-tailed significance; 0 = no test.
    significance: float = 0.0
    #: User units closer than this (map units) are neighbours; 0 = touching.
    neighbour_distance: float = 0.0


@dataclass
class LiveWorkResult:
    """Outputs of one run: ``units`` and ``microspaces`` are GeoDataFrames in ``crs``, ``summary`` one row."""

    units: object
    microspaces: object
    summary: pd.DataFrame
    crs: object
    messages: list[Message] = field(default_factory=list)


def live_work_mix(
    buildings,
    mapping: TagMapping,
    *,
    activities=None,
    activity_key: str | None = None,
    residents=None,
    units=None,
    cell_size: float | None = None,
    hexagonal: bool = False,
    params: MixParameters | None = None,
    want_microspaces: bool = True,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> LiveWorkResult:
    """Live-work mix indicators per unit, unit classes, and microspaces.

    Parameters
    ----------
    buildings
        GeoDataFrame of building polygons with a column ``use`` (any value the mapping knows; others count as
        unknown use) and optionally ``levels`` (numbers or text such as "4"; missing, zero or unreadable values
        take ``params.default_levels``).
    mapping
        The tag preset (:func:`..osm.tags.load_tag_mapping`).
    activities
        Optional GeoDataFrame of points or polygons (a polygon counts at a point inside it) with a column
        ``activity`` (OSM values, production classes or ATECO codes).
    activity_key
        The OSM key of the activity values when known (the field's name: ``craft``, ``shop``, ``office``), so
        that any value of the key is classed (every ``craft=*`` is a craft).
    residents
        Optional GeoDataFrame of points (counted in their unit) or polygons (split by area) with ``population``.
    units
        Optional GeoDataFrame of the user's unit polygons with a column ``unit_id``; other columns are kept.
        Without it, a grid of ``cell_size`` (square, or hexagons of the same area with ``hexagonal``).
    params
        Thresholds (:class:`MixParameters`; its defaults when None).
    want_microspaces
        False skips dissolving the microspaces (the units still get their ``microspace_id``).
    progress, is_canceled
        Optional callables for progress (0-1) and cancellation.

    Returns
    -------
    LiveWorkResult

    Raises
    ------
    InputError
        Without a CRS, without buildings, with a grid too fine for the extent, or with thresholds out of range.
    """
    import geopandas as gpd

    report = progress or (lambda _f: None)
    canceled = is_canceled or (lambda: False)
    messages: list[Message] = []
    params = params or MixParameters()
    fast_grid = None  # (origin, shape) of a square grid split without a spatial index
    _check_params(params, units is None, cell_size)
    if params.mxi_max <= 1.0:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The MXI band is {low}-{high}: the thresholds are percentages (0-100), not fractions; the "
                    "mixed band of van den Hoek is 20-80.",
                ),
                low=_plain_number(params.mxi_min),
                high=_plain_number(params.mxi_max),
            )
        )

    crs, to_m = _working_crs(buildings, messages)
    buildings, category, levels, assumed = _building_floors(buildings, mapping, params, crs, to_m, messages)
    report(0.05)

    # Units.
    points_act, act_class = None, None
    if activities is not None and len(activities):
        points_act, act_class, act_messages = _activities(activities, crs, mapping, activity_key)
        messages += act_messages
    if points_act is not None and len(points_act):
        bx0, by0, bx1, by1 = buildings.total_bounds
        ax0, ay0, ax1, ay1 = points_act.total_bounds
        if ax0 > bx1 or ax1 < bx0 or ay0 > by1 or ay1 < by0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The activities lie outside the area of the buildings (their extents do not overlap): give "
                    "the activities and buildings of the same place, and check both layers' CRS.",
                )
            )
    if units is None:
        bounds = _bounds([buildings] + ([points_act] if points_act is not None else []))
        width = (bounds[2] - bounds[0]) / cell_size
        height = (bounds[3] - bounds[1]) / cell_size
        if (width + 2) * (height + 2) > MAX_GRID_CELLS:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "A grid of {cell} m cells over the buildings' extent would have about {cells} cells: choose a "
                    "larger cell size or a smaller area.",
                ),
                cell=_plain_number(cell_size * to_m),
                cells=f"{int((width + 2) * (height + 2)):,}",
            )
        if (width + 2) * (height + 2) > LARGE_GRID_CELLS:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "The grid has about {cells} cells of {cell} m: the units output will be large. A cell of "
                        "50-200 m suits most analyses.",
                    ),
                    cells=f"{int((width + 2) * (height + 2)):,}",
                    cell=_plain_number(cell_size * to_m),
                )
            )
        make = hexagon_grid if hexagonal else square_grid
        unit_geoms, keys, (rows, cols) = make(bounds, cell_size)
        if not hexagonal and shapely2():
            fast_grid = square_grid_frame(bounds, cell_size)
        unit_frame = gpd.GeoDataFrame({"unit_id": keys}, geometry=list(unit_geoms), crs=crs)
        left, right = grid_neighbours(rows, cols, hexagonal)
        exact = True
    else:
        if units.crs is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis", "The units layer has no coordinate reference system: set it and run again."
                )
            )
        unit_frame = _prepare_polygons(
            units.to_crs(crs) if units.crs != crs else units, QT_TRANSLATE_NOOP("analysis", "units"), messages
        )
        if len(unit_frame) == 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The units layer has no polygons with an area: choose blocks, "
                    "census sections or another polygon layer.",
                )
            )
        unit_frame = unit_frame.reset_index(drop=True)
        unit_geoms = np.asarray(unit_frame.geometry.array)
        left, right = polygon_neighbours(unit_geoms, params.neighbour_distance)
        exact = False
    n = len(unit_frame)
    report(0.1)

    # Buildings split by units.
    b_geoms = np.asarray(buildings.geometry.array)
    if fast_grid is not None:
        bi, ui, area = split_by_square_grid(b_geoms, *fast_grid, cell_size, canceled)
    else:
        bi, ui, area = split_by_units(b_geoms, unit_geoms, exact, canceled)
    if canceled():
        raise Canceled()
    report(0.6)
    floor_piece = area * levels[bi]
    floors4 = np.bincount(ui * 4 + category[bi], weights=floor_piece, minlength=4 * n).reshape(n, 4)
    footprint = np.bincount(ui, weights=area, minlength=n)
    n_buildings = np.bincount(ui, minlength=n)
    assumed_floor = np.bincount(ui, weights=floor_piece * assumed[bi], minlength=n)
    inside = np.bincount(bi, weights=area, minlength=len(buildings))
    own = buildings.geometry.area.to_numpy()
    outside = own - inside > 1e-6 * np.maximum(own, 1.0)
    if not exact and outside.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} buildings lie wholly or partly outside every unit: their floor outside the units is "
                    "not counted.",
                ),
                count=int(outside.sum()),
            )
        )

    unit_area = unit_frame.geometry.area.to_numpy()
    floors = floors4[:, :3]
    total_floor = floors4.sum(axis=1)
    out = unit_frame.copy()
    out["area_m2"] = unit_area * to_m**2
    out["buildings"] = n_buildings
    out["footprint_m2"] = footprint * to_m**2
    out["floor_res_m2"] = floors4[:, 0] * to_m**2
    out["floor_prod_m2"] = floors4[:, 1] * to_m**2
    out["floor_other_m2"] = floors4[:, 2] * to_m**2
    out["floor_unknown_m2"] = floors4[:, 3] * to_m**2
    out["floor_m2"] = total_floor * to_m**2
    with np.errstate(invalid="ignore", divide="ignore"):
        out["levels_assumed_pct"] = np.where(total_floor > 0, 100.0 * assumed_floor / total_floor, np.nan)
        out["gsi"] = footprint / unit_area
        out["fsi"] = total_floor / unit_area
    out["mxi"] = mxi(floors)
    out["mix_entropy"] = shannon_mix(floors)

    # Activities.
    counts = np.zeros((n, len(ACTIVITY_CLASSES)), dtype=np.int64)
    if points_act is not None and len(points_act):
        if fast_grid is not None:
            xy = np.column_stack([points_act.geometry.x.to_numpy(), points_act.geometry.y.to_numpy()])
            where = locate_in_square_grid(xy, *fast_grid, cell_size)
        else:
            where = locate_points(np.asarray(points_act.geometry.array), unit_geoms)
        missing = int((where < 0).sum())
        if missing:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis", "{count} activities lie outside every unit and are not counted."
                    ),
                    count=missing,
                )
            )
        ok = (where >= 0) & (act_class >= 0)
        np.add.at(counts, (where[ok], act_class[ok]), 1)
    for j, name in enumerate(ACTIVITY_CLASSES):
        out[f"act_{name}"] = counts[:, j]
    productive_cols = [ACTIVITY_CLASSES.index(c) for c in PRODUCTIVE_CLASSES]
    act_productive = counts[:, productive_cols].sum(axis=1)
    out["act_productive"] = act_productive
    out["activities"] = counts.sum(axis=1)
    report(0.7)

    if residents is not None and len(residents):
        out["residents"] = _residents(residents, crs, unit_geoms, exact, canceled)

    # Neighbours: dissimilarity and Gi*.
    dominant = dominant_use(floors)
    out["dissimilarity"] = dissimilarity(dominant, left, right)
    known = floors.sum(axis=1) > 0
    hot = np.ones(n, dtype=bool)
    if params.significance > 0:
        z, p = getis_ord_gi_star(np.nan_to_num(out["mix_entropy"].to_numpy()), left, right, known)
        out["gi_z"] = z
        out["gi_p"] = p
        hot = (z > 0) & (p < params.significance)
        if 0 < int(known.sum()) < MIN_GI_UNITS:
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Gi* was computed on {count} units with floor area: too few for its normal p-values "
                        "(at least 30 are usual). Read the significant units with care, or use a smaller cell.",
                    ),
                    count=int(known.sum()),
                )
            )
        if np.isnan(z).all():
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "analysis",
                        "Gi* could not be computed (fewer than three units with floor area, or the same mix "
                        "everywhere): no unit was kept as a significant cluster.",
                    )
                )
            )
    report(0.75)

    # Classes.
    unit_mxi = out["mxi"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        prod_share = np.where(floors.sum(axis=1) > 0, 100.0 * floors[:, 1] / floors.sum(axis=1), 0.0)
    by_floor = (
        known
        & (unit_mxi >= params.mxi_min)
        & (unit_mxi <= params.mxi_max)
        & (prod_share >= params.min_productive_share)
    )
    by_activity = known & (unit_mxi >= params.mxi_min) & (act_productive >= max(params.min_activities, 1))
    mixed = (by_floor | by_activity) & hot
    cls = np.full(n, "empty", dtype=object)
    has_anything = (n_buildings > 0) | (counts.sum(axis=1) > 0)
    cls[has_anything] = "unknown"
    names = np.array(["residential", "productive", "other"], dtype=object)
    # A dominant use speaks for the unit only when most of its floor has a known use.
    told = (dominant >= 0) & (floors.sum(axis=1) >= floors4[:, 3])
    cls[told] = names[dominant[told]]
    # Activities where there is no building: the buildings layer does not cover them (or they are in open
    # space). Their own class, so that one shop in a field is not read as a productive area.
    only_act = (n_buildings == 0) & (counts.sum(axis=1) > 0)
    cls[only_act] = "activities_only"
    cls[mixed] = "mixed"
    occupied = int(has_anything.sum())
    if occupied and only_act.sum() > 0.2 * occupied:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} of {occupied} units hold activities but no buildings: the buildings layer does not "
                    "cover the activities' area. Those units are classed 'activities_only'.",
                ),
                count=int(only_act.sum()),
                occupied=occupied,
            )
        )
    out["class"] = cls

    # Microspaces: connected mixed units.
    ms_index = _components(mixed, left, right)
    keys = out["unit_id"].astype(str).to_numpy()
    ms_ids = np.full(n, None, dtype=object)
    n_ms = int(ms_index.max()) + 1 if len(ms_index) and ms_index.max() >= 0 else 0
    if n_ms:
        # A microspace is named after its smallest unit key: the same on a repeated run.
        first = pd.Series(keys[mixed]).groupby(ms_index[mixed]).min()
        labels = np.array([f"MS-{k}" for k in first.sort_index().tolist()], dtype=object)
        ms_ids[mixed] = labels[ms_index[mixed]]
    out["microspace_id"] = ms_ids
    report(0.8)
    if canceled():
        raise Canceled()

    spaces = _microspaces(out, ms_index, n_ms, ms_ids, bi, ui, floors4, counts, to_m, crs, want_microspaces)
    report(0.95)
    summary = _summary(out, spaces, len(buildings), assumed, int((category == 3).sum()), act_class, params)
    report(1.0)
    return LiveWorkResult(out, spaces, summary, crs, messages)


def _working_crs(buildings, messages: list[Message]):
    """The CRS of the analysis (the buildings', or their UTM zone when they are in degrees) and metres per unit."""
    crs = buildings.crs
    if crs is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The buildings layer has no coordinate reference system: set it and run again."
            )
        )
    if crs.is_geographic:
        target = buildings.estimate_utm_crs()
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "The buildings are in geographic coordinates ({crs}): every layer was reprojected to {target} "
                    "for areas in square metres; the outputs are in {target}.",
                ),
                crs=crs.to_string(),
                target=target.to_string(),
            )
        )
        crs = target
    to_m = float(crs.axis_info[0].unit_conversion_factor) if crs.axis_info else 1.0
    return crs, to_m


def _building_floors(buildings, mapping: TagMapping, params: MixParameters, crs, to_m: float, messages):
    """The buildings with an area in ``crs``, the floor category of each (0 residential, 1 productive, 2 other,
    3 unknown), its levels and whether they were assumed; what the user should know goes to ``messages``."""
    kinds = buildings.geometry.geom_type
    not_polygons = int((kinds.notna() & ~kinds.isin(["Polygon", "MultiPolygon"])).sum())
    if not_polygons > len(buildings) / 2:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The buildings layer holds {count} points or lines among {total} features: give building "
                "footprints (polygons). Points of firms or shops go in the activities.",
            ),
            count=not_polygons,
            total=len(buildings),
        )
    buildings = _prepare_polygons(
        buildings.to_crs(crs) if buildings.crs != crs else buildings,
        QT_TRANSLATE_NOOP("analysis", "buildings"),
        messages,
    )
    if len(buildings) == 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The buildings layer has no polygons with an area: choose a layer of building footprints.",
            )
        )
    footprints = buildings.geometry.area.to_numpy() * to_m**2
    huge = footprints > MAX_FOOTPRINT_M2
    if huge.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} 'buildings' are larger than 50 ha (the largest {largest} ha): is the buildings layer "
                    "really building footprints, not land-use or administrative areas?",
                ),
                count=int(huge.sum()),
                largest=f"{footprints.max() / 10_000:,.0f}",
            )
        )
    # Building use and levels.
    uses = buildings["use"].tolist()
    classes = mapping.classify_values(uses)
    if any(c is None for c in classes):  # tag objects (Overpass 'tags'), or values no rule knows
        tagged = classify_tag_objects(uses, mapping, activities=False)
        classes = [c if c is not None else t for c, t in zip(classes, tagged)]
    classes = pd.Series(classes, index=buildings.index, dtype=object)
    empty_use = buildings["use"].isna() | (buildings["use"].astype(str).str.strip() == "")
    unmatched = classes.isna() & ~empty_use
    if unmatched.any() or empty_use.any():
        examples = buildings.loc[unmatched, "use"].astype(str).value_counts().index[:6]
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} of {total} buildings have no use ({empty}) or a use the mapping does not know "
                    "({unknown}: {examples}): their floor counts as unknown use. Check the use field, or add the "
                    "values to a mapping CSV.",
                ),
                count=int(unmatched.sum() + empty_use.sum()),
                total=len(buildings),
                empty=int(empty_use.sum()),
                unknown=int(unmatched.sum()),
                examples=", ".join(examples) or "-",
            )
        )
    category = classes.map(_FLOOR_OF_CLASS).fillna(3).astype(np.int64).to_numpy()
    levels, assumed, unusable = _levels(buildings.get("levels"), len(buildings), params.default_levels)
    if unusable:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "Some values of the levels field are not a number of levels ({examples}; text that does not "
                    "start with a number, negative values and values above 200 are not read): the default is "
                    "used there. Is it the right field?",
                ),
                examples=", ".join(unusable),
            )
        )
    if assumed.any():
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} of {total} buildings have no usable number of levels: {levels} level(s) assumed "
                    "(column levels_assumed_pct of the units).",
                ),
                count=int(assumed.sum()),
                total=len(buildings),
                levels=_plain_number(params.default_levels),
            )
        )
    return buildings, category, levels, assumed


def _check_params(params: MixParameters, grid: bool, cell_size: float | None) -> None:
    if grid and (cell_size is None or not cell_size > 0):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "Give a cell size above 0 (in map units) for the grid, or a layer of units."
            )
        )
    if not (0 <= params.mxi_min < params.mxi_max <= 100):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The MXI band must satisfy 0 <= minimum < maximum <= 100 (got {low} and {high}); van den Hoek's "
                "mixed band is 20-80.",
            ),
            low=_plain_number(params.mxi_min),
            high=_plain_number(params.mxi_max),
        )
    if not params.default_levels > 0:
        raise InputError(
            QT_TRANSLATE_NOOP("analysis", "The default number of levels must be above 0 (got {levels})."),
            levels=_plain_number(params.default_levels),
        )
    if not (0 <= params.significance < 0.5):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The Gi* significance level must lie between 0 (no test) and 0.5, e.g. 0.05."
            )
        )


def _plain_number(value: float) -> str:
    return f"{value:g}"


def _prepare_polygons(frame, what: str, messages: list[Message] | None = None):
    """Polygons with an area only: null, empty and non-polygonal geometries are dropped (and counted in
    ``messages``), invalid ones repaired."""
    count = len(frame)
    frame = frame[~frame.geometry.values.isna()]
    frame = frame[~frame.geometry.is_empty]
    frame = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    geoms, _count = make_valid_polygons(frame.geometry)
    frame = frame.set_geometry(geoms)
    frame = frame[~frame.geometry.values.isna()]
    frame = frame[frame.geometry.area > 0]
    if messages is not None and len(frame) < count:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} features of the {what} layer have no polygon with an area (empty, broken or not a "
                    "polygon) and are left out.",
                ),
                count=count - len(frame),
                what=what,
            )
        )
    return frame


def _levels(values, count: int, default: float) -> tuple[np.ndarray, np.ndarray, list]:
    """Numbers of levels read as the OSM reader reads ``building:levels`` (:func:`..osm.production.parse_levels`:
    the leading number; text without one, negative values and values above 200 are unusable), the default where
    missing, unusable or 0; returns (levels, assumed mask, examples of unusable values)."""
    if values is None:
        return np.full(count, float(default)), np.ones(count, dtype=bool), []
    distinct = {}
    numbers = np.empty(len(values))
    for i, value in enumerate(values.tolist()):
        key = value if isinstance(value, (str, int, float)) else repr(value)
        if key not in distinct:
            parsed = parse_levels(value)
            distinct[key] = np.nan if parsed is None else parsed
        numbers[i] = distinct[key]
    present = values.notna().to_numpy() & (values.astype(str).str.strip() != "").to_numpy()
    unusable = present & np.isnan(numbers)
    examples = pd.Series(values[unusable]).astype(str).value_counts().index[:5].tolist()
    assumed = ~(numbers > 0)
    return np.where(assumed, default, numbers), assumed, examples


def _activities(frame, crs, mapping: TagMapping, activity_key: str | None):
    """Activity points in ``crs`` and each one's column in ACTIVITY_CLASSES (-1 for other classes), plus
    messages."""
    messages: list[Message] = []
    if frame.crs is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The activities layer has no coordinate reference system: set it and run again."
            )
        )
    frame = frame[~frame.geometry.values.isna() & ~frame.geometry.is_empty.to_numpy()]
    if frame.crs != crs:
        frame = frame.to_crs(crs)
    points = frame.geometry
    not_point = points.geom_type != "Point"
    if not_point.any():
        points = points.copy()
        points[not_point] = frame.geometry[not_point].representative_point()
    values = frame["activity"].tolist()
    classes = mapping.classify_values(values, key=activity_key)
    if any(c is None for c in classes):  # tag objects (Overpass 'tags'), or values no rule knows
        tagged = classify_tag_objects(values, mapping, activities=True)
        classes = [c if c is not None else t for c, t in zip(classes, tagged)]
    column = {name: j for j, name in enumerate(ACTIVITY_CLASSES)}
    act_class = np.array([column.get(c, -1) for c in classes], dtype=np.int64)
    unclassified = int((act_class < 0).sum())
    if unclassified:
        values = pd.Series([v for v, c in zip(frame["activity"].tolist(), act_class) if c < 0], dtype=object)
        examples = values.dropna().astype(str).value_counts().index[:6]
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "analysis",
                    "{count} of {total} activities are not production, office or service activities in the "
                    "mapping ({examples}) and are not counted.",
                ),
                count=unclassified,
                total=len(act_class),
                examples=", ".join(examples) or "-",
            )
        )
    import geopandas as gpd

    return gpd.GeoDataFrame(geometry=points.values, crs=crs), act_class, messages


def _residents(frame, crs, unit_geoms, exact: bool, canceled) -> np.ndarray:
    """Residents per unit: points counted where they lie, polygons split in proportion to area."""
    if frame.crs is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The residents layer has no coordinate reference system: set it and run again."
            )
        )
    frame = frame[~frame.geometry.values.isna() & ~frame.geometry.is_empty.to_numpy()]
    if frame.crs != crs:
        frame = frame.to_crs(crs)
    population = pd.to_numeric(frame["population"], errors="coerce").fillna(0.0).to_numpy()
    n = len(unit_geoms)
    is_point = (frame.geometry.geom_type == "Point").to_numpy()
    out = np.zeros(n)
    if is_point.any():
        where = locate_points(np.asarray(frame.geometry[is_point].array), unit_geoms)
        ok = where >= 0
        out += np.bincount(where[ok], weights=population[is_point][ok], minlength=n)
    if (~is_point).any():
        polys = _prepare_polygons(frame[~is_point].assign(population=population[~is_point]), "residents")
        geoms = np.asarray(polys.geometry.array)
        pi, ui, area = split_by_units(geoms, unit_geoms, False, canceled)
        share = area / polys.geometry.area.to_numpy()[pi]
        out += np.bincount(ui, weights=share * polys["population"].to_numpy()[pi], minlength=n)
    return out


def _bounds(frames) -> tuple[float, float, float, float]:
    boxes = np.array([f.total_bounds for f in frames if len(f)])
    return (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())


def _components(mask: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected components of the units in ``mask`` over the neighbour pairs (-1 outside the mask), numbered
    in order of their first unit."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    index = np.nonzero(mask)[0]
    out = np.full(len(mask), -1, dtype=np.int64)
    if not len(index):
        return out
    position = np.full(len(mask), -1, dtype=np.int64)
    position[index] = np.arange(len(index))
    ok = mask[left] & mask[right]
    m = len(index)
    graph = coo_matrix((np.ones(int(ok.sum())), (position[left[ok]], position[right[ok]])), shape=(m, m))
    _count, labels = connected_components(graph, directed=False)
    out[index] = labels
    return out


def _microspaces(out, ms_index, n_ms, ms_ids, bi, ui, floors4, counts, to_m, crs, want):
    """One row per microspace: the dissolved outline and the sums of its units."""
    import geopandas as gpd

    columns = [
        "microspace_id",
        "units",
        "area_ha",
        "buildings",
        "floor_res_m2",
        "floor_prod_m2",
        "floor_other_m2",
        "mxi",
        "mix_entropy",
        "activities",
        "act_productive",
        "main_activities",
    ]
    if "residents" in out:
        columns.append("residents")
    if not n_ms or not want:
        return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=crs)
    member = ms_index >= 0
    names = pd.Series(ms_ids[member]).groupby(ms_index[member]).first().sort_index().to_numpy()
    units = np.bincount(ms_index[member], minlength=n_ms)
    floors = np.zeros((n_ms, 4))
    np.add.at(floors, ms_index[member], floors4[member])
    acts = np.zeros((n_ms, counts.shape[1]), dtype=np.int64)
    np.add.at(acts, ms_index[member], counts[member])
    # Buildings: distinct buildings with floor in any unit of the microspace.
    piece_ms = ms_index[ui]
    in_ms = piece_ms >= 0
    pairs = (
        np.unique(np.stack([piece_ms[in_ms], bi[in_ms]], axis=1), axis=0) if in_ms.any() else np.zeros((0, 2))
    )
    buildings = (
        np.bincount(pairs[:, 0].astype(np.int64), minlength=n_ms) if len(pairs) else np.zeros(n_ms, int)
    )
    geoms = _dissolve(np.asarray(out.geometry.array)[member], ms_index[member], n_ms)
    area = np.array([g.area for g in geoms]) * to_m**2
    productive = [ACTIVITY_CLASSES.index(c) for c in PRODUCTIVE_CLASSES]
    frame = gpd.GeoDataFrame(
        {
            "microspace_id": names,
            "units": units,
            "area_ha": area / 10_000.0,
            "buildings": buildings,
            "floor_res_m2": floors[:, 0] * to_m**2,
            "floor_prod_m2": floors[:, 1] * to_m**2,
            "floor_other_m2": floors[:, 2] * to_m**2,
            "mxi": mxi(floors[:, :3]),
            "mix_entropy": shannon_mix(floors[:, :3]),
            "activities": acts.sum(axis=1),
            "act_productive": acts[:, productive].sum(axis=1),
            "main_activities": [_main(row) for row in acts],
        },
        geometry=list(geoms),
        crs=crs,
    )
    if "residents" in out:
        frame["residents"] = np.bincount(
            ms_index[member], weights=out["residents"].to_numpy()[member], minlength=n_ms
        )
    return frame.sort_values("microspace_id").reset_index(drop=True)


def _main(row: np.ndarray) -> str:
    """The (at most two) most frequent activity classes, e.g. "craft, office"."""
    order = np.argsort(-row, kind="stable")
    return ", ".join(ACTIVITY_CLASSES[j] for j in order[:2] if row[j] > 0)


def _dissolve(geoms: np.ndarray, groups: np.ndarray, n: int) -> list:
    order = np.argsort(groups, kind="stable")
    bounds = np.searchsorted(groups[order], np.arange(n + 1))
    out = []
    if shapely2():
        import shapely

        for k in range(n):
            out.append(shapely.union_all(geoms[order[bounds[k] : bounds[k + 1]]]))
        return out
    from shapely.ops import unary_union

    for k in range(n):
        out.append(unary_union(list(geoms[order[bounds[k] : bounds[k + 1]]])))
    return out


def _summary(out, spaces, n_buildings, assumed, unknown_use, act_class, params) -> pd.DataFrame:
    cls = out["class"].to_numpy()
    row: dict[str, object] = {"units": len(out)}
    for name in UNIT_CLASSES:
        row[f"units_{name}"] = int((cls == name).sum())
    occupied = len(out) - row["units_empty"]
    row["mixed_share_pct"] = 100.0 * row["units_mixed"] / occupied if occupied else np.nan
    row["microspaces"] = len(spaces) if len(spaces) else int(out["microspace_id"].nunique())
    mixed = cls == "mixed"
    row["microspace_area_ha"] = float(out.loc[mixed, "area_m2"].sum()) / 10_000.0
    floor = float(out["floor_m2"].sum())
    row["floor_in_microspaces_pct"] = (
        100.0 * float(out.loc[mixed, "floor_m2"].sum()) / floor if floor else np.nan
    )
    row["buildings"] = n_buildings
    row["buildings_levels_assumed"] = int(np.sum(assumed))
    row["default_levels"] = params.default_levels
    row["buildings_unknown_use"] = unknown_use
    row["floor_unknown_pct"] = 100.0 * float(out["floor_unknown_m2"].sum()) / floor if floor else np.nan
    row["activities"] = int(len(act_class)) if act_class is not None else 0
    row["activities_counted"] = int(out["activities"].sum())
    return pd.DataFrame([row])
