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
pairs long. Period 1 compares every token with the next in C (``map`` of
``operator.eq``), first with ``any``, which makes no bytes and in most
articles finds no equal pair. Beyond it a token can equal the one ``p`` later only where
their lengths agree: the lengths, one byte a token, make one int, and one
shift and XOR per period find in C the rows of ``p`` or more agreeing
lengths, few in prose; only a row holding an equal pair where each stretch
of ``p`` pairs in it must have one has its tokens compared, once. The work
is linear in the tokens for every period, loops of a million ``ha``
included. The compiled wheel finds the stretches in C instead
(``mtlint/document/_words.c``), which makes no string of a token, and splits
the tokens only of the texts where it found some.

Lines are tokenised together, joined by a break token, about ``WINDOW``
characters of them at a time (one split and one pass per period for all of
them, not one per line; a text of at most ``WINDOW`` characters is one
window), and a very long line in windows that overlap by ``WINDOW_OVERLAP``
characters, so memory stays in proportion to the longest window, not to the
document.
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import Line, lines, lowered
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.document import Document

WINDOW: Final = 20_000
WINDOW_OVERLAP: Final = 2_000
_CLOSING: Final = ".,;:!?\u2026"
_TOKEN: Final = compile_sre(r"\S+")
_ZEROS: Final = compile_sre(b"\x00+")
#: the token put between two pieces' tokens: the text is in lower case, where no
#: character lowers to a capital letter (checked for every code point), so no token
#: of the pieces equals it
_BREAK: Final = "A"


class Run(Record):
    """A unit of ``period`` tokens repeated ``repeats`` times; ``starts``/``ends`` per token."""

    __match_args__ = ("period", "starts", "ends")

    def __init__(self, period: int, starts: tuple[int, ...], ends: tuple[int, ...]) -> None:
        self.period: Final = period
        self.starts: Final = starts
        self.ends: Final = ends

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
    if len(low) <= WINDOW:  # no line longer, nor all of them: one window
        return sorted(_pieces_runs(low, lines(doc), max_period),
                      key=lambda run: (run.start, run.period))
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


def _pieces_runs(text: str, pieces: Sequence[tuple[int, int] | Line],
                 max_period: int) -> list[Run]:
    """The runs inside each piece of ``text`` (lines, or one window of a line), which
    starts and ends where the piece's first two numbers say.

    The pieces' tokens are read as one list, split in C from the pieces joined by
    a ``_BREAK`` token each, so that each period is compared in one pass, not one a
    piece. The breaks are alike: two of them ``period`` apart are an equal pair no
    run may hold, and the stretches are cut there (``_within_pieces``).
    """
    joined = f" {_BREAK} ".join([text[piece[0] : piece[1]] for piece in pieces])
    stretches = repeat_stretches(joined, max_period)
    if not stretches:  # most texts: their tokens are not needed
        return []
    tokens = joined.split()
    breaks = _breaks(tokens, len(pieces) - 1)
    spans: dict[int, list[tuple[int, int]]] = {}  # each piece's token spans, when needed
    found: list[Run] = []
    kept = _Shorter()
    for period, first, last_pair in _within_pieces(stretches, breaks):
        last = _last_copy(tokens, first, last_pair, period)
        if not kept.add(period, first, last):
            continue
        piece = bisect_right(breaks, first)
        if piece not in spans:
            start, end = pieces[piece][:2]
            spans[piece] = [m.span() for m in _TOKEN.finditer(text, start, end)]
        offset = breaks[piece - 1] + 1 if piece else 0  # the piece's first token
        within = spans[piece][first - offset : last - offset + 1]
        found.append(Run(period, tuple(s for s, _ in within), tuple(e for _, e in within)))
    return found


def python_repeat_stretches(text: str, max_period: int) -> list[tuple[int, int, int]]:
    """The stretches (``_stretches``) of the white-space separated tokens of ``text``."""
    return _stretches(text.split(), max_period)


# the compiled wheel scans in C, without a string per token (``mtlint/document/_words.c``;
# tests/build_test.py checks that it finds what ``python_repeat_stretches`` finds)
try:
    from mtlint.document._words import repeat_stretches
except ImportError:  # the source, as an editable install runs it, or a pure-Python wheel
    repeat_stretches = python_repeat_stretches


def _breaks(tokens: list[str], count: int) -> list[int]:
    """The indices of the first ``count`` ``_BREAK`` tokens."""
    breaks: list[int] = []
    at = 0
    for _ in range(count):
        at = tokens.index(_BREAK, at) + 1
        breaks.append(at - 1)
    return breaks


def _within_pieces(stretches: list[tuple[int, int, int]],
                   breaks: list[int]) -> Iterator[tuple[int, int, int]]:
    """The stretches cut at each pair whose first token is a break (its second is one
    too, as the pair is equal), each part kept when ``period`` pairs long or more."""
    for period, first, last in stretches:
        k = bisect_left(breaks, first)
        while k < len(breaks) and breaks[k] <= last:
            if breaks[k] - first >= period:
                yield period, first, breaks[k] - 1
            first = breaks[k] + 1
            k += 1
        if last - first + 1 >= period:
            yield period, first, last


def _stretches(tokens: list[str], max_period: int) -> list[tuple[int, int, int]]:
    """Each widest ``first``/``last`` such that from ``first`` to ``last`` every token
    equals the one ``period`` later, at least ``period`` tokens long, as
    ``(period, first, last)``: by period, then by position.

    Beyond period 1 a token can equal the one ``period`` later only where their
    lengths agree, so only the rows of ``period`` or more agreeing lengths are
    looked at, found in C for all tokens at once (the lengths are the bytes of
    one int, shifted by ``period`` bytes and compared by XOR); and a row's tokens
    only when one of the pairs that every such stretch in it must hold is equal.
    """
    found = []
    if any(map(operator.eq, tokens, islice(tokens, 1, None))):  # a stretch holds an equal pair
        found = [(1, first, last)
                 for first, last in _equal_stretches(tokens, 0, len(tokens) - 1, 1)]
    if max_period < 2 or len(tokens) < 4:
        return found
    sizes = _sizes(tokens)
    for period in range(2, min(max_period, len(tokens) // 2) + 1):
        count = len(tokens) - period  # the tokens that have one ``period`` later
        # byte k is zero where token k is as long as the one ``period`` later
        agree = (sizes ^ (sizes >> 8 * period)).to_bytes(len(tokens), "little")
        wanted = bytes(period)
        at = agree.find(wanted, 0, count)
        while at >= 0:
            if agree[at + period : at + 2 * period] == wanted:  # a row of 2 * period or more
                end = _row_end(agree, at, count)
                # a stretch of ``period`` pairs or more in it holds one of these pairs
                if any(map(operator.eq, tokens[at + period - 1 : end : period],
                           tokens[at + 2 * period - 1 : end + period : period])):
                    found += [(period, first, last)
                              for first, last in _equal_stretches(tokens, at, end, period)]
            else:
                end = at + period  # the rest of a shorter row starts no row of ``period``
                # each stretch of ``period`` pairs in a row shorter than ``2 * period`` holds
                # pair ``at + period - 1``
                if tokens[at + period - 1] == tokens[at + 2 * period - 1]:
                    found += [(period, first, last) for first, last in _equal_stretches(
                        tokens, at, _row_end(agree, at, count), period)]
            at = agree.find(wanted, end, count)
    return found


def _row_end(agree: bytes, at: int, count: int) -> int:
    """Where the zero bytes from ``at`` end, ``count`` at the latest."""
    return min(_ZEROS.match(agree, at).end(), count)  # type: ignore[union-attr]


def _sizes(tokens: list[str]) -> int:
    """The tokens' lengths, modulo 256, as the bytes of an int, the first token lowest."""
    try:
        lengths = bytes(map(len, tokens))
    except ValueError:  # a token of 256 characters or more
        lengths = bytes(map((255).__and__, map(len, tokens)))
    return int.from_bytes(lengths, "little")


def _equal_stretches(tokens: list[str], start: int, end: int,
                     period: int) -> list[tuple[int, int]]:
    """The stretches (``_stretches``) among the tokens ``start`` to ``end`` (excluded)."""
    equal = bytes(map(operator.eq, tokens[start:end], tokens[start + period : end + period]))
    wanted = b"\x01" * period
    found = []
    at = equal.find(wanted)
    while at >= 0:
        stop = equal.find(0, at + period)
        stop = len(equal) if stop < 0 else stop
        found.append((start + at, start + stop - 1))
        at = equal.find(wanted, stop)
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
