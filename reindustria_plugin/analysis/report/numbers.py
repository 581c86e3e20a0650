"""The one number formatter of every report: what a table cell, a chart label and a tick print.

Two modes:

- ``decimals=k``: exactly ``k`` decimals, zeros kept (``format_number(2529.6, 0) == "2,530"``,
  ``format_number(0.5, 2) == "0.50"``), for columns that should line up;
- ``decimals=None`` (default): about ``digits`` significant digits, as many decimals as that takes (none from
  1,000 up), trailing zeros of the *decimals* dropped (``8.4320001 -> "8.432"``, ``0.25 -> "0.25"``). The
  integer part is never cut: 2,529.6 is "2,530", never "253" (issue 8, item 1: the old formatter stripped
  zeros after rounding to 0 decimals).

No exponent, whatever the size; thousands separated; ``-0`` printed as ``0``; NaN and None print ``na``.

The reports print English numbers (``format_number``'s defaults). :func:`locale_formatter` gives the same
formatter with a locale's decimal mark and thousands separator, for the QGIS panels, which write numbers in the
user's language (the core knows no locale: the GUI passes Qt's ``QLocale.decimalPoint()`` and
``groupSeparator()``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

#: Most decimals printed in the significant-digits mode (smaller values print as 0).
MAX_DECIMALS = 12


def format_number(
    value: float | int | None,
    decimals: int | None = None,
    *,
    digits: int = 4,
    na: str = "",
    thousands: str = ",",
    point: str = ".",
) -> str:
    """``value`` as a person reads it (see the module docstring for the two modes).

    Parameters
    ----------
    value
        A number (Python or numpy); None and NaN give ``na``; infinities give "∞" / "-∞".
    decimals
        Fixed number of decimals (zeros kept), or None for ``digits`` significant digits.
    digits
        Significant digits when ``decimals`` is None (at least 1).
    na
        Text for a missing value.
    thousands, point
        Thousands separator and decimal mark.
    """
    if value is None:
        return na
    value = float(value)
    if math.isnan(value):
        return na
    if math.isinf(value):
        return "\u221e" if value > 0 else "-\u221e"
    trim = decimals is None
    if decimals is None:
        if value == 0 or value.is_integer():
            decimals = 0
        else:
            magnitude = math.floor(math.log10(abs(value)))
            decimals = min(max(max(digits, 1) - 1 - magnitude, 0), MAX_DECIMALS)
    decimals = max(int(decimals), 0)
    text = f"{abs(value):,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")  # decimals only: the integer part is left whole
    negative = value < 0 and any(c in "123456789" for c in text)  # no "-0"
    if thousands != "," or point != ".":
        text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return ("-" if negative else "") + text


def locale_formatter(
    point: str = ".", thousands: str = ",", *, digits: int = 4, na: str = ""
) -> Callable[..., str]:
    """:func:`format_number` with the decimal mark ``point`` and the thousands separator ``thousands`` of a
    locale: ``locale_formatter(",", ".")(1562.25) == "1.562"`` and ``(9.001) == "9,001"`` (Italian), where the
    English "9.001" would read as nine thousand next to "1,562".

    The formatter takes ``(value, decimals=None)`` as :func:`format_number` does, so it serves as a chart's
    ``fmt`` (ticks and value labels) and for table cells alike.
    """
    if not point or point == thousands:
        raise ValueError(f"the decimal mark {point!r} must differ from the thousands separator {thousands!r}")

    def fmt(value: float | int | None, decimals: int | None = None) -> str:
        return format_number(value, decimals, digits=digits, na=na, thousands=thousands, point=point)

    return fmt
