"""What a report keeps of a linted file: the text around its findings.

A run over 20,000 files keeps each file's result until the report is written.
Keeping whole texts made peak memory grow with the size of the corpus; an
``Excerpts`` keeps the file's line index (16 bytes a line), its word count and
the text of each finding with ``CONTEXT`` characters either side on its lines,
so memory grows with the findings alone.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable

from mtlint.document import Document
from mtlint.document.span import Span
from mtlint.score.article import count_words

#: characters shown either side of a finding in the text report
CONTEXT = 50


class Excerpts:
    """Positions, line spans and text of a file's findings, without the rest of the file."""

    __slots__ = (
        "_line_ends",
        "_line_starts",
        "_piece_starts",
        "_pieces",
        "length",
        "path",
        "words",
    )

    def __init__(self, doc: Document, spans: Iterable[tuple[int, int]],
                 whole: bool = False) -> None:
        """Keep the text of ``spans`` in ``doc`` with its context (all of it when ``whole``)."""
        self.path = doc.path
        self.words = count_words(doc)
        self.length = len(doc.text)
        self._line_starts = array("q", doc.line_starts)
        self._line_ends = array("q", (doc.line_span(n).end
                                      for n in range(1, len(doc.line_starts) + 1)))
        ranges = [(0, self.length)] if whole else self._windows(spans)
        self._piece_starts = array("q", (start for start, _ in ranges))
        self._pieces = [doc.text[start:end] for start, end in ranges]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``."""
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_span(self, line: int) -> Span:
        """The span of 1-based ``line`` without its line break."""
        return Span(self._line_starts[line - 1], self._line_ends[line - 1])

    def excerpt(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end``: a finding, or its context on its lines."""
        index = bisect_right(self._piece_starts, start) - 1
        if index < 0:
            raise ValueError(f"{self.path}: offset {start} is not near a finding")
        base = self._piece_starts[index]
        piece = self._pieces[index]
        if end - base > len(piece):
            raise ValueError(f"{self.path}: {start}-{end} is not near a finding")
        return piece[start - base : end - base]

    @property
    def text(self) -> str:
        """The whole file; only when it was kept ``whole`` (the HTML report shows it)."""
        return self.excerpt(0, self.length)

    def _windows(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Merged ranges: each span and ``CONTEXT`` + 1 characters either side, on its lines
        (a finding without width is shown with the character after it)."""
        ranges: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            first = bisect_right(self._line_starts, start) - 1
            last = bisect_right(self._line_starts, max(start, end - 1)) - 1
            begin = max(self._line_starts[first], start - CONTEXT - 1)
            stop = max(end, min(self._line_ends[last], end + CONTEXT + 1))
            if ranges and begin <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
            else:
                ranges.append((begin, stop))
        return ranges
