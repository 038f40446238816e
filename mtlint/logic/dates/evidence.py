"""Deciding what a numeric date means: its weekday, the article date, the article's habit.

Each kind of evidence may single out one reading. When every piece that does
agrees, the token is settled; when they disagree, or the weekday fits no
reading, it is left for a person.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from mtlint.document.ascii_view import AsciiView
from mtlint.logic.dates.readings import Order, Reading, expand_year, in_window, readings
from mtlint.logic.dates.tokens import NumericDate, find_numeric_dates
from mtlint.record import Record

_ARTICLE_DATE: Final = "the article date"


class Window(Record):
    """How far before and after the article date a date it mentions usually lies."""

    __match_args__ = ("before", "after")

    def __init__(self, before: int = 60, after: int = 14) -> None:
        self.before: Final = before
        self.after: Final = after


class Convention(Record):
    """The article's numeric dates whose order is plain from the numbers alone."""

    __match_args__ = ("day_first", "month_first")

    def __init__(self, day_first: tuple[NumericDate, ...],
                 month_first: tuple[NumericDate, ...]) -> None:
        self.day_first: Final = day_first
        self.month_first: Final = month_first

    @property
    def order(self) -> Order | None:
        """The article's order, when all its self-evident dates share one."""
        if self.day_first and not self.month_first:
            return Order.DAY_FIRST
        if self.month_first and not self.day_first:
            return Order.MONTH_FIRST
        return None

    def examples(self, order: Order) -> str:
        tokens = self.day_first if order is Order.DAY_FIRST else self.month_first
        return ", ".join(t.text for t in tokens[:2])


class Verdict(Record):
    """What is known about one token: its readings and which one, if any, is meant."""

    __match_args__ = ("token", "readings", "chosen", "reasons", "votes")

    def __init__(self, token: NumericDate, readings: tuple[Reading, ...], chosen: Reading | None,
                 reasons: tuple[str, ...], votes: tuple[tuple[str, Reading], ...]) -> None:
        self.token: Final = token
        self.readings: Final = readings
        self.chosen: Final = chosen
        self.reasons: Final = reasons
        self.votes: Final = votes

    @property
    def mismatch(self) -> bool:
        """Whether the weekday beside the token fits none of its readings."""
        return _mismatch(self.token, self.readings)


class Analysis(Record):
    """Every numeric date of an article with its verdict, and the article's order."""

    __match_args__ = ("verdicts", "convention")

    def __init__(self, verdicts: tuple[Verdict, ...], convention: Convention) -> None:
        self.verdicts: Final = verdicts
        self.convention: Final = convention


def analyse(text: str, ref: dt.date | None, window: Window,
            view: AsciiView | None = None) -> Analysis:
    """Find the numeric dates of ``text`` (with its view, if any) and decide each with
    the evidence at hand."""
    tokens = find_numeric_dates(text, view)
    if not tokens:  # most articles
        return _NONE
    pending = [(t, tuple(readings(t.first, t.second, _year(t, ref), ref))) for t in tokens]
    pending = [(t, rs) for t, rs in pending if rs]
    plain = [(t, rs[0].order) for t, rs in pending
             if len(rs) == 1 and rs[0].order is not Order.SAME]
    convention = Convention(tuple(t for t, o in plain if o is Order.DAY_FIRST),
                            tuple(t for t, o in plain if o is Order.MONTH_FIRST))
    verdicts = tuple(_decide(t, rs, ref, window, convention) for t, rs in pending)
    return Analysis(verdicts, convention)


_NONE: Final = Analysis((), Convention((), ()))


def _mismatch(token: NumericDate, options: tuple[Reading, ...]) -> bool:
    """Whether the weekday beside ``token`` fits none of its readings ``options``."""
    weekday = token.weekday
    return weekday is not None and options[0].dated and not any(
        r.date.weekday() == weekday.index for r in options)


def _convention_reason(convention: Convention, order: Order) -> str:
    """How a message names the article's habit."""
    return f"the {order.value} order of the article's other dates ({convention.examples(order)})"


def _year(token: NumericDate, ref: dt.date | None) -> int | None:
    return expand_year(token.year, ref) if token.year else None


def _decide(token: NumericDate, options: tuple[Reading, ...], ref: dt.date | None,
            window: Window, convention: Convention) -> Verdict:
    votes = tuple(_votes(token, options, ref, window, convention))
    if _mismatch(token, options):
        return Verdict(token, options, None, (), votes)
    if len(options) == 1:
        return Verdict(token, options, options[0], (), votes)
    chosen = {reading for _, reading in votes}
    if len(chosen) != 1:
        return Verdict(token, options, None, (), votes)
    return Verdict(token, options, chosen.pop(), tuple(name for name, _ in votes), votes)


def _votes(token: NumericDate, options: tuple[Reading, ...], ref: dt.date | None,
           window: Window, convention: Convention) -> list[tuple[str, Reading]]:
    """Each piece of evidence that singles out one of two readings, in order of strength."""
    if len(options) < 2:
        return []
    votes = []
    weekday = token.weekday
    if weekday is not None and options[0].dated:
        fitting = [r for r in options if r.date.weekday() == weekday.index]
        if len(fitting) == 1:
            votes.append((weekday.name, fitting[0]))
    if ref is not None:
        inside = [r for r in options if in_window(r.date, ref, window.before, window.after)]
        if len(inside) == 1:
            votes.append((_ARTICLE_DATE, inside[0]))
    order = convention.order
    if order is not None:
        votes.extend((_convention_reason(convention, order), r)
                     for r in options if r.order is order)
    return votes
