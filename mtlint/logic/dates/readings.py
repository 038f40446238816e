"""Calendar readings of a day/month pair: day-first, month-first, and the year to use."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Final

from mtlint.record import Record

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Year-less dates are read in the year that puts them nearest to this many days
# before the article date: up to about three months ahead counts as upcoming,
# anything later as last year's.
_YEARLESS_CENTRE: Final = dt.timedelta(days=91)
# Stands in for an unknown year when only validity matters (a leap year keeps 29/2).
_LEAP_YEAR: Final = 2000
# Two-digit years without an article date: 00-60 are 2000s, 61-99 the 1900s.
_UNDATED_CENTURY_ANCHOR: Final = 2010


class Order(enum.Enum):
    """Which number of a numeric date is the day."""

    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"
    SAME = "either order"


class Reading(Record):
    """One calendar date a numeric token can mean; ``dated`` when its year is known."""

    __match_args__ = ("date", "order", "dated")

    def __init__(self, date: dt.date, order: Order, dated: bool) -> None:
        self.date: Final = date
        self.order: Final = order
        self.dated: Final = dated

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.date.weekday()]


def readings(first: int, second: int, year: int | None, ref: dt.date | None) -> list[Reading]:
    """The valid readings of ``first/second[/year]``, day-first before month-first."""
    if first == second:
        pairs = [(first, second, Order.SAME)]
    else:
        pairs = [(first, second, Order.DAY_FIRST), (second, first, Order.MONTH_FIRST)]
    found = []
    for day, month, order in pairs:
        date = _date(year, month, day, ref)
        if date is not None:
            found.append(Reading(date, order, year is not None or ref is not None))
    return found


def expand_year(digits: str, ref: dt.date | None) -> int:
    """A written year as a full year; two digits take the century nearest the article."""
    value = int(digits)
    if len(digits) == 4:
        return value
    anchor = ref.year if ref else _UNDATED_CENTURY_ANCHOR
    return min((1900 + value, 2000 + value), key=lambda y: abs(y - anchor))


def yearless_date(month: int, day: int, ref: dt.date) -> dt.date | None:
    """``month``/``day`` in the year that puts it nearest to shortly before ``ref``."""
    centre = ref - _YEARLESS_CENTRE
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := _valid(y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - centre).days), default=None)


def in_window(date: dt.date, ref: dt.date, before: int, after: int) -> bool:
    """Whether ``date`` lies from ``before`` days before ``ref`` to ``after`` days after."""
    return -before <= (date - ref).days <= after


def _date(year: int | None, month: int, day: int, ref: dt.date | None) -> dt.date | None:
    if year is not None:
        return _valid(year, month, day)
    if ref is not None:
        return yearless_date(month, day, ref)
    return _valid(_LEAP_YEAR, month, day)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
