"""Runs of repeated tokens, found once per document for D104 and D105.

Tokens are the white-space separated words of the lowered text, punctuation
kept (``bern,``). A run of period ``p`` is a stretch where every token
equals the token ``p`` places later: ``Bern, Bern, Bern`` has period 1,
``of the of the of the`` period 2. Comparisons run in C through
``map(operator.eq, …)``; a run of period ``p`` at least ``p`` tokens long
contains a multiple of ``p``, so for ``p > 1`` only those positions are
compared first. The last copy may end with another mark (``Bern, Bern.``).

Lines are tokenised one at a time, and a very long line in windows that
overlap by ``WINDOW_OVERLAP`` characters, so memory stays in proportion to
the longest window, not to the document.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from mtlint.document.lines import lines, lowered

if TYPE_CHECKING:
    from mtlint.document import Document

WINDOW = 20_000
WINDOW_OVERLAP = 2_000
_CLOSING = ".,;:!?\u2026"
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Run:
    """A unit of ``period`` tokens repeated ``repeats`` times; ``starts``/``ends`` per token."""

    period: int
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def repeats(self) -> int:
        return len(self.starts) // self.period

    @property
    def start(self) -> int:
        return self.starts[0]

    @property
    def end(self) -> int:
        return self.ends[-1]


def runs(doc: Document, max_period: int) -> list[Run]:
    """Every maximal run of periods 1 to ``max_period``, by position; shorter periods first."""
    return doc.memo(("word_repeats.runs", max_period), lambda: _document_runs(doc, max_period))


def _document_runs(doc: Document, max_period: int) -> list[Run]:
    low = lowered(doc)
    found: dict[int, Run] = {}
    for line in lines(doc):
        for start, end in _windows(low, line.start, line.end):
            for run in _window_runs(low, start, end, max_period):
                found.setdefault(run.start, run)
    return sorted(found.values(), key=lambda run: run.start)


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at white space into overlapping windows of about ``WINDOW``."""
    windows = []
    while end - start > WINDOW:
        cut = text.rfind(" ", start + WINDOW // 2, start + WINDOW)
        cut = start + WINDOW if cut < 0 else cut
        windows.append((start, cut))
        overlap = text.find(" ", cut - WINDOW_OVERLAP, cut)
        start = cut if overlap < 0 else overlap + 1
    windows.append((start, end))
    return windows


def _window_runs(text: str, start: int, end: int, max_period: int) -> list[Run]:
    tokens = text[start:end].split()
    spans: list[tuple[int, int]] | None = None
    found: list[Run] = []
    covered: set[int] = set()
    for period in range(1, max_period + 1):
        candidates = compress(range(0, len(tokens) - period, period),
                              map(operator.eq, tokens[::period], tokens[period::period]))
        for i in candidates:
            if i in covered or (period > 1 and not _neighbour_repeats(tokens, i, period)):
                continue
            first, last = _grow(tokens, i, period)
            if last - first + 1 < 2 * period:
                continue
            if spans is None:
                spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
            found.append(Run(period, tuple(s for s, _ in spans[first : last + 1]),
                             tuple(e for _, e in spans[first : last + 1])))
            covered.update(range(first, last + 1))
    return found


def _neighbour_repeats(tokens: list[str], i: int, period: int) -> bool:
    """A run of two units or more through ``i`` has an equal pair right before or after it."""
    after = i + 1 + period < len(tokens) and tokens[i + 1] == tokens[i + 1 + period]
    return after or (i > 0 and tokens[i - 1] == tokens[i - 1 + period])


def _grow(tokens: list[str], i: int, period: int) -> tuple[int, int]:
    """First and last token of the whole copies around ``i`` of a unit of ``period`` tokens."""
    start = i
    while start > 0 and tokens[start - 1] == tokens[start - 1 + period]:
        start -= 1
    end = i
    while end + period + 1 < len(tokens) and tokens[end + 1] == tokens[end + 1 + period]:
        end += 1
    repeats = (end + period - start + 1) // period
    last = start + repeats * period - 1
    if _closes_run(tokens, start, last + 1, period):
        last += period
    return start, last


def _closes_run(tokens: list[str], start: int, at: int, period: int) -> bool:
    """Whether the unit at ``at`` repeats the run's unit up to a different final mark."""
    if at + period > len(tokens):
        return False
    unit = tokens[start : start + period]
    following = tokens[at : at + period]
    return unit[:-1] == following[:-1] and (
        unit[-1].rstrip(_CLOSING) == following[-1].rstrip(_CLOSING))
