"""Direct quotations: the speaker's words, which fixes never rewrite."""

from __future__ import annotations

import re

from mtlint.document.span import Span

_CLOSER = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", '"': '"'}
_MARKS = re.compile('[\u201c\u201d\u00ab\u00bb\u201e"]')


def find_quotations(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of double-quoted text, marks included.

    Quotations never cross a paragraph; one left open at a paragraph's end
    runs to that end (news style opens every paragraph of a long quotation
    and closes only the last).
    """
    found: list[Span] = []
    for para in paragraphs:
        found.extend(_in_paragraph(text, para))
    return found


def _in_paragraph(text: str, para: Span) -> list[Span]:
    found: list[Span] = []
    opener = ""
    open_at = 0
    for mark in _MARKS.finditer(text, para.start, para.end):
        i, ch = mark.start(), mark.group()
        if opener:
            if ch == _CLOSER[opener]:
                found.append(Span(open_at, i + 1))
                opener = ""
        elif ch in _CLOSER and _can_open(text, i, para):
            opener, open_at = ch, i
    if opener:
        found.append(Span(open_at, para.end))
    return found


def _can_open(text: str, i: int, para: Span) -> bool:
    """A straight quote opens only at a word start; typographic ones always do."""
    if text[i] != '"':
        return True
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in "([{-\u2014\u2013/") and not after.isspace()
