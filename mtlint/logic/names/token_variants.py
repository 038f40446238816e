"""One capitalised word written two ways: accents (``Şehir``/``Sehir``), case
(``Codelco``/``CODELCO``), transliteration (``Olkhon``/``Olhon``) or spacing
(``Yun Chuan``/``Yunchuan``).

F103's windows compare names of two or more words; a single word written
two ways is the same slip. Words shorter than ``MIN_TYPO_LENGTH`` are compared
by accents and case only (``Lee`` and ``Li`` are two surnames), longer ones
after the pack's transliteration rewrites too; two capitalised words are
compared with one word written without the space. A capitals-only spelling
counts only against a capitalised one. Only lines of narration count
(headlines and credit lines are often set in capitals), never a dateline's
place (``LAGOS, Nigeria —``).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from mtlint.logic.names.similarity import MIN_TYPO_LENGTH

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.tables.entities import Mention

_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}]{3,}(?![\w'’-])")
#: two capitalised words, found overlapping (``Yun Chuan``)
_PAIR = regex.compile(r"(?<![\w'’-])(?=(\p{Lu}[\p{Ll}\p{M}]+[ ]\p{Lu}[\p{Ll}\p{M}]+)(?![\w'’-]))")
_DATELINE = regex.compile(r"[ \t]*(?:[\p{Lu}\p{M}'’.-]+[ \t]*)+(?=[,\u2013\u2014(-])")
#: a line with fewer words than this is a headline, credit or label, not narration
_NARRATION_WORDS = 8


@dataclass(frozen=True, slots=True)
class TokenVariant:
    """A later spelling at ``[start, end)`` of the word first written ``first``."""

    start: int
    end: int
    first: str


def token_variants(doc: Document, mentions: list[Mention],
                   fold: Callable[[str], str]) -> list[TokenVariant]:
    """Later spellings of capitalised words the narration first wrote another way;
    ``fold`` is the transliteration-neutral key of F103."""
    text = doc.lint_text
    first_seen: dict[tuple[str, str], str] = {}
    found: list[TokenVariant] = []
    starts = [m.start for m in mentions]
    lines = _Lines(text)
    for start, end, spelling, keys in _candidates(text, fold):
        if doc.in_quote(start, end) or _in_mention(mentions, starts, start, end):
            continue
        line_start, words = lines.around(start)
        if words < _NARRATION_WORDS or (spelling.isupper()
                                        and _in_dateline(text, line_start, start)):
            continue
        for key in keys:
            first = first_seen.setdefault(key, spelling)
            if first != spelling and _comparable(first, spelling):
                found.append(TokenVariant(start, end, first))
                break
    return found


def _candidates(text: str, fold: Callable[[str], str]
                ) -> list[tuple[int, int, str, list[tuple[str, str]]]]:
    """Capitalised words and pairs of them, in text order, with the keys they are
    compared by."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        key = ("fold", fold(word)) if len(word) >= MIN_TYPO_LENGTH else ("plain", _plain(word))
        found.append((match.start(), match.end(), word, [key, ("compact", _plain(word))]))
    for match in _PAIR.finditer(text):
        pair = match.group(1)
        found.append((match.start(1), match.end(1), pair,
                      [("compact", _plain(pair.replace(" ", "")))]))
    return sorted(found, key=lambda c: (c[0], c[1]))


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(c)).replace("ı", "i")


def _comparable(first: str, later: str) -> bool:
    """Letters or spacing differ, or one is capitals only and the other capitalised;
    lengths differ by one letter at most (``Olkhon``/``Olhon``, not ``Philippe``/``Filip``,
    two given names that fold alike)."""
    if abs(len(first.replace(" ", "")) - len(later.replace(" ", ""))) > 1:
        return False
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
