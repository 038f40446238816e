"""Half-open code-point ranges."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points."""

    start: int
    end: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, start: int, end: int) -> bool:
        if start == end:
            return self.start <= start < self.end
        return start < self.end and self.start < end


class SpanSet:
    """A sorted set of non-overlapping spans with fast membership tests."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self._starts = [s.start for s in self.spans]

    def find(self, offset: int) -> Span | None:
        """The span containing ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i].contains(offset):
            return self.spans[i]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        i = max(bisect_right(self._starts, start) - 1, 0)
        for span in self.spans[i:]:
            if span.start >= end and start != end:
                return False
            if span.overlaps(start, end):
                return True
        return False

    def cuts(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies in a span or cuts one, rather than holding
        every span it overlaps whole (a residue line holding a link's target)."""
        i = max(bisect_right(self._starts, start) - 1, 0)
        for span in self.spans[i:]:
            if span.start >= end and start != end:
                return False
            if span.overlaps(start, end) and not (start <= span.start and span.end <= end):
                return True
        return False
