"""Dates given by the day alone (``on the 8th``), as Chinese and Korean sources write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import regex as re

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import AsciiView
from mtlint.logic.dates.spelled import MONTH_PATTERN
from mtlint.record import Record

# "on/of/since … the 8th" followed by punctuation, a small linking word or a verb in the
# past tense, not by a month ("the 8th of May"), a noun ("the 20th Party Congress",
# "the 5th round") or another ordinal.
_DAY_ONLY: Final = compile_pattern(
    r"(?<=\b(?:on|of|since|until|till|by|from|before|after)\s+)"
    r"(?P<ref>the\s+(?P<day>\d{1,2})(?:st|nd|rd|th))\b"
    rf"(?!\s+(?:of\s+)?(?:{MONTH_PATTERN})\b)(?!,?\s*(?:and\s+)?\d{{1,2}}(?:st|nd|rd|th))"
    r"(?=\s*[,.;:)!?]|\s*\Z|\s+(?:and|to|at|in|when|as|with|local|after|before|that|during"
    r"|amid|following|until|while|but|or|from|of\s+(?:last|this|next)|said|says|shows)\b"
    # a verb in the past tense ("the 7th showed"), in lower case and not a short noun: not
    # "the 20th Party Congress", "the 1st United Methodist", "the 10th seed", "the 2nd red card"
    r"|\s+(?P<verb>(?-i:[a-z]{3,}ed))\b)",
    re.I,
)
#: an object after a rank participle makes it a verb: "on the 8th placed a cordon", not "of
#: the 5th placed team"
_OBJECT: Final = compile_pattern(
    r"\s+(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|him|them|it|us)\b")
_MONTH_NAME: Final = compile_pattern(rf"\b(?:{MONTH_PATTERN})\b")
# a sentence's end, or a dateline's (``Beijing, March 5 - The session opened on the 5th``:
# the dateline's month does not name the day's month in the sentence)
_SENTENCE_END: Final = compile_pattern(r"[.!?]\s+(?=\S)|\s[-\u2013\u2014]{1,2}\s|\)\s+(?=\p{Lu})")
_SENTENCE_REACH: Final = 300
#: where an ordinal day's last digit is, in an ASCII view
_ORDINAL_PLACE: Final = compile_sre(rb"0(?=st|nd|rd|th)")
_DIGITS: Final = frozenset("0123456789")


class DayOnly(Record):
    """``the 8th`` at ``[start, end)``; ``date`` is its likely date, if the article has one."""

    __match_args__ = ("start", "end", "text", "date", "weekday")

    def __init__(self, start: int, end: int, text: str, date: dt.date | None,
                 weekday: str = "") -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.date: Final = date
        #: the weekday named with the day (``Tuesday (4)``), kept in a fix
        self.weekday: Final = weekday


def find_day_only(text: str, ref: dt.date | None, ranks: frozenset[str] = frozenset(),
                  view: AsciiView | None = None) -> Iterator[DayOnly]:
    """Day-only date references whose sentence names no month before them.

    Each comes with the latest such day on or before ``ref``. Before one of ``ranks``
    (``ranked``, ``seeded``) without an object, ``the 5th`` is a rank, not a day.
    With ``text``'s view, the pattern is tried only where it may match.
    """
    for match in _DAY_ONLY.finditer(text) if view is None else _matches(text, view):
        day = int(match.group("day"))
        if 1 <= day <= 31 and not month_named_before(text, match.start()) \
                and not _is_rank(text, match, ranks):
            date = _latest(day, ref) if ref is not None else None
            yield DayOnly(match.start("ref"), match.end("ref"), match.group("ref"), date)


def _matches(text: str, view: AsciiView) -> Iterator[re.Match[str]]:
    """``_DAY_ONLY.finditer(text)``, tried only where ``the`` stands before an ordinal."""
    # A match is "the", spaces, one or two digits and an ordinal ending, which the view
    # shows as "0st", "0nd", "0rd" or "0th"; matches never overlap, so the one at each
    # place is one ``finditer`` finds.
    for last in view.places(_ORDINAL_PLACE):
        first = last - 1 if text[last - 1 : last] in _DIGITS else last
        spaces = first
        while spaces > 0 and text[spaces - 1].isspace():  # ``\s`` is no wider than isspace
            spaces -= 1
        if spaces < first and spaces >= 3:
            match = _DAY_ONLY.match(text, spaces - 3)
            if match is not None:
                yield match


def _is_rank(text: str, match: re.Match[str], ranks: frozenset[str]) -> bool:
    """Whether the day is an ordinal rank: ``the 5th ranked player``, ``of the 21st ranked,``."""
    verb = match.group("verb")
    return verb in ranks and _OBJECT.match(text, match.end("verb")) is None


def _latest(day: int, ref: dt.date) -> dt.date | None:
    """``day`` of the article's month if it has come, else of the month before."""
    if day <= ref.day:
        return ref.replace(day=day)
    previous = ref.replace(day=1) - dt.timedelta(days=1)
    return previous.replace(day=day) if day <= previous.day else None


def month_named_before(text: str, offset: int) -> bool:
    """Whether the sentence up to ``offset`` names a month (``May 3 … and on the 8th``)."""
    start = max(0, offset - _SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(text, start, offset):
        start = end.end()
    return _MONTH_NAME.search(text, start, offset) is not None
