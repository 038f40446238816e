"""Double quotation marks as L103, L107 and L108 see them.

A curly mark right after ``€`` is not a quote mark but the tail of mojibake
(``â€œ``, ``â€“`` for an en dash); N101 and N105 report those.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import unusual

if TYPE_CHECKING:
    from mtlint.document import Document

STRAIGHT: Final = '"'
OPENING: Final = "\u201c"
CLOSING: Final = "\u201d"
_MARKS: Final = compile_sre('["\u201c\u201d]')  # stdlib re scans classes faster
_STRAIGHT: Final = compile_sre('"')


def marks_in(doc: Document) -> list[int]:
    """Offsets of the straight and curly double quote marks of the document, found once."""
    return doc.memo("quote_marks", lambda: _find(doc.lint_text, unusual(doc)))


def marks_between(doc: Document, start: int, end: int) -> list[int]:
    """``marks_in(doc)`` within ``[start, end)``."""
    marks = marks_in(doc)
    return marks[bisect_left(marks, start) : bisect_left(marks, end)]


def _find(text: str, odd: str) -> list[int]:
    """``odd`` is ``unusual(doc)``: a text without curly marks is scanned for the straight
    one alone (a literal, found much faster than a class), and without ``€`` no mark
    is looked at in Python."""
    pattern = _MARKS if OPENING in odd or CLOSING in odd else _STRAIGHT
    found = list(map(re.Match.start, pattern.finditer(text)))
    if "\u20ac" in odd:
        found = [at for at in found if at == 0 or text[at - 1] != "\u20ac"]
    return found
