"""What a report keeps of a linted file: the lines its findings point into.

A run over 20,000 files keeps each file's result until the report is written.
Keeping whole texts made peak memory grow with the size of the corpus; an
``Excerpts`` keeps the file's line index (8 bytes a line), its word count and
only the lines that hold a finding, so memory grows with the findings alone.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable

from mtlint.document import Document
from mtlint.document.span import Span
from mtlint.score.article import count_words


class Excerpts:
    """Positions, line spans and text of a file's findings, without the rest of the file."""

    __slots__ = ("_line_starts", "_piece_starts", "_pieces", "length", "path", "words")

    def __init__(self, doc: Document, spans: Iterable[tuple[int, int]],
                 whole: bool = False) -> None:
        """Keep the lines of ``doc`` that ``spans`` touch (every line when ``whole``)."""
        self.path = doc.path
        self.words = count_words(doc)
        self.length = len(doc.text)
        starts = doc.line_starts
        self._line_starts = array("q", starts)
        ranges = [(0, self.length)] if whole else _line_ranges(doc, starts, spans)
        self._piece_starts = array("q", (start for start, _ in ranges))
        self._pieces = [doc.text[start:end] for start, end in ranges]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``."""
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_span(self, line: int) -> Span:
        """The span of 1-based ``line`` without its line break (a line a finding touches)."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else self.length
        if end > start and self.excerpt(end - 1, end) == "\r":
            end -= 1
        return Span(start, end)

    def excerpt(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end``, which must lie on the kept lines."""
        index = bisect_right(self._piece_starts, start) - 1
        if index < 0:
            raise ValueError(f"{self.path}: offset {start} is not on a line with a finding")
        base = self._piece_starts[index]
        piece = self._pieces[index]
        if end - base > len(piece):
            raise ValueError(f"{self.path}: {start}-{end} is not on the lines with findings")
        return piece[start - base : end - base]

    @property
    def text(self) -> str:
        """The whole file; only when it was kept ``whole`` (the HTML report shows it)."""
        return self.excerpt(0, self.length)


def _line_ranges(doc: Document, starts: list[int],
                 spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of the whole lines the spans touch, line breaks included."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        begin = starts[first]
        stop = starts[last + 1] if last + 1 < len(starts) else len(doc.text)
        if ranges and begin <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
        else:
            ranges.append((begin, stop))
    return ranges
