"""What the download algorithms decide without the network: when to retry and how long to wait, what to show of
a server's error page, how large an area is before anything is asked for.

The glue (``algorithms/network.py``) only moves bytes through QGIS's network stack; every decision it takes is
one of these functions, so they are tested without a server. Source-specific checks of an answer live beside
their source (``osm/overpass.py`` for Overpass).
"""

from __future__ import annotations

import email.utils
import html
import math
import re
import time
from collections.abc import Iterable, Sequence

from .errors import QT_TRANSLATE_NOOP, InputError

#: HTTP statuses worth retrying after a pause: too many requests, bad gateway, service unavailable, gateway
#: timeout. Overpass answers 429 when a user's slots are taken and 504 when the server is overloaded.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: Mean radius of the Earth (km, IUGG), for areas on the sphere.
EARTH_RADIUS_KM = 6371.0088
#: Characters of a server's error text shown in a message.
EXCERPT_CHARS = 300


def retry_delay(
    attempt: int,
    retry_after: str | None = None,
    base: float = 2.0,
    cap: float = 60.0,
    now: float | None = None,
) -> float:
    """Seconds to wait before retry number ``attempt`` (1 for the first retry).

    The server's ``Retry-After`` header wins when it is readable (seconds, or an HTTP date); otherwise the wait
    doubles at each attempt from ``base`` (exponential back-off: 2, 4, 8 s). Either way at most ``cap``
    seconds, and never negative.
    """
    wait = parse_retry_after(retry_after, now=now)
    if wait is None:
        wait = base * 2 ** max(attempt - 1, 0)
    return float(min(max(wait, 0.0), cap))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks to wait: a number of seconds or an HTTP date (RFC 9110);
    None when absent or unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def text_excerpt(body: bytes | str | None, limit: int = EXCERPT_CHARS) -> str:
    """The start of a server's answer as one line of plain text, for an error message: HTML tags, scripts and
    styles removed, entities decoded, white space collapsed, cut at ``limit`` characters with an ellipsis."""
    if body is None:
        return ""
    text = body.decode("utf-8", errors="replace") if isinstance(body, (bytes, bytearray)) else str(body)
    text = text[: limit * 40]  # an error page is short; never scan a whole download
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_bytes(size: float) -> str:
    """A byte count for people: ``812 bytes``, ``3.4 MB`` (powers of 1,000, as download dialogs show)."""
    if size < 1000:
        return f"{int(size)} bytes"
    for unit in ("kB", "MB", "GB"):
        size /= 1000.0
        if size < 1000 or unit == "GB":
            return f"{size:.1f} {unit}"
    return f"{size:.1f} GB"  # pragma: no cover


# Areas --------------------------------------------------------------------------------------------------------
def bbox_area_km2(west: float, south: float, east: float, north: float) -> float:
    """The area (km²) of a longitude/latitude box on the sphere: R² · Δλ · (sin φ₂ − sin φ₁).

    Exact on the sphere of mean radius :data:`EARTH_RADIUS_KM`; within 1 % of the ellipsoidal (WGS 84) area at
    the latitudes of Europe (-0.2 % at 45° N, -0.6 % at 60° N), which is plenty for a size guard.
    """
    if east < west:  # a box across the antimeridian
        east += 360.0
    return (
        EARTH_RADIUS_KM**2
        * math.radians(east - west)
        * abs(math.sin(math.radians(north)) - math.sin(math.radians(south)))
    )


def ring_area_km2(ring: Sequence[tuple[float, float]]) -> float:
    """The area (km²) of a ring of (longitude, latitude) vertices on the sphere (closed or not).

    Sum over the edges of Δλ · (2 + sin φ₁ + sin φ₂) · R² / 2, the formula of Chamberlain and Duquette,
    "Some algorithms for polygons on a sphere" (JPL, 2007), as OpenLayers and Turf use it.
    """
    points = list(ring)
    if len(points) > 1 and tuple(points[0]) == tuple(points[-1]):
        points = points[:-1]
    if len(points) < 3:
        return 0.0
    total = 0.0
    for (lon1, lat1), (lon2, lat2) in zip(points, points[1:] + points[:1]):
        total += math.radians(lon2 - lon1) * (2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2)))
    return abs(total) * EARTH_RADIUS_KM**2 / 2.0


def rings_area_km2(rings: Iterable[Sequence[tuple[float, float]]]) -> float:
    """The summed area (km²) of outer rings in longitude/latitude (the parts of a query area; holes are not
    subtracted because a query bounded by outlines covers them)."""
    return sum(ring_area_km2(ring) for ring in rings)


def check_area(area_km2: float, limit_km2: float, parameter: str = "MAX_AREA_KM2") -> None:
    """Refuse a query area above ``limit_km2`` before anything is downloaded.

    Raises
    ------
    InputError
        Saying the area, the limit, how to split the area and which ``parameter`` raises the limit.
    """
    if limit_km2 > 0 and area_km2 > limit_km2:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "analysis",
                "The area to download covers {area} km², more than the limit of {limit} km². Split it into parts "
                "of at most {limit} km² (e.g. with Vector ▸ Research Tools ▸ Create Grid, then one download per "
                "cell), or raise {parameter} if the server and this computer can take it.",
            ),
            area=f"{area_km2:,.1f}",
            limit=f"{limit_km2:,.0f}",
            parameter=parameter,
        )
