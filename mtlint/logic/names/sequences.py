"""Capitalised name sequences in the narration, and the windows of tokens compared.

A sequence is two or more capitalised tokens in a row (``Prime Minister
Pham Minh Chinh``), lower-case name particles allowed between them
(``Mohammed bin Salman``, ``Ursula von der Leyen``). Names end their
sequence (titles come before them: ``Prime Minister Phan Van Khai``), so the
candidate names are the sequence's last two to four tokens; a window cut
from the middle would compare ``Prime Minister Phan`` with ``Prime Minister
Fan`` of another person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from mtlint.cache.patterns import compile_pattern
from mtlint.logic.speech import alternation

#: a capitalised token; hyphenated parts may be capitalised too (``Thien-Hue``, ``Jae-in``)
_TOKEN = r"\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*-?"
_POSSESSIVE = ("'s", "’s")
#: the longest window compared
MAX_TOKENS = 4


class Window(NamedTuple):
    """The last tokens of one sequence: a candidate name, with each token's start
    (named tuples: a document has thousands of windows)."""

    start: int
    end: int
    words: tuple[str, ...]
    starts: tuple[int, ...]

    def token_span(self, index: int) -> tuple[int, int]:
        """Where token ``index`` stands in the text."""
        start = self.starts[index]
        return start, start + len(self.words[index])


class SequenceFinder:
    """Finds capitalised sequences; ``particles`` may stand between their tokens."""

    def __init__(self, particles: Iterable[Any]) -> None:
        particle = rf"(?:{alternation(particles)})"
        self._sequence = compile_pattern(
            rf"(?<![\w'’-]){_TOKEN}(?:[ ](?:{particle}[ ])*{_TOKEN})+(?![\w'’-])")

    def names(self, text: str) -> set[tuple[str, ...]]:
        """The words of every distinct window in ``text``, found without offsets (fast)."""
        found: set[tuple[str, ...]] = set()
        for sequence in set(self._sequence.findall(text)):
            found.update(_name_windows(sequence))
        return found

    def windows(self, text: str) -> Iterator[Window]:
        """The last 2..MAX_TOKENS tokens of every sequence in ``text``."""
        for sequence in self._sequence.finditer(text):
            words, starts = _tokens(sequence.group(), sequence.start())
            end = starts[-1] + len(words[-1])
            for size in range(2, min(MAX_TOKENS, len(words)) + 1):
                yield Window(starts[-size], end, words[-size:], starts[-size:])


@lru_cache(maxsize=16384)
def _name_windows(sequence: str) -> tuple[tuple[str, ...], ...]:
    """The last 2..MAX_TOKENS capitalised words of a sequence (sequences such as ``Prime
    Minister`` recur in every article, so each is split once)."""
    words = tuple(w[:-2] if w.endswith(_POSSESSIVE) else w
                  for w in sequence.split(" ") if w[0].isupper())
    return tuple(words[-size:] for size in range(2, min(MAX_TOKENS, len(words)) + 1))


def _tokens(sequence: str, offset: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The capitalised words of a sequence, without a possessive ``'s``, and their starts."""
    words: list[str] = []
    starts: list[int] = []
    for word in sequence.split(" "):
        if word[0].isupper():
            words.append(word[:-2] if word.endswith(_POSSESSIVE) else word)
            starts.append(offset)
        offset += len(word) + 1
    return tuple(words), tuple(starts)
