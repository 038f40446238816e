"""Where digit-led patterns (dates, times, numbers) may match, found by searching bytes.

``regex`` scans a text at about 5 ns a character, whatever the pattern, and
most articles hold few places where a pattern led by a digit (``8th``,
``10.30``) or a weekday can match. The text as UTF-8 with each ASCII digit
made ``0`` and each ASCII letter lowered (``ascii_view``) is searched
instead with short ``re`` patterns that skip ahead in C, and a rule's own
pattern is tried only at the places found. That misses no match only when
``\\d`` and a case-insensitive letter can match nothing but ASCII in the
text: with another script's digits, ``ſ`` or the Kelvin sign in it,
``ascii_view`` is None and the rules scan the text as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from string import ascii_lowercase, ascii_uppercase
from typing import TYPE_CHECKING, Any, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.nonascii import char_offsets, non_ascii
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.document import Document

_DIGITS_AND_CASE: Final = bytes.maketrans(b"0123456789" + ascii_uppercase.encode(),
                                          b"0" * 10 + ascii_lowercase.encode())
#: a character beyond ASCII that ``\d`` or a case-insensitive ASCII letter matches
_ASCII_ALIKE: Final = compile_pattern(r"(?i)[\da-z]")


class AsciiView(Record):
    """``text`` as UTF-8, its ASCII digits as ``0`` and its ASCII letters in lower case."""

    __match_args__ = ("data", "text")

    def __init__(self, data: bytes, text: str) -> None:
        self.data: Final = data
        self.text: Final = text

    def places(self, pattern: re.Pattern[bytes], shift: int = 0) -> list[int]:
        """The character offsets of the matches of ``pattern`` in the view, each moved on
        by ``shift`` bytes (over ASCII characters)."""
        return self.chars([m.start() + shift for m in pattern.finditer(self.data)])

    def matches(self, pattern: Any, places: re.Pattern[bytes], shift: int = 0) -> Iterator[Any]:
        """``pattern.finditer(text)`` for a pattern whose matches never overlap, tried only
        at the ``places`` (shifted as there) where the view shows a match may start: the
        match at each such place is the one ``finditer`` finds."""
        for start in self.places(places, shift):
            match = pattern.match(self.text, start)
            if match is not None:
                yield match

    def chars(self, starts: list[int]) -> list[int]:
        """The character offsets of ascending byte offsets, each starting a character."""
        return starts if len(self.data) == len(self.text) else char_offsets(self.data, starts)


def ascii_view(doc: Document) -> AsciiView | None:
    """The view of ``doc.lint_text``, or None when byte searches could miss a match."""
    return doc.memo("ascii-view", lambda: _view(doc))


def _view(doc: Document) -> AsciiView | None:
    if _ASCII_ALIKE.search(non_ascii(doc)):
        return None
    text = doc.lint_text
    return AsciiView(text.encode("utf-8", "surrogatepass").translate(_DIGITS_AND_CASE), text)
