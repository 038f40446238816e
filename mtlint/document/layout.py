"""What a file's format keeps out of linting: masked spans, markup, directive comments.

Plain text has one piece of syntax, the suppression comment: a line that
holds only ``<!-- mtlint: ... -->``. News prose never contains that, so the
same comment works in ``.txt`` and ``.md`` files alike. Markdown files
(``.md``, ``.markdown``) are analysed by :mod:`mtlint.document.markdown`,
imported only when one is linted.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.span import SPAN_ORDER, Span

MARKDOWN_SUFFIXES: Final = (".md", ".markdown")

# A suppression comment alone on its line (plain text).
_COMMENT_LINE: Final = compile_sre(r"^[ \t]*(<!--[ \t]*mtlint\b[^\n]*?-->)[ \t]*\r?$", re.MULTILINE)


class Layout:
    """A file's format-specific structure, filled in as it is read.

    ``masked``: never linted, never edited by a rule's fix (code, URLs, HTML).
    ``markup``: syntax characters blanked for the rules (``#``, ``>``, list
    bullets) that fixes may still remove with their line.
    ``suppression_comments``: ``<!-- mtlint: ... -->`` comments, also masked.
    ``date``: the article date from Markdown front matter.
    """

    def __init__(self, masked: list[Span] | None = None,
                 suppression_comments: list[Span] | None = None) -> None:
        self.masked: list[Span] = [] if masked is None else masked
        self.markup: list[Span] = []
        self.suppression_comments: list[Span] = \
            [] if suppression_comments is None else suppression_comments
        self.date: dt.date | None = None


def is_markdown(path: str) -> bool:
    """Whether ``path`` names a Markdown file."""
    return lower(path).endswith(MARKDOWN_SUFFIXES)


def read_layout(text: str, path: str) -> Layout:
    """The layout of ``text``, chosen by the file name's suffix."""
    if is_markdown(path):
        from mtlint.document.markdown import markdown_layout

        return markdown_layout(text)
    if "<!--" not in text:
        return Layout()
    comments = [Span(*m.span(1)) for m in _COMMENT_LINE.finditer(text)]
    return Layout(masked=list(comments), suppression_comments=comments)


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping and touching ones joined; empty spans dropped."""
    merged: list[Span] = []
    for span in sorted((s for s in spans if s.start < s.end), key=SPAN_ORDER):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
