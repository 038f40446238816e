"""What a report keeps of a linted file: the text and lines around its findings.

A run over 20,000 files keeps each file's result until the report is written.
Keeping whole texts made peak memory grow with the size of the corpus; an
``Excerpts`` keeps the file's word count, the lines its findings touch (where
they start and end) and the text of each finding with ``CONTEXT`` characters
either side, so memory grows with the findings alone: a clean file keeps its
path and word count.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from mtlint.document import Document
from mtlint.document.excerpt_ranges import kept_text
from mtlint.document.span import Span
from mtlint.score.article import count_words

#: characters shown either side of a finding in the text report
CONTEXT = 50


class Excerpts:
    """Positions, line spans and text of a file's findings, without the rest of the file."""

    __slots__ = ("_line_numbers", "_line_starts", "_lines", "_piece_starts", "_pieces",
                 "length", "path", "words")

    def __init__(self, doc: Document, spans: Iterable[tuple[int, int]],
                 whole: bool = False) -> None:
        """Keep what reports need of ``spans`` in ``doc`` (all of its text when ``whole``)."""
        self.path = doc.path
        self.words = count_words(doc)
        self.length = len(doc.text)
        #: number -> (start, end without the line break, end with it) of each touched line
        (self._lines, self._line_numbers, self._line_starts, self._piece_starts,
         self._pieces) = kept_text(doc, spans, whole, CONTEXT)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``, on a line a finding
        touches."""
        index = bisect_right(self._line_starts, offset) - 1
        if index >= 0:
            number = self._line_numbers[index]
            start, _, stop = self._lines[number]
            # ``stop`` is the next line's start: a span ending there keeps that line too
            # (``touched_lines``), so an offset equal to ``stop`` is never asked for here
            if offset <= stop:
                return number, offset - start + 1
        raise ValueError(f"{self.path}: offset {offset} is not on a line with a finding")

    def line_span(self, line: int) -> Span:
        """The span of 1-based ``line`` (a line a finding touches) without its line break."""
        start, end, _ = self._lines[line]
        return Span(start, end)

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
