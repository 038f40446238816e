"""G106: a year of the Thai Buddhist Era left in an English date (``26 March 2567``).

Thai news dates years from the Buddha's death: 2567 BE is 2024 CE, 543 years
earlier. Machine translation copies the number, and in an English date it
reads as a year five centuries ahead. A year in ``earliest``..``latest``
counts only where it closes a date: after a day and a month (``26 March
2567``, ``March 26, 2567``, ``26/3/2567``) when punctuation, the line's end, a
capitalised word or a small word of the clause follows (``On March 3, 2500
people marched`` counts people), or after a month alone when punctuation or
the line's end follows (``in March 2567.``; ``in March 2567 tourists``). A
year marked ``B.E.``, ``BE`` or ``Buddhist Era`` says which calendar it is in
and is left alone, and so are numbers after a label or a software word
(``firmware 4.12.2450``, ``page 1/11/2567``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.logic.dates.spelled import MONTH_PATTERN
from mtlint.logic.dates.tokens import after_a_label
from mtlint.record import Record

_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"
#: what may stand before the year, up to it: ``26 March ``, ``March 26, ``,
#: ``26/03/``, or a month alone (``March ``), which needs punctuation after the year
_BEFORE: Final = compile_pattern(
    rf"(?:(?:\b{_DAY}[ \t]+(?:{MONTH_PATTERN})\.?,?[ \t]+"
    rf"|\b(?:{MONTH_PATTERN})\.?[ \t]+{_DAY},?[ \t]+"
    rf"|(?<![\w/.-])\d{{1,2}}(?P<sep>[/.-])\d{{1,2}}(?P=sep))"
    rf"|\b(?P<month>(?:{MONTH_PATTERN}))\.?[ \t]+)\Z")
#: a character before four digits that makes them part of a longer number
_IN_A_NUMBER: Final = frozenset("0123456789,")
#: how far before the year a date's day and month can start
_REACH: Final = 24
#: a calendar named after the year: it is then the writer's choice, not a copied number
_MARKED: Final = compile_pattern(r"[ \t]*(?:B\.?E\b|Buddhist[ \t]+Era\b)")
#: what may follow a year after a month alone: punctuation or the line's end
_CLOSES: Final = compile_pattern(r"[ \t]*(?:[.,;:!?)\]\u201d\"'\u2019]|\r?\n|\Z)")
#: what may follow a year after a day and a month, besides that: a capitalised word, a
#: bracket, a dash, a small word of a clause or a verb in -ing or -ed ("an order dated 26
#: March 2567 asking"), not a noun it counts ("On March 3, 2500 people marched")
_GOES_ON: Final = compile_pattern(
    r"[ \t]+(?:[A-Z(\u2013\u2014-]|(?:in|at|on|and|to|when|as|with|after|before|the|a|an"
    r"|was|were|is|has|had|while|from|until|for|by|of|that|which|amid|during"
    r"|[a-z]+(?:ing|ed))\b)")


class EraYear(Record):
    """A Buddhist Era year at ``start``-``end`` and the Gregorian year it names."""

    __match_args__ = ("start", "end", "year", "gregorian")

    def __init__(self, start: int, end: int, year: int, gregorian: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.year: Final = year
        self.gregorian: Final = gregorian


class EraYearFinder:
    """Finds the years from ``earliest`` to ``latest`` that close a date."""

    def __init__(self, earliest: int, latest: int, offset: int) -> None:
        self.earliest, self.latest, self.offset = earliest, latest, offset
        # four digits starting with one of the range's centuries: with no look-behind
        # before it, the literal start makes the scan ~40 times faster than \d{4}
        centuries = "|".join(str(c) for c in range(earliest // 100, latest // 100 + 1))
        self._years = compile_sre(rf"(?:{centuries})\d\d(?!\d)")

    def find(self, text: str) -> Iterator[EraYear]:
        """The era years of ``text``, in order."""
        for match in self._years.finditer(text):
            year = int(match.group())
            if not self.earliest <= year <= self.latest:
                continue
            start, end = match.span()
            if start and text[start - 1] in _IN_A_NUMBER:  # "12567", "2,567"
                continue
            before = _BEFORE.search(text, max(0, start - _REACH), start)
            if before is None or not (_CLOSES.match(text, end) or before.group("sep") or (
                    not before.group("month") and _GOES_ON.match(text, end))):
                continue
            if before.group("sep") and after_a_label(text, before.start()):  # "firmware 4.12.2450"
                continue
            if not _MARKED.match(text, end):
                yield EraYear(start, end, year, year - self.offset)
