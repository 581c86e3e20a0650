"""The download decisions without a network: retry waits, Retry-After, error excerpts, areas on the sphere."""

import math

import pytest

from reindustria_plugin.analysis.download import (
    RETRY_STATUSES,
    bbox_area_km2,
    check_area,
    format_bytes,
    parse_retry_after,
    retry_delay,
    ring_area_km2,
    rings_area_km2,
    text_excerpt,
)
from reindustria_plugin.analysis.errors import InputError


def test_retry_statuses():
    assert {429, 502, 503, 504} == RETRY_STATUSES


def test_exponential_backoff_and_cap():
    assert [retry_delay(n, base=2.0, cap=60.0) for n in (1, 2, 3, 4, 5, 6)] == [2, 4, 8, 16, 32, 60]


def test_retry_after_seconds_and_date():
    assert retry_delay(1, "7", base=2.0, cap=60.0) == 7.0
    assert retry_delay(3, "120", base=2.0, cap=60.0) == 60.0  # capped
    # an HTTP date 90 s after 'now' (Sun, 06 Nov 1994 08:49:37 GMT = 784111777)
    assert parse_retry_after("Sun, 06 Nov 1994 08:51:07 GMT", now=784111777.0) == pytest.approx(90.0)
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now=784111777.0) == 0.0  # in the past
    assert (
        parse_retry_after("soon") is None
        and parse_retry_after("") is None
        and parse_retry_after(None) is None
    )
    assert retry_delay(2, "soon", base=2.0, cap=60.0) == 4.0  # unreadable: back-off


def test_text_excerpt_of_an_html_error_page():
    page = (
        "<!DOCTYPE html><html><head><title>Error</title><style>p {color: red}</style></head>"
        '<body><p><strong style="color:#FF0000">Error</strong>: line 3: parse error: &quot;;&quot; expected'
        "</p>\n\n<!-- comment --><p>Second   line</p></body></html>"
    )
    assert text_excerpt(page) == 'Error : line 3: parse error: ";" expected Second line'
    assert text_excerpt(b"x" * 500, limit=10) == "xxxxxxxxx…"
    assert text_excerpt(None) == "" and text_excerpt(b"\xff ok") == "\ufffd ok"


def test_format_bytes():
    assert [format_bytes(n) for n in (0, 999, 1000, 1_500_000, 256_000_000, 3e9)] == [
        "0 bytes",
        "999 bytes",
        "1.0 kB",
        "1.5 MB",
        "256.0 MB",
        "3.0 GB",
    ]


def test_bbox_area_against_hand_computation():
    # 1° x 1° at the equator: R² · (π/180) · sin(1°) = 6371.0088² · 0.0174533 · 0.0174524 = 12,363.6 km²
    assert bbox_area_km2(0, 0, 1, 1) == pytest.approx(12_363.6, abs=0.5)
    # Milan, 0.1° x 0.1° at 45.4-45.5° N: R² · 0.00174533 · (sin 45.5° - sin 45.4°) = 86.74 km²
    expected = (
        6371.0088**2 * math.radians(0.1) * (math.sin(math.radians(45.5)) - math.sin(math.radians(45.4)))
    )
    assert bbox_area_km2(9.1, 45.4, 9.2, 45.5) == pytest.approx(expected, rel=1e-12)
    # against the WGS 84 ellipsoid (pyproj.Geod.polygon_area_perimeter, Karney's algorithm): 86.94 km² for
    # Milan (sphere -0.23 %), 61.89 km² for 24.9-25.0° E, 60.1-60.2° N (Helsinki; sphere -0.56 %)
    assert bbox_area_km2(9.1, 45.4, 9.2, 45.5) == pytest.approx(86.942, rel=1e-2)
    assert bbox_area_km2(24.9, 60.1, 25.0, 60.2) == pytest.approx(61.888, rel=1e-2)
    # across the antimeridian
    assert bbox_area_km2(179.5, 0, -179.5, 1) == pytest.approx(12_363.6, abs=0.5)


def test_ring_area_equals_the_box_formula_for_a_box():
    ring = [(9.1, 45.4), (9.2, 45.4), (9.2, 45.5), (9.1, 45.5), (9.1, 45.4)]
    assert ring_area_km2(ring) == pytest.approx(bbox_area_km2(9.1, 45.4, 9.2, 45.5), rel=1e-9)
    assert ring_area_km2(list(reversed(ring))) == pytest.approx(ring_area_km2(ring))  # orientation
    # a triangle, half of the box (to the first order at this size)
    half = ring_area_km2([(9.1, 45.4), (9.2, 45.4), (9.2, 45.5)])
    assert half == pytest.approx(bbox_area_km2(9.1, 45.4, 9.2, 45.5) / 2, rel=2e-3)
    assert ring_area_km2([(0, 0), (1, 1)]) == 0.0
    assert rings_area_km2([ring, ring]) == pytest.approx(2 * ring_area_km2(ring))


def test_area_guard():
    check_area(49.9, 50)
    check_area(1e6, 0)  # 0: no limit
    with pytest.raises(InputError) as err:
        check_area(87.46, 50, "MAX_AREA_KM2")
    text = str(err.value)
    assert "covers 87.5 km², more than the limit of 50 km²" in text
    assert "Split it into parts of at most 50 km²" in text and "raise MAX_AREA_KM2" in text
