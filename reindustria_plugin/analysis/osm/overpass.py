"""Overpass API queries for production spaces, and checks of what Overpass answers.

The download glue sends :func:`production_query` to an Overpass endpoint and saves the answer; before reading it
with the OSM reader it calls :func:`inspect_answer`, which refuses anything that is not complete OSM XML: an
Overpass error remark (``runtime error: Query timed out ...``, ``... run out of memory ...``), an HTML or JSON
page, a cut or malformed document, an answer with no elements.

Overpass QL reference: https://wiki.openstreetmap.org/wiki/Overpass_API/Overpass_QL (settings ``[out:xml]``,
``[timeout:]``, ``[date:]``; filters ``(south,west,north,east)`` and ``(poly:"lat lon ...")``; ``>`` recurses down
to the nodes of ways and the members of relations).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..download import text_excerpt
from ..errors import QT_TRANSLATE_NOOP, Canceled, InputError

#: Land uses the query asks for (OSM ``landuse=*`` values).
LANDUSE_VALUES = (
    "industrial",
    "commercial",
    "retail",
    "residential",
    "brownfield",
    "greenfield",
    "construction",
    # agricultural and natural land (class green), so land take on it can be seen
    "farmland",
    "meadow",
    "grass",
    "orchard",
    "vineyard",
    "farmyard",
    "forest",
)
#: Natural areas the query asks for (OSM ``natural=*`` values).
NATURAL_VALUES = ("wood", "scrub", "grassland")
#: The tag filters of the production query, one statement each (nodes, ways and relations).
PRODUCTION_FILTERS = (
    '["landuse"~"^(' + "|".join(LANDUSE_VALUES) + ')$"]',
    '["natural"~"^(' + "|".join(NATURAL_VALUES) + ')$"]',
    '["building"]',
    '["craft"]',
    '["industrial"]',
    '["man_made"="works"]',
    '["office"="coworking"]',
    '["amenity"="coworking_space"]',
    '["disused:landuse"="industrial"]',
    '["abandoned:landuse"="industrial"]',
)
#: Overpass keeps history from the start of the ODbL database (attic data); earlier dates give nothing.
FIRST_DATE = dt.datetime(2012, 9, 12, 6, 55, tzinfo=dt.timezone.utc)
#: Decimal places of coordinates in a query (OSM stores 7: about 1 cm).
DECIMALS = 7
#: An Overpass remark that reports a failure: ``runtime error:``, ``static error:``, ``parse error:``...
_ERROR_REMARK = re.compile(r"\b(runtime|static|parse|encoding) error\b", re.IGNORECASE)


# The query ----------------------------------------------------------------------------------------------------
def bbox_filter(west: float, south: float, east: float, north: float) -> str:
    """The Overpass bounding-box filter ``(south,west,north,east)`` of a box in degrees."""
    if not (-90 <= south < north <= 90 and -180 <= west <= 180 and -180 <= east <= 180 and west != east):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The extent {west}, {south}, {east}, {north} (degrees) is not a valid area to download: give an "
                "extent with a width and a height, inside -180..180° of longitude and -90..90° of latitude.",
            ),
            west=f"{west:g}",
            south=f"{south:g}",
            east=f"{east:g}",
            north=f"{north:g}",
        )
    return f"({_num(south)},{_num(west)},{_num(north)},{_num(east)})"


def poly_filter(ring: Sequence[tuple[float, float]]) -> str:
    """The Overpass polygon filter ``(poly:"lat lon lat lon ...")`` of a ring of (longitude, latitude) points
    (closed or not; Overpass closes it)."""
    points = list(ring)
    if len(points) > 1 and tuple(points[0]) == tuple(points[-1]):
        points = points[:-1]
    if len(points) < 3:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "An outline of the area has fewer than three points: it bounds no area."
            )
        )
    return '(poly:"' + " ".join(f"{_num(lat)} {_num(lon)}" for lon, lat in points) + '")'


def _num(value: float) -> str:
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def overpass_date(text: str | None, now: dt.datetime | None = None) -> str | None:
    """The ``[date:"..."]`` value of an ISO date or date-time (``2016-04-10``, ``2016-04-10T12:30:00Z``,
    ``2016-04-10 12:30``); None for an empty text. A date without a time means midnight UTC.

    Raises
    ------
    InputError
        For a text that is no ISO date, a date before Overpass's history starts (:data:`FIRST_DATE`) or in the
        future.
    """
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    value = raw.replace(" ", "T")
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The date '{date}' is not an ISO date: write it as YYYY-MM-DD (e.g. 2016-04-10), or with a time "
                "as YYYY-MM-DDTHH:MM:SSZ (UTC).",
            ),
            date=raw,
        ) from None
    when = when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when.astimezone(dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    if when < FIRST_DATE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The date {date} is before {first}, when the history of OpenStreetMap kept by Overpass starts "
                "(the database under the ODbL licence): Overpass would answer nothing. Choose a later date.",
            ),
            date=raw,
            first=FIRST_DATE.strftime("%Y-%m-%d"),
        )
    if when > now:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "The date {date} is in the future: leave it empty for the current data."
            ),
            date=raw,
        )
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def production_query(
    areas: Sequence[str],
    *,
    timeout: int = 180,
    date: str | None = None,
    filters: Iterable[str] = PRODUCTION_FILTERS,
) -> str:
    """The Overpass QL query for the production-related features in one or more areas.

    Parameters
    ----------
    areas
        Area filters from :func:`bbox_filter` or :func:`poly_filter` (one per part of the area).
    timeout
        Seconds Overpass may work on the query (``[timeout:]``; the server answers a remark when it runs out).
    date
        A ``[date:]`` value from :func:`overpass_date` for the data as it was then; None for the current data.
    filters
        Tag filters, one statement each for nodes, ways and relations (``nwr``).

    Returns
    -------
    str
        ``[out:xml][timeout:..][date:".."];`` then the union of every filter in every area, then ``(._;>;);``
        (the nodes of every way and the members of every relation, which GDAL's OSM driver needs to build
        their geometries) and ``out body;`` (tags, no metadata).
    """
    if not areas:
        raise InputError(QT_TRANSLATE_NOOP("analysis", "No area to download: give an extent or polygons."))
    settings = f"[out:xml][timeout:{int(timeout)}]"
    if date:
        settings += f'[date:"{date}"]'
    lines = [settings + ";", "("]
    for tag_filter in filters:
        for area in areas:
            lines.append(f"  nwr{tag_filter}{area};")
    lines += [");", "(._;>;);", "out body;"]
    return "\n".join(lines) + "\n"


# The answer ---------------------------------------------------------------------------------------------------
@dataclass
class AnswerSummary:
    """What an Overpass answer holds: element counts, the database timestamp and non-error remarks."""

    nodes: int = 0
    ways: int = 0
    relations: int = 0
    osm_base: str = ""
    generator: str = ""
    remarks: list[str] = field(default_factory=list)

    @property
    def elements(self) -> int:
        return self.nodes + self.ways + self.relations


def inspect_answer(
    path: str | Path,
    service: str = "Overpass API",
    date: str | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> AnswerSummary:
    """Check that a saved Overpass answer is complete OSM XML with elements, and count them.

    The file is read as a stream (large answers are not held in memory). ``date`` (the query's ``[date:]``)
    only words the message for an answer without elements.

    Raises
    ------
    InputError
        The answer is empty, is an HTML or JSON page, is not OSM XML, is malformed or cut short, carries an
        Overpass error remark (time-out, out of memory, other errors), or holds no elements.
    Canceled
        When ``is_canceled()`` turns True while reading.
    """
    path = Path(path)
    canceled = is_canceled or (lambda: False)
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis", "{service} sent an empty answer. Try again later, or another endpoint."
            ),
            service=service,
        )
    summary = AnswerSummary()
    errors: list[str] = []
    depth = 0
    try:
        for n, (event, element) in enumerate(ET.iterparse(str(path), events=("start", "end"))):
            if n % 100_000 == 0 and canceled():
                raise Canceled()
            if event == "start":
                depth += 1
                if depth == 1:
                    if element.tag != "osm":
                        raise _not_osm(head, service)
                    summary.generator = element.get("generator", "")
                continue
            depth -= 1
            if depth == 1:
                tag = element.tag
                if tag == "node":
                    summary.nodes += 1
                elif tag == "way":
                    summary.ways += 1
                elif tag == "relation":
                    summary.relations += 1
                elif tag == "meta":
                    summary.osm_base = element.get("osm_base", "")
                elif tag == "remark":
                    text = " ".join((element.text or "").split())
                    (errors if _ERROR_REMARK.search(text) else summary.remarks).append(text)
                element.clear()
    except ET.ParseError as err:
        if depth == 0 and not summary.generator:
            raise _not_osm(head, service) from None
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The answer of {service} is not well-formed OSM XML ({error}): it was probably cut short. Try "
                "again, or download a smaller area.",
            ),
            service=service,
            error=str(err),
        ) from None
    if errors:
        raise _remark_error(errors[0], service)
    if not summary.elements:
        if date:
            template = QT_TRANSLATE_NOOP(
                "analysis",
                "{service} found no production-related features (land use, buildings, crafts, industry) in this "
                "area on {date}: little may have been mapped then. Try a later date or a larger area.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "analysis",
                "{service} found no production-related features (land use, buildings, crafts, industry) in this "
                "area. Check that the area is where you expect it (its CRS), or download a larger area.",
            )
        raise InputError(template, service=service, date=date or "")
    return summary


def _not_osm(head: bytes, service: str) -> InputError:
    """The error for an answer that is not OSM XML: an HTML page, JSON, or anything else."""
    text = head.lstrip().decode("utf-8", errors="replace")
    lower = text[:200].lower()
    if lower.startswith(("{", "[")):
        return InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "{service} answered JSON, not OSM XML: the endpoint ignores [out:xml] or is not an Overpass "
                "API. Check the endpoint.",
            ),
            service=service,
        )
    if "<html" in lower or "<!doctype html" in lower:
        template = QT_TRANSLATE_NOOP(
            "analysis",
            "{service} answered an HTML page, not OSM XML: {text}. Check the endpoint (an Overpass API "
            "interpreter URL, such as https://overpass-api.de/api/interpreter).",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "analysis",
            "{service} answered text that is not OSM XML: {text}. Check the endpoint (an Overpass API "
            "interpreter URL, such as https://overpass-api.de/api/interpreter).",
        )
    return InputError(template, service=service, text=text_excerpt(text))


def _remark_error(remark: str, service: str) -> InputError:
    """The error for an Overpass error remark, with what to change."""
    lower = remark.lower()
    if "timed out" in lower or "timeout" in lower:
        template = QT_TRANSLATE_NOOP(
            "analysis",
            "{service} stopped the query: '{remark}'. Raise TIMEOUT, download a smaller area, or try again "
            "when the server is less busy.",
        )
    elif "out of memory" in lower:
        template = QT_TRANSLATE_NOOP(
            "analysis",
            "{service} ran out of memory for this query: '{remark}'. Download a smaller area (split it into "
            "parts).",
        )
    else:
        template = QT_TRANSLATE_NOOP("analysis", "{service} reported an error: '{remark}'.")
    return InputError(template, service=service, remark=remark)
