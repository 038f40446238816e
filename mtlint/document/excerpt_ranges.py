"""The lines and the text a report keeps around a document's findings (``Excerpts``).

Worked out here, in the compiled core, for a run over 20,000 files asks for
them for 100,000 findings and their fixes' edits (``spans_touched`` gathers
those); the report's own modules are not compiled (their records travel
between ``--jobs`` processes by pickle).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from mtlint.document.document import Document

if TYPE_CHECKING:
    from mtlint.engine.rule import Diagnostic

_FIRST: Final = itemgetter(0)


def spans_touched(diagnostics: Sequence[Diagnostic]) -> list[tuple[int, int]]:
    """(start, end) of each finding, then of each edit of their fixes: the text a report
    keeps of a file."""
    spans = [(d.start, d.end) for d in diagnostics]
    for d in diagnostics:
        if d.fix is not None:
            spans += [(e.start, e.end) for e in d.fix.edits]
    return spans


def kept_text(doc: Document, spans: Iterable[tuple[int, int]], whole: bool, context: int
              ) -> tuple[dict[int, tuple[int, int, int]], tuple[int, ...], tuple[int, ...],
                         tuple[int, ...], tuple[str, ...]]:
    """What an ``Excerpts`` keeps of ``doc`` for ``spans`` (all of it when ``whole``): its
    ``touched_lines``, their numbers and starts, and the starts and text of its
    ``context_ranges``."""
    text = doc.text
    ordered = sorted(spans)
    lines = touched_lines(doc, [(0, len(text))] if whole else ordered)
    ranges = [(0, len(text))] if whole else context_ranges(doc, lines, ordered, context)
    # the starts taken by itemgetter are the int objects the tuples hold, not copies: an
    # int read into a compiled variable is boxed again as a new one (2 MB for a 45 MB run)
    return (lines, tuple(lines), tuple(map(_FIRST, lines.values())),
            tuple(map(_FIRST, ranges)), tuple([text[start:end] for start, end in ranges]))


def touched_lines(doc: Document, spans: list[tuple[int, int]]) -> dict[int, tuple[int, int, int]]:
    """Every line from the one a span starts on to the one it ends on, by 1-based number
    in order: (start, end without the line break, end with it). ``spans`` are sorted: a
    line not yet kept comes after every line kept, since each span starts on or after the
    line the span before started on."""
    starts = doc.line_starts
    lines: dict[int, tuple[int, int, int]] = {}
    for start, end in spans:
        for number in range(bisect_right(starts, start), bisect_right(starts, end) + 1):
            if number not in lines:
                stop = starts[number] if number < len(starts) else len(doc.text)
                lines[number] = (starts[number - 1], doc.line_span(number).end, stop)
    return lines


def context_ranges(doc: Document, lines: dict[int, tuple[int, int, int]],
                   spans: list[tuple[int, int]], context: int) -> list[tuple[int, int]]:
    """Merged ranges of sorted ``spans``: each span and ``context`` + 1 characters either
    side, on its ``lines`` (``touched_lines``; a finding without width is shown with the
    character after it)."""
    starts = doc.line_starts
    ranges: list[tuple[int, int]] = []
    for start, end in spans:
        _, last_end, _ = lines[bisect_right(starts, max(start, end - 1))]
        begin = max(doc.line_start_at(start), start - context - 1)
        stop = max(end, min(last_end, end + context + 1))
        if ranges and begin <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
        else:
            ranges.append((begin, stop))
    return ranges
