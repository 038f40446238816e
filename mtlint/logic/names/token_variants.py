"""One capitalised word written two ways: accents (``Şehir``/``Sehir``) or case
(``Codelco``/``CODELCO``).

F103's windows compare names of two or more words; a single word written
with and without its accents, or in capitals once, is the same slip. Only
accents and letter case are ignored here (no transliteration rewrites: ``Lee``
and ``Li`` are two surnames). A capitals-only spelling counts only against a
capitalised one, on lines of narration (``max`` words: headlines and credit
lines are often set in capitals), and words of four letters or more.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.tables.entities import Mention

_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}]{3,}(?![\w'’-])")
_DATELINE = regex.compile(r"[ \t]*(?:[\p{Lu}\p{M}'’.-]+[ \t]*)+(?=[,\u2013\u2014(-])")
#: a line with fewer words than this is a headline, credit or label, not narration
_NARRATION_WORDS = 8


@dataclass(frozen=True, slots=True)
class TokenVariant:
    """A later spelling at ``[start, end)`` of the word first written ``first``."""

    start: int
    end: int
    first: str


def token_variants(doc: Document, mentions: list[Mention]) -> list[TokenVariant]:
    """Later spellings of capitalised words the narration first wrote another way."""
    text = doc.lint_text
    first_seen: dict[str, str] = {}
    found: list[TokenVariant] = []
    starts = [m.start for m in mentions]
    lines = _Lines(text)
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if doc.in_quote(start, end) or _in_mention(mentions, starts, start, end):
            continue
        line_start, words = lines.around(start)
        if words < _NARRATION_WORDS or (word.isupper() and _in_dateline(text, line_start, start)):
            continue
        key = _plain(word)
        first = first_seen.setdefault(key, word)
        if first != word and _comparable(first, word):
            found.append(TokenVariant(start, end, first))
    return found


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(c)).replace("ı", "i")


def _comparable(first: str, later: str) -> bool:
    """Accents differ, or one is capitals only and the other capitalised."""
    if first.isupper() != later.isupper():
        return True
    return first.casefold() != later.casefold()


def _in_mention(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    at = bisect_right(starts, start) - 1
    return at >= 0 and mentions[at].end >= end


def _in_dateline(text: str, line_start: int, offset: int) -> bool:
    """Whether ``offset`` is in a dateline's place name (``WALLA WALLA, Wash. —``,
    ``LAGOS, Nigeria``): capitals at the start of a line, before its first comma or dash."""
    head = _DATELINE.match(text, line_start, min(len(text), line_start + 200))
    return head is not None and offset < head.end()


class _Lines:
    """Each line's start and word count, found once per line (a 5 MB file may be one line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = -1
        self.words = 0

    def around(self, offset: int) -> tuple[int, int]:
        if not self.start <= offset < self.end:
            self.start = self.text.rfind("\n", 0, offset) + 1
            end = self.text.find("\n", offset)
            self.end = end if end >= 0 else len(self.text)
            self.words = len(self.text[self.start : self.end].split())
        return self.start, self.words
