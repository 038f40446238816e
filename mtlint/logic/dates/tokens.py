"""Numeric date tokens (``1/10/2023``, ``(13/5)``, ``1.10.2023``) and the weekday beside them.

A token with a year counts wherever it stands; a year-less ``day/month``
counts only where a date is expected (next to a weekday, alone in brackets,
after ``on``/``since``/``until``/``by``…), so fractions, scores and ratios
such as ``3/4 majority``, ``24/7`` or ``51/70`` are never taken for dates.
"""

from __future__ import annotations

from typing import Any, Final

import regex as re

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import AsciiView
from mtlint.document.casing import lower
from mtlint.logic.dates.readings import WEEKDAYS
from mtlint.record import Record

# Factored so that the shared suffix "day" lets the regex engine skip ahead.
WEEKDAY_STEMS: Final = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
WEEKDAY_PATTERN: Final = f"(?:{'|'.join(WEEKDAY_STEMS)})day"
_TIME_OF_DAY: Final = r"(?:\s+(?:morning|afternoon|evening|night|noon))?"
#: the flags of a pattern for the words ending right before a token (``\Z`` at the token):
#: searched backwards from the token, it is tried where its match must end first and
#: fails at once elsewhere, where a forward search tries every place of the window. Only
#: one match can end there with each pattern's groups, so the match found is the same.
_BEHIND: Final = re.I | re.REVERSE

# Two numbers of one or two digits with an optional year, not inside a longer
# number, path, version, time or URL.
_TOKEN: Final = compile_pattern(
    r"(?<![\w/.\-:#])(?<!\d,)(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?"
    r"(?![\w/%°])(?![.\-:,/]\d)"
)
#: where a token may start, in an ASCII view (ASCII word characters only: a superset); the
#: leading "0" lets ``re`` skip ahead to digits
_TOKEN_PLACE: Final = compile_sre(rb"0(?<![0-9a-z_/.\-:#]0)0?(?=[/.\-]0)")
_WEEKDAY_BEFORE: Final = compile_pattern(
    rf"\b({WEEKDAY_PATTERN}){_TIME_OF_DAY}(?:\s*[(,]\s*|\s+)\Z", _BEHIND)
_WEEKDAY_AFTER: Final = compile_pattern(rf"\)?\s*[(,]\s*({WEEKDAY_PATTERN})\b(?!['’]s)", re.I)
_LIST_JOIN: Final = r"\s*(?:and|or|to|until|through|-|–|—|&|/|,)\s*"
_WEEKDAY_LISTED_BEFORE: Final = compile_pattern(rf"\b(?:{WEEKDAY_PATTERN}){_LIST_JOIN}\Z", _BEHIND)
_WEEKDAY_LISTED_AFTER: Final = compile_pattern(rf"{_LIST_JOIN}(?:{WEEKDAY_PATTERN})\b", re.I)
_CLOSE_AFTER_DOT: Final = compile_pattern(r"\.?\)")
_TIME_OF: Final = r"(?:morning|afternoon|evening|night)"


def _date_word_before(words: str) -> Any:
    """A date word (``on``, ``on the morning of``) ending right before the token."""
    return compile_pattern(rf"\b(?:(?:{words})(?:\s+the\s+{_TIME_OF}\s+of)?|{_TIME_OF}\s+of)\s+\Z",
                           _BEHIND)


_CONTEXT_WORD: Final = _date_word_before(r"on|since|until|till|by|from|between|dated|as\s+of")
#: a dotted token after "by", "from" or "between" is a decimal ("rose by 2.5", "from 5.2 to")
_DOTTED_CONTEXT_WORD: Final = _date_word_before(r"on|since|until|till|dated|as\s+of")
# after a dotted day.month ("said on 10.09 that"): punctuation or a word that is no unit
_AFTER_DOTTED: Final = compile_pattern(
    r"(?:[,;:)]|\.(?!\d)|\s+(?:that|and|at|in|when|the|local)\b)")
_RANGE_JOIN: Final = r"\s*(?:to|and|until|till|through|-|–|—)\s*"
_CHAIN: Final = compile_pattern(_RANGE_JOIN, re.I)
_CHAIN_ON: Final = compile_pattern(rf"{_RANGE_JOIN}\d", re.I)
_AMOUNT_BY: Final = compile_pattern(
    r"\b(?:increased?|rose|rise|risen|fell|fallen?|grew|grow|grown|cut|reduced?|dropped|"
    r"declined?|up|down|multiplied|divided|won|lost|beat|led|trailed)\s+by\s+\Z", _BEHIND)
_FRACTION_AFTER: Final = compile_pattern(r"\s*(?:of\b|majority|share|stake|votes?\b|%)", re.I)
#: a word that makes the numbers after it a label, a count or a software version
#: ("page 3/4", "firmware 4.12.2023"), not a date
_LABEL_BEFORE: Final = compile_pattern(
    r"\b(?:pages?|pp?\.|part|no\.|nos\.|number|score|ratio|chapter|episode|step|vol\.|"
    r"volume|article|section|room|gate|seat|block|unit|lane|route|"
    r"versions?|ver\.?|firmware|build|patch|kernel|driver)(?:\s*:|\s+is)?\s*\Z", _BEHIND)
_URL_HINT: Final = compile_pattern(r"://|www\.|\.[a-z]{2,6}/", re.I)
_URL_REACH: Final = 300
_NOT_DATES: Final = frozenset(("9/11", "24/7"))
_SCAN_BACK: Final = 40


_LOWER_WEEKDAYS: Final = [lower(weekday) for weekday in WEEKDAYS]


class Weekday(Record):
    """A weekday name written next to a date."""

    __match_args__ = ("start", "end", "index")

    def __init__(self, start: int, end: int, index: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.index: Final = index  # 0 is Monday

    @property
    def name(self) -> str:
        return WEEKDAYS[self.index]


class NumericDate(Record):
    """A numeric date as written: ``first`` and ``second`` in writing order."""

    __match_args__ = ("start", "end", "text", "first", "second", "year", "weekday")

    def __init__(self, start: int, end: int, text: str, first: int, second: int, year: str | None,
                 weekday: Weekday | None) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.first: Final = first
        self.second: Final = second
        self.year: Final = year
        self.weekday: Final = weekday


def find_numeric_dates(text: str, view: AsciiView | None = None) -> list[NumericDate]:
    """Every numeric date token in ``text``, in order (with its view, the token pattern
    is tried only where it may match)."""
    found: list[NumericDate] = []
    # tried only where the view shows a token may start: one or two digits, then a separator
    # and a digit, not after a word character or one of "/.-:#"
    for match in _TOKEN.finditer(text) if view is None else view.matches(_TOKEN, _TOKEN_PLACE):
        # the cheaper test first: whether a token stands where a date is expected
        if (_stands_alone(match) or _in_date_context(text, match, found)) \
                and not _excluded(text, match):
            first, _, second, year = match.groups()
            weekday = weekday_near(text, match.start(), match.end())
            end = match.end() + (text[match.end() : match.end() + 2] == ".)")
            found.append(NumericDate(match.start(), end, text[match.start() : end], int(first),
                                     int(second), year, weekday))
    return found


def weekday_near(text: str, start: int, end: int) -> Weekday | None:
    """The one weekday written just before ``[start, end)`` or in brackets just after it."""
    match = _weekday_match(text, start, end)
    if match is None or in_weekday_list(text, match.start(1), match.end(1)):
        return None
    return Weekday(match.start(1), match.end(1), weekday_index(match.group(1)))


def in_weekday_list(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``[start, end)`` is one of several (``Thursday and Friday``)."""
    return (_WEEKDAY_LISTED_BEFORE.search(text, max(0, start - _SCAN_BACK), start) is not None
            or _WEEKDAY_LISTED_AFTER.match(text, end) is not None)


def expression_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened by one bracket so that its brackets pair up."""
    inner = text[start:end]
    if inner.count("(") > inner.count(")") and text[end : end + 1] == ")":
        end += 1
    elif inner.count(")") > inner.count("(") and start and text[start - 1] == "(":
        start -= 1
    return start, end


def weekday_index(name: str) -> int:
    """0 for Monday … 6 for Sunday, in any letter case the patterns take: case folding
    reads a long ``ſ`` as ``s``; a Turkish capital ``İ``, which they read as ``i``, folds
    to ``i`` and a combining dot."""
    return _LOWER_WEEKDAYS.index(name.casefold().replace("\u0307", ""))


def _weekday_match(text: str, start: int, end: int) -> re.Match[str] | None:
    before = _WEEKDAY_BEFORE.search(text, max(0, start - _SCAN_BACK), start)
    return before or _WEEKDAY_AFTER.match(text, end)


def _stands_alone(match: re.Match[str]) -> bool:
    """A token with a year: any ``/`` one, or a ``.``/``-`` one with four digits."""
    year = match.group(4)
    return year is not None and (match.group(2) == "/" or len(year) == 4)


def _excluded(text: str, match: re.Match[str]) -> bool:
    year = match.group(4)
    if year is not None and len(year) == 4 and not 1900 <= int(year) <= 2099:
        return True
    if match.group() in _NOT_DATES or _in_url(text, match.start(), match.end()):
        return True
    return after_a_label(text, match.start())


def after_a_label(text: str, start: int) -> bool:
    """Whether the numbers at ``start`` follow a word that makes them no date."""
    return _LABEL_BEFORE.search(text, max(0, start - _SCAN_BACK), start) is not None


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the token is part of a run of non-space characters that looks like a URL."""
    lo = max(0, start - _URL_REACH)
    chunk_start = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    ends = [i for i in (text.find(" ", end, end + _URL_REACH),
                        text.find("\n", end, end + _URL_REACH)) if i >= 0]
    chunk_end = min(ends, default=min(len(text), end + _URL_REACH))
    return _URL_HINT.search(text, chunk_start, chunk_end) is not None


def _in_date_context(text: str, match: re.Match[str], found: list[NumericDate]) -> bool:
    """Whether a year-less (or short ``.``/``-``) token stands where a date is expected."""
    start, end = match.span()
    if match.group(4) is None and match.group(2) != "/":
        # A dotted day.month ("Sunday (1.10.)", "on Friday, 14.02,", "said on 10.09
        # that") only beside a weekday or after a date word, and never before a unit.
        if match.group(2) != "." or (_AFTER_DOTTED.match(text, end) is None and \
                _CLOSE_AFTER_DOT.match(text, end) is None):
            return False
        back = max(0, start - _SCAN_BACK)
        return (_weekday_match(text, start, end) is not None
                or _DOTTED_CONTEXT_WORD.search(text, back, start) is not None)
    if _weekday_match(text, start, end) is not None or _bracketed(text, start, end):
        return True
    if found and _CHAIN.fullmatch(text, found[-1].end, start):
        return True
    back = max(0, start - _SCAN_BACK)
    return (_CONTEXT_WORD.search(text, back, start) is not None
            and _AMOUNT_BY.search(text, back, start) is None
            and _FRACTION_AFTER.match(text, end) is None)


def _bracketed(text: str, start: int, end: int) -> bool:
    """``(13/5)`` alone in brackets, or the first of several: ``(30/5 and 31/5)``."""
    if text[start - 1 : start] != "(":
        return False
    return text[end : end + 1] == ")" or _CHAIN_ON.match(text, end) is not None
