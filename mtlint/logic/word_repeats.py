"""Runs of repeated tokens, found once per document for D104 and D105.

Tokens are the white-space separated words of the lowered text, punctuation
kept (``bern,``). A run of period ``p`` is a stretch where every token
equals the token ``p`` places later, at least two whole copies of its unit
long: ``Bern, Bern, Bern`` has period 1, ``of the of the of the`` period 2.
One more copy that differs only in its final mark closes the run
(``Bern, Bern, Bern.`` is three copies; ``Bern, Bern.`` is no run). Each run
is maximal, so it is a function of the tokens alone: what comes before it on
the line does not change whether or how it is found.

Runs of different periods may overlap or start at the same token; all are
reported, except that a run lying wholly inside one run of a shorter period
is left out: its repetition follows from the shorter one (``ha ha ha ha`` is
period 1, not also period 2, and ``of the of the …`` not also period 4). A
longer run that no single shorter run holds is kept, even when several
shorter runs cover its tokens between them: ``ha ha ho ho`` three times is a
loop of ``ha ha ho ho`` as well as three doubled words. Where a line is read
in windows, a run seen in two of them is kept once, the longer sighting.

The stretch of equal pairs behind a run of period ``p`` is at least ``p``
pairs long, so it holds a token at a multiple of ``p``: comparisons run in C
through ``map(operator.eq, …)`` at those positions first, each stretch found
there is grown once in slices compared in C, doubling in length, and the
candidates inside a stretch already grown are skipped. The work is linear
in the tokens for every period, loops of a million ``ha`` included.

Lines are tokenised together, about ``WINDOW`` characters of them at a time
(one pass per period for all of them, not one per line), and a very long
line in windows that overlap by ``WINDOW_OVERLAP`` characters, so memory
stays in proportion to the longest window, not to the document.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from dataclasses import dataclass
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
    short: list[tuple[int, int]] = []  # lines read together, up to about WINDOW characters
    size = 0
    found: list[Run] = []
    for line in lines(doc):
        if line.end - line.start > WINDOW:
            found += _long_line_runs(low, _windows(low, line.start, line.end), max_period)
            continue
        short.append((line.start, line.end))
        size += line.end - line.start
        if size >= WINDOW:
            found += _pieces_runs(low, short, max_period)
            short, size = [], 0
    found += _pieces_runs(low, short, max_period)
    return sorted(found, key=lambda run: (run.start, run.period))


def _long_line_runs(text: str, windows: list[tuple[int, int]], max_period: int) -> list[Run]:
    """The runs of a line read in windows, each once, without those inside shorter ones."""
    longest: dict[tuple[int, int], Run] = {}
    for start, end in windows:
        for run in _pieces_runs(text, [(start, end)], max_period):
            key = (run.period, run.start)  # a run in two windows' overlap: keep the longer
            if key not in longest or run.end > longest[key].end:
                longest[key] = run
    kept = _Shorter()  # again across windows: a run cut by a window's edge may lie in another
    return [run for run in sorted(longest.values(), key=lambda run: (run.period, run.start))
            if kept.add(run.period, run.start, run.end)]


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


def _pieces_runs(text: str, pieces: list[tuple[int, int]], max_period: int) -> list[Run]:
    """The runs inside each piece of ``text`` (lines, or one window of a line).

    The pieces' tokens are read as one list, each piece closed by a token of
    its own that equals no other (``"\\n"`` and its number), so that no run
    crosses a piece and each period is compared in one pass, not one a piece.
    """
    tokens: list[str] = []
    firsts: list[int] = []  # the index of each piece's first token
    for number, (start, end) in enumerate(pieces):
        firsts.append(len(tokens))
        tokens += text[start:end].split()
        tokens.append(f"\n{number}")
    spans: dict[int, list[tuple[int, int]]] = {}  # each piece's token spans, when needed
    found: list[Run] = []
    kept = _Shorter()
    for period in range(1, max_period + 1):
        # pairs[k]: whether token k * period equals the token one period later
        pairs = bytes(map(operator.eq, tokens[::period], tokens[period::period]) if period > 1
                      else map(operator.eq, tokens, tokens[1:]))
        k = pairs.find(1)
        while k >= 0:
            i = k * period
            if period > 1 and not _neighbour_repeats(tokens, i, period):
                k = pairs.find(1, k + 1)
                continue
            first, last_pair = _equal_pairs(tokens, i, period)
            k = pairs.find(1, last_pair // period + 1)  # candidates up to last_pair are in it
            if last_pair - first + 1 < period:
                continue  # fewer than two whole copies
            last = _last_copy(tokens, first, last_pair, period)
            if not kept.add(period, first, last):
                continue
            piece = bisect_right(firsts, first) - 1
            if piece not in spans:
                start, end = pieces[piece]
                spans[piece] = [m.span() for m in _TOKEN.finditer(text, start, end)]
            offset = firsts[piece]
            within = spans[piece][first - offset : last - offset + 1]
            found.append(Run(period, tuple(s for s, _ in within), tuple(e for _, e in within)))
    return found


class _Shorter:
    """The runs kept so far, to leave out a run lying wholly inside one of a shorter period.

    Runs are added by period, shortest first, and by start within a period;
    ``first``/``last`` may be token indices or character offsets.
    """

    def __init__(self) -> None:
        self._firsts: dict[int, list[int]] = {}
        self._reach: dict[int, list[int]] = {}  # the furthest ``last`` up to each run

    def add(self, period: int, first: int, last: int) -> bool:
        """Keep the run unless one of a shorter period holds it; whether it was kept."""
        for shorter, firsts in self._firsts.items():
            if shorter < period:
                k = bisect_right(firsts, first) - 1
                if k >= 0 and self._reach[shorter][k] >= last:
                    return False
        firsts = self._firsts.setdefault(period, [])
        reach = self._reach.setdefault(period, [])
        firsts.append(first)
        reach.append(max(last, reach[-1]) if reach else last)
        return True


def _neighbour_repeats(tokens: list[str], i: int, period: int) -> bool:
    """A run of two units or more through ``i`` has an equal pair right before or after it."""
    after = i + 1 + period < len(tokens) and tokens[i + 1] == tokens[i + 1 + period]
    return after or (i > 0 and tokens[i - 1] == tokens[i - 1 + period])


def _equal_pairs(tokens: list[str], i: int, period: int) -> tuple[int, int]:
    """The widest ``first``/``last`` around ``i`` such that from ``first`` to ``last``
    every token equals the one ``period`` later (as token ``i`` does).

    One token is compared at a time, then slices of 2, 4, 8, … in C, so growing
    a stretch of ``n`` pairs takes ``O(n)`` comparisons and ``O(log n)`` steps
    in Python.
    """
    first = i
    if first > 0 and tokens[first - 1] == tokens[first - 1 + period]:
        first, step = first - 1, 2
        while first > 0:
            lower = max(first - step, 0)
            before, later = tokens[lower:first], tokens[lower + period : first + period]
            if before != later:
                first -= operator.indexOf(map(operator.eq, reversed(before), reversed(later)),
                                          False)
                break
            first, step = lower, step * 2
    last, limit = i, len(tokens) - period - 1
    if last < limit and tokens[last + 1] == tokens[last + 1 + period]:
        last, step = last + 1, 2
        while last < limit:
            upper = min(last + step, limit)
            after = tokens[last + 1 : upper + 1]
            later = tokens[last + 1 + period : upper + 1 + period]
            if after != later:
                last += operator.indexOf(map(operator.eq, after, later), False)
                break
            last, step = upper, step * 2
    return first, last


def _last_copy(tokens: list[str], first: int, last_pair: int, period: int) -> int:
    """The last token of the whole copies from ``first``, and of a closing copy after them."""
    repeats = (last_pair + period - first + 1) // period
    last = first + repeats * period - 1
    if _closes_run(tokens, first, last + 1, period):
        last += period
    return last


def _closes_run(tokens: list[str], start: int, at: int, period: int) -> bool:
    """Whether the unit at ``at`` repeats the run's unit up to a different final mark."""
    if at + period > len(tokens):
        return False
    unit = tokens[start : start + period]
    following = tokens[at : at + period]
    return unit[:-1] == following[:-1] and (
        unit[-1].rstrip(_CLOSING) == following[-1].rstrip(_CLOSING))
