"""The quote marks L103, L107 and L108 read, found once per document."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.logic.quote_marks import marks_in


def test_straight_and_curly_marks_are_found_but_not_mojibake_tails() -> None:
    text = 'He said "no" and \u201cyes\u201d; the \u00e2\u20ac\u0153 is mojibake.'
    assert [text[at] for at in marks_in(Document(text))] == ['"', '"', "\u201c", "\u201d"]


def test_a_curly_mark_alone_is_found() -> None:
    assert marks_in(Document("Caf\u00e9 \u201d here")) == [5]
    assert marks_in(Document('Plain "text"')) == [6, 11]
