"""Weekdays beside spelled-out dates: ``Friday, October 1, 2023``, ``1 October (Sunday)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import regex as re

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import AsciiView
from mtlint.document.casing import lower
from mtlint.logic.dates.readings import yearless_date
from mtlint.logic.dates.tokens import (
    WEEKDAY_PATTERN,
    WEEKDAY_STEMS,
    Weekday,
    expression_span,
    in_weekday_list,
    weekday_index,
)
from mtlint.record import Record

_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")
MONTH_PATTERN: Final = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                        r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_ORDINAL: Final = r"(?:st|nd|rd|th)?"
_DATE: Final = (rf"(?P<date>(?:(?P<m1>{MONTH_PATTERN})\.?\s+(?P<d1>\d{{1,2}}){_ORDINAL}"
                rf"|(?:the\s+)?(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN})\b\.?)"
                r"(?:,?\s+(?P<y>\d{4}))?)(?![\d:])")
_RANGE_AFTER: Final = compile_pattern(r"\s*(?:and|to|until|through|-|–|—|&)\s*\d")
_WEEKDAY: Final = rf"(?P<wd>(?i:{WEEKDAY_PATTERN}))"
_BEFORE: Final = compile_pattern(
    rf"\b{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[(,]\s*|\s+){_DATE}")
_AFTER: Final = compile_pattern(rf"(?<=(?<!\w){_DATE}\s*)\(\s*{_WEEKDAY}\s*\)")
#: a weekday name in an ASCII view: "day" after one of the stems, which a group holds
_WEEKDAY_PLACE: Final = compile_sre(b"day(?:%s)" % b"|".join(
    b"(?<=(%s)day)" % lower(stem).encode() for stem in WEEKDAY_STEMS))


class SpelledDate(Record):
    """A weekday and the spelled-out date it stands beside; ``dated`` if a year is written."""

    __match_args__ = ("start", "end", "written", "weekday", "date", "dated")

    def __init__(self, start: int, end: int, written: str, weekday: Weekday, date: dt.date,
                 dated: bool) -> None:
        self.start: Final = start
        self.end: Final = end
        self.written: Final = written
        self.weekday: Final = weekday
        self.date: Final = date
        self.dated: Final = dated


def find_weekday_dates(text: str, ref: dt.date | None,
                       view: AsciiView | None = None) -> Iterator[SpelledDate]:
    """Spelled-out dates with a weekday beside them whose calendar date can be known.
    With ``text``'s view, the patterns are tried only at weekday names."""
    for matches in ((_BEFORE.finditer(text), _AFTER.finditer(text)) if view is None
                    else _matches(text, view)):
        for match in matches:
            found = _read(text, match, ref)
            if found is not None:
                yield found


def _matches(text: str, view: AsciiView) -> tuple[Iterator[re.Match[str]], ...]:
    """What ``finditer`` finds of ``_BEFORE`` and of ``_AFTER``, tried only at weekdays."""
    # Each match holds one weekday name, which the view shows in lower case; ``_BEFORE``
    # starts with it, ``_AFTER`` with the bracket before it. Matches of one pattern never
    # overlap, so the one at each place is one ``finditer`` finds.
    weekdays = view.chars([m.start(m.lastindex or 0) for m in _WEEKDAY_PLACE.finditer(view.data)])
    before = (m for start in weekdays if (m := _BEFORE.match(text, start)) is not None)
    return before, _after(text, weekdays)


def _after(text: str, weekdays: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_AFTER`` at the brackets before ``weekdays``."""
    for start in weekdays:
        bracket = start
        while bracket > 0 and text[bracket - 1].isspace():  # ``\s`` is no wider than isspace
            bracket -= 1
        if text[bracket - 1 : bracket] == "(":
            match = _AFTER.match(text, bracket - 1)
            if match is not None:
                yield match


def _read(text: str, match: re.Match[str], ref: dt.date | None) -> SpelledDate | None:
    if in_weekday_list(text, *match.span("wd")) or _RANGE_AFTER.match(text, match.end("date")):
        return None
    month = _MONTHS.index((match.group("m1") or match.group("m2"))[:3]) + 1
    day = int(match.group("d1") or match.group("d2"))
    year = match.group("y")
    date: dt.date | None
    if year is not None:
        try:
            date = dt.date(int(year), month, day)
        except ValueError:
            return None
    else:
        date = yearless_date(month, day, ref) if ref is not None else None
    if date is None:
        return None
    weekday = Weekday(match.start("wd"), match.end("wd"), weekday_index(match.group("wd")))
    start, end = expression_span(text, min(match.start(), match.start("date")), match.end())
    return SpelledDate(start, end, match.group("date"), weekday, date, year is not None)
