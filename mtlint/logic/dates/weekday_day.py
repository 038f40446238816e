"""Dates given by a weekday and the day alone: ``Wednesday the 16th``, ``on Tuesday (4)``,
``on Wednesday 29 in the capital``.

Spanish, Portuguese and Indonesian news name a day by its weekday and its
number (``el miércoles 16``, ``nesta terça-feira (4)``); translated, the month
is missing. The weekday settles the month: of the months around the article
date, the one whose day of that number falls on that weekday, nearest to the
article date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.kinds.presence import literal_ids
from mtlint.logic.dates.dayonly import DayOnly, month_named_before
from mtlint.logic.dates.readings import WEEKDAYS
from mtlint.logic.dates.spelled import MONTH_PATTERN

#: what follows a weekday's "day" in every match below; only there is a match tried
_AFTER_DAY: Final = compile_sre(r"day(?:,?[ ](?:the[ ]|\()|\(|[ ])\d")
#: the literals every such text holds (lower-cased), for the shared scan
LITERALS: Final = literal_ids(["day (", "day, (", "day(", "day the ", "day, the ",
                               *(f"day {digit}" for digit in "0123456789")])
#: a bracketed or bare day follows a word that makes the weekday a date: "this Tuesday
#: (4)", "on Wednesday 29", not a count by day ("Monday (12), Tuesday (15)")
_DATE_WORD: Final = compile_pattern(
    r"(?i)\b(?:on|this|last|next|coming|since|until|till|by|from|before|after|of|every)[ ]\Z")
_MONTH_AFTER: Final = rf"[ \t]+(?:of[ \t]+)?(?:{MONTH_PATTERN})\b"
#: what may follow a bare day ("on Wednesday 29"): punctuation that is not inside a
#: number or a time, the line's end, or a small word of the clause; not a noun it counts
#: ("on Wednesday 29 people died"), another number ("20 or so", "1 in 4", "10 to 15"), nor
#: a month a few words on ("Monday 3 to Friday 7 June")
_BARE_DAY_ENDS: Final = (
    rf"(?![^.!?\n]{{0,24}}\b(?:{MONTH_PATTERN})\b)"
    r"(?![ \t]+(?:(?:in|to|or|and|of)[ \t]+\d|or[ \t]+so\b))"
    r"(?=[ \t]*(?:[;)!?]|[,.:](?!\d)|\r?\n|\Z)"
    r"|[ \t]+(?:and|to|at|in|when|as|with|after|before|during|amid|following|until|while"
    r"|but|or|from|local|morning|afternoon|evening|night)\b)")
_WEEKDAY_DAY: Final = compile_pattern(
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})"
    rf"(?:,?[ ]the[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)\b(?!{_MONTH_AFTER})"
    # no comma before a bare day: "On Thursday, 1 in 4 respondents" counts people
    rf"|[ ](?P<bare>\d{{1,2}})(?:st|nd|rd|th)?\b(?!{_MONTH_AFTER}){_BARE_DAY_ENDS}"
    r"|(?:,?[ ])?\((?P<bracketed>\d{1,2})\))")
#: how far before its "day" each weekday starts ("Mon", "Tues", "Thurs", "Wednes")
_LEADS: Final = sorted({len(weekday) - len("day") for weekday in WEEKDAYS})
#: how far from the article date the day may be
_WINDOW: Final = dt.timedelta(days=45)


def find_weekday_days(text: str, ref: dt.date | None,
                      idioms: frozenset[str] = frozenset()) -> Iterator[DayOnly]:
    """``Weekday the Nth``, ``on Weekday (N)`` and ``on Weekday N`` whose sentence names
    no month before them, each with the date it names near ``ref`` (None without ``ref``,
    or if none fits); ``idioms`` (``Friday the 13th``, with or without its comma) are no
    dates."""
    for after in _AFTER_DAY.finditer(text):
        match = next((m for start in _weekday_starts(after.start())
                      if (m := _WEEKDAY_DAY.match(text, start)) is not None), None)
        if match is None or match.group().replace(",", "") in idioms or \
                month_named_before(text, match.start()):
            continue
        bare_or_bracketed = match.group("bare") or match.group("bracketed")
        if bare_or_bracketed and not _DATE_WORD.search(
                text, max(0, match.start() - 10), match.start()):
            continue
        day = int(match.group("day") or bare_or_bracketed)
        if 1 <= day <= 31:
            weekday = match.group("weekday")
            date = _nearest(day, WEEKDAYS.index(weekday), ref) if ref is not None else None
            yield DayOnly(match.start(), match.end(), match.group(), date, weekday)


def _weekday_starts(at: int) -> list[int]:
    """Where a weekday whose last letters, ``day``, stand at ``at`` may start."""
    return [at - lead for lead in _LEADS if at >= lead]


def _nearest(day: int, weekday: int, ref: dt.date) -> dt.date | None:
    """The date with ``day`` falling on ``weekday`` nearest to ``ref``, within the window."""
    found = []
    for months in (-1, 0, 1):
        year, month = divmod(ref.year * 12 + ref.month - 1 + months, 12)
        try:
            date = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if date.weekday() == weekday and abs(date - ref) <= _WINDOW:
            found.append(date)
    return min(found, key=lambda d: (abs(d - ref), d > ref), default=None)
