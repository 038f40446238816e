"""Half-open code-point ranges."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import attrgetter
from typing import Final

from mtlint.record import OrderedRecord


class Span(OrderedRecord):
    """A half-open range ``[start, end)`` of code points."""

    __match_args__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start: Final = start
        self.end: Final = end

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, start: int, end: int) -> bool:
        if start == end:
            return self.start <= start < self.end
        return start < self.end and self.start < end


#: a span's sort key: its order, without calling ``__lt__`` (which compares field tuples)
SPAN_ORDER: Final = attrgetter("start", "end")


class SpanSet:
    """A sorted set of non-overlapping spans with fast membership tests."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=SPAN_ORDER)
        self._starts = [s.start for s in self.spans]

    def find(self, offset: int) -> Span | None:
        """The span containing ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i].contains(offset):
            return self.spans[i]
        return None

    def holds(self, span: Span) -> bool:
        """Whether ``span`` is one of the spans (``span in self.spans``, without the scan)."""
        i = bisect_left(self._starts, span.start)
        while i < len(self.spans) and self._starts[i] == span.start:
            if self.spans[i] == span:
                return True
            i += 1
        return False

    def first_from(self, offset: int) -> Span | None:
        """The first span starting at or after ``offset``, if any."""
        i = bisect_left(self._starts, offset)
        return self.spans[i] if i < len(self.spans) else None

    def overlaps(self, start: int, end: int) -> bool:
        spans = self.spans
        i = max(bisect_right(self._starts, start) - 1, 0)
        if start == end:  # only the span starting last at or before ``start`` can hold it
            return i < len(spans) and spans[i].overlaps(start, end)
        # indices, not a slice: ``spans[i:]`` copied the rest of the list on every call
        # (a 30 MB file asks about its quotations a million times)
        for k in range(i, len(spans)):
            span = spans[k]
            if span.start >= end:
                return False
            if span.overlaps(start, end):
                return True
        return False

    def cuts(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies in a span or cuts one, rather than holding
        every span it overlaps whole (a residue line holding a link's target)."""
        spans = self.spans
        i = max(bisect_right(self._starts, start) - 1, 0)
        last = i + 1 if start == end else len(spans)  # as in ``overlaps``
        for k in range(i, min(last, len(spans))):
            span = spans[k]
            if span.start >= end and start != end:
                return False
            if span.overlaps(start, end) and not (start <= span.start and span.end <= end):
                return True
        return False


class DisjointRanges:
    """Ranges ``[start, end)`` that overlap one another nowhere, added one at a time, with
    ``overlaps`` answering ``any(s < end and start < e for s, e in ranges)`` by bisection
    (rules that keep the first of overlapping findings scanned all they kept for each
    candidate: quadratic in the findings of a 30 MB file)."""

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        # Sorted and pairwise disjoint, the ranges have non-decreasing ends, so of those
        # starting before ``end`` the last one reaches furthest.
        i = bisect_left(self._ranges, (end,))
        return i > 0 and self._ranges[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        """Add a range that overlaps none of the others (``overlaps`` said so)."""
        if self.overlaps(start, end):
            raise ValueError(f"[{start}, {end}) overlaps a range already added")
        insort(self._ranges, (start, end))

    def __len__(self) -> int:
        return len(self._ranges)
